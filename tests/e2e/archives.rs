//! save and load: archives written by skopeo load and run, archives skiff writes load
//! in skopeo and in a fresh store with the same IDs and digests, several images per
//! archive, compressed and streamed input, and broken archives that leave nothing behind.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{
    busybox_docker_archive, busybox_oci_archive, describe, fixture_info, shared_registry, text,
    Cleanup, Skiff,
};

fn info_str(fixture: &str, key: &str) -> String {
    fixture_info(fixture)[key]
        .as_str()
        .unwrap_or_else(|| panic!("{fixture}: no {key}"))
        .to_string()
}

/// Runs a bash script (set -euo pipefail), panicking with its output on failure.
fn sh(script: &str) -> String {
    let out = Command::new("bash")
        .args(["-euo", "pipefail", "-c", script])
        .stdin(Stdio::null())
        .output()
        .expect("spawning bash");
    assert!(
        out.status.success(),
        "script failed ({}):\n{script}\n{}",
        out.status,
        describe(&out)
    );
    text(&out.stdout)
}

fn quote(p: &Path) -> String {
    format!("'{}'", p.display())
}

/// A file inside an archive, read with GNU tar.
fn member(archive: &Path, name: &str) -> String {
    sh(&format!("tar -xOf {} {name}", quote(archive)))
}

fn image_id(skiff: &Skiff, image: &str) -> String {
    skiff
        .ok(&["inspect", "-f", "{{.Id}}", image])
        .trim()
        .to_string()
}

/// Asserts that a failed load left the store as it was: no images, no blobs, and
/// nothing partial in the ingest area.
fn assert_store_untouched(skiff: &Skiff) {
    assert_eq!(skiff.ok(&["images", "-q"]), "", "no image may be recorded");
    let blobs = skiff.root.path().join("content/blobs/sha256");
    let count = std::fs::read_dir(&blobs).map(|rd| rd.count()).unwrap_or(0);
    assert_eq!(
        count,
        0,
        "no blob may become visible in {}",
        blobs.display()
    );
    let ingest = skiff.root.path().join("content/ingest");
    let leftovers: Vec<String> = std::fs::read_dir(&ingest)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(".lock"))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        leftovers.is_empty(),
        "partial files left in {}: {leftovers:?}",
        ingest.display()
    );
}

#[test]
fn skopeo_archives_load_and_run() {
    let config = info_str("busybox:latest", "config");
    for archive in [busybox_docker_archive(), busybox_oci_archive()] {
        let skiff = Skiff::new();
        let _cleanup = Cleanup(&skiff);
        let path = archive.display().to_string();
        let out = skiff.ok(&["load", "-i", &path]);
        assert_eq!(out, "Loaded image: busybox:latest\n", "{path}");
        assert_eq!(image_id(&skiff, "busybox"), config, "{path}");
        let listed = skiff.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
        assert_eq!(listed, "busybox:latest\n", "{path}");
        let out = skiff.ok(&["run", "--rm", "busybox", "echo", "ok"]);
        assert_eq!(out, "ok\n", "{path}");
    }
}

#[test]
fn round_trip_keeps_ids_digests_and_bytes() {
    let reg = shared_registry();
    let a = Skiff::new();
    let image = reg.image("library/busybox:latest");
    a.ok(&["pull", "-q", &image]);
    let dir = tempfile::tempdir().expect("tempdir");
    let first = dir.path().join("first.tar");
    a.ok(&["save", "-o", &first.display().to_string(), &image]);

    // The archive holds the registry's manifest, config and layer bytes.
    let manifest = info_str("busybox:latest", "manifest");
    let config = info_str("busybox:latest", "config");
    let index: serde_json::Value = serde_json::from_str(&member(&first, "index.json")).unwrap();
    assert_eq!(
        index["manifests"][0]["digest"],
        manifest.as_str(),
        "{index}"
    );
    assert_eq!(
        index["manifests"][0]["annotations"]["io.containerd.image.name"],
        image.as_str()
    );
    assert_eq!(
        index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"],
        "latest"
    );
    let docker: serde_json::Value = serde_json::from_str(&member(&first, "manifest.json")).unwrap();
    let hex = |d: &str| d.trim_start_matches("sha256:").to_string();
    assert_eq!(
        docker[0]["Config"],
        format!("blobs/sha256/{}", hex(&config))
    );
    let familiar = image.clone(); // a registry with a port keeps its host in the familiar name
    assert_eq!(docker[0]["RepoTags"][0], familiar.as_str());
    let blob_hash = sh(&format!(
        "tar -xOf {} blobs/sha256/{} | sha256sum | cut -d' ' -f1",
        quote(&first),
        hex(&manifest)
    ));
    assert_eq!(blob_hash.trim(), hex(&manifest));

    let b = Skiff::new();
    let _cleanup = Cleanup(&b);
    let out = b.ok(&["load", "-i", &first.display().to_string()]);
    assert_eq!(out, format!("Loaded image: {image}\n"));
    assert_eq!(image_id(&b, &image), image_id(&a, &image));
    assert_eq!(image_id(&b, &image), config);
    assert_eq!(b.ok(&["run", "--rm", &image, "echo", "ok"]), "ok\n");

    // Saving again from the second store gives the very same archive.
    let second = dir.path().join("second.tar");
    b.ok(&["image", "save", "-o", &second.display().to_string(), &image]);
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap(),
        "save is deterministic and load keeps every digest"
    );
}

