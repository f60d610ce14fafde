//! The fields `kube play` reads, as a tree, so that anything else in a
//! manifest is named by its path (`spec.containers[0].comand`) instead of
//! being ignored silently.

use serde_yaml_ng::Value;

/// What a field may hold.
enum Node {
    /// A mapping with these keys.
    Map(Vec<(&'static str, Node)>),
    /// A list of these.
    List(Box<Node>),
    /// A scalar, or a value read whole.
    Leaf,
}

use Node::{Leaf, List, Map};

fn list(n: Node) -> Node {
    List(Box::new(n))
}

fn metadata() -> Node {
    Map(vec![
        ("name", Leaf),
        ("namespace", Leaf),
        ("labels", Leaf),
        ("annotations", Leaf),
        ("creationTimestamp", Leaf),
    ])
}

fn probe() -> Node {
    Map(vec![
        ("exec", Map(vec![("command", Leaf)])),
        (
            "httpGet",
            Map(vec![
                ("path", Leaf),
                ("port", Leaf),
                ("host", Leaf),
                ("scheme", Leaf),
            ]),
        ),
        ("tcpSocket", Map(vec![("port", Leaf), ("host", Leaf)])),
        ("initialDelaySeconds", Leaf),
        ("periodSeconds", Leaf),
        ("timeoutSeconds", Leaf),
        ("failureThreshold", Leaf),
    ])
}

fn container() -> Node {
    Map(vec![
        ("name", Leaf),
        ("image", Leaf),
        ("imagePullPolicy", Leaf),
        ("command", Leaf),
        ("args", Leaf),
        ("workingDir", Leaf),
        (
            "env",
            list(Map(vec![
                ("name", Leaf),
                ("value", Leaf),
                ("valueFrom", Leaf),
            ])),
        ),
        ("envFrom", Leaf),
        (
            "ports",
            list(Map(vec![
                ("name", Leaf),
                ("containerPort", Leaf),
                ("hostPort", Leaf),
                ("hostIP", Leaf),
                ("protocol", Leaf),
            ])),
        ),
        ("resources", Map(vec![("limits", Leaf)])),
        (
            "volumeMounts",
            list(Map(vec![
                ("name", Leaf),
                ("mountPath", Leaf),
                ("readOnly", Leaf),
                ("subPath", Leaf),
            ])),
        ),
        ("livenessProbe", probe()),
        ("startupProbe", probe()),
        (
            "securityContext",
            Map(vec![
                ("privileged", Leaf),
                ("readOnlyRootFilesystem", Leaf),
                ("runAsUser", Leaf),
                ("runAsGroup", Leaf),
                ("capabilities", Map(vec![("add", Leaf), ("drop", Leaf)])),
            ]),
        ),
        ("readinessProbe", Leaf),
        ("stdin", Leaf),
        ("tty", Leaf),
    ])
}

fn pod_spec() -> Node {
    Map(vec![
        ("containers", list(container())),
        (
            "volumes",
            list(Map(vec![
                ("name", Leaf),
                ("hostPath", Map(vec![("path", Leaf), ("type", Leaf)])),
                ("persistentVolumeClaim", Map(vec![("claimName", Leaf)])),
                ("emptyDir", Map(vec![("medium", Leaf)])),
                ("configMap", Map(vec![("name", Leaf), ("optional", Leaf)])),
                (
                    "secret",
                    Map(vec![("secretName", Leaf), ("optional", Leaf)]),
                ),
            ])),
        ),
        ("initContainers", list(container())),
        ("restartPolicy", Leaf),
        ("hostname", Leaf),
        ("terminationGracePeriodSeconds", Leaf),
    ])
}

fn workload(spec: Node) -> Node {
    Map(vec![
        ("apiVersion", Leaf),
        ("kind", Leaf),
        ("metadata", metadata()),
        ("spec", spec),
        ("status", Leaf),
    ])
}

/// The schema of a document of `kind` (None: not one play reads field by field).
fn schema(kind: &str) -> Option<Node> {
    match kind {
        "Pod" => Some(workload(pod_spec())),
        "Deployment" => Some(workload(Map(vec![
            ("replicas", Leaf),
            ("selector", Leaf),
            (
                "template",
                Map(vec![("metadata", metadata()), ("spec", pod_spec())]),
            ),
        ]))),
        "DaemonSet" => Some(workload(Map(vec![
            ("selector", Leaf),
            (
                "template",
                Map(vec![("metadata", metadata()), ("spec", pod_spec())]),
            ),
        ]))),
        "Service" => Some(workload(Map(vec![
            ("selector", Leaf),
            ("type", Leaf),
            (
                "ports",
                list(Map(vec![
                    ("name", Leaf),
                    ("port", Leaf),
                    ("targetPort", Leaf),
                    ("nodePort", Leaf),
                    ("protocol", Leaf),
                ])),
            ),
        ]))),
        "Job" => Some(workload(Map(vec![
            ("backoffLimit", Leaf),
            (
                "template",
                Map(vec![("metadata", metadata()), ("spec", pod_spec())]),
            ),
        ]))),
        _ => None,
    }
}

fn walk(value: &Value, node: &Node, path: &str, out: &mut Vec<String>) {
    match (node, value) {
        (Map(fields), Value::Mapping(m)) => {
            for (k, v) in m {
                let key = k.as_str().unwrap_or("?");
                let here = if path.is_empty() {
                    key.to_string()
                } else {
                    format!("{path}.{key}")
                };
                match fields.iter().find(|(name, _)| *name == key) {
                    Some((_, child)) => walk(v, child, &here, out),
                    None => out.push(here),
                }
            }
        }
        (List(item), Value::Sequence(items)) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, item, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The paths in a document that `kube play` does not read.
pub fn unread(kind: &str, doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = schema(kind) {
        walk(doc, &s, "", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn unknown_fields_are_named_by_path() {
        let doc: serde_yaml_ng::Value = serde_yaml_ng::from_str(
            "apiVersion: v1\nkind: Pod\nmetadata: {name: p, uid: x}\nspec:\n  containers:\n  - name: a\n    image: i\n    comand: [x]\n    env: [{name: A, valu: b}]\n  nodeName: n\n",
        )
        .unwrap();
        assert_eq!(
            super::unread("Pod", &doc),
            [
                "metadata.uid",
                "spec.containers[0].comand",
                "spec.containers[0].env[0].valu",
                "spec.nodeName"
            ]
        );
    }
}
