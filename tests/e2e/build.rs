//! `skiff build`: Dockerfiles built in process on busybox from the test
//! registry, the images checked with `image inspect` and `run`.

use std::path::Path;

use crate::support::*;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("context subdir");
    }
    std::fs::write(path, text).expect("writing a context file");
}

#[test]
fn build_runs_copies_and_configures_as_docker_build() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    write(
        dir,
        "Dockerfile",
        "# syntax=docker/dockerfile:1\nARG BASE=busybox\nFROM ${BASE}\nARG GREETING=hello\nENV APP_HOME=/app \\\n    MODE=\"production mode\"\nWORKDIR $APP_HOME\nCOPY src/ ./\nCOPY --chown=1000:1000 --chmod=750 greet.sh /usr/local/bin/greet\n# a comment between steps\nrun echo building-now && echo \"$GREETING from build\" > built.txt\nLABEL org.example.name=\"demo app\" version=1\nEXPOSE 8080 53/udp\nVOLUME /data\nSTOPSIGNAL SIGINT\nUSER 1000:1000\nENTRYPOINT [\"/usr/local/bin/greet\"]\nCMD [\"world\"]\n",
    );
    write(dir, "src/a.txt", "one\n");
    write(dir, "src/sub/b.txt", "two\n");
    write(
        dir,
        "greet.sh",
        "#!/bin/sh\necho \"greetings, $1, $MODE\"; cat /app/built.txt\n",
    );
    std::fs::set_permissions(
        dir.join("greet.sh"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .expect("chmod");
    let ctx_arg = dir.to_str().expect("utf-8");
    let out = skiff.run(&[
        "build",
        "-t",
        "demo:1",
        "--build-arg",
        "GREETING=hi",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    for line in [
        "#2 [1/14] FROM busybox",
        "#8 [7/14] RUN echo building-now && echo \"$GREETING from build\" > built.txt",
        " building-now\n",
        "naming to demo:1 done",
    ] {
        assert!(progress.contains(line), "{line:?} not in:\n{progress}");
    }
    // The image runs as the Dockerfile says.
    assert_eq!(
        skiff.ok(&["run", "--rm", "demo:1"]),
        "greetings, world, production mode\nhi from build\n"
    );
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "--entrypoint",
            "sh",
            "demo:1",
            "-c",
            "id -u; pwd; cat a.txt sub/b.txt; stat -c %u:%a /usr/local/bin/greet"
        ]),
        "1000\n/app\none\ntwo\n1000:750\n"
    );
    let config = skiff.ok(&["image", "inspect", "-f", "{{json .Config}}", "demo:1"]);
    let config: serde_json::Value = serde_json::from_str(&config).expect("config json");
    assert_eq!(
        config["Entrypoint"],
        serde_json::json!(["/usr/local/bin/greet"])
    );
    assert_eq!(config["Cmd"], serde_json::json!(["world"]));
    assert_eq!(config["WorkingDir"], "/app");
    assert_eq!(config["User"], "1000:1000");
    assert_eq!(config["StopSignal"], "SIGINT");
    assert_eq!(config["Labels"]["org.example.name"], "demo app");
    assert_eq!(config["Labels"]["version"], "1");
    assert!(config["ExposedPorts"]["8080/tcp"].is_object(), "{config}");
    assert!(config["ExposedPorts"]["53/udp"].is_object(), "{config}");
    assert!(config["Volumes"]["/data"].is_object(), "{config}");
    let env = config["Env"].to_string();
    assert!(
        env.contains("MODE=production mode") && !env.contains("GREETING"),
        "{env}"
    );
    // History as docker build writes it: config-only steps as empty_layer
    // entries, layers for WORKDIR, COPY and RUN (with its ARGs), nothing else.
    let history = skiff.ok(&[
        "history",
        "--no-trunc",
        "--format",
        "{{.CreatedBy}}|{{.Size}}",
        "demo:1",
    ]);
    let history: Vec<&str> = history.lines().collect();
    for entry in [
        "CMD [\"world\"]|0B",
        "ENTRYPOINT [\"/usr/local/bin/greet\"]|0B",
        "USER 1000:1000|0B",
        "STOPSIGNAL SIGINT|0B",
        "VOLUME [/data]|0B",
        "EXPOSE map[53/udp:{} 8080/tcp:{}]|0B",
        "LABEL org.example.name=demo app version=1|0B",
        "ENV APP_HOME=/app MODE=production mode|0B",
        "ARG GREETING=hello|0B",
    ] {
        assert!(history.contains(&entry), "{entry:?} not in {history:#?}");
    }
    assert!(
        history.iter().any(|h| h.starts_with(
            "RUN |1 GREETING=hi /bin/sh -c echo building-now && echo \"$GREETING from build\" > built.txt # buildkit|"
        )),
        "{history:#?}"
    );
    let layers = skiff.ok(&["image", "inspect", "-f", "{{len .RootFS.Layers}}", "demo:1"]);
    let base = skiff.ok(&[
        "image",
        "inspect",
        "-f",
        "{{len .RootFS.Layers}}",
        "busybox",
    ]);
    let (layers, base): (usize, usize) = (
        layers.trim().parse().expect("layers"),
        base.trim().parse().expect("layers"),
    );
    assert_eq!(layers, base + 4, "WORKDIR, two COPYs and RUN: {history:#?}");
    // Nothing is left behind: no containers, only the image.
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    // -q prints the ID alone.
    let id = skiff.ok(&["build", "-q", "--build-arg", "GREETING=hi", ctx_arg]);
    assert!(id.trim().starts_with("sha256:"), "{id}");
    let first = skiff.ok(&["image", "inspect", "-f", "{{.Id}}", "demo:1"]);
    assert_eq!(
        id.trim(),
        first.trim(),
        "the same build gives the same image"
    );

    // A rebuild with nothing changed runs nothing and gives the same image.
    let out = skiff.run(&[
        "build",
        "-t",
        "demo:1",
        "--build-arg",
        "GREETING=hi",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    assert!(progress.contains("#8 CACHED"), "{progress}");
    assert!(!progress.contains(" building-now\n"), "{progress}");
    assert_eq!(
        skiff.ok(&["image", "inspect", "-f", "{{.Id}}", "demo:1"]),
        first
    );
    // A changed source: its COPY and what follows run again, not what precedes.
    write(dir, "src/a.txt", "one, changed\n");
    let out = skiff.run(&[
        "build",
        "-t",
        "demo:2",
        "--build-arg",
        "GREETING=hi",
        ctx_arg,
    ]);
    let progress = text(&out.stderr);
    assert!(
        progress.contains("#5 CACHED") && !progress.contains("#6 CACHED"),
        "{progress}"
    );
    assert!(progress.contains(" building-now\n"), "{progress}");
    assert_eq!(
        skiff.ok(&["run", "--rm", "--entrypoint", "cat", "demo:2", "a.txt"]),
        "one, changed\n"
    );
    // system df counts the cache.
    let df = skiff.ok(&["system", "df", "--format", "{{.Type}} {{.TotalCount}}"]);
    let cached: usize = df
        .lines()
        .find_map(|l| l.strip_prefix("Build Cache "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    assert!(cached >= 5, "{df}");
    // builder prune forgets the cache (dangling entries, then all of it);
    // --filter until= keeps what was used since.
    let kept = skiff.ok(&["builder", "prune", "-a", "-f", "--filter", "until=1h"]);
    assert_eq!(kept, "Total reclaimed space: 0B\n");
    let df_after = skiff.ok(&["system", "df", "--format", "{{.Type}} {{.TotalCount}}"]);
    assert!(
        df_after.contains(&format!("Build Cache {cached}")),
        "{df_after}"
    );
    let out = skiff.run(&["builder", "prune", "-f", "--filter", "label=x"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("invalid filter 'label'"),
        "{}",
        describe(&out)
    );
    let pruned = skiff.ok(&["builder", "prune", "-f"]);
    assert!(pruned.contains("Total reclaimed space:"), "{pruned}");
    skiff.ok(&["builder", "prune", "-a", "-f"]);
    let df = skiff.ok(&["system", "df", "--format", "{{.Type}} {{.TotalCount}}"]);
    assert!(df.contains("Build Cache 0"), "{df}");
    let out = skiff.run(&[
        "build",
        "-t",
        "demo:2",
        "--build-arg",
        "GREETING=hi",
        ctx_arg,
    ]);
    assert!(!text(&out.stderr).contains("CACHED"), "{}", describe(&out));
    // Another build arg is another RUN; --no-cache runs everything.
    let out = skiff.run(&["build", "--no-cache", "-t", "demo:3", ctx_arg]);
    let progress = text(&out.stderr);
    assert!(!progress.contains("CACHED"), "{progress}");
    assert_eq!(
        skiff.ok(&["run", "--rm", "--entrypoint", "cat", "demo:3", "built.txt"]),
        "hello from build\n"
    );
}

#[test]
fn build_failures_name_the_line_and_leave_nothing() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let ctx_arg = dir.to_str().expect("utf-8");
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nRUN echo before\nRUN echo failing; exit 3\n",
    );
    let out = skiff.run(&["build", "-t", "broken", ctx_arg]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let err = text(&out.stderr);
    assert!(
        err.contains("Dockerfile:3") && err.contains("did not complete successfully: exit code: 3"),
        "{err}"
    );
    assert!(err.contains("failing"), "the RUN's output is shown: {err}");
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    assert!(skiff.run(&["image", "inspect", "broken"]).status.code() != Some(0));

    write(dir, "Dockerfile", "FROM busybox\nFROB x\n");
    let out = skiff.run(&["build", ctx_arg]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("Dockerfile: dockerfile parse error on line 2: unknown instruction: FROB"),
        "{}",
        describe(&out)
    );
    write(dir, "Dockerfile", "FROM busybox\nCOPY missing.txt /x\n");
    let out = skiff.run(&["build", ctx_arg]);
    assert!(
        text(&out.stderr).contains("\"missing.txt\": not found"),
        "{}",
        describe(&out)
    );
    write(dir, "Dockerfile", "FROM busybox\nCOPY ../outside /x\n");
    let out = skiff.run(&["build", ctx_arg]);
    assert!(
        text(&out.stderr).contains("outside the build context"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
}

#[test]
fn multi_stage_builds_copy_from_stages_and_stop_at_the_target() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let ctx_arg = dir.to_str().expect("utf-8");
    write(
        dir,
        "Dockerfile",
        "ARG VERSION=1.0\nFROM busybox AS builder\nARG VERSION\nRUN mkdir -p /out/sub && echo \"app $VERSION\" > /out/app.txt && echo nested > /out/sub/n\nFROM busybox AS unused\nRUN echo this stage must not run && exit 1\nFROM busybox\nCOPY --from=builder /out/app.txt /app/\nCOPY --from=0 /out /copied\nCMD [\"cat\", \"/app/app.txt\"]\n",
    );
    let out = skiff.run(&[
        "build",
        "-t",
        "multi",
        "--build-arg",
        "VERSION=2.0",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    assert!(progress.contains("[builder 3/3] RUN mkdir"), "{progress}");
    assert!(
        progress.contains("[2/4] COPY --from=builder /out/app.txt /app/"),
        "{progress}"
    );
    assert!(!progress.contains("must not run"), "{progress}");
    assert_eq!(skiff.ok(&["run", "--rm", "multi"]), "app 2.0\n");
    assert_eq!(
        skiff.ok(&["run", "--rm", "multi", "cat", "/copied/sub/n"]),
        "nested\n"
    );
    let out = skiff.run(&[
        "build",
        "--target",
        "builder",
        "-t",
        "multi:builder",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "multi:builder", "cat", "/out/app.txt"]),
        "app 1.0\n"
    );
    // --no-cache-filter: that stage runs again, the others come from the cache.
    let out = skiff.run(&[
        "build",
        "-t",
        "multi",
        "--build-arg",
        "VERSION=2.0",
        "--no-cache-filter",
        "builder",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    let run_step = progress
        .lines()
        .find(|l| l.contains("[builder 3/3] RUN mkdir"))
        .and_then(|l| l.split_whitespace().next())
        .expect("the RUN step")
        .to_string();
    assert!(
        !progress.contains(&format!("{run_step} CACHED")),
        "{progress}"
    );
    assert!(progress.contains("CACHED"), "{progress}");
    let out = skiff.run(&["build", "--target", "nosuch", ctx_arg]);
    assert!(text(&out.stderr).contains("target stage \"nosuch\" could not be found"));
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    let tmp = skiff.root.path().join("tmp");
    let left = std::fs::read_dir(&tmp).map(|d| d.count()).unwrap_or(0);
    assert_eq!(left, 0, "COPY --from leaves nothing in {}", tmp.display());
}

#[test]
fn dockerignore_and_healthcheck() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let ctx_arg = dir.to_str().expect("utf-8");
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nCOPY . /ctx\nCOPY --chown=nobody:app *.log [a]pp.js /picked/\nHEALTHCHECK --interval=1s --timeout=2s --retries=4 CMD test -f /ctx/app.js\n",
    );
    write(
        dir,
        ".dockerignore",
        "# not in the image\nnode_modules\n*.log\n!keep.log\ndocs/**\n!docs/README.md\n",
    );
    write(dir, "app.js", "console.log(1)\n");
    write(dir, "node_modules/dep/index.js", "x\n");
    write(dir, "debug.log", "noise\n");
    write(dir, "keep.log", "kept\n");
    write(dir, "docs/guide.md", "g\n");
    write(dir, "docs/README.md", "r\n");
    let out = skiff.run(&["build", "-t", "ignored", ctx_arg]);
    assert!(out.status.success(), "{}", describe(&out));
    let files = skiff.ok(&["run", "--rm", "ignored", "find", "/ctx", "-type", "f"]);
    let mut files: Vec<&str> = files.lines().collect();
    files.sort();
    assert_eq!(
        files,
        vec![
            "/ctx/.dockerignore",
            "/ctx/Dockerfile",
            "/ctx/app.js",
            "/ctx/docs/README.md",
            "/ctx/keep.log"
        ]
    );
    // Wildcards match in the context, .dockerignore still applies; --chown
    // by name, from the image's /etc/passwd and /etc/group.
    assert_eq!(
        skiff.ok(&["run", "--rm", "ignored", "ls", "/picked"]),
        "app.js\nkeep.log\n"
    );
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "ignored",
            "stat",
            "-c",
            "%u:%g",
            "/picked/app.js"
        ]),
        "65534:1000\n"
    );
    let health = skiff.ok(&[
        "image",
        "inspect",
        "-f",
        "{{json .Config.Healthcheck}}",
        "ignored",
    ]);
    let health: serde_json::Value = serde_json::from_str(&health).expect("json");
    assert_eq!(
        health["Test"],
        serde_json::json!(["CMD-SHELL", "test -f /ctx/app.js"])
    );
    assert_eq!(health["Interval"], 1_000_000_000i64);
    assert_eq!(health["Timeout"], 2_000_000_000i64);
    assert_eq!(health["Retries"], 4);
    // The healthcheck runs in a container of the image.
    skiff.ok(&["run", "-d", "--name", "hc", "ignored", "sleep", "100"]);
    let healthy = (0..80).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        skiff
            .ok(&["inspect", "-f", "{{.State.Health.Status}}", "hc"])
            .trim()
            == "healthy"
    });
    assert!(healthy);
    // An ignored file named by COPY is not there.
    write(dir, "Dockerfile", "FROM busybox\nCOPY debug.log /\n");
    let out = skiff.run(&["build", ctx_arg]);
    assert!(
        text(&out.stderr).contains("excluded by .dockerignore"),
        "{}",
        describe(&out)
    );
}

#[test]
fn heredocs_in_run_and_copy() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nARG WHO=world\nRUN <<EOF\nmkdir -p /out\necho \"script says hi\" > /out/script\nEOF\nRUN cat <<'END' > /out/piped\nliteral $WHO\nEND\nRUN <<EOF\n#!/bin/sh\necho \"shebang as $(id -u)\" > /out/shebang\nEOF\nCOPY <<conf.txt <<-\"raw.txt\" /etc/app/\nhello $WHO\nconf.txt\n\tfrom raw $WHO\n\traw.txt\n",
    );
    let out = skiff.run(&["build", "-t", "docs", dir.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "docs",
            "cat",
            "/out/script",
            "/out/piped",
            "/out/shebang",
            "/etc/app/conf.txt",
            "/etc/app/raw.txt"
        ]),
        "script says hi\nliteral $WHO\nshebang as 0\nhello world\nfrom raw $WHO\n"
    );
}

