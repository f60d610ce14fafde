//! Loading a compose project as compose-go does (research/compose.md §0):
//! parse each file, interpolate it, merge the files, drop services whose
//! profiles are off, check, and canonicalise short syntax into long.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Deserialize as _;
use serde_yaml_ng::{Mapping, Value};

use super::dotenv;
use super::interpolate::substitute;
use crate::engine::shell_words;

/// The files compose looks for, in order, in a directory and its parents.
const DEFAULT_FILES: &[&str] = &[
    "compose.yaml",
    "compose.yml",
    "docker-compose.yml",
    "docker-compose.yaml",
];

/// What `-f`, `-p`, `--project-directory`, `--env-file` and `--profile` say.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub files: Vec<PathBuf>,
    pub project_name: Option<String>,
    pub project_directory: Option<PathBuf>,
    pub env_files: Vec<PathBuf>,
    pub profiles: Vec<String>,
    /// Services named on the command line: only they and what they depend on
    /// are loaded, enabled whatever their profiles (empty: every service).
    pub services: Vec<String>,
    /// Expand `${VAR}` (false: `config --no-interpolate`).
    pub interpolate: bool,
    /// Add what compose's normalisation adds: the default network, resource
    /// names, implied dependencies (false: `config --no-normalize`).
    pub normalize: bool,
    /// Check that services name defined networks, volumes and dependencies
    /// (false: `config --no-consistency`).
    pub consistency: bool,
    /// The process environment and working directory the project is read with.
    pub environment: HashMap<String, String>,
    pub working_dir: PathBuf,
}

/// A loaded project: its name, where it lives, and the canonical model.
#[derive(Debug, Clone)]
pub struct Project {
    pub name: String,
    pub working_dir: PathBuf,
    pub config_files: Vec<PathBuf>,
    /// The interpolation environment (process environment over `.env`).
    pub environment: BTreeMap<String, String>,
    /// Services in name order, each in canonical long syntax.
    pub services: BTreeMap<String, Mapping>,
    pub networks: BTreeMap<String, Mapping>,
    pub volumes: BTreeMap<String, Mapping>,
    /// Other top-level sections (secrets, configs, x-…), as loaded.
    pub other: BTreeMap<String, Value>,
    /// Every profile a service names, enabled or not.
    pub all_profiles: Vec<String>,
}

/// The compose files to read: `-f`, else COMPOSE_FILE, else the default
/// names found in the working directory or the nearest parent.
fn config_files(opts: &Options, env: &HashMap<String, String>) -> Result<Vec<PathBuf>> {
    let abs = |p: &Path| {
        if p.is_absolute() || p == Path::new("-") {
            p.to_path_buf()
        } else {
            opts.working_dir.join(p)
        }
    };
    if !opts.files.is_empty() {
        return Ok(opts.files.iter().map(|f| abs(f)).collect());
    }
    if let Some(list) = env.get("COMPOSE_FILE").filter(|v| !v.is_empty()) {
        let sep = env
            .get("COMPOSE_PATH_SEPARATOR")
            .map(String::as_str)
            .unwrap_or(":");
        return Ok(list.split(sep).map(|f| abs(Path::new(f))).collect());
    }
    let mut dir = opts
        .project_directory
        .clone()
        .unwrap_or_else(|| opts.working_dir.clone());
    loop {
        let found: Vec<PathBuf> = DEFAULT_FILES
            .iter()
            .map(|n| dir.join(n))
            .filter(|p| p.is_file())
            .collect();
        if let Some(first) = found.first() {
            let mut files = vec![first.clone()];
            let stem = if first
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("docker-"))
            {
                "docker-compose.override"
            } else {
                "compose.override"
            };
            if let Some(o) = ["yml", "yaml"]
                .iter()
                .map(|ext| dir.join(format!("{stem}.{ext}")))
                .find(|p| p.is_file())
            {
                files.push(o);
            }
            return Ok(files);
        }
        if !dir.pop() {
            bail!("no configuration file provided: not found");
        }
    }
}

/// compose's project-name rules: lower-case `[a-z0-9_-]`, starting with a
/// letter or digit.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// A name derived from a directory or the `name:` key, made valid.
pub fn normalize_name(name: &str) -> String {
    let kept: String = name
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '-')
        .collect();
    kept.trim_start_matches(['_', '-']).to_string()
}

fn invalid_name(name: &str) -> anyhow::Error {
    anyhow!("invalid project name {name:?}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number")
}

