//! flock(2)-based locks shared by every skiff process using the same store.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

use rustix::fs::{flock, FlockOperation};

/// A held flock; released when dropped (the kernel also releases it if the process dies).
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl std::os::fd::AsRawFd for FileLock {
    /// The locked file: a child that inherits it holds the lock too (flock
    /// locks belong to the open file), until the last holder closes it.
    fn as_raw_fd(&self) -> std::os::fd::RawFd {
        self._file.as_raw_fd()
    }
}

impl FileLock {
    fn open(path: &Path) -> io::Result<File> {
        if let Some(parent) = path.parent() {
            super::ensure_dir(parent)?;
        }
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)
    }

    fn take(path: &Path, op: FlockOperation) -> io::Result<FileLock> {
        let file = Self::open(path)?;
        loop {
            match flock(&file, op) {
                Ok(()) => return Ok(FileLock { _file: file }),
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => {
                    return Err(io::Error::new(
                        io::Error::from(e).kind(),
                        format!("locking {}: {e}", path.display()),
                    ))
                }
            }
        }
    }

    /// Blocks until the exclusive lock is held.
    pub fn exclusive(path: &Path) -> io::Result<FileLock> {
        Self::take(path, FlockOperation::LockExclusive)
    }

    /// Blocks until a shared lock is held.
    pub fn shared(path: &Path) -> io::Result<FileLock> {
        Self::take(path, FlockOperation::LockShared)
    }

    /// Takes the exclusive lock only if nobody holds it.
    pub fn try_exclusive(path: &Path) -> io::Result<Option<FileLock>> {
        match Self::take(path, FlockOperation::NonBlockingLockExclusive) {
            Ok(lock) => Ok(Some(lock)),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e),
        }
    }
}
