//! run's resource, security and mount flags, checked from inside the container
//! (cgroup files, /proc/self/status, mounts) and through inspect.

use std::time::Duration;

use crate::support::{describe, text, with_busybox, Skiff};

#[test]
fn resource_limits_reach_the_cgroup_and_inspect() {
    let skiff = with_busybox();
    let out = skiff.ok(&[
        "run", "--rm", "-m", "64m", "--memory-reservation", "32m", "--cpus", "0.5", "--cpu-shares", "512",
        "--pids-limit", "50", "--ulimit", "nofile=512:1024", "--oom-score-adj", "100", "busybox", "sh", "-c",
        "cd /sys/fs/cgroup; cat memory/memory.limit_in_bytes memory/memory.memsw.limit_in_bytes memory/memory.soft_limit_in_bytes cpu/cpu.cfs_quota_us cpu/cpu.cfs_period_us cpu/cpu.shares pids/pids.max /proc/self/oom_score_adj; ulimit -n; ulimit -Hn",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "67108864",
            "134217728",
            "33554432",
            "50000",
            "100000",
            "512",
            "50",
            "100",
            "512",
            "1024"
        ],
        "{out}"
    );
    skiff.ok(&[
        "create",
        "--name",
        "limited",
        "-m",
        "1g",
        "--memory-swap",
        "-1",
        "--cpuset-cpus",
        "0",
        "--cpu-quota",
        "20000",
        "--cpu-period",
        "100000",
        "busybox",
        "true",
    ]);
    let doc: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["inspect", "limited"])).expect("json");
    let h = &doc[0]["HostConfig"];
    assert_eq!(h["Memory"], 1 << 30);
    assert_eq!(h["MemorySwap"], -1);
    assert_eq!(h["CpusetCpus"], "0");
    assert_eq!(h["CpuQuota"], 20000);
    assert_eq!(h["CpuPeriod"], 100000);
    skiff.ok(&["start", "limited"]);
    skiff.ok(&["rm", "-f", "limited"]);
    for (flag, value) in [
        ("-m", "1k"),
        ("--cpus", "99"),
        ("--ulimit", "bogus=1"),
        ("--blkio-weight", "5"),
    ] {
        let out = skiff.run(&["run", "--rm", flag, value, "busybox", "true"]);
        assert_eq!(
            out.status.code(),
            Some(125),
            "{flag} {value}: {}",
            describe(&out)
        );
        assert_eq!(
            text(&out.stderr).trim().lines().count(),
            1,
            "{}",
            describe(&out)
        );
    }
}

