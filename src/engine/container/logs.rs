//! Container logs in docker's `json-file` format: one JSON object per line with
//! `log`, `stream` and `time`. Concatenating `log` fields gives the exact bytes.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogEntry {
    pub log: String,
    pub stream: String,
    pub time: String,
}

/// Splits output into lines and appends them; a partial line is kept until its
/// newline arrives (or [`flush_partial`](Self::flush_partial) at the end).
pub struct LogWriter {
    file: File,
    pending: [Vec<u8>; 2],
}

/// Docker splits lines longer than this into several entries.
const MAX_LINE: usize = 16 * 1024;

impl LogWriter {
    pub fn open(path: &Path) -> io::Result<LogWriter> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(LogWriter {
            file,
            pending: [Vec::new(), Vec::new()],
        })
    }

    fn stream_name(stream: usize) -> &'static str {
        if stream == 0 {
            "stdout"
        } else {
            "stderr"
        }
    }

    fn emit(&mut self, stream: usize, bytes: &[u8]) -> io::Result<()> {
        let entry = LogEntry {
            log: String::from_utf8_lossy(bytes).into_owned(),
            stream: Self::stream_name(stream).into(),
            time: super::now_rfc3339(),
        };
        let mut line = serde_json::to_vec(&entry).map_err(io::Error::other)?;
        line.push(b'\n');
        self.file.write_all(&line)
    }

    /// Appends output of stream 0 (stdout) or 1 (stderr).
    pub fn write(&mut self, stream: usize, data: &[u8]) -> io::Result<()> {
        let mut buf = std::mem::take(&mut self.pending[stream]);
        buf.extend_from_slice(data);
        let mut start = 0;
        while let Some(pos) = buf[start..].iter().position(|&b| b == b'\n') {
            let end = start + pos + 1;
            self.emit(stream, &buf[start..end])?;
            start = end;
        }
        while buf.len() - start >= MAX_LINE {
            self.emit(stream, &buf[start..start + MAX_LINE])?;
            start += MAX_LINE;
        }
        self.pending[stream] = buf[start..].to_vec();
        Ok(())
    }

    pub fn flush_partial(&mut self) -> io::Result<()> {
        for stream in 0..2 {
            let rest = std::mem::take(&mut self.pending[stream]);
            if !rest.is_empty() {
                self.emit(stream, &rest)?;
            }
        }
        self.file.flush()
    }
}

/// Reads every entry of a log file; a torn last line (the monitor is writing) is skipped.
pub fn read_entries(path: &Path) -> io::Result<Vec<LogEntry>> {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for line in BufReader::new(file).lines() {
        let line = line?;
        if let Ok(entry) = serde_json::from_str::<LogEntry>(&line) {
            out.push(entry);
        }
    }
    Ok(out)
}
