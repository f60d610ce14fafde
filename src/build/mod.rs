//! `skiff build`: a Dockerfile built in process on the engine's typed API.
//! Each RUN runs in a container made by `engine::ops::create` from the image
//! so far and is committed as a layer; COPY extracts the context's files
//! into a container's rootfs and commits them; the other instructions edit
//! the image config, written with the next layer (or a last one). Nothing
//! here prints: progress goes to a [`Progress`] the caller renders.
//!
//! A step that makes a layer is cached by its parent, config, instruction,
//! build args and (COPY) files: a rebuild with nothing changed runs nothing.
//! ADD of a URL downloads it (never unpacked, 0600). skiff builds
//! for the machine's own platform only (the platform ARGs say which).

pub mod dockerfile;
#[cfg(test)]
mod dockerfile_cases;
use crate::engine::ignore;

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead as _, BufReader};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use anyhow::{anyhow, bail, Context as _, Result};

use crate::engine::image::manifest::RunConfig;
use crate::engine::image::pull::{NoProgress, PullOptions};
use crate::engine::image::store::ImageRecord;
use crate::engine::ops;
use crate::engine::spec::{ContainerSpec, PullPolicy};
use crate::engine::{shell_words, Engine};
use dockerfile::{Args, Instruction};

/// What `docker build` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The build context: COPY's sources are read from here.
    pub context: PathBuf,
    /// The Dockerfile's text, and its name for messages.
    pub dockerfile: String,
    pub dockerfile_name: String,
    /// `--build-arg NAME=VALUE` (a None value: from the environment).
    pub build_args: BTreeMap<String, Option<String>>,
    /// `--label`s added to the image.
    pub labels: BTreeMap<String, String>,
    /// `--pull`: always pull the base image.
    pub pull: bool,
    /// `-t` names, tagged when the build succeeds.
    pub tags: Vec<String>,
    /// `--target`: the stage to build (default: the last).
    pub target: Option<String>,
    /// `--network`: the RUN containers' network (`default`, `none`, `host`).
    pub network: Option<String>,
    /// `--secret id=ID,src=PATH|env=VAR`: files RUN --mount=type=secret reads.
    pub secrets: BTreeMap<String, PathBuf>,
    /// `--add-host HOST:IP` entries in the RUN containers' /etc/hosts.
    pub extra_hosts: Vec<String>,
    /// `--shm-size` of the RUN containers, in bytes.
    pub shm_size: Option<i64>,
    /// `--ulimit`s of the RUN containers.
    pub ulimits: Vec<crate::engine::container::Ulimit>,
    /// `--no-cache`: run every step (their results are still remembered).
    pub no_cache: bool,
    /// `--no-cache-filter`: the stages (names or indexes) built without the cache.
    pub no_cache_filter: Vec<String>,
    /// `.dockerignore`'s text: `<Dockerfile>.dockerignore` beside the
    /// Dockerfile when there is one, else the context's (None: read the context's).
    pub dockerignore: Option<String>,
}

/// The text of `<Dockerfile>.dockerignore` beside `dockerfile`, which
/// BuildKit prefers to the context's `.dockerignore`.
pub fn dockerfile_ignore(dockerfile: &Path) -> Option<String> {
    let mut name = dockerfile.file_name()?.to_os_string();
    name.push(".dockerignore");
    std::fs::read_to_string(dockerfile.with_file_name(name)).ok()
}

/// Checks that `spec` (`--platform`, `FROM --platform=`) is the machine's
/// own: skiff runs RUN steps natively and has no emulator for others.
pub fn native_platform(spec: &str) -> Result<()> {
    use crate::engine::image::platform;
    let host = platform::host();
    for one in spec.split(',').map(str::trim) {
        let wanted = platform::parse(one).map_err(|e| anyhow!(e))?;
        let same = wanted.os == host.os
            && wanted.architecture == host.architecture
            && (wanted.variant.is_none() || wanted.variant == host.variant);
        if !same {
            bail!(
                "platform {one} is not this machine's ({}): skiff builds natively and has no emulator for other platforms",
                platform::format(&host)
            );
        }
    }
    Ok(())
}

/// BuildKit's predefined platform ARGs (BUILDPLATFORM, TARGETARCH, ...): the
/// host's, as skiff builds natively. Seen by FROM, and by a stage that
/// declares them with `ARG NAME`.
fn platform_args() -> HashMap<String, String> {
    use crate::engine::image::platform;
    let host = platform::host();
    let mut args = HashMap::new();
    for side in ["BUILD", "TARGET"] {
        args.insert(format!("{side}PLATFORM"), platform::format(&host));
        args.insert(format!("{side}OS"), host.os.clone());
        args.insert(format!("{side}ARCH"), host.architecture.clone());
        args.insert(
            format!("{side}VARIANT"),
            host.variant.clone().unwrap_or_default(),
        );
    }
    args
}

/// Where the build reports its steps (BuildKit's numbered vertices).
pub trait Progress: Sync {
    /// Step `n` (1-based) begins: `[index/total] INSTRUCTION ...`.
    fn step(&self, n: usize, label: &str);
    /// A line the step's process printed.
    fn output(&self, n: usize, elapsed: f64, line: &str);
    /// Step `n` is done after `elapsed` seconds.
    fn done(&self, n: usize, elapsed: f64);
    /// Step `n` reused a layer from the cache.
    fn cached(&self, n: usize);
}

/// The build's outcome.
pub struct Built {
    pub image: ImageRecord,
    pub tags: Vec<String>,
}

/// What a `RUN --mount=... --network=...` adds to its container.
#[derive(Debug, Default)]
struct RunExtras {
    mounts: Vec<crate::engine::spec::Mount>,
    network: Option<String>,
}

/// The image `FROM scratch` starts from: an empty layer, made once (the
/// same bytes always give the same image).
fn scratch_image(engine: &Engine) -> Result<ImageRecord> {
    let mut empty = tar::Builder::new(Vec::new());
    empty.mode(tar::HeaderMode::Deterministic);
    let data = empty.into_inner().context("an empty layer")?;
    crate::engine::image::layer::add_layer(
        engine,
        &mut std::io::Cursor::new(data),
        crate::engine::image::layer::NewImage {
            base: None,
            config: RunConfig::default(),
            author: None,
            comment: String::new(),
            created_by: "FROM scratch".into(),
            empty_history: Vec::new(),
            platform: crate::engine::image::platform::host(),
            name: None,
        },
    )
}

/// `--output`: where the built filesystem goes instead of the image store.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    /// `type=local,dest=DIR`: the files, in a directory.
    Local(PathBuf),
    /// `type=tar,dest=FILE` (`-` for stdout): the files, as a tar archive.
    Tar(PathBuf),
}

impl Output {
    /// docker's `-o` forms: `type=local,dest=DIR`, `type=tar,dest=FILE`, or a
    /// bare `DIR` (local) / `-` (a tar on stdout).
    pub fn parse(spec: &str) -> Result<Output> {
        if !spec.contains('=') {
            return Ok(if spec == "-" {
                Output::Tar(PathBuf::from("-"))
            } else {
                Output::Local(PathBuf::from(spec))
            });
        }
        let mut kind = None;
        let mut dest = None;
        for field in spec.split(',') {
            match field.split_once('=') {
                Some(("type", t)) => kind = Some(t.to_string()),
                Some(("dest", d)) => dest = Some(PathBuf::from(d)),
                _ => bail!("invalid --output {spec:?}: want type=local|tar,dest=PATH"),
            }
        }
        let dest = dest.ok_or_else(|| anyhow!("--output {spec:?} needs dest="))?;
        match kind.as_deref() {
            Some("local") => Ok(Output::Local(dest)),
            Some("tar") => Ok(Output::Tar(dest)),
            other => bail!(
                "--output type={} is not supported: skiff writes type=local and type=tar",
                other.unwrap_or("")
            ),
        }
    }
}

/// Writes image `id`'s filesystem where `output` says.
pub fn export(engine: &Engine, id: &str, output: &Output) -> Result<()> {
    let image = crate::engine::image::lookup(engine, id)?;
    let spec = ContainerSpec {
        image: id.to_string(),
        entrypoint: Some(Vec::new()),
        cmd: Some(vec!["true".into()]),
        ..ContainerSpec::default()
    };
    let (record, _) = ops::create(engine, &spec, &image)?;
    let result = (|| -> Result<()> {
        let c = ops::lookup(engine, &record.id)?;
        match output {
            Output::Tar(dest) if dest.as_os_str() == "-" => {
                let mut out = std::io::stdout().lock();
                crate::engine::container::export::export(engine, &c, &mut out)
            }
            Output::Tar(dest) => {
                let mut f = std::fs::File::create(dest)
                    .with_context(|| format!("creating {}", dest.display()))?;
                crate::engine::container::export::export(engine, &c, &mut f)
            }
            Output::Local(dest) => {
                crate::engine::store::ensure_dir(dest)
                    .with_context(|| format!("creating {}", dest.display()))?;
                let mut data = Vec::new();
                crate::engine::container::export::export(engine, &c, &mut data)?;
                let mut archive = tar::Archive::new(std::io::Cursor::new(data));
                archive.set_preserve_permissions(true);
                archive
                    .unpack(dest)
                    .with_context(|| format!("writing the files to {}", dest.display()))
            }
        }
    })();
    if let Ok(c) = ops::lookup(engine, &record.id) {
        let _ = ops::remove::remove(engine, &c, true);
    }
    result
}