/// Reads the project `opts` describe.
pub fn load(opts: &Options) -> Result<Project> {
    let mut env: HashMap<String, String> = opts.environment.clone();
    // `.env` (or --env-file) in the working directory, under the process env.
    let add_env_file =
        |env: &mut HashMap<String, String>, path: &Path, required: bool| -> Result<()> {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
                Err(e) => return Err(anyhow!("couldn't read {}: {e}", path.display())),
            };
            let vars = dotenv::parse(&text, &|k| env.get(k).cloned())
                .map_err(|e| anyhow!("failed to read {}: {e}", path.display()))?;
            // The process environment wins; among env files the later one does.
            for (k, v) in vars {
                if !opts.environment.contains_key(&k) {
                    env.insert(k, v);
                }
            }
            Ok(())
        };
    let disable_dotenv = env
        .get("COMPOSE_DISABLE_ENV_FILE")
        .is_some_and(|v| v == "1" || v == "true");
    if !opts.env_files.is_empty() {
        for f in &opts.env_files {
            let f = opts.working_dir.join(f);
            add_env_file(&mut env, &f, true)?;
        }
    } else if !disable_dotenv {
        let dir = opts
            .project_directory
            .clone()
            .unwrap_or_else(|| opts.working_dir.clone());
        add_env_file(&mut env, &dir.join(".env"), false)?;
    }
    let files = config_files(opts, &env)?;
    let project_dir = match &opts.project_directory {
        Some(d) => opts.working_dir.join(d),
        None => files
            .first()
            .filter(|f| f.as_path() != Path::new("-"))
            .and_then(|f| f.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| opts.working_dir.clone()),
    };
    if opts.project_directory.is_none() && opts.env_files.is_empty() && !disable_dotenv {
        add_env_file(&mut env, &project_dir.join(".env"), false)?;
    }
    // Every file's text first: the project name comes from all of them and
    // is known (as ${COMPOSE_PROJECT_NAME}) when each is interpolated.
    let mut texts = Vec::new();
    for file in &files {
        texts.push(if file.as_path() == Path::new("-") {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .context("reading the compose file from stdin")?;
            (s, "-".to_string())
        } else {
            let text = std::fs::read_to_string(file)
                .map_err(|e| anyhow!("open {}: {}", file.display(), crate::engine::go_error(&e)))?;
            (text, file.display().to_string())
        });
    }
    let parsed = texts
        .iter()
        .map(|(text, label)| parse_yaml(text, label))
        .collect::<Result<Vec<Mapping>>>()?;
    let name = project_name(opts, &env, &parsed, &project_dir)?;
    env.insert("COMPOSE_PROJECT_NAME".into(), name.clone());
    let mut merged = Mapping::new();
    // The first file is checked alone; the others (overrides, which may be
    // partial or hold !reset) are checked merged, as compose-go checks them.
    let mut overrides: Vec<(Mapping, String)> = Vec::new();
    for (i, ((file, (_, label)), raw)) in files.iter().zip(&texts).zip(parsed).enumerate() {
        let label = label.clone();
        let mut doc = prepare(raw, &label, &env, opts.interpolate, i == 0)?;
        if i > 0 {
            overrides.push((doc.clone(), label.clone()));
        }
        let base_dir = if label == "-" {
            project_dir.clone()
        } else {
            file.parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| project_dir.clone())
        };
        resolve_extends(
            &mut doc,
            &label,
            &base_dir,
            &project_dir,
            &env,
            opts.interpolate,
        )?;
        include(&mut doc, &label, &base_dir, &env, opts.interpolate, 0)?;
        apply_file(&mut merged, doc).map_err(|e| anyhow!("{label}: {e}"))?;
    }
    if merged.is_empty() {
        bail!("empty compose file");
    }
    let mut whole = Value::Mapping(merged);
    super::merge::unicity(&mut whole, &mut Vec::new())?;
    let Value::Mapping(merged) = whole else {
        unreachable!("a mapping stays a mapping")
    };
    if let Some((_, last)) = overrides.last() {
        if let Err(merged_error) = super::validate::file(&merged, last) {
            // Named after the override that is wrong by itself, when one is.
            for (doc, label) in &overrides {
                super::validate::file(&strip_tags(doc), label)?;
            }
            return Err(merged_error);
        }
    }

    let mut profiles = opts.profiles.clone();
    if profiles.is_empty() {
        if let Some(p) = env.get("COMPOSE_PROFILES").filter(|v| !v.is_empty()) {
            profiles = p.split(',').map(|s| s.trim().to_string()).collect();
        }
    }
    super::normalize::project(
        merged,
        name,
        project_dir,
        files,
        env,
        &profiles,
        &opts.services,
        super::normalize::Steps {
            normalize: opts.normalize,
            consistency: opts.consistency,
        },
    )
}

