//! Dockerfiles read as BuildKit reads them: parser directives, line
//! continuations, comments, case-insensitive instructions, JSON (exec) and
//! shell forms, and `$VAR` / `${VAR:-word}` / `${VAR:+word}` substitution.
//! Every error names the file's line. (No crate parses all of BuildKit's
//! grammar; research build.md §4.)

use std::collections::HashMap;

use anyhow::{anyhow, bail, Result};

/// One instruction, with the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Instruction {
    pub line: usize,
    /// Upper-case keyword: `RUN`, `COPY`, ...
    pub keyword: String,
    /// `--name=value` flags before the arguments.
    pub flags: Vec<(String, String)>,
    pub args: Args,
    /// The instruction as written (continuations joined), for history and progress.
    pub original: String,
    /// Here-documents (`<<EOF` ... `EOF`) of RUN, COPY and ADD, in order.
    pub heredocs: Vec<Heredoc>,
}

/// One here-document.
#[derive(Debug, Clone, PartialEq)]
pub struct Heredoc {
    /// The delimiter word (also a COPY heredoc's file name).
    pub name: String,
    /// The lines between the marker and the delimiter, each ending in `\n`.
    pub body: String,
    /// An unquoted delimiter: `$VAR`s in the body are expanded.
    pub expand: bool,
}

/// The heredoc markers of an instruction line: `<<EOF`, `<<-EOF`, `<<"EOF"`,
/// `<<'EOF'` — (delimiter, strip leading tabs, expand).
fn heredoc_markers(line: &str) -> Vec<(String, bool, bool)> {
    line.split_whitespace()
        .filter_map(|w| {
            let rest = w.strip_prefix("<<")?;
            if rest.starts_with('<') {
                return None;
            }
            let (strip, rest) = match rest.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            let quoted = rest.starts_with(['"', '\'']);
            let name: String = rest
                .trim_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
                .collect();
            (!name.is_empty()).then_some((name, strip, !quoted))
        })
        .collect()
}

/// An instruction's arguments: exec (JSON) form or shell form.
#[derive(Debug, Clone, PartialEq)]
pub enum Args {
    Exec(Vec<String>),
    Shell(String),
}

impl Args {
    pub fn text(&self) -> String {
        match self {
            Args::Exec(v) => v.join(" "),
            Args::Shell(s) => s.clone(),
        }
    }
}

const KEYWORDS: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

/// Parses a Dockerfile's text.
pub fn parse(text: &str) -> Result<Vec<Instruction>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let mut escape = '\\';
    let mut i = 0;
    // Parser directives: `# name=value` lines at the very top.
    while i < lines.len() {
        let Some(rest) = lines[i].trim().strip_prefix('#') else {
            break;
        };
        let Some((name, value)) = rest.split_once('=') else {
            break;
        };
        let name = name.trim().to_lowercase();
        if name.is_empty() || name.contains(char::is_whitespace) {
            break;
        }
        if name == "escape" {
            escape = match value.trim() {
                "`" => '`',
                "\\" => '\\',
                other => bail!(
                    "line {}: invalid escape token '{other}' does not validate",
                    i + 1
                ),
            };
        }
        i += 1;
    }
    let mut out = Vec::new();
    while i < lines.len() {
        let start = i;
        let first = lines[i].trim_start();
        i += 1;
        if first.is_empty() || first.starts_with('#') {
            continue;
        }
        // Join continuation lines; comments and blank lines inside are skipped.
        let mut logical = String::new();
        let mut current = first.to_string();
        loop {
            match continued(&current, escape) {
                Some(body) => {
                    logical.push_str(body);
                    let mut next = None;
                    while i < lines.len() {
                        let l = lines[i];
                        i += 1;
                        let t = l.trim_start();
                        if t.starts_with('#') || t.is_empty() {
                            continue;
                        }
                        next = Some(l.to_string());
                        break;
                    }
                    match next {
                        Some(n) => current = n,
                        None => break,
                    }
                }
                None => {
                    logical.push_str(current.trim_end());
                    break;
                }
            }
        }
        let logical = logical.trim_end();
        let mut ins = instruction(start + 1, logical)?;
        if matches!(ins.keyword.as_str(), "RUN" | "COPY" | "ADD") {
            for (name, strip, expand) in heredoc_markers(logical) {
                let mut body = String::new();
                let mut closed = false;
                while i < lines.len() {
                    let l = lines[i];
                    i += 1;
                    let l = if strip { l.trim_start_matches('\t') } else { l };
                    if l == name {
                        closed = true;
                        break;
                    }
                    body.push_str(l);
                    body.push('\n');
                }
                if !closed {
                    bail!(
                        "dockerfile parse error on line {}: unterminated heredoc {name}",
                        start + 1
                    );
                }
                ins.heredocs.push(Heredoc { name, body, expand });
            }
        }
        out.push(ins);
    }
    if out.is_empty() {
        bail!("the Dockerfile (or its text) cannot be empty");
    }
    Ok(out)
}

