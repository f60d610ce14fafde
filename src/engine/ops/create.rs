//! Creating a container (record, rw layer, etc files) and preparing it to run
//! (rootfs mount, bundle config.json).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};

use crate::engine::container::oci::{self, NetworkMode, ProcessSpec, SpecInput};
use crate::engine::container::{
    names, now_rfc3339, BindMount, ContainerConfig, ContainerRecord, HostConfig, TmpfsMount,
};
use crate::engine::image::{self, LocalImage};
use crate::engine::network;
use crate::engine::snapshot::SnapshotterKind;
use crate::engine::spec::{
    docker, ContainerSpec, HealthSetting, Mount, NetworkAttachment, VolumeRequest,
};
use crate::engine::store::atomic::write_json;
use crate::engine::store::ensure_dir;
use crate::engine::volume::{self, VolumeMount};
use crate::engine::Engine;

/// The init binary `--init` runs as PID 1: docker's tini, from Debian's tini package.
pub fn find_init() -> Result<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path).chain([
        PathBuf::from("/usr/bin"),
        PathBuf::from("/usr/libexec/docker"),
    ]) {
        for name in ["docker-init", "tini-static"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Ok(candidate);
            }
        }
    }
    bail!("--init needs a static init binary: tini-static (Debian package tini) or docker-init was not found on PATH")
}

fn new_id() -> String {
    let bytes: [u8; 32] = rand::random();
    hex::encode(bytes)
}

/// The network a container joins when `--network` is not given: docker's
/// `bridge`, unless SKIFF_DEFAULT_NETWORK names another (as podman's
/// containers.conf `netns` setting does).
pub fn default_network() -> String {
    std::env::var("SKIFF_DEFAULT_NETWORK")
        .ok()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| network::DEFAULT_NETWORK.to_string())
}

/// Checks the networks asked for and the settings that go with them; returns
/// the network mode (docker's HostConfig.NetworkMode) and the bridge
/// networks to join.
fn network_config(
    engine: &Engine,
    spec: &ContainerSpec,
    warnings: &mut Vec<String>,
) -> Result<(String, Vec<crate::engine::container::NetworkRequest>)> {
    let default = NetworkAttachment::default();
    let first = spec.networks.first().unwrap_or(&default);
    let more = spec.networks.get(1..).unwrap_or_default();
    let mode = match crate::engine::spec::NetworkMode::parse(&first.name) {
        crate::engine::spec::NetworkMode::Default => default_network(),
        _ => first.name.clone(),
    };
    let publishes = !spec.ports.is_empty() || spec.publish_all;
    let private = mode == "none" || mode == "host" || mode.starts_with("container:");
    if private && !first.aliases.is_empty() {
        bail!("{}", network::ALIASES_ON_DEFAULT);
    }
    if private && !more.is_empty() {
        bail!("conflicting options: cannot attach both user-defined and non-user-defined network-modes");
    }
    match mode.as_str() {
        "host" => {
            if publishes {
                warnings.push("Published ports are discarded when using host network mode".into());
            }
            return Ok((mode, Vec::new()));
        }
        "none" => {
            if publishes {
                bail!("conflicting options: port publishing and the container type network mode");
            }
            return Ok((mode, Vec::new()));
        }
        _ => {}
    }
    if let Some(other) = mode.strip_prefix("container:") {
        if publishes {
            bail!("conflicting options: port publishing and the container type network mode");
        }
        crate::engine::ops::lookup(engine, other)?;
        return Ok((mode, Vec::new()));
    }
    let mut requests: Vec<crate::engine::container::NetworkRequest> = Vec::new();
    for (n, attachment) in spec
        .networks
        .iter()
        .chain(
            // No network named: the default one, with no settings.
            spec.networks.is_empty().then_some(&default),
        )
        .enumerate()
    {
        let name = if n == 0 {
            mode.as_str()
        } else {
            attachment.name.as_str()
        };
        let found = network::lookup(engine, name)?;
        if n > 0 && !found.is_bridge() {
            bail!("container cannot be connected to network {name} with other networks");
        }
        // Rootless, the default network is slirp4netns of the container's own,
        // user-defined ones are in the rootless netns: one or the other.
        let default_mixed = found.name == network::DEFAULT_NETWORK
            || requests.iter().any(|r| r.name == network::DEFAULT_NETWORK);
        if n > 0 && engine.rootless && default_mixed {
            bail!("container cannot be connected to network {name} with other networks: rootless, the default network (slirp4netns) cannot be joined with user-defined ones");
        }
        if found.name == network::DEFAULT_NETWORK {
            if !attachment.aliases.is_empty() {
                bail!("{}", network::ALIASES_ON_DEFAULT);
            }
            if attachment.ipv4.is_some() {
                bail!(
                    "invalid config for network bridge: invalid endpoint settings: {}",
                    network::IP_ON_DEFAULT
                );
            }
        }
        if requests.iter().all(|r| r.name != found.name) {
            requests.push(crate::engine::container::NetworkRequest {
                name: found.name.clone(),
                aliases: attachment.aliases.clone(),
                ip: attachment.ipv4.map(|ip| ip.to_string()).unwrap_or_default(),
                mac: attachment.mac.clone().unwrap_or_default(),
            });
        }
    }
    let mode = requests[0].name.clone();
    Ok((mode, requests))
}

