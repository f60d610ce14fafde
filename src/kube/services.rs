//! A compose project as Kubernetes manifests (`compose kube`): one
//! Deployment per service (replicas from `deploy.replicas`), a Service per
//! service with ports (so service names resolve as in compose), a
//! PersistentVolumeClaim per named volume, healthchecks as liveness and
//! readiness probes, and `depends_on` as init containers that wait for the
//! dependency's port. Secrets and configs become Secrets and ConfigMaps
//! mounted file by file; published ports keep their hostPort, so that a
//! local `kube play` answers where `compose up` did. The caller hands over
//! each service as the engine's container spec, so this module knows
//! nothing of compose's own types.

use std::collections::BTreeMap;

use anyhow::Result;

use super::generate::{dns_name, Workload};
use super::model::*;
use super::parts;
use crate::engine::spec::{ContainerSpec, HealthSetting, Mount};

/// What a service waits for in a dependency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Started,
    Healthy,
    Completed,
}

/// A secret or config a service mounts, with its content.
#[derive(Debug, Clone)]
pub struct FileInput {
    pub secret: bool,
    pub name: String,
    /// Where it is mounted in the container.
    pub target: String,
    pub content: Vec<u8>,
}

impl FileInput {
    /// The Secret's or ConfigMap's name.
    fn object(&self) -> String {
        dns_name(&self.name)
    }

    /// Its one key: the name in the characters keys may hold.
    fn key(&self) -> String {
        self.name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-._".contains(c) {
                    c
                } else {
                    '-'
                }
            })
            .collect()
    }

    fn volume(&self) -> String {
        let kind = if self.secret { "secret" } else { "config" };
        dns_name(&format!("{kind}-{}", self.name))
    }
}

/// One service of the project.
#[derive(Debug, Clone)]
pub struct ServiceInput {
    pub name: String,
    pub spec: ContainerSpec,
    /// Its secrets and configs (which `spec` mounts as binds).
    pub files: Vec<FileInput>,
    pub replicas: u32,
    pub waits_for: Vec<(String, Wait)>,
}