#[test]
fn capabilities_seccomp_and_privileges() {
    let skiff = with_busybox();
    let status = |args: &[&str], field: &str| -> String {
        let mut full = vec!["run", "--rm"];
        full.extend_from_slice(args);
        full.extend(["busybox", "cat", "/proc/self/status"]);
        let out = skiff.ok(&full);
        out.lines()
            .find(|l| l.starts_with(field))
            .and_then(|l| l.split_whitespace().nth(1))
            .unwrap_or_default()
            .to_string()
    };
    // CAP_NET_ADMIN is bit 12.
    assert_eq!(
        status(&["--cap-drop", "ALL", "--cap-add", "NET_ADMIN"], "CapEff:"),
        "0000000000001000"
    );
    assert_eq!(
        status(&["--cap-drop", "chown"], "CapEff:"),
        "00000000a80425fa"
    );
    assert_eq!(
        status(&["--security-opt", "seccomp=unconfined"], "Seccomp:"),
        "0"
    );
    assert_eq!(
        status(&["--security-opt", "no-new-privileges"], "NoNewPrivs:"),
        "1"
    );
    assert_eq!(status(&[], "NoNewPrivs:"), "0");
    let privileged = status(&["--privileged"], "CapEff:");
    let own: String = std::fs::read_to_string("/proc/self/status")
        .expect("status")
        .lines()
        .find_map(|l| l.strip_prefix("CapBnd:").map(|v| v.trim().to_string()))
        .unwrap_or_default();
    assert_eq!(
        privileged, own,
        "--privileged gets every capability the host allows"
    );
    assert_eq!(status(&["--privileged"], "Seccomp:"), "0");
    let out = skiff.run(&[
        "run",
        "--rm",
        "--privileged",
        "busybox",
        "sh",
        "-c",
        "mkdir -p /tmp/m && mount -t tmpfs none /tmp/m && echo mounted",
    ]);
    assert_eq!(text(&out.stdout), "mounted\n", "{}", describe(&out));

    // A seccomp profile file in docker's format: everything allowed but mkdir.
    let profile = skiff.home.path().join("profile.json");
    std::fs::write(
        &profile,
        r#"{"defaultAction":"SCMP_ACT_ALLOW","archMap":[{"architecture":"SCMP_ARCH_X86_64","subArchitectures":["SCMP_ARCH_X86"]}],"syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#,
    )
    .expect("profile");
    let opt = format!("seccomp={}", profile.display());
    let out = skiff.run(&[
        "run",
        "--rm",
        "--security-opt",
        &opt,
        "busybox",
        "mkdir",
        "/tmp/x",
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("Operation not permitted"),
        "{}",
        describe(&out)
    );

    for (flag, value, needle) in [
        ("--cap-add", "FOO", "unknown capability"),
        ("--security-opt", "bogus", "Invalid --security-opt"),
        ("--ipc", "weird", "invalid IPC mode"),
    ] {
        let out = skiff.run(&["run", "--rm", flag, value, "busybox", "true"]);
        assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
        assert!(text(&out.stderr).contains(needle), "{}", describe(&out));
    }
}

#[test]
fn namespaces_sysctls_groups_and_init() {
    let skiff = with_busybox();
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--sysctl",
            "net.ipv4.ip_forward=1",
            "busybox",
            "cat",
            "/proc/sys/net/ipv4/ip_forward"
        ]),
        "1\n"
    );
    // docker's defaults in a network namespace of the container's own: a
    // non-root user may bind port 80, and ping; the host's network is left alone.
    let read =
        "cat /proc/sys/net/ipv4/ip_unprivileged_port_start /proc/sys/net/ipv4/ping_group_range";
    assert_eq!(
        skiff.ok(&["run", "--rm", "-u", "1000", "busybox", "sh", "-c", read]),
        "0\n0\t2147483647\n"
    );
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "-u",
            "1000",
            "busybox",
            "sh",
            "-c",
            "httpd -p 80 && echo bound",
        ]),
        "bound\n"
    );
    let host_start =
        std::fs::read_to_string("/proc/sys/net/ipv4/ip_unprivileged_port_start").expect("sysctl");
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--network",
            "host",
            "busybox",
            "cat",
            "/proc/sys/net/ipv4/ip_unprivileged_port_start",
        ]),
        host_start
    );
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--sysctl",
            "net.ipv4.ip_unprivileged_port_start=1024",
            "busybox",
            "cat",
            "/proc/sys/net/ipv4/ip_unprivileged_port_start",
        ]),
        "1024\n"
    );
    // Another container's IPC and PID namespaces (docker's container:X).
    skiff.ok(&[
        "run", "-d", "--name", "ns-owner", "busybox", "sleep", "1000",
    ]);
    let owner_ipc = skiff.ok(&["exec", "ns-owner", "readlink", "/proc/1/ns/ipc"]);
    let joined = skiff.ok(&[
        "run",
        "--rm",
        "--ipc",
        "container:ns-owner",
        "--pid",
        "container:ns-owner",
        "busybox",
        "sh",
        "-c",
        "readlink /proc/self/ns/ipc; cat /proc/1/cmdline | tr '\\0' ' '",
    ]);
    assert_eq!(joined, format!("{owner_ipc}sleep 1000 "));
    assert_eq!(
        skiff.ok(&["inspect", "-f", "{{.HostConfig.IpcMode}}", "ns-owner"]),
        "private\n"
    );
    skiff.ok(&["rm", "-f", "ns-owner"]);
    let out = skiff.run(&[
        "run",
        "--rm",
        "--ipc",
        "container:nosuch",
        "busybox",
        "true",
    ]);
    assert_ne!(out.status.code(), Some(0), "{}", describe(&out));
    let pid = skiff.ok(&[
        "run", "--rm", "--pid", "host", "busybox", "sh", "-c", "echo $$",
    ]);
    assert_ne!(
        pid.trim(),
        "1",
        "--pid host shares the host's pid namespace"
    );
    let host_name = std::fs::read_to_string("/proc/sys/kernel/hostname").expect("hostname");
    assert_eq!(
        skiff.ok(&["run", "--rm", "--uts", "host", "busybox", "hostname"]),
        host_name
    );
    assert_eq!(
        skiff.ok(&["run", "--rm", "--group-add", "2000", "busybox", "id", "-G"]),
        "0 2000\n"
    );
    let shm = skiff.ok(&[
        "run",
        "--rm",
        "--shm-size",
        "16m",
        "busybox",
        "sh",
        "-c",
        "df -k /dev/shm | tail -1",
    ]);
    assert!(shm.split_whitespace().nth(1) == Some("16384"), "{shm}");
    // --init: docker's tini is PID 1, reaps zombies and forwards signals.
    let cmdline = skiff.ok(&[
        "run",
        "--rm",
        "--init",
        "busybox",
        "sh",
        "-c",
        "tr '\\0' ' ' < /proc/1/cmdline",
    ]);
    assert!(cmdline.starts_with("/sbin/docker-init -- sh"), "{cmdline}");
    skiff.ok(&[
        "run", "-d", "--init", "--name", "inited", "busybox", "sleep", "1000",
    ]);
    let start = std::time::Instant::now();
    skiff.ok(&["stop", "-t", "5", "inited"]);
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "tini forwarded SIGTERM to sleep"
    );
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.HostConfig.Init}}", "inited"])
            .trim(),
        "true"
    );
    skiff.ok(&["rm", "inited"]);
}

