//! Pods (podman's model, what `crictl pods` shows): containers that share
//! a network, IPC and UTS namespace, held by an infra container whose only
//! process is a tiny `pause` program skiff writes itself (no image to pull).
//! The pod's ports, networks and hostname are its infra container's; the
//! other containers join the infra's namespaces (`container:INFRA`).
//!
//! Records: `<root>/pods/<id>.json`; members carry the `io.skiff.pod` label.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::engine::container::{Container, Status};
use crate::engine::image::manifest::RunConfig;
use crate::engine::ports::PortBinding;
use crate::engine::spec::{ContainerSpec, NetworkAttachment};
use crate::engine::Engine;

/// The label that names a container's pod (by ID).
pub const POD_LABEL: &str = "io.skiff.pod";

/// The image of infra containers, made locally on first use.
pub const PAUSE_IMAGE: &str = "localhost/skiff-pause:1";

/// What the pod's members share.
pub const DEFAULT_SHARE: &[&str] = &["ipc", "net", "uts"];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    pub namespace: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    pub hostname: String,
    pub infra_id: String,
    pub share: Vec<String>,
}

/// A pod and its containers (the infra first).
#[derive(Debug, Clone)]
pub struct Pod {
    pub record: PodRecord,
    pub containers: Vec<Container>,
}

impl Pod {
    /// The members besides the infra container.
    pub fn members(&self) -> impl Iterator<Item = &Container> {
        self.containers
            .iter()
            .filter(move |c| c.record.id != self.record.infra_id)
    }

    /// podman's pod states: Created, Running, Paused, Exited, Degraded.
    pub fn status(&self) -> &'static str {
        let members: Vec<&Container> = self.members().collect();
        let all: Vec<&Container> = if members.is_empty() {
            self.containers.iter().collect()
        } else {
            members
        };
        let running = all
            .iter()
            .filter(|c| c.state.status == Status::Running)
            .count();
        let paused = all
            .iter()
            .filter(|c| c.state.status == Status::Paused)
            .count();
        let created = all
            .iter()
            .filter(|c| c.state.status == Status::Created)
            .count();
        if all.is_empty() || created == all.len() {
            "Created"
        } else if running == all.len() {
            "Running"
        } else if paused == all.len() {
            "Paused"
        } else if running + paused == 0 {
            "Exited"
        } else {
            "Degraded"
        }
    }
}

/// What `pod create` asks for.
#[derive(Debug, Clone, Default)]
pub struct PodSpec {
    pub name: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    pub ports: Vec<PortBinding>,
    pub networks: Vec<NetworkAttachment>,
    pub extra_hosts: Vec<String>,
    pub dns: Vec<String>,
    /// Namespaces shared (`ipc`, `net`, `uts`); empty: the default ones.
    pub share: Vec<String>,
}

fn dir(engine: &Engine) -> std::path::PathBuf {
    engine.paths.root.join("pods")
}

fn path(engine: &Engine, id: &str) -> std::path::PathBuf {
    dir(engine).join(format!("{id}.json"))
}

/// A statically linked x86-64 program that pauses forever: an ELF header,
/// one loadable segment, and `pause(); goto again`. An infra container runs
/// nothing else; it is stopped with SIGKILL.
fn pause_program() -> Result<Vec<u8>> {
    if std::env::consts::ARCH != "x86_64" {
        bail!(
            "pods need an infra process, and skiff has one for x86_64 only (this is {})",
            std::env::consts::ARCH
        );
    }
    const BASE: u64 = 0x40_0000;
    // mov eax, 34 (pause); syscall; jmp back to the mov.
    let code: [u8; 9] = [0xb8, 34, 0, 0, 0, 0x0f, 0x05, 0xeb, 0xf7];
    let header_size: u64 = 64 + 56;
    let total = header_size + code.len() as u64;
    let mut elf = Vec::with_capacity(total as usize);
    elf.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0]);
    elf.extend_from_slice(&[0; 8]);
    elf.extend_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    elf.extend_from_slice(&0x3eu16.to_le_bytes()); // x86-64
    elf.extend_from_slice(&1u32.to_le_bytes());
    elf.extend_from_slice(&(BASE + header_size).to_le_bytes()); // entry
    elf.extend_from_slice(&64u64.to_le_bytes()); // program headers
    elf.extend_from_slice(&0u64.to_le_bytes()); // no sections
    elf.extend_from_slice(&0u32.to_le_bytes());
    for v in [64u16, 56, 1, 0, 0, 0] {
        elf.extend_from_slice(&v.to_le_bytes());
    }
    elf.extend_from_slice(&1u32.to_le_bytes()); // PT_LOAD
    elf.extend_from_slice(&5u32.to_le_bytes()); // R+X
    elf.extend_from_slice(&0u64.to_le_bytes());
    elf.extend_from_slice(&BASE.to_le_bytes());
    elf.extend_from_slice(&BASE.to_le_bytes());
    elf.extend_from_slice(&total.to_le_bytes());
    elf.extend_from_slice(&total.to_le_bytes());
    elf.extend_from_slice(&0x1000u64.to_le_bytes());
    elf.extend_from_slice(&code);
    Ok(elf)
}

