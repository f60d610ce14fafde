//! docker's syntax for container settings, parsed once: `-v`, `--mount`,
//! `--tmpfs`, `--device`, `--ulimit`, sizes, durations, log options, env
//! files. Pure functions: they read what they must (the working directory, the
//! caller's environment, an env file, a device's type) and change nothing.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use anyhow::{anyhow, bail, Result};

use super::{Mount, VolumeRequest};
use crate::engine::container::logs::LogConfig;
use crate::engine::container::{
    BindMount, DeviceMapping, DeviceRate, HealthConfig, Resources, Security, TmpfsMount, Ulimit,
};

/// docker's RAMInBytes: `512`, `64k`, `512m`, `1g`, `1.5g` (binary units).
pub fn ram_in_bytes(s: &str) -> Result<i64> {
    let lower = s.trim().to_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (num, unit) = lower.split_at(digits_end);
    let value: f64 = num.parse().map_err(|_| anyhow!("invalid size: '{s}'"))?;
    let mult: f64 = match unit.trim_end_matches('b').trim_end_matches('i') {
        "" => 1.0,
        "k" => 1024.0,
        "m" => 1024.0 * 1024.0,
        "g" => 1024.0 * 1024.0 * 1024.0,
        "t" => 1024f64.powi(4),
        "p" => 1024f64.powi(5),
        _ => bail!("invalid size: '{s}'"),
    };
    Ok((value * mult) as i64)
}

/// One `-v` value: a host bind (absolute or `./relative` source), a named
/// volume, or an anonymous one.
pub fn parse_volume(spec: &str) -> Result<Mount> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, destination, mode) = match parts.as_slice() {
        [d] => ("", *d, ""),
        [s, d] => (*s, *d, ""),
        [s, d, m] => (*s, *d, *m),
        _ => bail!("invalid volume specification: '{spec}'"),
    };
    if !destination.starts_with('/') {
        bail!("invalid volume specification: '{spec}': invalid mount config for type \"volume\": invalid mount path: '{destination}' mount path must be absolute");
    }
    let mut read_only = false;
    for m in mode.split(',').filter(|m| !m.is_empty()) {
        match m {
            "ro" => read_only = true,
            "rw" | "z" | "Z" | "nocopy" | "private" | "rprivate" | "shared" | "rshared"
            | "slave" | "rslave" => {}
            other => bail!("invalid mode: {other}"),
        }
    }
    if source.is_empty() {
        return Ok(Mount::Volume(VolumeRequest {
            name: None,
            destination: destination.into(),
            read_only,
            keep_anonymous: false,
        }));
    }
    // `.`, `./dir`, `../dir`: a bind of a relative path (docker 23+); any
    // other name without a slash in front is a named volume.
    let relative = source.starts_with('.').then(|| absolute_path(source));
    let source = relative.as_deref().unwrap_or(source);
    if !source.starts_with('/') {
        return Ok(Mount::Volume(VolumeRequest {
            name: Some(source.into()),
            destination: destination.into(),
            read_only,
            keep_anonymous: false,
        }));
    }
    Ok(Mount::Bind {
        mount: BindMount {
            source: source.into(),
            destination: destination.into(),
            read_only,
        },
        create_source: true,
    })
}

/// `path` made absolute against the working directory and cleaned lexically,
/// as Go's filepath.Abs does for docker's CLI.
pub fn absolute_path(path: &str) -> String {
    use std::path::{Component, PathBuf};
    let joined = std::env::current_dir().unwrap_or_default().join(path);
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => out.push(n),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    out.display().to_string()
}

/// One `--mount` value.
pub fn parse_mount(spec: &str) -> Result<Mount> {
    let mut kind = "volume".to_string();
    let (mut source, mut target) = (String::new(), String::new());
    let mut read_only = false;
    let mut tmpfs_opts = Vec::new();
    for field in spec.split(',') {
        let (k, v) = field.split_once('=').unwrap_or((field, ""));
        match k.trim().to_lowercase().as_str() {
            "type" => kind = v.to_string(),
            "source" | "src" => source = v.to_string(),
            "target" | "destination" | "dst" => target = v.to_string(),
            "readonly" | "ro" => read_only = v.is_empty() || matches!(v, "true" | "1"),
            "tmpfs-size" => tmpfs_opts.push(format!("size={}", ram_in_bytes(v)?)),
            "tmpfs-mode" => tmpfs_opts.push(format!("mode={v}")),
            "bind-propagation" | "volume-nocopy" | "consistency" | "bind-nonrecursive" | "volume-driver" | "volume-label" | "volume-opt" => {}
            other => bail!("invalid argument \"{spec}\" for \"--mount\" flag: unexpected key '{other}' in '{field}'"),
        }
    }
    if target.is_empty() {
        bail!("invalid argument \"{spec}\" for \"--mount\" flag: target is required");
    }
    match kind.as_str() {
        "bind" => {
            if source.is_empty() {
                bail!("invalid mount config for type \"bind\": field Source must not be empty");
            }
            if !source.starts_with('/') {
                source = absolute_path(&source);
            }
            Ok(Mount::Bind {
                mount: BindMount { source, destination: target, read_only },
                create_source: false,
            })
        }
        "volume" => Ok(Mount::Volume(VolumeRequest {
            name: (!source.is_empty()).then_some(source),
            destination: target,
            read_only,
            keep_anonymous: false,
        })),
        "tmpfs" => {
            if read_only {
                tmpfs_opts.push("ro".into());
            }
            Ok(Mount::Tmpfs(TmpfsMount { destination: target, options: tmpfs_opts }))
        }
        other => bail!("invalid argument \"{spec}\" for \"--mount\" flag: mount type '{other}' is not supported"),
    }
}