/// The spec's network namespace for a container about to start.
fn network_mode(engine: &Engine, record: &ContainerRecord) -> Result<NetworkMode> {
    Ok(match network::attach::Mode::of(&record.host_config) {
        network::attach::Mode::None if engine.rootless => {
            NetworkMode::Join(network::attach::netns_path(engine, &record.id))
        }
        network::attach::Mode::None => NetworkMode::None,
        network::attach::Mode::Host => NetworkMode::Host,
        network::attach::Mode::Container(other) => {
            NetworkMode::Join(network::attach::shared_netns(engine, &other)?)
        }
        network::attach::Mode::Networks(_) => {
            NetworkMode::Join(network::attach::netns_path(engine, &record.id))
        }
    })
}

/// Merges `KEY=VALUE` lists: later entries replace earlier ones with the same key.
fn merge_env(base: &[String], overrides: &[String]) -> Vec<String> {
    let mut out: Vec<String> = base.to_vec();
    for kv in overrides {
        let key = kv.split('=').next().unwrap_or(kv);
        match out.iter_mut().find(|e| e.split('=').next() == Some(key)) {
            Some(slot) => *slot = kv.clone(),
            None => out.push(kv.clone()),
        }
    }
    out
}

/// Creates the container record and its directories; the container is `created`.
pub fn create(
    engine: &Engine,
    spec: &ContainerSpec,
    image: &LocalImage,
) -> Result<(ContainerRecord, Vec<String>)> {
    let in_pod;
    let spec = match &spec.pod {
        Some(pod) => {
            let mut joined = spec.clone();
            super::pod::join(engine, &mut joined, pod)?;
            in_pod = joined;
            &in_pod
        }
        None => spec,
    };
    let image_name = spec.image.as_str();
    let runtime =
        crate::engine::runtime::select::resolve(spec.runtime.as_deref(), &spec.runtime_flags)?;
    // Held until the record is written, so that an `rmi` either sees this
    // container or has deleted the image before we look at it. rmi holds the
    // lock through its garbage collection, so an image it deleted has lost its
    // config blob by now: reading the config is the check.
    let _image_lock = image::lock(engine, &image.record.id, false)?;
    let image_config = image::config(engine, &image.record).map_err(|e| {
        let gone = e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound)
        });
        if gone {
            image::NoSuchImage(image_name.to_string()).into()
        } else {
            e
        }
    })?;
    let cfg = image_config.config.unwrap_or_default();
    let entrypoint = spec
        .entrypoint
        .clone()
        .unwrap_or_else(|| cfg.entrypoint.clone().unwrap_or_default());
    // docker: overriding the entrypoint also drops the image's Cmd.
    let cmd = match (&spec.cmd, &spec.entrypoint) {
        (Some(cmd), _) => cmd.clone(),
        (None, Some(_)) => Vec::new(),
        (None, None) => cfg.cmd.clone().unwrap_or_default(),
    };
    if entrypoint.is_empty() && cmd.is_empty() {
        bail!("No command specified");
    }
    let mut warnings = Vec::new();
    let (network, networks) = network_config(engine, spec, &mut warnings)?;
    // `80` is `80/tcp`, as docker normalises an image's ports.
    let mut exposed_ports: std::collections::BTreeSet<String> = cfg
        .exposed_ports
        .keys()
        .map(|k| {
            if k.contains('/') {
                k.clone()
            } else {
                format!("{k}/tcp")
            }
        })
        .collect();
    exposed_ports.extend(spec.expose.iter().cloned());
    for b in &spec.ports {
        exposed_ports.insert(format!("{}/{}", b.container_port, b.protocol));
    }
    let mut port_bindings = spec.ports.clone();
    if spec.publish_all && !networks.is_empty() {
        port_bindings.extend(crate::engine::ports::publish_all(
            &exposed_ports,
            &spec.ports,
        ));
    }
    if networks.is_empty() {
        port_bindings.clear();
    }
    let mut env = merge_env(&cfg.env, &spec.env);
    env.retain(|e| {
        let key = e.split('=').next().unwrap_or(e);
        !spec.unset_env.iter().any(|u| u == key)
    });
    if !env.iter().any(|e| e.starts_with("PATH=")) {
        env.insert(0, format!("PATH={}", oci::DEFAULT_PATH));
    }
    let mut labels = cfg.labels.clone();
    labels.extend(spec.labels.clone());
    // Refuse bad settings before anything is created.
    if spec.auto_remove && spec.restart.restarts() {
        bail!("Conflicting options: --restart and --rm");
    }
    docker::validate_resources(&spec.resources)?;
    docker::validate_security(&spec.security)?;
    oci::validate_security_opts(&spec.security.security_opt).map_err(|e| anyhow!(e))?;
    oci::capabilities(&spec.security).map_err(|e| anyhow!(e))?;
    if spec.security.init {
        find_init()?;
    }
    let healthcheck = healthcheck(cfg.healthcheck.as_ref(), &spec.health)?;
    let r = &spec.resources;
    let limited = r.memory > 0
        || r.nano_cpus > 0
        || r.cpu_shares > 0
        || r.cpu_quota != 0
        || r.pids_limit != 0
        || r.blkio_weight > 0
        || !r.cpuset_cpus.is_empty();
    if engine.rootless && limited {
        warnings.push(
            "Resource limits are not supported and ignored on cgroups V1 rootless systems"
                .to_string(),
        );
    }
    if r.blkio_weight > 0 && !oci::blkio_weight_supported() {
        warnings.push("Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.".to_string());
    }

    // docker: a link names an existing container; kept as NAME:ALIAS.
    let links = spec
        .links
        .iter()
        .map(|l| {
            let (name, alias) = l.split_once(':').unwrap_or((l, l));
            let target = crate::engine::ops::lookup(engine, name)
                .map_err(|_| anyhow!("could not get container for {name}"))?;
            Ok(format!("{}:{alias}", target.record.name))
        })
        .collect::<Result<Vec<_>>>()?;
    let id = new_id();
    let name = match &spec.name {
        Some(n) => n.clone(),
        None => names::generate(engine),
    };
    names::claim(engine, &name, &id)?;
    let paths = engine.container_paths(&id);
    // Rootful containers share the host's ids, so keep-id keeps them as they are.
    let kept_ids = engine
        .rootless
        .then(|| spec.security.userns.kept_ids())
        .flatten();
    let result = (|| -> Result<ContainerRecord> {
        let (mut binds, tmpfs) = binds_and_tmpfs(&spec.mounts)?;
        let mut volumes = resolve_volumes(engine, spec, &binds, &tmpfs, &cfg.volumes)?;
        inherit_volumes(engine, &spec.volumes_from, &mut binds, &mut volumes)?;
        // On the host's network a container has the host's name, as with
        // docker and podman; otherwise its short ID.
        let hostname = spec.hostname.clone().unwrap_or_else(|| {
            if network == "host" {
                nix::unistd::gethostname()
                    .ok()
                    .and_then(|h| h.into_string().ok())
                    .unwrap_or_else(|| crate::engine::container::short_id(&id).to_string())
            } else {
                crate::engine::container::short_id(&id).to_string()
            }
        });
        let lower_dirs: Vec<PathBuf> = {
            let snapshots = engine.snapshots();
            let mut dirs = Vec::new();
            for layer in image.record.layers.iter().rev() {
                dirs.push(snapshots.fs_path(&layer.chain_id)?);
            }
            dirs
        };
        ensure_dir(&engine.containers_dir())
            .with_context(|| format!("creating {}", engine.containers_dir().display()))?;
        crate::engine::store::spread_subdirectories(&engine.containers_dir());
        for d in [&paths.dir, &paths.upper(), &paths.work(), &paths.rootfs()] {
            ensure_dir(d).with_context(|| format!("creating {}", d.display()))?;
        }
        if let Some(top) = lower_dirs.first() {
            root_like_image(&paths.upper(), top)?;
        }
        let mode = if network == "host" {
            NetworkMode::Host
        } else {
            NetworkMode::None
        };
        fs::write(paths.dir.join("hostname"), format!("{hostname}\n"))?;
        fs::write(
            paths.dir.join("hosts"),
            oci::hosts_file(&hostname, &spec.extra_hosts, &mode),
        )?;
        let resolv = if mode == NetworkMode::Host {
            oci::resolv_conf(&mode)
        } else {
            network::attach::resolv_conf(
                &HostConfig {
                    dns: spec.dns.clone(),
                    dns_search: spec.dns_search.clone(),
                    dns_options: spec.dns_options.clone(),
                    ..Default::default()
                },
                &[],
            )
        };
        fs::write(paths.dir.join("resolv.conf"), resolv)?;
        if engine.snapshotter == SnapshotterKind::Native {
            // The native snapshotter has no overlay: the rootfs is a copy of the image.
            let top = lower_dirs
                .first()
                .ok_or_else(|| anyhow!("image has no layers"))?;
            let rootfs = paths.rootfs();
            fs::remove_dir(&rootfs)?;
            let status = std::process::Command::new("cp")
                .args(["-a", "--reflink=auto"])
                .arg(top)
                .arg(&rootfs)
                .status()
                .context("running cp")?;
            if !status.success() {
                bail!("copying the image into {} failed", rootfs.display());
            }
            if let Some((uid, gid)) = kept_ids {
                crate::engine::container::user::add_host_user(&rootfs, uid, gid)?;
                crate::engine::rootless::keep_id_rootfs(&rootfs, uid, gid)?;
            }
        }
        let record = ContainerRecord {
            id: id.clone(),
            name: name.clone(),
            namespace: engine.namespace.clone(),
            created: now_rfc3339(),
            image: image_name.to_string(),
            image_id: image.record.id.clone(),
            lower_dirs,
            snapshotter: engine.snapshotter,
            config: ContainerConfig {
                hostname,
                // keep-id runs as the user's ids unless told otherwise, as podman does.
                user: spec.user.clone().unwrap_or_else(|| match kept_ids {
                    Some((uid, gid)) => format!("{uid}:{gid}"),
                    None => cfg.user.clone(),
                }),
                env,
                cmd,
                entrypoint,
                working_dir: spec
                    .workdir
                    .clone()
                    .unwrap_or_else(|| cfg.working_dir.clone()),
                labels,
                tty: spec.tty,
                open_stdin: spec.open_stdin,
                stop_signal: spec.stop_signal.clone().or_else(|| cfg.stop_signal.clone()),
                stop_timeout: spec.stop_timeout,
                healthcheck,
                exposed_ports,
                domainname: spec.domainname.clone().unwrap_or_default(),
            },
            host_config: HostConfig {
                runtime,
                links,
                cgroup_parent: spec.cgroup_parent.clone().unwrap_or_default(),
                annotations: spec.annotations.clone(),
                network_mode: network.clone(),
                binds,
                auto_remove: spec.auto_remove,
                extra_hosts: spec.extra_hosts.clone(),
                volumes,
                tmpfs,
                shm_size: spec.shm_size,
                devices: spec.devices.clone(),
                resources: spec.resources.clone(),
                security: spec.security.clone(),
                restart_policy: spec.restart.clone(),
                log_config: spec.log.clone(),
                port_bindings,
                publish_all: spec.publish_all,
                networks,
                dns: spec.dns.clone(),
                dns_search: spec.dns_search.clone(),
                dns_options: spec.dns_options.clone(),
            },
        };
        write_json(&paths.record(), &record).context("writing container record")?;
        Ok(record)
    })();
    if result.is_err() {
        names::release(engine, &name, &id);
        // A keep-id rootfs has files of subordinate ids.
        let _ = crate::engine::rootless::remove_tree(&paths.dir);
    }
    if let Ok(record) = &result {
        crate::engine::events::container(engine, "create", record, &[]);
    }
    result.map(|r| (r, warnings))
}

