//! A string split into words as a POSIX shell would (compose's `command:`,
//! through go-shellwords; `--entrypoint`; a Dockerfile's ENV, LABEL, ARG
//! and COPY words): quotes group, backslashes escape, nothing is expanded.

use anyhow::{bail, Result};

pub fn split(s: &str) -> Result<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => bail!("invalid command line string: unterminated quote in {s:?}"),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => {
                                bail!("invalid command line string: unterminated quote in {s:?}")
                            }
                        },
                        Some(c) => word.push(c),
                        None => bail!("invalid command line string: unterminated quote in {s:?}"),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    word.push(c);
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_like_a_shell() {
        assert_eq!(
            super::split(r#"sh -c 'echo "a b"' x\ y "c\"d""#).expect("split"),
            ["sh", "-c", "echo \"a b\"", "x y", "c\"d"]
        );
        assert_eq!(super::split("  ").expect("empty"), Vec::<String>::new());
        assert!(super::split("echo 'open").is_err());
    }
}
