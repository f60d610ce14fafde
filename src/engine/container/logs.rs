//! Container logs: docker's `json-file` format (one JSON object per line with
//! `log`, `stream` and `time`), podman's `k8s-file` format (`TIME STREAM F|P
//! TEXT`), or none; rotated by size as docker's `max-size`/`max-file` say.
//! Concatenating the entries' text gives the exact bytes the container wrote.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogEntry {
    pub log: String,
    pub stream: String,
    pub time: String,
}

/// `--log-driver` and `--log-opt`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct LogConfig {
    /// json-file, k8s-file or none.
    pub driver: String,
    /// Rotate when the file reaches this many bytes; 0 never rotates.
    pub max_size: u64,
    /// How many files to keep, the live one included.
    pub max_file: u32,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            driver: "json-file".into(),
            max_size: 0,
            max_file: 1,
        }
    }
}

impl LogConfig {
    /// Whether `logs` can read this driver's output.
    pub fn readable(&self) -> bool {
        self.driver != "none"
    }
}

/// Splits output into lines and appends them; a partial line is kept until its
/// newline arrives (or [`flush_partial`](Self::flush_partial) at the end).
pub struct LogWriter {
    path: PathBuf,
    file: File,
    size: u64,
    config: LogConfig,
    pending: [Vec<u8>; 2],
}

/// Docker splits lines longer than this into several entries.
const MAX_LINE: usize = 16 * 1024;

/// The n-th rotated file of a log (`container.log.1` is the newest rotated one).
fn rotated(path: &Path, n: u32) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

impl LogWriter {
    /// Opens the log for appending; None for the `none` driver.
    pub fn open(path: &Path, config: &LogConfig) -> io::Result<Option<LogWriter>> {
        if config.driver == "none" {
            return Ok(None);
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        Ok(Some(LogWriter {
            path: path.to_path_buf(),
            file,
            size,
            config: config.clone(),
            pending: [Vec::new(), Vec::new()],
        }))
    }

    fn stream_name(stream: usize) -> &'static str {
        if stream == 0 {
            "stdout"
        } else {
            "stderr"
        }
    }

    fn emit(&mut self, stream: usize, bytes: &[u8]) -> io::Result<()> {
        let time = super::now_rfc3339();
        let line = if self.config.driver == "k8s-file" {
            let (text, tag) = match bytes.strip_suffix(b"\n") {
                Some(t) => (t, "F"),
                None => (bytes, "P"),
            };
            let mut l = format!("{time} {} {tag} ", Self::stream_name(stream)).into_bytes();
            l.extend_from_slice(text);
            l.push(b'\n');
            l
        } else {
            let entry = LogEntry {
                log: String::from_utf8_lossy(bytes).into_owned(),
                stream: Self::stream_name(stream).into(),
                time,
            };
            let mut l = serde_json::to_vec(&entry).map_err(io::Error::other)?;
            l.push(b'\n');
            l
        };
        self.file.write_all(&line)?;
        self.size += line.len() as u64;
        if self.config.max_size > 0 && self.size >= self.config.max_size {
            self.rotate()?;
        }
        Ok(())
    }

