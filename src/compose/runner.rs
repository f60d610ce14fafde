//! Running a project on the engine, as docker compose v2 does: `up`
//! converges networks, volumes and containers on the model (create what is
//! missing, recreate what changed, start in dependency order and wait for
//! each dependency's condition); `down` takes it all away. The state is in
//! the engine's labels; a project lock keeps two runs from racing. Nothing
//! here prints: progress goes to a [`Progress`] the caller renders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};

use super::convert::{self, Resources, Target};
use super::labels;
use super::model::{Condition, Service};
use super::Project;
use crate::engine::container::{Container, HealthStatus, Status, VolumeMount};
use crate::engine::image::pull::{NoProgress, PullOptions};
use crate::engine::ops;
use crate::engine::spec::{Mount, PullPolicy, VolumeRequest};
use crate::engine::store::lock::FileLock;
use crate::engine::Engine;

/// What a progress line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Network,
    Volume,
    Container,
    Image,
    /// A service as a whole (pull).
    Service,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Network => "Network",
            Kind::Volume => "Volume",
            Kind::Container => "Container",
            Kind::Image => "Image",
            Kind::Service => "",
        }
    }
}

/// The states compose v2 shows a resource in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Creating,
    Created,
    Recreate,
    Recreated,
    Starting,
    Started,
    Running,
    Waiting,
    Healthy,
    Exited,
    Stopping,
    Stopped,
    Removing,
    Removed,
    Killing,
    Killed,
    Pausing,
    Paused,
    Unpausing,
    Unpaused,
    Pulling,
    Pulled,
    Building,
    Built,
    Warning(String),
    Error(String),
}

impl Event {
    pub fn text(&self) -> String {
        match self {
            Event::Error(e) => format!("Error {e}"),
            Event::Warning(w) => w.clone(),
            other => format!("{other:?}"),
        }
    }
}

/// Where the runner reports what it does.
pub trait Progress: Sync {
    fn event(&self, kind: Kind, name: &str, event: Event);
    fn warning(&self, text: &str);
}

/// What the runner asks of an image builder for a service's `build:`.
#[derive(Debug, Clone)]
pub struct BuildRequest {
    pub service: String,
    pub context: PathBuf,
    /// The Dockerfile: a path (relative to the context) or inline text.
    pub dockerfile: Option<String>,
    pub dockerfile_inline: Option<String>,
    pub args: BTreeMap<String, Option<String>>,
    pub target: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// The name the image gets.
    pub tag: String,
    pub no_cache: bool,
    pub pull: bool,
}

/// Builds images for services (the CLI hands the runner skiff's builder;
/// compose does not depend on it).
pub trait ImageBuilder: Sync {
    fn build(&self, request: &BuildRequest) -> Result<()>;
}

/// When `up` builds a service that has a `build:` section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BuildPolicy {
    /// When its image is missing (or pull_policy says build).
    #[default]
    Missing,
    /// `--build`: every time.
    Always,
    /// `--no-build`: never; a missing image is an error.
    Never,
}

/// `up`'s flags.
#[derive(Debug, Clone, Default)]
pub struct UpOptions {
    /// The services named on the command line (all when empty).
    pub services: Vec<String>,
    pub no_deps: bool,
    pub force_recreate: bool,
    pub no_recreate: bool,
    pub always_recreate_deps: bool,
    pub remove_orphans: bool,
    pub no_start: bool,
    pub renew_anon_volumes: bool,
    pub scale: BTreeMap<String, u32>,
    /// Seconds to wait for a container to stop when it is replaced.
    pub timeout: Option<i64>,
    pub pull: Option<PullPolicy>,
    /// Wait until every container runs (healthy, where it has a check).
    pub wait: bool,
    pub wait_timeout: Option<Duration>,
    pub build: BuildPolicy,
}

/// `run`'s flags: what a one-off container changes of its service.
#[derive(Debug, Clone, Default)]
pub struct OneOff {
    pub name: Option<String>,
    pub command: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    /// `KEY=VALUE` entries over the service's.
    pub env: Vec<String>,
    pub mounts: Vec<crate::engine::spec::Mount>,
    pub ports: Vec<crate::engine::ports::PortBinding>,
    /// Publish the service's own ports (`--service-ports`).
    pub service_ports: bool,
    pub use_aliases: bool,
    pub no_deps: bool,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub tty: bool,
    pub interactive: bool,
    pub remove: bool,
}

/// `down --rmi`: which images go with the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveImages {
    /// Every service's image.
    All,
    /// Only images without a custom tag: those compose would have built
    /// (`<project>-<service>`).
    Local,
}

impl std::str::FromStr for RemoveImages {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<RemoveImages> {
        match s {
            "all" => Ok(RemoveImages::All),
            "local" => Ok(RemoveImages::Local),
            other => bail!("invalid --rmi {other:?}: want \"local\" or \"all\""),
        }
    }
}

/// `down`'s flags.
#[derive(Debug, Clone, Default)]
pub struct DownOptions {
    pub images: Option<RemoveImages>,
    pub volumes: bool,
    pub remove_orphans: bool,
    pub timeout: Option<i64>,
}

/// A service as `planned_services` gives it.
pub struct PlannedService {
    pub name: String,
    pub spec: crate::engine::spec::ContainerSpec,
    pub replicas: u32,
    pub depends_on: Vec<(String, crate::compose::model::Condition)>,
    /// The secrets and configs it mounts (also in `spec`, as binds).
    pub files: Vec<convert::ProjectFile>,
    /// Keys skiff cannot honour.
    pub warnings: Vec<String>,
}

/// A project bound to an engine.
pub struct Runner<'a> {
    pub engine: &'a Engine,
    pub project: &'a Project,
    pub services: BTreeMap<String, Service>,
    pub resources: Resources,
    progress: &'a dyn Progress,
    builder: Option<&'a dyn ImageBuilder>,
}

/// How long a dependency may take to become healthy or complete.
const DEPENDENCY_TIMEOUT: Duration = Duration::from_secs(600);

