//! The pieces `generate kube` (from containers) and `compose kube` (from
//! services) both write: volumes and their mounts, limits, the security
//! context, probes, claims, Services and the document itself.

use std::collections::BTreeMap;

use anyhow::Result;

use super::generate::{dns_name, Workload};
use super::model::*;
use crate::engine::container::{HealthConfig, Security};

/// Where a pod volume's files come from.
pub enum Source<'a> {
    HostPath(&'a str),
    /// A PersistentVolumeClaim by (DNS) name.
    Claim(String),
    /// An emptyDir: on disk, or in memory (a tmpfs).
    Scratch {
        memory: bool,
    },
}

/// Adds volume `name` to the pod (once) and returns the container's mount of it.
pub fn mount(
    volumes: &mut Vec<Volume>,
    name: String,
    source: Source,
    path: &str,
    read_only: bool,
) -> VolumeMount {
    if !volumes.iter().any(|v| v.name == name) {
        let mut v = Volume {
            name: name.clone(),
            host_path: None,
            persistent_volume_claim: None,
            empty_dir: None,
            config_map: None,
            secret: None,
        };
        match source {
            Source::HostPath(p) => {
                let kind = match std::fs::metadata(p) {
                    Ok(m) if m.is_dir() => "Directory",
                    Ok(_) => "File",
                    Err(_) => "DirectoryOrCreate",
                };
                v.host_path = Some(HostPath {
                    path: p.to_string(),
                    kind: kind.into(),
                });
            }
            Source::Claim(claim) => {
                v.persistent_volume_claim = Some(ClaimRef { claim_name: claim })
            }
            Source::Scratch { memory } => {
                v.empty_dir = Some(EmptyDir {
                    medium: memory.then(|| "Memory".to_string()),
                })
            }
        }
        volumes.push(v);
    }
    VolumeMount {
        name,
        mount_path: path.to_string(),
        read_only,
    }
}

/// A named volume's claim (DNS name), recorded once for its document.
pub fn claim(claims: &mut Vec<String>, volume: &str) -> String {
    let name = dns_name(volume);
    if !claims.contains(&name) {
        claims.push(name.clone());
    }
    name
}

/// Memory and CPU limits (none when neither is set).
pub fn limits(r: &crate::engine::container::Resources) -> Option<Resources> {
    let mut limits = BTreeMap::new();
    if r.memory > 0 {
        limits.insert("memory".to_string(), r.memory.to_string());
    }
    if r.nano_cpus > 0 {
        limits.insert("cpu".to_string(), format!("{}m", r.nano_cpus / 1_000_000));
    }
    (!limits.is_empty()).then_some(Resources { limits })
}

/// privileged, read-only rootfs, a numeric `uid[:gid]`, capabilities
/// (without docker's optional CAP_ prefix); none when nothing is set.
pub fn security_context(sec: &Security, user: &str) -> Option<SecurityContext> {
    let mut ids = user.split(':');
    let numeric = |v: Option<&str>| v.and_then(|v| v.parse::<i64>().ok());
    let bare = |caps: &[String]| -> Vec<String> {
        caps.iter()
            .map(|c| c.to_uppercase().trim_start_matches("CAP_").to_string())
            .collect()
    };
    let context = SecurityContext {
        privileged: sec.privileged.then_some(true),
        read_only_root_filesystem: sec.read_only.then_some(true),
        run_as_user: numeric(ids.next()),
        run_as_group: numeric(ids.next()),
        capabilities: (!sec.privileged && (!sec.cap_add.is_empty() || !sec.cap_drop.is_empty()))
            .then(|| Capabilities {
                add: bare(&sec.cap_add),
                drop: bare(&sec.cap_drop),
            }),
    };
    let set = context.privileged.is_some()
        || context.read_only_root_filesystem.is_some()
        || context.run_as_user.is_some()
        || context.capabilities.is_some();
    set.then_some(context)
}

/// A healthcheck as an exec probe: CMD's arguments, CMD-SHELL through
/// `/bin/sh -c`; none for NONE.
pub fn probe(h: &HealthConfig) -> Option<Probe> {
    let command = match h.test.first().map(String::as_str) {
        Some("CMD") => h.test[1..].to_vec(),
        Some("CMD-SHELL") => vec!["/bin/sh".into(), "-c".into(), h.test.get(1)?.clone()],
        _ => return None,
    };
    let secs = |ns: i64| (ns > 0).then(|| (ns + 999_999_999) / 1_000_000_000);
    Some(Probe {
        exec: Some(ExecAction { command }),
        initial_delay_seconds: secs(h.start_period),
        period_seconds: secs(h.interval),
        timeout_seconds: secs(h.timeout),
        failure_threshold: (h.retries > 0).then_some(h.retries),
    })
}

