//! `skiff history` / `skiff image history`.

use anyhow::Result;
use serde_json::json;

use super::format::{render_items, Format};
use super::units::{human_size, since};
use super::GlobalArgs;
use crate::engine::image::{config, lookup, short_id};

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {
    /// The image
    pub image: String,
    /// Print sizes and dates in human readable format
    #[arg(short = 'H', long, default_value_t = true, action = clap::ArgAction::Set)]
    pub human: bool,
    /// Don't truncate output
    #[arg(long = "no-trunc")]
    pub no_trunc: bool,
    /// Only show image IDs
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Format output using a custom template
    #[arg(long)]
    pub format: Option<String>,
}

pub fn run(g: &GlobalArgs, args: HistoryArgs) -> Result<()> {
    let engine = g.engine()?;
    let image = lookup(&engine, &args.image)?;
    let cfg = config(&engine, &image.record)?;
    let snapshots = engine.snapshots();
    let mut layer_sizes = image
        .record
        .layers
        .iter()
        .map(|l| snapshots.info(&l.chain_id).map(|i| i.size).unwrap_or(0));
    let mut items = Vec::new();
    for h in &cfg.history {
        let size = if h.empty_layer {
            0
        } else {
            layer_sizes.next().unwrap_or(0)
        };
        let created_by = h.created_by.clone().unwrap_or_default();
        let shown = if args.no_trunc {
            created_by.clone()
        } else {
            super::units::ellipsis(&created_by, 45)
        };
        items.push(json!({
            "ID": "<missing>",
            "CreatedSince": if args.human { since(h.created.as_deref()) } else { h.created.clone().unwrap_or_default() },
            "CreatedAt": h.created.clone().unwrap_or_default(),
            "CreatedBy": shown,
            "Size": if args.human { human_size(size) } else { size.to_string() },
            "Comment": h.comment.clone().unwrap_or_default(),
        }));
    }
    items.reverse();
    let id = if args.no_trunc {
        image.record.id.clone()
    } else {
        short_id(&image.record.id)
    };
    match items.first_mut() {
        Some(first) => first["ID"] = json!(id),
        None => items.push(json!({"ID": id, "CreatedSince": since(cfg.created.as_deref()), "CreatedAt": cfg.created.clone().unwrap_or_default(), "CreatedBy": "", "Size": human_size(image.record.size), "Comment": ""})),
    }
    if args.quiet {
        for item in &items {
            println!("{}", item["ID"].as_str().unwrap_or_default());
        }
        return Ok(());
    }
    let headers = [
        ("ID", "IMAGE"),
        ("CreatedSince", "CREATED"),
        ("CreatedAt", "CREATED AT"),
        ("CreatedBy", "CREATED BY"),
        ("Size", "SIZE"),
        ("Comment", "COMMENT"),
    ];
    let default = "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";
    let format = Format::parse(args.format.as_deref().unwrap_or(""));
    print!("{}", render_items(&format, default, &headers, &items)?);
    Ok(())
}
