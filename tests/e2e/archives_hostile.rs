//! load and hostile archives: entries that try to escape, links that point at host
//! files, manifests naming what is not there, blobs that do not match their digest,
//! and truncated input. Every archive is the real busybox fixture (skopeo's
//! docker-archive or oci-archive) rewritten with Python's tarfile, so only the hostile
//! part is wrong. A failed load must say why on one `Error: ` line, exit 1, leave the
//! store as it was and write nothing anywhere else.

use std::collections::BTreeSet;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tempfile::TempDir;

use crate::support::{
    busybox_docker_archive, busybox_oci_archive, describe, fixture_info, text, Skiff,
};

/// Copies the tar `spec.src` to `spec.dst` member by member (order, names, modes
/// kept), except: `drop` leaves members out, `replace` swaps a member for a symlink,
/// hardlink or file, `flip` inverts the middle byte of a member, `manifest_layers` and
/// `manifest_config` rewrite the first item of manifest.json, `append` adds members
/// at the end. Names are written as given: tarfile keeps `..` and leading `/` when
/// the TarInfo is built by hand.
const REPACK: &str = r#"
import io, json, sys, tarfile
spec = json.loads(sys.argv[1])
replace = spec.get("replace", {})
drop = set(spec.get("drop", []))
flip = set(spec.get("flip", []))
layers = spec.get("manifest_layers")
config = spec.get("manifest_config")

def member(e):
    t = tarfile.TarInfo(e["name"])
    t.mode = 0o644
    if e["type"] == "symlink":
        t.type = tarfile.SYMTYPE
        t.linkname = e["target"]
        return t, None
    if e["type"] == "hardlink":
        t.type = tarfile.LNKTYPE
        t.linkname = e["target"]
        return t, None
    data = e["data"].encode()
    t.size = len(data)
    return t, data

def add(dst, t, data):
    dst.addfile(t, io.BytesIO(data) if data is not None else None)