pub fn parse_tmpfs(spec: &str) -> TmpfsMount {
    let (dest, opts) = spec.split_once(':').unwrap_or((spec, ""));
    TmpfsMount {
        destination: dest.to_string(),
        options: opts
            .split(',')
            .filter(|o| !o.is_empty())
            .map(str::to_string)
            .collect(),
    }
}

pub fn parse_device(spec: &str) -> Result<DeviceMapping> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (host, container, perms) = match parts.as_slice() {
        [h] => (*h, *h, "rwm"),
        [h, c] if c.chars().all(|x| "rwm".contains(x)) => (*h, *h, *c),
        [h, c] => (*h, *c, "rwm"),
        [h, c, p] => (*h, *c, *p),
        _ => bail!("invalid device specification: {spec}"),
    };
    if !std::path::Path::new(host).exists() {
        bail!("error gathering device information while adding custom device \"{host}\": no such file or directory");
    }
    Ok(DeviceMapping {
        host: host.into(),
        container: container.into(),
        permissions: perms.into(),
    })
}

const ULIMITS: &[&str] = &[
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
    "as",
];

pub fn parse_ulimit(spec: &str) -> Result<Ulimit> {
    let (name, values) = spec
        .split_once('=')
        .ok_or_else(|| anyhow!("invalid ulimit argument: {spec}"))?;
    if !ULIMITS.contains(&name) {
        bail!("invalid ulimit type: {name}");
    }
    let (soft, hard) = values.split_once(':').unwrap_or((values, values));
    let parse = |v: &str| {
        v.parse::<i64>()
            .map_err(|_| anyhow!("invalid ulimit argument: {spec}"))
    };
    let (soft, hard) = (parse(soft)?, parse(hard)?);
    if soft > hard && hard >= 0 {
        bail!("ulimit soft limit must be less than or equal to hard limit: {soft} > {hard}");
    }
    Ok(Ulimit {
        name: name.into(),
        soft,
        hard,
    })
}

#[derive(Clone, Copy, PartialEq)]
pub enum RateKind {
    Weight,
    Bytes,
    Iops,
}

/// `DEVICE:RATE` of the block I/O flags, with docker's messages. The device
/// must be a block device under /dev.
pub fn device_rate(spec: &str, kind: RateKind) -> Result<DeviceRate> {
    let Some((path, value)) = spec.rsplit_once(':') else {
        bail!("bad format: {spec}");
    };
    if !path.starts_with("/dev/") {
        bail!("bad format for device path: {path}");
    }
    let rate = match kind {
        RateKind::Bytes => {
            let n = ram_in_bytes(value).map_err(|_| anyhow!("invalid rate for device: {value}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb"))?;
            u64::try_from(n).map_err(|_| anyhow!("invalid rate for device: {value}"))?
        }
        RateKind::Iops => value.parse::<u64>().map_err(|_| anyhow!("invalid rate for device: {value}. The correct format is <device-path>:<number>. Number must be a positive integer"))?,
        RateKind::Weight => {
            let w: u64 = value.parse().map_err(|_| anyhow!("invalid weight for device: {value}"))?;
            if !(10..=1000).contains(&w) {
                bail!("invalid weight for device: {value}");
            }
            w
        }
    };
    use std::os::unix::fs::FileTypeExt;
    match std::fs::metadata(path) {
        Ok(m) if m.file_type().is_block_device() => {}
        Ok(_) => bail!("{path} is not a block device"),
        Err(e) => bail!("{path}: {}", crate::engine::go_error(&e)),
    }
    Ok(DeviceRate {
        path: path.to_string(),
        rate,
    })
}

