//! Where credentials come from (docker credential helpers, podman's auth file),
//! `pull --all-tags`, and an unprivileged user's store.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use crate::support::{
    describe, shared_registry, Registry, Skiff, REGISTRY_PASSWORD, REGISTRY_USER,
};

/// A real credential helper program (docker-credential-<name>) in its own bin dir:
/// `get` answers with the test credentials, `store` records what it is given.
fn credential_helper(dir: &Path) -> std::path::PathBuf {
    let bin = dir.join("bin");
    fs::create_dir_all(&bin).expect("bin");
    let script = format!(
        "#!/bin/sh\nset -e\ncase \"$1\" in\n  get) url=$(cat); printf '{{\"ServerURL\":\"%s\",\"Username\":\"{REGISTRY_USER}\",\"Secret\":\"{REGISTRY_PASSWORD}\"}}' \"$url\";;\n  store) cat > \"{}\";;\n  erase) cat > \"{}\";;\n  *) exit 1;;\nesac\n",
        dir.join("stored.json").display(),
        dir.join("erased.txt").display()
    );
    let path = bin.join("docker-credential-skifftest");
    fs::write(&path, script).expect("helper");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).expect("chmod");
    bin
}

fn path_with(bin: &Path) -> String {
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn credential_helpers_and_auth_files_are_used() {
    let reg = Registry::start_tls_auth();
    reg.push_fixture("busybox:latest", "private/busybox:latest");
    let image = reg.image("private/busybox:latest");
    let skiff = Skiff::new();
    let bin = credential_helper(skiff.home.path());
    let docker_dir = skiff.home.path().join(".docker");
    fs::create_dir_all(&docker_dir).expect("docker dir");

    // credHelpers for this registry.
    fs::write(
        docker_dir.join("config.json"),
        format!("{{\"credHelpers\": {{\"{}\": \"skifftest\"}}}}", reg.addr),
    )
    .expect("config");
    let out = skiff
        .cmd(&["pull", "-q", &image])
        .env("PATH", path_with(&bin))
        .output()
        .expect("pull");
    assert!(out.status.success(), "{}", describe(&out));
    skiff.ok(&["rmi", &image]);

    // credsStore: login stores through the helper, not in the file.
    fs::write(
        docker_dir.join("config.json"),
        "{\"credsStore\": \"skifftest\"}",
    )
    .expect("config");
    let mut login = skiff.cmd(&["login", "-u", REGISTRY_USER, "--password-stdin", &reg.addr]);
    login
        .env("PATH", path_with(&bin))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = login.spawn().expect("login");
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(REGISTRY_PASSWORD.as_bytes())
            .expect("write");
    }
    let out = child.wait_with_output().expect("login");
    assert!(out.status.success(), "{}", describe(&out));
    let stored = fs::read_to_string(skiff.home.path().join("stored.json"))
        .expect("helper got the credentials");
    assert!(
        stored.contains(REGISTRY_USER) && stored.contains(&reg.addr),
        "{stored}"
    );
    let config = fs::read_to_string(docker_dir.join("config.json")).expect("config");
    assert!(
        !config.contains(REGISTRY_PASSWORD),
        "password stayed out of config.json: {config}"
    );

    // podman's REGISTRY_AUTH_FILE is read first.
    fs::remove_file(docker_dir.join("config.json")).expect("rm config");
    let auth_file = skiff.home.path().join("auth.json");
    let token = base64_encode(&format!("{REGISTRY_USER}:{REGISTRY_PASSWORD}"));
    fs::write(
        &auth_file,
        format!(
            "{{\"auths\": {{\"{}\": {{\"auth\": \"{token}\"}}}}}}",
            reg.addr
        ),
    )
    .expect("auth.json");
    let out = skiff
        .cmd(&["pull", "-q", &image])
        .env("REGISTRY_AUTH_FILE", &auth_file)
        .output()
        .expect("pull");
    assert!(out.status.success(), "{}", describe(&out));
}

fn base64_encode(s: &str) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let b = s.as_bytes();
    let mut out = String::new();
    for chunk in b.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn pull_all_tags() {
    let reg = Registry::start();
    reg.push_fixture("busybox:latest", "many/busybox:one");
    reg.push_fixture("busybox:latest", "many/busybox:two");
    reg.push_fixture("zstd:latest", "many/busybox:three");
    let skiff = Skiff::new();
    skiff.ok(&["pull", "-a", &reg.image("many/busybox")]);
    let tags = skiff.ok(&["images", "--format", "{{.Tag}}"]);
    let mut tags: Vec<&str> = tags.lines().collect();
    tags.sort();
    assert_eq!(tags, ["one", "three", "two"]);
    let out = skiff.fails(&["pull", "-a", &reg.image("many/busybox:one")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("tag can't be used with --all-tags/-a"));
}

#[test]
fn an_unprivileged_user_pulls_into_its_own_store() {
    let reg = shared_registry();
    let home = tempfile::tempdir().expect("tempdir");
    let uid = 65534;
    let chown = Command::new("chown")
        .arg("-R")
        .arg(format!("{uid}:{uid}"))
        .arg(home.path())
        .status()
        .expect("chown");
    assert!(chown.success());
    fs::set_permissions(home.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let run = |args: &[&str]| {
        Command::new("setpriv")
            .args([
                "--reuid",
                "65534",
                "--regid",
                "65534",
                "--clear-groups",
                "--",
            ])
            .arg(Skiff::bin())
            .args(args)
            .env_clear()
            .env("PATH", "/usr/local/bin:/usr/bin:/bin")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_RUNTIME_DIR", home.path().join("run"))
            .output()
            .expect("setpriv")
    };
    let image = reg.image("test/multilayer:latest");
    let out = run(&["pull", "-q", &image]);
    assert!(out.status.success(), "{}", describe(&out));
    let store = home.path().join("data/skiff");
    assert_eq!(
        fs::read_to_string(store.join("storage-driver"))
            .expect("driver")
            .trim(),
        "native"
    );
    let out = run(&[
        "image",
        "inspect",
        "-f",
        "{{.GraphDriver.Data.LowerDir}}",
        &image,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let rootfs = std::path::PathBuf::from(
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .split(':')
            .next()
            .unwrap_or_default(),
    );
    assert!(rootfs.starts_with(&store), "{}", rootfs.display());
    assert_eq!(
        fs::read_to_string(rootfs.join("data/file.txt")).expect("file"),
        "v2\n"
    );
    assert!(!rootfs.join("todelete").exists(), "whiteouts applied");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        fs::metadata(rootfs.join("bin/busybox"))
            .expect("busybox")
            .uid(),
        uid,
        "files belong to the user"
    );
    let out = run(&["images", "-q"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        1,
        "{}",
        describe(&out)
    );
}