/// A port's protocol as Kubernetes writes it: left out for TCP.
pub fn protocol(proto: &str) -> Option<String> {
    (proto != "tcp" && !proto.is_empty()).then(|| proto.to_uppercase())
}

/// A 1Gi ReadWriteOnce PersistentVolumeClaim.
pub fn claim_doc(name: &str) -> Result<String> {
    Ok(serde_yaml_ng::to_string(&Object {
        api_version: "v1".into(),
        kind: "PersistentVolumeClaim".into(),
        metadata: ObjectMeta {
            name: name.to_string(),
            ..Default::default()
        },
        spec: ClaimSpec {
            access_modes: vec!["ReadWriteOnce".into()],
            resources: ClaimResources {
                requests: [("storage".to_string(), "1Gi".to_string())].into(),
            },
        },
    })?)
}

/// A Service selecting `labels` on `ports` (container port, protocol):
/// port = targetPort, never a nodePort.
pub fn service_doc(
    name: &str,
    labels: &BTreeMap<String, String>,
    ports: &[(u16, String)],
) -> Result<String> {
    let mut seen = std::collections::BTreeSet::new();
    let ports = ports
        .iter()
        .filter(|p| seen.insert((*p).clone()))
        .map(|(port, proto)| {
            let proto = if proto.is_empty() { "tcp" } else { proto };
            ServicePort {
                name: format!("{port}-{proto}"),
                port: *port,
                target_port: *port,
                protocol: protocol(proto),
            }
        })
        .collect();
    Ok(serde_yaml_ng::to_string(&Object {
        api_version: "v1".into(),
        kind: "Service".into(),
        metadata: ObjectMeta {
            name: name.to_string(),
            labels: labels.clone(),
            ..Default::default()
        },
        spec: ServiceSpec {
            selector: labels.clone(),
            ports,
        },
    })?)
}

/// The documents as one YAML stream, under skiff's header.
pub fn stream(docs: &[String]) -> String {
    format!(
        "# Generated by skiff {}\n{}",
        env!("CARGO_PKG_VERSION"),
        docs.join("---\n")
    )
}

/// A workload of `kind` named `name` whose pods are `pod`, labelled and
/// selected by `labels`.
pub fn workload_doc(
    kind: Workload,
    name: &str,
    pod: &str,
    labels: &BTreeMap<String, String>,
    spec: PodSpec,
    replicas: Option<u32>,
) -> Result<String> {
    let metadata = |name: &str| ObjectMeta {
        name: name.to_string(),
        labels: labels.clone(),
        ..Default::default()
    };
    let object = |api: &str, kind: &str| (api.to_string(), kind.to_string(), metadata(name));
    let template = PodTemplate {
        metadata: metadata(pod),
        spec: spec.clone(),
    };
    let selector = LabelSelector {
        match_labels: labels.clone(),
    };
    let yaml = match kind {
        Workload::Pod => serde_yaml_ng::to_string(&Object {
            api_version: "v1".into(),
            kind: "Pod".into(),
            metadata: metadata(name),
            spec,
        }),
        Workload::Deployment => {
            let (api_version, kind, metadata) = object("apps/v1", "Deployment");
            serde_yaml_ng::to_string(&Object {
                api_version,
                kind,
                metadata,
                spec: DeploymentSpec {
                    replicas,
                    selector,
                    template,
                },
            })
        }
        Workload::DaemonSet => {
            let (api_version, kind, metadata) = object("apps/v1", "DaemonSet");
            serde_yaml_ng::to_string(&Object {
                api_version,
                kind,
                metadata,
                spec: DaemonSetSpec { selector, template },
            })
        }
        Workload::Job => {
            let (api_version, kind, metadata) = object("batch/v1", "Job");
            serde_yaml_ng::to_string(&Object {
                api_version,
                kind,
                metadata,
                spec: JobSpec {
                    backoff_limit: None,
                    template,
                },
            })
        }
    };
    Ok(yaml?)
}
