//! Persistent network namespaces: a new namespace bind-mounted on a file, as
//! `ip netns add` does, so that netavark or slirp4netns can set it up before the
//! container joins it, and so that it outlives the process that made it.

use std::fs;
use std::path::Path;

use anyhow::{anyhow, Context as _, Result};
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sched::{unshare, CloneFlags};

/// Creates a network namespace and pins it at `path`.
pub fn create(path: &Path) -> Result<()> {
    create_as(path, false)
}

/// `create`, with loopback up (a `--network none` namespace).
pub fn create_with_loopback(path: &Path) -> Result<()> {
    create_as(path, true)
}

fn create_as(path: &Path, loopback: bool) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::engine::store::ensure_dir(dir)
            .with_context(|| format!("creating {}", dir.display()))?;
    }
    fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    // The namespace is made by a thread of its own, so the caller keeps its
    // namespace; a thread costs a tenth of a forked child.
    let made = std::thread::scope(|s| {
        s.spawn(|| -> Result<()> {
            unshare(CloneFlags::CLONE_NEWNET).context("unshare(CLONE_NEWNET)")?;
            if loopback {
                loopback_up().context("setting lo up")?;
            }
            mount(
                Some("/proc/thread-self/ns/net"),
                path,
                None::<&str>,
                MsFlags::MS_BIND,
                None::<&str>,
            )
            .context("bind-mounting the namespace")
        })
        .join()
        .unwrap_or_else(|_| Err(anyhow!("the thread making the namespace panicked")))
    });
    made.map_err(|e| {
        let _ = fs::remove_file(path);
        anyhow!(
            "creating a network namespace at {} failed (needs CAP_SYS_ADMIN): {e:#}",
            path.display()
        )
    })
}

/// Brings loopback up in the network namespace of process `pid` (a
/// container's own, made by the runtime, which leaves it down), from a
/// thread that joins it: docker's `--network none` has lo up. (Rootful: a
/// rootless monitor may not open the namespace of the runtime's init.)
pub fn loopback_up_in(pid: i32) -> Result<()> {
    in_netns(Path::new(&format!("/proc/{pid}/ns/net")), || {
        loopback_up().context("setting lo up")
    })
}

/// Runs `f` on a thread inside the network namespace at `netns`.
pub fn in_netns<T: Send>(netns: &Path, f: impl FnOnce() -> Result<T> + Send) -> Result<T> {
    let file =
        std::fs::File::open(netns).with_context(|| format!("opening {}", netns.display()))?;
    std::thread::scope(|s| {
        s.spawn(move || {
            nix::sched::setns(&file, CloneFlags::CLONE_NEWNET)
                .with_context(|| format!("entering {}", netns.display()))?;
            f()
        })
        .join()
        .unwrap_or_else(|_| Err(anyhow!("the thread in {} panicked", netns.display())))
    })
}

/// Brings the calling thread's loopback interface up.
fn loopback_up() -> std::io::Result<()> {
    use std::os::fd::{AsRawFd as _, FromRawFd as _, OwnedFd};
    // SAFETY: socket(2) with constant arguments; the fd is owned below.
    let fd = unsafe { libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: fd is a fresh, valid descriptor nobody else owns.
    let sock = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: ifreq is plain data; zeroed is a valid value.
    let mut req: libc::ifreq = unsafe { std::mem::zeroed() };
    for (i, b) in b"lo".iter().enumerate() {
        req.ifr_name[i] = *b as libc::c_char;
    }
    // SAFETY: SIOCGIFFLAGS/SIOCSIFFLAGS read and write one ifreq.
    unsafe {
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCGIFFLAGS, &mut req) < 0 {
            return Err(std::io::Error::last_os_error());
        }
        req.ifr_ifru.ifru_flags |= libc::IFF_UP as libc::c_short;
        if libc::ioctl(sock.as_raw_fd(), libc::SIOCSIFFLAGS, &req) < 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Unpins and deletes a namespace made by `create`; missing ones are fine.
pub fn remove(path: &Path) {
    let _ = umount2(path, MntFlags::MNT_DETACH);
    let _ = fs::remove_file(path);
}
