//! What scripts expect of the docker CLI: every log line up to a `--rm`
//! container's exit, quiet ends on a closed pipe, `exec -dit` without a
//! terminal.

use std::process::Stdio;

use crate::support::{describe, text, with_busybox, Cleanup};

/// The CI idiom: `run -d --rm`, then `logs -f` until it ends.
#[test]
fn logs_follow_delivers_every_line_of_a_removed_container() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    for round in 0..8 {
        let id = skiff.ok(&[
            "run",
            "-d",
            "--rm",
            "busybox",
            "sh",
            "-c",
            "echo one; sleep 0.2; echo two; echo three",
        ]);
        let out = skiff.run(&["logs", "-f", id.trim()]);
        assert!(out.status.success(), "round {round}: {}", describe(&out));
        assert_eq!(text(&out.stdout), "one\ntwo\nthree\n", "round {round}");
    }
}

/// A reader that stops early ends skiff quietly, as it ends docker: no
/// backtrace, no error, death by SIGPIPE (141 in a shell).
#[test]
fn a_closed_pipe_ends_commands_quietly() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run",
        "--name",
        "many",
        "busybox",
        "sh",
        "-c",
        "seq 1 50000",
    ]);
    for args in [
        vec!["logs", "many"],
        vec!["completion", "bash"],
        vec!["events", "--since", "1h", "--until", "0s"],
        vec!["images"],
    ] {
        let mut child = skiff
            .cmd(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Read one byte, then close our end.
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 1];
        let _ = std::io::Read::read(&mut stdout, &mut first);
        drop(stdout);
        let out = child.wait_with_output().expect("wait");
        let err = text(&out.stderr);
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
        use std::os::unix::process::ExitStatusExt;
        assert!(
            out.status.success() || out.status.signal() == Some(libc::SIGPIPE),
            "{args:?}: {:?} {err}",
            out.status
        );
    }
}

