//! Short syntax into long, defaults filled, paths made absolute, services
//! whose profiles are off dropped: the canonical project compose prints.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Result};
use serde_yaml_ng::{Mapping, Value};

use super::load::{command_list, Project};

/// compose-go's ServiceConfig field order: `config` prints keys in it (the
/// schema has already refused keys not among them).
const SERVICE_KEYS: &[&str] = &[
    "profiles",
    "annotations",
    "attach",
    "build",
    "develop",
    "blkio_config",
    "cap_add",
    "cap_drop",
    "cgroup_parent",
    "cgroup",
    "cpu_count",
    "cpu_percent",
    "cpu_period",
    "cpu_quota",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "cpus",
    "cpuset",
    "cpu_shares",
    "command",
    "configs",
    "container_name",
    "credential_spec",
    "depends_on",
    "deploy",
    "device_cgroup_rules",
    "devices",
    "dns",
    "dns_opt",
    "dns_search",
    "dockerfile",
    "domainname",
    "entrypoint",
    "provider",
    "environment",
    "env_file",
    "expose",
    "extends",
    "external_links",
    "extra_hosts",
    "group_add",
    "gpus",
    "hostname",
    "healthcheck",
    "image",
    "init",
    "ipc",
    "isolation",
    "labels",
    "label_file",
    "links",
    "logging",
    "log_driver",
    "log_opt",
    "mem_limit",
    "mem_reservation",
    "memswap_limit",
    "mem_swappiness",
    "mac_address",
    "models",
    "net",
    "network_mode",
    "networks",
    "oom_kill_disable",
    "oom_score_adj",
    "pid",
    "pids_limit",
    "platform",
    "ports",
    "privileged",
    "pull_policy",
    "read_only",
    "restart",
    "runtime",
    "scale",
    "secrets",
    "security_opt",
    "shm_size",
    "stdin_open",
    "stop_grace_period",
    "stop_signal",
    "storage_opt",
    "sysctls",
    "tmpfs",
    "tty",
    "ulimits",
    "use_api_socket",
    "user",
    "userns_mode",
    "uts",
    "volume_driver",
    "volumes",
    "volumes_from",
    "working_dir",
    "post_start",
    "pre_stop",
];

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

/// A scalar as compose keeps it in string fields (`80` → `"80"`).
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Which of compose-go's optional steps run (both, unless `config` says not).
#[derive(Debug, Clone, Copy)]
pub struct Steps {
    pub normalize: bool,
    pub consistency: bool,
}

