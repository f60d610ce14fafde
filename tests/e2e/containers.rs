//! Containers run for real with libcontainer: run, exec, logs, stop, rm, and the
//! reliability cases of the run issue.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::{describe, mounts_under, text, with_busybox, Cleanup, Skiff};

#[test]
fn foreground_run_streams_output_and_exit_code() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let out = skiff.run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "echo out; echo err >&2; exit 3",
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(text(&out.stderr), "err\n");
    assert!(
        skiff.ok(&["ps", "-aq"]).is_empty(),
        "--rm removed the container"
    );
    assert!(mounts_under(skiff.root.path()).is_empty());

    let out = skiff.run_stdin(&["run", "--rm", "-i", "busybox", "cat"], b"hi\n");
    assert_eq!(text(&out.stdout), "hi\n", "{}", describe(&out));
    let out = skiff.run_stdin(&["run", "--rm", "busybox", "cat"], b"ignored\n");
    assert_eq!(text(&out.stdout), "", "stdin is closed without -i");
}

#[test]
fn bad_commands_exit_like_docker() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let out = skiff.run(&["run", "--rm", "busybox", "nope"]);
    assert_eq!(out.status.code(), Some(127), "{}", describe(&out));
    assert!(text(&out.stderr).contains("executable file not found in $PATH"));
    let out = skiff.run(&["run", "--rm", "busybox", "/etc/passwd"]);
    assert_eq!(out.status.code(), Some(126), "{}", describe(&out));
    let out = skiff.run(&["run", "--rm", "--pull", "never", "nosuch/image"]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    let out = skiff.run(&["run", "--bogus-flag", "busybox"]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    assert!(
        skiff.ok(&["ps", "-aq"]).is_empty(),
        "--rm also removes containers that failed to start"
    );
    let out = skiff.run(&["run", "--name", "failed", "busybox", "nope"]);
    assert_eq!(out.status.code(), Some(127));
    let state = skiff.ok(&[
        "inspect",
        "-f",
        "{{.State.Status}} {{.State.ExitCode}}",
        "failed",
    ]);
    assert_eq!(state.trim(), "created 127");
}

#[test]
fn config_flags_reach_the_process() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let envfile = skiff.home.path().join("env.list");
    std::fs::write(&envfile, "# comment\nFROM_FILE=yes\nA=from-file\n").expect("env file");
    let out = skiff.ok(&[
        "run",
        "--rm",
        "-e",
        "A=1",
        "--env-file",
        envfile.to_str().expect("utf8"),
        "-w",
        "/tmp",
        "-u",
        "1000:1000",
        "-h",
        "myhost",
        "--entrypoint",
        "/bin/sh",
        "busybox",
        "-c",
        "echo $A $FROM_FILE $(pwd) $(id -u):$(id -g) $(hostname) $HOME",
    ]);
    assert_eq!(out, "1 yes /tmp 1000:1000 myhost /home/app\n");
    let out = skiff.ok(&[
        "run",
        "--rm",
        "-u",
        "app",
        "busybox",
        "sh",
        "-c",
        "id -u; echo $HOME",
    ]);
    assert_eq!(out, "1000\n/home/app\n");
    let out = skiff.run(&["run", "--rm", "-u", "nosuchuser", "busybox", "true"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("nosuchuser"),
        "{}",
        describe(&out)
    );
    let hosts = skiff.ok(&[
        "run",
        "--rm",
        "--add-host",
        "db.local:10.1.2.3",
        "busybox",
        "cat",
        "/etc/hosts",
    ]);
    assert!(hosts.contains("10.1.2.3\tdb.local"), "{hosts}");
    let host_dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(host_dir.path().join("in.txt"), "from host\n").expect("write");
    let vol = format!("{}:/data", host_dir.path().display());
    let out = skiff.ok(&[
        "run",
        "--rm",
        "-v",
        &vol,
        "busybox",
        "sh",
        "-c",
        "cat /data/in.txt; echo back > /data/out.txt",
    ]);
    assert_eq!(out, "from host\n");
    assert_eq!(
        std::fs::read_to_string(host_dir.path().join("out.txt")).expect("out"),
        "back\n"
    );
    let ro = format!("{}:/data:ro", host_dir.path().display());
    let out = skiff.run(&["run", "--rm", "-v", &ro, "busybox", "touch", "/data/x"]);
    assert!(!out.status.success(), "read-only bind is writable");
}

#[test]
fn docker_security_defaults_apply() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let status = skiff.ok(&["run", "--rm", "busybox", "cat", "/proc/self/status"]);
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .unwrap_or_default()
            .to_string()
    };
    // docker's 14 default capabilities.
    assert_eq!(field("CapEff:"), "00000000a80425fb", "{status}");
    assert_eq!(field("CapBnd:"), "00000000a80425fb");
    assert_eq!(field("Seccomp:"), "2", "seccomp filter active");
    let out = skiff.run(&[
        "run",
        "--rm",
        "busybox",
        "sh",
        "-c",
        "echo 1 > /proc/sys/kernel/panic",
    ]);
    assert!(!out.status.success(), "/proc/sys is read-only");
    for masked in [
        "/proc/keys",
        "/proc/timer_list",
        "/proc/sched_debug",
        "/proc/kcore",
    ] {
        if !Path::new(masked).exists() {
            continue;
        }
        let size = skiff.ok(&[
            "run",
            "--rm",
            "busybox",
            "sh",
            "-c",
            &format!("wc -c < {masked}"),
        ]);
        assert_eq!(size.trim(), "0", "{masked} is masked");
    }
    let out = skiff.run(&[
        "run", "--rm", "busybox", "mount", "-t", "tmpfs", "none", "/mnt",
    ]);
    assert!(!out.status.success(), "mount needs CAP_SYS_ADMIN");
    let devs = skiff.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "busybox",
        "cat",
        "/proc/net/dev",
    ]);
    let ifaces: Vec<&str> = devs
        .lines()
        .skip(2)
        .filter_map(|l| l.split(':').next())
        .map(str::trim)
        .collect();
    assert_eq!(ifaces, ["lo"], "--network none has only loopback");
    let pid1 = skiff.ok(&["run", "--rm", "busybox", "sh", "-c", "echo $$"]);
    assert_eq!(pid1.trim(), "1", "own pid namespace");
}

