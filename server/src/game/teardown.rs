//! Teardown: deleting a client (optionally with a last `DISCONNECTION_REASON_MESSAGE`) and
//! deleting a runtime with what it means for its players — a lobby's are disconnected with
//! `INTERNAL_FAILURE`, a match's go back to a lobby (wire reference §11.2).

use omgservers_types::messages::{
    DisconnectionReason, DisconnectionReasonMessageBody, MessageBody, RuntimeQualifier,
};

use omgservers_types::RuntimeId;

use super::assignment::{leave_runtimes, requeue_all};
use super::{inbox, Wakes};
use crate::error::Result;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::deployments::{self, Row};
use crate::store::matchmaking;
use crate::store::runtimes::{self, RuntimeRow};
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;

/// Deletes a client: optionally a last DISCONNECTION_REASON_MESSAGE, DELETE_CLIENT to its
/// runtime (when `notify_runtime`), its matchmaking request gone. The inbox stays readable.
pub async fn delete_client(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    reason: Option<DisconnectionReason>,
    notify_runtime: bool,
) -> Result<()> {
    let one = std::slice::from_ref(client);
    delete_clients(conn, state, wakes, one, reason, notify_runtime).await
}

/// Deletes clients as `delete_client` does, in one go: a few hundred rows per statement
/// whatever their number (a sweep of thousands of inactive players, a failed deployment's).
pub async fn delete_clients(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    deleted: &[ClientRow],
    reason: Option<DisconnectionReason>,
    notify_runtime: bool,
) -> Result<()> {
    if let Some(reason) = reason {
        let body =
            MessageBody::DisconnectionReasonMessage(DisconnectionReasonMessageBody { reason });
        let messages: Vec<(i64, &MessageBody)> = deleted.iter().map(|c| (c.id, &body)).collect();
        inbox::push_all(conn, state, wakes, &messages).await?;
    }
    leave_runtimes(conn, state, wakes, deleted, notify_runtime).await?;
    let ids: Vec<i64> = deleted.iter().map(|c| c.id).collect();
    matchmaking::drop_client_requests(conn, &ids).await?;
    clients::mark_deleted(conn, &ids, now_millis()).await?;
    wakes.clients.extend(ids);
    Ok(())
}

/// Deletes a runtime. A lobby's clients are disconnected with INTERNAL_FAILURE; a match's
/// clients go back to a lobby. Its lobby or match record goes with it; its RUNTIME user goes
/// at the controller's next pass (`controller::remove_runtime_users`).
pub async fn delete_runtime(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
) -> Result<()> {
    release_clients(conn, state, wakes, runtime).await?;
    runtimes::delete(conn, runtime.id).await?;
    // Its RUNTIME user is the control plane's: the controller removes it afterwards.
    if let Some(lobby_id) = runtime.lobby_id {
        deployments::delete_by_id(conn, Row::Lobby, lobby_id).await?;
    }
    if let Some(match_id) = runtime.match_id {
        deployments::delete_by_id(conn, Row::Match, match_id).await?;
    }
    wakes.runtimes.push(runtime.id);
    wakes.closed_rooms.push(runtime.id);
    wakes.controller = true;
    // Its wake-ups and command queue leave memory once the deletion is durable.
    let (hub, hot, runtime_id) = (state.hub.clone(), conn.hot().clone(), runtime.id);
    conn.after_commit(move || {
        hub.forget_runtime(runtime_id);
        hot.commands.forget(RuntimeId(runtime_id));
    });
    Ok(())
}

/// The clients of a runtime that stopped running (its process is gone, whatever it held is
/// lost): a lobby's are disconnected with INTERNAL_FAILURE, a match's go back to a lobby.
pub async fn release_clients(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
) -> Result<()> {
    let assigned = clients::assigned_to(conn, runtime.id).await?;
    match runtime.qualifier {
        RuntimeQualifier::LOBBY => {
            let reason = Some(DisconnectionReason::INTERNAL_FAILURE);
            delete_clients(conn, state, wakes, &assigned, reason, false).await?;
        }
        RuntimeQualifier::MATCH => requeue_all(conn, state, wakes, &assigned, false).await?,
    }
    Ok(())
}
