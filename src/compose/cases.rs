//! compose-go's loader tests as data (tests/compose-cases/loader.json, see
//! its README) run against `load`. The cases skiff does not pass yet are
//! listed in tests/compose-cases/loader-known-failures.txt: a case failing
//! outside that list fails the test, and so does a listed case that passes
//! (take it off the list).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value as Json;

use super::load::{load, Options};

const CASES: &str = include_str!("../../tests/compose-cases/loader.json");
const KNOWN_FAILURES: &str = include_str!("../../tests/compose-cases/loader-known-failures.txt");

/// compose-go's omitempty: these stand for "nothing".
fn empty(v: Option<&Json>) -> bool {
    match v {
        None | Some(Json::Null) => true,
        Some(Json::Bool(b)) => !b,
        Some(Json::String(s)) => s.is_empty(),
        Some(Json::Array(a)) => a.is_empty(),
        Some(Json::Object(o)) => o.is_empty(),
        _ => false,
    }
}

const KEY_EXACT: &[&str] = &["environment", "labels", "depends_on", "networks"];

fn matches(want: &Json, got: Option<&Json>, key: &str, root: &str) -> Result<(), String> {
    match want {
        Json::Null => {
            if empty(got) {
                Ok(())
            } else {
                Err(format!("{key}: want nothing, got {got:?}"))
            }
        }
        Json::Object(w) => {
            let g = got.and_then(Json::as_object);
            let exact = KEY_EXACT.contains(&key);
            if exact {
                let g = g.ok_or_else(|| format!("{key}: want {want}, got {got:?}"))?;
                let mut wk: Vec<&String> = w.keys().collect();
                let mut gk: Vec<&String> = g.keys().collect();
                wk.sort();
                gk.sort();
                if wk != gk {
                    return Err(format!("{key}: keys {wk:?} != {gk:?}"));
                }
                for (k, wv) in w {
                    if wv.is_null() {
                        if !g.get(k).is_some_and(Json::is_null) && key != "networks" {
                            return Err(format!("{key}.{k}: want null, got {:?}", g.get(k)));
                        }
                        continue;
                    }
                    matches(wv, g.get(k), k, root)?;
                }
                return Ok(());
            }
            for (k, wv) in w {
                let gv = g.and_then(|g| g.get(k));
                matches(wv, gv, k, root).map_err(|e| format!("{key}.{e}"))?;
            }
            Ok(())
        }
        Json::Array(w) => {
            let g = got
                .and_then(Json::as_array)
                .ok_or_else(|| format!("{key}: want {want}, got {got:?}"))?;
            if g.len() != w.len() {
                return Err(format!(
                    "{key}: want {want}, got {}",
                    Json::Array(g.clone())
                ));
            }
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                matches(wv, Some(gv), &format!("{key}[{i}]"), root)?;
            }
            Ok(())
        }
        Json::String(s) => {
            let s = s.replace("${ROOT}", root);
            if got == Some(&Json::String(s.clone())) {
                Ok(())
            } else {
                Err(format!("{key}: want {s:?}, got {got:?}"))
            }
        }
        other => {
            if got == Some(other) {
                Ok(())
            } else {
                Err(format!("{key}: want {other}, got {got:?}"))
            }
        }
    }
}

fn run_case(case: &Json) -> Result<(), String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let root = tmp.path().join("case");
    for (rel, content) in case["files"].as_object().into_iter().flatten() {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        std::fs::write(&path, content.as_str().unwrap_or_default()).map_err(|e| e.to_string())?;
    }
    std::fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    let strings = |k: &str| -> Vec<String> {
        case[k]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let rel = |p: &str| -> std::path::PathBuf { root.join(p) };
    let environment: HashMap<String, String> =
        serde_json::from_value(case["env"].clone()).unwrap_or_default();
    let opts = Options {
        files: strings("main").iter().map(|f| rel(f)).collect(),
        project_name: case["project_name"].as_str().map(str::to_string),
        project_directory: case["working_dir"].as_str().map(rel),
        env_files: strings("env_files").iter().map(|f| rel(f)).collect(),
        profiles: strings("profiles"),
        services: strings("select"),
        interpolate: true,
        normalize: true,
        consistency: true,
        environment,
        working_dir: case["cwd"]
            .as_str()
            .map(rel)
            .unwrap_or_else(|| root.clone()),
    };
    let root_text = root.display().to_string();
    let result = load(&opts);
    if let Some(want) = case.get("error") {
        let want = want.as_str().unwrap_or_default();
        return match result {
            Err(e) if format!("{e:#}").contains(want) => Ok(()),
            Err(e) => Err(format!("want error {want:?}, got {e:#}")),
            Ok(_) => Err(format!("want error {want:?}, loaded fine")),
        };
    }
    let project = result.map_err(|e| format!("{e:#}"))?;
    let got = super::validate::json(&project.to_json_value());
    let expect = &case["expect"];
    if let Some(name) = expect.get("name") {
        matches(name, got.get("name"), "name", &root_text)?;
    }
    for (names, section) in [
        ("service_names", "services"),
        ("network_names", "networks"),
        ("volume_names", "volumes"),
        ("secret_names", "secrets"),
        ("config_names", "configs"),
    ] {
        if let Some(want) = expect.get(names) {
            let mut have: Vec<Json> = got[section]
                .as_object()
                .map(|o| o.keys().map(|k| Json::String(k.clone())).collect())
                .unwrap_or_default();
            have.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
            if &Json::Array(have.clone()) != want {
                return Err(format!("{names}: want {want}, got {}", Json::Array(have)));
            }
        }
        if let Some(Json::Object(items)) = expect.get(section) {
            for (name, want) in items {
                matches(
                    want,
                    got[section].get(name),
                    &format!("{section}.{name}"),
                    &root_text,
                )?;
            }
        }
    }
    if let Some(Json::Object(absent)) = expect.get("absent") {
        for (section, names) in absent {
            for n in names.as_array().into_iter().flatten() {
                let n = n.as_str().unwrap_or_default();
                if got[section.as_str()].get(n).is_some() {
                    return Err(format!("{section}.{n} should be absent"));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn loader_cases_from_compose_go() {
    let cases: Vec<Json> = serde_json::from_str(CASES).expect("loader cases parse");
    let known: Vec<&str> = KNOWN_FAILURES
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for case in &cases {
        let source = case["source"].as_str().unwrap_or_default();
        let outcome =
            std::panic::catch_unwind(|| run_case(case)).unwrap_or_else(|_| Err("panicked".into()));
        match (outcome, known.contains(&source)) {
            (Ok(()), true) => fixed.push(source.to_string()),
            (Ok(()), false) => passed += 1,
            (Err(e), false) => unexpected.push(format!("{source}: {e}")),
            (Err(_), true) => {}
        }
    }
    let _ = Path::new(".");
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{passed} of {} loader cases pass.\nNewly failing ({}):\n{}\nNow passing, take off loader-known-failures.txt ({}):\n{}",
        cases.len(),
        unexpected.len(),
        unexpected.join("\n"),
        fixed.len(),
        fixed.join("\n")
    );
}