#[test]
fn volumes_tmpfs_and_read_only_rootfs() {
    let skiff = with_busybox();
    // A named volume is created on first use and outlives the container.
    skiff.ok(&[
        "run",
        "--rm",
        "-v",
        "data:/data",
        "busybox",
        "sh",
        "-c",
        "echo kept > /data/f",
    ]);
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--mount",
            "type=volume,source=data,target=/d,readonly",
            "busybox",
            "cat",
            "/d/f"
        ]),
        "kept\n"
    );
    let out = skiff.run(&[
        "run",
        "--rm",
        "-v",
        "data:/data:ro",
        "busybox",
        "touch",
        "/data/g",
    ]);
    assert!(!out.status.success(), "read-only volume is writable");
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "data\n");
    // An empty volume gets the image's content at its mount point.
    assert!(skiff
        .ok(&[
            "run",
            "--rm",
            "-v",
            "etcvol:/etc",
            "busybox",
            "cat",
            "/etc/passwd"
        ])
        .contains("root:"));
    let mountpoint = skiff.ok(&["volume", "inspect", "-f", "{{.Mountpoint}}", "etcvol"]);
    assert!(std::path::Path::new(mountpoint.trim())
        .join("passwd")
        .is_file());
    // In use: rm refuses; after the container goes, it works.
    skiff.ok(&[
        "create",
        "--name",
        "user",
        "-v",
        "data:/data",
        "busybox",
        "true",
    ]);
    let out = skiff.run(&["volume", "rm", "data"]);
    assert!(
        text(&out.stderr).contains("volume is in use"),
        "{}",
        describe(&out)
    );
    let doc: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["inspect", "user"])).expect("json");
    assert_eq!(doc[0]["Mounts"][0]["Type"], "volume");
    assert_eq!(doc[0]["Mounts"][0]["Name"], "data");
    skiff.ok(&["rm", "user"]);
    skiff.ok(&["volume", "rm", "data"]);
    // Anonymous volumes go with rm -v (and with --rm).
    skiff.ok(&[
        "create", "--name", "anon", "-v", "/scratch", "busybox", "true",
    ]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]).lines().count(), 2);
    skiff.ok(&["rm", "-v", "anon"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "etcvol\n");
    skiff.ok(&["run", "--rm", "-v", "/scratch", "busybox", "true"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "etcvol\n");
    // tmpfs and a read-only root.
    let out = skiff.ok(&["run", "--rm", "--read-only", "--tmpfs", "/run:size=1m", "--mount", "type=tmpfs,target=/cache,tmpfs-size=2m", "busybox", "sh", "-c",
        "touch /x 2>/dev/null && echo rootfs-writable; touch /run/a /cache/b && echo ok; df -k /run /cache | tail -2 | awk '{print $2}'"]);
    assert_eq!(out, "ok\n1024\n2048\n");
    assert_eq!(
        skiff
            .ok(&[
                "run",
                "--rm",
                "--read-only",
                "busybox",
                "sh",
                "-c",
                "grep ' / ' /proc/mounts | grep -c ro,"
            ])
            .trim(),
        "1"
    );
}

#[test]
fn pause_rename_top_and_prune() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "ticker",
        "busybox",
        "sh",
        "-c",
        "while true; do date +%s%N > /tmp/t; sleep 0.05; done",
    ]);
    assert_eq!(skiff.ok(&["pause", "ticker"]), "ticker\n");
    assert!(skiff
        .ok(&["ps", "--format", "{{.Status}}"])
        .contains("(Paused)"));
    let first = skiff.ok(&["inspect", "-f", "{{.State.Status}}", "ticker"]);
    assert_eq!(first.trim(), "paused");
    let out = skiff.run(&["pause", "ticker"]);
    assert!(
        text(&out.stderr).contains("is already paused"),
        "{}",
        describe(&out)
    );
    skiff.ok(&["unpause", "ticker"]);
    let out = skiff.run(&["unpause", "ticker"]);
    assert!(
        text(&out.stderr).contains("is not paused"),
        "{}",
        describe(&out)
    );

    let top = skiff.ok(&["top", "ticker"]);
    let header = top.lines().next().unwrap_or_default();
    assert!(header.contains("PID") && header.contains("CMD"), "{top}");
    assert!(top.contains("while true"), "{top}");
    assert!(
        !top.contains("skiff-monitor"),
        "only the container's processes: {top}"
    );

    skiff.ok(&["rename", "ticker", "clock"]);
    assert_eq!(skiff.ok(&["ps", "--format", "{{.Names}}"]), "clock\n");
    let out = skiff.run(&["inspect", "ticker"]);
    assert_eq!(out.status.code(), Some(1), "old name is gone");
    skiff.ok(&["run", "--name", "ticker", "busybox", "true"]);
    skiff.ok(&["run", "--name", "done2", "busybox", "true"]);
    let out = skiff.ok(&["container", "prune", "-f"]);
    assert!(out.starts_with("Deleted Containers:\n"), "{out}");
    assert_eq!(out.lines().filter(|l| l.len() == 64).count(), 2, "{out}");
    assert_eq!(skiff.ok(&["ps", "-a", "--format", "{{.Names}}"]), "clock\n");
    skiff.ok(&["rm", "-f", "clock"]);
}

