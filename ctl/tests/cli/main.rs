//! omgctl's tests: the real binary against real servers, its generated docs and snapshots. One
//! test binary for the crate.

mod common;
mod errors;
mod flow;
mod generated;
#[cfg(target_os = "linux")]
mod keyring;
mod prompt;
mod quickstart;
mod state;
