//! Registry credentials: docker's `config.json` (auths, credsStore, credHelpers)
//! and podman's `auth.json` files, read in podman's order.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::engine::store::atomic::write_atomic;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    Basic {
        username: String,
        password: String,
    },
    /// An OAuth2 refresh token (docker's `identitytoken`).
    IdentityToken(String),
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct AuthFile {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    auths: BTreeMap<String, AuthEntry>,
    #[serde(
        rename = "credsStore",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    creds_store: Option<String>,
    #[serde(
        rename = "credHelpers",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    cred_helpers: BTreeMap<String, String>,
    #[serde(flatten)]
    other: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct AuthEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    auth: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    identitytoken: Option<String>,
    #[serde(flatten)]
    other: BTreeMap<String, serde_json::Value>,
}

/// The key docker uses for a registry in config.json.
pub fn config_key(registry: &str) -> String {
    match registry {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => {
            "https://index.docker.io/v1/".to_string()
        }
        other => other.to_string(),
    }
}

/// Reduces legacy keys (`https://host/v1/`) to a host, as docker's ConvertToHostname.
fn key_host(key: &str) -> &str {
    let k = key
        .strip_prefix("https://")
        .or_else(|| key.strip_prefix("http://"))
        .unwrap_or(key);
    k.split('/').next().unwrap_or(k)
}

fn same_registry(key: &str, registry: &str) -> bool {
    let canon = |h: &str| -> String {
        match h {
            "docker.io" | "index.docker.io" | "registry-1.docker.io" => "docker.io".into(),
            other => other.into(),
        }
    };
    key == config_key(registry) || canon(key_host(key)) == canon(registry)
}

fn docker_config_path() -> Option<PathBuf> {
    match std::env::var_os("DOCKER_CONFIG") {
        Some(dir) => Some(PathBuf::from(dir).join("config.json")),
        None => dirs::home_dir().map(|h| h.join(".docker/config.json")),
    }
}

/// The files credentials are read from, in podman's order (docker's config last).
fn read_paths() -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if let Some(f) = std::env::var_os("REGISTRY_AUTH_FILE") {
        paths.push(PathBuf::from(f));
    }
    if let Some(run) = dirs::runtime_dir() {
        paths.push(run.join("containers/auth.json"));
    }
    if let Some(cfg) = dirs::config_dir() {
        paths.push(cfg.join("containers/auth.json"));
    }
    paths.extend(docker_config_path());
    paths
}

/// Where `login` stores credentials: `$REGISTRY_AUTH_FILE` if set, else docker's config.json.
pub fn write_path() -> Option<PathBuf> {
    std::env::var_os("REGISTRY_AUTH_FILE")
        .map(PathBuf::from)
        .or_else(docker_config_path)
}