#[test]
fn add_copies_files_and_unpacks_local_archives() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    write(dir, "tree/a.txt", "a\n");
    write(dir, "tree/sub/b.txt", "b\n");
    write(dir, "plain.txt", "plain\n");
    // Archives made by tar(1), not by skiff.
    let made = std::process::Command::new("sh")
        .arg("-c")
        .arg("tar -cf bundle.tar -C tree . && tar -czf bundle.tgz -C tree .")
        .current_dir(dir)
        .status()
        .expect("tar");
    assert!(made.success());
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nADD plain.txt /files/\nADD bundle.tar /unpacked\nADD bundle.tgz /gz/\n",
    );
    let out = skiff.run(&["build", "-t", "added", dir.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "added",
            "cat",
            "/files/plain.txt",
            "/unpacked/a.txt",
            "/unpacked/sub/b.txt",
            "/gz/sub/b.txt"
        ]),
        "plain\na\nb\nb\n"
    );
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nADD git@github.com:example/repo.git /x\n",
    );
    let out = skiff.run(&["build", dir.to_str().expect("utf-8")]);
    assert!(
        text(&out.stderr).contains("ADD of a git repository is not supported"),
        "{}",
        describe(&out)
    );
}

#[test]
fn onbuild_triggers_run_in_the_child_build() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let base = tempfile::tempdir().expect("base context");
    write(
        base.path(),
        "Dockerfile",
        "FROM busybox\nONBUILD COPY app.txt /app/\nONBUILD RUN echo triggered > /app/onbuild\n",
    );
    let out = skiff.run(&[
        "build",
        "-t",
        "onbase",
        base.path().to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    let on = skiff.ok(&[
        "image",
        "inspect",
        "-f",
        "{{json .Config.OnBuild}}",
        "onbase",
    ]);
    assert_eq!(
        on.trim(),
        r#"["COPY app.txt /app/","RUN echo triggered > /app/onbuild"]"#
    );
    let child = tempfile::tempdir().expect("child context");
    write(child.path(), "app.txt", "child app\n");
    write(
        child.path(),
        "Dockerfile",
        "FROM onbase\nCMD [\"cat\", \"/app/app.txt\", \"/app/onbuild\"]\n",
    );
    let out = skiff.run(&[
        "build",
        "-t",
        "onchild",
        child.path().to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "onchild"]),
        "child app\ntriggered\n"
    );
    // The child keeps no triggers.
    let config = skiff.ok(&["image", "inspect", "-f", "{{json .Config}}", "onchild"]);
    assert!(!config.contains("triggered"), "{config}");
}

