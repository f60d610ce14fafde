//! `compose watch` (docker compose v2's): the services' `develop.watch`
//! rules applied as files change — `sync` copies changed files into the
//! running containers (and removes deleted ones), `rebuild` builds the
//! image and recreates the service, `restart` restarts it, `sync+restart`
//! and `sync+exec` do both. Changes are watched with inotify and taken in
//! batches once the files have been quiet for a moment, so an editor's
//! save of many files is one sync.

use std::collections::{BTreeMap, BTreeSet};
use std::os::fd::AsFd as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify, WatchDescriptor};

use super::model::{WatchAction, WatchTrigger};
use super::runner::{BuildPolicy, Runner, UpOptions};
use crate::engine::ignore::Ignore;

/// What watch tells its user, as compose prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchReport {
    Enabled,
    /// A path a bind mount already shares: not watched.
    AlreadyBound(PathBuf),
    Syncing {
        service: String,
        changes: usize,
    },
    Rebuilding(Vec<String>),
    Built(Vec<String>),
    Restarted(Vec<String>),
    /// A batch that could not be applied; watching goes on.
    Failed(String),
    Disabled,
}

impl WatchReport {
    /// compose's words.
    pub fn text(&self) -> String {
        let list = |s: &[String]| {
            format!(
                "[{}]",
                s.iter()
                    .map(|n| format!("{n:?}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        match self {
            WatchReport::Enabled => "Watch enabled".into(),
            WatchReport::AlreadyBound(p) => format!(
                "path '{}' also declared by a bind mount volume, this path won't be monitored!",
                p.display()
            ),
            WatchReport::Syncing { service, changes } => {
                format!("Syncing service {service:?} after {changes} changes were detected")
            }
            WatchReport::Rebuilding(s) => {
                format!(
                    "Rebuilding service(s) {} after changes were detected...",
                    list(s)
                )
            }
            WatchReport::Built(s) => format!("service(s) {} successfully built", list(s)),
            WatchReport::Restarted(s) => format!("service(s) {} restarted", list(s)),
            WatchReport::Failed(e) => format!("Error handling changed files: {e}"),
            WatchReport::Disabled => "Watch disabled".into(),
        }
    }
}

/// One rule of one service, its path absolute.
struct Rule {
    service: String,
    trigger: WatchTrigger,
    path: PathBuf,
    ignore: Ignore,
    include: Option<Ignore>,
}

/// Editors' swap, backup and temporary files, which compose ignores too.
fn ephemeral(name: &str) -> bool {
    name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || name.ends_with(".tmp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

impl Rule {
    /// Where `host` goes in the container when the rule takes it.
    fn matches(&self, host: &Path) -> Option<Option<String>> {
        let rel = host.strip_prefix(&self.path).ok()?;
        let rel_text = rel.to_string_lossy();
        if rel.components().any(|c| c.as_os_str() == ".git") {
            return None;
        }
        let name = host.file_name()?.to_string_lossy();
        if ephemeral(&name) {
            return None;
        }
        if !rel_text.is_empty() {
            if self.ignore.excluded(&rel_text) {
                return None;
            }
            if let Some(inc) = &self.include {
                if !inc.excluded(&rel_text) {
                    return None;
                }
            }
        }
        Some(self.trigger.target.as_ref().map(|t| {
            if rel_text.is_empty() {
                t.clone()
            } else {
                format!("{}/{rel_text}", t.trim_end_matches('/'))
            }
        }))
    }
}

/// Recursive inotify watches over the rules' paths.
struct Watches {
    inotify: Inotify,
    dirs: BTreeMap<WatchDescriptor, PathBuf>,
}

const MASK: AddWatchFlags = AddWatchFlags::IN_CREATE
    .union(AddWatchFlags::IN_CLOSE_WRITE)
    .union(AddWatchFlags::IN_MODIFY)
    .union(AddWatchFlags::IN_DELETE)
    .union(AddWatchFlags::IN_MOVED_FROM)
    .union(AddWatchFlags::IN_MOVED_TO)
    .union(AddWatchFlags::IN_ATTRIB);

impl Watches {
    /// Watches `dir` and every directory below it; returns the files found.
    fn add_tree(&mut self, dir: &Path) -> Vec<PathBuf> {
        let mut files = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            if d.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if let Ok(wd) = self.inotify.add_watch(&d, MASK) {
                self.dirs.insert(wd, d.clone());
            }
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(p);
                } else {
                    files.push(p);
                }
            }
        }
        files
    }

    /// The paths changed since the last call (new directories watched, and
    /// the files in them counted as changed).
    fn changes(&mut self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        while let Ok(events) = self.inotify.read_events() {
            if events.is_empty() {
                break;
            }
            for ev in events {
                let (Some(dir), Some(name)) = (self.dirs.get(&ev.wd).cloned(), ev.name) else {
                    continue;
                };
                let path = dir.join(name);
                if ev.mask.contains(AddWatchFlags::IN_ISDIR)
                    && ev
                        .mask
                        .intersects(AddWatchFlags::IN_CREATE | AddWatchFlags::IN_MOVED_TO)
                {
                    out.extend(self.add_tree(&path));
                }
                out.push(path);
            }
        }
        out
    }
}

/// A tar of `files` (host path, container path), with the directories
/// above each in the container, to extract at `/`.
fn sync_archive(files: &[(PathBuf, String)]) -> Result<Vec<u8>> {
    let mut tar = tar::Builder::new(Vec::new());
    tar.follow_symlinks(false);
    let mut dirs = BTreeSet::new();
    for (host, target) in files {
        let rel = target.trim_start_matches('/');
        let mut parent = Path::new(rel).parent();
        let mut above = Vec::new();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            above.push(p.to_path_buf());
            parent = p.parent();
        }
        for d in above.into_iter().rev() {
            if dirs.insert(d.clone()) {
                let mut h = tar::Header::new_gnu();
                h.set_entry_type(tar::EntryType::Directory);
                h.set_mode(0o755);
                h.set_size(0);
                h.set_mtime(
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs()),
                );
                tar.append_data(&mut h, &d, std::io::empty())
                    .context("writing the sync archive")?;
            }
        }
        if host.is_dir() {
            tar.append_dir_all(rel, host)
                .with_context(|| format!("archiving {}", host.display()))?;
        } else {
            tar.append_path_with_name(host, rel)
                .with_context(|| format!("archiving {}", host.display()))?;
        }
    }
    tar.into_inner().context("writing the sync archive")
}

