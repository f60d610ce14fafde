//! `generate kube` (podman's `kube generate`): containers and pods as
//! Kubernetes YAML — a Pod (or Deployment), a Service with `-s`, and a
//! PersistentVolumeClaim per named volume. The output is deterministic: no
//! timestamps, fields in a fixed order, names made DNS-valid.

use std::collections::BTreeMap;

use anyhow::{bail, Result};

use super::model::*;
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

fn seconds(ns: i64) -> Option<i64> {
    (ns > 0).then(|| (ns + 999_999_999) / 1_000_000_000)
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
    // podman's rule: command is the entrypoint, args the cmd; left out when
    // the image says the same.
    let image_entrypoint = image_cfg.entrypoint.clone().unwrap_or_default();
    let image_cmd = image_cfg.cmd.clone().unwrap_or_default();
    let (command, args) = if cfg.entrypoint != image_entrypoint {
        (cfg.entrypoint.clone(), cfg.cmd.clone())
    } else if cfg.cmd != image_cmd {
        (Vec::new(), cfg.cmd.clone())
    } else {
        (Vec::new(), Vec::new())
    };
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
            container_port: p.container_port,
            host_port: (!opts.service && p.host_port != 0).then_some(p.host_port),
            host_ip: None,
            protocol: (p.protocol != "tcp" && !p.protocol.is_empty())
                .then(|| p.protocol.to_uppercase()),
        })
        .collect();
    let mut limits = BTreeMap::new();
    if host.resources.memory > 0 {
        limits.insert("memory".to_string(), host.resources.memory.to_string());
    }
    if host.resources.nano_cpus > 0 {
        limits.insert(
            "cpu".to_string(),
            format!("{}m", host.resources.nano_cpus / 1_000_000),
        );
    }
    let mut mounts = Vec::new();
    for (i, b) in host.binds.iter().enumerate() {
        let name = dns_name(&format!("{}-host-{i}", b.source));
        let kind = match std::fs::metadata(&b.source) {
            Ok(m) if m.is_dir() => "Directory",
            Ok(_) => "File",
            Err(_) => "DirectoryOrCreate",
        };
        volumes.push(Volume {
            config_map: None,
            secret: None,
            name: name.clone(),
            host_path: Some(HostPath {
                path: b.source.clone(),
                kind: kind.to_string(),
            }),
            persistent_volume_claim: None,
            empty_dir: None,
        });
        mounts.push(VolumeMount {
            name,
            mount_path: b.destination.clone(),
            read_only: b.read_only,
        });
    }
    for (i, v) in host.volumes.iter().enumerate() {
        let (name, source) = if v.anonymous {
            (
                format!("{}-scratch-{i}", dns_name(&c.record.name)),
                Volume {
                    config_map: None,
                    secret: None,
                    name: String::new(),
                    host_path: None,
                    persistent_volume_claim: None,
                    empty_dir: Some(EmptyDir { medium: None }),
                },
            )
        } else {
            let claim = dns_name(&v.name);
            if !claims.contains(&claim) {
                claims.push(claim.clone());
            }
            (
                format!("{claim}-pvc"),
                Volume {
                    config_map: None,
                    secret: None,
                    name: String::new(),
                    host_path: None,
                    persistent_volume_claim: Some(ClaimRef { claim_name: claim }),
                    empty_dir: None,
                },
            )
        };
        if !volumes.iter().any(|x| x.name == name) {
            volumes.push(Volume {
                config_map: None,
                secret: None,
                name: name.clone(),
                ..source
            });
        }
        mounts.push(VolumeMount {
            name,
            mount_path: v.destination.clone(),
            read_only: v.read_only,
        });
    }
    for (i, t) in host.tmpfs.iter().enumerate() {
        let name = format!("{}-tmp-{i}", dns_name(&c.record.name));
        volumes.push(Volume {
            config_map: None,
            secret: None,
            name: name.clone(),
            host_path: None,
            persistent_volume_claim: None,
            empty_dir: Some(EmptyDir {
                medium: Some("Memory".into()),
            }),
        });
        mounts.push(VolumeMount {
            name,
            mount_path: t.destination.clone(),
            read_only: false,
        });
    }
    let probe = cfg
        .healthcheck
        .as_ref()
        .filter(|h| h.test.first().is_some_and(|t| t != "NONE"))
        .and_then(|h| {
            let command = match h.test.first().map(String::as_str) {
                Some("CMD") => h.test[1..].to_vec(),
                Some("CMD-SHELL") => {
                    vec!["/bin/sh".into(), "-c".into(), h.test.get(1).cloned()?]
                }
                _ => return None,
            };
            Some(Probe {
                exec: Some(ExecAction { command }),
                initial_delay_seconds: seconds(h.start_period),
                period_seconds: seconds(h.interval),
                timeout_seconds: seconds(h.timeout),
                failure_threshold: (h.retries > 0).then_some(h.retries),
            })
        });
    let sec = &host.security;
    let mut ids = cfg.user.split(':');
    let numeric = |s: Option<&str>| s.and_then(|v| v.parse::<i64>().ok());
    let (run_as_user, run_as_group) = (numeric(ids.next()), numeric(ids.next()));
    // Kubernetes names capabilities without docker's optional CAP_ prefix.
    let bare = |caps: &[String]| -> Vec<String> {
        caps.iter()
            .map(|c| c.to_uppercase().trim_start_matches("CAP_").to_string())
            .collect()
    };
    let capabilities =
        (!sec.cap_add.is_empty() || !sec.cap_drop.is_empty()).then(|| Capabilities {
            add: bare(&sec.cap_add),
            drop: bare(&sec.cap_drop),
        });
    let security = SecurityContext {
        privileged: sec.privileged.then_some(true),
        read_only_root_filesystem: sec.read_only.then_some(true),
        run_as_user,
        run_as_group,
        capabilities: capabilities.filter(|_| !sec.privileged),
    };
    let has_security = security.privileged.is_some()
        || security.read_only_root_filesystem.is_some()
        || security.run_as_user.is_some()
        || security.capabilities.is_some();
    Ok(super::model::Container {
        name: dns_name(&c.record.name),
        image: c.record.image.clone(),
        command,
        args,
        env_from: Vec::new(),
        working_dir: (!cfg.working_dir.is_empty() && cfg.working_dir != image_cfg.working_dir)
            .then(|| cfg.working_dir.clone()),
        env,
        ports,
        resources: (!limits.is_empty()).then_some(Resources { limits }),
        volume_mounts: mounts,
        liveness_probe: probe,
        readiness_probe: None,
        security_context: has_security.then_some(security),
        stdin: cfg.open_stdin,
        tty: cfg.tty,
    })
}