/// What `builder prune` took away.
#[derive(Debug, Default)]
pub struct Pruned {
    /// Cache entries forgotten.
    pub entries: usize,
    /// Intermediate images removed (IDs).
    pub images: Vec<String>,
    /// Their own (top) layers' sizes, added up.
    pub reclaimed: u64,
}

/// `builder prune`: forgets the layer cache (every entry with `all`, else
/// those whose image no name or container holds; with `until`, only those
/// last used before it) and removes the intermediate images only the
/// cache kept.
pub fn prune(engine: &Engine, all: bool, until: Option<std::time::SystemTime>) -> Result<Pruned> {
    use crate::engine::image::build_cache;
    let mut out = Pruned::default();
    let used: std::collections::BTreeSet<String> = ops::list(engine)?
        .into_iter()
        .map(|c| c.record.image_id)
        .collect();
    for (key, id) in build_cache::entries(engine) {
        let image = crate::engine::image::lookup(engine, &id).ok();
        let named = image.as_ref().is_some_and(|i| {
            engine
                .images()
                .lock()
                .map(|txn| !txn.names_of(&i.record.id).is_empty())
                .unwrap_or(true)
        });
        let dangling = image.is_none() || (!named && !used.contains(&id));
        if !all && !dangling {
            continue;
        }
        let recent =
            until.is_some_and(|u| build_cache::last_used(engine, &key).is_none_or(|used| used > u));
        if recent {
            continue;
        }
        build_cache::forget(engine, &key)
            .with_context(|| format!("forgetting cache entry {key}"))?;
        out.entries += 1;
        if let Some(image) = image.filter(|_| !named && !used.contains(&id)) {
            if crate::engine::image::remove(engine, &id, false).is_ok() {
                // Its own layer: the ones below are shared with its parent.
                out.reclaimed += image.record.layers.last().map_or(0, |l| l.size);
                out.images.push(id);
            }
        }
    }
    Ok(out)
}

/// One `FROM` and the instructions under it.
struct Stage<'a> {
    index: usize,
    /// `AS name`, lower-cased as BuildKit compares them.
    name: Option<String>,
    instructions: &'a [Instruction],
}

/// The stages a stage needs first: its FROM and COPY --from references.
fn stage_refs(stage: &Stage) -> Vec<String> {
    let mut refs = Vec::new();
    for ins in stage.instructions {
        match ins.keyword.as_str() {
            "FROM" => {
                if let Some(base) = shell_words::split(&ins.args.text())
                    .ok()
                    .and_then(|w| w.first().cloned())
                {
                    refs.push(base.to_lowercase());
                }
            }
            "COPY" => refs.extend(
                ins.flags
                    .iter()
                    .filter(|(f, _)| f == "from")
                    .map(|(_, v)| v.to_lowercase()),
            ),
            _ => {}
        }
    }
    refs
}

/// Builds the Dockerfile in `opts` (its target stage and the stages that one
/// needs); returns the image.
pub fn build(engine: &Engine, opts: &BuildOptions, progress: &dyn Progress) -> Result<Built> {
    let file = &opts.dockerfile_name;
    let instructions = dockerfile::parse(&opts.dockerfile).map_err(|e| anyhow!("{file}: {e}"))?;
    let at = |i: &Instruction, e: anyhow::Error| {
        anyhow!("{file}:{}: {} {}: {e:#}", i.line, i.keyword, i.args.text())
    };
    let first_from = instructions
        .iter()
        .position(|i| i.keyword == "FROM")
        .ok_or_else(|| {
            anyhow!("{file}: no build stage in current context: a Dockerfile needs a FROM")
        })?;
    let (globals, body) = instructions.split_at(first_from);
    let mut stages: Vec<Stage> = Vec::new();
    let mut start = 0;
    for i in 1..=body.len() {
        if i == body.len() || body[i].keyword == "FROM" {
            let chunk = &body[start..i];
            let words = shell_words::split(&chunk[0].args.text()).unwrap_or_default();
            let name = match words.as_slice() {
                [_, as_, name] if as_.eq_ignore_ascii_case("as") => Some(name.to_lowercase()),
                _ => None,
            };
            stages.push(Stage {
                index: stages.len(),
                name,
                instructions: chunk,
            });
            start = i;
        }
    }
    let target = match &opts.target {
        Some(t) => stages
            .iter()
            .position(|st| st.name.as_deref() == Some(t.to_lowercase().as_str()))
            .ok_or_else(|| anyhow!("{file}: target stage {t:?} could not be found"))?,
        None => stages.len() - 1,
    };
    // The stages the target needs, found backwards (a stage can only use earlier ones).
    let lookup = |r: &str| {
        stages
            .iter()
            .position(|st| st.name.as_deref() == Some(r) || st.index.to_string() == r)
    };
    let mut needed = vec![false; stages.len()];
    needed[target] = true;
    for i in (0..=target).rev() {
        if !needed[i] {
            continue;
        }
        for r in stage_refs(&stages[i]) {
            if let Some(j) = lookup(&r).filter(|j| *j < i) {
                needed[j] = true;
            }
        }
    }
    // What COPY leaves out of the context.
    let ignore = ignore::Ignore::parse(&match &opts.dockerignore {
        Some(text) => text.clone(),
        None => std::fs::read_to_string(opts.context.join(".dockerignore")).unwrap_or_default(),
    });
    let mut global_args = Builder::new(engine, opts, progress, platform_args(), &ignore);
    for ins in globals {
        if ins.keyword != "ARG" {
            return Err(at(ins, anyhow!("only ARG may come before the first FROM")));
        }
        global_args.arg(ins).map_err(|e| at(ins, e))?;
    }
    let global_args = {
        let mut all = platform_args();
        all.extend(global_args.args);
        all
    };
    let shared = StageContext {
        engine,
        opts,
        progress,
        globals: &global_args,
        ignore: &ignore,
        target,
    };
    // Step numbers are fixed up front (BuildKit's numbering) so that stages
    // built side by side keep them.
    let order: Vec<&Stage> = stages.iter().filter(|st| needed[st.index]).collect();
    let mut first_step = HashMap::new();
    let mut steps = 0;
    for st in &order {
        first_step.insert(st.index, steps);
        steps += st.instructions.len();
    }
    let deps: HashMap<usize, Vec<usize>> = order
        .iter()
        .map(|st| {
            let refs = stage_refs(st);
            let earlier = refs
                .iter()
                .filter_map(|r| lookup(r).filter(|j| *j < st.index));
            (st.index, earlier.collect())
        })
        .collect();
    // Waves: every stage whose stages are built goes next, side by side.
    let mut built: HashMap<String, String> = HashMap::new();
    let mut done: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut remaining = order;
    while !remaining.is_empty() {
        let (ready, waiting): (Vec<&Stage>, Vec<&Stage>) = remaining
            .into_iter()
            .partition(|st| deps[&st.index].iter().all(|d| done.contains(d)));
        let results: Vec<(usize, Result<String>)> = if let [only] = ready.as_slice() {
            vec![(
                only.index,
                shared.build(only, built.clone(), first_step[&only.index]),
            )]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = ready
                    .iter()
                    .map(|st| {
                        let (shared, built, first) =
                            (&shared, built.clone(), first_step[&st.index]);
                        (
                            st.index,
                            scope.spawn(move || shared.build(st, built, first)),
                        )
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|(i, h)| {
                        let r = h
                            .join()
                            .unwrap_or_else(|_| Err(anyhow!("a build stage's thread panicked")));
                        (i, r)
                    })
                    .collect()
            })
        };
        for (index, result) in results {
            let id = result?;
            built.insert(index.to_string(), id.clone());
            if let Some(n) = &stages[index].name {
                built.insert(n.clone(), id);
            }
            done.insert(index);
        }
        remaining = waiting;
    }
    let last = built.get(&target.to_string()).cloned();
    let id = last.ok_or_else(|| anyhow!("{file}: nothing was built"))?;
    let image = crate::engine::image::lookup(engine, &id)?.record;
    let mut tags = Vec::new();
    for t in &opts.tags {
        crate::engine::image::tag(engine, &id, t).with_context(|| format!("tagging {t}"))?;
        tags.push(t.clone());
    }
    Ok(Built { image, tags })
}

