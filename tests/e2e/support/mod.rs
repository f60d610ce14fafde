//! End-to-end test support: a real `docker-registry` (Debian's packaging of
//! distribution/distribution 2.8) on 127.0.0.1, fixture images built by
//! independent tools (umoci, GNU tar, gzip, zstd, jq, skopeo, busybox-static)
//! via `make-fixtures.sh`, and a thin wrapper around the built `skiff` binary.
//!
//! Nothing here is a mock: fixtures are pushed with `skopeo copy` and the
//! registry is the real thing with filesystem storage in a temp dir.
//!
//! Fixtures (see `make-fixtures.sh` for the exact contents; digests and
//! diff_ids are in `fixtures()/fixtures.json`, see [`fixture_info`]):
//!
//! | name                 | what                                                        |
//! |----------------------|-------------------------------------------------------------|
//! | `busybox:latest`     | 1 gzip layer, busybox-static + applet symlinks, passwd/group (root, app=1000, nobody=65534), Cmd `["sh"]` |
//! | `multilayer:latest`  | busybox + 3 layers: hardlink pair, symlinks, whiteouts (dir + file), file->dir type change, opaque dir, PAX long path |
//! | `zstd:latest`        | 2 layers, both `application/vnd.oci.image.layer.v1.tar+zstd` (busybox recompressed + `/zstd.txt`) |
//! | `schema2:latest`     | busybox + label `fixture=schema2`; pushed as docker schema2 (`--format v2s2`) |
//! | `multiarch:latest`   | OCI index: linux/amd64, linux/arm64/v8, linux/arm/v7; `/arch` holds the platform string; host-arch entry also carries busybox |
//! | `corrupt:latest`     | top layer's uncompressed sha256 != config `rootfs.diff_ids` entry |
//! | `corruptblob:latest` | valid image with a unique top layer; use [`Registry::corrupt_blob`] after pushing |
//!
//! Expected merged rootfs of `multilayer:latest`:
//! * `/data/file.txt` = "v2\n" (overwritten in layer B)
//! * `/data/hard1`, `/data/hard2`: one hardlinked pair, "hardlinked\n"
//! * `/data/link-rel -> file.txt`, `/data/link-abs -> /data/file.txt`,
//!   `/data/dirlink -> sub`, `/data/dangling -> /nonexistent/target`
//! * `/data/mode600` (0600), `/data/exec.sh` (0755, prints "exec-ok"),
//!   `/home/app/owned.txt` owned 1000:1000
//! * `/data/typechange/inner.txt` ("now-a-dir\n"; was a regular file in layer A)
//! * `/data/layer2.txt` = "layer2\n"
//! * gone: `/todelete` (dir whiteout), `/data/delete-me.txt` (file whiteout)
//! * `/opaque` contains only `new.txt` (old1.txt, old2.txt, keepdir/ hidden by
//!   `.wh..wh..opq`)
//! * `/data/long/aaaa…(68)/bbbb…(56)/cccc…(64).txt` = "long\n" (PAX header path)
#![allow(dead_code)]

use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// Credentials accepted by [`Registry::start_tls_auth`] and by the token
/// server of [`Registry::start_token_auth`].
pub const REGISTRY_USER: &str = "testuser";
pub const REGISTRY_PASSWORD: &str = "testpassword";

/// What [`shared_registry`] has pushed: (fixture, repo:tag).
pub const STANDARD_PUSHES: &[(&str, &str)] = &[
    ("busybox:latest", "library/busybox:latest"),
    ("multilayer:latest", "test/multilayer:latest"),
    ("zstd:latest", "test/zstd:latest"),
    ("schema2:latest", "test/schema2:latest"),
    ("multiarch:latest", "test/multiarch:latest"),
    ("corrupt:latest", "test/corrupt:latest"),
];

const READY_TIMEOUT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------
// fixtures

fn script_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/support/make-fixtures.sh")
}

/// FNV-1a; stable across processes and toolchains (unlike DefaultHasher's
/// contract), so parallel test binaries agree on the shared directory name.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Directory holding the built fixtures (built once per machine per script
/// version; `make-fixtures.sh` serialises concurrent builders with flock and
/// publishes atomically). Override the location with `SKIFF_E2E_FIXTURES`.
pub fn fixtures() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let script = script_path();
        let contents =
            fs::read(&script).unwrap_or_else(|e| panic!("reading {}: {e}", script.display()));
        let dir = match std::env::var_os("SKIFF_E2E_FIXTURES") {
            Some(d) => PathBuf::from(d),
            None => {
                std::env::temp_dir().join(format!("skiff-e2e-fixtures-{:016x}", fnv1a(&contents)))
            }
        };
        if !dir.join(".done").exists() {
            let out = Command::new("bash")
                .arg(&script)
                .arg(&dir)
                .stdin(Stdio::null())
                .output()
                .expect("spawning bash make-fixtures.sh");
            if !out.status.success() || !dir.join(".done").exists() {
                panic!(
                    "make-fixtures.sh {} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
                    dir.display(),
                    out.status,
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
        dir
    })
}

fn fixtures_json() -> &'static serde_json::Value {
    static JSON: OnceLock<serde_json::Value> = OnceLock::new();
    JSON.get_or_init(|| {
        let p = fixtures().join("fixtures.json");
        let s = fs::read_to_string(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
        serde_json::from_str(&s).expect("parsing fixtures.json")
    })
}

/// Facts about a fixture ("busybox:latest", ...) from fixtures.json:
/// `{"manifest": "sha256:..", "mediaType": .. | null, "config": "sha256:..",
///   "architecture", "os", "variant", "layout": "oci/<name>",
///   "layers": [{"mediaType", "digest", "size", "diff_id"}]}`.
/// For `multiarch:latest`: `{"index": "sha256:..", "mediaType", "layout",
/// "manifests": [<the above, one per platform>]}`.
/// `mediaType` is null for umoci-written manifests (the field is optional in
/// OCI and umoci omits it).
pub fn fixture_info(name: &str) -> serde_json::Value {
    fixtures_json()
        .get(name)
        .unwrap_or_else(|| panic!("unknown fixture {name:?}"))
        .clone()
}

