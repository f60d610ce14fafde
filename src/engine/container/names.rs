//! Container names: unique per namespace, claimed atomically with O_EXCL so that
//! of several `run --name x` at once exactly one wins.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};

use crate::engine::store::ensure_dir;
use crate::engine::Engine;

fn names_dir(engine: &Engine) -> PathBuf {
    engine.paths.root.join("names").join(&engine.namespace)
}

/// Docker's rule for names: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
pub fn valid(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphanumeric())
        && name.len() >= 2
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// The ID a name points at, if any.
pub fn resolve(engine: &Engine, name: &str) -> Option<String> {
    if !valid(name) {
        return None;
    }
    fs::read_to_string(names_dir(engine).join(name))
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Claims `name` for `id`, failing with docker's conflict message if it is taken.
pub fn claim(engine: &Engine, name: &str, id: &str) -> Result<()> {
    if !valid(name) {
        bail!("Invalid container name ({name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
    }
    let dir = names_dir(engine);
    ensure_dir(&dir).map_err(|e| anyhow!("creating {}: {e}", dir.display()))?;
    let path = dir.join(name);
    match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(mut f) => {
            // fsync: a name file that a crash left empty would hold the name
            // for no container, for good.
            f.write_all(id.as_bytes())
                .and_then(|()| f.sync_all())
                .map_err(|e| anyhow!("writing {}: {e}", path.display()))?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let owner = fs::read_to_string(&path).unwrap_or_default();
            bail!(
                "Conflict. The container name \"/{name}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.",
                owner.trim()
            )
        }
        Err(e) => Err(anyhow!("claiming name {name}: {e}")),
    }
}

/// Releases `name` if it still points at `id`.
pub fn release(engine: &Engine, name: &str, id: &str) {
    let path = names_dir(engine).join(name);
    if fs::read_to_string(&path).is_ok_and(|owner| owner.trim() == id) {
        let _ = fs::remove_file(path);
    }
}

const ADJECTIVES: &[&str] = &[
    "admiring",
    "agitated",
    "amazing",
    "angry",
    "awesome",
    "blissful",
    "bold",
    "boring",
    "brave",
    "busy",
    "charming",
    "clever",
    "compassionate",
    "competent",
    "confident",
    "cool",
    "cranky",
    "crazy",
    "dazzling",
    "determined",
    "distracted",
    "dreamy",
    "eager",
    "ecstatic",
    "elastic",
    "elated",
    "elegant",
    "epic",
    "exciting",
    "fervent",
    "festive",
    "flamboyant",
    "focused",
    "friendly",
    "frosty",
    "funny",
    "gallant",
    "gifted",
    "goofy",
    "gracious",
    "happy",
    "hardcore",
    "heuristic",
    "hopeful",
    "hungry",
    "infallible",
    "inspiring",
    "jolly",
    "jovial",
    "keen",
    "kind",
    "laughing",
    "loving",
    "lucid",
    "magical",
    "modest",
    "musing",
    "mystifying",
    "naughty",
    "nervous",
    "nice",
    "nifty",
    "nostalgic",
    "objective",
    "optimistic",
    "peaceful",
    "pedantic",
    "pensive",
    "practical",
    "priceless",
    "quirky",
    "quizzical",
    "relaxed",
    "reverent",
    "romantic",
    "sad",
    "serene",
    "sharp",
    "silly",
    "sleepy",
    "stoic",
    "strange",
    "stupefied",
    "suspicious",
    "sweet",
    "tender",
    "thirsty",
    "trusting",
    "upbeat",
    "vibrant",
    "vigilant",
    "vigorous",
    "wizardly",
    "wonderful",
    "xenodochial",
    "youthful",
    "zealous",
    "zen",
];

const SURNAMES: &[&str] = &[
    "agnesi",
    "albattani",
    "allen",
    "almeida",
    "archimedes",
    "ardinghelli",
    "babbage",
    "banach",
    "bardeen",
    "bartik",
    "bassi",
    "bell",
    "benz",
    "bhabha",
    "blackwell",
    "bohr",
    "booth",
    "borg",
    "bose",
    "boyd",
    "brahmagupta",
    "brattain",
    "brown",
    "carson",
    "cerf",
    "chandrasekhar",
    "clarke",
    "colden",
    "cori",
    "cray",
    "curie",
    "darwin",
    "davinci",
    "dijkstra",
    "dirac",
    "einstein",
    "elion",
    "engelbart",
    "euclid",
    "euler",
    "faraday",
    "fermat",
    "fermi",
    "feynman",
    "franklin",
    "galileo",
    "gates",
    "goldberg",
    "goodall",
    "hamilton",
    "hawking",
    "heisenberg",
    "hermann",
    "hodgkin",
    "hopper",
    "hypatia",
    "jackson",
    "jang",
    "jennings",
    "johnson",
    "joliot",
    "kalam",
    "kepler",
    "khorana",
    "knuth",
    "kowalevski",
    "lalande",
    "lamarr",
    "leakey",
    "lehmann",
    "lovelace",
    "lumiere",
    "mayer",
    "mccarthy",
    "mclean",
    "meitner",
    "mendel",
    "mirzakhani",
    "morse",
    "napier",
    "newton",
    "noether",
    "nobel",
    "pascal",
    "pasteur",
    "payne",
    "perlman",
    "pike",
    "poincare",
    "ptolemy",
    "raman",
    "ritchie",
    "rosalind",
    "sammet",
    "shannon",
    "shockley",
    "sinoussi",
    "stonebraker",
    "swartz",
    "tesla",
    "thompson",
    "torvalds",
    "turing",
    "volhard",
    "wilson",
    "wozniak",
    "wright",
    "yalow",
    "yonath",
];

/// A docker-style `adjective_surname` name that is free right now.
pub fn generate(engine: &Engine) -> String {
    for attempt in 0..10 {
        let a = ADJECTIVES[rand::random_range(0..ADJECTIVES.len())];
        let s = SURNAMES[rand::random_range(0..SURNAMES.len())];
        let name = if attempt < 3 {
            format!("{a}_{s}")
        } else {
            format!("{a}_{s}{}", rand::random_range(0..10))
        };
        if resolve(engine, &name).is_none() {
            return name;
        }
    }
    format!("skiff_{:x}", rand::random::<u32>())
}