fn load(path: &PathBuf) -> Result<Option<AuthFile>, String> {
    match std::fs::read(path) {
        Ok(data) => serde_json::from_slice(&data)
            .map(Some)
            .map_err(|e| format!("reading credentials from {}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("reading credentials from {}: {e}", path.display())),
    }
}

fn decode_auth(auth: &str) -> Option<Credentials> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(auth.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (user, pass) = text.split_once(':')?;
    if user.is_empty() {
        return None;
    }
    Some(Credentials::Basic {
        username: user.to_string(),
        password: pass.trim_end_matches('\0').to_string(),
    })
}

/// Finds credentials for `registry`; None means anonymous.
pub fn lookup(registry: &str) -> Result<Option<Credentials>, String> {
    for path in read_paths() {
        let Some(file) = load(&path)? else { continue };
        if let Some(helper) = file
            .cred_helpers
            .iter()
            .find(|(k, _)| same_registry(k, registry))
            .map(|(_, h)| h.clone())
            .or(file.creds_store.clone())
        {
            if let Some(c) = helper_get(&helper, &config_key(registry))? {
                return Ok(Some(c));
            }
        }
        for (key, entry) in &file.auths {
            if !same_registry(key, registry) {
                continue;
            }
            if let Some(token) = entry.identitytoken.as_ref().filter(|t| !t.is_empty()) {
                return Ok(Some(Credentials::IdentityToken(token.clone())));
            }
            if let Some(c) = entry.auth.as_deref().and_then(decode_auth) {
                return Ok(Some(c));
            }
        }
    }
    Ok(None)
}

fn helper_get(helper: &str, server: &str) -> Result<Option<Credentials>, String> {
    let program = format!("docker-credential-{helper}");
    let out = run_helper(&program, "get", server.as_bytes())?;
    let Some(stdout) = out else { return Ok(None) };
    #[derive(Deserialize)]
    struct HelperCreds {
        #[serde(rename = "Username")]
        username: String,
        #[serde(rename = "Secret")]
        secret: String,
    }
    let creds: HelperCreds = serde_json::from_slice(&stdout)
        .map_err(|e| format!("{program}: unexpected output: {e}"))?;
    Ok(Some(if creds.username == "<token>" {
        Credentials::IdentityToken(creds.secret)
    } else {
        Credentials::Basic {
            username: creds.username,
            password: creds.secret,
        }
    }))
}

/// Runs a credential helper; Ok(None) when it reports that it has no credentials.
fn run_helper(program: &str, verb: &str, input: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut child = Command::new(program)
        .arg(verb)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("credential helper {program}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input)
            .map_err(|e| format!("credential helper {program}: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("credential helper {program}: {e}"))?;
    if out.status.success() {
        return Ok(Some(out.stdout));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    if text.contains("credentials not found") {
        return Ok(None);
    }
    Err(format!(
        "credential helper {program} {verb} failed: {}",
        String::from_utf8_lossy(&out.stderr).trim()
    ))
}

/// Stores credentials for `registry` as `docker login` does; returns the file written.
pub fn store(registry: &str, username: &str, password: &str) -> Result<PathBuf, String> {
    let path = write_path().ok_or("cannot find a home directory to store credentials")?;
    let mut file = load(&path)?.unwrap_or_default();
    let key = config_key(registry);
    let helper = file
        .cred_helpers
        .get(&key)
        .cloned()
        .or(file.creds_store.clone());
    let mut entry = file.auths.get(&key).cloned().unwrap_or_default();
    if let Some(helper) = helper {
        let body = serde_json::json!({"ServerURL": key, "Username": username, "Secret": password});
        run_helper(
            &format!("docker-credential-{helper}"),
            "store",
            body.to_string().as_bytes(),
        )?;
        entry.auth = None;
    } else {
        entry.auth = Some(
            base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}")),
        );
    }
    entry.identitytoken = None;
    file.auths.insert(key, entry);
    save(&path, &file)?;
    Ok(path)
}

/// Removes stored credentials; Ok(false) when there were none.
pub fn erase(registry: &str) -> Result<bool, String> {
    let Some(path) = write_path() else {
        return Ok(false);
    };
    let Some(mut file) = load(&path)? else {
        return Ok(false);
    };
    let key = config_key(registry);
    let helper = file
        .cred_helpers
        .get(&key)
        .cloned()
        .or(file.creds_store.clone());
    let keys: Vec<String> = file
        .auths
        .keys()
        .filter(|k| same_registry(k, registry))
        .cloned()
        .collect();
    if let Some(helper) = helper {
        run_helper(
            &format!("docker-credential-{helper}"),
            "erase",
            key.as_bytes(),
        )?;
    }
    if keys.is_empty() {
        return Ok(false);
    }
    for k in keys {
        file.auths.remove(&k);
    }
    save(&path, &file)?;
    Ok(true)
}

fn save(path: &PathBuf, file: &AuthFile) -> Result<(), String> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if let Some(dir) = path.parent() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    let data = serde_json::to_vec_pretty(file).map_err(|e| e.to_string())?;
    write_atomic(path, &data).map_err(|e| format!("writing {}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Basic credentials as an `Authorization` header value.
pub fn basic_header(username: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_match_like_docker() {
        assert!(same_registry("https://index.docker.io/v1/", "docker.io"));
        assert!(same_registry("docker.io", "docker.io"));
        assert!(same_registry("https://reg:5000/v1/", "reg:5000"));
        assert!(!same_registry("reg:5001", "reg:5000"));
    }

    #[test]
    fn decodes_basic_auth() {
        assert_eq!(
            decode_auth("dTpw"),
            Some(Credentials::Basic {
                username: "u".into(),
                password: "p".into()
            })
        );
        assert_eq!(decode_auth("OnA="), None, "empty user is rejected");
    }
}