/// Runs `command` in a container and waits for it; an error names the
/// exit code when it is not 0.
fn exec_in(
    engine: &crate::engine::Engine,
    container: &str,
    spec: &crate::engine::ops::ExecSpec,
) -> Result<()> {
    let mut exec = crate::engine::ops::prepare_exec(engine, container, spec)?;
    let stdio = crate::engine::runtime::Stdio {
        stdin: crate::engine::process::devnull()?,
        stdout: crate::engine::process::devnull()?,
        stderr: crate::engine::process::devnull()?,
    };
    let pid = exec.start(stdio)?;
    let code = crate::engine::ops::wait_child(pid)?;
    exec.finish(code);
    if code != 0 {
        bail!("{} exited with code {code}", spec.command.join(" "));
    }
    Ok(())
}

/// What one batch of changes asks for.
#[derive(Default)]
struct Batch {
    rebuild: BTreeSet<String>,
    restart: BTreeSet<String>,
    /// Per service: host path and container path.
    sync: BTreeMap<String, Vec<(PathBuf, String)>>,
    /// Per service: the rules whose exec hooks run after the sync.
    exec: BTreeMap<String, BTreeSet<usize>>,
}

impl Runner<'_> {
    fn watch_rules(&self, services: &[String]) -> Result<Vec<Rule>> {
        for s in services {
            if !self.services.contains_key(s) {
                bail!("no such service: {s}");
            }
        }
        let mut rules = Vec::new();
        for (name, svc) in &self.services {
            if !services.is_empty() && !services.contains(name) {
                continue;
            }
            let Some(develop) = &svc.develop else {
                continue;
            };
            let context = svc.build.as_ref().map(|b| {
                self.project
                    .working_dir
                    .join(b.context.as_deref().unwrap_or("."))
            });
            let dockerignore = context
                .as_ref()
                .and_then(|c| std::fs::read_to_string(c.join(".dockerignore")).ok())
                .unwrap_or_default();
            for trigger in &develop.watch {
                if trigger.action == WatchAction::Rebuild && svc.build.is_none() {
                    bail!(
                        "can't watch service {name:?} with action rebuild without a build context"
                    );
                }
                if trigger.action == WatchAction::SyncExec
                    && trigger
                        .exec
                        .as_ref()
                        .is_none_or(|e| e.command.items().is_empty())
                {
                    bail!(
                        "can't watch with action \"sync+exec\" on service {name} without a command"
                    );
                }
                if trigger.action.syncs() && trigger.target.is_none() {
                    bail!(
                        "service {name}: watch action {} on {} needs a target",
                        trigger.action.as_str(),
                        trigger.path
                    );
                }
                let path = self.project.working_dir.join(&trigger.path);
                let path = std::fs::canonicalize(&path).unwrap_or(path);
                let ignore = Ignore::parse(
                    &std::iter::once(dockerignore.as_str())
                        .chain(trigger.ignore.iter().map(String::as_str))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
                let include = (!trigger.include.is_empty())
                    .then(|| Ignore::parse(&trigger.include.join("\n")));
                rules.push(Rule {
                    service: name.clone(),
                    trigger: trigger.clone(),
                    path,
                    ignore,
                    include,
                });
            }
        }
        if rules.is_empty() {
            bail!("none of the selected services is configured for watch, consider setting a 'develop' section");
        }
        Ok(rules)
    }

    /// Whether a bind mount of `service` already shares `path`.
    fn bound(&self, service: &str, path: &Path) -> bool {
        let Some(svc) = self.services.get(service) else {
            return false;
        };
        svc.volumes.iter().any(|v| {
            v.kind == "bind"
                && v.source.as_deref().is_some_and(|s| {
                    let s = self.project.working_dir.join(s);
                    let s = std::fs::canonicalize(&s).unwrap_or(s);
                    path.starts_with(s)
                })
        })
    }

    /// `compose watch`: with `up`, brings the services up first (building
    /// what needs it); then applies the rules until `keep_going` says stop.
    pub fn watch(
        &self,
        services: &[String],
        up: bool,
        report: &mut dyn FnMut(WatchReport),
        keep_going: &dyn Fn() -> bool,
    ) -> Result<()> {
        let rules = self.watch_rules(services)?;
        if up {
            self.up(&UpOptions {
                services: services.to_vec(),
                ..UpOptions::default()
            })?;
        }
        let inotify = Inotify::init(InitFlags::IN_NONBLOCK | InitFlags::IN_CLOEXEC)
            .context("watching files (inotify)")?;
        let mut watches = Watches {
            inotify,
            dirs: BTreeMap::new(),
        };
        let mut watched = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            if r.trigger.action.syncs() && self.bound(&r.service, &r.path) {
                report(WatchReport::AlreadyBound(r.path.clone()));
                continue;
            }
            watched.push(i);
            let root = if r.path.is_dir() {
                r.path.clone()
            } else {
                // A file (which may not exist yet): its directory.
                r.path.parent().map(Path::to_path_buf).unwrap_or_default()
            };
            let files = watches.add_tree(&root);
            if r.trigger.initial_sync && r.trigger.action.syncs() {
                let mut batch = Batch::default();
                for f in files {
                    self.take(&rules, &[i], &f, &mut batch);
                }
                self.sync(&batch, report)?;
            }
        }
        report(WatchReport::Enabled);
        // Changes are taken once the files have been quiet this long.
        const QUIET: Duration = Duration::from_millis(300);
        let mut pending: BTreeSet<PathBuf> = BTreeSet::new();
        let mut last_change = Instant::now();
        loop {
            if !keep_going() {
                report(WatchReport::Disabled);
                return Ok(());
            }
            let mut fds = [nix::poll::PollFd::new(
                watches.inotify.as_fd(),
                nix::poll::PollFlags::POLLIN,
            )];
            let _ = nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(100u16));
            let changed = watches.changes();
            if !changed.is_empty() {
                pending.extend(changed);
                last_change = Instant::now();
                continue;
            }
            if pending.is_empty() || last_change.elapsed() < QUIET {
                continue;
            }
            let mut batch = Batch::default();
            for path in std::mem::take(&mut pending) {
                self.take(&rules, &watched, &path, &mut batch);
            }
            if let Err(e) = self.apply(&rules, &batch, report) {
                report(WatchReport::Failed(format!("{e:#}")));
            }
        }
    }

    /// Adds what the rules `which` make of a change to `path` to `batch`.
    fn take(&self, rules: &[Rule], which: &[usize], path: &Path, batch: &mut Batch) {
        for &i in which {
            let r = &rules[i];
            let Some(target) = r.matches(path) else {
                continue;
            };
            let s = r.service.clone();
            match r.trigger.action {
                WatchAction::Rebuild => {
                    batch.rebuild.insert(s);
                }
                WatchAction::Restart => {
                    batch.restart.insert(s);
                }
                action => {
                    if let Some(t) = target {
                        batch
                            .sync
                            .entry(s.clone())
                            .or_default()
                            .push((path.to_path_buf(), t));
                    }
                    if action == WatchAction::SyncRestart {
                        batch.restart.insert(s.clone());
                    }
                    if action == WatchAction::SyncExec {
                        batch.exec.entry(s).or_default().insert(i);
                    }
                }
            }
        }
    }

    /// The running containers of `service` (one-offs aside), by name.
    fn running_containers(&self, service: &str) -> Result<Vec<String>> {
        Ok(self
            .containers()?
            .into_iter()
            .filter(|c| {
                let l = &c.record.config.labels;
                l.get(super::labels::SERVICE).map(String::as_str) == Some(service)
                    && l.get(super::labels::ONEOFF).map(String::as_str) != Some("True")
                    && c.state.status == crate::engine::container::Status::Running
            })
            .map(|c| c.record.name)
            .collect())
    }

    /// Copies the changed files in (removes the deleted ones) in every
    /// running container of each service.
    fn sync(&self, batch: &Batch, report: &mut dyn FnMut(WatchReport)) -> Result<()> {
        for (service, files) in &batch.sync {
            report(WatchReport::Syncing {
                service: service.clone(),
                changes: files.len(),
            });
            let (present, gone): (Vec<_>, Vec<_>) = files
                .iter()
                .cloned()
                .partition(|(h, _)| std::fs::symlink_metadata(h).is_ok());
            for name in self.running_containers(service)? {
                if !gone.is_empty() {
                    let mut command = vec!["rm".to_string(), "-rf".into(), "--".into()];
                    command.extend(gone.iter().map(|(_, t)| t.clone()));
                    exec_in(
                        self.engine,
                        &name,
                        &crate::engine::ops::ExecSpec {
                            command,
                            user: Some("0".into()),
                            ..Default::default()
                        },
                    )
                    .with_context(|| {
                        format!("service {service}: removing deleted files in {name}")
                    })?;
                }
                if present.is_empty() {
                    continue;
                }
                let archive = sync_archive(&present)?;
                let c = crate::engine::ops::lookup(self.engine, &name)?;
                crate::engine::container::copy::copy_to_container(
                    self.engine,
                    &c,
                    &name,
                    crate::engine::container::copy::HostSource::Stream(Box::new(
                        std::io::Cursor::new(archive),
                    )),
                    "/",
                    crate::engine::container::copy::CopyOptions {
                        follow_link: false,
                        archive: false,
                    },
                )
                .with_context(|| format!("service {service}: copying into {name}"))?;
            }
        }
        Ok(())
    }

    /// One batch: rebuilds, then syncs, then restarts, then exec hooks.
    fn apply(
        &self,
        rules: &[Rule],
        batch: &Batch,
        report: &mut dyn FnMut(WatchReport),
    ) -> Result<()> {
        if !batch.rebuild.is_empty() {
            let services: Vec<String> = batch.rebuild.iter().cloned().collect();
            report(WatchReport::Rebuilding(services.clone()));
            self.up(&UpOptions {
                services: services.clone(),
                no_deps: true,
                force_recreate: true,
                build: BuildPolicy::Always,
                ..UpOptions::default()
            })
            .map_err(|e| anyhow!("Build failed. Error: {e:#}"))?;
            report(WatchReport::Built(services));
        }
        self.sync(batch, report)?;
        if !batch.restart.is_empty() {
            let services: Vec<String> = batch.restart.iter().cloned().collect();
            self.stop(&services, None)?;
            self.start(&services)?;
            report(WatchReport::Restarted(services));
        }
        for (service, which) in &batch.exec {
            for &i in which {
                let Some(hook) = &rules[i].trigger.exec else {
                    continue;
                };
                let spec = crate::engine::ops::ExecSpec {
                    command: hook.command.items(),
                    env: hook
                        .environment
                        .iter()
                        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
                        .collect(),
                    workdir: hook.working_dir.clone(),
                    user: hook.user.clone(),
                    tty: false,
                    privileged: hook.privileged,
                };
                for name in self.running_containers(service)? {
                    exec_in(self.engine, &name, &spec)
                        .with_context(|| format!("service {service}: exec in {name}"))?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(ignore: &[&str], include: &[&str]) -> Rule {
        Rule {
            service: "web".into(),
            trigger: WatchTrigger {
                action: WatchAction::Sync,
                path: "./src".into(),
                target: Some("/app".into()),
                ignore: ignore.iter().map(|s| s.to_string()).collect(),
                include: include.iter().map(|s| s.to_string()).collect(),
                initial_sync: false,
                exec: None,
            },
            path: PathBuf::from("/p/src"),
            ignore: Ignore::parse(&ignore.join("\n")),
            include: (!include.is_empty()).then(|| Ignore::parse(&include.join("\n"))),
        }
    }

    #[test]
    fn rules_map_host_paths_into_the_target_and_ignore_what_compose_ignores() {
        let r = rule(&["tmp/", "*.log"], &[]);
        assert_eq!(
            r.matches(Path::new("/p/src/a/b.txt")),
            Some(Some("/app/a/b.txt".into()))
        );
        assert_eq!(r.matches(Path::new("/p/src")), Some(Some("/app".into())));
        for ignored in [
            "/p/src/tmp/x",
            "/p/src/x.log",
            "/p/src/.git/HEAD",
            "/p/src/a.swp",
            "/p/src/a~",
            "/p/other/a",
        ] {
            assert_eq!(r.matches(Path::new(ignored)), None, "{ignored}");
        }
        let only = rule(&[], &["*.html"]);
        assert!(only.matches(Path::new("/p/src/i.html")).is_some());
        assert!(only.matches(Path::new("/p/src/i.css")).is_none());
    }

    #[test]
    fn reports_read_as_compose_prints_them() {
        assert_eq!(
            WatchReport::Syncing {
                service: "web".into(),
                changes: 2
            }
            .text(),
            "Syncing service \"web\" after 2 changes were detected"
        );
        assert_eq!(
            WatchReport::Restarted(vec!["a".into(), "b".into()]).text(),
            "service(s) [\"a\" \"b\"] restarted"
        );
    }
}
