//! Image reference parsing and normalisation, following the behaviour of
//! docker's `distribution/reference` package (`ParseNormalizedNamed` and
//! `ParseDockerRef`), including its digest validation (`go-digest`).
//!
//! Grammar (as accepted by docker):
//! ```text
//! reference  := name [ ":" tag ] [ "@" digest ]
//! name       := [ domain "/" ] path
//! domain     := host [ ":" port ]      host := dns-name | "[" ipv6 "]"
//! path       := component ( "/" component )*
//! component  := [a-z0-9]+ ( sep [a-z0-9]+ )*   sep := "." | "_" | "__" | "-"+
//! tag        := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
//! digest     := alg ":" [0-9a-fA-F]{32,}
//! ```
//! Std-only so it can be compiled and tested standalone.

use std::fmt;

/// Registry used for names without an explicit domain.
pub const DEFAULT_DOMAIN: &str = "docker.io";
/// Legacy Docker Hub domain, canonicalised to [`DEFAULT_DOMAIN`].
pub const LEGACY_DEFAULT_DOMAIN: &str = "index.docker.io";
/// Namespace of official images on Docker Hub.
pub const OFFICIAL_REPO_PREFIX: &str = "library/";
/// Tag used when neither tag nor digest is given.
pub const DEFAULT_TAG: &str = "latest";
/// Maximum length of the path part (the domain is not counted, as in docker).
pub const NAME_TOTAL_LENGTH_MAX: usize = 255;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// Registry host (and port), e.g. "docker.io", "localhost:5000", "[::1]:5000".
    /// Empty only in docker's corner case where the first component looks like a
    /// domain but is not a valid one (e.g. "foo_bar.com/x").
    pub domain: String,
    /// Repository path, e.g. "library/busybox".
    pub path: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReferenceError {
    /// The input does not match the reference grammar.
    InvalidFormat,
    /// The repository part (as split by docker) has upper-case characters.
    Uppercase(String),
    /// The grammar only matches once lower-cased (generic docker message).
    NameContainsUppercase,
    /// The whole input is a 64-hex image ID.
    IdAsName(String),
    /// The path exceeds [`NAME_TOTAL_LENGTH_MAX`].
    NameTooLong,
    /// Digest hex has the wrong characters for its algorithm.
    DigestInvalidFormat,
    /// Digest hex has the wrong length for its algorithm.
    DigestInvalidLength,
    /// Digest algorithm is syntactically fine but not supported.
    DigestUnsupported,
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReferenceError::InvalidFormat => f.write_str("invalid reference format"),
            ReferenceError::Uppercase(r) => write!(
                f,
                "invalid reference format: repository name ({r}) must be lowercase"
            ),
            ReferenceError::NameContainsUppercase => {
                f.write_str("repository name must be lowercase")
            }
            ReferenceError::IdAsName(s) => write!(
                f,
                "invalid repository name ({s}), cannot specify 64-byte hexadecimal strings"
            ),
            ReferenceError::NameTooLong => write!(
                f,
                "repository name must not be more than {NAME_TOTAL_LENGTH_MAX} characters"
            ),
            ReferenceError::DigestInvalidFormat => f.write_str("invalid checksum digest format"),
            ReferenceError::DigestInvalidLength => f.write_str("invalid checksum digest length"),
            ReferenceError::DigestUnsupported => f.write_str("unsupported digest algorithm"),
        }
    }
}

impl std::error::Error for ReferenceError {}

// ---------------------------------------------------------------- grammar

fn is_lower_alnum(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// One path component: `[a-z0-9]+ (sep [a-z0-9]+)*`.
fn valid_path_component(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        // an alphanumeric run is required here
        let start = i;
        while i < b.len() && is_lower_alnum(b[i]) {
            i += 1;
        }
        if i == start {
            return false;
        }
        if i == b.len() {
            return true;
        }
        // separator
        let sep_start = i;
        match b[i] {
            b'.' => i += 1,
            b'_' => {
                while i < b.len() && b[i] == b'_' {
                    i += 1;
                }
                if i - sep_start > 2 {
                    return false;
                }
            }
            b'-' => {
                while i < b.len() && b[i] == b'-' {
                    i += 1;
                }
            }
            _ => return false,
        }
    }
}

