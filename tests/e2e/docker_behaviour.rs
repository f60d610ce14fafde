//! Behaviours a docker user meets on the first day: non-root processes in a
//! container, `-w` of a missing directory, images in use, `--privileged`
//! devices, commit messages, unknown flags and repeated global flags, and the
//! mode of a saved archive.

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use crate::support::{
    busybox_docker_archive, describe, text, with_busybox, with_busybox_using, Cleanup, Skiff,
};

/// A non-root user can traverse `/`, read /etc/passwd and so know its own
/// name, in `run` and in `exec`, with either snapshotter.
#[test]
fn non_root_users_can_use_the_container_filesystem() {
    for driver in ["overlay", "native"] {
        let skiff = with_busybox_using(&["--storage-driver", driver]);
        let _c = Cleanup(&skiff);
        let out = skiff.ok(&[
            "run",
            "--rm",
            "-u",
            "nobody",
            "busybox",
            "sh",
            "-c",
            "ls -ld / | cut -c1-10; id -un; head -1 /etc/passwd",
        ]);
        assert_eq!(
            out, "drwxr-xr-x\nnobody\nroot:x:0:0:root:/root:/bin/sh\n",
            "{driver}"
        );
        skiff.ok(&["run", "-d", "--name", "c1", "busybox", "sleep", "100"]);
        let out = skiff.ok(&[
            "exec",
            "-u",
            "nobody",
            "c1",
            "sh",
            "-c",
            "id -un; ls /etc/passwd",
        ]);
        assert_eq!(out, "nobody\n/etc/passwd\n", "{driver}");
    }
}