with tarfile.open(spec["src"]) as src, \
        tarfile.open(spec["dst"], "w", format=tarfile.PAX_FORMAT) as dst:
    for m in src.getmembers():
        if m.name in drop:
            continue
        if m.name in replace:
            add(dst, *member(dict(replace[m.name], name=m.name)))
            continue
        data = src.extractfile(m).read() if m.isreg() else None
        if m.name == "manifest.json" and (layers is not None or config is not None):
            doc = json.loads(data)
            if layers is not None:
                doc[0]["Layers"] = layers
            if config is not None:
                doc[0]["Config"] = config
            data = json.dumps(doc).encode()
            m.size = len(data)
        if m.name in flip:
            b = bytearray(data)
            b[len(b) // 2] ^= 0xFF
            data = bytes(b)
        add(dst, m, data)
    for e in spec.get("append", []):
        add(dst, *member(e))
"#;

fn python() -> String {
    std::env::var("SKIFF_E2E_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Runs [`REPACK`] with `spec` (which names `src` and `dst`).
fn repack(spec: Value) {
    let out = Command::new(python())
        .arg("-c")
        .arg(REPACK)
        .arg(spec.to_string())
        .stdin(Stdio::null())
        .output()
        .expect("spawning python3");
    assert!(
        out.status.success(),
        "repacking with {spec}:\n{}",
        describe(&out)
    );
}

fn sha256_file(path: &Path) -> String {
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    hex::encode(Sha256::digest(&data))
}

fn sha256_bytes(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// Every path under `dir` (relative, not following symlinks).
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            }
        }
    }
    out.sort();
    out
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// What a load may change in the store: blobs, snapshots, staging and partial files.
#[derive(Debug, PartialEq, Eq)]
struct StoreState {
    blobs: BTreeSet<String>,
    snapshots: BTreeSet<String>,
    ingest: BTreeSet<String>,
}

impl StoreState {
    fn capture(root: &Path) -> StoreState {
        let not_lock = |n: &String| !n.ends_with(".lock");
        let mut snapshots = BTreeSet::new();
        for driver in names_in(&root.join("snapshots")) {
            let dir = root.join("snapshots").join(&driver);
            for n in names_in(&dir).into_iter().filter(not_lock) {
                snapshots.insert(format!("{driver}/{n}"));
            }
        }
        StoreState {
            blobs: names_in(&root.join("content/blobs/sha256")),
            snapshots,
            ingest: names_in(&root.join("content/ingest"))
                .into_iter()
                .filter(not_lock)
                .collect(),
        }
    }
}

/// One skiff store inside a private directory that also holds a sentinel directory
/// next to the store, an empty `target` directory the hostile entries aim at, a
/// `victim` file they try to overwrite and skiff's working directory `cwd/a/b/c`, so
/// that `../../../../x` from the load's staging dir (`<store>/content/ingest/load-*`)
/// or from the working directory lands in `base`, where it is looked for.
struct Hostile {
    // Dropped before `base`, which holds its directories.
    skiff: Skiff,
    base: TempDir,
    sentinel: PathBuf,
    target: PathBuf,
    victim: PathBuf,
    cwd: PathBuf,
    /// Where hostile archives are written.
    work: PathBuf,
    /// Unique in hostile names, so they can be looked for outside `base` too.
    tag: String,
    base_entries: BTreeSet<String>,
    passwd_sha: String,
}

const VICTIM: &str = "victim: must stay as it is\n";
const SENTINEL: &str = "sentinel\n";

impl Hostile {
    fn new() -> Hostile {
        let base = tempfile::Builder::new()
            .prefix("skiff-e2e-hostile-")
            .tempdir()
            .expect("tempdir");
        let mk = |prefix: &str| {
            tempfile::Builder::new()
                .prefix(prefix)
                .tempdir_in(base.path())
                .expect("tempdir")
        };
        let skiff = Skiff {
            root: mk("store-"),
            runroot: mk("run-"),
            home: mk("home-"),
            netns: None,
        };
        let sentinel = base.path().join("sentinel");
        std::fs::create_dir(&sentinel).unwrap();
        std::fs::write(sentinel.join("keep"), SENTINEL).unwrap();
        let target = base.path().join("target");
        std::fs::create_dir(&target).unwrap();
        let victim = base.path().join("victim.txt");
        std::fs::write(&victim, VICTIM).unwrap();
        let cwd = base.path().join("cwd/a/b/c");
        std::fs::create_dir_all(&cwd).unwrap();
        let work = base.path().join("work");
        std::fs::create_dir(&work).unwrap();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let tag = format!(
            "{}-{}-{nanos:x}",
            std::process::id(),
            base.path().file_name().unwrap().to_string_lossy()
        );
        let base_entries = names_in(base.path());
        Hostile {
            skiff,
            base,
            sentinel,
            target,
            victim,
            cwd,
            work,
            tag,
            base_entries,
            passwd_sha: sha256_file(Path::new("/etc/passwd")),
        }
    }

    fn archive(&self, name: &str) -> PathBuf {
        self.work.join(name)
    }

    /// `skiff load ARGS` from `cwd`, with `input` on stdin when given.
    fn load(&self, args: &[&str], input: Option<&[u8]>) -> Output {
        let mut full = vec!["load"];
        full.extend_from_slice(args);
        let mut c = self.skiff.cmd(&full);
        c.current_dir(&self.cwd);
        let Some(input) = input else {
            return c.output().expect("running skiff load");
        };
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawning skiff load");
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().expect("waiting for skiff load");
        let _ = writer.join();
        out
    }

    fn load_file(&self, archive: &Path) -> Output {
        self.load(&["-i", &archive.display().to_string()], None)
    }

    /// Asserts the load failed with exit code 1, no output and one `Error: ` line
    /// containing every one of `wants`; returns that line.
    fn assert_refused(&self, out: &Output, what: &str, wants: &[&str]) -> String {
        assert_eq!(out.status.code(), Some(1), "{what}: {}", describe(out));
        assert_eq!(text(&out.stdout), "", "{what}: {}", describe(out));
        let err = text(&out.stderr);
        let line = err.trim();
        assert_eq!(line.lines().count(), 1, "{what}: one line: {err:?}");
        assert!(line.starts_with("Error: "), "{what}: {err:?}");
        for want in wants {
            assert!(line.contains(want), "{what}: want {want:?} in {err:?}");
        }
        line.to_string()
    }

    /// Nothing of the failed load is left in the store.
    fn assert_store_as(&self, before: &StoreState, what: &str) {
        let root = self.skiff.root.path();
        assert_eq!(
            self.skiff.ok(&["images", "-q"]),
            "",
            "{what}: no image may be recorded"
        );
        let after = StoreState::capture(root);
        assert_eq!(&after, before, "{what}: the store changed");
        assert!(
            after.ingest.is_empty(),
            "{what}: leftovers in content/ingest: {:?}",
            after.ingest
        );
        self.assert_no_leftovers(what);
    }

    /// No partial file, staging dir or unfinished snapshot anywhere in the store, and
    /// no blob holding the host's /etc/passwd.
    fn assert_no_leftovers(&self, what: &str) {
        let root = self.skiff.root.path();
        for p in walk(root) {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                !name.ends_with(".partial")
                    && !name.ends_with(".tmp")
                    && !name.contains(".tmp-")
                    && !name.starts_with("load-"),
                "{what}: leftover {} in the store",
                p.display()
            );
        }
        let blobs = root.join("content/blobs/sha256");
        for name in names_in(&blobs) {
            assert_ne!(
                sha256_file(&blobs.join(&name)),
                self.passwd_sha,
                "{what}: the host's /etc/passwd was stored as blob {name}"
            );
        }
    }

    /// Nothing was written outside the store: `base` holds what it held, the sentinel
    /// and the victim are unchanged, `target` is empty, no file named like a hostile
    /// entry exists under `base`, in the temp dir or at /.
    fn assert_nothing_escaped(&self, what: &str) {
        let base = self.base.path();
        assert_eq!(
            names_in(base),
            self.base_entries,
            "{what}: new entries next to the store in {}",
            base.display()
        );
        assert_eq!(
            names_in(&self.sentinel),
            BTreeSet::from(["keep".to_string()]),
            "{what}: sentinel dir"
        );
        assert_eq!(
            std::fs::read_to_string(self.sentinel.join("keep")).unwrap(),
            SENTINEL
        );
        assert_eq!(
            std::fs::read_to_string(&self.victim).unwrap(),
            VICTIM,
            "{what}: the victim file was written through a link"
        );
        assert_eq!(
            names_in(&self.target),
            BTreeSet::new(),
            "{what}: files appeared in {}",
            self.target.display()
        );
        let escaped: Vec<PathBuf> = walk(base)
            .into_iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains("escaped"))
            })
            .collect();
        assert!(escaped.is_empty(), "{what}: escaped files {escaped:?}");
        let tmp = std::env::temp_dir();
        assert!(
            !tmp.join(self.tmp_target_dir()).exists(),
            "{what}: {} was created",
            tmp.join(self.tmp_target_dir()).display()
        );
        for name in self.escaped_names() {
            for dir in [tmp.as_path(), Path::new("/tmp"), Path::new("/")] {
                assert!(
                    !dir.join(&name).exists(),
                    "{what}: {} was created",
                    dir.join(&name).display()
                );
            }
        }
        assert_eq!(
            sha256_file(Path::new("/etc/passwd")),
            self.passwd_sha,
            "{what}: /etc/passwd changed"
        );
    }

    /// A directory in the temp dir that no one creates but an extracting load.
    fn tmp_target_dir(&self) -> String {
        format!("skiff-hostile-{}", self.tag)
    }

    fn escaped_names(&self) -> Vec<String> {
        ["rel", "deep", "abs", "tmp", "link", "up", "hard"]
            .iter()
            .map(|k| format!("escaped-{k}-{}", self.tag))
            .collect()
    }

    /// Members that a load which extracts by name would write outside its staging
    /// dir: `..` paths, absolute paths, a write through a symlink to a directory
    /// outside, and a write through a hardlink to a file outside.
    fn escaping_members(&self) -> Value {
        let name = |k: &str| format!("escaped-{k}-{}", self.tag);
        let target = self.target.display().to_string();
        let target_rel = target.trim_start_matches('/');
        let tmp_abs = std::env::temp_dir()
            .join(self.tmp_target_dir())
            .join("escaped");
        json!([
            {"name": format!("../../../../{}", name("rel")), "type": "file",
             "data": "relative escape\n"},
            {"name": format!("{}{target_rel}/{}", "../".repeat(24), name("deep")),
             "type": "file", "data": "deep relative escape\n"},
            {"name": format!("{target}/{}", name("abs")), "type": "file",
             "data": "absolute escape\n"},
            {"name": tmp_abs.display().to_string(), "type": "file",
             "data": "absolute escape into the temp dir\n"},
            {"name": format!("/tmp/{}", name("tmp")), "type": "file",
             "data": "absolute escape into /tmp\n"},
            {"name": "evil-dir", "type": "symlink", "target": target},
            {"name": format!("evil-dir/{}", name("link")), "type": "file",
             "data": "written through a symlink\n"},
            {"name": "evil-up", "type": "symlink", "target": "../../../../.."},
            {"name": format!("evil-up/{}", name("up")), "type": "file",
             "data": "written through a relative symlink\n"},
            {"name": "victim-link", "type": "hardlink",
             "target": self.victim.display().to_string()},
            {"name": "victim-link", "type": "file", "data": "pwned\n"},
            {"name": format!("../{}", name("hard")), "type": "hardlink",
             "target": "/etc/passwd"},
        ])
    }
}

