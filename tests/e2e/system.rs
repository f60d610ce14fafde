//! `info`, `system info`, `system df` and `system prune` against real containers.

use crate::support::{self, describe, shared_registry, text, Cleanup, Skiff};

/// busybox pulled and tagged `busybox` only (the registry's name untagged),
/// so that listings show one name.
fn with_busybox() -> Skiff {
    let skiff = support::with_busybox();
    skiff.ok(&["rmi", &shared_registry().image("library/busybox:latest")]);
    skiff
}

fn info_json(skiff: &Skiff) -> serde_json::Value {
    let out = skiff.ok(&["info", "-f", "{{json .}}"]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("info JSON: {e}: {out}"))
}

fn host_cgroup_version() -> &'static str {
    let out = std::process::Command::new("stat")
        .args(["-f", "-c", "%T", "/sys/fs/cgroup"])
        .output()
        .expect("stat");
    if text(&out.stdout).trim() == "cgroup2fs" {
        "2"
    } else {
        "1"
    }
}

fn ids(out: &str) -> Vec<String> {
    let mut v: Vec<String> = out.lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn info_counts_containers_and_images() {
    let skiff = with_busybox();
    let _cleanup = Cleanup(&skiff);
    let doc = info_json(&skiff);
    assert_eq!(doc["Containers"], 0, "{doc}");
    assert_eq!(doc["Images"], 1, "{doc}");

    skiff.ok(&["run", "-d", "busybox", "sleep", "1000"]);
    skiff.ok(&["run", "busybox", "true"]);
    skiff.ok(&["create", "busybox", "true"]);

    let doc = info_json(&skiff);
    assert_eq!(doc["Containers"], 3, "{doc}");
    assert_eq!(doc["ContainersRunning"], 1, "{doc}");
    assert_eq!(doc["ContainersPaused"], 0, "{doc}");
    assert_eq!(doc["ContainersStopped"], 2, "{doc}");
    assert_eq!(doc["Images"], 1, "{doc}");
    let driver = std::fs::read_to_string(skiff.root.path().join("storage-driver")).unwrap();
    assert_eq!(doc["Driver"], driver.trim(), "{doc}");
    assert_eq!(
        doc["DockerRootDir"],
        skiff.root.path().display().to_string(),
        "{doc}"
    );
    assert_eq!(
        doc["RunRoot"],
        skiff.runroot.path().display().to_string(),
        "{doc}"
    );
    assert_eq!(doc["CgroupVersion"], host_cgroup_version(), "{doc}");
    assert_eq!(doc["OSType"], "linux");
    assert_eq!(doc["LoggingDriver"], "json-file");
    assert_eq!(doc["Namespace"], "default");
    assert_eq!(doc["ServerVersion"], env!("CARGO_PKG_VERSION"));
    assert!(doc["NCPU"].as_u64().unwrap() > 0, "{doc}");
    assert!(doc["MemTotal"].as_u64().unwrap() > 0, "{doc}");
    assert!(!doc["KernelVersion"].as_str().unwrap().is_empty(), "{doc}");
    assert!(doc["SecurityOptions"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("name=seccomp,profile=builtin")));
    // The engine ID is made once and kept.
    let id = doc["ID"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 36, "{id}");
    assert_eq!(info_json(&skiff)["ID"], id.as_str());

    assert_eq!(skiff.ok(&["info", "-f", "{{.Containers}}"]), "3\n");
    assert_eq!(
        skiff.ok(&[
            "system",
            "info",
            "--format",
            "{{.ContainersRunning}} {{.Images}}"
        ]),
        "1 1\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["system", "info", "-f", "json"])).unwrap();
    assert_eq!(json["ID"], id.as_str());

    let plain = skiff.ok(&["info"]);
    assert!(plain.starts_with("Client:\n"), "{plain}");
    assert!(
        plain.contains(
            "\nServer:\n Containers: 3\n  Running: 1\n  Paused: 0\n  Stopped: 2\n Images: 1\n Server Version: "
        ),
        "{plain}"
    );
    assert!(
        plain.contains(&format!(
            "\n Docker Root Dir: {}\n",
            skiff.root.path().display()
        )),
        "{plain}"
    );
    assert!(
        plain.contains(&format!("\n Cgroup Version: {}\n", host_cgroup_version())),
        "{plain}"
    );
    assert!(plain.contains("\n Total Memory: "), "{plain}");
    assert!(plain.contains("iB\n"), "{plain}");
}

#[test]
fn system_df_reports_usage() {
    let skiff = with_busybox();
    let _cleanup = Cleanup(&skiff);
    let empty = Skiff::new();
    let out = empty.ok(&["system", "df"]);
    assert_eq!(
        out,
        "TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n\
         Images          0         0         0B        0B\n\
         Containers      0         0         0B        0B\n\
         Local Volumes   0         0         0B        0B\n\
         Build Cache     0         0         0B        0B\n"
    );

    skiff.ok(&["run", "-d", "busybox", "sleep", "1000"]);
    skiff.ok(&[
        "run",
        "--name",
        "writer",
        "-v",
        "data:/data",
        "busybox",
        "sh",
        "-c",
        "head -c 100000 /dev/zero > /data/f; head -c 50000 /dev/zero > /big",
    ]);
    skiff.ok(&["volume", "create", "spare"]);

    let rows = skiff.ok(&[
        "system",
        "df",
        "--format",
        "{{.Type}}:{{.TotalCount}}:{{.Active}}",
    ]);
    assert_eq!(
        rows, "Images:1:1\nContainers:2:1\nLocal Volumes:2:1\nBuild Cache:0:0\n",
        "{rows}"
    );
    let json: Vec<serde_json::Value> = skiff
        .ok(&["system", "df", "--format", "json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(json.len(), 4);
    assert_eq!(json[2]["Type"], "Local Volumes");
    assert_eq!(json[2]["Size"], "100kB");
    // The volume nobody uses is empty: nothing reclaimable there.
    assert_eq!(json[2]["Reclaimable"], "0B (0%)");
    // The stopped writer's layer holds at least the 50kB it wrote, all reclaimable.
    let containers_size = json[1]["Size"].as_str().unwrap();
    assert!(containers_size.ends_with("kB"), "{containers_size}");
    assert!(
        json[1]["Reclaimable"].as_str().unwrap().ends_with("(100%)"),
        "{}",
        json[1]
    );
    // The only image is in use: only layers it shares (none) could go.
    assert_eq!(json[0]["Active"], "1");
    assert!(
        json[0]["Reclaimable"].as_str().unwrap().starts_with("0B"),
        "{}",
        json[0]
    );
    let table = skiff.ok(&["system", "df"]);
    assert!(
        table.starts_with("TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n"),
        "{table}"
    );

    let verbose = skiff.ok(&["system", "df", "-v"]);
    assert!(
        verbose.starts_with("Images space usage:\n\nREPOSITORY   TAG       IMAGE ID       CREATED"),
        "{verbose}"
    );
    let busybox_row = verbose
        .lines()
        .find(|l| l.starts_with("busybox "))
        .unwrap_or_else(|| panic!("{verbose}"));
    assert!(
        busybox_row.split_whitespace().any(|w| w == "latest"),
        "{busybox_row}"
    );
    assert!(busybox_row.trim_end().ends_with(" 2"), "{busybox_row}");
    assert!(
        verbose.contains("\nContainers space usage:\n\nCONTAINER ID   IMAGE     COMMAND"),
        "{verbose}"
    );
    let writer = verbose
        .lines()
        .find(|l| l.trim_end().ends_with(" writer"))
        .unwrap_or_else(|| panic!("{verbose}"));
    assert!(writer.contains("\"sh -c head -c 10000…\""), "{writer}");
    assert!(writer.contains("Exited (0)"), "{writer}");
    assert!(
        verbose.contains("\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\n"),
        "{verbose}"
    );
    let data = verbose
        .lines()
        .find(|l| l.starts_with("data "))
        .unwrap_or_else(|| panic!("{verbose}"));
    assert_eq!(
        data.split_whitespace().collect::<Vec<_>>(),
        ["data", "1", "100kB"]
    );
    assert!(verbose.contains("\nBuild cache usage: 0B\n"), "{verbose}");
}

#[test]
fn system_prune_keeps_running_containers_and_their_images() {
    let reg = shared_registry();
    let skiff = with_busybox();
    let _cleanup = Cleanup(&skiff);
    let multi = reg.image("test/multilayer:latest");
    skiff.ok(&["pull", "-q", &multi]);
    let multi_id = skiff
        .ok(&["images", "-q", "--no-trunc", &multi])
        .trim()
        .to_string();
    // Moving its only tag away leaves multilayer dangling.
    skiff.ok(&["tag", &multi, "moving:1"]);
    skiff.ok(&["rmi", &multi]);
    skiff.ok(&["tag", "busybox", "moving:1"]);

    let running = skiff
        .ok(&["run", "-d", "busybox", "sleep", "1000"])
        .trim()
        .to_string();
    skiff.ok(&["run", "--name", "done", "busybox", "true"]);
    skiff.ok(&["create", "--name", "fresh", "busybox", "true"]);
    let stopped = ids(&skiff.ok(&["ps", "-aq", "--no-trunc", "-f", "status=exited"]));
    let created = ids(&skiff.ok(&["ps", "-aq", "--no-trunc", "-f", "status=created"]));
    assert_eq!((stopped.len(), created.len()), (1, 1));

    // Declining removes nothing; docker's question, adapted to what skiff has.
    let out = skiff.run_stdin(&["system", "prune"], b"n\n");
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        text(&out.stdout),
        "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n\nAre you sure you want to continue? [y/N] \n"
    );
    assert_eq!(skiff.ok(&["ps", "-aq"]).lines().count(), 3);

    // Filters narrow what goes: the labelled container is younger than an hour
    // (and the images carry no such label), then it goes on its label alone.
    skiff.ok(&[
        "run", "--name", "labelled", "-l", "prune=me", "busybox", "true",
    ]);
    let out = skiff.ok(&[
        "system",
        "prune",
        "-f",
        "--filter",
        "until=1h",
        "--filter",
        "label=prune=me",
    ]);
    assert_eq!(out, "Total reclaimed space: 0B\n");
    let out = skiff.ok(&["system", "prune", "-f", "--filter", "label=prune=me"]);
    assert!(out.starts_with("Deleted Containers:\n"), "{out}");
    assert_eq!(out.lines().count(), 4, "{out}");
    assert_eq!(skiff.ok(&["ps", "-aq"]).lines().count(), 3);

    let out = skiff.ok(&["system", "prune", "-f"]);
    let mut want = stopped.clone();
    want.extend(created.clone());
    want.sort();
    let section: Vec<&str> = out.split("\n\n").next().unwrap().lines().collect();
    assert_eq!(section[0], "Deleted Containers:", "{out}");
    let mut got: Vec<String> = section[1..].iter().map(|s| s.to_string()).collect();
    got.sort();
    assert_eq!(got, want, "{out}");
    assert!(!out.contains(&running), "{out}");
    assert!(out.contains("\n\nDeleted Images:\nuntagged: "), "{out}");
    assert!(out.contains(&format!("\ndeleted: {multi_id}\n\n")), "{out}");
    assert!(out.contains("\nTotal reclaimed space: "), "{out}");
    assert!(!out.ends_with("Total reclaimed space: 0B\n"), "{out}");
    assert_eq!(
        skiff.ok(&["ps", "-aq", "--no-trunc"]),
        format!("{running}\n")
    );
    assert_eq!(skiff.ok(&["images", "-q"]).lines().count(), 1);

    // -a: unused images go, the running container's image stays.
    skiff.ok(&["pull", "-q", &multi]);
    let out = skiff.ok(&["system", "prune", "-a", "-f"]);
    assert!(out.starts_with("Deleted Images:\n"), "{out}");
    assert!(out.contains(&format!("untagged: {multi}\n")), "{out}");
    assert!(out.contains(&format!("deleted: {multi_id}\n")), "{out}");
    assert!(!out.contains("busybox"), "{out}");
    let left = skiff.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(ids(&left), ["busybox:latest", "moving:1"], "{left}");

    // Once nothing uses it, -a takes it too, and the store is empty.
    skiff.ok(&["rm", "-f", &running]);
    let out = skiff.ok(&["system", "prune", "-a", "-f"]);
    assert!(out.contains("untagged: busybox:latest\n"), "{out}");
    assert!(out.contains("untagged: moving:1\n"), "{out}");
    assert!(skiff.ok(&["images", "-q"]).is_empty());
    let df = skiff.ok(&["system", "df", "--format", "{{.Type}} {{.Size}}"]);
    assert!(df.starts_with("Images 0B\nContainers 0B\n"), "{df}");
}

#[test]
fn system_prune_volumes_takes_only_unused_anonymous_ones() {
    let skiff = with_busybox();
    let _cleanup = Cleanup(&skiff);
    skiff.ok(&["volume", "create", "named"]);
    let unused = skiff.ok(&["volume", "create"]).trim().to_string();
    skiff.ok(&[
        "run", "-d", "--name", "user", "-v", "/scratch", "busybox", "sleep", "1000",
    ]);
    let all = ids(&skiff.ok(&["volume", "ls", "-q"]));
    assert_eq!(all.len(), 3);
    let used: Vec<String> = all
        .iter()
        .filter(|v| **v != unused && *v != "named")
        .cloned()
        .collect();
    assert_eq!(used.len(), 1);

    // Without --volumes, volumes stay.
    let out = skiff.ok(&["system", "prune", "-f"]);
    assert_eq!(out, "Total reclaimed space: 0B\n");
    assert_eq!(ids(&skiff.ok(&["volume", "ls", "-q"])), all);

    let out = skiff.run(&["system", "prune", "-f", "--volumes", "--filter", "until=1h"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert_eq!(
        text(&out.stderr),
        "ERROR: The \"until\" filter is not supported with \"--volumes\"\n"
    );

    let out = skiff.run_stdin(&["system", "prune", "--volumes", "-a"], b"n\n");
    assert_eq!(
        text(&out.stdout),
        "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n\nAre you sure you want to continue? [y/N] \n"
    );

    let out = skiff.run_stdin(&["system", "prune", "--volumes"], b"y\n");
    assert!(out.status.success(), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!("Deleted Volumes:\n{unused}\n\n")),
        "{stdout}"
    );
    let mut want = vec!["named".to_string(), used[0].clone()];
    want.sort();
    assert_eq!(ids(&skiff.ok(&["volume", "ls", "-q"])), want);

    // Once its container is gone, the anonymous volume goes too; named ones stay.
    skiff.ok(&["stop", "-t", "0", "user"]);
    let out = skiff.ok(&["system", "prune", "-f", "--volumes"]);
    assert!(out.starts_with("Deleted Containers:\n"), "{out}");
    assert!(
        out.contains(&format!("Deleted Volumes:\n{}\n\n", used[0])),
        "{out}"
    );
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "named\n");
}

#[test]
fn version_flag_as_docker_has_it() {
    let skiff = Skiff::new();
    for flag in ["--version", "-v"] {
        let out = skiff.ok(&[flag]);
        assert_eq!(
            out,
            format!("skiff version {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

/// `namespace ls|create|inspect|update|rm`: what each namespace holds, and
/// only empty ones removed.
#[test]
fn namespaces_list_create_and_remove() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    skiff.ok(&["-n", "dev", "volume", "create", "devdata"]);
    // Images are per namespace too.
    let archive = support::busybox_docker_archive().display().to_string();
    skiff.ok(&["-n", "dev", "load", "-q", "-i", &archive]);
    skiff.ok(&["-n", "dev", "create", "--name", "devbox", "busybox", "true"]);
    skiff.ok(&["namespace", "create", "--label", "team=core", "spare"]);
    assert_eq!(
        skiff.ok(&[
            "namespace",
            "ls",
            "--format",
            "{{.Name}} {{.Containers}} {{.Images}} {{.Volumes}} {{.Labels}}"
        ]),
        "default 0 1 0 \ndev 1 1 1 \nspare 0 0 0 team=core\n"
    );
    assert_eq!(skiff.ok(&["ns", "ls", "-q"]), "default\ndev\nspare\n");
    let head = skiff.ok(&["namespace", "ls"]);
    assert!(
        head.starts_with("NAME       CONTAINERS    IMAGES    VOLUMES    LABELS\n")
            && head.contains("\nspare      0             0         0          [team=core]    \n"),
        "{head}"
    );
    skiff.ok(&["namespace", "update", "--label", "env=test", "spare"]);
    let inspected: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["namespace", "inspect", "spare"])).expect("json");
    assert_eq!(
        inspected,
        serde_json::json!([{"Name": "spare", "Labels": {"env": "test", "team": "core"}}])
    );
    for (args, says) in [
        (
            vec!["namespace", "rm", "dev"],
            "namespace \"dev\" must be empty, but it still has images, containers, volumes",
        ),
        (
            vec!["namespace", "create", "spare"],
            "namespace \"spare\": already exists",
        ),
        (
            vec!["namespace", "create", "no/slash"],
            "invalid namespace \"no/slash\"",
        ),
        (
            vec!["namespace", "inspect", "nosuch"],
            "namespace \"nosuch\": not found",
        ),
    ] {
        let out = skiff.run(&args);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        assert!(text(&out.stderr).contains(says), "{}", describe(&out));
    }
    assert_eq!(skiff.ok(&["namespace", "rm", "spare"]), "spare\n");
    skiff.ok(&["-n", "dev", "rm", "devbox"]);
    skiff.ok(&["-n", "dev", "volume", "rm", "devdata"]);
    skiff.ok(&["-n", "dev", "rmi", "busybox"]);
    assert_eq!(skiff.ok(&["namespace", "rm", "dev"]), "dev\n");
    assert_eq!(skiff.ok(&["namespace", "ls", "-q"]), "default\n");
}

/// `system check [--repair [--force]]`: a store damaged on purpose in each
/// way is reported, repaired where that is safe, and then found whole.
#[test]
fn system_check_finds_and_repairs_damage() {
    let skiff = Skiff::new();
    let _c = Cleanup(&skiff);
    let root = skiff.root.path().to_path_buf();
    let archive = support::busybox_docker_archive().display().to_string();
    skiff.ok(&["load", "-q", "-i", &archive]);
    assert_eq!(skiff.ok(&["system", "check"]), "No problems found\n");

    // A second image whose layer blob gets corrupted.
    let data = tempfile::tempdir().expect("data");
    std::fs::write(data.path().join("f"), "payload\n").expect("file");
    let tar = data.path().join("one.tar");
    let made = std::process::Command::new("tar")
        .args(["-C", data.path().to_str().expect("utf-8"), "-cf"])
        .arg(&tar)
        .arg("f")
        .status()
        .expect("tar");
    assert!(made.success());
    skiff.ok(&["import", tar.to_str().expect("utf-8"), "damaged:1"]);
    let records: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root.join("images/default.json")).expect("image records"),
    )
    .expect("json");
    let image_of = |name: &str| {
        let id = records["names"][name].as_str().expect("named").to_string();
        records["images"][&id].clone()
    };
    let damaged = image_of("docker.io/library/damaged:1");
    let blob = root.join("content/blobs/sha256").join(
        damaged["layers"][0]["digest"]
            .as_str()
            .expect("digest")
            .trim_start_matches("sha256:"),
    );
    let mut bytes = std::fs::read(&blob).expect("blob");
    bytes[0] ^= 0xff;
    std::fs::write(&blob, &bytes).expect("corrupting");
    // A container whose writable layer is gone.
    let cid = skiff.ok(&[
        "create",
        "--name",
        "broken",
        "--network",
        "none",
        "busybox",
        "true",
    ]);
    let cdir = root.join("containers").join(cid.trim());
    let _ = std::fs::remove_dir_all(cdir.join("upper"));
    let _ = std::fs::remove_dir_all(cdir.join("rootfs"));
    // busybox's snapshot removed: unpacked again from its blob.
    let busybox = image_of("docker.io/library/busybox:latest");
    let chain = busybox["layers"][0]["chain_id"].as_str().expect("chain");
    let snapshot = ["overlay", "native"]
        .iter()
        .map(|kind| {
            root.join("snapshots")
                .join(kind)
                .join(chain.trim_start_matches("sha256:"))
        })
        .find(|p| p.exists())
        .expect("busybox's snapshot");
    std::fs::remove_dir_all(&snapshot).expect("removing the snapshot");
    // Leftovers of killed commands, an hour old, a blob nothing uses and a stale lock.
    let old = |p: &std::path::Path| {
        let ok = std::process::Command::new("touch")
            .args(["-h", "-d", "1 hour ago"])
            .arg(p)
            .status()
            .expect("touch");
        assert!(ok.success());
    };
    let partial = root.join("content/ingest/0123abcd.999999.partial");
    std::fs::create_dir_all(partial.parent().expect("ingest")).expect("ingest dir");
    std::fs::write(&partial, "half").expect("partial");
    old(&partial);
    let trash = root.join("containers/.trash-deadbeef");
    std::fs::create_dir_all(trash.join("rootfs")).expect("trash");
    let half = root.join("containers/0000aaaa");
    std::fs::create_dir_all(&half).expect("half-made");
    old(&half);
    let tmp = root.join("tmp/build-1234");
    std::fs::create_dir_all(&tmp).expect("tmp");
    old(&tmp);
    let stray = b"nothing uses me\n";
    let stray_digest = {
        use std::io::Write as _;
        let mut child = std::process::Command::new("sha256sum")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("sha256sum");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stray)
            .expect("write");
        let out = child.wait_with_output().expect("sha256sum");
        text(&out.stdout)
            .split_whitespace()
            .next()
            .expect("sum")
            .to_string()
    };
    std::fs::write(root.join("content/blobs/sha256").join(&stray_digest), stray)
        .expect("stray blob");
    let lock = root
        .join("locks")
        .join(format!("image-{}.lock", "ab".repeat(32)));
    std::fs::create_dir_all(lock.parent().expect("locks")).expect("locks dir");
    std::fs::write(&lock, "").expect("lock");

    let out = skiff.run(&["system", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let report = text(&out.stdout);
    for line in [
        "image docker.io/library/damaged:1: blob sha256:",
        "image docker.io/library/busybox:latest: layers are not unpacked",
        "container broken (",
        &format!("blob sha256:{stray_digest}: is used by no image"),
        &format!(
            "leftover {}: a download a killed command left",
            partial.display()
        ),
        &format!("leftover {}: a removed container's files", trash.display()),
        &format!(
            "leftover {}: a container a killed create left half made",
            half.display()
        ),
        &format!("leftover {}: a temporary file", tmp.display()),
        &format!(
            "lock {}: locks an image that is not in the store",
            lock.display()
        ),
    ] {
        assert!(report.contains(line), "{line:?} not in:\n{report}");
    }
    assert!(
        partial.exists() && lock.exists(),
        "a check alone changes nothing"
    );

    // --repair mends all but the container, which needs --force.
    let out = skiff.run(&["system", "check", "--repair"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let report = text(&out.stdout);
    assert!(
        report.contains("layers are not unpacked (layers unpacked again from its blobs)")
            && report.contains("blob sha256:")
            && report.contains("(image removed)")
            && report.contains("(not repaired: it would remove containers; add --force)"),
        "{report}"
    );
    for gone in [&partial, &trash, &half, &tmp, &lock] {
        assert!(!gone.exists(), "{} was left", gone.display());
    }
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--network",
            "none",
            "busybox",
            "echo",
            "whole"
        ]),
        "whole\n"
    );
    let out = skiff.run(&["system", "check", "--repair", "--force"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stdout).contains("(container removed)"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["system", "check"]), "No problems found\n");
    assert_eq!(
        skiff.ok(&["images", "--format", "{{.Repository}}"]),
        "busybox\n"
    );
}