fn valid_path(s: &str) -> bool {
    s.split('/').all(valid_path_component)
}

fn valid_domain_component(s: &str) -> bool {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => {
            b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }
        _ => false,
    }
}

/// `host [":" port]` where host is a DNS-ish name, IPv4, or `[ipv6]`.
fn valid_domain(s: &str) -> bool {
    let (host_ok, rest) = if let Some(inner_and_rest) = s.strip_prefix('[') {
        match inner_and_rest.split_once(']') {
            Some((inner, rest)) => (
                !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_hexdigit() || c == b':'),
                rest,
            ),
            None => return false,
        }
    } else {
        let (host, rest) = match s.find(':') {
            Some(i) => (&s[..i], &s[i..]),
            None => (s, ""),
        };
        (host.split('.').all(valid_domain_component), rest)
    };
    host_ok
        && (rest.is_empty()
            || rest
                .strip_prefix(':')
                .is_some_and(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit())))
}

/// Tag grammar `[\w][\w.-]{0,127}` (ASCII word characters; upper case allowed).
pub fn valid_tag(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && is_word(b[0])
        && b[1..]
            .iter()
            .all(|c| is_word(*c) || *c == b'.' || *c == b'-')
}

/// Syntactic digest grammar only: `alg ":" xdigit{32,}`.
fn digest_grammar(s: &str) -> bool {
    let Some((alg, hex)) = s.split_once(':') else {
        return false;
    };
    let alg_ok = !alg.is_empty()
        && alg.split(['-', '_', '+', '.']).all(|c| {
            let b = c.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphabetic()
                && b.iter().all(|x| x.is_ascii_alphanumeric())
        });
    alg_ok && hex.len() >= 32 && hex.bytes().all(|c| c.is_ascii_hexdigit())
}

/// Hex length for the algorithms docker can verify.
fn known_algorithm_hex_len(alg: &str) -> Option<usize> {
    match alg {
        "sha256" => Some(64),
        "sha384" => Some(96),
        "sha512" => Some(128),
        _ => None,
    }
}

/// go-digest `Digest.Validate` applied after the grammar matched.
fn check_digest(s: &str) -> Result<(), ReferenceError> {
    let (alg, hex) = s
        .split_once(':')
        .ok_or(ReferenceError::DigestInvalidFormat)?;
    let want = known_algorithm_hex_len(alg).ok_or(ReferenceError::DigestUnsupported)?;
    if hex.len() != want {
        return Err(ReferenceError::DigestInvalidLength);
    }
    if !hex.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(ReferenceError::DigestInvalidFormat);
    }
    Ok(())
}

/// Digest validity: reference digest grammar, and for sha256/sha384/sha512
/// exactly the right number of lowercase hex digits. Other algorithms that fit
/// the grammar are accepted here (although `parse` rejects them as unsupported,
/// as docker does).
pub fn valid_digest(s: &str) -> bool {
    if !digest_grammar(s) {
        return false;
    }
    match s.split_once(':') {
        Some((alg, _)) if known_algorithm_hex_len(alg).is_some() => check_digest(s).is_ok(),
        _ => true,
    }
}

/// A full image ID: exactly 64 lowercase hex characters.
pub fn is_full_image_id(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
}

/// Split a name (no tag/digest) into (domain, path). Like docker's anchored name
/// regexp, a leading domain is preferred when it is valid; otherwise the whole
/// name must be a path and the domain is empty.
fn split_name(name: &str) -> Option<(&str, &str)> {
    if let Some((first, rest)) = name.split_once('/') {
        if valid_domain(first) && valid_path(rest) {
            return Some((first, rest));
        }
    }
    valid_path(name).then_some(("", name))
}

type Parts<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