/// compose-go's "non-string key" errors.
fn non_string_keys(m: &Mapping, at: &str, label: &str) -> Result<()> {
    for (k, v) in m {
        let key = match k {
            Value::String(s) => s.clone(),
            other => {
                let text = super::emit::key_text(other);
                if at.is_empty() {
                    bail!("{label}: non-string key at top level: {text}");
                }
                bail!("{label}: non-string key in {at}: {text}");
            }
        };
        let here = if at.is_empty() {
            key
        } else {
            format!("{at}.{key}")
        };
        match v {
            Value::Mapping(child) => non_string_keys(child, &here, label)?,
            Value::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let Value::Mapping(child) = item {
                        non_string_keys(child, &format!("{here}[{i}]"), label)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// One compose file: parsed, merge keys applied, top level checked, interpolated.
fn parse_file(
    text: &str,
    label: &str,
    env: &HashMap<String, String>,
    interpolate: bool,
) -> Result<Mapping> {
    prepare(parse_yaml(text, label)?, label, env, interpolate, true)
}

/// A compose file's YAML as one mapping: its documents merged, merge keys
/// applied, keys checked to be strings, a bare service key an empty mapping.
/// How deep merge keys may nest (`<<: *a` where `a` has `<<: *b`, ...).
const MERGE_DEPTH: usize = 16;

/// Whether a `<<` merge key is left anywhere in `v`.
fn has_merge_key(v: &Value) -> bool {
    match v {
        Value::Mapping(m) => m
            .iter()
            .any(|(k, v)| k.as_str() == Some("<<") || has_merge_key(v)),
        Value::Sequence(items) => items.iter().any(has_merge_key),
        Value::Tagged(t) => has_merge_key(&t.value),
        _ => false,
    }
}

fn parse_yaml(text: &str, label: &str) -> Result<Mapping> {
    // Several YAML documents in one file merge like successive -f files.
    let mut doc = Mapping::new();
    for document in serde_yaml_ng::Deserializer::from_str(text) {
        let mut part = Value::deserialize(document)
            .map_err(|e| anyhow!("{label}: {}", yaml_error(&e, text)))?;
        // apply_merge resolves one level: a merged-in alias may hold `<<` itself.
        for _ in 0..MERGE_DEPTH {
            if !has_merge_key(&part) {
                break;
            }
            part.apply_merge().map_err(|e| {
                let text = e.to_string();
                if text.contains("for merging, but found") {
                    // go-yaml's words.
                    anyhow!(
                        "{label}: yaml: map merge requires map or sequence of maps as the value"
                    )
                } else {
                    anyhow!("{label}: {text}")
                }
            })?;
        }
        match part {
            Value::Mapping(m) if doc.is_empty() => doc = m,
            Value::Mapping(m) => apply_file(&mut doc, m)?,
            Value::Null => {}
            _ => bail!("{label}: top-level object must be a mapping"),
        }
    }
    non_string_keys(&doc, "", label)?;
    // A service (or network, volume) written as a bare key is an empty mapping.
    for section in ["services", "networks", "volumes", "secrets", "configs"] {
        match doc.get_mut(section) {
            Some(Value::Mapping(items)) => {
                for (_, v) in items.iter_mut() {
                    if v.is_null() && section == "services" {
                        *v = Value::Mapping(Mapping::new());
                    }
                }
            }
            Some(Value::Null) | None => {}
            Some(_) => bail!("{label}: {section} must be a mapping"),
        }
    }
    Ok(doc)
}

/// A parsed file interpolated, its values cast to their types, and checked
/// against the schema.
fn prepare(
    doc: Mapping,
    label: &str,
    env: &HashMap<String, String>,
    interpolate: bool,
    validate: bool,
) -> Result<Mapping> {
    let mut doc = Value::Mapping(doc);
    if interpolate {
        doc = interpolate_value(doc, env, &mut Vec::new()).map_err(|e| anyhow!("{label}: {e}"))?;
        cast_types(&mut doc, &mut Vec::new()).map_err(|e| anyhow!("{label}: {e}"))?;
    }
    let Value::Mapping(doc) = doc else {
        unreachable!("a mapping stays a mapping")
    };
    // The compose-spec schema checks every key and type (not interpolated: the
    // schema takes the `${...}` strings that fields may hold).
    if validate {
        super::validate::file(&doc, label)?;
    }
    Ok(doc)
}

/// An override as the schema sees it alone: `!reset`/`!override` values
/// replaced by what they carry, `!reset` ones dropped.
fn strip_tags(doc: &Mapping) -> Mapping {
    fn strip(v: &Value) -> Option<Value> {
        match v {
            Value::Tagged(t) if t.tag == "!reset" || t.tag == "reset" => None,
            Value::Tagged(t) => strip(&t.value),
            Value::Mapping(m) => Some(Value::Mapping(
                m.iter()
                    .filter_map(|(k, v)| strip(v).map(|v| (k.clone(), v)))
                    .collect(),
            )),
            Value::Sequence(items) => {
                Some(Value::Sequence(items.iter().filter_map(strip).collect()))
            }
            other => Some(other.clone()),
        }
    }
    match strip(&Value::Mapping(doc.clone())) {
        Some(Value::Mapping(m)) => m,
        _ => Mapping::new(),
    }
}

/// Replaces each service's `extends` with the service it names (in this file
/// or another), that service's own `extends` resolved first, then this
/// service merged over it. Relative paths of a service from another
/// directory are made absolute against that file's directory.
fn resolve_extends(
    doc: &mut Mapping,
    label: &str,
    dir: &Path,
    project_dir: &Path,
    env: &HashMap<String, String>,
    interpolate: bool,
) -> Result<()> {
    let Some(Value::Mapping(services)) = doc.get("services") else {
        return Ok(());
    };
    let names: Vec<String> = services
        .keys()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    let all = services.clone();
    let mut resolved = Mapping::new();
    for name in names {
        let mut chain = Vec::new();
        let svc = extended(
            &all,
            &name,
            label,
            dir,
            project_dir,
            env,
            interpolate,
            &mut chain,
        )?;
        resolved.insert(Value::String(name), Value::Mapping(svc));
    }
    doc.insert(Value::String("services".into()), Value::Mapping(resolved));
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn extended(
    services: &Mapping,
    name: &str,
    label: &str,
    dir: &Path,
    project_dir: &Path,
    env: &HashMap<String, String>,
    interpolate: bool,
    chain: &mut Vec<String>,
) -> Result<Mapping> {
    let here = format!("{label}:{name}");
    if chain.contains(&here) {
        chain.push(here);
        bail!("circular reference with extends: {}", chain.join(" -> "));
    }
    chain.push(here);
    let mut svc = match services.get(name) {
        Some(Value::Mapping(m)) => m.clone(),
        Some(Value::Null) => Mapping::new(),
        Some(_) => bail!("{label}: services.{name} must be a mapping"),
        None => bail!("{label}: cannot extend service {name:?}: service not found"),
    };
    let Some(ext) = svc.remove("extends") else {
        return Ok(svc);
    };
    let (base_name, file) = match &ext {
        Value::String(s) => (s.clone(), None),
        Value::Mapping(m) => (
            m.get("service")
                .and_then(Value::as_str)
                .ok_or_else(|| anyhow!("{label}: extends.{name}.service is required"))?
                .to_string(),
            m.get("file").and_then(Value::as_str).map(str::to_string),
        ),
        _ => bail!("{label}: services.{name}.extends must be a string or a mapping"),
    };
    let mut base = match file {
        None => extended(
            services,
            &base_name,
            label,
            dir,
            project_dir,
            env,
            interpolate,
            chain,
        )?,
        Some(f) => {
            let path = dir.join(&f);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                anyhow!(
                    "{label}: services.{name}.extends: open {}: {}",
                    path.display(),
                    crate::engine::go_error(&e)
                )
            })?;
            let other_label = path.display().to_string();
            let other = parse_file(&text, &other_label, env, interpolate)?;
            let other_dir = path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| dir.to_path_buf());
            let other_services = match other.get("services") {
                Some(Value::Mapping(m)) => m.clone(),
                _ => Mapping::new(),
            };
            let mut base = extended(
                &other_services,
                &base_name,
                &other_label,
                &other_dir,
                project_dir,
                env,
                interpolate,
                chain,
            )?;
            if other_dir != project_dir {
                rebase_paths(&mut base, &other_dir);
            }
            base
        }
    };
    // The local service merges over the base by the override rules of a
    // service, its !reset and !override tags included.
    let wrap = |m: Mapping| {
        let mut svcs = Mapping::new();
        svcs.insert(Value::String(name.into()), Value::Mapping(m));
        let mut doc = Mapping::new();
        doc.insert(Value::String("services".into()), Value::Mapping(svcs));
        doc
    };
    let mut merged = wrap(std::mem::take(&mut base));
    apply_file(&mut merged, wrap(svc)).map_err(|e| anyhow!("{label}: {e}"))?;
    chain.pop();
    match merged.get("services").and_then(|s| s.get(name)) {
        Some(Value::Mapping(m)) => Ok(m.clone()),
        _ => Ok(Mapping::new()),
    }
}

/// `include:` — each listed file is loaded as a project of its own (its
/// extends and includes resolved, its relative paths against its own
/// directory) and its services, networks and volumes join this file's; a
/// name defined twice is an error.
fn include(
    doc: &mut Mapping,
    label: &str,
    dir: &Path,
    env: &HashMap<String, String>,
    interpolate: bool,
    depth: usize,
) -> Result<()> {
    let Some(list) = doc.remove("include") else {
        return Ok(());
    };
    if depth > 10 {
        bail!("{label}: include cycle detected");
    }
    let entries = match list {
        Value::Sequence(s) => s,
        other => vec![other],
    };
    for entry in entries {
        let paths: Vec<String> = match &entry {
            Value::String(p) => vec![p.clone()],
            Value::Mapping(m) => match m.get("path") {
                Some(Value::String(p)) => vec![p.clone()],
                Some(Value::Sequence(ps)) => ps
                    .iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect(),
                _ => bail!("{label}: include needs a path"),
            },
            _ => bail!("{label}: include entries are paths or mappings"),
        };
        for p in paths {
            let path = dir.join(&p);
            let text = std::fs::read_to_string(&path).map_err(|e| {
                anyhow!(
                    "{label}: include {}: {}",
                    path.display(),
                    crate::engine::go_error(&e)
                )
            })?;
            let inc_label = path.display().to_string();
            // Relative paths inside the included file (build contexts, binds,
            // env files, extends) resolve against the include's
            // project_directory when it has one, else against its own directory.
            let project_directory = match &entry {
                Value::Mapping(m) => m.get("project_directory").and_then(Value::as_str),
                _ => None,
            };
            let inc_dir = match project_directory {
                Some(d) => dir.join(d),
                None => path
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_path_buf()),
            };
            // The include's env_file (relative to the including file) feeds the
            // included file's interpolation under the process environment;
            // the included project's own .env fills what is still missing.
            let mut inc_env = env.clone();
            if let Value::Mapping(m) = &entry {
                let files: Vec<String> = match m.get("env_file") {
                    Some(Value::String(f)) => vec![f.clone()],
                    Some(Value::Sequence(fs)) => fs
                        .iter()
                        .filter_map(|f| f.as_str().map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                };
                for f in files {
                    let path = dir.join(&f);
                    let text = std::fs::read_to_string(&path).map_err(|e| {
                        anyhow!(
                            "{label}: include env_file {}: {}",
                            path.display(),
                            crate::engine::go_error(&e)
                        )
                    })?;
                    let vars = dotenv::parse(&text, &|k| inc_env.get(k).cloned())
                        .map_err(|e| anyhow!("failed to read {}: {e}", path.display()))?;
                    for (k, v) in vars {
                        inc_env.insert(k, v);
                    }
                }
                for (k, v) in env {
                    inc_env.insert(k.clone(), v.clone());
                }
            }
            if let Ok(dotenv_text) = std::fs::read_to_string(inc_dir.join(".env")) {
                if let Ok(vars) = dotenv::parse(&dotenv_text, &|k| env.get(k).cloned()) {
                    for (k, v) in vars {
                        inc_env.entry(k).or_insert(v);
                    }
                }
            }
            let mut inc = parse_file(&text, &inc_label, &inc_env, interpolate)?;
            resolve_extends(
                &mut inc,
                &inc_label,
                &inc_dir,
                &inc_dir,
                &inc_env,
                interpolate,
            )?;
            include(
                &mut inc,
                &inc_label,
                &inc_dir,
                &inc_env,
                interpolate,
                depth + 1,
            )?;
            for section in ["services", "networks", "volumes", "secrets", "configs"] {
                let Some(Value::Mapping(items)) = inc.remove(section) else {
                    continue;
                };
                let key = Value::String(section.into());
                if !matches!(doc.get(&key), Some(Value::Mapping(_))) {
                    doc.insert(key.clone(), Value::Mapping(Mapping::new()));
                }
                let Some(Value::Mapping(target)) = doc.get_mut(&key) else {
                    continue;
                };
                for (name, mut value) in items {
                    if section == "services" {
                        if let Value::Mapping(svc) = &mut value {
                            rebase_paths(svc, &inc_dir);
                            // An included project's build context defaults to its directory.
                            if let Some(Value::Mapping(b)) = svc.get_mut("build") {
                                if !b.contains_key("context") {
                                    b.insert(
                                        Value::String("context".into()),
                                        Value::String(inc_dir.display().to_string()),
                                    );
                                }
                            }
                            resolve_bare_environment(svc, &inc_env);
                        }
                    }
                    // Defined here too: the local definition merges over the
                    // imported one, as a later -f file would (!reset, !override).
                    let merged = match target.get(&name) {
                        Some(local) => {
                            let wrap = |v: Value| -> Mapping {
                                let mut inner = Mapping::new();
                                inner.insert(name.clone(), v);
                                let mut outer = Mapping::new();
                                outer.insert(key.clone(), Value::Mapping(inner));
                                outer
                            };
                            let mut base = wrap(value);
                            apply_file(&mut base, wrap(local.clone()))?;
                            match base.get(&key) {
                                Some(Value::Mapping(m)) => {
                                    m.get(&name).cloned().unwrap_or(Value::Null)
                                }
                                _ => Value::Null,
                            }
                        }
                        None => value,
                    };
                    target.insert(name, merged);
                }
            }
        }
    }
    Ok(())
}

/// `environment` entries without a value take the included project's
/// environment (its include env_file among it), as compose-go loads an
/// include as a project of its own; unknown ones stay unset.
fn resolve_bare_environment(svc: &mut Mapping, env: &HashMap<String, String>) {
    match svc.get_mut("environment") {
        Some(Value::Sequence(items)) => {
            for item in items.iter_mut() {
                if let Value::String(e) = item {
                    if !e.contains('=') {
                        if let Some(v) = env.get(e.as_str()) {
                            *e = format!("{e}={v}");
                        }
                    }
                }
            }
        }
        Some(Value::Mapping(vars)) => {
            for (k, v) in vars.iter_mut() {
                if v.is_null() {
                    if let Some(value) = k.as_str().and_then(|k| env.get(k)) {
                        *v = Value::String(value.clone());
                    }
                }
            }
        }
        _ => {}
    }
}

/// Relative paths of a service read from another directory, made absolute.
fn rebase_paths(svc: &mut Mapping, dir: &Path) {
    // Absolute, home-relative and remote (git URL) paths stay as they are.
    let abs = |p: &str| -> Option<String> {
        (!p.starts_with('/') && !p.starts_with('~') && !p.contains("://"))
            .then(|| dir.join(p).display().to_string())
    };
    if let Some(Value::Mapping(b)) = svc.get_mut("build") {
        if let Some(Value::String(c)) = b.get("context").cloned() {
            if let Some(a) = abs(&c) {
                b.insert(Value::String("context".into()), Value::String(a));
            }
        }
    } else if let Some(Value::String(c)) = svc.get("build").cloned() {
        if let Some(a) = abs(&c) {
            svc.insert(Value::String("build".into()), Value::String(a));
        }
    }
    if let Some(Value::Sequence(vols)) = svc.get_mut("volumes") {
        for v in vols.iter_mut() {
            match v {
                Value::String(spec) if spec.starts_with('.') => {
                    if let Some((src, rest)) = spec.split_once(':') {
                        *v = Value::String(format!("{}:{rest}", dir.join(src).display()));
                    }
                }
                Value::Mapping(m) => {
                    let bind = m.get("type").and_then(Value::as_str) == Some("bind");
                    if let (true, Some(Value::String(src))) = (bind, m.get_mut("source")) {
                        if let Some(a) = abs(src) {
                            *src = a;
                        }
                    }
                }
                _ => {}
            }
        }
    }
    match svc.get_mut("env_file") {
        Some(Value::String(f)) => {
            if let Some(a) = abs(f) {
                *f = a;
            }
        }
        Some(Value::Sequence(files)) => {
            for f in files.iter_mut() {
                match f {
                    Value::String(p) => {
                        if let Some(a) = abs(p) {
                            *p = a;
                        }
                    }
                    Value::Mapping(m) => {
                        if let Some(Value::String(p)) = m.get_mut("path") {
                            if let Some(a) = abs(p) {
                                *p = a;
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// The project name: `-p`, COMPOSE_PROJECT_NAME (environment or `.env`),
/// the last non-empty `name:` of the files (interpolated), the directory.
/// The first two must be valid; the others are made valid.
fn project_name(
    opts: &Options,
    env: &HashMap<String, String>,
    files: &[Mapping],
    project_dir: &Path,
) -> Result<String> {
    if let Some(p) = &opts.project_name {
        return if valid_name(p) {
            Ok(p.clone())
        } else {
            Err(invalid_name(p))
        };
    }
    if let Some(p) = env.get("COMPOSE_PROJECT_NAME").filter(|v| !v.is_empty()) {
        return if valid_name(p) {
            Ok(p.clone())
        } else {
            Err(invalid_name(p))
        };
    }
    let mut from_files = None;
    for doc in files {
        if let Some(n) = doc.get("name").and_then(Value::as_str) {
            let n = if opts.interpolate {
                substitute(n, &|k: &str| env.get(k).cloned(), &mut |_| {})
                    .unwrap_or_else(|_| n.to_string())
            } else {
                n.to_string()
            };
            if !n.is_empty() {
                from_files = Some(n);
            }
        }
    }
    let name = match from_files {
        Some(n) => normalize_name(&n),
        None => normalize_name(
            &project_dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    };
    if name.is_empty() {
        bail!("project name must not be empty");
    }
    Ok(name)
}

/// serde_yaml's error with its location as `line L, column C`.
fn yaml_error(e: &serde_yaml_ng::Error, source: &str) -> String {
    let text = e.to_string();
    if let (Some(key), Some(l)) = (duplicate_key(&text), e.location()) {
        if let Some((first, second)) = key_lines(source, &key, l.line(), l.column()) {
            // go-yaml's words, which name both lines.
            return format!(
                "yaml: line {second}: mapping key \"{key}\" already defined at line {first}"
            );
        }
    }
    if text.starts_with("recursion limit exceeded") {
        if let Some(l) = e.location() {
            return format!(
                "yaml: line {}, column {}: cycle detected: an alias refers to a node that contains it",
                l.line(),
                l.column()
            );
        }
    }
    // go-yaml's words for an alias bomb.
    if text.starts_with("repetition limit exceeded") {
        return "yaml: document contains excessive aliasing".into();
    }
    match e.location() {
        Some(l) => {
            let message = text.split(" at line ").next().unwrap_or(&text);
            format!("yaml: line {}, column {}: {message}", l.line(), l.column())
        }
        None => text,
    }
}

/// The key a "duplicate entry with key" error names.
fn duplicate_key(message: &str) -> Option<String> {
    let rest = message.split("duplicate entry with key \"").nth(1)?;
    Some(rest.split('"').next()?.to_string())
}

/// The first two lines (1-based), from `line` on, where `key` starts a
/// mapping entry at `column`: the mapping serde_yaml points at.
fn key_lines(source: &str, key: &str, line: usize, column: usize) -> Option<(usize, usize)> {
    let indent = column.checked_sub(1)?;
    let mut found = source
        .lines()
        .enumerate()
        .skip(line.saturating_sub(1))
        .filter(|(_, l)| {
            l.len() > indent
                && l[..indent].trim().is_empty()
                && [
                    format!("{key}:"),
                    format!("\"{key}\":"),
                    format!("'{key}':"),
                ]
                .iter()
                .any(|k| l[indent..].starts_with(k.as_str()))
        })
        .map(|(i, _)| i + 1);
    Some((found.next()?, found.next()?))
}

/// Where interpolated strings become numbers or booleans (compose-go's
/// loader/interpolate.go list); `*` is any key or index.
const INTS: &[&str] = &[
    "services.*.deploy.replicas",
    "services.*.deploy.update_config.parallelism",
    "services.*.deploy.rollback_config.parallelism",
    "services.*.deploy.restart_policy.max_attempts",
    "services.*.deploy.placement.max_replicas_per_node",
    "services.*.healthcheck.retries",
    "services.*.ports.*.target",
    "services.*.ports.*.published",
    "services.*.scale",
    "services.*.ulimits.*",
    "services.*.ulimits.*.hard",
    "services.*.ulimits.*.soft",
    "services.*.pids_limit",
    "services.*.cpu_shares",
    "services.*.oom_score_adj",
];
const FLOATS: &[&str] = &[
    "services.*.cpus",
    "services.*.deploy.resources.*.cpus",
    "services.*.deploy.update_config.max_failure_ratio",
    "services.*.deploy.rollback_config.max_failure_ratio",
];
const BOOLS: &[&str] = &[
    "services.*.init",
    "services.*.privileged",
    "services.*.read_only",
    "services.*.tty",
    "services.*.stdin_open",
    "services.*.oom_kill_disable",
    "services.*.volumes.*.read_only",
    "services.*.volumes.*.volume.nocopy",
    "services.*.volumes.*.bind.create_host_path",
    "services.*.depends_on.*.required",
    "services.*.depends_on.*.restart",
    "services.*.healthcheck.disable",
    "networks.*.external",
    "networks.*.internal",
    "networks.*.attachable",
    "networks.*.enable_ipv6",
    "volumes.*.external",
    "secrets.*.external",
    "configs.*.external",
];

fn path_is(pattern: &str, path: &[String]) -> bool {
    let parts: Vec<&str> = pattern.split('.').collect();
    parts.len() == path.len() && parts.iter().zip(path).all(|(p, k)| *p == "*" || p == k)
}

/// Turns interpolated strings into the numbers and booleans their keys take.
fn cast_types(v: &mut Value, path: &mut Vec<String>) -> Result<()> {
    match v {
        Value::Mapping(m) => {
            for (k, child) in m.iter_mut() {
                path.push(k.as_str().map(str::to_string).unwrap_or_default());
                cast_types(child, path)?;
                path.pop();
            }
        }
        Value::Sequence(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                path.push(i.to_string());
                cast_types(child, path)?;
                path.pop();
            }
        }
        Value::String(text) => {
            let at = || path.join(".");
            // `published` takes a port range too ("8000-8010"): only a plain number casts.
            if INTS.iter().any(|p| path_is(p, path)) {
                if path.last().is_some_and(|l| l == "published") {
                    return Ok(());
                }
                let n: i64 = text
                    .trim()
                    .parse()
                    .map_err(|_| anyhow!("{}: cannot convert {text:?} to an integer", at()))?;
                *v = Value::Number(n.into());
            } else if FLOATS.iter().any(|p| path_is(p, path)) {
                let f: f64 = text
                    .trim()
                    .parse()
                    .map_err(|_| anyhow!("{}: cannot convert {text:?} to a number", at()))?;
                *v = Value::Number(f.into());
            } else if BOOLS.iter().any(|p| path_is(p, path)) {
                let b = match text.to_ascii_lowercase().as_str() {
                    "true" | "yes" | "y" | "on" => true,
                    "false" | "no" | "n" | "off" => false,
                    _ => bail!("{}: cannot convert {text:?} to a boolean", at()),
                };
                *v = Value::Bool(b);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Interpolates every string value (never a key), as compose-go does per file.
fn interpolate_value(
    v: Value,
    env: &HashMap<String, String>,
    path: &mut Vec<String>,
) -> Result<Value> {
    Ok(match v {
        Value::String(s) => {
            let lookup = |n: &str| env.get(n).cloned();
            let out = substitute(&s, &lookup, &mut |_| {})
                .map_err(|e| anyhow!("error while interpolating {}: {e}", path.join(".")))?;
            Value::String(out)
        }
        Value::Mapping(m) => {
            let mut out = Mapping::new();
            for (k, v) in m {
                path.push(
                    k.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("{k:?}")),
                );
                let v = interpolate_value(v, env, path)?;
                path.pop();
                out.insert(k, v);
            }
            Value::Mapping(out)
        }
        Value::Sequence(s) => {
            let mut out = Vec::with_capacity(s.len());
            for (i, v) in s.into_iter().enumerate() {
                path.push(format!("[{i}]"));
                out.push(interpolate_value(v, env, path)?);
                path.pop();
            }
            Value::Sequence(out)
        }
        Value::Tagged(mut t) => {
            t.value = interpolate_value(t.value, env, path)?;
            Value::Tagged(t)
        }
        other => other,
    })
}

/// Merges one file over the project read so far, as compose-go does: its
/// `!reset` keys removed and its `!override` keys taken as written first.
pub fn apply_file(merged: &mut Mapping, mut doc: Mapping) -> Result<()> {
    let mut tagged = Vec::new();
    untag(&mut doc, &mut Vec::new(), &mut tagged);
    for path in &tagged {
        remove_path(merged, path);
    }
    let out = super::merge::merge(
        &Value::Mapping(std::mem::take(merged)),
        &Value::Mapping(doc),
        &mut Vec::new(),
    )?;
    if let Value::Mapping(m) = out {
        *merged = m;
    }
    Ok(())
}

/// Takes `!reset` nodes out of `doc` and `!override` tags off their values,
/// listing the key paths of both.
fn untag(doc: &mut Mapping, path: &mut Vec<Value>, found: &mut Vec<Vec<Value>>) {
    let keys: Vec<Value> = doc.keys().cloned().collect();
    for k in keys {
        path.push(k.clone());
        let Some(v) = doc.get_mut(&k) else {
            path.pop();
            continue;
        };
        if let Value::Tagged(t) = v {
            let tag = t.tag.to_string();
            if tag == "!reset" {
                found.push(path.clone());
                doc.remove(&k);
                path.pop();
                continue;
            }
            if tag == "!override" {
                found.push(path.clone());
                *v = t.value.clone();
            }
        }
        if let Value::Mapping(child) = v {
            untag(child, path, found);
        }
        path.pop();
    }
}

fn remove_path(m: &mut Mapping, path: &[Value]) {
    match path {
        [] => {}
        [last] => {
            m.remove(last);
        }
        [first, rest @ ..] => {
            if let Some(Value::Mapping(child)) = m.get_mut(first) {
                remove_path(child, rest);
            }
        }
    }
}

/// A string `command`/`entrypoint` split as a shell would.
pub fn command_list(v: &Value) -> Result<Value> {
    Ok(match v {
        Value::String(s) => Value::Sequence(
            shell_words::split(s)?
                .into_iter()
                .map(Value::String)
                .collect(),
        ),
        other => other.clone(),
    })
}
