//! Write-temp + rename, so a reader never sees half a file; with fsync where
//! the file must also survive a crash of the machine.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// A name for a temporary sibling of `path` that no other process will pick.
pub fn temp_sibling(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let suffix: u64 = rand::random();
    path.with_file_name(format!(".{name}.{}.{suffix:x}.tmp", std::process::id()))
}

/// Atomically and durably replaces `path` with `data`.
pub fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    replace(path, data, true)
}

fn replace(path: &Path, data: &[u8], durable: bool) -> io::Result<()> {
    let tmp = temp_sibling(path);
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(data)?;
        if durable {
            file.sync_all()?;
        }
        std::fs::rename(&tmp, path)?;
        if durable {
            sync_parent(path)?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// fsyncs the directory holding `path`, so a rename into it survives a crash.
pub fn sync_parent(path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        File::open(parent)?.sync_all()?;
    }
    Ok(())
}

/// Serialises `value` as pretty JSON and writes it atomically.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let data = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    write_atomic(path, &data)
}

/// Like `write_json`, without the fsyncs: for runtime state that a reboot
/// makes stale anyway (a container's state, its bundle, its network record).
/// Readers still never see half a file; each fsync here cost 0.2-4 ms on the
/// path of every container start and exit.
pub fn write_json_volatile<T: serde::Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let data = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    replace(path, &data, false)
}