#[test]
fn exec_detached_is_watched_by_the_engine() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "dx", "busybox", "sleep", "100"]);
    // The command's own -d stays the command's (`ls -d /` lists / itself).
    skiff.ok(&["exec", "-d", "dx", "sh", "-c", "ls -d / > /ls-out; exit 3"]);
    let mut listed = String::new();
    for _ in 0..100 {
        let out = skiff.run(&["exec", "dx", "cat", "/ls-out"]);
        listed = text(&out.stdout);
        if !listed.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(listed.trim(), "/");
    // Its exit is recorded by the process that watched it.
    let mut died = false;
    for _ in 0..100 {
        let events = skiff.ok(&[
            "events",
            "--since",
            "0",
            "--until",
            "0s",
            "--filter",
            "event=exec_die",
            "--format",
            "{{.Actor.Attributes.exitCode}}",
        ]);
        if events.lines().any(|l| l == "3") {
            died = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(died, "exec_die with exitCode 3 recorded");
    // Start failures come back to the caller with docker's codes.
    let out = skiff.fails(&["exec", "-d", "dx", "no-such-command"]);
    assert_eq!(out.status.code(), Some(127), "{}", text(&out.stderr));
    let out = skiff.fails(&["exec", "-d", "-u", "nosuchuser", "dx", "true"]);
    assert_eq!(out.status.code(), Some(126), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("unable to find user nosuchuser"));
}

#[test]
fn exec_detached_with_a_tty_needs_no_terminal() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "box", "busybox", "sleep", "100"]);
    skiff.ok(&["exec", "-dit", "box", "sh", "-c", "touch /made-by-exec"]);
    let mut found = false;
    for _ in 0..50 {
        if skiff
            .run(&["exec", "box", "test", "-e", "/made-by-exec"])
            .status
            .success()
        {
            found = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(found, "exec -dit ran its command");
    // Attached, the terminal is still required.
    let out = skiff.fails(&["exec", "-it", "box", "true"]);
    assert!(text(&out.stderr).contains("the input device is not a TTY"));
}

/// `-v ./dir:/x`, `-v .:/src` and `-v ../d:/x` bind relative paths (docker 23+);
/// a bare name is still a named volume.
#[test]
fn relative_bind_sources_are_paths() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let project = skiff.home.path().join("project");
    std::fs::create_dir_all(project.join("dir")).expect("mkdir");
    std::fs::create_dir_all(skiff.home.path().join("sibling")).expect("mkdir");
    std::fs::write(project.join("dir/a"), "in dir\n").expect("write");
    std::fs::write(project.join("top"), "at top\n").expect("write");
    std::fs::write(skiff.home.path().join("sibling/s"), "sibling\n").expect("write");
    let run = |args: &[&str]| {
        let out = skiff
            .cmd(args)
            .current_dir(&project)
            .output()
            .expect("skiff");
        assert!(out.status.success(), "{args:?}: {}", describe(&out));
        text(&out.stdout)
    };
    assert_eq!(
        run(&["run", "--rm", "-v", "./dir:/x", "busybox", "cat", "/x/a"]),
        "in dir\n"
    );
    assert_eq!(
        run(&["run", "--rm", "-v", ".:/src", "busybox", "cat", "/src/top"]),
        "at top\n"
    );
    assert_eq!(
        run(&[
            "run",
            "--rm",
            "-v",
            "../sibling:/x:ro",
            "busybox",
            "cat",
            "/x/s"
        ]),
        "sibling\n"
    );
    assert_eq!(
        run(&[
            "run",
            "--rm",
            "--mount",
            "type=bind,src=./dir,dst=/m",
            "busybox",
            "cat",
            "/m/a"
        ]),
        "in dir\n"
    );
    run(&["run", "--rm", "-v", "named:/data", "busybox", "true"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "named\n");
}

/// The local driver's options are mounted, not ignored.
#[test]
fn volume_options_are_mounted_as_the_local_driver_does() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "volume",
        "create",
        "--opt",
        "type=tmpfs",
        "--opt",
        "device=tmpfs",
        "--opt",
        "o=size=1m,uid=1000",
        "scratch",
    ]);
    let out = skiff.ok(&[
        "run",
        "--rm",
        "-v",
        "scratch:/data",
        "busybox",
        "sh",
        "-c",
        "grep ' /data ' /proc/mounts | cut -d' ' -f3; stat -c %u /data",
    ]);
    assert_eq!(out, "tmpfs\n1000\n");

    let src = skiff.home.path().join("bound");
    std::fs::create_dir_all(&src).expect("mkdir");
    std::fs::write(src.join("f"), "bound\n").expect("write");
    let device = format!("device={}", src.display());
    skiff.ok(&[
        "volume",
        "create",
        "--opt",
        "type=none",
        "--opt",
        &device,
        "--opt",
        "o=bind",
        "bindvol",
    ]);
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "-v",
            "bindvol:/data",
            "busybox",
            "cat",
            "/data/f"
        ]),
        "bound\n"
    );

    skiff.ok(&[
        "volume",
        "create",
        "--opt",
        "type=ext4",
        "--opt",
        "device=/dev/no-such-disk",
        "bad",
    ]);
    let out = skiff.fails(&["run", "--rm", "-v", "bad:/data", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    let err = text(&out.stderr);
    assert!(
        err.contains("failed to mount local volume") && err.contains("/dev/no-such-disk"),
        "{err}"
    );
    skiff.ok(&["volume", "rm", "scratch", "bindvol", "bad"]);
    assert!(crate::support::mounts_under(skiff.root.path()).is_empty());
}

#[test]
fn smaller_texts_and_behaviours_as_docker_has_them() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // --network host: the host's name, not the container ID.
    let host = nix::unistd::gethostname().expect("hostname");
    let name = skiff.ok(&["run", "--rm", "--network", "host", "busybox", "hostname"]);
    assert_eq!(name.trim(), host.to_string_lossy());

    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "box",
        "busybox",
        "sh",
        "-c",
        "sleep 100 & sleep 100",
    ]);
    // top with custom fields covers every process of the container.
    let top = skiff.ok(&["top", "box", "-o", "pid,user,comm"]);
    let rows: Vec<&str> = top.lines().collect();
    assert!(
        rows[0].contains("PID") && rows[0].contains("COMMAND"),
        "{top}"
    );
    assert_eq!(
        rows.iter().filter(|r| r.ends_with("sleep")).count(),
        2,
        "{top}"
    );

    // exec with no command: cobra's usage text, exit 1.
    let out = skiff.fails(&["exec", "box"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with(
            "skiff: 'skiff exec' requires at least 2 arguments\n\nUsage:  skiff exec "
        ),
        "{}",
        describe(&out)
    );
    skiff.ok(&["pause", "box"]);
    let out = skiff.fails(&["exec", "box", "true"]);
    assert!(
        text(&out.stderr).contains("is paused, unpause the container before exec"),
        "{}",
        describe(&out)
    );
    skiff.ok(&["unpause", "box"]);

    // --env-file: a name with whitespace is an error; values pass through.
    let bad = skiff.home.path().join("bad.env");
    std::fs::write(&bad, "GOOD=1\nBAD KEY=2\n").expect("write");
    let out = skiff.fails(&[
        "run",
        "--rm",
        "--env-file",
        bad.to_str().expect("utf8"),
        "busybox",
        "true",
    ]);
    assert!(
        text(&out.stderr)
            .contains("poorly formatted environment: variable 'BAD KEY' contains whitespaces"),
        "{}",
        describe(&out)
    );
    let good = skiff.home.path().join("good.env");
    std::fs::write(&good, "  # comment\n  A= spaced value \nB=x=y\n").expect("write");
    let out = skiff.ok(&[
        "run",
        "--rm",
        "--env-file",
        good.to_str().expect("utf8"),
        "busybox",
        "sh",
        "-c",
        "echo \"[$A][$B]\"",
    ]);
    assert_eq!(out, "[ spaced value ][x=y]\n");
    let out = skiff.ok(&[
        "exec",
        "--env-file",
        good.to_str().expect("utf8"),
        "box",
        "sh",
        "-c",
        "echo \"[$B]\"",
    ]);
    assert_eq!(out, "[x=y]\n");
}

