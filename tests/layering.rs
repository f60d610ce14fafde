//! The layers stay true. Each file of `src/engine/` has a layer (the most
//! specific entry of `LAYERS` that names it) and may use only its own layer
//! and lower ones, so there are no import cycles between layers:
//!
//! 0. plumbing: store, time, text, process, tty, ports, filters, ignore patterns
//! 1. records: container records and state, events, runtime, rootless
//! 2. resources: image, snapshot, volume, network, spec
//! 3. operations: ops (create, start, stop, exec, ...), the monitor, copy/export
//! 4. system (df, prune, reset, info)
//!
//! and nothing in the engine (which never prints) uses `crate::cli` (flags
//! and rendering) or compose, build and kube, which build on the engine.

use std::path::{Path, PathBuf};

const LAYERS: &[(&str, u8)] = &[
    ("mod.rs", 0),
    ("store", 0),
    ("time.rs", 0),
    ("text.rs", 0),
    ("process.rs", 0),
    ("tty.rs", 0),
    ("ports.rs", 0),
    ("filters.rs", 0),
    ("shell_words.rs", 0),
    ("ignore.rs", 0),
    ("container", 1),
    ("events.rs", 1),
    ("runtime", 1),
    ("rootless.rs", 1),
    ("image", 2),
    ("snapshot", 2),
    ("volume", 2),
    ("network", 2),
    ("spec", 2),
    ("container/copy", 3),
    ("container/export.rs", 3),
    ("ops", 3),
    ("monitor", 3),
    ("system.rs", 4),
    ("store_check.rs", 4),
];

/// Above every engine layer: never used from the engine.
const FRONT_ENDS: &[&str] = &["cli", "compose", "build", "kube"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reading src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layer of an engine path (relative to src/engine, `/`-separated).
fn layer_of(rel: &str) -> Option<u8> {
    LAYERS
        .iter()
        .filter(|(prefix, _)| {
            rel == *prefix || rel.starts_with(&format!("{prefix}/")) || {
                let stem = prefix.trim_end_matches(".rs");
                rel == format!("{stem}.rs") || rel.starts_with(&format!("{stem}/"))
            }
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, layer)| *layer)
}

/// The engine module a `crate::engine::a::b` path names, as a path under
/// src/engine that `layer_of` knows (`a/b` when `a/b` has its own layer).
fn target_of(path: &str) -> String {
    let parts: Vec<&str> = path.split("::").take(2).collect();
    let two = parts.join("/");
    match LAYERS
        .iter()
        .find(|(p, _)| p.trim_end_matches(".rs") == two)
    {
        Some(_) => two,
        None => parts[0].to_string(),
    }
}

/// The `crate::engine::…` paths a line names, a `{a, b::c}` group expanded.
fn engine_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::engine::") {
        rest = &rest[i + "crate::engine::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(inner.split(',').map(|p| p.trim().to_string()));
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        out.push(rest[..end].to_string());
    }
    out
}

#[test]
fn the_engine_keeps_its_layers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 20);
    let mut offenders = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&root)
            .expect("under src/engine")
            .to_string_lossy()
            .replace('\\', "/");
        let Some(own) = layer_of(&rel) else {
            offenders.push(format!("{rel}: not in LAYERS (give it a layer)"));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("reading a source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for front in FRONT_ENDS {
                if code.contains(&format!("crate::{front}::"))
                    || code.contains(&format!("skiff::{front}::"))
                {
                    offenders.push(format!("{rel}:{}: uses {front}: {}", n + 1, line.trim()));
                }
            }
            for path in engine_paths(code) {
                let path = path.as_str();
                let first = path.split("::").next().unwrap_or("");
                // Items of engine/mod.rs itself (Engine, go_error, ...).
                if first.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    || !root.join(first).exists() && !root.join(format!("{first}.rs")).exists()
                {
                    continue;
                }
                let target = target_of(path);
                let theirs = layer_of(&target).unwrap_or(0);
                if theirs > own {
                    offenders.push(format!(
                        "{rel}:{}: layer {own} uses {target} (layer {theirs}): {}",
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "the engine's layers are broken:\n{}",
        offenders.join("\n")
    );
}

/// compose, the builder and kube build on the engine; the CLI builds on
/// them. None of them uses the CLI, and they do not use each other.
#[test]
fn front_ends_never_use_the_cli_or_each_other() {
    let mut offenders = Vec::new();
    for front in ["compose", "build", "kube"] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(front);
        let mut files = Vec::new();
        if root.is_dir() {
            // kube comes later.
            rust_files(&root, &mut files);
        }
        let forbidden: Vec<String> = FRONT_ENDS
            .iter()
            .filter(|f| **f != front)
            .flat_map(|f| [format!("crate::{f}::"), format!("skiff::{f}::")])
            .collect();
        for f in &files {
            let text = std::fs::read_to_string(f).expect("reading a source file");
            let bad = text.lines().any(|l| {
                let code = l.split("//").next().unwrap_or("");
                forbidden.iter().any(|x| code.contains(x.as_str()))
            });
            if bad {
                offenders.push(format!("{} ({front})", f.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "a front end uses the CLI or another front end: {offenders:?}"
    );
}

#[test]
fn layers_are_read_as_meant() {
    assert_eq!(layer_of("container/mod.rs"), Some(1));
    assert_eq!(layer_of("container/copy/tarball.rs"), Some(3));
    assert_eq!(layer_of("container/copy.rs"), Some(3));
    assert_eq!(layer_of("network/attach.rs"), Some(2));
    assert_eq!(layer_of("system.rs"), Some(4));
    assert_eq!(layer_of("store/lock.rs"), Some(0));
    assert_eq!(target_of("container::copy::changes"), "container/copy");
    assert_eq!(target_of("container::lookup"), "container");
    assert_eq!(target_of("ops::lookup"), "ops");
    assert_eq!(
        engine_paths("use crate::engine::{events, runtime::kill, Engine};"),
        ["events", "runtime::kill", "Engine"]
    );
}