/// The OCI image layout directory of a fixture ("busybox:latest" -> .../oci/busybox).
pub fn fixture_layout(name: &str) -> PathBuf {
    let (n, _) = split_tag(name);
    fixtures().join("oci").join(n)
}

/// A skopeo/containers-image reference for a fixture: `oci:<layout>:<tag>`.
pub fn fixture_ref(name: &str) -> String {
    let (_, tag) = split_tag(name);
    format!("oci:{}:{}", fixture_layout(name).display(), tag)
}

/// `docker save`-format archive of busybox:latest (tagged busybox:latest).
pub fn busybox_docker_archive() -> PathBuf {
    fixtures().join("archives/busybox.docker.tar")
}

/// oci-archive of busybox:latest.
pub fn busybox_oci_archive() -> PathBuf {
    fixtures().join("archives/busybox.oci.tar")
}

fn split_tag(name: &str) -> (&str, &str) {
    match name.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, t),
        _ => (name, "latest"),
    }
}

// ---------------------------------------------------------------------------
// minimal HTTP/1.1 client (plain TCP only; TLS goes through curl)

#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("response is not JSON ({e}): {}", self.text()))
    }
    fn json_opt(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// `GET http://<addr><path>` over a plain TcpStream.
pub fn http_get(addr: &str, path: &str, headers: &[(&str, &str)]) -> io::Result<HttpResponse> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut req = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nUser-Agent: skiff-e2e\r\n"
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes())?;
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("bad status line {line:?}"),
            )
        })?;
    let mut hdrs = Vec::new();
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            break;
        }
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            hdrs.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let chunked = hdrs.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            r.read_line(&mut line)?;
            let n = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|e| {
                    io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("bad chunk size {line:?}: {e}"),
                    )
                })?;
            if n == 0 {
                break;
            }
            let start = body.len();
            body.resize(start + n, 0);
            r.read_exact(&mut body[start..])?;
            line.clear();
            r.read_line(&mut line)?; // CRLF after chunk
        }
    } else {
        r.read_to_end(&mut body)?;
    }
    Ok(HttpResponse {
        status,
        headers: hdrs,
        body,
    })
}

// ---------------------------------------------------------------------------
// registry

fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1:0");
    l.local_addr().unwrap().port()
}

fn run_checked(cmd: &mut Command) -> Output {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("spawning {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{cmd:?} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

/// Wrapper run under bash: starts the registry, and kills it as soon as our
/// end of the stdin pipe closes (Registry dropped *or* test process died), so
/// no registry outlives the test binary even for statics that never drop.
/// If `$root/.remove-on-exit` exists when the registry ends, `$root` is
/// deleted too (set once the registry is ready, so a SIGKILLed test binary
/// leaves neither processes nor directories behind).
/// Note: bash gives `&` jobs /dev/null as stdin, hence the fd 3 dance.
const SUPERVISOR: &str = r#"
reg=$1; root=$2
exec 3<&0
"$reg" serve "$root/config.yml" </dev/null 3<&- &
pid=$!
echo "$pid" >"$root/registry.pid"
{ while read -r _ <&3; do :; done; kill "$pid" 2>/dev/null; } &
watch=$!
exec 3<&-
wait "$pid"
status=$?
kill "$watch" 2>/dev/null
if [ -e "$root/.remove-on-exit" ]; then rm -rf "$root"; fi
exit "$status"
"#;

/// Runs `"$@"` (after the pid file argument) and kills it as soon as our end
/// of the stdin pipe closes, like [`SUPERVISOR`] does for the registry.
const PROCESS_SUPERVISOR: &str = r#"
pidfile=$1; shift
exec 3<&0
"$@" </dev/null 3<&- &
pid=$!
echo "$pid" >"$pidfile"
{ while read -r _ <&3; do :; done; kill "$pid" 2>/dev/null; } &
watch=$!
exec 3<&-
wait "$pid"
status=$?
kill "$watch" 2>/dev/null
exit "$status"
"#;

/// `service` in the token registry's config and the tokens' audience.
pub const TOKEN_SERVICE: &str = "skiff-test-registry";
/// `issuer` in the token registry's config and the tokens' `iss`.
pub const TOKEN_ISSUER: &str = "skiff-test-issuer";

fn token_server_script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/support/token-server.py")
}

/// How a [`Registry`] authenticates clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Plain HTTP, anyone may pull and push.
    Open,
    /// HTTPS + htpasswd basic auth.
    TlsBasic,
    /// HTTPS that requires a client certificate signed by the test CA; no
    /// other auth.
    Mtls,
    /// Plain HTTP + docker token auth through `token-server.py`.
    Token,
}

/// `token-server.py` on 127.0.0.1, supervised like the registry.
struct TokenServer {
    /// "127.0.0.1:PORT"
    addr: String,
    child: Child,
    stdin: Option<ChildStdin>,
    pid: Option<u32>,
}

