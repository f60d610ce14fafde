//! BuildKit's own parser cases (tests/dockerfile-cases, from
//! frontend/dockerfile/parser/testfiles): each Dockerfile, parsed by skiff,
//! dumped in the shape of BuildKit's `Node.Dump()`, must equal its `result`;
//! each negative case must be refused. The dump re-splits the arguments as
//! BuildKit's line parsers do, so what is compared is skiff's reading of the
//! file: instructions, lines joined, comments, flags, JSON or shell form, and
//! each instruction's argument text.

use std::path::{Path, PathBuf};

use super::dockerfile::{parse, Args, Instruction};

fn cases(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/dockerfile-cases")
        .join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("reading {}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Go's strconv.Quote.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// BuildKit's parseWords: words split on whitespace, quotes and escapes kept.
fn words(rest: &str, escape: char) -> Vec<String> {
    let chars: Vec<char> = rest.chars().collect();
    let mut out = Vec::new();
    let mut word = String::new();
    let mut blank_ok = false;
    let mut quote: Option<char> = None;
    let mut in_word = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !in_word && quote.is_none() {
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            in_word = true;
        }
        match quote {
            None => {
                if c.is_whitespace() {
                    if blank_ok || !word.is_empty() {
                        out.push(std::mem::take(&mut word));
                    }
                    blank_ok = false;
                    in_word = false;
                    i += 1;
                    continue;
                }
                if c == '\'' || c == '"' {
                    quote = Some(c);
                    blank_ok = true;
                }
                if c == escape {
                    if i + 1 == chars.len() {
                        i += 1;
                        continue;
                    }
                    word.push(c);
                    i += 1;
                }
                word.push(chars[i]);
            }
            Some(q) => {
                if c == q {
                    quote = None;
                }
                if c == escape && q != '\'' {
                    if i + 1 == chars.len() {
                        quote = None;
                        i += 1;
                        continue;
                    }
                    word.push(c);
                    i += 1;
                }
                word.push(chars[i]);
            }
        }
        i += 1;
    }
    if (in_word || quote.is_some()) && (blank_ok || !word.is_empty()) {
        out.push(word);
    }
    out
}

fn whitespace_split(rest: &str) -> Vec<String> {
    if rest.is_empty() {
        return Vec::new();
    }
    rest.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// ENV and LABEL: `key value ""` (legacy) or `key value "="` per pair.
fn name_values(rest: &str, escape: char) -> Vec<String> {
    let ws = words(rest, escape);
    let Some(first) = ws.first() else {
        return Vec::new();
    };
    if !first.contains('=') {
        let (k, v) = rest
            .split_once(char::is_whitespace)
            .map(|(k, v)| (k, v.trim_start()))
            .unwrap_or((rest, ""));
        return vec![k.to_string(), v.to_string(), String::new()];
    }
    ws.iter()
        .flat_map(|w| {
            let (k, v) = w.split_once('=').unwrap_or((w, ""));
            [k.to_string(), v.to_string(), "=".to_string()]
        })
        .collect()
}

fn listed(args: &Args, split: impl Fn(&str) -> Vec<String>) -> Vec<String> {
    match args {
        Args::Exec(v) => v.clone(),
        Args::Shell(s) => split(s),
    }
}

fn dump(ins: &Instruction, escape: char) -> String {
    let mut out = ins.keyword.to_lowercase();
    if !ins.flags.is_empty() {
        let flags: Vec<String> = ins
            .flags
            .iter()
            .map(|(k, v)| {
                if v.is_empty() {
                    go_quote(&format!("--{k}"))
                } else {
                    go_quote(&format!("--{k}={v}"))
                }
            })
            .collect();
        out.push_str(&format!(" [{}]", flags.join(" ")));
    }
    let text = ins.args.text();
    let values: Vec<String> = match ins.keyword.as_str() {
        "ONBUILD" => {
            let inner = parse(&text).expect("ONBUILD's instruction parses");
            return format!("{out} ({})", dump(&inner[0], escape));
        }
        "HEALTHCHECK" => {
            let rest = text.trim_start();
            let (typ, cmd) = rest
                .split_once(char::is_whitespace)
                .map(|(t, c)| (t, c.trim_start()))
                .unwrap_or((rest, ""));
            if typ.is_empty() {
                return out;
            }
            let mut v = vec![typ.to_string()];
            match serde_json::from_str::<Vec<String>>(cmd) {
                Ok(list) if cmd.starts_with('[') => v.extend(list),
                _ if cmd.is_empty() => {}
                _ => v.push(cmd.to_string()),
            }
            v
        }
        "ADD" | "COPY" | "VOLUME" => listed(&ins.args, whitespace_split),
        "RUN" | "CMD" | "ENTRYPOINT" | "SHELL" => listed(&ins.args, |s| {
            if s.is_empty() {
                Vec::new()
            } else {
                vec![s.to_string()]
            }
        }),
        "FROM" | "EXPOSE" => whitespace_split(&text),
        "ENV" | "LABEL" => name_values(&text, escape),
        "ARG" => words(&text, escape),
        _ => vec![text.clone()],
    };
    for v in values {
        out.push(' ');
        out.push_str(&go_quote(&v));
    }
    out.trim().to_string()
}

/// The escape token a Dockerfile's `# escape=` directive sets.
fn escape_of(text: &str) -> char {
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix('#') else {
            break;
        };
        match rest.split_once('=') {
            Some((k, v)) if k.trim().eq_ignore_ascii_case("escape") => {
                return if v.trim() == "`" { '`' } else { '\\' };
            }
            Some(_) => {}
            None => break,
        }
    }
    '\\'
}

#[test]
fn buildkit_parser_cases_read_as_buildkit_reads_them() {
    let mut failures = Vec::new();
    let all = cases("testfiles");
    assert!(all.len() >= 30, "the cases are there");
    for case in &all {
        let text = std::fs::read_to_string(case.join("Dockerfile")).expect("Dockerfile");
        let want = std::fs::read_to_string(case.join("result")).expect("result");
        let escape = escape_of(&text);
        let got = match parse(&text) {
            Ok(list) => list
                .iter()
                .map(|i| format!("({})\n", dump(i, escape)))
                .collect::<String>(),
            Err(e) => format!("error: {e:#}\n"),
        };
        if got != want {
            failures.push(format!(
                "{}:\n--- want\n{want}--- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn buildkit_negative_cases_are_refused() {
    for case in cases("testfiles-negative") {
        let text = std::fs::read_to_string(case.join("Dockerfile")).expect("Dockerfile");
        assert!(parse(&text).is_err(), "{} parsed", case.display());
    }
}
