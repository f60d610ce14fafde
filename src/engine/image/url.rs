//! A file fetched over HTTP(S) for a Dockerfile's `ADD URL`: streamed to a
//! file of the caller's, with the server's Last-Modified time.

use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, SystemTime};

use anyhow::{anyhow, bail, Context as _, Result};

/// What a download gave besides the bytes.
#[derive(Debug, Default)]
pub struct Fetched {
    pub size: u64,
    /// The `Last-Modified` header, when the server sent one.
    pub last_modified: Option<SystemTime>,
}

/// Downloads `url` into `dest` (created or truncated).
pub fn fetch(url: &str, dest: &Path) -> Result<Fetched> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| anyhow!("starting async runtime: {e}"))?;
    // A current-thread runtime leaves no threads behind when dropped: the
    // builder forks containers after this.
    rt.block_on(fetch_async(url, dest))
}

async fn fetch_async(url: &str, dest: &Path) -> Result<Fetched> {
    let client = reqwest::Client::builder()
        .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(30))
        .read_timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| anyhow!("building an HTTP client: {e}"))?;
    let mut response = client
        .get(url)
        .send()
        .await
        .map_err(|e| anyhow!("{}", super::registry::root_cause(&e)))?;
    let status = response.status();
    if !status.is_success() {
        bail!("invalid response status {}", status.as_u16());
    }
    let last_modified = response
        .headers()
        .get(reqwest::header::LAST_MODIFIED)
        .and_then(|v| v.to_str().ok())
        .and_then(httpdate_parse);
    let mut file =
        std::fs::File::create(dest).with_context(|| format!("creating {}", dest.display()))?;
    let mut size = 0u64;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| anyhow!("reading the response: {}", super::registry::root_cause(&e)))?
    {
        file.write_all(&chunk)
            .with_context(|| format!("writing {}", dest.display()))?;
        size += chunk.len() as u64;
    }
    file.sync_all()
        .with_context(|| format!("writing {}", dest.display()))?;
    Ok(Fetched {
        size,
        last_modified,
    })
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 7231's preferred form).
fn httpdate_parse(text: &str) -> Option<SystemTime> {
    let mut f = text.split_whitespace();
    let (_weekday, day, month, year, time, zone) = (
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
    );
    if zone != "GMT" {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? + 1;
    let day: u32 = day.parse().ok()?;
    let stamp = format!("{year}-{month:02}-{day:02}T{time}Z");
    humantime::parse_rfc3339(&stamp).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_parse() {
        let t = httpdate_parse("Sun, 06 Nov 1994 08:49:37 GMT").expect("date");
        assert_eq!(
            t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs(),
            784111777
        );
        assert!(httpdate_parse("Sunday, 06-Nov-94 08:49:37 GMT").is_none());
    }
}
