//! Docker's human-readable sizes and durations (go-units), so columns match.

use std::time::{Duration, SystemTime};

/// `units.HumanSizeWithPrecision(size, 3)`: decimal units, three significant digits.
pub fn human_size(size: u64) -> String {
    human_size_with_precision(size, 3)
}

/// `units.HumanSize`: four significant digits (`system df`, "Total reclaimed space").
pub fn human_size_4(size: u64) -> String {
    human_size_with_precision(size, 4)
}

fn human_size_with_precision(size: u64, precision: i32) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    let mut value = size as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{}{}", go_g(value, precision), UNITS[unit])
}

/// Go's `%.Ng` for the non-negative values human_size produces.
fn go_g(value: f64, precision: i32) -> String {
    if value == 0.0 {
        return "0".into();
    }
    let exp = value.log10().floor() as i32;
    // Round to `precision` significant digits first; rounding can bump the exponent.
    let scale = 10f64.powi(precision - 1 - exp);
    let rounded = (value * scale).round() / scale;
    let exp = rounded.log10().floor() as i32;
    if exp >= precision || exp < -4 {
        let mantissa = rounded / 10f64.powi(exp);
        let m = trim_zeros(format!("{:.*}", (precision - 1).max(0) as usize, mantissa));
        return format!("{m}e+{exp:02}");
    }
    let decimals = (precision - 1 - exp).max(0) as usize;
    trim_zeros(format!("{rounded:.decimals$}"))
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `units.HumanDuration`: "Less than a second", "About a minute", "3 weeks", ...
pub fn human_duration(d: Duration) -> String {
    let secs = d.as_secs();
    let hours = secs / 3600;
    if secs < 1 {
        "Less than a second".into()
    } else if secs == 1 {
        "1 second".into()
    } else if secs < 60 {
        format!("{secs} seconds")
    } else if secs / 60 == 1 {
        "About a minute".into()
    } else if secs < 3600 {
        format!("{} minutes", secs / 60)
    } else if hours == 1 {
        "About an hour".into()
    } else if hours < 48 {
        format!("{hours} hours")
    } else if hours < 24 * 7 * 2 {
        format!("{} days", hours / 24)
    } else if hours < 24 * 30 * 2 {
        format!("{} weeks", hours / 24 / 7)
    } else if hours < 24 * 365 * 2 {
        format!("{} months", hours / 24 / 30)
    } else {
        format!("{} years", hours / 24 / 365)
    }
}

/// "2 weeks ago" from an RFC 3339 timestamp; "N/A" when it is missing or unreadable.
pub fn since(timestamp: Option<&str>) -> String {
    match timestamp.and_then(parse_time) {
        Some(t) => {
            let d = SystemTime::now().duration_since(t).unwrap_or_default();
            format!("{} ago", human_duration(d))
        }
        None => "N/A".into(),
    }
}

/// A time as Go's `time.String()` writes it in docker's `CreatedAt` columns:
/// `2024-01-02 15:04:05 +0000 UTC`; empty when unknown.
pub fn go_time_text(rfc3339: Option<&str>) -> String {
    rfc3339
        .and_then(parse_time)
        .map(|t| {
            humantime::format_rfc3339_seconds(t)
                .to_string()
                .replace('T', " ")
                .replace('Z', " +0000 UTC")
        })
        .unwrap_or_default()
}

pub use crate::engine::time::parse_rfc3339 as parse_time;

/// docker/cli's `Ellipsis`: at most `max` characters, the last one `…` when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_docker() {
        assert_eq!(human_size(0), "0B");
        assert_eq!(human_size(999), "999B");
        assert_eq!(human_size(1000), "1kB");
        assert_eq!(human_size(4_261_550), "4.26MB");
        assert_eq!(human_size(1_500_000), "1.5MB");
        assert_eq!(human_size(72_800_000), "72.8MB");
        assert_eq!(human_size(123_456_789_012), "123GB");
    }

    #[test]
    fn durations_match_docker() {
        assert_eq!(
            human_duration(Duration::from_millis(10)),
            "Less than a second"
        );
        assert_eq!(human_duration(Duration::from_secs(3)), "3 seconds");
        assert_eq!(human_duration(Duration::from_secs(90)), "About a minute");
        assert_eq!(human_duration(Duration::from_secs(3 * 3600)), "3 hours");
        assert_eq!(human_duration(Duration::from_secs(20 * 86400)), "2 weeks");
        assert_eq!(human_duration(Duration::from_secs(800 * 86400)), "2 years");
    }
}

/// go-units `BytesSize`: binary units, four significant digits ("23.47GiB"),
/// which `info` prints Total Memory with.
pub fn bytes_size(size: u64) -> String {
    const UNITS: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
    let mut value = size as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{}{}", go_g(value, 4), UNITS[unit])
}

#[cfg(test)]
mod bytes_size_tests {
    use super::bytes_size;

    #[test]
    fn binary_sizes_match_docker() {
        assert_eq!(bytes_size(0), "0B");
        assert_eq!(bytes_size(1023), "1023B");
        assert_eq!(bytes_size(1024), "1KiB");
        assert_eq!(bytes_size(1536), "1.5KiB");
        assert_eq!(bytes_size(24_607_808 * 1024), "23.47GiB");
        assert_eq!(bytes_size(8_287_367_168), "7.718GiB");
    }
}
