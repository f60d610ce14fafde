//! Archives cross between skiff and podman (Debian's podman, an independent
//! implementation): skiff save -> podman load, podman save -> skiff load.

use std::path::Path;
use std::process::Command;

use crate::support::{describe, shared_registry, Skiff};

/// podman with a private store, and no dependence on systemd or the host's config.
fn podman(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("podman")
        .arg("--root")
        .arg(dir.join("root"))
        .arg("--runroot")
        .arg(dir.join("run"))
        .args(["--events-backend", "file", "--cgroup-manager", "cgroupfs"])
        .args(args)
        .output()
        .expect("podman (Debian package podman) is installed by scripts/install-deps")
}

fn podman_ok(dir: &Path, args: &[&str]) -> String {
    let out = podman(dir, args);
    assert!(out.status.success(), "podman {args:?}: {}", describe(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

struct PodmanStore(tempfile::TempDir);

impl Drop for PodmanStore {
    fn drop(&mut self) {
        // podman leaves overlay mounts behind in its store; take them down.
        let _ = podman(self.0.path(), &["system", "reset", "-f"]);
    }
}

#[test]
fn skiff_archives_load_in_podman_and_podman_archives_load_in_skiff() {
    let reg = shared_registry();
    let image = reg.image("library/busybox:latest");
    let skiff = Skiff::new();
    skiff.ok(&["pull", "-q", &image]);
    skiff.ok(&["tag", &image, "busybox:latest"]);
    let id = skiff
        .ok(&["inspect", "-f", "{{.Id}}", "busybox"])
        .trim()
        .to_string();
    let store = PodmanStore(tempfile::tempdir().expect("tempdir"));
    let pm = store.0.path();

    // skiff save -> podman load keeps the name and the image ID.
    let archive = skiff.home.path().join("skiff.tar");
    skiff.ok(&["save", "-o", archive.to_str().expect("utf8"), "busybox"]);
    let loaded = podman_ok(pm, &["load", "-i", archive.to_str().expect("utf8")]);
    assert!(
        loaded.contains("docker.io/library/busybox:latest"),
        "{loaded}"
    );
    let podman_id = podman_ok(
        pm,
        &[
            "image",
            "inspect",
            "--format",
            "{{.Id}}",
            "docker.io/library/busybox:latest",
        ],
    );
    assert_eq!(format!("sha256:{}", podman_id.trim()), id);

    // podman save (docker-archive, oci-archive, multi-image) -> skiff load.
    for (format, extra) in [
        ("docker-archive", None),
        ("oci-archive", None),
        ("docker-archive", Some("-m")),
    ] {
        let out = pm.join(format!("podman-{format}-{}.tar", extra.is_some()));
        let mut args = vec![
            "save",
            "--format",
            format,
            "-o",
            out.to_str().expect("utf8"),
        ];
        if let Some(e) = extra {
            args.insert(1, e);
        }
        args.push("docker.io/library/busybox:latest");
        podman_ok(pm, &args);
        let fresh = Skiff::new();
        let loaded = fresh.ok(&["load", "-i", out.to_str().expect("utf8")]);
        assert!(
            loaded.contains("Loaded image: busybox:latest"),
            "{format}: {loaded}"
        );
        assert_eq!(
            fresh.ok(&["run", "--rm", "busybox", "echo", "ran"]),
            "ran\n",
            "{format}"
        );
    }
}

/// The same Dockerfile built by `podman build` (buildah) and by `skiff
/// build` gives the same image config.
#[test]
fn skiff_build_and_podman_build_agree_on_the_config() {
    let reg = shared_registry();
    let image = reg.image("library/busybox:latest");
    let skiff = Skiff::new();
    skiff.ok(&["pull", "-q", &image]);
    let ctx = tempfile::tempdir().expect("context");
    std::fs::write(ctx.path().join("app.txt"), "app\n").expect("app.txt");
    std::fs::write(
        ctx.path().join("Dockerfile"),
        format!(
            "FROM {image}\nENV APP_HOME=/srv/app MODE=\"prod mode\"\nWORKDIR $APP_HOME\nCOPY app.txt ./\nLABEL org.example.team=core version=\"1.2\"\nEXPOSE 8080 53/udp\nVOLUME /data\nUSER 1000:1000\nSTOPSIGNAL SIGINT\nENTRYPOINT [\"cat\"]\nCMD [\"app.txt\"]\n"
        ),
    )
    .expect("Dockerfile");
    let ctx_arg = ctx.path().to_str().expect("utf8");
    skiff.ok(&["build", "-t", "same", ctx_arg]);
    let store = PodmanStore(tempfile::tempdir().expect("tempdir"));
    let pm = store.0.path();
    podman_ok(
        pm,
        &["build", "-q", "--tls-verify=false", "-t", "same", ctx_arg],
    );
    let ours: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["image", "inspect", "-f", "{{json .Config}}", "same"]))
            .expect("skiff's config");
    let theirs: serde_json::Value = serde_json::from_str(&podman_ok(
        pm,
        &["image", "inspect", "-f", "{{json .Config}}", "same"],
    ))
    .expect("podman's config");
    for key in [
        "Env",
        "Entrypoint",
        "Cmd",
        "WorkingDir",
        "User",
        "ExposedPorts",
        "Volumes",
        "StopSignal",
    ] {
        assert_eq!(
            ours[key], theirs[key],
            "{key}: skiff {ours} podman {theirs}"
        );
    }
    let mut labels = theirs["Labels"].clone();
    // buildah signs its work.
    if let Some(map) = labels.as_object_mut() {
        map.remove("io.buildah.version");
    }
    assert_eq!(ours["Labels"], labels);
    assert_eq!(
        skiff.ok(&["run", "--rm", "--network", "none", "same"]),
        "app\n"
    );
}
