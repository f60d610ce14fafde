//! `generate kube`: containers and pods as Kubernetes YAML that the API's
//! own schemas accept (kubernetes-validate --strict, Kubernetes 1.30), the
//! same bytes each time.

use crate::support::{describe, text, Cleanup, Skiff};

fn validate(yaml: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("out.yaml");
    std::fs::write(&file, yaml).expect("yaml");
    let out = std::process::Command::new("kubernetes-validate")
        .args(["--strict", "-k", "1.30.0"])
        .arg(&file)
        .output()
        .expect("kubernetes-validate (pip install kubernetes-validate)");
    assert!(out.status.success(), "{}\n{yaml}", describe(&out));
    assert!(
        !text(&out.stdout).contains("ERROR"),
        "{}\n{yaml}",
        describe(&out)
    );
}

#[test]
fn generate_kube_writes_valid_stable_yaml_for_pods_and_containers() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    skiff.ok(&[
        "pod",
        "create",
        "--name",
        "Shop_1",
        "-p",
        "8091:80",
        "-p",
        "5353:53/udp",
    ]);
    skiff.ok(&[
        "run",
        "-d",
        "--pod",
        "Shop_1",
        "--name",
        "web",
        "-e",
        "MODE=prod",
        "-m",
        "64m",
        "--health-cmd",
        "wget -q -O- localhost",
        "--health-interval",
        "5s",
        "--health-retries",
        "2",
        "busybox",
        "httpd",
        "-f",
        "-p",
        "80",
    ]);
    skiff.ok(&[
        "run",
        "-d",
        "--pod",
        "Shop_1",
        "--name",
        "worker",
        "--cap-drop",
        "NET_RAW",
        "-v",
        "jobs:/jobs",
        "busybox",
        "sleep",
        "1000",
    ]);
    let yaml = skiff.ok(&["generate", "kube", "Shop_1"]);
    assert_eq!(
        skiff.ok(&["kube", "generate", "Shop_1"]),
        yaml,
        "the same bytes each time"
    );
    validate(&yaml);
    for part in [
        "kind: PersistentVolumeClaim\nmetadata:\n  name: jobs\n",
        "kind: Pod\nmetadata:\n  name: shop-1\n  labels:\n    app: shop-1\n",
        "  hostname: Shop_1\n",
        "  - name: web\n    image: busybox\n",
        "    - containerPort: 80\n      hostPort: 8091\n",
        "    - containerPort: 53\n      hostPort: 5353\n      protocol: UDP\n",
        "        - wget -q -O- localhost\n      periodSeconds: 5\n      timeoutSeconds: 30\n      failureThreshold: 2\n",
        "        memory: 64Mi\n",
        "  - name: worker\n",
        "        drop:\n        - NET_RAW\n",
        "      claimName: jobs\n",
    ] {
        assert!(yaml.contains(part), "{part:?} not in:\n{yaml}");
    }
    assert!(!yaml.contains("creationTimestamp"), "{yaml}");
    // -s: a Service on the container ports, hostPort left out, no nodePort.
    let with_service = skiff.ok(&["generate", "kube", "-s", "Shop_1"]);
    validate(&with_service);
    assert!(
        with_service.contains("kind: Service\n")
            && with_service.contains("  - name: 80-tcp\n    port: 80\n    targetPort: 80\n")
            && !with_service.contains("hostPort")
            && !with_service.contains("nodePort"),
        "{with_service}"
    );
    let deployment = skiff.ok(&[
        "generate",
        "kube",
        "--type",
        "deployment",
        "--replicas",
        "2",
        "Shop_1",
    ]);
    validate(&deployment);
    assert!(
        deployment.contains("kind: Deployment\n") && deployment.contains("  replicas: 2\n"),
        "{deployment}"
    );
    for (kind, says) in [("daemonset", "kind: DaemonSet\n"), ("job", "kind: Job\n")] {
        let yaml = skiff.ok(&["generate", "kube", "--type", kind, "Shop_1"]);
        validate(&yaml);
        assert!(yaml.contains(says), "{yaml}");
    }

    // A lone container becomes a pod of its own.
    skiff.ok(&[
        "create",
        "--name",
        "solo",
        "--restart",
        "on-failure",
        "busybox",
        "echo",
        "hi",
    ]);
    let solo = skiff.ok(&["generate", "kube", "solo"]);
    validate(&solo);
    assert!(
        solo.contains("  name: solo-pod\n")
            && solo.contains("  restartPolicy: OnFailure\n")
            && solo.contains("    command:\n    - echo\n    - hi\n"),
        "{solo}"
    );

    // Errors name the problem; -f never overwrites.
    let taken = tempfile::NamedTempFile::new().expect("file");
    let taken = taken.path().to_str().expect("utf-8").to_string();
    for (args, says) in [
        (
            vec!["generate", "kube", "web"],
            "container web is in pod Shop_1: generate the pod itself",
        ),
        (
            vec!["generate", "kube", "nosuch"],
            "No such container: nosuch",
        ),
        (
            vec!["generate", "kube", "--type", "statefulset", "solo"],
            "invalid type \"statefulset\"",
        ),
        (
            vec!["generate", "kube", "--replicas", "2", "solo"],
            "--replicas is only for --type deployment",
        ),
        (
            vec!["generate", "kube", "-f", taken.as_str(), "solo"],
            "cannot write to",
        ),
    ] {
        let out = skiff.run(&args);
        assert_ne!(out.status.code(), Some(0), "{args:?}: {}", describe(&out));
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            describe(&out)
        );
    }
    skiff.ok(&["pod", "rm", "-f", "Shop_1"]);
}

