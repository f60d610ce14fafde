//! The `com.docker.compose.*` labels: all of a project's state lives in them,
//! as with docker compose v2 (`ps`, `down`, orphans and recreation are label
//! queries over the engine's containers, networks and volumes).

use std::collections::BTreeMap;

use super::convert::Target;
use super::model::Service;

pub const PROJECT: &str = "com.docker.compose.project";
pub const SERVICE: &str = "com.docker.compose.service";
pub const NUMBER: &str = "com.docker.compose.container-number";
pub const ONEOFF: &str = "com.docker.compose.oneoff";
pub const SLUG: &str = "com.docker.compose.slug";
pub const CONFIG_HASH: &str = "com.docker.compose.config-hash";
pub const WORKING_DIR: &str = "com.docker.compose.project.working_dir";
pub const CONFIG_FILES: &str = "com.docker.compose.project.config_files";
pub const DEPENDS_ON: &str = "com.docker.compose.depends_on";
pub const IMAGE: &str = "com.docker.compose.image";
pub const VERSION: &str = "com.docker.compose.version";
pub const NETWORK: &str = "com.docker.compose.network";
pub const VOLUME: &str = "com.docker.compose.volume";

/// The compose version skiff's labels and `version` report: the docker
/// compose v2 release whose behaviour skiff follows.
pub const COMPOSE_VERSION: &str = "2.29.0";

/// The labels of a service's container.
pub fn container(t: &Target, svc: &Service) -> BTreeMap<String, String> {
    let p = t.project;
    let depends_on = svc
        .depends_on
        .iter()
        .map(|(name, d)| format!("{name}:{}:{}", d.condition.as_str(), d.restart))
        .collect::<Vec<_>>()
        .join(",");
    let files = p
        .config_files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(",");
    [
        (PROJECT, p.name.clone()),
        (SERVICE, t.service.to_string()),
        (NUMBER, t.number.to_string()),
        (ONEOFF, "False".to_string()),
        (CONFIG_HASH, t.config_hash.to_string()),
        (WORKING_DIR, p.working_dir.to_string_lossy().into_owned()),
        (CONFIG_FILES, files),
        (DEPENDS_ON, depends_on),
        (VERSION, COMPOSE_VERSION.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

/// The labels of a network or volume the project made (`kind_label` is
/// NETWORK or VOLUME).
pub fn resource(project: &str, kind_label: &str, key: &str) -> BTreeMap<String, String> {
    [
        (PROJECT, project.to_string()),
        (kind_label, key.to_string()),
        (VERSION, COMPOSE_VERSION.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}