/// The infra image, made the first time a pod needs it.
fn pause_image(engine: &Engine) -> Result<crate::engine::image::LocalImage> {
    if let Ok(image) = crate::engine::image::lookup(engine, PAUSE_IMAGE) {
        return Ok(image);
    }
    let program = pause_program()?;
    let mut tar = tar::Builder::new(Vec::new());
    tar.mode(tar::HeaderMode::Deterministic);
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(tar::EntryType::Regular);
    h.set_mode(0o755);
    h.set_size(program.len() as u64);
    h.set_mtime(0);
    tar.append_data(&mut h, "pause", program.as_slice())
        .context("writing the pause program")?;
    let layer = tar.into_inner().context("writing the pause program")?;
    let name = crate::engine::image::reference::Reference::parse(PAUSE_IMAGE)
        .map_err(|e| anyhow!("{e}"))?;
    crate::engine::image::layer::add_layer(
        engine,
        &mut std::io::Cursor::new(layer),
        crate::engine::image::layer::NewImage {
            base: None,
            config: RunConfig {
                entrypoint: Some(vec!["/pause".into()]),
                stop_signal: Some("SIGKILL".into()),
                ..RunConfig::default()
            },
            author: None,
            comment: String::new(),
            created_by: "skiff's infra container: pause()".into(),
            empty_history: Vec::new(),
            platform: crate::engine::image::platform::host(),
            name: Some(name),
        },
    )?;
    crate::engine::image::lookup(engine, PAUSE_IMAGE)
}

fn load_record(engine: &Engine, id: &str) -> Result<PodRecord> {
    let p = path(engine, id);
    let bytes = std::fs::read(&p).with_context(|| format!("reading {}", p.display()))?;
    serde_json::from_slice(&bytes).with_context(|| format!("reading {}", p.display()))
}

/// Every pod of the namespace, with its containers, by creation.
pub fn list(engine: &Engine) -> Result<Vec<Pod>> {
    let containers = super::list(engine)?;
    let mut pods = Vec::new();
    for e in crate::engine::store::dir_entries(&dir(engine))? {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        let Ok(record) = load_record(engine, id) else {
            continue;
        };
        if record.namespace != engine.namespace {
            continue;
        }
        let mut members: Vec<Container> = containers
            .iter()
            .filter(|c| c.record.config.labels.get(POD_LABEL) == Some(&record.id))
            .cloned()
            .collect();
        members.sort_by_key(|c| c.record.id != record.infra_id);
        pods.push(Pod {
            record,
            containers: members,
        });
    }
    pods.sort_by(|a, b| b.record.created.cmp(&a.record.created));
    Ok(pods)
}

/// A pod by name, full ID or unique ID prefix.
pub fn lookup(engine: &Engine, name_or_id: &str) -> Result<Pod> {
    let pods = list(engine)?;
    if let Some(p) = pods
        .iter()
        .find(|p| p.record.name == name_or_id || p.record.id == name_or_id)
    {
        return Ok(p.clone());
    }
    let matches: Vec<&Pod> = pods
        .iter()
        .filter(|p| !name_or_id.is_empty() && p.record.id.starts_with(name_or_id))
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => bail!("no pod with name or ID {name_or_id} found: no such pod"),
        _ => bail!("more than one result for pod ID {name_or_id}"),
    }
}