/// `inspect NAME` finds every kind of object, `--type` narrows it, `-s` adds
/// a container's sizes.
#[test]
fn inspect_finds_networks_and_volumes_and_sizes() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["volume", "create", "vol1"]);
    skiff.ok(&["network", "create", "net1"]);
    let name = |args: &[&str]| skiff.ok(args).trim().to_string();
    assert_eq!(
        name(&["inspect", "-f", "{{.Name}} {{.Driver}}", "vol1"]),
        "vol1 local"
    );
    assert_eq!(
        name(&["inspect", "-f", "{{.Name}} {{.Driver}}", "net1"]),
        "net1 bridge"
    );
    assert_eq!(
        name(&["inspect", "--type", "network", "-f", "{{.Name}}", "net1"]),
        "net1"
    );
    let out = skiff.fails(&["inspect", "--type", "volume", "net1"]);
    assert!(
        text(&out.stderr).contains("No such volume: net1"),
        "{}",
        describe(&out)
    );
    let out = skiff.fails(&["inspect", "nothing-by-that-name"]);
    assert!(text(&out.stderr).contains("No such object: nothing-by-that-name"));

    skiff.ok(&[
        "run",
        "--name",
        "sized",
        "busybox",
        "sh",
        "-c",
        "head -c 100000 /dev/zero > /blob",
    ]);
    let sizes = name(&[
        "inspect",
        "-s",
        "-f",
        "{{.SizeRw}} {{.SizeRootFs}}",
        "sized",
    ]);
    let (rw, rootfs) = sizes.split_once(' ').expect("two sizes");
    let (rw, rootfs): (u64, u64) = (rw.parse().expect("rw"), rootfs.parse().expect("rootfs"));
    assert!(rw >= 100_000 && rootfs > rw, "{sizes}");
    skiff.ok(&["rm", "sized"]);
    skiff.ok(&["network", "rm", "net1"]);
}

