//! Named volumes through the CLI: create, ls, inspect, rm, prune (no containers yet).

use std::path::Path;

use crate::support::{describe, text, Skiff};

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

fn inspect_one(skiff: &Skiff, name: &str) -> serde_json::Value {
    let out = skiff.ok(&["volume", "inspect", name]);
    let docs: serde_json::Value = serde_json::from_str(&out).expect("inspect prints JSON");
    let docs = docs.as_array().expect("a JSON array").clone();
    assert_eq!(docs.len(), 1, "{out}");
    // docker's 4-space indentation.
    assert!(out.starts_with("[\n    {\n        \""), "{out}");
    docs[0].clone()
}

#[test]
fn create_with_labels_and_options_shows_in_ls_and_inspect() {
    let skiff = Skiff::new();
    let out = skiff.ok(&[
        "volume",
        "create",
        "--label",
        "tier=db",
        "-l",
        "backup",
        "--opt",
        "type=tmpfs",
        "-o",
        "device=tmpfs",
        "-o",
        "o=size=1m",
        "data",
    ]);
    assert_eq!(out, "data\n");

    let ls = skiff.ok(&["volume", "ls"]);
    assert_eq!(
        lines(&ls),
        ["DRIVER    VOLUME NAME", "local     data"],
        "{ls}"
    );
    let ls = skiff.ok(&["volume", "list"]);
    assert!(ls.contains("local     data"), "{ls}");

    let doc = inspect_one(&skiff, "data");
    let keys: Vec<&String> = doc.as_object().expect("object").keys().collect();
    assert_eq!(
        keys,
        [
            "CreatedAt",
            "Driver",
            "Labels",
            "Mountpoint",
            "Name",
            "Options",
            "Scope"
        ]
    );
    assert_eq!(doc["Name"], "data");
    assert_eq!(doc["Driver"], "local");
    assert_eq!(doc["Scope"], "local");
    assert_eq!(
        doc["Labels"],
        serde_json::json!({"tier": "db", "backup": ""})
    );
    assert_eq!(
        doc["Options"],
        serde_json::json!({"type": "tmpfs", "device": "tmpfs", "o": "size=1m"})
    );
    let created = doc["CreatedAt"].as_str().expect("CreatedAt");
    assert!(humantime::parse_rfc3339(created).is_ok(), "{created}");
    let mountpoint = Path::new(doc["Mountpoint"].as_str().expect("Mountpoint"));
    assert!(mountpoint.starts_with(skiff.root.path()), "{mountpoint:?}");
    assert!(mountpoint.ends_with("data/_data"), "{mountpoint:?}");
    assert!(mountpoint.is_dir());

    let f = skiff.ok(&["volume", "inspect", "-f", "{{.Name}} {{.Driver}}", "data"]);
    assert_eq!(f, "data local\n");
    let f = skiff.ok(&["volume", "inspect", "--format", "{{.Mountpoint}}", "data"]);
    assert_eq!(Path::new(f.trim()), mountpoint);

    // Creating it again is not an error and changes nothing.
    assert_eq!(
        skiff.ok(&["volume", "create", "--label", "other=1", "data"]),
        "data\n"
    );
    assert_eq!(inspect_one(&skiff, "data"), doc);
}