    /// Shifts `log.N-1` to `log.N` ... `log` to `log.1` and starts an empty log.
    fn rotate(&mut self) -> io::Result<()> {
        let keep = self.config.max_file.max(1);
        if keep > 1 {
            for n in (1..keep - 1).rev() {
                let _ = std::fs::rename(rotated(&self.path, n), rotated(&self.path, n + 1));
            }
            std::fs::rename(&self.path, rotated(&self.path, 1))?;
        }
        self.file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .open(&self.path)?;
        self.size = 0;
        Ok(())
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

/// Parses one line of either format; None for a torn line.
fn parse_line(line: &str) -> Option<LogEntry> {
    if line.starts_with('{') {
        return serde_json::from_str(line).ok();
    }
    let mut parts = line.splitn(4, ' ');
    let (time, stream, tag) = (parts.next()?, parts.next()?, parts.next()?);
    let text = parts.next().unwrap_or("");
    let log = if tag == "F" {
        format!("{text}\n")
    } else {
        text.to_string()
    };
    Some(LogEntry {
        log,
        stream: stream.to_string(),
        time: time.to_string(),
    })
}

/// Reads every entry of a log, rotated files first (oldest to newest).
pub fn read_entries(path: &Path) -> io::Result<Vec<LogEntry>> {
    let mut files: Vec<PathBuf> = (1..1000)
        .map(|n| rotated(path, n))
        .take_while(|p| p.exists())
        .collect();
    files.reverse();
    files.push(path.to_path_buf());
    let mut out = Vec::new();
    for f in files {
        let file = match File::open(&f) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for line in BufReader::new(file).lines() {
            if let Some(entry) = parse_line(&line?) {
                out.push(entry);
            }
        }
    }
    Ok(out)
}

/// Follows a log from an open descriptor, so that nothing is lost when the
/// file goes away under it: `run -d --rm` then `logs -f` must see every line up
/// to the exit although the monitor removes the container's directory right
/// after. Rotation (a new file at the path) is followed by reopening.
pub struct LogFollower {
    path: PathBuf,
    file: Option<File>,
    ino: u64,
    /// A line not yet terminated by the writer.
    pending: Vec<u8>,
}

impl LogFollower {
    /// Opens the live log; returns every entry so far (rotated files first)
    /// and the follower positioned after them.
    pub fn open(path: &Path) -> io::Result<(Vec<LogEntry>, LogFollower)> {
        use std::os::unix::fs::MetadataExt;
        let file = match File::open(path) {
            Ok(f) => Some(f),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let ino = match &file {
            Some(f) => f.metadata()?.ino(),
            None => 0,
        };
        let mut older: Vec<PathBuf> = (1..1000)
            .map(|n| rotated(path, n))
            .take_while(|p| p.exists())
            .collect();
        older.reverse();
        let mut entries = Vec::new();
        for f in older {
            if let Ok(file) = File::open(&f) {
                for line in BufReader::new(file).lines() {
                    entries.extend(parse_line(&line?));
                }
            }
        }
        let mut follower = LogFollower {
            path: path.to_path_buf(),
            file,
            ino,
            pending: Vec::new(),
        };
        entries.extend(follower.read_new()?);
        Ok((entries, follower))
    }

    /// The complete entries written since the last call.
    pub fn poll(&mut self) -> io::Result<Vec<LogEntry>> {
        use std::os::unix::fs::MetadataExt;
        let mut out = self.read_new()?;
        // Rotated: the path names a new file. The old one is drained above.
        if let Ok(meta) = std::fs::metadata(&self.path) {
            if meta.ino() != self.ino {
                if let Ok(f) = File::open(&self.path) {
                    self.ino = f.metadata()?.ino();
                    self.file = Some(f);
                    self.pending.clear();
                    out.extend(self.read_new()?);
                }
            }
        }
        Ok(out)
    }

    fn read_new(&mut self) -> io::Result<Vec<LogEntry>> {
        use std::io::Read;
        let Some(file) = self.file.as_mut() else {
            return Ok(Vec::new());
        };
        let mut bytes = std::mem::take(&mut self.pending);
        file.read_to_end(&mut bytes)?;
        let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        self.pending = bytes.split_off(complete);
        Ok(String::from_utf8_lossy(&bytes)
            .lines()
            .filter_map(parse_line)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_and_reads_back_in_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("container.log");
        let config = LogConfig {
            driver: "json-file".into(),
            max_size: 200,
            max_file: 3,
        };
        let mut w = LogWriter::open(&path, &config)
            .expect("open")
            .expect("writer");
        for i in 0..30 {
            w.write(i % 2, format!("line {i}\n").as_bytes())
                .expect("write");
        }
        w.flush_partial().expect("flush");
        assert!(rotated(&path, 1).exists() && rotated(&path, 2).exists());
        assert!(!rotated(&path, 3).exists(), "max-file keeps three files");
        let entries = read_entries(&path).expect("read");
        let texts: Vec<String> = entries.iter().map(|e| e.log.clone()).collect();
        assert_eq!(texts.last().map(String::as_str), Some("line 29\n"));
        let nums: Vec<u32> = texts
            .iter()
            .filter_map(|t| t.trim().strip_prefix("line ")?.parse().ok())
            .collect();
        assert!(
            nums.windows(2).all(|w| w[1] == w[0] + 1),
            "oldest first, no gaps: {nums:?}"
        );
    }

    #[test]
    fn k8s_file_format_round_trips() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("container.log");
        let config = LogConfig {
            driver: "k8s-file".into(),
            ..LogConfig::default()
        };
        let mut w = LogWriter::open(&path, &config)
            .expect("open")
            .expect("writer");
        w.write(0, b"full line\npartial").expect("write");
        w.write(1, b"err\n").expect("write");
        w.flush_partial().expect("flush");
        let raw = std::fs::read_to_string(&path).expect("raw");
        assert!(
            raw.lines()
                .next()
                .is_some_and(|l| l.ends_with(" stdout F full line")),
            "{raw}"
        );
        let entries = read_entries(&path).expect("read");
        let text: String = entries
            .iter()
            .filter(|e| e.stream == "stdout")
            .map(|e| e.log.as_str())
            .collect();
        assert_eq!(text, "full line\npartial");
        assert!(LogWriter::open(
            &path,
            &LogConfig {
                driver: "none".into(),
                ..LogConfig::default()
            }
        )
        .expect("none")
        .is_none());
    }
}
