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
    /// A ConfigMap's files, by the ConfigMap's name.
    ConfigMap(String),
    /// A Secret's files, by the Secret's name.
    Secret(String),
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
            Source::ConfigMap(name) => {
                v.config_map = Some(SourceVolume {
                    name,
                    optional: false,
                })
            }
            Source::Secret(name) => {
                v.secret = Some(SourceVolume {
                    name,
                    optional: false,
                })
            }
        }
        volumes.push(v);
    }
    VolumeMount {
        name,
        mount_path: path.to_string(),
        read_only,
        sub_path: None,
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
        limits.insert("memory".to_string(), memory_quantity(r.memory));
    }
    if r.nano_cpus > 0 {
        limits.insert("cpu".to_string(), cpu_quantity(r.nano_cpus));
    }
    (!limits.is_empty()).then_some(Resources { limits })
}

/// Bytes as Kubernetes writes a quantity: `64Mi` when a binary unit divides
/// it, else the plain number.
pub fn memory_quantity(bytes: i64) -> String {
    for (suffix, factor) in [
        ("Ti", 1i64 << 40),
        ("Gi", 1 << 30),
        ("Mi", 1 << 20),
        ("Ki", 1 << 10),
    ] {
        if bytes % factor == 0 {
            return format!("{}{suffix}", bytes / factor);
        }
    }
    bytes.to_string()
}

/// Nano-CPUs as a CPU quantity: whole CPUs (`2`) or milli-CPUs (`500m`).
pub fn cpu_quantity(nano_cpus: i64) -> String {
    let milli = nano_cpus / 1_000_000;
    if milli % 1000 == 0 {
        (milli / 1000).to_string()
    } else {
        format!("{milli}m")
    }
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
    // docker's defaults written out (30 s, 30 s, 3), not Kubernetes' (10 s, 1 s, 3).
    let secs = |ns: i64| (ns > 0).then(|| (ns + 999_999_999) / 1_000_000_000);
    Some(Probe {
        exec: Some(ExecAction { command }),
        http_get: None,
        tcp_socket: None,
        initial_delay_seconds: secs(h.start_period),
        period_seconds: secs(h.interval).or(Some(30)),
        timeout_seconds: secs(h.timeout).or(Some(30)),
        failure_threshold: Some(if h.retries > 0 { h.retries } else { 3 }),
    })
}

/// A shell test that `host` accepts TCP connections on `port`: `nc -z`
/// where nc has it, else a connect that sends nothing (busybox's nc).
pub fn tcp_check(host: &str, port: u16) -> String {
    format!("{{ nc -z {host} {port} 2>/dev/null || nc -w 1 {host} {port} </dev/null >/dev/null 2>&1; }}")
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

/// A Secret (base64) or a ConfigMap (text, or base64 binaryData when it is
/// not UTF-8) holding `content` under `key`.
pub fn data_doc(secret: bool, name: &str, key: &str, content: &[u8]) -> Result<String> {
    use base64::Engine as _;
    let encoded = || base64::engine::general_purpose::STANDARD.encode(content);
    let mut doc = DataObject {
        api_version: "v1".into(),
        kind: if secret { "Secret" } else { "ConfigMap" }.into(),
        metadata: ObjectMeta {
            name: name.to_string(),
            ..Default::default()
        },
        kind_of_secret: secret.then(|| "Opaque".to_string()),
        data: BTreeMap::new(),
        binary_data: BTreeMap::new(),
    };
    match (secret, std::str::from_utf8(content)) {
        (true, _) => doc.data.insert(key.to_string(), encoded()),
        (false, Ok(text)) => doc.data.insert(key.to_string(), text.to_string()),
        (false, Err(_)) => doc.binary_data.insert(key.to_string(), encoded()),
    };
    Ok(serde_yaml_ng::to_string(&doc)?)
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