/// The healthcheck: the image's HEALTHCHECK, with the spec's settings over it.
fn healthcheck(
    image: Option<&crate::engine::image::manifest::Healthcheck>,
    setting: &HealthSetting,
) -> Result<Option<crate::engine::container::HealthConfig>> {
    let over = match setting {
        HealthSetting::Disabled => {
            return Ok(Some(crate::engine::container::HealthConfig {
                test: vec!["NONE".into()],
                ..Default::default()
            }))
        }
        HealthSetting::Image => None,
        HealthSetting::Merge(over) => {
            docker::validate_health(over)?;
            Some(over)
        }
    };
    let mut hc = image.map(|v| crate::engine::container::HealthConfig {
        test: v.test.clone(),
        interval: v.interval,
        timeout: v.timeout,
        start_period: v.start_period,
        start_interval: v.start_interval,
        retries: u32::try_from(v.retries).unwrap_or(0),
    });
    if let Some(flags) = over {
        let base = hc.get_or_insert_with(Default::default);
        if !flags.test.is_empty() {
            base.test = flags.test.clone();
        }
        for (have, want) in [
            (&mut base.interval, flags.interval),
            (&mut base.timeout, flags.timeout),
            (&mut base.start_period, flags.start_period),
            (&mut base.start_interval, flags.start_interval),
        ] {
            if want != 0 {
                *have = want;
            }
        }
        if flags.retries != 0 {
            base.retries = flags.retries;
        }
    }
    Ok(hc.filter(|h| !h.test.is_empty()))
}