/// Match the full reference grammar: (domain, path, tag, digest).
fn match_reference(s: &str) -> Option<Parts<'_>> {
    let (left, digest) = match s.split_once('@') {
        Some((l, d)) => (l, Some(d)),
        None => (s, None),
    };
    if digest.is_some_and(|d| !digest_grammar(d)) {
        return None;
    }
    // A ':' after the last '/' can only be the tag separator (a name holds ':'
    // only inside its domain, which is always followed by '/').
    let (name, tag) = match left.rfind(':') {
        Some(i) if !left[i..].contains('/') => (&left[..i], Some(&left[i + 1..])),
        _ => (left, None),
    };
    if tag.is_some_and(|t| !valid_tag(t)) {
        return None;
    }
    let (domain, path) = split_name(name)?;
    Some((domain, path, tag, digest))
}

/// docker `splitDockerDomain`: decide whether the first component is a registry.
fn split_docker_domain(s: &str) -> (String, String) {
    let (domain, mut rest) = match s.split_once('/') {
        None => {
            return (
                DEFAULT_DOMAIN.to_string(),
                format!("{OFFICIAL_REPO_PREFIX}{s}"),
            )
        }
        Some((first, rest)) => {
            if first == LEGACY_DEFAULT_DOMAIN {
                (DEFAULT_DOMAIN, rest.to_string())
            } else if first == "localhost"
                || first.contains(['.', ':'])
                || first.to_lowercase() != first
            {
                (first, rest.to_string())
            } else {
                (DEFAULT_DOMAIN, s.to_string())
            }
        }
    };
    if domain == DEFAULT_DOMAIN && !rest.contains('/') {
        rest.insert_str(0, OFFICIAL_REPO_PREFIX);
    }
    (domain.to_string(), rest)
}

impl Reference {
    /// docker `ParseDockerRef`: normalise, add tag "latest" when there is neither
    /// tag nor digest, and drop the tag when both tag and digest are present.
    pub fn parse(s: &str) -> Result<Reference, ReferenceError> {
        let mut r = Self::parse_named(s)?;
        if r.digest.is_some() {
            r.tag = None;
        } else if r.tag.is_none() {
            r.tag = Some(DEFAULT_TAG.to_string());
        }
        Ok(r)
    }

    /// docker `ParseNormalizedNamed`: normalise the name but keep tag and digest
    /// exactly as given (both may be present, neither is added).
    pub fn parse_named(s: &str) -> Result<Reference, ReferenceError> {
        if is_full_image_id(s) {
            return Err(ReferenceError::IdAsName(s.to_string()));
        }
        let (domain, remainder) = split_docker_domain(s);
        let remote = remainder.split(':').next().unwrap_or_default();
        if remote.to_lowercase() != remote {
            return Err(ReferenceError::Uppercase(remote.to_string()));
        }
        let full = format!("{domain}/{remainder}");
        let Some((domain, path, tag, digest)) = match_reference(&full) else {
            let lower = full.to_lowercase();
            if lower != full && match_reference(&lower).is_some() {
                return Err(ReferenceError::NameContainsUppercase);
            }
            return Err(ReferenceError::InvalidFormat);
        };
        if path.len() > NAME_TOTAL_LENGTH_MAX {
            return Err(ReferenceError::NameTooLong);
        }
        if let Some(d) = digest {
            check_digest(d)?;
        }
        Ok(Reference {
            domain: domain.to_string(),
            path: path.to_string(),
            tag: tag.map(str::to_string),
            digest: digest.map(str::to_string),
        })
    }

    /// Full repository name without tag/digest: "docker.io/library/busybox".
    pub fn repository(&self) -> String {
        if self.domain.is_empty() {
            self.path.clone()
        } else {
            format!("{}/{}", self.domain, self.path)
        }
    }

    /// Repository in docker's short form: "busybox", "myorg/x", "localhost:5000/x".
    pub fn familiar_repository(&self) -> String {
        if self.domain != DEFAULT_DOMAIN {
            return self.repository();
        }
        match self.path.strip_prefix(OFFICIAL_REPO_PREFIX) {
            Some(rest) if !rest.contains('/') => rest.to_string(),
            _ => self.path.clone(),
        }
    }

