//! docker's token ("Bearer") auth, the flow Docker Hub uses: a real registry
//! configured with `auth.token`, trusting the certificate of
//! `support/token-server.py`, which hands out RS256 JWTs. Anonymous clients
//! may pull `public/*` only; [`REGISTRY_USER`] may do anything.

use std::fs;

use crate::support::{
    describe, fixture_info, http_get, parse_bearer_challenge, Registry, Skiff, REGISTRY_PASSWORD,
    REGISTRY_USER, TOKEN_SERVICE,
};

/// A token registry with busybox pushed as `public/busybox:latest` and
/// `private/busybox:latest`.
fn token_registry() -> Registry {
    let reg = Registry::start_token_auth();
    reg.push_fixture("busybox:latest", "public/busybox:latest");
    reg.push_fixture("busybox:latest", "private/busybox:latest");
    reg
}

fn busybox_digest() -> String {
    fixture_info("busybox:latest")["manifest"]
        .as_str()
        .expect("digest")
        .to_string()
}

const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";

/// The harness itself: the registry demands tokens and honours exactly what
/// the token server grants.
#[test]
fn registry_demands_bearer_tokens_from_the_token_server() {
    let reg = token_registry();

    let r = http_get(&reg.addr, "/v2/", &[]).expect("GET /v2/");
    assert_eq!(r.status, 401, "{}", r.text());
    let challenge = r.header("www-authenticate").expect("challenge").to_string();
    assert!(challenge.starts_with("Bearer "), "{challenge}");
    let params = parse_bearer_challenge(&challenge);
    let param = |k: &str| {
        params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(param("realm"), Some(reg.token_realm()), "{challenge}");
    assert_eq!(
        param("service").as_deref(),
        Some(TOKEN_SERVICE),
        "{challenge}"
    );

    // Wrong credentials: the token server refuses outright.
    let r = reg.token_response(&[], Some((REGISTRY_USER, "wrong-password")));
    assert_eq!(r.status, 401, "{}", r.text());

    // The test credentials: the catalog and a private manifest.
    let token = reg.bearer_token(&["registry:catalog:*"], true);
    let bearer = format!("Bearer {token}");
    let r = http_get(&reg.addr, "/v2/_catalog", &[("Authorization", &bearer)]).expect("catalog");
    assert_eq!(r.status, 200, "{}", r.text());
    let mut repos = reg.catalog();
    repos.sort();
    assert_eq!(repos, ["private/busybox", "public/busybox"]);
    let token = reg.bearer_token(&["repository:private/busybox:pull"], true);
    let bearer = format!("Bearer {token}");
    let r = http_get(
        &reg.addr,
        "/v2/private/busybox/manifests/latest",
        &[("Authorization", &bearer), ("Accept", OCI_MANIFEST)],
    )
    .expect("GET manifest");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.header("docker-content-digest"),
        Some(busybox_digest().as_str())
    );

    // Anonymous: public pull is granted, private pull gets an empty access list.
    let token = reg.bearer_token(&["repository:public/busybox:pull"], false);
    let bearer = format!("Bearer {token}");
    let r = http_get(
        &reg.addr,
        "/v2/public/busybox/manifests/latest",
        &[("Authorization", &bearer), ("Accept", OCI_MANIFEST)],
    )
    .expect("GET manifest");
    assert_eq!(r.status, 200, "{}", r.text());
    let token = reg.bearer_token(&["repository:private/busybox:pull"], false);
    let bearer = format!("Bearer {token}");
    let r = http_get(
        &reg.addr,
        "/v2/private/busybox/manifests/latest",
        &[("Authorization", &bearer), ("Accept", OCI_MANIFEST)],
    )
    .expect("GET manifest");
    assert_eq!(r.status, 401, "{}", r.text());
    assert_eq!(
        r.json()["errors"][0]["code"],
        "UNAUTHORIZED",
        "{}",
        r.text()
    );
    let challenge = r.header("www-authenticate").unwrap_or_default();
    assert!(challenge.contains("insufficient_scope"), "{challenge}");

    // A token for one repository does not open another.
    let token = reg.bearer_token(&["repository:public/busybox:pull"], true);
    let bearer = format!("Bearer {token}");
    let r = http_get(
        &reg.addr,
        "/v2/private/busybox/tags/list",
        &[("Authorization", &bearer)],
    )
    .expect("GET tags");
    assert_eq!(r.status, 401, "{}", r.text());
    assert_eq!(reg.tags("private/busybox"), ["latest"]);
}

