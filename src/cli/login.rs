//! `skiff login` and `skiff logout`.

use std::io::{BufRead, IsTerminal, Read, Write};

use anyhow::{anyhow, bail, Result};

use super::GlobalArgs;
use crate::engine::image::registry::{Operation, RegistryClient, RegistryError};
use crate::engine::image::{auth, hosts};

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Registry server (default: docker.io)
    pub server: Option<String>,
    /// Username
    #[arg(short = 'u', long)]
    pub username: Option<String>,
    /// Password
    #[arg(short = 'p', long)]
    pub password: Option<String>,
    /// Take the password from stdin
    #[arg(long = "password-stdin")]
    pub password_stdin: bool,
}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {
    /// Registry server (default: docker.io)
    pub server: Option<String>,
}

/// Reduces `https://host/v1/` or `host/` to the registry host docker would use.
fn registry_name(server: Option<&str>) -> String {
    let s = server.unwrap_or("docker.io");
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    let host = s.split('/').next().unwrap_or(s);
    match host {
        "index.docker.io" | "registry-1.docker.io" => "docker.io".into(),
        h => h.to_string(),
    }
}

fn prompt(label: &str) -> Result<String> {
    print!("{label}");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn run(g: &GlobalArgs, args: LoginArgs) -> Result<()> {
    let engine = g.engine()?;
    let registry = registry_name(args.server.as_deref());
    if args.password.is_some() {
        eprintln!("WARNING! Using --password via the CLI is insecure. Use --password-stdin.");
    }
    let password = match (args.password, args.password_stdin) {
        (Some(_), true) => bail!("--password and --password-stdin are mutually exclusive"),
        (Some(p), false) => Some(p),
        (None, true) => {
            if args.username.is_none() {
                bail!("Must provide --username with --password-stdin");
            }
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            Some(s.trim_end_matches(['\n', '\r']).to_string())
        }
        (None, false) => None,
    };
    let interactive = std::io::stdin().is_terminal();
    let username = match args.username {
        Some(u) => u,
        None if interactive => prompt("Username: ")?,
        None => bail!("Cannot perform an interactive login from a non TTY device"),
    };
    let password = match password {
        Some(p) => p,
        None if interactive => rpassword_prompt()?,
        None => bail!("Cannot perform an interactive login from a non TTY device"),
    };
    if username.is_empty() {
        bail!("Username cannot be empty");
    }
    if password.is_empty() {
        bail!("Password cannot be empty");
    }
    let endpoints = hosts::resolve(&registry, &engine.registry, engine.rootless)
        .map_err(|e| anyhow!("registry {registry}: {e}"))?;
    let creds = auth::Credentials::Basic {
        username: username.clone(),
        password: password.clone(),
    };
    let client = RegistryClient::new(&registry, endpoints, Some(creds), Operation::Pull)
        .map_err(|e| anyhow!("{e}"))?;
    let rt = super::runtime()?;
    rt.block_on(client.check_login()).map_err(|e| match e {
        RegistryError::Denied(detail) => anyhow!("login to {registry} failed: {detail}"),
        other => anyhow!("{other}"),
    })?;
    auth::store(&registry, &username, &password).map_err(|e| anyhow!(e))?;
    println!("Login Succeeded");
    Ok(())
}

/// Reads a password from the terminal without echo.
fn rpassword_prompt() -> Result<String> {
    use nix::sys::termios::{tcgetattr, tcsetattr, LocalFlags, SetArg};
    print!("Password: ");
    std::io::stdout().flush()?;
    let stdin = std::io::stdin();
    let original = tcgetattr(&stdin).map_err(|e| anyhow!("reading terminal settings: {e}"))?;
    let mut silent = original.clone();
    silent.local_flags.remove(LocalFlags::ECHO);
    tcsetattr(&stdin, SetArg::TCSANOW, &silent).map_err(|e| anyhow!("setting terminal: {e}"))?;
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    let _ = tcsetattr(&stdin, SetArg::TCSANOW, &original);
    println!();
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn run_logout(_g: &GlobalArgs, args: LogoutArgs) -> Result<()> {
    let registry = registry_name(args.server.as_deref());
    let shown = auth::config_key(&registry);
    if auth::erase(&registry).map_err(|e| anyhow!(e))? {
        println!("Removing login credentials for {shown}");
    } else {
        println!("Not logged in to {shown}");
    }
    Ok(())
}