#[test]
fn saved_archives_load_in_skopeo() {
    let reg = shared_registry();
    let skiff = Skiff::new();
    let image = reg.image("library/busybox:latest");
    skiff.ok(&["pull", "-q", &image]);
    skiff.ok(&["tag", &image, "busybox:latest"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("busybox.tar");
    skiff.ok(&["save", "-o", &archive.display().to_string(), "busybox"]);
    let info = fixture_info("busybox:latest");
    let diff_id = info["layers"][0]["diff_id"].as_str().unwrap().to_string();

    let docker: serde_json::Value = serde_json::from_str(&sh(&format!(
        "skopeo inspect docker-archive:{}",
        quote(&archive)
    )))
    .unwrap();
    assert_eq!(docker["Architecture"], info["architecture"], "{docker}");
    assert_eq!(docker["Layers"][0], diff_id.as_str(), "{docker}");

    let oci: serde_json::Value = serde_json::from_str(&sh(&format!(
        "skopeo inspect oci-archive:{}",
        quote(&archive)
    )))
    .unwrap();
    assert_eq!(oci["Digest"], info["manifest"], "{oci}");

    let layout = dir.path().join("layout");
    sh(&format!(
        "skopeo --insecure-policy copy -q docker-archive:{} oci:{}:copied",
        quote(&archive),
        quote(&layout)
    ));
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(layout.join("index.json")).unwrap()).unwrap();
    assert_eq!(
        index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"],
        "copied"
    );

    // And skopeo's copy of it loads back into skiff.
    let other = Skiff::new();
    let out = other.ok(&["load", "-i", &layout.display().to_string()]);
    assert!(out.starts_with("Loaded image"), "{out}");
}

#[test]
fn several_images_in_one_archive() {
    let reg = shared_registry();
    let a = Skiff::new();
    let busybox = reg.image("library/busybox:latest");
    let multi = reg.image("test/multilayer:latest");
    let zstd = reg.image("test/zstd:latest");
    for i in [&busybox, &multi, &zstd] {
        a.ok(&["pull", "-q", i]);
    }
    a.ok(&["tag", &busybox, "mytag:v1"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("all.tar");
    let path = archive.display().to_string();
    a.ok(&["save", "-o", &path, &busybox, "mytag:v1", &multi, &zstd]);
    let docker: serde_json::Value =
        serde_json::from_str(&member(&archive, "manifest.json")).unwrap();
    assert_eq!(docker.as_array().map(Vec::len), Some(3), "{docker}");
    assert_eq!(
        docker[0]["RepoTags"],
        serde_json::json!([busybox, "mytag:v1"]),
        "{docker}"
    );
    let index: serde_json::Value = serde_json::from_str(&member(&archive, "index.json")).unwrap();
    assert_eq!(index["manifests"].as_array().map(Vec::len), Some(4));

    let b = Skiff::new();
    let _cleanup = Cleanup(&b);
    let out = b.ok(&["image", "load", "-i", &path]);
    assert_eq!(
        out,
        format!(
            "Loaded image: {busybox}\nLoaded image: mytag:v1\nLoaded image: {multi}\nLoaded image: {zstd}\n"
        )
    );
    for i in [&busybox, &multi, &zstd, &"mytag:v1".to_string()] {
        assert_eq!(image_id(&b, i), image_id(&a, i), "{i}");
    }
    let out = b.ok(&["run", "--rm", &multi, "cat", "/data/file.txt"]);
    assert_eq!(out, "v2\n");
    let out = b.ok(&["run", "--rm", &zstd, "cat", "/zstd.txt"]);
    assert!(!out.is_empty());

    // A repository name alone saves every tag of it.
    let repo_only = dir.path().join("repo.tar");
    a.ok(&["save", "-o", &repo_only.display().to_string(), "mytag"]);
    let docker: serde_json::Value =
        serde_json::from_str(&member(&repo_only, "manifest.json")).unwrap();
    assert_eq!(docker[0]["RepoTags"], serde_json::json!(["mytag:v1"]));

    // An image saved by ID has no name and loads as an ID.
    let id = image_id(&a, &multi);
    let by_id = dir.path().join("id.tar");
    a.ok(&["save", "-o", &by_id.display().to_string(), &id[7..19]]);
    let c = Skiff::new();
    let out = c.ok(&["load", "-i", &by_id.display().to_string()]);
    assert_eq!(out, format!("Loaded image ID: {id}\n"));
    assert_eq!(
        c.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]),
        "<none>:<none>\n"
    );
}

#[test]
fn compressed_input_and_pipes() {
    let a = Skiff::new();
    a.ok(&[
        "load",
        "-i",
        &busybox_docker_archive().display().to_string(),
    ]);
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = dir.path().join("busybox.tar");
    a.ok(&["save", "-o", &plain.display().to_string(), "busybox"]);
    let config = info_str("busybox:latest", "config");

    let mut tools = vec![("gzip", "gz"), ("zstd", "zst")];
    for extra in [("bzip2", "bz2"), ("xz", "xz")] {
        if Command::new(extra.0).arg("--version").output().is_ok() {
            tools.push(extra);
        }
    }
    for (tool, ext) in tools {
        let compressed = dir.path().join(format!("busybox.tar.{ext}"));
        sh(&format!(
            "{tool} -c < {} > {}",
            quote(&plain),
            quote(&compressed)
        ));
        // From a file...
        let b = Skiff::new();
        let out = b.ok(&["load", "-i", &compressed.display().to_string()]);
        assert_eq!(out, "Loaded image: busybox:latest\n", "{tool}");
        assert_eq!(image_id(&b, "busybox"), config, "{tool}");
        // ...and from stdin.
        let c = Skiff::new();
        let data = std::fs::read(&compressed).unwrap();
        let out = c.run_stdin(&["load", "-q"], &data);
        assert!(out.status.success(), "{tool}: {}", describe(&out));
        assert_eq!(
            text(&out.stdout),
            "Loaded image: busybox:latest\n",
            "{tool}"
        );
    }

    // skiff save IMAGE | skiff load
    let b = Skiff::new();
    let _cleanup = Cleanup(&b);
    let mut save = a.cmd(&["save", "busybox"]);
    save.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut saver = save.spawn().expect("spawning save");
    let pipe = saver.stdout.take().expect("stdout");
    let mut load = b.cmd(&["load"]);
    load.stdin(Stdio::from(pipe));
    let loaded = load.output().expect("running load");
    let saved = saver.wait_with_output().expect("waiting for save");
    assert!(saved.status.success(), "{}", describe(&saved));
    assert!(loaded.status.success(), "{}", describe(&loaded));
    assert_eq!(text(&loaded.stdout), "Loaded image: busybox:latest\n");
    assert_eq!(b.ok(&["run", "--rm", "busybox", "echo", "ok"]), "ok\n");

    // Streaming to stdout gives the same bytes as -o.
    let out = a.cmd(&["save", "busybox"]).output().expect("save");
    assert!(out.status.success());
    assert_eq!(out.stdout, std::fs::read(&plain).unwrap());
}

#[test]
fn oci_formats() {
    let a = Skiff::new();
    a.ok(&["load", "-i", &busybox_oci_archive().display().to_string()]);
    let dir = tempfile::tempdir().expect("tempdir");
    let manifest = info_str("busybox:latest", "manifest");

    let layout: PathBuf = dir.path().join("layout");
    a.ok(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        &layout.display().to_string(),
        "busybox",
    ]);
    assert!(layout.join("oci-layout").is_file());
    assert!(!layout.join("manifest.json").exists());
    let out: serde_json::Value =
        serde_json::from_str(&sh(&format!("skopeo inspect oci:{}", quote(&layout)))).unwrap();
    assert_eq!(out["Digest"], manifest.as_str());
    let b = Skiff::new();
    let out = b.ok(&["load", "-i", &layout.display().to_string()]);
    assert_eq!(out, "Loaded image: busybox:latest\n");

    let archive = dir.path().join("oci.tar");
    a.ok(&[
        "save",
        "--format",
        "oci-archive",
        "-o",
        &archive.display().to_string(),
        "busybox",
    ]);
    let names = sh(&format!("tar -tf {}", quote(&archive)));
    assert!(!names.contains("manifest.json"), "{names}");
    let c = Skiff::new();
    assert_eq!(
        c.ok(&["load", "-i", &archive.display().to_string()]),
        "Loaded image: busybox:latest\n"
    );

    // Errors: no such image, and nothing written.
    let missing = dir.path().join("missing.tar");
    let out = a.fails(&["save", "-o", &missing.display().to_string(), "nosuch:image"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "Error: No such image: nosuch:image\n");
    assert!(!missing.exists());
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 2, "only the layout and oci.tar exist");
}

