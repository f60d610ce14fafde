//! `skiff build`'s live view on a terminal, as BuildKit's tty progress
//! draws it: a `[+] Building 1.2s (3/5)` header, a ` => ` line per step with
//! its time (` => CACHED ` for cache hits), and the last lines a running
//! step printed as ` => => # ...`, redrawn in place; `FINISHED` at the end.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Log lines kept under a running step.
const LOG_LINES: usize = 6;

struct Step {
    n: usize,
    label: String,
    started: Instant,
    ended: Option<Instant>,
    cached: bool,
    log: Vec<String>,
}

struct Screen {
    started: Instant,
    steps: Vec<Step>,
    /// Fixed lines (the export) below the steps.
    extra: Vec<String>,
    drawn: usize,
    finished: bool,
}

pub struct Tty {
    screen: Arc<Mutex<Screen>>,
    ticker: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Default for Tty {
    fn default() -> Tty {
        Tty::new()
    }
}

impl Tty {
    pub fn new() -> Tty {
        let screen = Arc::new(Mutex::new(Screen {
            started: Instant::now(),
            steps: Vec::new(),
            extra: Vec::new(),
            drawn: 0,
            finished: false,
        }));
        let shared = screen.clone();
        let ticker = std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(100));
            let Ok(mut s) = shared.lock() else { return };
            if s.finished {
                return;
            }
            draw(&mut s, false);
        });
        Tty {
            screen,
            ticker: Mutex::new(Some(ticker)),
        }
    }

    fn with(&self, f: impl FnOnce(&mut Screen)) {
        if let Ok(mut s) = self.screen.lock() {
            f(&mut s);
            if !s.finished {
                draw(&mut s, false);
            }
        }
    }

    /// A finished line under the steps (`exporting to image` and its parts).
    pub fn extra(&self, line: &str) {
        self.with(|s| s.extra.push(line.to_string()));
    }

    /// Draws the last frame, `FINISHED` when the build succeeded.
    pub fn finish(&self, ok: bool) {
        if let Ok(mut s) = self.screen.lock() {
            if !s.finished {
                draw(&mut s, ok);
                s.finished = true;
            }
        }
        if let Some(t) = self.ticker.lock().ok().and_then(|mut t| t.take()) {
            let _ = t.join();
        }
    }
}

impl Drop for Tty {
    fn drop(&mut self) {
        self.finish(false);
    }
}

fn width() -> usize {
    use std::os::fd::AsRawFd as _;
    crate::engine::tty::get_winsize(std::io::stderr().as_raw_fd())
        .map_or(80, |(_, cols)| usize::from(cols))
        .max(40)
}

/// Cuts `text` to `max` characters.
fn fit(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn draw(s: &mut Screen, finished_ok: bool) {
    let cols = width();
    let mut lines = Vec::new();
    let done = s.steps.iter().filter(|st| st.ended.is_some()).count();
    let elapsed = s.started.elapsed().as_secs_f64();
    let status = if finished_ok { " FINISHED" } else { "" };
    lines.push(format!(
        "[+] Building {elapsed:.1}s ({done}/{}){status}",
        s.steps.len()
    ));
    let mut steps: Vec<&Step> = s.steps.iter().collect();
    steps.sort_by_key(|st| st.n);
    for st in steps {
        let time = (st.ended.unwrap_or_else(Instant::now) - st.started).as_secs_f64();
        let time = format!("{time:.1}s");
        let head = if st.cached {
            format!(" => CACHED {}", st.label)
        } else {
            format!(" => {}", st.label)
        };
        let room = cols.saturating_sub(time.len() + 2);
        let head = fit(&head, room);
        let pad = cols.saturating_sub(head.chars().count() + time.len() + 1);
        lines.push(format!("{head}{} {time}", " ".repeat(pad)));
        if st.ended.is_none() {
            for l in &st.log {
                lines.push(fit(&format!(" => => # {l}"), cols.saturating_sub(1)));
            }
        }
    }
    for e in &s.extra {
        lines.push(fit(e, cols.saturating_sub(1)));
    }
    s.drawn = super::terminal::redraw(s.drawn, &lines);
}

impl crate::build::Progress for Tty {
    fn step(&self, n: usize, label: &str) {
        self.with(|s| {
            s.steps.push(Step {
                n,
                label: label.to_string(),
                started: Instant::now(),
                ended: None,
                cached: false,
                log: Vec::new(),
            })
        });
    }

    fn output(&self, n: usize, _elapsed: f64, line: &str) {
        self.with(|s| {
            if let Some(st) = s.steps.iter_mut().find(|st| st.n == n) {
                st.log.push(line.to_string());
                if st.log.len() > LOG_LINES {
                    st.log.remove(0);
                }
            }
        });
    }

    fn done(&self, n: usize, _elapsed: f64) {
        self.with(|s| {
            if let Some(st) = s.steps.iter_mut().find(|st| st.n == n) {
                st.ended = Some(Instant::now());
            }
        });
    }

    fn cached(&self, n: usize) {
        self.with(|s| {
            if let Some(st) = s.steps.iter_mut().find(|st| st.n == n) {
                st.cached = true;
                st.ended = Some(Instant::now());
            }
        });
    }
}