/// What every stage of one build shares.
struct StageContext<'a> {
    engine: &'a Engine,
    opts: &'a BuildOptions,
    progress: &'a dyn Progress,
    /// ARGs before the first FROM (and the predefined ones).
    globals: &'a HashMap<String, String>,
    ignore: &'a ignore::Ignore,
    /// The index of the stage the build is for.
    target: usize,
}

impl StageContext<'_> {
    /// Builds one stage, given the images of the stages built before it;
    /// its steps are numbered from `first_step` + 1. Returns its image.
    fn build(
        &self,
        stage: &Stage,
        built: HashMap<String, String>,
        first_step: usize,
    ) -> Result<String> {
        let (engine, opts, progress) = (self.engine, self.opts, self.progress);
        let file = &opts.dockerfile_name;
        let at = |i: &Instruction, e: anyhow::Error| {
            anyhow!("{file}:{}: {} {}: {e:#}", i.line, i.keyword, i.args.text())
        };
        let mut b = Builder::new(engine, opts, progress, self.globals.clone(), self.ignore);
        b.no_cache = opts.no_cache
            || opts.no_cache_filter.iter().any(|f| {
                let f = f.to_lowercase();
                stage.name.as_deref() == Some(f.as_str()) || stage.index.to_string() == f
            });
        b.stages = built;
        b.step = first_step;
        let total = stage.instructions.len();
        let prefix = match (&stage.name, stage.index == self.target) {
            (_, true) => String::new(),
            (Some(n), false) => format!("{n} "),
            (None, false) => format!("stage-{} ", stage.index),
        };
        for (index, ins) in stage.instructions.iter().enumerate() {
            b.step += 1;
            let shown = if ins.keyword == "FROM" {
                // BuildKit shows the base image resolved.
                dockerfile::expand(&ins.args.text(), &b.globals).unwrap_or_else(|_| ins.args.text())
            } else {
                // As written, flags included.
                ins.original
                    .split_once(char::is_whitespace)
                    .map(|(_, rest)| rest.trim().to_string())
                    .unwrap_or_default()
            };
            let label = format!("[{prefix}{}/{total}] {} {shown}", index + 1, ins.keyword);
            progress.step(b.step, &label);
            let started = Instant::now();
            b.hit = false;
            b.instruction(ins, started).map_err(|e| at(ins, e))?;
            if !b.hit {
                progress.done(b.step, started.elapsed().as_secs_f64());
            }
        }
        if stage.index == self.target && !opts.labels.is_empty() {
            b.config.labels.extend(opts.labels.clone());
            b.dirty = true;
        }
        if b.dirty || !b.pending_history.is_empty() {
            b.commit_config()
                .map_err(|e| anyhow!("{file}: writing the image: {e:#}"))?;
        }
        b.image
            .clone()
            .ok_or_else(|| anyhow!("{file}: stage {} built nothing", stage.index))
    }
}

struct Builder<'a> {
    engine: &'a Engine,
    /// The context's `.dockerignore`.
    ignore: &'a ignore::Ignore,
    /// Images of the stages built so far, by name and by index.
    stages: HashMap<String, String>,
    /// ARGs declared before the first FROM: seen by FROM, and by a stage that
    /// declares them again without a value.
    globals: HashMap<String, String>,
    opts: &'a BuildOptions,
    progress: &'a dyn Progress,
    /// The image so far (its ID).
    image: Option<String>,
    /// The config the image will have.
    config: RunConfig,
    /// ARG values in scope (build args over defaults).
    args: HashMap<String, String>,
    /// ENV values, for substitution.
    env: HashMap<String, String>,
    shell: Vec<String>,
    /// CMD was set by this Dockerfile (ENTRYPOINT resets an inherited one).
    cmd_set: bool,
    /// The config changed since the last layer.
    dirty: bool,
    step: usize,
    /// The current step came from the cache.
    hit: bool,
    /// History texts of the config-only steps since the last layer.
    pending_history: Vec<String>,
    /// The stage's ARGs in the order declared (for RUN's `|N K=V` prefix).
    arg_order: Vec<String>,
    /// Run every step of this stage (`--no-cache`, `--no-cache-filter`).
    no_cache: bool,
}