/// docker's events for volumes, networks, images and execs, with the legacy
/// `status`/`id`/`from` fields on container and image events.
#[test]
fn events_cover_volumes_networks_images_and_execs() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["volume", "create", "evvol"]);
    skiff.ok(&["network", "create", "evnet"]);
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "ev",
        "-v",
        "evvol:/data",
        "busybox",
        "sleep",
        "100",
    ]);
    skiff.ok(&["exec", "ev", "ls", "-d", "/"]);
    // Never started: connect and disconnect change only its record (and no
    // bridge is made on the host).
    skiff.ok(&[
        "create",
        "--name",
        "evc",
        "--network",
        "evnet",
        "busybox",
        "true",
    ]);
    skiff.ok(&["network", "disconnect", "evnet", "evc"]);
    skiff.ok(&["network", "connect", "evnet", "evc"]);
    skiff.ok(&["rm", "-f", "ev", "evc"]);
    skiff.ok(&["volume", "rm", "evvol"]);
    skiff.ok(&["network", "rm", "evnet"]);
    let out = skiff.ok(&[
        "events",
        "--since",
        "1h",
        "--until",
        "0s",
        "--format",
        "{{json .}}",
    ]);
    let events: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json event"))
        .collect();
    let seen = |kind: &str, action: &str| {
        events
            .iter()
            .any(|e| e["Type"] == kind && e["Action"].as_str().is_some_and(|a| a == action))
    };
    for (kind, action) in [
        ("volume", "create"),
        ("volume", "mount"),
        ("volume", "destroy"),
        ("network", "create"),
        ("network", "connect"),
        ("network", "disconnect"),
        ("network", "destroy"),
        ("container", "exec_create: ls -d /"),
        ("container", "exec_start: ls -d /"),
        ("container", "exec_die"),
        ("image", "pull"),
    ] {
        assert!(seen(kind, action), "no {kind} {action} in:\n{out}");
    }
    let start = events
        .iter()
        .find(|e| e["Type"] == "container" && e["Action"] == "start")
        .expect("a start event");
    assert_eq!(start["status"], "start");
    assert_eq!(start["id"], start["Actor"]["ID"]);
    assert_eq!(start["from"], "busybox");
    let die = events
        .iter()
        .find(|e| e["Action"] == "exec_die")
        .expect("exec_die");
    assert_eq!(die["Actor"]["Attributes"]["exitCode"], "0");
    let volume = events
        .iter()
        .find(|e| e["Type"] == "volume")
        .expect("volume event");
    assert!(volume.get("status").is_none(), "{volume}");
}