/// A server that drops to a non-root user serves its files over a published port.
#[test]
fn a_server_running_as_a_non_root_user_answers_on_a_published_port() {
    let s = Skiff::networked();
    let _c = Cleanup(&s);
    s.ok(&[
        "run",
        "-d",
        "-p",
        "18411:80",
        "busybox",
        "sh",
        "-c",
        "mkdir /www && echo served-by-nobody > /www/index.html && exec httpd -f -p 80 -u nobody -h /www",
    ]);
    let ns = s.netns.as_ref().expect("networked");
    let deadline = Instant::now() + Duration::from_secs(10);
    let body = loop {
        let out = ns
            .cmd("curl")
            .args(["-s", "-f", "-m", "3", "http://127.0.0.1:18411/"])
            .output()
            .expect("curl");
        if out.status.success() {
            break text(&out.stdout);
        }
        assert!(
            Instant::now() < deadline,
            "no answer from httpd -u nobody: {}",
            describe(&out)
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(body, "served-by-nobody\n");
    // httpd really runs as nobody.
    let out = s.ok(&["top", s.ok(&["ps", "-q"]).trim()]);
    let httpd = out.lines().find(|l| l.contains("httpd")).unwrap_or("");
    assert!(httpd.starts_with("nobody"), "{out}");
}

#[test]
fn a_missing_working_directory_is_created_for_the_containers_user() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let out = skiff.ok(&[
        "run",
        "--rm",
        "-w",
        "/missing/deep",
        "busybox",
        "sh",
        "-c",
        "pwd; ls -ld /missing/deep",
    ]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("/missing/deep"));
    let ls: Vec<&str> = lines.next().unwrap_or("").split_whitespace().collect();
    assert_eq!(ls[0], "drwxr-xr-x", "{out}");
    assert_eq!((ls[2], ls[3]), ("root", "root"), "{out}");

    let out = skiff.ok(&[
        "run",
        "--rm",
        "-u",
        "nobody",
        "-w",
        "/home/work",
        "busybox",
        "sh",
        "-c",
        "pwd; touch f && ls -ld . | awk '{print $3}'",
    ]);
    assert_eq!(out, "/home/work\nnobody\n");

    // A working directory that cannot be one says why, in words.
    let out = skiff.fails(&["run", "--rm", "-w", "/etc/passwd", "busybox", "pwd"]);
    assert_eq!(out.status.code(), Some(125));
    let err = text(&out.stderr);
    assert!(
        err.contains("/etc/passwd") && err.contains("not a directory"),
        "{err}"
    );
    assert!(!err.contains("failed to unix syscall"), "{err}");
}

#[test]
fn runtime_failures_say_what_failed() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // A file bound over a directory: the mount fails inside the runtime.
    let out = skiff.fails(&["run", "--rm", "-v", "/etc/hostname:/tmp", "busybox", "true"]);
    assert_eq!(out.status.code(), Some(125));
    let err = text(&out.stderr);
    assert!(err.contains("/tmp") && err.contains("EINVAL"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn rmi_refuses_an_image_that_a_container_uses() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let image_id = skiff.ok(&["image", "inspect", "-f", "{{.Id}}", "busybox"]);
    let image_id = image_id.trim();
    let short = &image_id["sha256:".len().."sha256:".len() + 12];
    // Only one name: `busybox` (the pulled name is dropped first).
    for name in skiff
        .ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .lines()
    {
        if name != "busybox:latest" {
            skiff.ok(&["rmi", name]);
        }
    }
    let cid = skiff.ok(&["create", "--name", "c1", "busybox", "true"]);
    let cid = cid.trim();

    let out = skiff.fails(&["rmi", "busybox"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "Error: conflict: unable to remove repository reference \"busybox\" (must force) - container {} is using its referenced image {short}",
            &cid[..12]
        )
    );
    let out = skiff.fails(&["rmi", short]);
    assert!(
        text(&out.stderr).contains(&format!(
            "unable to delete {short} (must be forced) - image is being used by stopped container {}",
            &cid[..12]
        )),
        "{}",
        describe(&out)
    );

    // -f untags, and the container keeps its image.
    let out = skiff.ok(&["rmi", "-f", "busybox"]);
    assert!(out.starts_with("Untagged: busybox:latest\n"), "{out}");
    assert!(!out.contains("Deleted"), "{out}");
    assert_eq!(skiff.ok(&["images", "-q", "--no-trunc"]).trim(), image_id);
    assert_eq!(skiff.ok(&["start", "-a", "c1"]), "");
    skiff.ok(&["rm", "c1"]);
    skiff.ok(&["rmi", short]);
    assert_eq!(skiff.ok(&["images", "-q"]), "");
}

/// `rmi` racing `run` of the same image: either the run wins (and rmi refuses)
/// or the rmi does (and run finds no image); never both failing, never a
/// container whose image is gone.
#[test]
fn rmi_racing_run_never_leaves_a_container_without_its_image() {
    let skiff = Skiff::new();
    let _c = Cleanup(&skiff);
    let archive = busybox_docker_archive().display().to_string();
    for round in 0..20 {
        skiff.ok(&["load", "-q", "-i", &archive]);
        let name = format!("r{round}");
        let mut run = skiff.cmd(&[
            "run", "-d", "--pull", "never", "--name", &name, "busybox", "true",
        ]);
        let mut rmi = skiff.cmd(&["rmi", "busybox"]);
        let (run, rmi) = std::thread::scope(|s| {
            let a = s.spawn(move || run.output().expect("run"));
            let b = s.spawn(move || rmi.output().expect("rmi"));
            (a.join().expect("run thread"), b.join().expect("rmi thread"))
        });
        let ctx = format!(
            "round {round}\nrun: {}\nrmi: {}",
            describe(&run),
            describe(&rmi)
        );
        assert!(
            run.status.success() || rmi.status.success(),
            "both failed: {ctx}"
        );
        if run.status.success() {
            assert!(!rmi.status.success(), "{ctx}");
            assert!(text(&rmi.stderr).contains("conflict"), "{ctx}");
            let state = skiff.ok(&["inspect", "-f", "{{.State.ExitCode}}", &name]);
            assert_eq!(state.trim(), "0", "{ctx}");
            skiff.ok(&["rm", "-f", &name]);
            skiff.ok(&["rmi", "busybox"]);
        } else {
            assert_eq!(run.status.code(), Some(125), "{ctx}");
            assert_eq!(
                skiff.ok(&["ps", "-aq"]),
                "",
                "no container without its image: {ctx}"
            );
        }
        assert_eq!(skiff.ok(&["images", "-q"]), "", "{ctx}");
    }
}

#[test]
fn privileged_containers_see_the_hosts_devices() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    // A device node of the host that unprivileged containers do not get.
    let device = std::fs::read_dir("/dev")
        .expect("/dev")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            use std::os::unix::fs::FileTypeExt;
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_block_device())
                || name == "loop-control"
        })
        .expect("a block device on the host");
    let device = device.display().to_string();
    let check = format!("test -e {device} && echo present || echo absent");
    let out = skiff.ok(&["run", "--rm", "--privileged", "busybox", "sh", "-c", &check]);
    assert_eq!(out, "present\n");
    let out = skiff.ok(&["run", "--rm", "busybox", "sh", "-c", &check]);
    assert_eq!(out, "absent\n");
    let host = std::fs::read_dir("/dev").expect("/dev").count();
    let inside = skiff.ok(&[
        "run",
        "--rm",
        "--privileged",
        "busybox",
        "sh",
        "-c",
        "ls /dev | wc -l",
    ]);
    let inside: usize = inside.trim().parse().expect("count");
    assert!(
        inside > 14 && inside + 10 >= host / 2,
        "{inside} of the host's {host}"
    );
}

