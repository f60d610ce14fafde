//! compose v2's progress lines for `up`, `down` and friends, on stderr:
//! ` Container p-web-1  Started`, one line per step (compose's `plain`
//! progress; a terminal gets the same lines).

use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;

use crate::compose::runner::{Event, Kind, Progress};

pub struct Lines {
    quiet: bool,
    out: Mutex<std::io::Stderr>,
}

impl Lines {
    /// `--progress quiet` shows nothing but errors.
    pub fn new(mode: &str) -> Lines {
        Lines {
            quiet: mode == "quiet",
            out: Mutex::new(std::io::stderr()),
        }
    }
}

impl Progress for Lines {
    fn event(&self, kind: Kind, name: &str, event: Event) {
        if self.quiet && !matches!(event, Event::Error(_)) {
            return;
        }
        if let Ok(mut out) = self.out.lock() {
            let _ = match kind.as_str() {
                "" => writeln!(out, " {name} {}", event.text()),
                what => writeln!(out, " {what} {name}  {}", event.text()),
            };
        }
    }

    fn warning(&self, text: &str) {
        if let Ok(mut out) = self.out.lock() {
            // logrus's two faces, as compose prints its warnings.
            let _ = if std::io::stderr().is_terminal() {
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
}
