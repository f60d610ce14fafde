//! completions/ and man/ are generated from the clap definition; this fails when
//! the committed copies are stale. Regenerate with `SKIFF_REGENERATE=1 cargo test --test generated`.

use std::path::Path;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read(e.path()).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn completions_and_man_pages_are_current() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("SKIFF_REGENERATE").is_some() {
        for sub in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(repo.join(sub));
        }
        skiff::cli::completion::write_generated(repo).expect("regenerate");
    }
    let fresh = tempfile::tempdir().expect("tempdir");
    skiff::cli::completion::write_generated(fresh.path()).expect("generate");
    for sub in ["completions", "man"] {
        let want = files(&fresh.path().join(sub));
        let have = files(&repo.join(sub));
        let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&have),
            names(&want),
            "{sub}/ is stale: run SKIFF_REGENERATE=1 cargo test --test generated"
        );
        for ((name, a), (_, b)) in have.iter().zip(want.iter()) {
            assert!(
                a == b,
                "{sub}/{name} is stale: run SKIFF_REGENERATE=1 cargo test --test generated"
            );
        }
    }
}