impl TokenServer {
    /// Starts the token server signing with `dir/token.key` (certificate
    /// `dir/token.crt`); logs to `dir/token-server.log`.
    fn start(dir: &Path) -> TokenServer {
        let script = token_server_script();
        let python = std::env::var("SKIFF_E2E_PYTHON").unwrap_or_else(|_| "python3".into());
        let log_path = dir.join("token-server.log");
        let mut last_log = String::new();
        for _attempt in 0..5 {
            let port = free_port();
            let addr = format!("127.0.0.1:{port}");
            let log = fs::File::create(&log_path).unwrap();
            let pidfile = dir.join("token-server.pid");
            let _ = fs::remove_file(&pidfile);
            let mut child = Command::new("bash")
                .arg("-c")
                .arg(PROCESS_SUPERVISOR)
                .arg("skiff-e2e-token-server")
                .arg(&pidfile)
                .arg(&python)
                .arg(&script)
                .arg(port.to_string())
                .arg("--key")
                .arg(dir.join("token.key"))
                .arg("--cert")
                .arg(dir.join("token.crt"))
                .args(["--issuer", TOKEN_ISSUER, "--service", TOKEN_SERVICE])
                .args(["--user", REGISTRY_USER, "--password", REGISTRY_PASSWORD])
                .stdin(Stdio::piped())
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap_or_else(|e| panic!("spawning {python} {}: {e}", script.display()));
            let stdin = child.stdin.take();
            let mut ts = TokenServer {
                addr,
                child,
                stdin,
                pid: None,
            };
            let deadline = Instant::now() + READY_TIMEOUT;
            let mut exited = false;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = ts.child.try_wait() {
                    exited = true;
                    break;
                }
                let ready = http_get(&ts.addr, &format!("/token?service={TOKEN_SERVICE}"), &[])
                    .map(|r| r.status == 200)
                    .unwrap_or(false);
                if ready {
                    ts.pid = fs::read_to_string(&pidfile)
                        .ok()
                        .and_then(|p| p.trim().parse().ok());
                    return ts;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            last_log = fs::read_to_string(&log_path).unwrap_or_default();
            ts.shutdown();
            if !exited {
                panic!(
                    "token server at {} not ready within {READY_TIMEOUT:?}; log:\n{last_log}",
                    ts.addr
                );
            }
            // Exited early: most likely lost the port race; try another port.
        }
        panic!("token server failed to start 5 times; last log:\n{last_log}");
    }

    fn shutdown(&mut self) {
        drop(self.stdin.take()); // supervisor sees EOF and kills the server
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if let Some(pid) = self.pid {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for TokenServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A running `docker-registry serve` on 127.0.0.1 with filesystem storage
/// under `root/storage`.
pub struct Registry {
    /// "127.0.0.1:PORT"
    pub addr: String,
    /// Temp dir with config.yml, registry.log, storage/, and for TLS
    /// tls/{ca.key,server.crt,server.key}, certs/ca.crt, plus htpasswd
    /// (basic auth) or certs/{client.cert,client.key} (mTLS); for token auth
    /// token/{token.key,token.crt,token-server.log}.
    pub root: PathBuf,
    tls: bool,
    kind: Kind,
    token: Option<TokenServer>,
    child: Child,
    stdin: Option<ChildStdin>,
    dir: Option<TempDir>,
}

impl Registry {
    /// Plain HTTP, no auth. Clients must treat it as insecure
    /// (skopeo: `--tls-verify=false`).
    pub fn start() -> Registry {
        Self::start_inner(Kind::Open, false)
    }

    /// HTTPS with a self-signed cert (CN=localhost, SAN IP:127.0.0.1 +
    /// DNS:localhost; see [`Registry::ca_path`]) and htpasswd (bcrypt) basic
    /// auth for [`REGISTRY_USER`]/[`REGISTRY_PASSWORD`].
    pub fn start_tls_auth() -> Registry {
        Self::start_inner(Kind::TlsBasic, false)
    }

    /// HTTPS (server certificate as for [`Registry::start_tls_auth`], signed
    /// by the test CA at [`Registry::ca_path`]) that demands a client
    /// certificate signed by the same CA (`http.tls.clientcas`); no other
    /// auth. Without one the TLS handshake fails. The client pair is at
    /// [`Registry::client_cert_path`] / [`Registry::client_key_path`] (RSA,
    /// PKCS#8 key, extendedKeyUsage=clientAuth); [`Registry::cert_dir`] holds
    /// `ca.crt`, `client.cert` and `client.key` (docker's certs.d layout, and
    /// what `push_fixture` hands to skopeo as `--dest-cert-dir`).
    pub fn start_mtls() -> Registry {
        Self::start_inner(Kind::Mtls, false)
    }

    /// Plain HTTP with docker's token ("Bearer") auth, the flow Docker Hub
    /// uses: the registry answers 401 with
    /// `WWW-Authenticate: Bearer realm="http://127.0.0.1:TPORT/token",service="skiff-test-registry"`
    /// and accepts only JWTs from `token-server.py` (RS256, signed with a
    /// fresh key whose self-signed certificate is the registry's
    /// `rootcertbundle`, sent in the `x5c` header). The token server gives
    /// [`REGISTRY_USER`]/[`REGISTRY_PASSWORD`] every action asked for,
    /// anonymous clients `pull` on `public/*` only (an empty access list
    /// otherwise), and answers wrong credentials with 401.
    /// [`Registry::get`] and friends fetch a token with the test credentials
    /// (use [`http_get`] for anonymous requests); `push_fixture` logs in too.
    pub fn start_token_auth() -> Registry {
        Self::start_inner(Kind::Token, false)
    }

    fn start_inner(kind: Kind, never_dropped: bool) -> Registry {
        let tls = matches!(kind, Kind::TlsBasic | Kind::Mtls);
        let dir = tempfile::Builder::new()
            .prefix("skiff-e2e-registry-")
            .tempdir()
            .expect("creating registry tempdir");
        let root = dir.path().to_path_buf();
        fs::create_dir_all(root.join("storage")).unwrap();
        if tls {
            fs::create_dir_all(root.join("tls")).unwrap();
            fs::create_dir_all(root.join("certs")).unwrap();
            // A CA and a server certificate it signs: rustls (like browsers)
            // refuses a CA certificate used as the server's own.
            let tls = root.join("tls");
            run_checked(
                Command::new("openssl")
                    .args([
                        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                    ])
                    .args(["-subj", "/CN=skiff-test-ca"])
                    .arg("-keyout")
                    .arg(tls.join("ca.key"))
                    .arg("-out")
                    .arg(root.join("certs/ca.crt")),
            );
            run_checked(
                Command::new("openssl")
                    .args([
                        "req",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-subj",
                        "/CN=localhost",
                    ])
                    .arg("-keyout")
                    .arg(tls.join("server.key"))
                    .arg("-out")
                    .arg(tls.join("server.csr")),
            );
            fs::write(
                tls.join("ext.cnf"),
                "basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n",
            )
            .unwrap();
            run_checked(
                Command::new("openssl")
                    .args(["x509", "-req", "-days", "3650", "-CAcreateserial"])
                    .arg("-CAserial")
                    .arg(tls.join("ca.srl"))
                    .arg("-in")
                    .arg(tls.join("server.csr"))
                    .arg("-CA")
                    .arg(root.join("certs/ca.crt"))
                    .arg("-CAkey")
                    .arg(tls.join("ca.key"))
                    .arg("-extfile")
                    .arg(tls.join("ext.cnf"))
                    .arg("-out")
                    .arg(tls.join("server.crt")),
            );
        }
        if kind == Kind::TlsBasic {
            let out = run_checked(Command::new("htpasswd").args([
                "-Bbn",
                REGISTRY_USER,
                REGISTRY_PASSWORD,
            ]));
            fs::write(root.join("htpasswd"), &out.stdout).unwrap();
        }
        if kind == Kind::Mtls {
            // A client pair signed by the same CA. genpkey writes PKCS#8
            // ("BEGIN PRIVATE KEY"). The certificate must be X.509 v3 (an
            // -extfile makes it so): rustls/webpki reject v1 certificates.
            let tls = root.join("tls");
            let certs = root.join("certs");
            run_checked(
                Command::new("openssl")
                    .args(["genpkey", "-algorithm", "RSA"])
                    .args(["-pkeyopt", "rsa_keygen_bits:2048"])
                    .arg("-out")
                    .arg(certs.join("client.key")),
            );
            run_checked(
                Command::new("openssl")
                    .args(["req", "-new", "-subj", "/CN=skiff-test-client"])
                    .arg("-key")
                    .arg(certs.join("client.key"))
                    .arg("-out")
                    .arg(tls.join("client.csr")),
            );
            fs::write(
                tls.join("client-ext.cnf"),
                "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n\
                 extendedKeyUsage=clientAuth\n",
            )
            .unwrap();
            run_checked(
                Command::new("openssl")
                    .args(["x509", "-req", "-days", "3650", "-CAcreateserial"])
                    .arg("-CAserial")
                    .arg(tls.join("ca.srl"))
                    .arg("-in")
                    .arg(tls.join("client.csr"))
                    .arg("-CA")
                    .arg(certs.join("ca.crt"))
                    .arg("-CAkey")
                    .arg(tls.join("ca.key"))
                    .arg("-extfile")
                    .arg(tls.join("client-ext.cnf"))
                    .arg("-out")
                    .arg(certs.join("client.cert")),
            );
        }
        let mut token = None;
        if kind == Kind::Token {
            let dir = root.join("token");
            fs::create_dir_all(&dir).unwrap();
            // Self-signed: distribution verifies the token's x5c chain
            // against rootcertbundle, and a root may sign tokens itself.
            run_checked(
                Command::new("openssl")
                    .args([
                        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                    ])
                    .args(["-subj", "/CN=skiff-test-token-signer"])
                    .arg("-keyout")
                    .arg(dir.join("token.key"))
                    .arg("-out")
                    .arg(dir.join("token.crt")),
            );
            token = Some(TokenServer::start(&dir));
        }
        let bin =
            std::env::var("SKIFF_E2E_REGISTRY_BIN").unwrap_or_else(|_| "docker-registry".into());

        let mut last_log = String::new();
        for _attempt in 0..5 {
            let port = free_port();
            let addr = format!("127.0.0.1:{port}");
            let mut cfg = format!(
                "version: 0.1\n\
                 log:\n  level: info\n  accesslog:\n    disabled: true\n\
                 storage:\n  filesystem:\n    rootdirectory: {storage}\n  delete:\n    enabled: true\n  \
                 maintenance:\n    uploadpurging:\n      enabled: false\n\
                 http:\n  addr: {addr}\n  secret: skiff-e2e-secret\n",
                storage = root.join("storage").display(),
            );
            if tls {
                cfg.push_str(&format!(
                    "  tls:\n    certificate: {}\n    key: {}\n",
                    root.join("tls/server.crt").display(),
                    root.join("tls/server.key").display(),
                ));
            }
            if kind == Kind::Mtls {
                cfg.push_str(&format!(
                    "    clientcas:\n      - {}\n",
                    root.join("certs/ca.crt").display(),
                ));
            }
            if kind == Kind::TlsBasic {
                cfg.push_str(&format!(
                    "auth:\n  htpasswd:\n    realm: skiff-e2e\n    path: {}\n",
                    root.join("htpasswd").display(),
                ));
            }
            if let Some(ts) = &token {
                cfg.push_str(&format!(
                    "auth:\n  token:\n    realm: http://{}/token\n    service: {TOKEN_SERVICE}\n    \
                     issuer: {TOKEN_ISSUER}\n    rootcertbundle: {}\n",
                    ts.addr,
                    root.join("token/token.crt").display(),
                ));
            }
            fs::write(root.join("config.yml"), cfg).unwrap();
            let log = fs::File::create(root.join("registry.log")).unwrap();
            let _ = fs::remove_file(root.join("registry.pid"));
            let mut child = Command::new("bash")
                .arg("-c")
                .arg(SUPERVISOR)
                .arg("skiff-e2e-registry")
                .arg(&bin)
                .arg(&root)
                .stdin(Stdio::piped())
                .stdout(log.try_clone().unwrap())
                .stderr(log)
                .spawn()
                .unwrap_or_else(|e| panic!("spawning {bin}: {e}"));
            let stdin = child.stdin.take();
            let mut reg = Registry {
                addr,
                root: root.clone(),
                tls,
                kind,
                token: token.take(),
                child,
                stdin,
                dir: None,
            };
            let deadline = Instant::now() + READY_TIMEOUT;
            let mut exited = false;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = reg.child.try_wait() {
                    exited = true;
                    break;
                }
                if reg.probe() {
                    // From now on the supervisor deletes the directory when
                    // the registry ends, even if this process is SIGKILLed.
                    fs::write(root.join(".remove-on-exit"), b"").unwrap();
                    if never_dropped {
                        std::mem::forget(dir);
                    } else {
                        reg.dir = Some(dir);
                    }
                    return reg;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            last_log = reg.log();
            if let Some(ts) = &reg.token {
                last_log.push_str(&format!(
                    "\n--- token server {} log\n{}",
                    ts.addr,
                    reg.token_log()
                ));
            }
            // Keep the token server for the next attempt.
            token = reg.token.take();
            reg.shutdown();
            if !exited {
                panic!(
                    "registry at {} not ready within {READY_TIMEOUT:?}; log:\n{last_log}",
                    reg.addr
                );
            }
            // Exited early: most likely lost the port race; try another port.
        }
        panic!("registry failed to start 5 times; last log:\n{last_log}");
    }

    fn probe(&self) -> bool {
        if TcpStream::connect(&self.addr).is_err() {
            return false;
        }
        match self.get("/v2/") {
            Ok(r) => r.status == 200,
            Err(_) => false,
        }
    }

    pub fn is_tls(&self) -> bool {
        self.tls
    }

    /// Whether this registry demands client certificates ([`Registry::start_mtls`]).
    pub fn is_mtls(&self) -> bool {
        self.kind == Kind::Mtls
    }

    /// Whether this registry uses token auth ([`Registry::start_token_auth`]).
    pub fn is_token_auth(&self) -> bool {
        self.kind == Kind::Token
    }

    /// "http://127.0.0.1:TPORT/token", the token realm. Token auth only.
    pub fn token_realm(&self) -> String {
        format!("http://{}/token", self.token_server().addr)
    }

    /// "127.0.0.1:TPORT" of the token server. Token auth only.
    pub fn token_addr(&self) -> &str {
        &self.token_server().addr
    }

    fn token_server(&self) -> &TokenServer {
        self.token
            .as_ref()
            .expect("token server of a registry without token auth")
    }

    /// The token server's log: one line per request with the user ("-" for
    /// anonymous), the scopes asked for and the access granted. Token auth only.
    pub fn token_log(&self) -> String {
        assert!(self.is_token_auth(), "token_log() without token auth");
        fs::read_to_string(self.root.join("token/token-server.log")).unwrap_or_default()
    }

    /// `GET /token?service=skiff-test-registry&scope=..` on the token server,
    /// with basic auth when `creds` is given. Token auth only.
    pub fn token_response(&self, scopes: &[&str], creds: Option<(&str, &str)>) -> HttpResponse {
        self.try_token_response(scopes, creds)
            .unwrap_or_else(|e| panic!("GET /token {scopes:?} on the token server: {e}"))
    }

    fn try_token_response(
        &self,
        scopes: &[&str],
        creds: Option<(&str, &str)>,
    ) -> io::Result<HttpResponse> {
        let mut path = format!("/token?service={TOKEN_SERVICE}");
        for s in scopes {
            path.push_str("&scope=");
            path.push_str(&query_escape(s));
        }
        let auth = creds.map(|(u, p)| basic_auth(u, p));
        let mut headers = Vec::new();
        if let Some(a) = &auth {
            headers.push(("Authorization", a.as_str()));
        }
        http_get(self.token_addr(), &path, &headers)
    }

    /// A bearer token for `scopes` (e.g. "repository:private/x:pull"),
    /// with the test credentials or anonymous. Token auth only.
    pub fn bearer_token(&self, scopes: &[&str], with_creds: bool) -> String {
        let creds = with_creds.then_some((REGISTRY_USER, REGISTRY_PASSWORD));
        let r = self.token_response(scopes, creds);
        assert_eq!(r.status, 200, "token for {scopes:?}: {}", r.text());
        r.json()["token"]
            .as_str()
            .unwrap_or_else(|| panic!("no token in {}", r.text()))
            .to_string()
    }

    /// "http://127.0.0.1:PORT" or "https://127.0.0.1:PORT".
    pub fn url(&self) -> String {
        format!(
            "{}://{}",
            if self.tls { "https" } else { "http" },
            self.addr
        )
    }

    /// "127.0.0.1:PORT/<repo>" — an image reference for skiff.
    pub fn image(&self, repo: &str) -> String {
        format!("{}/{}", self.addr, repo)
    }

    /// PEM of the test CA (self-signed) that signed the server certificate
    /// (and, for [`Registry::start_mtls`], the client certificate). TLS only.
    pub fn ca_path(&self) -> PathBuf {
        assert!(self.tls, "ca_path() on a plain-HTTP registry");
        self.root.join("certs/ca.crt")
    }

    /// PEM client certificate signed by the test CA. mTLS only.
    pub fn client_cert_path(&self) -> PathBuf {
        assert!(self.is_mtls(), "client_cert_path() without mTLS");
        self.root.join("certs/client.cert")
    }

    /// PEM (PKCS#8) private key of [`Registry::client_cert_path`]. mTLS only.
    pub fn client_key_path(&self) -> PathBuf {
        assert!(self.is_mtls(), "client_key_path() without mTLS");
        self.root.join("certs/client.key")
    }

    /// Directory containing only `ca.crt` (plus `client.cert` and
    /// `client.key` for [`Registry::start_mtls`]), usable as docker's
    /// `certs.d/<host:port>/` or skopeo's `--cert-dir`. TLS only.
    pub fn cert_dir(&self) -> PathBuf {
        assert!(self.tls, "cert_dir() on a plain-HTTP registry");
        self.root.join("certs")
    }

    /// Registry storage root (`storage.filesystem.rootdirectory`).
    pub fn storage(&self) -> PathBuf {
        self.root.join("storage")
    }

    /// Contents of the registry's log so far.
    pub fn log(&self) -> String {
        fs::read_to_string(self.root.join("registry.log")).unwrap_or_default()
    }

    /// GET `<path>` (e.g. "/v2/_catalog"). Plain registries use a raw
    /// TcpStream; TLS ones use curl with the CA and the test credentials
    /// (the client certificate for mTLS).
    pub fn get(&self, path: &str) -> io::Result<HttpResponse> {
        self.get_with(path, &[])
    }

    /// Token registries: a 401 Bearer challenge is answered with a token
    /// fetched with the test credentials for the challenge's scope, unless
    /// `headers` already carry an Authorization header.
    pub fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> io::Result<HttpResponse> {
        if self.tls {
            return self.curl(path, headers, true);
        }
        let r = http_get(&self.addr, path, headers)?;
        let has_auth = headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("authorization"));
        if self.kind != Kind::Token || r.status != 401 || has_auth {
            return Ok(r);
        }
        let Some(challenge) = r.header("www-authenticate") else {
            return Ok(r);
        };
        let params = parse_bearer_challenge(challenge);
        let scope = params
            .iter()
            .find(|(k, _)| k == "scope")
            .map(|(_, v)| v.as_str());
        let scopes: Vec<&str> = scope.map(|s| s.split(' ').collect()).unwrap_or_default();
        let creds = Some((REGISTRY_USER, REGISTRY_PASSWORD));
        let t = self.try_token_response(&scopes, creds)?;
        let token = match t
            .json_opt()
            .and_then(|j| j["token"].as_str().map(String::from))
        {
            Some(token) if t.status == 200 => token,
            _ => {
                return Err(io::Error::other(format!(
                    "token server answered {}: {}",
                    t.status,
                    t.text()
                )))
            }
        };
        let bearer = format!("Bearer {token}");
        let mut with_token = headers.to_vec();
        with_token.push(("Authorization", bearer.as_str()));
        http_get(&self.addr, path, &with_token)
    }

    /// TLS registries: GET through curl, optionally without credentials
    /// (basic auth for [`Registry::start_tls_auth`], the client certificate
    /// for [`Registry::start_mtls`]; without it curl fails the handshake and
    /// this returns `Err`).
    pub fn curl(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        with_creds: bool,
    ) -> io::Result<HttpResponse> {
        let mut c = Command::new("curl");
        c.args(["-sS", "-i", "--max-time", "30"]);
        if self.tls {
            c.arg("--cacert").arg(self.ca_path());
            if with_creds && self.kind == Kind::TlsBasic {
                c.arg("-u")
                    .arg(format!("{REGISTRY_USER}:{REGISTRY_PASSWORD}"));
            }
            if with_creds && self.kind == Kind::Mtls {
                c.arg("--cert").arg(self.client_cert_path());
                c.arg("--key").arg(self.client_key_path());
            }
        }
        for (k, v) in headers {
            c.arg("-H").arg(format!("{k}: {v}"));
        }
        c.arg(format!("{}{}", self.url(), path));
        let out = c.stdin(Stdio::null()).output()?;
        if !out.status.success() {
            return Err(io::Error::other(format!(
                "curl failed: {}",
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        parse_curl_i(&out.stdout)
    }

    /// Repositories in /v2/_catalog.
    pub fn catalog(&self) -> Vec<String> {
        let r = self.get("/v2/_catalog").expect("GET /v2/_catalog");
        assert_eq!(r.status, 200, "GET /v2/_catalog: {}", r.text());
        str_array(&r.json()["repositories"])
    }

    /// Tags in /v2/<repo>/tags/list.
    pub fn tags(&self, repo: &str) -> Vec<String> {
        let path = format!("/v2/{repo}/tags/list");
        let r = self
            .get(&path)
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        assert_eq!(r.status, 200, "GET {path}: {}", r.text());
        str_array(&r.json()["tags"])
    }

    /// Push fixture `name` ("busybox:latest") to `repo` ("library/busybox:latest")
    /// with skopeo; returns the manifest digest as stored by the registry.
    /// `schema2:*` is converted to docker schema2 (`--format v2s2`);
    /// `multiarch:*` is pushed with `--all` (index + every platform).
    pub fn push_fixture(&self, name: &str, repo: &str) -> String {
        let (n, _) = split_tag(name);
        let mut extra: Vec<&str> = Vec::new();
        match n {
            "schema2" => extra.extend(["--format", "v2s2"]),
            "multiarch" => extra.push("--all"),
            _ => {}
        }
        self.push_fixture_with(name, repo, &extra)
    }

    /// Like [`Registry::push_fixture`] with explicit extra `skopeo copy` flags
    /// (e.g. `["--format", "v2s2"]` to push any fixture as docker schema2).
    pub fn push_fixture_with(&self, name: &str, repo: &str, extra: &[&str]) -> String {
        let src = fixture_ref(name);
        let digestfile = tempfile::NamedTempFile::new().unwrap();
        let mut c = Command::new("skopeo");
        c.args(["--insecure-policy", "copy", "-q", "--retry-times", "2"]);
        c.args(extra);
        c.arg("--digestfile").arg(digestfile.path());
        if self.tls {
            if self.kind == Kind::TlsBasic {
                c.arg("--dest-creds")
                    .arg(format!("{REGISTRY_USER}:{REGISTRY_PASSWORD}"));
            }
            // containers-image reads *.crt as CAs and *.cert + *.key as a
            // client pair (mTLS).
            c.arg("--dest-cert-dir").arg(self.cert_dir());
        } else {
            if self.kind == Kind::Token {
                c.arg("--dest-creds")
                    .arg(format!("{REGISTRY_USER}:{REGISTRY_PASSWORD}"));
            }
            c.arg("--dest-tls-verify=false");
        }
        c.arg(&src).arg(format!("docker://{}/{}", self.addr, repo));
        let out = c.stdin(Stdio::null()).output().expect("spawning skopeo");
        if !out.status.success() {
            let token_log = if self.kind == Kind::Token {
                format!("\n--- token server log\n{}", self.token_log())
            } else {
                String::new()
            };
            panic!(
                "skopeo copy {src} -> {}/{repo} failed ({}):\n{}\n--- registry log\n{}{token_log}",
                self.addr,
                out.status,
                String::from_utf8_lossy(&out.stderr),
                self.log()
            );
        }
        fs::read_to_string(digestfile.path())
            .unwrap()
            .trim()
            .to_string()
    }

    /// Path of a blob's data file inside the registry storage.
    pub fn blob_data_path(&self, digest: &str) -> PathBuf {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        assert!(hex.len() == 64, "bad digest {digest:?}");
        self.storage()
            .join("docker/registry/v2/blobs/sha256")
            .join(&hex[..2])
            .join(hex)
            .join("data")
    }

    /// Make the registry serve content that does not match `digest`: every
    /// byte of the stored blob is inverted in place (same length, so the
    /// registry's Content-Length stays right). Affects every repo sharing the
    /// blob, which is why `corruptblob:latest` has a unique top layer; use a
    /// private registry, not [`shared_registry`]. `repo` (without tag) must
    /// link the blob (checked).
    pub fn corrupt_blob(&self, repo: &str, digest: &str) {
        let hex = digest.strip_prefix("sha256:").unwrap_or(digest);
        let repo = repo.split([':', '@']).next().unwrap();
        let v2 = self
            .storage()
            .join("docker/registry/v2/repositories")
            .join(repo);
        let linked = v2.join("_layers/sha256").join(hex).join("link").exists();
        assert!(
            linked,
            "blob {digest} is not linked into repository {repo} at {}",
            v2.display()
        );
        let p = self.blob_data_path(digest);
        let mut data = fs::read(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
        for b in &mut data {
            *b = !*b;
        }
        fs::write(&p, data).unwrap();
    }

    fn shutdown(&mut self) {
        drop(self.stdin.take()); // supervisor sees EOF and kills the registry
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        if let Ok(pid) = fs::read_to_string(self.root.join("registry.pid")) {
            let _ = Command::new("kill").args(["-KILL", pid.trim()]).status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        self.shutdown();
        if let Some(mut ts) = self.token.take() {
            ts.shutdown();
        }
        // self.dir (TempDir) is removed after this.
    }
}

/// One plain-HTTP registry per test process with [`STANDARD_PUSHES`] already
/// pushed. Never dropped (it is a static): the supervisor kills the registry
/// and deletes its directory when the test process exits. Do not corrupt
/// blobs in it; pushing extra repos with unique names is fine.
pub fn shared_registry() -> &'static Registry {
    static REG: OnceLock<Registry> = OnceLock::new();
    REG.get_or_init(|| {
        fixtures();
        let reg = Registry::start_inner(Kind::Open, true);
        for (name, repo) in STANDARD_PUSHES {
            reg.push_fixture(name, repo);
        }
        reg
    })
}

/// `Basic base64(user:password)`.
pub fn basic_auth(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `Bearer realm="..",service="..",scope=".."` -> [(key, value)] (keys
/// lowercased, quotes removed; commas inside quotes kept).
pub fn parse_bearer_challenge(header: &str) -> Vec<(String, String)> {
    let rest = header.trim();
    let rest = match rest.split_once(' ') {
        Some((_scheme, r)) => r,
        None => "",
    };
    let mut out = Vec::new();
    let mut chars = rest.chars().peekable();
    loop {
        while matches!(chars.peek(), Some(c) if *c == ',' || c.is_whitespace()) {
            chars.next();
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' {
                break;
            }
            key.push(c);
            chars.next();
        }
        if chars.next().is_none() {
            break; // no '='
        }
        let mut value = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => {
                        if let Some(n) = chars.next() {
                            value.push(n);
                        }
                    }
                    c => value.push(c),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                value.push(c);
                chars.next();
            }
        }
        out.push((key.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
    out
}

fn str_array(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn parse_curl_i(raw: &[u8]) -> io::Result<HttpResponse> {
    // curl -i may print several header blocks (e.g. "100 Continue"); take the last.
    let mut rest = raw;
    loop {
        let end = rest
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    "no header terminator in curl output",
                )
            })?;
        let head = String::from_utf8_lossy(&rest[..end]).into_owned();
        let body = &rest[end + 4..];
        let mut lines = head.lines();
        let status_line = lines.next().unwrap_or("");
        let status: u16 = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("bad status line {status_line:?}"),
                )
            })?;
        if status == 100 && body.starts_with(b"HTTP/") {
            rest = body;
            continue;
        }
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect();
        return Ok(HttpResponse {
            status,
            headers,
            body: body.to_vec(),
        });
    }
}

// ---------------------------------------------------------------------------
// skiff

/// A skiff invocation context with private `--root` / `--runroot` and a
/// private HOME (DOCKER_CONFIG=$HOME/.docker, XDG_CONFIG_HOME=$HOME/.config),
/// so logins and config never touch the real user's files.
pub struct Skiff {
    pub root: TempDir,
    pub runroot: TempDir,
    pub home: TempDir,
    /// Set for networking tests: every command runs in this namespace, with
    /// skiff's default network (`bridge`); others default to `--network none`
    /// so that they leave no bridge or firewall rule on the host.
    pub netns: Option<TestNetns>,
}

/// A network namespace of the test's own (`ip netns add`), with loopback up:
/// the bridges, veths, firewall rules and published ports of the skiff commands
/// run in it never touch the host's, and parallel tests never collide.
pub struct TestNetns {
    pub name: String,
    /// Deleted when dropped (false for a second store's view of it).
    owned: bool,
}

impl TestNetns {
    pub fn new() -> TestNetns {
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let name = format!("skiff-e2e-{}-{n}", std::process::id());
        let _ = Command::new("ip")
            .args(["netns", "del", &name])
            .stderr(Stdio::null())
            .status();
        run_checked(Command::new("ip").args(["netns", "add", &name]));
        run_checked(Command::new("ip").args(["-n", &name, "link", "set", "lo", "up"]));
        TestNetns { name, owned: true }
    }

    pub fn path(&self) -> PathBuf {
        PathBuf::from("/run/netns").join(&self.name)
    }

    /// `program args...` inside the namespace.
    pub fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new("nsenter");
        c.arg(format!("--net={}", self.path().display()))
            .arg(program);
        c
    }

    /// `curl -s -f` of `url` from inside the namespace: the body, or None when
    /// it does not answer within `secs`.
    pub fn curl(&self, url: &str, secs: u32) -> Option<String> {
        let out = self
            .cmd("curl")
            .args(["-s", "-f", "-m", &secs.to_string(), url])
            .output()
            .expect("curl");
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Runs a shell command inside the namespace; returns stdout (panics on failure).
    pub fn sh(&self, script: &str) -> String {
        let out = self
            .cmd("sh")
            .args(["-c", script])
            .output()
            .expect("nsenter");
        assert!(out.status.success(), "{script}: {}", describe(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for TestNetns {
    fn drop(&mut self) {
        if !self.owned {
            return;
        }
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}

impl Default for Skiff {
    fn default() -> Self {
        Self::new()
    }
}

impl Skiff {
    pub fn new() -> Skiff {
        let mk = |p: &str| {
            tempfile::Builder::new()
                .prefix(p)
                .tempdir()
                .expect("tempdir")
        };
        Skiff {
            root: mk("skiff-e2e-root-"),
            runroot: mk("skiff-e2e-run-"),
            home: mk("skiff-e2e-home-"),
            netns: None,
        }
    }

    /// A skiff whose commands run in a network namespace of the test's own,
    /// with busybox loaded (no registry is reachable from in there).
    pub fn networked() -> Skiff {
        let mut s = Skiff::new();
        s.ok(&[
            "load",
            "-q",
            "-i",
            &busybox_docker_archive().display().to_string(),
        ]);
        s.netns = Some(TestNetns::new());
        s
    }

    /// A second store whose commands run in `other`'s network namespace, as
    /// two stores on one host do (drop it before `other`).
    pub fn networked_beside(other: &Skiff) -> Skiff {
        let ns = other.netns.as_ref().expect("a networked skiff");
        let mut s = Skiff::new();
        s.ok(&[
            "load",
            "-q",
            "-i",
            &busybox_docker_archive().display().to_string(),
        ]);
        s.netns = Some(TestNetns {
            name: ns.name.clone(),
            owned: false,
        });
        s
    }

    pub fn bin() -> &'static str {
        env!("CARGO_BIN_EXE_skiff")
    }

    /// `skiff --root R --runroot RR <args...>` (not yet run).
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = match &self.netns {
            Some(ns) => ns.cmd(Self::bin()),
            None => {
                let mut c = Command::new(Self::bin());
                c.env("SKIFF_DEFAULT_NETWORK", "none");
                c
            }
        };
        c.arg("--root").arg(self.root.path());
        c.arg("--runroot").arg(self.runroot.path());
        c.args(args);
        c.env("HOME", self.home.path());
        c.env("DOCKER_CONFIG", self.home.path().join(".docker"));
        c.env("XDG_CONFIG_HOME", self.home.path().join(".config"));
        c.env("XDG_RUNTIME_DIR", self.home.path().join("run"));
        c.env_remove("REGISTRY_AUTH_FILE");
        c.stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        let mut c = self.cmd(args);
        c.output().unwrap_or_else(|e| panic!("spawning {c:?}: {e}"))
    }

    /// Run with `input` on stdin.
    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Output {
        let mut c = self.cmd(args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap_or_else(|e| panic!("spawning {c:?}: {e}"));
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().expect("waiting for skiff");
        let _ = writer.join();
        out
    }

    /// Run, assert success, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        if !out.status.success() {
            panic!(
                "skiff {args:?} failed ({}):\n{}",
                out.status,
                describe(&out)
            );
        }
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Run, assert failure, return the Output (check stderr yourself).
    pub fn fails(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        if out.status.success() {
            panic!("skiff {args:?} unexpectedly succeeded:\n{}", describe(&out));
        }
        out
    }
}

/// A private store with the busybox fixture pulled from the shared registry
/// and tagged `busybox`.
pub fn with_busybox() -> Skiff {
    with_busybox_using(&[])
}

/// The same, with extra global flags for the pull (a storage driver, say).
pub fn with_busybox_using(global: &[&str]) -> Skiff {
    let skiff = Skiff::new();
    let image = shared_registry().image("library/busybox:latest");
    let mut pull: Vec<&str> = global.to_vec();
    pull.extend(["pull", "-q", &image]);
    skiff.ok(&pull);
    skiff.ok(&["tag", &image, "busybox"]);
    skiff
}

/// A command's output as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Mount points under `root`, from /proc/self/mountinfo.
pub fn mounts_under(root: &Path) -> Vec<String> {
    let root = root.display().to_string();
    fs::read_to_string("/proc/self/mountinfo")
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_whitespace().nth(4).map(str::to_string))
        .filter(|m| m.starts_with(&root))
        .collect()
}

impl Skiff {
    /// Removes every container of the store, with its anonymous volumes.
    pub fn remove_all_containers(&self) {
        let ids = self.run(&["ps", "-aq", "--no-trunc"]);
        let ids = text(&ids.stdout);
        let mut args = vec!["rm", "-f", "-v"];
        args.extend(ids.split_whitespace());
        if args.len() > 3 {
            let _ = self.run(&args);
        }
    }
}

/// Removes every container of the store when dropped, even after a failed assertion.
pub struct Cleanup<'a>(pub &'a Skiff);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        self.0.remove_all_containers();
    }
}

impl Skiff {
    /// Waits for the helpers that take networks down after a command
    /// returned (engine::network::attach: a removed network's anchor, an
    /// exited container's netavark teardown): none pending, the lock free.
    pub fn wait_for_network_helpers(&self) {
        let run = self.runroot.path();
        let pending = |dir: &str, suffix: &str| {
            fs::read_dir(run.join(dir)).is_ok_and(|d| {
                d.flatten()
                    .any(|e| e.file_name().to_string_lossy().ends_with(suffix))
            })
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while (pending("anchors", ".network.json") || pending("netns", ".releasing.json"))
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let lock = run.join("netns/.lock");
        if let Ok(file) = fs::File::open(&lock) {
            // SAFETY: flock on a descriptor we own; closing it unlocks.
            unsafe {
                libc::flock(std::os::fd::AsRawFd::as_raw_fd(&file), libc::LOCK_EX);
            }
        }
    }
}

impl Drop for Skiff {
    fn drop(&mut self) {
        // A test that left a network anchor up (see engine::network::attach)
        // takes it down, or its pinned namespace would outlive the test.
        let anchored =
            fs::read_dir(self.runroot.path().join("anchors")).is_ok_and(|mut d| d.next().is_some());
        if anchored && self.netns.is_none() {
            let _ = self.run(&["network", "prune", "-f"]);
        }
        // A networked test that failed half way still releases its networks.
        if self.netns.is_some() {
            self.remove_all_containers();
            let _ = self.run(&["network", "prune", "-f"]);
        }
        // Before the store goes: a helper still at work would find it gone
        // and leave aardvark-dns running.
        self.wait_for_network_helpers();
    }
}

/// stdout + stderr of an Output, for panic messages.
pub fn describe(out: &Output) -> String {
    format!(
        "--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
