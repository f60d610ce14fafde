//! Compose: compose files read as docker compose v2 (compose-go) reads them,
//! and (next) run through the engine's typed operations. This half needs no
//! engine: `.env` files and variable interpolation so far.

pub mod dotenv;
pub mod interpolate;
