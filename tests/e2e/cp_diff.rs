//! `cp` and `diff` against real containers: copies in and out of running and
//! stopped containers, tar streams, ownership with and without `-a`,
//! symlinks that must resolve inside the container, docker's errors, and
//! docker's A/C/D change lists.

use std::fs;
use std::os::unix::fs::{symlink, MetadataExt};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::{describe, mounts_under, text, with_busybox, with_busybox_using, Cleanup};

fn p(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// A host tree: src/a.txt, src/sub/b.txt, owned by 1234:1234.
fn host_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = dir.path().join("src");
    fs::create_dir_all(src.join("sub")).unwrap();
    fs::write(src.join("a.txt"), "alpha\n").unwrap();
    fs::write(src.join("sub/b.txt"), "beta\n").unwrap();
    for f in ["", "a.txt", "sub", "sub/b.txt"] {
        std::os::unix::fs::chown(src.join(f), Some(1234), Some(1234)).unwrap();
    }
    dir
}

/// `skiff ... | tar -t` style: the member names of a tar stream.
fn tar_names(tar: &[u8]) -> Vec<String> {
    let mut child = Command::new("tar")
        .args(["-tf", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawning tar");
    let mut stdin = child.stdin.take().unwrap();
    let data = tar.to_vec();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().expect("tar -t");
    writer.join().unwrap();
    assert!(out.status.success(), "tar -t: {}", text(&out.stderr));
    text(&out.stdout).lines().map(str::to_string).collect()
}

/// Owner `uid:gid` of a member as `tar --numeric-owner -tv` prints it.
fn tar_owner(tar: &[u8], member: &str) -> String {
    let mut a = tar::Archive::new(tar);
    for e in a.entries().unwrap() {
        let e = e.unwrap();
        if text(&e.path_bytes()) == member {
            let h = e.header();
            return format!("{}:{}", h.uid().unwrap(), h.gid().unwrap());
        }
    }
    panic!("{member} not in the archive")
}

#[test]
fn copies_into_running_and_stopped_containers() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let host = host_tree();
    let src = host.path().join("src");

    // Running container.
    skiff.ok(&["run", "-d", "--name", "web", "busybox", "sleep", "1000"]);
    skiff.ok(&["exec", "web", "mkdir", "/tmp/existing"]);
    let out = skiff.run(&["cp", p(&src.join("a.txt")), "web:/tmp/"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "", "no output without a terminal");
    assert_eq!(text(&out.stderr), "");
    skiff.ok(&["cp", p(&src), "web:/tmp/newdir"]);
    skiff.ok(&["cp", &format!("{}/.", p(&src)), "web:/tmp/existing"]);
    skiff.ok(&["cp", p(&src.join("a.txt")), "web:/tmp/renamed.txt"]);
    skiff.ok(&[
        "container",
        "cp",
        "-a",
        p(&src.join("a.txt")),
        "web:/tmp/kept.txt",
    ]);
    let listing = skiff.ok(&[
        "exec",
        "web",
        "sh",
        "-c",
        "cd /tmp && for f in a.txt newdir/a.txt newdir/sub/b.txt existing/a.txt \
         existing/sub/b.txt renamed.txt kept.txt; do echo \"$f $(stat -c %u:%g $f) $(cat $f)\"; done",
    ]);
    assert_eq!(
        listing,
        "a.txt 0:0 alpha\n\
         newdir/a.txt 0:0 alpha\n\
         newdir/sub/b.txt 0:0 beta\n\
         existing/a.txt 0:0 alpha\n\
         existing/sub/b.txt 0:0 beta\n\
         renamed.txt 0:0 alpha\n\
         kept.txt 1234:1234 alpha\n",
        "copies are root-owned in the container unless -a"
    );

    // A container that has never run, with a named volume.
    skiff.ok(&[
        "create",
        "--name",
        "job",
        "-v",
        "jobdata:/data",
        "busybox",
        "sh",
        "-c",
        "cat /tmp/a.txt /opt/sub/b.txt /opt/src/sub/b.txt /data/a.txt",
    ]);
    skiff.ok(&["cp", p(&src.join("a.txt")), "job:/tmp/a.txt"]);
    // A missing destination becomes a copy of the directory ...
    skiff.ok(&["cp", p(&src), "job:/opt/"]);
    // ... an existing one receives it.
    skiff.ok(&["cp", p(&src), "job:/opt/"]);
    skiff.ok(&["cp", p(&src.join("a.txt")), "job:/data/"]);
    let job = skiff.ok(&["inspect", "-f", "{{.Id}}", "job"]);
    let mounts = mounts_under(skiff.root.path());
    assert!(
        !mounts.iter().any(|m| m.contains(job.trim())),
        "the stopped container's rootfs is not left mounted: {mounts:?}"
    );
    let vol = skiff.ok(&["volume", "inspect", "-f", "{{.Mountpoint}}", "jobdata"]);
    assert_eq!(
        fs::read_to_string(Path::new(vol.trim()).join("a.txt")).unwrap(),
        "alpha\n",
        "a copy into a volume path lands in the volume"
    );
    assert_eq!(
        skiff.ok(&["start", "-a", "job"]),
        "alpha\nbeta\nbeta\nalpha\n"
    );
}

#[test]
fn copies_out_of_a_stopped_container() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "run",
        "--name",
        "worker",
        "busybox",
        "sh",
        "-c",
        "mkdir -p /out/sub && echo one > /out/one && echo two > /out/sub/two && \
         chmod 600 /out/one && ln -s one /out/link && echo mine > /home/app/f && \
         chown 1000:1000 /home/app/f",
    ]);
    let host = tempfile::tempdir().unwrap();
    let h = host.path();
    skiff.ok(&["cp", "worker:/out", p(h)]);
    assert_eq!(fs::read_to_string(h.join("out/one")).unwrap(), "one\n");
    assert_eq!(fs::read_to_string(h.join("out/sub/two")).unwrap(), "two\n");
    assert_eq!(
        fs::symlink_metadata(h.join("out/one")).unwrap().mode() & 0o777,
        0o600
    );
    assert_eq!(fs::read_link(h.join("out/link")).unwrap(), Path::new("one"));
    // `/.` copies the contents; a missing destination takes the source's place.
    skiff.ok(&["cp", "worker:/out/.", p(&h.join("contents"))]);
    assert_eq!(
        fs::read_to_string(h.join("contents/sub/two")).unwrap(),
        "two\n"
    );
    skiff.ok(&["cp", "worker:/out/one", p(&h.join("renamed"))]);
    assert_eq!(fs::read_to_string(h.join("renamed")).unwrap(), "one\n");
    // Relative destinations are relative to the working directory.
    let out = skiff
        .cmd(&["container", "cp", "worker:/out/sub/two", "."])
        .current_dir(h)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(fs::read_to_string(h.join("two")).unwrap(), "two\n");

    // Ownership: the invoking user's, or the container's with -a.
    skiff.ok(&["cp", "worker:/home/app", p(&h.join("plain"))]);
    skiff.ok(&["cp", "-a", "worker:/home/app", p(&h.join("archived"))]);
    let owner = |rel: &str| {
        let m = fs::symlink_metadata(h.join(rel)).unwrap();
        (m.uid(), m.gid())
    };
    assert_eq!(owner("plain"), (0, 0));
    assert_eq!(owner("plain/f"), (0, 0));
    assert_eq!(
        owner("archived"),
        (1000, 1000),
        "-a keeps /home/app's owner"
    );
    assert_eq!(owner("archived/f"), (1000, 1000));

    // docker's destination rules.
    let out = skiff.run(&["cp", "worker:/out/one", &format!("{}/nodir/", p(h))]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(text(&out.stderr), "Error: no such directory\n");
    let out = skiff.run(&["cp", "worker:/out", p(&h.join("renamed"))]);
    assert_eq!(text(&out.stderr), "Error: cannot copy directory\n");
    let out = skiff.run(&["cp", "worker:/out/one", &format!("{}/missing/x", p(h))]);
    assert!(
        text(&out.stderr).starts_with("Error: invalid output path: directory"),
        "{}",
        describe(&out)
    );
    assert!(mounts_under(skiff.root.path()).is_empty());
}

