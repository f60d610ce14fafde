//! skiff: a daemonless, docker-compatible container engine.
//!
//! `cli` parses and renders, `engine` does the work and never prints,
//! `compose` reads compose projects and runs them through the engine; `build`
//! builds Dockerfiles through it.

// Docker's inspect documents are large json! literals.
#![recursion_limit = "256"]

pub mod build;
pub mod cli;
pub mod compose;
pub mod engine;
pub mod kube;
