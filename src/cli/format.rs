//! Shared renderer for docker's `--format` flag (`images`, `ps`, `inspect`,
//! `volume ls`, ...).
//!
//! Go templates are evaluated with the `gtmpl` crate. On top of it this module
//! adds docker's behaviour (docker/cli `cli/command/formatter` and
//! `templates`):
//!
//! * `table [TEMPLATE]`: rows aligned the way docker's tabwriter does it
//!   (minwidth 10, tabwidth 1, padding 3, padchar ' '), preceded by a header
//!   row made by rendering the same template against a header context.
//! * `json`: one compact JSON document per item.
//! * any other string: a raw template rendered once per item.
//! * the literal two-character sequences `\t` and `\n` typed by the user become
//!   a tab and a newline (list formats only, not `inspect -f`, like docker).
//! * docker's extra template functions: `json`, `join`, `split`, `lower`,
//!   `upper`, `title`, `truncate`, `pad`.
//!
//! Work-arounds for gtmpl:
//! * gtmpl prints lists and maps with Rust's `Debug` formatting. Every
//!   printing action is therefore rewritten to pipe its value through an
//!   internal function that formats the value the way Go's `fmt` does
//!   (`[a b]`, `map[k:v]`, `<nil>`); `print`/`println` are replaced likewise.
//! * `printf`: `%s`/`%v` are formatted here (gtmpl cannot `%v` floats,
//!   negative numbers, lists or nil, left-aligns padded strings and leaves
//!   `%%` doubled); other verbs go to gtmpl.
//! * `index`: gtmpl errors on a missing map key; Go gives the zero value
//!   (`""` for string maps such as labels).
//!
//! Known gtmpl gaps left as they are: `range` over a map visits keys in
//! arbitrary order (Go sorts them); `{{range}}...{{else}}...{{end}}` also runs
//! the `else` branch for non-empty lists; negative non-integral numbers are
//! carried as strings; `{{json .}}` sorts object keys (Go keeps struct order).

use std::collections::HashMap;
use std::fmt::Display;
use std::io::Write as _;

use anyhow::{anyhow, Result};
use gtmpl::error::{ExecError, TemplateError};
use gtmpl::{Context, Func, FuncError, Template, Value};
use serde_json::Value as Json;

const TABLE_KEY: &str = "table";
const JSON_KEY: &str = "json";
/// Prefix docker puts in front of every template error.
const ERR_PREFIX: &str = "template parsing error";
/// Internal function every printing action is piped through (see module docs).
const FMT_FN: &str = "__skiff_print";

/// A parsed `--format` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// `table` or `table TEMPLATE` (and the empty string): aligned columns with
    /// a header row. `None` means the command's default table.
    Table(Option<String>),
    /// `json`: every item as one line of compact JSON.
    Json,
    /// Any other template, rendered once per item.
    Raw(String),
}

impl Format {
    /// Classifies a `--format` argument like docker does: anything starting
    /// with `table` is a table, `json` is JSON, everything else is a template.
    pub fn parse(s: &str) -> Format {
        if s.is_empty() {
            return Format::Table(None);
        }
        if s == JSON_KEY {
            return Format::Json;
        }
        if let Some(rest) = s.strip_prefix(TABLE_KEY) {
            let rest = rest.trim_matches(' ');
            return if rest.is_empty() {
                Format::Table(None)
            } else {
                Format::Table(Some(rest.to_string()))
            };
        }
        Format::Raw(s.to_string())
    }
}

/// docker's LABELS column: `k=v` pairs joined by commas.
pub fn labels_text(labels: &std::collections::BTreeMap<String, String>) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Renders a list of items (`ps`, `images`, `volume ls`, ...).
///
/// * `default_table`: the command's default table template, e.g.
///   `"{{.Repository}}\t{{.Tag}}\t{{.ID}}"` (a leading `table ` is allowed).
/// * `headers`: field name to column header, e.g. `("ID", "IMAGE ID")`.
///   Fields without a mapping get their name split at CamelCase boundaries
///   and upper-cased (`CreatedAt` -> `CREATED AT`).
///
/// The output ends with a newline after every row (and after the header in
/// table mode, which is printed even when there are no items).
pub fn render_items(
    format: &Format,
    default_table: &str,
    headers: &[(&str, &str)],
    items: &[Json],
) -> Result<String> {
    match format {
        Format::Json => {
            let mut out = String::new();
            for item in items {
                out.push_str(&serde_json::to_string(item)?);
                out.push('\n');
            }
            Ok(out)
        }
        Format::Raw(t) => {
            let text = preprocess(t);
            if let Some(rows) = plain_rows(&text, items) {
                return Ok(rows);
            }
            let tmpl = build_template(&text, ROW_FUNCS)?;
            let mut out = String::new();
            for item in items {
                out.push_str(&execute(&tmpl, item)?);
                out.push('\n');
            }
            Ok(out)
        }
        Format::Table(t) => {
            let raw = match t {
                Some(t) => t.as_str(),
                None => default_table
                    .strip_prefix(TABLE_KEY)
                    .unwrap_or(default_table),
            };
            let text = preprocess(raw);
            let (rows, header) = match (plain_rows(&text, items), plain_header(&text, headers)) {
                (Some(rows), Some(header)) => (rows, header),
                _ => {
                    let tmpl = build_template(&text, ROW_FUNCS)?;
                    let mut rows = String::new();
                    for item in items {
                        rows.push_str(&execute(&tmpl, item)?);
                        rows.push('\n');
                    }
                    (rows, render_header(&text, headers)?)
                }
            };
            let mut tw = tabwriter::TabWriter::new(Vec::new())
                .minwidth(TAB_MINWIDTH - TAB_PADDING)
                .padding(TAB_PADDING);
            tw.write_all(header.as_bytes())?;
            tw.write_all(b"\n")?;
            tw.write_all(rows.as_bytes())?;
            let buf = tw.into_inner().map_err(|e| anyhow!("{}", e.error()))?;
            Ok(String::from_utf8(buf)?)
        }
    }
}

/// Renders a single value (`inspect -f`). No trailing newline is added and,
/// like docker, `\t`/`\n` typed literally are left alone.
pub fn render_one(tmpl: &str, value: &Json) -> Result<String> {
    let tmpl = build_template(tmpl, ROW_FUNCS)?;
    execute(&tmpl, value)
}

// ---------------------------------------------------------------------------
// Table layout