/// The container ports a service listens on: its published ones and `expose`.
fn listens_on(spec: &ContainerSpec) -> Vec<(u16, String)> {
    let mut out: Vec<(u16, String)> = spec
        .ports
        .iter()
        .map(|p| (p.container_port, p.protocol.clone()))
        .collect();
    for e in &spec.expose {
        let (port, proto) = e.split_once('/').unwrap_or((e, "tcp"));
        if let Ok(port) = port.parse::<u16>() {
            out.push((port, proto.to_string()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The compose keys a service sets that the manifests cannot say: each is
/// named in a warning (kompose's rule, without its silent drops).
fn unsaid(s: &ServiceInput, one_shot: bool) -> Vec<&'static str> {
    let spec = &s.spec;
    let sec = &spec.security;
    let r = &spec.resources;
    let user_labels = spec
        .labels
        .keys()
        .any(|k| !k.starts_with("com.docker.compose."));
    let restart_unsaid = !one_shot
        && matches!(
            spec.restart.name,
            crate::engine::container::RestartMode::No
                | crate::engine::container::RestartMode::OnFailure
        )
        && spec.restart != Default::default();
    [
        ("hostname", spec.hostname.is_some()),
        ("domainname", spec.domainname.is_some()),
        ("labels", user_labels),
        ("links", !spec.links.is_empty()),
        ("dns", !spec.dns.is_empty()),
        ("dns_search", !spec.dns_search.is_empty()),
        ("dns_opt", !spec.dns_options.is_empty()),
        ("extra_hosts", !spec.extra_hosts.is_empty()),
        ("volumes_from", !spec.volumes_from.is_empty()),
        ("shm_size", spec.shm_size.is_some()),
        ("devices", !spec.devices.is_empty()),
        ("ulimits", !r.ulimits.is_empty()),
        ("pids_limit", r.pids_limit > 0),
        ("cpu_shares", r.cpu_shares > 0),
        ("mem_reservation", r.memory_reservation > 0),
        ("memswap_limit", r.memory_swap != 0),
        ("security_opt", !sec.security_opt.is_empty()),
        ("group_add", !sec.group_add.is_empty()),
        ("sysctls", !sec.sysctls.is_empty()),
        ("ipc", !sec.ipc_mode.is_empty()),
        ("pid", !sec.pid_mode.is_empty()),
        ("init", sec.init),
        ("cgroup_parent", spec.cgroup_parent.is_some()),
        ("logging", spec.log != ContainerSpec::default().log),
        ("stop_signal", spec.stop_signal.is_some()),
        ("restart", restart_unsaid),
    ]
    .into_iter()
    .filter(|(_, set)| *set)
    .map(|(key, _)| key)
    .collect()
}

/// The container ports: published ones with their hostPort (for a local
/// `kube play`), then the others it listens on.
fn container_ports(spec: &ContainerSpec) -> Vec<ContainerPort> {
    let mut out: Vec<ContainerPort> = Vec::new();
    let port = |container_port: u16, host_port: Option<u16>, proto: &str| ContainerPort {
        name: None,
        container_port,
        host_port,
        host_ip: None,
        protocol: parts::protocol(proto),
    };
    for p in &spec.ports {
        let host = (p.host_port != 0).then_some(p.host_port);
        let ip = (!p.host_ip.is_empty() && p.host_ip != "0.0.0.0").then(|| p.host_ip.clone());
        out.push(ContainerPort {
            host_ip: ip,
            ..port(p.container_port, host, &p.protocol)
        });
    }
    for (container_port, proto) in listens_on(spec) {
        let proto_of = |p: &ContainerPort| p.protocol.clone().unwrap_or_else(|| "tcp".into());
        if !out
            .iter()
            .any(|p| p.container_port == container_port && proto_of(p).eq_ignore_ascii_case(&proto))
        {
            out.push(port(container_port, None, &proto));
        }
    }
    out
}

fn container(
    s: &ServiceInput,
    volumes: &mut Vec<Volume>,
    claims: &mut Vec<String>,
) -> super::model::Container {
    let spec = &s.spec;
    let own = dns_name(&s.name);
    let mut mounts = Vec::new();
    for f in &s.files {
        let source = if f.secret {
            parts::Source::Secret(f.object())
        } else {
            parts::Source::ConfigMap(f.object())
        };
        let mut m = parts::mount(volumes, f.volume(), source, &f.target, true);
        m.sub_path = Some(f.key());
        mounts.push(m);
    }
    for (i, m) in spec.mounts.iter().enumerate() {
        mounts.push(match m {
            // A secret's or config's file: mounted from its object above.
            Mount::Bind { mount, .. } if s.files.iter().any(|f| f.target == mount.destination) => {
                continue
            }
            Mount::Bind { mount, .. } => parts::mount(
                volumes,
                format!("{own}-host-{i}"),
                parts::Source::HostPath(&mount.source),
                &mount.destination,
                mount.read_only,
            ),
            Mount::Volume(v) => {
                let (name, source) = match &v.name {
                    Some(n) => {
                        let claim = parts::claim(claims, n);
                        (format!("{claim}-pvc"), parts::Source::Claim(claim))
                    }
                    None => (
                        format!("{own}-scratch-{i}"),
                        parts::Source::Scratch { memory: false },
                    ),
                };
                parts::mount(volumes, name, source, &v.destination, v.read_only)
            }
            Mount::Tmpfs(t) => parts::mount(
                volumes,
                format!("{own}-tmp-{i}"),
                parts::Source::Scratch { memory: true },
                &t.destination,
                false,
            ),
        });
    }
    let probe = match &spec.health {
        HealthSetting::Merge(h) => parts::probe(h),
        _ => None,
    };
    super::model::Container {
        name: own,
        image: spec.image.clone(),
        command: spec.entrypoint.clone().unwrap_or_default(),
        args: spec.cmd.clone().unwrap_or_default(),
        env_from: Vec::new(),
        working_dir: spec.workdir.clone(),
        env: spec
            .env
            .iter()
            .filter_map(|e| e.split_once('='))
            .map(|(k, v)| EnvVar {
                name: k.to_string(),
                value: v.to_string(),
                value_from: None,
            })
            .collect(),
        ports: container_ports(spec),
        resources: parts::limits(&spec.resources),
        volume_mounts: mounts,
        liveness_probe: probe.clone(),
        readiness_probe: probe,
        startup_probe: None,
        image_pull_policy: None,
        security_context: parts::security_context(
            &spec.security,
            spec.user.as_deref().unwrap_or(""),
        ),
        stdin: spec.open_stdin,
        tty: spec.tty,
    }
}

/// The manifests, and a warning for each thing Kubernetes cannot say.
pub fn manifests(services: &[ServiceInput]) -> Result<(String, Vec<String>)> {
    let mut warnings = Vec::new();
    let mut claims = Vec::new();
    let mut files: BTreeMap<(bool, String), String> = BTreeMap::new();
    for f in services.iter().flat_map(|s| &s.files) {
        if let std::collections::btree_map::Entry::Vacant(e) = files.entry((f.secret, f.object())) {
            e.insert(parts::data_doc(
                f.secret,
                &f.object(),
                &f.key(),
                &f.content,
            )?);
        }
    }
    let mut svc_docs = Vec::new();
    let mut deployments = Vec::new();
    for s in services {
        let name = dns_name(&s.name);
        let labels: BTreeMap<String, String> = [("app".to_string(), name.clone())].into();
        let mut volumes = Vec::new();
        let main = container(s, &mut volumes, &mut claims);
        let mut init = Vec::new();
        for (dep, wait) in &s.waits_for {
            if *wait == Wait::Completed {
                warnings.push(format!(
                    "service {}: {dep} runs as a Job; waiting for it to complete has no Kubernetes form, so the wait is left out",
                    s.name
                ));
                continue;
            }
            let port = services
                .iter()
                .find(|o| &o.name == dep)
                .and_then(|o| listens_on(&o.spec).first().cloned());
            let Some((port, _)) = port else {
                warnings.push(format!(
                    "service {}: {dep} has no port to wait for; the wait is left out",
                    s.name
                ));
                continue;
            };
            let host = dns_name(dep);
            init.push(super::model::Container {
                name: format!("wait-for-{host}"),
                image: "busybox".into(),
                command: vec![
                    "sh".into(),
                    "-c".into(),
                    format!("until {}; do sleep 1; done", parts::tcp_check(&host, port)),
                ],
                ..Default::default()
            });
        }
        let ports = listens_on(&s.spec);
        if !ports.is_empty() {
            svc_docs.push(parts::service_doc(&name, &labels, &ports)?);
        }
        // Every service is on the project's default network; others say more.
        let declared = s
            .spec
            .networks
            .iter()
            .any(|n| !n.name.ends_with("_default"));
        if declared {
            warnings.push(format!(
                "service {}: networks have no Kubernetes form (every pod reaches every Service)",
                s.name
            ));
        }
        // A service others wait to complete runs once: a Job.
        let one_shot = services.iter().any(|o| {
            o.waits_for
                .iter()
                .any(|(d, w)| d == &s.name && *w == Wait::Completed)
        });
        let unsaid = unsaid(s, one_shot);
        if !unsaid.is_empty() {
            warnings.push(format!(
                "service {}: {} {} no Kubernetes form here and {} left out",
                s.name,
                unsaid.join(", "),
                if unsaid.len() == 1 { "has" } else { "have" },
                if unsaid.len() == 1 { "is" } else { "are" },
            ));
        }
        let pod_spec = PodSpec {
            termination_grace_period_seconds: s.spec.stop_timeout.filter(|t| *t >= 0),
            init_containers: init,
            containers: vec![main],
            volumes,
            restart_policy: one_shot.then(|| "OnFailure".to_string()),
            ..Default::default()
        };
        let (kind, replicas) = if one_shot {
            (Workload::Job, None)
        } else {
            (
                Workload::Deployment,
                (s.replicas != 1).then_some(s.replicas),
            )
        };
        deployments.push(parts::workload_doc(
            kind, &name, &name, &labels, pod_spec, replicas,
        )?);
    }
    let mut docs = Vec::new();
    for claim in &claims {
        docs.push(parts::claim_doc(claim)?);
    }
    docs.extend(files.into_values());
    docs.extend(svc_docs);
    docs.extend(deployments);
    let yaml = parts::stream(&docs);
    super::check::check(&yaml)?;
    Ok((yaml, warnings))
}