    /// Short form including tag and/or digest: "busybox:latest", "x@sha256:...".
    pub fn familiar(&self) -> String {
        let mut s = self.familiar_repository();
        self.push_suffix(&mut s);
        s
    }

    /// What to ask the registry for: the tag if any, else the digest, else "latest".
    pub fn tag_or_digest(&self) -> String {
        self.tag
            .clone()
            .or_else(|| self.digest.clone())
            .unwrap_or_else(|| DEFAULT_TAG.to_string())
    }

    /// Same repository with `tag` and no digest. The tag is not validated; check
    /// it with [`valid_tag`] first when it comes from the user.
    pub fn with_tag(&self, tag: &str) -> Reference {
        Reference {
            tag: Some(tag.to_string()),
            digest: None,
            ..self.clone()
        }
    }

    /// Same repository with `digest` and no tag. Validate with [`valid_digest`].
    pub fn with_digest(&self, digest: &str) -> Reference {
        Reference {
            tag: None,
            digest: Some(digest.to_string()),
            ..self.clone()
        }
    }

    /// Registry host as written in the reference ("docker.io" is kept as is).
    pub fn registry_host(&self) -> String {
        self.domain.clone()
    }

    fn push_suffix(&self, s: &mut String) {
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = self.repository();
        self.push_suffix(&mut s);
        f.write_str(&s)
    }
}

impl std::str::FromStr for Reference {
    type Err = ReferenceError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Reference::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferenceError as E;

    const D: &str = "sha256:7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa";
    const HEX: &str = "1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a";

    /// Expand `{D}` (digest), `{H}` / `{U}` (64 hex, lower / upper) and `{aN}` /
    /// `{tN}` (N repeated characters) in table entries.
    fn expand(s: &str) -> String {
        let subs = [
            ("{D}", D.to_string()),
            ("{H}", HEX.to_string()),
            ("{U}", HEX.to_uppercase()),
            ("{a32}", "a".repeat(32)),
            ("{a247}", "a".repeat(247)),
            ("{a248}", "a".repeat(248)),
            ("{a255}", "a".repeat(255)),
            ("{t128}", "t".repeat(128)),
            ("{t129}", "t".repeat(129)),
        ];
        subs.iter()
            .fold(s.to_string(), |acc, (p, v)| acc.replace(p, v))
    }

