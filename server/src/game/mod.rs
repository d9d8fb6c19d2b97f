//! The game loop: players and clients, lobbies, matchmaking, matches, runtimes and the
//! interchange between players and runtimes (wire reference §5.4, §5.5, §8, §9, §11).
//!
//! The database holds the desired and observed state; request handlers change it through the
//! group-commit writer (`store::writer`) and wake whoever waits (`wake`): long-polling players
//! and runtimes, and the controller (`controller`), which reconciles what requests leave to it
//! (lobby runtimes, matchmaking, inactivity, runtime processes). Nothing depends on an
//! in-memory event that a crash could lose: a restart reconciles from the database.
//!
//! Files by noun, imports pointing one way (no cycle): `inbox`, `commands` (the two queues) <-
//! `assignment` <- `teardown`; `runtimes` <- `matchmaking`; all of these <- `executor` (runtime
//! commands) <- `interchange`; `clients` (create-client) <- `assignment`; `controller` on top.

pub mod assignment;
pub mod clients;
pub mod commands;
pub mod controller;
pub mod executor;
pub mod inbox;
pub mod interchange;
pub mod lifecycle;
pub mod matchmaking;
pub mod metrics;
pub mod runtimes;
pub mod teardown;

pub use crate::wake::{Hub, Wakes};

use crate::error::Result;
use crate::state::AppState;
use crate::store::writer::WriteTx;

/// Claims a deployment's slot for the unit's writes: in a cluster they commit only while this
/// node owns that slot (`store::slots`); a unit that changes a deployment's game state calls
/// this first, for every deployment it changes.
pub async fn fence(tx: &mut WriteTx, state: &AppState, deployment_id: i64) -> Result<()> {
    let slot = state.writer.slots().slot_of(deployment_id);
    tx.fence(slot).await?;
    Ok(())
}

/// Whether this node runs the sweeps that span every deployment (removing ended matches):
/// the owner of slot 0 in a cluster, so exactly one node does at a time.
pub fn leads(state: &AppState) -> bool {
    state.writer.slots().epoch(0).is_some()
}

/// Whether this node changes the deployment's game state (standalone: always); the controller
/// reconciles only those.
pub fn owns(state: &AppState, deployment_id: i64) -> bool {
    state.writer.slots().owns_deployment(deployment_id)
}