/// `run` that pulls shows docker's progress on stderr: the layer rows, then
/// Digest and Status; `--pull always` of an unchanged image is up to date;
/// `-q` keeps it quiet.
#[test]
fn run_shows_the_pull_it_makes() {
    let skiff = crate::support::Skiff::new();
    let _c = Cleanup(&skiff);
    let image = crate::support::shared_registry().image("library/busybox:latest");
    let out = skiff.run(&["run", "--rm", &image, "echo", "hi"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "hi\n");
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines[0].starts_with("Unable to find image '"), "{err}");
    assert!(
        lines[1].starts_with("latest: Pulling from library/busybox"),
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.ends_with(": Pull complete")),
        "{err}"
    );
    let n = lines.len();
    assert!(lines[n - 2].starts_with("Digest: sha256:"), "{err}");
    assert!(
        lines[n - 1].starts_with("Status: Downloaded newer image for "),
        "{err}"
    );

    let out = skiff.run(&["run", "--rm", "--pull", "always", &image, "true"]);
    assert!(out.status.success(), "{}", describe(&out));
    let last = text(&out.stderr);
    assert!(
        last.lines()
            .last()
            .is_some_and(|l| l.starts_with("Status: Image is up to date for ")),
        "{}",
        describe(&out)
    );
    skiff.ok(&["rmi", &image]);
    let out = skiff.run(&["run", "--rm", "-q", &image, "true"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn long_forms_docker_has() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "--name", "long1", "busybox", "touch", "/x"]);
    skiff.ok(&["container", "commit", "long1", "committed:long"]);
    let tar = skiff.home.path().join("fs.tar");
    skiff.ok(&[
        "container",
        "export",
        "-o",
        tar.to_str().expect("utf8"),
        "long1",
    ]);
    skiff.ok(&[
        "image",
        "import",
        tar.to_str().expect("utf8"),
        "imported:long",
    ]);
    assert!(skiff
        .ok(&["images", "--format", "{{.Repository}}"])
        .contains("imported"));
    skiff.ok(&["container", "update", "--cpu-shares", "512", "long1"]);
    assert_eq!(skiff.ok(&["container", "port", "long1"]), "");
    skiff.ok(&["container", "stats", "--no-stream", "long1"]);
    let events = skiff.ok(&["system", "events", "--since", "1h", "--until", "0s"]);
    assert!(events.contains("commit"), "{events}");
}

/// A container the OOM killer ends says so in State.OOMKilled, with an oom event.
#[test]
fn oom_killed_comes_from_the_cgroup() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let out = skiff.run(&[
        "run",
        "--name",
        "oomer",
        "-m",
        "8m",
        "busybox",
        "sh",
        "-c",
        "x=$(head -c 60000000 /dev/zero | tr '\\0' a); echo survived",
    ]);
    assert_eq!(out.status.code(), Some(137), "{}", describe(&out));
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.OOMKilled}}", "oomer"])
            .trim(),
        "true"
    );
    let events = skiff.ok(&[
        "events",
        "--since",
        "1h",
        "--until",
        "0s",
        "--filter",
        "event=oom",
    ]);
    assert!(events.contains("container oom"), "{events}");
    skiff.ok(&["run", "--name", "fine", "busybox", "true"]);
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.State.OOMKilled}}", "fine"])
            .trim(),
        "false"
    );
}

#[test]
fn ps_filters_and_json_as_docker_has_them() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "withvol",
        "-v",
        "psvol:/data",
        "--expose",
        "8080",
        "--health-cmd",
        "true",
        "--health-interval",
        "1s",
        "busybox",
        "sleep",
        "100",
    ]);
    skiff.ok(&["run", "-d", "--name", "plainbox", "busybox", "sleep", "100"]);
    let names = |filters: &[&str]| {
        let mut args = vec!["ps", "--format", "{{.Names}}"];
        for f in filters {
            args.extend(["--filter", f]);
        }
        let mut out: Vec<String> = skiff.ok(&args).lines().map(str::to_string).collect();
        out.sort();
        out
    };
    assert_eq!(names(&["volume=psvol"]), ["withvol"]);
    assert_eq!(names(&["volume=/data"]), ["withvol"]);
    assert_eq!(names(&["expose=8080/tcp"]), ["withvol"]);
    assert_eq!(names(&["expose=8000-8100"]), ["withvol"]);
    assert_eq!(names(&["health=none"]), ["plainbox"]);
    assert_eq!(names(&["network=none"]), ["plainbox", "withvol"]);
    assert_eq!(names(&["is-task=true"]), Vec::<String>::new());
    // One key's values are alternatives; different keys all apply.
    assert_eq!(
        names(&["name=withvol", "name=plainbox"]),
        ["plainbox", "withvol"]
    );
    assert_eq!(
        names(&["name=withvol", "health=none"]),
        Vec::<String>::new()
    );

    let line = skiff.ok(&["ps", "--filter", "name=withvol", "--format", "{{json .}}"]);
    let row: serde_json::Value = serde_json::from_str(line.trim()).expect("json");
    assert_eq!(row["Mounts"], "psvol");
    assert_eq!(row["LocalVolumes"], "1");
    // `{{json .}}` renders Size, so docker/cli asks for sizes.
    let size = row["Size"].as_str().expect("Size");
    assert!(size.contains(" (virtual "), "{size}");
    let plain = skiff.ok(&[
        "ps",
        "--filter",
        "name=withvol",
        "--format",
        "{{.Names}} {{.Mounts}}",
    ]);
    assert_eq!(plain, "withvol psvol\n");
    let created = row["CreatedAt"].as_str().expect("CreatedAt");
    assert!(
        created.ends_with(" +0000 UTC") && created.len() == 29,
        "{created}"
    );
    skiff.ok(&["rm", "-f", "-v", "withvol", "plainbox"]);
}

