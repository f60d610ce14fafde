//! `.env` files as compose reads them (compose-go's `dotenv` rules, which
//! no dotenv crate follows): `KEY=value` or `KEY: value`, an optional
//! `export `, `#` comments, a bare `KEY` taken from the environment,
//! single-quoted values literal, double-quoted ones with escapes and on
//! several lines, and `${…}` interpolation in unquoted and double-quoted
//! values (the environment first, then the file's earlier keys).

use std::collections::HashMap;

use super::interpolate::{substitute, TemplateError};

/// What went wrong, on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotenvError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DotenvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for DotenvError {}

/// The variables of `.env` text `src`, in file order; `lookup` is the
/// environment (bare keys and `${}` read it first).
pub fn parse(
    src: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<(String, String)>, DotenvError> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let src = src.replace("\r\n", "\n");
    let mut out: Vec<(String, String)> = Vec::new();
    let mut rest = src.as_str();
    let mut line = 1;
    loop {
        // Skip blank lines, indentation and comment lines.
        loop {
            let trimmed = rest.trim_start_matches([' ', '\t']);
            if let Some(after) = trimmed.strip_prefix('\n') {
                line += 1;
                rest = after;
            } else if trimmed.starts_with('#') {
                match trimmed.find('\n') {
                    Some(n) => {
                        rest = &trimmed[n + 1..];
                        line += 1;
                    }
                    None => rest = "",
                }
            } else {
                rest = trimmed;
                break;
            }
        }
        if rest.is_empty() {
            return Ok(out);
        }
        if let Some(after) = rest.strip_prefix("export") {
            if after.starts_with([' ', '\t']) {
                rest = after.trim_start_matches([' ', '\t']);
            }
        }
        // The key, up to `=` or `:`; a line with neither is a bare key.
        let mut key_end = None;
        let mut bare = false;
        for (i, c) in rest.char_indices() {
            match c {
                '=' | ':' => {
                    key_end = Some(i);
                    break;
                }
                '\n' => {
                    key_end = Some(i);
                    bare = true;
                    break;
                }
                '_' | '.' | '-' | '[' | ']' | ' ' | '\t' => {}
                c if c.is_alphanumeric() => {}
                c => {
                    let first = rest.lines().next().unwrap_or_default();
                    return Err(DotenvError {
                        line,
                        message: format!(
                            "unexpected character {:?} in variable name {first:?}",
                            c.to_string()
                        ),
                    });
                }
            }
        }
        let Some(key_end) = key_end else {
            // compose-go's quirk: text alone on the last line, with no
            // newline after it, is the value of the empty key.
            set(&mut out, String::new(), rest.trim().to_string());
            return Ok(out);
        };
        let key = rest[..key_end].trim().to_string();
        if key.contains([' ', '\t']) {
            return Err(DotenvError {
                line,
                message: format!("key cannot contain a space: {key:?}"),
            });
        }
        if bare {
            if let Some(v) = lookup(&key) {
                set(&mut out, key, v);
            }
            rest = &rest[key_end..];
            continue;
        }
        rest = rest[key_end + 1..].trim_start_matches([' ', '\t']);
        let known = |name: &str| -> Option<String> {
            lookup(name).or_else(|| {
                out.iter()
                    .rev()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
        };
        let expand = |text: &str, line: usize| -> Result<String, DotenvError> {
            substitute(text, &known, &mut |_| {}).map_err(|e: TemplateError| DotenvError {
                line,
                message: e.to_string(),
            })
        };
        let (value, after) = match rest.chars().next() {
            Some(q @ ('\'' | '"')) => {
                let body = &rest[1..];
                let mut escaped = false;
                let mut close = None;
                for (i, c) in body.char_indices() {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == q {
                        close = Some(i);
                        break;
                    }
                }
                let Some(close) = close else {
                    let first = rest.lines().next().unwrap_or_default();
                    return Err(DotenvError {
                        line,
                        message: format!("unterminated quoted value {first}"),
                    });
                };
                let raw = &body[..close];
                let start_line = line;
                line += raw.matches('\n').count();
                let value = if q == '"' {
                    expand(&unescape(raw), start_line)?
                } else {
                    raw.replace("\\'", "'")
                };
                // After the closing quote: a comment, or another statement.
                let tail = body[close + 1..].trim_start_matches([' ', '\t']);
                let after = if tail.starts_with('#') {
                    match tail.find('\n') {
                        Some(n) => &tail[n..],
                        None => "",
                    }
                } else {
                    tail
                };
                (value, after)
            }
            _ => {
                let (text, after) = match rest.find('\n') {
                    Some(n) => (&rest[..n], &rest[n..]),
                    None => (rest, ""),
                };
                // A comment starts at ` #` only.
                let text = match text.find(" #") {
                    Some(n) => &text[..n],
                    None => text,
                };
                (expand(text.trim_end(), line)?, after)
            }
        };
        set(&mut out, key, value);
        rest = after;
    }
}

fn set(out: &mut Vec<(String, String)>, key: String, value: String) {
    match out.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => out.push((key, value)),
    }
}

/// Double-quoted escapes as compose-go's dotenv applies them: `\"` and
/// `\\`, the C escapes `\a \b \f \n \r \t \v`, octal `\0NNN`; `\$` stays a
/// literal `$` through interpolation; any other backslash is kept as written.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some(e @ ('"' | '\\')) => {
                out.push(e);
                chars.next();
            }
            Some('$') => {
                out.push_str("$$");
                chars.next();
            }
            Some(e @ ('a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v')) => {
                chars.next();
                out.push(match e {
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => '\u{b}',
                });
            }
            Some('0') => {
                chars.next();
                let mut digits = String::new();
                while digits.len() < 3 {
                    match chars.peek() {
                        Some(d @ '0'..='7') => {
                            digits.push(*d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                match u32::from_str_radix(&digits, 8)
                    .ok()
                    .and_then(char::from_u32)
                {
                    Some(ch) if !digits.is_empty() => out.push(ch),
                    _ => out.push('\\'),
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// The variables of `text` as a map, for callers that need no order.
pub fn parse_map(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<HashMap<String, String>, DotenvError> {
    Ok(parse(text, lookup)?.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn compose_rules() {
        let text = "\u{feff}# comment\nexport A=1234#5\nB = spaced value  # comment\nC: yaml\nD='single $A'\nE=\"double\\n$A\"\nF=${A}-${MISSING:-d}\nG\n";
        let vars = parse(text, &|k| (k == "G").then(|| "from env".to_string())).expect("parses");
        let get = |k: &str| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("A"), Some("1234#5"));
        assert_eq!(get("B"), Some("spaced value"));
        assert_eq!(get("C"), Some("yaml"));
        assert_eq!(get("D"), Some("single $A"));
        assert_eq!(get("E"), Some("double\n1234#5"));
        assert_eq!(get("F"), Some("1234#5-d"));
        assert_eq!(get("G"), Some("from env"));
        let err = parse("A=\"open\nB=1", &none).unwrap_err();
        assert!(err.message.contains("unterminated"), "{err}");
        assert!(parse("A$B=1", &none).is_err());
    }
}

/// compose-go's own cases (tests/compose-cases/dotenv.json, see its README).
#[cfg(test)]
mod compose_go_cases {
    use std::collections::HashMap;

    #[test]
    fn dotenv_cases_from_compose_go() {
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(include_str!("../../tests/compose-cases/dotenv.json"))
                .expect("cases parse");
        let mut failures = Vec::new();
        for case in &cases {
            let input = case["input"].as_str().expect("input");
            let env: HashMap<String, String> =
                serde_json::from_value(case["env"].clone()).unwrap_or_default();
            let got = super::parse_map(input, &|k| env.get(k).cloned());
            let want_error = case.get("error").is_some();
            let ok = match (&got, want_error) {
                (Err(_), true) => true,
                (Ok(vars), false) => {
                    let want: HashMap<String, String> =
                        serde_json::from_value(case["expected"].clone()).expect("expected");
                    *vars == want
                }
                _ => false,
            };
            if !ok {
                failures.push(format!("{}: {input:?} gave {got:?}", case["source"]));
            }
        }
        crate::compose::assert_all_cases_pass(&failures, cases.len());
    }
}
