//! `skiff images` / `skiff image ...`.

use anyhow::{anyhow, bail, Result};
use clap::Subcommand;
use serde_json::json;

use super::format::{render_items, Format};
use super::units::{go_time_text, human_size, parse_time, since};
use super::GlobalArgs;
use crate::engine::image::reference::Reference;
use crate::engine::image::store::ImageRecord;
use crate::engine::image::{lookup, short_id};

#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// List images
    #[command(visible_alias = "list")]
    Ls(ImagesArgs),
    /// Download an image from a registry
    Pull(super::pull::PullArgs),
    /// Upload an image to a registry
    Push(super::push::PushArgs),
    /// Remove one or more images
    #[command(visible_alias = "remove")]
    Rm(super::rmi::RmiArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(super::tag::TagArgs),
    /// Display detailed information on one or more images
    Inspect(super::inspect::ImageInspectArgs),
    /// Remove unused images
    Prune(PruneArgs),
    /// Show the history of an image
    History(super::history::HistoryArgs),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    Save(super::save::SaveArgs),
    /// Load an image from a tar archive or STDIN
    Load(super::load::LoadArgs),
    /// Import the contents from a tarball to create a filesystem image
    Import(super::import::ImportArgs),
    /// Build an image from a Dockerfile
    Build(Box<super::build::BuildArgs>),
    /// Check that images' blobs are present and intact and their layers unpacked
    Check(super::image_check::CheckArgs),
    /// Mount an image's root filesystem read-only (none given: list the mounted ones)
    Mount(super::mount::ImageMountArgs),
    /// Unmount images mounted with `image mount`
    #[command(visible_alias = "umount")]
    Unmount(super::mount::ImageUnmountArgs),
}

pub fn run_group(g: &GlobalArgs, cmd: ImageCommand) -> Result<()> {
    match cmd {
        ImageCommand::Ls(a) => run(g, a),
        ImageCommand::Pull(a) => super::pull::run(g, a),
        ImageCommand::Build(a) => super::build::run(g, *a),
        ImageCommand::Push(a) => super::push::run(g, a),
        ImageCommand::Rm(a) => super::rmi::run(g, a),
        ImageCommand::Tag(a) => super::tag::run(g, a),
        ImageCommand::Inspect(a) => super::inspect::run_images(g, a),
        ImageCommand::Prune(a) => run_prune(g, a),
        ImageCommand::History(a) => super::history::run(g, a),
        ImageCommand::Save(a) => super::save::run(g, a),
        ImageCommand::Load(a) => super::load::run(g, a),
        ImageCommand::Import(a) => super::import::run(g, a),
        ImageCommand::Check(a) => super::image_check::run(g, a),
        ImageCommand::Mount(a) => super::mount::run_image_mount(g, a),
        ImageCommand::Unmount(a) => super::mount::run_image_unmount(g, a),
    }
}

#[derive(Debug, clap::Args)]
pub struct ImagesArgs {
    /// Only show images of this repository (and tag)
    #[arg(value_name = "REPOSITORY[:TAG]")]
    pub repository: Option<String>,
    /// Show all images (default hides intermediate images)
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Only show image IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Show digests
    #[arg(long)]
    pub digests: bool,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Filter output based on conditions provided (dangling, reference, label, before, since)
    #[arg(short = 'f', long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
    /// Format output using a custom template: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long)]
    pub format: Option<String>,
}

/// One row of `images`: an image under one of its names (or `<none>`).
struct Row<'a> {
    repository: String,
    tag: String,
    digest: String,
    image: &'a ImageRecord,
}

