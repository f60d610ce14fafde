//! A compose project as Kubernetes manifests (`compose kube`): one
//! Deployment per service (replicas from `deploy.replicas`), a Service per
//! service with ports (so service names resolve as in compose), a
//! PersistentVolumeClaim per named volume, healthchecks as liveness and
//! readiness probes, and `depends_on` as init containers that wait for the
//! dependency's port. The caller hands over each service as the engine's
//! container spec, so this module knows nothing of compose's own types.

use std::collections::BTreeMap;

use anyhow::Result;

use super::generate::dns_name;
use super::model::*;
use crate::engine::spec::{ContainerSpec, HealthSetting, Mount};

/// What a service waits for in a dependency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    Started,
    Healthy,
    Completed,
}

/// One service of the project.
#[derive(Debug, Clone)]
pub struct ServiceInput {
    pub name: String,
    pub spec: ContainerSpec,
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

fn probe(spec: &ContainerSpec) -> Option<Probe> {
    let HealthSetting::Merge(h) = &spec.health else {
        return None;
    };
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

fn container(
    s: &ServiceInput,
    volumes: &mut Vec<Volume>,
    claims: &mut Vec<String>,
) -> super::model::Container {
    let spec = &s.spec;
    let mut limits = BTreeMap::new();
    if spec.resources.memory > 0 {
        limits.insert("memory".to_string(), spec.resources.memory.to_string());
    }
    if spec.resources.nano_cpus > 0 {
        limits.insert(
            "cpu".to_string(),
            format!("{}m", spec.resources.nano_cpus / 1_000_000),
        );
    }
    let mut mounts = Vec::new();
    for (i, m) in spec.mounts.iter().enumerate() {
        let (name, volume, path, read_only) = match m {
            Mount::Bind { mount, .. } => {
                let kind = match std::fs::metadata(&mount.source) {
                    Ok(m) if m.is_dir() => "Directory",
                    Ok(_) => "File",
                    Err(_) => "DirectoryOrCreate",
                };
                (
                    dns_name(&format!("{}-host-{i}", s.name)),
                    Volume {
                        config_map: None,
                        secret: None,
                        name: String::new(),
                        host_path: Some(HostPath {
                            path: mount.source.clone(),
                            kind: kind.into(),
                        }),
                        persistent_volume_claim: None,
                        empty_dir: None,
                    },
                    mount.destination.clone(),
                    mount.read_only,
                )
            }
            Mount::Volume(v) => match &v.name {
                Some(n) => {
                    let claim = dns_name(n);
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
                        v.destination.clone(),
                        v.read_only,
                    )
                }
                None => (
                    dns_name(&format!("{}-scratch-{i}", s.name)),
                    Volume {
                        config_map: None,
                        secret: None,
                        name: String::new(),
                        host_path: None,
                        persistent_volume_claim: None,
                        empty_dir: Some(EmptyDir { medium: None }),
                    },
                    v.destination.clone(),
                    v.read_only,
                ),
            },
            Mount::Tmpfs(t) => (
                dns_name(&format!("{}-tmp-{i}", s.name)),
                Volume {
                    config_map: None,
                    secret: None,
                    name: String::new(),
                    host_path: None,
                    persistent_volume_claim: None,
                    empty_dir: Some(EmptyDir {
                        medium: Some("Memory".into()),
                    }),
                },
                t.destination.clone(),
                false,
            ),
        };
        if !volumes.iter().any(|v| v.name == name) {
            volumes.push(Volume {
                config_map: None,
                secret: None,
                name: name.clone(),
                ..volume
            });
        }
        mounts.push(VolumeMount {
            name,
            mount_path: path,
            read_only,
        });
    }
    let sec = &spec.security;
    let mut ids = spec.user.as_deref().unwrap_or("").split(':');
    let numeric = |v: Option<&str>| v.and_then(|v| v.parse::<i64>().ok());
    let (run_as_user, run_as_group) = (numeric(ids.next()), numeric(ids.next()));
    let bare = |caps: &[String]| -> Vec<String> {
        caps.iter()
            .map(|c| c.to_uppercase().trim_start_matches("CAP_").to_string())
            .collect()
    };
    let security = SecurityContext {
        privileged: sec.privileged.then_some(true),
        read_only_root_filesystem: sec.read_only.then_some(true),
        run_as_user,
        run_as_group,
        capabilities: (!sec.privileged && (!sec.cap_add.is_empty() || !sec.cap_drop.is_empty()))
            .then(|| Capabilities {
                add: bare(&sec.cap_add),
                drop: bare(&sec.cap_drop),
            }),
    };
    let secured = security.privileged.is_some()
        || security.read_only_root_filesystem.is_some()
        || security.run_as_user.is_some()
        || security.capabilities.is_some();
    let probe = probe(spec);
    super::model::Container {
        name: dns_name(&s.name),
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
        ports: listens_on(spec)
            .into_iter()
            .map(|(port, proto)| ContainerPort {
                container_port: port,
                host_port: None,
                host_ip: None,
                protocol: (proto != "tcp").then(|| proto.to_uppercase()),
            })
            .collect(),
        resources: (!limits.is_empty()).then_some(Resources { limits }),
        volume_mounts: mounts,
        liveness_probe: probe.clone(),
        readiness_probe: probe,
        security_context: secured.then_some(security),
        stdin: spec.open_stdin,
        tty: spec.tty,
    }
}

/// The manifests, and a warning for each thing Kubernetes cannot say.
pub fn manifests(services: &[ServiceInput]) -> Result<(String, Vec<String>)> {
    let mut warnings = Vec::new();
    let mut claims = Vec::new();
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
                    format!("until nc -z {host} {port}; do sleep 1; done"),
                ],
                ..Default::default()
            });
        }
        let ports = listens_on(&s.spec);
        if !ports.is_empty() {
            svc_docs.push(serde_yaml_ng::to_string(&Object {
                api_version: "v1".into(),
                kind: "Service".into(),
                metadata: ObjectMeta {
                    name: name.clone(),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: ServiceSpec {
                    selector: labels.clone(),
                    ports: ports
                        .iter()
                        .map(|(port, proto)| ServicePort {
                            name: format!("{port}-{proto}"),
                            port: *port,
                            target_port: *port,
                            protocol: (proto != "tcp").then(|| proto.to_uppercase()),
                        })
                        .collect(),
                },
            })?);
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
        let pod_spec = PodSpec {
            init_containers: init,
            containers: vec![main],
            volumes,
            restart_policy: one_shot.then(|| "OnFailure".to_string()),
            ..Default::default()
        };
        let template = PodTemplate {
            metadata: ObjectMeta {
                name: name.clone(),
                labels: labels.clone(),
                ..Default::default()
            },
            spec: pod_spec,
        };
        if one_shot {
            deployments.push(serde_yaml_ng::to_string(&Object {
                api_version: "batch/v1".into(),
                kind: "Job".into(),
                metadata: ObjectMeta {
                    name: name.clone(),
                    labels: labels.clone(),
                    ..Default::default()
                },
                spec: JobSpec {
                    backoff_limit: Some(4),
                    template,
                },
            })?);
            continue;
        }
        deployments.push(serde_yaml_ng::to_string(&Object {
            api_version: "apps/v1".into(),
            kind: "Deployment".into(),
            metadata: ObjectMeta {
                name: name.clone(),
                labels: labels.clone(),
                ..Default::default()
            },
            spec: DeploymentSpec {
                replicas: (s.replicas != 1).then_some(s.replicas),
                selector: LabelSelector {
                    match_labels: labels.clone(),
                },
                template,
            },
        })?);
    }
    let mut docs = Vec::new();
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
    docs.extend(svc_docs);
    docs.extend(deployments);
    Ok((
        format!(
            "# Generated by skiff {}\n{}",
            env!("CARGO_PKG_VERSION"),
            docs.join("---\n")
        ),
        warnings,
    ))
}