/// docker: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`. Go computes a column
/// width as `max(minwidth, cell + padding)`, the `tabwriter` crate as
/// `max(minwidth, cell) + padding`; `minwidth - padding` makes them equal.
const TAB_MINWIDTH: usize = 10;
const TAB_PADDING: usize = 3;

/// A piece of a template made only of text and `{{.Field}}` actions.
enum Plain<'a> {
    Text(&'a str),
    Field(&'a str),
}

/// Splits `text` into plain pieces; None when it has anything else (pipes,
/// functions, nested fields, trim markers), which gtmpl must render. The
/// default tables and most formats people type are plain, and rendering
/// them here spares gtmpl's lexer thread per parse and its copy of every item.
fn plain_pieces(text: &str) -> Option<Vec<Plain<'_>>> {
    segments(text)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(t) if !t.contains("{{") => Some(Plain::Text(t)),
            Segment::Action {
                body,
                ltrim: false,
                rtrim: false,
                ..
            } => {
                let name = body.trim().strip_prefix('.')?;
                let plain = !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
                plain.then_some(Plain::Field(name))
            }
            _ => None,
        })
        .collect()
}

/// Renders each item, one line each, when the template is plain and every
/// field it names is a string, an integer or a boolean (printed as Go does).
fn plain_rows(text: &str, items: &[Json]) -> Option<String> {
    let pieces = plain_pieces(text)?;
    let mut out = String::new();
    for item in items {
        for piece in &pieces {
            match piece {
                Plain::Text(t) => out.push_str(t),
                Plain::Field(name) => match item.get(name)? {
                    Json::String(s) => out.push_str(s),
                    Json::Number(n) if n.is_i64() || n.is_u64() => out.push_str(&n.to_string()),
                    Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                    _ => return None,
                },
            }
        }
        out.push('\n');
    }
    Some(out)
}

/// The header row of a plain template: each field replaced by its title.
fn plain_header(text: &str, headers: &[(&str, &str)]) -> Option<String> {
    let pieces = plain_pieces(text)?;
    let mut out = String::new();
    for piece in &pieces {
        match piece {
            Plain::Text(t) => out.push_str(t),
            Plain::Field(name) => match headers.iter().find(|(k, _)| k == name) {
                Some((_, title)) => out.push_str(title),
                None => out.push_str(&derive_header(name)),
            },
        }
    }
    Some(out)
}

fn render_header(text: &str, headers: &[(&str, &str)]) -> Result<String> {
    let tmpl = build_template(text, HEADER_FUNCS)?;
    let ctx = header_context(text, headers);
    // Like docker, a failing header template is not an error: whatever was
    // written before the failure is the header.
    let mut out = Vec::new();
    let _ = tmpl.execute(&mut out, &Context::from(ctx));
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Builds the value the header row is rendered against: every field chain
/// used in the template (`.ID`, `.State.Status`) resolves to its header text.
fn header_context(text: &str, headers: &[(&str, &str)]) -> Value {
    let mut root: HashMap<String, Value> = HashMap::new();
    for chain in field_chains(text) {
        let full = chain.join(".");
        let last = chain.last().map(String::as_str).unwrap_or_default();
        let title = headers
            .iter()
            .find(|(k, _)| *k == full)
            .or_else(|| headers.iter().find(|(k, _)| *k == last))
            .map(|(_, v)| v.to_string())
            .unwrap_or_else(|| derive_header(last));
        insert_chain(&mut root, &chain, title);
    }
    Value::Map(root)
}

fn insert_chain(map: &mut HashMap<String, Value>, chain: &[String], title: String) {
    match chain {
        [] => {}
        [leaf] => {
            map.entry(leaf.clone()).or_insert(Value::String(title));
        }
        [head, rest @ ..] => {
            let entry = map
                .entry(head.clone())
                .or_insert_with(|| Value::Map(HashMap::new()));
            if !matches!(entry, Value::Map(_)) {
                *entry = Value::Map(HashMap::new());
            }
            if let Value::Map(inner) = entry {
                insert_chain(inner, rest, title);
            }
        }
    }
}

/// `CreatedAt` -> `CREATED AT`, `IPAddresses` -> `IP ADDRESSES`, `ID` -> `ID`.
fn derive_header(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower) {
                out.push(' ');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

// ---------------------------------------------------------------------------
// Template text handling

/// docker's pre-processing for list formats: trim spaces, turn the literal
/// escapes `\t` and `\n` into real tab / newline characters.
fn preprocess(s: &str) -> String {
    let s = s.trim_matches(' ');
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some('t') => {
                    chars.next();
                    out.push('\t');
                    continue;
                }
                Some('n') => {
                    chars.next();
                    out.push('\n');
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
    }
    out
}

/// A piece of template text: literal text or one `{{ ... }}` action.
enum Segment<'a> {
    Text(&'a str),
    Action {
        raw: &'a str,
        body: &'a str,
        ltrim: bool,
        rtrim: bool,
    },
}

/// Splits template text into text and actions, honouring quoted strings
/// inside actions. Malformed input ends up as text so that gtmpl reports it.
fn segments(t: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(off) = t[pos..].find("{{") {
        let start = pos + off;
        if start > pos {
            out.push(Segment::Text(&t[pos..start]));
        }
        let mut body_start = start + 2;
        let ltrim = t[body_start..].starts_with("- ");
        if ltrim {
            body_start += 2;
        }
        match action_end(t, body_start) {
            Some((body_end, end, rtrim)) => {
                out.push(Segment::Action {
                    raw: &t[start..end],
                    body: &t[body_start..body_end],
                    ltrim,
                    rtrim,
                });
                pos = end;
            }
            None => {
                out.push(Segment::Text(&t[start..]));
                return out;
            }
        }
    }
    if pos < t.len() {
        out.push(Segment::Text(&t[pos..]));
    }
    out
}

/// Finds the end of the action whose body starts at `from`. Returns
/// (end of body, end of action, right trim marker present).
fn action_end(t: &str, from: usize) -> Option<(usize, usize, bool)> {
    let rest = &t[from..];
    if rest.starts_with("/*") {
        let close = from + rest.find("*/")? + 2;
        return match &t[close..] {
            r if r.starts_with(" -}}") => Some((close, close + 4, true)),
            r if r.starts_with("}}") => Some((close, close + 2, false)),
            _ => None,
        };
    }
    let bytes = t.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'`' => {
                i += 1 + t.get(i + 1..)?.find('`')? + 1;
            }
            _ if bytes[i..].starts_with(b" -}}") => return Some((i, i + 4, true)),
            _ if bytes[i..].starts_with(b"}}") => return Some((i, i + 2, false)),
            _ => i += 1,
        }
    }
    None
}

