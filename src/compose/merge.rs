//! Merging compose files as compose-go does (its `override` package; the
//! rules are written out in tests/compose-cases/README.md, and
//! tests/compose-cases/merge.json holds its test cases): a key present in
//! one file is taken as written; a key in both follows its path's rule or the
//! default (maps merge, sequences append, scalars are replaced, a null
//! override keeps the base); then duplicates are removed from the sequences
//! that have a unique key, the later value at the earlier position.

use anyhow::{anyhow, bail, Result};
use serde_yaml_ng::{Mapping, Value};

fn matches(pattern: &str, path: &[String]) -> bool {
    let parts: Vec<&str> = pattern.split('.').collect();
    parts.len() == path.len() && parts.iter().zip(path).all(|(p, k)| *p == "*" || p == k)
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// Go's `%v` of a scalar.
fn go_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| !n.is_i64() && !n.is_u64()) {
                let t = format!("{f}");
                if f.abs() >= 1e21 || (f != 0.0 && f.abs() < 1e-4) {
                    format!("{f:e}").replace('e', "e+").replace("e+-", "e-")
                } else {
                    t
                }
            } else {
                n.to_string()
            }
        }
        Value::Null => String::new(),
        other => format!("{other:?}"),
    }
}

const TO_SEQUENCE: &[&str] = &[
    "services.*.environment",
    "services.*.labels",
    "services.*.annotations",
    "services.*.sysctls",
    "services.*.tmpfs",
    "services.*.dns",
    "services.*.dns_opt",
    "services.*.dns_search",
    "services.*.env_file",
    "services.*.label_file",
    "services.*.build.args",
    "services.*.build.additional_contexts",
    "services.*.build.labels",
    "services.*.deploy.labels",
    "networks.*.labels",
    "volumes.*.labels",
];

const REPLACED: &[&str] = &[
    "services.*.command",
    "services.*.entrypoint",
    "services.*.healthcheck.test",
    "services.*.ulimits.*",
];

/// A list-or-mapping value as compose-go's list of strings (a mapping's
/// entries `k`, `k=v`, sorted bytewise).
fn to_sequence(v: &Value) -> Vec<Value> {
    match v {
        Value::Sequence(items) => items.clone(),
        Value::String(_) => vec![v.clone()],
        Value::Mapping(m) => {
            let mut out: Vec<String> = Vec::new();
            for (k, v) in m {
                let k = go_text(k);
                match v {
                    Value::Null => out.push(k),
                    Value::Sequence(items) => {
                        out.extend(items.iter().map(|i| format!("{k}={}", go_text(i))))
                    }
                    other => out.push(format!("{k}={}", go_text(other))),
                }
            }
            out.sort();
            out.into_iter().map(Value::String).collect()
        }
        _ => Vec::new(),
    }
}

fn to_mapping(v: &Value, depends_on: bool) -> Mapping {
    match v {
        Value::Sequence(items) => items
            .iter()
            .map(|i| {
                let value = if depends_on {
                    let mut d = Mapping::new();
                    d.insert(s("condition"), s("service_started"));
                    d.insert(s("required"), Value::Bool(true));
                    Value::Mapping(d)
                } else {
                    Value::Null
                };
                (i.clone(), value)
            })
            .collect(),
        Value::Mapping(m) => m.clone(),
        _ => Mapping::new(),
    }
}

/// Merges `over` into `base` at `path` (the keys from the root).
pub fn merge(base: &Value, over: &Value, path: &mut Vec<String>) -> Result<Value> {
    let p = path.as_slice();
    if REPLACED.iter().any(|r| matches(r, p)) {
        return Ok(over.clone());
    }
    if TO_SEQUENCE.iter().any(|r| matches(r, p)) {
        let mut out = to_sequence(base);
        out.extend(to_sequence(over));
        return Ok(Value::Sequence(out));
    }
    if matches("services.*.extra_hosts", p) || matches("services.*.build.extra_hosts", p) {
        let mut out = to_sequence(base);
        let extra: Vec<Value> = to_sequence(over)
            .into_iter()
            .filter(|o| !out.contains(o))
            .collect();
        out.extend(extra);
        return Ok(Value::Sequence(out));
    }
    let depends_on = matches("services.*.depends_on", p);
    if depends_on || matches("services.*.networks", p) || matches("services.*.models", p) {
        let b = Value::Mapping(to_mapping(base, depends_on));
        let o = Value::Mapping(to_mapping(over, depends_on));
        return merge_mappings(&b, &o, path);
    }
    if matches("services.*.build", p) {
        let as_map = |v: &Value| match v {
            Value::String(c) => {
                let mut m = Mapping::new();
                m.insert(s("context"), s(c));
                Value::Mapping(m)
            }
            other => other.clone(),
        };
        return merge_mappings(&as_map(base), &as_map(over), path);
    }
    if matches("services.*.logging", p) {
        let driver = |v: &Value| v.get("driver").cloned();
        let (bd, od) = (driver(base), driver(over));
        if od.is_none() || bd.is_none() || bd == od {
            return merge_mappings(base, over, path);
        }
        return Ok(over.clone());
    }
    if matches("networks.*.ipam.config", p) {
        return ipam_config(base, over, path);
    }
    if over.is_null() {
        return Ok(base.clone());
    }
    match base {
        Value::Mapping(_) => merge_mappings(base, over, path),
        Value::Sequence(b) => match over {
            Value::Sequence(o) => Ok(Value::Sequence(b.iter().chain(o).cloned().collect())),
            _ => bail!("cannot override {}", path.join(".")),
        },
        _ => Ok(over.clone()),
    }
}

