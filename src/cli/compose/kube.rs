//! `compose kube` (issue's `generate kube --compose`): the project as
//! Kubernetes manifests. Compose turns each service into the engine's
//! container spec, the kube module turns those into YAML; this glues them.

use anyhow::Result;

use super::{ComposeArgs, Session};
use crate::compose::model::Condition;
use crate::kube::services::{manifests, ServiceInput, Wait};

pub fn kube(s: &Session, args: &ComposeArgs) -> Result<()> {
    let project = s.load(args, &[])?;
    let planned = s.runner(&project)?.planned_services()?;
    let mut warnings = Vec::new();
    let inputs: Vec<ServiceInput> = planned
        .into_iter()
        .map(|p| {
            warnings.extend(p.warnings);
            ServiceInput {
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
            }
        })
        .collect();
    let (yaml, more) = manifests(&inputs)?;
    for w in warnings.iter().chain(&more) {
        eprintln!("WARNING: {w}");
    }
    print!("{yaml}");
    Ok(())
}