#[test]
fn tar_streams_both_ways() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "tars", "busybox", "sleep", "1000"]);
    skiff.ok(&[
        "exec",
        "tars",
        "sh",
        "-c",
        "mkdir -p /srv/site/css && echo hi > /srv/site/index.html && echo body > /srv/site/css/a.css",
    ]);
    let out = skiff.run(&["cp", "tars:/srv/site", "-"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        tar_names(&out.stdout),
        ["site/", "site/css/", "site/css/a.css", "site/index.html"]
    );
    let out = skiff.run(&["cp", "tars:/srv/site/.", "-"]);
    assert_eq!(
        tar_names(&out.stdout),
        ["./", "./css/", "./css/a.css", "./index.html"]
    );
    let out = skiff.run(&["cp", "tars:/home/app", "-"]);
    assert_eq!(
        tar_owner(&out.stdout, "app/"),
        "1000:1000",
        "streams keep owners"
    );

    // A tar on stdin is extracted into a directory.
    let host = host_tree();
    let tar = Command::new("tar")
        .args(["-cf", "-", "-C", p(host.path()), "src"])
        .output()
        .unwrap();
    assert!(tar.status.success());
    let out = skiff.run_stdin(&["cp", "-", "tars:/srv"], &tar.stdout);
    assert!(out.status.success(), "{}", describe(&out));
    let out = skiff.run_stdin(&["cp", "-a", "-", "tars:/var"], &tar.stdout);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&[
            "exec",
            "tars",
            "stat",
            "-c",
            "%n %u:%g",
            "/srv/src/sub/b.txt",
            "/var/src/sub/b.txt"
        ]),
        "/srv/src/sub/b.txt 0:0\n/var/src/sub/b.txt 1234:1234\n"
    );
    let out = skiff.run_stdin(&["cp", "-", "tars:/srv/site/index.html"], &tar.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: destination \"tars:/srv/site/index.html\" must be a directory\n"
    );
    // docker refuses to replace a directory with a file, or the reverse.
    let mut b = tar::Builder::new(Vec::new());
    let mut h = tar::Header::new_gnu();
    h.set_size(1);
    h.set_mode(0o644);
    b.append_data(&mut h, "css", &b"box"[..]).unwrap();
    let clash = b.into_inner().unwrap();
    let out = skiff.run_stdin(&["cp", "-", "tars:/srv/site"], &clash);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("cannot overwrite directory \"/srv/site/css\" with non-directory"),
        "{}",
        describe(&out)
    );
}

