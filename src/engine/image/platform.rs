//! Platform selection from an image index, done by skiff (containerd's rules),
//! because it must honour the variant.

use super::manifest::{Descriptor, Platform};

/// Normalises architecture names and default variants the way containerd does.
pub fn normalize(p: &Platform) -> Platform {
    let (arch, variant) = match (p.architecture.as_str(), p.variant.as_deref()) {
        ("x86_64" | "x86-64" | "amd64", v) => ("amd64", v.filter(|v| *v != "v1")),
        ("aarch64" | "arm64", None | Some("8") | Some("v8")) => ("arm64", Some("v8")),
        ("aarch64" | "arm64", v) => ("arm64", v),
        ("armhf", _) => ("arm", Some("v7")),
        ("armel", _) => ("arm", Some("v6")),
        ("arm", None) => ("arm", Some("v7")),
        ("i386" | "386", v) => ("386", v),
        (a, v) => (a, v),
    };
    let variant = variant.map(|v| {
        if v.starts_with('v') || arch != "arm" && arch != "arm64" {
            v.to_string()
        } else {
            format!("v{v}")
        }
    });
    Platform {
        architecture: arch.to_string(),
        os: p.os.to_lowercase(),
        os_version: p.os_version.clone(),
        variant,
    }
}

/// The platform this machine runs.
pub fn host() -> Platform {
    let arch = match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "arm" => "arm",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        other => other,
    };
    normalize(&Platform {
        architecture: arch.to_string(),
        os: "linux".to_string(),
        ..Platform::default()
    })
}

/// Parses `os/arch[/variant]` or a bare `arch` (containerd's platforms.Parse forms).
pub fn parse(spec: &str) -> Result<Platform, String> {
    let parts: Vec<&str> = spec.split('/').collect();
    let bad = || format!("invalid platform {spec:?}: expected os/arch[/variant]");
    if parts.iter().any(|p| p.is_empty()) {
        return Err(bad());
    }
    let p = match parts.as_slice() {
        [arch] => Platform {
            os: "linux".into(),
            architecture: (*arch).into(),
            ..Platform::default()
        },
        [os, arch] => Platform {
            os: (*os).into(),
            architecture: (*arch).into(),
            ..Platform::default()
        },
        [os, arch, variant] => Platform {
            os: (*os).into(),
            architecture: (*arch).into(),
            variant: Some((*variant).into()),
            ..Platform::default()
        },
        _ => return Err(bad()),
    };
    Ok(normalize(&p))
}

pub fn format(p: &Platform) -> String {
    match &p.variant {
        Some(v) => format!("{}/{}/{}", p.os, p.architecture, v),
        None => format!("{}/{}", p.os, p.architecture),
    }
}

/// How well `have` serves `want`: None if it cannot run; lower is better.
fn rank(want: &Platform, have: &Platform) -> Option<u32> {
    let have = normalize(have);
    if have.os != want.os || have.architecture != want.architecture {
        return None;
    }
    match (&want.variant, &have.variant) {
        (None, _) => Some(0),
        (Some(w), Some(h)) if w == h => Some(0),
        // arm/v7 can run v6 and v5 images, preferring the newest.
        (Some(w), Some(h)) if want.architecture == "arm" => {
            let num = |v: &str| v.trim_start_matches('v').parse::<u32>().ok();
            match (num(w), num(h)) {
                (Some(w), Some(h)) if h < w => Some(w - h),
                _ => None,
            }
        }
        (Some(_), None) => Some(10),
        _ => None,
    }
}

/// Picks the best manifest for `want` from an index, skipping attestation entries.
pub fn select<'a>(manifests: &'a [Descriptor], want: &Platform) -> Option<&'a Descriptor> {
    manifests
        .iter()
        .filter_map(|d| {
            let p = d.platform.as_ref()?;
            if p.os == "unknown" || p.architecture == "unknown" {
                return None;
            }
            rank(want, p).map(|r| (r, d))
        })
        .min_by_key(|(r, _)| *r)
        .map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(os: &str, arch: &str, variant: Option<&str>) -> Descriptor {
        Descriptor {
            media_type: String::new(),
            digest: format!("{os}-{arch}-{}", variant.unwrap_or("")),
            size: 0,
            platform: Some(Platform {
                os: os.into(),
                architecture: arch.into(),
                variant: variant.map(str::to_string),
                os_version: None,
            }),
            annotations: None,
        }
    }

    #[test]
    fn selects_by_variant() {
        let list = vec![
            desc("unknown", "unknown", None),
            desc("linux", "amd64", None),
            desc("linux", "arm64", Some("v8")),
            desc("linux", "arm", Some("v6")),
            desc("linux", "arm", Some("v7")),
        ];
        let pick = |s: &str| select(&list, &parse(s).expect("platform")).map(|d| d.digest.clone());
        assert_eq!(pick("linux/amd64").as_deref(), Some("linux-amd64-"));
        assert_eq!(pick("linux/arm64").as_deref(), Some("linux-arm64-v8"));
        assert_eq!(pick("linux/arm/v7").as_deref(), Some("linux-arm-v7"));
        assert_eq!(pick("linux/arm/v6").as_deref(), Some("linux-arm-v6"));
        assert_eq!(pick("linux/arm/v5"), None);
        assert_eq!(pick("linux/s390x"), None);
        assert_eq!(pick("arm"), pick("linux/arm/v7"));
    }

    #[test]
    fn arm_v8_falls_back_to_older_arm() {
        let list = vec![desc("linux", "arm", Some("v6"))];
        assert!(select(&list, &parse("linux/arm/v7").expect("platform")).is_some());
    }

    #[test]
    fn rejects_malformed() {
        assert!(parse("linux//amd64").is_err());
        assert!(parse("a/b/c/d").is_err());
    }
}