#[test]
fn detached_lifecycle_logs_exec_stop_rm() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let id = skiff
        .ok(&["run", "-d", "--name", "web", "-l", "tier=front", "busybox", "sh", "-c",
              "echo started; echo warn >&2; trap 'echo got term; exit 0' TERM; while true; do sleep 0.1; done"])
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    let ps = skiff.ok(&["ps"]);
    assert!(ps.starts_with("CONTAINER ID   IMAGE     COMMAND"), "{ps}");
    assert!(
        ps.contains(&id[..12]) && ps.contains("Up ") && ps.contains("web"),
        "{ps}"
    );
    assert_eq!(
        skiff
            .ok(&["ps", "-q", "--filter", "label=tier=front"])
            .trim(),
        &id[..12]
    );
    assert_eq!(
        skiff
            .ok(&["ps", "-q", "--no-trunc", "--filter", "name=we"])
            .trim(),
        id
    );

    let deadline = Instant::now() + Duration::from_secs(5);
    while !skiff.ok(&["logs", "web"]).contains("started") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let logs = skiff.run(&["logs", "web"]);
    assert_eq!(text(&logs.stdout), "started\n");
    assert_eq!(text(&logs.stderr), "warn\n");
    let stamped = skiff.ok(&["logs", "-t", &id[..6]]);
    assert!(
        stamped.ends_with(" started\n") && stamped.starts_with("20"),
        "{stamped}"
    );
    let last = skiff.run(&["logs", "--tail", "1", "web"]);
    let lines = text(&last.stdout).lines().count() + text(&last.stderr).lines().count();
    assert_eq!(lines, 1, "--tail 1 shows one line: {}", describe(&last));

    let out = skiff.run(&[
        "exec",
        "-e",
        "X=42",
        "-w",
        "/etc",
        "web",
        "sh",
        "-c",
        "echo $X $(pwd) $(id -u); exit 4",
    ]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(text(&out.stdout), "42 /etc 0\n");
    assert_eq!(
        skiff.ok(&["exec", "-u", "app", "web", "id", "-u"]),
        "1000\n"
    );
    assert_eq!(skiff.run(&["exec", "web", "nope"]).status.code(), Some(127));
    let out = skiff.run_stdin(&["exec", "-i", "web", "cat"], b"via exec\n");
    assert_eq!(text(&out.stdout), "via exec\n");

    let inspect: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["inspect", "web"])).expect("json");
    let c = &inspect[0];
    assert_eq!(c["Id"], id.as_str());
    assert_eq!(c["Name"], "/web");
    assert_eq!(c["State"]["Status"], "running");
    assert_eq!(c["State"]["Running"], true);
    assert!(c["State"]["Pid"].as_i64().unwrap_or(0) > 0);
    assert_eq!(c["Config"]["Labels"]["tier"], "front");
    assert!(c["LogPath"]
        .as_str()
        .is_some_and(|p| Path::new(p).is_file()));

    let out = skiff.run(&["rm", "web"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("container is running"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["stop", "web"]), "web\n");
    assert!(skiff.ok(&["logs", "web"]).contains("got term"));
    let status = skiff.ok(&["ps", "-a", "--format", "{{.Status}}"]);
    assert!(status.starts_with("Exited (0) "), "{status}");
    assert_eq!(skiff.ok(&["wait", "web"]), "0\n");
    skiff.ok(&["start", "web"]);
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.Status}}", "web"])
            .trim(),
        "running"
    );
    skiff.ok(&["rm", "-f", "web"]);
    assert!(skiff.ok(&["ps", "-aq"]).is_empty());
    // The name is free again.
    skiff.ok(&["run", "--rm", "--name", "web", "busybox", "true"]);
}