#[test]
fn ls_quiet_filters_and_formats() {
    let skiff = Skiff::new();
    skiff.ok(&["volume", "create", "--label", "app=web", "web10"]);
    skiff.ok(&["volume", "create", "--label", "app=web", "web9"]);
    skiff.ok(&["volume", "create", "--label", "app=db", "db"]);
    let anon = skiff.ok(&["volume", "create"]);
    let anon = anon.trim();
    assert_eq!(anon.len(), 64, "{anon}");
    assert!(anon.bytes().all(|b| b.is_ascii_hexdigit()), "{anon}");

    // docker sorts naturally: web9 before web10.
    let q = skiff.ok(&["volume", "ls", "-q"]);
    let all = lines(&q);
    assert_eq!(all.len(), 4, "{q}");
    assert!(all.contains(&anon), "{q}");
    let named: Vec<&str> = all.iter().copied().filter(|n| *n != anon).collect();
    assert_eq!(named, ["db", "web9", "web10"], "{q}");

    let web = skiff.ok(&["volume", "ls", "-q", "--filter", "label=app=web"]);
    assert_eq!(lines(&web), ["web9", "web10"], "{web}");
    let labelled = skiff.ok(&["volume", "ls", "-q", "-f", "label=app"]);
    assert_eq!(lines(&labelled), ["db", "web9", "web10"], "{labelled}");
    let named = skiff.ok(&["volume", "ls", "-q", "-f", "name=web1"]);
    assert_eq!(lines(&named), ["web10"], "{named}");
    let dangling = skiff.ok(&["volume", "ls", "-q", "-f", "dangling=true"]);
    assert_eq!(lines(&dangling), all, "{dangling}");
    let used = skiff.ok(&["volume", "ls", "-q", "-f", "dangling=false"]);
    assert_eq!(used, "");

    let names = skiff.ok(&[
        "volume",
        "ls",
        "--filter",
        "label=app=db",
        "--format",
        "{{.Name}}",
    ]);
    assert_eq!(names, "db\n");
    let table = skiff.ok(&[
        "volume",
        "ls",
        "-f",
        "label=app=db",
        "--format",
        "table {{.Name}}\t{{.Labels}}\t{{.Scope}}",
    ]);
    assert_eq!(
        lines(&table),
        [
            "VOLUME NAME   LABELS    SCOPE",
            "db            app=db    local"
        ],
        "{table}"
    );
    let json = skiff.ok(&["volume", "ls", "-f", "name=^db$", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(json.trim()).expect("one JSON line");
    assert_eq!(doc["Name"], "db");
    assert_eq!(doc["Driver"], "local");
    assert_eq!(doc["Labels"], "app=db");

    let out = skiff.fails(&["volume", "ls", "--filter", "colour=blue"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("invalid filter 'colour'"),
        "{}",
        describe(&out)
    );
}

#[test]
fn rm_prints_names_and_reports_unknown_volumes() {
    let skiff = Skiff::new();
    skiff.ok(&["volume", "create", "one"]);
    skiff.ok(&["volume", "create", "two"]);

    let out = skiff.fails(&["volume", "rm", "nope"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(text(&out.stderr), "Error: get nope: no such volume\n");
    assert_eq!(text(&out.stdout), "");

    // The others are still removed, and the failure still sets the status.
    let out = skiff.fails(&["volume", "rm", "one", "nope", "two"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "one\ntwo\n");
    assert_eq!(text(&out.stderr), "Error: get nope: no such volume\n");
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
    assert!(!skiff.root.path().join("volumes/default/one").exists());

    // -f: a missing volume is not an error (docker's PurgeOnError).
    assert_eq!(skiff.ok(&["volume", "rm", "-f", "nope"]), "nope\n");

    let out = skiff.fails(&["volume", "inspect", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "Error: get nope: no such volume\n");
    assert_eq!(text(&out.stdout), "[]\n");

    let out = skiff.fails(&["volume", "create", "x"]);
    assert_eq!(
        text(&out.stderr),
        "Error: create x: volume name is too short, names should be at least two alphanumeric characters\n"
    );
    let out = skiff.fails(&["volume", "create", "-o", "colour=blue", "vol"]);
    assert_eq!(
        text(&out.stderr),
        "Error: create vol: invalid option: \"colour\"\n"
    );
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
}

#[test]
fn rm_refuses_a_volume_a_container_uses() {
    let skiff = Skiff::new();
    skiff.ok(&["volume", "create", "busy"]);
    // A container record that mounts the volume, as `run -v busy:/data` writes it.
    let id = "c0ffee".repeat(10) + "c0ff";
    let dir = skiff.root.path().join("containers").join(&id);
    std::fs::create_dir_all(&dir).expect("container dir");
    let record = serde_json::json!({
        "id": id,
        "namespace": "default",
        "host_config": {"volumes": [
            {"name": "busy", "destination": "/data", "read_only": false, "anonymous": false}
        ]},
    });
    std::fs::write(dir.join("config.json"), record.to_string()).expect("record");

    for args in [
        &["volume", "rm", "busy"][..],
        &["volume", "rm", "-f", "busy"],
    ] {
        let out = skiff.fails(args);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            text(&out.stderr),
            format!("Error: remove busy: volume is in use - [{id}]\n")
        );
    }
    assert_eq!(
        skiff.ok(&["volume", "ls", "-q", "-f", "dangling=false"]),
        "busy\n"
    );
    assert!(skiff
        .ok(&["volume", "prune", "-af"])
        .starts_with("Total reclaimed space: 0B"));
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "busy\n");

    std::fs::remove_dir_all(&dir).expect("removing the record");
    assert_eq!(skiff.ok(&["volume", "rm", "busy"]), "busy\n");
}

#[test]
fn prune_removes_unused_anonymous_volumes_then_all() {
    let skiff = Skiff::new();
    let anon = skiff.ok(&["volume", "create"]).trim().to_string();
    skiff.ok(&["volume", "create", "named"]);
    skiff.ok(&["volume", "create", "--label", "keep=yes", "kept"]);
    let data = skiff
        .root
        .path()
        .join("volumes/default")
        .join(&anon)
        .join("_data");
    std::fs::write(data.join("payload"), vec![7u8; 2048]).expect("payload");

    // Without -f, anything but "y" cancels.
    let out = skiff.run_stdin(&["volume", "prune"], b"n\n");
    assert!(out.status.success(), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with(
            "WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] "
        ),
        "{stdout}"
    );
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]).lines().count(), 3);

    let out = skiff.ok(&["volume", "prune", "-f"]);
    assert_eq!(
        out,
        format!("Deleted Volumes:\n{anon}\n\nTotal reclaimed space: 2.048kB\n")
    );
    assert_eq!(lines(&skiff.ok(&["volume", "ls", "-q"])), ["kept", "named"]);

    let out = skiff.ok(&["volume", "prune", "-a", "-f", "--filter", "label!=keep=yes"]);
    assert_eq!(
        out,
        "Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n"
    );
    let out = skiff.run_stdin(&["volume", "prune", "--all"], b"y\n");
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains("Deleted Volumes:\nkept\n"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
    assert_eq!(
        skiff.ok(&["volume", "prune", "-f"]),
        "Total reclaimed space: 0B\n"
    );
}

#[test]
fn parallel_creates_of_one_name_all_succeed() {
    let skiff = Skiff::new();
    // Initialise the store first, so only the volume creates race.
    skiff.ok(&["volume", "ls"]);
    let children: Vec<_> = (0..10)
        .map(|i| {
            let label = format!("writer={i}");
            skiff
                .cmd(&["volume", "create", "--label", &label, "same"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawning skiff")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("waiting for skiff");
        assert!(out.status.success(), "{}", describe(&out));
        assert_eq!(text(&out.stdout), "same\n");
    }
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "same\n");
    let doc = inspect_one(&skiff, "same");
    assert_eq!(doc["Labels"].as_object().map(|l| l.len()), Some(1), "{doc}");
    let entries: Vec<String> = std::fs::read_dir(skiff.root.path().join("volumes/default"))
        .expect("volumes dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(entries, ["same"], "no leftovers of the losers");
}

#[test]
fn volumes_belong_to_their_namespace() {
    let skiff = Skiff::new();
    skiff.ok(&["volume", "create", "shared-name"]);
    skiff.ok(&["-n", "other", "volume", "create", "shared-name"]);
    skiff.ok(&["-n", "other", "volume", "create", "only-other"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "shared-name\n");
    assert_eq!(
        lines(&skiff.ok(&["-n", "other", "volume", "ls", "-q"])),
        ["only-other", "shared-name"]
    );
    skiff.ok(&["-n", "other", "volume", "rm", "shared-name"]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "shared-name\n");
}
