//! The OCI runtime spec (config.json) a container runs with, following docker's
//! defaults: capabilities, mounts, masked and read-only paths, devices, seccomp.

use std::path::Path;

use serde_json::{json, Value};

use super::user::ExecUser;
use super::{HostConfig, Resources, Security};

/// docker's default capability set.
pub const DEFAULT_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FSETID",
    "CAP_FOWNER",
    "CAP_MKNOD",
    "CAP_NET_RAW",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETFCAP",
    "CAP_SETPCAP",
    "CAP_NET_BIND_SERVICE",
    "CAP_SYS_CHROOT",
    "CAP_KILL",
    "CAP_AUDIT_WRITE",
];

const MASKED_PATHS: &[&str] = &[
    "/proc/asound",
    "/proc/acpi",
    "/proc/interrupts",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/devices/virtual/powercap",
];

const READONLY_PATHS: &[&str] = &[
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// docker's default PATH, used when the image sets none (libcontainer needs one).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkMode {
    /// A network namespace of its own with only loopback.
    None,
    /// The host's network namespace.
    Host,
    /// A namespace made beforehand (bridge networks, slirp4netns) or another container's.
    Join(std::path::PathBuf),
}

/// The process part of a spec; shared by the container's init and by `exec`.
pub struct ProcessSpec<'a> {
    pub args: &'a [String],
    pub env: &'a [String],
    pub cwd: &'a str,
    pub user: &'a ExecUser,
    pub tty: bool,
    pub caps: &'a [String],
    pub no_new_privileges: bool,
}

pub fn process(p: &ProcessSpec) -> Value {
    let mut v = json!({
        "terminal": p.tty,
        "user": {
            "uid": p.user.uid,
            "gid": p.user.gid,
            "additionalGids": p.user.additional_gids,
        },
        "args": p.args,
        "env": p.env,
        "cwd": if p.cwd.is_empty() { "/" } else { p.cwd },
        "capabilities": {
            "bounding": p.caps,
            "effective": p.caps,
            "permitted": p.caps,
            // Nothing inheritable (as docker since 20.10), which also clears
            // the ambient capabilities a keep-id monitor holds.
            "inheritable": [],
        },
    });
    // Only ever "true": libcontainer 0.7 treats a present key as true when ordering
    // seccomp before dropping capabilities, and a "false" then fails to load it.
    if p.no_new_privileges {
        v["noNewPrivileges"] = json!(true);
    }
    v
}

pub struct SpecInput<'a> {
    pub id: &'a str,
    pub rootfs: &'a Path,
    pub process: ProcessSpec<'a>,
    pub hostname: &'a str,
    pub domainname: &'a str,
    pub network: NetworkMode,
    pub host: &'a HostConfig,
    /// Named and anonymous volumes: (host directory, destination, read-only).
    pub volumes: &'a [(std::path::PathBuf, String, bool)],
    /// Where the container's hosts, hostname and resolv.conf files are.
    pub files_dir: &'a Path,
    /// Running inside the monitor's user namespace: the container gets one of
    /// its own, and no cgroup device rules.
    pub rootless: bool,
    /// The seccomp policy (docker's default, a user's profile, or none).
    pub seccomp: Value,
    /// Host path of the init binary for `--init`.
    pub init: Option<&'a Path>,
    /// Namespaces joined from other containers: (`ipc`|`pid`|`uts`, path).
    pub joins: Vec<(&'static str, std::path::PathBuf)>,
}

fn bind(destination: &str, source: &Path, read_only: bool) -> Value {
    let mut options = vec!["rbind", "rprivate"];
    if read_only {
        options.push("ro");
    }
    json!({"destination": destination, "type": "bind", "source": source, "options": options})
}

