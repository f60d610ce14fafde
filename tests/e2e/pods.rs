//! Pods (podman's): containers sharing the network, IPC and UTS namespaces
//! of an image-less infra container; the pod's ports are published once.

use crate::support::{describe, text, Cleanup, Skiff};

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !ok() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_pod_shares_its_network_ipc_and_hostname() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let ns = skiff.netns.as_ref().expect("networked");
    let id = skiff.ok(&[
        "pod", "create", "--name", "shop", "-p", "8090:80", "--label", "tier=web",
    ]);
    let id = id.trim().to_string();
    assert_eq!(id.len(), 64, "{id}");
    assert_eq!(
        skiff.ok(&[
            "pod",
            "ps",
            "--format",
            "{{.Name}} {{.Status}} {{.NumberOfContainers}}"
        ]),
        "shop Created 1\n"
    );
    skiff.ok(&[
        "run",
        "-d",
        "--pod",
        "shop",
        "--name",
        "web",
        "busybox",
        "sh",
        "-c",
        "echo served-by-pod > /tmp/index.html && exec httpd -f -p 80 -h /tmp",
    ]);
    // Another member reaches it on localhost, and has the pod's hostname and IPC.
    let mut seen = String::new();
    wait_for("the web member", || {
        seen = skiff.ok(&[
            "run",
            "--rm",
            "--pod",
            "shop",
            "busybox",
            "sh",
            "-c",
            "hostname; wget -qO- http://localhost:80/ || true",
        ]);
        seen.ends_with("served-by-pod\n")
    });
    assert_eq!(seen, "shop\nserved-by-pod\n");
    let web_ipc = skiff.ok(&["exec", "web", "readlink", "/proc/self/ns/ipc"]);
    let other_ipc = skiff.ok(&[
        "run",
        "--rm",
        "--pod",
        "shop",
        "busybox",
        "readlink",
        "/proc/self/ns/ipc",
    ]);
    assert_eq!(web_ipc, other_ipc);
    // The pod's published port answers on the host.
    wait_for("the published port", || {
        ns.curl("http://127.0.0.1:8090/", 2).is_some()
    });
    assert_eq!(
        ns.curl("http://127.0.0.1:8090/", 2).as_deref(),
        Some("served-by-pod\n")
    );
    assert_eq!(
        skiff.ok(&["ps", "--pod", "--format", "{{.Names}} {{.PodName}}"]),
        format!("web shop\n{}-infra shop\n", &id[..12])
    );
    let inspect: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["pod", "inspect", "shop"])).expect("json");
    let pod = &inspect[0];
    assert_eq!(pod["Id"], id.as_str());
    assert_eq!(pod["State"], "Running");
    assert_eq!(pod["Hostname"], "shop");
    assert_eq!(pod["Labels"]["tier"], "web");
    assert_eq!(
        pod["SharedNamespaces"],
        serde_json::json!(["ipc", "net", "uts"])
    );
    assert_eq!(pod["NumContainers"], 2);

    // Bad requests: a clear error each, nothing made.
    for (args, says) in [
        (
            vec!["run", "--pod", "shop", "-p", "81:81", "busybox", "true"],
            "ports must be defined when the pod is created",
        ),
        (
            vec!["run", "--pod", "shop", "--hostname", "x", "busybox", "true"],
            "cannot set hostname",
        ),
        (
            vec!["run", "--pod", "nosuch", "busybox", "true"],
            "no pod with name or ID nosuch found",
        ),
        (
            vec!["pod", "create", "--name", "shop"],
            "name \"shop\" is in use",
        ),
        (
            vec!["pod", "create", "--share", "pid"],
            "invalid kernel namespace to share: pid",
        ),
        (
            vec!["pod", "rm", "shop"],
            "pod shop has running containers (web)",
        ),
    ] {
        let out = skiff.run(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?}: {}", describe(&out));
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            describe(&out)
        );
    }
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]).lines().count(), 1);
    // Another pod on the same host port: its start says which port, and
    // `pod rm` takes what it made.
    skiff.ok(&["pod", "create", "--name", "clash", "-p", "8090:80"]);
    let out = skiff.run(&[
        "run", "-d", "--pod", "clash", "--name", "second", "busybox", "true",
    ]);
    assert_ne!(out.status.code(), Some(0), "{}", describe(&out));
    let err = text(&out.stderr);
    assert!(err.contains("8090") && err.lines().count() == 1, "{err}");
    skiff.ok(&["pod", "rm", "-f", "clash"]);
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]).lines().count(), 1);
    assert!(!skiff
        .ok(&["ps", "-a", "--format", "{{.Names}}"])
        .contains("second"));

    // Stopped and started as one; the members come back.
    skiff.ok(&["pod", "stop", "-t", "1", "shop"]);
    assert_eq!(
        skiff.ok(&["pod", "ps", "--format", "{{.Status}}"]),
        "Exited\n"
    );
    assert!(ns.curl("http://127.0.0.1:8090/", 1).is_none());
    skiff.ok(&["pod", "start", "shop"]);
    wait_for("the port after pod start", || {
        ns.curl("http://127.0.0.1:8090/", 2).is_some()
    });
    let stats = skiff.ok(&[
        "pod",
        "stats",
        "--no-stream",
        "--format",
        "{{.Name}}",
        "shop",
    ]);
    let mut stats: Vec<&str> = stats.lines().collect();
    stats.sort();
    let infra = format!("{}-infra", &id[..12]);
    assert_eq!(stats, [infra.as_str(), "web"]);
    let top = skiff.ok(&["pod", "top", "shop"]);
    assert!(
        top.contains("httpd -f -p 80") && top.contains("/pause"),
        "{top}"
    );
    skiff.ok(&["pod", "rm", "-f", "shop"]);
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "");
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
}

/// `--network none` has loopback up, as docker's does (and a pod's infra needs).
#[test]
fn network_none_has_loopback_up() {
    let skiff = Skiff::networked();
    let out = skiff.ok(&[
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
    assert!(out.contains("inet 127.0.0.1/8"), "{out}");
    let out = skiff.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "cat",
        "/sys/class/net/lo/flags",
    ]);
    assert_eq!(
        u32::from_str_radix(out.trim().trim_start_matches("0x"), 16).unwrap_or(0) & 1,
        1,
        "IFF_UP"
    );
}
