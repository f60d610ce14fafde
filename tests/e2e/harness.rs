//! Smoke tests for the e2e harness itself: the fixtures build, a real
//! docker-registry serves them, TLS+auth works, and blob corruption is real.
//! These do not run skiff.

use crate::support::{self, http_get, Registry};

#[test]
fn fixtures_have_expected_shape() {
    let bb = support::fixture_info("busybox:latest");
    assert_eq!(bb["layers"].as_array().unwrap().len(), 1);
    assert_eq!(bb["os"], "linux");

    let ml = support::fixture_info("multilayer:latest");
    let ml_layers = ml["layers"].as_array().unwrap();
    assert_eq!(ml_layers.len(), 4, "busybox + 3 layers");
    assert_eq!(
        ml_layers[0]["digest"], bb["layers"][0]["digest"],
        "multilayer shares busybox's base layer"
    );

    let z = support::fixture_info("zstd:latest");
    for l in z["layers"].as_array().unwrap() {
        assert_eq!(
            l["mediaType"],
            "application/vnd.oci.image.layer.v1.tar+zstd"
        );
    }
    assert_eq!(
        z["layers"][0]["diff_id"], bb["layers"][0]["diff_id"],
        "same tar, recompressed"
    );

    let ma = support::fixture_info("multiarch:latest");
    let plats: Vec<String> = ma["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{}/{}/{}",
                m["os"].as_str().unwrap(),
                m["architecture"].as_str().unwrap(),
                m["variant"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(plats, ["linux/amd64/", "linux/arm64/v8", "linux/arm/v7"]);

    assert!(support::fixture_layout("corrupt:latest")
        .join("index.json")
        .exists());
    assert!(support::busybox_docker_archive().exists());
    assert!(support::busybox_oci_archive().exists());
}

#[test]
fn registry_serves_pushed_fixtures() {
    let reg = Registry::start();
    let d = reg.push_fixture("busybox:latest", "library/busybox:latest");
    assert_eq!(
        d,
        support::fixture_info("busybox:latest")["manifest"]
            .as_str()
            .unwrap()
    );
    let d = reg.push_fixture("multiarch:latest", "test/multiarch:v1");
    assert_eq!(
        d,
        support::fixture_info("multiarch:latest")["index"]
            .as_str()
            .unwrap()
    );
    let d = reg.push_fixture("schema2:latest", "test/schema2:latest");
    assert!(d.starts_with("sha256:"));

    // Plain TcpStream GETs, independent of Registry's helpers.
    let cat = http_get(&reg.addr, "/v2/_catalog", &[]).unwrap();
    assert_eq!(cat.status, 200, "{}", cat.text());
    let repos = cat.json()["repositories"].clone();
    for r in ["library/busybox", "test/multiarch", "test/schema2"] {
        assert!(
            repos.as_array().unwrap().iter().any(|x| x == r),
            "{r} missing from {repos}"
        );
    }
    let tags = http_get(&reg.addr, "/v2/test/multiarch/tags/list", &[]).unwrap();
    assert_eq!(tags.status, 200);
    assert_eq!(tags.json()["tags"], serde_json::json!(["v1"]));
    assert_eq!(reg.tags("library/busybox"), ["latest"]);

    let accept =
        "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, \
                  application/vnd.docker.distribution.manifest.list.v2+json, \
                  application/vnd.docker.distribution.manifest.v2+json";
    let m = reg
        .get_with("/v2/test/schema2/manifests/latest", &[("Accept", accept)])
        .unwrap();
    assert_eq!(m.status, 200);
    assert_eq!(
        m.header("Content-Type"),
        Some("application/vnd.docker.distribution.manifest.v2+json")
    );
    let m = reg
        .get_with("/v2/test/multiarch/manifests/v1", &[("Accept", accept)])
        .unwrap();
    assert_eq!(
        m.header("Content-Type"),
        Some("application/vnd.oci.image.index.v1+json")
    );
    assert_eq!(m.json()["manifests"].as_array().unwrap().len(), 3);
}

#[test]
fn tls_auth_registry_requires_credentials() {
    let reg = Registry::start_tls_auth();
    assert!(reg.ca_path().exists());
    let anon = reg.curl("/v2/", &[], false).unwrap();
    assert_eq!(anon.status, 401);
    assert!(anon
        .header("Www-Authenticate")
        .unwrap_or("")
        .starts_with("Basic"));
    let d = reg.push_fixture("busybox:latest", "library/busybox:latest");
    assert_eq!(
        d,
        support::fixture_info("busybox:latest")["manifest"]
            .as_str()
            .unwrap()
    );
    assert_eq!(reg.catalog(), ["library/busybox"]);
}

#[test]
fn corrupt_blob_is_served_with_wrong_content() {
    let reg = Registry::start();
    reg.push_fixture("corruptblob:latest", "test/corruptblob:latest");
    let info = support::fixture_info("corruptblob:latest");
    let top = info["layers"].as_array().unwrap().last().unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/v2/test/corruptblob/blobs/{top}");
    let before = reg.get(&path).unwrap();
    assert_eq!(before.status, 200);
    reg.corrupt_blob("test/corruptblob", &top);
    let after = reg.get(&path).unwrap();
    assert_eq!(after.status, 200);
    assert_eq!(after.body.len(), before.body.len());
    assert_ne!(after.body, before.body);
    assert_eq!(after.header("Docker-Content-Digest"), Some(top.as_str()));
}

#[test]
fn shared_registry_has_standard_pushes() {
    let reg = support::shared_registry();
    let cat = reg.catalog();
    for (_, repo) in support::STANDARD_PUSHES {
        let name = repo.split(':').next().unwrap();
        assert!(cat.iter().any(|c| c == name), "{name} not in {cat:?}");
    }
}
