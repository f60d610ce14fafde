//! `skiff compose up` and the commands around it, run for real: each test is a
//! project in a store and network namespace of its own (`Skiff::networked`),
//! ported from docker/compose's `pkg/e2e` scenarios where one fits (named on
//! each test).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use crate::support::*;

/// A project directory and the store it runs in.
struct Project {
    skiff: Skiff,
    dir: tempfile::TempDir,
}

impl Project {
    fn new(compose_yaml: &str) -> Project {
        let p = Project {
            skiff: Skiff::networked(),
            dir: tempfile::Builder::new()
                .prefix("skiff-compose-")
                .tempdir()
                .expect("project dir"),
        };
        p.write("compose.yaml", compose_yaml);
        p
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, name: &str, text: &str) {
        let path: PathBuf = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("project subdir");
        }
        std::fs::write(path, text).expect("writing a project file");
    }

    /// `skiff compose -f <dir>/compose.yaml -p proj ARGS`.
    fn compose(&self, args: &[&str]) -> Output {
        let file = self.path().join("compose.yaml");
        let mut all = vec!["compose", "-f", file.to_str().expect("utf-8"), "-p", "proj"];
        all.extend(args);
        self.skiff.run(&all)
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.compose(args);
        assert!(out.status.success(), "compose {args:?}: {}", describe(&out));
        text(&out.stdout)
    }

    fn fails(&self, args: &[&str]) -> String {
        let out = self.compose(args);
        assert!(
            !out.status.success(),
            "compose {args:?} should fail: {}",
            describe(&out)
        );
        text(&out.stderr)
    }

    fn id(&self, container: &str) -> String {
        self.skiff
            .ok(&["inspect", "-f", "{{.Id}}", container])
            .trim()
            .to_string()
    }

    fn curl(&self, url: &str) -> Option<String> {
        self.skiff
            .netns
            .as_ref()
            .expect("networked skiff")
            .curl(url, 5)
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = self.compose(&["down", "-v", "-t", "0", "--remove-orphans"]);
    }
}

