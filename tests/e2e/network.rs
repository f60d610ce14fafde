//! Networking: the default bridge, published ports, user networks with name
//! resolution, internal networks, `container:` mode, the network commands, and
//! cleanup on every path. Each test runs skiff in a network namespace of its
//! own (`Skiff::networked`), so its bridges, veths and firewall rules are
//! counted exactly and never touch the host's.

use std::collections::HashSet;
use std::fs;
use std::time::{Duration, Instant};

use crate::support::{describe, Skiff};

/// What a container's network leaves on the host: veths, bridges, pinned
/// namespaces, container-specific firewall rules, aardvark-dns processes.
#[derive(Debug, PartialEq, Eq, Default)]
struct Traces {
    veths: usize,
    bridges: usize,
    netns_files: usize,
    firewall_rules: usize,
    dns_servers: usize,
}

/// The traces once they stopped changing: the kernel deletes an exited
/// container's veth pair with its namespace, in the background, a few ms
/// after skiff unpinned it.
fn traces(s: &Skiff) -> Traces {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut last = read_traces(s);
    loop {
        std::thread::sleep(Duration::from_millis(30));
        let now = read_traces(s);
        if now == last || Instant::now() > deadline {
            return now;
        }
        last = now;
    }
}

fn read_traces(s: &Skiff) -> Traces {
    let ns = s.netns.as_ref().expect("networked skiff");
    // After teardowns that helpers finish holding the network lock.
    s.wait_for_network_helpers();
    let count = |script: &str| -> usize { ns.sh(script).trim().parse().unwrap_or(usize::MAX) };
    let count_files = |dir: &str, suffix: &str| {
        fs::read_dir(s.runroot.path().join(dir))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| !n.starts_with('.') && n.ends_with(suffix))
                    .count()
            })
            .unwrap_or(0)
    };
    Traces {
        veths: count("ip -o link show type veth | wc -l"),
        bridges: count("ip -o link show type bridge | wc -l"),
        // Pinned namespaces of containers, and of the networks' anchors.
        netns_files: count_files("netns", "") + count_files("anchors", ".netns"),
        // Per-container rules name an address, a port or a per-network chain;
        // netavark's empty base chains stay, as they do with podman.
        firewall_rules: count(
            "iptables-save | grep -E '^-A' | grep -cE '10\\.|dport|dnat|NETAVARK-DN-|NETAVARK-[0-9A-F]{13}' || true",
        ),
        dns_servers: count(&format!(
            "pgrep -f '[a]ardvark-dns --config {}' | wc -l",
            s.runroot.path().join("netavark").display()
        )),
    }
}

fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A directory with index.html for busybox httpd.
fn www(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("index.html"), text).expect("index.html");
    dir
}

/// `curl` from the test's namespace (the "host" the ports are published on).
fn curl(s: &Skiff, url: &str) -> Option<String> {
    s.netns.as_ref().expect("networked skiff").curl(url, 5)
}

fn serve(s: &Skiff, dir: &std::path::Path, extra: &[&str]) -> String {
    let vol = format!("{}:/www:ro", dir.display());
    let mut args = vec!["run", "-d"];
    args.extend(extra);
    args.extend([
        "-v", &vol, "busybox", "httpd", "-f", "-p", "80", "-h", "/www",
    ]);
    s.ok(&args).trim().to_string()
}

