//! A registry client for the distribution API, built on reqwest so that every
//! endpoint can have its own TLS settings, headers, path and scheme fallback.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{
    HeaderMap, HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE,
};
use reqwest::{Method, Response, StatusCode};
use serde::Deserialize;

use super::auth::{basic_header, Credentials};
use super::hosts::HostConfig;
use crate::engine::store::content::sha256_digest;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Pull,
    Push,
}

impl Operation {
    fn scope_actions(self) -> &'static str {
        match self {
            Operation::Pull => "pull",
            Operation::Push => "pull,push",
        }
    }
}

/// What went wrong talking to a registry; the text is what the user sees.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Denied(String),
    #[error("{0}")]
    Transport(String),
    #[error("{0}")]
    Protocol(String),
}

/// One endpoint and its live state (scheme fallback, cached tokens).
struct Endpoint {
    cfg: HostConfig,
    http: reqwest::Client,
    use_plain_http: AtomicBool,
    /// Authorization header per repository (and operation).
    auth: Mutex<HashMap<String, String>>,
}

impl Endpoint {
    fn base(&self) -> String {
        if self.use_plain_http.load(Ordering::Relaxed) {
            self.cfg.base_url.replacen("https://", "http://", 1)
        } else {
            self.cfg.base_url.clone()
        }
    }

    fn url(&self, repo: &str, tail: &str) -> String {
        let mut url = if repo.is_empty() {
            format!("{}/", self.base())
        } else {
            format!("{}/{repo}/{tail}", self.base())
        };
        if let Some(ns) = &self.cfg.namespace_param {
            url.push_str(if url.contains('?') { "&ns=" } else { "?ns=" });
            url.push_str(ns);
        }
        url
    }
}

/// A manifest as fetched: exact bytes, its digest and content type.
#[derive(Debug, Clone)]
pub struct FetchedManifest {
    pub bytes: Bytes,
    pub digest: String,
    pub media_type: Option<String>,
}

pub struct RegistryClient {
    registry: String,
    endpoints: Vec<Endpoint>,
    creds: Option<Credentials>,
    op: Operation,
}

const RETRIES: u32 = 3;

impl RegistryClient {
    pub fn new(
        registry: &str,
        hosts: Vec<HostConfig>,
        creds: Option<Credentials>,
        op: Operation,
    ) -> Result<RegistryClient, RegistryError> {
        let endpoints = hosts
            .into_iter()
            .filter(|h| match op {
                Operation::Pull => h.capabilities.pull || h.capabilities.resolve,
                Operation::Push => h.capabilities.push,
            })
            .map(|cfg| {
                let http = build_http(&cfg)?;
                Ok(Endpoint {
                    cfg,
                    http,
                    use_plain_http: AtomicBool::new(false),
                    auth: Mutex::new(HashMap::new()),
                })
            })
            .collect::<Result<Vec<_>, RegistryError>>()?;
        if endpoints.is_empty() {
            return Err(RegistryError::Protocol(format!(
                "no endpoint configured for {registry} can {}",
                if op == Operation::Push {
                    "push"
                } else {
                    "pull"
                }
            )));
        }
        Ok(RegistryClient {
            registry: registry.to_string(),
            endpoints,
            creds,
            op,
        })
    }

    pub fn registry(&self) -> &str {
        &self.registry
    }

