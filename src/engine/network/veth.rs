//! The quick way onto a bridge that netavark has already set up: a veth pair
//! made over rtnetlink from this process, for containers that need nothing
//! per container from netavark — no published ports, no DNS entries, no fixed
//! MAC. netavark's per-container setup and teardown run some forty iptables
//! commands (about 200 ms here); the network's own bridge and firewall rules
//! stay up between containers, held by the network's anchor (see attach.rs),
//! as docker0 stays up with docker. Two `ip -batch` runs did the same job
//! before and cost 3–5 ms of every `run` in process start-up alone.

use std::net::{IpAddr, Ipv4Addr};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{anyhow, Context as _, Result};
use netlink_packet_core::{
    NetlinkMessage, NetlinkPayload, NLM_F_ACK, NLM_F_CREATE, NLM_F_EXCL, NLM_F_REQUEST,
};
use netlink_packet_route::address::{AddressAttribute, AddressMessage};
use netlink_packet_route::link::{
    InfoData, InfoKind, InfoVeth, LinkAttribute, LinkFlags, LinkInfo, LinkMessage,
};
use netlink_packet_route::route::{
    RouteAddress, RouteAttribute, RouteHeader, RouteMessage, RouteProtocol, RouteScope, RouteType,
};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::{protocols::NETLINK_ROUTE, Socket};

/// The host end's name for a container: at most 15 bytes, unique per container.
pub fn host_name(id: &str) -> String {
    format!("sk{}", &id[..id.len().min(12)])
}

/// An rtnetlink socket in one network namespace: requests are sent one at a
/// time and each waits for the kernel's answer.
struct Rtnl {
    socket: Socket,
    sequence: u32,
}

impl Rtnl {
    /// A socket in this thread's network namespace.
    fn open() -> Result<Rtnl> {
        let mut socket = Socket::new(NETLINK_ROUTE).context("opening a netlink socket")?;
        socket.bind_auto().context("binding a netlink socket")?;
        Ok(Rtnl {
            socket,
            sequence: 0,
        })
    }

    /// A socket in the namespace at `netns`: a socket stays in the namespace
    /// it was made in, so a short-lived thread enters it just to make one.
    fn open_in(netns: &Path) -> Result<Rtnl> {
        let file =
            std::fs::File::open(netns).with_context(|| format!("opening {}", netns.display()))?;
        std::thread::scope(|s| {
            s.spawn(|| {
                // SAFETY: setns on this thread only; the thread ends right after.
                if unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) } != 0 {
                    return Err(std::io::Error::last_os_error())
                        .with_context(|| format!("entering {}", netns.display()));
                }
                Rtnl::open()
            })
            .join()
            .map_err(|_| anyhow!("the thread entering {} panicked", netns.display()))?
        })
    }

    /// Sends `message` and returns the kernel's reply (for a get) or `None`
    /// (an acknowledgement); a refusal becomes the errno it carries.
    fn request(
        &mut self,
        message: RouteNetlinkMessage,
        flags: u16,
    ) -> Result<Option<RouteNetlinkMessage>, std::io::Error> {
        self.sequence += 1;
        let mut packet = NetlinkMessage::from(message);
        packet.header.flags = NLM_F_REQUEST | flags;
        packet.header.sequence_number = self.sequence;
        packet.finalize();
        let mut out = vec![0; packet.header.length as usize];
        packet.serialize(&mut out);
        self.socket.send(&out, 0)?;
        let mut reply = Vec::with_capacity(32 * 1024);
        loop {
            reply.clear();
            self.socket.recv(&mut reply, 0)?;
            let mut offset = 0;
            while offset < reply.len() {
                let packet = NetlinkMessage::<RouteNetlinkMessage>::deserialize(&reply[offset..])
                    .map_err(|e| std::io::Error::other(format!("netlink reply: {e}")))?;
                let length = packet.header.length as usize;
                if packet.header.sequence_number == self.sequence {
                    match packet.payload {
                        NetlinkPayload::Error(e) if e.code.is_some() => return Err(e.to_io()),
                        NetlinkPayload::Error(_) | NetlinkPayload::Done(_) => return Ok(None),
                        NetlinkPayload::InnerMessage(m) => return Ok(Some(m)),
                        _ => {}
                    }
                }
                if length == 0 {
                    break;
                }
                offset += length;
            }
        }
    }

    /// Asks for an acknowledged change.
    fn change(&mut self, message: RouteNetlinkMessage, flags: u16) -> Result<(), std::io::Error> {
        self.request(message, NLM_F_ACK | flags).map(|_| ())
    }

    /// The index of the link named `name`.
    fn link(&mut self, name: &str) -> Result<u32, std::io::Error> {
        let mut message = LinkMessage::default();
        message.attributes.push(LinkAttribute::IfName(name.into()));
        match self.request(RouteNetlinkMessage::GetLink(message), 0)? {
            Some(RouteNetlinkMessage::NewLink(link)) => Ok(link.header.index),
            _ => Err(std::io::Error::other(format!(
                "no link {name} in the reply"
            ))),
        }
    }

    /// Sets link `index` up, and onto `controller` (a bridge) when given.
    fn set_up(&mut self, index: u32, controller: Option<u32>) -> Result<(), std::io::Error> {
        let mut message = LinkMessage::default();
        message.header.index = index;
        message.header.flags = LinkFlags::Up;
        message.header.change_mask = LinkFlags::Up;
        if let Some(bridge) = controller {
            message.attributes.push(LinkAttribute::Controller(bridge));
        }
        self.change(RouteNetlinkMessage::SetLink(message), 0)
    }

    fn delete_link(&mut self, name: &str) -> Result<(), std::io::Error> {
        let mut message = LinkMessage::default();
        message.attributes.push(LinkAttribute::IfName(name.into()));
        self.change(RouteNetlinkMessage::DelLink(message), 0)
    }
}

