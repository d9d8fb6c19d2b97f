//! Moving slots between shard databases (docs/sharding.md "Moving slots between databases";
//! the steps and their guards: `store::moves`).
//!
//! `admin/move-slots` records moves in the system database (`request`). Every server with
//! shard databases then runs `keep`: each second it re-reads the slot map (so a server that
//! did not move a slot learns where it went), and carries out the recorded moves of the slots
//! it owns — standalone, all of them; in a cluster, those it leases, so one server works on a
//! move at a time, and a takeover carries an unfinished one on. A move whose step fails (a
//! database that does not answer) is tried again a second later; its slot stays locked
//! meanwhile, answering `SHARD_LOCKED`, until the move is cancelled or, not switched within
//! `OMGSERVERS_SLOT_MOVES_TIMEOUT` of its lock, given up.

use std::time::Duration;

use omgservers_types::admin::{
    CancelSlotMovesRequest, GetSlotDatabasesResponse, MoveSlotsRequest, SlotDatabaseDto,
    SlotMoveDto,
};
use omgservers_types::ErrorQualifier;

use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::moves::{self, Cancel, CopyOutcome, Left, Requested, SlotMove};

/// How often each server re-reads the map and looks for moves to carry out.
const ROUND: Duration = Duration::from_secs(1);

/// Runs until the task is aborted (only with shard databases).
pub async fn keep(state: AppState) {
    if state.databases.shards().is_empty() {
        return;
    }
    loop {
        if let Err(e) = round(&state).await {
            tracing::warn!(error = %e, "slot moves: a step failed; trying again");
        }
        tokio::time::sleep(ROUND).await;
    }
}

/// Re-reads the map, then carries out the moves of the slots this server owns, and undoes
/// what cancelled moves left.
async fn round(state: &AppState) -> Result<()> {
    super::reload_slot_map(state).await?;
    // Read before the moves: a fence left by a move that is not recorded after was cancelled.
    // A database that does not answer is passed over (its games tell already): it is read
    // again next round.
    let mut left_behind = Vec::new();
    for (index, database) in state.databases.shards().iter().enumerate() {
        if let Ok(fences) = database_fences(database).await {
            left_behind.extend(fences.into_iter().map(|f| (index, f)));
        }
    }
    let pending = {
        let mut conn = state.databases.system().acquire().await?;
        moves::pending(&mut conn).await?
    };
    // Locked from its lock until its target opens: a switched move serves its slot already.
    state.databases.set_moving(
        pending
            .iter()
            .filter(|m| !m.switched)
            .map(|m| m.slot)
            .collect(),
    );
    let slots = state.writer.slots();
    let mut failed = crate::game::FirstError::default();
    for (index, (slot, fence_state, move_id)) in left_behind {
        let recorded = pending
            .iter()
            .any(|m| m.slot == slot && m.move_id == move_id);
        if !recorded && slots.epoch(slot).is_some() {
            let database = &state.databases.shards()[index];
            failed.keep(undo_cancelled(state, database, slot, &fence_state, move_id).await);
        }
    }
    for slot_move in pending {
        if slots.epoch(slot_move.slot).is_some() {
            let step = match give_up_if_overdue(state, &slot_move).await {
                Ok(true) => Ok(()),
                Ok(false) => carry_out(state, &slot_move).await,
                Err(e) => Err(e),
            };
            failed.keep(step);
        }
    }
    failed.into_result()
}

/// Gives up a move that has not switched within `OMGSERVERS_SLOT_MOVES_TIMEOUT` of locking its
/// slot; the next round unlocks the slot where it is, as for a cancelled move. Returns whether
/// it did.
async fn give_up_if_overdue(state: &AppState, slot_move: &SlotMove) -> Result<bool> {
    let timeout = state.config.slot_moves_timeout;
    if slot_move.switched || timeout.is_zero() {
        return Ok(false);
    }
    let SlotMove { slot, move_id, .. } = *slot_move;
    let mut conn = state.databases.system().acquire().await?;
    if !moves::give_up_overdue(&mut conn, slot, move_id, timeout).await? {
        return Ok(false);
    }
    state.writer.slots().metrics.moves_given_up.inc();
    tracing::warn!(
        slot,
        move_id,
        from = slot_move.from,
        to = slot_move.to,
        timeout = %humantime::format_duration(timeout),
        "slot move given up: not switched within OMGSERVERS_SLOT_MOVES_TIMEOUT of its lock; \
         the slot is unlocked where it is"
    );
    Ok(true)
}

async fn database_fences(
    database: &crate::store::databases::Database,
) -> Result<Vec<(u32, String, i64)>> {
    Ok(moves::unfinished_fences(database.pool()?).await?)
}

