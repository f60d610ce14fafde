//! TLS client certificates (mTLS) from containerd's hosts.toml and docker's
//! certs.d layout, and `[header]` entries from hosts.toml, against a real
//! registry that demands a client certificate signed by the test CA.

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::support::{
    basic_auth, describe, fixture_info, Registry, Skiff, REGISTRY_PASSWORD, REGISTRY_USER,
};

/// `path` as a TOML basic string (temp paths need no escaping; checked).
fn toml_path(path: &Path) -> String {
    let s = path.to_str().expect("utf8 path");
    assert!(
        !s.contains(['"', '\\']) && !s.chars().any(char::is_control),
        "{s:?} needs TOML escaping"
    );
    format!("\"{s}\"")
}

/// A hosts dir with `<addr>/hosts.toml` = `contents`.
fn hosts_dir_with_toml(addr: &str, contents: &str) -> TempDir {
    let hosts = tempfile::tempdir().expect("tempdir");
    let host_dir = hosts.path().join(addr);
    fs::create_dir_all(&host_dir).expect("mkdir");
    fs::write(host_dir.join("hosts.toml"), contents).expect("hosts.toml");
    hosts
}

/// `server` + `ca` (+ `client` when given) for an mTLS registry.
fn mtls_hosts_toml(reg: &Registry, client: Option<(&Path, &Path)>) -> String {
    let mut t = format!(
        "server = \"https://{}\"\nca = {}\n",
        reg.addr,
        toml_path(&reg.ca_path())
    );
    if let Some((cert, key)) = client {
        t.push_str(&format!(
            "client = [[{}, {}]]\n",
            toml_path(cert),
            toml_path(key)
        ));
    }
    t
}

fn hosts_flag(dir: &TempDir) -> String {
    dir.path().to_str().expect("utf8").to_string()
}

fn busybox_digest() -> String {
    fixture_info("busybox:latest")["manifest"]
        .as_str()
        .expect("digest")
        .to_string()
}

/// Asserts a failed pull: exit code 1 and one stderr line "Error: ...";
/// returns that line.
fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", describe(out));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.trim_end().lines().count(), 1, "{}", describe(out));
    assert!(err.starts_with("Error: "), "{}", describe(out));
    err.trim_end().to_string()
}

/// Checks skiff's one-line error for a registry that refused our client
/// certificate (or its absence) with a TLS alert, e.g.
/// `Error: Get "https://127.0.0.1:PORT/v2/mtls/busybox/manifests/latest": received fatal alert: badcertificate`
/// (Go >= 1.21 servers send certificate_required instead of bad_certificate).
///
/// In TLS 1.3 the alert can arrive after the handshake, on a connection hyper
/// then reports only as "not ready"; skiff retries on a fresh connection so the
/// user sees the alert (`tls_refusal_error_always_names_the_certificate_problem`).
fn assert_tls_refusal(err: &str) {
    let lower = err.to_lowercase();
    let alert = lower.contains("alert") && lower.contains("certificate");
    assert!(alert, "{err}");
}

/// The registry's "response completed" log lines for requests under `/v2/<repo>/`.
fn completed_requests(reg: &Registry, repo: &str) -> Vec<String> {
    let prefix = format!("/v2/{repo}/");
    reg.log()
        .lines()
        .filter(|l| l.contains("msg=\"response completed\""))
        .filter(|l| {
            l.contains(&format!("http.request.uri={prefix}"))
                || l.contains(&format!("http.request.uri=\"{prefix}"))
        })
        .map(String::from)
        .collect()
}

#[test]
fn mtls_registry_requires_a_client_certificate() {
    let reg = Registry::start_mtls();
    assert!(reg.is_tls() && reg.is_mtls());
    let key = fs::read_to_string(reg.client_key_path()).expect("client key");
    assert!(key.starts_with("-----BEGIN PRIVATE KEY-----"), "PKCS#8");
    // Without the client certificate the handshake fails; with it /v2/ is open.
    let anon = reg.curl("/v2/", &[], false);
    assert!(anon.is_err(), "handshake without client cert: {anon:?}");
    let r = reg.curl("/v2/", &[], true).expect("curl with client cert");
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        reg.log().contains("client didn't provide a certificate"),
        "{}",
        reg.log()
    );
    let d = reg.push_fixture("busybox:latest", "mtls/busybox:latest");
    assert_eq!(d, busybox_digest());
    assert_eq!(reg.catalog(), ["mtls/busybox"]);
}

