//! Rootless: an unprivileged user (uid 65534, through setpriv) runs, execs
//! into, stops and removes containers in its own store, with outbound traffic
//! and published ports through slirp4netns. Runs in a network namespace of the
//! test's own; /dev/net/tun is opened to users for the test, as on a workstation,
//! and put back as it was.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::support::{busybox_docker_archive, describe, Skiff, TestNetns};

const UID: &str = "65534";

struct User {
    home: tempfile::TempDir,
    ns: TestNetns,
}

impl User {
    fn new() -> User {
        let home = tempfile::tempdir().expect("tempdir");
        fs::set_permissions(home.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
        let status = Command::new("chown")
            .args(["-R", &format!("{UID}:{UID}")])
            .arg(home.path())
            .status()
            .expect("chown");
        assert!(status.success());
        User {
            home,
            ns: TestNetns::new(),
        }
    }

    /// busybox in the user's store (the fixture archive, copied where the user can read it).
    fn load_busybox(&self) {
        let archive = self.home.path().join("busybox.tar");
        fs::copy(busybox_docker_archive(), &archive).expect("copy archive");
        fs::set_permissions(&archive, fs::Permissions::from_mode(0o644)).expect("chmod");
        self.ok(&["load", "-q", "-i", &archive.display().to_string()]);
    }

    fn runroot(&self) -> PathBuf {
        self.home.path().join("run/skiff")
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("setpriv")
    }

    /// `skiff ARGS` as the user (not yet run).
    fn command(&self, args: &[&str]) -> Command {
        let h = self.home.path();
        let mut cmd = self.ns.cmd("setpriv");
        cmd.args(["--reuid", UID, "--regid", UID, "--clear-groups", "--"])
            .arg(Skiff::bin())
            .args(args)
            .env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("HOME", h)
            .env("XDG_DATA_HOME", h.join("data"))
            .env("XDG_CONFIG_HOME", h.join("config"))
            .env("XDG_RUNTIME_DIR", h.join("run"));
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "skiff {args:?}: {}", describe(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// slirp4netns processes serving this user's containers (zombies aside).
    fn forwarders(&self) -> usize {
        self.processes(&format!("[s]lirp4netns .*{}", self.runroot().display()))
    }

    /// Processes whose command line matches `pattern` (zombies aside).
    fn processes(&self, pattern: &str) -> usize {
        self.ns
            .sh(&format!("pgrep -f '{pattern}' | wc -l"))
            .trim()
            .parse()
            .unwrap_or(usize::MAX)
    }

    /// The holder of the user's rootless netns, and aardvark-dns in it.
    fn rootless_netns_processes(&self) -> usize {
        let runroot = self.runroot().display().to_string();
        self.processes(&format!("[-]-runroot {runroot} .*__rootless-netns"))
            + self.processes(&format!("[a]ardvark-dns --config {runroot}"))
    }

    /// Waits for the rootless netns's processes to end (a helper takes the
    /// last network down after `network rm` returns).
    fn wait_for_rootless_netns_to_go(&self) {
        wait_until("the rootless netns to go", || {
            self.rootless_netns_processes() == 0 && self.forwarders() == 0
        });
    }

    /// A "host" service outside the containers, on 192.0.2.1:8000 in the
    /// test's namespace, serving `www`: for outbound traffic.
    fn outside_service(&self, www: &Path) -> std::process::Child {
        self.ns.sh("ip link add outside type veth peer name outside-peer && ip addr add 192.0.2.1/24 dev outside && ip link set outside up && ip link set outside-peer up");
        self.ns
            .cmd("busybox")
            .args(["httpd", "-f", "-p", "192.0.2.1:8000", "-h"])
            .arg(www)
            .spawn()
            .expect("httpd")
    }

    /// What is left in the runroot's netns directory but lock files.
    fn netns_leftovers(&self) -> Vec<std::ffi::OsString> {
        fs::read_dir(self.runroot().join("netns"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name())
                    .filter(|n| !n.to_string_lossy().starts_with('.'))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for User {
    fn drop(&mut self) {
        let ids = self.run(&["ps", "-aq"]);
        let ids = String::from_utf8_lossy(&ids.stdout).into_owned();
        for id in ids.split_whitespace() {
            let _ = self.run(&["rm", "-f", id]);
        }
        // Takes the rootless netns's holder down with the networks' anchors.
        let _ = self.run(&["network", "prune", "-f"]);
    }
}

/// Gives /dev/net/tun a mode while alive (one test at a time), then restores it.
struct TunMode {
    mode: u32,
    _serial: std::sync::MutexGuard<'static, ()>,
}

/// Rootless tests change host files (/dev/net/tun's mode, /etc/subuid): one at a time.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

impl TunMode {
    fn set(mode: u32) -> TunMode {
        TunMode::set_holding(mode, serial())
    }

    /// For a test that already holds the serial lock.
    fn set_holding(mode: u32, serial: std::sync::MutexGuard<'static, ()>) -> TunMode {
        let tun = Path::new("/dev/net/tun");
        let old = fs::metadata(tun)
            .expect("/dev/net/tun")
            .permissions()
            .mode();
        fs::set_permissions(tun, fs::Permissions::from_mode(mode)).expect("chmod tun");
        TunMode {
            mode: old,
            _serial: serial,
        }
    }
}

impl Drop for TunMode {
    fn drop(&mut self) {
        let _ = fs::set_permissions(
            "/dev/net/tun",
            fs::Permissions::from_mode(self.mode & 0o7777),
        );
    }
}

fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn an_unprivileged_user_runs_containers_with_outbound_traffic_and_published_ports() {
    let _tun = TunMode::set(0o666);
    let user = User::new();
    user.load_busybox();
    let www = user.home.path().join("www");
    fs::create_dir(&www).expect("www");
    fs::write(www.join("index.html"), "rootless hello\n").expect("index");
    fs::set_permissions(&www, fs::Permissions::from_mode(0o755)).expect("chmod");

    // Root inside is the user outside; no network needs no helper at all.
    let id = user.ok(&["run", "--rm", "--network", "none", "busybox", "id", "-u"]);
    assert_eq!(id.trim(), "0");

    // A "host" service on an address outside the container, for outbound traffic.
    let ns = &user.ns;
    let mut service = user.outside_service(&www);
    let fetched = user.run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "cat /etc/resolv.conf; printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 3 192.0.2.1 8000",
    ]);
    let _ = service.kill();
    let _ = service.wait();
    assert!(fetched.status.success(), "{}", describe(&fetched));
    let text = String::from_utf8_lossy(&fetched.stdout);
    assert!(text.starts_with("nameserver 10.0.2.3\n"), "{text}");
    assert!(text.ends_with("rootless hello\n"), "{text}");

    // A published port answers on the host for as long as the container runs.
    let vol = format!("{}:/www:ro", www.display());
    let cid = user.ok(&[
        "run", "-d", "--name", "web", "-p", "8086:80", "-v", &vol, "busybox", "httpd", "-f", "-p",
        "80", "-h", "/www",
    ]);
    let cid = cid.trim();
    let curl = || {
        ns.cmd("curl")
            .args(["-s", "-f", "-m", "3", "http://127.0.0.1:8086/"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    wait_until("the published port", || curl().is_some());
    assert_eq!(curl().as_deref(), Some("rootless hello\n"));
    assert_eq!(user.ok(&["port", "web"]).trim(), "80/tcp -> 0.0.0.0:8086");
    assert_eq!(user.forwarders(), 1);
    assert_eq!(user.ok(&["exec", "web", "id", "-u"]).trim(), "0");
    // The container's processes belong to the user on the host.
    let pid = user.ok(&["inspect", "-f", "{{.State.Pid}}", "web"]);
    let status = fs::read_to_string(format!("/proc/{}/status", pid.trim())).expect("status");
    let uid_line = status.lines().find(|l| l.starts_with("Uid:")).expect("Uid");
    assert!(
        uid_line.split_whitespace().skip(1).all(|u| u == UID),
        "{uid_line}"
    );

    user.ok(&["stop", "-t", "1", "web"]);
    assert_eq!(user.forwarders(), 0);
    assert!(curl().is_none());
    user.ok(&["start", "web"]);
    wait_until("the port after a restart", || curl().is_some());
    // slirp4netns lives no longer than the monitor that holds its exit pipe.
    let state = fs::read_to_string(
        user.home
            .path()
            .join("data/skiff/containers")
            .join(cid)
            .join("state.json"),
    )
    .expect("state");
    let state: serde_json::Value = serde_json::from_str(&state).expect("json");
    let monitor = state["monitor_pid"].as_i64().expect("monitor pid");
    let init = state["pid"].as_i64().expect("pid");
    assert_eq!(user.forwarders(), 1);
    let killed = Command::new("kill")
        .args(["-9", &monitor.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    wait_until("slirp4netns to follow its monitor", || {
        user.forwarders() == 0
    });
    user.ok(&["rm", "-f", cid]);
    assert_eq!(user.forwarders(), 0);
    assert!(curl().is_none());
    // Nor does the container run on once its monitor is gone.
    wait_until("the container's init to end", || {
        fs::read_to_string(format!("/proc/{init}/stat")).map_or(true, |s| s.contains(") Z"))
    });
    let left = user.netns_leftovers();
    assert!(left.is_empty(), "{left:?}");
}

/// Rootless user-defined networks, as podman's rootless netns: containers
/// resolve each other by name and alias, reach the outside through
/// slirp4netns, and publish ports from it; removing the last network takes
/// the namespace's holder, slirp4netns and aardvark-dns down.
#[test]
fn an_unprivileged_user_runs_user_defined_networks() {
    let _tun = TunMode::set(0o666);
    let user = User::new();
    user.load_busybox();
    user.ok(&["network", "create", "appnet"]);
    // The first container on the network starts the rootless netns's holder,
    // which must not keep the attached CLI's output open: a `$(skiff run …)`
    // would never end.
    let mut first = user
        .command(&[
            "run",
            "--rm",
            "--network",
            "appnet",
            "busybox",
            "echo",
            "first",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("setpriv");
    let mut stdout = first.stdout.take().expect("stdout");
    let (done, finished) = std::sync::mpsc::channel();
    // Not scoped: with the bug it would block until the holder stops.
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut text);
        let _ = done.send(text);
    });
    let text = finished
        .recv_timeout(Duration::from_secs(30))
        .expect("the first run's output never ended");
    assert!(first.wait().expect("wait").success());
    assert_eq!(text, "first\n");
    user.ok(&[
        "run",
        "-d",
        "--name",
        "api",
        "--network",
        "appnet",
        "--network-alias",
        "backend",
        "-p",
        "8097:80",
        "busybox",
        "sh",
        "-c",
        "echo api-answer > /tmp/index.html; exec httpd -f -p 80 -h /tmp",
    ]);
    let fetch = |url: &str| {
        user.run(&[
            "run",
            "--rm",
            "--network",
            "appnet",
            "busybox",
            "wget",
            "-qO-",
            url,
        ])
    };
    wait_until("api by name", || {
        fetch("http://api/").stdout
            == b"api-answer
"
    });
    let by_alias = fetch("http://backend/");
    assert_eq!(
        String::from_utf8_lossy(&by_alias.stdout),
        "api-answer
",
        "{}",
        describe(&by_alias)
    );
    let resolv = user.ok(&["exec", "api", "cat", "/etc/resolv.conf"]);
    let gateway = user.ok(&[
        "network",
        "inspect",
        "-f",
        "{{range .IPAM.Config}}{{.Gateway}}{{end}}",
        "appnet",
    ]);
    assert!(
        resolv.starts_with(&format!("nameserver {}", gateway.trim())),
        "{resolv}"
    );
    // A published port answers on the host.
    wait_until("the published port", || {
        user.ns.curl("http://127.0.0.1:8097/", 2).as_deref() == Some("api-answer\n")
    });
    assert_eq!(user.ok(&["port", "api"]).trim(), "80/tcp -> 0.0.0.0:8097");
    // Outbound traffic, to a "host" service outside.
    let www = user.home.path().join("www");
    fs::create_dir(&www).expect("www");
    fs::write(www.join("index.html"), "outside hello\n").expect("index");
    let mut service = user.outside_service(&www);
    let outbound = fetch("http://192.0.2.1:8000/");
    let _ = service.kill();
    let _ = service.wait();
    assert_eq!(
        String::from_utf8_lossy(&outbound.stdout),
        "outside hello\n",
        "{}",
        describe(&outbound)
    );
    let busy = user.run(&["network", "rm", "appnet"]);
    assert!(!busy.status.success(), "{}", describe(&busy));
    user.ok(&["rm", "-f", "api"]);
    assert!(user.ns.curl("http://127.0.0.1:8097/", 1).is_none());
    user.ok(&["network", "rm", "appnet"]);
    user.wait_for_rootless_netns_to_go();
    let left = user.netns_leftovers();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn rootless_networking_without_tun_access_says_what_to_do() {
    let _tun = TunMode::set(0o600);
    let user = User::new();
    user.load_busybox();
    let out = user.run(&["run", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/dev/net/tun") && err.contains("--network none"),
        "{err}"
    );
    assert_eq!(
        user.ok(&["ps", "-aq"]).lines().count(),
        1,
        "the created container stays, as docker's does"
    );
}

/// A port below the unprivileged start is refused before anything is set up,
/// saying which sysctl to change, as rootless docker does.
#[test]
fn rootless_privileged_ports_say_which_sysctl_to_change() {
    let start: u16 = fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start")
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(1024);
    if start <= 80 {
        eprintln!("skipped: this host lets users bind port 80");
        return;
    }
    let _tun = TunMode::set(0o666);
    let user = User::new();
    user.load_busybox();
    let out = user.run(&["run", "--rm", "-p", "80:80", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot expose privileged port 80")
            && err.contains(&format!(
                "'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently {start})"
            )),
        "{err}"
    );
    assert_eq!(user.forwarders(), 0);
}

/// Gives the test user subordinate id ranges while alive; restores the files.
struct SubIds {
    saved: Vec<(&'static str, Option<String>)>,
    _serial: Option<std::sync::MutexGuard<'static, ()>>,
    _tun: Option<TunMode>,
}

impl SubIds {
    fn grant(start: u32) -> SubIds {
        SubIds::grant_with(start, None)
    }

    /// Also sets /dev/net/tun's mode (both under one serial lock).
    fn grant_with(start: u32, tun_mode: Option<u32>) -> SubIds {
        let serial = serial();
        let (serial, tun) = match tun_mode {
            Some(mode) => (None, Some(TunMode::set_holding(mode, serial))),
            None => (Some(serial), None),
        };
        let mut saved = Vec::new();
        for file in ["/etc/subuid", "/etc/subgid"] {
            let old = fs::read_to_string(file).ok();
            let mut text = old.clone().unwrap_or_default();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!("{UID}:{start}:65536\n"));
            fs::write(file, text).expect("writing subordinate ids");
            saved.push((file, old));
        }
        SubIds {
            saved,
            _serial: serial,
            _tun: tun,
        }
    }
}

impl Drop for SubIds {
    fn drop(&mut self) {
        for (file, old) in &self.saved {
            let _ = match old {
                Some(text) => fs::write(file, text),
                None => fs::remove_file(file),
            };
        }
    }
}

#[test]
fn subordinate_ids_give_containers_their_users_and_rm_still_cleans_up() {
    let _ids = SubIds::grant(300_000);
    let user = User::new();
    user.load_busybox();

    let id = user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-u",
        "1000:1000",
        "busybox",
        "id",
    ]);
    assert_eq!(id.trim(), "uid=1000(app) gid=1000(app)");
    // A non-root user can traverse `/` and read the image's files, and gets
    // the working directory it asks for.
    let out = user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-u",
        "1000",
        "-w",
        "/home/app/work",
        "busybox",
        "sh",
        "-c",
        "ls -ld / | cut -c1-10; id -un; head -1 /etc/passwd; pwd; touch f && echo writable",
    ]);
    assert_eq!(
        out,
        "drwxr-xr-x\napp\nroot:x:0:0:root:/root:/bin/sh\n/home/app/work\nwritable\n"
    );
    let map = user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "cat",
        "/proc/self/uid_map",
    ]);
    let rows: Vec<Vec<&str>> = map
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows, [vec!["0", UID, "1"], vec!["1", "300000", "65536"]]);

    // A non-root container user leaves a private directory of a subordinate id.
    let cid = user.ok(&[
        "run",
        "-d",
        "--name",
        "keeper",
        "--network",
        "none",
        "-u",
        "1000",
        "busybox",
        "sh",
        "-c",
        "mkdir /tmp/d && echo x > /tmp/d/f && chmod 700 /tmp/d && sleep 100",
    ]);
    let cid = cid.trim().to_string();
    let dir = user.home.path().join("data/skiff/containers").join(&cid);
    let private = dir.join("rootfs/tmp/d");
    wait_until("the container's file", || private.exists());
    use std::os::unix::fs::MetadataExt;
    assert_eq!(fs::metadata(&private).expect("d").uid(), 300_999);
    user.ok(&["rm", "-f", "keeper"]);
    assert!(!dir.exists(), "rm removed the subordinate-owned files too");

    // The same for a named volume (made over to uid 1000 first, as with docker).
    user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-v",
        "vol:/data",
        "busybox",
        "chown",
        "1000",
        "/data",
    ]);
    user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-u",
        "1000",
        "-v",
        "vol:/data",
        "busybox",
        "sh",
        "-c",
        "mkdir /data/x && touch /data/x/y && chmod 700 /data/x",
    ]);
    user.ok(&["volume", "rm", "vol"]);
    assert_eq!(user.ok(&["volume", "ls", "-q"]), "");
}

