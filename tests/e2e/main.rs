//! End-to-end tests: the built `skiff` binary against a real local registry.

mod container_options;
mod containers;
mod credentials;
mod harness;
mod images;
mod mtls;
mod pull;
mod registry_config;
mod robustness;
mod support;
mod system;
mod token_auth;
mod volumes;