/// Calls `f` on every byte of `body` outside quoted strings.
fn unquoted_bytes(body: &str, mut f: impl FnMut(usize, u8)) {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    if q != b'`' && b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            c => {
                f(i, c);
                i += 1;
            }
        }
    }
}

const KEYWORDS: &[&str] = &[
    "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue",
];

/// Pipes the value of every printing action through [`FMT_FN`] so values are
/// printed the way Go does. Control actions, declarations and comments are
/// left untouched.
fn wrap_print_actions(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 32);
    for seg in segments(t) {
        match seg {
            Segment::Text(s) => out.push_str(s),
            Segment::Action {
                raw,
                body,
                ltrim,
                rtrim,
            } => {
                let trimmed = body.trim();
                let word: String = trimmed
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let mut declares = false;
                unquoted_bytes(body, |_, c| declares |= c == b'=');
                if trimmed.is_empty()
                    || trimmed.starts_with("/*")
                    || KEYWORDS.contains(&word.as_str())
                    || declares
                {
                    out.push_str(raw);
                    continue;
                }
                out.push_str("{{");
                if ltrim {
                    out.push_str("- ");
                }
                out.push_str(body);
                out.push_str(" | ");
                out.push_str(FMT_FN);
                if rtrim {
                    out.push_str(" -");
                }
                out.push_str("}}");
            }
        }
    }
    out
}

/// Internal function behind docker's `{{.Label "key"}}` (a method in Go,
/// which gtmpl has no way to call with an argument).
const LABEL_FN: &str = "__skiff_label";

/// Rewrites `.Label "key"` inside actions as `__skiff_label . "key"`.
fn rewrite_label_calls(t: &str) -> String {
    if !t.contains(".Label ") {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len() + 16);
    for seg in segments(t) {
        match seg {
            Segment::Text(s) => out.push_str(s),
            Segment::Action { raw, .. } => {
                let mut rest = raw;
                while let Some(i) = rest.find(".Label ") {
                    let before = rest[..i].chars().last();
                    let standalone = before.is_none_or(|c| c == ' ' || c == '(' || c == '{');
                    let quoted = rest[i + ".Label ".len()..].trim_start().starts_with('"');
                    out.push_str(&rest[..i]);
                    if standalone && quoted {
                        out.push_str(LABEL_FN);
                        out.push_str(" . ");
                    } else {
                        out.push_str(".Label ");
                    }
                    rest = &rest[i + ".Label ".len()..];
                }
                out.push_str(rest);
            }
        }
    }
    out
}

/// `{{.Label "key"}}`: the value of one label of the row (its `Labels`
/// column, `k=v,k2=v2`), empty when it has none.
fn fn_label(args: &[Value]) -> Result<Value, FuncError> {
    arity("Label", args, 2)?;
    let key = str_arg("Label", &args[1])?;
    let labels = match &args[0] {
        Value::Object(o) | Value::Map(o) => o.get("Labels").map(go_string).unwrap_or_default(),
        _ => String::new(),
    };
    let value = labels
        .split(',')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
        .unwrap_or_default();
    Ok(Value::String(value))
}

/// Field chains (`.A.B` -> ["A", "B"]) referenced by the template's actions.
fn field_chains(t: &str) -> Vec<Vec<String>> {
    let mut chains = Vec::new();
    for seg in segments(t) {
        let Segment::Action { body, .. } = seg else {
            continue;
        };
        if body.trim_start().starts_with("/*") {
            continue;
        }
        let b = body.as_bytes();
        let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        let mut skip_until = 0;
        unquoted_bytes(body, |i, c| {
            if i < skip_until || c != b'.' {
                return;
            }
            if i > 0 && (is_ident(b[i - 1]) || b[i - 1] == b')') {
                return;
            }
            let mut chain = Vec::new();
            let mut j = i;
            while j < b.len()
                && b[j] == b'.'
                && b.get(j + 1)
                    .is_some_and(|&n| is_ident(n) && !n.is_ascii_digit())
            {
                let s = j + 1;
                let mut e = s;
                while e < b.len() && is_ident(b[e]) {
                    e += 1;
                }
                chain.push(body[s..e].to_string());
                j = e;
            }
            skip_until = j;
            if !chain.is_empty() {
                chains.push(chain);
            }
        });
    }
    chains
}

// ---------------------------------------------------------------------------
// Template building and execution

fn build_template(text: &str, funcs: &[(&str, Func)]) -> Result<Template> {
    let mut tmpl = Template::default();
    tmpl.add_funcs(funcs);
    tmpl.add_funcs(&[(LABEL_FN, fn_label as Func)]);
    tmpl.parse(wrap_print_actions(&rewrite_label_calls(text)))
        .map_err(|e| template_error(TemplateError::from(e)))?;
    Ok(tmpl)
}

fn execute(tmpl: &Template, value: &Json) -> Result<String> {
    if is_empty_template(tmpl) {
        return Ok(String::new());
    }
    tmpl.render(&Context::from(json_to_value(value)))
        .map_err(|e| template_error(TemplateError::from(e)))
}

/// gtmpl refuses to execute a template without content; Go renders "".
fn is_empty_template(tmpl: &Template) -> bool {
    !tmpl.tree_set.contains_key(&tmpl.name)
}

fn template_error(e: TemplateError) -> anyhow::Error {
    let msg = match &e {
        TemplateError::ExecError(ExecError::NoFiledFor(field, _)) => {
            format!("template: executing: map has no entry for key \"{field}\"")
        }
        TemplateError::ExecError(ex) => format!("template: executing: {ex}"),
        TemplateError::ParseError(_) => e.to_string(),
    };
    anyhow!("{ERR_PREFIX}: {}", one_line(msg))
}