/// `--userns keep-id`: the user keeps its uid and gid inside, the image's
/// files keep theirs, and what the container writes to a bind is the user's.
#[test]
fn keep_id_gives_the_user_its_own_ids_inside() {
    use std::os::unix::fs::MetadataExt;
    let _ids = SubIds::grant_with(300_000, Some(0o666));
    let user = User::new();
    user.load_busybox();
    let shared = user.home.path().join("shared");
    fs::create_dir(&shared).expect("shared");
    let status = Command::new("chown")
        .args([&format!("{UID}:{UID}")])
        .arg(&shared)
        .status()
        .expect("chown");
    assert!(status.success());
    let bind = format!("{}:/shared", shared.display());

    let out = user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--userns",
        "keep-id",
        "-v",
        &bind,
        "busybox",
        "sh",
        "-c",
        "id -u; id -g; stat -c %u:%g / /etc/passwd /bin/busybox /dev /dev/shm; mkdir /shared/made && echo hi > /shared/made/f; cat /proc/self/uid_map",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..7],
        [UID, UID, "0:0", "0:0", "0:0", "0:0", "0:0"],
        "{out}"
    );
    let rows: Vec<Vec<&str>> = lines[7..]
        .iter()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows,
        [
            vec!["0", "300000", "65534"],
            vec!["65534", UID, "1"],
            vec!["65535", "365534", "2"]
        ]
    );
    for made in [shared.join("made"), shared.join("made/f")] {
        let meta = fs::metadata(&made).expect("made");
        assert_eq!(
            (meta.uid(), meta.gid()),
            (65534, 65534),
            "{}",
            made.display()
        );
    }

    // Another uid kept; the container runs as it, exec too, and root is still there.
    let cid = user.ok(&[
        "run",
        "-d",
        "--name",
        "kept",
        "--userns",
        "keep-id:uid=1000,gid=1000",
        "-p",
        "8087:80",
        "-v",
        &bind,
        "busybox",
        "sh",
        "-c",
        "echo served > /tmp/index.html && exec httpd -f -p 80 -h /tmp",
    ]);
    let cid = cid.trim();
    // A non-root process binds port 80 (docker's unprivileged port start of 0).
    let mut served = None;
    wait_until("the published port", || {
        served = user.ns.curl("http://127.0.0.1:8087/", 2);
        served.is_some()
    });
    assert_eq!(served.as_deref(), Some("served\n"));
    assert_eq!(
        user.ok(&["exec", "kept", "id"]).trim(),
        "uid=1000(app) gid=1000(app)"
    );
    assert_eq!(
        user.ok(&["exec", "-u", "0", "kept", "id", "-u"]).trim(),
        "0"
    );
    user.ok(&["exec", "kept", "touch", "/shared/by-exec"]);
    assert_eq!(
        fs::metadata(shared.join("by-exec")).expect("by-exec").uid(),
        65534
    );
    assert_eq!(
        user.ok(&[
            "inspect",
            "-f",
            "{{.HostConfig.UsernsMode}} {{.Config.User}}",
            "kept"
        ])
        .trim(),
        "keep-id:uid=1000,gid=1000 1000:1000"
    );
    user.ok(&["restart", "-t", "1", "kept"]);
    assert_eq!(user.ok(&["exec", "kept", "id", "-u"]).trim(), "1000");
    user.ok(&["rm", "-f", "kept"]);
    let dir = user.home.path().join("data/skiff/containers").join(cid);
    assert!(!dir.exists(), "rm removed the re-owned rootfs");
    assert_eq!(user.forwarders(), 0);

    // compose's userns_mode says the same.
    let file = user.home.path().join("compose.yaml");
    fs::write(
        &file,
        "services:\n  app:\n    image: busybox\n    network_mode: none\n    userns_mode: keep-id\n    command: [sleep, '1000']\n",
    )
    .expect("compose.yaml");
    let file = file.display().to_string();
    let compose = |args: &[&str]| {
        let mut all = vec!["compose", "-f", file.as_str(), "-p", "kept"];
        all.extend_from_slice(args);
        user.ok(&all)
    };
    compose(&["up", "-d"]);
    assert_eq!(compose(&["exec", "-T", "app", "id", "-u"]).trim(), UID);
    compose(&["down", "-t", "1"]);

    // Bad modes are refused before anything is made.
    for (mode, says) in [
        ("bogus", "unsupported --userns \"bogus\""),
        ("keep-id:uid=me", "uid must be a number"),
        ("keep-id:size=10", "keep-id takes uid=N and gid=N"),
        ("keep-id:uid=70000", "id 70000 cannot be kept"),
    ] {
        let out = user.run(&[
            "run",
            "--rm",
            "--network",
            "none",
            "--userns",
            mode,
            "busybox",
            "true",
        ]);
        assert_eq!(out.status.code(), Some(125), "{mode}: {}", describe(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(says) && err.lines().count() == 1,
            "{mode}: {err}"
        );
    }
    assert_eq!(user.ok(&["ps", "-aq"]), "");
}