#[test]
fn image_prune_takes_until_and_label_filters() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // busybox was built long ago: a label it lacks keeps it, until= lets it go.
    let out = skiff.ok(&["image", "prune", "-af", "--filter", "label=nope=1"]);
    assert_eq!(out, "Total reclaimed space: 0B\n");
    assert_eq!(skiff.ok(&["images", "-q"]).lines().count(), 1);
    let out = skiff.ok(&["image", "prune", "-af", "--filter", "until=1h"]);
    assert!(out.contains("deleted: sha256:"), "{out}");
    assert_eq!(skiff.ok(&["images", "-q"]), "");
}

/// Run flags docker has: block I/O limits, swappiness, the OOM killer,
/// domainname, annotations; --gpus refused in words.
#[test]
fn more_run_flags_reach_the_container() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // A block device of the host, for the per-device limits.
    let device = std::fs::read_dir("/dev")
        .expect("/dev")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            use std::os::unix::fs::FileTypeExt;
            std::fs::metadata(p).is_ok_and(|m| m.file_type().is_block_device())
        })
        .expect("a block device")
        .display()
        .to_string();
    let bps = format!("{device}:1mb");
    let iops = format!("{device}:100");
    skiff.ok(&[
        "create",
        "--name",
        "flags",
        "--device-read-bps",
        &bps,
        "--device-write-iops",
        &iops,
        "--memory-swappiness",
        "10",
        "--oom-kill-disable",
        "-m",
        "64m",
        "--domainname",
        "example.org",
        "--annotation",
        "org.example.key=value",
        "busybox",
        "sh",
        "-c",
        "cat /proc/sys/kernel/domainname",
    ]);
    let inspect = |f: &str| skiff.ok(&["inspect", "-f", f, "flags"]).trim().to_string();
    assert_eq!(
        inspect("{{(index .HostConfig.BlkioDeviceReadBps 0).Rate}}"),
        "1048576"
    );
    assert_eq!(
        inspect("{{(index .HostConfig.BlkioDeviceWriteIOps 0).Rate}}"),
        "100"
    );
    assert_eq!(inspect("{{.HostConfig.MemorySwappiness}}"), "10");
    assert_eq!(inspect("{{.HostConfig.OomKillDisable}}"), "true");
    assert_eq!(inspect("{{.Config.Domainname}}"), "example.org");
    assert_eq!(
        inspect("{{index .HostConfig.Annotations \"org.example.key\"}}"),
        "value"
    );
    assert_eq!(skiff.ok(&["start", "-a", "flags"]).trim(), "example.org");

    let out = skiff.fails(&[
        "run",
        "--rm",
        "--memory-swappiness",
        "101",
        "busybox",
        "true",
    ]);
    assert!(text(&out.stderr).contains("valid memory swappiness range is 0-100"));
    let out = skiff.fails(&[
        "run",
        "--rm",
        "--device-read-bps",
        "/dev/null:1mb",
        "busybox",
        "true",
    ]);
    assert!(
        text(&out.stderr).contains("/dev/null is not a block device"),
        "{}",
        describe(&out)
    );
    let out = skiff.fails(&["run", "--rm", "--ip6", "2001:db8::33", "busybox", "true"]);
    assert!(
        text(&out.stderr).contains("IPv4 only"),
        "{}",
        describe(&out)
    );
    // Rootful keep-id keeps the host's ids (so changes nothing); others are refused.
    skiff.ok(&["run", "--rm", "--userns", "keep-id", "busybox", "true"]);
    let out = skiff.fails(&["run", "--rm", "--userns", "auto", "busybox", "true"]);
    assert!(text(&out.stderr).contains("unsupported --userns \"auto\""));
    skiff.ok(&["run", "--rm", "--userns", "host", "busybox", "true"]);
    let out = skiff.fails(&["run", "--rm", "--gpus", "all", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    assert!(text(&out.stderr).contains("could not select device driver"));
}

#[test]
fn label_method_in_formats() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run", "-d", "--name", "lbl", "-l", "app=web", "busybox", "sleep", "100",
    ]);
    let out = skiff.ok(&[
        "ps",
        "--format",
        "{{.Names}} {{.Label \"app\"}} [{{.Label \"nope\"}}]",
    ]);
    assert_eq!(out, "lbl web []\n");
    skiff.ok(&["volume", "create", "--label", "team=x", "labelled"]);
    let out = skiff.ok(&["volume", "ls", "--format", "{{.Name}}={{.Label \"team\"}}"]);
    assert_eq!(out, "labelled=x\n");
    skiff.ok(&["rm", "-f", "lbl"]);
    skiff.ok(&["volume", "rm", "labelled"]);
}

