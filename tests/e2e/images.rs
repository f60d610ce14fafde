//! Local image management: tag, rmi, prune, push, listing formats.

use crate::support::{
    busybox_docker_archive, describe, fixture_info, shared_registry, text, Cleanup, Registry, Skiff,
};

fn count_files(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir).map(|rd| rd.count()).unwrap_or(0)
}

#[test]
fn tag_rmi_and_the_store_is_emptied() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("library/busybox:latest");
    skiff.ok(&["pull", "-q", &image]);
    skiff.ok(&["tag", &image, "myrepo:v1"]);
    let listed = skiff.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(listed.contains("myrepo:v1"), "{listed}");
    assert!(listed.contains(&image), "{listed}");

    let id = skiff.ok(&["images", "-q", "myrepo"]).trim().to_string();
    assert_eq!(id.len(), 12);
    let out = skiff.fails(&["rmi", &id]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("image is referenced in multiple repositories"),
        "{err}"
    );

    let out = skiff.ok(&["rmi", "myrepo:v1"]);
    assert_eq!(out, "Untagged: myrepo:v1\n");
    let out = skiff.ok(&["rmi", &image]);
    assert!(out.starts_with(&format!("Untagged: {image}\n")), "{out}");
    let config = fixture_info("busybox:latest")["config"]
        .as_str()
        .expect("config")
        .to_string();
    assert!(out.contains(&format!("Deleted: {config}")), "{out}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
    assert_eq!(
        count_files(&skiff.root.path().join("content/blobs/sha256")),
        0
    );
    assert_eq!(
        count_files(&skiff.root.path().join("snapshots/overlay")),
        count_locks(&skiff)
    );

    let out = skiff.fails(&["rmi", "nosuch:image"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: No such image: nosuch:image\n"
    );
    let out = skiff.fails(&["image", "inspect", "nosuch"]);
    assert_eq!(out.status.code(), Some(1));
}

/// Lock files stay behind in the snapshot dir by design (they are empty).
fn count_locks(skiff: &Skiff) -> usize {
    std::fs::read_dir(skiff.root.path().join("snapshots/overlay"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".lock"))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn dangling_images_are_listed_and_pruned_keeping_shared_layers() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let busybox = reg.image("library/busybox:latest");
    let multi = reg.image("test/multilayer:latest");
    skiff.ok(&["pull", "-q", &busybox]);
    skiff.ok(&["pull", "-q", &multi]);
    skiff.ok(&["tag", &busybox, "dang:1"]);
    skiff.ok(&["rmi", &busybox]);
    // Moving the tag leaves busybox without a name: dangling.
    skiff.ok(&["tag", &multi, "dang:1"]);
    let dangling = skiff.ok(&["images", "-f", "dangling=true", "-q"]);
    let config = fixture_info("busybox:latest")["config"].clone();
    let busybox_id = &config.as_str().expect("id")[7..19];
    assert_eq!(dangling.trim(), busybox_id);
    let listed = skiff.ok(&["images"]);
    assert!(listed.contains("<none>"), "{listed}");
    let out = skiff.ok(&["image", "prune", "-f"]);
    assert!(out.contains("Deleted Images:"), "{out}");
    assert!(skiff
        .ok(&["images", "-f", "dangling=true", "-q"])
        .is_empty());
    // multilayer still has its busybox base layer and is intact.
    let lower = skiff.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.GraphDriver.Data.LowerDir}}",
        &multi,
    ]);
    for dir in lower.trim().split(':') {
        assert!(
            std::path::Path::new(dir).is_dir(),
            "{dir} missing after prune"
        );
    }
    let out = skiff.ok(&["image", "prune", "-a", "-f"]);
    assert!(out.contains("untagged: dang:1"), "{out}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
}