/// The spec's bind and tmpfs mounts; a `-v` bind source that does not exist
/// is made (a directory, as docker does), a `--mount` one is an error.
fn binds_and_tmpfs(mounts: &[Mount]) -> Result<(Vec<BindMount>, Vec<TmpfsMount>)> {
    let mut binds = Vec::new();
    let mut tmpfs = Vec::new();
    for m in mounts {
        match m {
            Mount::Bind {
                mount,
                create_source,
            } => {
                if !Path::new(&mount.source).exists() {
                    if !create_source {
                        bail!(
                            "invalid mount config for type \"bind\": bind source path does not exist: {}",
                            mount.source
                        );
                    }
                    fs::create_dir_all(&mount.source)
                        .with_context(|| format!("creating bind source {}", mount.source))?;
                }
                binds.push(mount.clone());
            }
            Mount::Tmpfs(t) => tmpfs.push(t.clone()),
            Mount::Volume(_) => {}
        }
    }
    Ok((binds, tmpfs))
}

/// Creates (or finds) the volumes a container uses: the user's `-v`/`--mount`
/// volumes, then an anonymous one for each image VOLUME nothing else covers.
fn resolve_volumes(
    engine: &Engine,
    spec: &ContainerSpec,
    binds: &[BindMount],
    tmpfs: &[TmpfsMount],
    image_volumes: &BTreeMap<String, serde_json::Value>,
) -> Result<Vec<VolumeMount>> {
    let mut out = Vec::new();
    let mut taken: Vec<String> = binds
        .iter()
        .map(|b| b.destination.clone())
        .chain(tmpfs.iter().map(|t| t.destination.clone()))
        .collect();
    let mut requests: Vec<VolumeRequest> = spec
        .mounts
        .iter()
        .filter_map(|m| match m {
            Mount::Volume(v) => Some(v.clone()),
            _ => None,
        })
        .collect();
    for dest in image_volumes.keys() {
        if !requests.iter().any(|r| &r.destination == dest) && !taken.contains(dest) {
            requests.push(VolumeRequest {
                name: None,
                destination: dest.clone(),
                read_only: false,
                keep_anonymous: false,
            });
        }
    }
    for r in requests {
        if taken.contains(&r.destination) {
            bail!("Duplicate mount point: {}", r.destination);
        }
        taken.push(r.destination.clone());
        let vol = volume::create(engine, r.name.as_deref(), BTreeMap::new(), BTreeMap::new())?;
        out.push(VolumeMount {
            name: vol.name,
            destination: r.destination,
            read_only: r.read_only,
            anonymous: r.name.is_none() || r.keep_anonymous,
        });
    }
    Ok(out)
}

