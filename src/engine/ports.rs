//! Published ports: docker's `-p` forms, and the host ports they resolve to.

use std::collections::BTreeSet;

use anyhow::{anyhow, bail, Result};
use serde::{Deserialize, Serialize};

/// One published port as asked for; `host_port` 0 means "any free port".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortBinding {
    /// Empty for every address.
    pub host_ip: String,
    pub host_port: u16,
    /// The last port of a host range (`8000-8010:80`): any free one in it.
    #[serde(default)]
    pub host_port_end: u16,
    pub container_port: u16,
    /// tcp, udp or sctp.
    pub protocol: String,
}

/// A port as netavark maps it, and as `port` and `inspect` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    pub host_ip: String,
    pub container_port: u16,
    pub host_port: u16,
    pub range: u16,
    pub protocol: String,
}

impl PortMapping {
    /// docker's `0.0.0.0:8080->80/tcp`.
    pub fn display(&self) -> String {
        format!(
            "{}->{}/{}",
            self.host_addr(),
            self.container_port,
            self.protocol
        )
    }

    /// `0.0.0.0:8080`, or `[::1]:8080` for IPv6, as docker writes host addresses.
    pub fn host_addr(&self) -> String {
        let ip = self.host_ip_or_any();
        if ip.contains(':') {
            format!("[{ip}]:{}", self.host_port)
        } else {
            format!("{ip}:{}", self.host_port)
        }
    }

    pub fn host_ip_or_any(&self) -> &str {
        if self.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            &self.host_ip
        }
    }
}

fn parse_range(s: &str, what: &str, spec: &str) -> Result<(u16, u16)> {
    let bad = || anyhow!("invalid {what} port in \"{spec}\": {s}");
    let (a, b) = match s.split_once('-') {
        Some((a, b)) => (a, b),
        None => (s, s),
    };
    let a: u16 = a.parse().map_err(|_| bad())?;
    let b: u16 = b.parse().map_err(|_| bad())?;
    if b < a || (a == 0 && what == "container") {
        return Err(bad());
    }
    Ok((a, b))
}

/// Parses one `-p` value: `[IP:][HOST:]CONTAINER[/PROTO]`, ports or ranges,
/// IPv6 addresses in brackets.
pub fn parse_publish(spec: &str) -> Result<Vec<PortBinding>> {
    let (rest, proto) = match spec.rsplit_once('/') {
        Some((r, p)) => (r, p.to_ascii_lowercase()),
        None => (spec, "tcp".to_string()),
    };
    if !matches!(proto.as_str(), "tcp" | "udp" | "sctp") {
        bail!("invalid proto: {proto}");
    }
    let (ip, rest) = if let Some(after) = rest.strip_prefix('[') {
        let (ip, tail) = after
            .split_once("]:")
            .ok_or_else(|| anyhow!("invalid IP address in \"{spec}\""))?;
        (ip.to_string(), tail)
    } else {
        let parts: Vec<&str> = rest.split(':').collect();
        match parts.len() {
            1 | 2 => (String::new(), rest),
            3 => (parts[0].to_string(), &rest[parts[0].len() + 1..]),
            _ => bail!("invalid port format for --publish: {spec}"),
        }
    };
    if !ip.is_empty() && ip.parse::<std::net::IpAddr>().is_err() {
        bail!("invalid IP address: {ip}");
    }
    let (host, container) = match rest.split_once(':') {
        Some((h, c)) => (h, c),
        None => ("", rest),
    };
    let (c_start, c_end) = parse_range(container, "container", spec)?;
    let (h_start, h_end) = if host.is_empty() {
        (0, 0)
    } else {
        parse_range(host, "host", spec)?
    };
    let c_len = c_end - c_start;
    let mut out = Vec::new();
    if host.is_empty() || h_end - h_start == c_len {
        for i in 0..=c_len {
            out.push(PortBinding {
                host_ip: ip.clone(),
                host_port: if host.is_empty() { 0 } else { h_start + i },
                host_port_end: 0,
                container_port: c_start + i,
                protocol: proto.clone(),
            });
        }
    } else if c_len == 0 {
        // docker: one container port and a host range means any free port of the range.
        out.push(PortBinding {
            host_ip: ip,
            host_port: h_start,
            host_port_end: h_end,
            container_port: c_start,
            protocol: proto,
        });
    } else {
        bail!("invalid ranges specified for container and host Ports: {container} and {host}");
    }
    Ok(out)
}