fn wait_for(skiff: &Skiff, args: &[&str], want: &str, secs: u64) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let got = skiff.ok(args);
        if got.trim() == want || std::time::Instant::now() > deadline {
            return got.trim().to_string();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn restart_policies_are_carried_out_by_the_monitor() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "flaky",
        "--restart",
        "on-failure:2",
        "busybox",
        "sh",
        "-c",
        "echo run; exit 3",
    ]);
    assert_eq!(
        wait_for(
            &skiff,
            &[
                "inspect",
                "-f",
                "{{.RestartCount}} {{.State.Status}}",
                "flaky"
            ],
            "2 exited",
            10
        ),
        "2 exited"
    );
    assert_eq!(
        skiff.ok(&["logs", "flaky"]),
        "run\nrun\nrun\n",
        "first run and two restarts"
    );
    assert_eq!(
        skiff
            .ok(&[
                "inspect",
                "-f",
                "{{.State.ExitCode}} {{.HostConfig.RestartPolicy.Name}}",
                "flaky"
            ])
            .trim(),
        "3 on-failure"
    );
    // on-failure leaves a clean exit alone.
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "clean",
        "--restart",
        "on-failure",
        "busybox",
        "true",
    ]);
    assert_eq!(
        wait_for(
            &skiff,
            &["inspect", "-f", "{{.State.Status}}", "clean"],
            "exited",
            5
        ),
        "exited"
    );
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.RestartCount}}", "clean"])
            .trim(),
        "0"
    );
    // always: killing the process brings it back; a user stop ends it.
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "always",
        "--restart",
        "always",
        "busybox",
        "sleep",
        "1000",
    ]);
    let pid = skiff
        .ok(&["inspect", "-f", "{{.State.Pid}}", "always"])
        .trim()
        .parse::<i32>()
        .expect("pid");
    // SAFETY: signalling the container's init pid we just read.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    assert_eq!(
        wait_for(
            &skiff,
            &[
                "inspect",
                "-f",
                "{{.RestartCount}} {{.State.Status}}",
                "always"
            ],
            "1 running",
            10
        ),
        "1 running"
    );
    skiff.ok(&["stop", "-t", "1", "always"]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.Status}}", "always"])
            .trim(),
        "exited"
    );
    // start --all brings back what should be running (recovery after a reboot).
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "keep",
        "--restart",
        "unless-stopped",
        "busybox",
        "sleep",
        "1000",
    ]);
    let monitor = std::fs::read_to_string(
        skiff
            .root
            .path()
            .join("containers")
            .join(skiff.ok(&["inspect", "-f", "{{.Id}}", "keep"]).trim())
            .join("state.json"),
    )
    .expect("state");
    let monitor: serde_json::Value = serde_json::from_str(&monitor).expect("json");
    // A crash of the whole machine: monitor and container die without notice.
    let init = skiff
        .ok(&["inspect", "-f", "{{.State.Pid}}", "keep"])
        .trim()
        .parse::<i32>()
        .expect("pid");
    // SAFETY: as above.
    unsafe {
        libc::kill(
            monitor["monitor_pid"].as_i64().unwrap_or(0) as i32,
            libc::SIGKILL,
        );
        libc::kill(init, libc::SIGKILL);
    }
    assert_eq!(
        wait_for(
            &skiff,
            &["inspect", "-f", "{{.State.Status}}", "keep"],
            "exited",
            5
        ),
        "exited"
    );
    // docker brings `always` containers back at daemon start even after a user stop.
    let out = skiff.ok(&["start", "--all"]);
    assert!(
        out.contains("keep") && out.contains("always") && !out.contains("flaky"),
        "{out}"
    );
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.Status}}", "keep"])
            .trim(),
        "running"
    );
    let unit = skiff.ok(&["generate", "systemd", "keep"]);
    assert!(
        unit.contains("[Service]")
            && unit.contains(" start keep")
            && unit.contains(" stop -t 10 keep"),
        "{unit}"
    );
    let out = skiff.run(&["run", "--rm", "--restart", "always", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    assert!(text(&out.stderr).contains("Conflicting options: --restart and --rm"));
    skiff.ok(&["rm", "-f", "flaky", "clean", "always", "keep"]);
}

#[test]
fn healthchecks_run_on_schedule_and_show_in_ps_and_inspect() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "hc",
        "--health-cmd",
        "test -e /tmp/ok",
        "--health-interval",
        "200ms",
        "--health-retries",
        "2",
        "busybox",
        "sh",
        "-c",
        "touch /tmp/ok; sleep 1000",
    ]);
    assert_eq!(
        wait_for(
            &skiff,
            &["inspect", "-f", "{{.State.Health.Status}}", "hc"],
            "healthy",
            10
        ),
        "healthy"
    );
    assert!(skiff
        .ok(&["ps", "--format", "{{.Status}}"])
        .contains("(healthy)"));
    skiff.ok(&["exec", "hc", "rm", "/tmp/ok"]);
    assert_eq!(
        wait_for(
            &skiff,
            &["inspect", "-f", "{{.State.Health.Status}}", "hc"],
            "unhealthy",
            10
        ),
        "unhealthy"
    );
    assert!(skiff
        .ok(&["ps", "--format", "{{.Status}}"])
        .contains("(unhealthy)"));
    let doc: serde_json::Value = serde_json::from_str(&skiff.ok(&["inspect", "hc"])).expect("json");
    let health = &doc[0]["State"]["Health"];
    assert!(
        health["FailingStreak"].as_u64().unwrap_or(0) >= 2,
        "{health}"
    );
    let log = health["Log"].as_array().expect("log");
    assert!(!log.is_empty() && log.len() <= 5, "{health}");
    assert_eq!(doc[0]["Config"]["Healthcheck"]["Test"][0], "CMD-SHELL");
    let out = skiff.run(&["healthcheck", "run", "hc"]);
    assert_eq!(out.status.code(), Some(1));
    skiff.ok(&["exec", "hc", "touch", "/tmp/ok"]);
    assert_eq!(skiff.ok(&["healthcheck", "run", "hc"]), "healthy\n");
    // --no-healthcheck: no probes, no Health.
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "nohc",
        "--no-healthcheck",
        "busybox",
        "sleep",
        "1000",
    ]);
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{json .State.Health}}", "nohc"])
            .trim(),
        "null"
    );
    skiff.ok(&["rm", "-f", "hc", "nohc"]);
}

