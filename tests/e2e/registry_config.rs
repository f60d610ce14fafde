//! Registries that need configuration: TLS with a CA, basic auth with login,
//! and mirrors from hosts.toml.

use std::fs;

use crate::support::{describe, fixture_info, Registry, Skiff, REGISTRY_PASSWORD, REGISTRY_USER};

#[test]
fn login_pull_and_logout_against_tls_basic_auth_registry() {
    let reg = Registry::start_tls_auth();
    reg.push_fixture("busybox:latest", "private/busybox:latest");
    let skiff = Skiff::new();
    // docker's certs.d layout: the CA makes TLS verification pass.
    let hosts = tempfile::tempdir().expect("tempdir");
    let host_dir = hosts.path().join(&reg.addr);
    fs::create_dir_all(&host_dir).expect("mkdir");
    fs::copy(reg.ca_path(), host_dir.join("ca.crt")).expect("copy ca");
    let hosts_flag = hosts.path().to_str().expect("utf8").to_string();
    let image = reg.image("private/busybox:latest");

    let out = skiff.fails(&["--hosts-dir", &hosts_flag, "pull", &image]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pull access denied for"), "{err}");
    assert_eq!(out.status.code(), Some(1));

    let out = skiff.run_stdin(
        &[
            "--hosts-dir",
            &hosts_flag,
            "login",
            "-u",
            REGISTRY_USER,
            "--password-stdin",
            &reg.addr,
        ],
        b"wrong-password\n",
    );
    assert!(!out.status.success(), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unauthorized"), "{err}");
    let config = skiff.home.path().join(".docker/config.json");
    assert!(!config.exists(), "failed login stored nothing");

    let out = skiff.run_stdin(
        &[
            "--hosts-dir",
            &hosts_flag,
            "login",
            "-u",
            REGISTRY_USER,
            "--password-stdin",
            &reg.addr,
        ],
        format!("{REGISTRY_PASSWORD}\n").as_bytes(),
    );
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Login Succeeded\n");
    let stored: serde_json::Value =
        serde_json::from_slice(&fs::read(&config).expect("config.json")).expect("json");
    assert!(stored["auths"][&reg.addr]["auth"].is_string(), "{stored}");

    let out = skiff.ok(&["--hosts-dir", &hosts_flag, "pull", &image]);
    assert!(out.contains("Status: Downloaded newer image"), "{out}");

    let out = skiff.ok(&["logout", &reg.addr]);
    assert_eq!(
        out,
        format!("Removing login credentials for {}\n", reg.addr)
    );
    let out = skiff.ok(&["logout", &reg.addr]);
    assert_eq!(out, format!("Not logged in to {}\n", reg.addr));
    skiff.ok(&["rmi", &image]);
    skiff.fails(&["--hosts-dir", &hosts_flag, "pull", &image]);
}

#[test]
fn password_flag_warns_and_tls_without_ca_fails_verification() {
    let reg = Registry::start_tls_auth();
    let skiff = Skiff::new();
    // -p works but warns, as docker does (loopback registries skip verification).
    let out = skiff.run(&[
        "login",
        "-u",
        REGISTRY_USER,
        "-p",
        REGISTRY_PASSWORD,
        &reg.addr,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("WARNING! Using --password via the CLI is insecure"),
        "{err}"
    );

    // An explicit hosts.toml that demands TLS verification, with no CA: refused.
    let hosts = tempfile::tempdir().expect("tempdir");
    let host_dir = hosts.path().join(&reg.addr);
    fs::create_dir_all(&host_dir).expect("mkdir");
    fs::write(
        host_dir.join("hosts.toml"),
        format!("server = \"https://{}\"\n", reg.addr),
    )
    .expect("hosts.toml");
    let out = skiff.fails(&[
        "--hosts-dir",
        hosts.path().to_str().expect("utf8"),
        "pull",
        &reg.image("private/none"),
    ]);
    let err = String::from_utf8_lossy(&out.stderr).to_lowercase();
    assert!(err.contains("certificate"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn mirror_from_hosts_toml_serves_pulls_with_ns_param() {
    let upstream = Registry::start();
    let mirror = Registry::start();
    mirror.push_fixture("busybox:latest", "mirrored/busybox:latest");
    let hosts = tempfile::tempdir().expect("tempdir");
    let host_dir = hosts.path().join(&upstream.addr);
    fs::create_dir_all(&host_dir).expect("mkdir");
    fs::write(
        host_dir.join("hosts.toml"),
        format!(
            "server = \"http://{}\"\n\n[host.\"http://{}\"]\n  capabilities = [\"pull\", \"resolve\"]\n",
            upstream.addr, mirror.addr
        ),
    )
    .expect("hosts.toml");
    let skiff = Skiff::new();
    let image = upstream.image("mirrored/busybox:latest");
    let out = skiff.ok(&[
        "--hosts-dir",
        hosts.path().to_str().expect("utf8"),
        "pull",
        &image,
    ]);
    let digest = fixture_info("busybox:latest")["manifest"]
        .as_str()
        .expect("digest")
        .to_string();
    assert!(out.contains(&digest), "{out}");
    assert!(
        mirror.log().contains(&format!("ns={}", upstream.addr)),
        "mirror saw ?ns=: {}",
        mirror.log()
    );
    assert!(
        !upstream.log().contains("/v2/mirrored/busybox/blobs/"),
        "upstream served blobs"
    );
}
