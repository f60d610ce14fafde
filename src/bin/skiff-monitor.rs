//! The per-container watcher: the small program a container's monitor becomes
//! once the container runs (see `engine::monitor::handoff`). It copies output,
//! serves attach clients, reaps the container and cleans up after it. It links
//! no libcontainer and no tokio, so a hundred of them cost little memory.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((handoff, watched, mut status)) = skiff::engine::monitor::handoff::from_args(&args)
    else {
        eprintln!("skiff-monitor: started by skiff only");
        std::process::exit(2);
    };
    let (code, clients) = skiff::engine::monitor::watch::watch(&handoff.log, watched, &mut status);
    skiff::engine::monitor::after_exit(&handoff.engine(), &handoff.id, code, clients, status);
}