#[test]
fn anonymous_pull_of_public_repository_uses_an_anonymous_token() {
    let reg = token_registry();
    let skiff = Skiff::new();
    let image = reg.image("public/busybox:latest");
    let out = skiff.ok(&["pull", &image]);
    assert!(out.contains("Status: Downloaded newer image"), "{out}");
    assert!(
        out.contains(&format!("Digest: {}", busybox_digest())),
        "{out}"
    );
    assert_eq!(skiff.ok(&["images", "-q"]).lines().count(), 1);
    // skiff went through the token server, without credentials.
    let log = reg.token_log();
    assert!(
        log.lines().any(|l| l.starts_with("GET /token user=- ")
            && l.contains(r#""repository:public/busybox:pull""#)
            && l.contains(r#""name": "public/busybox", "actions": ["pull"]"#)),
        "token server log:\n{log}"
    );
}

#[test]
fn anonymous_pull_of_private_repository_is_denied() {
    let reg = token_registry();
    let skiff = Skiff::new();
    let image = reg.image("private/busybox:latest");
    let out = skiff.fails(&["pull", &image]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pull access denied"), "{err}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
    // The token was asked for anonymously and granted nothing.
    let log = reg.token_log();
    assert!(
        log.lines().any(|l| l.starts_with("GET /token user=- ")
            && l.contains(r#""repository:private/busybox:pull""#)
            && l.ends_with("access=[]")),
        "token server log:\n{log}"
    );
}

#[test]
fn login_pull_push_and_logout_with_bearer_tokens() {
    let reg = token_registry();
    let skiff = Skiff::new();
    let private = reg.image("private/busybox:latest");
    let config = skiff.home.path().join(".docker/config.json");

    // Wrong password: the token server says 401, login fails, nothing stored.
    let out = skiff.run_stdin(
        &["login", "-u", REGISTRY_USER, "--password-stdin", &reg.addr],
        b"wrong-password\n",
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("login to {} failed", reg.addr)),
        "{err}"
    );
    assert!(err.contains("incorrect username or password"), "{err}");
    assert!(!config.exists(), "failed login stored nothing");

    let out = skiff.run_stdin(
        &["login", "-u", REGISTRY_USER, "--password-stdin", &reg.addr],
        format!("{REGISTRY_PASSWORD}\n").as_bytes(),
    );
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Login Succeeded\n");
    let stored: serde_json::Value =
        serde_json::from_slice(&fs::read(&config).expect("config.json")).expect("json");
    assert!(stored["auths"][&reg.addr]["auth"].is_string(), "{stored}");

    // Logged in: private pull works, with a token issued to the user.
    let out = skiff.ok(&["pull", &private]);
    assert!(out.contains("Status: Downloaded newer image"), "{out}");
    let log = reg.token_log();
    assert!(
        log.lines()
            .any(|l| l.starts_with("GET /token user=testuser ")
                && l.contains(r#""name": "private/busybox", "actions": ["pull"]"#)),
        "token server log:\n{log}"
    );

    // Push a retagged copy to a new private repository.
    let copy = reg.image("private/copy:v1");
    skiff.ok(&["tag", &private, &copy]);
    let out = skiff.ok(&["push", &copy]);
    assert!(out.contains("digest: sha256:"), "{out}");
    assert!(
        out.contains(&format!("v1: digest: {} size:", busybox_digest())),
        "{out}"
    );
    assert_eq!(reg.tags("private/copy"), ["v1"]);
    let log = reg.token_log();
    assert!(
        log.lines()
            .any(|l| l.starts_with("GET /token user=testuser ")
                && l.contains(r#""name": "private/copy", "actions": ["pull", "push"]"#)),
        "token server log:\n{log}"
    );

    // Logged out: private pulls are denied again.
    let out = skiff.ok(&["logout", &reg.addr]);
    assert_eq!(
        out,
        format!("Removing login credentials for {}\n", reg.addr)
    );
    skiff.ok(&["rmi", &private]);
    let out = skiff.fails(&["pull", &private]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pull access denied"), "{err}");
    // ...and so are pushes, while public pulls still work.
    let out = skiff.fails(&["push", &copy]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let out = skiff.ok(&["pull", &reg.image("public/busybox:latest")]);
    assert!(out.contains("Status:"), "{out}");
}
