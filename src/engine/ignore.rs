//! `.dockerignore`, with docker's rules: one pattern a line, `#` comments,
//! paths relative to the context (a leading `/` ignored), `*`, `?` and
//! `[...]` within one path segment, `**` across any number of them, and `!`
//! exceptions; the last pattern that matches a path (or a directory above
//! it) decides.

/// A parsed `.dockerignore`.
#[derive(Debug, Default, Clone)]
pub struct Ignore {
    patterns: Vec<Pattern>,
}

#[derive(Debug, Clone)]
struct Pattern {
    exception: bool,
    segments: Vec<String>,
}

impl Ignore {
    pub fn parse(text: &str) -> Ignore {
        let patterns = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (exception, rest) = match l.strip_prefix('!') {
                    Some(r) => (true, r.trim()),
                    None => (false, l),
                };
                let segments: Vec<String> = rest
                    .split('/')
                    .filter(|s| !s.is_empty() && *s != ".")
                    .map(str::to_string)
                    .collect();
                (!segments.is_empty()).then_some(Pattern {
                    exception,
                    segments,
                })
            })
            .collect();
        Ignore { patterns }
    }

    /// Whether `path` (relative to the context, `/`-separated) is left out.
    pub fn excluded(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut excluded = false;
        for p in &self.patterns {
            // The path itself or a directory above it.
            let hit = (1..=parts.len()).any(|n| matches(&p.segments, &parts[..n]));
            if hit {
                excluded = !p.exception;
            }
        }
        excluded
    }

    /// Whether an exception could bring back something under directory
    /// `path`, so that an excluded directory must still be walked.
    pub fn may_include_below(&self, path: &str) -> bool {
        let depth = path.split('/').filter(|s| !s.is_empty()).count();
        self.patterns.iter().any(|p| {
            p.exception && (p.segments.len() > depth || p.segments.iter().any(|s| s == "**"))
        })
    }
}

/// Segment patterns against path segments; `**` takes any number of them.
fn matches(pattern: &[String], path: &[&str]) -> bool {
    match (pattern.first(), path.first()) {
        (None, None) => true,
        (Some(p), _) if p == "**" => {
            (0..=path.len()).any(|skip| matches(&pattern[1..], &path[skip..]))
        }
        (Some(p), Some(s)) => {
            glob(p.as_bytes(), s.as_bytes()) && matches(&pattern[1..], &path[1..])
        }
        _ => false,
    }
}

/// The context paths (relative, `/`-separated, sorted) a COPY source
/// pattern names: each segment matched with [`glob`] against the
/// directory's entries.
pub fn expand_sources(context: &std::path::Path, pattern: &str) -> Vec<String> {
    let mut found = vec![String::new()];
    for segment in pattern.split('/').filter(|s| !s.is_empty() && *s != ".") {
        let mut next = Vec::new();
        for base in &found {
            let dir = context.join(base);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut names: Vec<String> = entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| glob(segment.as_bytes(), n.as_bytes()))
                .collect();
            names.sort();
            for n in names {
                next.push(if base.is_empty() {
                    n
                } else {
                    format!("{base}/{n}")
                });
            }
        }
        found = next;
    }
    found.retain(|f| !f.is_empty());
    found
}

/// One segment: `*` any run, `?` one character, `[a-z]`/`[^...]` a class,
/// `\` escapes.
fn glob(p: &[u8], s: &[u8]) -> bool {
    match p.first() {
        None => s.is_empty(),
        Some(b'*') => (0..=s.len()).any(|i| glob(&p[1..], &s[i..])),
        Some(b'?') => !s.is_empty() && glob(&p[1..], &s[1..]),
        Some(b'[') => {
            let Some(end) = p.iter().position(|c| *c == b']') else {
                return !s.is_empty() && s[0] == b'[' && glob(&p[1..], &s[1..]);
            };
            let Some(&c) = s.first() else { return false };
            let class = &p[1..end];
            let (negated, class) = match class.first() {
                Some(b'^' | b'!') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    hit |= class[i] <= c && c <= class[i + 2];
                    i += 3;
                } else {
                    hit |= class[i] == c;
                    i += 1;
                }
            }
            hit != negated && glob(&p[end + 1..], &s[1..])
        }
        Some(b'\\') if p.len() > 1 => !s.is_empty() && s[0] == p[1] && glob(&p[2..], &s[1..]),
        Some(c) => !s.is_empty() && s[0] == *c && glob(&p[1..], &s[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::Ignore;

    #[test]
    fn dockerignore_rules_as_docker_has_them() {
        let ig = Ignore::parse(
            "# comment\nnode_modules\n*.log\n!keep.log\n/secret\n**/*.tmp\ndocs/**\n!docs/README.md\nbuild?/\n[ab].bin\n",
        );
        assert!(ig.excluded("node_modules"));
        assert!(ig.excluded("node_modules/x/y.js"));
        assert!(ig.excluded("debug.log"));
        assert!(!ig.excluded("keep.log"));
        assert!(!ig.excluded("sub/debug.log"), "* stays within a segment");
        assert!(ig.excluded("secret"));
        assert!(ig.excluded("a/b/c.tmp"));
        assert!(ig.excluded("c.tmp"));
        assert!(ig.excluded("docs/guide.md"));
        assert!(!ig.excluded("docs/README.md"));
        assert!(ig.excluded("build1/out"));
        assert!(ig.excluded("a.bin") && !ig.excluded("c.bin"));
        assert!(!ig.excluded("src/main.rs"));
        assert!(ig.may_include_below("docs"));
        assert!(!Ignore::parse("node_modules\n").may_include_below("node_modules"));
    }
}