/// generate kube, rm, kube play: the pod comes back with its containers'
/// settings and answers on its port; kube down takes it away again.
#[test]
fn kube_play_runs_generated_yaml_and_kube_down_removes_it() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let ns = skiff.netns.as_ref().expect("networked");
    skiff.ok(&["pod", "create", "--name", "site", "-p", "8092:80"]);
    skiff.ok(&[
        "run",
        "-d",
        "--pod",
        "site",
        "--name",
        "web",
        "-e",
        "MODE=prod",
        "-m",
        "64m",
        "--health-cmd",
        "true",
        "--health-interval",
        "2s",
        "-v",
        "content:/www",
        "busybox",
        "sh",
        "-c",
        "echo played > /www/index.html && exec httpd -f -p 80 -h /www",
    ]);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("site.yaml");
    skiff.ok(&[
        "generate",
        "kube",
        "-f",
        file.to_str().expect("utf-8"),
        "site",
    ]);
    skiff.ok(&["pod", "rm", "-f", "site"]);
    let played = skiff.ok(&["kube", "play", file.to_str().expect("utf-8")]);
    assert!(
        played.starts_with("Volumes:\ncontent\nPod:\n") && played.contains("\nContainer:\n"),
        "{played}"
    );
    wait_for(10, "the played pod's port", || {
        ns.curl("http://127.0.0.1:8092/", 2).is_some()
    });
    assert_eq!(
        ns.curl("http://127.0.0.1:8092/", 2).as_deref(),
        Some("played\n")
    );
    let inspect: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["inspect", "site-web"])).expect("json");
    let c = &inspect[0];
    assert!(
        c["Config"]["Env"]
            .as_array()
            .expect("env")
            .iter()
            .any(|e| e == "MODE=prod"),
        "{c}"
    );
    assert_eq!(c["HostConfig"]["Memory"], 67108864);
    assert_eq!(
        c["Config"]["Healthcheck"]["Test"],
        serde_json::json!(["CMD-SHELL", "true"])
    );
    assert_eq!(c["HostConfig"]["RestartPolicy"]["Name"], "no");
    assert_eq!(
        skiff.ok(&["pod", "ps", "--format", "{{.Name}} {{.Status}}"]),
        "site Running\n"
    );
    // Playing it again is refused unless --replace.
    let out = skiff.run(&["kube", "play", file.to_str().expect("utf-8")]);
    assert!(
        text(&out.stderr).contains("pod site already exists"),
        "{}",
        describe(&out)
    );
    skiff.ok(&[
        "kube",
        "play",
        "--replace",
        "-q",
        file.to_str().expect("utf-8"),
    ]);
    // down: the pod goes, the volume stays unless --force.
    let down = skiff.ok(&["kube", "down", file.to_str().expect("utf-8")]);
    assert!(down.starts_with("Pods stopped:\n"), "{down}");
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "");
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "content\n");
    assert_eq!(
        skiff.ok(&["kube", "down", "--force", file.to_str().expect("utf-8")]),
        "Pods stopped:\nPods removed:\n",
        "a second down finds nothing and says so"
    );
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
    // Input skiff cannot run: one-line errors.
    for (yaml, says) in [
        ("kind: Service\napiVersion: v1\nmetadata: {name: x}\nspec: {}\n---\nkind: Nothing\n", "YAML document does not contain any supported kube kind"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "does not contain any supported kube kind"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: pp}\nspec:\n  containers:\n  - name: a\n", "every container needs a name and an image"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: pp}\nspec:\n  containers: [{name: a, image: busybox, volumeMounts: [{name: v, mountPath: /v}]}]\n", "volume \"v\" is not defined"),
        ("kind: [", "YAML document 1"),
    ] {
        std::fs::write(&file, yaml).expect("yaml");
        let out = skiff.run(&["kube", "play", file.to_str().expect("utf-8")]);
        assert_eq!(out.status.code(), Some(125), "{yaml}: {}", describe(&out));
        assert!(text(&out.stderr).contains(says), "{yaml}: {}", describe(&out));
    }
    // ConfigMaps and Secrets: as environment (envFrom, valueFrom) and as files.
    std::fs::write(
        &file,
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {GREETING: hello, app.conf: 'x=1'}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: creds}\ndata: {password: czNjcmV0}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: conf}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: show\n    image: busybox\n    command: [sh, -c, 'echo $GREETING $PASS; cat /etc/app/app.conf /run/creds/password']\n    envFrom: [{configMapRef: {name: settings}}]\n    env: [{name: PASS, valueFrom: {secretKeyRef: {name: creds, key: password}}}]\n    volumeMounts: [{name: cfg, mountPath: /etc/app}, {name: sec, mountPath: /run/creds}]\n  volumes:\n  - {name: cfg, configMap: {name: settings}}\n  - {name: sec, secret: {secretName: creds}}\n",
    )
    .expect("yaml");
    skiff.ok(&["kube", "play", "--strict", file.to_str().expect("utf-8")]);
    wait_for(10, "the container to finish", || {
        skiff.ok(&[
            "ps",
            "-a",
            "--filter",
            "name=conf-show",
            "--format",
            "{{.State}}",
        ]) == "exited\n"
    });
    assert_eq!(skiff.ok(&["logs", "conf-show"]), "hello s3cret\nx=1s3cret");
    skiff.ok(&["kube", "down", "--force", file.to_str().expect("utf-8")]);
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
    std::fs::write(
        &file,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: conf}\nspec:\n  containers:\n  - name: show\n    image: busybox\n    envFrom: [{configMapRef: {name: missing}}]\n",
    )
    .expect("yaml");
    let out = skiff.run(&["kube", "play", file.to_str().expect("utf-8")]);
    assert!(
        text(&out.stderr).contains("ConfigMap missing not found"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "");
    // A Job runs as one pod, its container once.
    std::fs::write(
        &file,
        "apiVersion: batch/v1\nkind: Job\nmetadata: {name: once}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - {name: task, image: busybox, command: [echo, job-done]}\n",
    )
    .expect("yaml");
    skiff.ok(&["kube", "play", "--strict", file.to_str().expect("utf-8")]);
    wait_for(10, "the job's container to finish", || {
        skiff.ok(&[
            "ps",
            "-a",
            "--filter",
            "name=once-pod-task",
            "--format",
            "{{.State}}",
        ]) == "exited\n"
    });
    assert_eq!(skiff.ok(&["logs", "once-pod-task"]), "job-done\n");
    skiff.ok(&["kube", "down", file.to_str().expect("utf-8")]);
    // A field skiff does not read is named by its path; --strict refuses it.
    std::fs::write(
        &file,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: typo}\nspec:\n  containers:\n  - name: a\n    image: busybox\n    args: [sleep, '100']\n    comand: [x]\n",
    )
    .expect("yaml");
    let out = skiff.run(&["kube", "play", "--strict", file.to_str().expect("utf-8")]);
    assert_ne!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("spec.containers[0].comand: unknown or unsupported field"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "");
    let out = skiff.run(&["kube", "play", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("WARNING: Pod (document 1): spec.containers[0].comand: unknown or unsupported field, ignored"),
        "{}",
        describe(&out)
    );
    skiff.ok(&["kube", "down", file.to_str().expect("utf-8")]);
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "");
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
}