#[allow(clippy::too_many_arguments)]
pub fn project(
    mut doc: Mapping,
    name: String,
    working_dir: PathBuf,
    config_files: Vec<PathBuf>,
    env: HashMap<String, String>,
    profiles: &[String],
    selected: &[String],
    steps: Steps,
) -> Result<Project> {
    let services = match doc.remove("services") {
        Some(Value::Mapping(m)) => m,
        Some(Value::Null) | None => Mapping::new(),
        Some(_) => bail!("services must be a mapping"),
    };
    let selection = selection(&services, selected)?;
    let mut all_profiles: Vec<String> = Vec::new();
    let mut out: BTreeMap<String, Mapping> = BTreeMap::new();
    for (k, v) in services {
        let svc_name = k
            .as_str()
            .ok_or_else(|| anyhow!("a service name must be a string"))?
            .to_string();
        let svc = match v {
            Value::Mapping(m) => m,
            Value::Null => Mapping::new(),
            _ => bail!("services.{svc_name} must be a mapping"),
        };
        let own: Vec<String> = svc
            .get("profiles")
            .and_then(Value::as_sequence)
            .map(|p| p.iter().filter_map(text).collect())
            .unwrap_or_default();
        for p in &own {
            if !all_profiles.contains(p) {
                all_profiles.push(p.clone());
            }
        }
        let enabled = match &selection {
            Some(wanted) => wanted.contains(&svc_name),
            None => own.is_empty() || profiles.iter().any(|p| p == "*" || own.contains(p)),
        };
        if !enabled {
            continue;
        }
        let svc = service(&svc_name, svc, &working_dir, &env, steps.normalize)?;
        out.insert(svc_name, svc);
    }
    all_profiles.sort();
    for (svc_name, svc) in out.iter_mut() {
        if steps.consistency
            && svc.contains_key("network_mode")
            && svc.contains_key("networks")
            && !is_default_only(svc)
        {
            bail!("service {svc_name} declares mutually exclusive `network_mode` and `networks`: invalid compose project");
        }
        if steps.normalize {
            implied_dependencies(svc);
        }
    }
    dependency_cycles(&out)?;
    // depends_on must name services of the project.
    for (svc_name, svc) in out.iter().filter(|_| steps.consistency) {
        if let Some(Value::Mapping(deps)) = svc.get("depends_on") {
            for (dep, cfg) in deps {
                let dep = dep.as_str().unwrap_or_default();
                let required = cfg.get("required").and_then(Value::as_bool).unwrap_or(true);
                if !out.contains_key(dep) && required {
                    bail!("service {svc_name:?} depends on undefined service {dep:?}: invalid compose project");
                }
            }
        }
    }
    // Networks: the implicit default, and each one's name.
    let mut networks: BTreeMap<String, Mapping> = BTreeMap::new();
    if let Some(Value::Mapping(m)) = doc.remove("networks") {
        for (k, v) in m {
            let n = k.as_str().unwrap_or_default().to_string();
            let mut cfg = v.as_mapping().cloned().unwrap_or_default();
            resource(&mut cfg, &working_dir, &env);
            networks.insert(n, cfg);
        }
    }
    for section in ["secrets", "configs"] {
        if let Some(Value::Mapping(items)) = doc.get_mut(section) {
            for (_, v) in items.iter_mut() {
                if let Value::Mapping(cfg) = v {
                    resource(cfg, &working_dir, &env);
                }
            }
        }
    }
    let uses_default = out.values().any(|svc| {
        svc.get("networks")
            .and_then(Value::as_mapping)
            .is_some_and(|n| n.contains_key("default"))
    });
    if uses_default && steps.normalize {
        networks.entry("default".into()).or_default();
    }
    for (n, cfg) in networks.iter_mut().filter(|_| steps.normalize) {
        default_name(cfg, n, &name);
    }
    for (svc_name, svc) in out.iter().filter(|_| steps.consistency) {
        if let Some(Value::Mapping(nets)) = svc.get("networks") {
            for n in nets.keys() {
                let n = n.as_str().unwrap_or_default();
                if !networks.contains_key(n) {
                    bail!("service {svc_name:?} refers to undefined network {n}: invalid compose project");
                }
            }
        }
    }
    let mut volumes: BTreeMap<String, Mapping> = BTreeMap::new();
    if let Some(Value::Mapping(m)) = doc.remove("volumes") {
        for (k, v) in m {
            let n = k.as_str().unwrap_or_default().to_string();
            let mut cfg = v.as_mapping().cloned().unwrap_or_default();
            if let Some(Value::Mapping(ext)) = cfg.get("external") {
                if ext.contains_key("name") && cfg.contains_key("name") {
                    bail!("volumes.{n}: name and external.name conflict; only use name");
                }
            }
            resource(&mut cfg, &working_dir, &env);
            // A local bind volume's device is a path, made absolute.
            if let Some(Value::Mapping(opts)) = cfg.get_mut("driver_opts") {
                let bind = opts
                    .get("o")
                    .and_then(text)
                    .is_some_and(|o| o.split(',').any(|x| x == "bind"));
                if bind {
                    if let Some(device) = opts.get("device").and_then(text) {
                        opts.insert(s("device"), s(&absolute(&working_dir, &device, &env)));
                    }
                }
            }
            let external = cfg
                .get("external")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            if external {
                for k in ["driver", "driver_opts", "labels"] {
                    if cfg.contains_key(k) {
                        bail!("volumes.{n}: conflicting parameters \"external\" and \"{k}\" specified");
                    }
                }
            }
            if steps.normalize {
                default_name(&mut cfg, &n, &name);
            }
            volumes.insert(n, cfg);
        }
    }
    for (svc_name, svc) in out.iter().filter(|_| steps.consistency) {
        if let Some(Value::Sequence(vols)) = svc.get("volumes") {
            for v in vols {
                let is_volume = v.get("type").and_then(Value::as_str) == Some("volume");
                if let (true, Some(src)) = (is_volume, v.get("source").and_then(Value::as_str)) {
                    if !volumes.contains_key(src) {
                        bail!("service {svc_name:?} refers to undefined volume {src}: invalid compose project");
                    }
                }
            }
        }
    }
    doc.remove("name");
    doc.remove("version");
    let other = doc
        .into_iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (k.to_string(), v)))
        .collect();
    Ok(Project {
        name,
        working_dir,
        config_files,
        environment: env.into_iter().collect(),
        services: out,
        networks,
        volumes,
        other,
        all_profiles,
    })
}

/// A top-level network, volume, secret or config in canonical form: the
/// deprecated `external: {name: X}` as `name: X` + `external: true`, driver
/// options as strings, a secret's or config's file as an absolute path.
fn resource(cfg: &mut Mapping, dir: &Path, env: &HashMap<String, String>) {
    if let Some(Value::Mapping(ext)) = cfg.get("external").cloned() {
        if let Some(name) = ext.get("name").cloned() {
            cfg.entry(s("name")).or_insert(name);
        }
        cfg.insert(s("external"), Value::Bool(true));
    }
    if let Some(Value::Mapping(opts)) = cfg.get_mut("driver_opts") {
        for (_, v) in opts.iter_mut() {
            if let Some(t) = text(v) {
                *v = s(&t);
            }
        }
    }
    if let Some(file) = cfg.get("file").and_then(text) {
        cfg.insert(s("file"), s(&absolute(dir, &file, env)));
    }
}