impl<'a> Runner<'a> {
    pub fn new(
        engine: &'a Engine,
        project: &'a Project,
        progress: &'a dyn Progress,
    ) -> Result<Runner<'a>> {
        let services = project
            .services
            .iter()
            .map(|(name, m)| Ok((name.clone(), Service::from_mapping(name, m)?)))
            .collect::<Result<BTreeMap<_, _>>>()?;
        Ok(Runner {
            engine,
            project,
            services,
            resources: Resources::of(project)?,
            progress,
            builder: None,
        })
    }

    /// Each service as the spec of its first container, with its replica
    /// count and what it waits for: the project for other formats (Kubernetes).
    pub fn planned_services(&self) -> Result<Vec<PlannedService>> {
        let state_dir = self.state_dir();
        let none = BTreeMap::new();
        let mut out = Vec::new();
        for (name, svc) in &self.services {
            let hash = self.project.service_hash(name).unwrap_or_default();
            let target = Target {
                project: self.project,
                resources: &self.resources,
                service: name,
                number: 1,
                config_hash: &hash,
                service_containers: &none,
                state_dir: &state_dir,
            };
            let (spec, warnings) = convert::spec(svc, &target)?;
            let files = convert::project_files(svc, &target)?;
            out.push(PlannedService {
                files,
                name: name.clone(),
                spec,
                replicas: svc
                    .deploy
                    .as_ref()
                    .and_then(|d| d.replicas)
                    .or(svc.scale)
                    .unwrap_or(1),
                depends_on: svc
                    .depends_on
                    .iter()
                    .map(|(d, dep)| (d.clone(), dep.condition))
                    .collect(),
                warnings,
            });
        }
        Ok(out)
    }

    /// The builder for services with a `build:` section.
    pub fn with_builder(mut self, builder: &'a dyn ImageBuilder) -> Runner<'a> {
        self.builder = Some(builder);
        self
    }

    /// Builds the services' images (all with a `build:` section when none are named).
    pub fn build(&self, services: &[String], no_cache: bool, pull: bool) -> Result<()> {
        for (name, svc) in &self.services {
            if svc.build.is_none() || (!services.is_empty() && !services.contains(name)) {
                continue;
            }
            self.build_service(name, svc, no_cache, pull)?;
        }
        Ok(())
    }

    fn build_service(
        &self,
        service: &str,
        svc: &Service,
        no_cache: bool,
        pull: bool,
    ) -> Result<()> {
        let Some(b) = &svc.build else {
            return Ok(());
        };
        let builder = self
            .builder
            .ok_or_else(|| anyhow!("service {service} needs a build, and no builder was given"))?;
        let tag = convert::image_name(&self.project.name, service, svc)?;
        for key in b.other.keys() {
            self.progress.warning(&format!(
                "service {service}: build.{key} is not supported by skiff build and is ignored"
            ));
        }
        let request = BuildRequest {
            service: service.to_string(),
            context: PathBuf::from(b.context.clone().unwrap_or_else(|| ".".into())),
            dockerfile: b.dockerfile.clone(),
            dockerfile_inline: b.dockerfile_inline.clone(),
            args: b
                .args
                .iter()
                .map(|(k, v)| (k.clone(), v.as_ref().map(|v| v.text())))
                .collect(),
            target: b.target.clone(),
            labels: b.labels.clone(),
            tag: tag.clone(),
            no_cache: no_cache || b.no_cache,
            pull: pull || b.pull,
        };
        self.progress.event(Kind::Service, service, Event::Building);
        builder
            .build(&request)
            .with_context(|| format!("service {service}: building {tag}"))?;
        self.progress.event(Kind::Service, service, Event::Built);
        Ok(())
    }

    /// Held for a whole `up` or `down`: two at once would both create the
    /// same containers.
    fn lock(&self) -> Result<FileLock> {
        let path = self.state_dir().join("lock");
        FileLock::exclusive(&path).with_context(|| format!("locking project {}", self.project.name))
    }

    fn state_dir(&self) -> PathBuf {
        self.engine
            .paths
            .root
            .join("compose")
            .join(&self.project.name)
    }

    /// The project's containers (one-off ones too), by name.
    pub fn containers(&self) -> Result<Vec<Container>> {
        project_containers(self.engine, &self.project.name)
    }

    /// The services to converge: those named (all when none) and, unless
    /// `no_deps`, everything they depend on; in dependency order.
    fn order(&self, named: &[String], no_deps: bool) -> Result<Vec<Vec<String>>> {
        for n in named {
            if !self.services.contains_key(n) {
                bail!("no such service: {n}");
            }
        }
        let mut wanted: BTreeSet<String> = if named.is_empty() {
            self.services.keys().cloned().collect()
        } else {
            named.iter().cloned().collect()
        };
        if !no_deps {
            let mut stack: Vec<String> = wanted.iter().cloned().collect();
            while let Some(s) = stack.pop() {
                for d in self.dependencies(&s) {
                    if self.services.contains_key(&d) && wanted.insert(d.clone()) {
                        stack.push(d);
                    }
                }
            }
        }
        // Levels: each service after everything it depends on.
        let mut levels: Vec<Vec<String>> = Vec::new();
        let mut placed: BTreeSet<String> = BTreeSet::new();
        while placed.len() < wanted.len() {
            let level: Vec<String> = wanted
                .iter()
                .filter(|s| !placed.contains(*s))
                .filter(|s| {
                    self.dependencies(s)
                        .iter()
                        .all(|d| placed.contains(d) || !wanted.contains(d))
                })
                .cloned()
                .collect();
            if level.is_empty() {
                bail!(
                    "dependency cycle among services {}",
                    wanted
                        .difference(&placed)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            placed.extend(level.iter().cloned());
            levels.push(level);
        }
        Ok(levels)
    }

    /// The services `service` needs first: depends_on, and those whose
    /// namespaces or volumes it shares.
    fn dependencies(&self, service: &str) -> Vec<String> {
        let Some(svc) = self.services.get(service) else {
            return Vec::new();
        };
        let mut out: Vec<String> = svc.depends_on.keys().cloned().collect();
        let shared = [
            svc.network_mode.as_deref(),
            svc.ipc.as_deref(),
            svc.pid.as_deref(),
        ];
        out.extend(
            shared
                .into_iter()
                .flatten()
                .filter_map(|m| m.strip_prefix("service:"))
                .map(str::to_string),
        );
        out.extend(
            svc.volumes_from
                .iter()
                .map(|v| v.split(':').next().unwrap_or(v))
                .filter(|v| !v.starts_with("container"))
                .map(str::to_string),
        );
        out
    }

    /// `up`: everything the named services need, created, recreated where the
    /// model changed, and started in dependency order.
    pub fn up(&self, opts: &UpOptions) -> Result<()> {
        let levels = self.order(&opts.services, opts.no_deps)?;
        let _lock = self.lock()?;
        let selected: BTreeSet<&String> = levels.iter().flatten().collect();
        self.orphans(opts.remove_orphans, opts.timeout)?;
        let mut networks: BTreeSet<String> = BTreeSet::new();
        for s in &selected {
            let svc = &self.services[*s];
            if svc.network_mode.is_none() {
                if svc.networks.is_empty() {
                    networks.insert("default".to_string());
                }
                networks.extend(svc.networks.keys().cloned());
            }
        }
        for key in &networks {
            self.ensure_network(key)?;
        }
        let mut volumes: BTreeSet<String> = BTreeSet::new();
        for s in &selected {
            for v in &self.services[*s].volumes {
                if v.kind == "volume" {
                    if let Some(source) = v.source.as_ref().filter(|s| !s.is_empty()) {
                        volumes.insert(source.clone());
                    }
                }
            }
        }
        for key in &volumes {
            self.ensure_volume(key)?;
        }
        let mut recreated: BTreeSet<String> = BTreeSet::new();
        for level in &levels {
            // Independent services go together.
            let results: Vec<Result<bool>> = std::thread::scope(|scope| {
                let handles: Vec<_> = level
                    .iter()
                    .map(|s| {
                        let recreated = &recreated;
                        scope.spawn(move || self.converge(s, opts, recreated))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(anyhow!("a service's thread panicked")))
                    })
                    .collect()
            });
            for (s, r) in level.iter().zip(results) {
                if r? {
                    recreated.insert(s.clone());
                }
            }
        }
        if opts.wait && !opts.no_start {
            self.wait_all(&levels, opts.wait_timeout)?;
        }
        Ok(())
    }

    /// The containers of services the project no longer has.
    fn orphans(&self, remove: bool, timeout: Option<i64>) -> Result<()> {
        let orphans: Vec<Container> = self
            .containers()?
            .into_iter()
            .filter(|c| {
                let l = &c.record.config.labels;
                l.get(labels::ONEOFF).map(String::as_str) != Some("True")
                    && l.get(labels::SERVICE)
                        .is_some_and(|s| !self.project.services.contains_key(s))
            })
            .collect();
        if orphans.is_empty() {
            return Ok(());
        }
        if !remove {
            let names: Vec<&str> = orphans.iter().map(|c| c.record.name.as_str()).collect();
            self.progress.warning(&format!(
                "Found orphan containers ([{}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.",
                names.join(" ")
            ));
            return Ok(());
        }
        for c in orphans {
            self.remove_container(&c, timeout, false)?;
        }
        Ok(())
    }

    fn ensure_network(&self, key: &str) -> Result<()> {
        let def = self
            .resources
            .networks
            .get(key)
            .cloned()
            .unwrap_or_default();
        let name = self.resources.network_name(&self.project.name, key);
        match crate::engine::network::lookup(self.engine, &name) {
            Ok(_) => return Ok(()),
            Err(_) if def.external => {
                bail!("network {name} declared as external, but could not be found")
            }
            Err(_) => {}
        }
        self.progress.event(Kind::Network, &name, Event::Creating);
        let pool = def
            .ipam
            .as_ref()
            .and_then(|i| i.config.first())
            .cloned()
            .unwrap_or_default();
        let mut labels = def.labels.clone();
        labels.extend(labels::resource(&self.project.name, labels::NETWORK, key));
        let opts = crate::engine::network::CreateOptions {
            driver: def.driver.clone().unwrap_or_else(|| "bridge".into()),
            subnet: pool.subnet,
            gateway: pool.gateway,
            ip_range: pool.ip_range,
            internal: def.internal,
            labels,
            options: def
                .driver_opts
                .iter()
                .map(|(k, v)| (k.clone(), v.text()))
                .collect(),
        };
        crate::engine::network::create(self.engine, &name, &opts)
            .with_context(|| format!("network {key}"))?;
        self.progress.event(Kind::Network, &name, Event::Created);
        Ok(())
    }

    fn ensure_volume(&self, key: &str) -> Result<()> {
        let def = self.resources.volumes.get(key).cloned().unwrap_or_default();
        let name = self.resources.volume_name(&self.project.name, key);
        if crate::engine::volume::inspect(self.engine, &name).is_ok() {
            return Ok(());
        }
        if def.external {
            bail!("external volume \"{name}\" not found");
        }
        if def.driver.as_deref().is_some_and(|d| d != "local") {
            bail!(
                "volume {key}: driver {} is not supported by skiff (only local)",
                def.driver.unwrap_or_default()
            );
        }
        self.progress.event(Kind::Volume, &name, Event::Creating);
        let mut labels = def.labels.clone();
        labels.extend(labels::resource(&self.project.name, labels::VOLUME, key));
        let options = def
            .driver_opts
            .iter()
            .map(|(k, v)| (k.clone(), v.text()))
            .collect();
        crate::engine::volume::create(self.engine, Some(&name), labels, options)
            .with_context(|| format!("volume {key}"))?;
        self.progress.event(Kind::Volume, &name, Event::Created);
        Ok(())
    }

    /// The containers of `service` (not one-off), by number.
    fn service_containers(&self, service: &str) -> Result<BTreeMap<u32, Container>> {
        Ok(self
            .containers()?
            .into_iter()
            .filter(|c| {
                let l = &c.record.config.labels;
                l.get(labels::SERVICE).map(String::as_str) == Some(service)
                    && l.get(labels::ONEOFF).map(String::as_str) != Some("True")
            })
            .filter_map(|c| {
                let n = c.record.config.labels.get(labels::NUMBER)?.parse().ok()?;
                Some((n, c))
            })
            .collect())
    }

    /// The first container of every service that has one.
    fn first_containers(&self) -> Result<BTreeMap<String, String>> {
        let mut out = BTreeMap::new();
        for c in self.containers()? {
            let l = &c.record.config.labels;
            if l.get(labels::ONEOFF).map(String::as_str) == Some("True") {
                continue;
            }
            if let Some(s) = l.get(labels::SERVICE) {
                out.entry(s.clone()).or_insert(c.record.name.clone());
            }
        }
        Ok(out)
    }

    /// Brings one service to its model: waits for its dependencies, then
    /// creates, recreates, removes and starts its containers. Returns whether
    /// it recreated any.
    fn converge(
        &self,
        service: &str,
        opts: &UpOptions,
        recreated_deps: &BTreeSet<String>,
    ) -> Result<bool> {
        let svc = &self.services[service];
        let hash = self
            .project
            .service_hash(service)
            .ok_or_else(|| anyhow!("no such service: {service}"))?;
        let image = Some(self.service_image_for_up(service, svc, opts)?);
        let replicas = opts
            .scale
            .get(service)
            .copied()
            .unwrap_or_else(|| svc.replicas());
        if replicas > 1 && svc.container_name.is_some() {
            bail!("service {service}: container_name {} cannot be used by {replicas} containers: remove it or scale to 1", svc.container_name.clone().unwrap_or_default());
        }
        let existing = self.service_containers(service)?;
        let deps_recreated = svc
            .depends_on
            .iter()
            .any(|(d, dep)| dep.restart && recreated_deps.contains(d))
            || (opts.always_recreate_deps
                && svc.depends_on.keys().any(|d| recreated_deps.contains(d)));
        let mut recreated = false;
        // Scale down: the highest numbers go first.
        for (n, c) in existing.iter().rev() {
            if *n > replicas {
                self.remove_container(c, opts.timeout, false)?;
            }
        }
        let mut to_start: Vec<String> = Vec::new();
        for number in 1..=replicas {
            let name = convert::container_name(&self.project.name, service, svc, number);
            if let Some(c) = existing.get(&number) {
                let l = &c.record.config.labels;
                let changed = l.get(labels::CONFIG_HASH) != Some(&hash)
                    || image
                        .as_ref()
                        .is_some_and(|i| c.record.image_id != i.record.id);
                let recreate =
                    !opts.no_recreate && (opts.force_recreate || changed || deps_recreated);
                if !recreate {
                    if !c.state.status.is_live() {
                        to_start.push(c.record.name.clone());
                    }
                    continue;
                }
                self.progress
                    .event(Kind::Container, &c.record.name, Event::Recreate);
                // The new container keeps the old one's anonymous volumes
                // (their data), unless -V asks for new ones.
                let kept: Vec<VolumeMount> = if opts.renew_anon_volumes {
                    Vec::new()
                } else {
                    c.record
                        .host_config
                        .volumes
                        .iter()
                        .filter(|v| v.anonymous)
                        .cloned()
                        .collect()
                };
                self.remove_container_quietly(c, opts.timeout, opts.renew_anon_volumes)?;
                self.create_container(service, svc, number, image.as_ref(), &kept)?;
                self.progress
                    .event(Kind::Container, &name, Event::Recreated);
                recreated = true;
                to_start.push(name);
            } else {
                self.progress.event(Kind::Container, &name, Event::Creating);
                self.create_container(service, svc, number, image.as_ref(), &[])?;
                self.progress.event(Kind::Container, &name, Event::Created);
                to_start.push(name);
            }
        }
        if opts.no_start {
            return Ok(recreated);
        }
        self.wait_dependencies(service, svc)?;
        for name in to_start {
            self.progress.event(Kind::Container, &name, Event::Starting);
            let started = ops::start_existing(self.engine, &name, ops::StartOptions::default())
                .map_err(|e| anyhow!("{e:#}"))
                .with_context(|| format!("service {service}: starting {name}"));
            if let Err(e) = started {
                self.progress
                    .event(Kind::Container, &name, Event::Error(format!("{e:#}")));
                return Err(e);
            }
            self.progress.event(Kind::Container, &name, Event::Started);
        }
        Ok(recreated)
    }

    /// The image `up` runs for a service: built when it has a `build:` and
    /// the policy says so, else found or pulled.
    fn service_image_for_up(
        &self,
        service: &str,
        svc: &Service,
        opts: &UpOptions,
    ) -> Result<crate::engine::image::LocalImage> {
        if svc.build.is_some() {
            let tag = convert::image_name(&self.project.name, service, svc)?;
            let missing = crate::engine::image::lookup(self.engine, &tag).is_err();
            let wanted = match opts.build {
                BuildPolicy::Always => true,
                BuildPolicy::Never => false,
                BuildPolicy::Missing => missing || svc.pull_policy.as_deref() == Some("build"),
            };
            if wanted {
                self.build_service(service, svc, false, false)?;
            }
            if wanted || missing {
                return crate::engine::image::lookup(self.engine, &tag)
                    .map_err(|e| anyhow!("service {service}: {e:#} (build it: drop --no-build)"));
            }
        }
        self.service_image(service, svc, opts.pull)
    }

    /// The service's image, pulled per its pull_policy (or `pull`).
    fn service_image(
        &self,
        service: &str,
        svc: &Service,
        pull: Option<PullPolicy>,
    ) -> Result<crate::engine::image::LocalImage> {
        let image_name = convert::image_name(&self.project.name, service, svc)?;
        let policy = pull.unwrap_or(match svc.pull_policy.as_deref() {
            Some("always") => PullPolicy::Always,
            Some("never") => PullPolicy::Never,
            _ => PullPolicy::Missing,
        });
        if policy == PullPolicy::Always
            || crate::engine::image::lookup(self.engine, &image_name).is_err()
        {
            self.progress
                .event(Kind::Image, &image_name, Event::Pulling);
        }
        let (image, pulled) = ops::ensure_image(
            self.engine,
            &image_name,
            policy,
            &PullOptions {
                platform: svc
                    .platform
                    .as_deref()
                    .map(crate::engine::image::platform::parse)
                    .transpose()
                    .map_err(|e| anyhow!("service {service}: platform: {e}"))?,
                ..PullOptions::default()
            },
            Arc::new(NoProgress),
        )
        .with_context(|| format!("service {service}: pulling {image_name}"))?;
        if pulled.is_some() {
            self.progress.event(Kind::Image, &image_name, Event::Pulled);
        }
        Ok(image)
    }

    /// The service's container spec, labels and all; warns about the keys
    /// skiff ignores.
    fn service_spec(
        &self,
        service: &str,
        svc: &Service,
        number: u32,
        image: &crate::engine::image::LocalImage,
    ) -> Result<crate::engine::spec::ContainerSpec> {
        let hash = self
            .project
            .service_hash(service)
            .ok_or_else(|| anyhow!("no such service: {service}"))?;
        let state_dir = self.state_dir();
        // Only a service that shares another's namespaces or volumes needs
        // the project's containers listed.
        let shares = svc
            .volumes_from
            .iter()
            .any(|v| !v.starts_with("container:"))
            || [&svc.network_mode, &svc.ipc, &svc.pid]
                .iter()
                .any(|m| m.as_deref().is_some_and(|m| m.starts_with("service:")));
        let firsts = if shares {
            self.first_containers()?
        } else {
            BTreeMap::new()
        };
        let target = Target {
            project: self.project,
            resources: &self.resources,
            service,
            number,
            config_hash: &hash,
            service_containers: &firsts,
            state_dir: &state_dir,
        };
        let (mut spec, warnings) = convert::spec(svc, &target)?;
        for w in warnings {
            self.progress.warning(&w);
        }
        spec.labels
            .insert(labels::IMAGE.to_string(), image.record.id.clone());
        Ok(spec)
    }

    /// Creates a container from `spec`, passing the engine's warnings on.
    fn create_from(
        &self,
        service: &str,
        spec: &crate::engine::spec::ContainerSpec,
        image: &crate::engine::image::LocalImage,
    ) -> Result<()> {
        let (_, warnings) = ops::create(self.engine, spec, image)
            .with_context(|| format!("service {service}: creating its container"))?;
        for w in warnings {
            self.progress.warning(&w);
        }
        Ok(())
    }

    fn create_container(
        &self,
        service: &str,
        svc: &Service,
        number: u32,
        image: Option<&crate::engine::image::LocalImage>,
        kept: &[VolumeMount],
    ) -> Result<()> {
        let image = image.ok_or_else(|| anyhow!("service {service} has no image"))?;
        let mut spec = self.service_spec(service, svc, number, image)?;
        for old in kept {
            let free = spec.mounts.iter().all(|m| match m {
                Mount::Volume(v) => v.name.is_none() || v.destination != old.destination,
                Mount::Bind { mount, .. } => mount.destination != old.destination,
                Mount::Tmpfs(t) => t.destination != old.destination,
            });
            if !free {
                continue;
            }
            spec.mounts
                .retain(|m| !matches!(m, Mount::Volume(v) if v.destination == old.destination));
            spec.mounts.push(Mount::Volume(VolumeRequest {
                name: Some(old.name.clone()),
                destination: old.destination.clone(),
                read_only: old.read_only,
                keep_anonymous: true,
            }));
        }
        self.create_from(service, &spec, image)
    }

    /// Waits until each of `service`'s dependencies meets its condition.
    fn wait_dependencies(&self, service: &str, svc: &Service) -> Result<()> {
        for (dep, d) in &svc.depends_on {
            if !self.services.contains_key(dep) {
                if d.required {
                    bail!("service {service} depends on undefined service {dep}");
                }
                continue;
            }
            let containers = self.service_containers(dep)?;
            if containers.is_empty() {
                if d.required && d.condition != Condition::ServiceStarted {
                    bail!("service {service} depends on {dep}, which has no container (it was not started: drop --no-deps)");
                }
                continue;
            }
            for c in containers.values() {
                let name = &c.record.name;
                match d.condition {
                    Condition::ServiceStarted => {}
                    Condition::ServiceHealthy => {
                        self.progress.event(Kind::Container, name, Event::Waiting);
                        match self.wait_for(name, DEPENDENCY_TIMEOUT, Goal::Healthy)? {
                            Reached::Yes => {
                                self.progress.event(Kind::Container, name, Event::Healthy)
                            }
                            Reached::No(why) => {
                                if d.required {
                                    self.progress.event(
                                        Kind::Container,
                                        name,
                                        Event::Error(why.clone()),
                                    );
                                    bail!("dependency failed to start: container {name} {why}");
                                }
                                self.progress.warning(&format!("optional dependency {dep} of {service}: container {name} {why}"));
                            }
                        }
                    }
                    Condition::ServiceCompletedSuccessfully => {
                        self.progress.event(Kind::Container, name, Event::Waiting);
                        match self.wait_for(name, DEPENDENCY_TIMEOUT, Goal::Completed)? {
                            Reached::Yes => {
                                self.progress.event(Kind::Container, name, Event::Exited)
                            }
                            Reached::No(why) => {
                                if d.required {
                                    bail!("service {dep:?} didn't complete successfully: {why}");
                                }
                                self.progress.warning(&format!(
                                    "optional dependency {dep} of {service}: {why}"
                                ));
                            }
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Polls container `name` until it reaches `goal`, fails it for good, or
    /// `timeout` passes. The monitors run the healthchecks; this only reads.
    fn wait_for(&self, name: &str, timeout: Duration, goal: Goal) -> Result<Reached> {
        let deadline = Instant::now() + timeout;
        loop {
            let c = ops::lookup(self.engine, name)?;
            let health = c.state.health.as_ref().map(|h| h.status);
            let status = c.state.status;
            match goal {
                Goal::Healthy => match (health, status) {
                    (Some(HealthStatus::Healthy), _) => return Ok(Reached::Yes),
                    (Some(HealthStatus::Unhealthy), _) => {
                        return Ok(Reached::No("is unhealthy".into()))
                    }
                    (None, Status::Running)
                        if c.record
                            .config
                            .healthcheck
                            .as_ref()
                            .is_none_or(|h| h.test.first().is_none_or(|t| t == "NONE")) =>
                    {
                        return Ok(Reached::No("has no healthcheck configured".into()))
                    }
                    (_, Status::Exited | Status::Dead) => {
                        return Ok(Reached::No(format!("exited ({})", c.state.exit_code)))
                    }
                    _ => {}
                },
                Goal::Running => match (health, status) {
                    (Some(HealthStatus::Healthy) | None, Status::Running) => {
                        return Ok(Reached::Yes)
                    }
                    (Some(HealthStatus::Unhealthy), _) => {
                        return Ok(Reached::No("is unhealthy".into()))
                    }
                    (_, Status::Exited | Status::Dead) => {
                        return Ok(if c.state.exit_code == 0 {
                            Reached::Yes
                        } else {
                            Reached::No(format!("exited with code {}", c.state.exit_code))
                        })
                    }
                    _ => {}
                },
                Goal::Completed => {
                    if matches!(status, Status::Exited | Status::Dead) {
                        return Ok(if c.state.exit_code == 0 {
                            Reached::Yes
                        } else {
                            Reached::No(format!("exit {}", c.state.exit_code))
                        });
                    }
                }
            }
            if Instant::now() >= deadline {
                return Ok(Reached::No(match goal {
                    Goal::Completed => "did not complete in time".into(),
                    _ => "did not become healthy in time".into(),
                }));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `up --wait`: every container of the started services running, and
    /// healthy where it has a healthcheck.
    fn wait_all(&self, levels: &[Vec<String>], timeout: Option<Duration>) -> Result<()> {
        let started = Instant::now();
        for service in levels.iter().flatten() {
            for c in self.service_containers(service)?.values() {
                let name = &c.record.name;
                self.progress.event(Kind::Container, name, Event::Waiting);
                let left = timeout
                    .map(|t| t.saturating_sub(started.elapsed()))
                    .unwrap_or(DEPENDENCY_TIMEOUT);
                match self.wait_for(name, left, Goal::Running)? {
                    Reached::Yes => {
                        let healthy = ops::lookup(self.engine, name)?.state.health.is_some();
                        self.progress.event(
                            Kind::Container,
                            name,
                            if healthy {
                                Event::Healthy
                            } else {
                                Event::Running
                            },
                        );
                    }
                    Reached::No(why) => {
                        self.progress
                            .event(Kind::Container, name, Event::Error(why.clone()));
                        if let Some(t) = timeout.filter(|t| started.elapsed() >= *t) {
                            bail!("application not healthy after {}s", t.as_secs());
                        }
                        bail!("container {name} {why}");
                    }
                }
            }
        }
        Ok(())
    }

    /// Stops a container (its stop signal, SIGKILL after `timeout`).
    fn halt(&self, name: &str, timeout: Option<i64>) -> Result<()> {
        let opts = ops::StopOptions {
            timeout,
            signal: None,
        };
        ops::stop(self.engine, name, &opts).with_context(|| format!("stopping container {name}"))
    }

    /// Stops and removes a container, showing both steps.
    fn remove_container(&self, c: &Container, timeout: Option<i64>, volumes: bool) -> Result<()> {
        let name = &c.record.name;
        if c.state.status.is_live() {
            self.progress.event(Kind::Container, name, Event::Stopping);
            self.halt(name, timeout)?;
            self.progress.event(Kind::Container, name, Event::Stopped);
        }
        self.progress.event(Kind::Container, name, Event::Removing);
        self.delete(c, volumes)?;
        self.progress.event(Kind::Container, name, Event::Removed);
        Ok(())
    }

    /// `down`'s containers, level by level: a level is stopped once the one
    /// before it has exited, while the monitors of that one still release
    /// networks and mounts and its containers are removed meanwhile.
    fn stop_and_remove(
        &self,
        levels: Vec<Vec<Container>>,
        timeout: Option<i64>,
        volumes: bool,
    ) -> Result<()> {
        let stop = |c: &Container| -> Result<()> {
            if c.state.status.is_live() {
                let name = &c.record.name;
                self.progress.event(Kind::Container, name, Event::Stopping);
                let opts = ops::StopOptions {
                    timeout,
                    signal: None,
                };
                ops::stop_until_exited(self.engine, name, &opts)
                    .with_context(|| format!("stopping container {name}"))?;
                self.progress.event(Kind::Container, name, Event::Stopped);
            }
            Ok(())
        };
        let remove = |c: &Container| -> Result<()> {
            let name = &c.record.name;
            self.progress.event(Kind::Container, name, Event::Removing);
            self.delete(c, volumes)?;
            self.progress.event(Kind::Container, name, Event::Removed);
            Ok(())
        };
        std::thread::scope(|scope| {
            let mut removals = Vec::new();
            let mut stopped = Ok(());
            for level in &levels {
                let handles: Vec<_> = level.iter().map(|c| scope.spawn(|| stop(c))).collect();
                let results = handles.into_iter().map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(anyhow!("a container's thread panicked")))
                });
                stopped = results.collect::<Result<Vec<()>>>().map(drop);
                if stopped.is_err() {
                    break;
                }
                removals.extend(level.iter().map(|c| scope.spawn(|| remove(c))));
            }
            let removed = removals
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err(anyhow!("a container's thread panicked")))
                })
                .collect::<Result<Vec<()>>>();
            stopped.and(removed.map(drop))
        })
    }

    /// Stops (gracefully) and removes a container, showing nothing.
    fn remove_container_quietly(
        &self,
        c: &Container,
        timeout: Option<i64>,
        volumes: bool,
    ) -> Result<()> {
        self.halt(&c.record.name, timeout)?;
        self.delete(c, volumes)
    }

    /// Removes a stopped container (its state read again: `c` may predate the stop).
    fn delete(&self, c: &Container, volumes: bool) -> Result<()> {
        let c = ops::lookup(self.engine, &c.record.id)?;
        ops::remove::remove(self.engine, &c, true)
            .with_context(|| format!("removing container {}", c.record.name))?;
        if volumes {
            ops::remove::remove_anonymous_volumes(self.engine, &c.record);
        }
        Ok(())
    }

    /// The project's service containers (not one-off) of `services` (all
    /// when empty), grouped by dependency level, dependencies first.
    fn by_level(&self, services: &[String]) -> Result<Vec<Vec<Container>>> {
        let levels = self.order(services, true)?;
        let containers = self.containers()?;
        Ok(levels
            .iter()
            .map(|level| {
                containers
                    .iter()
                    .filter(|c| {
                        let l = &c.record.config.labels;
                        l.get(labels::ONEOFF).map(String::as_str) != Some("True")
                            && l.get(labels::SERVICE).is_some_and(|s| level.contains(s))
                    })
                    .cloned()
                    .collect()
            })
            .collect())
    }

    /// Runs `f` on each container, a level at a time (in `order`), the
    /// containers of one level together.
    fn each_level(
        &self,
        levels: Vec<Vec<Container>>,
        f: impl Fn(&Container) -> Result<()> + Sync,
    ) -> Result<()> {
        for level in levels {
            let results: Vec<Result<()>> = std::thread::scope(|scope| {
                let handles: Vec<_> = level.iter().map(|c| scope.spawn(|| f(c))).collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(anyhow!("a container's thread panicked")))
                    })
                    .collect()
            });
            results.into_iter().collect::<Result<Vec<()>>>()?;
        }
        Ok(())
    }

    /// `stop`: dependents first.
    pub fn stop(&self, services: &[String], timeout: Option<i64>) -> Result<()> {
        let mut levels = self.by_level(services)?;
        levels.reverse();
        self.each_level(levels, |c| {
            if !c.state.status.is_live() {
                return Ok(());
            }
            let name = &c.record.name;
            self.progress.event(Kind::Container, name, Event::Stopping);
            self.halt(name, timeout)?;
            self.progress.event(Kind::Container, name, Event::Stopped);
            Ok(())
        })
    }

    /// `start`: dependencies first, each waited for per its condition.
    pub fn start(&self, services: &[String]) -> Result<()> {
        let levels = self.order(services, false)?;
        for level in levels {
            for service in level {
                self.wait_dependencies(&service, &self.services[&service])?;
                for c in self.service_containers(&service)?.values() {
                    if c.state.status.is_live() {
                        continue;
                    }
                    let name = &c.record.name;
                    self.progress.event(Kind::Container, name, Event::Starting);
                    ops::start_existing(self.engine, name, ops::StartOptions::default())
                        .map_err(|e| anyhow!("{e:#}"))?;
                    self.progress.event(Kind::Container, name, Event::Started);
                }
            }
        }
        Ok(())
    }

    /// `kill`: `signal` to every running container of `services`.
    pub fn kill(&self, services: &[String], signal: &str) -> Result<()> {
        let levels = self.by_level(services)?;
        self.each_level(levels, |c| {
            if !c.state.status.is_live() {
                return Ok(());
            }
            let name = &c.record.name;
            self.progress.event(Kind::Container, name, Event::Killing);
            ops::kill(self.engine, name, signal)?;
            self.progress.event(Kind::Container, name, Event::Killed);
            Ok(())
        })
    }

    /// `pause` (or, with `pause` false, `unpause`) every running container
    /// of `services`.
    pub fn pause(&self, services: &[String], pause: bool) -> Result<()> {
        let levels = self.by_level(services)?;
        self.each_level(levels, |c| {
            let name = &c.record.name;
            let (want, before, after) = if pause {
                (Status::Running, Event::Pausing, Event::Paused)
            } else {
                (Status::Paused, Event::Unpausing, Event::Unpaused)
            };
            if c.state.status != want {
                return Ok(());
            }
            self.progress.event(Kind::Container, name, before);
            if pause {
                ops::pause(self.engine, name)?;
            } else {
                ops::unpause(self.engine, name)?;
            }
            self.progress.event(Kind::Container, name, after);
            Ok(())
        })
    }

    /// `pull`: the image of every service of `services` that names one.
    pub fn pull(&self, services: &[String], ignore_failures: bool) -> Result<()> {
        let levels = self.order(services, true)?;
        for service in levels.iter().flatten() {
            let svc = &self.services[service];
            if svc.image.is_none() {
                continue;
            }
            self.progress.event(Kind::Service, service, Event::Pulling);
            match self.service_image(service, svc, Some(PullPolicy::Always)) {
                Ok(_) => self.progress.event(Kind::Service, service, Event::Pulled),
                Err(e) if ignore_failures => {
                    self.progress
                        .event(Kind::Service, service, Event::Error(format!("{e:#}")))
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `wait`: blocks until one of the running containers of `services` (all
    /// when empty) stops; returns its exit code.
    pub fn wait_first_exit(&self, services: &[String]) -> Result<i32> {
        let watched: Vec<String> = self
            .by_level(services)?
            .into_iter()
            .flatten()
            .map(|c| c.record.id)
            .collect();
        if watched.is_empty() {
            bail!("no containers for project {:?}", self.project.name);
        }
        loop {
            for id in &watched {
                let c = ops::lookup(self.engine, id)?;
                if !c.state.status.is_live() {
                    return Ok(c.state.exit_code);
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// `rm`: the stopped containers of `services` (with `stop`, all of them
    /// after stopping); returns how many there were.
    pub fn remove(&self, services: &[String], stop: bool, volumes: bool) -> Result<usize> {
        let mut levels = self.by_level(services)?;
        levels.reverse();
        if !stop {
            for level in &mut levels {
                level.retain(|c| !c.state.status.is_live());
            }
        }
        let count = levels.iter().map(Vec::len).sum();
        self.each_level(levels, |c| self.remove_container(c, None, volumes))?;
        Ok(count)
    }

    /// The container of `service` with number `index` (1 when None): the
    /// target of `exec`, `port` and friends.
    pub fn service_container(&self, service: &str, index: Option<u32>) -> Result<Container> {
        if !self.services.contains_key(service) {
            bail!("no such service: {service}");
        }
        let index = index.unwrap_or(1);
        self.service_containers(service)?
            .remove(&index)
            .ok_or_else(|| anyhow!("service \"{service}\" is not running container #{index}"))
    }

    /// `run`: a one-off container of `service` (`<project>-<service>-run-<hex>`),
    /// after its dependencies are up (unless `no_deps`). Returns its name; the
    /// caller starts it.
    pub fn create_one_off(&self, service: &str, o: &OneOff) -> Result<String> {
        let svc = self
            .services
            .get(service)
            .ok_or_else(|| anyhow!("no such service: {service}"))?;
        if !o.no_deps {
            let deps: Vec<String> = self
                .dependencies(service)
                .into_iter()
                .filter(|d| self.services.contains_key(d))
                .collect();
            if !deps.is_empty() {
                self.up(&UpOptions {
                    services: deps,
                    no_recreate: true,
                    ..UpOptions::default()
                })?;
            }
        }
        let _lock = self.lock()?;
        let mut networks: BTreeSet<String> = svc.networks.keys().cloned().collect();
        if networks.is_empty() && svc.network_mode.is_none() {
            networks.insert("default".into());
        }
        for key in &networks {
            self.ensure_network(key)?;
        }
        for v in &svc.volumes {
            if let Some(source) = v
                .source
                .as_ref()
                .filter(|s| v.kind == "volume" && !s.is_empty())
            {
                self.ensure_volume(source)?;
            }
        }
        let image = self.service_image_for_up(service, svc, &UpOptions::default())?;
        let mut spec = self.service_spec(service, svc, 1, &image)?;
        let slug = hex::encode(rand::random::<[u8; 32]>());
        let name = o
            .name
            .clone()
            .unwrap_or_else(|| format!("{}-{service}-run-{}", self.project.name, &slug[..12]));
        spec.name = Some(name.clone());
        spec.labels.insert(labels::ONEOFF.into(), "True".into());
        spec.labels.insert(labels::SLUG.into(), slug);
        spec.labels
            .insert(labels::IMAGE.into(), image.record.id.clone());
        spec.labels.remove(labels::NUMBER);
        if let Some(cmd) = &o.command {
            spec.cmd = Some(cmd.clone());
        }
        if let Some(ep) = &o.entrypoint {
            spec.entrypoint = Some(ep.clone());
        }
        spec.env.extend(o.env.iter().cloned());
        spec.mounts.extend(o.mounts.iter().cloned());
        if !o.service_ports {
            spec.ports.clear();
        }
        spec.ports.extend(o.ports.iter().cloned());
        if !o.use_aliases {
            for n in &mut spec.networks {
                n.aliases.clear();
            }
        }
        if o.user.is_some() {
            spec.user = o.user.clone();
        }
        if o.workdir.is_some() {
            spec.workdir = o.workdir.clone();
        }
        spec.labels.extend(o.labels.clone());
        spec.tty = o.tty;
        spec.open_stdin = o.interactive;
        spec.auto_remove = o.remove;
        // A one-off runs once: compose drops the service's restart policy.
        spec.restart = Default::default();
        self.create_from(service, &spec, &image)?;
        Ok(name)
    }

    /// `down`: the project's containers stopped and removed (dependents
    /// first), then its networks, and with `volumes` its volumes.
    pub fn down(&self, opts: &DownOptions) -> Result<()> {
        let _lock = self.lock()?;
        let containers = self.containers()?;
        let levels = self.order(&[], false).unwrap_or_default();
        let rank: BTreeMap<&str, usize> = levels
            .iter()
            .enumerate()
            .flat_map(|(i, l)| l.iter().map(move |s| (s.as_str(), i)))
            .collect();
        let mut by_level: BTreeMap<usize, Vec<&Container>> = BTreeMap::new();
        for c in &containers {
            let service = c
                .record
                .config
                .labels
                .get(labels::SERVICE)
                .map(String::as_str)
                .unwrap_or("");
            let orphan = !self.services.contains_key(service)
                && c.record
                    .config
                    .labels
                    .get(labels::ONEOFF)
                    .map(String::as_str)
                    != Some("True");
            if orphan && !opts.remove_orphans {
                continue;
            }
            // Unknown services (orphans) go first, as nothing depends on them.
            let level = rank.get(service).map_or(usize::MAX, |r| *r);
            by_level.entry(level).or_default().push(c);
        }
        let levels: Vec<Vec<Container>> = by_level
            .into_values()
            .rev()
            .map(|group| group.into_iter().cloned().collect())
            .collect();
        self.stop_and_remove(levels, opts.timeout, opts.volumes)?;
        for net in crate::engine::network::list(self.engine)? {
            if net.labels.get(labels::PROJECT) != Some(&self.project.name) {
                continue;
            }
            let external = net
                .labels
                .get(labels::NETWORK)
                .and_then(|k| self.resources.networks.get(k))
                .is_some_and(|d| d.external);
            if external {
                continue;
            }
            if !crate::engine::network::attach::attached_to(self.engine, &net.name).is_empty() {
                // Orphans left running (no --remove-orphans): compose warns and goes on.
                self.progress.event(
                    Kind::Network,
                    &net.name,
                    Event::Warning("Resource is still in use".into()),
                );
                continue;
            }
            self.progress
                .event(Kind::Network, &net.name, Event::Removing);
            crate::engine::network::remove(self.engine, &net.name)
                .with_context(|| format!("removing network {}", net.name))?;
            self.progress
                .event(Kind::Network, &net.name, Event::Removed);
        }
        if let Some(which) = opts.images {
            let mut seen = BTreeSet::new();
            for (service, svc) in &self.services {
                let built = format!("{}-{service}", self.project.name);
                let image = match (&svc.image, which) {
                    (Some(image), RemoveImages::All) => image.clone(),
                    (None, _) => built,
                    (Some(image), RemoveImages::Local) if *image == built => built,
                    _ => continue,
                };
                if !seen.insert(image.clone())
                    || crate::engine::image::lookup(self.engine, &image).is_err()
                {
                    continue;
                }
                self.progress.event(Kind::Image, &image, Event::Removing);
                crate::engine::image::remove(self.engine, &image, false)
                    .with_context(|| format!("removing image {image}"))?;
                self.progress.event(Kind::Image, &image, Event::Removed);
            }
        }
        if opts.volumes {
            for v in crate::engine::volume::list(self.engine)? {
                if v.labels.get(labels::PROJECT) != Some(&self.project.name) {
                    continue;
                }
                self.progress.event(Kind::Volume, &v.name, Event::Removing);
                crate::engine::volume::remove(self.engine, &v.name, false)
                    .with_context(|| format!("removing volume {}", v.name))?;
                self.progress.event(Kind::Volume, &v.name, Event::Removed);
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Goal {
    Healthy,
    Running,
    Completed,
}

enum Reached {
    Yes,
    No(String),
}

/// The containers labelled as project `name`'s, by container name.
pub fn project_containers(engine: &Engine, name: &str) -> Result<Vec<Container>> {
    let mut out: Vec<Container> = ops::list(engine)?
        .into_iter()
        .filter(|c| {
            c.record
                .config
                .labels
                .get(labels::PROJECT)
                .map(String::as_str)
                == Some(name)
        })
        .collect();
    out.sort_by(|a, b| a.record.name.cmp(&b.record.name));
    Ok(out)
}
