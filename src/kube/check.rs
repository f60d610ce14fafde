//! The checks Kubernetes' API server makes that its JSON schemas (and so
//! `kubernetes-validate`) do not: names, references between fields, and
//! restart policies per workload kind. `generate kube` and `compose kube`
//! run them on what they write, so a bug in skiff is an error here, not a
//! rejection by `kubectl apply` later.

use std::collections::BTreeSet;

use anyhow::{anyhow, bail, Result};
use serde::Deserialize as _;
use serde_yaml_ng::Value;

/// An RFC 1123 label: container, volume and port names (at most 63).
fn is_label(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}

/// An RFC 1123 subdomain: object names (at most 253, labels joined by dots).
fn is_subdomain(name: &str) -> bool {
    name.len() <= 253 && name.split('.').all(is_label)
}

/// An IANA service name: a port's name (at most 15, one letter at least).
fn is_port_name(name: &str) -> bool {
    is_label(name) && name.len() <= 15 && name.chars().any(|c| c.is_ascii_lowercase())
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, k| v.get(k))?.as_str()
}

fn items<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_sequence)
        .map(Vec::as_slice)
        .unwrap_or_default()
}

fn check_port(n: &Value, what: &str) -> Result<()> {
    match n.as_u64() {
        Some(p) if (1..=65535).contains(&p) => Ok(()),
        _ => bail!("{what} {n:?} is not a port (1-65535)"),
    }
}

/// A pod spec: unique valid container names, mounts of defined volumes,
/// ports in range, one handler per probe, and the kind's restart policy.
fn check_pod(spec: &Value, allowed_restart: &[&str]) -> Result<()> {
    let volumes: Vec<&str> = items(spec, "volumes")
        .iter()
        .filter_map(|v| str_at(v, &["name"]))
        .collect();
    let mut seen = BTreeSet::new();
    for v in &volumes {
        if !is_label(v) {
            bail!("volume name {v:?} is not a DNS label");
        }
        if !seen.insert(*v) {
            bail!("volume {v:?} is defined twice");
        }
    }
    let mut names = BTreeSet::new();
    let containers = items(spec, "initContainers")
        .iter()
        .chain(items(spec, "containers"));
    for c in containers {
        let name = str_at(c, &["name"]).unwrap_or("");
        if !is_label(name) {
            bail!("container name {name:?} is not a DNS label");
        }
        if !names.insert(name) {
            bail!("container name {name:?} is used twice");
        }
        for m in items(c, "volumeMounts") {
            let v = str_at(m, &["name"]).unwrap_or("");
            if !volumes.contains(&v) {
                bail!("container {name}: volumeMount {v:?} names no volume of the pod");
            }
        }
        for p in items(c, "ports") {
            check_port(
                p.get("containerPort").unwrap_or(&Value::Null),
                &format!("container {name}: containerPort"),
            )?;
            if let Some(h) = p.get("hostPort") {
                check_port(h, &format!("container {name}: hostPort"))?;
            }
        }
        for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            if let Some(p) = c.get(probe) {
                let handlers = ["exec", "httpGet", "tcpSocket", "grpc"]
                    .iter()
                    .filter(|h| p.get(**h).is_some())
                    .count();
                if handlers != 1 {
                    bail!("container {name}: {probe} needs exactly one handler");
                }
            }
        }
    }
    if names.is_empty() {
        bail!("a pod needs a container");
    }
    let restart = str_at(spec, &["restartPolicy"]);
    if let Some(r) = restart.or(Some("Always")) {
        if !allowed_restart.contains(&r) {
            bail!(
                "restartPolicy {r} is not allowed here (only {})",
                allowed_restart.join(", ")
            );
        }
    }
    Ok(())
}