/// A network's or volume's name when the file gives none: `<project>_<key>`,
/// or the key itself for an external one.
fn default_name(cfg: &mut Mapping, key: &str, project: &str) {
    if cfg.contains_key("name") {
        return;
    }
    let external = cfg
        .get("external")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let full = if external {
        key.to_string()
    } else {
        format!("{project}_{key}")
    };
    cfg.insert(s("name"), s(&full));
}

/// The services named on the command line and everything they depend on,
/// as compose-go's WithSelectedServices (None: no selection).
fn selection(services: &Mapping, selected: &[String]) -> Result<Option<Vec<String>>> {
    if selected.is_empty() {
        return Ok(None);
    }
    let mut wanted: Vec<String> = Vec::new();
    let mut todo: Vec<String> = selected.to_vec();
    while let Some(name) = todo.pop() {
        if wanted.contains(&name) {
            continue;
        }
        let Some(svc) = services.get(name.as_str()) else {
            bail!("no such service: {name}");
        };
        let deps: Vec<String> = match svc.get("depends_on") {
            Some(Value::Sequence(list)) => list.iter().filter_map(text).collect(),
            Some(Value::Mapping(map)) => map.keys().filter_map(text).collect(),
            _ => Vec::new(),
        };
        todo.extend(deps);
        wanted.push(name);
    }
    Ok(Some(wanted))
}

/// Only the implicit `networks: {default: null}` normalisation added.
fn is_default_only(svc: &Mapping) -> bool {
    svc.get("networks")
        .and_then(Value::as_mapping)
        .is_some_and(|n| n.len() == 1 && n.get("default").is_some_and(Value::is_null))
}

/// `volumes_from: [service]`, `ipc: service:x`, `network_mode: service:x`
/// make the service depend on x (compose-go's normalisation).
fn implied_dependencies(svc: &mut Mapping) {
    let mut deps: Vec<String> = Vec::new();
    if let Some(Value::Sequence(from)) = svc.get("volumes_from") {
        for f in from.iter().filter_map(Value::as_str) {
            if !f.starts_with("container:") {
                deps.push(f.split(':').next().unwrap_or(f).to_string());
            }
        }
    }
    for key in ["ipc", "network_mode", "pid"] {
        if let Some(other) = svc
            .get(key)
            .and_then(Value::as_str)
            .and_then(|v| v.strip_prefix("service:"))
        {
            deps.push(other.to_string());
        }
    }
    if deps.is_empty() {
        return;
    }
    let mut map = svc
        .get("depends_on")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    for d in deps {
        if !map.contains_key(d.as_str()) {
            let mut cfg = Mapping::new();
            cfg.insert(s("condition"), s("service_started"));
            cfg.insert(s("required"), Value::Bool(true));
            map.insert(s(&d), Value::Mapping(cfg));
        }
    }
    svc.insert(s("depends_on"), Value::Mapping(map));
}

/// compose-go's "dependency cycle detected: a -> b -> a".
fn dependency_cycles(services: &BTreeMap<String, Mapping>) -> Result<()> {
    fn visit(
        name: &str,
        services: &BTreeMap<String, Mapping>,
        stack: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Result<()> {
        if let Some(at) = stack.iter().position(|n| n == name) {
            let mut cycle: Vec<String> = stack[at..].to_vec();
            cycle.push(name.to_string());
            bail!("dependency cycle detected: {}", cycle.join(" -> "));
        }
        if done.iter().any(|n| n == name) {
            return Ok(());
        }
        stack.push(name.to_string());
        if let Some(Value::Mapping(deps)) = services.get(name).and_then(|s| s.get("depends_on")) {
            for d in deps.keys().filter_map(Value::as_str) {
                visit(d, services, stack, done)?;
            }
        }
        stack.pop();
        done.push(name.to_string());
        Ok(())
    }
    let mut done = Vec::new();
    for name in services.keys() {
        visit(name, services, &mut Vec::new(), &mut done)?;
    }
    Ok(())
}

fn absolute(dir: &Path, p: &str, env: &HashMap<String, String>) -> String {
    let expanded = match p.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            format!(
                "{}{rest}",
                env.get("HOME").map(String::as_str).unwrap_or("")
            )
        }
        _ => p.to_string(),
    };
    let path = Path::new(&expanded);
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        dir.join(path)
    };
    // Lexically clean (`.` and `..`), as Go's filepath.Abs does.
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out.display().to_string()
}