fn wait_until(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The issue's realistic project: a web service behind a healthchecked
/// database stand-in, a one-shot migration, a named volume that survives
/// `down`/`up`, a secret and a profile-only debug service.
const SHOP: &str = r#"
services:
  db:
    image: busybox
    init: true
    command: ["sh", "-c", "mkdir -p /srv && echo db-ok > /srv/index.html && httpd -f -p 5432 -h /srv"]
    healthcheck:
      test: ["CMD", "wget", "-q", "-O-", "http://localhost:5432/"]
      interval: 300ms
      retries: 20
  migrate:
    image: busybox
    command: ["sh", "-c", "echo migrated > /www/index.html && cat /run/secrets/token > /www/token.txt"]
    volumes: ["site:/www"]
    secrets: [token]
    depends_on:
      db: {condition: service_healthy}
  web:
    image: busybox
    init: true
    command: ["httpd", "-f", "-p", "80", "-h", "/www"]
    ports: ["8080:80"]
    volumes: ["site:/www:ro"]
    environment:
      GREETING: ${GREETING:-hello}
    depends_on:
      migrate: {condition: service_completed_successfully}
      db: {condition: service_healthy}
  debug:
    image: busybox
    profiles: [debug]
    command: ["sleep", "1000"]
volumes:
  site: {}
secrets:
  token:
    file: ./token.txt
"#;

#[test]
fn up_wait_runs_a_healthchecked_project_that_down_takes_away() {
    let p = Project::new(SHOP);
    p.write("token.txt", "s3cret\n");
    let out = p.compose(&["up", "--wait"]);
    assert!(out.status.success(), "{}", describe(&out));
    let progress = text(&out.stderr);
    for line in [
        " Network proj_default Created",
        " Volume proj_site Created",
        " Container proj-db-1 Healthy",
        " Container proj-migrate-1 Exited",
        " Container proj-web-1 Started",
    ] {
        assert!(progress.contains(line), "{line:?} not in:\n{progress}");
    }
    // --wait returned: everything is up and the job has run; the web
    // service has no healthcheck, so its server may take a moment to listen.
    wait_until("the web service", || {
        p.curl("http://127.0.0.1:8080/").is_some()
    });
    assert_eq!(
        p.curl("http://127.0.0.1:8080/").as_deref(),
        Some("migrated\n")
    );
    assert_eq!(
        p.curl("http://127.0.0.1:8080/token.txt").as_deref(),
        Some("s3cret\n")
    );
    // The web container finds the database by service name.
    let db = p
        .skiff
        .ok(&["exec", "proj-web-1", "wget", "-q", "-O-", "http://db:5432/"]);
    assert_eq!(db, "db-ok\n");

    let ps = p.ok(&["ps"]);
    let header = ps.lines().next().unwrap_or_default();
    for column in [
        "NAME", "IMAGE", "COMMAND", "SERVICE", "CREATED", "STATUS", "PORTS",
    ] {
        assert!(header.contains(column), "{ps}");
    }
    assert!(ps.contains("proj-db-1") && ps.contains("(healthy)"), "{ps}");
    assert!(ps.contains("0.0.0.0:8080->80/tcp"), "{ps}");
    // The job has exited: only `-a` shows it; the profile's service never ran.
    assert!(!ps.contains("proj-migrate-1"), "{ps}");
    let all = p.ok(&["ps", "-a", "--services"]);
    assert_eq!(all, "db\nmigrate\nweb\n");
    let labels = p
        .skiff
        .ok(&["inspect", "-f", "{{json .Config.Labels}}", "proj-web-1"]);
    for label in [
        "\"com.docker.compose.project\":\"proj\"",
        "\"com.docker.compose.service\":\"web\"",
        "\"com.docker.compose.container-number\":\"1\"",
        "\"com.docker.compose.oneoff\":\"False\"",
        "\"com.docker.compose.depends_on\":\"db:service_healthy:false,migrate:service_completed_successfully:false\"",
    ] {
        assert!(labels.contains(label), "{label} not in {labels}");
    }

    // down keeps the named volume; the next up finds the data in it.
    let down = p.compose(&["down", "-t", "1"]);
    assert!(down.status.success(), "{}", describe(&down));
    assert_eq!(p.skiff.ok(&["ps", "-aq"]), "");
    assert!(!p.skiff.ok(&["network", "ls"]).contains("proj_default"));
    assert!(p.skiff.ok(&["volume", "ls", "-q"]).contains("proj_site"));
    p.ok(&["up", "-d", "--wait", "web"]);
    wait_until("the web service again", || {
        p.curl("http://127.0.0.1:8080/").is_some()
    });
    assert_eq!(
        p.curl("http://127.0.0.1:8080/").as_deref(),
        Some("migrated\n")
    );
    // down -v takes the volume too.
    p.ok(&["down", "-v", "-t", "1"]);
    assert!(!p.skiff.ok(&["volume", "ls", "-q"]).contains("proj_site"));

    // The profile's service runs when its profile is on.
    let file = p.path().join("compose.yaml");
    let out = p.skiff.run(&[
        "compose",
        "-f",
        file.to_str().expect("utf-8"),
        "-p",
        "proj",
        "--profile",
        "debug",
        "up",
        "-d",
        "debug",
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(p.ok(&["ps", "--services"]).contains("debug"));
}

/// docker/compose e2e: the config-hash recreation scenarios.
#[test]
fn up_recreates_only_what_changed() {
    let yaml = |greeting: &str| {
        format!(
            "services:\n  a:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    volumes: [/data]\n    environment: {{G: {greeting}}}\n  b:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n"
        )
    };
    let p = Project::new(&yaml("one"));
    p.ok(&["up", "-d"]);
    let (a1, b1) = (p.id("proj-a-1"), p.id("proj-b-1"));
    p.skiff
        .ok(&["exec", "proj-a-1", "sh", "-c", "echo kept > /data/f"]);
    // Nothing changed: nothing is touched.
    let out = p.compose(&["up", "-d"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        !text(&out.stderr).contains("Recreate"),
        "{}",
        describe(&out)
    );
    assert_eq!(
        (p.id("proj-a-1"), p.id("proj-b-1")),
        (a1.clone(), b1.clone())
    );

    p.write("compose.yaml", &yaml("two"));
    let out = p.compose(&["up", "-d"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains(" Container proj-a-1 Recreated"),
        "{}",
        describe(&out)
    );
    let a2 = p.id("proj-a-1");
    assert_ne!(a2, a1);
    assert_eq!(p.id("proj-b-1"), b1);
    assert_eq!(
        p.skiff
            .ok(&["exec", "proj-a-1", "sh", "-c", "echo $G; cat /data/f"]),
        "two\nkept\n",
        "the anonymous volume goes to the new container"
    );
    p.write("compose.yaml", &yaml("three"));
    p.ok(&["up", "-d", "--no-recreate"]);
    assert_eq!(p.id("proj-a-1"), a2);
    p.ok(&["up", "-d", "--force-recreate", "b"]);
    assert_ne!(p.id("proj-b-1"), b1);
    assert_eq!(p.id("proj-a-1"), a2);
    // -V: new anonymous volumes, the old ones removed.
    let volumes = p.skiff.ok(&["volume", "ls", "-q"]).lines().count();
    p.ok(&["up", "-d", "--force-recreate", "-V", "a"]);
    let out = p.skiff.run(&["exec", "proj-a-1", "cat", "/data/f"]);
    assert!(!out.status.success(), "{}", describe(&out));
    assert_eq!(p.skiff.ok(&["volume", "ls", "-q"]).lines().count(), volumes);
}

/// docker/compose e2e: TestScaleBasicCases, TestRemoveOrphans.
#[test]
fn scale_and_orphans() {
    let both = "services:\n  web:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n  old:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n";
    let p = Project::new(both);
    // compose's progress faces: a redrawn block on a terminal, JSON lines.
    let out = p.compose(&["--progress", "tty", "up", "-d"]);
    assert!(out.status.success(), "{}", describe(&out));
    let drawn = text(&out.stderr)
        .replace("\x1b[32m", "")
        .replace("\x1b[0m", "");
    assert!(drawn.contains("[+] Running 3/3"), "{drawn}");
    assert!(drawn.contains(" ✔ Container proj-web-1 Started"), "{drawn}");
    let out = p.compose(&["--progress", "json", "up", "-d", "--force-recreate", "old"]);
    let json = text(&out.stderr);
    assert!(
        json.lines()
            .any(|l| l == r#"{"id":"Container proj-old-1","text":"Recreated"}"#),
        "{json}"
    );
    assert_eq!(
        p.compose(&["--progress", "quiet", "stop", "old"]).stderr,
        b""
    );
    p.ok(&["up", "-d", "--scale", "web=3"]);
    let names = p.ok(&["ps", "--format", "{{.Name}}"]);
    assert_eq!(names, "proj-old-1\nproj-web-1\nproj-web-2\nproj-web-3\n");
    p.ok(&["up", "-d", "--scale", "web=1"]);
    assert_eq!(p.ok(&["ps", "-q"]).lines().count(), 2);
    p.ok(&["scale", "web=2"]);
    assert_eq!(p.ok(&["ps", "-q", "web"]).lines().count(), 2);
    p.ok(&["scale", "web=1"]);
    assert_eq!(
        p.ok(&["ps", "--format", "{{.Name}}", "web"]),
        "proj-web-1\n"
    );

    p.write(
        "compose.yaml",
        "services:\n  web:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n",
    );
    let out = p.compose(&["up", "-d"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains("Found orphan containers ([proj-old-1])"),
        "{}",
        describe(&out)
    );
    assert!(p
        .skiff
        .ok(&["ps", "--format", "{{.Names}}"])
        .contains("proj-old-1"));
    p.ok(&["up", "-d", "--remove-orphans"]);
    assert!(!p
        .skiff
        .ok(&["ps", "-a", "--format", "{{.Names}}"])
        .contains("proj-old-1"));
}

/// docker/compose e2e: TestUpExitCodeFrom (42), and 143 for the service
/// compose stopped; TestCascadeStop.
#[test]
fn exit_code_from_and_abort_on_container_exit() {
    let p = Project::new(
        "services:\n  job:\n    image: busybox\n    command: [sh, -c, 'echo working; sleep 0.5; exit 42']\n  server:\n    image: busybox\n    init: true\n    command: [sh, -c, 'echo serving; exec sleep 1000']\n",
    );
    let out = p.compose(&["up", "--exit-code-from", "job"]);
    assert_eq!(out.status.code(), Some(42), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("Attaching to proj-job-1, proj-server-1\n"),
        "{stdout}"
    );
    assert!(stdout.contains("job-1     | working\n"), "{stdout}");
    assert!(stdout.contains("server-1  | serving\n"), "{stdout}");
    assert!(stdout.contains("job-1 exited with code 42\n"), "{stdout}");
    assert!(stdout.contains("Aborting on container exit..."), "{stdout}");
    // The server was stopped with the rest.
    let ps = p.ok(&["ps", "-a", "--format", "{{.Name}} {{.State}}"]);
    assert!(ps.contains("proj-server-1 exited"), "{ps}");

    // A second up shows only what the containers print from now on.
    let out = p.compose(&["up", "--exit-code-from", "server"]);
    assert_eq!(out.status.code(), Some(143), "{}", describe(&out));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.matches("working").count(), 1, "{stdout}");

    let logs = p.ok(&["logs", "--no-log-prefix", "job"]);
    assert!(logs.starts_with("working\n"), "{logs}");

    // wait: the first container to stop gives the exit code.
    p.ok(&["up", "-d"]);
    let out = p.compose(&["wait", "job"]);
    assert_eq!(out.status.code(), Some(42), "{}", describe(&out));
}

/// A dependency that fails, a missing image, an external network that is
/// not there, a wait that times out: each a clear error and a non-zero exit,
/// and `down` still cleans up.
#[test]
fn failures_name_the_service_and_leave_nothing_down_cannot_remove() {
    let p = Project::new(
        "services:\n  db:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    healthcheck: {test: [CMD, 'false'], interval: 200ms, retries: 2}\n  web:\n    image: busybox\n    command: [sleep, '1000']\n    depends_on: {db: {condition: service_healthy}}\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(
        err.contains("dependency failed to start: container proj-db-1 is unhealthy"),
        "{err}"
    );
    let err = p.fails(&["up", "--wait", "--wait-timeout", "1", "db"]);
    assert!(err.contains("proj-db-1"), "{err}");
    // docker/compose e2e TestUpWaitTimeout: a check that never passes in time.
    p.write(
        "compose.yaml",
        "services:\n  slow:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    healthcheck: {test: [CMD, 'true'], interval: 1h, start_period: 1h}\n",
    );
    let err = p.fails(&["up", "--wait", "--wait-timeout", "1"]);
    assert!(err.contains("application not healthy after 1s"), "{err}");
    // The containers of the services the file had before are orphans now:
    // down leaves them, and their network, with compose's warning.
    let out = p.compose(&["down", "-t", "0"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains(" Network proj_default Resource is still in use"),
        "{}",
        describe(&out)
    );

    p.write(
        "compose.yaml",
        "services:\n  job:\n    image: busybox\n    command: [sh, -c, 'exit 3']\n  web:\n    image: busybox\n    command: [sleep, '1000']\n    depends_on: {job: {condition: service_completed_successfully}}\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(
        err.contains("service \"job\" didn't complete successfully: exit 3"),
        "{err}"
    );

    p.write(
        "compose.yaml",
        "services:\n  x:\n    image: nosuchimage:1\n    pull_policy: never\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(err.contains("nosuchimage:1"), "{err}");

    p.write(
        "compose.yaml",
        "services:\n  x:\n    image: busybox\nnetworks:\n  default:\n    name: elsewhere\n    external: true\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(
        err.contains("network elsewhere declared as external, but could not be found"),
        "{err}"
    );
    p.write("compose.yaml", "services:\n  x:\n    image: busybox\n");
    p.ok(&["down", "-t", "0", "--remove-orphans"]);
    assert_eq!(p.skiff.ok(&["ps", "-aq"]), "");
    assert!(!p.skiff.ok(&["network", "ls"]).contains("proj_"));
}

/// Two `up` of one project at once make each container once.
#[test]
fn concurrent_ups_do_not_duplicate_containers() {
    let p = Project::new(
        "services:\n  a:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n  b:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n",
    );
    let file = p.path().join("compose.yaml");
    let file = file.to_str().expect("utf-8");
    let args = ["compose", "-f", file, "-p", "proj", "up", "-d"];
    let mut children: Vec<_> = (0..3)
        .map(|_| p.skiff.cmd(&args).spawn().expect("spawning compose up"))
        .collect();
    for c in &mut children {
        let status = c.wait().expect("waiting for compose up");
        assert!(status.success());
    }
    let names = p.skiff.ok(&["ps", "-a", "--format", "{{.Names}}"]);
    let mut names: Vec<&str> = names.lines().collect();
    names.sort();
    assert_eq!(names, vec!["proj-a-1", "proj-b-1"]);
    // stop, start and rm act on the project's containers.
    p.ok(&["stop", "-t", "1"]);
    assert_eq!(p.ok(&["ps", "-q"]), "");
    p.ok(&["start", "a"]);
    assert_eq!(p.ok(&["ps", "--format", "{{.Name}}"]), "proj-a-1\n");
    p.ok(&["kill", "a"]);
    wait_until("a to stop", || p.ok(&["ps", "-q"]).is_empty());
    p.ok(&["rm", "-f"]);
    assert_eq!(p.skiff.ok(&["ps", "-aq"]), "");
}

/// `exec`, `run` (one-off containers: not in `ps`, no published ports unless
/// asked, dependencies started first), `port`, `pause`, `top`, `images`,
/// `create`, `version`.
#[test]
fn exec_run_and_the_commands_around_them() {
    let p = Project::new(
        "services:\n  db:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n  web:\n    image: busybox\n    init: true\n    command: [httpd, -f, -p, '80', -h, /]\n    ports: ['8080:80']\n    environment: {ROLE: web}\n    depends_on: [db]\n",
    );
    p.ok(&["create"]);
    let ps = p.ok(&["ps", "-a", "--format", "{{.Name}} {{.State}}"]);
    assert_eq!(ps, "proj-db-1 created\nproj-web-1 created\n");
    p.ok(&["start"]);
    assert_eq!(
        p.ok(&["exec", "-T", "web", "sh", "-c", "echo $ROLE"]),
        "web\n"
    );
    let out = p.compose(&["exec", "-T", "web", "sh", "-c", "exit 7"]);
    assert_eq!(out.status.code(), Some(7), "{}", describe(&out));
    let err = p.fails(&["exec", "-T", "nosuch", "true"]);
    assert!(err.contains("no such service: nosuch"), "{err}");
    assert_eq!(p.ok(&["port", "web", "80"]), "0.0.0.0:8080\n");

    // A one-off: its own name, the service's environment plus -e, found by
    // DNS under its service's network, gone with --rm.
    let out = p.compose(&[
        "run",
        "--rm",
        "-T",
        "-e",
        "EXTRA=1",
        "web",
        "sh",
        "-c",
        "echo $ROLE $EXTRA; ping -c1 -W2 db >/dev/null && echo reached",
    ]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_eq!(text(&out.stdout), "web 1\nreached\n");
    let out = p.compose(&["run", "-T", "web", "sh", "-c", "exit 4"]);
    assert_eq!(out.status.code(), Some(4), "{}", describe(&out));
    let all = p.skiff.ok(&[
        "ps",
        "-a",
        "--format",
        "{{.Names}} {{.Label \"com.docker.compose.oneoff\"}}",
    ]);
    assert!(
        all.lines()
            .any(|l| l.starts_with("proj-web-run-") && l.ends_with(" True")),
        "{all}"
    );
    assert!(!p.ok(&["ps"]).contains("-run-"));

    p.ok(&["pause", "web"]);
    assert_eq!(
        p.ok(&["ps", "--format", "{{.Name}} {{.State}}", "web"]),
        "proj-web-1 paused\n"
    );
    p.ok(&["unpause", "web"]);
    // events in compose's shapes: its text line (and blank line), or JSON.
    let web = p.id("proj-web-1");
    let events = p.ok(&["events", "--since", "1h", "--until", "0s", "web"]);
    let pause = events
        .lines()
        .find(|l| l.contains(" container pause "))
        .unwrap_or_else(|| panic!("no pause event: {events}"));
    let (stamp, rest) = pause.split_at(26);
    assert!(
        stamp.len() == 26 && stamp.as_bytes()[10] == b' ' && stamp.as_bytes()[19] == b'.',
        "{pause}"
    );
    assert_eq!(
        rest,
        format!(" container pause {web} (image=busybox, name=proj-web-1)")
    );
    assert!(events.contains(")\n\n"), "{events}");
    let json = p.ok(&["events", "--json", "--since", "1h", "--until", "0s", "web"]);
    let unpause: serde_json::Value = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .find(|v| v["action"] == "unpause")
        .unwrap_or_else(|| panic!("no unpause event: {json}"));
    assert_eq!(unpause["id"], web.as_str());
    assert_eq!(unpause["service"], "web");
    assert_eq!(unpause["type"], "container");
    assert_eq!(unpause["attributes"]["name"], "proj-web-1");
    assert!(
        unpause["time"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z') && t.contains('T')),
        "{unpause}"
    );
    let top = p.ok(&["top", "web"]);
    assert!(
        top.starts_with("proj-web-1\n") && top.contains("httpd"),
        "{top}"
    );
    // cp both ways, by service name.
    p.write("note.txt", "from the host\n");
    let note = p.path().join("note.txt");
    p.ok(&["cp", note.to_str().expect("utf-8"), "web:/tmp/note.txt"]);
    let back = p.path().join("back.txt");
    p.ok(&["cp", "web:/tmp/note.txt", back.to_str().expect("utf-8")]);
    assert_eq!(
        std::fs::read_to_string(&back).expect("copied back"),
        "from the host\n"
    );
    let stats = p.ok(&["stats", "--no-stream", "--format", "{{.Name}}"]);
    assert_eq!(stats, "proj-db-1\nproj-web-1\n");
    let ls = p
        .skiff
        .ok(&["compose", "ls", "--filter", "name=proj", "-q"]);
    assert_eq!(ls, "proj\n");
    let images = p.ok(&["images"]);
    assert!(
        images.starts_with("CONTAINER") && images.contains("proj-web-1"),
        "{images}"
    );
    assert!(p.ok(&["version"]).starts_with("skiff compose version v2."));
    assert!(p.ok(&["version", "--short"]).starts_with("2."));

    // down --rmi all takes the services' image with the rest.
    let out = p.compose(&["down", "-t", "0", "--rmi", "all"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(
        text(&out.stderr).contains(" Image busybox Removed"),
        "{}",
        describe(&out)
    );
    assert_eq!(p.skiff.ok(&["images", "-q"]), "");
}

/// An `up` killed half way (waiting on a dependency that never gets
/// healthy) and an `up` refused on a port in use: `down` takes away what
/// each left.
#[test]
fn down_cleans_up_after_a_killed_or_refused_up() {
    let p = Project::new(
        "services:\n  db:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    healthcheck: {test: [CMD, 'false'], interval: 1h, start_period: 1h}\n  web:\n    image: busybox\n    command: [sleep, '1000']\n    depends_on: {db: {condition: service_healthy}}\n",
    );
    let file = p.path().join("compose.yaml");
    let file = file.to_str().expect("utf-8");
    let mut up = p
        .skiff
        .cmd(&["compose", "-f", file, "-p", "proj", "up", "-d"])
        .spawn()
        .expect("spawning compose up");
    wait_until("db to run", || {
        p.skiff
            .ok(&["ps", "--format", "{{.Names}}"])
            .contains("proj-db-1")
    });
    up.kill().expect("killing compose up");
    let _ = up.wait();
    p.ok(&["down", "-t", "0"]);
    assert_eq!(p.skiff.ok(&["ps", "-aq"]), "");
    assert!(!p.skiff.ok(&["network", "ls"]).contains("proj_default"));

    p.write(
        "compose.yaml",
        "services:\n  a:\n    image: busybox\n    init: true\n    command: [httpd, -f, -p, '80']\n    ports: ['8090:80']\n  b:\n    image: busybox\n    init: true\n    command: [httpd, -f, -p, '80']\n    ports: ['8090:80']\n    depends_on: [a]\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(err.contains("service b") && err.contains("8090"), "{err}");
    p.ok(&["down", "-t", "0"]);
    assert_eq!(p.skiff.ok(&["ps", "-aq"]), "");
}

/// docker/compose e2e: TestNetworkAliases, TestNetworks (declared and
/// external networks, container_name).
#[test]
fn networks_aliases_and_container_names() {
    let p = Project::new(
        "services:\n  api:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    networks:\n      back:\n        aliases: [backend, api.internal]\n  client:\n    image: busybox\n    init: true\n    container_name: the-client\n    command: [sleep, '1000']\n    networks: [back, front]\n  outsider:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n    networks: [front]\nnetworks:\n  back: {}\n  front:\n    name: shared-front\n    external: true\n",
    );
    let err = p.fails(&["up", "-d"]);
    assert!(
        err.contains("network shared-front declared as external, but could not be found"),
        "{err}"
    );
    p.skiff.ok(&["network", "create", "shared-front"]);
    p.ok(&["up", "-d"]);
    let nets = p.skiff.ok(&["network", "ls", "--format", "{{.Name}}"]);
    assert!(
        nets.contains("proj_back") && nets.contains("shared-front"),
        "{nets}"
    );
    for name in ["api", "backend", "api.internal"] {
        let out = p
            .skiff
            .run(&["exec", "the-client", "ping", "-c1", "-W2", name]);
        assert!(out.status.success(), "{name}: {}", describe(&out));
    }
    // The outsider shares only the external network with the client.
    let out = p
        .skiff
        .run(&["exec", "proj-outsider-1", "ping", "-c1", "-W2", "api"]);
    assert!(!out.status.success(), "{}", describe(&out));
    let out = p
        .skiff
        .run(&["exec", "proj-outsider-1", "ping", "-c1", "-W2", "client"]);
    assert!(out.status.success(), "{}", describe(&out));
    p.ok(&["down", "-t", "0"]);
    // down keeps the external network.
    let nets = p.skiff.ok(&["network", "ls", "--format", "{{.Name}}"]);
    assert!(
        nets.contains("shared-front") && !nets.contains("proj_back"),
        "{nets}"
    );
    p.skiff.ok(&["network", "rm", "shared-front"]);
}

/// docker/compose e2e TestUpNoDeps; Ctrl-C on an attached up stops the
/// project gracefully.
#[test]
fn up_no_deps_and_ctrl_c() {
    let p = Project::new(
        "services:\n  db:\n    image: busybox\n    init: true\n    command: [sleep, '1000']\n  web:\n    image: busybox\n    init: true\n    command: [sh, -c, 'echo web up; exec sleep 1000']\n    depends_on: [db]\n",
    );
    p.ok(&["up", "-d", "--no-deps", "web"]);
    assert_eq!(p.ok(&["ps", "--format", "{{.Name}}"]), "proj-web-1\n");
    p.ok(&["down", "-t", "0"]);

    let file = p.path().join("compose.yaml");
    let file = file.to_str().expect("utf-8");
    let up = p
        .skiff
        .cmd(&["compose", "-f", file, "-p", "proj", "up"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawning compose up");
    wait_until("both to run", || p.ok(&["ps", "-q"]).lines().count() == 2);
    let pid = up.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill -INT");
    assert!(sent.success());
    let out = up.wait_with_output().expect("waiting for compose up");
    assert!(
        text(&out.stdout).contains("web-1  | web up"),
        "{}",
        describe(&out)
    );
    assert!(
        text(&out.stderr).contains("Gracefully stopping..."),
        "{}",
        describe(&out)
    );
    // Stopped, not removed.
    assert_eq!(p.ok(&["ps", "-q"]), "");
    assert_eq!(p.ok(&["ps", "-aq"]).lines().count(), 2);
}

/// A service with `build:` is built by skiff's builder when its image is
/// missing, with --build, and by `compose build`; `image:` names the result.
#[test]
fn services_with_build_sections_are_built() {
    let p = Project::new(
        "services:\n  app:\n    build:\n      context: ./app\n      args:\n        GREETING: hello\n    init: true\n    command: [sh, -c, 'cat /greeting; exec sleep 1000']\n  tool:\n    image: proj-tool:dev\n    build:\n      context: .\n      dockerfile_inline: |\n        FROM busybox\n        RUN echo inline > /made\n    command: [cat, /made]\n",
    );
    p.write(
        "app/Dockerfile",
        "FROM busybox\nARG GREETING\nRUN echo \"$GREETING from the build\" > /greeting\n",
    );
    let out = p.compose(&["up", "-d"]);
    assert!(out.status.success(), "{}", describe(&out));
    let err = text(&out.stderr);
    assert!(
        err.contains(" app Built") && err.contains(" tool Built"),
        "{err}"
    );
    assert!(p
        .skiff
        .ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"])
        .contains("proj-app:latest"));
    wait_until("app to print", || {
        p.ok(&["logs", "app"]).contains("hello from the build")
    });
    assert!(p.ok(&["logs", "tool"]).contains("inline"));
    // Up again: the image is there, nothing is built.
    let out = p.compose(&["up", "-d"]);
    assert!(!text(&out.stderr).contains("Built"), "{}", describe(&out));
    // A changed Dockerfile: up --build rebuilds and recreates.
    p.write(
        "app/Dockerfile",
        "FROM busybox\nARG GREETING\nRUN echo \"$GREETING again\" > /greeting\n",
    );
    let before = p.id("proj-app-1");
    let out = p.compose(&["up", "-d", "--build", "app"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert_ne!(
        p.id("proj-app-1"),
        before,
        "a new image recreates the container"
    );
    wait_until("the rebuilt app", || {
        p.ok(&["logs", "app"]).contains("hello again")
    });
    let out = p.compose(&["build", "tool"]);
    assert!(out.status.success(), "{}", describe(&out));
    assert!(text(&out.stderr).contains("CACHED"), "{}", describe(&out));
}

/// `compose watch` (compose's TestWatch scenarios): sync copies new and
/// changed files into the running container and removes deleted ones,
/// honouring ignore rules; sync+exec runs its command after; rebuild builds
/// the image again and recreates the container; Ctrl-C ends it cleanly.
#[test]
fn compose_watch_syncs_execs_and_rebuilds() {
    let p = Project::new(
        "services:\n  app:\n    build:\n      context: ./app\n    command: [sh, -c, 'cat /version; exec sleep 1000']\n    init: true\n    develop:\n      watch:\n        - {action: sync, path: ./src, target: /src, ignore: [tmp/]}\n        - action: sync+exec\n          path: ./conf\n          target: /etc/app\n          exec: {command: [sh, -c, 'cat /etc/app/app.conf > /tmp/reloaded']}\n        - {action: rebuild, path: ./app}\n",
    );
    p.write("app/Dockerfile", "FROM busybox\nCOPY version /version\n");
    p.write("app/version", "v1\n");
    p.write("src/index.html", "first\n");
    p.write("conf/app.conf", "mode=1\n");
    let file = p.path().join("compose.yaml");
    let mut watch = p
        .skiff
        .cmd(&[
            "compose",
            "-f",
            file.to_str().expect("utf-8"),
            "-p",
            "proj",
            "watch",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("compose watch");
    let stdout = watch.stdout.take().expect("stdout");
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let seen = lines.clone();
    let reader = std::thread::spawn(move || {
        use std::io::BufRead as _;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            seen.lock().expect("lines").push(line);
        }
    });
    let said = |what: &str| lines.lock().expect("lines").iter().any(|l| l == what);
    wait_until("Watch enabled", || said("Watch enabled"));
    let in_app = |args: &[&str]| {
        let out = p.skiff.run(&[&["exec", "proj-app-1"], args].concat());
        text(&out.stdout)
    };
    // sync: new files, a new directory, an ignored one, a deletion.
    p.write("src/page.html", "page\n");
    p.write("src/sub/deep.html", "deep\n");
    p.write("src/tmp/scratch", "no\n");
    wait_until("the sync", || {
        in_app(&["cat", "/src/page.html", "/src/sub/deep.html"]) == "page\ndeep\n"
    });
    assert!(
        said("Syncing service \"app\" after 3 changes were detected")
            || said("Syncing service \"app\" after 2 changes were detected"),
        "{:?}",
        lines.lock().expect("lines")
    );
    assert_eq!(in_app(&["ls", "/src"]), "page.html\nsub\n", "tmp/ ignored");
    std::fs::remove_file(p.path().join("src/page.html")).expect("rm");
    wait_until("the deletion", || in_app(&["ls", "/src"]) == "sub\n");
    // sync+exec.
    p.write("conf/app.conf", "mode=2\n");
    wait_until("the exec hook", || {
        in_app(&["cat", "/tmp/reloaded"]) == "mode=2\n"
    });
    // rebuild: a new image, a new container.
    let before = p.id("proj-app-1");
    p.write("app/version", "v2\n");
    wait_until("the rebuild", || {
        said("service(s) [\"app\"] successfully built")
    });
    wait_until("the new container", || {
        p.skiff
            .run(&["logs", "proj-app-1"])
            .stdout
            .starts_with(b"v2")
    });
    assert_ne!(p.id("proj-app-1"), before);
    // Ctrl-C: watch ends, the services keep running.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(watch.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .expect("SIGINT");
    let status = watch.wait().expect("watch");
    reader.join().expect("reader");
    assert!(status.success(), "{status}");
    assert!(said("Watch disabled"), "{:?}", lines.lock().expect("lines"));
    assert_eq!(
        p.skiff
            .ok(&["inspect", "-f", "{{.State.Status}}", "proj-app-1"]),
        "running\n"
    );
    // A project without develop sections: compose's error.
    let plain = Project::new("services:\n  a:\n    image: busybox\n");
    let err = plain.fails(&["watch", "--no-up"]);
    assert!(
        err.contains("none of the selected services is configured for watch"),
        "{err}"
    );
}