/// `compose kube`: a project with a healthchecked database stand-in, a
/// migration job, a web service, a secret and a config becomes manifests
/// that validate (a Deployment per service with its replicas, Services, a
/// claim, probes, a Job for the one-shot service, init containers that
/// wait, a Secret and a ConfigMap) — and `kube play` of them runs the
/// project, which answers on the published port.
#[test]
fn compose_kube_turns_a_project_into_manifests_that_play_runs() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let ns = skiff.netns.as_ref().expect("networked");
    let dir = tempfile::tempdir().expect("project");
    std::fs::write(dir.path().join("pw.txt"), "s3cret\n").expect("secret");
    let file = dir.path().join("compose.yaml");
    std::fs::write(
        &file,
        "name: shop\nservices:\n  db:\n    image: busybox\n    command: [sh, -c, 'nc -ll -p 5432 -e echo ok']\n    expose: ['5432']\n    healthcheck: {test: [CMD, 'true'], interval: 2s, retries: 3}\n    volumes: ['data:/var/lib/db']\n  migrate:\n    image: busybox\n    command: [sh, -c, 'echo migrated > /var/lib/db/migrated']\n    volumes: ['data:/var/lib/db']\n    depends_on: {db: {condition: service_healthy}}\n  web:\n    image: busybox\n    command: [sh, -c, 'mkdir -p /www && cat /run/secrets/pw /etc/app.conf > /www/index.html && exec httpd -f -p 80 -h /www']\n    ports: ['8094:80']\n    secrets: [pw]\n    configs: [{source: appconf, target: /etc/app.conf}]\n    environment: {MODE: prod}\n    ulimits: {nofile: 1024}\n    stop_grace_period: 5s\n    deploy: {replicas: 2}\n    depends_on:\n      db: {condition: service_healthy}\n      migrate: {condition: service_completed_successfully}\nvolumes:\n  data: {}\nsecrets:\n  pw: {file: ./pw.txt}\nconfigs:\n  appconf: {content: mode=prod}\n",
    )
    .expect("compose.yaml");
    let file = file.to_str().expect("utf-8");
    let out = skiff.run(&["compose", "-f", file, "kube"]);
    assert!(out.status.success(), "{}", describe(&out));
    let yaml = text(&out.stdout);
    assert_eq!(
        skiff.ok(&["compose", "-f", file, "kube"]),
        yaml,
        "the same bytes each time"
    );
    validate(&yaml);
    for part in [
        "kind: PersistentVolumeClaim\nmetadata:\n  name: shop-data\n",
        "kind: ConfigMap\nmetadata:\n  name: appconf\ndata:\n  appconf: mode=prod\n",
        "kind: Secret\nmetadata:\n  name: pw\ntype: Opaque\ndata:\n  pw: czNjcmV0Cg==\n",
        "kind: Service\nmetadata:\n  name: db\n",
        "  - name: 5432-tcp\n    port: 5432\n    targetPort: 5432\n",
        "kind: Service\nmetadata:\n  name: web\n",
        "kind: Job\nmetadata:\n  name: migrate\n",
        "kind: Deployment\nmetadata:\n  name: web\n",
        "  replicas: 2\n",
        "      - name: wait-for-db\n        image: busybox\n",
        "        readinessProbe:\n          exec:\n            command:\n            - 'true'\n",
        "        - name: MODE\n          value: prod\n",
        "        - containerPort: 80\n          hostPort: 8094\n",
        "        - name: secret-pw\n          mountPath: /run/secrets/pw\n          readOnly: true\n          subPath: pw\n",
        "      - name: config-appconf\n        configMap:\n          name: appconf\n",
        "      - name: secret-pw\n        secret:\n          secretName: pw\n",
    ] {
        assert!(yaml.contains(part), "{part:?} not in:\n{yaml}");
    }
    for says in [
        "service web: migrate runs as a Job",
        "service web: ulimits has no Kubernetes form here and is left out",
    ] {
        assert!(text(&out.stderr).contains(says), "{}", describe(&out));
    }
    assert!(
        yaml.contains("      terminationGracePeriodSeconds: 5\n"),
        "{yaml}"
    );
    // What compose up runs, for comparison with what play runs.
    skiff.ok(&[
        "compose", "-f", file, "up", "-d", "--wait", "--scale", "web=1",
    ]);
    let mut composed = carried(&skiff, "shop-web-1");
    composed["restart"] = serde_json::Value::Null;
    let composed_port = skiff.ok(&["port", "shop-web-1"]);
    skiff.ok(&["compose", "-f", file, "down", "-v"]);
    // Played: the init containers wait for db by its Service name, the
    // migration runs, web reads its secret and config and answers.
    let manifests = dir.path().join("k.yaml");
    std::fs::write(&manifests, &yaml).expect("k.yaml");
    let manifests = manifests.to_str().expect("utf-8");
    let out = skiff.run(&["kube", "play", manifests]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("Limiting replica count to 1"),
        "{}",
        describe(&out)
    );
    wait_for(15, "web's port", || {
        ns.curl("http://127.0.0.1:8094/", 2).is_some()
    });
    assert_eq!(
        ns.curl("http://127.0.0.1:8094/", 2).as_deref(),
        Some("s3cret\nmode=prod")
    );
    assert_eq!(
        skiff.ok(&["exec", "db-pod-db", "cat", "/var/lib/db/migrated"]),
        "migrated\n"
    );
    // The same container as compose's, but for the restart policy: a
    // Deployment's pods restart always.
    let mut played = carried(&skiff, "web-pod-web");
    assert_eq!(played["restart"]["Name"], "always");
    played["restart"] = serde_json::Value::Null;
    assert_eq!(played, composed);
    assert_eq!(skiff.ok(&["port", "web-pod-web"]), composed_port);
    assert_eq!(
        skiff.ok(&["ps", "-a", "--filter", "name=wait-for", "-q"]),
        "",
        "init containers are removed once they have run"
    );
    skiff.ok(&["kube", "down", "--force", manifests]);
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
}