/// Undoes what a cancelled move left in one database: the source's lock, or the target's copy.
async fn undo_cancelled(
    state: &AppState,
    database: &crate::store::databases::Database,
    slot: u32,
    fence_state: &str,
    move_id: i64,
) -> Result<()> {
    if fence_state == "locked" {
        if moves::unlock_source(database.pool()?, slot, move_id).await? {
            // Batches opened before would take the row's change for a lock: they end first.
            if let Ok(unit) = database.begin().await {
                let _ = unit.commit().await;
            }
            tracing::info!(slot, move_id, "slot move cancelled; the slot is unlocked");
        }
        return Ok(());
    }
    let slots = state.writer.slots().clone();
    let in_slot = move |deployment_id: i64| slots.slot_of(deployment_id) == slot;
    let side = Left::CancelledTarget;
    let deleted = moves::clean_up(database.pool()?, side, slot, move_id, &in_slot).await?;
    tracing::info!(
        slot,
        move_id,
        deleted,
        "slot move cancelled; its copy is deleted"
    );
    Ok(())
}

/// Carries a move on from where it stands: lock, copy, switch, open, clean up.
async fn carry_out(state: &AppState, slot_move: &SlotMove) -> Result<()> {
    let SlotMove {
        slot,
        from,
        to,
        move_id,
        switched,
    } = *slot_move;
    let shards = state.databases.shards();
    let (Some(source), Some(target)) = (shards.get(from), shards.get(to)) else {
        return Err(Error::Internal(format!(
            "slot {slot} is moving between shard databases {from} and {to}, but only {} are set",
            shards.len()
        )));
    };
    let slots = state.writer.slots().clone();
    let in_slot = move |deployment_id: i64| slots.slot_of(deployment_id) == slot;
    let mut copied = moves::Copied::default();
    if !switched {
        if !moves::lock_source(source.pool()?, slot, move_id).await? {
            tracing::warn!(slot, move_id, "slot move superseded before its lock");
            return Ok(());
        }
        let first_lock = {
            let mut conn = state.databases.system().acquire().await?;
            moves::locked(&mut conn, slot, move_id).await?
        };
        // Once per move: an attempt that cannot copy yet (its target does not answer) is made
        // again each round.
        if first_lock {
            tracing::info!(slot, from, to, move_id, "slot locked for its move");
        }
        let page_rows = moves::COPY_PAGE_ROWS;
        match moves::copy(
            source.pool()?,
            target.pool()?,
            slot,
            move_id,
            &in_slot,
            page_rows,
        )
        .await?
        {
            CopyOutcome::Superseded => return Ok(()),
            CopyOutcome::Done => {}
            CopyOutcome::Copied(done) => copied = done,
        }
        let mut conn = state.databases.system().acquire().await?;
        if !moves::switch(&mut conn, slot, to, move_id).await? {
            return Ok(());
        }
    }
    // The target names the lease holder at once: a takeover's claim needs no second try, and
    // an expired owner's writes are refused there as at the source.
    let holder = match state.writer.slots().node_id() {
        Some(_) => {
            let mut conn = state.databases.system().acquire().await?;
            crate::store::slots::owners(&mut conn)
                .await?
                .get(&slot)
                .map(|owner| (owner.node_id, owner.epoch))
        }
        None => None,
    };
    if !moves::open_target(target.pool()?, slot, move_id, holder).await? {
        return Ok(());
    }
    // The target's batches opened before the fence row did see it `incoming`: they end first,
    // so that no unit of the slot checks it against that older snapshot.
    if let Ok(unit) = target.begin().await {
        let _ = unit.commit().await;
    }
    // Before and after the map changes: what a request read from the old database in between
    // is not consulted if the slot comes back.
    super::forget_lost_slots(state);
    state.databases.set_slot(slot, to);
    state.databases.moved(slot);
    super::forget_lost_slots(state);
    let deleted = moves::clean_up(source.pool()?, Left::Source, slot, move_id, &in_slot).await?;
    let mut conn = state.databases.system().acquire().await?;
    if moves::finish(&mut conn, slot, move_id).await? {
        state.writer.slots().metrics.moved.inc();
        tracing::info!(
            slot,
            from,
            to,
            move_id,
            copied = copied.rows,
            pages = copied.pages,
            deleted,
            "slot moved"
        );
    }
    Ok(())
}

/// `admin/move-slots`: records moving `slots` to shard database `database`; the servers
/// owning them carry the moves out (`keep`). Returns the map as it stands.
pub async fn request(state: &AppState, req: &MoveSlotsRequest) -> Result<GetSlotDatabasesResponse> {
    no_shard_database(state)?;
    let shards = state.databases.shards().len();
    let to = usize::try_from(req.database)
        .ok()
        .filter(|index| *index < shards)
        .ok_or_else(|| {
            Error::invalid(format!(
                "database {} is not a shard database: they are numbered 0 to {} (OMGSERVERS_DATABASE_SHARDS_<i>_URL)",
                req.database,
                shards - 1
            ))
        })?;
    let slots = requested_slots(state, &req.slots)?;
    let outcome = {
        let mut conn = state.databases.system().acquire().await?;
        moves::request(&mut conn, &slots, to).await?
    };
    let refused: Vec<String> = outcome
        .iter()
        .filter_map(|(slot, requested)| match requested {
            Requested::Moving(other) if *other != to => {
                Some(format!("slot {slot} is moving to database {other} already"))
            }
            Requested::CleaningUp => Some(format!(
                "slot {slot} is still being deleted from the database its last move left"
            )),
            _ => None,
        })
        .collect();
    if !refused.is_empty() {
        return Err(Error::Conflict {
            qualifier: ErrorQualifier::WRONG_REQUEST,
            message: format!(
                "{}: no move was recorded; ask again once those moves are done (omgctl admin get-slot-databases)",
                refused.join("; ")
            ),
        });
    }
    view(state).await
}

