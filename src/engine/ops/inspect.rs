//! `inspect` of a container: docker's document, from its record, state,
//! volumes and network endpoints.

use std::collections::BTreeMap;

use crate::engine::container::{Container, DeviceRate, HostConfig, Status};
use crate::engine::Engine;

/// docker's `HostConfig` in inspect output.
fn host_config_doc(h: &HostConfig, name: &str) -> serde_json::Value {
    let mut log_opts = serde_json::Map::new();
    if h.log_config.max_size > 0 {
        log_opts.insert(
            "max-size".into(),
            serde_json::json!(h.log_config.max_size.to_string()),
        );
    }
    if h.log_config.max_file > 1 {
        log_opts.insert(
            "max-file".into(),
            serde_json::json!(h.log_config.max_file.to_string()),
        );
    }
    let r = &h.resources;
    let s = &h.security;
    let or_null = |v: &Vec<String>| {
        if v.is_empty() {
            serde_json::Value::Null
        } else {
            serde_json::json!(v)
        }
    };
    serde_json::json!({
        "Binds": h.binds.iter().map(|b| format!("{}:{}{}", b.source, b.destination, if b.read_only { ":ro" } else { "" }))
            .chain(h.volumes.iter().filter(|v| !v.anonymous).map(|v| format!("{}:{}{}", v.name, v.destination, if v.read_only { ":ro" } else { "" })))
            .collect::<Vec<_>>(),
        "NetworkMode": h.network_mode,
        "PortBindings": port_bindings_json(&h.port_bindings),
        "PublishAllPorts": h.publish_all,
        "Dns": h.dns,
        "DnsSearch": h.dns_search,
        "DnsOptions": h.dns_options,
        "AutoRemove": h.auto_remove,
        "Annotations": if h.annotations.is_empty() { serde_json::Value::Null } else { serde_json::json!(h.annotations) },
        "ExtraHosts": h.extra_hosts,
        "CgroupParent": h.cgroup_parent,
        "Runtime": h.runtime.display_name(),
        "Links": if h.links.is_empty() { serde_json::Value::Null } else {
            serde_json::json!(h.links.iter().map(|l| {
                let (target, alias) = l.split_once(':').unwrap_or((l, l));
                format!("/{target}:/{name}/{alias}")
            }).collect::<Vec<_>>())
        },
        "LogConfig": {"Type": h.log_config.driver, "Config": log_opts},
        "RestartPolicy": {"Name": h.restart_policy.name.as_str(), "MaximumRetryCount": h.restart_policy.maximum_retry_count},
        "CapAdd": or_null(&s.cap_add),
        "CapDrop": or_null(&s.cap_drop),
        "Privileged": s.privileged,
        "SecurityOpt": or_null(&s.security_opt),
        "GroupAdd": or_null(&s.group_add),
        "Sysctls": s.sysctls,
        "IpcMode": if s.ipc_mode.is_empty() { "private" } else { s.ipc_mode.as_str() },
        "PidMode": s.pid_mode,
        "UTSMode": s.uts_mode,
        "UsernsMode": s.userns.as_docker(),
        "CgroupnsMode": if s.cgroupns_mode.is_empty() { "host" } else { s.cgroupns_mode.as_str() },
        "Init": s.init,
        "ReadonlyRootfs": s.read_only,
        "Tmpfs": h.tmpfs.iter().map(|t| (t.destination.clone(), t.options.join(","))).collect::<BTreeMap<_, _>>(),
        "ShmSize": h.shm_size.unwrap_or(67_108_864),
        "Devices": h.devices.iter().map(|d| serde_json::json!({"PathOnHost": d.host, "PathInContainer": d.container, "CgroupPermissions": d.permissions})).collect::<Vec<_>>(),
        "NanoCpus": r.nano_cpus,
        "CpuShares": r.cpu_shares,
        "CpuPeriod": r.cpu_period,
        "CpuQuota": r.cpu_quota,
        "CpusetCpus": r.cpuset_cpus,
        "CpusetMems": r.cpuset_mems,
        "Memory": r.memory,
        "MemorySwap": if r.memory > 0 && r.memory_swap == 0 { r.memory * 2 } else { r.memory_swap },
        "MemoryReservation": r.memory_reservation,
        "PidsLimit": if r.pids_limit == 0 { serde_json::Value::Null } else { serde_json::json!(r.pids_limit) },
        "BlkioWeight": r.blkio_weight,
        "OomScoreAdj": r.oom_score_adj,
        "Ulimits": r.ulimits.iter().map(|u| serde_json::json!({"Name": u.name, "Soft": u.soft, "Hard": u.hard})).collect::<Vec<_>>(),
        "MemorySwappiness": r.memory_swappiness,
        "OomKillDisable": r.oom_kill_disable,
        "BlkioWeightDevice": r.blkio_weight_device.iter().map(|d| serde_json::json!({"Path": d.path, "Weight": d.rate})).collect::<Vec<_>>(),
        "BlkioDeviceReadBps": throttle(&r.device_read_bps),
        "BlkioDeviceWriteBps": throttle(&r.device_write_bps),
        "BlkioDeviceReadIOps": throttle(&r.device_read_iops),
        "BlkioDeviceWriteIOps": throttle(&r.device_write_iops),
    })
}

fn throttle(rates: &[DeviceRate]) -> Vec<serde_json::Value> {
    rates
        .iter()
        .map(|d| serde_json::json!({"Path": d.path, "Rate": d.rate}))
        .collect()
}

