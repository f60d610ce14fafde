//! `skiff pull` against a real registry: formats, platforms, layouts, errors.

use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{describe, fixture_info, shared_registry, Registry, Skiff};

fn lower_dirs(skiff: &Skiff, image: &str) -> Vec<PathBuf> {
    let out = skiff.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.GraphDriver.Data.LowerDir}}",
        image,
    ]);
    out.trim().split(':').map(PathBuf::from).collect()
}

/// Mounts an overlay of `lowers` read-only in a temp dir; unmounted on drop.
struct OverlayView {
    dir: tempfile::TempDir,
}

impl OverlayView {
    fn mount(lowers: &[PathBuf]) -> OverlayView {
        let dir = tempfile::tempdir().expect("tempdir");
        let lower = lowers
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(":");
        // A single lowerdir is not a valid read-only overlay; add an empty one.
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).expect("mkdir");
        let merged = dir.path().join("merged");
        std::fs::create_dir(&merged).expect("mkdir");
        let status = Command::new("mount")
            .args(["-t", "overlay", "overlay", "-o"])
            .arg(format!("lowerdir={lower}:{}", empty.display()))
            .arg(&merged)
            .status()
            .expect("mount");
        assert!(status.success(), "mounting overlay of {lower}");
        OverlayView { dir }
    }

    fn path(&self) -> PathBuf {
        self.dir.path().join("merged")
    }
}

impl Drop for OverlayView {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.path()).status();
    }
}

