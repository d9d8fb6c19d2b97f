//! Teardown: deleting a client (optionally with a last `DISCONNECTION_REASON_MESSAGE`) and
//! deleting a runtime with what it means for its players — a lobby's are disconnected with
//! `INTERNAL_FAILURE`, a match's go back to a lobby (wire reference §11.2).

use omgservers_types::messages::{
    DisconnectionReason, DisconnectionReasonMessageBody, MessageBody, RuntimeQualifier,
};

use super::assignment::{leave, requeue};
use super::{inbox, Wakes};
use crate::auth::users;
use crate::error::Result;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::runtimes::RuntimeRow;
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
    if let Some(reason) = reason {
        let body =
            MessageBody::DisconnectionReasonMessage(DisconnectionReasonMessageBody { reason });
        inbox::push(conn, state, wakes, client.id, &body).await?;
    }
    if let (true, Some(runtime_id)) = (notify_runtime, client.runtime_id) {
        leave(conn, state, wakes, client.id, runtime_id).await?;
    }
    if let Some(runtime_id) = client.runtime_id {
        wakes.departed.push((client.id, runtime_id));
    }
    sqlx::query("DELETE FROM matchmaker_requests WHERE client_id = $1")
        .bind(client.id)
        .execute(&mut **conn)
        .await?;
    // last_activity of a deleted client is its deletion time: the purge counts from it.
    sqlx::query("UPDATE clients SET state = 'DELETED', runtime_id = NULL, runtime_qualifier = NULL, match_id = NULL, group_name = NULL, last_activity = $1 WHERE id = $2")
        .bind(now_millis())
        .bind(client.id)
        .execute(&mut **conn)
        .await?;
    wakes.clients.push(client.id);
    Ok(())
}

/// Deletes a runtime. A lobby's clients are disconnected with INTERNAL_FAILURE; a match's
/// clients go back to a lobby. Its lobby or match record goes with it.
pub async fn delete_runtime(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
) -> Result<()> {
    for client in clients::assigned_to(conn, runtime.id).await? {
        match runtime.qualifier {
            RuntimeQualifier::LOBBY => {
                delete_client(
                    conn,
                    state,
                    wakes,
                    &client,
                    Some(DisconnectionReason::INTERNAL_FAILURE),
                    false,
                )
                .await?
            }
            RuntimeQualifier::MATCH => requeue(conn, state, wakes, &client, false).await?,
        }
    }
    sqlx::query("DELETE FROM runtimes WHERE id = $1")
        .bind(runtime.id)
        .execute(&mut **conn)
        .await?;
    users::delete(conn, runtime.user_id).await?;
    if let Some(lobby_id) = runtime.lobby_id {
        sqlx::query("DELETE FROM lobbies WHERE id = $1")
            .bind(lobby_id)
            .execute(&mut **conn)
            .await?;
    }
    if let Some(match_id) = runtime.match_id {
        sqlx::query("DELETE FROM matches WHERE id = $1")
            .bind(match_id)
            .execute(&mut **conn)
            .await?;
    }
    wakes.runtimes.push(runtime.id);
    wakes.closed_rooms.push(runtime.id);
    wakes.controller = true;
    Ok(())
}
