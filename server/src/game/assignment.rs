//! Assignment: putting a client into a lobby or a match and taking it out again. Every move
//! tells the runtimes concerned (`ADD_CLIENT`, `ADD_MATCH_CLIENT`, `DELETE_CLIENT`) and the player
//! (`RUNTIME_ASSIGNMENT_MESSAGE`) in the same write (wire reference §11.2).

use std::collections::{BTreeMap, HashMap};

use omgservers_types::commands::{
    AddClientBody, AddMatchClientBody, DeleteClientBody, IncomingCommandBody, RuntimeConfig,
};
use omgservers_types::messages::*;

use super::{commands, inbox, Wakes};
use crate::error::Result;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow, QUEUED};
use crate::store::runtimes;
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;

/// Assigns a queued client to the least loaded lobby of its deployment that has room and a
/// runtime. False when there is none (the controller will start one).
pub async fn assign_lobby(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
) -> Result<bool> {
    let one = std::slice::from_ref(client);
    Ok(assign_lobbies(conn, state, wakes, client.deployment_id, one).await? == 0)
}

/// Assigns queued clients of one deployment, in the order given, each to the lobby with the
/// fewest clients (ties: the older) that has room and a runtime, counting the ones placed
/// before it. Returns how many found no room (the controller will start a lobby). The loads are
/// read once and the writes made a few hundred rows per statement (`move_all`), so a burst of
/// queued players does not hold the writer's connection for a statement per player.
pub async fn assign_lobbies(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    deployment_id: i64,
    queued: &[ClientRow],
) -> Result<usize> {
    let max = i64::from(state.config.lobbies_max_clients);
    // A lobby whose process is known to have exited is skipped: the controller removes it.
    let mut lobbies: Vec<runtimes::Load> = runtimes::lobby_loads(conn, deployment_id)
        .await?
        .into_iter()
        .filter(|lobby| !state.hub.is_gone(lobby.id))
        .collect();
    let mut configs: HashMap<i64, RuntimeConfig> = HashMap::new();
    let mut placed: Vec<(&ClientRow, i64, RuntimeConfig)> = Vec::with_capacity(queued.len());
    for client in queued {
        let Some(lobby) = lobbies
            .iter_mut()
            .filter(|lobby| lobby.clients < max)
            .min_by_key(|lobby| (lobby.clients, lobby.id))
        else {
            break;
        };
        lobby.clients += 1;
        let lobby_id = lobby.id;
        let config = match configs.get(&lobby_id) {
            Some(config) => config.clone(),
            None => {
                let config = runtimes::config(conn, lobby_id).await?;
                configs.insert(lobby_id, config.clone());
                config
            }
        };
        placed.push((client, lobby_id, config));
    }
    let player_ids: Vec<i64> = placed.iter().map(|(c, _, _)| c.player_id).collect();
    let profiles = super::player_profiles(state, &player_ids).await?;
    let unplaced = queued.len() - placed.len();
    let moves = placed
        .into_iter()
        .zip(profiles)
        .map(|((client, runtime_id, runtime_config), profile)| Move {
            client,
            add: IncomingCommandBody::AddClient(AddClientBody {
                user_id: client.user_id.into(),
                client_id: client.id.into(),
                profile,
            }),
            to: Destination {
                runtime_id,
                qualifier: RuntimeQualifier::LOBBY,
                match_id: None,
                group_name: None,
                runtime_config,
            },
        })
        .collect();
    move_all(conn, state, wakes, moves).await?;
    Ok(unplaced)
}

/// Puts clients in matches (from the matchmaker), in one go (`move_all`).
pub async fn assign_matches(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    seats: &[(ClientRow, MatchSeat<'_>)],
) -> Result<()> {
    let player_ids: Vec<i64> = seats.iter().map(|(c, _)| c.player_id).collect();
    let profiles = super::player_profiles(state, &player_ids).await?;
    let moves = seats
        .iter()
        .zip(profiles)
        .map(|((client, seat), profile)| Move {
            client,
            add: IncomingCommandBody::AddMatchClient(AddMatchClientBody {
                user_id: client.user_id.into(),
                client_id: client.id.into(),
                group_name: seat.group.to_owned(),
                profile,
            }),
            to: Destination {
                runtime_id: seat.runtime_id,
                qualifier: RuntimeQualifier::MATCH,
                match_id: Some(seat.match_id),
                group_name: Some(seat.group),
                runtime_config: seat.runtime_config.clone(),
            },
        })
        .collect();
    move_all(conn, state, wakes, moves).await
}

/// A seat in a match: its runtime (with the runtime's config, read once per match by the
/// matchmaker) and the group.
pub struct MatchSeat<'a> {
    pub runtime_id: i64,
    pub match_id: i64,
    pub group: &'a str,
    pub runtime_config: &'a RuntimeConfig,
}

/// Where a client goes.
struct Destination<'a> {
    runtime_id: i64,
    qualifier: RuntimeQualifier,
    match_id: Option<i64>,
    group_name: Option<&'a str>,
    runtime_config: RuntimeConfig,
}