#[test]
fn push_to_another_registry_keeps_the_digest() {
    let src = shared_registry();
    let dst = Registry::start();
    let skiff = Skiff::new();
    let image = src.image("test/multilayer:latest");
    skiff.ok(&["pull", "-q", &image]);
    let target = dst.image("copied/multilayer:v1");
    skiff.ok(&["tag", &image, &target]);
    let out = skiff.ok(&["push", &target]);
    let digest = fixture_info("multilayer:latest")["manifest"]
        .as_str()
        .expect("digest")
        .to_string();
    assert!(
        out.contains(&format!(
            "The push refers to repository [{}]",
            dst.image("copied/multilayer")
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("v1: digest: {digest} size:")),
        "{out}"
    );
    assert!(out.contains("Pushed"), "{out}");
    let again = skiff.ok(&["push", &target]);
    assert!(again.contains("Layer already exists"), "{again}");
    assert!(!again.contains(": Pushed"), "{again}");

    let other = Skiff::new();
    let out = other.ok(&["pull", &target]);
    assert!(out.contains(&format!("Digest: {digest}")), "{out}");
    let digests = other.ok(&["inspect", "-f", "{{json .RepoDigests}}", &target]);
    assert!(digests.contains(&digest), "{digests}");
}

#[test]
fn list_formats_filters_and_history() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("test/schema2:latest");
    skiff.ok(&["pull", "-q", &image]);
    skiff.ok(&["pull", "-q", &reg.image("library/busybox")]);
    let json = skiff.ok(&["images", "--format", "json"]);
    for line in json.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        assert!(v["ID"].is_string() && v["Repository"].is_string(), "{line}");
    }
    assert_eq!(json.lines().count(), 2);
    let filtered = skiff.ok(&[
        "images",
        "--filter",
        "label=fixture=schema2",
        "--format",
        "{{.Repository}}",
    ]);
    assert_eq!(filtered.trim(), reg.image("test/schema2"));
    let by_ref = skiff.ok(&["images", "--filter", "reference=*/library/*", "-q"]);
    assert_eq!(by_ref.lines().count(), 1);
    let table = skiff.ok(&["images", "--format", "table {{.Repository}}\t{{.Tag}}"]);
    assert!(table.starts_with("REPOSITORY"), "{table}");
    let history = skiff.ok(&["history", &image]);
    let header = history.lines().next().unwrap_or_default();
    for col in ["IMAGE", "CREATED", "CREATED BY", "SIZE", "COMMENT"] {
        assert!(header.contains(col), "{history}");
    }
    let inspect = skiff.ok(&["inspect", &image]);
    let doc: serde_json::Value = serde_json::from_str(&inspect).expect("inspect json");
    assert_eq!(doc[0]["RepoTags"][0], image);
    assert_eq!(doc[0]["Os"], "linux");
    assert!(doc[0]["RootFS"]["Layers"].is_array());
}

/// Within one registry, push mounts the blobs another repository has
/// (`Mounted from …`) instead of uploading them again; the config blob has
/// no row of its own, as in docker's output.
#[test]
fn push_mounts_blobs_from_another_repository() {
    let dst = Registry::start();
    let skiff = Skiff::new();
    let first = dst.image("first/multilayer:v1");
    skiff.ok(&[
        "pull",
        "-q",
        &shared_registry().image("test/multilayer:latest"),
    ]);
    skiff.ok(&[
        "tag",
        &shared_registry().image("test/multilayer:latest"),
        &first,
    ]);
    let out = skiff.ok(&["push", &first]);
    let layers = fixture_info("multilayer:latest")["layers"]
        .as_array()
        .expect("layers")
        .len();
    let rows = out.lines().filter(|l| l.ends_with(": Pushed")).count();
    assert_eq!(
        rows, layers,
        "one row per layer, none for the config:\n{out}"
    );

    let second = dst.image("second/multilayer:v1");
    skiff.ok(&["tag", &first, &second]);
    let out = skiff.ok(&["push", &second]);
    let mounted = out
        .lines()
        .filter(|l| l.ends_with(": Mounted from first/multilayer"))
        .count();
    assert_eq!(mounted, layers, "{out}");
    assert!(!out.contains(": Pushed"), "{out}");
    let other = Skiff::new();
    other.ok(&["pull", "-q", &second]);
}

