//! The rooms checked against the database. A socket belongs in its room while the database
//! would still admit it (`admission`): its runtime exists, its client is assigned to that
//! runtime, and the runtime's slot is this node's. Wake-ups close a socket the moment a
//! commit ends its place (`Dispatcher::after_commit`), but some changes wake nobody:
//! - a change committed between a socket's admission read and its joining the room: a kick
//!   racing a player's connect, a runtime deleted while its socket opens;
//! - a write batch answered as failed that committed later (`store::commit_fate`): its
//!   wake-ups were dropped with it;
//! - a slot this node lost (a cluster node paused past its lease): its rooms live at the new
//!   owner now, and sockets left here split a room in two;
//! - a runtime started again while an earlier start's socket stays open (its container still
//!   running on a host cut off): that socket's token is of an earlier token epoch
//!   (`game::runtimes::check_token_epoch`).
//!
//! So every `OMGSERVERS_DISPATCHER_RECHECK_INTERVAL` (and at once when a database reports a
//! late commit) each database is asked, a few hundred ids per statement, for the rooms'
//! runtimes and players, and what no longer belongs is closed as its wake-up would have closed
//! it: a room whose runtime is gone, started again or whose slot is lost with 1001 "Room was
//! removed" (its
//! clients reconnect, to the owner), a player no longer placed there with 1000 "The client
//! left the runtime". Counted in `omgservers_dispatcher_recheck_closed_sockets_total`.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::watch;

use super::admission;
use super::rooms::Room;
use super::socket::MIN_TICK;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::databases::Database;
use crate::store::runtimes;

/// Rechecks the rooms every `OMGSERVERS_DISPATCHER_RECHECK_INTERVAL`, and at once when a
/// database of game state reports a late commit (`HotQueues::forgotten`). Runs until aborted.
pub async fn keep(state: AppState) {
    let every = state.config.dispatcher_recheck_interval.max(MIN_TICK);
    let mut late: Vec<watch::Receiver<u64>> = state
        .game_databases()
        .iter()
        .map(|database| database.writer.hot().forgotten())
        .collect();
    loop {
        tokio::select! {
            () = tokio::time::sleep(every) => {}
            () = late_commit(&mut late) => {}
        }
        recheck(&state).await;
    }
}

/// Resolves when a database reports a late commit.
async fn late_commit(late: &mut [watch::Receiver<u64>]) {
    if late.is_empty() {
        return std::future::pending().await;
    }
    let changes = late.iter_mut().map(|r| Box::pin(r.changed()));
    if futures_util::future::select_all(changes).await.0.is_err() {
        // Its writer is gone: the server is stopping.
        std::future::pending::<()>().await;
    }
}

/// A room as it was before its database was read: the players admitted after that are
/// judged by the next recheck, not by rows read before they joined.
struct Seen {
    room: Arc<Room>,
    players: Vec<(i64, u64)>,
}

/// What a database says of the rooms it holds.
struct Found {
    /// The token epoch of each runtime that exists.
    runtimes: HashMap<i64, i64>,
    clients: HashMap<i64, ClientRow>,
}

/// Reads every room's runtime and players and closes what no longer belongs; the number of
/// sockets closed. A database that does not answer leaves its rooms as they are until the
/// next recheck.
pub async fn recheck(state: &AppState) -> u64 {
    let rooms = state.dispatcher.open_rooms();
    if rooms.is_empty() {
        return 0;
    }
    let mut closed = 0;
    let mut owned = Vec::with_capacity(rooms.len());
    for room in rooms {
        if state.writer.slots().owns_deployment(room.deployment_id) {
            owned.push(room);
        } else {
            closed += close_room(state, &room, |_| true, "this node no longer owns its slot");
        }
    }
    for database in state.game_databases() {
        let held: Vec<Seen> = owned
            .iter()
            .filter(|room| settled_in(state, room, database))
            .map(|room| Seen {
                room: room.clone(),
                players: room.players(),
            })
            .collect();
        if held.is_empty() {
            continue;
        }
        match read(database, &held).await {
            Ok(found) => closed += close_unplaced(state, database, &held, &found),
            Err(e) => tracing::warn!(error = %e, "dispatcher: cannot recheck the rooms"),
        }
    }
    if closed > 0 {
        state.dispatcher.metrics.recheck_closed.inc_by(closed);
    }
    closed
}

/// Whether the room's runtime and players live in `database`, and no move between databases
/// has them in two (`cluster::moves`): a slot moving is judged once it has landed.
fn settled_in(state: &AppState, room: &Room, database: &Database) -> bool {
    let slot = state.writer.slots().slot_of(room.deployment_id);
    state.game(room.deployment_id).is(database) && !state.databases.is_moving(slot)
}

async fn read(database: &Database, held: &[Seen]) -> crate::error::Result<Found> {
    let runtime_ids: Vec<i64> = held.iter().map(|seen| seen.room.runtime_id).collect();
    let client_ids: Vec<i64> = held
        .iter()
        .flat_map(|seen| seen.players.iter().map(|(client_id, _)| *client_id))
        .collect();
    let mut conn = database.acquire().await?;
    let runtimes = runtimes::token_epochs(&mut conn, &runtime_ids).await?;
    let clients = clients::find_all(&mut conn, &client_ids).await?;
    Ok(Found { runtimes, clients })
}

/// Closes the rooms whose runtime is gone and the players no longer placed in their room.
fn close_unplaced(state: &AppState, database: &Database, held: &[Seen], found: &Found) -> u64 {
    let mut closed = 0;
    for seen in held {
        let room = &seen.room;
        // The slot's map may have switched while the database was read.
        if !settled_in(state, room, database) {
            continue;
        }
        let Some(epoch) = found.runtimes.get(&room.runtime_id) else {
            closed += close_room(state, room, |_| true, "its runtime was deleted");
            continue;
        };
        // A socket admitted since the read is of the read's epoch or a later one.
        let behind = |room: &Room| room.runtime_epoch() < *epoch;
        if behind(room) {
            closed += close_room(state, room, behind, "its runtime was started again");
            continue;
        }
        for (client_id, socket) in &seen.players {
            let placed = found
                .clients
                .get(client_id)
                .is_some_and(|client| admission::placed_in(client, room.runtime_id));
            if !placed
                && state
                    .dispatcher
                    .close_player(room.runtime_id, *client_id, Some(*socket))
            {
                tracing::info!(
                    runtime_id = room.runtime_id,
                    client_id,
                    "dispatcher: closed a player socket whose client left the runtime unseen"
                );
                closed += 1;
            }
        }
    }
    closed
}

/// Closes the room (1001), unless a newer room of its runtime replaced it since it was read or
/// `still` no longer holds of it, and says how many sockets that closed.
fn close_room(state: &AppState, room: &Arc<Room>, still: impl Fn(&Room) -> bool, why: &str) -> u64 {
    let players = room.players().len() as u64;
    if !state.dispatcher.close_room_if(room, still) {
        return 0;
    }
    tracing::info!(
        runtime_id = room.runtime_id,
        why,
        "dispatcher: closed a room"
    );
    1 + players
}
