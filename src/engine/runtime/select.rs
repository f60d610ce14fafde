//! Which runtime runs a container: skiff's built-in one (libcontainer, the
//! default and the fastest) or an OCI runtime binary, chosen by `--runtime`,
//! the global `--runtime`, or `default_runtime` in skiff's config file,
//! whose `[engine.runtimes]` table names binaries as containers.conf does:
//!
//! ```toml
//! [engine]
//! default_runtime = "runc"
//! runtime_flags = ["systemd-cgroup=false"]
//! [engine.runtimes]
//! runsc = ["/usr/local/bin/runsc"]
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};

use super::oci;

/// The runtime a container was created with, as its record keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeRef {
    /// Empty for the built-in runtime.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub path: String,
    /// Global flags for every call of it.
    #[serde(default)]
    pub flags: Vec<String>,
}

/// The name `--runtime` takes and inspect shows for the built-in runtime.
pub const BUILTIN: &str = "skiff";

impl RuntimeRef {
    pub fn is_builtin(&self) -> bool {
        self.name.is_empty()
    }

    /// What inspect's `HostConfig.Runtime` shows.
    pub fn display_name(&self) -> &str {
        if self.is_builtin() {
            BUILTIN
        } else {
            &self.name
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    engine: EngineSection,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EngineSection {
    /// containers.conf calls it `runtime`.
    #[serde(default, alias = "runtime")]
    default_runtime: Option<String>,
    #[serde(default)]
    runtime_flags: Vec<String>,
    #[serde(default)]
    runtimes: BTreeMap<String, Vec<PathBuf>>,
}

/// skiff's config files, the later overriding: `/etc/skiff/skiff.conf`, then
/// the user's (`$XDG_CONFIG_HOME/skiff/skiff.conf`); `$SKIFF_CONFIG` alone
/// when set.
pub fn config_files() -> Vec<PathBuf> {
    if let Some(one) = std::env::var_os("SKIFF_CONFIG") {
        return vec![PathBuf::from(one)];
    }
    let user = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|d| d.join("skiff/skiff.conf"));
    std::iter::once(PathBuf::from("/etc/skiff/skiff.conf"))
        .chain(user)
        .collect()
}

fn load_config() -> Result<EngineSection> {
    let mut merged = EngineSection::default();
    for file in config_files() {
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => bail!(
                "reading {}: {}",
                file.display(),
                crate::engine::go_error(&e)
            ),
        };
        let parsed: ConfigFile = toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            let at = line.map(|l| format!(":{l}")).unwrap_or_default();
            anyhow!("{}{at}: {}", file.display(), e.message())
        })?;
        let e = parsed.engine;
        if e.default_runtime.is_some() {
            merged.default_runtime = e.default_runtime;
        }
        if !e.runtime_flags.is_empty() {
            merged.runtime_flags = e.runtime_flags;
        }
        merged.runtimes.extend(e.runtimes);
    }
    Ok(merged)
}

/// podman's `--runtime-flag debug` is the runtime's `--debug`.
fn as_flag(flag: &str) -> String {
    if flag.starts_with('-') {
        flag.to_string()
    } else {
        format!("--{flag}")
    }
}

/// The runtime `requested` names (a name or a path; None: the configured
/// default, else the built-in one), with `flags` after the configured ones.
pub fn resolve(requested: Option<&str>, flags: &[String]) -> Result<RuntimeRef> {
    let config = load_config()?;
    let name = requested
        .map(str::to_string)
        .or(config.default_runtime.clone())
        .unwrap_or_default();
    if name.is_empty() || name == BUILTIN {
        if !flags.is_empty() {
            bail!("--runtime-flag is for OCI runtimes; skiff's built-in runtime takes none");
        }
        return Ok(RuntimeRef::default());
    }
    let (name, path) = if name.contains('/') {
        let path = PathBuf::from(&name);
        oci::check_binary(&name, &path)?;
        let base = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        (base, path)
    } else if let Some(candidates) = config.runtimes.get(&name) {
        let path = oci::first_executable(candidates).ok_or_else(|| {
            anyhow!(
                "OCI runtime {name}: none of {} is an executable file",
                candidates
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })?;
        (name, path)
    } else {
        let path = oci::on_path(&name).ok_or_else(|| {
            anyhow!("OCI runtime \"{name}\" not found: no {name} on $PATH and no [engine.runtimes] entry for it in skiff.conf")
        })?;
        (name, path)
    };
    Ok(RuntimeRef {
        name,
        path: path.to_string_lossy().into_owned(),
        flags: config
            .runtime_flags
            .iter()
            .chain(flags)
            .map(|f| as_flag(f))
            .collect(),
    })
}

/// The runtimes found here, by name: the built-in one, the configured ones
/// and the known ones on $PATH (for `info`).
pub fn available() -> Vec<(String, String)> {
    let mut out = vec![(BUILTIN.to_string(), "built in (libcontainer)".to_string())];
    let config = load_config().unwrap_or_default();
    for (name, candidates) in &config.runtimes {
        if let Some(p) = oci::first_executable(candidates) {
            out.push((name.clone(), p.display().to_string()));
        }
    }
    for name in oci::KNOWN {
        if out.iter().any(|(n, _)| n == name) {
            continue;
        }
        if let Some(p) = oci::on_path(name) {
            out.push((name.to_string(), p.display().to_string()));
        }
    }
    out
}

/// The runtime new containers get without `--runtime` (for `info`).
pub fn configured_default() -> String {
    load_config()
        .ok()
        .and_then(|c| c.default_runtime)
        .unwrap_or_else(|| BUILTIN.to_string())
}

/// The state directory of runtime `name` in a store.
pub fn state_root(runroot: &Path, name: &str) -> PathBuf {
    runroot.join("runtimes").join(name)
}