/// `K=V` list or map, as a map of strings (a key alone: from `env`, else null).
fn mapping_with_equals(v: &Value, env: Option<&HashMap<String, String>>) -> Mapping {
    let mut out = Mapping::new();
    let resolve = |k: &str| -> Value {
        env.and_then(|e| e.get(k))
            .map(|v| s(v))
            .unwrap_or(Value::Null)
    };
    match v {
        Value::Sequence(items) => {
            for item in items {
                let Some(t) = text(item) else { continue };
                match t.split_once('=') {
                    Some((k, v)) => {
                        out.insert(s(k), s(v));
                    }
                    None => {
                        let value = if env.is_some() { resolve(&t) } else { s("") };
                        out.insert(s(&t), value);
                    }
                }
            }
        }
        Value::Mapping(m) => {
            for (k, v) in m {
                let k = text(k).unwrap_or_default();
                let value = match text(v) {
                    Some(t) => s(&t),
                    None if env.is_some() => resolve(&k),
                    None => s(""),
                };
                out.insert(s(&k), value);
            }
        }
        _ => {}
    }
    let mut sorted: Vec<(Value, Value)> = out.into_iter().collect();
    sorted.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
    sorted.into_iter().collect()
}

fn service(
    name: &str,
    svc: Mapping,
    dir: &Path,
    env: &HashMap<String, String>,
    normalize: bool,
) -> Result<Mapping> {
    let ctx = |what: &str| format!("services.{name}.{what}");
    let mut m: BTreeMap<String, Value> = BTreeMap::new();
    for (k, v) in svc {
        let k = k
            .as_str()
            .ok_or_else(|| anyhow!("services.{name}: a key must be a string"))?
            .to_string();
        m.insert(k, v);
    }
    if let Some(b) = m.get("build").cloned() {
        let mut build = match b {
            Value::String(ctx_dir) => {
                let mut b = Mapping::new();
                b.insert(s("context"), s(&ctx_dir));
                b
            }
            Value::Mapping(b) => b,
            _ => bail!("{} must be a string or a mapping", ctx("build")),
        };
        let context = build
            .get("context")
            .and_then(text)
            .unwrap_or_else(|| ".".into());
        // A remote context (a git or https URL) is kept as written.
        if !(context.contains("://") || context.starts_with("git@")) {
            build.insert(s("context"), s(&absolute(dir, &context, env)));
        }
        if !build.contains_key("dockerfile") && !build.contains_key("dockerfile_inline") {
            build.insert(s("dockerfile"), s("Dockerfile"));
        }
        m.insert("build".into(), Value::Mapping(build));
    }
    // develop.watch paths are absolute in compose-go's canonical form.
    if let Some(Value::Mapping(develop)) = m.get_mut("develop") {
        if let Some(Value::Sequence(rules)) = develop.get_mut("watch") {
            for rule in rules.iter_mut() {
                if let Some(Value::String(path)) = rule.get_mut("path") {
                    *path = absolute(dir, path, env);
                }
            }
        }
    }
    for k in ["command", "entrypoint"] {
        if let Some(v) = m.get(k) {
            let list = command_list(v).map_err(|e| anyhow!("{}: {e}", ctx(k)))?;
            m.insert(k.into(), list);
        }
    }
    if let Some(v) = m.get("environment") {
        m.insert(
            "environment".into(),
            Value::Mapping(mapping_with_equals(v, Some(env))),
        );
    }
    for k in ["labels", "annotations", "sysctls"] {
        if let Some(v) = m.get(k) {
            m.insert(k.into(), Value::Mapping(mapping_with_equals(v, None)));
        }
    }
    if let Some(v) = m.get("env_file").cloned() {
        let items = match v {
            Value::Sequence(s) => s,
            other => vec![other],
        };
        let mut out = Vec::new();
        for item in items {
            let (path, required) = match &item {
                Value::Mapping(f) => (
                    f.get("path").and_then(text).unwrap_or_default(),
                    f.get("required").and_then(Value::as_bool).unwrap_or(true),
                ),
                other => (text(other).unwrap_or_default(), true),
            };
            let mut f = Mapping::new();
            f.insert(s("path"), s(&absolute(dir, &path, env)));
            // compose-go's OptOut: written only when false.
            if !required {
                f.insert(s("required"), Value::Bool(false));
            }
            out.push(Value::Mapping(f));
        }
        m.insert("env_file".into(), Value::Sequence(out));
    }
    // env_file's variables join `environment`, which wins over them.
    if let Some(Value::Sequence(files)) = m.get("env_file").cloned() {
        let mut from_files = Mapping::new();
        for f in &files {
            let path = f.get("path").and_then(Value::as_str).unwrap_or_default();
            let required = f.get("required").and_then(Value::as_bool).unwrap_or(true);
            let content = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => bail!(
                    "env file {path} not found: stat {path}: {}",
                    crate::engine::go_error(&e)
                ),
            };
            let vars = super::dotenv::parse(&content, &|k| env.get(k).cloned())
                .map_err(|e| anyhow!("failed to read {path}: {e}"))?;
            for (k, v) in vars {
                from_files.insert(s(&k), s(&v));
            }
        }
        overlay_sorted(&mut m, "environment", from_files);
    }
    // label_file: absolute paths; their labels join `labels`, which win.
    if let Some(v) = m.get("label_file").cloned() {
        let items = match v {
            Value::Sequence(s) => s,
            other => vec![other],
        };
        let mut paths = Vec::new();
        let mut from_files = Mapping::new();
        for item in items {
            let path = absolute(dir, &text(&item).unwrap_or_default(), env);
            let content = std::fs::read_to_string(&path).map_err(|e| {
                anyhow!(
                    "label file {path} not found: stat {path}: {}",
                    crate::engine::go_error(&e)
                )
            })?;
            // Labels are never interpolated from the environment.
            let vars = super::dotenv::parse(&content, &|_| None)
                .map_err(|e| anyhow!("failed to read {path}: {e}"))?;
            for (k, v) in vars {
                from_files.insert(s(&k), s(&v));
            }
            paths.push(s(&path));
        }
        overlay_sorted(&mut m, "labels", from_files);
        m.insert("label_file".into(), Value::Sequence(paths));
    }
    // extra_hosts: `host=ip` entries sorted by host, as compose-go prints them.
    if let Some(v) = m.get("extra_hosts").cloned() {
        let mut hosts: Vec<(String, String)> = Vec::new();
        match v {
            Value::Mapping(map) => {
                for (h, ips) in map {
                    let h = text(&h).unwrap_or_default();
                    match ips {
                        Value::Sequence(list) => {
                            hosts.extend(list.iter().filter_map(text).map(|ip| (h.clone(), ip)))
                        }
                        other => hosts.push((h, text(&other).unwrap_or_default())),
                    }
                }
            }
            Value::Sequence(list) => {
                for e in list.iter().filter_map(text) {
                    let (h, ip) = e
                        .split_once('=')
                        .or_else(|| e.split_once(':'))
                        .unwrap_or((e.as_str(), ""));
                    hosts.push((h.to_string(), ip.to_string()));
                }
            }
            _ => {}
        }
        hosts.sort_by(|a, b| a.0.cmp(&b.0));
        let entries = hosts
            .into_iter()
            .map(|(h, ip)| s(&format!("{h}={ip}")))
            .collect();
        m.insert("extra_hosts".into(), Value::Sequence(entries));
    }
    if let Some(Value::Mapping(build)) = m.get_mut("build") {
        if let Some(v) = build.get("labels") {
            let labels = Value::Mapping(mapping_with_equals(v, None));
            build.insert(s("labels"), labels);
        }
        if let Some(Value::Mapping(contexts)) = build.get_mut("additional_contexts") {
            for (_, c) in contexts.iter_mut() {
                if let Value::String(path) = c {
                    // Image and URL contexts (docker-image://, https://) stay as they are.
                    if !path.contains("://") {
                        *path = absolute(dir, path, env);
                    }
                }
            }
        }
    }
    if let Some(Value::Mapping(deploy)) = m.get_mut("deploy") {
        if let Some(v) = deploy.get("labels") {
            let labels = Value::Mapping(mapping_with_equals(v, None));
            deploy.insert(s("labels"), labels);
        }
    }
    if let Some(Value::Sequence(vols)) = m.get_mut("volumes") {
        for v in vols.iter_mut() {
            if let Some(Value::Mapping(t)) = v.get_mut("tmpfs") {
                if let Some(size) = t.get("size").cloned() {
                    let bytes =
                        unit_bytes(&size).map_err(|e| anyhow!("{}: {e}", ctx("volumes")))?;
                    t.insert(s("size"), bytes);
                }
            }
        }
    }
    // Durations print as Go's Duration.String() (`60s` is `1m0s`).
    let durations: &[&[&str]] = &[
        &["stop_grace_period"],
        &["healthcheck", "interval"],
        &["healthcheck", "timeout"],
        &["healthcheck", "start_period"],
        &["healthcheck", "start_interval"],
        &["deploy", "update_config", "delay"],
        &["deploy", "update_config", "monitor"],
        &["deploy", "rollback_config", "delay"],
        &["deploy", "rollback_config", "monitor"],
        &["deploy", "restart_policy", "delay"],
        &["deploy", "restart_policy", "window"],
    ];
    for path in durations {
        let canonical = |text: &str| match crate::engine::time::parse_go_duration(text) {
            Some((false, d)) => Ok(Value::String(crate::engine::time::go_duration_string(d))),
            _ => Err(anyhow!(
                "{}: invalid duration {text:?}",
                ctx(&path.join("."))
            )),
        };
        let Some((first, rest)) = path.split_first() else {
            continue;
        };
        let Some(top) = m.get_mut(*first) else {
            continue;
        };
        let Some((last, middle)) = rest.split_last() else {
            if let Value::String(text) = top {
                *top = canonical(text)?;
            }
            continue;
        };
        let mut at = Some(top);
        for p in middle {
            at = at.and_then(|v| match v {
                Value::Mapping(next) => next.get_mut(*p),
                _ => None,
            });
        }
        if let Some(Value::Mapping(holder)) = at {
            if let Some(Value::String(text)) = holder.get(*last) {
                let value = canonical(text)?;
                holder.insert(s(last), value);
            }
        }
    }
    // File modes (compose-go's FileMode): text is octal, and both print as `0NNN`.
    for key in ["secrets", "configs"] {
        if let Some(Value::Sequence(items)) = m.get_mut(key) {
            for item in items.iter_mut() {
                if let Value::String(source) = item {
                    let mut long = Mapping::new();
                    long.insert(s("source"), s(source));
                    *item = Value::Mapping(long);
                }
                let Value::Mapping(f) = item else { continue };
                let mode = match f.get("mode") {
                    Some(Value::Number(n)) => n.as_u64(),
                    Some(Value::String(t)) => Some(
                        u64::from_str_radix(t.trim(), 8)
                            .map_err(|_| anyhow!("{}: invalid file mode {t:?}", ctx(key)))?,
                    ),
                    _ => None,
                };
                if let Some(mode) = mode {
                    f.insert(s("mode"), s(&format!("0{mode:o}")));
                }
                // compose-go's default: a secret lands in /run/secrets.
                if key == "secrets" && !f.contains_key("target") {
                    if let Some(source) = f.get("source").and_then(Value::as_str) {
                        let target = format!("/run/secrets/{source}");
                        f.insert(s("target"), s(&target));
                    }
                }
            }
        }
    }
    // Byte sizes (compose-go's UnitBytes) are printed as a count of bytes.
    for k in ["shm_size", "mem_limit", "mem_reservation", "memswap_limit"] {
        if let Some(v) = m.get(k).cloned() {
            m.insert(
                k.into(),
                unit_bytes(&v).map_err(|e| anyhow!("{}: {e}", ctx(k)))?,
            );
        }
    }
    if let Some(Value::Mapping(build)) = m.get_mut("build") {
        if let Some(v) = build.get("shm_size").cloned() {
            build.insert(
                s("shm_size"),
                unit_bytes(&v).map_err(|e| anyhow!("{}: {e}", ctx("build.shm_size")))?,
            );
        }
    }
    if let Some(Value::Mapping(deploy)) = m.get_mut("deploy") {
        if let Some(Value::Mapping(resources)) = deploy.get_mut("resources") {
            for (_, r) in resources.iter_mut() {
                if let Value::Mapping(r) = r {
                    if let Some(v) = r.get("memory").cloned() {
                        r.insert(
                            s("memory"),
                            unit_bytes(&v)
                                .map_err(|e| anyhow!("{}: {e}", ctx("deploy.resources")))?,
                        );
                    }
                }
            }
        }
    }
    if let Some(Value::Sequence(items)) = m.get("expose") {
        let items = items.iter().filter_map(text).map(Value::String).collect();
        m.insert("expose".into(), Value::Sequence(items));
    }
    if let Some(v) = m.get("ports").cloned() {
        let items = v
            .as_sequence()
            .cloned()
            .ok_or_else(|| anyhow!("{} must be a list", ctx("ports")))?;
        let mut out = Vec::new();
        for p in items {
            match p {
                Value::Mapping(mut pm) => {
                    let mut port = Mapping::new();
                    for k in [
                        "name",
                        "mode",
                        "host_ip",
                        "target",
                        "published",
                        "protocol",
                        "app_protocol",
                    ] {
                        let v = match k {
                            "mode" => pm.remove(k).or(Some(s("ingress"))),
                            "protocol" => pm.remove(k).or(Some(s("tcp"))),
                            "published" => pm.remove(k).and_then(|v| text(&v)).map(Value::String),
                            _ => pm.remove(k),
                        };
                        if let Some(v) = v {
                            port.insert(s(k), v);
                        }
                    }
                    out.push(Value::Mapping(port));
                }
                other => {
                    let spec = text(&other)
                        .ok_or_else(|| anyhow!("{}: invalid port {other:?}", ctx("ports")))?;
                    // Not interpolated (`config --no-interpolate`): kept as written.
                    if spec.contains('$') {
                        out.push(other);
                        continue;
                    }
                    for b in crate::engine::ports::parse_publish(&spec)
                        .map_err(|e| anyhow!("{}: {e}", ctx("ports")))?
                    {
                        let mut port = Mapping::new();
                        port.insert(s("mode"), s("ingress"));
                        if !b.host_ip.is_empty() {
                            port.insert(s("host_ip"), s(&b.host_ip));
                        }
                        port.insert(s("target"), Value::Number(b.container_port.into()));
                        if b.host_port != 0 {
                            port.insert(s("published"), s(&b.host_port.to_string()));
                        }
                        port.insert(s("protocol"), s(&b.protocol));
                        out.push(Value::Mapping(port));
                    }
                }
            }
        }
        m.insert("ports".into(), Value::Sequence(out));
    }
    if let Some(v) = m.get("volumes").cloned() {
        let items = v
            .as_sequence()
            .cloned()
            .ok_or_else(|| anyhow!("{} must be a list", ctx("volumes")))?;
        let mut out = Vec::new();
        for item in items {
            out.push(volume(&item, dir, env).map_err(|e| anyhow!("{}: {e}", ctx("volumes")))?);
        }
        m.insert("volumes".into(), Value::Sequence(out));
    }
    match m.get("networks").cloned() {
        Some(Value::Sequence(list)) => {
            let nets: Mapping = list
                .iter()
                .filter_map(text)
                .map(|n| (s(&n), Value::Null))
                .collect();
            m.insert("networks".into(), Value::Mapping(nets));
        }
        Some(Value::Mapping(_)) => {}
        None if normalize && !m.contains_key("network_mode") => {
            let mut nets = Mapping::new();
            nets.insert(s("default"), Value::Null);
            m.insert("networks".into(), Value::Mapping(nets));
        }
        _ => {}
    }
    if let Some(v) = m.get("depends_on").cloned() {
        let mut deps = Mapping::new();
        let long = |cfg: Option<&Mapping>| {
            let mut d = Mapping::new();
            let get = |k: &str| cfg.and_then(|c| c.get(k)).cloned();
            d.insert(
                s("condition"),
                get("condition").unwrap_or(s("service_started")),
            );
            if let Some(r) = get("restart") {
                d.insert(s("restart"), r);
            }
            d.insert(s("required"), get("required").unwrap_or(Value::Bool(true)));
            Value::Mapping(d)
        };
        match v {
            Value::Sequence(list) => {
                for d in list.iter().filter_map(text) {
                    deps.insert(s(&d), long(None));
                }
            }
            Value::Mapping(map) => {
                for (d, cfg) in map {
                    deps.insert(d, long(cfg.as_mapping()));
                }
            }
            _ => bail!("{} must be a list or a mapping", ctx("depends_on")),
        }
        m.insert("depends_on".into(), Value::Mapping(deps));
    }
    if let Some(Value::Mapping(hc)) = m.get("healthcheck").cloned() {
        let mut hc = hc;
        if let Some(Value::String(t)) = hc.get("test").cloned() {
            hc.insert(s("test"), Value::Sequence(vec![s("CMD-SHELL"), s(&t)]));
        }
        m.insert("healthcheck".into(), Value::Mapping(hc));
    }
    // compose-go's field order.
    let mut ordered: Vec<(String, Value)> = m.into_iter().collect();
    ordered.sort_by_key(|(k, _)| {
        SERVICE_KEYS
            .iter()
            .position(|x| x == k)
            .unwrap_or(SERVICE_KEYS.len())
    });
    Ok(ordered.into_iter().map(|(k, v)| (s(&k), v)).collect())
}

