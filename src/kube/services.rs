//! A compose project as Kubernetes manifests (`compose kube`): one
//! Deployment per service (replicas from `deploy.replicas`), a Service per
//! service with ports (so service names resolve as in compose), a
//! PersistentVolumeClaim per named volume, healthchecks as liveness and
//! readiness probes, and `depends_on` as init containers that wait for the
//! dependency's port. The caller hands over each service as the engine's
//! container spec, so this module knows nothing of compose's own types.

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

fn container(
    s: &ServiceInput,
    volumes: &mut Vec<Volume>,
    claims: &mut Vec<String>,
) -> super::model::Container {
    let spec = &s.spec;
    let own = dns_name(&s.name);
    let mut mounts = Vec::new();
    for (i, m) in spec.mounts.iter().enumerate() {
        mounts.push(match m {
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
        ports: listens_on(spec)
            .into_iter()
            .map(|(port, proto)| ContainerPort {
                container_port: port,
                host_port: None,
                host_ip: None,
                protocol: parts::protocol(&proto),
            })
            .collect(),
        resources: parts::limits(&spec.resources),
        volume_mounts: mounts,
        liveness_probe: probe.clone(),
        readiness_probe: probe,
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
        let pod_spec = PodSpec {
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
    docs.extend(svc_docs);
    docs.extend(deployments);
    Ok((parts::stream(&docs), warnings))
}
