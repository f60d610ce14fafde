//! `compose kube` (issue's `generate kube --compose`): the project as
//! Kubernetes manifests. Compose turns each service into the engine's
//! container spec, the kube module turns those into YAML; this glues them.

use anyhow::Result;

use super::{ComposeArgs, Session};
use crate::compose::model::Condition;
use crate::kube::services::{manifests, FileInput, ServiceInput, Wait};

pub fn kube(s: &Session, args: &ComposeArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let planned = s.runner(&project)?.planned_services()?;
    let mut warnings = Vec::new();
    let inputs: Vec<ServiceInput> = planned
        .into_iter()
        .map(|p| {
            warnings.extend(p.warnings);
            let files = p
                .files
                .into_iter()
                .map(|f| {
                    let content = std::fs::read(&f.source).map_err(|e| {
                        anyhow::anyhow!(
                            "service {}: reading {}: {}",
                            p.name,
                            f.source.display(),
                            crate::engine::go_error(&e)
                        )
                    })?;
                    Ok(FileInput {
                        secret: f.secret,
                        name: f.name,
                        target: f.target,
                        content,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(ServiceInput {
                files,
                name: p.name,
                spec: p.spec,
                replicas: p.replicas,
                waits_for: p
                    .depends_on
                    .into_iter()
                    .map(|(dep, c)| {
                        let wait = match c {
                            Condition::ServiceStarted => Wait::Started,
                            Condition::ServiceHealthy => Wait::Healthy,
                            Condition::ServiceCompletedSuccessfully => Wait::Completed,
                        };
                        (dep, wait)
                    })
                    .collect(),
            })
        })
        .collect::<Result<_>>()?;
    let (yaml, more) = manifests(&inputs)?;
    for w in warnings.iter().chain(&more) {
        eprintln!("WARNING: {w}");
    }
    print!("{yaml}");
    Ok(())
}