/// Research kube.md §6, cases 1–10, 12 and 13: one container at a time, each
/// output accepted by Kubernetes' schemas.
#[test]
fn generate_kube_maps_each_docker_option_as_podman_does() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let generate = |args: &[&str]| -> String {
        let yaml = skiff.ok(&[&["generate", "kube"], args].concat());
        validate(&yaml);
        yaml
    };
    // 1: the whole document, byte for byte.
    skiff.ok(&[
        "run", "-d", "--name", "web", "-p", "8080:80", "busybox", "httpd", "-f", "-p", "80",
    ]);
    let web = generate(&["web"]);
    assert_eq!(
        web,
        format!(
            "# Generated by skiff {}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-pod\n  labels:\n    app: web-pod\nspec:\n  restartPolicy: Never\n  containers:\n  - name: web\n    image: busybox\n    command:\n    - httpd\n    - -f\n    - -p\n    - '80'\n    ports:\n    - containerPort: 80\n      hostPort: 8080\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    // 13: a Service on the container port, hostPort left out; stable bytes.
    let service = generate(&["-s", "web"]);
    assert_eq!(skiff.ok(&["generate", "kube", "-s", "web"]), service);
    assert!(
        service.contains("kind: Service\nmetadata:\n  name: web-pod\n")
            && service.contains("  selector:\n    app: web-pod\n  ports:\n  - name: 80-tcp\n    port: 80\n    targetPort: 80\n")
            && service.find("kind: Service") < service.find("kind: Pod")
            && !service.contains("hostPort")
            && !service.contains("nodePort"),
        "{service}"
    );

    // 2, 3, 4: env, entrypoint with args, UDP and a range of two.
    skiff.ok(&[
        "create",
        "--name",
        "shell",
        "-e",
        "FOO=bar",
        "--entrypoint",
        "/bin/sh",
        "-p",
        "5353:53/udp",
        "-p",
        "6000-6001:6000-6001",
        "busybox",
        "-c",
        "sleep 1000",
    ]);
    let shell = generate(&["shell"]);
    for part in [
        "    command:\n    - /bin/sh\n    args:\n    - -c\n    - sleep 1000\n",
        "    env:\n    - name: FOO\n      value: bar\n    ports:\n",
        "    - containerPort: 53\n      hostPort: 5353\n      protocol: UDP\n",
        "    - containerPort: 6000\n      hostPort: 6000\n    - containerPort: 6001\n      hostPort: 6001\n",
    ] {
        assert!(shell.contains(part), "{part:?} not in:\n{shell}");
    }
    assert_eq!(
        shell.matches("  - name: ").count(),
        2,
        "one env var: {shell}"
    );

    // 5, 6: a named volume (and its claim, first), a read-only bind, a tmpfs.
    let www = tempfile::tempdir().expect("dir");
    let bind = format!("{}:/www:ro", www.path().display());
    skiff.ok(&["volume", "create", "data"]);
    skiff.ok(&[
        "create",
        "--name",
        "store",
        "-v",
        "data:/data",
        "-v",
        &bind,
        "--tmpfs",
        "/scratch",
        "busybox",
        "sleep",
        "1000",
    ]);
    let store = generate(&["store", "data"]);
    assert!(
        store.starts_with(&format!(
            "# Generated by skiff {}\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes:\n  - ReadWriteOnce\n  resources:\n    requests:\n      storage: 1Gi\n---\n",
            env!("CARGO_PKG_VERSION")
        )),
        "{store}"
    );
    for part in [
        "  - name: data-pvc\n    persistentVolumeClaim:\n      claimName: data\n".to_string(),
        format!(
            "    hostPath:\n      path: {}\n      type: Directory\n",
            www.path().display()
        ),
        "    mountPath: /www\n      readOnly: true\n".to_string(),
        "    emptyDir:\n      medium: Memory\n".to_string(),
    ] {
        assert!(store.contains(&part), "{part:?} not in:\n{store}");
    }
    assert_eq!(
        skiff
            .ok(&["generate", "kube", "data"])
            .matches("kind:")
            .count(),
        1,
        "a volume alone: its claim"
    );

    // 7, 8, 9, 10: security, limits, restart policy, healthcheck.
    skiff.ok(&[
        "create",
        "--name",
        "locked",
        "--cap-add",
        "NET_ADMIN",
        "--cap-drop",
        "CHOWN",
        "--read-only",
        "--user",
        "1000:1000",
        "-m",
        "64m",
        "--cpus",
        "0.5",
        "--restart",
        "on-failure",
        "--health-cmd",
        "wget -qO- localhost || exit 1",
        "--health-interval",
        "5s",
        "--health-timeout",
        "2s",
        "--health-retries",
        "2",
        "--health-start-period",
        "1s",
        "busybox",
        "sleep",
        "1000",
    ]);
    let locked = generate(&["locked"]);
    for part in [
        "  restartPolicy: OnFailure\n",
        "    resources:\n      limits:\n        cpu: 500m\n        memory: 64Mi\n",
        "    livenessProbe:\n      exec:\n        command:\n        - /bin/sh\n        - -c\n        - wget -qO- localhost || exit 1\n      initialDelaySeconds: 1\n      periodSeconds: 5\n      timeoutSeconds: 2\n      failureThreshold: 2\n",
        "      readOnlyRootFilesystem: true\n      runAsUser: 1000\n      runAsGroup: 1000\n      capabilities:\n        add:\n        - NET_ADMIN\n        drop:\n        - CHOWN\n",
    ] {
        assert!(locked.contains(part), "{part:?} not in:\n{locked}");
    }
    assert!(!locked.contains("requests"), "{locked}");
    skiff.ok(&[
        "create",
        "--name",
        "root",
        "--privileged",
        "--cap-add",
        "NET_ADMIN",
        "busybox",
    ]);
    let root = generate(&["root"]);
    assert!(
        root.contains("      privileged: true\n") && !root.contains("capabilities"),
        "{root}"
    );
    for (policy, written) in [
        ("always", "Always"),
        ("no", "Never"),
        ("unless-stopped", "Always"),
    ] {
        let name = format!("restart-{policy}");
        skiff.ok(&["create", "--name", &name, "--restart", policy, "busybox"]);
        let out = skiff.run(&["generate", "kube", &name]);
        assert!(out.status.success(), "{}", describe(&out));
        assert!(
            text(&out.stdout).contains(&format!("  restartPolicy: {written}\n")),
            "{policy}: {}",
            describe(&out)
        );
        assert_eq!(
            text(&out.stderr).contains("no restart policy unless-stopped"),
            policy == "unless-stopped",
            "{}",
            describe(&out)
        );
    }

    // 12: workload kinds, and the policies each allows (exit 125 as podman).
    let deployment = generate(&["--type", "deployment", "--replicas", "3", "restart-always"]);
    assert!(
        deployment.contains("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: restart-always-pod-deployment\n")
            && deployment.contains("  replicas: 3\n  selector:\n    matchLabels:\n      app: restart-always-pod\n"),
        "{deployment}"
    );
    let job = generate(&["--type", "job", "restart-no"]);
    assert!(
        job.contains("apiVersion: batch/v1\nkind: Job\n")
            && job.contains("      restartPolicy: Never\n"),
        "{job}"
    );
    for (args, says) in [
        (
            vec!["--type", "deployment", "locked"],
            "container locked has restart policy on-failure, but a Deployment restarts its pods always",
        ),
        (
            vec!["--type", "job", "restart-always"],
            "container restart-always has restart policy always, but a Job runs its pods to completion",
        ),
        (vec!["--replicas", "2", "web"], "--replicas is only for --type deployment"),
    ] {
        let out = skiff.run(&[&["generate", "kube"], args.as_slice()].concat());
        assert_eq!(out.status.code(), Some(125), "{args:?}: {}", describe(&out));
        assert!(text(&out.stderr).contains(says), "{args:?}: {}", describe(&out));
    }
}

/// What inspect shows of the settings a Kubernetes manifest carries.
fn carried(skiff: &Skiff, name: &str) -> serde_json::Value {
    let all: serde_json::Value = serde_json::from_str(&skiff.ok(&["inspect", name])).expect("json");
    let c = &all[0];
    let mut env: Vec<String> = c["Config"]["Env"]
        .as_array()
        .expect("env")
        .iter()
        .map(|e| e.as_str().expect("text").to_string())
        .collect();
    env.sort();
    let mut mounts: Vec<(String, bool)> = c["Mounts"]
        .as_array()
        .expect("mounts")
        .iter()
        .map(|m| {
            (
                m["Destination"].as_str().expect("dest").to_string(),
                m["RW"].as_bool().expect("rw"),
            )
        })
        .collect();
    mounts.sort();
    serde_json::json!({
        "env": env,
        "entrypoint": c["Config"]["Entrypoint"],
        "cmd": c["Config"]["Cmd"],
        "user": c["Config"]["User"],
        "healthcheck": c["Config"]["Healthcheck"],
        "mounts": mounts,
        "tmpfs": c["HostConfig"]["Tmpfs"],
        "caps": [c["HostConfig"]["CapAdd"], c["HostConfig"]["CapDrop"]],
        "read_only": c["HostConfig"]["ReadonlyRootfs"],
        "memory": c["HostConfig"]["Memory"],
        "cpus": c["HostConfig"]["NanoCpus"],
        "restart": c["HostConfig"]["RestartPolicy"],
    })
}

/// Waits until `check` holds, for at most `secs`.
fn wait_for(secs: u64, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while !check() {
        assert!(std::time::Instant::now() < deadline, "waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Research kube.md §6, cases 14–18 and 20: a pod's containers share its
/// network and hostname, reach other pods by container and Service name,
/// publish hostPorts, NodePorts and --publish; probes become healthchecks.
#[test]
fn kube_play_runs_pods_as_kubernetes_would() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let ns = skiff.netns.as_ref().expect("networked");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("demo.yaml");
    let file = file.to_str().expect("utf-8");
    let demo = "apiVersion: v1\nkind: Pod\nmetadata: {name: demo, labels: {app: demo}}\nspec:\n  containers:\n  - name: web\n    image: busybox\n    imagePullPolicy: IfNotPresent\n    command: [sh, -c, 'mkdir -p /www && echo hi > /www/index.html && exec httpd -f -p 8080 -h /www']\n    ports: [{containerPort: 8080, hostPort: 18080, name: http}]\n    livenessProbe: {httpGet: {path: /, port: http}, periodSeconds: 1}\n  - name: side\n    image: busybox\n    command: [httpd, -f, -p, '9000', -h, /etc]\n    ports: [{containerPort: 9000}]\n    startupProbe: {tcpSocket: {port: 9000}, periodSeconds: 1}\n    volumeMounts: [{name: scratch, mountPath: /scratch}]\n  volumes: [{name: scratch, emptyDir: {}}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: demo-svc}\nspec:\n  type: NodePort\n  selector: {app: demo}\n  ports: [{port: 9000, targetPort: 9000, nodePort: 30900}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: client}\nspec:\n  replicas: 3\n  selector: {matchLabels: {app: client}}\n  template:\n    metadata: {labels: {app: client}}\n    spec:\n      containers: [{name: get, image: busybox, command: [sleep, '1000']}]\n";
    std::fs::write(file, demo).expect("yaml");
    let out = skiff.run(&["kube", "play", "--strict", file]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("Limiting replica count to 1, more than one replica is not supported by skiff (deployment client)"),
        "{}",
        describe(&out)
    );
    // 14, 16: names; the infra; one network and hostname per pod.
    let names = skiff.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    for name in ["demo-web", "demo-side", "client-pod-get"] {
        assert!(names.lines().any(|l| l == name), "{name}: {names}");
    }
    assert_eq!(
        names.lines().filter(|l| l.ends_with("-infra")).count(),
        2,
        "{names}"
    );
    wait_for(10, "web", || {
        skiff
            .run(&["exec", "demo-side", "wget", "-qO-", "localhost:8080"])
            .stdout
            == b"hi\n"
    });
    assert_eq!(skiff.ok(&["exec", "demo-side", "hostname"]), "demo\n");
    // Other pods reach it by container name and by Service name.
    assert_eq!(
        skiff.ok(&["exec", "client-pod-get", "wget", "-qO-", "web:8080"]),
        "hi\n"
    );
    assert_eq!(
        skiff.ok(&[
            "exec",
            "client-pod-get",
            "wget",
            "-qO-",
            "demo-svc:9000/hostname"
        ]),
        "demo\n"
    );
    // 15: the hostPort and the NodePort answer on the host; bare ports do not.
    assert_eq!(
        skiff.ok(&["port", "demo-web"]),
        "8080/tcp -> 0.0.0.0:18080\n9000/tcp -> 0.0.0.0:30900\n"
    );
    assert_eq!(
        ns.curl("http://127.0.0.1:18080/", 5).as_deref(),
        Some("hi\n")
    );
    assert_eq!(
        ns.curl("http://127.0.0.1:30900/hostname", 5).as_deref(),
        Some("demo\n")
    );
    // 18: probes as healthchecks: httpGet and tcpSocket turn healthy.
    for c in ["demo-web", "demo-side"] {
        wait_for(15, &format!("{c} healthy"), || {
            skiff.ok(&["inspect", "--format", "{{.State.Health.Status}}", c]) == "healthy\n"
        });
    }
    // 17: an emptyDir goes with its pod.
    let scratch = skiff.ok(&["volume", "ls", "-q"]);
    assert_eq!(scratch.lines().count(), 1, "{scratch}");
    // 20: --replace with --publish and --publish-all; a port nobody declares.
    let out = skiff.run(&["kube", "play", "--replace", "--publish", "1:9999", file]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    assert!(
        text(&out.stderr)
            .contains("--publish 1:9999/tcp: no container declares containerPort 9999"),
        "{}",
        describe(&out)
    );
    skiff.ok(&[
        "kube",
        "play",
        "--replace",
        "-q",
        "--publish",
        "18090:8080",
        "--publish-all",
        file,
    ]);
    assert_eq!(
        skiff.ok(&["port", "demo-side"]),
        "8080/tcp -> 0.0.0.0:18090\n9000/tcp -> 0.0.0.0:9000\n9000/tcp -> 0.0.0.0:30900\n"
    );
    wait_for(10, "the new port", || {
        ns.curl("http://127.0.0.1:18090/", 2).as_deref() == Some("hi\n")
    });
    assert!(ns.curl("http://127.0.0.1:18080/", 1).is_none());
    assert_eq!(
        skiff.ok(&["volume", "ls", "-q"]).lines().count(),
        1,
        "replaced: the old emptyDir went with the old pod"
    );
    let down = skiff.ok(&["kube", "down", file]);
    assert!(
        down.starts_with("Pods stopped:\n") && down.contains("Pods removed:\n"),
        "{down}"
    );
    assert_eq!(down.lines().count(), 6, "{down}");
    assert_eq!(skiff.ok(&["ps", "-aq"]), "");
    assert_eq!(skiff.ok(&["volume", "ls", "-q"]), "");
    assert_eq!(
        skiff.ok(&["kube", "down", file]),
        "Pods stopped:\nPods removed:\n"
    );

    // 18: an exec probe that fails; a Never pod's exit code.
    std::fs::write(
        file,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: probe}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: sick\n    image: busybox\n    command: [sleep, '1000']\n    livenessProbe: {exec: {command: ['false']}, periodSeconds: 1}\n  - name: three\n    image: busybox\n    command: [sh, -c, 'exit 3']\n",
    )
    .expect("yaml");
    skiff.ok(&["kube", "play", file]);
    let inspect: serde_json::Value =
        serde_json::from_str(&skiff.ok(&["inspect", "probe-sick"])).expect("json");
    assert_eq!(
        inspect[0]["Config"]["Healthcheck"]["Test"],
        serde_json::json!(["CMD", "false"])
    );
    let out = skiff.run(&["healthcheck", "run", "probe-sick"]);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("unhealthy"),
        "{}",
        describe(&out)
    );
    wait_for(10, "three to exit", || {
        skiff.ok(&[
            "inspect",
            "--format",
            "{{.State.Status}} {{.State.ExitCode}} {{.HostConfig.RestartPolicy.Name}}",
            "probe-three",
        ]) == "exited 3 no\n"
    });
    // --start=false creates only; adding a container and replacing shows it.
    skiff.ok(&["kube", "play", "--replace", "--start=false", file]);
    assert_eq!(
        skiff.ok(&[
            "ps",
            "-a",
            "--filter",
            "name=probe-",
            "--format",
            "{{.Status}}"
        ]),
        "Created\nCreated\n"
    );
    std::fs::write(
        file,
        "apiVersion: v1\nkind: Pod\nmetadata: {name: probe}\nspec:\n  containers:\n  - {name: a, image: busybox, command: [sleep, '1000']}\n  - {name: b, image: busybox, command: [sleep, '1000']}\n  - {name: c, image: busybox, command: [sleep, '1000']}\n",
    )
    .expect("yaml");
    skiff.ok(&["kube", "play", "--replace", file]);
    assert_eq!(
        skiff.ok(&["pod", "ps", "--format", "{{.Name}} {{.NumberOfContainers}}"]),
        "probe 4\n"
    );
    // --network: the pods join that network instead.
    skiff.ok(&["network", "create", "--subnet", "10.123.0.0/24", "kn"]);
    skiff.ok(&["kube", "play", "--replace", "-q", "--network", "kn", file]);
    assert!(
        skiff
            .ok(&["exec", "probe-a", "ip", "-4", "addr", "show", "eth0"])
            .contains("inet 10.123.0."),
        "on kn"
    );
    skiff.ok(&["kube", "down", file]);
    let out = skiff.run(&["kube", "play", "--network", "nosuch", file]);
    assert_eq!(out.status.code(), Some(125), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("network nosuch not found"),
        "{}",
        describe(&out)
    );
    assert_eq!(skiff.ok(&["pod", "ps", "-q"]), "", "nothing half made");
}

/// Research kube.md §6, case 19: a container → generate kube → rm → kube
/// play gives back a container that inspect shows the same on every
/// setting Kubernetes can carry.
#[test]
fn generate_kube_then_play_round_trips_a_container() {
    let skiff = Skiff::networked();
    let _c = Cleanup(&skiff);
    let ns = skiff.netns.as_ref().expect("networked");
    let www = tempfile::tempdir().expect("dir");
    std::fs::write(www.path().join("index.html"), "round trip\n").expect("index");
    let bind = format!("{}:/www:ro", www.path().display());
    skiff.ok(&[
        "run",
        "-d",
        "--name",
        "rt",
        "-p",
        "8095:80",
        "-e",
        "FOO=bar",
        "--entrypoint",
        "/bin/sh",
        "-v",
        &bind,
        "--tmpfs",
        "/scratch",
        "--cap-add",
        "NET_ADMIN",
        "--cap-drop",
        "CHOWN",
        "--read-only",
        "--user",
        "1000:1000",
        "-m",
        "64m",
        "--cpus",
        "0.5",
        "--restart",
        "always",
        "--health-cmd",
        "wget -qO- localhost || exit 1",
        "--health-interval",
        "5s",
        "--health-timeout",
        "2s",
        "--health-retries",
        "2",
        "--health-start-period",
        "1s",
        "busybox",
        "-c",
        "exec httpd -f -p 80 -h /www",
    ]);
    let original = carried(&skiff, "rt");
    assert_eq!(skiff.ok(&["port", "rt"]), "80/tcp -> 0.0.0.0:8095\n");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("k.yaml");
    let file = file.to_str().expect("utf-8");
    skiff.ok(&["generate", "kube", "-f", file, "rt"]);
    validate(&std::fs::read_to_string(file).expect("k.yaml"));
    skiff.ok(&["rm", "-f", "rt"]);
    skiff.ok(&["kube", "play", file]);
    assert_eq!(carried(&skiff, "rt-pod-rt"), original);
    assert_eq!(skiff.ok(&["port", "rt-pod-rt"]), "80/tcp -> 0.0.0.0:8095\n");
    wait_for(10, "the played container's port", || {
        ns.curl("http://127.0.0.1:8095/", 2).as_deref() == Some("round trip\n")
    });
    skiff.ok(&["kube", "down", file]);
}