/// Parses `--expose PORT[/PROTO]` (ranges allowed) into `80/tcp` keys.
pub fn parse_expose(spec: &str) -> Result<Vec<String>> {
    let (ports, proto) = spec.split_once('/').unwrap_or((spec, "tcp"));
    let (a, b) = parse_range(ports, "container", spec)?;
    Ok((a..=b).map(|p| format!("{p}/{proto}")).collect())
}

/// `80/tcp` → (80, "tcp").
pub fn split_port_key(key: &str) -> Option<(u16, String)> {
    let (port, proto) = key.split_once('/').unwrap_or((key, "tcp"));
    Some((port.parse().ok()?, proto.to_string()))
}

/// The bindings of `-P`: every exposed port on any free host port, except
/// those already published explicitly.
pub fn publish_all(exposed: &BTreeSet<String>, explicit: &[PortBinding]) -> Vec<PortBinding> {
    exposed
        .iter()
        .filter_map(|k| split_port_key(k))
        .filter(|(port, proto)| {
            !explicit
                .iter()
                .any(|b| b.container_port == *port && &b.protocol == proto)
        })
        .map(|(port, proto)| PortBinding {
            host_ip: String::new(),
            host_port: 0,
            host_port_end: 0,
            container_port: port,
            protocol: proto,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(ip: &str, host: u16, container: u16, proto: &str) -> PortBinding {
        PortBinding {
            host_ip: ip.into(),
            host_port: host,
            host_port_end: 0,
            container_port: container,
            protocol: proto.into(),
        }
    }

    #[test]
    fn docker_publish_forms() {
        assert_eq!(
            parse_publish("8080:80").unwrap(),
            vec![b("", 8080, 80, "tcp")]
        );
        assert_eq!(
            parse_publish("127.0.0.1:8080:80").unwrap(),
            vec![b("127.0.0.1", 8080, 80, "tcp")]
        );
        assert_eq!(
            parse_publish("8080:80/udp").unwrap(),
            vec![b("", 8080, 80, "udp")]
        );
        assert_eq!(parse_publish("80").unwrap(), vec![b("", 0, 80, "tcp")]);
        assert_eq!(
            parse_publish("127.0.0.1::80").unwrap(),
            vec![b("127.0.0.1", 0, 80, "tcp")]
        );
        assert_eq!(
            parse_publish("[::1]:8080:80").unwrap(),
            vec![b("::1", 8080, 80, "tcp")]
        );
        assert_eq!(
            parse_publish("8000-8001:80-81").unwrap(),
            vec![b("", 8000, 80, "tcp"), b("", 8001, 81, "tcp")]
        );
        let any = parse_publish("8000-8010:80").unwrap();
        assert_eq!((any[0].host_port, any[0].host_port_end), (8000, 8010));
        for bad in [
            "x:80",
            "8080:80/foo",
            "1.2.3:80:80",
            "8000-8002:80-81",
            "80:0",
            "a:b:c:d",
        ] {
            assert!(parse_publish(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn expose_and_publish_all() {
        assert_eq!(parse_expose("80").unwrap(), vec!["80/tcp"]);
        assert_eq!(parse_expose("53/udp").unwrap(), vec!["53/udp"]);
        assert_eq!(
            parse_expose("7000-7001").unwrap(),
            vec!["7000/tcp", "7001/tcp"]
        );
        let exposed: BTreeSet<String> = ["80/tcp".to_string(), "443/tcp".to_string()].into();
        let all = publish_all(&exposed, &[b("", 8080, 80, "tcp")]);
        assert_eq!(all, vec![b("", 0, 443, "tcp")]);
    }
}
