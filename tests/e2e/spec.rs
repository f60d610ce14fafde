//! The engine's `ContainerSpec` is what `run`'s flags mean: a container made
//! from flags and one made from the equivalent spec built directly (as
//! compose and kube will) get the same record and the same OCI config.

use std::collections::BTreeMap;

use serde_json::Value;
use skiff::engine::container::{
    DeviceMapping, HealthConfig, Resources, RestartPolicy, Security, TmpfsMount, Ulimit,
};
use skiff::engine::spec::{ContainerSpec, HealthSetting, Mount, NetworkAttachment, VolumeRequest};
use skiff::engine::{ops, Engine};

use crate::support::*;

fn engine_of(skiff: &Skiff) -> Engine {
    let root = skiff.root.path().to_path_buf();
    let driver = std::fs::read_to_string(root.join("storage-driver")).expect("storage driver");
    Engine {
        paths: skiff::engine::store::StorePaths::new(root, skiff.runroot.path().to_path_buf()),
        namespace: "default".into(),
        rootless: false,
        registry: Default::default(),
        snapshotter: skiff::engine::snapshot::SnapshotterKind::parse(driver.trim())
            .expect("known driver"),
    }
}

/// A record or OCI config with the container's own identity taken out.
fn normalised(value: &Value, id: &str, name: &str) -> Value {
    let text = serde_json::to_string(value).expect("json");
    let text = text
        .replace(id, "ID")
        .replace(&id[..12], "SHORT")
        .replace(name, "NAME");
    let mut v: Value = serde_json::from_str(&text).expect("json");
    if let Some(o) = v.as_object_mut() {
        o.remove("created");
    }
    v
}

#[test]
fn flags_and_a_spec_built_directly_make_the_same_container() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let bind = tempfile::tempdir().expect("tempdir");
    let bind_src = bind.path().join("made-by-create");
    let bind_arg = format!("{}:/data:ro", bind_src.display());
    skiff.ok(&[
        "create",
        "--name",
        "viaflags",
        "-e",
        "A=1",
        "-e",
        "B=two words",
        "-w",
        "/work",
        "-u",
        "1000:1000",
        "--entrypoint",
        "/bin/sh",
        "-l",
        "k=v",
        "-h",
        "box",
        "--domainname",
        "example.org",
        "--add-host",
        "db:10.0.0.9",
        "--stop-signal",
        "SIGUSR1",
        "--stop-timeout",
        "7",
        "-v",
        &bind_arg,
        "--tmpfs",
        "/scratch:size=1m",
        "--mount",
        "type=volume,source=vol1,target=/vol",
        "--read-only",
        "--cap-add",
        "NET_ADMIN",
        "--cap-drop",
        "CHOWN",
        "--memory",
        "64m",
        "--cpu-shares",
        "512",
        "--pids-limit",
        "50",
        "--ulimit",
        "nofile=1024:2048",
        "--restart",
        "on-failure:3",
        "--health-cmd",
        "true",
        "--health-interval",
        "5s",
        "--log-opt",
        "max-size=1m",
        "--network",
        "none",
        "--shm-size",
        "32m",
        "--device",
        "/dev/null:/dev/mynull:r",
        "busybox",
        "-c",
        "sleep 100",
    ]);
    assert!(bind_src.is_dir(), "-v made its missing source at create");

    let spec = ContainerSpec {
        image: "busybox".into(),
        name: Some("viaspec".into()),
        entrypoint: Some(vec!["/bin/sh".into()]),
        cmd: Some(vec!["-c".into(), "sleep 100".into()]),
        env: vec!["A=1".into(), "B=two words".into()],
        workdir: Some("/work".into()),
        user: Some("1000:1000".into()),
        labels: BTreeMap::from([("k".to_string(), "v".to_string())]),
        hostname: Some("box".into()),
        domainname: Some("example.org".into()),
        extra_hosts: vec!["db:10.0.0.9".into()],
        stop_signal: Some("SIGUSR1".into()),
        stop_timeout: Some(7),
        mounts: vec![
            Mount::Bind {
                mount: skiff::engine::container::BindMount {
                    source: bind_src.display().to_string(),
                    destination: "/data".into(),
                    read_only: true,
                },
                create_source: true,
            },
            Mount::Volume(VolumeRequest {
                name: Some("vol1".into()),
                destination: "/vol".into(),
                read_only: false,
                keep_anonymous: false,
            }),
            Mount::Tmpfs(TmpfsMount {
                destination: "/scratch".into(),
                options: vec!["size=1m".into()],
            }),
        ],
        security: Security {
            cap_add: vec!["NET_ADMIN".into()],
            cap_drop: vec!["CHOWN".into()],
            read_only: true,
            ..Default::default()
        },
        resources: Resources {
            memory: 64 << 20,
            cpu_shares: 512,
            pids_limit: 50,
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 1024,
                hard: 2048,
            }],
            ..Default::default()
        },
        restart: RestartPolicy::parse("on-failure:3").expect("policy"),
        health: HealthSetting::Merge(HealthConfig {
            test: vec!["CMD-SHELL".into(), "true".into()],
            interval: 5_000_000_000,
            ..Default::default()
        }),
        log: skiff::engine::container::logs::LogConfig {
            driver: "json-file".into(),
            max_size: 1 << 20,
            ..Default::default()
        },
        networks: vec![NetworkAttachment {
            name: "none".into(),
            ..Default::default()
        }],
        shm_size: Some(32 << 20),
        devices: vec![DeviceMapping {
            host: "/dev/null".into(),
            container: "/dev/mynull".into(),
            permissions: "r".into(),
        }],
        ..Default::default()
    };
    let engine = engine_of(&skiff);
    let image = skiff::engine::image::lookup(&engine, "busybox").expect("image");
    let (direct, warnings) = ops::create(&engine, &spec, &image).expect("create from a spec");
    assert!(warnings.is_empty(), "{warnings:?}");

    let flags = ops::lookup(&engine, "viaflags").expect("the flags' container");
    let record = |r: &skiff::engine::container::ContainerRecord| {
        normalised(&serde_json::to_value(r).expect("record"), &r.id, &r.name)
    };
    assert_eq!(record(&flags.record), record(&direct));

    // Started, both run with the same OCI config.
    skiff.ok(&["start", "viaflags", "viaspec"]);
    let config = |id: &str, name: &str| {
        let path = engine.container_paths(id).bundle().join("config.json");
        let text = std::fs::read_to_string(&path).expect("config.json");
        normalised(&serde_json::from_str(&text).expect("json"), id, name)
    };
    assert_eq!(
        config(&flags.record.id, "viaflags"),
        config(&direct.id, "viaspec")
    );
    let both = skiff.ok(&["ps", "--format", "{{.Names}} {{.Status}}"]);
    assert_eq!(
        both.lines().filter(|l| l.contains(" Up ")).count(),
        2,
        "{both}"
    );
}
