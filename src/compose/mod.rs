//! Compose: compose files read as docker compose v2 (compose-go) reads them,
//! and (next) run through the engine's typed operations. The loader is a pure
//! function of files, environment and options; it writes nothing.

pub mod dotenv;
pub mod emit;
pub mod interpolate;
pub mod load;
pub mod merge;
mod normalize;
mod shell_words;
mod validate;

pub use load::{load, Options, Project};