/// `--volumes-from`: the other containers' binds and volumes, at the same paths,
/// read-only with `:ro`. The volumes stay theirs (never removed with this one).
fn inherit_volumes(
    engine: &Engine,
    from: &[String],
    binds: &mut Vec<BindMount>,
    volumes: &mut Vec<VolumeMount>,
) -> Result<()> {
    for spec in from {
        let (name, mode) = match spec.rsplit_once(':') {
            Some((n, m @ ("ro" | "rw"))) => (n, Some(m)),
            _ => (spec.as_str(), None),
        };
        let source = crate::engine::ops::lookup(engine, name)?;
        let taken = |dest: &str, binds: &[BindMount], volumes: &[VolumeMount]| {
            binds.iter().any(|b| b.destination == dest)
                || volumes.iter().any(|v| v.destination == dest)
        };
        for b in &source.record.host_config.binds {
            if !taken(&b.destination, binds, volumes) {
                binds.push(BindMount {
                    read_only: mode.map_or(b.read_only, |m| m == "ro"),
                    ..b.clone()
                });
            }
        }
        for v in &source.record.host_config.volumes {
            if !taken(&v.destination, binds, volumes) {
                volumes.push(VolumeMount {
                    name: v.name.clone(),
                    destination: v.destination.clone(),
                    read_only: mode.map_or(v.read_only, |m| m == "ro"),
                    anonymous: false,
                });
            }
        }
    }
    Ok(())
}

