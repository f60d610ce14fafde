//! The event log: what happened to containers, images and volumes, as docker's
//! `events` reports it. Each invocation (and each monitor) appends one JSON line
//! per event to `<root>/events/<namespace>.jsonl`; appends of a line are atomic.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use crate::engine::Engine;

/// One event, with docker's field names. Container and image events also
/// carry the API's legacy `status`, `id` and `from` (scripts still read them).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(rename = "Action")]
    pub action: String,
    #[serde(rename = "Actor")]
    pub actor: Actor,
    pub scope: String,
    pub time: i64,
    #[serde(rename = "timeNano")]
    pub time_nano: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Actor {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Attributes")]
    pub attributes: BTreeMap<String, String>,
}

pub fn log_path(engine: &Engine) -> PathBuf {
    engine
        .paths
        .root
        .join("events")
        .join(format!("{}.jsonl", engine.namespace))
}

/// Appends an event; failing to record one never fails the operation itself.
pub fn record(engine: &Engine, kind: &str, action: &str, id: &str, attributes: &[(&str, &str)]) {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    let legacy = matches!(kind, "container" | "image");
    let event = Event {
        status: legacy.then(|| action.to_string()),
        id: legacy.then(|| id.to_string()),
        from: if kind == "container" {
            attributes
                .iter()
                .find(|(k, _)| *k == "image")
                .map(|(_, v)| v.to_string())
        } else {
            None
        },
        kind: kind.into(),
        action: action.into(),
        actor: Actor {
            id: id.into(),
            attributes: attributes
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        },
        scope: "local".into(),
        time: nanos / 1_000_000_000,
        time_nano: nanos,
    };
    let path = log_path(engine);
    let Ok(mut line) = serde_json::to_vec(&event) else {
        return;
    };
    line.push(b'\n');
    let open = || {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
    };
    // The directory is made once, when the first event finds it missing,
    // not tried again on every event of every run and exec.
    let file = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let made = path.parent().map(crate::engine::store::ensure_dir);
            made.and_then(Result::ok).map_or(Err(e), |()| open())
        }
        other => other,
    };
    if let Ok(mut f) = file {
        let _ = f.write_all(&line);
    }
}

/// Container events carry the image and name, as docker's do.
pub fn container(
    engine: &Engine,
    action: &str,
    record: &crate::engine::container::ContainerRecord,
    extra: &[(&str, &str)],
) {
    let mut attrs: Vec<(&str, &str)> = vec![
        ("image", record.image.as_str()),
        ("name", record.name.as_str()),
    ];
    attrs.extend_from_slice(extra);
    record_labels(engine, action, record, &attrs);
}

fn record_labels(
    engine: &Engine,
    action: &str,
    record: &crate::engine::container::ContainerRecord,
    attrs: &[(&str, &str)],
) {
    let mut all: Vec<(&str, &str)> = attrs.to_vec();
    for (k, v) in &record.config.labels {
        all.push((k.as_str(), v.as_str()));
    }
    self::record(engine, "container", action, &record.id, &all);
}

/// Events from `offset` bytes into the log on; returns them and the new offset.
pub fn read_from(engine: &Engine, offset: u64) -> (Vec<Event>, u64) {
    use std::io::Seek;
    let Ok(mut f) = std::fs::File::open(log_path(engine)) else {
        return (Vec::new(), offset);
    };
    if f.seek(std::io::SeekFrom::Start(offset)).is_err() {
        return (Vec::new(), offset);
    }
    let mut reader = std::io::BufReader::new(f);
    let mut out = Vec::new();
    let mut pos = offset;
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                // A line still being written has no newline yet: read it next time.
                if !line.ends_with('\n') {
                    break;
                }
                pos += n as u64;
                if let Ok(e) = serde_json::from_str::<Event>(line.trim_end()) {
                    out.push(e);
                }
            }
        }
    }
    (out, pos)
}

/// Where the log ends now: the offset to pass to `read_from` for what happens next.
pub fn end_offset(engine: &Engine) -> u64 {
    std::fs::metadata(log_path(engine))
        .map(|m| m.len())
        .unwrap_or(0)
}

/// The exit code of the container's last `die` event after `offset`: what a waiter
/// reports once the container (and the state holding its code) is gone.
pub fn last_exit_code(engine: &Engine, id: &str, offset: u64) -> Option<i32> {
    let (events, _) = read_from(engine, offset);
    events
        .iter()
        .rev()
        .find(|e| e.kind == "container" && e.action == "die" && e.actor.id == id)
        .and_then(|e| e.actor.attributes.get("exitCode"))
        .and_then(|code| code.parse().ok())
}