/// 409 without shard databases: no slot moves.
fn no_shard_database(state: &AppState) -> Result<()> {
    if state.databases.shards().is_empty() {
        return Err(Error::Conflict {
            qualifier: ErrorQualifier::WRONG_REQUEST,
            message: "this installation keeps game state in its system database (no OMGSERVERS_DATABASE_SHARDS_<i>_URL is set): there is no shard database to move slots between".to_owned(),
        });
    }
    Ok(())
}

/// The slots a request names, checked (400 naming one that does not exist), sorted, once each.
fn requested_slots(state: &AppState, requested: &[i64]) -> Result<Vec<u32>> {
    let count = state.writer.slots().count();
    if requested.is_empty() {
        return Err(Error::validation("slots must name at least one slot"));
    }
    let mut slots = Vec::with_capacity(requested.len());
    for slot in requested {
        match u32::try_from(*slot) {
            Ok(slot) if slot < count => slots.push(slot),
            _ => {
                return Err(Error::invalid(format!(
                    "slot {slot} does not exist: slots are numbered 0 to {} (OMGSERVERS_SERVER_SHARD_COUNT)",
                    count - 1
                )))
            }
        }
    }
    slots.sort_unstable();
    slots.dedup();
    Ok(slots)
}

/// `admin/cancel-slot-moves`: cancels the moves of `slots` that have not switched, all or
/// none (409 naming the slots whose move switched already: those finish). Slots not moving
/// are left alone. The slots' owners unlock them and delete the copies within a round
/// (`keep`). Returns the map as it stands.
pub async fn cancel(
    state: &AppState,
    req: &CancelSlotMovesRequest,
) -> Result<GetSlotDatabasesResponse> {
    no_shard_database(state)?;
    let slots = requested_slots(state, &req.slots)?;
    let outcome = {
        let mut conn = state.databases.system().acquire().await?;
        moves::cancel(&mut conn, &slots).await?
    };
    let switched: Vec<String> = outcome
        .iter()
        .filter(|(_, found)| *found == Cancel::Switched)
        .map(|(slot, _)| slot.to_string())
        .collect();
    if !switched.is_empty() {
        return Err(Error::Conflict {
            qualifier: ErrorQualifier::WRONG_REQUEST,
            message: format!(
                "the moves of slots {} switched to their new database already and are finishing: nothing was cancelled (move them back once done)",
                switched.join(", ")
            ),
        });
    }
    for (slot, found) in &outcome {
        if *found == Cancel::Cancelled {
            tracing::info!(slot, "slot move cancelled");
        }
    }
    view(state).await
}

/// `admin/get-slot-databases`: which shard database holds each slot, and the moves under way.
pub async fn view(state: &AppState) -> Result<GetSlotDatabasesResponse> {
    let shards = state.databases.shards();
    if shards.is_empty() {
        return Ok(GetSlotDatabasesResponse {
            databases: Vec::new(),
            moves: Vec::new(),
        });
    }
    // The moves before the map: a move that finishes in between is still listed (and waited
    // for), never missing from the list while the map read before names its old database.
    let (pending, map) = {
        let mut conn = state.databases.system().acquire().await?;
        let pending = moves::pending(&mut conn).await?;
        (pending, crate::store::databases::read_map(&mut conn).await?)
    };
    let databases = shards
        .iter()
        .enumerate()
        .map(|(index, database)| SlotDatabaseDto {
            index: i64::try_from(index).unwrap_or(i64::MAX),
            slots: map
                .iter()
                .filter(|(_, shard)| *shard == index)
                .map(|(slot, _)| i64::from(*slot))
                .collect(),
            reachable: database.is_reachable(),
        })
        .collect();
    let moves = pending
        .into_iter()
        .map(|m| SlotMoveDto {
            slot: i64::from(m.slot),
            from: i64::try_from(m.from).unwrap_or(i64::MAX),
            to: i64::try_from(m.to).unwrap_or(i64::MAX),
            state: if m.switched { "CLEANING_UP" } else { "MOVING" }.to_owned(),
        })
        .collect();
    Ok(GetSlotDatabasesResponse { databases, moves })
}