/// Fills empty volumes with what the image has at their mount points (docker's
/// copy-up); the rootfs is mounted.
pub fn prepare_volumes(engine: &Engine, record: &ContainerRecord) -> Result<()> {
    let rootfs = engine.container_paths(&record.id).rootfs();
    for m in &record.host_config.volumes {
        let vol = volume::inspect(engine, &m.name)?;
        let _lock = volume::lock(engine, &m.name)?;
        volume::mount_device(&vol)?;
        let image_dir = rootfs.join(m.destination.trim_start_matches('/'));
        volume::copy_up(&image_dir, &vol)?;
        let read_write = if m.read_only { "false" } else { "true" };
        crate::engine::events::record(
            engine,
            "volume",
            "mount",
            &m.name,
            &[
                ("container", &record.id),
                ("destination", &m.destination),
                ("driver", "local"),
                ("propagation", ""),
                ("read/write", read_write),
            ],
        );
    }
    Ok(())
}

/// Writes the bundle's config.json (user resolved in the mounted rootfs); returns argv[0].
pub fn write_bundle(engine: &Engine, record: &ContainerRecord) -> Result<String> {
    let paths = engine.container_paths(&record.id);
    let rootfs = paths.rootfs();
    let host = &record.host_config;
    let mut user = crate::engine::container::user::resolve(&rootfs, &record.config.user)
        .map_err(|e| anyhow!("unable to find user {}: {e}", record.config.user))?;
    for g in &host.security.group_add {
        let gid = crate::engine::container::user::group_id(&rootfs, g)?;
        if !user.additional_gids.contains(&gid) {
            user.additional_gids.push(gid);
        }
    }
    if !record.config.working_dir.is_empty() {
        ensure_working_dir(&rootfs, &record.config.working_dir, user.uid, user.gid)?;
    }
    let mut env = record.config.env.clone();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    if record.config.tty && !env.iter().any(|e| e.starts_with("TERM=")) {
        env.push("TERM=xterm".into());
    }
    let args: Vec<String> = record
        .config
        .entrypoint
        .iter()
        .chain(record.config.cmd.iter())
        .cloned()
        .collect();
    let caps = oci::capabilities(&host.security).map_err(|e| anyhow!(e))?;
    let image_arch = image::lookup(engine, &record.image_id)
        .map(|i| i.record.platform.architecture)
        .unwrap_or_default();
    let seccomp =
        oci::seccomp_policy(&host.security, &caps, &image_arch).map_err(|e| anyhow!(e))?;
    let network = network_mode(engine, record)?;
    let volumes = host
        .volumes
        .iter()
        .map(|m| {
            Ok((
                volume::inspect(engine, &m.name)?.mountpoint,
                m.destination.clone(),
                m.read_only,
            ))
        })
        .collect::<Result<Vec<_>>>()?;
    let init = if host.security.init {
        Some(find_init()?)
    } else {
        None
    };
    // `--ipc|--pid|--uts container:X` (and pods): X's namespaces, X running.
    let mut joins = Vec::new();
    for (kind, mode, what) in [
        ("ipc", &host.security.ipc_mode, "IPC"),
        ("pid", &host.security.pid_mode, "PID"),
        ("uts", &host.security.uts_mode, "UTS"),
    ] {
        if let Some(other) = mode.strip_prefix("container:") {
            joins.push((
                kind,
                crate::engine::container::shared_namespace(engine, other, kind, what)?,
            ));
        }
    }
    let config = oci::build(&SpecInput {
        joins,
        id: &record.id,
        rootfs: &rootfs,
        process: ProcessSpec {
            args: &args,
            env: &env,
            cwd: &record.config.working_dir,
            user: &user,
            tty: record.config.tty,
            caps: &caps,
            no_new_privileges: oci::no_new_privileges(&host.security),
        },
        hostname: &record.config.hostname,
        domainname: &record.config.domainname,
        network,
        host,
        volumes: &volumes,
        files_dir: &paths.dir,
        rootless: engine.rootless,
        seccomp,
        init: init.as_deref(),
    });
    let bundle = paths.bundle();
    ensure_dir(&bundle).with_context(|| format!("creating {}", bundle.display()))?;
    crate::engine::store::atomic::write_json_volatile(&bundle.join("config.json"), &config)
        .context("writing config.json")?;
    Ok(args.first().cloned().unwrap_or_default())
}