fn merge_mappings(base: &Value, over: &Value, path: &mut Vec<String>) -> Result<Value> {
    let Value::Mapping(b) = base else {
        return Ok(over.clone());
    };
    let o = match over {
        Value::Mapping(o) => o,
        Value::Null => return Ok(base.clone()),
        _ => bail!("cannot override {}", path.join(".")),
    };
    let mut out = b.clone();
    for (k, v) in o {
        match b.get(k) {
            None => {
                out.insert(k.clone(), v.clone());
            }
            Some(existing) => {
                path.push(go_text(k));
                let merged = merge(existing, v, path)?;
                path.pop();
                out.insert(k.clone(), merged);
            }
        }
    }
    Ok(Value::Mapping(out))
}

/// compose-go's merge of `ipam.config` by subnet, quirks included.
fn ipam_config(base: &Value, over: &Value, path: &mut Vec<String>) -> Result<Value> {
    let (Value::Sequence(b), Value::Sequence(o)) = (base, over) else {
        bail!("{}: unexpected type", path.join("."));
    };
    let subnet = |v: &Value| v.get("subnet").cloned();
    let mut result: Vec<Value> = Vec::new();
    for bi in b {
        let mut current = bi.clone();
        for oi in o {
            if subnet(oi) != subnet(&current) && !result.iter().any(|r| subnet(r) == subnet(oi)) {
                result.push(oi.clone());
                continue;
            }
            current = merge_mappings(&current, oi, path)?;
            match result.iter().position(|r| subnet(r) == subnet(&current)) {
                Some(i) => result[i] = current.clone(),
                None => result.push(current.clone()),
            }
        }
    }
    Ok(Value::Sequence(result))
}

const KEY_VALUE_UNIQUE: &[&str] = &[
    "services.*.environment",
    "services.*.labels",
    "services.*.annotations",
    "services.*.deploy.labels",
    "services.*.build.args",
    "services.*.build.additional_contexts",
    "services.*.build.labels",
    "services.*.build.tags",
    "services.*.build.platform",
    "services.*.cap_add",
    "services.*.cap_drop",
    "services.*.dns",
    "services.*.dns_opt",
    "services.*.dns_search",
    "services.*.links",
    "services.*.profiles",
    "services.*.sysctls",
    "services.*.tmpfs",
    "services.*.networks.*.aliases",
    "services.*.networks.*.link_local_ips",
    "networks.*.labels",
    "networks.*.ipam.options",
];

/// The unique key of a sequence item at `path`, if that sequence has one.
fn unique_key(path: &[String], i: usize, item: &Value) -> Result<Option<String>> {
    let at = || format!("{}.[{i}]", path.join("."));
    if KEY_VALUE_UNIQUE.iter().any(|p| matches(p, path)) {
        let Value::String(t) = item else {
            bail!("{}: unexpected type", at());
        };
        return Ok(Some(t.split('=').next().unwrap_or(t).to_string()));
    }
    if matches("services.*.env_file", path) {
        return Ok(Some(match item {
            Value::Mapping(m) => m
                .get("path")
                .map(go_text)
                .ok_or_else(|| anyhow!("environment path attribute {} is missing", at()))?,
            other => go_text(other),
        }));
    }
    if matches("services.*.expose", path) {
        return match item {
            Value::String(_) | Value::Number(_) => Ok(Some(go_text(item))),
            _ => bail!("unsupported expose value {}", at()),
        };
    }
    if matches("services.*.ports", path) {
        return Ok(Some(match item {
            Value::Mapping(m) => {
                let target = m
                    .get("target")
                    .ok_or_else(|| anyhow!("service ports {} is missing a target port", at()))?;
                let ip = m
                    .get("host_ip")
                    .map(go_text)
                    .unwrap_or_else(|| "0.0.0.0".into());
                let published = match m.get("published") {
                    Some(Value::String(p)) => p.clone(),
                    Some(Value::Number(n)) => format!("%!s(int={n})"),
                    _ => "%!s(<nil>)".into(),
                };
                let proto = m
                    .get("protocol")
                    .map(go_text)
                    .unwrap_or_else(|| "tcp".into());
                format!("{ip}:{published}:{}/{proto}", go_text(target))
            }
            other => go_text(other),
        }));
    }
    if matches("services.*.devices", path) {
        return Ok(Some(match item {
            Value::Mapping(m) => m
                .get("target")
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| anyhow!("service device {} is missing a mount target", at()))?,
            other => {
                let t = go_text(other);
                let parts: Vec<&str> = t.split(':').collect();
                if parts.len() == 1 {
                    t.clone()
                } else {
                    parts[1].to_string()
                }
            }
        }));
    }
    if matches("services.*.volumes", path) {
        return Ok(Some(match item {
            Value::Mapping(m) => m
                .get("target")
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| anyhow!("service volume {} is missing a mount target", at()))?,
            Value::String(spec) => volume_target(spec)?,
            _ => String::new(),
        }));
    }
    for (section, prefix) in [("configs", "/"), ("secrets", "/run/secrets/")] {
        if matches(&format!("services.*.{section}"), path) {
            return Ok(Some(match item {
                Value::String(n) => format!("{prefix}{n}"),
                Value::Mapping(m) => match m.get("target") {
                    Some(t) => go_text(t),
                    None => format!(
                        "{prefix}{}",
                        m.get("source").map(go_text).unwrap_or_default()
                    ),
                },
                _ => bail!("unsupported expose value {}", at()),
            }));
        }
    }
    Ok(None)
}

