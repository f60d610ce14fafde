#!/usr/bin/env python3
"""A docker registry token server (the "Bearer" flow Docker Hub uses), for
skiff's end-to-end tests. Python 3 standard library only; tokens are signed
with `openssl dgst -sha256 -sign` (RS256).

    token-server.py PORT --key KEY.pem --cert CERT.pem
                    [--issuer skiff-test-issuer] [--service skiff-test-registry]
                    [--user testuser] [--password testpassword]

Listens on 127.0.0.1:PORT.

GET /token?service=S&scope=repository:NAME:ACTIONS[&scope=...]
    HTTP Basic auth optional.
    * valid credentials: every requested action on every requested scope;
    * no credentials: only "pull" on repositories under "public/", nothing
      else (the token is still issued, with a smaller or empty access list);
    * wrong credentials: 401.
    Answers {"token", "access_token", "expires_in": 300, "issued_at"}.

POST /token (OAuth2, form-encoded), as docker's client does for identity
tokens: grant_type=password (username, password) or
grant_type=refresh_token (refresh_token), plus service, scope, client_id,
access_type=offline (then a refresh_token is returned too).

The JWT follows distribution's registry/auth/token: header
{"typ":"JWT","alg":"RS256","x5c":[<CERT as base64 DER>]}, claims iss, sub,
aud (= service), exp, nbf, iat, jti, access [{type, name, actions}]. The
registry must list CERT in its `auth.token.rootcertbundle`.

Each request is logged on stderr, one line: method, user, scopes asked,
access granted.
"""

import argparse
import base64
import binascii
import datetime
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

EXPIRES_IN = 300


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def cert_der_b64(pem_path: str) -> str:
    """The first certificate of a PEM file, as standard base64 of its DER."""
    with open(pem_path, encoding="ascii") as f:
        lines = f.read().splitlines()
    try:
        start = lines.index("-----BEGIN CERTIFICATE-----")
        end = lines.index("-----END CERTIFICATE-----", start)
    except ValueError:
        sys.exit(f"token-server: no certificate in {pem_path}")
    body = "".join(lines[start + 1 : end])
    base64.b64decode(body, validate=True)  # fail early on a broken file
    return body


def parse_scope(scope: str):
    """'repository:name:pull,push' -> ('repository', 'name', ['pull', 'push']).

    The name sits between the first and the last colon; a type may carry a
    class, as in 'repository(plugin):name:pull'."""
    first = scope.find(":")
    last = scope.rfind(":")
    if first < 0 or last == first:
        return None
    rtype = scope[:first]
    klass = ""
    if rtype.endswith(")") and "(" in rtype:
        rtype, klass = rtype[:-1].split("(", 1)
    name = scope[first + 1 : last]
    actions = [a for a in scope[last + 1 :].split(",") if a]
    if not rtype or not name:
        return None
    return rtype, klass, name, actions


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, addr, args):
        super().__init__(addr, Handler)
        self.args = args
        self.x5c = [cert_der_b64(args.cert)]
        self.refresh_tokens = {}  # refresh token -> username
        self.lock = threading.Lock()

    def sign(self, signing_input: bytes) -> bytes:
        out = subprocess.run(
            ["openssl", "dgst", "-sha256", "-sign", self.args.key],
            input=signing_input,
            capture_output=True,
            check=False,
        )
        if out.returncode != 0 or not out.stdout:
            raise RuntimeError("openssl dgst -sign failed: " + out.stderr.decode(errors="replace"))
        return out.stdout

    def grant(self, user, scopes):
        """The access list for `user` (None = anonymous) asking for `scopes`."""
        access = []
        index = {}  # (type, class, name) -> entry, so repeated scopes merge
        for raw in scopes:
            for scope in raw.split():
                parsed = parse_scope(scope)
                if parsed is None:
                    continue
                rtype, klass, name, actions = parsed
                if user is not None:
                    allowed = actions
                elif rtype == "repository" and name.startswith("public/"):
                    allowed = [a for a in actions if a == "pull"]
                else:
                    allowed = []
                if not allowed:
                    continue
                entry = index.get((rtype, klass, name))
                if entry is None:
                    entry = {"type": rtype, "name": name, "actions": []}
                    if klass:
                        entry["class"] = klass
                    index[(rtype, klass, name)] = entry
                    access.append(entry)
                entry["actions"] = sorted(set(entry["actions"]) | set(allowed))
        return access

    def issue(self, user, service, scopes):
        now = int(time.time())
        header = {"typ": "JWT", "alg": "RS256", "x5c": self.x5c}
        claims = {
            "iss": self.args.issuer,
            "sub": user or "",
            "aud": service or self.args.service,
            "exp": now + EXPIRES_IN,
            "nbf": now - 1,
            "iat": now,
            "jti": binascii.hexlify(os.urandom(16)).decode("ascii"),
            "access": self.grant(user, scopes),
        }
        signing_input = (
            b64url(json.dumps(header, separators=(",", ":")).encode())
            + "."
            + b64url(json.dumps(claims, separators=(",", ":")).encode())
        )
        sig = self.sign(signing_input.encode("ascii"))
        issued_at = (
            datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
            .isoformat()
            .replace("+00:00", "Z")
        )
        return signing_input + "." + b64url(sig), claims, issued_at