fn get_xattr(path: &Path, name: &str) -> Option<Vec<u8>> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let p = CString::new(path.as_os_str().as_bytes()).ok()?;
    let n = CString::new(name).ok()?;
    let mut buf = vec![0u8; 256];
    // SAFETY: both strings are NUL-terminated and buf is valid for its length.
    let len =
        unsafe { libc::lgetxattr(p.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if len < 0 {
        return None;
    }
    buf.truncate(len as usize);
    Some(buf)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

/// Checks the merged multilayer rootfs against what make-fixtures.sh documents.
fn check_multilayer_rootfs(root: &Path) {
    assert_eq!(read(&root.join("data/file.txt")), "v2\n");
    let h1 = std::fs::metadata(root.join("data/hard1")).expect("hard1");
    let h2 = std::fs::metadata(root.join("data/hard2")).expect("hard2");
    assert_eq!(h1.ino(), h2.ino(), "hardlink pair shares an inode");
    assert_eq!(read(&root.join("data/hard1")), "hardlinked\n");
    assert_eq!(
        std::fs::read_link(root.join("data/link-abs")).expect("link-abs"),
        PathBuf::from("/data/file.txt")
    );
    assert_eq!(
        std::fs::read_link(root.join("data/dangling")).expect("dangling"),
        PathBuf::from("/nonexistent/target")
    );
    let m600 = std::fs::symlink_metadata(root.join("data/mode600")).expect("mode600");
    assert_eq!(m600.mode() & 0o7777, 0o600);
    let owned = std::fs::symlink_metadata(root.join("home/app/owned.txt")).expect("owned");
    assert_eq!((owned.uid(), owned.gid()), (1000, 1000));
    assert_eq!(read(&root.join("data/typechange/inner.txt")), "now-a-dir\n");
    assert!(
        !root.join("todelete").exists(),
        "whiteout dir still visible"
    );
    assert!(
        !root.join("data/delete-me.txt").exists(),
        "whiteout file still visible"
    );
    let mut opaque: Vec<String> = std::fs::read_dir(root.join("opaque"))
        .expect("opaque dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    opaque.sort();
    assert_eq!(opaque, ["new.txt"], "opaque dir hides lower content");
    let long = walk_find(&root.join("data/long"), "txt");
    assert!(
        long.is_some_and(|p| read(&p) == "long\n"),
        "PAX long path unpacked"
    );
}

fn walk_find(dir: &Path, ext: &str) -> Option<PathBuf> {
    for e in std::fs::read_dir(dir).ok()?.flatten() {
        let p = e.path();
        if p.is_dir() {
            if let Some(found) = walk_find(&p, ext) {
                return Some(found);
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            return Some(p);
        }
    }
    None
}

#[test]
fn pull_by_tag_prints_docker_lines_and_unpacks() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("library/busybox:latest");
    let out = skiff.ok(&["pull", &image]);
    let info = fixture_info("busybox:latest");
    let manifest = info["manifest"].as_str().expect("manifest digest");
    assert!(
        out.contains("latest: Pulling from library/busybox"),
        "{out}"
    );
    assert!(out.contains("Pull complete"), "{out}");
    assert!(out.contains(&format!("Digest: {manifest}")), "{out}");
    assert!(
        out.contains(&format!("Status: Downloaded newer image for {image}")),
        "{out}"
    );
    assert_eq!(out.lines().last(), Some(image.as_str()));

    let lowers = lower_dirs(&skiff, &image);
    assert_eq!(lowers.len(), 1);
    let busybox = lowers[0].join("bin/busybox");
    assert!(busybox.is_file(), "{} missing", busybox.display());
    let ok = Command::new(&busybox)
        .arg("true")
        .status()
        .expect("run busybox");
    assert!(ok.success(), "unpacked busybox runs");

    // Images and inspect see it under its familiar name.
    let images = skiff.ok(&["images"]);
    let header = images.lines().next().unwrap_or_default();
    assert!(header.starts_with("REPOSITORY"), "{images}");
    for col in ["TAG", "IMAGE ID", "CREATED", "SIZE"] {
        assert!(header.contains(col), "{images}");
    }
    let config = info["config"].as_str().expect("config");
    assert!(images.contains(&config[7..19]), "short ID listed: {images}");
    let id = skiff.ok(&["inspect", "-f", "{{.Id}}", &image]);
    assert_eq!(id.trim(), config);
}

#[test]
fn pull_of_current_image_transfers_no_blob() {
    let reg = Registry::start();
    reg.push_fixture("busybox:latest", "nop/busybox:latest");
    let skiff = Skiff::new();
    let image = reg.image("nop/busybox:latest");
    skiff.ok(&["pull", "-q", &image]);
    let blob_gets = |log: &str| {
        log.lines()
            .filter(|l| l.contains("useragent=skiff") && l.contains("/v2/nop/busybox/blobs/"))
            .count()
    };
    let before = blob_gets(&reg.log());
    assert!(
        before >= 2,
        "first pull fetched config and layer:\n{}",
        reg.log()
    );
    let out = skiff.ok(&["pull", &image]);
    assert!(out.contains("Status: Image is up to date for"), "{out}");
    assert_eq!(
        blob_gets(&reg.log()),
        before,
        "second pull downloaded blobs"
    );
}

#[test]
fn pull_quiet_prints_only_the_reference() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("library/busybox");
    let out = skiff.ok(&["pull", "-q", &image]);
    assert_eq!(out, format!("{image}:latest\n"));
}

#[test]
fn pull_by_digest_and_tag_plus_digest() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let digest = fixture_info("busybox:latest")["manifest"]
        .as_str()
        .expect("digest")
        .to_string();
    let by_digest = format!("{}@{digest}", reg.image("library/busybox"));
    let out = skiff.ok(&["pull", &by_digest]);
    assert!(out.ends_with(&format!("{by_digest}\n")), "{out}");
    // Docker drops the tag when a digest is given.
    let both = format!("{}:whatever@{digest}", reg.image("library/busybox"));
    let out = skiff.ok(&["pull", &both]);
    assert!(out.ends_with(&format!("{by_digest}\n")), "{out}");
    let listed = skiff.ok(&["images", "--digests", "--format", "{{.Tag}} {{.Digest}}"]);
    assert!(listed.contains(&format!("<none> {digest}")), "{listed}");
    // A wrong digest is refused.
    let wrong = format!("{}@sha256:{}", reg.image("library/busybox"), "0".repeat(64));
    let out = skiff.fails(&["pull", &wrong]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn multilayer_overlay_layout_has_whiteouts_and_opaque_dirs() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("test/multilayer:latest");
    skiff.ok(&["--storage-driver", "overlay", "pull", &image]);
    let lowers = lower_dirs(&skiff, &image);
    assert_eq!(lowers.len(), 4);
    // Whiteouts are 0:0 character devices in the layer that deletes.
    let whiteouts: Vec<PathBuf> = lowers
        .iter()
        .map(|l| l.join("data/delete-me.txt"))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect();
    assert_eq!(whiteouts.len(), 2, "original file and its whiteout");
    let wh = whiteouts
        .iter()
        .map(|p| p.symlink_metadata().expect("stat"))
        .find(|m| m.file_type().is_char_device())
        .expect("a char-device whiteout");
    assert_eq!(wh.rdev(), 0);
    // The opaque dir carries trusted.overlay.opaque=y.
    let opaque_layer = lowers
        .iter()
        .find(|l| l.join("opaque/new.txt").exists())
        .expect("layer with opaque dir");
    assert_eq!(
        get_xattr(&opaque_layer.join("opaque"), "trusted.overlay.opaque").as_deref(),
        Some(&b"y"[..])
    );
    // Mounted as overlayfs, the layers give the documented rootfs.
    let view = OverlayView::mount(&lowers);
    check_multilayer_rootfs(&view.path());
}

#[test]
fn native_snapshotter_materialises_the_merged_rootfs() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("test/multilayer:latest");
    skiff.ok(&["--storage-driver", "native", "pull", &image]);
    let lowers = lower_dirs(&skiff, &image);
    let driver = skiff.ok(&["image", "inspect", "-f", "{{.GraphDriver.Name}}", &image]);
    assert_eq!(driver.trim(), "native", "the store keeps its driver");
    let out = skiff.fails(&["--storage-driver", "overlay", "images"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("uses the native storage driver"), "{err}");
    check_multilayer_rootfs(&lowers[0]);
}

#[test]
fn shared_layers_are_unpacked_once() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    skiff.ok(&["pull", &reg.image("library/busybox")]);
    let out = skiff.ok(&["pull", &reg.image("test/multilayer")]);
    let base = &fixture_info("busybox:latest")["layers"][0]["digest"];
    let short = &base.as_str().expect("digest")[7..19];
    assert!(out.contains(&format!("{short}: Already exists")), "{out}");
}

#[test]
fn zstd_and_schema2_images_pull() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    skiff.ok(&["pull", &reg.image("test/zstd")]);
    let lowers = lower_dirs(&skiff, &reg.image("test/zstd"));
    assert!(lowers.iter().any(|l| l.join("zstd.txt").is_file()));
    skiff.ok(&["pull", &reg.image("test/schema2")]);
    let label = skiff.ok(&[
        "inspect",
        "-f",
        "{{index .Config.Labels \"fixture\"}}",
        &reg.image("test/schema2"),
    ]);
    assert_eq!(label.trim(), "schema2");
}

