//! Compose's variable interpolation (compose-go's `template` package rules):
//! `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
//! `${VAR?error}`, `${VAR:+replacement}`, `${VAR+replacement}`, nested
//! templates inside defaults and messages, and `$$` for a literal `$`.

use std::fmt;

/// Why a template could not be expanded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// A `${…}` that is not a valid expression (compose's "Invalid template").
    Invalid(String),
    /// `${VAR:?message}` / `${VAR?message}` with VAR missing.
    Required { name: String, message: String },
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::Invalid(t) => write!(f, "Invalid template: {t:?}"),
            TemplateError::Required { name, message } => {
                write!(f, "required variable {name} is missing a value")?;
                if !message.is_empty() {
                    write!(f, ": {message}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for TemplateError {}

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn is_name_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// Expands `template` with `lookup` (None: the variable is unset). Unset
/// variables without a default expand to "" and are reported to `missing`
/// (compose warns about them).
pub fn substitute(
    template: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    missing: &mut dyn FnMut(&str),
) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let mut chars = after.chars();
        match chars.next() {
            Some('$') => {
                out.push('$');
                rest = &after[1..];
            }
            Some('{') => {
                let body_and_more = &after[1..];
                let Some(end) = closing_brace(body_and_more) else {
                    return Err(TemplateError::Invalid(rest[i..].to_string()));
                };
                let body = &body_and_more[..end];
                let whole = &rest[i..i + 2 + end + 1];
                out.push_str(&expand_braced(body, whole, lookup, missing)?);
                rest = &body_and_more[end + 1..];
            }
            Some(c) if is_name_start(c) => {
                let len = after
                    .find(|c: char| !is_name_char(c))
                    .unwrap_or(after.len());
                let name = &after[..len];
                match lookup(name) {
                    Some(v) => out.push_str(&v),
                    None => missing(name),
                }
                rest = &after[len..];
            }
            // A lone `$` stays literal (`a $ string`, `^REGEX$`, `$}`).
            _ => {
                out.push('$');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The index of the `}` closing a `${` whose body starts `s`: braces inside
/// it pair up (`${X:-{"json":1}}`), as compose-go matches them.
fn closing_brace(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'$' if bytes.get(i + 1) == Some(&b'$') => i += 1,
            b'{' => depth += 1,
            b'}' if depth == 0 => return Some(i),
            b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

fn expand_braced(
    body: &str,
    whole: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    missing: &mut dyn FnMut(&str),
) -> Result<String, TemplateError> {
    let invalid = || TemplateError::Invalid(whole.to_string());
    let name_len = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
    let name = &body[..name_len];
    if name.is_empty() || !name.starts_with(is_name_start) {
        return Err(invalid());
    }
    let op = &body[name_len..];
    if op.is_empty() {
        return Ok(match lookup(name) {
            Some(v) => v,
            None => {
                missing(name);
                String::new()
            }
        });
    }
    let (colon, op) = match op.strip_prefix(':') {
        Some(o) => (true, o),
        None => (false, op),
    };
    let mut op_chars = op.chars();
    let kind = op_chars.next().ok_or_else(invalid)?;
    let arg = op_chars.as_str();
    let value = lookup(name);
    // With `:`, an empty value counts as missing.
    let present = match &value {
        Some(v) => !colon || !v.is_empty(),
        None => false,
    };
    match kind {
        '-' => {
            if present {
                Ok(value.unwrap_or_default())
            } else {
                substitute(arg, lookup, missing)
            }
        }
        '+' => {
            if present {
                substitute(arg, lookup, missing)
            } else {
                Ok(String::new())
            }
        }
        '?' => {
            if present {
                Ok(value.unwrap_or_default())
            } else {
                Err(TemplateError::Required {
                    name: name.to_string(),
                    message: substitute(arg, lookup, missing)?,
                })
            }
        }
        _ => Err(invalid()),
    }
}

/// [`substitute`] over a fixed set of variables, for tests and `.env` files.
pub fn substitute_with(
    template: &str,
    vars: &std::collections::HashMap<String, String>,
) -> Result<String, TemplateError> {
    substitute(template, &|n| vars.get(n).cloned(), &mut |_| {})
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_form_expands() {
        let vars = env(&[("SET", "x"), ("EMPTY", "")]);
        let s = |t: &str| substitute_with(t, &vars);
        assert_eq!(s("a $SET ${SET} b").as_deref(), Ok("a x x b"));
        assert_eq!(
            s("${UNSET:-d} ${EMPTY:-d} ${EMPTY-d}").as_deref(),
            Ok("d d ")
        );
        assert_eq!(
            s("${SET:+r}|${EMPTY:+r}|${EMPTY+r}|${UNSET+r}").as_deref(),
            Ok("r||r|")
        );
        assert_eq!(s("${UNSET:-${SET:-z}}").as_deref(), Ok("x"));
        assert_eq!(s("$$SET costs $$5").as_deref(), Ok("$SET costs $5"));
        assert_eq!(
            s("a $ string ^REGEX$ $}").as_deref(),
            Ok("a $ string ^REGEX$ $}")
        );
        assert_eq!(s("$SET-bar").as_deref(), Ok("x-bar"));
        assert_eq!(
            s("${EMPTY:?must be set}").unwrap_err().to_string(),
            "required variable EMPTY is missing a value: must be set"
        );
        assert!(s("${EMPTY?must be set}").is_ok());
        for bad in ["${", "${}", "${ }", "${ foo}", "${foo }", "${foo!}"] {
            assert!(
                matches!(s(bad), Err(TemplateError::Invalid(_))),
                "{bad} is invalid"
            );
        }
    }
}

/// compose-go's own cases (tests/compose-cases/interpolation.json, see its README).
#[cfg(test)]
mod compose_go_cases {
    use std::collections::HashMap;

    #[test]
    fn template_cases_from_compose_go() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/compose-cases/interpolation.json"))
                .expect("cases parse");
        let mut failures = Vec::new();
        for case in &cases {
            let template = case["template"].as_str().expect("template");
            let env: HashMap<String, String> =
                serde_json::from_value(case["env"].clone()).unwrap_or_default();
            let got = super::substitute_with(template, &env);
            let ok = match (&got, case.get("error").and_then(|e| e.as_str())) {
                (Err(e), Some(want)) => e.to_string().contains(want),
                (Ok(v), None) => Some(v.as_str()) == case["expected"].as_str(),
                _ => false,
            };
            if !ok {
                failures.push(format!("{}: {template:?} gave {got:?}", case["source"]));
            }
        }
        crate::compose::assert_all_cases_pass(&failures, cases.len());
    }
}
