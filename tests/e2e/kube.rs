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
            vec!["generate", "kube", "--type", "job", "solo"],
            "invalid type \"job\"",
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