fn rows<'a>(names: &[(String, String)], images: &'a [ImageRecord]) -> Vec<Row<'a>> {
    let mut out = Vec::new();
    for img in images {
        let mine: Vec<Reference> = names
            .iter()
            .filter(|(_, id)| *id == img.id)
            .filter_map(|(n, _)| Reference::parse_named(n).ok())
            .collect();
        let digest_for = |repo: &str| -> String {
            img.repo_digests
                .iter()
                .filter_map(|d| Reference::parse_named(d).ok())
                .find(|r| r.repository() == repo)
                .and_then(|r| r.digest)
                .unwrap_or_else(|| "<none>".into())
        };
        if mine.is_empty() {
            out.push(Row {
                repository: "<none>".into(),
                tag: "<none>".into(),
                digest: img
                    .repo_digests
                    .first()
                    .and_then(|d| d.split_once('@').map(|(_, d)| d.to_string()))
                    .unwrap_or_else(|| "<none>".into()),
                image: img,
            });
            continue;
        }
        for r in mine {
            out.push(Row {
                repository: r.familiar_repository(),
                tag: r.tag.clone().unwrap_or_else(|| "<none>".into()),
                digest: r
                    .digest
                    .clone()
                    .unwrap_or_else(|| digest_for(&r.repository())),
                image: img,
            });
        }
    }
    out.sort_by(|a, b| {
        let t = |r: &Row| r.image.created.as_deref().and_then(parse_time);
        t(b).cmp(&t(a))
            .then_with(|| a.repository.cmp(&b.repository))
            .then_with(|| a.tag.cmp(&b.tag))
    });
    out
}

/// Docker's `--filter` keys for images.
struct Filters {
    dangling: Option<bool>,
    references: Vec<String>,
    labels: Vec<(String, Option<String>)>,
    before: Option<std::time::SystemTime>,
    since: Option<std::time::SystemTime>,
}

fn parse_filters(engine: &crate::engine::Engine, raw: &[String]) -> Result<Filters> {
    let mut f = Filters {
        dangling: None,
        references: Vec::new(),
        labels: Vec::new(),
        before: None,
        since: None,
    };
    let created = |name: &str| -> Result<std::time::SystemTime> {
        let img = lookup(engine, name)?;
        img.record
            .created
            .as_deref()
            .and_then(parse_time)
            .ok_or_else(|| anyhow!("image {name} has no creation time"))
    };
    let given = crate::engine::filters::Filters::parse(
        raw,
        &["dangling", "reference", "label", "before", "since"],
    )?;
    for (key, value) in given.pairs() {
        match key {
            "dangling" => {
                f.dangling = Some(match value.to_lowercase().as_str() {
                    "true" | "1" => true,
                    "false" | "0" => false,
                    _ => bail!("Invalid filter 'dangling={value}'"),
                })
            }
            "reference" => f.references.push(value.to_string()),
            "label" => f.labels.push(match value.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (value.to_string(), None),
            }),
            "before" => f.before = Some(created(value)?),
            "since" => f.since = Some(created(value)?),
            _ => {}
        }
    }
    Ok(f)
}

/// Shell-style `*` and `?` matching, as docker's reference filter uses path.Match.
fn glob(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8]) -> bool {
        match (p.first(), t.first()) {
            (None, None) => true,
            (Some(b'*'), _) => go(&p[1..], t) || (!t.is_empty() && t[0] != b'/' && go(p, &t[1..])),
            (Some(b'?'), Some(c)) if *c != b'/' => go(&p[1..], &t[1..]),
            (Some(a), Some(b)) if a == b => go(&p[1..], &t[1..]),
            _ => false,
        }
    }
    go(pattern.as_bytes(), text.as_bytes())
}

