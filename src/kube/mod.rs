//! Kubernetes YAML: skiff's own serde types for the subset it writes and
//! reads (research kube.md §4: k8s-openapi is far larger than this needs),
//! and `generate kube`, built on the engine API as compose is.

pub mod check;
pub mod fields;
pub mod generate;
pub mod model;
mod parts;
pub mod play;
pub mod services;
