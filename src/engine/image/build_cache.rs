//! The build cache's index: a build step's key names the image the step
//! made (one small file per key under `<root>/build-cache`). The builder
//! fills it; `system df` and `builder prune` read it.

use std::path::PathBuf;

use crate::engine::Engine;

fn dir(engine: &Engine) -> PathBuf {
    engine.paths.root.join("build-cache")
}

/// The image `key` made, when it was recorded.
pub fn lookup(engine: &Engine, key: &str) -> Option<String> {
    let id = std::fs::read_to_string(dir(engine).join(key)).ok()?;
    Some(id.trim().to_string()).filter(|id| !id.is_empty())
}

/// Marks `key` used now (its file's mtime is its last use, which `builder
/// prune --filter until=` reads). Best effort.
pub fn touch(engine: &Engine, key: &str) {
    if let Ok(f) = std::fs::File::options()
        .write(true)
        .open(dir(engine).join(key))
    {
        let _ = f.set_modified(std::time::SystemTime::now());
    }
}

/// When `key` was last used (recorded or hit).
pub fn last_used(engine: &Engine, key: &str) -> Option<std::time::SystemTime> {
    std::fs::metadata(dir(engine).join(key))
        .and_then(|m| m.modified())
        .ok()
}

/// Records that `key` made image `id` (best effort: a lost entry only
/// costs a rebuild).
pub fn record(engine: &Engine, key: &str, id: &str) {
    let dir = dir(engine);
    if crate::engine::store::ensure_dir(&dir).is_err() {
        return;
    }
    let path = dir.join(key);
    let tmp = path.with_extension("partial");
    if std::fs::write(&tmp, id).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}

/// Every entry: its key and image ID.
pub fn entries(engine: &Engine) -> Vec<(String, String)> {
    let Ok(read) = std::fs::read_dir(dir(engine)) else {
        return Vec::new();
    };
    read.flatten()
        .filter_map(|e| {
            let key = e.file_name().to_string_lossy().into_owned();
            if key.ends_with(".partial") {
                return None;
            }
            lookup(engine, &key).map(|id| (key, id))
        })
        .collect()
}

/// Forgets `key`.
pub fn forget(engine: &Engine, key: &str) -> std::io::Result<()> {
    match std::fs::remove_file(dir(engine).join(key)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