pub fn run(g: &GlobalArgs, args: ImagesArgs) -> Result<()> {
    let engine = g.engine()?;
    let txn = engine.images().read()?;
    let names: Vec<(String, String)> = txn.names().map(|(n, i)| (n.clone(), i.clone())).collect();
    let images: Vec<ImageRecord> = txn.images().cloned().collect();
    let filters = parse_filters(&engine, &args.filters)?;
    let mut selected: Vec<Row> = rows(&names, &images)
        .into_iter()
        .filter(|r| {
            let dangling = r.repository == "<none>";
            if let Some(want) = filters.dangling {
                if dangling != want {
                    return false;
                }
            }
            if !filters.references.is_empty() {
                let full = format!("{}:{}", r.repository, r.tag);
                if !filters
                    .references
                    .iter()
                    .any(|p| glob(p, &r.repository) || glob(p, &full))
                {
                    return false;
                }
            }
            let created = r.image.created.as_deref().and_then(parse_time);
            if filters
                .before
                .is_some_and(|b| created.is_none_or(|c| c >= b))
            {
                return false;
            }
            if filters
                .since
                .is_some_and(|s| created.is_none_or(|c| c <= s))
            {
                return false;
            }
            if !filters.labels.is_empty() {
                let labels = crate::engine::image::labels(&engine, r.image);
                for (k, v) in &filters.labels {
                    match (labels.get(k).map(String::as_str), v) {
                        (None, _) => return false,
                        (Some(have), Some(want)) if have != want => return false,
                        _ => {}
                    }
                }
            }
            true
        })
        .collect();
    if let Some(repo) = &args.repository {
        let (want_repo, want_tag) = match Reference::parse_named(repo) {
            Ok(r) => (r.familiar_repository(), r.tag),
            Err(e) => bail!("{e}"),
        };
        selected
            .retain(|r| r.repository == want_repo && want_tag.as_ref().is_none_or(|t| *t == r.tag));
    }
    let id_of = |img: &ImageRecord| {
        if args.no_trunc {
            img.id.clone()
        } else {
            short_id(&img.id)
        }
    };
    if args.quiet {
        let mut seen = std::collections::HashSet::new();
        for r in &selected {
            if seen.insert(r.image.id.clone()) {
                println!("{}", id_of(r.image));
            }
        }
        return Ok(());
    }
    let items: Vec<serde_json::Value> = selected
        .iter()
        .map(|r| {
            let created_at = r
                .image
                .created
                .as_deref()
                .map(|c| go_time_text(Some(c)))
                .unwrap_or_default();
            json!({
                "Containers": "N/A",
                "CreatedAt": created_at,
                "CreatedSince": since(r.image.created.as_deref()),
                "Digest": r.digest,
                "ID": id_of(r.image),
                "Repository": r.repository,
                "SharedSize": "N/A",
                "Size": human_size(r.image.size),
                "Tag": r.tag,
                "UniqueSize": "N/A",
                "VirtualSize": human_size(r.image.size),
            })
        })
        .collect();
    let default = if args.digests {
        "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    } else {
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    };
    let headers = [
        ("Repository", "REPOSITORY"),
        ("Tag", "TAG"),
        ("Digest", "DIGEST"),
        ("ID", "IMAGE ID"),
        ("CreatedSince", "CREATED"),
        ("CreatedAt", "CREATED AT"),
        ("Size", "SIZE"),
        ("Containers", "CONTAINERS"),
        ("SharedSize", "SHARED SIZE"),
        ("UniqueSize", "UNIQUE SIZE"),
        ("VirtualSize", "VIRTUAL SIZE"),
    ];
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!("{}", render_items(&format, default, &headers, &items)?);
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short = 'a', long)]
    pub all: bool,
    /// Do not prompt for confirmation
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Provide filter values (e.g. 'until=<timestamp>', 'label=<key>=<value>')
    #[arg(long = "filter", value_name = "FILTER")]
    pub filters: Vec<String>,
}

pub fn run_prune(g: &GlobalArgs, args: PruneArgs) -> Result<()> {
    let (filters, _) =
        crate::engine::filters::prune_filters(&args.filters, std::time::SystemTime::now())?;
    let engine = g.engine()?;
    if !args.force {
        let warning = if args.all {
            "WARNING! This will remove all images without at least one container associated to them."
        } else {
            "WARNING! This will remove all dangling images."
        };
        if !super::confirm(warning)? {
            return Ok(());
        }
    }
    // Images that containers use are kept, as docker keeps them.
    let (events, reclaimed) = crate::engine::system::prune_images(&engine, args.all, &filters)?;
    if !events.is_empty() {
        println!("Deleted Images:");
        // docker's image prune prints these in lower case, unlike rmi.
        for e in &events {
            match e {
                crate::engine::image::RemoveEvent::Untagged(name) => println!("untagged: {name}"),
                crate::engine::image::RemoveEvent::Deleted(id) => println!("deleted: {id}"),
            }
        }
        println!();
    }
    println!(
        "Total reclaimed space: {}",
        super::units::human_size(reclaimed)
    );
    Ok(())
}
