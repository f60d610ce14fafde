//! `compose watch`: brings the services up and applies their
//! `develop.watch` rules as files change, until Ctrl-C.

use anyhow::Result;

use super::{ComposeArgs, Session};

#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// Do not build & start services before watching
    #[arg(long)]
    pub no_up: bool,
    /// Prune dangling images on rebuild
    #[arg(long)]
    pub prune: bool,
    /// hide build output
    #[arg(long)]
    pub quiet: bool,
    pub services: Vec<String>,
}

pub fn watch(s: &Session, args: &ComposeArgs, a: &WatchArgs) -> Result<()> {
    let project = s.load(args, &a.services)?;
    let runner = s.runner(&project)?;
    super::catch_interrupts();
    let mut report = |r: crate::compose::watch::WatchReport| {
        use crate::compose::watch::WatchReport::{AlreadyBound, Failed};
        match r {
            AlreadyBound(_) | Failed(_) => eprintln!("WARN[0000] {}", r.text()),
            _ => println!("{}", r.text()),
        }
    };
    runner.watch(&a.services, !a.no_up, &mut report, &|| {
        !super::interrupted()
    })
}
