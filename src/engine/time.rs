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

/// Go's `Duration.String()`: `1m0s`, `1h30m0s`, `1.5s`, `300ms`, `0s`.
pub fn go_duration_string(d: Duration) -> String {
    // `value / unit` with the fraction's trailing zeros dropped.
    fn fraction(value: u128, unit: u128) -> String {
        let (whole, rest) = (value / unit, value % unit);
        if rest == 0 {
            return whole.to_string();
        }
        let digits = unit.to_string().len() - 1;
        let frac = format!("{rest:0digits$}");
        format!("{whole}.{}", frac.trim_end_matches('0'))
    }
    let ns = d.as_nanos();
    match ns {
        0 => "0s".into(),
        1..=999 => format!("{ns}ns"),
        1_000..=999_999 => format!("{}µs", fraction(ns, 1_000)),
        1_000_000..=999_999_999 => format!("{}ms", fraction(ns, 1_000_000)),
        _ => {
            let hours = ns / 3_600_000_000_000;
            let minutes = ns / 60_000_000_000 % 60;
            let seconds = fraction(ns % 60_000_000_000, 1_000_000_000);
            match (hours, minutes) {
                (0, 0) => format!("{seconds}s"),
                (0, m) => format!("{m}m{seconds}s"),
                (h, m) => format!("{h}h{m}m{seconds}s"),
            }
        }
    }
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
    fn go_duration_strings() {
        let s = |ms: u64| super::go_duration_string(Duration::from_millis(ms));
        assert_eq!(s(0), "0s");
        assert_eq!(s(500), "500ms");
        assert_eq!(s(1_500), "1.5s");
        assert_eq!(s(60_000), "1m0s");
        assert_eq!(s(90_000), "1m30s");
        assert_eq!(s(3_600_000), "1h0m0s");
        assert_eq!(
            super::go_duration_string(Duration::from_micros(1_500)),
            "1.5ms"
        );
        assert_eq!(
            super::go_duration_string(Duration::from_nanos(1_500)),
            "1.5µs"
        );
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