/// Device nodes a container may use (docker's default cgroup device rules).
fn device_rules() -> Value {
    let allow = |kind: &str, major: Option<i64>, minor: Option<i64>, access: &str| json!({"allow": true, "type": kind, "major": major, "minor": minor, "access": access});
    json!([
        {"allow": false, "access": "rwm"},
        allow("c", None, None, "m"),
        allow("b", None, None, "m"),
        allow("c", Some(1), Some(3), "rwm"),
        allow("c", Some(1), Some(5), "rwm"),
        allow("c", Some(1), Some(7), "rwm"),
        allow("c", Some(1), Some(8), "rwm"),
        allow("c", Some(1), Some(9), "rwm"),
        allow("c", Some(5), Some(0), "rwm"),
        allow("c", Some(5), Some(1), "rwm"),
        allow("c", Some(5), Some(2), "rwm"),
        allow("c", Some(136), None, "rwm"),
        allow("c", Some(10), Some(200), "rwm"),
    ])
}

fn tmpfs(destination: &str, options: &[String]) -> Value {
    let mut opts: Vec<String> = vec!["nosuid".into(), "nodev".into(), "noexec".into()];
    opts.extend(options.iter().cloned());
    json!({"destination": destination, "type": "tmpfs", "source": "tmpfs", "options": opts})
}

/// Resource limits as the OCI spec's `linux.resources` (docker's semantics for the flags).
fn resources(r: &Resources, devices: Value) -> Value {
    let mut out = serde_json::Map::new();
    out.insert("devices".into(), devices);
    let mut cpu = serde_json::Map::new();
    if r.cpu_shares > 0 {
        cpu.insert("shares".into(), json!(r.cpu_shares));
    }
    if r.nano_cpus > 0 {
        cpu.insert("period".into(), json!(100_000u64));
        cpu.insert("quota".into(), json!(r.nano_cpus * 100_000 / 1_000_000_000));
    } else {
        if r.cpu_period > 0 {
            cpu.insert("period".into(), json!(r.cpu_period));
        }
        if r.cpu_quota != 0 {
            cpu.insert("quota".into(), json!(r.cpu_quota));
        }
    }
    if !r.cpuset_cpus.is_empty() {
        cpu.insert("cpus".into(), json!(r.cpuset_cpus));
    }
    if !r.cpuset_mems.is_empty() {
        cpu.insert("mems".into(), json!(r.cpuset_mems));
    }
    if !cpu.is_empty() {
        out.insert("cpu".into(), Value::Object(cpu));
    }
    let mut memory = serde_json::Map::new();
    if r.memory > 0 {
        memory.insert("limit".into(), json!(r.memory));
        // docker: without --memory-swap a container may use as much swap as memory.
        let swap = match r.memory_swap {
            0 => r.memory * 2,
            s => s,
        };
        memory.insert("swap".into(), json!(swap));
    }
    if r.memory_reservation > 0 {
        memory.insert("reservation".into(), json!(r.memory_reservation));
    }
    if let Some(s) = r.memory_swappiness {
        memory.insert("swappiness".into(), json!(s));
    }
    if r.oom_kill_disable {
        memory.insert("disableOOMKiller".into(), json!(true));
    }
    if !memory.is_empty() {
        out.insert("memory".into(), Value::Object(memory));
    }
    if r.pids_limit != 0 {
        out.insert("pids".into(), json!({"limit": r.pids_limit}));
    }
    let mut block_io = serde_json::Map::new();
    if r.blkio_weight > 0 && blkio_weight_supported() {
        block_io.insert("weight".into(), json!(r.blkio_weight));
    }
    let per_device = |rates: &[super::DeviceRate], key: &str| -> Vec<Value> {
        rates
            .iter()
            .filter_map(|d| {
                use std::os::unix::fs::MetadataExt;
                let rdev = std::fs::metadata(&d.path).ok()?.rdev();
                Some(json!({"major": libc::major(rdev), "minor": libc::minor(rdev), key: d.rate}))
            })
            .collect()
    };
    for (key, rates, field) in [
        ("weightDevice", &r.blkio_weight_device, "weight"),
        ("throttleReadBpsDevice", &r.device_read_bps, "rate"),
        ("throttleWriteBpsDevice", &r.device_write_bps, "rate"),
        ("throttleReadIOPSDevice", &r.device_read_iops, "rate"),
        ("throttleWriteIOPSDevice", &r.device_write_iops, "rate"),
    ] {
        let list = per_device(rates, field);
        if !list.is_empty() {
            block_io.insert(key.into(), json!(list));
        }
    }
    if !block_io.is_empty() {
        out.insert("blockIO".into(), Value::Object(block_io));
    }
    Value::Object(out)
}

