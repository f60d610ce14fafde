//! Go's `path/filepath` helpers and moby's copy-path rules (go-archive
//! `copy.go`), on byte strings, so that `cp` treats trailing `/`, `/.` and
//! `..` exactly as docker does.

/// `filepath.Clean`.
pub fn clean(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let rooted = p[0] == b'/';
    let mut out: Vec<&[u8]> = Vec::new();
    for c in p.split(|&b| b == b'/') {
        match c {
            b"" | b"." => {}
            b".." => {
                if out.last().is_some_and(|l| *l != b"..") {
                    out.pop();
                } else if !rooted {
                    out.push(c);
                }
            }
            c => out.push(c),
        }
    }
    let joined = out.join(&b'/');
    if rooted {
        [b"/".as_slice(), &joined].concat()
    } else if joined.is_empty() {
        b".".to_vec()
    } else {
        joined
    }
}

/// `filepath.Base`.
pub fn base(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let trimmed = {
        let mut end = p.len();
        while end > 0 && p[end - 1] == b'/' {
            end -= 1;
        }
        &p[..end]
    };
    if trimmed.is_empty() {
        return b"/".to_vec();
    }
    match trimmed.iter().rposition(|&b| b == b'/') {
        Some(i) => trimmed[i + 1..].to_vec(),
        None => trimmed.to_vec(),
    }
}

/// `filepath.Dir`.
pub fn dir(p: &[u8]) -> Vec<u8> {
    match p.iter().rposition(|&b| b == b'/') {
        Some(i) => clean(&p[..=i]),
        None => b".".to_vec(),
    }
}

/// `filepath.Split`: everything up to and including the last `/`, and the rest.
pub fn split(p: &[u8]) -> (&[u8], &[u8]) {
    match p.iter().rposition(|&b| b == b'/') {
        Some(i) => (&p[..=i], &p[i + 1..]),
        None => (&p[..0], p),
    }
}

/// `filepath.Join` of two elements.
pub fn join(a: &[u8], b: &[u8]) -> Vec<u8> {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => Vec::new(),
        (true, false) => clean(b),
        (false, true) => clean(a),
        (false, false) => clean(&[a, b"/", b].concat()),
    }
}

pub fn has_trailing_separator(p: &[u8]) -> bool {
    p.last() == Some(&b'/')
}

/// Whether the last element is `.` (go-archive `specifiesCurrentDir`).
pub fn specifies_current_dir(p: &[u8]) -> bool {
    base(p) == b"."
}

/// Whether the path asserts a directory: a trailing `/` or `/.`.
pub fn asserts_directory(p: &[u8]) -> bool {
    has_trailing_separator(p) || specifies_current_dir(p)
}

/// go-archive `PreserveTrailingDotOrSeparator`.
pub fn preserve_trailing_dot_or_separator(cleaned: &[u8], original: &[u8]) -> Vec<u8> {
    let mut out = cleaned.to_vec();
    if !specifies_current_dir(&out) && specifies_current_dir(original) {
        if !has_trailing_separator(&out) {
            out.push(b'/');
        }
        out.push(b'.');
    }
    if !has_trailing_separator(&out) && has_trailing_separator(original) {
        out.push(b'/');
    }
    out
}

/// go-archive `SplitPathDirEntry`: (parent, last element), keeping a final `.`.
pub fn split_path_dir_entry(p: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut cleaned = clean(p);
    if specifies_current_dir(p) {
        cleaned.extend_from_slice(b"/.");
    }
    (dir(&cleaned), base(&cleaned))
}

/// go-archive `GetRebaseName`: the resolved path with the original's trailing
/// `/` or `/.`, and the name entries must take when the last element changed.
pub fn get_rebase_name(path: &[u8], resolved: &[u8]) -> (Vec<u8>, Option<Vec<u8>>) {
    let mut resolved = resolved.to_vec();
    if specifies_current_dir(path) && !specifies_current_dir(&resolved) {
        resolved.extend_from_slice(b"/.");
    }
    if has_trailing_separator(path) && !has_trailing_separator(&resolved) {
        resolved.push(b'/');
    }
    let rebase = (base(path) != base(&resolved)).then(|| base(path));
    (resolved, rebase)
}

