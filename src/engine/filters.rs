//! docker's `--filter KEY=VALUE` lists (moby's `filters.Args`): parsed once,
//! grouped by key, with docker's errors; the label matching and the prune
//! commands' `until`/`label`/`label!` filters every listing shares.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use anyhow::{anyhow, bail, Result};

use crate::engine::text::natural_cmp;

/// `--filter` values grouped by key; values of one key are alternatives
/// (docker ORs them), different keys all apply.
#[derive(Debug, Clone, Default)]
pub struct Filters(BTreeMap<String, Vec<String>>);

impl Filters {
    /// Parses `KEY=VALUE` items; a key not in `allowed` is docker's
    /// `invalid filter 'KEY'`.
    pub fn parse(raw: &[String], allowed: &[&str]) -> Result<Filters> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for item in raw {
            let (key, value) = item
                .split_once('=')
                .ok_or_else(|| anyhow!("bad format of filter (expected name=value)"))?;
            let key = key.trim().to_lowercase();
            if !allowed.contains(&key.as_str()) {
                bail!("invalid filter '{key}'");
            }
            out.entry(key).or_default().push(value.to_string());
        }
        Ok(Filters(out))
    }

    /// The values given for `key` (none when it was not given).
    pub fn get(&self, key: &str) -> &[String] {
        self.0.get(key).map(Vec::as_slice).unwrap_or_default()
    }

    pub fn contains(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every `(key, value)`, keys in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .flat_map(|(k, vs)| vs.iter().map(move |v| (k.as_str(), v.as_str())))
    }

    /// Whether, for every key given, one of its values satisfies `test`.
    pub fn all_keys(&self, mut test: impl FnMut(&str, &str) -> Result<bool>) -> Result<bool> {
        for (key, values) in &self.0 {
            let mut any = false;
            for v in values {
                if test(key, v)? {
                    any = true;
                    break;
                }
            }
            if !any {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// One `label=` value, `KEY` or `KEY=VALUE`, against a label set.
pub fn label_matches(wanted: &str, labels: &BTreeMap<String, String>) -> bool {
    match_kv_list(std::slice::from_ref(&wanted.to_string()), labels)
}

/// `--filter` values of the prune commands (moby's `until`, `label`, `label!`).
#[derive(Debug, Clone, Default)]
pub struct PruneFilters {
    /// Only what was created before this time.
    pub until: Option<SystemTime>,
    /// `KEY` or `KEY=VALUE`: all must be among the labels.
    pub labels: Vec<String>,
    /// `KEY` or `KEY=VALUE`: excluded when all are among the labels.
    pub not_labels: Vec<String>,
}

/// docker's `MatchKVList`: every `KEY` or `KEY=VALUE` is among the labels.
pub fn match_kv_list(wanted: &[String], labels: &BTreeMap<String, String>) -> bool {
    wanted.iter().all(|w| match w.split_once('=') {
        Some((k, v)) => labels.get(k).is_some_and(|have| have == v),
        None => labels.contains_key(w.as_str()),
    })
}

impl PruneFilters {
    /// moby's `matchLabels`.
    pub fn labels_match(&self, labels: &BTreeMap<String, String>) -> bool {
        match_kv_list(&self.labels, labels)
            && (self.not_labels.is_empty() || !match_kv_list(&self.not_labels, labels))
    }

    /// Whether something created at `created` is old enough; with an `until`
    /// filter, things of unknown age are kept, as moby keeps them.
    pub fn created_before_until(&self, created: Option<SystemTime>) -> bool {
        match self.until {
            None => true,
            Some(until) => created.is_some_and(|c| c <= until),
        }
    }
}

/// moby's `until` values: a Go duration before now, an RFC 3339 time or date,
/// or Unix seconds.
pub fn parse_until(value: &str, now: SystemTime) -> Result<SystemTime> {
    let invalid =
        || anyhow!("invalid value for 'until' filter: {value:?} is not a duration or a timestamp");
    if let Some((negative, d)) =
        crate::engine::time::parse_go_duration(value).filter(|_| value != "0")
    {
        return if negative {
            now.checked_add(d)
        } else {
            now.checked_sub(d)
        }
        .ok_or_else(invalid);
    }
    if let Some((secs, frac)) = value
        .split_once('.')
        .or(Some((value, "")))
        .filter(|(s, f)| {
            !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && f.bytes().all(|b| b.is_ascii_digit())
        })
    {
        let secs: u64 = secs.parse().map_err(|_| invalid())?;
        let nanos: u32 = format!("{frac:0<9}")[..9].parse().unwrap_or(0);
        return Ok(SystemTime::UNIX_EPOCH + Duration::new(secs, nanos));
    }
    if let Some(t) = crate::engine::time::parse_rfc3339(value) {
        return Ok(t);
    }
    if value.len() == 10 {
        if let Ok(t) = humantime::parse_rfc3339_weak(&format!("{value}T00:00:00")) {
            return Ok(t);
        }
    }
    Err(invalid())
}

/// Parses `--filter` for `system prune`: `until`, `label` and `label!`, plus the
/// raw `name=value` pairs the confirmation message lists.
pub fn prune_filters(raw: &[String], now: SystemTime) -> Result<(PruneFilters, Vec<String>)> {
    let given = Filters::parse(raw, &["label", "label!", "until"])?;
    let mut f = PruneFilters {
        labels: given.get("label").to_vec(),
        not_labels: given.get("label!").to_vec(),
        until: None,
    };
    let mut shown: Vec<String> = given.pairs().map(|(k, v)| format!("{k}={v}")).collect();
    match given.get("until") {
        [] => {}
        [one] => f.until = Some(parse_until(one, now)?),
        _ => bail!("more than one until filter specified"),
    }
    shown.sort_by(|a, b| natural_cmp(a, b));
    Ok((f, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_group_by_key_with_docker_errors() {
        let raw = ["label=a".to_string(), "name=x".into(), "label=b=1".into()];
        let f = Filters::parse(&raw, &["label", "name"]).expect("filters");
        assert_eq!(f.get("label"), ["a", "b=1"]);
        assert_eq!(f.get("name"), ["x"]);
        assert!(f.get("id").is_empty());
        assert_eq!(
            Filters::parse(&["id=1".into()], &["label"])
                .unwrap_err()
                .to_string(),
            "invalid filter 'id'"
        );
        assert_eq!(
            Filters::parse(&["label".into()], &["label"])
                .unwrap_err()
                .to_string(),
            "bad format of filter (expected name=value)"
        );
        let labels = BTreeMap::from([("a".to_string(), String::new()), ("b".into(), "1".into())]);
        let matched = f.all_keys(|k, v| Ok(k == "name" || label_matches(v, &labels)));
        assert!(matched.expect("no error"));
        assert!(label_matches("b=1", &labels) && !label_matches("b=2", &labels));
    }

    #[test]
    fn until_values() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            parse_until("10m", now).unwrap(),
            now - Duration::from_secs(600)
        );
        assert_eq!(
            parse_until("1600000000", now).unwrap(),
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000)
        );
        assert_eq!(
            parse_until("1600000000.5", now).unwrap(),
            SystemTime::UNIX_EPOCH + Duration::from_millis(1_600_000_000_500)
        );
        assert_eq!(
            parse_until("2020-09-13T12:26:40Z", now).unwrap(),
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000)
        );
        assert_eq!(
            parse_until("2020-09-13", now).unwrap(),
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_599_955_200)
        );
        assert!(parse_until("yesterday", now).is_err());
    }

    #[test]
    fn prune_filters_and_confirmation() {
        let now = SystemTime::now();
        let raw = vec![
            "label=b".to_string(),
            "until=1h".to_string(),
            "label!=a=1".to_string(),
        ];
        let (f, shown) = prune_filters(&raw, now).unwrap();
        assert_eq!(f.labels, ["b"]);
        assert_eq!(f.not_labels, ["a=1"]);
        assert_eq!(f.until, Some(now - Duration::from_secs(3600)));
        assert_eq!(shown, ["label!=a=1", "label=b", "until=1h"]);
        assert_eq!(
            prune_filters(&["foo=1".into()], now)
                .unwrap_err()
                .to_string(),
            "invalid filter 'foo'"
        );
        assert_eq!(
            prune_filters(&["until=1h".into(), "until=2h".into()], now)
                .unwrap_err()
                .to_string(),
            "more than one until filter specified"
        );
        assert_eq!(
            prune_filters(&["label".into()], now)
                .unwrap_err()
                .to_string(),
            "bad format of filter (expected name=value)"
        );
    }

    #[test]
    fn prune_filters_match_like_moby() {
        let labels: BTreeMap<String, String> = [
            ("a".to_string(), "1".to_string()),
            ("b".to_string(), String::new()),
        ]
        .into();
        let f = |l: &[&str], n: &[&str]| PruneFilters {
            until: None,
            labels: l.iter().map(|s| s.to_string()).collect(),
            not_labels: n.iter().map(|s| s.to_string()).collect(),
        };
        assert!(f(&[], &[]).labels_match(&labels));
        assert!(f(&["a=1", "b"], &[]).labels_match(&labels));
        assert!(!f(&["a=2"], &[]).labels_match(&labels));
        assert!(!f(&[], &["a"]).labels_match(&labels));
        assert!(f(&[], &["a", "c"]).labels_match(&labels));
        let now = SystemTime::now();
        let until = PruneFilters {
            until: Some(now),
            ..PruneFilters::default()
        };
        assert!(until.created_before_until(Some(now - std::time::Duration::from_secs(5))));
        assert!(!until.created_before_until(Some(now + std::time::Duration::from_secs(5))));
        assert!(!until.created_before_until(None));
        assert!(PruneFilters::default().created_before_until(None));
    }
}
