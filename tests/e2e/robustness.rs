//! Concurrency and crash safety of the store.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::support::{describe, shared_registry, Skiff};

/// Every visible blob hashes to its name and no partial download is visible.
fn assert_store_consistent(root: &Path) {
    let blobs = root.join("content/blobs/sha256");
    if let Ok(rd) = std::fs::read_dir(&blobs) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let data = std::fs::read(e.path()).expect("read blob");
            assert_eq!(
                hex::encode(Sha256::digest(&data)),
                name,
                "blob {name} is not what its name says"
            );
        }
    }
    if let Ok(rd) = std::fs::read_dir(root.join("snapshots/overlay")) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                assert!(
                    p.join("info.json").is_file()
                        || e.file_name().to_string_lossy().contains(".tmp-"),
                    "snapshot {} has no info.json",
                    p.display()
                );
            }
        }
    }
}

#[test]
fn ten_parallel_pulls_of_one_image_all_succeed() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("test/multilayer:latest");
    let children: Vec<_> = (0..10)
        .map(|_| {
            skiff
                .cmd(&["pull", "-q", &image])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn pull")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        assert!(out.status.success(), "{}", describe(&out));
    }
    assert_eq!(skiff.ok(&["images", "-q"]).lines().count(), 1);
    assert_store_consistent(skiff.root.path());
    let snapshots = std::fs::read_dir(skiff.root.path().join("snapshots/overlay"))
        .expect("snapshots")
        .flatten()
        .filter(|e| e.path().is_dir())
        .count();
    assert_eq!(snapshots, 4, "each layer unpacked once");
    // The image is usable: a later pull finds it current.
    let out = skiff.ok(&["pull", &image]);
    assert!(out.contains("Image is up to date"), "{out}");
}

#[test]
fn kill_9_at_any_point_leaves_a_store_the_next_pull_fixes() {
    let reg = shared_registry();
    let image = reg.image("test/multilayer:latest");
    for delay_ms in [0u64, 5, 10, 20, 40, 80, 150] {
        let skiff = Skiff::new();
        let mut child = skiff
            .cmd(&["pull", "-q", &image])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn pull");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        assert_store_consistent(skiff.root.path());
        let out = skiff.ok(&["pull", "-q", &image]);
        assert_eq!(out.trim(), image, "after kill at {delay_ms}ms");
        assert_store_consistent(skiff.root.path());
        let leftovers: Vec<String> = std::fs::read_dir(skiff.root.path().join("content/ingest"))
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".partial"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            leftovers.is_empty(),
            "after kill at {delay_ms}ms: {leftovers:?}"
        );
        let lowers = skiff.ok(&[
            "image",
            "inspect",
            "-f",
            "{{.GraphDriver.Data.LowerDir}}",
            &image,
        ]);
        for dir in lowers.trim().split(':') {
            assert!(
                Path::new(dir).join("..").join("info.json").is_file(),
                "{dir}"
            );
        }
    }
}