#[test]
fn stats_update_port_and_log_options() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "busy",
        "-m",
        "64m",
        "busybox",
        "sh",
        "-c",
        "while true; do :; done",
    ]);
    let table = skiff.ok(&["stats", "--no-stream"]);
    let header = table.lines().next().unwrap_or_default();
    for col in [
        "CONTAINER ID",
        "NAME",
        "CPU %",
        "MEM USAGE / LIMIT",
        "MEM %",
        "NET I/O",
        "BLOCK I/O",
        "PIDS",
    ] {
        assert!(header.contains(col), "{table}");
    }
    let row = skiff.ok(&[
        "stats",
        "--no-stream",
        "--format",
        "{{.Name}}|{{.CPUPerc}}|{{.MemUsage}}|{{.PIDs}}",
        "busy",
    ]);
    let fields: Vec<&str> = row.trim().split('|').collect();
    assert_eq!(fields[0], "busy");
    let cpu: f64 = fields[1].trim_end_matches('%').parse().expect("cpu %");
    assert!(cpu > 10.0, "a busy loop uses CPU: {row}");
    assert!(fields[2].ends_with("/ 64MiB"), "{row}");
    assert_eq!(fields[3], "1");

    skiff.ok(&[
        "update",
        "-m",
        "128m",
        "--pids-limit",
        "20",
        "--cpus",
        "1",
        "busy",
    ]);
    assert_eq!(
        skiff.ok(&[
            "exec",
            "busy",
            "cat",
            "/sys/fs/cgroup/memory/memory.limit_in_bytes",
            "/sys/fs/cgroup/pids/pids.max",
            "/sys/fs/cgroup/cpu/cpu.cfs_quota_us"
        ]),
        "134217728\n20\n100000\n"
    );
    assert_eq!(
        skiff
            .ok(&[
                "inspect",
                "-f",
                "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}",
                "busy"
            ])
            .trim(),
        "134217728 20"
    );
    assert_eq!(skiff.ok(&["port", "busy"]), "");
    assert_eq!(skiff.run(&["port", "busy", "80"]).status.code(), Some(1));
    skiff.ok(&["rm", "-f", "busy"]);

    // Rotation: max-size and max-file, and logs reads the rotated files.
    skiff.ok(&[
        "run",
        "--name",
        "chatty",
        "--log-opt",
        "max-size=1k",
        "--log-opt",
        "max-file=2",
        "busybox",
        "sh",
        "-c",
        "i=0; while [ $i -lt 200 ]; do echo line $i; i=$((i+1)); done",
    ]);
    let logs = skiff.ok(&["logs", "chatty"]);
    assert!(logs.ends_with("line 199\n"), "{logs}");
    assert!(!logs.contains("line 0\n"), "old entries rotated away");
    let dir = skiff
        .root
        .path()
        .join("containers")
        .join(skiff.ok(&["inspect", "-f", "{{.Id}}", "chatty"]).trim());
    assert!(dir.join("container.log.1").is_file() && !dir.join("container.log.2").exists());
    assert!(
        std::fs::metadata(dir.join("container.log"))
            .expect("log")
            .len()
            < 1024
    );
    // k8s-file and none.
    skiff.ok(&[
        "run",
        "--name",
        "k8s",
        "--log-driver",
        "k8s-file",
        "busybox",
        "echo",
        "hello",
    ]);
    assert_eq!(skiff.ok(&["logs", "k8s"]), "hello\n");
    let raw = std::fs::read_to_string(
        skiff
            .root
            .path()
            .join("containers")
            .join(skiff.ok(&["inspect", "-f", "{{.Id}}", "k8s"]).trim())
            .join("container.log"),
    )
    .expect("raw");
    assert!(raw.trim_end().ends_with(" stdout F hello"), "{raw}");
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--log-driver",
            "none",
            "busybox",
            "echo",
            "still shown"
        ]),
        "still shown\n"
    );
    skiff.ok(&[
        "create",
        "--name",
        "silent",
        "--log-driver",
        "none",
        "busybox",
        "true",
    ]);
    let out = skiff.run(&["logs", "silent"]);
    assert!(
        text(&out.stderr).contains("configured logging driver does not support reading"),
        "{}",
        describe(&out)
    );
    let out = skiff.run(&["run", "--log-driver", "syslogx", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    skiff.ok(&["rm", "chatty", "k8s", "silent"]);
}

#[test]
fn events_record_the_lifecycle() {
    let skiff = with_busybox();
    let since = humantime::format_rfc3339_nanos(std::time::SystemTime::now()).to_string();
    let out = skiff.run(&[
        "run",
        "--rm",
        "--name",
        "ev",
        "-l",
        "team=blue",
        "busybox",
        "sh",
        "-c",
        "exit 4",
    ]);
    assert_eq!(out.status.code(), Some(4));
    let until = humantime::format_rfc3339_nanos(std::time::SystemTime::now()).to_string();
    let actions = skiff.ok(&[
        "events",
        "--since",
        &since,
        "--until",
        &until,
        "--filter",
        "container=ev",
        "--format",
        "{{.Action}}",
    ]);
    assert_eq!(actions, "create\nstart\ndie\ndestroy\n");
    let die = skiff.ok(&[
        "events",
        "--since",
        &since,
        "--until",
        &until,
        "--filter",
        "event=die",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(die.trim()).expect("json");
    assert_eq!(v["Type"], "container");
    assert_eq!(v["Actor"]["Attributes"]["exitCode"], "4");
    assert_eq!(v["Actor"]["Attributes"]["team"], "blue");
    let plain = skiff.ok(&[
        "events",
        "--since",
        &since,
        "--until",
        &until,
        "--filter",
        "label=team=blue",
    ]);
    assert_eq!(plain.lines().count(), 4, "{plain}");
    assert!(
        plain
            .lines()
            .all(|l| l.contains(" container ") && l.contains("name=ev")),
        "{plain}"
    );
    let out = skiff.run(&["events", "--filter", "bogus=1", "--until", &until]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn wait_conditions() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "ww",
        "--health-cmd",
        "true",
        "--health-interval",
        "200ms",
        "busybox",
        "sleep",
        "1000",
    ]);
    assert_eq!(skiff.ok(&["wait", "--condition", "running", "ww"]), "0\n");
    assert_eq!(skiff.ok(&["wait", "--condition", "healthy", "ww"]), "0\n");
    let waiter = skiff
        .cmd(&["wait", "--condition", "removed", "ww"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("wait");
    skiff.ok(&["kill", "ww"]);
    assert_eq!(skiff.ok(&["wait", "ww"]), "137\n");
    skiff.ok(&["rm", "ww"]);
    let out = waiter.wait_with_output().expect("removed");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "137\n");

    // rm -f exits and removes at once: the code comes from the `die` event.
    skiff.ok(&["run", "-d", "--name", "wx", "busybox", "sleep", "1000"]);
    let waiter = skiff
        .cmd(&["wait", "--condition", "removed", "wx"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("wait");
    std::thread::sleep(std::time::Duration::from_millis(200));
    skiff.ok(&["rm", "-f", "wx"]);
    let out = waiter.wait_with_output().expect("removed");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "137\n");
}

#[test]
fn volumes_from_another_container() {
    let skiff = with_busybox();
    let host = tempfile::tempdir().expect("tempdir");
    let bind = format!("{}:/hostdir", host.path().display());
    skiff.ok(&[
        "create",
        "--name",
        "datastore",
        "-v",
        "shared:/shared",
        "-v",
        "/anon",
        "-v",
        &bind,
        "busybox",
        "true",
    ]);
    skiff.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "datastore",
        "busybox",
        "sh",
        "-c",
        "echo a > /shared/a; echo b > /anon/b; echo c > /hostdir/c",
    ]);
    assert_eq!(
        std::fs::read_to_string(host.path().join("c")).expect("bind"),
        "c\n"
    );
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--volumes-from",
            "datastore",
            "busybox",
            "cat",
            "/shared/a",
            "/anon/b"
        ]),
        "a\nb\n"
    );
    let out = skiff.run(&[
        "run",
        "--rm",
        "--volumes-from",
        "datastore:ro",
        "busybox",
        "touch",
        "/shared/x",
    ]);
    assert!(!out.status.success(), "read-only --volumes-from");
    // The volumes belong to datastore: --rm of the users kept them.
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]).lines().count(), 2);
    let out = skiff.run(&["run", "--rm", "--volumes-from", "nosuch", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    assert!(text(&out.stderr).contains("No such container: nosuch"));
    skiff.ok(&["rm", "-v", "datastore"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "shared\n");
}

#[test]
fn devices_and_cgroup_namespaces() {
    let skiff = with_busybox();
    // --device gives the container the host's device node under a new name.
    let out = skiff.ok(&[
        "run",
        "--rm",
        "--device",
        "/dev/zero:/dev/myzero",
        "busybox",
        "sh",
        "-c",
        "head -c 5 /dev/myzero | wc -c; ls -l /dev/myzero",
    ]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("5"), "{out}");
    assert!(
        lines
            .next()
            .is_some_and(|l| l.starts_with('c') && l.contains("1,   5")),
        "char device 1:5: {out}"
    );
    let id = skiff
        .ok(&[
            "create",
            "--device",
            "/dev/zero:/dev/myzero:r",
            "busybox",
            "true",
        ])
        .trim()
        .to_string();
    let doc: serde_json::Value = serde_json::from_str(&skiff.ok(&["inspect", &id])).expect("json");
    assert_eq!(
        doc[0]["HostConfig"]["Devices"][0]["PathInContainer"],
        "/dev/myzero"
    );
    assert_eq!(doc[0]["HostConfig"]["Devices"][0]["CgroupPermissions"], "r");
    let out = skiff.run(&[
        "run",
        "--rm",
        "--device",
        "/dev/nonexistent-device",
        "busybox",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(125));
    // --cgroupns private: the container sees its own cgroup as the root.
    let own = skiff.ok(&[
        "run",
        "--rm",
        "--cgroupns",
        "private",
        "busybox",
        "cat",
        "/proc/self/cgroup",
    ]);
    assert!(own.lines().all(|l| l.ends_with(":/")), "{own}");
    let host = skiff.ok(&[
        "run",
        "--rm",
        "--cgroupns",
        "host",
        "busybox",
        "cat",
        "/proc/self/cgroup",
    ]);
    assert!(host.contains("/skiff/"), "{host}");
}
