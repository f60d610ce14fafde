//! `skiff compose config`: compose projects read as docker compose v2 reads
//! them, and bad ones refused with the file (and line) named.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::*;

fn compose(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(Skiff::bin());
    c.arg("compose").args(args).current_dir(dir);
    c.env_remove("COMPOSE_FILE")
        .env_remove("COMPOSE_PROJECT_NAME")
        .env_remove("COMPOSE_PROFILES");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("running skiff compose")
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("writing a project file");
}

#[test]
fn config_reads_env_several_files_and_profiles() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("My_Shop");
    std::fs::create_dir(&dir).expect("project dir");
    write(&dir, ".env", "TAG=1.36\n# a comment\nDB_PORT=5432\n");
    write(
        &dir,
        "compose.yaml",
        "services:\n  web:\n    image: \"busybox:${TAG:-latest}\"\n    command: sh -c 'echo $$HOME'\n    environment:\n      - A=1\n      - FROM_SHELL\n    ports:\n      - \"8080:80\"\n    volumes:\n      - ./data:/data:ro\n      - cache:/cache\n    depends_on: [db]\n  db:\n    image: busybox\n    ports:\n      - ${DB_PORT}:5432\n  debug:\n    image: busybox\n    profiles: [tools]\nvolumes:\n  cache: {}\n",
    );
    write(
        &dir,
        "compose.override.yaml",
        "services:\n  web:\n    environment:\n      B: \"2\"\n    command: [\"sleep\", \"1\"]\n",
    );
    let out = compose(&dir, &["config"], &[("FROM_SHELL", "shell value")]);
    assert!(out.status.success(), "{}", describe(&out));
    let yaml = text(&out.stdout);
    for line in [
        "name: my_shop\n",
        "    image: busybox:1.36\n",
        // The override's command replaces; its environment merges.
        "    command:\n      - sleep\n      - \"1\"\n",
        "      A: \"1\"\n      B: \"2\"\n      FROM_SHELL: shell value\n",
        "      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n",
        "        published: \"5432\"\n",
        "        target: /data\n        read_only: true\n        bind: {}\n",
        "      - type: volume\n        source: cache\n        target: /cache\n        volume: {}\n",
        "      db:\n        condition: service_started\n        required: true\n",
        "networks:\n  default:\n    name: my_shop_default\n",
        "volumes:\n  cache:\n    name: my_shop_cache\n",
    ] {
        assert!(yaml.contains(line), "{line:?} not in:\n{yaml}");
    }
    let source = format!("        source: {}/data\n", dir.display());
    assert!(yaml.contains(&source), "{yaml}");
    assert!(
        !yaml.contains("debug:"),
        "a service whose profile is off is left out"
    );
    // Profiles, by flag or by COMPOSE_PROFILES; the lists.
    let services = |args: &[&str], env: &[(&str, &str)]| {
        let out = compose(&dir, args, env);
        assert!(out.status.success(), "{}", describe(&out));
        text(&out.stdout)
    };
    assert_eq!(services(&["config", "--services"], &[]), "db\nweb\n");
    assert_eq!(
        services(&["--profile", "tools", "config", "--services"], &[]),
        "db\ndebug\nweb\n"
    );
    assert_eq!(
        services(&["config", "--services"], &[("COMPOSE_PROFILES", "tools")]),
        "db\ndebug\nweb\n"
    );
    assert_eq!(services(&["config", "--profiles"], &[]), "tools\n");
    // Services named: they and their dependencies, a profile's service enabled by name.
    assert_eq!(services(&["config", "--services", "web"], &[]), "db\nweb\n");
    assert_eq!(services(&["config", "--services", "debug"], &[]), "debug\n");
    assert_eq!(services(&["config", "--volumes"], &[]), "cache\n");
    assert_eq!(
        services(&["-p", "other", "config", "--images"], &[]),
        "busybox\nbusybox:1.36\n"
    );
    assert_eq!(services(&["config", "-q"], &[]), "");
    // env_file: its variables under environment's.
    write(&dir, "web.env", "FROM_FILE=yes\nA=from-file\n");
    write(
        &dir,
        "compose.override.yaml",
        "services:\n  web:\n    env_file: [web.env, {path: missing.env, required: false}]\n",
    );
    let yaml = services(&["config"], &[]);
    assert!(
        yaml.contains("      A: \"1\"\n      FROM_FILE: \"yes\"\n"),
        "{yaml}"
    );
    write(
        &dir,
        "compose.override.yaml",
        "services:\n  web:\n    env_file: gone.env\n",
    );
    let out = compose(&dir, &["config"], &[]);
    assert!(
        text(&out.stderr).contains("gone.env not found"),
        "{}",
        describe(&out)
    );
    write(
        &dir,
        "compose.override.yaml",
        "services:\n  web:\n    environment:\n      B: \"2\"\n    command: [\"sleep\", \"1\"]\n",
    );
    assert!(services(&["config"], &[]).contains("B: \"2\""));
    // JSON: compose's key order, command always present.
    let json = services(&["config", "--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["name"], "my_shop");
    assert_eq!(v["services"]["db"]["command"], serde_json::Value::Null);
    assert!(json.find("\"name\"") < json.find("\"services\""));
    // --hash: one line per service; a change to the service changes it.
    let hashes = services(&["config", "--hash", "*"], &[]);
    assert_eq!(hashes.lines().count(), 2, "{hashes}");
    let web = services(&["config", "--hash", "web"], &[]);
    assert!(
        web.starts_with("web ") && web.trim_end().len() == 4 + 64,
        "{web}"
    );
    assert!(hashes.contains(&web));
    let changed = services(&["config", "--hash", "web"], &[("FROM_SHELL", "other")]);
    assert_ne!(web, changed, "the environment is part of the hash");
    // --no-interpolate keeps the expressions.
    assert!(services(&["config", "--no-interpolate"], &[]).contains("busybox:${TAG:-latest}"));
    // `-f` names the files; COMPOSE_FILE too.
    assert!(!services(&["-f", "compose.yaml", "config"], &[]).contains("B: \"2\""));
    assert!(!services(&["config"], &[("COMPOSE_FILE", "compose.yaml")]).contains("B: \"2\""));
}

#[test]
fn bad_projects_get_one_line_errors_naming_the_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    let cases: &[(&str, &str, &[&str])] = &[
        ("services:\n  web:\n    image: [unclosed\n", "compose.yaml: yaml: line", &[]),
        ("services: {}\nbogus: 1\n", "(root) additional properties 'bogus' not allowed", &[]),
        ("services:\n  web:\n    image: busybox\n    imagee: x\n", "services.web additional properties 'imagee' not allowed", &[]),
        ("services:\n  web:\n    image: \"${NEED:?set NEED first}\"\n", "error while interpolating services.web.image: required variable NEED is missing a value: set NEED first", &[]),
        ("services:\n  web:\n    image: \"${oops\"\n", "Invalid template", &[]),
        ("services:\n  web:\n    image: busybox\n    depends_on: [db]\n", "service \"web\" depends on undefined service \"db\"", &[]),
        ("services:\n  web:\n    image: busybox\n    volumes: [\"nothere:/x\"]\n", "undefined volume nothere", &[]),
        ("services:\n  web:\n    image: busybox\n    command: \"echo 'open\"\n", "unterminated quote", &[]),
        ("services:\n  web:\n    image: busybox\n", "invalid project name \"Bad Name\"", &["-p", "Bad Name"]),
        // The compose-spec schema, and the types interpolated values must take.
        ("services:\n  web:\n    image: busybox\n    ports: [[80]]\n", "validating", &[]),
        ("services:\n  web:\n    image: busybox\n    ports: [{target: \"x\"}]\n", "services.web.ports.0.target: cannot convert \"x\" to an integer", &[]),
        ("services:\n  web:\n    image: busybox\n    tty: \"maybe\"\n", "services.web.tty: cannot convert \"maybe\" to a boolean", &[]),
        ("networks:\n  n:\n    driver: [x]\nservices: {}\n", "validating", &[]),
    ];
    for (yaml, want, extra) in cases {
        write(dir, "compose.yaml", yaml);
        let mut args: Vec<&str> = extra.to_vec();
        args.push("config");
        let out = compose(dir, &args, &[]);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{yaml}: {}", describe(&out));
        assert!(err.contains(want), "{yaml}: want {want:?} in {err:?}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // No file at all, and a missing -f file.
    std::fs::remove_file(dir.join("compose.yaml")).expect("rm");
    let empty = tempfile::tempdir().expect("tempdir");
    let out = compose(empty.path(), &["config"], &[]);
    assert!(
        text(&out.stderr).contains("no configuration file provided"),
        "{}",
        describe(&out)
    );
    let out = compose(empty.path(), &["-f", "missing.yaml", "config"], &[]);
    assert!(
        text(&out.stderr).contains("missing.yaml: no such file or directory"),
        "{}",
        describe(&out)
    );
    // A bad .env names the file and line.
    write(empty.path(), ".env", "GOOD=1\nBAD KEY=2\n");
    write(
        empty.path(),
        "compose.yaml",
        "services:\n  a:\n    image: busybox\n",
    );
    let out = compose(empty.path(), &["config"], &[]);
    let err = text(&out.stderr);
    assert!(err.contains(".env") && err.contains("line 2"), "{err}");
}

/// `extends`: a service in the same file or another one, its own extends
/// first, relative paths of the other file kept pointing where they did.
#[test]
fn extends_same_file_other_file_and_cycles() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::create_dir(dir.join("common")).expect("common dir");
    write(
        &dir.join("common"),
        "base.yaml",
        "services:\n  app:\n    build: ./ctx\n    environment:\n      LEVEL: base\n      KEEP: \"1\"\n    command: [base]\n",
    );
    write(
        dir,
        "compose.yaml",
        "services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n    environment:\n      - LEVEL=web\n  worker:\n    extends: web\n    command: work\n",
    );
    let out = compose(dir, &["config", "--format", "json"], &[]);
    assert!(out.status.success(), "{}", describe(&out));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    let web = &v["services"]["web"];
    assert_eq!(web["environment"]["LEVEL"], "web");
    assert_eq!(web["environment"]["KEEP"], "1");
    assert_eq!(web["command"][0], "base");
    let context = format!("{}/common/ctx", dir.display());
    assert_eq!(web["build"]["context"], context.as_str());
    let worker = &v["services"]["worker"];
    assert_eq!(worker["command"][0], "work");
    assert_eq!(worker["environment"]["LEVEL"], "web");
    // A cycle is an error, not a hang.
    write(
        dir,
        "compose.yaml",
        "services:\n  a:\n    extends: b\n  b:\n    extends: a\n",
    );
    let out = compose(dir, &["config"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("circular reference with extends"),
        "{}",
        describe(&out)
    );
    write(
        dir,
        "compose.yaml",
        "services:\n  a:\n    extends: nothere\n",
    );
    let out = compose(dir, &["config"], &[]);
    assert!(
        text(&out.stderr).contains("cannot extend service \"nothere\""),
        "{}",
        describe(&out)
    );
}

/// `include`: another project's services join, with their paths and .env;
/// one defined locally too is merged, the local definition over it.
#[test]
fn include_brings_another_projects_services() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    std::fs::create_dir(dir.join("db")).expect("db dir");
    write(&dir.join("db"), ".env", "DB_IMAGE=busybox:db\n");
    write(
        &dir.join("db"),
        "compose.yaml",
        "services:\n  db:\n    image: ${DB_IMAGE}\n    volumes: [./data:/data]\nvolumes:\n  dbdata: {}\n",
    );
    write(dir, "compose.yaml", "include:\n  - db/compose.yaml\nservices:\n  web:\n    image: busybox\n    depends_on: [db]\n");
    let out = compose(dir, &["config", "--format", "json"], &[]);
    assert!(out.status.success(), "{}", describe(&out));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    assert_eq!(v["services"]["db"]["image"], "busybox:db");
    let source = format!("{}/db/data", dir.display());
    assert_eq!(v["services"]["db"]["volumes"][0]["source"], source.as_str());
    assert!(v["volumes"]["dbdata"].is_object());
    // Defined here too: the local definition merges over the imported one.
    write(
        dir,
        "compose.yaml",
        "include: [db/compose.yaml]\nservices:\n  db:\n    image: busybox:local\n",
    );
    let out = compose(dir, &["config", "--format", "json"], &[]);
    assert!(out.status.success(), "{}", describe(&out));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    assert_eq!(v["services"]["db"]["image"], "busybox:local");
    assert_eq!(v["services"]["db"]["volumes"][0]["source"], source.as_str());
}

/// `!reset` drops what the earlier file set; `!override` replaces instead of merging.
#[test]
fn reset_and_override_tags() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path();
    write(
        dir,
        "compose.yaml",
        "services:\n  web:\n    image: busybox\n    ports: [\"8080:80\"]\n    environment: {A: \"1\", B: \"2\"}\n    labels: {keep: \"yes\"}\n",
    );
    write(
        dir,
        "compose.override.yaml",
        "services:\n  web:\n    ports: !reset []\n    environment: !override {C: \"3\"}\n    labels: {more: \"1\"}\n",
    );
    let out = compose(dir, &["config", "--format", "json"], &[]);
    assert!(out.status.success(), "{}", describe(&out));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    let web = &v["services"]["web"];
    assert!(web.get("ports").is_none(), "{web}");
    assert_eq!(web["environment"], serde_json::json!({"C": "3"}));
    assert_eq!(
        web["labels"],
        serde_json::json!({"keep": "yes", "more": "1"})
    );
}