fn one_line(s: impl Display) -> String {
    s.to_string()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------
// Value conversion

/// serde_json -> gtmpl. Objects become `Object`s, so a missing field is an
/// error (as with docker's typed contexts and `inspect`'s missingkey=error).
fn json_to_value(v: &Json) -> Value {
    match v {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::String(s) => Value::String(s.clone()),
        Json::Number(n) => {
            if let Some(u) = n.as_u64() {
                Value::from(u)
            } else if let Some(i) = n.as_i64() {
                Value::from(i)
            } else {
                float_value(n.as_f64().unwrap_or(f64::NAN))
            }
        }
        Json::Array(a) => Value::Array(a.iter().map(json_to_value).collect()),
        Json::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), json_to_value(v)))
                .collect(),
        ),
    }
}

/// gtmpl's `From<f64>` turns integral floats into integers (good: Go prints
/// `2` for 2.0) but mangles negative and tiny fractions, and saturates huge
/// values; those are kept as their text instead.
fn float_value(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        Value::from(f as i64)
    } else if f > 0.0 && f.fract() >= f64::EPSILON {
        Value::from(f)
    } else {
        Value::String(f.to_string())
    }
}

/// gtmpl -> serde_json (for the `json` function). Map keys come out sorted,
/// like Go's encoding of maps.
fn value_to_json(v: &Value) -> Json {
    match v {
        Value::NoValue | Value::Nil | Value::Function(_) => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::String(s) => Json::String(s.clone()),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                Json::from(u)
            } else if let Some(i) = n.as_i64() {
                Json::from(i)
            } else {
                n.as_f64().map(Json::from).unwrap_or(Json::Null)
            }
        }
        Value::Array(a) => Json::Array(a.iter().map(value_to_json).collect()),
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            Json::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), value_to_json(&o[k])))
                    .collect(),
            )
        }
    }
}

/// Formats a value like Go's `fmt.Sprint` does for the equivalent Go value.
fn go_string(v: &Value) -> String {
    match v {
        Value::NoValue => "<no value>".to_string(),
        Value::Nil => "<nil>".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Function(_) => "<func>".to_string(),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(go_string).collect();
            format!("[{}]", parts.join(" "))
        }
        Value::Object(o) | Value::Map(o) => {
            let mut keys: Vec<&String> = o.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{k}:{}", go_string(&o[k])))
                .collect();
            format!("map[{}]", parts.join(" "))
        }
    }
}

// ---------------------------------------------------------------------------
// Template functions

static ROW_FUNCS: &[(&str, Func)] = &[
    (FMT_FN, fn_print_value as Func),
    ("json", fn_json as Func),
    ("join", fn_join as Func),
    ("split", fn_split as Func),
    ("lower", fn_lower as Func),
    ("upper", fn_upper as Func),
    ("title", fn_title as Func),
    ("truncate", fn_truncate as Func),
    ("pad", fn_pad as Func),
    ("index", fn_index as Func),
    ("print", fn_print as Func),
    ("println", fn_println as Func),
    ("printf", fn_printf as Func),
];

/// docker's header functions: formatting functions return the header text
/// unchanged (`pad` still applies, to keep the columns aligned).
static HEADER_FUNCS: &[(&str, Func)] = &[
    (FMT_FN, fn_print_value as Func),
    ("json", fn_header_identity as Func),
    ("join", fn_header_identity as Func),
    ("split", fn_header_identity as Func),
    ("lower", fn_header_identity as Func),
    ("upper", fn_header_identity as Func),
    ("title", fn_header_identity as Func),
    ("truncate", fn_header_identity as Func),
    ("pad", fn_pad as Func),
    ("index", fn_index as Func),
    ("print", fn_print as Func),
    ("println", fn_println as Func),
    ("printf", fn_printf as Func),
];

fn func_err(msg: impl Into<String>) -> FuncError {
    FuncError::Generic(msg.into())
}

fn arity(name: &str, args: &[Value], n: usize) -> Result<(), FuncError> {
    if args.len() == n {
        Ok(())
    } else {
        Err(FuncError::ExactlyXArgs(name.to_string(), n))
    }
}

fn str_arg<'a>(name: &str, v: &'a Value) -> Result<&'a str, FuncError> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(func_err(format!(
            "{name}: expected a string, got {}",
            go_string(other)
        ))),
    }
}

fn int_arg(name: &str, v: &Value) -> Result<i64, FuncError> {
    match v {
        Value::Number(n) => n
            .as_i64()
            .ok_or_else(|| func_err(format!("{name}: expected an integer, got {n}"))),
        other => Err(func_err(format!(
            "{name}: expected an integer, got {}",
            go_string(other)
        ))),
    }
}

fn fn_print_value(args: &[Value]) -> Result<Value, FuncError> {
    arity(FMT_FN, args, 1)?;
    Ok(Value::String(go_string(&args[0])))
}

fn fn_header_identity(args: &[Value]) -> Result<Value, FuncError> {
    match args.first() {
        Some(v @ Value::String(_)) => Ok(v.clone()),
        _ => Err(func_err("header: expected a string")),
    }
}

fn fn_json(args: &[Value]) -> Result<Value, FuncError> {
    arity("json", args, 1)?;
    let s = serde_json::to_string(&value_to_json(&args[0]))
        .map_err(|e| func_err(format!("json: {e}")))?;
    Ok(Value::String(s))
}

fn fn_join(args: &[Value]) -> Result<Value, FuncError> {
    arity("join", args, 2)?;
    let sep = str_arg("join", &args[1])?;
    match &args[0] {
        Value::Array(a) => Ok(Value::String(
            a.iter().map(go_string).collect::<Vec<_>>().join(sep),
        )),
        other => Err(func_err(format!(
            "join: expected a list, got {}",
            go_string(other)
        ))),
    }
}

fn fn_split(args: &[Value]) -> Result<Value, FuncError> {
    arity("split", args, 2)?;
    let s = str_arg("split", &args[0])?;
    let sep = str_arg("split", &args[1])?;
    let parts: Vec<Value> = if sep.is_empty() {
        s.chars().map(|c| Value::String(c.to_string())).collect()
    } else {
        s.split(sep).map(Value::from).collect()
    };
    Ok(Value::Array(parts))
}

fn fn_lower(args: &[Value]) -> Result<Value, FuncError> {
    arity("lower", args, 1)?;
    Ok(Value::String(str_arg("lower", &args[0])?.to_lowercase()))
}

fn fn_upper(args: &[Value]) -> Result<Value, FuncError> {
    arity("upper", args, 1)?;
    Ok(Value::String(str_arg("upper", &args[0])?.to_uppercase()))
}

