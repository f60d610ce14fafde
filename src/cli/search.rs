//! `skiff search REGISTRY/TERM`: repositories of a registry's catalog.

use anyhow::{anyhow, bail, Result};

use super::format::{render_items, Format};
use super::GlobalArgs;

#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// REGISTRY/TERM: the registry to search, and what names must contain
    #[arg(value_name = "TERM")]
    pub term: String,
    /// Max number of search results
    #[arg(long, default_value_t = 25)]
    pub limit: usize,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Pretty-print search using a Go template
    #[arg(long)]
    pub format: Option<String>,
}

pub fn run(g: &GlobalArgs, args: SearchArgs) -> Result<()> {
    let engine = g.engine()?;
    // Only registries with a catalog can be searched; Docker Hub's search
    // API is out of reach of a daemonless client without its index service.
    let Some((registry, term)) = args
        .term
        .split_once('/')
        .filter(|(r, _)| r.contains('.') || r.contains(':') || *r == "localhost")
    else {
        bail!(
            "search needs a registry with a catalog: skiff search REGISTRY/TERM (e.g. localhost:5000/{})",
            args.term
        );
    };
    let rt = super::runtime()?;
    let found = rt
        .block_on(crate::engine::image::pull::search(&engine, registry, term))
        .map_err(|e| anyhow!("{e:#}"))?;
    let items: Vec<serde_json::Value> = found
        .iter()
        .take(args.limit)
        .map(|name| {
            serde_json::json!({
                "Name": format!("{registry}/{name}"),
                "Description": "",
                "StarCount": "0",
                "IsOfficial": "",
            })
        })
        .collect();
    let headers = [
        ("Name", "NAME"),
        ("Description", "DESCRIPTION"),
        ("StarCount", "STARS"),
        ("IsOfficial", "OFFICIAL"),
    ];
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!(
        "{}",
        render_items(
            &format,
            "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}",
            &headers,
            &items
        )?
    );
    Ok(())
}