/// A size as compose-go's UnitBytes prints it: bytes, as a string (`2gb` →
/// `"2147483648"`, `-1` stays `"-1"`).
fn unit_bytes(v: &Value) -> Result<Value> {
    let bytes = match v {
        Value::Number(n) => n.as_i64().ok_or_else(|| anyhow!("invalid size {n}"))?,
        Value::String(t) if t.trim() == "-1" => -1,
        Value::String(t) => crate::engine::spec::docker::ram_in_bytes(t)?,
        other => bail!("invalid size {other:?}"),
    };
    Ok(s(&bytes.to_string()))
}

/// One `volumes:` entry of a service, in long syntax.
fn volume(item: &Value, dir: &Path, env: &HashMap<String, String>) -> Result<Value> {
    let spec = match item {
        Value::Mapping(m) => {
            let mut m = m.clone();
            if m.get("type").and_then(Value::as_str) == Some("bind") {
                if let Some(src) = m.get("source").and_then(text) {
                    m.insert(s("source"), s(&absolute(dir, &src, env)));
                }
            }
            return Ok(Value::Mapping(m));
        }
        other => text(other).ok_or_else(|| anyhow!("invalid volume {other:?}"))?,
    };
    let parts: Vec<&str> = spec.split(':').collect();
    let (source, target, mode) = match parts.as_slice() {
        [t] => ("", *t, ""),
        [s, t] => (*s, *t, ""),
        [s, t, m] => (*s, *t, *m),
        _ => bail!("invalid spec: {spec}: too many colons"),
    };
    if parts.iter().any(|p| p.is_empty()) && parts.len() > 1 {
        bail!("invalid spec: {spec}: empty section between colons");
    }
    let mut v = Mapping::new();
    let bind = source.starts_with(['.', '/', '~']);
    let kind = if bind { "bind" } else { "volume" };
    v.insert(s("type"), s(kind));
    if !source.is_empty() {
        let src = if bind {
            absolute(dir, source, env)
        } else {
            source.to_string()
        };
        v.insert(s("source"), s(&src));
    }
    v.insert(s("target"), s(target));
    let opts: Vec<&str> = mode.split(',').filter(|o| !o.is_empty()).collect();
    if opts.contains(&"ro") {
        v.insert(s("read_only"), Value::Bool(true));
    }
    if bind {
        let mut b = Mapping::new();
        if let Some(p) = opts
            .iter()
            .find(|o| o.contains("shared") || o.contains("slave") || o.contains("private"))
        {
            b.insert(s("propagation"), s(p));
        }
        if let Some(z) = opts.iter().find(|o| **o == "z" || **o == "Z") {
            b.insert(s("selinux"), s(z));
        }
        v.insert(s("bind"), Value::Mapping(b));
    } else {
        let mut vol = Mapping::new();
        if opts.contains(&"nocopy") {
            vol.insert(s("nocopy"), Value::Bool(true));
        }
        v.insert(s("volume"), Value::Mapping(vol));
    }
    Ok(Value::Mapping(v))
}

