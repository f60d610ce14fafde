//! commit, export and import: images made from containers and tarballs.

use std::process::{Command, Stdio};

use crate::support::{describe, with_busybox, Skiff};

#[test]
fn commit_makes_an_image_of_the_changes() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "--name",
        "work",
        "-e",
        "KEEP=1",
        "busybox",
        "sh",
        "-c",
        "echo new > /new.txt; rm /etc/group; mkdir -p /opt/x; echo y > /opt/x/y",
    ]);
    let id = skiff.ok(&[
        "commit",
        "-a",
        "tester",
        "-m",
        "first",
        "-c",
        "ENV FOO=bar",
        "-c",
        r#"CMD ["cat","/new.txt"]"#,
        "work",
        "committed:v1",
    ]);
    assert!(
        id.trim().starts_with("sha256:") && id.trim().len() == 71,
        "{id}"
    );
    assert_eq!(skiff.ok(&["run", "--rm", "committed:v1"]), "new\n");
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "committed:v1",
            "sh",
            "-c",
            "test -e /etc/group || echo gone; echo $FOO $KEEP; cat /opt/x/y"
        ]),
        "gone\nbar 1\ny\n"
    );
    let doc: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["image", "inspect", "committed:v1"])).expect("json");
    assert_eq!(doc[0]["RootFS"]["Layers"].as_array().map(Vec::len), Some(2));
    assert_eq!(doc[0]["Author"], "tester");
    let history = skiff.ok(&["history", "--format", "{{.Comment}}", "committed:v1"]);
    assert_eq!(history.lines().next(), Some("first"));
    // An untagged commit is a dangling image.
    skiff.ok(&["commit", "work"]);
    assert_eq!(
        skiff
            .ok(&["images", "-f", "dangling=true", "-q"])
            .lines()
            .count(),
        1
    );
    // The committed image pushes and pulls like any other.
    let dst = crate::support::Registry::start();
    let target = dst.image("committed/image:v1");
    skiff.ok(&["tag", "committed:v1", &target]);
    skiff.ok(&["push", "-q", &target]);
    let other = Skiff::new();
    other.ok(&["pull", "-q", &target]);
    assert_eq!(other.ok(&["run", "--rm", &target]), "new\n");
}

#[test]
fn export_and_import_round_trip() {
    let skiff = with_busybox();
    skiff.ok(&[
        "run",
        "--name",
        "src",
        "busybox",
        "sh",
        "-c",
        "echo exported > /marker",
    ]);
    let tar_path = skiff.home.path().join("fs.tar");
    skiff.ok(&["export", "-o", tar_path.to_str().expect("utf8"), "src"]);
    // GNU tar, an independent reader, sees a root filesystem.
    let list = Command::new("tar")
        .arg("-tf")
        .arg(&tar_path)
        .output()
        .expect("tar");
    let names = String::from_utf8_lossy(&list.stdout);
    for want in ["bin/busybox", "etc/passwd", "marker"] {
        assert!(
            names.lines().any(|l| l == want),
            "{want} missing from export:\n{names}"
        );
    }
    // Import from a file and, gzip-compressed, from stdin.
    let id = skiff.ok(&[
        "import",
        "-c",
        r#"CMD ["cat","/marker"]"#,
        tar_path.to_str().expect("utf8"),
        "imported:v1",
    ]);
    assert!(id.starts_with("sha256:"), "{id}");
    assert_eq!(skiff.ok(&["run", "--rm", "imported:v1"]), "exported\n");
    let gz = Command::new("gzip")
        .arg("-c")
        .arg(&tar_path)
        .output()
        .expect("gzip")
        .stdout;
    let out = skiff.run_stdin(&["import", "-m", "from stdin", "-", "imported:gz"], &gz);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "imported:gz", "cat", "/marker"]),
        "exported\n"
    );
    assert_eq!(
        skiff
            .ok(&["history", "--format", "{{.Comment}}", "imported:gz"])
            .trim(),
        "from stdin"
    );
    // export to a pipe streams the same archive.
    let mut child = skiff
        .cmd(&["export", "src"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("export");
    let piped = {
        use std::io::Read;
        let mut buf = Vec::new();
        child
            .stdout
            .take()
            .expect("stdout")
            .read_to_end(&mut buf)
            .expect("read");
        buf
    };
    assert!(child.wait().expect("wait").success());
    assert_eq!(
        piped.len() as u64,
        std::fs::metadata(&tar_path).expect("size").len()
    );
    // Bad input: one line, exit 1, no image.
    let before = skiff.ok(&["images", "-q"]);
    let out = skiff.run_stdin(&["import", "-", "broken:v1"], b"not a tar archive at all");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim().lines().count(),
        1,
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["images", "-q"]), before);
    let out = skiff.run(&["export", "-o", "/tmp/x.tar", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
}