#[test]
fn corrupt_layer_is_rejected() {
    // A copy of skopeo's docker-archive whose config claims another diffID.
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().join("x");
    let archive = dir.path().join("corrupt.tar");
    sh(&format!(
        r#"mkdir {w}; tar -xf {src} -C {w}; cd {w}
cfg=$(jq -r '.[0].Config' manifest.json)
chmod u+w "$cfg"
bad=$(printf 'not the layer' | sha256sum | cut -d' ' -f1)
jq -c ".rootfs.diff_ids[0] = \"sha256:$bad\"" "$cfg" > cfg.tmp
mv cfg.tmp "$cfg"
tar -cf {out} *"#,
        w = quote(&work),
        src = quote(&busybox_docker_archive()),
        out = quote(&archive)
    ));
    let skiff = Skiff::new();
    let out = skiff.fails(&["load", "-i", &archive.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("content does not match its diffID"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(text(&out.stdout), "");
    assert_store_untouched(&skiff);

    // The same layer under its right diffID still loads afterwards.
    let out = skiff.ok(&[
        "load",
        "-i",
        &busybox_docker_archive().display().to_string(),
    ]);
    assert_eq!(out, "Loaded image: busybox:latest\n");
}

#[test]
fn archives_without_manifest_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("nomanifest.tar");
    sh(&format!(
        "cd {d} && mkdir -p junk && echo hello > junk/file.txt && tar -cf {a} junk",
        d = quote(dir.path()),
        a = quote(&archive)
    ));
    let skiff = Skiff::new();
    let out = skiff.fails(&["load", "-i", &archive.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: invalid archive: does not contain a manifest.json or an OCI index.json\n"
    );
    assert_eq!(text(&out.stdout), "");
    assert_store_untouched(&skiff);

    // Not a tar at all, and an empty stdin.
    let out = skiff.run_stdin(&["load"], b"this is not an archive\n");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stderr).starts_with("Error: invalid archive"),
        "{}",
        describe(&out)
    );
    let out = skiff.run_stdin(&["load"], b"");
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_store_untouched(&skiff);

    // An OCI layout that lost its index.
    let broken = dir.path().join("noindex.tar");
    sh(&format!(
        "cd {d} && printf '{{\"imageLayoutVersion\":\"1.0.0\"}}' > oci-layout && tar -cf {b} oci-layout",
        d = quote(dir.path()),
        b = quote(&broken)
    ));
    let out = skiff.fails(&["load", "-i", &broken.display().to_string()]);
    assert_eq!(
        text(&out.stderr),
        "Error: missing index.json in OCI layout 1.0.0\n"
    );
    assert_store_untouched(&skiff);
}

#[test]
fn multi_platform_archives_load_one_platform() {
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("multiarch.tar");
    sh(&format!(
        "skopeo --insecure-policy copy -q --all oci:{}:latest oci-archive:{}:multiarch:latest",
        quote(&crate::support::fixture_layout("multiarch:latest")),
        quote(&archive)
    ));
    let path = archive.display().to_string();
    let info = fixture_info("multiarch:latest");
    let config_of = |arch: &str| -> String {
        info["manifests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["architecture"] == arch)
            .and_then(|m| m["config"].as_str())
            .unwrap_or_else(|| panic!("no {arch} in multiarch"))
            .to_string()
    };
    let host = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };

    let skiff = Skiff::new();
    let _cleanup = Cleanup(&skiff);
    assert_eq!(
        skiff.ok(&["load", "-i", &path]),
        "Loaded image: multiarch:latest\n"
    );
    assert_eq!(image_id(&skiff, "multiarch"), config_of(host));
    let out = skiff.ok(&["run", "--rm", "multiarch", "cat", "/arch"]);
    assert!(out.contains(host), "{out}");

    let other = Skiff::new();
    let out = other.ok(&["load", "--platform", "linux/arm64", "-i", &path]);
    assert_eq!(out, "Loaded image: multiarch:latest\n");
    assert_eq!(image_id(&other, "multiarch"), config_of("arm64"));
    assert_eq!(
        other.ok(&["inspect", "-f", "{{.Os}}/{{.Architecture}}", "multiarch"]),
        "linux/arm64\n"
    );

    let none = Skiff::new();
    let out = none.fails(&["load", "--platform", "linux/s390x", "-i", &path]);
    let err = text(&out.stderr);
    assert!(
        err.contains("no matching manifest for linux/s390x"),
        "{err}"
    );
    assert_store_untouched(&none);
}

#[test]
fn save_refuses_a_damaged_store() {
    let skiff = Skiff::new();
    skiff.ok(&["load", "-i", &busybox_oci_archive().display().to_string()]);
    let layer = fixture_info("busybox:latest")["layers"][0]["digest"]
        .as_str()
        .unwrap()
        .trim_start_matches("sha256:")
        .to_string();
    let blob = skiff.root.path().join("content/blobs/sha256").join(layer);
    let mut data = std::fs::read(&blob).unwrap();
    data[100] ^= 0xff;
    std::fs::write(&blob, data).unwrap();

    let dir = tempfile::tempdir().expect("tempdir");
    let out_file = dir.path().join("busybox.tar");
    let out = skiff.fails(&["save", "-o", &out_file.display().to_string(), "busybox"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("in the store is damaged"), "{err}");
    let out = skiff.fails(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        &dir.path().join("layout").display().to_string(),
        "busybox",
    ]);
    assert!(text(&out.stderr).contains("in the store is damaged"));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "nothing half-written: {left:?}");
}