impl Project {
    /// The project as `compose config --format json` prints it: as YAML,
    /// but every service has `command` and `entrypoint` (null when unset),
    /// as compose-go's JSON tags say.
    pub fn to_json_value(&self) -> Value {
        let mut v = self.to_value();
        // Go marshals the project as a map: top-level keys sorted.
        if let Value::Mapping(top) = &mut v {
            let mut keys: Vec<(Value, Value)> = std::mem::take(top).into_iter().collect();
            keys.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
            *top = keys.into_iter().collect();
        }
        // compose-go's JSON keeps x- extensions only at the top, and gives
        // every network its (non-pointer) ipam.
        for section in ["services", "networks", "volumes", "secrets", "configs"] {
            if let Some(Value::Mapping(items)) = v.get_mut(section) {
                for (_, item) in items.iter_mut() {
                    if let Value::Mapping(m) = item {
                        m.retain(|k, _| !k.as_str().is_some_and(|k| k.starts_with("x-")));
                        if section == "networks" && !m.contains_key("ipam") {
                            m.insert(s("ipam"), Value::Mapping(Mapping::new()));
                        }
                    }
                }
            }
        }
        if let Some(Value::Mapping(services)) = v.get_mut("services") {
            for (_, svc) in services.iter_mut() {
                let Value::Mapping(m) = svc else { continue };
                for k in ["command", "entrypoint"] {
                    if !m.contains_key(k) {
                        m.insert(s(k), Value::Null);
                    }
                }
                let mut ordered: Vec<(Value, Value)> = std::mem::take(m).into_iter().collect();
                ordered.sort_by_key(|(k, _)| {
                    SERVICE_KEYS
                        .iter()
                        .position(|x| Some(*x) == k.as_str())
                        .unwrap_or(SERVICE_KEYS.len())
                });
                *m = ordered.into_iter().collect();
            }
        }
        v
    }

