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
        "        - wget -q -O- localhost\n      periodSeconds: 5\n      failureThreshold: 2\n",
        "        memory: '67108864'\n",
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
            && solo.contains("    args:\n    - echo\n    - hi\n"),
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
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while ns.curl("http://127.0.0.1:8092/", 2).is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the played pod's port"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
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
        serde_json::json!(["CMD", "/bin/sh", "-c", "true"])
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
        ("kind: Service\napiVersion: v1\nmetadata: {name: x}\nspec: {}\n---\nkind: Nothing\n", ""),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "does not contain any supported kube kind"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: pp}\nspec:\n  containers:\n  - name: a\n", "every container needs a name and an image"),
        ("apiVersion: v1\nkind: Pod\nmetadata: {name: pp}\nspec:\n  containers: [{name: a, image: busybox, volumeMounts: [{name: v, mountPath: /v}]}]\n", "volume \"v\" is not defined"),
        ("kind: [", "YAML document 1"),
    ] {
        std::fs::write(&file, yaml).expect("yaml");
        let out = skiff.run(&["kube", "play", file.to_str().expect("utf-8")]);
        if says.is_empty() {
            assert!(out.status.success(), "{}", describe(&out));
            continue;
        }
        assert_ne!(out.status.code(), Some(0), "{yaml}: {}", describe(&out));
        assert!(text(&out.stderr).contains(says), "{yaml}: {}", describe(&out));
    }
    // ConfigMaps and Secrets: as environment (envFrom, valueFrom) and as files.
    std::fs::write(
        &file,
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {GREETING: hello, app.conf: 'x=1'}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: creds}\ndata: {password: czNjcmV0}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: conf}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: show\n    image: busybox\n    command: [sh, -c, 'echo $GREETING $PASS; cat /etc/app/app.conf /run/creds/password']\n    envFrom: [{configMapRef: {name: settings}}]\n    env: [{name: PASS, valueFrom: {secretKeyRef: {name: creds, key: password}}}]\n    volumeMounts: [{name: cfg, mountPath: /etc/app}, {name: sec, mountPath: /run/creds}]\n  volumes:\n  - {name: cfg, configMap: {name: settings}}\n  - {name: sec, secret: {secretName: creds}}\n",
    )
    .expect("yaml");
    skiff.ok(&["kube", "play", "--strict", file.to_str().expect("utf-8")]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while skiff.ok(&[
        "ps",
        "-a",
        "--filter",
        "name=conf-show",
        "--format",
        "{{.State}}",
    ]) != "exited\n"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the container to finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
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
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while skiff.ok(&[
        "ps",
        "-a",
        "--filter",
        "name=once-pod-task",
        "--format",
        "{{.State}}",
    ]) != "exited\n"
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the job's container to finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
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
/// migration job and a web service becomes manifests that validate: a
/// Deployment per service (replicas kept), Services, a claim, probes, a Job
/// for the one-shot service and init containers that wait.
#[test]
fn compose_kube_turns_a_project_into_valid_manifests() {
    let skiff = Skiff::new();
    let dir = tempfile::tempdir().expect("project");
    let file = dir.path().join("compose.yaml");
    std::fs::write(
        &file,
        "name: shop\nservices:\n  db:\n    image: busybox\n    command: [sh, -c, 'nc -lk -p 5432 -e echo ok']\n    expose: ['5432']\n    healthcheck: {test: [CMD, 'true'], interval: 2s, retries: 3}\n    volumes: ['data:/var/lib/db']\n  migrate:\n    image: busybox\n    command: [echo, migrated]\n    depends_on: {db: {condition: service_healthy}}\n  web:\n    image: busybox\n    command: [httpd, -f, -p, '80']\n    ports: ['8080:80']\n    environment: {MODE: prod}\n    deploy: {replicas: 2}\n    depends_on:\n      db: {condition: service_healthy}\n      migrate: {condition: service_completed_successfully}\nvolumes:\n  data: {}\n",
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
        "kind: Service\nmetadata:\n  name: db\n",
        "  - name: 5432-tcp\n    port: 5432\n    targetPort: 5432\n",
        "kind: Service\nmetadata:\n  name: web\n",
        "kind: Job\nmetadata:\n  name: migrate\n",
        "kind: Deployment\nmetadata:\n  name: web\n",
        "  replicas: 2\n",
        "      - name: wait-for-db\n        image: busybox\n",
        "until nc -z db 5432; do sleep 1; done",
        "        readinessProbe:\n          exec:\n            command:\n            - 'true'\n",
        "        - name: MODE\n          value: prod\n",
    ] {
        assert!(yaml.contains(part), "{part:?} not in:\n{yaml}");
    }
    assert!(
        text(&out.stderr).contains("service web: migrate runs as a Job"),
        "{}",
        describe(&out)
    );
}