#[test]
fn a_published_port_serves_the_host_and_goes_away_with_the_container() {
    let s = Skiff::networked();
    let before = traces(&s);
    let site = www("hello from skiff\n");
    let id = serve(
        &s,
        site.path(),
        &[
            "--name",
            "web",
            "-p",
            "8080:80",
            "-p",
            "127.0.0.1::80",
            "--expose",
            "443",
        ],
    );
    wait_until("httpd to answer", || {
        curl(&s, "http://127.0.0.1:8080/").is_some()
    });
    assert_eq!(
        curl(&s, "http://127.0.0.1:8080/").as_deref(),
        Some("hello from skiff\n")
    );

    // `port` lists both mappings; the random one answers too.
    let ports = s.ok(&["port", "web"]);
    let lines: Vec<&str> = ports.lines().collect();
    assert_eq!(lines.len(), 2, "{ports}");
    assert_eq!(lines[0], "80/tcp -> 0.0.0.0:8080");
    let random = lines[1]
        .strip_prefix("80/tcp -> 127.0.0.1:")
        .unwrap_or_else(|| panic!("{ports}"));
    let random: u16 = random.parse().expect("port number");
    assert_ne!(random, 8080);
    assert_eq!(
        curl(&s, &format!("http://127.0.0.1:{random}/")).as_deref(),
        Some("hello from skiff\n")
    );
    assert_eq!(
        s.ok(&["port", "web", "80/tcp"]).lines().next(),
        Some("0.0.0.0:8080")
    );
    let out = s.fails(&["port", "web", "81"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("No public port '81' published for web"));

    // ps and inspect say what docker says.
    let ps = s.ok(&["ps", "--format", "{{.Ports}}"]);
    // docker's order: exposed-only ports first, then the published ones.
    assert!(
        ps.starts_with("443/tcp, 0.0.0.0:8080->80/tcp, 127.0.0.1:"),
        "{ps}"
    );
    let ip = s.ok(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", "web"]);
    assert!(ip.trim().starts_with("10.87."), "{ip}");
    let bindings = s.ok(&["inspect", "-f", "{{json .NetworkSettings.Ports}}", "web"]);
    let bindings: serde_json::Value = serde_json::from_str(&bindings).expect("json");
    assert_eq!(bindings["80/tcp"][0]["HostPort"], "8080");
    assert_eq!(bindings["443/tcp"], serde_json::Value::Null);
    let mode = s.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", "web"]);
    assert_eq!(mode.trim(), "bridge");
    // The container reaches the host through the bridge's gateway, and its
    // /etc/hosts names it by its address.
    let hosts = s.ok(&["exec", "web", "cat", "/etc/hosts"]);
    assert!(
        hosts.contains(&format!("{}\t{}", ip.trim(), &id[..12])),
        "{hosts}"
    );

    // A second container on the same port is refused before it starts.
    let out = s.fails(&[
        "run", "-d", "--name", "clash", "-p", "8080:80", "busybox", "sleep", "60",
    ]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Bind for 0.0.0.0:8080 failed: port is already allocated"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // So is a port a host program holds.
    let ns = s.netns.as_ref().expect("netns");
    let mut holder = ns
        .cmd("busybox")
        .args(["nc", "-l", "-p", "9090"])
        .spawn()
        .expect("nc");
    wait_until("nc to listen", || {
        ns.sh("ss -Hltn sport = :9090 | wc -l").trim() == "1"
    });
    let out = s.fails(&["run", "-d", "-p", "9090:80", "busybox", "sleep", "60"]);
    let _ = holder.kill();
    let _ = holder.wait();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bind: address already in use"), "{err}");

    s.ok(&["rm", "-f", "web", "clash"]);
    let ids = s.ok(&["ps", "-aq"]);
    for id in ids.split_whitespace() {
        s.ok(&["rm", "-f", id]);
    }
    assert!(curl(&s, "http://127.0.0.1:8080/").is_none());
    assert_eq!(traces(&s), before);
}

#[test]
fn containers_on_a_user_network_reach_each_other_by_name_and_alias() {
    let s = Skiff::networked();
    let before = traces(&s);
    let net_id = s.ok(&["network", "create", "appnet"]);
    assert_eq!(net_id.trim().len(), 64);
    let site = www("from the db\n");
    serve(
        &s,
        site.path(),
        &[
            "--name",
            "db",
            "--network",
            "appnet",
            "--network-alias",
            "database",
        ],
    );
    assert_eq!(traces(&s).dns_servers, 1, "aardvark-dns serves the network");
    // busybox's static wget crashes in glibc's NSS; its nc speaks HTTP well enough.
    for name in ["db", "database"] {
        let script = format!(
            "for i in 1 2 3 4 5 6 7 8 9 10; do printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 {name} 80 && exit 0; sleep 0.3; done; exit 1"
        );
        let out = s.run(&[
            "run",
            "--rm",
            "--network",
            "appnet",
            "busybox",
            "sh",
            "-c",
            &script,
        ]);
        assert!(out.status.success(), "{name}: {}", describe(&out));
        let reply = String::from_utf8_lossy(&out.stdout);
        assert!(
            reply.starts_with("HTTP/1.1 200 OK") && reply.ends_with("\r\n\r\nfrom the db\n"),
            "{reply:?}"
        );
    }
    // The network's resolver is the container's nameserver.
    let resolv = s.ok(&[
        "run",
        "--rm",
        "--network",
        "appnet",
        "busybox",
        "cat",
        "/etc/resolv.conf",
    ]);
    assert!(resolv.contains("nameserver 10.90."), "{resolv}");
    // Each name has one A record, answered once.
    for name in ["db", "database"] {
        let out = s.ok(&[
            "run",
            "--rm",
            "--network",
            "appnet",
            "busybox",
            "nslookup",
            "-type=a",
            name,
        ]);
        let answers = out
            .lines()
            .filter(|l| l.starts_with("Address: 10.90."))
            .count();
        assert_eq!(answers, 1, "{name}: {out}");
    }
    let dns_names = s.ok(&[
        "inspect",
        "-f",
        "{{json (index .NetworkSettings.Networks \"appnet\").DNSNames}}",
        "db",
    ]);
    assert!(dns_names.starts_with("[\"db\","), "{dns_names}");
    assert!(dns_names.contains("\"database\""), "{dns_names}");

    // On the default bridge, names do not resolve (docker semantics).
    s.ok(&["run", "-d", "--name", "plain", "busybox", "sleep", "60"]);
    let out = s.run(&["run", "--rm", "busybox", "nslookup", "plain"]);
    assert!(!out.status.success(), "{}", describe(&out));

    // inspect on both sides.
    let doc = s.ok(&["network", "inspect", "appnet"]);
    let doc: serde_json::Value = serde_json::from_str(&doc).expect("json");
    let containers = doc[0]["Containers"].as_object().expect("Containers");
    assert_eq!(containers.len(), 1);
    assert_eq!(containers.values().next().expect("one")["Name"], "db");
    assert_eq!(doc[0]["Driver"], "bridge");
    let aliases = s.ok(&[
        "inspect",
        "-f",
        "{{json .NetworkSettings.Networks.appnet.Aliases}}",
        "db",
    ]);
    assert_eq!(aliases.trim(), "[\"database\"]");

    // Two networks at once, as docker takes them: one interface on each.
    let addrs = s.ok(&[
        "run",
        "--rm",
        "--network",
        "appnet",
        "--network",
        "bridge",
        "busybox",
        "ip",
        "-o",
        "-4",
        "addr",
    ]);
    assert!(
        addrs.contains("eth0") && addrs.contains("10.90."),
        "{addrs}"
    );
    assert!(
        addrs.contains("eth1") && addrs.contains("10.87."),
        "{addrs}"
    );
    let out = s.fails(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--network",
        "appnet",
        "busybox",
        "true",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("conflicting options"));

    // In use: refused.
    let out = s.fails(&["network", "rm", "appnet"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("has active endpoints"));

    // connect and disconnect a running container.
    s.ok(&["network", "connect", "--alias", "second", "appnet", "plain"]);
    let addrs = s.ok(&["exec", "plain", "ip", "-o", "-4", "addr"]);
    assert!(
        addrs.contains("eth1") && addrs.contains("10.90."),
        "{addrs}"
    );
    let out = s.run(&["exec", "db", "nslookup", "second"]);
    assert!(out.status.success(), "{}", describe(&out));
    s.ok(&["network", "disconnect", "appnet", "plain"]);
    let addrs = s.ok(&["exec", "plain", "ip", "-o", "-4", "addr"]);
    assert!(!addrs.contains("eth1"), "{addrs}");
    let out = s.fails(&["network", "disconnect", "appnet", "plain"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not connected to the network appnet"));
    // Connected again and removed as it is: both of its networks are released
    // (the checks of what is left follow below).
    s.ok(&["network", "connect", "appnet", "plain"]);
    s.ok(&["rm", "-f", "plain"]);
    let out = s.run(&["exec", "db", "nslookup", "plain"]);
    assert!(
        !out.status.success(),
        "plain's DNS entry went with it: {}",
        describe(&out)
    );

    s.ok(&["rm", "-f", "db"]);
    assert_eq!(s.ok(&["network", "rm", "appnet"]).trim(), "appnet");
    // `plain` used the default bridge, which stays up until pruned.
    s.ok(&["network", "prune", "-f"]);
    wait_until("aardvark-dns to exit", || traces(&s).dns_servers == 0);
    assert_eq!(traces(&s), before);
}

/// One ping from a new container on the default network.
fn ping_from_a_container(s: &Skiff, target: &str) {
    s.ok(&[
        "run", "--rm", "busybox", "ping", "-c", "1", "-W", "2", target,
    ]);
}

#[test]
fn the_default_bridge_stays_up_between_containers_until_pruned() {
    let s = Skiff::networked();
    let before = traces(&s);
    let ns = s.netns.as_ref().expect("netns");
    ns.sh("ip link add outside type veth peer name outside-peer && ip addr add 192.0.2.1/24 dev outside && ip link set outside up && ip link set outside-peer up");
    let base = traces(&s);
    let routes = s.ok(&["run", "--rm", "busybox", "ip", "route"]);
    assert!(
        routes.starts_with("default via 10.87.0.1 dev eth0"),
        "{routes}"
    );
    // Out through the bridge to a host address, and across to another container.
    ping_from_a_container(&s, "192.0.2.1");
    s.ok(&["run", "-d", "--name", "peer", "busybox", "sleep", "60"]);
    let ip = s.ok(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", "peer"]);
    let mac = s.ok(&["inspect", "-f", "{{.NetworkSettings.MacAddress}}", "peer"]);
    assert_eq!(mac.trim().len(), 17, "{mac}");
    ping_from_a_container(&s, ip.trim());
    let during = traces(&s);
    // The anchor and peer: two veths on one bridge.
    assert_eq!(
        (during.bridges, during.veths - base.veths),
        (1, 2),
        "{during:?}"
    );
    s.ok(&["rm", "-f", "peer"]);
    // Like docker0, the bridge stays up with no containers on it...
    let idle = traces(&s);
    assert_eq!(
        (idle.bridges, idle.veths - base.veths, idle.netns_files),
        (1, 1, 1),
        "{idle:?}"
    );
    assert!(idle.firewall_rules > 0);
    // ...until `network prune` takes it down.
    assert_eq!(s.ok(&["network", "prune", "-f"]), "");
    ns.sh("ip link del outside");
    assert_eq!(traces(&s), before);
}

#[test]
fn piped_output_ends_when_the_container_does() {
    // The first container on a DNS network makes netavark start aardvark-dns, a
    // daemon that another container then keeps alive: it must not inherit the
    // CLI's stdout from the monitor, or `skiff run ... | cat` never ends.
    let s = Skiff::networked();
    s.ok(&["network", "create", "pipenet"]);
    let mut cmd = s.cmd(&[
        "run",
        "--rm",
        "--network",
        "pipenet",
        "busybox",
        "sh",
        "-c",
        "sleep 2; echo piped",
    ]);
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("skiff");
    let mut out = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut text);
        let _ = tx.send(text);
    });
    wait_until("aardvark-dns to start", || traces(&s).dns_servers == 1);
    s.ok(&[
        "run",
        "-d",
        "--name",
        "keeper",
        "--network",
        "pipenet",
        "busybox",
        "sleep",
        "60",
    ]);
    let text = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the pipe reached end of file");
    assert_eq!(text, "piped\n");
    assert!(child.wait().expect("wait").success());
    s.ok(&["rm", "-f", "keeper"]);
    s.ok(&["network", "rm", "pipenet"]);
}

#[test]
fn an_internal_network_has_no_route_out() {
    let s = Skiff::networked();
    let ns = s.netns.as_ref().expect("netns");
    // An address on the "host" outside any container network.
    ns.sh("ip link add outside type veth peer name outside-peer && ip addr add 192.0.2.1/24 dev outside && ip link set outside up && ip link set outside-peer up");
    s.ok(&[
        "network",
        "create",
        "--internal",
        "--subnet",
        "10.91.7.0/24",
        "sealed",
    ]);
    s.ok(&["network", "create", "open"]);
    let out = s.run(&[
        "run",
        "--rm",
        "--network",
        "open",
        "busybox",
        "ping",
        "-c",
        "1",
        "-W",
        "2",
        "192.0.2.1",
    ]);
    assert!(
        out.status.success(),
        "an ordinary network routes out: {}",
        describe(&out)
    );
    let out = s.run(&[
        "run",
        "--rm",
        "--network",
        "sealed",
        "busybox",
        "ping",
        "-c",
        "1",
        "-W",
        "2",
        "192.0.2.1",
    ]);
    assert!(!out.status.success(), "{}", describe(&out));
    let routes = s.ok(&[
        "run",
        "--rm",
        "--network",
        "sealed",
        "busybox",
        "ip",
        "route",
    ]);
    assert!(!routes.contains("default"), "{routes}");
    assert!(routes.contains("10.91.7.0/24"), "{routes}");
    let internal = s.ok(&["network", "inspect", "-f", "{{.Internal}}", "sealed"]);
    assert_eq!(internal.trim(), "true");
}

#[test]
fn a_crashed_monitors_network_is_released_by_the_next_command() {
    let s = Skiff::networked();
    let before = traces(&s);
    let id = s.ok(&["run", "-d", "-p", "8081:80", "busybox", "sleep", "600"]);
    let id = id.trim();
    let during = traces(&s);
    assert_eq!((during.veths, during.netns_files), (1, 1));
    assert!(during.firewall_rules > 0);
    kill_monitor(&s, id);
    let ps = s.ok(&["ps", "-a", "--format", "{{.Status}}"]);
    assert!(ps.starts_with("Exited"), "{ps}");
    let after = traces(&s);
    assert_eq!(
        (after.veths, after.netns_files, after.firewall_rules),
        (0, 0, 0),
        "{after:?}"
    );
    s.ok(&["rm", "-f", id]);
    assert_eq!(traces(&s), before);

    // The same for a container on the bridge's quick path (a bare veth).
    let id = s.ok(&["run", "-d", "busybox", "sleep", "600"]);
    let id = id.trim();
    let anchored = traces(&s);
    assert_eq!(
        anchored.veths, 2,
        "the anchor's and the container's: {anchored:?}"
    );
    kill_monitor(&s, id);
    let ps = s.ok(&["ps", "-a", "--format", "{{.Status}}"]);
    assert!(ps.starts_with("Exited"), "{ps}");
    let after = traces(&s);
    assert_eq!(
        (after.veths, after.netns_files),
        (1, 1),
        "only the anchor: {after:?}"
    );
    s.ok(&["rm", "-f", id]);
    s.ok(&["network", "prune", "-f"]);
    assert_eq!(traces(&s), before);
}

/// kill -9 of a container's monitor; waits until it is gone.
fn kill_monitor(s: &Skiff, id: &str) {
    let state = fs::read_to_string(s.root.path().join("containers").join(id).join("state.json"))
        .expect("state");
    let state: serde_json::Value = serde_json::from_str(&state).expect("json");
    let monitor = state["monitor_pid"].as_i64().expect("monitor pid");
    let killed = std::process::Command::new("kill")
        .args(["-9", &monitor.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    wait_until("the monitor to die", || {
        !std::path::Path::new(&format!("/proc/{monitor}")).exists()
            || fs::read_to_string(format!("/proc/{monitor}/stat")).is_ok_and(|s| s.contains(") Z "))
    });
}

#[test]
fn network_commands_and_flags_follow_docker() {
    let s = Skiff::networked();
    s.ok(&[
        "network",
        "create",
        "--subnet",
        "10.92.0.0/24",
        "--gateway",
        "10.92.0.254",
        "--ip-range",
        "10.92.0.128/25",
        "--label",
        "team=blue",
        "-o",
        "mtu=1400",
        "blue",
    ]);
    let out = s.fails(&["network", "create", "blue"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("network with name blue already exists"));
    let out = s.fails(&["network", "create", "--subnet", "10.92.0.0/16", "overlap"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("overlaps"));
    let out = s.fails(&["network", "create", "--subnet", "nonsense", "bad"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid subnet"));
    s.ok(&[
        "network",
        "create",
        "--label",
        "team=red",
        "-o",
        "com.docker.network.bridge.name=br-red",
        "red",
    ]);
    let bridge = s.ok(&[
        "network",
        "inspect",
        "-f",
        "{{index .Options \"com.docker.network.bridge.name\"}}",
        "red",
    ]);
    assert_eq!(bridge.trim(), "br-red");

    let names = s.ok(&["network", "ls", "--format", "{{.Name}}"]);
    assert_eq!(
        names.lines().collect::<Vec<_>>(),
        ["blue", "bridge", "host", "none", "red"]
    );
    let header = s.ok(&["network", "ls"]);
    assert!(
        header.starts_with("NETWORK ID     NAME      DRIVER    SCOPE"),
        "{header}"
    );
    let blue = s.ok(&[
        "network",
        "ls",
        "--filter",
        "label=team=blue",
        "--format",
        "{{.Name}} {{.Driver}}",
    ]);
    assert_eq!(blue.trim(), "blue bridge");
    let custom = s.ok(&["network", "ls", "-q", "--filter", "type=custom"]);
    assert_eq!(custom.lines().count(), 2);
    assert!(custom.lines().all(|l| l.len() == 12));
    let ipam = s.ok(&["network", "inspect", "-f", "{{json .IPAM.Config}}", "blue"]);
    let ipam: serde_json::Value = serde_json::from_str(&ipam).expect("json");
    assert_eq!(ipam[0]["Subnet"], "10.92.0.0/24");
    assert_eq!(ipam[0]["Gateway"], "10.92.0.254");
    assert_eq!(ipam[0]["IPRange"], "10.92.0.128/25");
    let out = s.fails(&["network", "inspect", "nosuch"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("network nosuch not found"));

    // Addresses come from --ip-range; --ip and --mac-address are honoured; MTU applies.
    let addr = s.ok(&[
        "run",
        "--rm",
        "--network",
        "blue",
        "busybox",
        "ip",
        "-o",
        "-4",
        "addr",
        "show",
        "eth0",
    ]);
    assert!(
        addr.contains("10.92.0.128/24") || addr.contains("10.92.0.129/24"),
        "{addr}"
    );
    let link = s.ok(&[
        "run",
        "--rm",
        "--network",
        "blue",
        "--ip",
        "10.92.0.50",
        "--mac-address",
        "92:d0:c6:0a:29:33",
        "busybox",
        "sh",
        "-c",
        "ip -o -4 addr show eth0; ip -o link show eth0",
    ]);
    assert!(link.contains("10.92.0.50/24"), "{link}");
    assert!(link.contains("92:d0:c6:0a:29:33"), "{link}");
    assert!(link.contains("mtu 1400"), "{link}");
    let out = s.fails(&[
        "run",
        "--rm",
        "--network",
        "blue",
        "--ip",
        "10.93.0.5",
        "busybox",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(125));
    let out = s.fails(&["run", "--rm", "--network", "nosuch", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    assert!(String::from_utf8_lossy(&out.stderr).contains("network nosuch not found"));
    let out = s.fails(&["run", "--rm", "--ip", "10.87.0.9", "busybox", "true"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("user-defined networks only"));
    let out = s.fails(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-p",
        "80",
        "busybox",
        "true",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("conflicting options"));

    // --dns flags on the default bridge.
    let resolv = s.ok(&[
        "run",
        "--rm",
        "--dns",
        "192.0.2.53",
        "--dns-search",
        "example.org",
        "--dns-option",
        "ndots:2",
        "busybox",
        "cat",
        "/etc/resolv.conf",
    ]);
    assert_eq!(
        resolv,
        "search example.org\nnameserver 192.0.2.53\noptions ndots:2\n"
    );

    // container: mode shares another container's namespace.
    s.ok(&[
        "run",
        "-d",
        "--name",
        "owner",
        "--network",
        "blue",
        "busybox",
        "sleep",
        "60",
    ]);
    let ip = s.ok(&[
        "inspect",
        "-f",
        "{{.NetworkSettings.Networks.blue.IPAddress}}",
        "owner",
    ]);
    let seen = s.ok(&[
        "run",
        "--rm",
        "--network",
        "container:owner",
        "busybox",
        "ip",
        "-o",
        "-4",
        "addr",
        "show",
        "eth0",
    ]);
    assert!(seen.contains(ip.trim()), "{seen} vs {ip}");
    s.ok(&["rm", "-f", "owner"]);

    // -P publishes what the image and --expose declare.
    s.ok(&[
        "run",
        "-d",
        "--name",
        "all",
        "-P",
        "--expose",
        "7000-7001",
        "busybox",
        "sleep",
        "60",
    ]);
    let ports = s.ok(&["port", "all"]);
    assert_eq!(ports.lines().count(), 2, "{ports}");
    assert!(ports.starts_with("7000/tcp -> 0.0.0.0:"), "{ports}");
    s.ok(&[
        "run",
        "-d",
        "--name",
        "shown",
        "--expose",
        "7000-7001",
        "busybox",
        "sleep",
        "60",
    ]);
    let ps = s.ok(&["ps", "--filter", "name=shown", "--format", "{{.Ports}}"]);
    assert_eq!(
        ps.trim(),
        "7000-7001/tcp",
        "consecutive exposed ports collapse, as docker's"
    );
    s.ok(&["rm", "-f", "shown"]);
    s.ok(&["rm", "-f", "all"]);

    // prune removes unused networks only; rm -f ignores missing ones.
    s.ok(&[
        "run",
        "-d",
        "--name",
        "keeper",
        "--network",
        "red",
        "busybox",
        "sleep",
        "60",
    ]);
    s.netns.as_ref().expect("netns").sh("ip link show br-red");
    let pruned = s.ok(&["network", "prune", "-f"]);
    assert_eq!(pruned, "Deleted Networks:\nblue\n\n");
    s.ok(&["rm", "-f", "keeper"]);
    s.ok(&["network", "rm", "-f", "red", "nosuch"]);
    let out = s.fails(&[
        "network",
        "create",
        "-o",
        "com.docker.network.bridge.enable_icc=false",
        "icc",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("unsupported network option com.docker.network.bridge.enable_icc"));
    // A setup netavark refuses fails in one line and leaves nothing behind.
    s.ok(&["network", "create", "-o", "mtu=nonsense", "badmtu"]);
    let before_bad = traces(&s);
    let out = s.fails(&["run", "--rm", "--network", "badmtu", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mtu") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert_eq!(traces(&s), before_bad);
    // Nor a host-wide address lease (/run/skiff-ipam) of this store's.
    let runroot = s.runroot.path().display().to_string();
    let leased = fs::read_dir("/run/skiff-ipam")
        .map(|d| {
            d.flatten()
                .filter_map(|e| fs::read_to_string(e.path()).ok())
                .any(|text| text.contains(&runroot))
        })
        .unwrap_or(false);
    assert!(!leased, "a lease of {runroot} is left in /run/skiff-ipam");
    s.ok(&["network", "rm", "badmtu"]);

    // system prune takes unused networks too, as docker's does.
    s.ok(&["network", "create", "spare"]);
    let pruned = s.ok(&["system", "prune", "-f"]);
    assert!(pruned.contains("Deleted Networks:\nspare\n"), "{pruned}");
    let out = s.fails(&["network", "rm", "bridge"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pre-defined network"));
}

/// The everyday loop of compose's recreate: a container replaced on the same
/// published port answers at once (same address, so the same MAC: the host's
/// neighbour entry stays right).
#[test]
fn a_replaced_container_answers_on_its_published_port_at_once() {
    let s = Skiff::networked();
    let site = www("replaced\n");
    let mut macs = HashSet::new();
    for round in 0..10 {
        serve(&s, site.path(), &["--name", "web", "-p", "18412:80"]);
        let started = Instant::now();
        while curl_within(&s, "http://127.0.0.1:18412/", 1).is_none() {
            assert!(
                started.elapsed() < Duration::from_secs(1),
                "round {round}: no answer within 1 s"
            );
        }
        let ip_mac = s.ok(&[
            "inspect",
            "-f",
            "{{.NetworkSettings.IPAddress}} {{.NetworkSettings.MacAddress}}",
            "web",
        ]);
        let (ip, mac) = ip_mac.trim().split_once(' ').expect("ip and mac");
        let octets: Vec<String> = ip
            .split('.')
            .map(|o| format!("{:02x}", o.parse::<u8>().expect("octet")))
            .collect();
        assert_eq!(
            mac,
            format!("02:42:{}", octets.join(":")),
            "docker's MAC for {ip}"
        );
        macs.insert(mac.to_string());
        s.ok(&["rm", "-f", "web"]);
    }
    // Released addresses are not handed out again at once.
    assert!(macs.len() > 1, "{macs:?}");
}

/// Two stores on one host share the default bridge: their containers and
/// anchors get different addresses, and `system reset` takes everything of a
/// store down, leaving the other's running.
#[test]
fn two_stores_share_the_default_bridge_and_system_reset_clears_one() {
    let a = Skiff::networked();
    let b = Skiff::networked_beside(&a);
    let site = www("from a\n");
    serve(&a, site.path(), &["--name", "web", "-p", "18413:80"]);
    b.ok(&["run", "-d", "--name", "other", "busybox", "sleep", "100"]);
    b.ok(&["run", "-d", "--name", "other2", "busybox", "sleep", "100"]);
    let ip = |s: &Skiff, name: &str| {
        s.ok(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", name])
            .trim()
            .to_string()
    };
    let ips: HashSet<String> = [ip(&a, "web"), ip(&b, "other"), ip(&b, "other2")].into();
    assert_eq!(ips.len(), 3, "{ips:?}");
    let ns = a.netns.as_ref().expect("netns");
    // Every address on the bridge (containers' and anchors') is different.
    let neighbours = ns.sh("ip -4 -o addr show | wc -l");
    assert!(neighbours.trim().parse::<usize>().unwrap_or(0) >= 2);
    b.ok(&["exec", "other", "ping", "-c1", "-W2", &ip(&a, "web")]);

    let out = b.run_stdin(&["system", "reset"], b"n\n");
    assert!(out.status.success(), "{}", describe(&out));
    assert!(text_of(&out).contains("WARNING! This will remove:"));
    assert_eq!(
        b.ok(&["ps", "-aq"]).lines().count(),
        2,
        "answering no keeps all"
    );
    b.ok(&["system", "reset", "-f"]);
    assert_eq!(
        fs::read_dir(b.root.path()).map(|d| d.count()).unwrap_or(0),
        0,
        "the store is empty"
    );
    assert_eq!(
        fs::read_dir(b.runroot.path())
            .map(|d| d.count())
            .unwrap_or(0),
        0
    );
    assert!(crate::support::mounts_under(b.runroot.path()).is_empty());
    assert!(crate::support::mounts_under(b.root.path()).is_empty());
    // a's container still serves.
    assert_eq!(
        curl(&a, "http://127.0.0.1:18413/").as_deref(),
        Some("from a\n")
    );
    drop(b);
    a.ok(&["rm", "-f", "web"]);
}

fn text_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn curl_within(s: &Skiff, url: &str, secs: u32) -> Option<String> {
    s.netns.as_ref().expect("networked skiff").curl(url, secs)
}

/// Legacy `--link NAME:ALIAS`: the linked container's address in /etc/hosts.
#[test]
fn links_give_hosts_entries() {
    let s = Skiff::networked();
    s.ok(&["run", "-d", "--name", "linkdb", "busybox", "sleep", "100"]);
    let ip = s
        .ok(&["inspect", "-f", "{{.NetworkSettings.IPAddress}}", "linkdb"])
        .trim()
        .to_string();
    let hosts = s.ok(&[
        "run",
        "--rm",
        "--link",
        "linkdb:database",
        "busybox",
        "cat",
        "/etc/hosts",
    ]);
    let line = hosts
        .lines()
        .find(|l| l.contains("database"))
        .unwrap_or_else(|| panic!("no link entry:\n{hosts}"));
    assert!(
        line.starts_with(&format!("{ip}\t")) && line.ends_with(" linkdb"),
        "{line}"
    );
    let out = s.fails(&["run", "--rm", "--link", "nosuch", "busybox", "true"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not get container for nosuch"));
    s.ok(&["rm", "-f", "linkdb"]);
}

/// Containers join a network with name resolution through a bare veth (its
/// names handed to the network's aardvark-dns); `network rm` hands the
/// anchor's teardown to a helper that holds the network lock, so a network
/// of the same name made at once, on another subnet, resolves its own
/// containers, and everything is gone in the end.
#[test]
fn a_network_removed_and_made_again_at_once_resolves_its_new_containers() {
    let s = Skiff::networked();
    let before = traces(&s);
    for subnet in ["10.123.1.0/24", "10.123.2.0/24"] {
        s.ok(&["network", "create", "--subnet", subnet, "again"]);
        for name in ["one", "two"] {
            s.ok(&[
                "run",
                "-d",
                "--name",
                name,
                "--network",
                "again",
                "--network-alias",
                &format!("{name}-alias"),
                "busybox",
                "sleep",
                "1000",
            ]);
        }
        let prefix = &subnet[..subnet.len() - 4];
        for target in ["two", "two-alias"] {
            let out = s.ok(&["exec", "one", "nslookup", target]);
            assert!(
                out.contains(&format!("Address: {prefix}")),
                "{target}: {out}"
            );
        }
        s.ok(&["rm", "-f", "one", "two"]);
        assert_eq!(s.ok(&["network", "rm", "again"]).trim(), "again");
    }
    // Once more while another teardown holds the network lock: `network rm`
    // returns at once, and the network made again (on another subnet, with
    // the same bridge name) is set up only after the old one is down, by
    // the helper or by the start that needs it first.
    s.ok(&["network", "create", "--subnet", "10.123.4.0/24", "again"]);
    s.ok(&[
        "run",
        "-d",
        "--name",
        "four",
        "--network",
        "again",
        "busybox",
        "sleep",
        "1000",
    ]);
    s.ok(&["rm", "-f", "four"]);
    let lock = s.runroot.path().join("netns/.lock");
    let held = fs::File::open(&lock).expect("the network lock");
    // SAFETY: flock on a descriptor we own; closing it releases the lock.
    let locked = unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&held), libc::LOCK_EX) };
    assert_eq!(locked, 0, "flock");
    assert_eq!(s.ok(&["network", "rm", "again"]).trim(), "again");
    s.ok(&["network", "create", "--subnet", "10.123.3.0/24", "again"]);
    let started = std::thread::scope(|scope| {
        let run = scope.spawn(|| {
            s.run(&[
                "run",
                "-d",
                "--name",
                "three",
                "--network",
                "again",
                "-p",
                "18481:80",
                "busybox",
                "httpd",
                "-f",
                "-p",
                "80",
            ])
        });
        std::thread::sleep(Duration::from_millis(200));
        drop(held);
        run.join().expect("run")
    });
    assert!(started.status.success(), "{}", describe(&started));
    let out = s.ok(&[
        "run",
        "--rm",
        "--network",
        "again",
        "busybox",
        "nslookup",
        "three",
    ]);
    assert!(out.contains("Address: 10.123.3."), "{out}");
    s.ok(&["rm", "-f", "three"]);
    assert_eq!(s.ok(&["network", "rm", "again"]).trim(), "again");
    wait_until("aardvark-dns to exit", || traces(&s).dns_servers == 0);
    assert_eq!(traces(&s), before);
}
