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
pub mod step_failures;
pub mod teardown;

pub use crate::wake::{Hub, Wakes};

use crate::error::Result;
use crate::state::AppState;
use crate::store::writer::{FenceError, WriteTx};

/// Claims a deployment's slot for the unit's writes: in a cluster they commit only while this
/// node owns that slot (`store::slots`); a unit that changes a deployment's game state calls
/// this first, for every deployment it changes.
///
/// The unit must run on the database of the deployment's game state (`begin`): one on another
/// database is refused, which makes a unit that writes the wrong database fail loudly.
pub async fn fence(tx: &mut WriteTx, state: &AppState, deployment_id: i64) -> Result<()> {
    let slot = state.writer.slots().slot_of(deployment_id);
    if !tx.is_on(&state.game(deployment_id).writer) {
        // A move switched the slot to another shard database since this unit began on the
        // old one (`cluster::moves`): there the slot's fence is locked or moved, which answers
        // SHARD_LOCKED. Anything else is a unit routed to the wrong database.
        if !state.databases.shards().is_empty() {
            if let Err(e @ FenceError::Locked(_)) = tx.fence(slot).await {
                return Err(e.into());
            }
        }
        return Err(crate::error::Error::Internal(format!(
            "a unit changing deployment {deployment_id}'s game state runs on another database"
        )));
    }
    tx.fence(slot).await?;
    Ok(())
}

/// Claims a deployment's slot for a unit of the control plane (on the system database) that
/// only the slot's owner may commit: settling the deployment, removing it once drained, its
/// runtime's players' profiles. Like `fence`, without the game state's database.
pub async fn fence_slot(tx: &mut WriteTx, state: &AppState, deployment_id: i64) -> Result<()> {
    let slot = state.writer.slots().slot_of(deployment_id);
    tx.fence(slot).await?;
    Ok(())
}

/// A unit of work on a deployment's game state: on its slot's database (`AppState::game`),
/// fenced (`fence`). Further deployments of the same database may be fenced in it.
pub async fn begin(state: &AppState, deployment_id: i64) -> Result<WriteTx> {
    let mut tx = state.game(deployment_id).begin().await?;
    fence(&mut tx, state, deployment_id).await?;
    Ok(tx)
}

/// Players' profiles on their stage, in the order of `player_ids`, read in one go (control
/// plane: from the system database, whichever database the unit that sends them to a runtime
/// writes). Profiles are written in units of their own (`executor`), committed before any
/// later unit reads them.
pub async fn player_profiles(
    state: &AppState,
    player_ids: &[i64],
) -> Result<Vec<serde_json::Value>> {
    if player_ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut conn = state.db.pool.acquire().await?;
    crate::store::clients::profiles(&mut conn, player_ids).await
}

/// The first error of a step run on each database of game state: one database that fails does
/// not keep the others from their turn — a shard database that is down stops only its own
/// slots' games — and the step reports the failure once all ran.
#[derive(Debug, Default)]
pub struct FirstError(Option<crate::error::Error>);

impl FirstError {
    /// Keeps `result`'s error if it is the first.
    pub fn keep<T>(&mut self, result: Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.0.get_or_insert(e);
                None
            }
        }
    }

    pub fn into_result(self) -> Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

/// The row `find` finds in the first database of game state that has it. A database that fails
/// is passed over when another has it; when none has it, the failure is the answer (whether the
/// row exists cannot be told).
macro_rules! find_in_any {
    ($state:expr, |$conn:ident| $find:expr) => {{
        let mut failed = $crate::game::FirstError::default();
        let mut found = None;
        for database in $state.game_databases() {
            let read: $crate::error::Result<_> = async {
                let mut conn = database.acquire().await?;
                let $conn = &mut *conn;
                $find.await
            }
            .await;
            if let Some(Some(row)) = failed.keep(read) {
                found = Some(row);
                break;
            }
        }
        match found {
            Some(row) => Ok(Some(row)),
            None => failed.into_result().map(|()| None),
        }
    }};
}
pub(crate) use find_in_any;

/// Whether this node runs the sweeps that span every deployment (removing ended matches):
/// the owner of slot 0 in a cluster, so exactly one node does at a time.
pub fn leads(state: &AppState) -> bool {
    state.writer.slots().epoch(0).is_some()
}

/// Whether this node changes the deployment's game state now (standalone: always): it owns its
/// slot, and no move between shard databases has it locked (`cluster::moves`). The controller
/// reconciles only those: a locked slot's units would be refused, and one refused unit rolls
/// back a whole database's step.
pub fn owns(state: &AppState, deployment_id: i64) -> bool {
    let slots = state.writer.slots();
    slots.owns_deployment(deployment_id) && !state.databases.is_moving(slots.slot_of(deployment_id))
}