#[test]
fn symlinks_resolve_inside_the_container() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let tag = format!("skiff-cp-e2e-{}", std::process::id());
    skiff.ok(&["run", "-d", "--name", "links", "busybox", "sleep", "1000"]);
    skiff.ok(&[
        "exec",
        "links",
        "sh",
        "-c",
        &format!(
            "ln -s / /tmp/rootlink && ln -s ../../../../../../.. /tmp/up && \
             ln -s /etc/passwd /tmp/pwlink && ln -s /{tag}-dangling /tmp/dangling && \
             ln -s /etc /tmp/etclink"
        ),
    ]);
    let host = tempfile::tempdir().unwrap();
    let h = host.path();
    let container_passwd = skiff.ok(&["exec", "links", "cat", "/etc/passwd"]);
    assert!(container_passwd.contains("app:x:1000:1000"));
    for (src, name) in [
        ("links:/tmp/rootlink/etc/passwd", "p1"),
        ("links:/tmp/up/etc/passwd", "p2"),
        ("links:/tmp/etclink/passwd", "p3"),
    ] {
        skiff.ok(&["cp", src, p(&h.join(name))]);
        assert_eq!(
            fs::read_to_string(h.join(name)).unwrap(),
            container_passwd,
            "{src} is the container's file"
        );
    }
    // Without -L a symlink is copied as a link; with it, its target.
    skiff.ok(&["cp", "links:/tmp/pwlink", p(&h.join("link"))]);
    assert_eq!(
        fs::read_link(h.join("link")).unwrap(),
        Path::new("/etc/passwd")
    );
    skiff.ok(&["cp", "-L", "links:/tmp/pwlink", p(&h.join("followed"))]);
    assert_eq!(
        fs::read_to_string(h.join("followed")).unwrap(),
        container_passwd
    );
    skiff.ok(&["cp", "links:/tmp/etclink/", p(&h.join("etc-dir"))]);
    assert!(
        h.join("etc-dir/passwd").is_file(),
        "a trailing / follows the link"
    );

    // Copies in through links land inside the container, never on the host.
    let file = h.join(&tag);
    fs::write(&file, "inside\n").unwrap();
    skiff.ok(&["cp", p(&file), "links:/tmp/up/"]);
    skiff.ok(&["cp", p(&file), "links:/tmp/dangling"]);
    let host_root_file = Path::new("/").join(&tag);
    let host_dangling = Path::new("/").join(format!("{tag}-dangling"));
    let leaked = host_root_file.exists() || host_dangling.exists();
    let _ = fs::remove_file(&host_root_file);
    let _ = fs::remove_file(&host_dangling);
    assert!(
        !leaked,
        "a copy through a container symlink wrote to the host"
    );
    assert_eq!(
        skiff.ok(&[
            "exec",
            "links",
            "cat",
            &format!("/{tag}"),
            &format!("/{tag}-dangling")
        ]),
        "inside\ninside\n"
    );

    // A hostile tar stream stays inside the container too.
    let mut b = tar::Builder::new(Vec::new());
    let mut h1 = tar::Header::new_gnu();
    h1.set_entry_type(tar::EntryType::Symlink);
    h1.set_size(0);
    h1.set_mode(0o777);
    b.append_link(&mut h1, "esc", "/").unwrap();
    let mut h2 = tar::Header::new_gnu();
    h2.set_size(5);
    h2.set_mode(0o644);
    b.append_data(&mut h2, format!("esc/{tag}-tar"), &b"evil\n"[..])
        .unwrap();
    let evil = b.into_inner().unwrap();
    let out = skiff.run_stdin(&["cp", "-", "links:/tmp"], &evil);
    let host_tar_file = Path::new("/").join(format!("{tag}-tar"));
    let leaked = host_tar_file.exists();
    let _ = fs::remove_file(&host_tar_file);
    assert!(!leaked, "a tar entry under a symlink wrote to the host");
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["exec", "links", "cat", &format!("/{tag}-tar")]),
        "evil\n"
    );
    let mut b = tar::Builder::new(Vec::new());
    let mut h3 = tar::Header::new_gnu();
    h3.set_size(1);
    h3.as_old_mut().name[..9].copy_from_slice(b"../../esc");
    h3.set_cksum();
    b.append(&h3, &b"box"[..]).unwrap();
    let out = skiff.run_stdin(&["cp", "-", "links:/tmp"], &b.into_inner().unwrap());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: \"../../esc\" is outside of \"/tmp\"\n"
    );

    // Host-side links in a copied tree are archived as links, not followed.
    let tree = h.join("tree");
    fs::create_dir(&tree).unwrap();
    symlink("/etc", tree.join("hostetc")).unwrap();
    skiff.ok(&["cp", p(&tree), "links:/tmp/"]);
    assert_eq!(
        skiff.ok(&["exec", "links", "readlink", "/tmp/tree/hostetc"]),
        "/etc\n"
    );
}