    /// The configuration hash of a service (`config --hash`, and the label
    /// the runner puts on its containers to know when to recreate them): the
    /// SHA-256 of its JSON without what does not change a container (build,
    /// pull_policy, scale, deploy.replicas).
    pub fn service_hash(&self, service: &str) -> Option<String> {
        use sha2::Digest as _;
        let json = self.to_json_value();
        let mut svc = json.get("services")?.get(service)?.as_mapping()?.clone();
        for k in ["build", "pull_policy", "scale"] {
            svc.remove(k);
        }
        if let Some(Value::Mapping(deploy)) = svc.get_mut("deploy") {
            deploy.insert(s("replicas"), Value::Number(1.into()));
        }
        let text = super::emit::to_json_compact(&Value::Mapping(svc));
        Some(hex::encode(sha2::Sha256::digest(text.as_bytes())))
    }

    /// The project as `compose config` prints it.
    pub fn to_value(&self) -> Value {
        let mut top = Mapping::new();
        top.insert(s("name"), s(&self.name));
        let services: Mapping = self
            .services
            .iter()
            .map(|(k, v)| (s(k), Value::Mapping(v.clone())))
            .collect();
        top.insert(s("services"), Value::Mapping(services));
        for (section, items) in [("networks", &self.networks), ("volumes", &self.volumes)] {
            if !items.is_empty() {
                let m: Mapping = items
                    .iter()
                    .map(|(k, v)| (s(k), Value::Mapping(v.clone())))
                    .collect();
                top.insert(s(section), Value::Mapping(m));
            }
        }
        for (k, v) in &self.other {
            top.insert(s(k), v.clone());
        }
        Value::Mapping(top)
    }
}

/// `m[key]` becomes `from_files` with `m[key]`'s own entries over them,
/// sorted by name (env_file under environment, label_file under labels).
fn overlay_sorted(m: &mut BTreeMap<String, Value>, key: &str, mut from_files: Mapping) {
    if let Some(Value::Mapping(own)) = m.get(key) {
        for (k, v) in own.clone() {
            from_files.insert(k, v);
        }
    }
    let mut sorted: Vec<(Value, Value)> = from_files.into_iter().collect();
    sorted.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
    m.insert(key.into(), Value::Mapping(sorted.into_iter().collect()));
}