/// Whether the host's block I/O controller has a weight (not with every I/O scheduler).
pub fn blkio_weight_supported() -> bool {
    let base = Path::new("/sys/fs/cgroup");
    [
        "blkio/blkio.weight",
        "blkio/blkio.bfq.weight",
        "io.weight",
        "io.bfq.weight",
    ]
    .iter()
    .any(|f| base.join(f).exists())
}

pub fn build(input: &SpecInput) -> Value {
    let host = input.host;
    let sec = &host.security;
    let mut shm_options: Vec<String> = vec![
        "nosuid".into(),
        "noexec".into(),
        "nodev".into(),
        "mode=1777".into(),
    ];
    shm_options.push(format!(
        "size={}",
        host.shm_size.filter(|s| *s > 0).unwrap_or(67_108_864)
    ));
    let mut dev_options = vec!["nosuid", "strictatime", "mode=755", "size=65536k"];
    if input.rootless {
        // A keep-id monitor is not root inside: the tmpfs would be the user's.
        shm_options.extend(["uid=0".into(), "gid=0".into()]);
        dev_options.extend(["uid=0", "gid=0"]);
    }
    let mut mounts = vec![
        json!({"destination": "/proc", "type": "proc", "source": "proc", "options": ["nosuid", "noexec", "nodev"]}),
        json!({"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": dev_options}),
        if input.rootless {
            // Only root is mapped: a gid=5 option could not be honoured.
            json!({"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]})
        } else {
            json!({"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]})
        },
        json!({"destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"]}),
    ];
    let mut namespaces = vec![json!({"type": "mount"})];
    let joined = |kind: &str| {
        input
            .joins
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, p)| p.clone())
    };
    if let Some(path) = joined("pid") {
        namespaces.push(json!({"type": "pid", "path": path}));
    } else if sec.pid_mode != "host" {
        namespaces.push(json!({"type": "pid"}));
    }
    if let Some(path) = joined("ipc") {
        // System V IPC is shared; /dev/shm (POSIX shared memory) stays the
        // container's own, as skiff's /dev/shm has no host side to bind.
        namespaces.push(json!({"type": "ipc", "path": path}));
        mounts.push(json!({"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": shm_options}));
    } else if sec.ipc_mode == "host" {
        mounts.push(bind("/dev/shm", Path::new("/dev/shm"), false));
    } else {
        namespaces.push(json!({"type": "ipc"}));
        if sec.ipc_mode != "none" {
            mounts.push(json!({"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": shm_options}));
        }
    }
    let own_uts = sec.uts_mode != "host" && joined("uts").is_none();
    if let Some(path) = joined("uts") {
        namespaces.push(json!({"type": "uts", "path": path}));
    } else if own_uts {
        namespaces.push(json!({"type": "uts"}));
    }
    if sec.cgroupns_mode == "private" {
        namespaces.push(json!({"type": "cgroup"}));
    }
    let sys_options = |bind: bool| {
        let mut o: Vec<&str> = if bind { vec!["rbind"] } else { vec![] };
        o.extend(["nosuid", "noexec", "nodev"]);
        if !sec.privileged {
            o.push("ro");
        }
        o
    };
    match &input.network {
        NetworkMode::None | NetworkMode::Join(_) => {
            match &input.network {
                NetworkMode::Join(path) => {
                    namespaces.push(json!({"type": "network", "path": path}));
                }
                _ => namespaces.push(json!({"type": "network"})),
            }
            if input.rootless {
                mounts.push(json!({"destination": "/sys", "type": "bind", "source": "/sys", "options": sys_options(true)}));
            } else {
                mounts.push(json!({"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": sys_options(false)}));
            }
        }
        NetworkMode::Host => {
            // sysfs cannot be mounted without a network namespace of one's own: bind the host's.
            mounts.push(json!({"destination": "/sys", "type": "bind", "source": "/sys", "options": sys_options(true)}));
        }
    }
    if !input.rootless {
        let mode = if sec.privileged { "rw" } else { "ro" };
        mounts.push(json!({"destination": "/sys/fs/cgroup", "type": "cgroup", "source": "cgroup", "options": ["nosuid", "noexec", "nodev", "relatime", mode]}));
    }
    for (name, dest) in [
        ("resolv.conf", "/etc/resolv.conf"),
        ("hostname", "/etc/hostname"),
        ("hosts", "/etc/hosts"),
    ] {
        mounts.push(bind(dest, &input.files_dir.join(name), false));
    }
    for b in &host.binds {
        mounts.push(bind(&b.destination, Path::new(&b.source), b.read_only));
    }
    for (source, destination, read_only) in input.volumes {
        mounts.push(bind(destination, source, *read_only));
    }
    for t in &host.tmpfs {
        mounts.push(tmpfs(&t.destination, &t.options));
    }
    if let Some(init) = input.init {
        mounts.push(bind("/sbin/docker-init", init, true));
    }
    let mut device_rules = device_rules();
    let mut devices = Vec::new();
    if sec.privileged {
        device_rules = json!([{"allow": true, "access": "rwm"}]);
        devices.extend(host_devices(Path::new("/dev")));
    }
    for d in &host.devices {
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let Ok(meta) = std::fs::metadata(&d.host) else {
            continue;
        };
        let kind = if meta.file_type().is_block_device() {
            "b"
        } else {
            "c"
        };
        let (major, minor) = (libc::major(meta.rdev()), libc::minor(meta.rdev()));
        devices.push(json!({"path": d.container, "type": kind, "major": major, "minor": minor, "fileMode": meta.mode() & 0o777, "uid": 0, "gid": 0}));
        if let Some(rules) = device_rules.as_array_mut() {
            rules.push(json!({"allow": true, "type": kind, "major": major, "minor": minor, "access": d.permissions}));
        }
    }
    let mut linux = json!({
        "namespaces": namespaces,
        "cgroupsPath": format!("/{}", host.cgroup_path(input.id).display()),
        "resources": resources(&host.resources, device_rules),
    });
    let obj = linux.as_object_mut().expect("linux is an object");
    if !sec.privileged {
        obj.insert("maskedPaths".into(), json!(MASKED_PATHS));
        obj.insert("readonlyPaths".into(), json!(READONLY_PATHS));
    }
    if !devices.is_empty() {
        obj.insert("devices".into(), json!(devices));
    }
    let mut sysctls = sec.sysctls.clone();
    let own_network = host.network_mode != "host" && !host.network_mode.starts_with("container:");
    if own_network {
        // docker's defaults in a network namespace of the container's own: any
        // user may bind ports below 1024, and (outside user namespaces) ping.
        let exists = |key: &str| Path::new("/proc/sys").join(key.replace('.', "/")).exists();
        let mut defaults = vec![("net.ipv4.ip_unprivileged_port_start", "0")];
        if !input.rootless {
            defaults.push(("net.ipv4.ping_group_range", "0 2147483647"));
        }
        for (key, value) in defaults {
            if exists(key) {
                sysctls
                    .entry(key.to_string())
                    .or_insert_with(|| value.to_string());
            }
        }
    }
    if !sysctls.is_empty() {
        obj.insert("sysctl".into(), json!(sysctls));
    }
    if input.rootless {
        // The container shares its monitor's user namespace (root mapped to the
        // user), so it can join the network namespace made there; and no
        // cgroups to apply limits to: see engine::rootless.
        obj.remove("resources");
    }
    if !input.seccomp.is_null() {
        obj.insert("seccomp".into(), input.seccomp.clone());
    }
    let mut process = process(&input.process);
    if let Some(p) = process.as_object_mut() {
        if !host.resources.ulimits.is_empty() {
            let rlimits: Vec<Value> = host
                .resources
                .ulimits
                .iter()
                .map(|u| json!({"type": format!("RLIMIT_{}", u.name.to_uppercase()), "soft": u.soft, "hard": u.hard}))
                .collect();
            p.insert("rlimits".into(), json!(rlimits));
        }
        if host.resources.oom_score_adj != 0 {
            p.insert("oomScoreAdj".into(), json!(host.resources.oom_score_adj));
        }
        if input.init.is_some() {
            let mut args = vec![json!("/sbin/docker-init"), json!("--")];
            args.extend(input.process.args.iter().map(|a| json!(a)));
            p.insert("args".into(), json!(args));
        }
    }
    let mut spec = json!({
        "ociVersion": "1.0.2",
        "process": process,
        "root": {"path": input.rootfs, "readonly": sec.read_only},
        "mounts": mounts,
        "linux": linux,
    });
    if own_uts {
        spec["hostname"] = json!(input.hostname);
        if !input.domainname.is_empty() {
            spec["domainname"] = json!(input.domainname);
        }
    }
    if !host.annotations.is_empty() {
        spec["annotations"] = json!(host.annotations);
    }
    spec
}

/// docker's capability rules: the default set (or all with --privileged), then
/// --cap-drop (ALL drops everything) and --cap-add (ALL adds everything).
pub fn capabilities(sec: &Security) -> Result<Vec<String>, String> {
    let norm = |c: &str| -> Result<String, String> {
        let up = c.to_uppercase();
        if up == "ALL" {
            return Ok(up);
        }
        let name = if up.starts_with("CAP_") {
            up
        } else {
            format!("CAP_{up}")
        };
        if ALL_CAPS.contains(&name.as_str()) {
            Ok(name)
        } else {
            Err(format!("unknown capability: \"{name}\""))
        }
    };
    let adds = sec
        .cap_add
        .iter()
        .map(|c| norm(c))
        .collect::<Result<Vec<_>, _>>()?;
    let drops = sec
        .cap_drop
        .iter()
        .map(|c| norm(c))
        .collect::<Result<Vec<_>, _>>()?;
    // A container can only get what we have: some hosts withhold capabilities
    // (e.g. CAP_SYS_RESOURCE) even from root.
    let bounding = own_bounding_set();
    let available = |c: &str| {
        // ALL_CAPS is in kernel order: a capability's index is its number.
        let bit = ALL_CAPS.iter().position(|x| *x == c);
        bit.is_none_or(|b| bounding & (1u64 << b) != 0)
    };
    if let Some(missing) = adds.iter().find(|c| *c != "ALL" && !available(c)) {
        return Err(format!(
            "capability {missing} is not available on this host: skiff itself does not hold it"
        ));
    }
    if sec.privileged || adds.iter().any(|c| c == "ALL") {
        let mut all: Vec<String> = ALL_CAPS
            .iter()
            .map(|s| s.to_string())
            .filter(|c| available(c))
            .collect();
        all.retain(|c| !drops.contains(c));
        return Ok(all);
    }
    let mut caps: Vec<String> = if drops.iter().any(|c| c == "ALL") {
        Vec::new()
    } else {
        DEFAULT_CAPS
            .iter()
            .map(|s| s.to_string())
            .filter(|c| !drops.contains(c))
            .collect()
    };
    for c in adds {
        if !caps.contains(&c) {
            caps.push(c);
        }
    }
    Ok(caps)
}

/// The capability bounding set of this process, from /proc/self/status.
fn own_bounding_set() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("CapBnd:"))
                .and_then(|v| u64::from_str_radix(v.trim(), 16).ok())
        })
        .unwrap_or(u64::MAX)
}

