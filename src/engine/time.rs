//! Docker's time syntaxes, parsed once: RFC 3339 timestamps (records, image
//! configs, `--since`) and Go durations (`--health-interval`, `until=`).

use std::time::{Duration, SystemTime};

/// RFC 3339 with any fraction and a `Z` or `+hh:mm` zone.
pub fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    let s = s.trim();
    if let Some(base) = s.strip_suffix('Z') {
        return humantime::parse_rfc3339_weak(base).ok();
    }
    let split = s.len().checked_sub(6).filter(|i| s.is_char_boundary(*i));
    if let Some((base, off)) = split.map(|i| s.split_at(i)) {
        let b = off.as_bytes();
        if matches!(b[0], b'+' | b'-') && b[3] == b':' {
            let h: u64 = off.get(1..3)?.parse().ok()?;
            let m: u64 = off.get(4..6)?.parse().ok()?;
            let t = humantime::parse_rfc3339_weak(base).ok()?;
            let shift = std::time::Duration::from_secs(h * 3600 + m * 60);
            return if b[0] == b'+' {
                t.checked_sub(shift)
            } else {
                t.checked_add(shift)
            };
        }
    }
    humantime::parse_rfc3339_weak(s).ok()
}

/// Go's `time.ParseDuration` ("1h30m", "1.5h", "300ms", "-2h").
pub fn parse_go_duration(s: &str) -> Option<(bool, Duration)> {
    let (negative, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Some((negative, Duration::ZERO));
    }
    if rest.is_empty() {
        return None;
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let number = &rest[..num_end];
        if number.is_empty() || number == "." {
            return None;
        }
        let value: f64 = number.parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_end..];
    }
    Some((negative, Duration::from_secs_f64(total)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_with_fractions_and_zones() {
        let a = parse_rfc3339("2024-01-02T03:04:05Z").expect("utc");
        assert_eq!(parse_rfc3339("2024-01-02T05:04:05+02:00"), Some(a));
        assert_eq!(parse_rfc3339("2024-01-02T01:04:05-02:00"), Some(a));
        assert!(parse_rfc3339("2024-01-02T03:04:05.123456789Z").expect("nanos") > a);
        assert_eq!(parse_rfc3339("nope"), None);
    }

    #[test]
    fn go_durations() {
        let d = |s: &str| parse_go_duration(s).map(|(n, d)| (n, d.as_millis()));
        assert_eq!(d("24h"), Some((false, 86_400_000)));
        assert_eq!(d("1h30m"), Some((false, 5_400_000)));
        assert_eq!(d("1.5h"), Some((false, 5_400_000)));
        assert_eq!(d("300ms"), Some((false, 300)));
        assert_eq!(d("-2s"), Some((true, 2000)));
        assert_eq!(d("0"), Some((false, 0)));
        assert_eq!(d("10"), None);
        assert_eq!(d("h"), None);
        assert_eq!(d(""), None);
    }
}