#[test]
fn run_mounts_cache_bind_tmpfs_and_secret() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let ctx_arg = dir.to_str().expect("utf-8");
    write(dir, "input.txt", "from a bind mount\n");
    write(dir, "token", "s3cret\n");
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nARG ROUND=1\nRUN --mount=type=cache,target=/cache echo \"round $ROUND\" >> /cache/log && cp /cache/log /seen\nRUN --mount=type=bind,source=input.txt,target=/in cp /in /copied\nRUN --mount=type=tmpfs,target=/scratch touch /scratch/x && grep -q ' /scratch ' /proc/mounts && echo tmpfs > /kind\nRUN --mount=type=secret,id=token,required cp /run/secrets/token /leaked-on-purpose\n",
    );
    let secret = format!("id=token,src={}", dir.join("token").display());
    let out = skiff.run(&["build", "--secret", &secret, "-t", "mounted", ctx_arg]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "mounted",
            "cat",
            "/seen",
            "/copied",
            "/kind",
            "/leaked-on-purpose"
        ]),
        "round 1\nfrom a bind mount\ntmpfs\ns3cret\n"
    );
    // The cache directory outlives the build; the mounts are not in the image.
    let out = skiff.run(&[
        "build",
        "--secret",
        &secret,
        "--build-arg",
        "ROUND=2",
        "-t",
        "mounted2",
        ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "mounted2", "cat", "/seen"]),
        "round 1\nround 2\n"
    );
    let out = skiff.run(&["run", "--rm", "mounted2", "ls", "/cache/log"]);
    assert!(!out.status.success(), "{}", describe(&out));
    // --output: the files, in a directory or a tar.
    let out_dir = tempfile::tempdir().expect("output dir");
    let local = format!("type=local,dest={}", out_dir.path().join("fs").display());
    let tarball = out_dir.path().join("fs.tar");
    let tar_spec = format!("type=tar,dest={}", tarball.display());
    let out = skiff.run(&[
        "build", "--secret", &secret, "-o", &local, "--output", &tar_spec, ctx_arg,
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        std::fs::read_to_string(out_dir.path().join("fs/copied")).expect("exported file"),
        "from a bind mount\n"
    );
    let listed = std::process::Command::new("tar")
        .arg("-tf")
        .arg(&tarball)
        .output()
        .expect("tar -tf");
    assert!(
        text(&listed.stdout)
            .lines()
            .any(|l| l.trim_start_matches("./") == "copied"),
        "{}",
        describe(&listed)
    );
    // --add-host, --shm-size and --ulimit reach the RUN steps.
    let out = skiff.run_stdin(
        &[
            "build", "-q", "-f", "-", "--add-host", "db.internal:10.1.2.3", "--shm-size", "32m",
            "--ulimit", "nofile=512:1024", "-t", "runopts", ctx_arg,
        ],
        b"FROM busybox\nRUN grep db.internal /etc/hosts > /hosts && df -k /dev/shm | tail -1 > /shm && ulimit -n > /nofile\n",
    );
    assert!(out.status.success(), "{}", describe(&out));
    let seen = skiff.ok(&["run", "--rm", "runopts", "cat", "/hosts", "/shm", "/nofile"]);
    assert!(
        seen.contains("10.1.2.3") && seen.contains("db.internal"),
        "{seen}"
    );
    assert!(seen.contains(" 32768 "), "{seen}");
    assert!(seen.trim_end().ends_with("512"), "{seen}");
    // buildx build, with the Dockerfile on stdin.
    let out = skiff.run_stdin(
        &[
            "buildx",
            "build",
            "-q",
            "-f",
            "-",
            "-t",
            "fromstdin",
            ctx_arg,
        ],
        b"FROM busybox\nRUN echo stdin > /s\n",
    );
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "fromstdin", "cat", "/s"]),
        "stdin\n"
    );
    // A required secret that is not given fails.
    let out = skiff.run(&["build", "--no-cache", ctx_arg]);
    assert!(
        text(&out.stderr).contains("secret token not found"),
        "{}",
        describe(&out)
    );
}