/// A client's move: where it goes, and the command (ADD_CLIENT / ADD_MATCH_CLIENT) that tells
/// the runtime there.
struct Move<'a> {
    client: &'a ClientRow,
    add: IncomingCommandBody,
    to: Destination<'a>,
}

/// Makes the moves: the new runtime gets its command, the previous one (if it still exists)
/// DELETE_CLIENT, the player RUNTIME_ASSIGNMENT_MESSAGE, in that order per client; the
/// assignments are recorded. Each kind of write takes a statement per hundred moves, whatever
/// their number and places.
async fn move_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    moves: Vec<Move<'_>>,
) -> Result<()> {
    let leaving: Vec<(i64, i64)> = moves
        .iter()
        .filter_map(|m| {
            let previous = m.client.runtime_id.filter(|r| *r != m.to.runtime_id)?;
            Some((m.client.id, previous))
        })
        .collect();
    let mut messages = Vec::with_capacity(moves.len());
    let mut assigned = Vec::with_capacity(moves.len());
    for m in &moves {
        let client_id = m.client.id;
        let to = clients::Assignment {
            runtime_id: m.to.runtime_id,
            qualifier: m.to.qualifier.as_str(),
            match_id: m.to.match_id,
            group_name: m.to.group_name,
        };
        assigned.push((client_id, to));
        let body = MessageBody::RuntimeAssignmentMessage(RuntimeAssignmentMessageBody {
            runtime_id: m.to.runtime_id.into(),
            runtime_qualifier: m.to.qualifier,
            runtime_config: m.to.runtime_config.clone(),
        });
        messages.push((client_id, body));
    }
    clients::assign_all(conn, &assigned, now_millis()).await?;
    let added: Vec<(i64, &IncomingCommandBody)> =
        moves.iter().map(|m| (m.to.runtime_id, &m.add)).collect();
    commands::push_all(conn, state, wakes, &added).await?;
    leave_all(conn, state, wakes, &leaving).await?;
    wakes.departed.extend(leaving);
    let messages: Vec<(i64, &MessageBody)> = messages.iter().map(|(c, b)| (*c, b)).collect();
    inbox::push_all(conn, state, wakes, &messages).await?;
    Ok(())
}

/// Clients leave their runtimes (those assigned to one): DELETE_CLIENT to each runtime that
/// still exists when `notify_runtime`, and their rooms told they departed either way.
pub(crate) async fn leave_runtimes(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    leaving: &[ClientRow],
    notify_runtime: bool,
) -> Result<()> {
    let leaving: Vec<(i64, i64)> = leaving
        .iter()
        .filter_map(|client| Some((client.id, client.runtime_id?)))
        .collect();
    if notify_runtime {
        leave_all(conn, state, wakes, &leaving).await?;
    }
    wakes.departed.extend(leaving);
    Ok(())
}

/// DELETE_CLIENT to the runtimes clients leave (`(client, runtime)`; those that still exist),
/// in one go.
async fn leave_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    leaving: &[(i64, i64)],
) -> Result<()> {
    let mut runtime_ids: Vec<i64> = leaving.iter().map(|(_, runtime)| *runtime).collect();
    runtime_ids.sort_unstable();
    runtime_ids.dedup();
    let live = runtimes::existing(conn, &runtime_ids).await?;
    let bodies: Vec<(i64, IncomingCommandBody)> = leaving
        .iter()
        .filter(|(_, runtime)| live.contains(runtime))
        .map(|(client, runtime)| {
            let body = DeleteClientBody {
                client_id: (*client).into(),
            };
            (*runtime, IncomingCommandBody::DeleteClient(body))
        })
        .collect();
    let commands: Vec<(i64, &IncomingCommandBody)> = bodies
        .iter()
        .map(|(runtime, body)| (*runtime, body))
        .collect();
    commands::push_all(conn, state, wakes, &commands).await?;
    Ok(())
}

/// Sends a client from a match back to a lobby. `notify_runtime`: whether its current runtime
/// still exists and must get DELETE_CLIENT.
pub async fn requeue(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    notify_runtime: bool,
) -> Result<()> {
    requeue_all(
        conn,
        state,
        wakes,
        std::slice::from_ref(client),
        notify_runtime,
    )
    .await
}

/// Sends clients from a match back to a lobby, in one go. `notify_runtime`: whether their
/// current runtime still exists and must get DELETE_CLIENT.
pub async fn requeue_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    requeued: &[ClientRow],
    notify_runtime: bool,
) -> Result<()> {
    leave_runtimes(conn, state, wakes, requeued, notify_runtime).await?;
    let ids: Vec<i64> = requeued.iter().map(|client| client.id).collect();
    clients::requeue_all(conn, &ids).await?;
    let mut by_deployment: BTreeMap<i64, Vec<ClientRow>> = BTreeMap::new();
    for client in requeued {
        let queued = ClientRow {
            runtime_id: None,
            match_id: None,
            state: QUEUED.to_owned(),
            ..client.clone()
        };
        by_deployment
            .entry(client.deployment_id)
            .or_default()
            .push(queued);
    }
    for (deployment_id, queued) in by_deployment {
        if assign_lobbies(conn, state, wakes, deployment_id, &queued).await? > 0 {
            wakes.controller = true;
        }
    }
    Ok(())
}
