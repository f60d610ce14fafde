//! What a container should be, typed: everything `docker run` flags and a
//! compose service can say, built by the CLI from flags and by compose from a
//! service, and turned into a container by [`crate::engine::ops::create`]
//! (podman's SpecGenerator). The docker-syntax parsers that fill it are in
//! [`docker`]; they have no side effects.

pub mod docker;

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use anyhow::{bail, Result};

use crate::engine::container::logs::LogConfig;
use crate::engine::container::{
    BindMount, DeviceMapping, HealthConfig, Resources, RestartPolicy, Security, TmpfsMount,
};
use crate::engine::ports::PortBinding;

/// docker's `--pull` (and compose's `pull_policy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PullPolicy {
    Always,
    #[default]
    Missing,
    Never,
}

impl std::str::FromStr for PullPolicy {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<PullPolicy> {
        Ok(match s {
            "always" => PullPolicy::Always,
            "missing" | "if_not_present" => PullPolicy::Missing,
            "never" => PullPolicy::Never,
            other => bail!("invalid pull policy {other:?}: want always, missing or never"),
        })
    }
}

/// One container, as asked for. Every None or empty field takes the image's
/// setting or docker's default.
#[derive(Debug, Clone, Default)]
pub struct ContainerSpec {
    /// The image as the user named it.
    pub image: String,
    pub name: Option<String>,
    /// Replaces the image's ENTRYPOINT; `Some(vec![])` clears it. Overriding
    /// it also drops the image's CMD, as docker does.
    pub entrypoint: Option<Vec<String>>,
    /// Replaces the image's CMD; `Some(vec![])` clears it.
    pub cmd: Option<Vec<String>>,
    /// `KEY=VALUE` entries set over the image's environment, in order.
    pub env: Vec<String>,
    /// Names removed from the image's environment.
    pub unset_env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    /// Legacy links `NAME[:ALIAS]`: /etc/hosts entries for other containers.
    pub links: Vec<String>,
    pub cgroup_parent: Option<String>,
    /// Handed to the runtime in config.json.
    pub annotations: BTreeMap<String, String>,
    pub tty: bool,
    pub open_stdin: bool,
    /// The networks to join, in order; the first decides the network mode
    /// (`none`, `host`, `container:NAME`, or a network's name). Empty: the
    /// default network.
    pub networks: Vec<NetworkAttachment>,
    pub ports: Vec<PortBinding>,
    pub publish_all: bool,
    /// `80/tcp` keys exposed beyond the image's.
    pub expose: Vec<String>,
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_options: Vec<String>,
    /// `HOST:IP` entries for /etc/hosts.
    pub extra_hosts: Vec<String>,
    pub mounts: Vec<Mount>,
    /// `CONTAINER[:ro|rw]`: that container's volumes and binds too.
    pub volumes_from: Vec<String>,
    pub shm_size: Option<i64>,
    pub devices: Vec<DeviceMapping>,
    pub resources: Resources,
    pub security: Security,
    pub restart: RestartPolicy,
    /// Remove the container when it exits (`--rm`).
    pub auto_remove: bool,
    pub health: HealthSetting,
    pub log: LogConfig,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<i64>,
    pub pull: PullPolicy,
    /// `--pod`: the pod (name or ID) whose namespaces the container joins.
    pub pod: Option<String>,
    /// `--runtime`: an OCI runtime's name or path (None: the configured
    /// default, else skiff's built-in runtime).
    pub runtime: Option<String>,
    /// `--runtime-flag`s: global flags for every call of that runtime.
    pub runtime_flags: Vec<String>,
}

/// One network a container joins, with its settings there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkAttachment {
    /// A network's name, or `none`, `host`, `container:NAME`, `default`.
    pub name: String,
    pub aliases: Vec<String>,
    pub ipv4: Option<Ipv4Addr>,
    /// `92:d0:c6:0a:29:33`, checked by [`docker::mac_address`].
    pub mac: Option<String>,
}

/// How a container's network is set up, read from its first attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkMode {
    /// The default network (docker's `bridge`).
    Default,
    None,
    Host,
    /// Another container's network namespace.
    Container(String),
    /// A network by name.
    Named(String),
}

impl NetworkMode {
    pub fn parse(name: &str) -> NetworkMode {
        match name {
            "" | "default" => NetworkMode::Default,
            "none" => NetworkMode::None,
            "host" => NetworkMode::Host,
            other => match other.strip_prefix("container:") {
                Some(c) => NetworkMode::Container(c.to_string()),
                None => NetworkMode::Named(other.to_string()),
            },
        }
    }
}

/// A filesystem mount of the container.
#[derive(Debug, Clone)]
pub enum Mount {
    /// A host path. `create_source`: make it (a directory) when missing, as
    /// `-v` does; `--mount type=bind` refuses a missing source instead.
    Bind {
        mount: BindMount,
        create_source: bool,
    },
    /// A named volume, or an anonymous one (`name: None`).
    Volume(VolumeRequest),
    Tmpfs(TmpfsMount),
}

/// A volume the user asked for; `name: None` is an anonymous volume.
#[derive(Debug, Clone, Default)]
pub struct VolumeRequest {
    pub name: Option<String>,
    pub destination: String,
    pub read_only: bool,
    /// A named request for what stays an anonymous volume: compose hands a
    /// recreated container its predecessor's anonymous volumes this way.
    pub keep_anonymous: bool,
}

/// The container's healthcheck.
#[derive(Debug, Clone, Default)]
pub enum HealthSetting {
    /// The image's HEALTHCHECK, if any.
    #[default]
    Image,
    /// None at all (`--no-healthcheck`, compose's `disable: true`).
    Disabled,
    /// These settings over the image's: an empty test or a zero duration
    /// keeps the image's.
    Merge(HealthConfig),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_modes_parse_as_docker_names_them() {
        assert_eq!(NetworkMode::parse(""), NetworkMode::Default);
        assert_eq!(NetworkMode::parse("default"), NetworkMode::Default);
        assert_eq!(NetworkMode::parse("none"), NetworkMode::None);
        assert_eq!(NetworkMode::parse("host"), NetworkMode::Host);
        assert_eq!(
            NetworkMode::parse("container:db"),
            NetworkMode::Container("db".into())
        );
        assert_eq!(
            NetworkMode::parse("front"),
            NetworkMode::Named("front".into())
        );
    }

    #[test]
    fn pull_policies_take_docker_and_compose_names() {
        assert_eq!(
            "always".parse::<PullPolicy>().ok(),
            Some(PullPolicy::Always)
        );
        assert_eq!(
            "missing".parse::<PullPolicy>().ok(),
            Some(PullPolicy::Missing)
        );
        assert_eq!(
            "if_not_present".parse::<PullPolicy>().ok(),
            Some(PullPolicy::Missing)
        );
        assert_eq!("never".parse::<PullPolicy>().ok(), Some(PullPolicy::Never));
        assert!("sometimes".parse::<PullPolicy>().is_err());
    }
}