/// A rootless user's mounts would exist only in a user namespace: image
/// mount and mount say so instead of failing oddly.
#[test]
fn rootless_mounts_are_refused_with_the_reason() {
    let user = User::new();
    user.load_busybox();
    user.ok(&[
        "create",
        "--name",
        "cc",
        "--network",
        "none",
        "busybox",
        "true",
    ]);
    for args in [vec!["image", "mount", "busybox"], vec!["mount", "cc"]] {
        let out = user.run(&args);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("rootless user's mounts exist only inside a user namespace"),
            "{err}"
        );
    }
    // --network none has loopback up here too.
    let lo = user.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "ip",
        "-o",
        "addr",
        "show",
        "lo",
    ]);
    assert!(lo.contains("inet 127.0.0.1/8"), "{lo}");
    user.ok(&["rm", "cc"]);
}

/// Without subordinate ids keep-id cannot map the image's root: a clear error.
#[test]
fn keep_id_without_subordinate_ids_says_what_is_missing() {
    let _serial = serial();
    let user = User::new();
    user.load_busybox();
    let out = user.run(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--userns",
        "keep-id",
        "busybox",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/etc/subuid") && err.contains("newuidmap"),
        "{err}"
    );
    assert_eq!(user.ok(&["ps", "-aq"]), "");
    assert!(
        fs::read_dir(user.home.path().join("data/skiff/containers"))
            .map(|d| d
                .filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .count())
            .unwrap_or(0)
            == 0,
        "no container directory is left"
    );
}