fn restart_policy(c: &Container) -> &'static str {
    match c.record.host_config.restart_policy.name {
        RestartMode::No => "Never",
        RestartMode::OnFailure => "OnFailure",
        RestartMode::Always | RestartMode::UnlessStopped => "Always",
    }
}

/// A workload's pod template.
fn template_of(spec: &PodSpec, name: &str, labels: &BTreeMap<String, String>) -> PodTemplate {
    PodTemplate {
        metadata: ObjectMeta {
            name: name.to_string(),
            labels: labels.clone(),
            ..Default::default()
        },
        spec: spec.clone(),
    }
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
/// containers named together become one pod).
pub fn generate(engine: &Engine, names: &[String], opts: &GenerateOptions) -> Result<String> {
    let mut groups: Vec<Group> = Vec::new();
    let mut loose: Vec<Container> = Vec::new();
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
        let c = crate::engine::ops::lookup(engine, name)?;
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
    let mut claims: Vec<String> = Vec::new();
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
                Workload::Pod => members.first().map(|c| restart_policy(c).to_string()),
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
            let mut seen = std::collections::BTreeSet::new();
            let ports: Vec<ServicePort> = all_ports
                .iter()
                .filter(|p| seen.insert((p.container_port, p.protocol.clone())))
                .map(|p| ServicePort {
                    name: format!(
                        "{}-{}",
                        p.container_port,
                        if p.protocol.is_empty() {
                            "tcp"
                        } else {
                            &p.protocol
                        }
                    ),
                    port: p.container_port,
                    target_port: p.container_port,
                    protocol: (p.protocol != "tcp" && !p.protocol.is_empty())
                        .then(|| p.protocol.to_uppercase()),
                })
                .collect();
            services.push(Object {
                api_version: "v1".into(),
                kind: "Service".into(),
                metadata: ObjectMeta {
                    name: name.clone(),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: ServiceSpec {
                    selector: labels.clone(),
                    ports,
                },
            });
        }
        let doc_spec = spec.clone();
        let doc = match opts.workload {
            Workload::Pod => serde_yaml_ng::to_string(&Object {
                api_version: "v1".into(),
                kind: "Pod".into(),
                metadata: ObjectMeta {
                    name: name.clone(),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec,
            })?,
            Workload::Deployment => serde_yaml_ng::to_string(&Object {
                api_version: "apps/v1".into(),
                kind: "Deployment".into(),
                metadata: ObjectMeta {
                    name: format!("{name}-deployment"),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: DeploymentSpec {
                    replicas: opts.replicas.filter(|r| *r > 1),
                    selector: LabelSelector {
                        match_labels: labels.clone(),
                    },
                    template: PodTemplate {
                        metadata: ObjectMeta {
                            name: name.clone(),
                            labels: labels.clone(),
                            ..Default::default()
                        },
                        spec,
                    },
                },
            })?,
            Workload::DaemonSet | Workload::Job => String::new(),
        };
        let doc = match opts.workload {
            Workload::DaemonSet => serde_yaml_ng::to_string(&Object {
                api_version: "apps/v1".into(),
                kind: "DaemonSet".into(),
                metadata: ObjectMeta {
                    name: format!("{name}-daemonset"),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: DaemonSetSpec {
                    selector: LabelSelector {
                        match_labels: labels.clone(),
                    },
                    template: template_of(&doc_spec, &name, &labels),
                },
            })?,
            Workload::Job => serde_yaml_ng::to_string(&Object {
                api_version: "batch/v1".into(),
                kind: "Job".into(),
                metadata: ObjectMeta {
                    name: format!("{name}-job"),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: JobSpec {
                    backoff_limit: None,
                    template: template_of(&doc_spec, &name, &labels),
                },
            })?,
            _ => doc,
        };
        workloads.push(doc);
    }
    for claim in &claims {
        docs.push(serde_yaml_ng::to_string(&Object {
            api_version: "v1".into(),
            kind: "PersistentVolumeClaim".into(),
            metadata: ObjectMeta {
                name: claim.clone(),
                ..Default::default()
            },
            spec: ClaimSpec {
                access_modes: vec!["ReadWriteOnce".into()],
                resources: ClaimResources {
                    requests: [("storage".to_string(), "1Gi".to_string())].into(),
                },
            },
        })?);
    }
    for s in &services {
        docs.push(serde_yaml_ng::to_string(s)?);
    }
    docs.extend(workloads);
    Ok(format!(
        "# Generated by skiff {}\n{}",
        env!("CARGO_PKG_VERSION"),
        docs.join("---\n")
    ))
}