/// A Go-style duration (`30s`, `1m30s`, `500ms`) in nanoseconds.
pub fn go_duration_ns(s: &str) -> Result<i64> {
    match crate::engine::time::parse_go_duration(s) {
        Some((false, d)) => Ok(d.as_nanos() as i64),
        _ => bail!("invalid duration: {s}"),
    }
}

/// `--log-driver` and `--log-opt`, with docker's errors.
pub fn log_config(driver: &str, opts: &[String]) -> Result<LogConfig> {
    if !["json-file", "k8s-file", "none"].contains(&driver) {
        bail!("logger: no log driver named '{driver}' is registered");
    }
    let mut config = LogConfig {
        driver: driver.to_string(),
        ..Default::default()
    };
    for opt in opts {
        let (k, v) = opt
            .split_once('=')
            .ok_or_else(|| anyhow!("invalid log opt format: {opt}"))?;
        match k {
            "max-size" => {
                let size = ram_in_bytes(v)?;
                if size <= 0 {
                    bail!("max-size must be a positive number");
                }
                config.max_size = size as u64;
            }
            "max-file" => {
                let n: u32 = v
                    .parse()
                    .map_err(|_| anyhow!("invalid value for max-file: {v}"))?;
                if n < 1 {
                    bail!("max-file cannot be less than 1");
                }
                config.max_file = n;
            }
            other => bail!("unknown log opt '{other}' for {driver} log driver"),
        }
    }
    if config.max_file > 1 && config.max_size == 0 {
        bail!("max-file cannot be set without max-size");
    }
    Ok(config)
}

/// `-e NAME=VALUE`, or `-e NAME` for the caller's value; a NAME the caller
/// has not set is dropped (docker).
pub fn env_entry(raw: &str) -> Option<String> {
    if raw.contains('=') {
        Some(raw.to_string())
    } else {
        std::env::var(raw).ok().map(|v| format!("{raw}={v}"))
    }
}

/// An `--env-file` (or `--label-file`) as docker's CLI reads it: leading
/// whitespace trimmed, blank lines and `#` comments skipped, values passed
/// through as they are, a NAME alone taken from the caller's environment, a
/// name with whitespace in it an error.
pub fn key_value_file(path: &str, from_env: bool) -> Result<Vec<String>> {
    let text =
        std::fs::read(path).map_err(|e| anyhow!("open {path}: {}", crate::engine::go_error(&e)))?;
    let text = String::from_utf8(text)
        .map_err(|_| anyhow!("env file {path} contains invalid utf8 bytes"))?;
    let mut out = Vec::new();
    for line in text.trim_start_matches('\u{feff}').lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = match line.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (line, None),
        };
        if name.chars().any(char::is_whitespace) {
            bail!("poorly formatted environment: variable '{name}' contains whitespaces");
        }
        if name.is_empty() {
            bail!("poorly formatted environment: no variable name on line '{line}'");
        }
        match value {
            Some(v) => out.push(format!("{name}={v}")),
            None if from_env => out.extend(env_entry(name)),
            None => out.push(name.to_string()),
        }
    }
    Ok(out)
}

/// `--cpus`: a number of CPUs in (0, available], as billionths.
pub fn nano_cpus(cpus: f64) -> Result<i64> {
    let max = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1) as f64;
    if cpus <= 0.0 || cpus > max {
        bail!("range of CPUs is from 0.01 to {max:.2}, as there are only {max} CPUs available");
    }
    Ok((cpus * 1e9) as i64)
}

/// docker's checks of resource limits that go together, with its words.
pub fn validate_resources(r: &Resources) -> Result<()> {
    if r.nano_cpus > 0 && (r.cpu_quota != 0 || r.cpu_period != 0) {
        bail!("Conflicting options: Nano CPUs and CPU Period cannot both be set");
    }
    if r.memory > 0 && r.memory < 6 * 1024 * 1024 {
        bail!("Minimum memory limit allowed is 6MB");
    }
    if r.memory_swap > 0 && r.memory == 0 {
        bail!("You should always set the Memory limit when using Memoryswap limit");
    }
    if r.memory_swap > 0 && r.memory_swap < r.memory {
        bail!("Minimum memoryswap limit should be larger than memory limit, see usage");
    }
    if !(-1000..=1000).contains(&r.oom_score_adj) {
        bail!(
            "Invalid value {}, range for oom score adj is [-1000, 1000]",
            r.oom_score_adj
        );
    }
    if r.blkio_weight != 0 && !(10..=1000).contains(&r.blkio_weight) {
        bail!("Range of blkio weight is from 10 to 1000");
    }
    if let Some(s) = r.memory_swappiness {
        if s > 100 {
            bail!("invalid value: {s}, valid memory swappiness range is 0-100");
        }
    }
    Ok(())
}