#[test]
fn cp_errors_like_docker() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["create", "--name", "box", "busybox", "true"]);
    let host = tempfile::tempdir().unwrap();
    let out = skiff.run(&["cp", "box:/nope", p(host.path())]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(
        text(&out.stderr),
        "Error: Could not find the file /nope in container box\n"
    );
    let out = skiff.run(&["cp", "box:/etc/passwd/", p(host.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not a directory"),
        "{}",
        describe(&out)
    );
    let out = skiff.run(&["cp", p(&host.path().join("src")), "box:/tmp"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no such file or directory"),
        "{}",
        describe(&out)
    );
    fs::write(host.path().join("f"), "f").unwrap();
    let out = skiff.run(&["cp", p(&host.path().join("f")), "box:/nodir/deeper/f"]);
    assert_eq!(
        text(&out.stderr),
        "Error: Could not find the file /nodir/deeper in container box\n"
    );
    let out = skiff.run(&["cp", "box:/a", "box:/b"]);
    assert_eq!(
        text(&out.stderr),
        "Error: copying between containers is not supported\n"
    );
    let out = skiff.run(&["cp", "a", "b"]);
    assert_eq!(
        text(&out.stderr),
        "Error: must specify at least one container source\n"
    );
    let out = skiff.run(&["cp", "ghost:/a", p(host.path())]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "Error: No such container: ghost\n");
    assert!(mounts_under(skiff.root.path()).is_empty());
}

#[test]
fn diff_lists_changes_like_docker() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["run", "-d", "--name", "differ", "busybox", "sleep", "1000"]);
    assert_eq!(
        skiff.ok(&["diff", "differ"]),
        "",
        "a fresh container has no changes (runtime mount points are hidden)"
    );
    skiff.ok(&[
        "exec",
        "differ",
        "sh",
        "-c",
        "echo x > /etc/new && echo extra:x:2000: >> /etc/group && rmdir /home/app && \
         mkdir -p /tmp/d && touch /tmp/d/f && rm /bin/vi",
    ]);
    let expected = "C /bin\n\
                    D /bin/vi\n\
                    C /etc\n\
                    C /etc/group\n\
                    A /etc/new\n\
                    C /home\n\
                    D /home/app\n\
                    C /tmp\n\
                    A /tmp/d\n\
                    A /tmp/d/f\n";
    assert_eq!(skiff.ok(&["diff", "differ"]), expected);
    skiff.ok(&["kill", "differ"]);
    skiff.ok(&["wait", "differ"]);
    assert_eq!(
        skiff.ok(&["container", "diff", "differ"]),
        expected,
        "stopped too"
    );
    let out = skiff.run(&["diff", "ghost"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "Error: No such container: ghost\n");
}

#[test]
fn native_snapshotter_cp_and_diff() {
    let skiff = with_busybox_using(&["--storage-driver", "native"]);
    let _c = Cleanup(&skiff);
    let host = host_tree();
    skiff.ok(&[
        "run",
        "--name",
        "native",
        "busybox",
        "sh",
        "-c",
        "echo v2 > /etc/motd; rm /etc/group",
    ]);
    assert_eq!(
        skiff.ok(&["diff", "native"]),
        "C /etc\nD /etc/group\nA /etc/motd\n"
    );
    skiff.ok(&["cp", p(&host.path().join("src")), "native:/root/"]);
    assert_eq!(
        skiff.ok(&["diff", "native"]),
        "C /etc\nD /etc/group\nA /etc/motd\nC /root\nA /root/src\nA /root/src/a.txt\n\
         A /root/src/sub\nA /root/src/sub/b.txt\n"
    );
    let out = tempfile::tempdir().unwrap();
    skiff.ok(&["cp", "native:/root/src/sub/b.txt", p(out.path())]);
    assert_eq!(
        fs::read_to_string(out.path().join("b.txt")).unwrap(),
        "beta\n"
    );
}