/// The target of a short-syntax volume (compose-go's parser: `:` inside
/// `${…}` and a drive letter do not split).
fn volume_target(spec: &str) -> Result<String> {
    if spec.is_empty() {
        bail!("invalid empty volume spec");
    }
    if spec.len() <= 2 {
        return Ok(spec.to_string());
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let chars: Vec<char> = spec.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '{' if i > 0 && chars[i - 1] == '$' => {
                depth += 1;
                current.push(c);
            }
            '}' if depth > 0 => {
                depth -= 1;
                current.push(c);
            }
            ':' if depth == 0
                && !(current.len() == 1
                    && current.chars().all(|c| c.is_ascii_alphabetic())
                    && parts.is_empty()
                    && chars.get(i + 1).is_some_and(|n| *n == '\\' || *n == '/')) =>
            {
                parts.push(std::mem::take(&mut current));
            }
            c => current.push(c),
        }
    }
    parts.push(current);
    if parts.iter().any(String::is_empty) {
        bail!("invalid spec: {spec}: empty section between colons");
    }
    match parts.len() {
        1 => Ok(parts.remove(0)),
        2 | 3 => Ok(parts.swap_remove(1)),
        _ => bail!("invalid spec: {spec}: too many colons"),
    }
}

/// compose-go's unicity pass over a whole document.
pub fn unicity(v: &mut Value, path: &mut Vec<String>) -> Result<()> {
    match v {
        Value::Mapping(m) => {
            for (k, child) in m.iter_mut() {
                path.push(go_text(k));
                unicity(child, path)?;
                path.pop();
            }
        }
        Value::Sequence(items) => {
            let mut out: Vec<Value> = Vec::with_capacity(items.len());
            let mut pos: std::collections::HashMap<String, usize> =
                std::collections::HashMap::new();
            let mut keyed = false;
            for (i, item) in items.iter().enumerate() {
                match unique_key(path, i, item)? {
                    Some(k) => {
                        keyed = true;
                        match pos.get(&k) {
                            Some(&at) => out[at] = item.clone(),
                            None => {
                                pos.insert(k, out.len());
                                out.push(item.clone());
                            }
                        }
                    }
                    None => out.push(item.clone()),
                }
            }
            if keyed {
                *items = out;
            }
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod compose_go_cases {
    use super::*;

    /// Mappings compare without regard to key order, as the Go tests do.
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Mapping(x), Value::Mapping(y)) => {
                x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
            }
            (Value::Sequence(x), Value::Sequence(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
            }
            (Value::Tagged(x), y) => same(&x.value, y),
            (x, Value::Tagged(y)) => same(x, &y.value),
            _ => a == b,
        }
    }

    #[test]
    fn merge_cases_from_compose_go() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/compose-cases/merge.json"))
                .expect("cases parse");
        let mut failures = Vec::new();
        for case in &cases {
            let parse = |k: &str| -> Value {
                let text = case[k].as_str().unwrap_or("");
                let v: Value = serde_yaml_ng::from_str(text).expect("case yaml");
                if v.is_null() {
                    Value::Mapping(Mapping::new())
                } else {
                    v
                }
            };
            let (base, over) = (parse("base"), parse("override"));
            let got = merge(&base, &over, &mut Vec::new()).and_then(|mut v| {
                unicity(&mut v, &mut Vec::new())?;
                Ok(v)
            });
            let ok = match (&got, case.get("error").and_then(|e| e.as_str())) {
                (Err(e), Some(want)) => e.to_string().contains(want),
                (Ok(v), None) => same(v, &parse("expected")),
                _ => false,
            };
            if !ok {
                failures.push(format!(
                    "{}:\n got {}",
                    case["source"],
                    match &got {
                        Ok(v) => serde_yaml_ng::to_string(v).unwrap_or_default(),
                        Err(e) => e.to_string(),
                    }
                ));
            }
        }
        crate::compose::assert_all_cases_pass(&failures, cases.len());
    }
}