    /// Sends one request to `url` on `ep`, handling auth challenges, transient
    /// failures (with backoff) and the HTTPS-to-HTTP fallback.
    async fn send_url(
        &self,
        ep: &Endpoint,
        method: Method,
        url_for: &(dyn Fn(&Endpoint) -> String + Sync),
        repo: &str,
        headers: HeaderMap,
        body: Option<Bytes>,
    ) -> Result<Response, RegistryError> {
        let mut attempt = 0;
        let mut authenticated_retry = false;
        loop {
            let url = url_for(ep);
            let mut req = ep
                .http
                .request(method.clone(), &url)
                .headers(headers.clone());
            for (k, v) in &ep.cfg.headers {
                req = req.header(k.as_str(), v.as_str());
            }
            let cached = ep.auth.lock().ok().and_then(|m| m.get(repo).cloned());
            if let Some(auth) = cached {
                req = req.header(AUTHORIZATION, auth);
            }
            if let Some(b) = &body {
                req = req.body(b.clone());
            }
            let verb = method_name(&method);
            let resp = match req.send().await {
                Ok(r) => r,
                Err(e) => {
                    let https = url.starts_with("https://");
                    if https && ep.cfg.http_fallback && !ep.use_plain_http.load(Ordering::Relaxed) {
                        ep.use_plain_http.store(true, Ordering::Relaxed);
                        continue;
                    }
                    // A server that rejects our client certificate after a TLS 1.3 handshake
                    // can close the connection before hyper sends the request; only a new
                    // connection shows the real TLS alert.
                    let dropped = is_dropped_connection(&e);
                    if (e.is_connect() || e.is_timeout() || dropped)
                        && attempt < RETRIES
                        && (dropped || !is_tls(&e))
                    {
                        attempt += 1;
                        backoff(attempt).await;
                        continue;
                    }
                    return Err(RegistryError::Transport(format!(
                        "{verb} \"{url}\": {}",
                        root_cause(&e)
                    )));
                }
            };
            let status = resp.status();
            if status.is_success() {
                return Ok(resp);
            }
            if status == StatusCode::UNAUTHORIZED && !authenticated_retry {
                let challenge = resp
                    .headers()
                    .get(WWW_AUTHENTICATE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                if let Some(challenge) = challenge {
                    if let Some(header) = self.authorize(ep, &challenge, repo).await? {
                        if let Ok(mut m) = ep.auth.lock() {
                            m.insert(repo.to_string(), header);
                        }
                        authenticated_retry = true;
                        continue;
                    }
                }
            }
            let transient = status.is_server_error()
                || status == StatusCode::TOO_MANY_REQUESTS
                || status == StatusCode::REQUEST_TIMEOUT;
            if transient && attempt < RETRIES {
                attempt += 1;
                backoff(attempt).await;
                continue;
            }
            let text = resp.text().await.unwrap_or_default();
            let detail = error_detail(status, &text);
            return Err(match status {
                StatusCode::NOT_FOUND => RegistryError::NotFound(detail),
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => RegistryError::Denied(detail),
                _ => RegistryError::Protocol(format!("{verb} \"{url}\": {detail}")),
            });
        }
    }

    /// Answers an auth challenge: a bearer token from the realm, or basic credentials.
    async fn authorize(
        &self,
        ep: &Endpoint,
        challenge: &str,
        repo: &str,
    ) -> Result<Option<String>, RegistryError> {
        let (scheme, params) = parse_challenge(challenge);
        if scheme.eq_ignore_ascii_case("basic") {
            return Ok(match &self.creds {
                Some(Credentials::Basic { username, password }) => {
                    Some(basic_header(username, password))
                }
                _ => None,
            });
        }
        if !scheme.eq_ignore_ascii_case("bearer") {
            return Ok(None);
        }
        let Some(realm) = params.get("realm") else {
            return Ok(None);
        };
        let mut query: Vec<(String, String)> = Vec::new();
        if let Some(service) = params.get("service") {
            query.push(("service".into(), service.clone()));
        }
        if !repo.is_empty() {
            query.push((
                "scope".into(),
                format!("repository:{repo}:{}", self.op.scope_actions()),
            ));
        }
        let resp = match &self.creds {
            Some(Credentials::IdentityToken(token)) => {
                let mut form = query.clone();
                form.push(("grant_type".into(), "refresh_token".into()));
                form.push(("refresh_token".into(), token.clone()));
                form.push(("client_id".into(), "skiff".into()));
                let body = form
                    .iter()
                    .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
                    .collect::<Vec<_>>()
                    .join("&");
                ep.http
                    .post(realm)
                    .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(body)
                    .send()
                    .await
            }
            creds => {
                let qs = query
                    .iter()
                    .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
                    .collect::<Vec<_>>()
                    .join("&");
                let sep = if realm.contains('?') { '&' } else { '?' };
                let mut req = ep.http.get(format!("{realm}{sep}{qs}"));
                if let Some(Credentials::Basic { username, password }) = creds {
                    req = req.header(AUTHORIZATION, basic_header(username, password));
                }
                req.send().await
            }
        }
        .map_err(|e| RegistryError::Transport(format!("Get \"{realm}\": {}", root_cause(&e))))?;
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(RegistryError::Denied(error_detail(status, &text)));
        }
        #[derive(Deserialize)]
        struct TokenResponse {
            token: Option<String>,
            access_token: Option<String>,
        }
        let token: TokenResponse = serde_json::from_str(&text)
            .map_err(|e| RegistryError::Protocol(format!("token response from {realm}: {e}")))?;
        Ok(token
            .token
            .or(token.access_token)
            .filter(|t| !t.is_empty())
            .map(|t| format!("Bearer {t}")))
    }