#[test]
fn io_errors_read_as_docker_prints_them() {
    let skiff = crate::support::Skiff::new();
    let out = skiff.fails(&["load", "-i", "/no/such/archive.tar"]);
    assert_eq!(
        text(&out.stderr),
        "Error: open /no/such/archive.tar: no such file or directory\n"
    );
}

#[test]
fn help_lists_a_commands_own_options_before_the_global_ones() {
    let skiff = crate::support::Skiff::new();
    let help = skiff.ok(&["volume", "ls", "--help"]);
    let own = help.find("--quiet").expect("own option");
    let global = help.find("Global Options:").expect("global heading");
    let root = help.find("--root").expect("global option");
    assert!(own < global && global < root, "{help}");
}

/// bash and zsh completion complete the names of the store's objects:
/// running containers for `stop`, all for `rm`, images, networks and volumes.
#[test]
fn shell_completion_completes_names() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "up1", "busybox", "sleep", "100"]);
    skiff.ok(&["create", "--name", "down1", "busybox", "true"]);
    skiff.ok(&["volume", "create", "vol-c"]);
    skiff.ok(&["network", "create", "net-c"]);
    // `skiff` on PATH is this store's.
    let bin = skiff.home.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let wrapper = bin.join("skiff");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec {} --root {} --runroot {} \"$@\"\n",
            crate::support::Skiff::bin(),
            skiff.root.path().display(),
            skiff.runroot.path().display()
        ),
    )
    .expect("wrapper");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/skiff.bash");
    let complete = |line: &str| {
        let words: Vec<&str> = line.split(' ').collect();
        let cmd = format!(
            "source {script}; COMP_WORDS=({}); COMP_CWORD={}; _skiff_with_objects skiff; printf '%s\\n' \"${{COMPREPLY[@]}}\" | sort",
            words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" "),
            words.len() - 1
        );
        let out = std::process::Command::new("bash")
            .args(["-c", &cmd])
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("SKIFF_DEFAULT_NETWORK", "none")
            .output()
            .expect("bash");
        text(&out.stdout)
    };
    assert_eq!(complete("skiff stop "), "up1\n");
    assert_eq!(complete("skiff rm "), "down1\nup1\n");
    assert_eq!(complete("skiff container logs d"), "down1\n");
    assert_eq!(complete("skiff rmi b"), "busybox:latest\n");
    assert_eq!(complete("skiff volume rm "), "vol-c\n");
    assert!(complete("skiff network inspect ").contains("net-c\n"));
    assert!(
        complete("skiff sto").contains("stop"),
        "commands still complete"
    );
    // zsh: the same names through its completion function (compadd shown).
    let zsh_script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/_skiff");
    let zsh_complete = |line: &str| {
        let words: Vec<&str> = line.split(' ').collect();
        let cmd = format!(
            "compdef() {{ :; }}; compadd() {{ [[ $1 == -a ]] && print -l -- ${{(P)2}}; }}; source {zsh_script}; words=({}); CURRENT={}; _skiff_with_objects | sort",
            words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(" "),
            words.len()
        );
        let out = std::process::Command::new("zsh")
            .args(["-f", "-c", &cmd])
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("SKIFF_DEFAULT_NETWORK", "none")
            .output()
            .expect("zsh");
        format!("{}{}", text(&out.stdout), text(&out.stderr))
    };
    assert_eq!(zsh_complete("skiff stop "), "up1\n");
    assert_eq!(zsh_complete("skiff --root x rm "), "down1\nup1\n");
    assert_eq!(zsh_complete("skiff container logs d"), "down1\nup1\n");
    assert!(zsh_complete("skiff image rm ").contains("\nbusybox:latest\n"));
    assert_eq!(zsh_complete("skiff volume inspect "), "vol-c\n");
    skiff.ok(&["rm", "-f", "up1", "down1"]);
    skiff.ok(&["network", "rm", "net-c"]);
    skiff.ok(&["volume", "rm", "vol-c"]);
}

