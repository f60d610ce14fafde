//! YAML as docker compose prints it (go-yaml v3 with a 2-space indent):
//! sequences indented under their key, strings double-quoted only when they
//! would otherwise read as another type or break the syntax.

use serde_yaml_ng::Value;

/// `value` as YAML text, ending with a newline.
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    node(value, 0, &mut out);
    out
}

fn node(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Mapping(m) if !m.is_empty() => {
            for (k, v) in m {
                pad(indent, out);
                out.push_str(&scalar_text(k));
                out.push(':');
                child(v, indent, out);
            }
        }
        Value::Sequence(s) if !s.is_empty() => {
            for v in s {
                pad(indent, out);
                out.push('-');
                match v {
                    Value::Mapping(m) if !m.is_empty() => {
                        // The first key goes on the dash's line.
                        let mut first = true;
                        for (k, item) in m {
                            if first {
                                out.push(' ');
                                first = false;
                            } else {
                                pad(indent + 2, out);
                            }
                            out.push_str(&scalar_text(k));
                            out.push(':');
                            child(item, indent + 2, out);
                        }
                    }
                    _ => child(v, indent, out),
                }
            }
        }
        other => {
            pad(indent, out);
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

/// What follows `key:` or `-`: an inline value, or a nested block.
fn child(v: &Value, indent: usize, out: &mut String) {
    match v {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            node(v, indent + 2, out);
        }
        Value::Sequence(s) if !s.is_empty() => {
            out.push('\n');
            node(v, indent + 2, out);
        }
        Value::String(s) if s.contains('\n') => {
            out.push_str(if s.ends_with('\n') { " |\n" } else { " |-\n" });
            for line in s.trim_end_matches('\n').split('\n') {
                if !line.is_empty() {
                    pad(indent + 2, out);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

fn inline(v: &Value) -> String {
    match v {
        Value::Mapping(_) => "{}".into(),
        Value::Sequence(_) => "[]".into(),
        Value::Tagged(t) => inline(&t.value),
        other => scalar_text(other),
    }
}

fn pad(indent: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s),
        Value::Tagged(t) => scalar_text(&t.value),
        Value::Mapping(_) => "{}".into(),
        Value::Sequence(_) => "[]".into(),
    }
}

/// A string as go-yaml writes it: plain when it reads back as the same
/// string, double-quoted otherwise.
pub fn string(s: &str) -> String {
    if needs_quotes(s) {
        let mut q = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => q.push_str("\\\""),
                '\\' => q.push_str("\\\\"),
                '\n' => q.push_str("\\n"),
                '\t' => q.push_str("\\t"),
                '\r' => q.push_str("\\r"),
                c if (c as u32) < 0x20 => q.push_str(&format!("\\x{:02X}", c as u32)),
                c => q.push(c),
            }
        }
        q.push('"');
        q
    } else {
        s.to_string()
    }
}

fn needs_quotes(s: &str) -> bool {
    if s.is_empty() || s.trim() != s {
        return true;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null" | "~" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return true;
    }
    // Numbers (and things YAML 1.1 reads as numbers or times).
    if looks_numeric(s) {
        return true;
    }
    let first = s.chars().next().unwrap_or(' ');
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        // `-foo` and `:foo` are plain in go-yaml only when followed by a non-space.
        let second = s.chars().nth(1);
        let plain_ok = matches!(first, '-' | '?' | ':') && second.is_some_and(|c| c != ' ');
        if !plain_ok {
            return true;
        }
    }
    s.contains(": ") || s.contains(" #") || s.ends_with(':') || s.contains(['\n', '\t', '\r'])
}

fn looks_numeric(s: &str) -> bool {
    let t = s.strip_prefix(['+', '-']).unwrap_or(s);
    if t.is_empty() {
        return false;
    }
    if t.parse::<f64>().is_ok() || matches!(t.to_ascii_lowercase().as_str(), ".inf" | ".nan") {
        return true;
    }
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0o")) {
        return !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    // 1_000, 12:30 (sexagesimal in YAML 1.1)
    t.chars()
        .all(|c| c.is_ascii_digit() || c == '_' || c == ':')
        && t.starts_with(|c: char| c.is_ascii_digit())
}

/// `value` as compact JSON, as Go's `json.Marshal` writes it (the form
/// compose hashes a service's configuration in).
pub fn to_json_compact(value: &Value) -> String {
    let mut out = String::new();
    compact(value, &mut out);
    out
}

fn compact(value: &Value, out: &mut String) {
    match value {
        Value::Mapping(m) => {
            out.push('{');
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(&scalar_text_raw(k), out);
                out.push(':');
                compact(v, out);
            }
            out.push('}');
        }
        Value::Sequence(s) => {
            out.push('[');
            for (i, v) in s.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                compact(v, out);
            }
            out.push(']');
        }
        Value::Tagged(t) => compact(&t.value, out),
        other => json(other, 0, out),
    }
}

/// `value` as JSON the way Go's `json.MarshalIndent(v, "", "  ")` writes
/// it: keys in the value's order, `<`, `>` and `&` escaped.
pub fn to_json(value: &Value) -> String {
    let mut out = String::new();
    json(value, 0, &mut out);
    out
}

fn json(value: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize, out: &mut String| out.extend(std::iter::repeat_n(' ', n));
    match value {
        Value::Mapping(m) if !m.is_empty() => {
            out.push_str("{\n");
            for (i, (k, v)) in m.iter().enumerate() {
                pad(indent + 2, out);
                json_string(&scalar_text_raw(k), out);
                out.push_str(": ");
                json(v, indent + 2, out);
                if i + 1 < m.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            pad(indent, out);
            out.push('}');
        }
        Value::Sequence(s) if !s.is_empty() => {
            out.push_str("[\n");
            for (i, v) in s.iter().enumerate() {
                pad(indent + 2, out);
                json(v, indent + 2, out);
                if i + 1 < s.len() {
                    out.push(',');
                }
                out.push('\n');
            }
            pad(indent, out);
            out.push(']');
        }
        Value::Mapping(_) => out.push_str("{}"),
        Value::Sequence(_) => out.push_str("[]"),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(&b.to_string()),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => json_string(s, out),
        Value::Tagged(t) => json(&t.value, indent, out),
    }
}

/// A mapping key as text (a string as it is, other scalars as YAML writes them).
pub fn key_text(v: &Value) -> String {
    scalar_text_raw(v)
}

fn scalar_text_raw(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => scalar_text(other),
    }
}

fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_like_compose() {
        let v: Value = serde_yaml_ng::from_str(
            "name: p\nservices:\n  web:\n    command: [sh, -c, 'echo a: b']\n    environment: {A: '1', B: null, C: ''}\n    ports:\n      - {mode: ingress, target: 80, published: '8080', protocol: tcp}\n    volumes: []\n",
        )
        .expect("yaml");
        assert!(to_json(&v).starts_with("{\n  \"name\": \"p\",\n  \"services\": {\n    \"web\": {\n      \"command\": [\n        \"sh\","));
        assert_eq!(
            to_yaml(&v),
            "name: p\nservices:\n  web:\n    command:\n      - sh\n      - -c\n      - \"echo a: b\"\n    environment:\n      A: \"1\"\n      B: null\n      C: \"\"\n    ports:\n      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n    volumes: []\n"
        );
    }
}