#[test]
fn hosts_toml_client_certificate_pulls_from_mtls_registry() {
    let reg = Registry::start_mtls();
    reg.push_fixture("busybox:latest", "mtls/busybox:latest");
    let hosts = hosts_dir_with_toml(
        &reg.addr,
        &mtls_hosts_toml(
            &reg,
            Some((&reg.client_cert_path(), &reg.client_key_path())),
        ),
    );
    let skiff = Skiff::new();
    let image = reg.image("mtls/busybox:latest");
    let out = skiff.ok(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
    assert!(out.contains(&busybox_digest()), "{out}");
    assert!(out.contains("Status: Downloaded newer image"), "{out}");
    let listed = skiff.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(listed.trim(), image, "{listed}");
}

#[test]
fn docker_certs_d_client_cert_and_key_pull_from_mtls_registry() {
    let reg = Registry::start_mtls();
    reg.push_fixture("busybox:latest", "mtls/busybox:latest");
    // docker's layout: *.crt are CAs, client.cert + client.key a client pair.
    let hosts = tempfile::tempdir().expect("tempdir");
    let host_dir = hosts.path().join(&reg.addr);
    fs::create_dir_all(&host_dir).expect("mkdir");
    fs::copy(reg.ca_path(), host_dir.join("ca.crt")).expect("copy ca");
    fs::copy(reg.client_cert_path(), host_dir.join("client.cert")).expect("copy cert");
    fs::copy(reg.client_key_path(), host_dir.join("client.key")).expect("copy key");
    let skiff = Skiff::new();
    let image = reg.image("mtls/busybox:latest");
    let out = skiff.ok(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
    assert!(out.contains(&busybox_digest()), "{out}");

    // A .cert without its .key is not a client pair: the handshake fails.
    let skiff = Skiff::new();
    fs::remove_file(host_dir.join("client.key")).expect("rm key");
    let out = skiff.fails(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
    assert_tls_refusal(&one_line_error(&out));
}

#[test]
fn pull_without_or_with_untrusted_client_certificate_fails() {
    let reg = Registry::start_mtls();
    reg.push_fixture("busybox:latest", "mtls/busybox:latest");
    let image = reg.image("mtls/busybox:latest");

    // Only server + ca: the server cert verifies, but the registry ends the
    // handshake with a TLS alert.
    let hosts = hosts_dir_with_toml(&reg.addr, &mtls_hosts_toml(&reg, None));
    let skiff = Skiff::new();
    let out = skiff.fails(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
    let err = one_line_error(&out);
    assert!(err.contains(&reg.addr), "{err}");
    assert_tls_refusal(&err);
    assert!(
        reg.log().contains("client didn't provide a certificate"),
        "{}",
        reg.log()
    );

    // A client certificate from a CA the registry does not trust.
    let rogue = tempfile::tempdir().expect("tempdir");
    let (cert, key) = (
        rogue.path().join("rogue.cert"),
        rogue.path().join("rogue.key"),
    );
    let st = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=skiff-test-rogue-client"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("spawning openssl");
    assert!(st.status.success(), "{}", describe(&st));
    let hosts = hosts_dir_with_toml(&reg.addr, &mtls_hosts_toml(&reg, Some((&cert, &key))));
    let out = skiff.fails(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
    assert_tls_refusal(&one_line_error(&out));
    assert!(
        reg.log().contains(
            "failed to verify client certificate: x509: certificate signed by unknown authority"
        ),
        "{}",
        reg.log()
    );
    let images = skiff.ok(&["images", "-q"]);
    assert_eq!(images.trim(), "", "nothing was pulled");
}

/// Reproducer for the race described at [`assert_tls_refusal`]: every
/// refused pull should say that the certificate was the problem.
#[test]
fn tls_refusal_error_always_names_the_certificate_problem() {
    let reg = Registry::start_mtls();
    let hosts = hosts_dir_with_toml(&reg.addr, &mtls_hosts_toml(&reg, None));
    let skiff = Skiff::new();
    let image = reg.image("mtls/none:latest");
    let mut bad = Vec::new();
    for _ in 0..40 {
        let out = skiff.fails(&["--hosts-dir", &hosts_flag(&hosts), "pull", &image]);
        let err = one_line_error(&out);
        if !err.to_lowercase().contains("certificate") {
            bad.push(err);
        }
    }
    assert!(
        bad.is_empty(),
        "{} of 40 errors:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// docker-registry logs no arbitrary request headers, but it does log the
/// User-Agent of every request; a `[header]` entry overriding it shows the
/// headers reach every request (manifest and blobs), over mTLS.
#[test]
fn hosts_toml_header_overrides_user_agent_on_every_request() {
    let reg = Registry::start_mtls();
    reg.push_fixture("busybox:latest", "mtls/hdr:latest");
    let mut toml = mtls_hosts_toml(
        &reg,
        Some((&reg.client_cert_path(), &reg.client_key_path())),
    );
    toml.push_str(
        "\n[header]\n  user-agent = \"skiff-e2e-header-probe/1.0\"\n  x-skiff-test = \"hello\"\n",
    );
    let hosts = hosts_dir_with_toml(&reg.addr, &toml);
    let skiff = Skiff::new();
    skiff.ok(&[
        "--hosts-dir",
        &hosts_flag(&hosts),
        "pull",
        &reg.image("mtls/hdr:latest"),
    ]);
    let log = reg.log();
    assert!(
        !log.contains("useragent=skiff/") && !log.contains("useragent=\"skiff/"),
        "skiff's own User-Agent was sent:\n{log}"
    );
    let ours: Vec<String> = completed_requests(&reg, "mtls/hdr")
        .into_iter()
        .filter(|l| l.contains("http.request.useragent=skiff-e2e-header-probe/1.0"))
        .collect();
    assert!(
        ours.iter().any(|l| l.contains("/manifests/latest")),
        "manifest GET with the header:\n{log}"
    );
    let info = fixture_info("busybox:latest");
    let mut blobs = vec![info["config"].as_str().expect("config").to_string()];
    for l in info["layers"].as_array().expect("layers") {
        blobs.push(l["digest"].as_str().expect("digest").to_string());
    }
    for b in &blobs {
        assert!(
            ours.iter().any(|l| l.contains(&format!("/blobs/{b}"))),
            "blob {b} fetched with the header:\n{log}"
        );
    }
}

/// An `authorization` header from hosts.toml is sent as is: a basic-auth
/// registry serves the pull with no login and no 401 challenge.
#[test]
fn hosts_toml_authorization_header_authenticates_without_login() {
    let reg = Registry::start_tls_auth();
    reg.push_fixture("busybox:latest", "private/busybox:latest");
    let image = reg.image("private/busybox:latest");
    let ca = toml_path(&reg.ca_path());
    let with_header = hosts_dir_with_toml(
        &reg.addr,
        &format!(
            "server = \"https://{}\"\nca = {ca}\n\n[header]\n  authorization = \"{}\"\n",
            reg.addr,
            basic_auth(REGISTRY_USER, REGISTRY_PASSWORD)
        ),
    );
    let skiff = Skiff::new();
    let out = skiff.ok(&["--hosts-dir", &hosts_flag(&with_header), "pull", &image]);
    assert!(out.contains(&busybox_digest()), "{out}");
    let log = reg.log();
    let ours = completed_requests(&reg, "private/busybox");
    let skiff_reqs: Vec<&String> = ours
        .iter()
        .filter(|l| l.contains("useragent=skiff/") || l.contains("useragent=\"skiff/"))
        .collect();
    assert!(skiff_reqs.len() >= 3, "manifest + blobs:\n{log}");
    for l in &skiff_reqs {
        assert!(l.contains("http.response.status=200"), "{l}");
    }
    // distribution logs a refused request as "error authorizing context"
    // (skopeo's push above has some; skiff's pull must not).
    let skiff_lines = || {
        log.lines()
            .filter(|l| l.contains("useragent=skiff/") || l.contains("useragent=\"skiff/"))
    };
    assert!(
        !skiff_lines().any(|l| l.contains("error authorizing context")),
        "no challenge needed:\n{log}"
    );

    // Without the header (and without login) the same pull is refused.
    let without = hosts_dir_with_toml(
        &reg.addr,
        &format!("server = \"https://{}\"\nca = {ca}\n", reg.addr),
    );
    let skiff = Skiff::new();
    let out = skiff.fails(&["--hosts-dir", &hosts_flag(&without), "pull", &image]);
    let err = one_line_error(&out);
    assert!(err.contains("pull access denied for"), "{err}");
    assert!(
        reg.log()
            .lines()
            .any(|l| l.contains("error authorizing context") && l.contains("useragent=skiff/")),
        "refused without the header:\n{}",
        reg.log()
    );
}