/// The same binary called `docker-compose` is `skiff compose`.
#[test]
fn docker_compose_name_runs_compose() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = tmp.path().join("docker-compose");
    std::os::unix::fs::symlink(Skiff::bin(), &link).expect("symlink");
    write(
        tmp.path(),
        "compose.yaml",
        "services:\n  a:\n    image: busybox\n",
    );
    let out = Command::new(&link)
        .args(["config", "--services"])
        .current_dir(tmp.path())
        .env_remove("COMPOSE_FILE")
        .output()
        .expect("docker-compose");
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "a\n");
}

/// `compose ls` lists projects from their containers' labels.
#[test]
fn ls_lists_projects_by_label() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let empty = skiff.ok(&["compose", "ls"]);
    assert_eq!(empty, "NAME      STATUS    CONFIG FILES\n");
    assert_eq!(
        skiff.ok(&["compose", "ls", "--format", "json"]).trim(),
        "[]"
    );
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "shop-web-1",
        "-l",
        "com.docker.compose.project=shop",
        "-l",
        "com.docker.compose.project.config_files=/srv/shop/compose.yaml",
        "busybox",
        "sleep",
        "100",
    ]);
    skiff.ok(&[
        "create",
        "--name",
        "shop-db-1",
        "-l",
        "com.docker.compose.project=shop",
        "busybox",
        "true",
    ]);
    let out = skiff.ok(&["compose", "ls"]);
    assert!(
        out.contains("shop      created(1), running(1)   /srv/shop/compose.yaml"),
        "{out}"
    );
    assert_eq!(skiff.ok(&["compose", "ls", "-q"]), "shop\n");
    skiff.ok(&["rm", "-f", "shop-web-1"]);
    assert_eq!(skiff.ok(&["compose", "ls", "-q"]), "");
    // --resolve-image-digests pins the image to the store's digest.
    let proj = tempfile::tempdir().expect("tempdir");
    write(
        proj.path(),
        "compose.yaml",
        "services:\n  a:\n    image: busybox\n  b:\n    image: nothere:1\n",
    );
    let file = proj.path().join("compose.yaml");
    let file = file.to_str().expect("utf-8 path");
    let out = skiff.run(&["compose", "-f", file, "config", "--resolve-image-digests"]);
    assert!(text(&out.stderr).contains("nothere"), "{}", describe(&out));
    write(
        proj.path(),
        "compose.yaml",
        "services:\n  a:\n    image: busybox\n",
    );
    let yaml = skiff.ok(&["compose", "-f", file, "config", "--resolve-image-digests"]);
    assert!(
        yaml.contains("image: docker.io/library/busybox:latest@sha256:"),
        "{yaml}"
    );
    assert_eq!(skiff.ok(&["compose", "ls", "-a", "-q"]), "shop\n");
}

