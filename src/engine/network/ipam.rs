//! Addresses on a bridge are a host-wide resource: every store on the host
//! (each `--root`/`--runroot`) that puts containers on `skiff0` shares its
//! subnet. So besides each store's own records, every address handed out on
//! a bridge is leased in one file per bridge and network namespace, under
//! `/run/skiff-ipam/`, that all stores read and write under a lock.
//!
//! A lease stays valid for as long as its owner's record exists (the
//! container's `network.json`, or the network's anchor record): a store that
//! crashed, or a container that was never released, keeps its address taken,
//! because its veth really is still on the bridge.

use std::collections::{BTreeMap, HashSet};
use std::fs::{self, File};
use std::io::{Read as _, Seek as _, Write as _};
use std::net::Ipv4Addr;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

const DIR: &str = "/run/skiff-ipam";

/// A lease newer than this is valid even before its owner's record is
/// written (allocation comes first, under the store's network lock).
const GRACE_SECS: u64 = 60;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Lease {
    runroot: PathBuf,
    /// A container ID, or `anchor-NETWORK`.
    owner: String,
    since: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    #[serde(default)]
    leases: BTreeMap<Ipv4Addr, Lease>,
}

/// The leases of one bridge, locked for as long as this lives.
pub struct Leases {
    file: File,
    path: PathBuf,
    state: State,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The record whose existence keeps a lease valid.
fn owner_record(l: &Lease) -> PathBuf {
    match l.owner.strip_prefix("anchor-") {
        Some(net) => l.runroot.join("anchors").join(format!("{net}.json")),
        None => l
            .runroot
            .join("containers")
            .join(&l.owner)
            .join("network.json"),
    }
}

fn alive(l: &Lease) -> bool {
    now().saturating_sub(l.since) < GRACE_SECS || owner_record(l).exists()
}

impl Leases {
    /// Opens and locks the leases of `bridge` in this process's network
    /// namespace (each namespace has bridges of its own).
    pub fn open(bridge: &str) -> Result<Leases> {
        let netns = fs::metadata("/proc/self/ns/net")
            .context("reading this process's network namespace")?
            .ino();
        let path = Path::new(DIR).join(format!("{netns}-{bridge}.json"));
        crate::engine::store::ensure_dir(Path::new(DIR))
            .with_context(|| format!("creating {DIR}"))?;
        loop {
            let file = fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .with_context(|| format!("opening {}", path.display()))?;
            rustix::fs::flock(&file, rustix::fs::FlockOperation::LockExclusive)
                .with_context(|| format!("locking {}", path.display()))?;
            // Deleted (emptied) by another process between our open and lock:
            // start again on the file that is there now.
            let same = fs::metadata(&path)
                .is_ok_and(|m| file.metadata().is_ok_and(|f| f.ino() == m.ino()));
            if !same {
                continue;
            }
            let mut text = String::new();
            (&file)
                .read_to_string(&mut text)
                .with_context(|| format!("reading {}", path.display()))?;
            // A damaged file loses the round-robin position, not correctness:
            // every live address is also in its store's own records.
            let mut state: State = serde_json::from_str(&text).unwrap_or_default();
            state.leases.retain(|_, l| alive(l));
            return Ok(Leases { file, path, state });
        }
    }

    /// Addresses leased by any store.
    pub fn taken(&self) -> HashSet<Ipv4Addr> {
        self.state.leases.keys().copied().collect()
    }

    /// Records that `ip` is `owner`'s, of the store at `runroot`.
    pub fn lease(&mut self, ip: Ipv4Addr, runroot: &Path, owner: &str) -> Result<()> {
        self.state.leases.insert(
            ip,
            Lease {
                runroot: runroot.to_path_buf(),
                owner: owner.to_string(),
                since: now(),
            },
        );
        self.save()
    }

    /// Gives `ip` back if `owner` holds it.
    pub fn release(&mut self, ip: Ipv4Addr, owner: &str) -> Result<()> {
        if self.state.leases.get(&ip).is_some_and(|l| l.owner == owner) {
            self.state.leases.remove(&ip);
        }
        self.save()
    }

    /// Writes the state back; a bridge with no leases left has no file.
    fn save(&mut self) -> Result<()> {
        if self.state.leases.is_empty() {
            let _ = fs::remove_file(&self.path);
            return Ok(());
        }
        let text = serde_json::to_vec(&self.state)?;
        let io = |e| anyhow::anyhow!("writing {}: {e}", self.path.display());
        self.file.set_len(0).map_err(io)?;
        self.file.rewind().map_err(io)?;
        self.file.write_all(&text).map_err(io)?;
        Ok(())
    }
}

/// docker's MAC address for a container address: 02:42 and the four bytes
/// of the IPv4 address. A container that gets the address of one just
/// removed also gets its MAC, so the host's neighbour entry stays right.
pub fn mac_for(ip: Ipv4Addr) -> String {
    let [a, b, c, d] = ip.octets();
    format!("02:42:{a:02x}:{b:02x}:{c:02x}:{d:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_follows_the_address() {
        assert_eq!(mac_for(Ipv4Addr::new(10, 87, 0, 2)), "02:42:0a:57:00:02");
        assert_eq!(
            mac_for(Ipv4Addr::new(172, 17, 255, 254)),
            "02:42:ac:11:ff:fe"
        );
    }

    #[test]
    fn a_lease_lives_while_its_owner_record_does() {
        let dir = tempfile::tempdir().expect("tempdir");
        let lease = Lease {
            runroot: dir.path().to_path_buf(),
            owner: "abc".into(),
            since: 0,
        };
        assert!(!alive(&lease));
        let record = dir.path().join("containers/abc/network.json");
        fs::create_dir_all(record.parent().expect("parent")).expect("mkdir");
        fs::write(&record, "{}").expect("write");
        assert!(alive(&lease));
        let anchor = Lease {
            owner: "anchor-bridge".into(),
            ..lease.clone()
        };
        assert!(!alive(&anchor));
        let fresh = Lease {
            since: now(),
            ..anchor
        };
        assert!(alive(&fresh));
    }
}