    /// Checks that the registry accepts our credentials (`GET /v2/`), as `login` does.
    pub async fn check_login(&self) -> Result<(), RegistryError> {
        let ep = self
            .endpoints
            .last()
            .ok_or_else(|| RegistryError::Protocol(format!("no endpoint for {}", self.registry)))?;
        // Ask for a token without a repository scope, then GET /v2/ with it.
        self.send_url(
            ep,
            Method::GET,
            &|ep| ep.url("", ""),
            "",
            HeaderMap::new(),
            None,
        )
        .await
        .map(drop)
    }

    fn endpoints_for(&self, resolving: bool) -> impl Iterator<Item = &Endpoint> {
        self.endpoints.iter().filter(move |e| match self.op {
            Operation::Pull if resolving => e.cfg.capabilities.resolve,
            Operation::Pull => e.cfg.capabilities.pull,
            Operation::Push => e.cfg.capabilities.push,
        })
    }

    /// Tries each capable endpoint in order; the last error wins if all fail.
    async fn first_ok<'a, T, F, Fut>(&'a self, resolving: bool, f: F) -> Result<T, RegistryError>
    where
        F: Fn(&'a Endpoint) -> Fut,
        Fut: std::future::Future<Output = Result<T, RegistryError>>,
    {
        let mut last = None;
        for ep in self.endpoints_for(resolving) {
            match f(ep).await {
                Ok(v) => return Ok(v),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| {
            RegistryError::Protocol(format!("no endpoint of {} can serve this", self.registry))
        }))
    }

    /// Fetches a manifest by tag or digest, keeping its exact bytes.
    pub async fn manifest(
        &self,
        repo: &str,
        reference: &str,
        accept: &[&str],
    ) -> Result<FetchedManifest, RegistryError> {
        let by_digest = reference.contains(':');
        let mut headers = HeaderMap::new();
        headers.insert(
            ACCEPT,
            HeaderValue::from_str(&accept.join(", "))
                .map_err(|e| RegistryError::Protocol(e.to_string()))?,
        );
        let tail = format!("manifests/{reference}");
        self.first_ok(!by_digest, |ep| {
            let headers = headers.clone();
            let tail = tail.clone();
            async move {
                let resp = self
                    .send_url(
                        ep,
                        Method::GET,
                        &|ep| ep.url(repo, &tail),
                        repo,
                        headers,
                        None,
                    )
                    .await?;
                let media_type = resp
                    .headers()
                    .get(CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .map(|s| s.split(';').next().unwrap_or(s).trim().to_string());
                let bytes = resp.bytes().await.map_err(|e| {
                    RegistryError::Transport(format!("reading manifest: {}", root_cause(&e)))
                })?;
                let digest = sha256_digest(&bytes);
                if by_digest && digest != reference {
                    return Err(RegistryError::Protocol(format!(
                        "manifest {reference}: content hashes to {digest}"
                    )));
                }
                Ok(FetchedManifest {
                    bytes,
                    digest,
                    media_type,
                })
            }
        })
        .await
    }

    /// Starts downloading a blob; the caller streams and verifies the body.
    pub async fn blob(&self, repo: &str, digest: &str) -> Result<Response, RegistryError> {
        let tail = format!("blobs/{digest}");
        self.first_ok(false, |ep| {
            let tail = tail.clone();
            async move {
                self.send_url(
                    ep,
                    Method::GET,
                    &|ep| ep.url(repo, &tail),
                    repo,
                    HeaderMap::new(),
                    None,
                )
                .await
            }
        })
        .await
    }

    /// The registry's repositories (`/v2/_catalog`), for `search`.
    pub async fn catalog(&self) -> Result<Vec<String>, RegistryError> {
        #[derive(Deserialize)]
        struct Catalog {
            #[serde(default)]
            repositories: Option<Vec<String>>,
        }
        self.first_ok(true, |ep| async move {
            let resp = self
                .send_url(
                    ep,
                    Method::GET,
                    &|ep| format!("{}/_catalog", ep.base()),
                    "",
                    HeaderMap::new(),
                    None,
                )
                .await?;
            let list: Catalog = resp.json_bytes().await?;
            Ok(list.repositories.unwrap_or_default())
        })
        .await
    }

    /// Lists a repository's tags (`-a/--all-tags`).
    pub async fn tags(&self, repo: &str) -> Result<Vec<String>, RegistryError> {
        #[derive(Deserialize)]
        struct TagList {
            #[serde(default)]
            tags: Option<Vec<String>>,
        }
        self.first_ok(true, |ep| async move {
            let resp = self
                .send_url(
                    ep,
                    Method::GET,
                    &|ep| ep.url(repo, "tags/list"),
                    repo,
                    HeaderMap::new(),
                    None,
                )
                .await?;
            let list: TagList = resp.json_bytes().await?;
            let mut tags = list.tags.unwrap_or_default();
            tags.sort();
            Ok(tags)
        })
        .await
    }

    fn push_endpoint(&self) -> Result<&Endpoint, RegistryError> {
        self.endpoints_for(false).next().ok_or_else(|| {
            RegistryError::Protocol(format!("no endpoint of {} accepts pushes", self.registry))
        })
    }

    /// Whether the registry already has a blob (so a push can skip it).
    pub async fn blob_exists(&self, repo: &str, digest: &str) -> Result<bool, RegistryError> {
        let ep = self.push_endpoint()?;
        let tail = format!("blobs/{digest}");
        match self
            .send_url(
                ep,
                Method::HEAD,
                &|ep| ep.url(repo, &tail),
                repo,
                HeaderMap::new(),
                None,
            )
            .await
        {
            Ok(_) => Ok(true),
            Err(RegistryError::NotFound(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Asks the registry to mount `digest` from repository `from` into `repo`
    /// (the distribution spec's cross-repository mount): true when it did,
    /// false when it wants the blob uploaded after all.
    pub async fn mount_blob(
        &self,
        repo: &str,
        digest: &str,
        from: &str,
    ) -> Result<bool, RegistryError> {
        let ep = self.push_endpoint()?;
        let tail = format!("blobs/uploads/?mount={digest}&from={from}");
        let resp = self
            .send_url(
                ep,
                Method::POST,
                &|ep| ep.url(repo, &tail),
                repo,
                HeaderMap::new(),
                None,
            )
            .await?;
        Ok(resp.status() == reqwest::StatusCode::CREATED)
    }

    /// Uploads a blob in chunks (POST, PATCH..., PUT ?digest=).
    pub async fn upload_blob(
        &self,
        repo: &str,
        digest: &str,
        mut next_chunk: impl FnMut() -> std::io::Result<Option<Bytes>>,
        mut progress: impl FnMut(u64),
    ) -> Result<(), RegistryError> {
        let ep = self.push_endpoint()?;
        let resp = self
            .send_url(
                ep,
                Method::POST,
                &|ep| ep.url(repo, "blobs/uploads/"),
                repo,
                HeaderMap::new(),
                None,
            )
            .await?;
        let mut location = location(ep, &resp)?;
        let mut offset: u64 = 0;
        loop {
            let chunk = next_chunk()
                .map_err(|e| RegistryError::Protocol(format!("reading blob {digest}: {e}")))?;
            let Some(chunk) = chunk else { break };
            if chunk.is_empty() {
                continue;
            }
            let len = chunk.len() as u64;
            let mut headers = HeaderMap::new();
            headers.insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            if let Ok(v) = HeaderValue::from_str(&format!("{offset}-{}", offset + len - 1)) {
                headers.insert(HeaderName::from_static("content-range"), v);
            }
            let url = location.clone();
            let resp = self
                .send_url(
                    ep,
                    Method::PATCH,
                    &|_| url.clone(),
                    repo,
                    headers,
                    Some(chunk),
                )
                .await?;
            location = self::location(ep, &resp)?;
            offset += len;
            progress(offset);
        }
        let sep = if location.contains('?') { '&' } else { '?' };
        let url = format!("{location}{sep}digest={digest}");
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        );
        self.send_url(
            ep,
            Method::PUT,
            &|_| url.clone(),
            repo,
            headers,
            Some(Bytes::new()),
        )
        .await
        .map(drop)
    }

    /// Pushes manifest bytes unchanged, so the digest stays the same.
    pub async fn put_manifest(
        &self,
        repo: &str,
        reference: &str,
        media_type: &str,
        bytes: Bytes,
    ) -> Result<(), RegistryError> {
        let ep = self.push_endpoint()?;
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_str(media_type)
                .map_err(|e| RegistryError::Protocol(e.to_string()))?,
        );
        let tail = format!("manifests/{reference}");
        self.send_url(
            ep,
            Method::PUT,
            &|ep| ep.url(repo, &tail),
            repo,
            headers,
            Some(bytes),
        )
        .await
        .map(drop)
    }
}

trait JsonBody {
    async fn json_bytes<T: serde::de::DeserializeOwned>(self) -> Result<T, RegistryError>;
}

impl JsonBody for Response {
    async fn json_bytes<T: serde::de::DeserializeOwned>(self) -> Result<T, RegistryError> {
        let url = self.url().to_string();
        let bytes = self
            .bytes()
            .await
            .map_err(|e| RegistryError::Transport(format!("reading {url}: {}", root_cause(&e))))?;
        serde_json::from_slice(&bytes)
            .map_err(|e| RegistryError::Protocol(format!("malformed response from {url}: {e}")))
    }
}

fn location(ep: &Endpoint, resp: &Response) -> Result<String, RegistryError> {
    let loc = resp
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| {
            RegistryError::Protocol("registry did not return an upload location".into())
        })?;
    if loc.starts_with("http://") || loc.starts_with("https://") {
        return Ok(loc.to_string());
    }
    // Relative to the endpoint's origin.
    let base = ep.base();
    let origin_end = base
        .find("://")
        .and_then(|i| base[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(base.len());
    Ok(format!("{}{loc}", &base[..origin_end]))
}

fn build_http(cfg: &HostConfig) -> Result<reqwest::Client, RegistryError> {
    let err = |what: &str, e: &dyn std::fmt::Display| {
        RegistryError::Protocol(format!("registry {}: {what}: {e}", cfg.host()))
    };
    let mut b = reqwest::Client::builder()
        .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(30))
        .read_timeout(Duration::from_secs(60))
        .tls_danger_accept_invalid_certs(cfg.skip_verify);
    for ca in &cfg.ca {
        let pem =
            std::fs::read(ca).map_err(|e| err(&format!("reading CA {}", ca.display()), &e))?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| err(&format!("CA {}", ca.display()), &e))?;
        for c in certs {
            b = b.add_root_certificate(c);
        }
    }
    if let Some((cert, key)) = cfg.client.first() {
        let mut pem =
            std::fs::read(cert).map_err(|e| err(&format!("reading {}", cert.display()), &e))?;
        if let Some(key) = key {
            pem.push(b'\n');
            pem.extend(
                std::fs::read(key).map_err(|e| err(&format!("reading {}", key.display()), &e))?,
            );
        }
        let id = reqwest::Identity::from_pem(&pem)
            .map_err(|e| err(&format!("client certificate {}", cert.display()), &e))?;
        b = b.identity(id);
    }
    b.build()
        .map_err(|e| err("building HTTP client", &root_cause(&e)))
}

fn method_name(m: &Method) -> String {
    let s = m.as_str();
    let mut out = s[..1].to_string();
    out.push_str(&s[1..].to_lowercase());
    out
}

async fn backoff(attempt: u32) {
    tokio::time::sleep(Duration::from_millis(100 << attempt)).await;
}

fn is_dropped_connection(e: &reqwest::Error) -> bool {
    let cause = root_cause(e);
    cause.contains("connection was not ready")
        || cause.contains("connection closed before message completed")
}

fn is_tls(e: &reqwest::Error) -> bool {
    let mut src: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = src {
        let text = s.to_string().to_lowercase();
        if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            return true;
        }
        src = s.source();
    }
    false
}

/// The innermost cause of an HTTP error, which is the part users can act on.
pub fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut last = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        last = s.to_string();
        src = s.source();
    }
    let last = match last.find(" (os error") {
        Some(i) => last[..i].to_string(),
        None => last,
    };
    last.to_lowercase()
}

