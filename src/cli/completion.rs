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
    // clap completes flags and commands; the names of containers, images,
    // networks and volumes come from the store, asked at completion time.
    if shell == Shell::Zsh {
        // zsh's script ends by registering `_skiff`: ours wraps it instead.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut cmd, "skiff", &mut script);
        let script = String::from_utf8(script)?;
        let Some(at) = script.rfind(ZSH_TRAILER) else {
            anyhow::bail!("clap_complete's zsh script no longer ends as expected");
        };
        out.write_all(&script.as_bytes()[..at])?;
        out.write_all(ZSH_NAMES.as_bytes())?;
        out.write_all(&script.as_bytes()[at + ZSH_TRAILER.len()..])?;
        return Ok(());
    }
    clap_complete::generate(shell, &mut cmd, "skiff", out);
    let names = match shell {
        Shell::Bash => BASH_NAMES,
        _ => FISH_NAMES,
    };
    out.write_all(names.as_bytes())?;
    Ok(())
}

/// The shell function bash and zsh completion both call for the names of
/// one kind of object in the store.
macro_rules! objects_function {
    () => {
        r#"_skiff_objects() {
    case "$1" in
        running) skiff ps --format '{{.Names}}' 2>/dev/null ;;
        containers) skiff ps -a --format '{{.Names}}' 2>/dev/null ;;
        images) skiff images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | grep -v '<none>' ;;
        networks) skiff network ls --format '{{.Name}}' 2>/dev/null ;;
        volumes) skiff volume ls -q 2>/dev/null ;;
    esac
}
"#
    };
}

/// The kind of object a command's argument names, from `$cmd` and `$sub`:
/// the same shell code for bash and zsh.
macro_rules! object_kind {
    () => {
        r#"    case "$cmd" in
        container) cmd="$sub" ;;
        image) case "$sub" in rm|remove|push|tag|history|save|inspect) kind=images ;; esac ;;
        network) case "$sub" in rm|remove|inspect|connect|disconnect) kind=networks ;; esac ;;
        volume) case "$sub" in rm|remove|inspect) kind=volumes ;; esac ;;
    esac
    if [[ -z "$kind" ]]; then
        case " stop kill pause exec attach top port stats " in *" $cmd "*) kind=running ;; esac
        case " start rm logs restart wait rename commit export diff update unpause inspect " in *" $cmd "*) kind=containers ;; esac
        case " rmi push tag history save " in *" $cmd "*) kind=images ;; esac
    fi
"#
    };
}

const BASH_NAMES: &str = concat!(
    r#"
# Names of containers, images, networks and volumes, from the store.
"#,
    objects_function!(),
    r#"
_skiff_with_objects() {
    local cur="${COMP_WORDS[COMP_CWORD]}" words=() i w skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${COMP_WORDS[i]}"
        if ((skip)); then skip=0; continue; fi
        case "$w" in
            --root|--runroot|-n|--namespace|--hosts-dir|--insecure-registry|--storage-driver|--snapshotter|-l|--log-level) skip=1 ;;
            -*) ;;
            *) words+=("$w") ;;
        esac
    done
    local cmd="${words[0]}" sub="${words[1]}" kind=""
"#,
    object_kind!(),
    r#"    if [[ -n "$kind" && "$cur" != -* ]]; then
        COMPREPLY=($(compgen -W "$(_skiff_objects "$kind")" -- "$cur"))
        return 0
    fi
    _skiff "$@"
}

complete -F _skiff_with_objects -o bashdefault -o default skiff
"#
);

/// How clap_complete's zsh script registers its completion function.
const ZSH_TRAILER: &str = r#"if [ "$funcstack[1]" = "_skiff" ]; then
    _skiff "$@"
else
    compdef _skiff skiff
fi
"#;

const ZSH_NAMES: &str = concat!(
    r#"# Names of containers, images, networks and volumes, from the store.
"#,
    objects_function!(),
    r#"
_skiff_with_objects() {
    local -a args
    local i w skip=0
    for ((i = 2; i < CURRENT; i++)); do
        w="${words[i]}"
        if ((skip)); then skip=0; continue; fi
        case "$w" in
            --root|--runroot|-n|--namespace|--hosts-dir|--insecure-registry|--storage-driver|--snapshotter|-l|--log-level) skip=1 ;;
            -*) ;;
            *) args+=("$w") ;;
        esac
    done
    local cmd="${args[1]}" sub="${args[2]}" kind=""
"#,
    object_kind!(),
    r#"    if [[ -n "$kind" && "${words[CURRENT]}" != -* ]]; then
        local -a names
        names=(${(f)"$(_skiff_objects $kind)"})
        compadd -a names
        return
    fi
    _skiff "$@"
}

if [ "$funcstack[1]" = "_skiff" ]; then
    _skiff_with_objects "$@"
else
    compdef _skiff_with_objects skiff
fi
"#
);

const FISH_NAMES: &str = r#"
# Names of containers, images, networks and volumes, from the store.
complete -c skiff -n "__fish_seen_subcommand_from stop kill pause exec attach top port stats" -f -a "(skiff ps --format '{{.Names}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from start rm logs restart wait rename commit export diff update unpause inspect; and not __fish_seen_subcommand_from network volume image" -f -a "(skiff ps -a --format '{{.Names}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from rmi push tag history save; or __fish_seen_subcommand_from image" -f -a "(skiff images --format '{{.Repository}}:{{.Tag}}' 2>/dev/null | string match -v '*<none>*')"
complete -c skiff -n "__fish_seen_subcommand_from network; and __fish_seen_subcommand_from rm remove inspect connect disconnect" -f -a "(skiff network ls --format '{{.Name}}' 2>/dev/null)"
complete -c skiff -n "__fish_seen_subcommand_from volume; and __fish_seen_subcommand_from rm remove inspect" -f -a "(skiff volume ls -q 2>/dev/null)"
"#;

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