/// A line that continues on the next: what comes before its escape token.
/// BuildKit's rule: the token ends the line (spaces and tabs aside) and is not
/// itself escaped (`\\` at the end is a backslash, not a continuation).
fn continued(line: &str, escape: char) -> Option<&str> {
    let t = line.trim_end_matches([' ', '\t', '\r']);
    let body = t.strip_suffix(escape)?;
    (body.is_empty() || !body.ends_with(escape)).then_some(body)
}

fn instruction(line: usize, logical: &str) -> Result<Instruction> {
    let (word, rest) = logical
        .split_once(char::is_whitespace)
        .unwrap_or((logical, ""));
    let keyword = word.to_uppercase();
    if !KEYWORDS.contains(&keyword.as_str()) {
        bail!("dockerfile parse error on line {line}: unknown instruction: {word}");
    }
    let mut rest = rest.trim_start();
    let mut flags = Vec::new();
    while let Some(flag) = rest.strip_prefix("--") {
        let end = flag.find(char::is_whitespace).unwrap_or(flag.len());
        if end == 0 {
            // A bare `--` ends the flags.
            rest = flag.trim_start();
            break;
        }
        let (name, value) = flag[..end].split_once('=').unwrap_or((&flag[..end], ""));
        flags.push((name.to_lowercase(), value.to_string()));
        rest = flag[end..].trim_start();
    }
    let args = if rest.starts_with('[') {
        match serde_json::from_str::<Vec<serde_json::Value>>(rest) {
            Ok(list) => Args::Exec(
                list.into_iter()
                    .map(|v| match v {
                        serde_json::Value::String(s) => Ok(s),
                        _ => Err(anyhow!("dockerfile parse error on line {line}: when using JSON array syntax, arrays must be comprised of strings only")),
                    })
                    .collect::<Result<_>>()?,
            ),
            Err(_) => Args::Shell(rest.to_string()),
        }
    } else {
        Args::Shell(rest.to_string())
    };
    // (HEALTHCHECK's own check comes when it is built, as in BuildKit.)
    let may_be_empty = matches!(
        keyword.as_str(),
        "RUN" | "CMD" | "ENTRYPOINT" | "HEALTHCHECK"
    );
    if args.text().is_empty() && !may_be_empty {
        bail!("dockerfile parse error on line {line}: {keyword} requires at least one argument");
    }
    if matches!(keyword.as_str(), "ENV" | "LABEL") {
        let text = args.text();
        let first = text.split_whitespace().next().unwrap_or("");
        if !first.contains('=') && text.split_whitespace().nth(1).is_none() {
            bail!("dockerfile parse error on line {line}: {keyword} must have two arguments");
        }
    }
    Ok(Instruction {
        line,
        keyword,
        flags,
        args,
        original: logical.to_string(),
        heredocs: Vec::new(),
    })
}

/// `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}`; `\$` is a literal `$`.
pub fn expand(text: &str, vars: &HashMap<String, String>) -> Result<String> {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'$') => {
                out.push('$');
                chars.next();
            }
            '$' => match chars.peek() {
                Some('{') => {
                    chars.next();
                    let mut inner = String::new();
                    let mut depth = 1;
                    for c in chars.by_ref() {
                        match c {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        inner.push(c);
                    }
                    if depth != 0 {
                        bail!("missing '}}' in {text:?}");
                    }
                    out.push_str(&braced(&inner, vars)?);
                }
                Some(c) if c.is_ascii_alphanumeric() || *c == '_' => {
                    let mut name = String::new();
                    while let Some(c) = chars.peek() {
                        if c.is_ascii_alphanumeric() || *c == '_' {
                            name.push(*c);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    out.push_str(vars.get(&name).map(String::as_str).unwrap_or(""));
                }
                _ => out.push('$'),
            },
            c => out.push(c),
        }
    }
    Ok(out)
}