/// docker's checks of namespace modes (`--ipc`, `--pid`, `--uts`, `--cgroupns`).
pub fn validate_security(s: &Security) -> Result<()> {
    for (name, value, allowed) in [
        (
            "IPC",
            &s.ipc_mode,
            &["private", "shareable", "none", "host"][..],
        ),
        ("PID", &s.pid_mode, &["host"][..]),
        ("UTS", &s.uts_mode, &["host"][..]),
        (
            "cgroup namespace",
            &s.cgroupns_mode,
            &["host", "private"][..],
        ),
    ] {
        // Another container's: docker's for IPC and PID, and pods' for UTS.
        let joins = value
            .strip_prefix("container:")
            .is_some_and(|c| !c.is_empty())
            && name != "cgroup namespace";
        if !value.is_empty() && !allowed.contains(&value.as_str()) && !joins {
            bail!("invalid {name} mode: {value}");
        }
    }
    Ok(())
}

/// `--health-*` durations: 0 (docker's default) or at least 1ms.
pub fn validate_health(h: &HealthConfig) -> Result<()> {
    for (what, ns) in [
        ("health-interval", h.interval),
        ("health-timeout", h.timeout),
        ("health-start-period", h.start_period),
        ("health-start-interval", h.start_interval),
    ] {
        if ns != 0 && ns < 1_000_000 {
            bail!("--{what} cannot be less than 1ms");
        }
    }
    Ok(())
}

/// `--mac-address`: six hex pairs.
pub fn mac_address(mac: &str) -> Result<String> {
    let ok = mac.split(':').count() == 6
        && mac
            .split(':')
            .all(|b| b.len() == 2 && u8::from_str_radix(b, 16).is_ok());
    if !ok {
        bail!("{mac} is not a valid mac address");
    }
    Ok(mac.to_string())
}

/// `--ip`: an IPv4 address.
pub fn ipv4(ip: &str) -> Result<Ipv4Addr> {
    ip.parse()
        .map_err(|_| anyhow!("invalid IPv4 address: {ip}"))
}

/// `--dns`: an IP address.
pub fn dns_server(d: &str) -> Result<String> {
    if d.parse::<std::net::IpAddr>().is_err() {
        bail!("{d} is not an ip address");
    }
    Ok(d.to_string())
}

/// `KEY=VALUE` labels (`KEY` alone is an empty value), later ones winning.
pub fn labels<'a>(entries: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, String> {
    entries
        .into_iter()
        .map(|l| {
            let (k, v) = l.split_once('=').unwrap_or((l, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// `--annotation KEY=VALUE` entries.
pub fn annotations<'a>(
    entries: impl IntoIterator<Item = &'a str>,
) -> Result<BTreeMap<String, String>> {
    entries
        .into_iter()
        .map(|a| {
            a.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .ok_or_else(|| anyhow!("invalid annotation {a:?}: want KEY=VALUE"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_like_docker() {
        assert_eq!(ram_in_bytes("512").expect("b"), 512);
        assert_eq!(ram_in_bytes("64k").expect("k"), 65536);
        assert_eq!(ram_in_bytes("512m").expect("m"), 512 << 20);
        assert_eq!(ram_in_bytes("1G").expect("g"), 1 << 30);
        assert_eq!(ram_in_bytes("1.5gb").expect("gb"), 3 << 29);
        assert!(ram_in_bytes("12x").is_err());
    }

    #[test]
    fn ulimits_and_mounts_parse() {
        assert_eq!(
            parse_ulimit("nofile=1024:2048").expect("ulimit"),
            Ulimit {
                name: "nofile".into(),
                soft: 1024,
                hard: 2048
            }
        );
        assert_eq!(parse_ulimit("nproc=10").expect("ulimit").hard, 10);
        assert!(parse_ulimit("bogus=1").is_err());
        assert!(parse_ulimit("nofile=10:5").is_err());
        assert!(
            matches!(parse_mount("type=tmpfs,target=/t,tmpfs-size=1m").expect("tmpfs"), Mount::Tmpfs(t) if t.options == ["size=1048576"])
        );
        assert!(
            matches!(parse_mount("type=volume,source=data,target=/d,readonly").expect("vol"), Mount::Volume(v) if v.read_only && v.name.as_deref() == Some("data"))
        );
        assert!(parse_mount("type=bind,target=/x").is_err());
        assert!(
            matches!(parse_volume("/data").expect("anon"), Mount::Volume(v) if v.name.is_none())
        );
        assert!(
            matches!(parse_volume("named:/data:ro").expect("named"), Mount::Volume(v) if v.read_only)
        );
        assert!(parse_volume("named:relative").is_err());
    }
}
