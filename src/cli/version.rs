//! `skiff version`.

use anyhow::Result;

use super::GlobalArgs;

#[derive(Debug, clap::Args)]
pub struct VersionArgs {
    /// Format the output using the given Go template
    #[arg(short = 'f', long)]
    pub format: Option<String>,
}

pub fn run(_g: &GlobalArgs, args: VersionArgs) -> Result<()> {
    let info = serde_json::json!({
        "Client": {
            "Version": env!("CARGO_PKG_VERSION"),
            "ApiVersion": "1.43",
            "Os": std::env::consts::OS,
            "Arch": super::super::engine::image::platform::host().architecture,
            "Experimental": false,
        }
    });
    if let Some(tmpl) = args.format {
        println!("{}", super::format::render_one(&tmpl, &info)?);
        return Ok(());
    }
    let c = &info["Client"];
    println!("Client:");
    println!(
        " Version:      {}",
        c["Version"].as_str().unwrap_or_default()
    );
    println!(
        " API version:  {}",
        c["ApiVersion"].as_str().unwrap_or_default()
    );
    println!(
        " OS/Arch:      {}/{}",
        c["Os"].as_str().unwrap_or_default(),
        c["Arch"].as_str().unwrap_or_default()
    );
    println!(" Daemonless:   true");
    Ok(())
}
