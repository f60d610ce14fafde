//! `--runtime`: containers run by an OCI runtime binary (runc, crun)
//! instead of skiff's built-in one, through the same monitor: the same
//! logs, exit codes, exec, restart policies, healthchecks, pause and stop.

use crate::support::{busybox_docker_archive, describe, text, Cleanup, Skiff};

/// A store with busybox loaded from the fixture archive (made by skopeo).
fn with_busybox() -> Skiff {
    let skiff = Skiff::new();
    skiff.ok(&[
        "load",
        "-q",
        "-i",
        &busybox_docker_archive().display().to_string(),
    ]);
    skiff
}

/// Waits until `check` holds, for at most `secs`.
fn wait_for(secs: u64, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while !check() {
        assert!(std::time::Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The container lifecycle as the built-in runtime's tests check it, run by `runtime`.
fn lifecycle(runtime: &str) {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let rt = ["--runtime", runtime];
    // Output, stderr and the exit code of a foreground run.
    let out = skiff.run(
        &[
            &rt[..],
            &[
                "run",
                "--rm",
                "busybox",
                "sh",
                "-c",
                "echo out; echo err >&2; exit 3",
            ],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(3), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(text(&out.stderr), "err\n");
    // docker's 127 and 126, nothing left behind.
    for (cmd, code) in [("nosuch", 127), ("/etc/passwd", 126)] {
        let out = skiff.run(&[&rt[..], &["run", "--rm", "busybox", cmd]].concat());
        assert_eq!(out.status.code(), Some(code), "{cmd}: {}", describe(&out));
    }
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");

    // A detached container: exec, logs, health, pause, stop.
    skiff.ok(&[
        &rt[..],
        &[
            "run", "-d", "--name", "svc", "--health-cmd", "test -f /tmp/ok", "--health-interval",
            "1s", "busybox", "sh", "-c",
            "trap 'echo bye; exit 0' TERM; touch /tmp/ok; echo started; while true; do sleep 0.1; done",
        ],
    ]
    .concat());
    assert_eq!(
        skiff.ok(&["inspect", "--format", "{{.HostConfig.Runtime}}", "svc"]),
        format!("{runtime}\n")
    );
    assert_eq!(skiff.ok(&["exec", "svc", "echo", "hi"]), "hi\n");
    let out = skiff.run(&[
        "exec",
        "-u",
        "1000",
        "-w",
        "/tmp",
        "-e",
        "A=b",
        "svc",
        "sh",
        "-c",
        "echo $A $(id -u) $(pwd); exit 7",
    ]);
    assert_eq!(out.status.code(), Some(7), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "b 1000 /tmp\n");
    wait_for(15, "healthy", || {
        skiff.ok(&["inspect", "--format", "{{.State.Health.Status}}", "svc"]) == "healthy\n"
    });
    skiff.ok(&["pause", "svc"]);
    assert_eq!(
        skiff.ok(&["inspect", "--format", "{{.State.Status}}", "svc"]),
        "paused\n"
    );
    skiff.ok(&["unpause", "svc"]);
    let started = std::time::Instant::now();
    skiff.ok(&["stop", "svc"]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "SIGTERM reached the trap"
    );
    assert_eq!(skiff.ok(&["logs", "svc"]), "started\nbye\n");
    assert_eq!(
        skiff.ok(&[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}}",
            "svc"
        ]),
        "exited 0\n"
    );
    // Started again, by start and by a restart policy.
    skiff.ok(&["start", "svc"]);
    assert_eq!(skiff.ok(&["exec", "svc", "echo", "again"]), "again\n");
    skiff.ok(&["rm", "-f", "svc"]);
    skiff.ok(&[
        &rt[..],
        &[
            "run",
            "-d",
            "--name",
            "flaky",
            "--restart",
            "on-failure:2",
            "busybox",
            "sh",
            "-c",
            "echo try; exit 3",
        ],
    ]
    .concat());
    wait_for(20, "two restarts", || {
        skiff.ok(&[
            "inspect",
            "--format",
            "{{.RestartCount}} {{.State.Status}}",
            "flaky",
        ]) == "2 exited\n"
    });
    assert_eq!(skiff.ok(&["logs", "flaky"]), "try\ntry\ntry\n");
    skiff.ok(&["rm", "flaky"]);
    // Its state is gone with the container.
    let state = skiff.runroot.path().join("runtimes").join(runtime);
    let left: Vec<_> = std::fs::read_dir(&state)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?} left in {}", state.display());
}

#[test]
fn runc_runs_the_container_lifecycle() {
    lifecycle("runc");
}

/// crun 1.8 refuses a host whose cgroup v2 hierarchy has controllers while
/// v1 ones are mounted too ("hybrid mode"); there the test says so and
/// checks only that the refusal reaches the user, in crun's words.
#[test]
fn crun_runs_the_container_lifecycle() {
    let skiff = with_busybox();
    let out = skiff.run(&["--runtime", "crun", "run", "--rm", "busybox", "true"]);
    if text(&out.stderr).contains("cgroups in hybrid mode not supported") {
        assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
        assert_eq!(skiff.ok(&["ps", "-aq"]), "", "nothing left behind");
        eprintln!("crun cannot run containers on this host (hybrid cgroups): lifecycle not run");
        return;
    }
    assert!(out.status.success(), "{}", describe(&out));
    drop(skiff);
    lifecycle("crun");
}

/// Choosing a runtime: by path, by the config file's default and its
/// [engine.runtimes] table, and clear errors for what cannot be run.
#[test]
fn runtimes_are_chosen_by_flag_path_and_config() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let runc = ["/usr/sbin/runc", "/usr/bin/runc"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .expect("runc (apt install runc)");
    // A path.
    skiff.ok(&[
        "run",
        "--runtime",
        runc,
        "--name",
        "bypath",
        "busybox",
        "true",
    ]);
    assert_eq!(
        skiff.ok(&["inspect", "--format", "{{.HostConfig.Runtime}}", "bypath"]),
        "runc\n"
    );
    // The config's default, found through its table.
    let conf = skiff.home.path().join(".config/skiff");
    std::fs::create_dir_all(&conf).expect("config dir");
    std::fs::write(
        conf.join("skiff.conf"),
        format!("[engine]\ndefault_runtime = \"myrunc\"\nruntime_flags = [\"debug\"]\n[engine.runtimes]\nmyrunc = [\"/nonexistent/runc\", \"{runc}\"]\n"),
    )
    .expect("skiff.conf");
    assert_eq!(
        skiff.ok(&["run", "--rm", "busybox", "echo", "configured"]),
        "configured\n"
    );
    skiff.ok(&["create", "--name", "byconfig", "busybox"]);
    assert_eq!(
        skiff.ok(&["inspect", "--format", "{{.HostConfig.Runtime}}", "byconfig"]),
        "myrunc\n"
    );
    let info = skiff.ok(&["info"]);
    assert!(
        info.contains(" Default Runtime: myrunc\n")
            && info.contains("myrunc")
            && info.contains(" runc "),
        "{info}"
    );
    // --runtime skiff: the built-in one, whatever the config says.
    skiff.ok(&[
        "--runtime",
        "skiff",
        "create",
        "--name",
        "builtin",
        "busybox",
    ]);
    assert_eq!(
        skiff.ok(&["inspect", "--format", "{{.HostConfig.Runtime}}", "builtin"]),
        "skiff\n"
    );
    // What cannot run: a one-line error naming it, exit 125, nothing made.
    std::fs::write(conf.join("skiff.conf"), "[engine]\ndefault_runtime = 3\n").expect("skiff.conf");
    let before = skiff.ok(&["ps", "-aq"]);
    let out = skiff.run(&["run", "--rm", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("skiff.conf:2: invalid type"),
        "{}",
        describe(&out)
    );
    std::fs::remove_file(conf.join("skiff.conf")).expect("skiff.conf");
    for (args, says) in [
        (
            vec!["--runtime", "nosuchrt", "run", "--rm", "busybox", "true"],
            "OCI runtime \"nosuchrt\" not found",
        ),
        (
            vec!["--runtime", "/etc/passwd", "run", "--rm", "busybox", "true"],
            "OCI runtime /etc/passwd: /etc/passwd is not an executable file",
        ),
    ] {
        let out = skiff.run(&args);
        assert_eq!(out.status.code(), Some(125), "{args:?}: {}", describe(&out));
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            describe(&out)
        );
        assert_eq!(text(&out.stderr).lines().count(), 1, "{}", describe(&out));
    }
    assert_eq!(skiff.ok(&["ps", "-aq"]), before);
}
