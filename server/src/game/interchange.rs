//! The interchange (wire reference §8.2, §9.3): players send messages and runtimes send
//! commands, both acknowledge what they received, and both get what is pending — at once, or
//! within one long poll (`wait_ms`) that the first arrival ends.
//!
//! Sends are written through the group-commit writer and answered once durable.
//! Acknowledgements and pending entries are served from memory (`store::hot`): a poll with
//! nothing to send reads the caller's row and nothing else.

use std::pin::Pin;
use std::time::Duration;

use omgservers_types::commands::IncomingCommandBody;
use omgservers_types::messages::*;
use omgservers_types::player::{PlayerInterchangeRequest, PlayerInterchangeResponse};
use omgservers_types::runtime::{RuntimeInterchangeRequest, RuntimeInterchangeResponse};
use omgservers_types::ErrorQualifier;
use tokio::sync::futures::Notified;

use super::executor::execute_all;
use super::{commands, inbox, Wakes};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::clients::{find, ClientRow};
use crate::store::runtimes;
use crate::store::time::now_millis;

/// Most messages a player may send in one interchange.
pub const MAX_MESSAGES_PER_REQUEST: usize = 1000;

/// `player/interchange` (wire reference §8.2), with an optional long poll. `deployment_id`:
/// the client's (`cluster::routes`), `None` when it does not exist.
pub async fn player(
    state: &AppState,
    deployment_id: Option<i64>,
    user_id: i64,
    request: PlayerInterchangeRequest,
) -> Result<PlayerInterchangeResponse> {
    let client_id = request.client_id.get();
    let not_found = || Error::not_found(format!("client {client_id} was not found"));
    let database = state.game(deployment_id.ok_or_else(not_found)?);
    let client = {
        let mut conn = database.acquire().await?;
        find(&mut conn, client_id).await?
    }
    .ok_or_else(not_found)?;
    if client.user_id != user_id {
        return Err(Error::Invalid {
            qualifier: ErrorQualifier::WRONG_CLIENT_ID,
            message: format!("client {client_id} belongs to another user"),
        });
    }
    // Registered before the inbox is read, so a message arriving in between still wakes us;
    // and only for a client that exists and is the caller's.
    let notify = state.hub.client_notify(client_id);
    let notified = notify.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();
    if !client.deleted() {
        state.hub.client_active(client_id, now_millis());
    }
    if request.outgoing_messages.len() > MAX_MESSAGES_PER_REQUEST {
        return Err(Error::validation(format!(
            "outgoing_messages has {} messages; at most {MAX_MESSAGES_PER_REQUEST} per interchange",
            request.outgoing_messages.len()
        )));
    }
    let sends =
        !client.deleted() && client.runtime_id.is_some() && !request.outgoing_messages.is_empty();
    if sends {
        forward(state, &client, request.outgoing_messages).await?;
    }
    // Only once the sends are stored: a refused request acknowledges nothing.
    let consumed: Vec<i64> = request.consumed_messages.iter().map(|m| m.get()).collect();
    inbox::acknowledge(database, client_id, &consumed).await?;
    let mut incoming_messages = inbox::pending(database, client_id).await?;
    if incoming_messages.is_empty() {
        let _polling = (!client.deleted()).then(|| state.hub.client_polling(client_id));
        if long_poll(state, request.wait_ms, notified).await {
            incoming_messages = inbox::pending(database, client_id).await?;
        }
    }
    Ok(PlayerInterchangeResponse { incoming_messages })
}

/// Waits for an arrival up to `wait_ms` (capped by `OMGSERVERS_INTERCHANGE_MAX_WAIT_MS`), or
/// until the server shuts down. Returns whether it waited at all.
async fn long_poll(
    state: &AppState,
    wait_ms: Option<u64>,
    arrival: Pin<&mut Notified<'_>>,
) -> bool {
    let wait = wait_ms
        .unwrap_or(0)
        .min(state.config.interchange_max_wait_ms);
    if wait == 0 {
        return false;
    }
    tokio::select! {
        _ = tokio::time::timeout(Duration::from_millis(wait), arrival) => {}
        () = state.hub.closed() => {}
    }
    true
}

/// One write for a player's outgoing messages, to its runtime as HANDLE_MESSAGE. A non-player
/// message is refused and nothing is written.
async fn forward(
    state: &AppState,
    client: &ClientRow,
    outgoing: Vec<omgservers_types::messages::OutgoingMessage>,
) -> Result<()> {
    let mut wakes = Wakes::default();
    let mut tx = super::begin(state, client.deployment_id).await?;
    // The copy read before our turn may be stale (moved to a match, deleted meanwhile).
    let client = find(&mut tx, client.id)
        .await?
        .ok_or_else(|| Error::not_found(format!("client {} was not found", client.id)))?;
    if let (false, Some(runtime_id)) = (client.deleted(), client.runtime_id) {
        for message in outgoing {
            let MessageBody::ClientOutgoingMessage(body) = message.body else {
                return Err(Error::Invalid {
                    qualifier: ErrorQualifier::WRONG_CLIENT_MESSAGE_BODY_TYPE,
                    message: "players may only send CLIENT_OUTGOING_MESSAGE".to_owned(),
                });
            };
            let command =
                IncomingCommandBody::HandleMessage(omgservers_types::commands::HandleMessageBody {
                    client_id: client.id.into(),
                    message: body.data,
                });
            commands::push(&mut tx, state, &mut wakes, runtime_id, &command).await?;
        }
    }
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(())
}

/// `runtime/interchange`: execute the outgoing commands (each alone: one bad command is
/// rejected and reported in `failed_commands`), acknowledge, answer the pending commands,
/// long-polling up to `wait_ms` when there are none and no command was rejected.
/// `deployment_id`: the runtime's (`cluster::routes`), `None` when it does not exist.
pub async fn runtime(
    state: &AppState,
    deployment_id: Option<i64>,
    runtime_id: i64,
    request: RuntimeInterchangeRequest,
) -> Result<RuntimeInterchangeResponse> {
    let deleted = || Error::NotFound {
        qualifier: ErrorQualifier::RUNTIME_NOT_FOUND,
        message: format!("runtime {runtime_id} was deleted; exit"),
    };
    let database = state.game(deployment_id.ok_or_else(deleted)?);
    let runtime = {
        let mut conn = database.acquire().await?;
        runtimes::find(&mut conn, runtime_id).await?
    }
    .ok_or_else(deleted)?;
    let notify = state.hub.runtime_notify(runtime_id);
    let notified = notify.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();

    let mut failed_commands = Vec::new();
    if !request.outgoing_commands.is_empty() {
        failed_commands = execute_all(state, &runtime, request.outgoing_commands).await?;
    }
    let consumed: Vec<i64> = request.consumed_commands.iter().map(|c| c.get()).collect();
    commands::acknowledge(database, runtime_id, &consumed).await?;
    state.hub.runtime_active(runtime_id, now_millis());
    let mut incoming_commands = commands::pending(database, runtime_id).await?;
    // A rejected command is news too: the answer does not wait for the long poll.
    if incoming_commands.is_empty() && failed_commands.is_empty() {
        let _polling = state.hub.runtime_polling(runtime_id);
        if long_poll(state, request.wait_ms, notified).await {
            incoming_commands = commands::pending(database, runtime_id).await?;
        }
    }
    Ok(RuntimeInterchangeResponse {
        incoming_commands,
        failed_commands,
    })
}