/// A workload's template: its labels carry the selector's.
fn check_template(doc: &Value, allowed_restart: &[&str], selector: bool) -> Result<()> {
    let template = doc
        .get("spec")
        .and_then(|s| s.get("template"))
        .ok_or_else(|| anyhow!("no spec.template"))?;
    if selector {
        let wanted = doc
            .get("spec")
            .and_then(|s| s.get("selector"))
            .and_then(|s| s.get("matchLabels"))
            .and_then(Value::as_mapping)
            .ok_or_else(|| anyhow!("no spec.selector.matchLabels"))?;
        let labels = template.get("metadata").and_then(|m| m.get("labels"));
        for (k, v) in wanted {
            if labels.and_then(|l| l.get(k)) != Some(v) {
                bail!("the selector's label {k:?} is not on the pod template");
            }
        }
    }
    check_pod(
        template.get("spec").unwrap_or(&Value::Null),
        allowed_restart,
    )
}

fn check_service(doc: &Value) -> Result<()> {
    let spec = doc.get("spec").unwrap_or(&Value::Null);
    let mut names = BTreeSet::new();
    for p in items(spec, "ports") {
        let name = str_at(p, &["name"]).unwrap_or("");
        if !is_port_name(name) {
            bail!("port name {name:?} is not a valid port name (a DNS label of at most 15 characters with a letter)");
        }
        if !names.insert(name) {
            bail!("port name {name:?} is used twice");
        }
        check_port(p.get("port").unwrap_or(&Value::Null), "port")?;
        if let Some(t) = p.get("targetPort").filter(|t| t.is_number()) {
            check_port(t, "targetPort")?;
        }
    }
    Ok(())
}

/// Checks every document of a YAML stream; the error names the document.
pub fn check(stream: &str) -> Result<()> {
    for (i, doc) in serde_yaml_ng::Deserializer::from_str(stream).enumerate() {
        let doc = Value::deserialize(doc).map_err(|e| anyhow!("document {}: {e}", i + 1))?;
        if doc.is_null() {
            continue;
        }
        let kind = str_at(&doc, &["kind"]).unwrap_or("").to_string();
        let name = str_at(&doc, &["metadata", "name"]).unwrap_or("");
        let at = |e: anyhow::Error| anyhow!("{kind} {name} (document {}): {e}", i + 1);
        if !is_subdomain(name) {
            return Err(at(anyhow!("name {name:?} is not a DNS subdomain")));
        }
        let checked = match kind.as_str() {
            "Pod" => check_pod(
                doc.get("spec").unwrap_or(&Value::Null),
                &["Always", "OnFailure", "Never"],
            ),
            "Deployment" | "DaemonSet" => check_template(&doc, &["Always"], true),
            "Job" => check_template(&doc, &["OnFailure", "Never"], false),
            "Service" => {
                if !is_label(name) {
                    return Err(at(anyhow!("a Service's name must be a DNS label")));
                }
                check_service(&doc)
            }
            _ => Ok(()),
        };
        checked.map_err(at)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata: {name: web-pod}\nspec:\n  containers:\n  - name: web\n    image: busybox\n    ports: [{containerPort: 80}]\n    volumeMounts: [{name: data, mountPath: /d}]\n  volumes: [{name: data, emptyDir: {}}]\n";

    #[test]
    fn what_the_schemas_let_through_is_refused() {
        check(POD).unwrap();
        for (from, to, says) in [
            ("name: web-pod", "name: Web_Pod", "not a DNS subdomain"),
            ("- name: web", "- name: web_1", "container name \"web_1\""),
            (
                "{name: data, mountPath",
                "{name: dat, mountPath",
                "names no volume",
            ),
            ("containerPort: 80", "containerPort: 0", "not a port"),
            (
                "  volumes:",
                "  restartPolicy: Sometimes\n  volumes:",
                "restartPolicy Sometimes",
            ),
        ] {
            let bad = POD.replace(from, to);
            let err = check(&bad).unwrap_err().to_string();
            assert!(err.contains(says), "{err}");
            assert!(err.starts_with("Pod "), "{err}");
        }
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: x}}\n    spec: {containers: [{name: c, image: i}]}\n";
        assert!(check(deployment)
            .unwrap_err()
            .to_string()
            .contains("selector"));
        let job = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec: {containers: [{name: c, image: i}]}\n";
        assert!(check(job)
            .unwrap_err()
            .to_string()
            .contains("restartPolicy Always"));
        let service = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{name: a-very-long-port-name, port: 80}]\n";
        assert!(check(service)
            .unwrap_err()
            .to_string()
            .contains("port name"));
    }
}