#[test]
fn platform_selection_from_an_index() {
    let reg = shared_registry();
    let image = reg.image("test/multiarch:latest");
    for (platform, arch, variant) in [
        ("linux/arm64", "arm64", "v8"),
        ("linux/arm64/v8", "arm64", "v8"),
        ("linux/arm/v7", "arm", "v7"),
        ("linux/amd64", "amd64", ""),
    ] {
        let skiff = Skiff::new();
        skiff.ok(&["pull", "--platform", platform, &image]);
        let doc: serde_json::Value =
            serde_json::from_str(&skiff.ok(&["image", "inspect", &image])).expect("inspect json");
        assert_eq!(doc[0]["Architecture"], arch, "for {platform}");
        assert_eq!(
            doc[0]["Variant"].as_str().unwrap_or(""),
            variant,
            "for {platform}"
        );
        let lowers = lower_dirs(&skiff, &image);
        let marker = lowers.iter().map(|l| l.join("arch")).find(|p| p.is_file());
        let text = marker.map(|p| read(&p)).unwrap_or_default();
        assert!(text.contains(arch), "/arch for {platform} says {text:?}");
    }
    let skiff = Skiff::new();
    let out = skiff.fails(&["pull", "--platform", "linux/s390x", &image]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no matching manifest for linux/s390x in the manifest list entries"),
        "{err}"
    );
    assert!(skiff.ok(&["images", "-q"]).is_empty(), "nothing stored");
}

#[test]
fn diff_id_mismatch_is_refused_and_leaves_nothing() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let out = skiff.fails(&["pull", &reg.image("test/corrupt")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("diffID"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one-line error: {err}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
    let bad = fixture_info("corrupt:latest")["layers"][1]["diff_id"].clone();
    let snaps = skiff.root.path().join("snapshots/overlay");
    let hex = &bad.as_str().unwrap_or_default()[7..];
    let leftovers: Vec<_> = std::fs::read_dir(&snaps)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        leftovers
            .iter()
            .all(|n: &String| !n.contains(".tmp") && !n.starts_with(hex)),
        "{leftovers:?}"
    );
}

#[test]
fn corrupt_blob_is_refused_and_never_visible() {
    let reg = Registry::start();
    reg.push_fixture("corruptblob:latest", "c/blob:latest");
    let info = fixture_info("corruptblob:latest");
    let layers = info["layers"].as_array().expect("layers");
    let top = layers[layers.len() - 1]["digest"]
        .as_str()
        .expect("digest")
        .to_string();
    reg.corrupt_blob("c/blob", &top);
    let skiff = Skiff::new();
    let out = skiff.fails(&["pull", &reg.image("c/blob")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("digest mismatch") || err.contains("diffID"),
        "{err}"
    );
    assert!(!skiff
        .root
        .path()
        .join("content/blobs/sha256")
        .join(&top[7..])
        .exists());
    let partials: Vec<_> = std::fs::read_dir(skiff.root.path().join("content/ingest"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
                .collect()
        })
        .unwrap_or_default();
    assert!(partials.is_empty(), "partial downloads left: {partials:?}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
}

#[test]
fn bad_input_gets_one_clear_line_and_exit_1() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let cases: Vec<(String, &str)> = vec![
        (reg.image("test/nope"), "not found"),
        (reg.image("library/busybox:nope"), "manifest for"),
        ("127.0.0.1:1/x/y".to_string(), "connection refused"),
        ("Busybox".to_string(), "invalid reference format"),
        ("busy box".to_string(), "invalid reference format"),
        ("a".repeat(64), "cannot specify 64-byte hexadecimal strings"),
    ];
    for (image, needle) in cases {
        let out = skiff.fails(&["pull", &image]);
        assert_eq!(out.status.code(), Some(1), "{image}: {}", describe(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(needle),
            "{image}: expected {needle:?} in {err}"
        );
        assert_eq!(err.trim().lines().count(), 1, "{image}: one line: {err}");
        assert!(err.starts_with("Error: "), "{err}");
    }
    assert!(skiff.ok(&["images", "-q"]).is_empty());
}
