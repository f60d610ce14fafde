//! compose v2's progress for `up`, `down` and friends, on stderr. On a
//! terminal (`--progress auto|tty`): one line per resource, redrawn in place,
//! with a spinner and the step's elapsed time under a `[+] Running n/m`
//! header. Otherwise (`plain`): ` Container p-web-1 Started `, a line per
//! step; `json`: one object per step; `quiet`: errors only.

use std::io::{IsTerminal as _, Write as _};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::compose::runner::{Event, Kind, Progress};

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Tty,
    Plain,
    Json,
    Quiet,
}

/// One resource's line on a terminal.
struct Row {
    id: String,
    text: String,
    started: Instant,
    ended: Option<Instant>,
    failed: bool,
    warned: bool,
}

struct Screen {
    rows: Vec<Row>,
    /// Lines drawn last time, to move back over.
    drawn: usize,
    frame: usize,
    finished: bool,
}

pub struct Lines {
    mode: Mode,
    screen: Arc<Mutex<Screen>>,
    ticker: Mutex<Option<std::thread::JoinHandle<()>>>,
}

const SPINNER: &[&str] = &["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// The states after which a resource has nothing more to do.
fn is_done(event: &Event) -> bool {
    !matches!(
        event,
        Event::Creating
            | Event::Recreate
            | Event::Starting
            | Event::Waiting
            | Event::Stopping
            | Event::Removing
            | Event::Pulling
            | Event::Building
            | Event::Killing
            | Event::Pausing
            | Event::Unpausing
    )
}

impl Lines {
    pub fn new(mode: &str) -> Lines {
        let mode = match mode {
            "quiet" => Mode::Quiet,
            "json" => Mode::Json,
            "plain" => Mode::Plain,
            "tty" => Mode::Tty,
            _ if std::io::stderr().is_terminal() => Mode::Tty,
            _ => Mode::Plain,
        };
        Lines {
            mode,
            screen: Arc::new(Mutex::new(Screen {
                rows: Vec::new(),
                drawn: 0,
                frame: 0,
                finished: false,
            })),
            ticker: Mutex::new(None),
        }
    }

    /// Draws the last frame and stops redrawing (before output follows).
    pub fn finish(&self) {
        if let Ok(mut s) = self.screen.lock() {
            if !s.finished && self.mode == Mode::Tty && !s.rows.is_empty() {
                draw(&mut s);
            }
            s.finished = true;
        }
        if let Some(t) = self.ticker.lock().ok().and_then(|mut t| t.take()) {
            let _ = t.join();
        }
    }

    /// Keeps the spinners turning between events.
    fn start_ticker(&self) {
        let Ok(mut ticker) = self.ticker.lock() else {
            return;
        };
        if ticker.is_some() {
            return;
        }
        let screen = self.screen.clone();
        *ticker = Some(std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(100));
            let Ok(mut s) = screen.lock() else { return };
            if s.finished {
                return;
            }
            s.frame += 1;
            draw(&mut s);
        }));
    }
}

impl Drop for Lines {
    fn drop(&mut self) {
        self.finish();
    }
}

fn draw(s: &mut Screen) {
    let done = s.rows.iter().filter(|r| r.ended.is_some()).count();
    let mut lines = vec![format!("[+] Running {done}/{}", s.rows.len())];
    let width = s
        .rows
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(0);
    let text_width = s
        .rows
        .iter()
        .map(|r| r.text.chars().count())
        .max()
        .unwrap_or(0);
    for r in &s.rows {
        let mark = match (r.ended, r.failed) {
            (_, true) => "\x1b[31m✘\x1b[0m".to_string(),
            (Some(_), false) if r.warned => "\x1b[33m!\x1b[0m".to_string(),
            (Some(_), false) => "\x1b[32m✔\x1b[0m".to_string(),
            (None, false) => SPINNER[s.frame % SPINNER.len()].to_string(),
        };
        let elapsed = r.ended.unwrap_or_else(Instant::now) - r.started;
        lines.push(format!(
            " {mark} {:<width$} {:<text_width$} {:>5.1}s",
            r.id,
            r.text,
            elapsed.as_secs_f64()
        ));
    }
    s.drawn = crate::cli::terminal::redraw(s.drawn, &lines);
}

impl Progress for Lines {
    fn event(&self, kind: Kind, name: &str, event: Event) {
        let id = match kind.as_str() {
            "" => name.to_string(),
            what => format!("{what} {name}"),
        };
        let failed = matches!(event, Event::Error(_));
        let warned = matches!(event, Event::Warning(_));
        match self.mode {
            Mode::Quiet if !failed => {}
            Mode::Quiet | Mode::Plain => {
                // compose's plain writer: Fprintln(prefix, ID, Text, StatusText),
                // operands joined by spaces (the empty prefix and status too).
                let _ = writeln!(std::io::stderr(), " {id} {} ", event.text());
            }
            Mode::Json => {
                let line = serde_json::json!({ "id": id, "text": event.text() });
                let _ = writeln!(std::io::stderr(), "{line}");
            }
            Mode::Tty => {
                let Ok(mut s) = self.screen.lock() else {
                    return;
                };
                let now = Instant::now();
                let ended = is_done(&event).then_some(now);
                match s.rows.iter_mut().find(|r| r.id == id) {
                    Some(r) => {
                        if r.ended.is_some() && ended.is_none() {
                            // A new step of a finished resource: time it afresh.
                            r.started = now;
                        }
                        r.text = event.text();
                        r.ended = ended;
                        r.failed = failed;
                        r.warned = warned;
                    }
                    None => s.rows.push(Row {
                        id,
                        text: event.text(),
                        started: now,
                        ended,
                        failed,
                        warned,
                    }),
                }
                draw(&mut s);
                drop(s);
                self.start_ticker();
            }
        }
    }

    fn warning(&self, text: &str) {
        if let Ok(mut s) = self.screen.lock() {
            // Printed above the progress area, which is drawn anew below it.
            s.drawn = 0;
        }
        let mut out = std::io::stderr().lock();
        // logrus's two faces, as compose prints its warnings.
        let _ = if self.mode == Mode::Tty {
            writeln!(out, "WARN[0000] {text}")
        } else {
            writeln!(
                out,
                "time=\"{}\" level=warning msg={:?}",
                crate::engine::container::now_rfc3339(),
                text
            )
        };
    }
}
