//! End-to-end tests: the built `skiff` binary against a real local registry.

mod archives;
mod archives_hostile;
mod build;
mod cli_scripts;
mod commit_export;
mod compose;
mod compose_up;
mod container_options;
mod containers;
mod cp_diff;
mod credentials;
mod docker_behaviour;
mod harness;
mod images;
mod mtls;
mod network;
mod podman_interop;
mod pull;
mod registry_config;
mod robustness;
mod rootless;
mod spec;
mod support;
mod system;
mod token_auth;
mod volumes;
