//! Each compose file checked against the compose-spec JSON schema (the one
//! compose-go embeds, from compose-spec/compose-go at e70e961; Apache-2.0),
//! after interpolation, as compose-go does; errors in its words.

use std::sync::OnceLock;

use anyhow::{anyhow, bail, Result};
use jsonschema::error::ValidationErrorKind;
use serde_yaml_ng::{Mapping, Value};

const SCHEMA: &str = include_str!("compose-spec.json");

fn validator() -> Result<&'static jsonschema::Validator> {
    static VALIDATOR: OnceLock<std::result::Result<jsonschema::Validator, String>> =
        OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            let schema: serde_json::Value =
                serde_json::from_str(SCHEMA).map_err(|e| format!("the compose schema: {e}"))?;
            jsonschema::validator_for(&schema).map_err(|e| format!("the compose schema: {e}"))
        })
        .as_ref()
        .map_err(|e| anyhow!("{e}"))
}

/// A YAML document as JSON (keys as strings, tags dropped).
pub(crate) fn json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                serde_json::Value::from(i)
            } else if let Some(u) = n.as_u64() {
                serde_json::Value::from(u)
            } else {
                serde_json::Value::from(n.as_f64().unwrap_or(0.0))
            }
        }
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Sequence(s) => serde_json::Value::Array(s.iter().map(json).collect()),
        Value::Mapping(m) => serde_json::Value::Object(
            m.iter()
                .map(|(k, v)| (super::emit::key_text(k), json(v)))
                .collect(),
        ),
        Value::Tagged(t) => json(&t.value),
    }
}

/// `/services/web/ports/0` as compose prints it: `services.web.ports.0`
/// (`(root)` for the top).
fn dotted(pointer: &str) -> String {
    let p = pointer.trim_start_matches('/').replace('/', ".");
    if p.is_empty() {
        "(root)".into()
    } else {
        p.replace("~1", "/").replace("~0", "~")
    }
}

/// Checks one file (`label` names it in the error).
pub fn file(doc: &Mapping, label: &str) -> Result<()> {
    let instance = json(&Value::Mapping(doc.clone()));
    let validator = validator()?;
    let Some(first) = validator.iter_errors(&instance).next() else {
        return Ok(());
    };
    // compose-go's extends code says this before any schema check does.
    if let Some(Value::Mapping(services)) = doc.get("services") {
        for (name, svc) in services {
            if let Some(Value::Mapping(ext)) = svc.get("extends") {
                if !ext.contains_key("service") {
                    let name = name.as_str().unwrap_or_default();
                    bail!("{label}: extends.{name}.service is required");
                }
            }
        }
    }
    let err = most_specific(&first);
    let at = dotted(err.instance_path().as_str());
    let what = match err.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let names = unexpected
                .iter()
                .map(|u| format!("'{u}'"))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{at} additional properties {names} not allowed")
        }
        ValidationErrorKind::Type { kind } => format!("{at} must be a {}", type_words(kind)),
        ValidationErrorKind::Required { property } => {
            let name = property
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| property.to_string());
            format!("{at} missing property '{name}'")
        }
        _ => format!("{at}: {err}"),
    };
    bail!("validating {label}: {what}")
}

/// Within a `oneOf` that no branch matched, the error that says most: the
/// deepest one (the first branch's on a tie), as compose-go reports
/// `environment.FOO must be a string…` rather than "not valid under any".
fn most_specific<'a>(
    err: &'a jsonschema::ValidationError<'a>,
) -> &'a jsonschema::ValidationError<'a> {
    let ValidationErrorKind::OneOfNotValid { context } = err.kind() else {
        return err;
    };
    let depth = |e: &jsonschema::ValidationError| e.instance_path().as_str().matches('/').count();
    let mut best: Option<&jsonschema::ValidationError> = None;
    for branch in context {
        for e in branch {
            let e = most_specific(e);
            if best.is_none_or(|b| depth(e) > depth(b)) {
                best = Some(e);
            }
        }
    }
    match best {
        // Only worth it when it points inside the value, or names a type.
        Some(b)
            if depth(b) > depth(err) || matches!(b.kind(), ValidationErrorKind::Type { .. }) =>
        {
            b
        }
        _ => err,
    }
}

/// compose-go's words for the types a value must have: a mapping when a
/// mapping will do, else the JSON types in order (`a boolean, null, number or string`).
fn type_words(kind: &jsonschema::error::TypeKind) -> String {
    use jsonschema::error::TypeKind;
    let mut names: Vec<String> = match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(ts) => ts.iter().map(|t| t.to_string()).collect(),
    };
    if names.iter().any(|n| n == "object") {
        return "mapping".into();
    }
    names.sort();
    names.dedup();
    match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
        [] => "value".into(),
    }
}
