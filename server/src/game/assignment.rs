//! Assignment: putting a client into a lobby or a match and taking it out again. Every move
//! tells the runtimes concerned (`ADD_CLIENT`, `ADD_MATCH_CLIENT`, `DELETE_CLIENT`) and the player
//! (`RUNTIME_ASSIGNMENT_MESSAGE`) in the same write (wire reference §11.2).

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
    let candidates = runtimes::lobby_loads(conn, client.deployment_id).await?;
    let max = i64::from(state.config.lobbies_max_clients);
    // A lobby whose process is known to have exited is skipped: the controller removes it.
    let Some(runtimes::Load { id: runtime_id, .. }) = candidates
        .into_iter()
        .find(|lobby| lobby.clients < max && !state.hub.is_gone(lobby.id))
    else {
        return Ok(false);
    };
    let profile = super::player_profile(state, client.player_id).await?;
    let body = IncomingCommandBody::AddClient(AddClientBody {
        user_id: client.user_id.into(),
        client_id: client.id.into(),
        profile,
    });
    commands::push(conn, state, wakes, runtime_id, &body).await?;
    let runtime_config = runtimes::config(conn, runtime_id).await?;
    move_to(
        conn,
        state,
        wakes,
        client,
        Destination {
            runtime_id,
            qualifier: RuntimeQualifier::LOBBY,
            match_id: None,
            group_name: None,
            runtime_config,
        },
    )
    .await?;
    Ok(true)
}

/// Puts a client in a match (from the matchmaker).
pub async fn assign_match(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    seat: &MatchSeat<'_>,
) -> Result<()> {
    let profile = super::player_profile(state, client.player_id).await?;
    let body = IncomingCommandBody::AddMatchClient(AddMatchClientBody {
        user_id: client.user_id.into(),
        client_id: client.id.into(),
        group_name: seat.group.to_owned(),
        profile,
    });
    commands::push(conn, state, wakes, seat.runtime_id, &body).await?;
    move_to(
        conn,
        state,
        wakes,
        client,
        Destination {
            runtime_id: seat.runtime_id,
            qualifier: RuntimeQualifier::MATCH,
            match_id: Some(seat.match_id),
            group_name: Some(seat.group),
            runtime_config: seat.runtime_config.clone(),
        },
    )
    .await
}

/// A seat in a match: its runtime (with the runtime's config, read once per match by the
/// matchmaker) and the group.
pub struct MatchSeat<'a> {
    pub runtime_id: i64,
    pub match_id: i64,
    pub group: &'a str,
    pub runtime_config: &'a RuntimeConfig,
}

/// Where `move_to` puts a client.
struct Destination<'a> {
    runtime_id: i64,
    qualifier: RuntimeQualifier,
    match_id: Option<i64>,
    group_name: Option<&'a str>,
    runtime_config: RuntimeConfig,
}

/// Records the new assignment, tells the previous runtime (DELETE_CLIENT) and the player
/// (RUNTIME_ASSIGNMENT_MESSAGE).
#[allow(clippy::too_many_arguments)]
async fn move_to(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    to: Destination<'_>,
) -> Result<()> {
    let Destination {
        runtime_id,
        qualifier,
        match_id,
        group_name,
        runtime_config,
    } = to;
    if let Some(previous) = client.runtime_id.filter(|r| *r != runtime_id) {
        leave(conn, state, wakes, client.id, previous).await?;
        wakes.departed.push((client.id, previous));
    }
    let to = clients::Assignment {
        runtime_id,
        qualifier: qualifier.as_str(),
        match_id,
        group_name,
    };
    clients::assign(conn, client.id, &to, now_millis()).await?;
    let body = MessageBody::RuntimeAssignmentMessage(RuntimeAssignmentMessageBody {
        runtime_id: runtime_id.into(),
        runtime_qualifier: qualifier,
        runtime_config,
    });
    inbox::push(conn, state, wakes, client.id, &body).await?;
    Ok(())
}

/// DELETE_CLIENT to a runtime the client leaves (if the runtime still exists).
pub(crate) async fn leave(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client_id: i64,
    runtime_id: i64,
) -> Result<()> {
    if runtimes::find(conn, runtime_id).await?.is_some() {
        let body = IncomingCommandBody::DeleteClient(DeleteClientBody {
            client_id: client_id.into(),
        });
        commands::push(conn, state, wakes, runtime_id, &body).await?;
    }
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
    if let (true, Some(runtime_id)) = (notify_runtime, client.runtime_id) {
        leave(conn, state, wakes, client.id, runtime_id).await?;
    }
    if let Some(runtime_id) = client.runtime_id {
        wakes.departed.push((client.id, runtime_id));
    }
    clients::requeue(conn, client.id).await?;
    let queued = ClientRow {
        runtime_id: None,
        match_id: None,
        state: QUEUED.to_owned(),
        ..client.clone()
    };
    if !assign_lobby(conn, state, wakes, &queued).await? {
        wakes.controller = true;
    }
    Ok(())
}