/// Go's (deprecated) `strings.Title`: upper-case the first letter of every
/// word, leave the rest alone.
fn fn_title(args: &[Value]) -> Result<Value, FuncError> {
    arity("title", args, 1)?;
    let s = str_arg("title", &args[0])?;
    let is_sep = |c: char| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '_')
        } else {
            c.is_whitespace()
        }
    };
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    for c in s.chars() {
        if is_sep(prev) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        prev = c;
    }
    Ok(Value::String(out))
}

fn fn_truncate(args: &[Value]) -> Result<Value, FuncError> {
    arity("truncate", args, 2)?;
    let s = str_arg("truncate", &args[0])?;
    let n = int_arg("truncate", &args[1])?;
    let n = usize::try_from(n).map_err(|_| func_err(format!("truncate: invalid length {n}")))?;
    Ok(Value::String(s.chars().take(n).collect()))
}

fn fn_pad(args: &[Value]) -> Result<Value, FuncError> {
    arity("pad", args, 3)?;
    let s = go_string(&args[0]);
    let left = int_arg("pad", &args[1])?.max(0) as usize;
    let right = int_arg("pad", &args[2])?.max(0) as usize;
    if s.is_empty() {
        return Ok(Value::String(s));
    }
    Ok(Value::String(format!(
        "{}{s}{}",
        " ".repeat(left),
        " ".repeat(right)
    )))
}

/// Go's `index`: a missing map key gives the zero value ("" for maps of
/// strings such as labels), an out-of-range list index is an error.
fn fn_index(args: &[Value]) -> Result<Value, FuncError> {
    if args.len() < 2 {
        return Err(FuncError::AtLeastXArgs("index".into(), 2));
    }
    let mut cur = args[0].clone();
    for key in &args[1..] {
        cur = match (&cur, key) {
            (Value::Array(a), Value::Number(n)) => {
                let i = n.as_u64().and_then(|i| usize::try_from(i).ok());
                match i.and_then(|i| a.get(i)) {
                    Some(v) => v.clone(),
                    None => return Err(func_err(format!("index: index out of range: {n}"))),
                }
            }
            (Value::Object(o) | Value::Map(o), Value::String(k)) => match o.get(k) {
                Some(v) => v.clone(),
                None if o.values().all(|v| matches!(v, Value::String(_))) => {
                    Value::String(String::new())
                }
                None => Value::NoValue,
            },
            (Value::Nil | Value::NoValue, _) => {
                return Err(func_err("index of untyped nil"));
            }
            (c, k) => {
                return Err(func_err(format!(
                    "can't index item {} with {}",
                    go_string(c),
                    go_string(k)
                )))
            }
        };
    }
    Ok(cur)
}

/// Go's `fmt.Sprint`: spaces between operands when neither is a string.
fn fn_print(args: &[Value]) -> Result<Value, FuncError> {
    let mut out = String::new();
    for (i, v) in args.iter().enumerate() {
        let is_str = matches!(v, Value::String(_));
        if i > 0 && !is_str && !matches!(args[i - 1], Value::String(_)) {
            out.push(' ');
        }
        out.push_str(&go_string(v));
    }
    Ok(Value::String(out))
}

/// Go's `printf` on top of gtmpl's: `%s`/`%v` operands are formatted here
/// (gtmpl cannot `%v` floats, negative numbers, lists, maps or nil, and
/// left-aligns padded strings), everything else is left to gtmpl.
fn fn_printf(args: &[Value]) -> Result<Value, FuncError> {
    // gtmpl copies `%%` through verbatim, so literal percent signs travel as a
    // private-use placeholder and become `%` at the end.
    const PERCENT: &str = "\u{F8FF}";
    let tokens = match args.first() {
        Some(Value::String(fmt)) => printf_tokens(fmt),
        _ => None,
    };
    let Some(tokens) = tokens else {
        return gtmpl::funcs::printf(args);
    };
    let mut fmt = String::new();
    let mut rest = vec![Value::Nil];
    let mut operands = args[1..].iter();
    for tok in tokens {
        match tok {
            PrintfToken::Text(t) => fmt.push_str(t),
            PrintfToken::Percent => fmt.push_str(PERCENT),
            PrintfToken::Verb {
                spec,
                verb,
                minus,
                width,
                precision,
            } => match operands.next() {
                None => fmt.push_str(&format!("{PERCENT}!{verb}(MISSING)")),
                Some(v) if verb == 'v' || (verb == 's' && matches!(v, Value::String(_))) => {
                    let mut s = go_string(v);
                    if let Some(p) = precision {
                        s = s.chars().take(p).collect();
                    }
                    let fill = " ".repeat(width.saturating_sub(s.chars().count()));
                    let s = if minus { s + &fill } else { fill + &s };
                    fmt.push_str(&s.replace('%', PERCENT));
                }
                Some(v) => {
                    fmt.push_str(spec);
                    rest.push(v.clone());
                }
            },
        }
    }
    rest[0] = Value::String(fmt);
    match gtmpl::funcs::printf(&rest)? {
        Value::String(s) => Ok(Value::String(s.replace(PERCENT, "%"))),
        other => Ok(other),
    }
}

enum PrintfToken<'a> {
    Text(&'a str),
    Percent,
    Verb {
        spec: &'a str,
        verb: char,
        minus: bool,
        width: usize,
        precision: Option<usize>,
    },
}

/// Splits a printf format into text and verbs; `None` for what is left to
/// gtmpl as is (explicit operand indexes `%[2]v`, `*` widths, missing verb).
fn printf_tokens(fmt: &str) -> Option<Vec<PrintfToken<'_>>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(off) = fmt[pos..].find('%') {
        let start = pos + off;
        if start > pos {
            out.push(PrintfToken::Text(&fmt[pos..start]));
        }
        let mut chars = fmt[start + 1..].char_indices().peekable();
        if let Some((_, '%')) = chars.peek() {
            out.push(PrintfToken::Percent);
            pos = start + 2;
            continue;
        }
        let mut minus = false;
        let mut width = 0usize;
        let mut precision: Option<usize> = None;
        let mut in_precision = false;
        let end = loop {
            let (i, c) = chars.next()?;
            match c {
                '-' if !in_precision => minus = true,
                '+' | '#' | ' ' | '0' if !in_precision && width == 0 => {}
                '.' => {
                    in_precision = true;
                    precision = Some(0);
                }
                '0'..='9' => {
                    let d = c as usize - '0' as usize;
                    if in_precision {
                        precision = precision.map(|p| p * 10 + d);
                    } else {
                        width = width * 10 + d;
                    }
                }
                '[' | '*' => return None,
                verb => {
                    let end = start + 1 + i + verb.len_utf8();
                    out.push(PrintfToken::Verb {
                        spec: &fmt[start..end],
                        verb,
                        minus,
                        width,
                        precision,
                    });
                    break end;
                }
            }
        };
        pos = end;
    }
    if pos < fmt.len() {
        out.push(PrintfToken::Text(&fmt[pos..]));
    }
    Some(out)
}