/// `compose up` for an unprivileged user: a healthchecked dependency, a
/// named volume, a published port on slirp4netns; `down -v` takes it all.
#[test]
fn an_unprivileged_user_runs_a_compose_project() {
    let _tun = TunMode::set(0o666);
    let user = User::new();
    user.load_busybox();
    let dir = user.home.path().join("app");
    fs::create_dir(&dir).expect("app dir");
    fs::write(
        dir.join("compose.yaml"),
        "services:\n  db:\n    image: busybox\n    init: true\n    command: [sh, -c, 'echo db-answer > /tmp/index.html; touch /tmp/ready; exec httpd -f -p 5432 -h /tmp']\n    healthcheck: {test: [CMD, test, -f, /tmp/ready], interval: 300ms}\n  web:\n    image: busybox\n    init: true\n    command: [sh, -c, 'echo rootless compose > /www/index.html; exec httpd -f -p 80 -h /www']\n    ports: ['8087:80']\n    volumes: [site:/www]\n    depends_on: {db: {condition: service_healthy}}\nvolumes:\n  site: {}\n",
    )
    .expect("compose.yaml");
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod");
    let file = dir.join("compose.yaml").display().to_string();
    let compose = |args: &[&str]| {
        let mut all = vec!["compose", "-f", file.as_str(), "-p", "app"];
        all.extend(args);
        user.run(&all)
    };
    let up = compose(&["up", "-d", "--wait"]);
    assert!(up.status.success(), "{}", describe(&up));
    let progress = String::from_utf8_lossy(&up.stderr);
    assert!(
        progress.contains(" Container app-db-1 Healthy"),
        "{progress}"
    );
    let curl = || {
        user.ns
            .cmd("curl")
            .args(["-s", "-f", "-m", "3", "http://127.0.0.1:8087/"])
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    wait_until("the published port", || curl().is_some());
    assert_eq!(curl().as_deref(), Some("rootless compose\n"));
    let ps = compose(&["ps", "--format", "{{.Name}} {{.State}}"]);
    assert_eq!(
        String::from_utf8_lossy(&ps.stdout),
        "app-db-1 running\napp-web-1 running\n",
        "{}",
        describe(&ps)
    );
    // Services reach each other by service and container name.
    for name in ["db", "app-db-1"] {
        let url = format!("http://{name}:5432/");
        let got = compose(&["exec", "-T", "web", "wget", "-qO-", &url]);
        assert_eq!(
            String::from_utf8_lossy(&got.stdout),
            "db-answer\n",
            "{}",
            describe(&got)
        );
    }
    // Down and up again at once: the rootless netns's teardown (in a
    // helper) and the new start do not collide.
    let down = compose(&["down", "-t", "1"]);
    assert!(down.status.success(), "{}", describe(&down));
    let up = compose(&["up", "-d", "--wait"]);
    assert!(up.status.success(), "{}", describe(&up));
    wait_until("the published port again", || curl().is_some());
    let got = compose(&["exec", "-T", "web", "wget", "-qO-", "http://db:5432/"]);
    assert_eq!(
        String::from_utf8_lossy(&got.stdout),
        "db-answer\n",
        "{}",
        describe(&got)
    );
    let down = compose(&["down", "-v", "-t", "1"]);
    assert!(down.status.success(), "{}", describe(&down));
    assert_eq!(user.ok(&["ps", "-aq"]), "");
    assert!(!user.ok(&["volume", "ls", "-q"]).contains("app_site"));
    assert!(curl().is_none());
    // The network's teardown finishes in a helper.
    user.wait_for_rootless_netns_to_go();
}

/// `skiff build` for an unprivileged user: RUN as root inside (the user
/// outside), COPY, multi-stage, and the image runs.
#[test]
fn an_unprivileged_user_builds_an_image() {
    let _serial = serial();
    let user = User::new();
    user.load_busybox();
    let ctx = user.home.path().join("ctx");
    fs::create_dir(&ctx).expect("ctx");
    fs::write(ctx.join("note.txt"), "from the context\n").expect("note");
    fs::write(
        ctx.join("Dockerfile"),
        "FROM busybox AS base\nRUN echo \"built as $(id -u)\" > /built\nFROM busybox\nCOPY --from=base /built /built\nCOPY note.txt /note.txt\nCMD [\"cat\", \"/built\", \"/note.txt\"]\n",
    )
    .expect("Dockerfile");
    let status = Command::new("chown")
        .args(["-R", &format!("{UID}:{UID}")])
        .arg(&ctx)
        .status()
        .expect("chown");
    assert!(status.success());
    // No /dev/net/tun for this user: the RUN steps go without a network.
    let out = user.run(&[
        "build",
        "--network",
        "none",
        "-t",
        "mine",
        &ctx.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        user.ok(&["run", "--rm", "--network", "none", "mine"]),
        "built as 0\nfrom the context\n"
    );
    assert_eq!(user.ok(&["ps", "-aq"]), "");
}

/// `--runtime runc` for an unprivileged user: runc runs inside the
/// monitor's user namespace, with the same exec, healthcheck and stop.
#[test]
fn an_unprivileged_user_runs_containers_with_runc() {
    let _ids = SubIds::grant(300_000);
    let user = User::new();
    user.load_busybox();
    let id = user.ok(&[
        "--runtime",
        "runc",
        "run",
        "--rm",
        "--network",
        "none",
        "-u",
        "1000:1000",
        "busybox",
        "id",
    ]);
    assert_eq!(id.trim(), "uid=1000(app) gid=1000(app)");
    user.ok(&[
        "--runtime",
        "runc",
        "run",
        "-d",
        "--name",
        "svc",
        "--network",
        "none",
        "--health-cmd",
        "true",
        "--health-interval",
        "1s",
        "busybox",
        "sh",
        "-c",
        "trap 'exit 0' TERM; while true; do sleep 0.1; done",
    ]);
    assert_eq!(
        user.ok(&["inspect", "--format", "{{.HostConfig.Runtime}}", "svc"]),
        "runc\n"
    );
    assert_eq!(user.ok(&["exec", "svc", "echo", "hi"]), "hi\n");
    wait_until("healthy", || {
        user.ok(&["inspect", "--format", "{{.State.Health.Status}}", "svc"]) == "healthy\n"
    });
    user.ok(&["stop", "svc"]);
    user.ok(&["start", "svc"]);
    assert_eq!(user.ok(&["exec", "svc", "echo", "again"]), "again\n");
    user.ok(&["rm", "-f", "svc"]);
    assert_eq!(user.ok(&["ps", "-aq"]), "");
}

/// Rootless pods: a member's monitor joins the user namespace of the infra's,
/// which owns the pod's network, IPC and UTS namespaces; `--network
/// container:X` the same. kube play runs its pods so too.
#[test]
fn an_unprivileged_user_runs_pods_and_kube_play() {
    let _ids = SubIds::grant_with(300_000, Some(0o666));
    let user = User::new();
    user.load_busybox();
    user.ok(&["pod", "create", "--name", "shop", "-p", "8096:80"]);
    user.ok(&[
        "run",
        "-d",
        "--pod",
        "shop",
        "--name",
        "web",
        "busybox",
        "sh",
        "-c",
        "echo pod-web > /tmp/index.html; exec httpd -f -p 80 -h /tmp",
    ]);
    user.ok(&[
        "run", "-d", "--pod", "shop", "--name", "side", "busybox", "sleep", "1000",
    ]);
    wait_until("web", || {
        user.run(&["exec", "side", "wget", "-qO-", "localhost"])
            .stdout
            == b"pod-web\n"
    });
    assert_eq!(user.ok(&["exec", "side", "hostname"]), "shop\n");
    assert_eq!(
        user.ns.curl("http://127.0.0.1:8096/", 5).as_deref(),
        Some("pod-web\n")
    );
    // Started again: the members join the new infra's namespaces.
    user.ok(&["pod", "stop", "-t", "1", "shop"]);
    user.ok(&["pod", "start", "shop"]);
    wait_until("web again", || {
        user.run(&["exec", "side", "wget", "-qO-", "localhost"])
            .stdout
            == b"pod-web\n"
    });
    // --network container:X outside pods.
    let joined = user.ok(&[
        "run",
        "--rm",
        "--network",
        "container:side",
        "busybox",
        "wget",
        "-qO-",
        "localhost",
    ]);
    assert_eq!(joined, "pod-web\n");
    user.ok(&["pod", "rm", "-f", "shop"]);
    // kube play.
    let yaml = user.home.path().join("demo.yaml");
    fs::write(
        &yaml,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: demo}\nspec:\n  containers:\n  - name: web\n    image: busybox\n    command: [sh, -c, 'echo kube > /tmp/index.html; exec httpd -f -p 8080 -h /tmp']\n    ports: [{containerPort: 8080, hostPort: 18096}]\n  - {name: side, image: busybox, command: [sleep, '1000']}\n",
    )
    .expect("yaml");
    fs::set_permissions(&yaml, fs::Permissions::from_mode(0o644)).expect("chmod");
    let yaml = yaml.display().to_string();
    user.ok(&["kube", "play", &yaml]);
    wait_until("the played pod", || {
        user.ns.curl("http://127.0.0.1:18096/", 2).as_deref() == Some("kube\n")
    });
    assert_eq!(
        user.ok(&["exec", "demo-side", "wget", "-qO-", "localhost:8080"]),
        "kube\n"
    );
    user.ok(&["kube", "down", &yaml]);
    assert_eq!(user.ok(&["ps", "-aq"]), "");
    // The kube network stays, as podman's does, until pruned.
    user.ok(&["network", "prune", "-f"]);
    user.wait_for_rootless_netns_to_go();
}