#[test]
fn from_scratch_with_a_static_binary() {
    let skiff = Skiff::new();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    // busybox-static (scripts/install-deps) needs nothing from the image.
    let found = std::process::Command::new("sh")
        .args(["-c", "command -v busybox"])
        .output()
        .expect("sh");
    let busybox = text(&found.stdout).trim().to_string();
    std::fs::copy(&busybox, dir.join("busybox")).expect("copying busybox");
    write(
        dir,
        "Dockerfile",
        "FROM scratch\nCOPY busybox /bin/busybox\nCMD [\"/bin/busybox\", \"echo\", \"from scratch\"]\n",
    );
    let out = skiff.run(&["build", "-t", "scratchy", dir.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(skiff.ok(&["run", "--rm", "scratchy"]), "from scratch\n");
}

/// `build -` (a Dockerfile or a tar on stdin), the predefined platform ARGs,
/// `--platform`, `<Dockerfile>.dockerignore` and `COPY --exclude`/`--link`.
#[test]
fn stdin_contexts_platform_args_and_copy_excludes() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    };
    // A Dockerfile on stdin, no context; the platform ARGs are the host's.
    let dockerfile = b"FROM --platform=$BUILDPLATFORM busybox\nARG TARGETARCH\nARG TARGETPLATFORM\nRUN echo $TARGETARCH $TARGETPLATFORM > /arch\n";
    let out = skiff.run_stdin(&["build", "-t", "from-stdin", "-"], dockerfile);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&["run", "--rm", "from-stdin", "cat", "/arch"]),
        format!("{arch} linux/{arch}\n")
    );
    let out = skiff.run_stdin(
        &["build", "--platform", &format!("linux/{arch}"), "-"],
        dockerfile,
    );
    assert!(out.status.success(), "{}", describe(&out));
    let other = if arch == "s390x" { "ppc64le" } else { "s390x" };
    for args in [
        vec![
            "build",
            "--platform",
            &format!("linux/{other}") as &str,
            "-",
        ],
        vec!["build", "-"],
    ] {
        let input: &[u8] = if args.len() == 2 {
            format!("FROM --platform=linux/{other} busybox\n")
                .leak()
                .as_bytes()
        } else {
            dockerfile
        };
        let out = skiff.run_stdin(&args, input);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!("platform linux/{other} is not this machine's")),
            "{err}"
        );
    }

    // A tar archive on stdin is the context, its Dockerfile at the top.
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nCOPY --link --exclude=*.txt --exclude=sub/skip . /ctx\nCOPY --exclude=*.md docs/ /docs/\n",
    );
    write(dir, "app.js", "x\n");
    write(dir, "notes.txt", "left out\n");
    write(dir, "sub/keep.js", "k\n");
    write(dir, "sub/skip/x.js", "s\n");
    write(dir, "docs/a.md", "a\n");
    write(dir, "docs/b.html", "b\n");
    let tar = std::process::Command::new("tar")
        .args(["-C", dir.to_str().expect("utf-8"), "-czf", "-", "."])
        .output()
        .expect("tar");
    assert!(tar.status.success());
    let out = skiff.run_stdin(&["build", "-t", "from-tar", "-"], &tar.stdout);
    assert!(out.status.success(), "{}", describe(&out));
    let files = skiff.ok(&[
        "run", "--rm", "from-tar", "find", "/ctx", "/docs", "-type", "f",
    ]);
    let mut files: Vec<&str> = files.lines().collect();
    files.sort();
    assert_eq!(
        files,
        [
            "/ctx/Dockerfile",
            "/ctx/app.js",
            "/ctx/docs/a.md",
            "/ctx/docs/b.html",
            "/ctx/sub/keep.js",
            "/docs/b.html"
        ]
    );

    // <Dockerfile>.dockerignore beside the Dockerfile wins over the context's.
    write(dir, "app.Dockerfile", "FROM busybox\nCOPY . /ctx\n");
    write(
        dir,
        "app.Dockerfile.dockerignore",
        "*.txt\ndocs\nsub\n*Dockerfile*\n",
    );
    write(dir, ".dockerignore", "app.js\n");
    let ctx_arg = dir.to_str().expect("utf-8");
    let file = dir.join("app.Dockerfile");
    skiff.ok(&[
        "build",
        "-t",
        "own-ignore",
        "-f",
        file.to_str().expect("utf-8"),
        ctx_arg,
    ]);
    let files = skiff.ok(&["run", "--rm", "own-ignore", "find", "/ctx", "-type", "f"]);
    let mut files: Vec<&str> = files.lines().collect();
    files.sort();
    assert_eq!(files, ["/ctx/.dockerignore", "/ctx/app.js"]);
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
}

