//! `skiff completion bash|zsh|fish`.

use anyhow::Result;
use clap_complete::Shell;

#[derive(Debug, clap::Args)]
pub struct CompletionArgs {
    /// The shell to generate completions for
    #[arg(value_parser = ["bash", "zsh", "fish"])]
    pub shell: String,
}

/// Writes the completion script for `shell` into `out`.
pub fn generate(shell: &str, out: &mut dyn std::io::Write) -> Result<()> {
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        other => anyhow::bail!("unsupported shell {other:?}"),
    };
    let mut cmd = super::command();
    clap_complete::generate(shell, &mut cmd, "skiff", out);
    Ok(())
}

pub fn run(args: CompletionArgs) -> Result<()> {
    generate(&args.shell, &mut std::io::stdout().lock())
}

/// Writes every generated file (completions and man pages) under `root`;
/// `tests/generated.rs` compares them with the committed copies.
pub fn write_generated(root: &std::path::Path) -> Result<()> {
    let comp = root.join("completions");
    std::fs::create_dir_all(&comp)?;
    for (shell, file) in [
        ("bash", "skiff.bash"),
        ("zsh", "_skiff"),
        ("fish", "skiff.fish"),
    ] {
        let mut buf = Vec::new();
        generate(shell, &mut buf)?;
        std::fs::write(comp.join(file), buf)?;
    }
    let man = root.join("man");
    std::fs::create_dir_all(&man)?;
    let cmd = super::command();
    write_man(&cmd, "skiff", &man)?;
    Ok(())
}

fn write_man(cmd: &clap::Command, name: &str, dir: &std::path::Path) -> Result<()> {
    let cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    std::fs::write(dir.join(format!("{name}.1")), buf)?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() {
            continue;
        }
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