/// Creates a pod and its infra container (not started).
pub fn create(engine: &Engine, spec: &PodSpec) -> Result<PodRecord> {
    let id = hex::encode(rand::random::<[u8; 32]>());
    let name = match &spec.name {
        Some(n) => {
            if !crate::engine::container::names::valid(n) {
                bail!("Invalid pod name ({n}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
            }
            n.clone()
        }
        None => crate::engine::container::names::generate(engine),
    };
    crate::engine::store::ensure_dir(&dir(engine))
        .with_context(|| format!("creating {}", dir(engine).display()))?;
    let _lock = crate::engine::store::lock::FileLock::exclusive(&engine.paths.lock_file("pods"))?;
    if list(engine)?.iter().any(|p| p.record.name == name) {
        bail!("adding pod to state: name \"{name}\" is in use: pod already exists");
    }
    let share: Vec<String> = if spec.share.is_empty() {
        DEFAULT_SHARE.iter().map(|s| s.to_string()).collect()
    } else {
        for s in &spec.share {
            if !DEFAULT_SHARE.contains(&s.as_str()) {
                bail!(
                    "invalid kernel namespace to share: {s}: skiff's pods share ipc, net and uts"
                );
            }
        }
        spec.share.clone()
    };
    if !share.iter().any(|s| s == "net") && (!spec.ports.is_empty() || !spec.networks.is_empty()) {
        bail!(
            "you must share the network namespace (--share net) to publish ports or join networks"
        );
    }
    let hostname = spec.hostname.clone().unwrap_or_else(|| name.clone());
    let image = pause_image(engine)?;
    let infra = ContainerSpec {
        image: PAUSE_IMAGE.to_string(),
        name: Some(format!("{}-infra", &id[..12])),
        hostname: Some(hostname.clone()),
        labels: [(POD_LABEL.to_string(), id.clone())].into(),
        ports: spec.ports.clone(),
        networks: spec.networks.clone(),
        extra_hosts: spec.extra_hosts.clone(),
        dns: spec.dns.clone(),
        ..ContainerSpec::default()
    };
    let (infra, _) = super::create(engine, &infra, &image)
        .with_context(|| format!("creating the infra container of pod {name}"))?;
    let record = PodRecord {
        id: id.clone(),
        name,
        namespace: engine.namespace.clone(),
        created: crate::engine::container::now_rfc3339(),
        labels: spec.labels.clone(),
        hostname,
        infra_id: infra.id.clone(),
        share,
    };
    let p = path(engine, &id);
    if let Err(e) = crate::engine::store::atomic::write_json(&p, &record) {
        if let Ok(c) = super::lookup(engine, &infra.id) {
            let _ = super::remove::remove(engine, &c, true);
        }
        return Err(anyhow!("writing {}: {e}", p.display()));
    }
    Ok(record)
}

/// Makes `spec` a member of pod `name`: the infra's network, IPC and UTS.
pub fn join(engine: &Engine, spec: &mut ContainerSpec, name: &str) -> Result<()> {
    let pod = lookup(engine, name)?;
    let infra = format!("container:{}", pod.record.infra_id);
    if pod.record.share.iter().any(|s| s == "net") {
        if !spec.ports.is_empty() || spec.publish_all {
            bail!("invalid config provided: published or exposed ports must be defined when the pod is created: network cannot be configured when it is shared with a pod");
        }
        if !spec.networks.is_empty() {
            bail!("invalid config provided: networks must be defined when the pod is created: network cannot be configured when it is shared with a pod");
        }
        spec.networks = vec![NetworkAttachment {
            name: infra.clone(),
            ..Default::default()
        }];
    }
    if pod.record.share.iter().any(|s| s == "ipc") {
        spec.security.ipc_mode = infra.clone();
    }
    if pod.record.share.iter().any(|s| s == "uts") {
        if spec.hostname.is_some() {
            bail!(
                "invalid config provided: cannot set hostname when joining the pod UTS namespace"
            );
        }
        spec.security.uts_mode = infra;
        spec.hostname = Some(pod.record.hostname.clone());
    }
    spec.labels.insert(POD_LABEL.into(), pod.record.id.clone());
    Ok(())
}

/// Starts a member's pod (its infra container) when it is not running.
pub fn start_infra_of(
    engine: &Engine,
    record: &crate::engine::container::ContainerRecord,
) -> Result<()> {
    let Some(pod_id) = record.config.labels.get(POD_LABEL) else {
        return Ok(());
    };
    let pod = load_record(engine, pod_id)?;
    if pod.infra_id == record.id {
        return Ok(());
    }
    super::start_existing(
        engine,
        &pod.infra_id,
        super::StartOptions {
            attach: None,
            debug: false,
        },
    )
    .with_context(|| format!("starting the infra container of pod {}", pod.name))?;
    Ok(())
}

/// The container whose network a container uses: its pod's infra for a
/// pod member (whose ports are the pod's), else itself.
pub fn network_holder(
    engine: &Engine,
    record: &crate::engine::container::ContainerRecord,
) -> String {
    record
        .config
        .labels
        .get(POD_LABEL)
        .and_then(|pod| load_record(engine, pod).ok())
        .map(|pod| pod.infra_id)
        .unwrap_or_else(|| record.id.clone())
}

/// `pod start`: the infra, then every member.
pub fn start(engine: &Engine, pod: &Pod) -> Result<()> {
    let opts = || super::StartOptions {
        attach: None,
        debug: false,
    };
    super::start_existing(engine, &pod.record.infra_id, opts())?;
    for c in pod.members() {
        super::start_existing(engine, &c.record.id, opts())
            .with_context(|| format!("starting container {}", c.record.name))?;
    }
    Ok(())
}

/// `pod stop`: the members side by side, then the infra.
pub fn stop(engine: &Engine, pod: &Pod, timeout: Option<i64>) -> Result<()> {
    let opts = super::StopOptions {
        timeout,
        signal: None,
    };
    let results: Vec<Result<()>> = std::thread::scope(|scope| {
        let handles: Vec<_> = pod
            .members()
            .filter(|c| c.state.status.is_live())
            .map(|c| {
                let opts = &opts;
                scope.spawn(move || super::stop(engine, &c.record.id, opts))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow!("a stop thread panicked")))
            })
            .collect()
    });
    results.into_iter().collect::<Result<Vec<()>>>()?;
    if let Some(infra) = pod
        .containers
        .iter()
        .find(|c| c.record.id == pod.record.infra_id)
    {
        if infra.state.status.is_live() {
            super::stop(engine, &infra.record.id, &opts)?;
        }
    }
    Ok(())
}