fn braced(inner: &str, vars: &HashMap<String, String>) -> Result<String> {
    if let Some((name, word)) = inner.split_once(":-") {
        return Ok(match vars.get(name).filter(|v| !v.is_empty()) {
            Some(v) => v.clone(),
            None => expand(word, vars)?,
        });
    }
    if let Some((name, word)) = inner.split_once(":+") {
        return Ok(match vars.get(name).filter(|v| !v.is_empty()) {
            Some(_) => expand(word, vars)?,
            None => String::new(),
        });
    }
    if !inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || inner.is_empty() {
        return Err(anyhow!("unsupported modifier in ${{{inner}}}"));
    }
    Ok(vars.get(inner).cloned().unwrap_or_default())
}

/// `KEY=VALUE ...` pairs (ENV, LABEL, ARG), quotes and escapes removed; the
/// legacy `ENV KEY VALUE` form when `legacy` allows it.
pub fn key_values(text: &str, legacy: bool) -> Result<Vec<(String, String)>> {
    let words = crate::engine::shell_words::split(text)?;
    if legacy && words.first().is_some_and(|w| !w.contains('=')) {
        let (key, value) = text
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| anyhow!("{text:?} needs a name and a value"))?;
        return Ok(vec![(key.to_string(), value.trim().to_string())]);
    }
    words
        .into_iter()
        .map(|w| match w.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => Err(anyhow!("{w:?}: want KEY=VALUE")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_continuations_comments_and_forms() {
        let text = "# escape=\\\nFROM busybox AS base\n# a comment\nrun echo one \\\n  # inside\n  two\nCMD [\"sh\", \"-c\", \"echo hi\"]\nCOPY --chown=1:1 a b /dst/\n";
        let got = parse(text).expect("parses");
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].keyword, "FROM");
        assert_eq!(got[1].keyword, "RUN");
        assert_eq!(got[1].line, 4);
        assert_eq!(got[1].args, Args::Shell("echo one   two".into()));
        assert_eq!(
            got[2].args,
            Args::Exec(vec!["sh".into(), "-c".into(), "echo hi".into()])
        );
        assert_eq!(got[3].flags, vec![("chown".into(), "1:1".into())]);
        assert_eq!(got[3].args, Args::Shell("a b /dst/".into()));
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("FROM busybox\nFOO bar\n").expect_err("unknown");
        assert_eq!(
            err.to_string(),
            "dockerfile parse error on line 2: unknown instruction: FOO"
        );
        let err = parse("FROM busybox\nRUN <<EOF\necho\n").expect_err("heredoc");
        assert!(
            err.to_string().contains("line 2: unterminated heredoc EOF"),
            "{err}"
        );
        assert!(parse("\n# only a comment\n").is_err());
    }

    #[test]
    fn heredocs_are_read_to_their_delimiter() {
        let got = parse("FROM busybox\nRUN <<EOF\necho one\n  echo two\nEOF\nCOPY <<-\"A\" <<B /dst/\n\tfirst $X\n\tA\nsecond\nB\nCMD x\n")
            .expect("parses");
        assert_eq!(got.len(), 4);
        assert_eq!(
            got[1].heredocs,
            vec![Heredoc {
                name: "EOF".into(),
                body: "echo one\n  echo two\n".into(),
                expand: true
            }]
        );
        assert_eq!(got[2].heredocs[0].body, "first $X\n");
        assert!(!got[2].heredocs[0].expand);
        assert_eq!(got[2].heredocs[1].body, "second\n");
        assert_eq!(got[3].keyword, "CMD");
    }

    #[test]
    fn variables_expand_as_buildkit_does() {
        let vars: HashMap<String, String> = [("A".to_string(), "x".to_string())].into();
        assert_eq!(
            expand("$A/${A}/${B:-d}/${A:+set}/${B:+no}/\\$A", &vars).unwrap(),
            "x/x/d/set//$A"
        );
    }

    #[test]
    fn key_values_quote_and_legacy_forms() {
        assert_eq!(
            key_values("A=1 B=\"two words\" C='x y'", true).unwrap(),
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "two words".into()),
                ("C".into(), "x y".into())
            ]
        );
        assert_eq!(
            key_values("NAME some value", true).unwrap(),
            vec![("NAME".into(), "some value".into())]
        );
    }
}
