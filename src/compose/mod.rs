//! Compose: compose files read as docker compose v2 (compose-go) reads them,
//! and (next) run through the engine's typed operations. The loader is a pure
//! function of files, environment and options; it writes nothing. The runner
//! (`runner`, on `model` and `convert`) calls the engine's typed operations.

#[cfg(test)]
mod cases;
pub mod convert;
pub mod dotenv;
pub mod emit;
pub mod interpolate;
pub mod labels;
pub mod load;
pub mod merge;
pub mod model;
mod normalize;
pub mod runner;
pub(crate) mod validate;
pub mod watch;

pub use load::{load, Options, Project};

/// Fails with every compose-go case that came out differently.
#[cfg(test)]
fn assert_all_cases_pass(failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `config --resolve-image-digests`: each service's image pinned to the
/// digest the local store has for it (`docker.io/library/busybox:latest@sha256:…`,
/// the form compose-go writes).
pub fn resolve_image_digests(
    project: &mut Project,
    engine: &crate::engine::Engine,
) -> anyhow::Result<()> {
    use crate::engine::image::reference::Reference;
    use serde_yaml_ng::Value;
    for (name, svc) in project.services.iter_mut() {
        let Some(image) = svc.get("image").and_then(Value::as_str).map(str::to_string) else {
            continue;
        };
        let mut reference = Reference::parse(&image)
            .map_err(|e| anyhow::anyhow!("service {name}: image {image:?}: {e}"))?;
        if reference.tag.is_none() && reference.digest.is_none() {
            reference.tag = Some("latest".into());
        }
        let local = crate::engine::image::lookup(engine, &image).map_err(|e| {
            anyhow::anyhow!("service {name}: {e:#} (--resolve-image-digests reads the local store: pull it first)")
        })?;
        let repository = reference.repository();
        let digest = local
            .record
            .repo_digests
            .iter()
            .find_map(|rd| {
                rd.strip_prefix(&format!("{repository}@"))
                    .map(str::to_string)
            })
            .unwrap_or_else(|| local.record.target_digest.clone());
        reference.digest = Some(digest);
        svc.insert(
            Value::String("image".into()),
            Value::String(reference.to_string()),
        );
    }
    Ok(())
}
