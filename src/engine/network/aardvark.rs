//! A container's names on a network with DNS, given to the network's
//! aardvark-dns directly: a line in its config file (the one netavark
//! writes: the gateway on the first line, then `ID IPV4 IPV6 NAMES`), then
//! SIGHUP. Used for containers that join with a bare veth (veth.rs) while
//! the network's anchor, set up by netavark, keeps aardvark-dns running.
//! The caller holds the store's network lock, as netavark's calls do.

use std::path::PathBuf;

use anyhow::{bail, Context as _, Result};

use crate::engine::Engine;

fn dir(engine: &Engine) -> PathBuf {
    engine.paths.runroot.join("netavark").join("aardvark-dns")
}

/// Tells aardvark-dns to read its files again.
fn reload(engine: &Engine) -> Result<()> {
    let pid_file = dir(engine).join("aardvark.pid");
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .with_context(|| format!("reading {}", pid_file.display()))?;
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGHUP,
    )
    .with_context(|| format!("signalling aardvark-dns (pid {pid})"))
}

/// Adds container `id` at `ip` under `names` on `network`.
pub fn add(engine: &Engine, network: &str, id: &str, ip: &str, names: &[String]) -> Result<()> {
    let path = dir(engine).join(network);
    let mut text = std::fs::read_to_string(&path)
        .with_context(|| format!("reading aardvark-dns's {}", path.display()))?;
    if text.lines().next().is_none() {
        bail!("aardvark-dns's {} has no gateway line", path.display());
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("{id} {ip}  {}\n", names.join(",")));
    crate::engine::store::atomic::write_atomic(&path, text.as_bytes())
        .with_context(|| format!("writing {}", path.display()))?;
    reload(engine)
}

/// Removes container `id` from `network`'s names.
pub fn remove(engine: &Engine, network: &str, id: &str) {
    let path = dir(engine).join(network);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return;
    };
    let prefix = format!("{id} ");
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with(&prefix))
        .map(|l| format!("{l}\n"))
        .collect();
    if kept.len() != text.len() {
        let _ = crate::engine::store::atomic::write_atomic(&path, kept.as_bytes());
        let _ = reload(engine);
    }
}