/// `--cgroup-parent`: the container's cgroup is made below it; stats, update
/// and removal find it there.
#[test]
fn cgroup_parent_places_the_containers_cgroup() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let parent = format!("skiff-e2e-parent-{}", std::process::id());
    // The parent cgroups this test makes are removed, even after a failure.
    struct Parents(String);
    impl Drop for Parents {
        fn drop(&mut self) {
            if let Ok(hierarchies) = std::fs::read_dir("/sys/fs/cgroup") {
                for h in hierarchies.flatten() {
                    let _ = std::fs::remove_dir(h.path().join(&self.0));
                }
            }
            let _ = std::fs::remove_dir(std::path::Path::new("/sys/fs/cgroup").join(&self.0));
        }
    }
    let _parents = Parents(parent.clone());
    let id = skiff.ok(&[
        "run",
        "-d",
        "--cgroup-parent",
        &parent,
        "-m",
        "32m",
        "busybox",
        "sleep",
        "100",
    ]);
    let id = id.trim();
    let v1 = std::path::Path::new("/sys/fs/cgroup/memory")
        .join(&parent)
        .join(id);
    let v2 = std::path::Path::new("/sys/fs/cgroup")
        .join(&parent)
        .join(id);
    assert!(v1.exists() || v2.exists(), "no cgroup under {parent}");
    assert_eq!(
        skiff
            .ok(&["inspect", "-f", "{{.HostConfig.CgroupParent}}", id])
            .trim(),
        parent
    );
    skiff.ok(&["update", "-m", "48m", id]);
    if v1.exists() {
        let limit = std::fs::read_to_string(v1.join("memory.limit_in_bytes")).expect("limit");
        assert_eq!(limit.trim(), "50331648");
    }
    let stats = skiff.ok(&["stats", "--no-stream", "--format", "{{.MemUsage}}", id]);
    assert!(stats.contains("/ 48MiB"), "{stats}");
    skiff.ok(&["rm", "-f", id]);
    assert!(
        !v1.exists() && !v2.exists(),
        "the container's cgroup is gone"
    );
}