#[test]
fn unknown_containers_get_docker_text_and_exit_1() {
    let skiff = Skiff::new();
    for args in [
        vec!["logs", "ghost"],
        vec!["stop", "ghost"],
        vec!["kill", "ghost"],
        vec!["rm", "ghost"],
        vec!["wait", "ghost"],
        vec!["start", "ghost"],
        vec!["restart", "ghost"],
        vec!["exec", "ghost", "true"],
        vec!["container", "inspect", "ghost"],
    ] {
        let out = skiff.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", describe(&out));
        assert_eq!(
            text(&out.stderr),
            "Error: No such container: ghost\n",
            "{args:?}"
        );
    }
}

#[test]
fn stop_kills_a_process_that_ignores_sigterm() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "stubborn",
        "busybox",
        "sh",
        "-c",
        "trap '' TERM; while true; do sleep 0.1; done",
    ]);
    let start = Instant::now();
    skiff.ok(&["stop", "-t", "1", "stubborn"]);
    let took = start.elapsed();
    assert!(took < Duration::from_secs(5), "stop -t 1 took {took:?}");
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.ExitCode}}", "stubborn"])
            .trim(),
        "137"
    );
}

#[test]
fn rm_force_leaves_nothing_behind() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let id = skiff
        .ok(&["run", "-d", "busybox", "sleep", "1000"])
        .trim()
        .to_string();
    let pid: i32 = skiff
        .ok(&["inspect", "-f", "{{.State.Pid}}", &id])
        .trim()
        .parse()
        .expect("pid");
    assert!(Path::new(&format!("/proc/{pid}")).exists());
    assert!(
        !mounts_under(skiff.root.path()).is_empty(),
        "rootfs is mounted while running"
    );
    skiff.ok(&["rm", "-f", &id]);
    assert!(
        mounts_under(skiff.root.path()).is_empty(),
        "mount left behind"
    );
    assert!(!skiff.root.path().join("containers").join(&id).exists());
    assert!(!skiff.runroot.path().join("runtime").join(&id).exists());
    assert!(!skiff.runroot.path().join("containers").join(&id).exists());
    let cgroups: Vec<_> = std::fs::read_dir("/sys/fs/cgroup")
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path().join("skiff").join(&id))
                .filter(|p| p.exists())
                .collect()
        })
        .unwrap_or_default();
    assert!(cgroups.is_empty(), "cgroup left: {cgroups:?}");
    assert_process_ends(pid);
}

