//! `skiff compose`: compose projects (docker compose v2's flags). So far
//! `config` and `version`; the project is read by `crate::compose`.

use std::path::PathBuf;

use anyhow::{Context as _, Result};

use super::GlobalArgs;
use crate::compose;

#[derive(Debug, clap::Args)]
pub struct ComposeArgs {
    /// Compose configuration files
    #[arg(
        short = 'f',
        long = "file",
        value_name = "FILE",
        global = true,
        id = "compose_file"
    )]
    pub files: Vec<PathBuf>,
    /// Project name
    #[arg(short = 'p', long = "project-name", value_name = "NAME", global = true)]
    pub project_name: Option<String>,
    /// Specify an alternate working directory (default: the path of the first Compose file)
    #[arg(long = "project-directory", value_name = "DIR", global = true)]
    pub project_directory: Option<PathBuf>,
    /// Specify an alternate environment file
    #[arg(long = "env-file", value_name = "FILE", global = true)]
    pub env_files: Vec<PathBuf>,
    /// Specify a profile to enable
    #[arg(long = "profile", value_name = "PROFILE", global = true)]
    pub profiles: Vec<String>,
    #[command(subcommand)]
    pub command: ComposeCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum ComposeCommand {
    /// Parse, resolve and render compose file in canonical format
    #[command(visible_alias = "convert")]
    Config(ConfigArgs),
    /// Show the Docker Compose version information
    Version(VersionArgs),
}

#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// Format the output. Values: [yaml | json]
    #[arg(long, default_value = "yaml", value_parser = ["yaml", "json"])]
    pub format: String,
    /// Only validate the configuration, don't print anything
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Print the service names, one per line
    #[arg(long)]
    pub services: bool,
    /// Print the volume names, one per line
    #[arg(long)]
    pub volumes: bool,
    /// Print the profile names, one per line
    #[arg(long = "profiles", id = "list_profiles")]
    pub list_profiles: bool,
    /// Print the image names, one per line
    #[arg(long)]
    pub images: bool,
    /// Print the service config hash, one per line ("SERVICE HASH"); '*' for all services
    #[arg(long, value_name = "SERVICES")]
    pub hash: Option<String>,
    /// Don't interpolate environment variables
    #[arg(long = "no-interpolate")]
    pub no_interpolate: bool,
    /// Save to file (default to stdout)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct VersionArgs {
    /// Shows only Compose's version number
    #[arg(long)]
    pub short: bool,
}

impl ComposeArgs {
    fn options(&self, interpolate: bool) -> Result<compose::Options> {
        Ok(compose::Options {
            files: self.files.clone(),
            project_name: self.project_name.clone(),
            project_directory: self.project_directory.clone(),
            env_files: self.env_files.clone(),
            profiles: self.profiles.clone(),
            interpolate,
            environment: std::env::vars().collect(),
            working_dir: std::env::current_dir().context("the working directory")?,
        })
    }
}

pub fn run(_g: &GlobalArgs, args: ComposeArgs) -> Result<()> {
    match &args.command {
        ComposeCommand::Config(c) => config(&args, c),
        ComposeCommand::Version(v) => {
            let version = env!("CARGO_PKG_VERSION");
            if v.short {
                println!("{version}");
            } else {
                println!("skiff compose version v{version}");
            }
            Ok(())
        }
    }
}

fn config(args: &ComposeArgs, c: &ConfigArgs) -> Result<()> {
    let project = compose::load(&args.options(!c.no_interpolate)?)?;
    if c.quiet {
        return Ok(());
    }
    let text = if let Some(which) = &c.hash {
        let wanted: Vec<String> = if which == "*" {
            project.services.keys().cloned().collect()
        } else {
            which.split(',').map(|w| w.trim().to_string()).collect()
        };
        let mut out = String::new();
        for name in wanted {
            let hash = project
                .service_hash(&name)
                .ok_or_else(|| anyhow::anyhow!("no such service: {name}"))?;
            out.push_str(&format!("{name} {hash}\n"));
        }
        out
    } else if c.services {
        lines(project.services.keys().cloned())
    } else if c.volumes {
        lines(project.volumes.keys().cloned())
    } else if c.list_profiles {
        lines(project.all_profiles.iter().cloned())
    } else if c.images {
        lines(project.services.iter().map(|(name, svc)| {
            svc.get("image")
                .and_then(|i| i.as_str())
                .map(str::to_string)
                // compose's default tag for a built service.
                .unwrap_or_else(|| format!("{}-{name}", project.name))
        }))
    } else if c.format == "json" {
        compose::emit::to_json(&project.to_json_value()) + "\n"
    } else {
        compose::emit::to_yaml(&project.to_value())
    };
    match &c.output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
        }
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn lines(items: impl Iterator<Item = String>) -> String {
    items.map(|i| i + "\n").collect()
}