/// `aa:bb:cc:dd:ee:ff` as six bytes.
fn parse_mac(mac: &str) -> Result<Vec<u8>> {
    let bytes = mac
        .split(':')
        .map(|b| u8::from_str_radix(b, 16))
        .collect::<Result<Vec<u8>, _>>()
        .ok()
        .filter(|b| b.len() == 6);
    bytes.ok_or_else(|| anyhow!("invalid MAC address {mac:?}"))
}

/// A container's `eth0` to be made in its namespace, with its address, its
/// default route and its peer on a bridge: the quick path's whole setup.
pub struct Plug {
    netns: PathBuf,
    host_veth: String,
    address: Ipv4Addr,
    prefix: u8,
    gateway: Option<Ipv4Addr>,
    bridge: String,
    mac: Vec<u8>,
    /// Where the bridge is, when not in our namespace (rootless: the rootless netns).
    bridge_netns: Option<PathBuf>,
}

/// A `Plug` under way on a thread of its own.
pub struct Plugging(std::thread::JoinHandle<Result<()>>);

impl Plug {
    /// Checks the addresses, so that a bad one fails before anything is made.
    pub fn new(
        netns: &Path,
        host_veth: &str,
        ip: &str,
        prefix: u8,
        gateway: &str,
        bridge: &str,
        mac: &str,
    ) -> Result<Plug> {
        Ok(Plug {
            netns: netns.to_path_buf(),
            host_veth: host_veth.to_string(),
            address: ip
                .parse()
                .with_context(|| format!("invalid container address {ip:?}"))?,
            prefix,
            gateway: match gateway {
                "" => None,
                g => Some(
                    g.parse()
                        .with_context(|| format!("invalid gateway {g:?}"))?,
                ),
            },
            bridge: bridge.to_string(),
            mac: parse_mac(mac)?,
            bridge_netns: None,
        })
    }

    /// The bridge is in the namespace at `netns`, not in ours.
    pub fn bridge_in(mut self, netns: Option<PathBuf>) -> Plug {
        self.bridge_netns = netns;
        self
    }

    /// Plugs on a thread, so that the caller can build the container
    /// meanwhile; the container must not start before `Plugging::wait`.
    pub fn start(self) -> Plugging {
        Plugging(std::thread::spawn(move || self.run()))
    }

    /// Makes the pair and configures both ends; on failure, takes down what
    /// it made.
    pub fn run(&self) -> Result<()> {
        let mut host = match &self.bridge_netns {
            Some(netns) => Rtnl::open_in(netns)?,
            None => Rtnl::open()?,
        };
        if host.link(&self.host_veth).is_ok() {
            // The pair of this container's previous run, still being deleted
            // (unplug_in_background) or left by a crash.
            let _ = host.delete_link(&self.host_veth);
        }
        let bridge_index = host
            .link(&self.bridge)
            .with_context(|| format!("finding bridge {}", self.bridge))?;
        let bridge_side = self
            .bridge_netns
            .as_deref()
            .unwrap_or(Path::new("/proc/self/ns/net"));
        let here = std::fs::File::open(bridge_side)
            .with_context(|| format!("opening {}", bridge_side.display()))?;
        let mut inside = Rtnl::open_in(&self.netns)?;

        // eth0 is made inside, its peer sent out to our namespace: made the
        // other way round, a host link called eth0 would clash with it.
        let mut peer = LinkMessage::default();
        peer.attributes
            .push(LinkAttribute::IfName(self.host_veth.clone()));
        peer.attributes
            .push(LinkAttribute::NetNsFd(here.as_raw_fd()));
        let mut eth0 = LinkMessage::default();
        eth0.attributes.push(LinkAttribute::IfName("eth0".into()));
        eth0.attributes
            .push(LinkAttribute::Address(self.mac.clone()));
        eth0.attributes.push(LinkAttribute::LinkInfo(vec![
            LinkInfo::Kind(InfoKind::Veth),
            LinkInfo::Data(InfoData::Veth(InfoVeth::Peer(peer))),
        ]));
        inside
            .change(
                RouteNetlinkMessage::NewLink(eth0),
                NLM_F_CREATE | NLM_F_EXCL,
            )
            .with_context(|| format!("creating the veth pair eth0/{}", self.host_veth))?;
        let configured = self.configure(&mut host, &mut inside, bridge_index);
        if configured.is_err() {
            let _ = host.delete_link(&self.host_veth);
        }
        configured
    }

