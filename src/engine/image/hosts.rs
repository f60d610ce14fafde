//! Which endpoints serve a registry, and how to talk to each: containerd's
//! `certs.d/<host>/hosts.toml`, docker's `certs.d/<host>/{*.crt,*.cert,*.key}`,
//! `--insecure-registry`, and plain HTTP for loopback registries.

use std::collections::BTreeMap;
use std::fs;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::engine::RegistryOptions;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    pub pull: bool,
    pub resolve: bool,
    pub push: bool,
}

impl Capabilities {
    const ALL: Capabilities = Capabilities {
        pull: true,
        resolve: true,
        push: true,
    };
}

/// One endpoint for a registry: the upstream or a mirror.
#[derive(Debug, Clone)]
pub struct HostConfig {
    /// `scheme://host[:port]` plus the API path prefix (`/v2` unless `override_path`).
    pub base_url: String,
    pub capabilities: Capabilities,
    pub skip_verify: bool,
    pub ca: Vec<PathBuf>,
    /// Client certificate and key (None when the key is inside the certificate PEM).
    pub client: Vec<(PathBuf, Option<PathBuf>)>,
    pub headers: Vec<(String, String)>,
    /// For mirrors: the registry being mirrored, sent as `?ns=`.
    pub namespace_param: Option<String>,
    /// Try plain HTTP when HTTPS fails (insecure and loopback registries).
    pub http_fallback: bool,
}

