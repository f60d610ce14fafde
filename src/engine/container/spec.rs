//! The OCI runtime spec (config.json) a container runs with, following docker's
//! defaults: capabilities, mounts, masked and read-only paths, devices, seccomp.

use std::path::Path;

use serde_json::{json, Value};

use super::user::ExecUser;
use super::BindMount;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkMode {
    /// A network namespace of its own with only loopback.
    None,
    /// The host's network namespace.
    Host,
}

/// The process part of a spec; shared by the container's init and by `exec`.
pub struct ProcessSpec<'a> {
    pub args: &'a [String],
    pub env: &'a [String],
    pub cwd: &'a str,
    pub user: &'a ExecUser,
    pub tty: bool,
    pub caps: &'a [String],
}

pub fn process(p: &ProcessSpec) -> Value {
    json!({
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
        },
    })
    // No "noNewPrivileges": false here: libcontainer 0.7 treats a present key as
    // true when ordering seccomp before dropping capabilities, and then fails.
}

pub struct SpecInput<'a> {
    pub id: &'a str,
    pub rootfs: &'a Path,
    pub process: ProcessSpec<'a>,
    pub hostname: &'a str,
    pub network: NetworkMode,
    pub binds: &'a [BindMount],
    /// Where the container's hosts, hostname and resolv.conf files are.
    pub files_dir: &'a Path,
    /// Running inside the monitor's user namespace: the container gets one of
    /// its own, and no cgroup device rules.
    pub rootless: bool,
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

pub fn build(input: &SpecInput) -> Value {
    let mut mounts = vec![
        json!({"destination": "/proc", "type": "proc", "source": "proc", "options": ["nosuid", "noexec", "nodev"]}),
        json!({"destination": "/dev", "type": "tmpfs", "source": "tmpfs", "options": ["nosuid", "strictatime", "mode=755", "size=65536k"]}),
        if input.rootless {
            // Only root is mapped: a gid=5 option could not be honoured.
            json!({"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620"]})
        } else {
            json!({"destination": "/dev/pts", "type": "devpts", "source": "devpts", "options": ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]})
        },
        json!({"destination": "/dev/mqueue", "type": "mqueue", "source": "mqueue", "options": ["nosuid", "noexec", "nodev"]}),
        json!({"destination": "/dev/shm", "type": "tmpfs", "source": "shm", "options": ["nosuid", "noexec", "nodev", "mode=1777", "size=67108864"]}),
    ];
    let mut namespaces = vec![
        json!({"type": "pid"}),
        json!({"type": "ipc"}),
        json!({"type": "uts"}),
        json!({"type": "mount"}),
    ];
    if input.rootless {
        namespaces.push(json!({"type": "user"}));
    }
    match input.network {
        NetworkMode::None if !input.rootless => {
            namespaces.push(json!({"type": "network"}));
            mounts.push(json!({"destination": "/sys", "type": "sysfs", "source": "sysfs", "options": ["nosuid", "noexec", "nodev", "ro"]}));
        }
        NetworkMode::None => {
            namespaces.push(json!({"type": "network"}));
            mounts.push(json!({"destination": "/sys", "type": "bind", "source": "/sys", "options": ["rbind", "nosuid", "noexec", "nodev", "ro"]}));
        }
        NetworkMode::Host => {
            // sysfs cannot be mounted without a network namespace of one's own: bind the host's.
            mounts.push(json!({"destination": "/sys", "type": "bind", "source": "/sys", "options": ["rbind", "nosuid", "noexec", "nodev", "ro"]}));
        }
    }
    for (name, dest) in [
        ("resolv.conf", "/etc/resolv.conf"),
        ("hostname", "/etc/hostname"),
        ("hosts", "/etc/hosts"),
    ] {
        mounts.push(bind(dest, &input.files_dir.join(name), false));
    }
    for b in input.binds {
        mounts.push(bind(&b.destination, Path::new(&b.source), b.read_only));
    }
    let mut linux = json!({
        "namespaces": namespaces,
        "cgroupsPath": format!("/skiff/{}", input.id),
        "resources": {"devices": device_rules()},
        "maskedPaths": MASKED_PATHS,
        "readonlyPaths": READONLY_PATHS,
    });
    if let (true, Some(obj)) = (input.rootless, linux.as_object_mut()) {
        let root_only = json!([{"containerID": 0, "hostID": 0, "size": 1}]);
        obj.insert("uidMappings".into(), root_only.clone());
        obj.insert("gidMappings".into(), root_only);
        obj.remove("resources");
    }
    let seccomp = super::seccomp::default_profile(input.process.caps);
    if let (false, Some(obj)) = (seccomp.is_null(), linux.as_object_mut()) {
        obj.insert("seccomp".into(), seccomp);
    }
    json!({
        "ociVersion": "1.0.2",
        "process": process(&input.process),
        "root": {"path": input.rootfs, "readonly": false},
        "hostname": input.hostname,
        "mounts": mounts,
        "linux": linux,
    })
}

/// /etc/hosts for a container: loopback names, its own hostname, and `--add-host` entries.
pub fn hosts_file(hostname: &str, extra: &[String], network: NetworkMode) -> String {
    if network == NetworkMode::Host {
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
pub fn resolv_conf(network: NetworkMode) -> String {
    let host = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    if network == NetworkMode::Host {
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