/// Docker's `container inspect` document.
pub fn inspect(engine: &Engine, c: &Container) -> serde_json::Value {
    let paths = engine.container_paths(&c.record.id);
    let s = &c.state;
    let running = s.status.is_up();
    let zero_time = "0001-01-01T00:00:00Z".to_string();
    let mut mounts: Vec<serde_json::Value> = c
        .record
        .host_config
        .binds
        .iter()
        .map(|b| {
            serde_json::json!({
                "Type": "bind",
                "Source": b.source,
                "Destination": b.destination,
                "Mode": if b.read_only { "ro" } else { "" },
                "RW": !b.read_only,
                "Propagation": "rprivate",
            })
        })
        .collect();
    for v in &c.record.host_config.volumes {
        let source = crate::engine::volume::inspect(engine, &v.name)
            .map(|vol| vol.mountpoint.display().to_string())
            .unwrap_or_default();
        mounts.push(serde_json::json!({
            "Type": "volume",
            "Name": v.name,
            "Source": source,
            "Destination": v.destination,
            "Driver": "local",
            "Mode": if v.read_only { "ro" } else { "z" },
            "RW": !v.read_only,
            "Propagation": "",
        }));
    }
    let cfg = &c.record.config;
    serde_json::json!({
        "Id": c.record.id,
        "Created": c.record.created,
        "Path": cfg.entrypoint.first().or(cfg.cmd.first()).cloned().unwrap_or_default(),
        "Args": cfg.entrypoint.iter().chain(cfg.cmd.iter()).skip(1).cloned().collect::<Vec<_>>(),
        "State": {
            "Status": s.status.as_str(),
            "Running": running,
            "Paused": s.status == Status::Paused,
            "Restarting": s.status == Status::Restarting,
            "OOMKilled": s.oom_killed,
            "Dead": s.status == Status::Dead,
            "Pid": if running { s.pid } else { 0 },
            "ExitCode": s.exit_code,
            "Error": s.error,
            "StartedAt": s.started_at.clone().unwrap_or_else(|| zero_time.clone()),
            "FinishedAt": s.finished_at.clone().unwrap_or(zero_time),
            "Health": s.health.as_ref().map(|h| serde_json::json!({
                "Status": h.status.as_str(),
                "FailingStreak": h.failing_streak,
                "Log": h.log.iter().map(|r| serde_json::json!({"Start": r.start, "End": r.end, "ExitCode": r.exit_code, "Output": r.output})).collect::<Vec<_>>(),
            })),
        },
        "Image": c.record.image_id,
        "ResolvConfPath": paths.dir.join("resolv.conf"),
        "HostnamePath": paths.dir.join("hostname"),
        "HostsPath": paths.dir.join("hosts"),
        "LogPath": if c.record.host_config.log_config.readable() { paths.log().display().to_string() } else { String::new() },
        "Name": format!("/{}", c.record.name),
        "RestartCount": s.restart_count,
        "Driver": c.record.snapshotter.name(),
        "Platform": "linux",
        "HostConfig": host_config_doc(&c.record.host_config, &c.record.name),
        "GraphDriver": {
            "Name": c.record.snapshotter.name(),
            "Data": {
                "LowerDir": c.record.lower_dirs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(":"),
                "UpperDir": paths.upper(),
                "WorkDir": paths.work(),
                "MergedDir": paths.rootfs(),
            },
        },
        "Mounts": mounts,
        "Config": {
            "Hostname": cfg.hostname,
            "Domainname": cfg.domainname,
            "ExposedPorts": if cfg.exposed_ports.is_empty() { serde_json::Value::Null } else {
                serde_json::Value::Object(cfg.exposed_ports.iter().map(|k| (k.clone(), serde_json::json!({}))).collect())
            },
            "User": cfg.user,
            "Tty": cfg.tty,
            "OpenStdin": cfg.open_stdin,
            "Env": cfg.env,
            "Cmd": cfg.cmd,
            "Image": c.record.image,
            "WorkingDir": cfg.working_dir,
            "Entrypoint": if cfg.entrypoint.is_empty() { serde_json::Value::Null } else { serde_json::json!(cfg.entrypoint) },
            "Labels": cfg.labels,
            "StopSignal": cfg.stop_signal,
            "StopTimeout": cfg.stop_timeout,
            "Healthcheck": cfg.healthcheck.as_ref().map(|h| serde_json::json!({
                "Test": h.test, "Interval": h.interval, "Timeout": h.timeout,
                "StartPeriod": h.start_period, "StartInterval": h.start_interval, "Retries": h.retries,
            })),
        },
        "NetworkSettings": crate::engine::network::attach::network_settings(engine, &c.record, running),
    })
}

/// docker's HostConfig.PortBindings: `{"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}`.
fn port_bindings_json(bindings: &[crate::engine::ports::PortBinding]) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for b in bindings {
        let port = match (b.host_port, b.host_port_end) {
            (0, _) => String::new(),
            (start, end) if end > start => format!("{start}-{end}"),
            (start, _) => start.to_string(),
        };
        let entry = map
            .entry(format!("{}/{}", b.container_port, b.protocol))
            .or_insert_with(|| serde_json::json!([]));
        if let Some(list) = entry.as_array_mut() {
            list.push(serde_json::json!({"HostIp": b.host_ip, "HostPort": port}));
        }
    }
    serde_json::Value::Object(map)
}