/// Go's `strings.Replace(s, old, new, 1)`: an empty `old` matches at the start.
pub fn replace_first(s: &[u8], old: &[u8], new: &[u8]) -> Vec<u8> {
    if old.is_empty() {
        return [new, s].concat();
    }
    match s.windows(old.len()).position(|w| w == old) {
        Some(i) => [&s[..i], new, &s[i + old.len()..]].concat(),
        None => s.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: Vec<u8>) -> String {
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn clean_matches_go() {
        for (i, o) in [
            ("", "."),
            ("/", "/"),
            ("//a//b/", "/a/b"),
            ("a/../..", ".."),
            ("/../a", "/a"),
            ("./a/./b/.", "a/b"),
            ("a/b/../../../c", "../c"),
        ] {
            assert_eq!(s(clean(i.as_bytes())), o, "{i}");
        }
    }

    #[test]
    fn base_dir_split_match_go() {
        assert_eq!(s(base(b"/a/b/")), "b");
        assert_eq!(s(base(b"/")), "/");
        assert_eq!(s(base(b"")), ".");
        assert_eq!(s(base(b"a/.")), ".");
        assert_eq!(s(dir(b"/a/b")), "/a");
        assert_eq!(s(dir(b"/a/b/")), "/a/b");
        assert_eq!(s(dir(b"a")), ".");
        assert_eq!(s(dir(b"/a")), "/");
        assert_eq!(split(b"/a/b/"), (&b"/a/b/"[..], &b""[..]));
        assert_eq!(split(b"/a/b/."), (&b"/a/b/"[..], &b"."[..]));
        assert_eq!(split(b"x"), (&b""[..], &b"x"[..]));
        assert_eq!(s(join(b"/a", b"../b")), "/b");
        assert_eq!(s(join(b"/a", b"/etc")), "/a/etc");
    }

    #[test]
    fn trailing_dot_and_separator_survive_cleaning() {
        let p = |c: &str, o: &str| {
            s(preserve_trailing_dot_or_separator(
                c.as_bytes(),
                o.as_bytes(),
            ))
        };
        assert_eq!(p("/a/b", "/a/b/."), "/a/b/.");
        assert_eq!(p("/a/b", "/a/b/"), "/a/b/");
        assert_eq!(p("/", "/."), "/.");
        assert_eq!(p("/", "/"), "/");
        assert_eq!(p("/a/b", "/a//b"), "/a/b");
        assert!(asserts_directory(b"x/"));
        assert!(asserts_directory(b"x/."));
        assert!(!asserts_directory(b"x"));
    }

    #[test]
    fn split_dir_entry_and_rebase_names() {
        let sp = |p: &str| {
            let (d, b) = split_path_dir_entry(p.as_bytes());
            (s(d), s(b))
        };
        assert_eq!(sp("/a/b/."), ("/a/b".into(), ".".into()));
        assert_eq!(sp("/a/b/"), ("/a".into(), "b".into()));
        assert_eq!(sp("/"), ("/".into(), "/".into()));
        let (p, r) = get_rebase_name(b"/a/link/", b"/a/target");
        assert_eq!((s(p), r.map(s)), ("/a/target/".into(), Some("link".into())));
        let (p, r) = get_rebase_name(b"/a/link/.", b"/a/target");
        assert_eq!((s(p), r), ("/a/target/.".into(), None));
        assert_eq!(s(replace_first(b"b/x/b", b"b", b"new")), "new/x/b");
        assert_eq!(s(replace_first(b"/bin", b"", b"dst")), "dst/bin");
        assert_eq!(s(replace_first(b"./a", b".", b"dst")), "dst/a");
    }
}