impl HostConfig {
    pub fn host(&self) -> &str {
        let rest = self
            .base_url
            .split_once("://")
            .map_or(self.base_url.as_str(), |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }
}

/// Where registry host directories are looked up by default (nerdctl's order).
pub fn default_hosts_dirs(rootless: bool) -> Vec<PathBuf> {
    if rootless {
        let config = dirs::config_dir().unwrap_or_else(|| PathBuf::from("/nonexistent"));
        vec![
            config.join("containerd/certs.d"),
            config.join("docker/certs.d"),
        ]
    } else {
        vec![
            PathBuf::from("/etc/containerd/certs.d"),
            PathBuf::from("/etc/docker/certs.d"),
        ]
    }
}

/// Whether `host[:port]` names this machine (docker treats 127.0.0.0/8 as insecure).
pub fn is_loopback(registry: &str) -> bool {
    let host = strip_port(registry);
    if host == "localhost" {
        return true;
    }
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

fn strip_port(registry: &str) -> &str {
    if let Some(end) = registry.strip_prefix('[').and_then(|r| r.find(']')) {
        return &registry[..end + 2];
    }
    registry.rsplit_once(':').map_or(registry, |(h, _)| h)
}

/// The host that really serves a registry name (docker.io is registry-1.docker.io).
pub fn upstream_host(registry: &str) -> &str {
    match registry {
        "docker.io" | "index.docker.io" => "registry-1.docker.io",
        other => other,
    }
}

/// The endpoints for `registry`, mirrors first (in file order) and the upstream last.
pub fn resolve(
    registry: &str,
    opts: &RegistryOptions,
    rootless: bool,
) -> Result<Vec<HostConfig>, String> {
    let insecure = opts.insecure.iter().any(|r| r == registry);
    let dirs = if opts.hosts_dirs.is_empty() {
        default_hosts_dirs(rootless)
    } else {
        opts.hosts_dirs.clone()
    };
    for dir in &dirs {
        if let Some(host_dir) = find_host_dir(dir, registry) {
            let mut hosts = load_host_dir(&host_dir, registry)?;
            if insecure {
                for h in &mut hosts {
                    h.skip_verify = true;
                    h.http_fallback = true;
                }
            }
            return Ok(hosts);
        }
    }
    Ok(vec![default_upstream(registry, insecure)])
}

fn default_upstream(registry: &str, insecure: bool) -> HostConfig {
    let loopback = is_loopback(registry);
    HostConfig {
        base_url: format!("https://{}/v2", upstream_host(registry)),
        capabilities: Capabilities::ALL,
        skip_verify: insecure || loopback,
        ca: Vec::new(),
        client: Vec::new(),
        headers: Vec::new(),
        namespace_param: None,
        http_fallback: insecure || loopback,
    }
}

/// The directory for `registry` under `dir`: `host:port`, `host_port_`, `host`, then `_default`.
fn find_host_dir(dir: &Path, registry: &str) -> Option<PathBuf> {
    let registry = if registry == "index.docker.io" {
        "docker.io"
    } else {
        registry
    };
    let mut names = vec![registry.to_string()];
    if let Some((host, port)) = registry.rsplit_once(':').filter(|(_, p)| !p.contains(']')) {
        names.push(format!("{host}_{port}_"));
        names.push(host.to_string());
    }
    names.push("_default".to_string());
    names.into_iter().map(|n| dir.join(n)).find(|p| p.is_dir())
}

#[derive(Debug, Deserialize, Default)]
struct HostsFile {
    server: Option<String>,
    #[serde(flatten)]
    server_settings: HostSettings,
    #[serde(default)]
    host: toml::Table,
}

#[derive(Debug, Deserialize, Default)]
struct HostSettings {
    capabilities: Option<Vec<String>>,
    ca: Option<StringOrList>,
    client: Option<toml::Value>,
    skip_verify: Option<bool>,
    #[serde(default)]
    header: BTreeMap<String, StringOrList>,
    override_path: Option<bool>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
enum StringOrList {
    One(String),
    Many(Vec<String>),
}

impl StringOrList {
    fn list(&self) -> Vec<String> {
        match self {
            StringOrList::One(s) => vec![s.clone()],
            StringOrList::Many(v) => v.clone(),
        }
    }
}

fn load_host_dir(host_dir: &Path, registry: &str) -> Result<Vec<HostConfig>, String> {
    let toml_path = host_dir.join("hosts.toml");
    if !toml_path.is_file() {
        return Ok(vec![docker_style(host_dir, registry)]);
    }
    let text = fs::read_to_string(&toml_path)
        .map_err(|e| format!("reading {}: {e}", toml_path.display()))?;
    let parsed: HostsFile =
        toml::from_str(&text).map_err(|e| format!("parsing {}: {e}", toml_path.display()))?;
    let rel = |p: &str| -> PathBuf {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            host_dir.join(p)
        }
    };
    let build = |url: &str, s: &HostSettings, mirror: bool| -> Result<HostConfig, String> {
        let url = url.trim_end_matches('/');
        let url = if url.contains("://") {
            url.to_string()
        } else {
            format!("https://{url}")
        };
        let base_url = if s.override_path.unwrap_or(false) {
            url
        } else {
            format!("{url}/v2")
        };
        let capabilities = match &s.capabilities {
            None => Capabilities::ALL,
            Some(list) => Capabilities {
                pull: list.iter().any(|c| c == "pull"),
                resolve: list.iter().any(|c| c == "resolve"),
                push: list.iter().any(|c| c == "push"),
            },
        };
        let client = match &s.client {
            None => Vec::new(),
            Some(v) => parse_client(v, &rel)
                .map_err(|e| format!("{}: client: {e}", toml_path.display()))?,
        };
        Ok(HostConfig {
            base_url,
            capabilities,
            skip_verify: s.skip_verify.unwrap_or(false),
            ca: s
                .ca
                .iter()
                .flat_map(|c| c.list())
                .map(|c| rel(&c))
                .collect(),
            client,
            headers: s
                .header
                .iter()
                .flat_map(|(k, v)| v.list().into_iter().map(move |v| (k.clone(), v)))
                .collect(),
            namespace_param: mirror.then(|| registry.to_string()),
            http_fallback: false,
        })
    };
    let mut hosts = Vec::new();
    // toml::Table keeps file order (preserve_order is on by default in toml 0.9).
    for (url, value) in &parsed.host {
        let settings: HostSettings = value
            .clone()
            .try_into()
            .map_err(|e| format!("parsing {} [host.{url:?}]: {e}", toml_path.display()))?;
        hosts.push(build(url, &settings, true)?);
    }
    match &parsed.server {
        Some(server) => hosts.push(build(server, &parsed.server_settings, false)?),
        None => {
            let mut upstream = default_upstream(registry, false);
            upstream.skip_verify |= parsed.server_settings.skip_verify.unwrap_or(false);
            hosts.push(upstream);
        }
    }
    Ok(hosts)
}

fn parse_client(
    v: &toml::Value,
    rel: &dyn Fn(&str) -> PathBuf,
) -> Result<Vec<(PathBuf, Option<PathBuf>)>, String> {
    let pair = |v: &toml::Value| -> Result<(PathBuf, Option<PathBuf>), String> {
        match v {
            toml::Value::String(cert) => Ok((rel(cert), None)),
            toml::Value::Array(a) => match a.as_slice() {
                [toml::Value::String(c), toml::Value::String(k)] => {
                    Ok((rel(c), (!k.is_empty()).then(|| rel(k))))
                }
                [toml::Value::String(c)] => Ok((rel(c), None)),
                _ => Err("expected [cert, key]".into()),
            },
            _ => Err("expected a path or [cert, key]".into()),
        }
    };
    match v {
        toml::Value::String(_) => Ok(vec![pair(v)?]),
        toml::Value::Array(items) if items.iter().all(|i| i.is_str()) && items.len() == 2 => {
            // ["cert", "key"] is one pair, as containerd reads it.
            Ok(vec![pair(v)?])
        }
        toml::Value::Array(items) => items.iter().map(pair).collect(),
        _ => Err("expected a path, a list, or a list of [cert, key] pairs".into()),
    }
}

/// Docker's `certs.d/<host>/` layout: `*.crt` are CAs, `x.cert` + `x.key` a client pair.
fn docker_style(host_dir: &Path, registry: &str) -> HostConfig {
    let mut cfg = default_upstream(registry, false);
    cfg.skip_verify = false;
    cfg.http_fallback = false;
    let mut entries: Vec<PathBuf> = fs::read_dir(host_dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        match path.extension().and_then(|e| e.to_str()) {
            Some("crt") => cfg.ca.push(path),
            Some("cert") => {
                let key = path.with_extension("key");
                if key.is_file() {
                    cfg.client.push((path, Some(key)));
                }
            }
            _ => {}
        }
    }
    cfg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(dir: &Path) -> RegistryOptions {
        RegistryOptions {
            hosts_dirs: vec![dir.to_path_buf()],
            insecure: Vec::new(),
        }
    }

    #[test]
    fn loopback_detection() {
        assert!(is_loopback("localhost:5000"));
        assert!(is_loopback("127.0.0.1:5000"));
        assert!(is_loopback("127.1.2.3"));
        assert!(is_loopback("[::1]:5000"));
        assert!(!is_loopback("example.com:5000"));
        assert!(!is_loopback("docker.io"));
    }

    #[test]
    fn default_docker_hub_endpoint() {
        let dir = tempfile::tempdir().expect("tempdir");
        let hosts = resolve("docker.io", &opts(dir.path()), false).expect("resolve");
        assert_eq!(hosts.len(), 1);
        assert_eq!(hosts[0].base_url, "https://registry-1.docker.io/v2");
        assert!(!hosts[0].http_fallback);
    }

    #[test]
    fn hosts_toml_mirrors_in_order_then_server() {
        let dir = tempfile::tempdir().expect("tempdir");
        let host_dir = dir.path().join("example.com:5000");
        fs::create_dir_all(&host_dir).expect("mkdir");
        fs::write(
            host_dir.join("hosts.toml"),
            r#"
server = "https://example.com:5000"
capabilities = ["pull", "resolve", "push"]

[host."http://mirror-b:5001"]
  capabilities = ["pull"]
  skip_verify = true
  [host."http://mirror-b:5001".header]
    x-one = "1"

[host."https://mirror-a/custom/path"]
  capabilities = ["pull", "resolve"]
  override_path = true
  ca = "ca.pem"
  client = [["c.pem", "k.pem"]]
"#,
        )
        .expect("write");
        let hosts = resolve("example.com:5000", &opts(dir.path()), false).expect("resolve");
        let urls: Vec<&str> = hosts.iter().map(|h| h.base_url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "http://mirror-b:5001/v2",
                "https://mirror-a/custom/path",
                "https://example.com:5000/v2"
            ]
        );
        assert!(hosts[0].capabilities.pull && !hosts[0].capabilities.resolve);
        assert_eq!(hosts[0].headers, vec![("x-one".into(), "1".into())]);
        assert_eq!(
            hosts[0].namespace_param.as_deref(),
            Some("example.com:5000")
        );
        assert_eq!(hosts[1].ca, vec![host_dir.join("ca.pem")]);
        assert_eq!(
            hosts[1].client,
            vec![(host_dir.join("c.pem"), Some(host_dir.join("k.pem")))]
        );
        assert!(hosts[2].namespace_param.is_none());
        assert!(hosts[2].capabilities.push);
    }

    #[test]
    fn docker_style_certificates() {
        let dir = tempfile::tempdir().expect("tempdir");
        let host_dir = dir.path().join("reg.local");
        fs::create_dir_all(&host_dir).expect("mkdir");
        for f in ["ca.crt", "client.cert", "client.key"] {
            fs::write(host_dir.join(f), "x").expect("write");
        }
        let hosts = resolve("reg.local", &opts(dir.path()), false).expect("resolve");
        assert_eq!(hosts[0].ca, vec![host_dir.join("ca.crt")]);
        assert_eq!(
            hosts[0].client,
            vec![(
                host_dir.join("client.cert"),
                Some(host_dir.join("client.key"))
            )]
        );
    }

    #[test]
    fn port_dir_fallbacks_and_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::create_dir_all(dir.path().join("_default")).expect("mkdir");
        fs::write(
            dir.path().join("_default/hosts.toml"),
            "server = \"https://fallback\"\n",
        )
        .expect("write");
        let hosts = resolve("other:1", &opts(dir.path()), false).expect("resolve");
        assert_eq!(hosts[0].base_url, "https://fallback/v2");
        fs::create_dir_all(dir.path().join("other_1_")).expect("mkdir");
        let hosts = resolve("other:1", &opts(dir.path()), false).expect("resolve");
        assert_eq!(hosts[0].base_url, "https://other:1/v2");
    }
}
