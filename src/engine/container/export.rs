//! Tarballs of a container's filesystem: all of it (`export`), or its changes
//! as an OCI layer with whiteouts (`commit`).

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, Result};

use super::copy::changes::{changes, ChangeKind};
use super::copy::ContainerFs;
use super::Container;
use crate::engine::Engine;

/// Appends `src` (not following symlinks, not descending) under `name`.
fn append_one<W: Write>(tar: &mut tar::Builder<W>, src: &Path, name: &str) -> Result<()> {
    let meta = fs::symlink_metadata(src).with_context(|| format!("reading {}", src.display()))?;
    let ft = meta.file_type();
    if ft.is_dir() {
        tar.append_dir(name, src)
    } else if ft.is_file() || ft.is_symlink() {
        tar.append_path_with_name(src, name)
    } else {
        // Devices, fifos and sockets: headers only, as docker's archiver writes them.
        let mut header = tar::Header::new_gnu();
        header.set_metadata(&meta);
        header.set_size(0);
        tar.append_data(&mut header, name, std::io::empty())
    }
    .with_context(|| format!("adding {name} to the archive"))
}

/// `export`: the container's whole filesystem as a tar stream, paths relative to `/`.
pub fn export(engine: &Engine, c: &Container, out: &mut dyn Write) -> Result<()> {
    let _fs = ContainerFs::open(engine, c)?;
    let root = engine.container_paths(&c.record.id).rootfs();
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    let mut stack = vec![String::new()];
    while let Some(rel) = stack.pop() {
        let dir = if rel.is_empty() {
            root.clone()
        } else {
            root.join(&rel)
        };
        let mut names: Vec<String> = fs::read_dir(&dir)
            .with_context(|| format!("reading {}", dir.display()))?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        // Depth-first, in name order: push in reverse so the first comes out first.
        for name in names.iter().rev() {
            let path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if fs::symlink_metadata(root.join(&path)).is_ok_and(|m| m.is_dir()) {
                stack.push(path.clone());
            }
        }
        for name in &names {
            let path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            append_one(&mut tar, &root.join(&path), &path)?;
        }
    }
    tar.finish().context("finishing the archive")
}

/// `commit`: the container's changes as an uncompressed OCI layer tar.
pub fn changes_layer(engine: &Engine, c: &Container, out: &mut dyn Write) -> Result<usize> {
    let list = changes(engine, c)?;
    let paths = engine.container_paths(&c.record.id);
    let src_root = if c.record.snapshotter == crate::engine::store::SnapshotterKind::Overlay {
        paths.upper()
    } else {
        paths.rootfs()
    };
    let mut tar = tar::Builder::new(out);
    tar.follow_symlinks(false);
    for ch in &list {
        let rel = ch.path.trim_start_matches('/');
        match ch.kind {
            ChangeKind::Delete => {
                let (dir, base) = rel.rsplit_once('/').map_or(("", rel), |(d, b)| (d, b));
                let name = if dir.is_empty() {
                    format!(".wh.{base}")
                } else {
                    format!("{dir}/.wh.{base}")
                };
                let mut header = tar::Header::new_gnu();
                header.set_entry_type(tar::EntryType::Regular);
                header.set_size(0);
                header.set_mode(0o644);
                header.set_mtime(0);
                tar.append_data(&mut header, &name, std::io::empty())?;
            }
            ChangeKind::Add | ChangeKind::Modify => append_one(&mut tar, &src_root.join(rel), rel)?,
        }
    }
    tar.finish().context("finishing the layer")?;
    Ok(list.len())
}