/// `save --all-platforms` keeps the pulled index and every platform the store holds
/// (the second pull of another platform must not count as "up to date"); the
/// archive loads each of those platforms, and skopeo reads it as an index.
#[test]
fn save_all_platforms_keeps_the_index() {
    let reg = shared_registry();
    let image = reg.image("test/multiarch:latest");
    let info = fixture_info("multiarch:latest");
    let manifest_of = |arch: &str| -> (String, String) {
        let m = info["manifests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["architecture"] == arch)
            .unwrap_or_else(|| panic!("no {arch} in multiarch"));
        (
            m["manifest"].as_str().unwrap().to_string(),
            m["config"].as_str().unwrap().to_string(),
        )
    };
    let (arm64_manifest, arm64_config) = manifest_of("arm64");
    let (armv7_manifest, _) = manifest_of("arm");

    let skiff = Skiff::new();
    skiff.ok(&["pull", "-q", "--platform", "linux/amd64", &image]);
    let out = skiff.ok(&["pull", "--platform", "linux/arm64", &image]);
    assert!(out.contains("Downloaded newer image"), "{out}");
    assert_eq!(image_id(&skiff, &image), arm64_config);

    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("all.tar");
    let path = archive.display().to_string();
    let err = text(
        &skiff
            .fails(&[
                "save",
                "--all-platforms",
                "--platform",
                "linux/arm64",
                "-o",
                &path,
                &image,
            ])
            .stderr,
    );
    assert!(err.contains("cannot be used with"), "{err}");
    skiff.ok(&["save", "--all-platforms", "-o", &path, &image]);

    let index: serde_json::Value = serde_json::from_str(&member(&archive, "index.json")).unwrap();
    let entry = &index["manifests"][0];
    assert_eq!(entry["digest"], info["index"], "{index}");
    assert_eq!(entry["mediaType"], info["mediaType"]);
    let blob = |digest: &str| format!("blobs/sha256/{}", digest.trim_start_matches("sha256:"));
    let listing = sh(&format!("tar -tf {}", quote(&archive)));
    assert!(listing.contains(&blob(&arm64_manifest)), "{listing}");
    assert!(
        listing.contains(&blob(info["index"].as_str().unwrap())),
        "{listing}"
    );
    assert!(
        !listing.contains(&blob(&armv7_manifest)),
        "arm/v7 was never pulled: {listing}"
    );
    let raw = sh(&format!(
        "skopeo inspect --raw oci-archive:{}",
        quote(&archive)
    ));
    assert!(raw.contains(&arm64_manifest), "{raw}");

    let other = Skiff::new();
    other.ok(&["load", "--platform", "linux/arm64", "-i", &path]);
    assert_eq!(image_id(&other, &image), arm64_config);
    let amd64 = Skiff::new();
    amd64.ok(&["load", "--platform", "linux/amd64", "-i", &path]);
    assert_eq!(image_id(&amd64, &image), manifest_of("amd64").1);
    let out = amd64.fails(&["load", "--platform", "linux/arm/v7", "-i", &path]);
    assert!(text(&out.stderr).contains("no matching manifest for linux/arm/v7"));
}
