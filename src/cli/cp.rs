//! `skiff cp` / `skiff container cp`: docker's copy between a container and
//! the local filesystem (docker/cli `cli/command/container/cp.go`).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};

use super::units::human_size;
use super::GlobalArgs;
use crate::engine::container::copy::{self, CopyOptions, CopyOutcome, HostDest, HostSource};

#[derive(Debug, clap::Args)]
#[command(
    override_usage = "skiff cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n       skiff cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
    long_about = "Copy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout."
)]
pub struct CpArgs {
    /// Always follow symlinks in SRC_PATH
    #[arg(short = 'L', long = "follow-link")]
    pub follow_link: bool,
    /// Archive mode (copy all uid/gid information)
    #[arg(short = 'a', long)]
    pub archive: bool,
    /// Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached
    #[arg(
        short = 'q',
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    pub quiet: Option<bool>,
    /// CONTAINER:SRC_PATH, or a local path (`-` for a tar archive on stdin)
    #[arg(value_name = "SRC")]
    pub source: String,
    /// CONTAINER:DEST_PATH, or a local path (`-` for a tar archive on stdout)
    #[arg(value_name = "DEST")]
    pub destination: String,
}

/// docker's `splitCpArg`: `CONTAINER:PATH` or a local path. A local path
/// with a `:` must be made explicit: absolute, or starting with `.`.
pub fn split_cp_arg(arg: &str) -> (&str, &str) {
    if arg.starts_with('/') {
        return ("", arg);
    }
    match arg.split_once(':') {
        Some((ctr, path)) if !ctr.starts_with('.') => (ctr, path),
        _ => ("", arg),
    }
}

fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// docker's "Successfully copied ..." line.
fn summary(outcome: &CopyOutcome) -> String {
    let transferred = outcome.transferred;
    let content = outcome.content_size.unwrap_or(transferred);
    if content != transferred {
        format!(
            "Successfully copied {} (transferred {}) to {}",
            human_size(content),
            human_size(transferred),
            outcome.destination
        )
    } else {
        format!(
            "Successfully copied {} to {}",
            human_size(content),
            outcome.destination
        )
    }
}

pub fn run(g: &GlobalArgs, args: CpArgs) -> Result<()> {
    if args.source.is_empty() {
        bail!("source can not be empty");
    }
    if args.destination.is_empty() {
        bail!("destination can not be empty");
    }
    let (src_ctr, src_path) = split_cp_arg(&args.source);
    let (dst_ctr, dst_path) = split_cp_arg(&args.destination);
    let opts = CopyOptions {
        follow_link: args.follow_link,
        archive: args.archive,
    };
    // docker: without -q, progress is shown only when stdout is a terminal.
    let quiet = args
        .quiet
        .unwrap_or_else(|| !std::io::stdout().is_terminal());
    let engine = g.engine()?;
    let outcome = match (src_ctr.is_empty(), dst_ctr.is_empty()) {
        (false, false) => bail!("copying between containers is not supported"),
        (true, true) => bail!("must specify at least one container source"),
        (false, true) => {
            let c = crate::engine::ops::lookup(&engine, src_ctr)?;
            if dst_path == "-" {
                let stdout = std::io::stdout();
                let mut out = stdout.lock();
                let streamed = copy::copy_from_container(
                    &engine,
                    &c,
                    src_ctr,
                    src_path,
                    HostDest::Stream(&mut out),
                    opts,
                )
                .and_then(|_| Ok(out.flush()?));
                return match streamed {
                    // The reader went away (`| head`): stop quietly.
                    Err(e) if broken_pipe(&e) => Ok(()),
                    r => r,
                };
            }
            copy::copy_from_container(
                &engine,
                &c,
                src_ctr,
                src_path,
                HostDest::Path(PathBuf::from(dst_path)),
                opts,
            )?
        }
        (true, false) => {
            let c = crate::engine::ops::lookup(&engine, dst_ctr)?;
            let source = if src_path == "-" {
                HostSource::Stream(Box::new(std::io::stdin()))
            } else {
                HostSource::Path(PathBuf::from(src_path))
            };
            copy::copy_to_container(&engine, &c, dst_ctr, source, dst_path, opts)?
        }
    };
    if !quiet {
        eprintln!("{}", summary(&outcome));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp_args_split_like_docker() {
        assert_eq!(split_cp_arg("web:/etc/hosts"), ("web", "/etc/hosts"));
        assert_eq!(split_cp_arg("web:etc"), ("web", "etc"));
        assert_eq!(split_cp_arg("/abs/file:name"), ("", "/abs/file:name"));
        assert_eq!(split_cp_arg("./file:name"), ("", "./file:name"));
        assert_eq!(split_cp_arg("file"), ("", "file"));
        assert_eq!(split_cp_arg("-"), ("", "-"));
        assert_eq!(split_cp_arg(":x"), ("", "x"));
    }

    #[test]
    fn summaries_match_docker() {
        let o = CopyOutcome {
            content_size: Some(5),
            transferred: 2048,
            destination: "c:/tmp".into(),
        };
        assert_eq!(
            summary(&o),
            "Successfully copied 5B (transferred 2.05kB) to c:/tmp"
        );
        let o = CopyOutcome {
            content_size: None,
            transferred: 10240,
            destination: "/tmp/x".into(),
        };
        assert_eq!(summary(&o), "Successfully copied 10.2kB to /tmp/x");
    }
}
