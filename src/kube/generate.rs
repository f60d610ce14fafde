//! `generate kube` (podman's `kube generate`): containers and pods as
//! Kubernetes YAML — a Pod (or Deployment), a Service with `-s`, and a
//! PersistentVolumeClaim per named volume. The output is deterministic: no
//! timestamps, fields in a fixed order, names made DNS-valid.

use std::collections::BTreeMap;

use anyhow::{bail, Result};

use super::model::*;
use super::parts;
use crate::engine::container::{Container, RestartMode};
use crate::engine::Engine;

/// The workload kind to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    Pod,
    Deployment,
    DaemonSet,
    Job,
}

impl Workload {
    pub fn parse(text: &str) -> Result<Workload> {
        match text {
            "pod" => Ok(Workload::Pod),
            "deployment" => Ok(Workload::Deployment),
            "daemonset" => Ok(Workload::DaemonSet),
            "job" => Ok(Workload::Job),
            other => {
                bail!("invalid type {other:?}: skiff generates pod, deployment, daemonset and job")
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// Add a Service for the published ports (and leave hostPort out).
    pub service: bool,
    pub workload: Workload,
    pub replicas: Option<u32>,
}

/// A name Kubernetes accepts (RFC 1123 label): lower case, letters, digits
/// and `-`, at most 63 characters, starting and ending alphanumeric.
pub fn dns_name(text: &str) -> String {
    let mut out: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    let out: String = out.trim_matches('-').chars().take(63).collect();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "skiff".to_string()
    } else {
        out
    }
}

/// podman's rule: with an entrypoint, `command` is the entrypoint and `args`
/// the cmd; without one, `command` is the cmd. Either is left out when the
/// image says the same (`command` replaces the image's entrypoint and drops
/// its cmd, so args go with it).
fn command_and_args(
    entrypoint: &[String],
    cmd: &[String],
    image_entrypoint: &[String],
    image_cmd: &[String],
) -> (Vec<String>, Vec<String>) {
    if entrypoint.is_empty() {
        if !image_entrypoint.is_empty() || cmd != image_cmd {
            return (cmd.to_vec(), Vec::new());
        }
        return (Vec::new(), Vec::new());
    }
    if entrypoint != image_entrypoint {
        (entrypoint.to_vec(), cmd.to_vec())
    } else if cmd != image_cmd {
        (Vec::new(), cmd.to_vec())
    } else {
        (Vec::new(), Vec::new())
    }
}

/// One container as Kubernetes describes it; `ports` are the published
/// ports it carries, `volumes` collects the pod's volumes.
fn container(
    engine: &Engine,
    c: &Container,
    ports: &[crate::engine::ports::PortBinding],
    opts: &GenerateOptions,
    volumes: &mut Vec<Volume>,
    claims: &mut Vec<String>,
) -> Result<super::model::Container> {
    let cfg = &c.record.config;
    let host = &c.record.host_config;
    let image_cfg = crate::engine::image::lookup(engine, &c.record.image_id)
        .and_then(|i| crate::engine::image::config(engine, &i.record))
        .ok()
        .and_then(|c| c.config)
        .unwrap_or_default();
    let (command, args) = command_and_args(
        &cfg.entrypoint,
        &cfg.cmd,
        image_cfg.entrypoint.as_deref().unwrap_or_default(),
        image_cfg.cmd.as_deref().unwrap_or_default(),
    );
    let env = cfg
        .env
        .iter()
        .filter(|e| !image_cfg.env.contains(e))
        .filter_map(|e| e.split_once('='))
        .filter(|(k, v)| !(*k == "PATH" && *v == crate::engine::container::oci::DEFAULT_PATH))
        .map(|(k, v)| EnvVar {
            name: k.to_string(),
            value: v.to_string(),
            value_from: None,
        })
        .collect();
    let ports = ports
        .iter()
        .map(|p| ContainerPort {
            name: None,
            container_port: p.container_port,
            host_port: (!opts.service && p.host_port != 0).then_some(p.host_port),
            host_ip: None,
            protocol: parts::protocol(&p.protocol),
        })
        .collect();
    let own = dns_name(&c.record.name);
    let mut mounts = Vec::new();
    for (i, b) in host.binds.iter().enumerate() {
        let name = dns_name(&format!("{}-host-{i}", b.source));
        let source = parts::Source::HostPath(&b.source);
        mounts.push(parts::mount(
            volumes,
            name,
            source,
            &b.destination,
            b.read_only,
        ));
    }
    for (i, v) in host.volumes.iter().enumerate() {
        let (name, source) = if v.anonymous {
            (
                format!("{own}-scratch-{i}"),
                parts::Source::Scratch { memory: false },
            )
        } else {
            let claim = parts::claim(claims, &v.name);
            (format!("{claim}-pvc"), parts::Source::Claim(claim))
        };
        mounts.push(parts::mount(
            volumes,
            name,
            source,
            &v.destination,
            v.read_only,
        ));
    }
    for (i, t) in host.tmpfs.iter().enumerate() {
        let source = parts::Source::Scratch { memory: true };
        mounts.push(parts::mount(
            volumes,
            format!("{own}-tmp-{i}"),
            source,
            &t.destination,
            false,
        ));
    }
    Ok(super::model::Container {
        name: own,
        image: c.record.image.clone(),
        command,
        args,
        env_from: Vec::new(),
        working_dir: (!cfg.working_dir.is_empty() && cfg.working_dir != image_cfg.working_dir)
            .then(|| cfg.working_dir.clone()),
        env,
        ports,
        resources: parts::limits(&host.resources),
        volume_mounts: mounts,
        liveness_probe: cfg.healthcheck.as_ref().and_then(parts::probe),
        readiness_probe: None,
        startup_probe: None,
        image_pull_policy: None,
        security_context: parts::security_context(&host.security, &cfg.user),
        stdin: cfg.open_stdin,
        tty: cfg.tty,
    })
}

/// The pod's restartPolicy for its first container's policy. docker's
/// default (`no`) is written as Never, so that play gives it back.
fn restart_policy(c: &Container, warnings: &mut Vec<String>) -> &'static str {
    match c.record.host_config.restart_policy.name {
        RestartMode::No => "Never",
        RestartMode::OnFailure => "OnFailure",
        RestartMode::Always => "Always",
        RestartMode::UnlessStopped => {
            warnings.push(format!(
                "container {}: Kubernetes has no restart policy unless-stopped; written as Always",
                c.record.name
            ));
            "Always"
        }
    }
}

/// Deployments and DaemonSets restart their pods always, Jobs never: a
/// container whose policy says otherwise cannot be written as one.
fn check_policy(workload: Workload, c: &Container) -> Result<()> {
    let mode = c.record.host_config.restart_policy.name;
    let clash = match workload {
        Workload::Pod => false,
        Workload::Deployment | Workload::DaemonSet => mode == RestartMode::OnFailure,
        Workload::Job => matches!(mode, RestartMode::Always | RestartMode::UnlessStopped),
    };
    if clash {
        let (kind, wants) = match workload {
            Workload::Job => ("a Job", "runs its pods to completion"),
            Workload::DaemonSet => ("a DaemonSet", "restarts its pods always"),
            _ => ("a Deployment", "restarts its pods always"),
        };
        bail!(
            "container {} has restart policy {}, but {kind} {wants}",
            c.record.name,
            mode.as_str()
        );
    }
    Ok(())
}

/// One workload's containers: a pod's members, or containers named together.
struct Group {
    name: String,
    members: Vec<Container>,
    /// The pod's published ports (its infra's), carried by the first member.
    ports: Vec<crate::engine::ports::PortBinding>,
    hostname: Option<String>,
}

/// The YAML for `names` (containers, or pods: one workload each; the
/// containers named together become one pod; volumes: a claim each), and
/// warnings for what Kubernetes cannot say.
pub fn generate(
    engine: &Engine,
    names: &[String],
    opts: &GenerateOptions,
) -> Result<(String, Vec<String>)> {
    let mut groups: Vec<Group> = Vec::new();
    let mut loose: Vec<Container> = Vec::new();
    let mut claims: Vec<String> = Vec::new();
    let mut warnings = Vec::new();
    for name in names {
        if let Ok(pod) = crate::engine::ops::pod::lookup(engine, name) {
            let members: Vec<Container> = pod.members().cloned().collect();
            if members.is_empty() {
                bail!(
                    "pod {} has no containers but its infra: nothing to generate",
                    pod.record.name
                );
            }
            let ports = pod
                .containers
                .iter()
                .find(|c| c.record.id == pod.record.infra_id)
                .map(|c| c.record.host_config.port_bindings.clone())
                .unwrap_or_default();
            groups.push(Group {
                name: pod.record.name.clone(),
                members,
                ports,
                hostname: Some(pod.record.hostname.clone()),
            });
            continue;
        }
        let c = match crate::engine::ops::lookup(engine, name) {
            Ok(c) => c,
            Err(e) => match crate::engine::volume::inspect(engine, name) {
                Ok(v) => {
                    parts::claim(&mut claims, &v.name);
                    continue;
                }
                Err(_) => return Err(e),
            },
        };
        if let Some(pod) = c
            .record
            .config
            .labels
            .get(crate::engine::ops::pod::POD_LABEL)
        {
            let pod = crate::engine::ops::pod::lookup(engine, pod)
                .map(|p| p.record.name)
                .unwrap_or_else(|_| pod.clone());
            bail!(
                "container {} is in pod {pod}: generate the pod itself",
                c.record.name
            );
        }
        loose.push(c);
    }
    if !loose.is_empty() {
        let name = format!("{}-pod", loose[0].record.name);
        groups.push(Group {
            name,
            members: loose,
            ports: Vec::new(),
            hostname: None,
        });
    }
    let mut docs: Vec<String> = Vec::new();
    let mut services = Vec::new();
    let mut workloads = Vec::new();
    for Group {
        name: pod_name,
        members,
        ports: pod_ports,
        hostname,
    } in &groups
    {
        let name = dns_name(pod_name);
        let labels: BTreeMap<String, String> = [("app".to_string(), name.clone())].into();
        let mut volumes = Vec::new();
        let mut containers = Vec::new();
        let mut all_ports = Vec::new();
        for (i, c) in members.iter().enumerate() {
            check_policy(opts.workload, c)?;
            // A pod's ports are its infra's: the first container carries them.
            let ports: Vec<_> = if i == 0 {
                pod_ports
                    .iter()
                    .chain(c.record.host_config.port_bindings.iter())
                    .cloned()
                    .collect()
            } else {
                c.record.host_config.port_bindings.clone()
            };
            all_ports.extend(ports.iter().cloned());
            containers.push(container(
                engine,
                c,
                &ports,
                opts,
                &mut volumes,
                &mut claims,
            )?);
        }
        let grace = members
            .first()
            .and_then(|c| c.record.config.stop_timeout)
            .filter(|t| *t >= 0);
        let spec = PodSpec {
            hostname: hostname.clone(),
            restart_policy: match opts.workload {
                Workload::Pod => members
                    .first()
                    .map(|c| restart_policy(c, &mut warnings).to_string()),
                // A Deployment's and a DaemonSet's pods restart always (their only policy).
                Workload::Deployment | Workload::DaemonSet => None,
                // A Job's run to completion (podman forces Never).
                Workload::Job => Some("Never".to_string()),
            },
            termination_grace_period_seconds: grace,
            init_containers: Vec::new(),
            containers,
            volumes,
        };
        if opts.service && !all_ports.is_empty() {
            let ports: Vec<(u16, String)> = all_ports
                .iter()
                .map(|p| (p.container_port, p.protocol.clone()))
                .collect();
            services.push(parts::service_doc(&name, &labels, &ports)?);
        }
        // podman's names: the pod's own, or `<pod>-deployment|-daemonset|-job`.
        let object = match opts.workload {
            Workload::Pod => name.clone(),
            Workload::Deployment => format!("{name}-deployment"),
            Workload::DaemonSet => format!("{name}-daemonset"),
            Workload::Job => format!("{name}-job"),
        };
        let replicas = opts.replicas.filter(|r| *r > 1);
        workloads.push(parts::workload_doc(
            opts.workload,
            &object,
            &name,
            &labels,
            spec,
            replicas,
        )?);
    }
    for claim in &claims {
        docs.push(parts::claim_doc(claim)?);
    }
    docs.extend(services);
    docs.extend(workloads);
    let yaml = parts::stream(&docs);
    super::check::check(&yaml)?;
    Ok((yaml, warnings))
}
