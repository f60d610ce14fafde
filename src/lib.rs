//! skiff: a daemonless, docker-compatible container engine.
//!
//! `cli` parses and renders, `engine` does the work and never prints.

pub mod cli;
pub mod engine;