    /// input -> full form, or "!" + Debug of the error.
    const CASES: &[(&str, &str)] = &[
        ("busybox", "docker.io/library/busybox:latest"),
        ("busybox:1.36", "docker.io/library/busybox:1.36"),
        ("library/busybox", "docker.io/library/busybox:latest"),
        ("docker.io/busybox", "docker.io/library/busybox:latest"),
        (
            "docker.io/library/busybox",
            "docker.io/library/busybox:latest",
        ),
        (
            "index.docker.io/busybox",
            "docker.io/library/busybox:latest",
        ),
        ("index.docker.io/myorg/app:v1", "docker.io/myorg/app:v1"),
        ("myorg/app", "docker.io/myorg/app:latest"),
        ("myhost/x", "docker.io/myhost/x:latest"),
        ("localhost/x", "localhost/x:latest"),
        ("localhost", "docker.io/library/localhost:latest"),
        ("localhost:5000/x", "localhost:5000/x:latest"),
        ("localhost:5000/a/b/c:tag", "localhost:5000/a/b/c:tag"),
        ("example.com/foo/bar:1.0", "example.com/foo/bar:1.0"),
        ("127.0.0.1:5000/debian", "127.0.0.1:5000/debian:latest"),
        ("192.168.0.1:80", "docker.io/library/192.168.0.1:80"),
        ("[::1]:5000/x", "[::1]:5000/x:latest"),
        ("[fc00::1]/x:t", "[fc00::1]/x:t"),
        (
            "[fc00:1:2::7]:5000/lib/deb",
            "[fc00:1:2::7]:5000/lib/deb:latest",
        ),
        ("Foo/bar", "Foo/bar:latest"),
        ("LOCALDOMAIN/debian", "LOCALDOMAIN/debian:latest"),
        (
            "busybox:Latest_TAG-1.x",
            "docker.io/library/busybox:Latest_TAG-1.x",
        ),
        ("busybox@{D}", "docker.io/library/busybox@{D}"),
        ("busybox:1.0@{D}", "docker.io/library/busybox@{D}"),
        ("localhost:5000/x:t@{D}", "localhost:5000/x@{D}"),
        ("dock__er/docker", "docker.io/dock__er/docker:latest"),
        (
            "docker---rules/docker",
            "docker.io/docker---rules/docker:latest",
        ),
        ("a.b/c", "a.b/c:latest"),
        // looks like a domain but is not a valid one: docker keeps a bare path
        ("foo_bar.com/x", "foo_bar.com/x:latest"),
        ("docker.io/{H}", "docker.io/library/{H}:latest"),
        ("{H}:v1", "docker.io/library/{H}:v1"),
        // "sha256:<hex>" alone is a name plus a tag, as in docker
        ("{D}", "docker.io/library/{D}"),
        ("busybox:{t128}", "docker.io/library/busybox:{t128}"),
        ("{a247}", "docker.io/library/{a247}:latest"),
        ("localhost/{a255}", "localhost/{a255}:latest"),
        ("b:x@sha512:{H}{H}", "docker.io/library/b@sha512:{H}{H}"),
        ("", "!InvalidFormat"),
        ("busybox:", "!InvalidFormat"),
        (":tag", "!InvalidFormat"),
        ("@{D}", "!InvalidFormat"),
        ("busybox@", "!InvalidFormat"),
        ("Busybox", r#"!Uppercase("library/Busybox")"#),
        ("docker/Docker", r#"!Uppercase("docker/Docker")"#),
        ("localhost:5000/Foo:tag", r#"!Uppercase("Foo")"#),
        (
            "busybox@SHA256:{H}",
            r#"!Uppercase("library/busybox@SHA256")"#,
        ),
        ("Foo_Bar/x", "!NameContainsUppercase"),
        ("{H}", r#"!IdAsName("{H}")"#),
        ("-docker", "!InvalidFormat"),
        ("docker-/docker", "!InvalidFormat"),
        ("-docker.io/docker/docker", "!InvalidFormat"),
        ("docker///docker", "!InvalidFormat"),
        ("docker/", "!InvalidFormat"),
        ("dock..er/docker", "!InvalidFormat"),
        ("dock_.er/docker", "!InvalidFormat"),
        ("a___b", "!InvalidFormat"),
        ("____/____", "!InvalidFormat"),
        ("https://github.com/docker/docker", "!InvalidFormat"),
        ("[fc00::1]:5000", "!InvalidFormat"),
        ("[fe80::1%eth0]:5000/debian", "!InvalidFormat"),
        ("[2001:db8::192.0.2.33]:5000/debian", "!InvalidFormat"),
        ("fc00::1:5000/debian", "!InvalidFormat"),
        ("busybox:tag:tag", "!InvalidFormat"),
        ("busybox:.tag", "!InvalidFormat"),
        (" busybox", "!InvalidFormat"),
        ("busybox ", "!InvalidFormat"),
        ("busybox@{D}@{D}", "!InvalidFormat"),
        ("busybox:{t129}", "!InvalidFormat"),
        ("busybox@sha256:abc", "!InvalidFormat"),
        ("busybox@sha256:{a32}", "!DigestInvalidLength"),
        ("busybox@sha256:{U}", "!DigestInvalidFormat"),
        ("busybox@md5:{a32}", "!DigestUnsupported"),
        ("{a248}", "!NameTooLong"),
    ];

    #[test]
    fn parse_table() {
        assert!(CASES.len() >= 40);
        for (input, want) in CASES {
            let (input, want) = (expand(input), expand(want));
            let got = match Reference::parse(&input) {
                Ok(r) => r.to_string(),
                Err(e) => format!("!{e:?}"),
            };
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn error_messages() {
        assert_eq!(E::InvalidFormat.to_string(), "invalid reference format");
        let e = Reference::parse("Busybox").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid reference format: repository name (library/Busybox) must be lowercase"
        );
        let e = Reference::parse(HEX).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("invalid repository name ({HEX}), cannot specify 64-byte hexadecimal strings")
        );
        assert_eq!(
            E::NameTooLong.to_string(),
            "repository name must not be more than 255 characters"
        );
    }

    #[test]
    fn parse_named_keeps_tag_and_digest() {
        let r = Reference::parse_named("busybox").unwrap();
        assert_eq!(r.to_string(), "docker.io/library/busybox");
        assert_eq!(r.tag_or_digest(), "latest");
        let r = Reference::parse_named(&format!("busybox:1@{D}")).unwrap();
        assert_eq!(r.to_string(), format!("docker.io/library/busybox:1@{D}"));
        assert_eq!(r.familiar(), format!("busybox:1@{D}"));
        assert_eq!(r.tag_or_digest(), "1");
    }

    #[test]
    fn familiar_forms() {
        let f = |s: &str| Reference::parse(s).unwrap();
        assert_eq!(f("busybox").familiar(), "busybox:latest");
        assert_eq!(
            f("docker.io/library/busybox").familiar_repository(),
            "busybox"
        );
        assert_eq!(f("docker.io/myorg/x").familiar(), "myorg/x:latest");
        assert_eq!(
            f("docker.io/library/a/b").familiar_repository(),
            "library/a/b"
        );
        assert_eq!(f("localhost:5000/x").familiar(), "localhost:5000/x:latest");
        assert_eq!(
            f(&format!("busybox:1@{D}")).familiar(),
            format!("busybox@{D}")
        );
        let r = f("busybox");
        assert_eq!(r.repository(), "docker.io/library/busybox");
        assert_eq!(r.registry_host(), "docker.io");
        assert_eq!(r.tag_or_digest(), "latest");
        assert_eq!(f(&format!("x@{D}")).tag_or_digest(), D);
        assert_eq!(f("[::1]:5000/x").registry_host(), "[::1]:5000");
        assert_eq!(f("docker.io/busybox"), f("busybox"));
        assert_eq!("busybox".parse::<Reference>(), Ok(f("library/busybox")));
    }

    #[test]
    fn with_tag_and_digest() {
        let r = Reference::parse(&format!("busybox@{D}")).unwrap();
        let t = r.with_tag("1.36");
        assert_eq!(t.to_string(), "docker.io/library/busybox:1.36");
        assert_eq!(t.digest, None);
        let d = t.with_digest(D);
        assert_eq!(d.to_string(), format!("docker.io/library/busybox@{D}"));
        assert_eq!(d.tag, None);
    }

    #[test]
    fn helpers() {
        assert!(is_full_image_id(HEX));
        assert!(!is_full_image_id(&HEX.to_uppercase()));
        assert!(!is_full_image_id(&HEX[1..]));
        assert!(!is_full_image_id(D));
        assert!(valid_tag("latest") && valid_tag("V1.0-rc_1") && valid_tag("_x"));
        assert!(!valid_tag("") && !valid_tag("-x") && !valid_tag(".x") && !valid_tag("a/b"));
        assert!(valid_digest(D));
        assert!(valid_digest(&format!("sha512:{}", "0".repeat(128))));
        assert!(valid_digest(&format!(
            "multihash+base58:{}",
            "0".repeat(32)
        )));
        assert!(!valid_digest(&format!("sha256:{}", "0".repeat(63))));
        assert!(!valid_digest(&format!("sha256:{}", HEX.to_uppercase())));
        assert!(!valid_digest("sha256:"));
        assert!(!valid_digest(HEX));
        assert!(!valid_digest(&format!("1sha:{HEX}")));
    }
}