/// Every capability, for --privileged and --cap-add ALL, in kernel number order.
pub const ALL_CAPS: &[&str] = &[
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
];

/// The seccomp policy from `--security-opt` (docker's default unless told otherwise).
pub fn seccomp_policy(sec: &Security, caps: &[String], image_arch: &str) -> Result<Value, String> {
    if sec.privileged && !sec.security_opt.iter().any(|o| o.starts_with("seccomp")) {
        return Ok(Value::Null);
    }
    for opt in &sec.security_opt {
        let Some((key, value)) = opt.split_once(['=', ':']) else {
            continue;
        };
        if key != "seccomp" {
            continue;
        }
        if value == "unconfined" {
            return Ok(Value::Null);
        }
        let text = std::fs::read_to_string(value)
            .map_err(|e| format!("opening seccomp profile ({value}) failed: {e}"))?;
        let profile: Value = serde_json::from_str(&text)
            .map_err(|e| format!("decoding seccomp profile failed: {e}"))?;
        return super::seccomp::from_docker_profile(&profile, caps);
    }
    Ok(super::seccomp::default_profile_for_image(caps, image_arch))
}

/// Checks `--security-opt` values: docker's keys only.
pub fn validate_security_opts(opts: &[String]) -> Result<(), String> {
    for opt in opts {
        let key = opt.split(['=', ':']).next().unwrap_or(opt);
        match key {
            "seccomp" | "no-new-privileges" | "apparmor" | "label" | "systempaths" | "mask"
            | "unmask" => {}
            _ => return Err(format!("Invalid --security-opt: \"{opt}\"")),
        }
    }
    Ok(())
}