/// The docker-archive fixture's manifest.json item: (Config path, Layers[0] path).
fn docker_paths() -> (String, String) {
    let out = Command::new("tar")
        .arg("-xOf")
        .arg(busybox_docker_archive())
        .arg("manifest.json")
        .stdin(Stdio::null())
        .output()
        .expect("spawning tar");
    assert!(out.status.success(), "{}", describe(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("manifest.json");
    let config = doc[0]["Config"].as_str().expect("Config").to_string();
    let layer = doc[0]["Layers"][0].as_str().expect("Layers[0]").to_string();
    (config, layer)
}

/// The OCI fixture's digests: (manifest, config, layer).
fn oci_digests() -> (String, String, String) {
    let info = fixture_info("busybox:latest");
    let s = |v: &Value| v.as_str().expect("digest").to_string();
    (
        s(&info["manifest"]),
        s(&info["config"]),
        s(&info["layers"][0]["digest"]),
    )
}

fn blob_path(digest: &str) -> String {
    format!("blobs/sha256/{}", digest.trim_start_matches("sha256:"))
}

fn untar(archive: &Path, dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let out = Command::new("tar")
        .arg("-xf")
        .arg(archive)
        .arg("-C")
        .arg(dir)
        .stdin(Stdio::null())
        .output()
        .expect("spawning tar");
    assert!(out.status.success(), "{}", describe(&out));
}

fn replace_with_symlink(path: &Path, target: &str) {
    std::fs::remove_file(path).unwrap_or_else(|e| panic!("removing {}: {e}", path.display()));
    std::os::unix::fs::symlink(target, path).unwrap();
}

/// Loads a hostile archive (from the file) that must be refused, with every check.
fn refused(env: &Hostile, archive: &Path, what: &str, wants: &[&str]) -> String {
    let before = StoreState::capture(env.skiff.root.path());
    let out = env.load_file(archive);
    let line = env.assert_refused(&out, what, wants);
    env.assert_store_as(&before, what);
    env.assert_nothing_escaped(what);
    line
}

// ------------------------------------------------------------------------------ tests

#[test]
fn escaping_entry_names_are_never_written() {
    for (format, fixture) in [
        ("docker-archive", busybox_docker_archive()),
        ("oci-archive", busybox_oci_archive()),
    ] {
        let env = Hostile::new();
        let archive = env.archive("escaping.tar");
        repack(json!({
            "src": fixture,
            "dst": archive,
            "append": env.escaping_members(),
        }));
        // The hostile names really are in the archive, as written.
        let listed = Command::new(python())
            .arg("-c")
            .arg("import sys, tarfile; print('\\n'.join(tarfile.open(sys.argv[1]).getnames()))")
            .arg(&archive)
            .output()
            .expect("listing");
        let listed = text(&listed.stdout);
        assert!(listed.contains("\n../../../../escaped-rel-"), "{listed}");
        assert!(listed.contains(&format!("\n/tmp/escaped-tmp-{}", env.tag)));

        // docker loads archives with extra entries; what matters is where they go.
        let out = env.load_file(&archive);
        assert!(out.status.success(), "{format}: {}", describe(&out));
        assert_eq!(
            text(&out.stdout),
            "Loaded image: busybox:latest\n",
            "{format}"
        );
        assert_eq!(text(&out.stderr), "", "{format}");
        env.assert_nothing_escaped(format);
        env.assert_no_leftovers(format);
        // Only the image's own blobs were kept: no hostile member became a blob.
        let blobs = StoreState::capture(env.skiff.root.path()).blobs;
        assert_eq!(
            blobs.len(),
            3,
            "{format}: manifest, config, layer: {blobs:?}"
        );
        for data in [
            "relative escape\n",
            "absolute escape\n",
            "written through a symlink\n",
            "pwned\n",
        ] {
            assert!(
                !blobs.contains(&sha256_bytes(data.as_bytes())),
                "{format}: hostile member {data:?} was stored"
            );
        }
        assert_eq!(
            env.skiff
                .ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]),
            "busybox:latest\n"
        );
        let run = env.skiff.run(&["run", "--rm", "busybox", "true"]);
        assert!(run.status.success(), "{format}: {}", describe(&run));
        // The escaping members are not in the image either.
        let run = env.skiff.run(&[
            "run",
            "--rm",
            "busybox",
            "sh",
            "-c",
            "find / -xdev -name 'escaped-*' 2>/dev/null",
        ]);
        assert!(run.status.success(), "{format}: {}", describe(&run));
        assert_eq!(text(&run.stdout), "", "{format}");
        env.assert_nothing_escaped(format);
    }
}