#[test]
fn commit_messages_are_the_images_comment() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "--name", "c1", "busybox", "touch", "/x"]);
    skiff.ok(&["commit", "-m", "added x", "c1", "committed:v1"]);
    let comment = skiff.ok(&["image", "inspect", "-f", "{{.Comment}}", "committed:v1"]);
    assert_eq!(comment, "added x\n");
    let history = skiff.ok(&["history", "--format", "{{.Comment}}", "committed:v1"]);
    assert_eq!(history.lines().next(), Some("added x"));
}

#[test]
fn unknown_flags_and_repeated_global_flags_as_docker_has_them() {
    let skiff = with_busybox();
    for cmd in ["run", "create"] {
        let out = skiff.fails(&[cmd, "--bogus-flag", "busybox", "true"]);
        assert_eq!(out.status.code(), Some(125));
        // docker/cli's FlagErrorFunc: error, usage line, where to read more.
        let err = text(&out.stderr);
        assert!(
            err.starts_with(&format!(
                "unknown flag: --bogus-flag\n\nUsage:  skiff {cmd} [OPTIONS] "
            )),
            "{err}"
        );
        assert!(
            err.ends_with(&format!(
                "\n\nRun 'skiff {cmd} --help' for more information\n"
            )),
            "{err}"
        );
    }
    // Flags after the image belong to the command.
    let out = skiff.ok(&["run", "--rm", "busybox", "echo", "-n", "--bogus-flag"]);
    assert_eq!(out, "--bogus-flag");
    // The last of a repeated global flag wins.
    let other = tempfile::tempdir().expect("tempdir");
    let out = Skiff::bin();
    let out = std::process::Command::new(out)
        .arg("--root")
        .arg(other.path())
        .args(skiff.cmd(&["images", "-q"]).get_args())
        .env("SKIFF_DEFAULT_NETWORK", "none")
        .output()
        .expect("skiff");
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "the second --root's images"
    );
}

/// docker/cli writes `save -o` through atomicwriter.New(output, 0o600): the
/// archive is private to its owner.
#[test]
fn save_to_a_file_is_private_as_dockers() {
    let skiff = with_busybox();
    let file = skiff.home.path().join("saved.tar");
    skiff.ok(&["save", "-o", &file.display().to_string(), "busybox"]);
    let mode = std::fs::metadata(&file)
        .expect("saved")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
}