/// Whether `--security-opt no-new-privileges[=true]` is set.
pub fn no_new_privileges(sec: &Security) -> bool {
    sec.security_opt.iter().any(|o| {
        o == "no-new-privileges" || o == "no-new-privileges=true" || o == "no-new-privileges:true"
    })
}

/// /etc/hosts for a container: loopback names, its own hostname, and `--add-host` entries.
pub fn hosts_file(hostname: &str, extra: &[String], network: &NetworkMode) -> String {
    if *network == NetworkMode::Host {
        let mut text = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
        for e in extra {
            if let Some((host, ip)) = e.split_once(':') {
                text.push_str(&format!("{ip}\t{host}\n"));
            }
        }
        return text;
    }
    let mut text = String::from(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n",
    );
    for e in extra {
        if let Some((host, ip)) = e.split_once(':') {
            text.push_str(&format!("{ip}\t{host}\n"));
        }
    }
    text.push_str(&format!("127.0.1.1\t{hostname}\n"));
    text
}

/// /etc/resolv.conf: the host's, without loopback nameservers a container cannot reach
/// (docker then falls back to public resolvers).
pub fn resolv_conf(network: &NetworkMode) -> String {
    let host = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    if *network == NetworkMode::Host {
        return host;
    }
    let mut out = String::new();
    let mut servers = 0;
    for line in host.lines() {
        let mut words = line.split_whitespace();
        if words.next() == Some("nameserver") {
            let ip = words.next().unwrap_or("");
            if ip.starts_with("127.") || ip == "::1" {
                continue;
            }
            servers += 1;
        }
        out.push_str(line);
        out.push('\n');
    }
    if servers == 0 {
        out.push_str("nameserver 8.8.8.8\nnameserver 8.8.4.4\n");
    }
    out
}

/// Every device node of the host under `dir`, for `--privileged` (docker's and
/// containerd's rule: not the per-namespace ones, nor the console).
fn host_devices(dir: &Path) -> Vec<Value> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let ft = meta.file_type();
        if ft.is_dir() {
            let skip = ["pts", "shm", "fd", "mqueue", ".lxc", ".lxd-mounts", ".udev"];
            if !skip.iter().any(|s| entry.file_name() == *s) {
                out.extend(host_devices(&path));
            }
            continue;
        }
        let kind = if ft.is_block_device() {
            "b"
        } else if ft.is_char_device() {
            "c"
        } else {
            continue;
        };
        if path == Path::new("/dev/console") || path == Path::new("/dev/ptmx") {
            continue;
        }
        let (major, minor) = (libc::major(meta.rdev()), libc::minor(meta.rdev()));
        out.push(
            json!({"path": path, "type": kind, "major": major, "minor": minor,
            "fileMode": meta.mode() & 0o777, "uid": meta.uid(), "gid": meta.gid()}),
        );
    }
    out
}