/// Formats a registry error body as docker does: `<code words>: <message>`.
fn error_detail(status: StatusCode, body: &str) -> String {
    #[derive(Deserialize)]
    struct Envelope {
        errors: Vec<ErrorItem>,
    }
    #[derive(Deserialize)]
    struct ErrorItem {
        code: String,
        #[serde(default)]
        message: String,
    }
    if let Ok(env) = serde_json::from_str::<Envelope>(body) {
        let parts: Vec<String> = env
            .errors
            .iter()
            .map(|e| format!("{}: {}", e.code.to_lowercase().replace('_', " "), e.message))
            .collect();
        if !parts.is_empty() {
            return parts.join(", ");
        }
    }
    match status.canonical_reason() {
        Some(reason) => format!("{} {}", status.as_u16(), reason.to_lowercase()),
        None => status.as_u16().to_string(),
    }
}

fn parse_challenge(header: &str) -> (String, HashMap<String, String>) {
    let header = header.trim();
    let (scheme, rest) = header.split_once(' ').unwrap_or((header, ""));
    let mut params = HashMap::new();
    let mut rest = rest.trim();
    while !rest.is_empty() {
        let Some((key, after)) = rest.split_once('=') else {
            break;
        };
        let key = key.trim().trim_start_matches(',').trim().to_lowercase();
        let after = after.trim_start();
        let (value, remaining) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (&quoted[..end], &quoted[end + 1..]),
                None => (quoted, ""),
            }
        } else {
            match after.find(',') {
                Some(end) => (&after[..end], &after[end..]),
                None => (after, ""),
            }
        };
        params.insert(key, value.to_string());
        rest = remaining.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    }
    (scheme.to_string(), params)
}

fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_bearer_challenge() {
        let (scheme, p) = parse_challenge(
            r#"Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/busybox:pull""#,
        );
        assert_eq!(scheme, "Bearer");
        assert_eq!(p["realm"], "https://auth.docker.io/token");
        assert_eq!(p["service"], "registry.docker.io");
        assert_eq!(p["scope"], "repository:library/busybox:pull");
        let (scheme, p) = parse_challenge(r#"Basic realm="Registry Realm""#);
        assert_eq!(scheme, "Basic");
        assert_eq!(p["realm"], "Registry Realm");
    }

    #[test]
    fn formats_registry_errors_like_docker() {
        let body =
            r#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{}}]}"#;
        assert_eq!(
            error_detail(StatusCode::NOT_FOUND, body),
            "manifest unknown: manifest unknown"
        );
        assert_eq!(error_detail(StatusCode::NOT_FOUND, ""), "404 not found");
    }
}