class Handler(BaseHTTPRequestHandler):
    server_version = "skiff-test-token-server/1"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet default access log
        pass

    def log(self, line):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def reply(self, status, body, extra_headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for k, v in extra_headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def unauthorized(self, what, message):
        self.log(f"{what} -> 401 {message}")
        self.reply(
            401,
            {"errors": [{"code": "UNAUTHORIZED", "message": message}], "details": message},
            [("WWW-Authenticate", 'Basic realm="skiff-test-token-server"')],
        )

    def check_password(self, user, password):
        a = self.server.args
        return secrets.compare_digest(user.encode(), a.user.encode()) and secrets.compare_digest(
            password.encode(), a.password.encode()
        )

    def basic_user(self):
        """(user or None, ok). ok is False for present-but-wrong credentials."""
        auth = self.headers.get("Authorization")
        if not auth:
            return None, True
        scheme, _, value = auth.partition(" ")
        if scheme.lower() != "basic":
            return None, False
        try:
            user, sep, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return None, False
        if not sep or not self.check_password(user, password):
            return None, False
        return user, True

    def token_reply(self, what, user, service, scopes, oauth=False, refresh=None):
        try:
            token, claims, issued_at = self.server.issue(user, service, scopes)
        except RuntimeError as e:
            self.log(f"{what} -> 500 {e}")
            self.reply(500, {"errors": [{"code": "UNKNOWN", "message": str(e)}]})
            return
        self.log(
            f"{what} user={user or '-'} service={service or '-'} "
            f"scopes={json.dumps(scopes)} -> 200 access={json.dumps(claims['access'])}"
        )
        if oauth:
            body = {"access_token": token, "expires_in": EXPIRES_IN, "issued_at": issued_at}
            body["scope"] = " ".join(scopes)
            if refresh:
                body["refresh_token"] = refresh
        else:
            body = {
                "token": token,
                "access_token": token,
                "expires_in": EXPIRES_IN,
                "issued_at": issued_at,
            }
        self.reply(200, body)

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path != "/token":
            self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such endpoint"}]})
            return
        q = parse_qs(url.query, keep_blank_values=True)
        service = (q.get("service") or [""])[0]
        scopes = q.get("scope", [])
        user, ok = self.basic_user()
        what = f"GET /token scopes={json.dumps(scopes)}"
        if not ok:
            self.unauthorized(what, "incorrect username or password")
            return
        self.token_reply("GET /token", user, service, scopes)

    def do_POST(self):
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        if url.path != "/token":
            self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such endpoint"}]})
            return
        form = parse_qs(raw.decode("utf-8", errors="replace"), keep_blank_values=True)

        def field(name):
            return (form.get(name) or [""])[0]

        grant = field("grant_type")
        service = field("service")
        scopes = form.get("scope", [])
        what = f"POST /token grant_type={grant or '-'}"
        if grant == "password":
            user = field("username")
            if not self.check_password(user, field("password")):
                self.unauthorized(what, "incorrect username or password")
                return
        elif grant == "refresh_token":
            with self.server.lock:
                user = self.server.refresh_tokens.get(field("refresh_token"))
            if user is None:
                self.unauthorized(what, "invalid refresh token")
                return
        else:
            self.log(f"{what} -> 400 unsupported grant_type")
            self.reply(400, {"error": "unsupported_grant_type"})
            return
        refresh = None
        if grant == "password" and field("access_type") == "offline":
            refresh = secrets.token_urlsafe(32)
            with self.server.lock:
                self.server.refresh_tokens[refresh] = user
        elif grant == "refresh_token":
            refresh = field("refresh_token")
        self.token_reply(what, user, service, scopes, oauth=True, refresh=refresh)


def main():
    p = argparse.ArgumentParser(description="docker registry token server for tests")
    p.add_argument("port", type=int)
    p.add_argument("--key", required=True, help="PEM private key (RSA) to sign tokens with")
    p.add_argument("--cert", required=True, help="PEM certificate of that key (sent as x5c)")
    p.add_argument("--issuer", default="skiff-test-issuer")
    p.add_argument("--service", default="skiff-test-registry")
    p.add_argument("--user", default="testuser")
    p.add_argument("--password", default="testpassword")
    args = p.parse_args()
    try:
        srv = Server(("127.0.0.1", args.port), args)
    except OSError as e:
        sys.exit(f"token-server: cannot listen on 127.0.0.1:{args.port}: {e}")
    sys.stderr.write(f"token-server: listening on 127.0.0.1:{args.port}\n")
    sys.stderr.flush()
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