/// Today's time, for records written after the fact.
pub fn timestamp() -> String {
    now_rfc3339()
}

/// Gives the container's upper dir the mode and owner of the image's root: overlay
/// shows the upper dir's attributes as the container's `/`, and store dirs are
/// created 0700, which would lock every non-root process out of the container.
fn root_like_image(upper: &Path, image_root: &Path) -> Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = fs::metadata(image_root)
        .with_context(|| format!("reading the image's root {}", image_root.display()))?;
    std::os::unix::fs::chown(upper, Some(meta.uid()), Some(meta.gid()))
        .with_context(|| format!("setting the owner of {}", upper.display()))?;
    fs::set_permissions(upper, fs::Permissions::from_mode(meta.mode() & 0o7777))
        .with_context(|| format!("setting the mode of {}", upper.display()))?;
    Ok(())
}

/// Creates the working directory (`-w`, the image's WORKDIR) inside the rootfs
/// as docker does: the directories it has to make are 0755 and owned by the
/// container's user; existing ones are left alone. Every component is resolved
/// inside the rootfs, so an image's symlink cannot lead it out.
fn ensure_working_dir(rootfs: &Path, dir: &str, uid: u32, gid: u32) -> Result<()> {
    use rustix::fs::{self as rfs, Mode, OFlags, ResolveFlags};
    use rustix::io::Errno;
    let fail = |path: &str, e: Errno| {
        let e = std::io::Error::from_raw_os_error(e.raw_os_error());
        anyhow!(
            "creating the working directory {dir}: {path}: {}",
            crate::engine::go_error(&e)
        )
    };
    let dir_flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let in_root = ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS;
    // Cleaned lexically first, as Go's filepath.Clean does for docker.
    let mut comps: Vec<&str> = Vec::new();
    for comp in dir.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                comps.pop();
            }
            c => comps.push(c),
        }
    }
    if comps.is_empty() {
        return Ok(());
    }
    let root = rfs::open(rootfs, dir_flags, Mode::empty())
        .map_err(|e| fail(&rootfs.display().to_string(), e))?;
    // Every start passes here; the directory is nearly always there already.
    if rfs::openat2(&root, comps.join("/"), dir_flags, Mode::empty(), in_root).is_ok() {
        return Ok(());
    }
    let mut parent =
        rfs::openat2(&root, ".", dir_flags, Mode::empty(), in_root).map_err(|e| fail("/", e))?;
    let mut so_far = String::new();
    for comp in comps {
        so_far.push('/');
        so_far.push_str(comp);
        let rel = so_far.trim_start_matches('/');
        match rfs::openat2(&root, rel, dir_flags, Mode::empty(), in_root) {
            Ok(fd) => {
                parent = fd;
                continue;
            }
            Err(Errno::NOENT) => {}
            Err(e) => return Err(fail(&so_far, e)),
        }
        match rfs::mkdirat(&parent, comp, Mode::from_raw_mode(0o755)) {
            Ok(()) | Err(Errno::EXIST) => {}
            Err(e) => return Err(fail(&so_far, e)),
        }
        let created = rfs::openat(&parent, comp, dir_flags | OFlags::NOFOLLOW, Mode::empty())
            .map_err(|e| fail(&so_far, e))?;
        rfs::fchown(
            &created,
            Some(rfs::Uid::from_raw(uid)),
            Some(rfs::Gid::from_raw(gid)),
        )
        .map_err(|e| fail(&so_far, e))?;
        rfs::fchmod(&created, Mode::from_raw_mode(0o755)).map_err(|e| fail(&so_far, e))?;
        parent = created;
    }
    Ok(())
}
