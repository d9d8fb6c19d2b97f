//! `omgservers-sdk`: the Rust runtime SDK and player client. Not built yet (issue 4); the crate
//! exists so the workspace layout of ARCHITECTURE.md §1 is in place. The wire types it will use
//! are in `omgservers-types`.

pub use omgservers_types as types;