/// Go's `fmt.Sprintln`: operands separated by spaces, newline appended.
fn fn_println(args: &[Value]) -> Result<Value, FuncError> {
    let mut out = args.iter().map(go_string).collect::<Vec<_>>().join(" ");
    out.push('\n');
    Ok(Value::String(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const IMAGES_TABLE: &str = "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";
    const IMAGE_HEADERS: &[(&str, &str)] = &[
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("ID", "IMAGE ID"),
        ("CreatedSince", "CREATED"),
        ("Size", "SIZE"),
    ];

    fn images() -> Vec<Json> {
        vec![
            json!({"Repository": "alpine", "Tag": "latest", "ID": "abc123",
                   "CreatedSince": "2 days ago", "Size": "7.8MB"}),
            json!({"Repository": "verylongrepositoryname", "Tag": "1", "ID": "def",
                   "CreatedSince": "1 hour ago", "Size": "100MB"}),
        ]
    }

    fn one(t: &str, v: &Json) -> String {
        render_one(t, v).unwrap_or_else(|e| panic!("{t:?}: {e}"))
    }

    fn err(t: &str, v: &Json) -> String {
        render_one(t, v).unwrap_err().to_string()
    }

    fn inspect_data() -> Json {
        json!({
            "Id": "0123456789ab",
            "Name": "/web",
            "State": {"Status": "running", "Running": true, "Pid": 4242, "ExitCode": 0},
            "Config": {
                "Cmd": ["sh", "-c", "echo hi"],
                "Env": [],
                "Labels": {"com.example.app": "web", "tier": "front"}
            },
            "Mounts": [{"Source": "/a", "Destination": "/b"}, {"Source": "/c", "Destination": "/d"}],
            "SizeRw": 123,
            "Big": 1234567890123u64,
            "Neg": -5,
            "Whole": 2.0,
            "Frac": 1.5,
            "NegFrac": -2.5,
            "Nothing": null
        })
    }

    #[test]
    fn parse_format() {
        assert_eq!(Format::parse(""), Format::Table(None));
        assert_eq!(Format::parse("table"), Format::Table(None));
        assert_eq!(Format::parse("table  "), Format::Table(None));
        assert_eq!(
            Format::parse("table {{.ID}}\\t{{.Size}}"),
            Format::Table(Some("{{.ID}}\\t{{.Size}}".into()))
        );
        assert_eq!(Format::parse("json"), Format::Json);
        assert_eq!(
            Format::parse("{{json .}}"),
            Format::Raw("{{json .}}".into())
        );
        assert_eq!(Format::parse("{{.ID}}"), Format::Raw("{{.ID}}".into()));
    }

    #[test]
    fn default_table_is_aligned_like_docker() {
        let out =
            render_items(&Format::Table(None), IMAGES_TABLE, IMAGE_HEADERS, &images()).unwrap();
        // docker: width = max(10, longest cell + 3); the last column is not padded.
        let row = |a: &str, b: &str, c: &str, d: &str, e: &str| {
            format!("{a:<25}{b:<10}{c:<11}{d:<13}{e}\n")
        };
        let expected = row("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE")
            + &row("alpine", "latest", "abc123", "2 days ago", "7.8MB")
            + &row("verylongrepositoryname", "1", "def", "1 hour ago", "100MB");
        assert_eq!(out, expected);
    }

    #[test]
    fn table_two_columns_padding() {
        let items = vec![
            json!({"A": "x", "B": "1"}),
            json!({"A": "longer-than-ten", "B": "2"}),
        ];
        let out = render_items(&Format::parse("table {{.A}}\t{{.B}}"), "", &[], &items).unwrap();
        // "longer-than-ten" is 15 wide: column = 15 + 3.
        assert_eq!(
            out,
            "A                 B\n\
             x                 1\n\
             longer-than-ten   2\n"
        );
        // Short columns still get docker's minimum width of 10.
        let out = render_items(&Format::parse("table {{.B}}\t{{.A}}"), "", &[], &items).unwrap();
        assert_eq!(out, "B         A\n1         x\n2         longer-than-ten\n");
    }

    #[test]
    fn table_header_without_items() {
        let out = render_items(&Format::Table(None), IMAGES_TABLE, IMAGE_HEADERS, &[]).unwrap();
        assert_eq!(out, "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n");
        // A default given with docker's "table " prefix works too.
        let with_prefix = format!("table {IMAGES_TABLE}");
        let out2 = render_items(&Format::parse("table"), &with_prefix, IMAGE_HEADERS, &[]).unwrap();
        assert_eq!(out, out2);
    }

    #[test]
    fn custom_table_with_literal_backslash_t_and_header_mapping() {
        let out = render_items(
            &Format::parse(r"table {{.ID}}\t{{.Size}}"),
            IMAGES_TABLE,
            IMAGE_HEADERS,
            &images()[..1],
        )
        .unwrap();
        assert_eq!(out, "IMAGE ID   SIZE\nabc123     7.8MB\n");
    }

    #[test]
    fn table_header_derived_for_unmapped_and_nested_fields() {
        let items =
            vec![json!({"CreatedAt": "now", "IPAddresses": "1.2.3.4", "State": {"Status": "up"}})];
        let out = render_items(
            &Format::parse(r"table {{.CreatedAt}}\t{{.IPAddresses}}\t{{.State.Status}}"),
            "",
            &[],
            &items,
        )
        .unwrap();
        assert_eq!(
            out,
            "CREATED AT   IP ADDRESSES   STATUS\n\
             now          1.2.3.4        up\n"
        );
        assert_eq!(derive_header("ID"), "ID");
        assert_eq!(derive_header("LocalVolumes"), "LOCAL VOLUMES");
        assert_eq!(derive_header("Size"), "SIZE");
    }

    #[test]
    fn table_header_keeps_names_under_functions() {
        // docker's header functions leave the header text alone, except pad.
        let out = render_items(
            &Format::parse(r"table {{lower .Tag}}\t{{truncate .ID 2}}|{{pad .Size 1 1}}|"),
            "",
            IMAGE_HEADERS,
            &images()[..1],
        )
        .unwrap();
        assert_eq!(out, "TAG       IMAGE ID| SIZE |\nlatest    ab| 7.8MB |\n");
    }

    #[test]
    fn table_with_json_function() {
        let items = vec![json!({"B": 1, "A": "x"})];
        let out = render_items(&Format::parse("table {{json .}}"), "", &[], &items).unwrap();
        // docker's header json() only takes strings, so the header line is empty.
        assert_eq!(out, "\n{\"A\":\"x\",\"B\":1}\n");
    }

    #[test]
    fn json_format() {
        let out = render_items(&Format::Json, IMAGES_TABLE, IMAGE_HEADERS, &images()).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(out.ends_with('\n'));
        assert_eq!(serde_json::from_str::<Json>(lines[0]).unwrap(), images()[0]);
        assert!(!lines[0].contains(' ') || lines[0].contains("2 days ago"));
        assert!(!lines[0].contains(": "));
        assert_eq!(render_items(&Format::Json, "", &[], &[]).unwrap(), "");
    }

    #[test]
    fn raw_format() {
        let f = Format::parse(r"{{.Repository}}:{{.Tag}}\t{{.Size}}");
        let out = render_items(&f, IMAGES_TABLE, IMAGE_HEADERS, &images()).unwrap();
        assert_eq!(
            out,
            "alpine:latest\t7.8MB\nverylongrepositoryname:1\t100MB\n"
        );
        assert_eq!(render_items(&f, "", &[], &[]).unwrap(), "");
        let out = render_items(&Format::parse("{{json .}}"), "", &[], &images()[..1]).unwrap();
        assert_eq!(
            out,
            "{\"CreatedSince\":\"2 days ago\",\"ID\":\"abc123\",\"Repository\":\"alpine\",\"Size\":\"7.8MB\",\"Tag\":\"latest\"}\n"
        );
    }

    #[test]
    fn plain_templates_render_as_gtmpl_does() {
        let items = vec![
            json!({"ID": "abc", "Count": 3, "Big": 1234567890123u64, "Neg": -5,
                   "On": true, "Off": false, "Empty": ""}),
            json!({"ID": "def", "Count": 0, "Big": 0, "Neg": 7,
                   "On": false, "Off": true, "Empty": ""}),
        ];
        let gtmpl_rows = |text: &str| {
            let tmpl = build_template(text, ROW_FUNCS).unwrap();
            items
                .iter()
                .map(|i| execute(&tmpl, i).unwrap() + "\n")
                .collect::<String>()
        };
        for text in [
            "{{.ID}}",
            "{{ .ID }}:{{.Count}}\t{{.Big}} {{.Neg}} {{.On}}/{{.Off}}[{{.Empty}}]",
            "plain text }} only",
        ] {
            assert_eq!(
                plain_rows(text, &items).as_deref(),
                Some(gtmpl_rows(text).as_str()),
                "{text}"
            );
            let header = render_header(text, &[("ID", "CONTAINER ID")]).unwrap();
            assert_eq!(
                plain_header(text, &[("ID", "CONTAINER ID")]),
                Some(header),
                "{text}"
            );
        }
        // Anything else goes to gtmpl: functions, pipes, nested fields, trim
        // markers, missing fields and values that are not scalars.
        for text in [
            "{{json .}}",
            "{{.ID | upper}}",
            "{{.State.Status}}",
            "{{- .ID}}",
            "{{.Nope}}",
        ] {
            assert!(plain_rows(text, &items).is_none(), "{text}");
        }
        assert!(plain_rows("{{.L}}", &[json!({"L": [1]})]).is_none());
        assert!(plain_rows("{{.F}}", &[json!({"F": 1.5})]).is_none());
    }

    #[test]
    fn nested_fields_index_range_if() {
        let v = inspect_data();
        assert_eq!(one("{{.State.Status}}", &v), "running");
        assert_eq!(one("{{ .State.Pid }}", &v), "4242");
        assert_eq!(one(r#"{{index .Config.Labels "tier"}}"#, &v), "front");
        assert_eq!(
            one(r#"{{index .Config.Labels "com.example.app"}}"#, &v),
            "web"
        );
        assert_eq!(one(r#"[{{index .Config.Labels "missing"}}]"#, &v), "[]");
        assert_eq!(one("{{index .Config.Cmd 1}}", &v), "-c");
        assert_eq!(
            one("{{range .Mounts}}{{.Source}}:{{.Destination}} {{end}}", &v),
            "/a:/b /c:/d "
        );
        assert_eq!(
            one(
                "{{range $i, $m := .Mounts}}{{$i}}={{$m.Source}};{{end}}",
                &v
            ),
            "0=/a;1=/c;"
        );
        assert_eq!(one("{{if .State.Running}}up{{else}}down{{end}}", &v), "up");
        assert_eq!(
            one("{{if .Config.Env}}env{{else}}noenv{{end}}", &v),
            "noenv"
        );
        assert_eq!(
            one(r#"{{if eq .State.Status "running"}}yes{{end}}"#, &v),
            "yes"
        );
        assert_eq!(one("{{with .State}}{{.ExitCode}}{{end}}", &v), "0");
        assert_eq!(one("{{$n := .Name}}{{$n}}", &v), "/web");
        assert_eq!(one("{{len .Mounts}}", &v), "2");
        assert_eq!(
            one("{{- .Name -}} {{/* comment */}} {{- .Id}}", &v),
            "/web0123456789ab"
        );
    }

    #[test]
    fn values_print_like_go() {
        let v = inspect_data();
        assert_eq!(one("{{.Config.Cmd}}", &v), "[sh -c echo hi]");
        assert_eq!(one("{{.Config.Env}}", &v), "[]");
        assert_eq!(
            one("{{.Config.Labels}}", &v),
            "map[com.example.app:web tier:front]"
        );
        assert_eq!(one("{{.Nothing}}", &v), "<nil>");
        assert_eq!(one("{{.State.Running}}", &v), "true");
        assert_eq!(
            one("{{println .Config.Cmd .SizeRw}}", &v),
            "[sh -c echo hi] 123\n"
        );
        assert_eq!(one(r#"{{print "a" 1 2 "b"}}"#, &v), "a1 2b");
        assert_eq!(
            one(
                r#"{{printf "%v|%d%%|%5s|%v" .Frac .Neg "x" .Config.Cmd}}"#,
                &v
            ),
            "1.5|-5%|    x|[sh -c echo hi]"
        );
        assert_eq!(
            one(
                r#"{{printf "%-4s|%.2s|%3d|%x|%s" "ab" "xyz" 7 255 "%d"}}"#,
                &v
            ),
            "ab  |xy|  7|ff|%d"
        );
        assert_eq!(one(r#"{{printf "%s %s" "a"}}"#, &v), "a %!s(MISSING)");
    }

    #[test]
    fn integer_formatting() {
        let v = inspect_data();
        assert_eq!(one("{{.SizeRw}}", &v), "123");
        assert_eq!(one("{{.Big}}", &v), "1234567890123");
        assert_eq!(one("{{.Neg}}", &v), "-5");
        assert_eq!(one("{{.Whole}}", &v), "2");
        assert_eq!(one("{{.Frac}}", &v), "1.5");
        assert_eq!(one("{{.NegFrac}}", &v), "-2.5");
        assert_eq!(one("{{json .SizeRw}}", &v), "123");
        let items = vec![json!({"Size": 123})];
        let out = render_items(&Format::parse("{{.Size}}"), "", &[], &items).unwrap();
        assert_eq!(out, "123\n");
    }

    #[test]
    fn json_function() {
        let v = inspect_data();
        assert_eq!(
            one("{{json .State}}", &v),
            r#"{"ExitCode":0,"Pid":4242,"Running":true,"Status":"running"}"#
        );
        assert_eq!(one("{{json .Config.Cmd}}", &v), r#"["sh","-c","echo hi"]"#);
        assert_eq!(one("{{json .Name}}", &v), r#""/web""#);
        assert_eq!(one("{{json .Nothing}}", &v), "null");
        // No HTML escaping (docker uses SetEscapeHTML(false)).
        assert_eq!(one("{{json .}}", &json!({"a": "<&>"})), r#"{"a":"<&>"}"#);
        let mut v = v;
        // Integral floats come back as integers (Go's encoder prints 2.0 as 2
        // as well); negative fractions are a known gtmpl gap (kept as text).
        assert_eq!(one("{{json .Whole}}", &v), "2");
        v.as_object_mut().unwrap().remove("NegFrac");
        v.as_object_mut().unwrap().remove("Whole");
        let whole = one("{{json .}}", &v);
        assert_eq!(serde_json::from_str::<Json>(&whole).unwrap(), v);
    }

    #[test]
    fn string_functions() {
        let v = json!({"S": "Hello World", "L": ["a", "b", "c"], "C": "a,b,c", "E": "", "W": "hello wide-world_x"});
        assert_eq!(one(r#"{{join .L ", "}}"#, &v), "a, b, c");
        assert_eq!(one("{{lower .S}}", &v), "hello world");
        assert_eq!(one("{{upper .S}}", &v), "HELLO WORLD");
        assert_eq!(one("{{title .W}}", &v), "Hello Wide-World_x");
        assert_eq!(one(r#"{{split .C ","}}"#, &v), "[a b c]");
        assert_eq!(one(r#"{{index (split .C ",") 1}}"#, &v), "b");
        assert_eq!(one(r#"{{join (split .C ",") "|"}}"#, &v), "a|b|c");
        assert_eq!(
            one(r#"{{range split .C ","}}<{{.}}>{{end}}"#, &v),
            "<a><b><c>"
        );
        assert_eq!(one("{{truncate .S 5}}", &v), "Hello");
        assert_eq!(one("{{truncate .S 50}}", &v), "Hello World");
        assert_eq!(one("[{{pad .S 2 1}}]", &v), "[  Hello World ]");
        assert_eq!(one("[{{pad .E 2 1}}]", &v), "[]");
        assert_eq!(one("{{.S | upper | lower}}", &v), "hello world");
        assert_eq!(one("{{println .S}}", &v), "Hello World\n");
    }

    #[test]
    fn errors_are_one_line_template_parsing_errors() {
        let v = inspect_data();
        for bad in [
            "{{.Name",
            "{{nosuchfunc .Name}}",
            "{{if .Name}}x",
            "{{.Name}}\n{{end}}",
        ] {
            let e = err(bad, &v);
            assert!(e.starts_with("template parsing error: "), "{bad:?}: {e}");
            assert!(!e.contains('\n'), "{bad:?}: {e}");
        }
        let e = err("{{.NoSuchField}}", &v);
        assert!(e.starts_with("template parsing error: "), "{e}");
        assert!(e.contains("NoSuchField"), "{e}");
        assert!(err("{{upper .SizeRw}}", &v).starts_with("template parsing error: "));
        assert!(err("{{index .Config.Cmd 9}}", &v).starts_with("template parsing error: "));

        let e = render_items(&Format::parse("table {{.Nope}}"), "", &[], &images()).unwrap_err();
        assert!(e.to_string().starts_with("template parsing error: "), "{e}");
        let e = render_items(&Format::parse("{{.ID"), "", &[], &[]).unwrap_err();
        assert!(e.to_string().starts_with("template parsing error: "), "{e}");
    }

    #[test]
    fn empty_templates() {
        assert_eq!(render_one("", &json!({})).unwrap(), "");
        let out = render_items(&Format::parse(" "), "", &[], &images()).unwrap();
        assert_eq!(out, "\n\n");
    }

    #[test]
    fn quoted_delimiters_are_not_actions() {
        let v = json!({"A": "x"});
        assert_eq!(one(r#"{{"}}"}}-{{.A}}"#, &v), "}}-x");
        assert_eq!(one("{{`{{}}`}}", &v), "{{}}");
        assert_eq!(one(r#"{{printf "%s=%s" "k" .A}}"#, &v), "k=x");
        let v = json!({"Név": "ü", "A": "x"});
        assert_eq!(one(r#"é {{.Név}} {{"ö}}"}} {{ .A -}} ä"#, &v), "é ü ö}} xä");
        let out = render_items(&Format::parse("table {{.Név}}\t{{.A}}"), "", &[], &[v]).unwrap();
        assert_eq!(out, "NÉV       A\nü         x\n");
    }
}