/// `pod rm`: its containers (running ones only with `force`), then the record.
pub fn remove(engine: &Engine, pod: &Pod, force: bool) -> Result<()> {
    let running: Vec<&str> = pod
        .members()
        .filter(|c| c.state.status.is_live())
        .map(|c| c.record.name.as_str())
        .collect();
    if !running.is_empty() && !force {
        bail!(
            "pod {} has running containers ({}): stop the pod or remove it with --force",
            pod.record.name,
            running.join(", ")
        );
    }
    for c in pod.members() {
        super::remove::remove(engine, c, true)
            .with_context(|| format!("removing container {}", c.record.name))?;
        // podman's: a pod's anonymous volumes (kube's emptyDirs) go with it.
        super::remove::remove_anonymous_volumes(engine, &c.record);
    }
    if let Ok(infra) = super::lookup(engine, &pod.record.infra_id) {
        super::remove::remove(engine, &infra, true)
            .with_context(|| format!("removing the infra container of pod {}", pod.record.name))?;
    }
    let p = path(engine, &pod.record.id);
    std::fs::remove_file(&p).with_context(|| format!("removing {}", p.display()))
}

/// Every member and the infra, in the order `each` takes them (members first).
pub fn for_each_container(pod: &Pod, mut each: impl FnMut(&Container) -> Result<()>) -> Result<()> {
    for c in pod.members() {
        each(c)?;
    }
    if let Some(infra) = pod
        .containers
        .iter()
        .find(|c| c.record.id == pod.record.infra_id)
    {
        each(infra)?;
    }
    Ok(())
}