/// compose-go's full example (tests/compose-cases/full-example, from
/// compose-go `df29b8a^`): `config --format json --no-normalize
/// --no-consistency` gives compose-go's JSON, value for value.
#[test]
fn config_of_compose_gos_full_example_matches_its_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compose-cases/full-example");
    let home = tempfile::tempdir().expect("home");
    let home_dir = home.path().to_str().expect("utf-8 home");
    let out = Command::new(Skiff::bin())
        .args([
            "compose",
            "-f",
            "full-example.yml",
            "config",
            "--format",
            "json",
            "--no-normalize",
            "--no-consistency",
        ])
        .current_dir(&dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home_dir)
        .env("BAR", "this is a secret")
        .env("QUX", "qux_from_environment")
        .output()
        .expect("running skiff compose");
    assert!(out.status.success(), "{}", describe(&out));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("skiff's JSON");
    let expected = std::fs::read_to_string(dir.join("expected.json"))
        .expect("expected.json")
        .replace("${WORKDIR}", dir.to_str().expect("utf-8 dir"))
        .replace("${HOME}", home_dir);
    let want: serde_json::Value = serde_json::from_str(&expected).expect("expected JSON");
    assert_eq!(got, want);
    // Go marshals the project as a map: its keys in order.
    let text = text(&out.stdout);
    let keys: Vec<usize> = [
        "\"configs\"",
        "\"name\"",
        "\"networks\"",
        "\"secrets\"",
        "\"services\"",
        "\"volumes\"",
    ]
    .iter()
    .map(|k| text.find(&format!("\n  {k}")).expect("a top-level key"))
    .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{text}");
}