/// ADD of http URLs: a file (0600 unless --chmod), never unpacked, named
/// after the URL in a directory, --checksum checked; errors name the URL.
#[test]
fn add_downloads_urls() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let www = tempfile::tempdir().expect("www");
    write(www.path(), "hello.txt", "hello over http\n");
    let tar = std::process::Command::new("tar")
        .args(["-C", www.path().to_str().expect("utf-8"), "-czf"])
        .arg(www.path().join("pack.tar.gz"))
        .arg("hello.txt")
        .status()
        .expect("tar");
    assert!(tar.success());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    struct Server(std::process::Child);
    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let _server = Server(
        std::process::Command::new("busybox")
            .args(["httpd", "-f", "-p", &format!("127.0.0.1:{port}"), "-h"])
            .arg(www.path())
            .spawn()
            .expect("busybox httpd"),
    );
    let base = format!("http://127.0.0.1:{port}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(std::time::Instant::now() < deadline, "httpd did not start");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let sum = std::process::Command::new("sha256sum")
        .arg(www.path().join("hello.txt"))
        .output()
        .expect("sha256sum");
    let sum = text(&sum.stdout);
    let sum = sum.split_whitespace().next().expect("sum");
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let ctx_arg = dir.to_str().expect("utf-8");
    write(
        dir,
        "Dockerfile",
        &format!(
            "FROM busybox\nADD {base}/hello.txt {base}/pack.tar.gz /files/\nADD --chmod=755 {base}/hello.txt?x=1 /files/run.sh\nADD --checksum=sha256:{sum} {base}/hello.txt /checked.txt\n"
        ),
    );
    let out = skiff.run(&["build", "-t", "fetched", ctx_arg]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(
        skiff.ok(&[
            "run",
            "--rm",
            "fetched",
            "sh",
            "-c",
            "cd /files && stat -c '%n %a' hello.txt pack.tar.gz run.sh /checked.txt && cat run.sh",
        ]),
        "hello.txt 600\npack.tar.gz 600\nrun.sh 755\n/checked.txt 600\nhello over http\n"
    );
    for (dockerfile, says) in [
        (
            format!("FROM busybox\nADD {base}/missing.txt /\n"),
            "invalid response status 404".to_string(),
        ),
        (
            format!(
                "FROM busybox\nADD --checksum=sha256:{} {base}/hello.txt /\n",
                "0".repeat(64)
            ),
            "digest mismatch".to_string(),
        ),
        (
            format!("FROM busybox\nCOPY {base}/hello.txt /\n"),
            "source can't be a URL for COPY".to_string(),
        ),
    ] {
        write(dir, "Dockerfile", &dockerfile);
        let out = skiff.run(&["build", ctx_arg]);
        assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
        let err = text(&out.stderr);
        assert!(
            err.contains(&says) && err.contains("Dockerfile:2"),
            "{says:?} not in {err}"
        );
    }
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    let tmp: Vec<_> = std::fs::read_dir(skiff.root.path().join("tmp"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(tmp.is_empty(), "downloads left behind: {tmp:?}");
}

/// Independent stages are built side by side: two stages that each wait
/// for the other (through a shared cache mount) both finish.
#[test]
fn independent_stages_build_in_parallel() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    let wait_for = |me: &str, other: &str| {
        format!(
            "RUN --mount=type=cache,id=handshake,target=/sync touch /sync/{me} && for i in $(seq 150); do [ -f /sync/{other} ] && echo {me} > /{me} && exit 0; sleep 0.1; done; echo {other} never came; exit 1\n"
        )
    };
    write(
        dir,
        "Dockerfile",
        &format!(
            "FROM busybox AS a\n{}FROM busybox AS b\n{}FROM busybox\nCOPY --from=a /a /\nCOPY --from=b /b /\n",
            wait_for("a", "b"),
            wait_for("b", "a")
        ),
    );
    let out = skiff.run(&["build", "-t", "side-by-side", dir.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    // BuildKit's numbering holds: stage a's steps, then b's, then the last.
    assert!(progress.contains("#3 [a 2/2] RUN"), "{progress}");
    assert!(progress.contains("#5 [b 2/2] RUN"), "{progress}");
    assert!(
        progress.contains("#7 [2/3] COPY --from=a /a /"),
        "{progress}"
    );
    assert_eq!(
        skiff.ok(&["run", "--rm", "side-by-side", "cat", "/a", "/b"]),
        "a\nb\n"
    );
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
}

/// On a terminal (`script` gives the build one) the progress is BuildKit's
/// live view, redrawn in place, ending in `FINISHED`.
#[test]
fn a_terminal_gets_the_live_view() {
    let skiff = with_busybox();
    let _c = Cleanup(&skiff);
    let ctx = tempfile::tempdir().expect("context");
    let dir = ctx.path();
    write(
        dir,
        "Dockerfile",
        "FROM busybox\nRUN echo first-line && echo second-line\nCMD [\"true\"]\n",
    );
    let line = format!(
        "{} --root {} --runroot {} build --network none -t live {}",
        Skiff::bin(),
        skiff.root.path().display(),
        skiff.runroot.path().display(),
        dir.display()
    );
    let build = || {
        let out = std::process::Command::new("script")
            .args(["-qfec", &line, "/dev/null"])
            .env("HOME", skiff.home.path())
            .stdin(std::process::Stdio::null())
            .output()
            .expect("script");
        assert!(out.status.success(), "{}", describe(&out));
        text(&out.stdout)
    };
    let screen = build();
    for part in [
        "\x1b[2K[+] Building ",
        "(3/3) FINISHED",
        " => [1/3] FROM busybox",
        " => [2/3] RUN echo first-line && echo second-line",
        " => exporting to image",
        " => => naming to live",
    ] {
        assert!(screen.contains(part), "{part:?} not in {screen:?}");
    }
    assert!(!screen.contains("#1 [internal]"), "{screen:?}");
    let again = build();
    assert!(
        again.contains(" => CACHED [2/3] RUN echo first-line"),
        "{again:?}"
    );
    assert_eq!(skiff.ok(&["run", "--rm", "live", "echo", "ok"]), "ok\n");
}