    fn configure(&self, host: &mut Rtnl, inside: &mut Rtnl, bridge_index: u32) -> Result<()> {
        // lo is always link 1 of a new namespace.
        inside.set_up(1, None).context("setting lo up")?;
        let eth0_index = inside.link("eth0").context("finding eth0")?;
        let address = IpAddr::V4(self.address);
        let mut addr = AddressMessage::default();
        addr.header.family = AddressFamily::Inet;
        addr.header.prefix_len = self.prefix;
        addr.header.index = eth0_index;
        addr.attributes.push(AddressAttribute::Local(address));
        addr.attributes.push(AddressAttribute::Address(address));
        if self.prefix < 31 {
            let host_bits = u32::MAX.checked_shr(u32::from(self.prefix)).unwrap_or(0);
            let broadcast = Ipv4Addr::from(u32::from(self.address) | host_bits);
            addr.attributes.push(AddressAttribute::Broadcast(broadcast));
        }
        inside
            .change(
                RouteNetlinkMessage::NewAddress(addr),
                NLM_F_CREATE | NLM_F_EXCL,
            )
            .with_context(|| format!("adding {}/{} to eth0", self.address, self.prefix))?;
        inside.set_up(eth0_index, None).context("setting eth0 up")?;
        if let Some(gateway) = self.gateway {
            let mut route = RouteMessage::default();
            route.header = RouteHeader {
                address_family: AddressFamily::Inet,
                table: RouteHeader::RT_TABLE_MAIN,
                protocol: RouteProtocol::Boot,
                scope: RouteScope::Universe,
                kind: RouteType::Unicast,
                ..RouteHeader::default()
            };
            route
                .attributes
                .push(RouteAttribute::Gateway(RouteAddress::Inet(gateway)));
            route.attributes.push(RouteAttribute::Oif(eth0_index));
            inside
                .change(
                    RouteNetlinkMessage::NewRoute(route),
                    NLM_F_CREATE | NLM_F_EXCL,
                )
                .with_context(|| format!("adding the default route via {gateway}"))?;
        }
        let host_index = host
            .link(&self.host_veth)
            .with_context(|| format!("finding {}", self.host_veth))?;
        host.set_up(host_index, Some(bridge_index))
            .with_context(|| format!("putting {} on bridge {}", self.host_veth, self.bridge))
    }
}

impl Plugging {
    /// Waits for the plug to finish.
    pub fn wait(self) -> Result<()> {
        self.0
            .join()
            .unwrap_or_else(|_| Err(anyhow!("the thread plugging the container's veth panicked")))
    }
}

/// Deletes a container's veth pair (both ends go together).
pub fn unplug(host_veth: &str) {
    if let Ok(mut host) = Rtnl::open() {
        let _ = host.delete_link(host_veth);
    }
}

/// Whether link `name` is in the namespace at `netns`.
pub fn link_exists_in(netns: &Path, name: &str) -> bool {
    Rtnl::open_in(netns).is_ok_and(|mut r| r.link(name).is_ok())
}

/// Starts deleting a container's veth pair without waiting: the kernel takes
/// 10-30 ms to unregister it (RCU), which `run --rm` on a bridge paid before
/// reporting the exit. The pair was the container's only; it has exited.
pub fn unplug_in_background(host_veth: &str) {
    let mut cmd = Command::new("ip");
    cmd.args(["link", "del", host_veth])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    crate::engine::process::inherit_only(&mut cmd, Vec::new());
    // Not waited for: whoever inherits it reaps it (the monitor reaps every
    // child, and exits soon after).
    if cmd.spawn().is_err() {
        unplug(host_veth);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn host_names_fit_an_interface_name() {
        let id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        let name = super::host_name(id);
        assert_eq!(name, "sk0123456789ab");
        assert!(name.len() <= 15);
    }

    #[test]
    fn macs_round_trip() {
        let mac = super::parse_mac("02:42:0a:57:00:02").expect("valid");
        assert_eq!(mac, vec![2, 0x42, 10, 0x57, 0, 2]);
        assert!(super::parse_mac("02:42:0a").is_err());
        assert!(super::parse_mac("zz:42:0a:57:00:02").is_err());
    }
}