#[test]
fn manifest_inspect_and_search_read_the_registry() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let out = skiff.ok(&["manifest", "inspect", &reg.image("test/multiarch:latest")]);
    assert!(out.starts_with("{\n   \""), "three-space indents: {out}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(
        doc["manifests"].as_array().is_some_and(|m| m.len() > 1),
        "{out}"
    );
    assert!(
        doc["mediaType"] == "application/vnd.docker.distribution.manifest.list.v2+json",
        "docker/cli shows a list as docker's manifest list: {out}"
    );
    let first = &out[out.find("\"manifests\"").expect("manifests")..];
    let (media, size, digest) = (
        first.find("\"mediaType\"").expect("mediaType"),
        first.find("\"size\"").expect("size"),
        first.find("\"digest\"").expect("digest"),
    );
    assert!(media < size && size < digest, "docker's field order: {out}");
    // One image: the registry's own bytes, tab-indented in their key order.
    let out = skiff.ok(&["manifest", "inspect", &reg.image("library/busybox:latest")]);
    assert!(out.starts_with("{\n\t\"schemaVersion\": 2,"), "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert!(doc["layers"].as_array().is_some(), "{out}");
    let out = skiff.fails(&["manifest", "inspect", &reg.image("library/nosuch:latest")]);
    assert!(!String::from_utf8_lossy(&out.stderr).is_empty());

    let host = reg.image("x").trim_end_matches("/x").to_string();
    let out = skiff.ok(&["search", &format!("{host}/busy")]);
    let mut lines = out.lines();
    assert!(
        lines
            .next()
            .is_some_and(|h| h.starts_with("NAME") && h.contains("DESCRIPTION")),
        "{out}"
    );
    assert!(out.contains(&format!("{host}/library/busybox")), "{out}");
    let out = skiff.fails(&["search", "busybox"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("REGISTRY/TERM"));
}

/// `manifest create` from images in a registry, `manifest push` into another
/// repository (mounting their blobs), then pull by platform from the list.
#[test]
fn manifest_lists_are_made_pushed_and_pulled() {
    let reg = Registry::start();
    reg.push_fixture("multiarch:latest", "src/multi:latest");
    let skiff = Skiff::new();
    let info = fixture_info("multiarch:latest");
    let by_arch = |arch: &str| {
        info["manifests"]
            .as_array()
            .expect("manifests")
            .iter()
            .find(|m| m["architecture"] == arch)
            .and_then(|m| m["manifest"].as_str())
            .expect("platform")
            .to_string()
    };
    let amd64 = format!("{}@{}", reg.image("src/multi"), by_arch("amd64"));
    let arm64 = format!("{}@{}", reg.image("src/multi"), by_arch("arm64"));
    let list = reg.image("lists/mine:v1");
    let out = skiff.ok(&["manifest", "create", &list, &amd64, &arm64]);
    assert_eq!(out, format!("Created manifest list {list}\n"));
    let local = skiff.ok(&["manifest", "inspect", &list]);
    let doc: serde_json::Value = serde_json::from_str(&local).expect("json");
    assert_eq!(
        doc["manifests"].as_array().map(Vec::len),
        Some(2),
        "{local}"
    );
    let out = skiff.fails(&["manifest", "create", &list, &amd64]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--amend"));

    let digest = skiff.ok(&["manifest", "push", "--purge", &list]);
    assert!(digest.trim().starts_with("sha256:"), "{digest}");
    let remote = skiff.ok(&["manifest", "inspect", &list]);
    let doc: serde_json::Value = serde_json::from_str(&remote).expect("json");
    let archs: Vec<&str> = doc["manifests"]
        .as_array()
        .expect("manifests")
        .iter()
        .filter_map(|m| m["platform"]["architecture"].as_str())
        .collect();
    assert_eq!(archs, ["amd64", "arm64"], "{remote}");
    skiff.ok(&["pull", "-q", "--platform", "linux/arm64", &list]);
    let arch = skiff.ok(&["image", "inspect", "-f", "{{.Architecture}}", &list]);
    assert_eq!(arch.trim(), "arm64");
    let out = skiff.fails(&["manifest", "rm", &list]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("No such manifest"));
}

/// `image check`: complete images pass; a corrupt blob, a missing blob and a
/// missing snapshot are each reported, with exit 1.
#[test]
fn image_check_finds_corrupt_and_missing_content() {
    let skiff = Skiff::new();
    let _c = Cleanup(&skiff);
    let archive = busybox_docker_archive().display().to_string();
    skiff.ok(&["load", "-q", "-i", &archive]);
    skiff.ok(&["tag", "busybox", "second:1"]);
    let out = skiff.ok(&["image", "check"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("REF ") && lines[0].ends_with(" UNPACKED "),
        "{out}"
    );
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[1..].iter().all(|l| l.contains(" complete (3/3) ")
            && l.contains(" MiB/")
            && l.trim_end().ends_with(" true")),
        "{out}"
    );
    // -q: the ready refs, as ctr prints them.
    assert_eq!(
        skiff.ok(&["image", "check", "-q"]),
        "docker.io/library/busybox:latest\ndocker.io/library/second:1\n"
    );
    // The manifest names the layer blob.
    let digest = lines[1]
        .split_whitespace()
        .find(|w| w.starts_with("sha256:"))
        .expect("the manifest digest")
        .trim_start_matches("sha256:")
        .to_string();
    let blobs = skiff.root.path().join("content/blobs/sha256");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(blobs.join(&digest)).expect("manifest"))
            .expect("json");
    let layer = blobs.join(
        manifest["layers"][0]["digest"]
            .as_str()
            .expect("layer digest")
            .trim_start_matches("sha256:"),
    );
    let config = blobs.join(
        manifest["config"]["digest"]
            .as_str()
            .expect("config digest")
            .trim_start_matches("sha256:"),
    );

    // A flipped byte: corrupt, exit 1, named with -q.
    let mut bytes = std::fs::read(&layer).expect("layer");
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&layer, &bytes).expect("corrupting");
    let out = skiff.run(&["image", "check", "busybox"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains(" corrupt "),
        "{}",
        describe(&out)
    );
    assert_eq!(text(&skiff.run(&["image", "check", "-q"]).stdout), "");
    // A missing blob: incomplete.
    std::fs::remove_file(&config).expect("removing the config");
    bytes[last] ^= 0xff;
    std::fs::write(&layer, &bytes).expect("mending");
    let out = skiff.run(&["image", "check", "second:1"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains("docker.io/library/second:1 ")
            && text(&out.stdout).contains(" incomplete (2/3) "),
        "{}",
        describe(&out)
    );
    let out = skiff.run(&["image", "check", "nosuch"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("No such image: nosuch"),
        "{}",
        describe(&out)
    );
}

/// `image mount|unmount` and `mount|unmount` (podman's): root filesystems
/// on the host, read-only for images; a mounted image is not removed.
#[test]
fn images_and_containers_mount_on_the_host() {
    let skiff = Skiff::new();
    let _c = Cleanup(&skiff);
    let archive = busybox_docker_archive().display().to_string();
    skiff.ok(&["load", "-q", "-i", &archive]);
    let at = skiff.ok(&["image", "mount", "busybox"]);
    let at = std::path::PathBuf::from(at.trim());
    assert!(at.join("bin/busybox").is_file(), "{}", at.display());
    assert!(
        std::fs::write(at.join("new-file"), "x").is_err(),
        "an image mount is read-only"
    );
    assert_eq!(
        skiff.ok(&["image", "mount"]),
        format!("docker.io/library/busybox:latest  {}\n", at.display())
    );
    let out = skiff.run(&["rmi", "busybox"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("image is mounted at"),
        "{}",
        describe(&out)
    );
    skiff.ok(&["image", "unmount", "busybox"]);
    assert!(!at.exists(), "skiff's own mountpoint goes with the mount");
    assert_eq!(skiff.ok(&["image", "mount"]), "");
    // At a directory of the user's, as ctr's image mount does.
    let target = tempfile::tempdir().expect("target");
    let out = skiff.ok(&[
        "image",
        "mount",
        "busybox",
        target.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(out.trim(), target.path().to_str().expect("utf-8"));
    assert!(target.path().join("bin/busybox").is_file());
    skiff.ok(&["image", "umount", "-a"]);
    assert!(!target.path().join("bin").exists());
    let out = skiff.run(&["image", "unmount", "busybox"]);
    assert!(
        text(&out.stderr).contains("is not mounted"),
        "{}",
        describe(&out)
    );

    // A container's rootfs stays mounted across its run until unmount.
    skiff.ok(&[
        "create",
        "--name",
        "m1",
        "--network",
        "none",
        "busybox",
        "sh",
        "-c",
        "echo made > /made",
    ]);
    let rootfs = std::path::PathBuf::from(skiff.ok(&["mount", "m1"]).trim());
    assert!(rootfs.join("bin/busybox").is_file());
    skiff.ok(&["start", "-a", "m1"]);
    assert_eq!(
        std::fs::read_to_string(rootfs.join("made")).expect("the container's file"),
        "made\n"
    );
    let listed = skiff.ok(&["mount"]);
    assert!(
        listed.ends_with(&format!("  {}\n", rootfs.display())),
        "{listed}"
    );
    assert_eq!(skiff.ok(&["unmount", "m1"]), "m1\n");
    assert_eq!(skiff.ok(&["mount"]), "");
    skiff.ok(&["rm", "m1"]);
    let left: Vec<_> = std::fs::read_to_string("/proc/self/mountinfo")
        .expect("mountinfo")
        .lines()
        .filter(|l| {
            l.contains(skiff.root.path().to_str().expect("utf-8"))
                || l.contains(skiff.runroot.path().to_str().expect("utf-8"))
        })
        .map(str::to_string)
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