impl<'a> Builder<'a> {
    fn new(
        engine: &'a Engine,
        opts: &'a BuildOptions,
        progress: &'a dyn Progress,
        args: HashMap<String, String>,
        ignore: &'a ignore::Ignore,
    ) -> Builder<'a> {
        Builder {
            engine,
            ignore,
            stages: HashMap::new(),
            globals: args,
            opts,
            progress,
            image: None,
            config: RunConfig::default(),
            args: HashMap::new(),
            env: HashMap::new(),
            shell: vec!["/bin/sh".into(), "-c".into()],
            cmd_set: false,
            dirty: false,
            step: 0,
            hit: false,
            pending_history: Vec::new(),
            arg_order: Vec::new(),
            no_cache: opts.no_cache,
        }
    }

    /// Variables for substitution: ARGs, then ENV over them.
    fn vars(&self) -> HashMap<String, String> {
        let mut v = self.args.clone();
        v.extend(self.env.clone());
        v
    }

    fn expand(&self, text: &str) -> Result<String> {
        dockerfile::expand(text, &self.vars())
    }

    fn arg(&mut self, ins: &Instruction) -> Result<()> {
        for word in shell_words::split(&ins.args.text())? {
            let (name, default) = match word.split_once('=') {
                Some((n, d)) => (n.to_string(), Some(self.expand(d)?)),
                None => (word.clone(), None),
            };
            let given = match self.opts.build_args.get(&name) {
                Some(Some(v)) => Some(v.clone()),
                Some(None) => std::env::var(&name).ok(),
                None => None,
            };
            let inherited = self.globals.get(&name).cloned();
            if let Some(value) = given.or(default).or(inherited) {
                self.args.insert(name.clone(), value);
                if !self.arg_order.contains(&name) {
                    self.arg_order.push(name);
                }
            }
        }
        Ok(())
    }

    /// Runs one instruction; a config-only one also gets its history entry
    /// (an `empty_layer` one, with BuildKit's `created_by` text).
    fn instruction(&mut self, ins: &Instruction, started: Instant) -> Result<()> {
        let before = self.history_before(ins)?;
        self.dispatch(ins, started)?;
        let text = match before {
            Some(text) => Some(text),
            None => self.history_after(ins),
        };
        if let Some(text) = text {
            self.pending_history.push(text);
        }
        Ok(())
    }

    /// BuildKit's history text of a config-only instruction that depends on
    /// the variables before it runs (None for the others).
    fn history_before(&self, ins: &Instruction) -> Result<Option<String>> {
        let text = ins.args.text();
        let pairs = |word: &str| -> Result<String> {
            let pairs: Vec<String> = dockerfile::key_values(&self.expand(&text)?, true)?
                .into_iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            Ok(format!("{word} {}", pairs.join(" ")))
        };
        Ok(Some(match ins.keyword.as_str() {
            "ENV" => pairs("ENV")?,
            "LABEL" => pairs("LABEL")?,
            "EXPOSE" => {
                let mut ports = self.exposed_ports(&text)?;
                ports.sort();
                ports.dedup();
                let entries: Vec<String> = ports.iter().map(|p| format!("{p}:{{}}")).collect();
                format!("EXPOSE map[{}]", entries.join(" "))
            }
            "VOLUME" => format!("VOLUME [{}]", self.volume_paths(&ins.args)?.join(" ")),
            "STOPSIGNAL" => format!("STOPSIGNAL {}", self.expand(&text)?),
            "ARG" | "ONBUILD" | "MAINTAINER" => format!("{} {}", ins.keyword, text.trim()),
            _ => return Ok(None),
        }))
    }

    /// EXPOSE's ports as image config keys (`80` is `80/tcp`).
    fn exposed_ports(&self, text: &str) -> Result<Vec<String>> {
        Ok(self
            .expand(text)?
            .split_whitespace()
            .map(|p| {
                if p.contains('/') {
                    p.to_string()
                } else {
                    format!("{p}/tcp")
                }
            })
            .collect())
    }

    /// VOLUME's paths, in JSON or shell form.
    fn volume_paths(&self, args: &Args) -> Result<Vec<String>> {
        Ok(match args {
            Args::Exec(v) => v.clone(),
            Args::Shell(s) => self
                .expand(s)?
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        })
    }

    /// BuildKit's history text of a config-only instruction, from the config
    /// it set (None for the others).
    fn history_after(&self, ins: &Instruction) -> Option<String> {
        // Go's %q of a []string: ["a" "b"].
        let quoted = |list: &[String]| {
            let items: Vec<String> = list
                .iter()
                .map(|s| serde_json::to_string(s).unwrap_or_default())
                .collect();
            format!("[{}]", items.join(" "))
        };
        Some(match ins.keyword.as_str() {
            "CMD" => format!(
                "CMD {}",
                quoted(self.config.cmd.as_deref().unwrap_or_default())
            ),
            "ENTRYPOINT" => format!(
                "ENTRYPOINT {}",
                quoted(self.config.entrypoint.as_deref().unwrap_or_default())
            ),
            "USER" => format!("USER {}", self.config.user),
            "SHELL" => format!("SHELL [{}]", self.shell.join(" ")),
            "HEALTHCHECK" => {
                let h = self.config.healthcheck.as_ref()?;
                let d = |ns: i64| {
                    crate::engine::time::go_duration_string(std::time::Duration::from_nanos(
                        ns.max(0) as u64,
                    ))
                };
                // Go's %q of the config struct: durations quoted, retries as a rune.
                let retries = match u8::try_from(h.retries) {
                    Ok(b) if b.is_ascii_graphic() => format!("'{}'", b as char),
                    Ok(b) => format!("'\\x{b:02x}'"),
                    Err(_) => h.retries.to_string(),
                };
                format!(
                    "HEALTHCHECK &{{{} \"{}\" \"{}\" \"{}\" \"{}\" {retries}}}",
                    quoted(&h.test),
                    d(h.interval),
                    d(h.timeout),
                    d(h.start_period),
                    d(h.start_interval),
                )
            }
            _ => return None,
        })
    }

    fn dispatch(&mut self, ins: &Instruction, started: Instant) -> Result<()> {
        let text = ins.args.text();
        match ins.keyword.as_str() {
            "FROM" => {
                self.from(ins)?;
                // The base image's ONBUILD triggers run now, as this stage's
                // first instructions; the new image does not keep them.
                let triggers = match self.config.other.remove("OnBuild") {
                    Some(serde_json::Value::Array(list)) => list,
                    _ => Vec::new(),
                };
                for t in triggers.iter().filter_map(|t| t.as_str()) {
                    for trigger in
                        dockerfile::parse(t).map_err(|e| anyhow!("ONBUILD trigger {t:?}: {e}"))?
                    {
                        self.instruction(&trigger, started)
                            .map_err(|e| anyhow!("ONBUILD trigger {t:?}: {e:#}"))?;
                    }
                }
                Ok(())
            }
            "ONBUILD" => {
                let trigger = text.trim();
                let (word, _) = trigger
                    .split_once(char::is_whitespace)
                    .unwrap_or((trigger, ""));
                let word = word.to_uppercase();
                if matches!(word.as_str(), "ONBUILD" | "FROM" | "MAINTAINER") {
                    bail!("{word} isn't allowed as an ONBUILD trigger");
                }
                dockerfile::parse(trigger)?;
                let list = self
                    .config
                    .other
                    .entry("OnBuild")
                    .or_insert_with(|| serde_json::Value::Array(Vec::new()));
                if let serde_json::Value::Array(list) = list {
                    list.push(serde_json::Value::String(trigger.to_string()));
                }
                self.dirty = true;
                Ok(())
            }
            "ARG" => self.arg(ins),
            "ENV" => {
                for (k, v) in dockerfile::key_values(&self.expand(&text)?, true)? {
                    let prefix = format!("{k}=");
                    self.config.env.retain(|e| !e.starts_with(&prefix));
                    self.config.env.push(format!("{k}={v}"));
                    self.env.insert(k, v);
                }
                self.dirty = true;
                Ok(())
            }
            "LABEL" => {
                for (k, v) in dockerfile::key_values(&self.expand(&text)?, true)? {
                    self.config.labels.insert(k, v);
                }
                self.dirty = true;
                Ok(())
            }
            "WORKDIR" => {
                let dir = self.expand(&text)?;
                self.config.working_dir = if dir.starts_with('/') {
                    dir
                } else {
                    format!("{}/{dir}", self.config.working_dir.trim_end_matches('/'))
                };
                // Made in the image, as BuildKit does.
                let mkdir = vec!["mkdir".into(), "-p".into(), self.config.working_dir.clone()];
                self.run_argv(
                    &mkdir,
                    &format!("WORKDIR {}", self.config.working_dir),
                    started,
                    false,
                )
            }
            "USER" => {
                self.config.user = self.expand(&text)?;
                self.dirty = true;
                Ok(())
            }
            "EXPOSE" => {
                for p in self.exposed_ports(&text)? {
                    self.config.exposed_ports.insert(p, serde_json::json!({}));
                }
                self.dirty = true;
                Ok(())
            }
            "VOLUME" => {
                for p in self.volume_paths(&ins.args)? {
                    self.config.volumes.insert(p, serde_json::json!({}));
                }
                self.dirty = true;
                Ok(())
            }
            "STOPSIGNAL" => {
                self.config.stop_signal = Some(self.expand(&text)?);
                self.dirty = true;
                Ok(())
            }
            "CMD" => {
                self.config.cmd = Some(self.command(&ins.args));
                self.cmd_set = true;
                self.dirty = true;
                Ok(())
            }
            "ENTRYPOINT" => {
                self.config.entrypoint = Some(self.command(&ins.args));
                if !self.cmd_set {
                    // docker: an inherited CMD does not outlive a new ENTRYPOINT.
                    self.config.cmd = None;
                }
                self.dirty = true;
                Ok(())
            }
            "SHELL" => match &ins.args {
                Args::Exec(v) if !v.is_empty() => {
                    self.shell = v.clone();
                    Ok(())
                }
                _ => bail!("SHELL requires the arguments to be in JSON form"),
            },
            "MAINTAINER" => Ok(()),
            "HEALTHCHECK" => self.healthcheck(ins),
            "RUN" => {
                let extras = self.run_extras(ins)?;
                let argv = match ins.heredocs.first() {
                    None => self.command(&ins.args),
                    Some(doc) => self.heredoc_command(ins, doc),
                };
                let flags: String = ins
                    .flags
                    .iter()
                    .map(|(k, v)| format!("--{k}={v} "))
                    .collect();
                // BuildKit's `|N K=V` prefix: the stage's ARGs the RUN sees.
                let vars = self.vars();
                let args: Vec<String> = self
                    .arg_order
                    .iter()
                    .filter_map(|k| vars.get(k).map(|v| format!("{k}={v}")))
                    .collect();
                let args = if args.is_empty() {
                    String::new()
                } else {
                    format!("|{} {} ", args.len(), args.join(" "))
                };
                let created_by = format!("RUN {flags}{args}{}", argv.join(" "));
                self.run_argv_with(&argv, &created_by, started, true, &extras)
            }
            "COPY" | "ADD" => self.copy(ins),
            other => bail!("{other} is not supported by skiff build yet"),
        }
    }

    /// `RUN --mount=type=cache|bind|tmpfs|secret,...` and `--network=...`.
    fn run_extras(&self, ins: &Instruction) -> Result<RunExtras> {
        use crate::engine::container::{BindMount, TmpfsMount};
        use crate::engine::spec::Mount;
        let mut extras = RunExtras::default();
        for (flag, value) in &ins.flags {
            match flag.as_str() {
                "network" => extras.network = Some(value.clone()),
                "mount" => {
                    let mut opts: BTreeMap<String, String> = BTreeMap::new();
                    for part in value.split(',').filter(|p| !p.is_empty()) {
                        let (k, v) = part.split_once('=').unwrap_or((part, "true"));
                        opts.insert(k.to_lowercase(), self.expand(v)?);
                    }
                    let get = |keys: &[&str]| keys.iter().find_map(|k| opts.get(*k).cloned());
                    let target = get(&["target", "dst", "destination"]);
                    let flag_on = |k: &str| opts.get(k).is_some_and(|v| v != "false");
                    let kind = get(&["type"]).unwrap_or_else(|| "bind".into());
                    match kind.as_str() {
                        "cache" => {
                            let target = target
                                .ok_or_else(|| anyhow!("--mount=type=cache needs a target"))?;
                            let id = get(&["id"]).unwrap_or_else(|| target.clone());
                            let key =
                                hex::encode(<sha2::Sha256 as sha2::Digest>::digest(id.as_bytes()));
                            let dir = self
                                .engine
                                .paths
                                .root
                                .join("build-cache-mounts")
                                .join(&key[..16]);
                            crate::engine::store::ensure_dir(&dir)
                                .with_context(|| format!("creating {}", dir.display()))?;
                            extras.mounts.push(Mount::Bind {
                                mount: BindMount {
                                    source: dir.to_string_lossy().into_owned(),
                                    destination: target,
                                    read_only: false,
                                },
                                create_source: true,
                            });
                        }
                        "bind" => {
                            if opts.contains_key("from") {
                                bail!(
                                    "--mount=type=bind,from= is not supported by skiff build yet"
                                );
                            }
                            let target = target
                                .ok_or_else(|| anyhow!("--mount=type=bind needs a target"))?;
                            let source = context_path(
                                &self.opts.context,
                                &get(&["source", "src"]).unwrap_or_default(),
                            )?;
                            extras.mounts.push(Mount::Bind {
                                mount: BindMount {
                                    source: source.to_string_lossy().into_owned(),
                                    destination: target,
                                    read_only: !(flag_on("rw") || flag_on("readwrite")),
                                },
                                create_source: false,
                            });
                        }
                        "tmpfs" => {
                            let target = target
                                .ok_or_else(|| anyhow!("--mount=type=tmpfs needs a target"))?;
                            let options = get(&["size"])
                                .map(|s| vec![format!("size={s}")])
                                .unwrap_or_default();
                            extras.mounts.push(Mount::Tmpfs(TmpfsMount {
                                destination: target,
                                options,
                            }));
                        }
                        "secret" => {
                            let id = get(&["id"])
                                .or_else(|| {
                                    target
                                        .as_ref()
                                        .and_then(|t| t.rsplit('/').next().map(str::to_string))
                                })
                                .ok_or_else(|| anyhow!("--mount=type=secret needs an id"))?;
                            let target = target.unwrap_or_else(|| format!("/run/secrets/{id}"));
                            match self.opts.secrets.get(&id) {
                                Some(path) => extras.mounts.push(Mount::Bind {
                                    mount: BindMount {
                                        source: path.to_string_lossy().into_owned(),
                                        destination: target,
                                        read_only: true,
                                    },
                                    create_source: false,
                                }),
                                None if flag_on("required") => {
                                    bail!("secret {id} not found: give it with --secret id={id},src=PATH")
                                }
                                None => {}
                            }
                        }
                        other => bail!("--mount=type={other} is not supported by skiff build"),
                    }
                }
                other => bail!("RUN --{other} is not supported by skiff build yet"),
            }
        }
        Ok(extras)
    }

    /// A RUN with here-documents. `RUN <<EOF` alone runs the document as a
    /// script (through its `#!` line when it has one); a command with
    /// heredocs goes to the shell whole, which feeds them to it.
    fn heredoc_command(&self, ins: &Instruction, doc: &dockerfile::Heredoc) -> Vec<String> {
        let text = ins.args.text();
        let only_markers = text.split_whitespace().all(|w| w.starts_with("<<"));
        let mut argv = self.shell.clone();
        if only_markers {
            if doc.body.starts_with("#!") {
                argv.push(format!(
                    "f=$(mktemp) && cat > \"$f\" <<'SKIFF_HEREDOC_END'\n{}SKIFF_HEREDOC_END\nchmod +x \"$f\" && \"$f\"; s=$?; rm -f \"$f\"; exit $s",
                    doc.body
                ));
            } else {
                argv.push(doc.body.clone());
            }
        } else {
            let mut script = text;
            script.push('\n');
            for d in &ins.heredocs {
                script.push_str(&d.body);
                script.push_str(&d.name);
                script.push('\n');
            }
            argv.push(script);
        }
        argv
    }

    /// HEALTHCHECK [--interval= --timeout= --start-period= --start-interval=
    /// --retries=] CMD ... | NONE
    fn healthcheck(&mut self, ins: &Instruction) -> Result<()> {
        let text = ins.args.text();
        let (word, rest) = text
            .trim()
            .split_once(char::is_whitespace)
            .unwrap_or((text.trim(), ""));
        let mut check = crate::engine::image::manifest::Healthcheck::default();
        if word.is_empty() {
            bail!("HEALTHCHECK requires at least one argument");
        }
        match word.to_uppercase().as_str() {
            "NONE" => check.test = vec!["NONE".into()],
            "CMD" => {
                let rest = rest.trim();
                check.test = match serde_json::from_str::<Vec<String>>(rest) {
                    Ok(list) if rest.starts_with('[') => {
                        std::iter::once("CMD".to_string()).chain(list).collect()
                    }
                    _ => vec!["CMD-SHELL".into(), rest.to_string()],
                };
                if rest.is_empty() {
                    bail!("HEALTHCHECK CMD needs a command");
                }
            }
            other => bail!("unknown type {other:?} in HEALTHCHECK (try CMD)"),
        }
        for (flag, value) in &ins.flags {
            let duration = || -> Result<i64> {
                crate::engine::spec::docker::go_duration_ns(value)
                    .map_err(|_| anyhow!("--{flag}: invalid duration {value:?}"))
            };
            match flag.as_str() {
                "interval" => check.interval = duration()?,
                "timeout" => check.timeout = duration()?,
                "start-period" => check.start_period = duration()?,
                "start-interval" => check.start_interval = duration()?,
                "retries" => {
                    check.retries = value
                        .parse()
                        .map_err(|_| anyhow!("--retries: invalid number {value:?}"))?
                }
                other => bail!("unknown flag: --{other}"),
            }
        }
        self.config.healthcheck = Some(check);
        self.dirty = true;
        Ok(())
    }

    /// An instruction's command: exec form as written, shell form through SHELL.
    fn command(&self, args: &Args) -> Vec<String> {
        match args {
            Args::Exec(v) => v.clone(),
            Args::Shell(s) => {
                let mut argv = self.shell.clone();
                argv.push(s.clone());
                argv
            }
        }
    }

    fn from(&mut self, ins: &Instruction) -> Result<()> {
        for (flag, value) in &ins.flags {
            match flag.as_str() {
                "platform" => native_platform(&dockerfile::expand(value, &self.globals)?)?,
                other => bail!("FROM --{other} is not a flag FROM takes"),
            }
        }
        let words = shell_words::split(&dockerfile::expand(&ins.args.text(), &self.globals)?)?;
        let name = match words.as_slice() {
            [name] => name.clone(),
            [name, as_, _stage] if as_.eq_ignore_ascii_case("as") => name.clone(),
            _ => bail!("FROM takes an image and an optional AS name"),
        };
        if name == "scratch" {
            // An empty image: one empty layer, no config, the host's platform.
            let record = scratch_image(self.engine)?;
            self.config = RunConfig::default();
            self.env = HashMap::new();
            self.image = Some(record.id);
            return Ok(());
        }
        // An earlier stage of this Dockerfile is used as it is, never pulled.
        let (name, stage) = match self.stages.get(&name.to_lowercase()) {
            Some(id) => (id.clone(), true),
            None => (name, false),
        };
        let policy = if self.opts.pull && !stage {
            PullPolicy::Always
        } else {
            PullPolicy::Missing
        };
        let (image, _) = ops::ensure_image(
            self.engine,
            &name,
            policy,
            &PullOptions::default(),
            Arc::new(NoProgress),
        )?;
        let config = crate::engine::image::config(self.engine, &image.record)?;
        self.config = config.config.unwrap_or_default();
        self.env = self
            .config
            .env
            .iter()
            .filter_map(|e| e.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.image = Some(image.record.id.clone());
        Ok(())
    }

    /// A container of the image so far, for a RUN or a COPY.
    fn container(&self, cmd: Vec<String>) -> Result<String> {
        self.container_with(cmd, &RunExtras::default())
    }

    fn container_with(&self, cmd: Vec<String>, extras: &RunExtras) -> Result<String> {
        let id = self
            .image
            .as_ref()
            .ok_or_else(|| anyhow!("no FROM before this instruction"))?;
        let image = crate::engine::image::lookup(self.engine, id)?;
        let mut env = self.config.env.clone();
        // Build args are seen by RUN, not kept in the image.
        for (k, v) in &self.args {
            if !self.env.contains_key(k) {
                env.push(format!("{k}={v}"));
            }
        }
        let spec = ContainerSpec {
            image: id.clone(),
            entrypoint: Some(Vec::new()),
            cmd: Some(cmd),
            env,
            workdir: (!self.config.working_dir.is_empty()).then(|| self.config.working_dir.clone()),
            user: (!self.config.user.is_empty()).then(|| self.config.user.clone()),
            mounts: extras.mounts.clone(),
            extra_hosts: self.opts.extra_hosts.clone(),
            shm_size: self.opts.shm_size,
            resources: crate::engine::container::Resources {
                ulimits: self.opts.ulimits.clone(),
                ..Default::default()
            },
            networks: match extras.network.as_deref().or(self.opts.network.as_deref()) {
                None | Some("default") => Vec::new(),
                Some(n) => vec![crate::engine::spec::NetworkAttachment {
                    name: n.to_string(),
                    ..Default::default()
                }],
            },
            ..ContainerSpec::default()
        };
        let (record, _) = ops::create(self.engine, &spec, &image)?;
        Ok(record.id)
    }

    /// Runs `argv` in a container of the image so far and commits the result.
    fn run_argv(
        &mut self,
        argv: &[String],
        created_by: &str,
        started: Instant,
        show: bool,
    ) -> Result<()> {
        self.run_argv_with(argv, created_by, started, show, &RunExtras::default())
    }

    fn run_argv_with(
        &mut self,
        argv: &[String],
        created_by: &str,
        started: Instant,
        show: bool,
        extras: &RunExtras,
    ) -> Result<()> {
        let key = self.cache_key(created_by, b"");
        if self.reuse_cached(&key) {
            return Ok(());
        }
        let id = self.container_with(argv.to_vec(), extras)?;
        let result = self.run_and_commit(&id, argv, created_by, started, show);
        if let Ok(c) = ops::lookup(self.engine, &id) {
            let _ = ops::remove::remove(self.engine, &c, true);
        }
        result?;
        self.remember(&key);
        Ok(())
    }

    /// What identifies a step's layer: the image so far, the config it is
    /// written with, the instruction, the build args a RUN sees, and for a
    /// COPY the files (the archive, content and metadata).
    fn cache_key(&self, step: &str, content: &[u8]) -> String {
        use sha2::{Digest as _, Sha256};
        let mut h = Sha256::new();
        h.update(self.image.as_deref().unwrap_or_default());
        h.update([0]);
        h.update(serde_json::to_vec(&self.config).unwrap_or_default());
        h.update([0]);
        h.update(step);
        let mut args: Vec<_> = self.args.iter().collect();
        args.sort();
        for (k, v) in args {
            h.update([0]);
            h.update(format!("{k}={v}"));
        }
        for text in &self.pending_history {
            h.update([1]);
            h.update(text);
        }
        h.update([0]);
        h.update(content);
        hex::encode(h.finalize())
    }

    /// Takes the step's image from the cache when it is there (and still in
    /// the store).
    fn reuse_cached(&mut self, key: &str) -> bool {
        if self.no_cache {
            return false;
        }
        let Some(id) = crate::engine::image::build_cache::lookup(self.engine, key) else {
            return false;
        };
        if crate::engine::image::lookup(self.engine, &id).is_err() {
            return false;
        }
        crate::engine::image::build_cache::touch(self.engine, key);
        self.image = Some(id);
        self.dirty = false;
        self.pending_history.clear();
        self.hit = true;
        self.progress.cached(self.step);
        true
    }

    /// Records the image a step made.
    fn remember(&self, key: &str) {
        if let Some(id) = &self.image {
            crate::engine::image::build_cache::record(self.engine, key, id);
        }
    }

    fn run_and_commit(
        &mut self,
        id: &str,
        argv: &[String],
        created_by: &str,
        started: Instant,
        show: bool,
    ) -> Result<()> {
        let (read, write) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("pipe")?;
        let stdout = write.try_clone().context("duplicating a pipe")?;
        let streams = ops::AttachStreams {
            stdin: crate::engine::process::devnull()?,
            stdout,
            stderr: write,
            detach_keys: None,
        };
        let running = ops::start(
            self.engine,
            id,
            ops::StartOptions {
                attach: Some(streams),
                debug: false,
            },
        )
        .map_err(|e| anyhow!("{e:#}"))?;
        let step = self.step;
        let progress = self.progress;
        for line in BufReader::new(std::fs::File::from(read)).lines() {
            let Ok(line) = line else { break };
            if show {
                progress.output(step, started.elapsed().as_secs_f64(), &line);
            }
        }
        let code = running.wait_exit(self.engine).unwrap_or(0);
        if code != 0 {
            let shown = serde_json::to_string(&argv.join(" ")).unwrap_or_default();
            bail!("process {shown} did not complete successfully: exit code: {code}");
        }
        self.commit(id, created_by)
    }

    fn commit(&mut self, id: &str, created_by: &str) -> Result<()> {
        let record = ops::commit(
            self.engine,
            id,
            &ops::CommitOptions {
                config: Some(self.config.clone()),
                created_by: Some(format!("{created_by} # buildkit")),
                empty_history: std::mem::take(&mut self.pending_history),
                ..Default::default()
            },
        )?;
        self.image = Some(record.id);
        self.dirty = false;
        Ok(())
    }

    /// The config the last instructions set, as an image without a layer of
    /// its own (their history entries `empty_layer`, as docker build writes).
    fn commit_config(&mut self) -> Result<()> {
        let key = self.cache_key("CONFIG", b"");
        if self.reuse_cached(&key) {
            return Ok(());
        }
        let id = self
            .image
            .clone()
            .ok_or_else(|| anyhow!("no FROM before this instruction"))?;
        let base = crate::engine::image::lookup(self.engine, &id)?;
        let record = crate::engine::image::layer::add_config(
            self.engine,
            crate::engine::image::layer::NewImage {
                base: Some(&base.record),
                config: self.config.clone(),
                author: None,
                comment: String::new(),
                created_by: String::new(),
                empty_history: std::mem::take(&mut self.pending_history),
                platform: base.record.platform.clone(),
                name: None,
            },
        )?;
        self.image = Some(record.id);
        self.dirty = false;
        self.remember(&key);
        Ok(())
    }

    /// `--chown`'s ids: numbers as they are, names looked up in the image so far.
    fn chown_ids(&self, value: &str) -> Result<(u64, u64)> {
        if let Some(ids) = numeric_owner(value) {
            return Ok(ids);
        }
        let image = self
            .image
            .clone()
            .ok_or_else(|| anyhow!("--chown={value}: no image to look the names up in"))?;
        // The image's /etc/passwd and /etc/group, copied out into a small
        // rootfs the engine's user resolution (`run -u`'s) reads.
        let files = self.stage_files(&image)?;
        let rootfs = files.dir.join("rootfs");
        let looked_up = (|| -> Result<(u64, u64)> {
            crate::engine::store::ensure_dir(&rootfs.join("etc"))?;
            for name in ["passwd", "group"] {
                if let Ok(copied) = files.fetch(self.engine, &format!("/etc/{name}")) {
                    std::fs::copy(copied, rootfs.join("etc").join(name))
                        .with_context(|| format!("reading the image's /etc/{name}"))?;
                }
            }
            let user = crate::engine::container::user::resolve(&rootfs, value)
                .map_err(|e| anyhow!("--chown={value}: {e:#}"))?;
            // docker: a user without a group gets its UID as GID.
            let gid = if value.contains(':') {
                user.gid
            } else {
                user.uid
            };
            Ok((u64::from(user.uid), u64::from(gid)))
        })();
        files.remove(self.engine);
        looked_up
    }

    /// A container of stage (or image) `from`, whose files COPY --from reads.
    fn stage_files(&self, from: &str) -> Result<StageFiles> {
        let image_id = match self.stages.get(&from.to_lowercase()) {
            Some(id) => id.clone(),
            None => {
                let (image, _) = ops::ensure_image(
                    self.engine,
                    from,
                    PullPolicy::Missing,
                    &PullOptions::default(),
                    Arc::new(NoProgress),
                )?;
                image.record.id
            }
        };
        let image = crate::engine::image::lookup(self.engine, &image_id)?;
        let spec = ContainerSpec {
            image: image_id,
            entrypoint: Some(Vec::new()),
            cmd: Some(vec!["true".into()]),
            ..ContainerSpec::default()
        };
        let (record, _) = ops::create(self.engine, &spec, &image)?;
        // Under the store, on its filesystem; removed with the StageFiles.
        let dir = self
            .engine
            .paths
            .root
            .join("tmp")
            .join(format!("build-{:x}", rand::random::<u64>()));
        crate::engine::store::ensure_dir(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        Ok(StageFiles {
            container: record.id,
            dir,
        })
    }

    /// Downloads the URL sources of an ADD into the store's tmp, checking
    /// `--checksum=sha256:HEX` when given.
    fn download_urls(
        &self,
        sources: &[String],
        checksum: Option<&str>,
    ) -> Result<HashMap<String, (PathBuf, crate::engine::image::url::Fetched)>> {
        let urls: Vec<&String> = sources
            .iter()
            .filter(|s| s.starts_with("http://") || s.starts_with("https://"))
            .collect();
        if checksum.is_some() && (urls.len() != 1 || sources.len() != 1) {
            bail!("checksum can't be specified for multiple sources");
        }
        let dir = self.engine.paths.root.join("tmp");
        crate::engine::store::ensure_dir(&dir)
            .with_context(|| format!("creating {}", dir.display()))?;
        let mut out = HashMap::new();
        for url in urls {
            let file = dir.join(format!("add-{:x}", rand::random::<u64>()));
            let fetched = crate::engine::image::url::fetch(url, &file).map_err(|e| {
                let _ = std::fs::remove_file(&file);
                anyhow!("failed to load cache key: {url}: {e:#}")
            });
            let fetched = match fetched {
                Ok(f) => f,
                Err(e) => {
                    for (f, _) in out.values() {
                        let _ = std::fs::remove_file(f);
                    }
                    return Err(e);
                }
            };
            if let Some(want) = checksum {
                let got = crate::engine::store::content::sha256_file(&file)
                    .with_context(|| format!("reading the download of {url}"))?;
                if want != got {
                    let _ = std::fs::remove_file(&file);
                    bail!("digest mismatch for {url}: {got} (expected {want})");
                }
            }
            out.insert(url.clone(), (file, fetched));
        }
        Ok(out)
    }

    /// COPY: the context's files as a tar extracted at `/` of a container of
    /// the image so far, owned by root (or `--chown`), then committed.
    fn copy(&mut self, ins: &Instruction) -> Result<()> {
        let mut owner = Owner::default();
        let mut from = None;
        let mut excludes = Vec::new();
        let mut checksum: Option<String> = None;
        for (flag, value) in &ins.flags {
            match flag.as_str() {
                // A layer independent of the one below: skiff's layers are
                // diffs of the files copied either way, so the result is the same.
                "link" => {}
                "exclude" => excludes.push(self.expand(value)?),
                "checksum" if ins.keyword == "ADD" => checksum = Some(self.expand(value)?),
                "chown" => (owner.uid, owner.gid) = self.chown_ids(&self.expand(value)?)?,
                "chmod" => {
                    owner.chmod = Some(u32::from_str_radix(value, 8).map_err(|_| {
                        anyhow!("invalid --chmod={value}: want an octal mode such as 755")
                    })?)
                }
                "from" if ins.keyword == "COPY" => from = Some(self.expand(value)?),
                other => bail!(
                    "{} --{other} is not supported by skiff build yet",
                    ins.keyword
                ),
            }
        }
        let exclude = ignore::Ignore::parse(&excludes.join("\n"));
        // COPY --from: the sources come out of a stage's (or an image's) rootfs.
        let staging = match &from {
            Some(f) => Some(self.stage_files(f)?),
            None => None,
        };
        let words = match &ins.args {
            Args::Exec(v) => v.clone(),
            Args::Shell(s) => shell_words::split(&self.expand(s)?)?,
        };
        let [sources @ .., dest] = words.as_slice() else {
            bail!("COPY requires at least two arguments");
        };
        if sources.is_empty() {
            bail!("COPY requires at least two arguments");
        }
        let dest = if dest.starts_with('/') {
            dest.clone()
        } else {
            let base = if self.config.working_dir.is_empty() {
                "/"
            } else {
                &self.config.working_dir
            };
            format!("{}/{dest}", base.trim_end_matches('/'))
        };
        // Wildcards name what they match in the context, in order.
        let mut expanded: Vec<String> = Vec::new();
        for src in sources {
            if src.starts_with("http://") || src.starts_with("https://") {
                if ins.keyword == "COPY" {
                    bail!("source can't be a URL for COPY: {src}");
                }
                expanded.push(src.clone());
                continue;
            }
            if src.starts_with("git@") || src.ends_with(".git") {
                bail!(
                    "{} of a git repository is not supported by skiff build yet: {src}",
                    ins.keyword
                );
            }
            if src.starts_with("<<") {
                expanded.push(src.clone());
                continue;
            }
            if staging.is_none() && src.contains(['*', '?', '[']) {
                let matched = ignore::expand_sources(&self.opts.context, src);
                let matched: Vec<String> = matched
                    .into_iter()
                    .filter(|m| !self.ignore.excluded(m) && !exclude.excluded(m))
                    .collect();
                if matched.is_empty() {
                    bail!("failed to compute cache key: no source files were specified: {src} matches nothing");
                }
                expanded.extend(matched);
            } else {
                expanded.push(src.clone());
            }
        }
        if expanded.len() > 1 && !dest.ends_with('/') {
            bail!("When using COPY with more than one source file, the destination must be a directory and end with a /");
        }
        let sources_text = sources.join(" ");
        let sources = &expanded[..];
        // ADD's URLs, downloaded first (each build: the content decides the cache).
        let downloads = self.download_urls(sources, checksum.as_deref())?;
        let into_dir = dest.ends_with('/') || sources.len() > 1;
        let archived = (|| -> Result<Vec<u8>> {
            let mut archive = tar::Builder::new(Vec::new());
            archive.mode(tar::HeaderMode::Deterministic);
            let mut dirs_made: Vec<String> = Vec::new();
            for src in sources {
                if let Some(doc) = heredoc_source(ins, src) {
                    // An inline file: named after its delimiter in a directory.
                    let target = if into_dir {
                        format!("{}/{}", dest.trim_end_matches('/'), doc.name)
                    } else {
                        dest.clone()
                    };
                    let body = if doc.expand {
                        self.expand(&doc.body)?
                    } else {
                        doc.body.clone()
                    };
                    let mode = owner.chmod.unwrap_or(0o644);
                    let mut h = header(tar::EntryType::Regular, mode, body.len() as u64, owner);
                    archive.append_data(&mut h, target.trim_start_matches('/'), body.as_bytes())?;
                    continue;
                }
                if let Some((file, fetched)) = downloads.get(src) {
                    // Never unpacked; 0600 unless --chmod; the server's mtime.
                    let name = url_file_name(src);
                    let target = if into_dir {
                        format!("{}/{name}", dest.trim_end_matches('/'))
                    } else {
                        dest.clone()
                    };
                    let mode = owner.chmod.unwrap_or(0o600);
                    let mut h = header(tar::EntryType::Regular, mode, fetched.size, owner);
                    if let Some(t) = fetched.last_modified {
                        h.set_mtime(
                            t.duration_since(std::time::UNIX_EPOCH)
                                .map_or(0, |d| d.as_secs()),
                        );
                    }
                    let data = std::fs::File::open(file)
                        .with_context(|| format!("reading the download of {src}"))?;
                    archive.append_data(&mut h, target.trim_start_matches('/'), data)?;
                    continue;
                }
                let path = match &staging {
                    Some(stage) => stage.fetch(self.engine, src)?,
                    None => context_path(&self.opts.context, src)?,
                };
                // .dockerignore applies to the context only.
                let context = &self.opts.context;
                let ignore = self.ignore;
                let source_root = path.clone();
                // --exclude: relative to the source (a file source by its name).
                let excluded_by_flag = |p: &Path| {
                    let below_source = match p.strip_prefix(&source_root) {
                        Ok(rel) if !rel.as_os_str().is_empty() => Some(rel.to_path_buf()),
                        _ => p.file_name().map(PathBuf::from),
                    };
                    below_source.is_some_and(|rel| {
                        let rel = rel.to_string_lossy();
                        exclude.excluded(&rel) && !(p.is_dir() && exclude.may_include_below(&rel))
                    })
                };
                let ignored = |p: &Path| {
                    staging.is_none()
                        && p.strip_prefix(context).is_ok_and(|rel| {
                            let rel = rel.to_string_lossy();
                            !rel.is_empty()
                                && ignore.excluded(&rel)
                                && !(p.is_dir() && ignore.may_include_below(&rel))
                        })
                };
                let skip = |p: &Path| excluded_by_flag(p) || ignored(p);
                if excluded_by_flag(&path) {
                    continue;
                }
                if ignored(&path) {
                    bail!("failed to compute cache key: \"{src}\": not found (excluded by .dockerignore)");
                }
                let meta = std::fs::symlink_metadata(&path)
                    .map_err(|_| anyhow!("failed to compute cache key: \"{src}\": not found"))?;
                // ADD unpacks a local tar archive (plain, gzip or zstd) into the destination.
                if ins.keyword == "ADD" && meta.is_file() {
                    if let Some(reader) = archive_reader(&path)? {
                        let root = dest.trim_end_matches('/').to_string();
                        unpack_into(&mut archive, reader, &root)
                            .with_context(|| format!("unpacking {src}"))?;
                        continue;
                    }
                }
                let target = if meta.is_dir() || !into_dir {
                    dest.trim_end_matches('/').to_string()
                } else {
                    let name = Path::new(src.trim_end_matches('/'))
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    format!("{}/{name}", dest.trim_end_matches('/'))
                };
                add_tree(
                    &mut archive,
                    &path,
                    &target,
                    &mut dirs_made,
                    owner,
                    &skip,
                    true,
                )?;
            }
            archive.into_inner().context("finishing the COPY archive")
        })();
        if let Some(stage) = &staging {
            stage.remove(self.engine);
        }
        for (file, _) in downloads.values() {
            let _ = std::fs::remove_file(file);
        }
        let data = archived?;
        let created_by = match &from {
            Some(f) => format!("COPY --from={f} {sources_text} {dest}"),
            None => format!("COPY {sources_text} {dest}"),
        };
        let key = self.cache_key(&created_by, &data);
        if self.reuse_cached(&key) {
            return Ok(());
        }
        let id = self.container(vec!["true".into()])?;
        let result = (|| {
            let c = ops::lookup(self.engine, &id)?;
            crate::engine::container::copy::copy_to_container(
                self.engine,
                &c,
                &id,
                crate::engine::container::copy::HostSource::Stream(Box::new(std::io::Cursor::new(
                    data,
                ))),
                "/",
                crate::engine::container::copy::CopyOptions {
                    follow_link: false,
                    archive: true,
                },
            )?;
            self.commit(&id, &created_by)
        })();
        if let Ok(c) = ops::lookup(self.engine, &id) {
            let _ = ops::remove::remove(self.engine, &c, true);
        }
        result?;
        self.remember(&key);
        Ok(())
    }
}

/// The file name an ADD of `url` gets in a destination directory: the last
/// segment of its path (`index.html` when there is none, as BuildKit does).
fn url_file_name(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let after_host = path.split_once("://").map_or(path, |(_, rest)| {
        rest.split_once('/').map_or("", |(_, p)| p)
    });
    after_host
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
        .unwrap_or("index.html")
        .to_string()
}

/// A stage's (or an image's) files, copied out to a temporary directory for
/// COPY --from; the container that reads them goes with it.
struct StageFiles {
    container: String,
    dir: PathBuf,
}

impl StageFiles {
    /// `src` (absolute, or relative to `/`) copied out of the stage.
    fn fetch(&self, engine: &Engine, src: &str) -> Result<PathBuf> {
        let c = ops::lookup(engine, &self.container)?;
        let name = format!("{:x}", rand::random::<u64>());
        let out = self.dir.join(name);
        let path = if src.starts_with('/') {
            src.to_string()
        } else {
            format!("/{src}")
        };
        crate::engine::container::copy::copy_from_container(
            engine,
            &c,
            &self.container,
            &path,
            crate::engine::container::copy::HostDest::Path(out.clone()),
            crate::engine::container::copy::CopyOptions {
                follow_link: false,
                archive: false,
            },
        )
        .map_err(|e| anyhow!("\"{src}\": not found in the stage: {e:#}"))?;
        Ok(out)
    }

    fn remove(&self, engine: &Engine) {
        if let Ok(c) = ops::lookup(engine, &self.container) {
            let _ = ops::remove::remove(engine, &c, true);
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A reader of the tar inside `path`, when it is one (plain, gzip or zstd).
fn archive_reader(path: &Path) -> Result<Option<Box<dyn std::io::Read>>> {
    use std::io::Read as _;
    let mut head = [0u8; 262];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .with_context(|| format!("reading {}", path.display()))?;
    let open = || std::fs::File::open(path).with_context(|| format!("reading {}", path.display()));
    Ok(match &head[..n.min(262)] {
        [0x1f, 0x8b, ..] => Some(Box::new(flate2::read::GzDecoder::new(open()?))),
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Some(Box::new(zstd::Decoder::new(open()?)?)),
        h if h.len() >= 262 && &h[257..262] == b"ustar" => Some(Box::new(open()?)),
        _ => None,
    })
}

/// The entries of tar `reader`, under `root` in `archive` (paths kept inside it).
fn unpack_into(
    archive: &mut tar::Builder<Vec<u8>>,
    reader: Box<dyn std::io::Read>,
    root: &str,
) -> Result<()> {
    let mut source = tar::Archive::new(reader);
    for entry in source.entries()? {
        let mut entry = entry?;
        let rel = entry.path()?.into_owned();
        let clean: Vec<String> = rel
            .components()
            .filter_map(|c| match c {
                Component::Normal(p) => Some(p.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        if clean.is_empty() {
            continue;
        }
        let name = format!("{}/{}", root.trim_start_matches('/'), clean.join("/"));
        let name = name.trim_start_matches('/').to_string();
        let mut header = entry.header().clone();
        match header.entry_type() {
            tar::EntryType::Symlink => {
                let target = entry
                    .link_name()?
                    .map(|l| l.into_owned())
                    .unwrap_or_default();
                archive.append_link(&mut header, &name, target)?;
            }
            // A hard link names another entry of the archive: under root too.
            tar::EntryType::Link => {
                let target = entry
                    .link_name()?
                    .map(|l| l.into_owned())
                    .unwrap_or_default();
                let target = format!(
                    "{}/{}",
                    root.trim_matches('/'),
                    target.to_string_lossy().trim_start_matches('/')
                );
                archive.append_link(&mut header, &name, target.trim_start_matches('/'))?;
            }
            _ => {
                archive.append_data(&mut header, &name, &mut entry)?;
            }
        }
    }
    Ok(())
}

/// The here-document a COPY source `<<NAME` stands for.
fn heredoc_source<'i>(ins: &'i Instruction, src: &str) -> Option<&'i dockerfile::Heredoc> {
    let name = src
        .strip_prefix("<<")?
        .trim_start_matches('-')
        .trim_matches(['"', '\'']);
    ins.heredocs.iter().find(|d| d.name == name)
}

/// `--chown=USER[:GROUP]`, numeric or names (from the image's /etc/passwd
/// and /etc/group); without a group, the GID is the UID (docker's rule).
fn numeric_owner(value: &str) -> Option<(u64, u64)> {
    let (u, g) = value.split_once(':').unwrap_or((value, value));
    Some((u.parse().ok()?, g.parse().ok()?))
}

/// A source inside the context; `..` may not leave it.
fn context_path(context: &Path, src: &str) -> Result<PathBuf> {
    let mut out = context.to_path_buf();
    for part in Path::new(src).components() {
        match part {
            Component::Normal(p) => out.push(p),
            // Popped in the guard: a `..` that climbs out of the context fails.
            Component::ParentDir if !out.pop() || !out.starts_with(context) => {
                bail!("COPY source {src} is outside the build context")
            }
            _ => {}
        }
    }
    if !out.starts_with(context) {
        bail!("COPY source {src} is outside the build context");
    }
    Ok(out)
}

/// Who owns what COPY writes (`--chown`), and `--chmod`'s mode for it.
#[derive(Debug, Clone, Copy, Default)]
struct Owner {
    uid: u64,
    gid: u64,
    chmod: Option<u32>,
}

fn header(kind: tar::EntryType, mode: u32, size: u64, owner: Owner) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_size(size);
    h.set_uid(owner.uid);
    h.set_gid(owner.gid);
    h.set_mtime(0);
    h
}

/// `src` (a file, a symlink, or a directory's contents) at `target`.
fn add_tree(
    archive: &mut tar::Builder<Vec<u8>>,
    src: &Path,
    target: &str,
    made: &mut Vec<String>,
    owner: Owner,
    skip: &dyn Fn(&Path) -> bool,
    top: bool,
) -> Result<()> {
    if skip(src) {
        return Ok(());
    }
    use std::os::unix::fs::PermissionsExt as _;
    let meta =
        std::fs::symlink_metadata(src).with_context(|| format!("reading {}", src.display()))?;
    let name = target.trim_start_matches('/').to_string();
    let mode = owner.chmod.unwrap_or(meta.permissions().mode() & 0o7777);
    if meta.file_type().is_symlink() {
        let link = std::fs::read_link(src)?;
        let mut h = header(tar::EntryType::Symlink, 0o777, 0, owner);
        archive.append_link(&mut h, &name, &link)?;
    } else if meta.is_dir() {
        // A source directory's contents go to the destination; the
        // destination itself keeps its metadata (or is made, 0755).
        if !top && !name.is_empty() && !made.contains(&name) {
            let mut h = header(tar::EntryType::Directory, mode, 0, owner);
            archive.append_data(&mut h, format!("{name}/"), std::io::empty())?;
            made.push(name.clone());
        }
        let mut entries: Vec<_> = std::fs::read_dir(src)
            .with_context(|| format!("reading {}", src.display()))?
            .collect::<std::io::Result<_>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let child = format!(
                "{}/{}",
                target.trim_end_matches('/'),
                e.file_name().to_string_lossy()
            );
            add_tree(archive, &e.path(), &child, made, owner, skip, false)?;
        }
    } else if meta.is_file() {
        let file =
            std::fs::File::open(src).with_context(|| format!("reading {}", src.display()))?;
        let mut h = header(tar::EntryType::Regular, mode, meta.len(), owner);
        archive.append_data(&mut h, &name, file)?;
    }
    Ok(())
}
