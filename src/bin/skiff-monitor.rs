//! The per-container watcher: the small program a container's monitor becomes
//! once the container runs (see `engine::monitor::handoff`). It copies output,
//! serves attach clients and reaps the container, then execs
//! `skiff __monitor-finish`. It links only the watch loop, not libcontainer,
//! so a hundred of them cost little memory.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((handoff, watched, mut status)) = skiff::engine::monitor::handoff::from_args(&args)
    else {
        eprintln!("skiff-monitor: started by skiff only");
        std::process::exit(2);
    };
    let (code, clients) = skiff::engine::monitor::watch::watch(&handoff.log, watched, &mut status);
    let err = skiff::engine::monitor::handoff::exec_finish(&handoff, code, clients, status);
    eprintln!("skiff-monitor: running {}: {err}", handoff.skiff.display());
    std::process::exit(1);
}