/// Waits up to 2 s for `pid` to end (or be a zombie nobody reaped yet).
fn assert_process_ends(pid: impl std::fmt::Display) {
    let deadline = Instant::now() + Duration::from_secs(2);
    let alive = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .map(|s| !s.contains(") Z"))
            .unwrap_or(false)
    };
    while alive() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!alive(), "container process {pid} still alive");
}

#[test]
fn killed_monitor_shows_exited_and_rm_cleans_up() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let id = skiff
        .ok(&["run", "-d", "busybox", "sleep", "1000"])
        .trim()
        .to_string();
    let state: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            skiff
                .root
                .path()
                .join("containers")
                .join(&id)
                .join("state.json"),
        )
        .expect("state"),
    )
    .expect("json");
    let monitor = state["monitor_pid"].as_i64().expect("monitor pid") as i32;
    let init = state["pid"].as_i64().expect("pid");
    // SAFETY: signalling a pid we just read; the worst case is ESRCH.
    unsafe { libc::kill(monitor, libc::SIGKILL) };
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut status = String::new();
    while Instant::now() < deadline {
        status = skiff.ok(&["ps", "-a", "--format", "{{.State}}"]);
        if status.trim() == "exited" {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(status.trim(), "exited");
    // Shown exited, it is: its processes do not run on unwatched.
    assert_process_ends(init);
    skiff.ok(&["rm", "-f", &id]);
    assert!(mounts_under(skiff.root.path()).is_empty());
    assert!(skiff.ok(&["ps", "-aq"]).is_empty());
}

#[test]
fn fifty_parallel_runs_and_one_name_winner() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let children: Vec<_> = (0..50)
        .map(|_| {
            skiff
                .cmd(&["run", "-d", "busybox", "sleep", "1000"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "{}", describe(&out));
    }
    assert_eq!(skiff.ok(&["ps", "-q"]).lines().count(), 50);

    let children: Vec<_> = (0..10)
        .map(|_| {
            skiff
                .cmd(&["run", "-d", "--name", "same", "busybox", "sleep", "1000"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    let winners = outs.iter().filter(|o| o.status.success()).count();
    assert_eq!(winners, 1);
    for o in outs.iter().filter(|o| !o.status.success()) {
        assert_eq!(o.status.code(), Some(125));
        assert!(
            text(&o.stderr).contains("Conflict. The container name \"/same\" is already in use"),
            "{}",
            describe(o)
        );
    }
    assert_eq!(
        skiff.ok(&["ps", "-aq"]).lines().count(),
        51,
        "losers left nothing behind"
    );
    let ids = skiff.ok(&["ps", "-aq"]);
    let mut args = vec!["rm", "-f"];
    args.extend(ids.lines());
    skiff.ok(&args);
    assert!(mounts_under(skiff.root.path()).is_empty());
}

/// Runs `cmd` under a pseudo-terminal made by util-linux `script`, feeding `input`.
fn in_pty(skiff: &Skiff, args: &str, input: &[u8]) -> std::process::Output {
    let command = format!(
        "{} --root {} --runroot {} {args}",
        Skiff::bin(),
        skiff.root.path().display(),
        skiff.runroot.path().display()
    );
    let mut child = std::process::Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env("SKIFF_DEFAULT_NETWORK", "none")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        for chunk in input.split_inclusive(|b| *b == b'\n') {
            let _ = stdin.write_all(chunk);
            let _ = stdin.flush();
            std::thread::sleep(Duration::from_millis(300));
        }
        std::thread::sleep(Duration::from_millis(300));
    });
    let out = child.wait_with_output().expect("wait script");
    let _ = writer.join();
    out
}

#[test]
fn tty_run_exec_and_detach_keys() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // -t without a terminal on our side still gives the container a pty.
    let out = skiff.run(&[
        "run",
        "--rm",
        "-t",
        "busybox",
        "sh",
        "-c",
        "tty; echo $TERM; exit 5",
    ]);
    assert_eq!(out.status.code(), Some(5), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "/dev/pts/0\r\nxterm\r\n");
    // -it needs a terminal, as in docker.
    let out = skiff.run(&["run", "--rm", "-it", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("the input device is not a TTY"),
        "{}",
        describe(&out)
    );

    // Interactive shell through a real pty, then ctrl-p ctrl-q detaches.
    let out = in_pty(
        &skiff,
        "run -it --name shell busybox sh",
        b"echo hello $((6*7))\n\x10\x11",
    );
    // What the shell printed reaches the log whether or not we were still attached.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !skiff.ok(&["logs", "shell"]).contains("hello 42") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let shown = text(&out.stdout);
    assert!(skiff.ok(&["logs", "shell"]).contains("hello 42"), "{shown}");
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.Status}}", "shell"])
            .trim(),
        "running",
        "{shown}"
    );
    let out = in_pty(&skiff, "exec -it shell sh -c 'tty; exit 3'", b"");
    assert!(
        text(&out.stdout).contains("/dev/pts/"),
        "{}",
        describe(&out)
    );
    assert!(skiff.ok(&["logs", "shell"]).contains("hello 42"));
    skiff.ok(&["rm", "-f", "shell"]);
}

/// `exec -it` detaches on the detach keys; the command runs on (no SIGHUP
/// when the terminal goes), with docker's default keys and with others.
#[test]
fn exec_detach_keys_leave_the_command_running() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "host1", "busybox", "sleep", "100"]);
    for (flags, keys, file) in [
        // After a first line: keys typed before the terminal is raw are the tty's (ctrl-q is XON).
        ("", &b"\n\x10\x11"[..], "/default-keys"),
        ("--detach-keys ctrl-x ", &b"\n\x18"[..], "/custom-keys"),
    ] {
        let started = Instant::now();
        let out = in_pty(
            &skiff,
            &format!("exec -it {flags}host1 sh -c 'sleep 2; touch {file}; sleep 1'"),
            keys,
        );
        assert!(out.status.success(), "{}", describe(&out));
        assert!(
            started.elapsed() < Duration::from_millis(1900),
            "detached before the command ended"
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        while !skiff
            .run(&["exec", "host1", "test", "-e", file])
            .status
            .success()
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(
            skiff
                .run(&["exec", "host1", "test", "-e", file])
                .status
                .success(),
            "the command went on after the detach: {file}"
        );
    }
    assert!(!skiff
        .run(&["exec", "--detach-keys", "ctrl-", "host1", "true"])
        .status
        .success());
    skiff.ok(&["rm", "-f", "host1"]);
}

#[test]
fn attach_streams_output_input_and_exit_code() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run",
        "-d",
        "-i",
        "--name",
        "reader",
        "busybox",
        "sh",
        "-c",
        "read x; echo got $x; echo done >&2; exit 7",
    ]);
    let out = skiff.run_stdin(&["attach", "reader"], b"line\n");
    assert_eq!(out.status.code(), Some(7), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "got line\n");
    assert_eq!(text(&out.stderr), "done\n");
    let out = skiff.run(&["attach", "reader"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("You cannot attach to a stopped container"),
        "{}",
        describe(&out)
    );

    skiff.ok(&["run", "-d", "-it", "--name", "tty", "busybox", "sh"]);
    let out = in_pty(&skiff, "attach tty", b"echo attached $((2+3))\n\x10\x11");
    assert!(
        text(&out.stdout).contains("attached 5"),
        "{}",
        describe(&out)
    );
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.Running}}", "tty"])
            .trim(),
        "true"
    );
}