#[test]
fn links_out_of_the_archive_are_not_followed() {
    let (config, layer) = docker_paths();
    let docker = busybox_docker_archive();
    let (_, _, oci_layer) = oci_digests();
    let mut lines = Vec::new();

    // The layer named by manifest.json is a symlink to a host file.
    let env = Hostile::new();
    let a = env.archive("layer-symlink.tar");
    repack(json!({"src": docker, "dst": a,
        "replace": {layer.clone(): {"type": "symlink", "target": "/etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "layer symlink to /etc/passwd",
        &[&format!("layer {layer:?} not found")],
    ));

    // ... a relative one climbing out, in a directory of its own.
    let env = Hostile::new();
    let a = env.archive("layer-relative-symlink.tar");
    repack(json!({"src": docker, "dst": a,
        "append": [{"name": "evil/layer.tar", "type": "symlink",
                    "target": "../../../../etc/passwd"}],
        "manifest_layers": ["evil/layer.tar"]}));
    lines.push(refused(
        &env,
        &a,
        "layer symlink to ../../../../etc/passwd",
        &["layer \"evil/layer.tar\" not found"],
    ));

    // ... a hardlink to a host file.
    let env = Hostile::new();
    let a = env.archive("layer-hardlink.tar");
    repack(json!({"src": docker, "dst": a,
        "replace": {layer.clone(): {"type": "hardlink", "target": "/etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "layer hardlink to /etc/passwd",
        &[&format!("layer {layer:?} not found")],
    ));

    // The config is a symlink to a host file.
    let env = Hostile::new();
    let a = env.archive("config-symlink.tar");
    repack(json!({"src": docker, "dst": a,
        "replace": {config.clone(): {"type": "symlink", "target": "/etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "config symlink to /etc/passwd",
        &[&format!("image config {config:?} not found")],
    ));

    // manifest.json itself names host paths.
    for path in ["../../../../etc/passwd", "/etc/passwd"] {
        let env = Hostile::new();
        let a = env.archive("manifest-host-path.tar");
        repack(json!({"src": docker, "dst": a, "manifest_layers": [path]}));
        lines.push(refused(
            &env,
            &a,
            &format!("manifest.json naming {path}"),
            &[&format!("layer {path:?} not found")],
        ));
    }

    // The documents that say what to load, as symlinks to a host file.
    let env = Hostile::new();
    let a = env.archive("manifest-symlink.tar");
    repack(json!({"src": docker, "dst": a,
        "replace": {"manifest.json": {"type": "symlink", "target": "/etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "manifest.json symlink to /etc/passwd",
        &["invalid archive: does not contain a manifest.json"],
    ));
    let env = Hostile::new();
    let a = env.archive("index-symlink.tar");
    repack(json!({"src": busybox_oci_archive(), "dst": a,
        "replace": {"index.json": {"type": "symlink", "target": "../../../etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "index.json symlink to ../../../etc/passwd",
        &["missing index.json"],
    ));

    // Links that never resolve.
    let env = Hostile::new();
    let a = env.archive("loop.tar");
    repack(json!({"src": docker, "dst": a,
        "append": [{"name": "loop-a", "type": "symlink", "target": "loop-b"},
                   {"name": "loop-b", "type": "symlink", "target": "loop-a"}],
        "manifest_layers": ["loop-a"]}));
    lines.push(refused(
        &env,
        &a,
        "symlink loop",
        &["layer \"loop-a\" not found"],
    ));

    // An OCI layout whose layer blob is a symlink to a host file.
    let env = Hostile::new();
    let a = env.archive("oci-symlink.tar");
    repack(json!({"src": busybox_oci_archive(), "dst": a,
        "replace": {blob_path(&oci_layer): {"type": "symlink", "target": "/etc/passwd"}}}));
    lines.push(refused(
        &env,
        &a,
        "OCI layer blob symlink to /etc/passwd",
        &[&format!("layer {oci_layer}")],
    ));

    // The same as directories (`load -i DIR`), where the links are real symlinks.
    let env = Hostile::new();
    let dir = env.archive("docker-dir");
    untar(&docker, &dir);
    replace_with_symlink(&dir.join(&layer), "/etc/passwd");
    lines.push(refused(
        &env,
        &dir,
        "docker-archive directory, layer symlink to /etc/passwd",
        &[&format!("layer {layer:?} not found")],
    ));
    let env = Hostile::new();
    let dir = env.archive("oci-dir");
    untar(&busybox_oci_archive(), &dir);
    replace_with_symlink(&dir.join(blob_path(&oci_layer)), "/etc/passwd");
    lines.push(refused(
        &env,
        &dir,
        "OCI directory, layer blob symlink to /etc/passwd",
        &[&format!("layer {oci_layer}")],
    ));
    eprintln!("{}", lines.join("\n"));
}

#[test]
fn missing_layers_and_configs_are_named() {
    let (config, layer) = docker_paths();
    let docker = busybox_docker_archive();
    let (_, _, oci_layer) = oci_digests();

    let env = Hostile::new();
    let missing = format!("nonexistent-{}.tar", env.tag);
    let a = env.archive("missing-layer.tar");
    repack(json!({"src": docker, "dst": a, "manifest_layers": [missing]}));
    refused(
        &env,
        &a,
        "manifest.json naming a missing layer",
        &[&format!("layer {missing:?} not found")],
    );

    // The layer file dropped, manifest.json unchanged.
    let env = Hostile::new();
    let a = env.archive("dropped-layer.tar");
    repack(json!({"src": docker, "dst": a, "drop": [layer]}));
    refused(
        &env,
        &a,
        "layer file left out",
        &[&format!("layer {layer:?} not found")],
    );

    let env = Hostile::new();
    let a = env.archive("dropped-config.tar");
    repack(json!({"src": docker, "dst": a, "drop": [config]}));
    refused(
        &env,
        &a,
        "config file left out",
        &[&format!("image config {config:?} not found")],
    );

    let env = Hostile::new();
    let a = env.archive("missing-config.tar");
    repack(json!({"src": docker, "dst": a, "manifest_config": "nonexistent.json"}));
    refused(
        &env,
        &a,
        "manifest.json naming a missing config",
        &["image config \"nonexistent.json\" not found"],
    );

    // An OCI layout without its layer blob.
    let env = Hostile::new();
    let a = env.archive("oci-dropped-layer.tar");
    repack(json!({"src": busybox_oci_archive(), "dst": a, "drop": [blob_path(&oci_layer)]}));
    refused(
        &env,
        &a,
        "OCI layer blob left out",
        &[&format!("layer {oci_layer} is missing from the archive")],
    );
}

#[test]
fn oci_blobs_must_match_their_digest() {
    let (manifest, config, layer) = oci_digests();
    let oci = busybox_oci_archive();
    let mut lines = Vec::new();
    // One byte flipped, the file keeping its name (and size).
    for (digest, kind) in [
        (&layer, "layer"),
        (&config, "image config"),
        (&manifest, "manifest"),
    ] {
        let env = Hostile::new();
        let a = env.archive("flipped.tar");
        repack(json!({"src": oci, "dst": a, "flip": [blob_path(digest)]}));
        lines.push(refused(
            &env,
            &a,
            &format!("OCI {kind} blob not matching its digest"),
            &[&format!("{kind} {digest} does not match its content")],
        ));
    }

    // The same in an OCI layout directory.
    let env = Hostile::new();
    let dir = env.archive("oci-dir");
    untar(&oci, &dir);
    let blob = dir.join(blob_path(&layer));
    let mut data = std::fs::read(&blob).unwrap();
    let mid = data.len() / 2;
    data[mid] ^= 0xff;
    std::fs::set_permissions(&blob, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::write(&blob, &data).unwrap();
    lines.push(refused(
        &env,
        &dir,
        "OCI directory, layer blob not matching its digest",
        &[&format!("layer {layer} does not match its content")],
    ));
    // The layout directory itself is left as it was.
    assert_eq!(std::fs::read(&blob).unwrap(), data);
    eprintln!("{}", lines.join("\n"));
}

#[test]
fn truncated_archives_are_refused() {
    let mut lines = Vec::new();
    for (format, fixture) in [
        ("docker-archive", busybox_docker_archive()),
        ("oci-archive", busybox_oci_archive()),
    ] {
        let full = std::fs::read(&fixture).unwrap();
        let half = &full[..full.len() / 2];

        // From a file...
        let env = Hostile::new();
        let a = env.archive("half.tar");
        std::fs::write(&a, half).unwrap();
        lines.push(refused(
            &env,
            &a,
            &format!("{format} cut in half"),
            &["invalid archive", "unexpected EOF"],
        ));

        // ...and from stdin.
        let env = Hostile::new();
        let before = StoreState::capture(env.skiff.root.path());
        let out = env.load(&[], Some(half));
        let what = format!("{format} cut in half, on stdin");
        lines.push(env.assert_refused(&out, &what, &["invalid archive", "unexpected EOF"]));
        env.assert_store_as(&before, &what);
        env.assert_nothing_escaped(&what);
    }

    // Compressed and cut: the decoder's error, naming the member being read.
    let (_, layer) = docker_paths();
    let full = std::fs::read(busybox_docker_archive()).unwrap();
    for tool in ["gzip", "zstd"] {
        let mut child = Command::new(tool)
            .arg("-c")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("spawning {tool}: {e}"));
        let mut stdin = child.stdin.take().unwrap();
        let input = full.clone();
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        assert!(out.status.success(), "{tool}");
        let half = &out.stdout[..out.stdout.len() / 2];
        let env = Hostile::new();
        let before = StoreState::capture(env.skiff.root.path());
        let out = env.load(&[], Some(half));
        let what = format!("{tool} stream cut in half, on stdin");
        lines.push(env.assert_refused(
            &out,
            &what,
            &[&format!("reading {layer} from the archive"), "incomplete"],
        ));
        env.assert_store_as(&before, &what);
        env.assert_nothing_escaped(&what);
    }

    // Cut exactly where a member starts: a tar without its end blocks reads as
    // complete (GNU tar and Go's archive/tar agree), so it is refused for what it
    // lacks.
    for (fixture, member) in [
        (busybox_docker_archive(), "manifest.json"),
        (busybox_oci_archive(), "oci-layout"),
    ] {
        let out = Command::new(python())
            .arg("-c")
            .arg(
                "import sys, tarfile\n\
                 t = tarfile.open(sys.argv[1])\n\
                 print(next(m.offset for m in t.getmembers() if m.name == sys.argv[2]))",
            )
            .arg(&fixture)
            .arg(member)
            .output()
            .expect("spawning python3");
        assert!(out.status.success(), "{}", describe(&out));
        let offset: usize = text(&out.stdout).trim().parse().expect("offset");
        let full = std::fs::read(&fixture).unwrap();
        assert_eq!(offset % 512, 0);
        let env = Hostile::new();
        let a = env.archive("cut.tar");
        std::fs::write(&a, &full[..offset]).unwrap();
        lines.push(refused(
            &env,
            &a,
            &format!("cut before {member}"),
            &["invalid archive: does not contain a manifest.json"],
        ));
    }
    eprintln!("{}", lines.join("\n"));
}
