//! Pull and push progress: indicatif bars on a terminal, docker's plain lines otherwise.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::image::manifest::Descriptor;
use crate::engine::image::pull::{LayerStatus, PullProgress};
use crate::engine::image::push::{PushProgress, PushStatus};
use crate::engine::image::reference::Reference;
use crate::engine::image::short_id;

/// How progress is shown.
pub enum Mode {
    Quiet,
    Plain,
    Bars,
}

impl Mode {
    pub fn detect(quiet: bool) -> Mode {
        Self::detect_on(quiet, Stream::Stdout)
    }

    /// Bars when `stream` is a terminal, docker's plain lines otherwise.
    pub fn detect_on(quiet: bool, stream: Stream) -> Mode {
        let terminal = match stream {
            Stream::Stdout => std::io::stdout().is_terminal(),
            Stream::Stderr => std::io::stderr().is_terminal(),
        };
        if quiet {
            Mode::Quiet
        } else if terminal {
            Mode::Bars
        } else {
            Mode::Plain
        }
    }
}

/// Where progress goes: stdout for `pull`, stderr for the pull that `run`
/// and `create` make (their stdout is the container's, or its ID).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

pub struct Reporter {
    mode: Mode,
    stream: Stream,
    /// Set once the bars are done: later lines go below them, not above.
    finished: std::sync::atomic::AtomicBool,
    multi: MultiProgress,
    bars: Mutex<HashMap<String, ProgressBar>>,
    /// The last status printed per blob, so plain output has no repeats.
    last: Mutex<HashMap<String, &'static str>>,
}

impl Reporter {
    pub fn new(mode: Mode) -> Reporter {
        Self::new_on(mode, Stream::Stdout)
    }

    pub fn new_on(mode: Mode, stream: Stream) -> Reporter {
        let multi = MultiProgress::with_draw_target(match (&mode, stream) {
            (Mode::Bars, Stream::Stdout) => ProgressDrawTarget::stdout(),
            (Mode::Bars, Stream::Stderr) => ProgressDrawTarget::stderr(),
            _ => ProgressDrawTarget::hidden(),
        });
        Reporter {
            mode,
            stream,
            finished: std::sync::atomic::AtomicBool::new(false),
            multi,
            bars: Mutex::new(HashMap::new()),
            last: Mutex::new(HashMap::new()),
        }
    }

    /// Prints a line above the bars (or plainly).
    pub fn line(&self, text: &str) {
        let finished = self.finished.load(std::sync::atomic::Ordering::SeqCst);
        match self.mode {
            Mode::Quiet => {}
            Mode::Bars if !finished => {
                let _ = self.multi.println(text);
            }
            Mode::Plain | Mode::Bars => match self.stream {
                Stream::Stdout => {
                    let _ = writeln!(std::io::stdout().lock(), "{text}");
                }
                Stream::Stderr => {
                    let _ = writeln!(std::io::stderr().lock(), "{text}");
                }
            },
        }
    }

    fn status(&self, digest: &str, text: &'static str, current: u64, total: u64) {
        let id = short_id(digest);
        match self.mode {
            Mode::Quiet => {}
            Mode::Plain => {
                let Ok(mut last) = self.last.lock() else {
                    return;
                };
                if last.get(digest) == Some(&text) {
                    return;
                }
                last.insert(digest.to_string(), text);
                drop(last);
                self.line(&format!("{id}: {text}"));
            }
            Mode::Bars => {
                let Ok(mut bars) = self.bars.lock() else {
                    return;
                };
                let bar = bars.entry(digest.to_string()).or_insert_with(|| {
                    let bar = self.multi.add(ProgressBar::new(total.max(1)));
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix}: {msg:<18} {bar:30} {bytes:>10}/{total_bytes:<10}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                    bar.set_prefix(id.clone());
                    bar
                });
                bar.set_message(text);
                if total > 0 {
                    bar.set_length(total);
                    bar.set_position(current);
                }
            }
        }
    }

    /// The lines docker prints once a pull is done: Digest and Status.
    pub fn pull_done(&self, result: &crate::engine::image::pull::PullResult) {
        use crate::engine::image::pull::PullStatus;
        self.line(&format!("Digest: {}", result.digest));
        let status = match result.status {
            PullStatus::Downloaded => "Downloaded newer image for",
            PullStatus::UpToDate => "Image is up to date for",
        };
        self.line(&format!("Status: {status} {}", result.reference.familiar()));
    }

    /// docker's `Mounted from REPO` row (not a fixed text, so not through `status`).
    fn mounted(&self, digest: &str, from: &str) {
        let text = format!("Mounted from {from}");
        match self.mode {
            Mode::Quiet => {}
            Mode::Plain => self.line(&format!("{}: {text}", short_id(digest))),
            Mode::Bars => {
                if let Ok(bars) = self.bars.lock() {
                    if let Some(bar) = bars.get(digest) {
                        bar.set_message(text);
                    }
                }
            }
        }
    }

    /// Leaves the bars as they are, finished; later lines go below them
    /// (docker prints Digest and Status after the layer rows).
    pub fn finish(&self) {
        if let Ok(bars) = self.bars.lock() {
            for bar in bars.values() {
                bar.abandon();
            }
        }
        self.finished
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

impl PullProgress for Reporter {
    fn not_found_locally(&self, reference: &Reference) {
        self.line(&format!(
            "Unable to find image '{}' locally",
            reference.familiar()
        ));
    }

    fn start(&self, reference: &Reference, _layers: &[Descriptor]) {
        let what = reference
            .tag
            .clone()
            .or(reference.digest.clone())
            .unwrap_or_default();
        self.line(&format!("{what}: Pulling from {}", reference.path));
    }

    fn layer(&self, layer: &Descriptor, status: LayerStatus) {
        let size = layer.size;
        match status {
            LayerStatus::Waiting => self.status(&layer.digest, "Pulling fs layer", 0, size),
            LayerStatus::AlreadyExists => self.status(&layer.digest, "Already exists", size, size),
            LayerStatus::Downloading { current, total } => {
                if matches!(self.mode, Mode::Bars) {
                    self.status(&layer.digest, "Downloading", current, total)
                }
            }
            LayerStatus::DownloadComplete => {
                self.status(&layer.digest, "Verifying Checksum", size, size);
                self.status(&layer.digest, "Download complete", size, size)
            }
            LayerStatus::Extracting => {
                if matches!(self.mode, Mode::Bars) {
                    self.status(&layer.digest, "Extracting", size, size)
                }
            }
            LayerStatus::PullComplete => self.status(&layer.digest, "Pull complete", size, size),
        }
    }
}

impl PushProgress for Reporter {
    fn blob(&self, digest: &str, status: PushStatus) {
        match status {
            PushStatus::Preparing => self.status(digest, "Preparing", 0, 0),
            PushStatus::Pushing { current, total } => {
                if matches!(self.mode, Mode::Bars) {
                    self.status(digest, "Pushing", current, total)
                }
            }
            PushStatus::Pushed => self.status(digest, "Pushed", 0, 0),
            PushStatus::AlreadyExists => self.status(digest, "Layer already exists", 0, 0),
            PushStatus::Mounted { from } => self.mounted(digest, &from),
        }
    }
}
