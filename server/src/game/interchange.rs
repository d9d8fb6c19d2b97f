//! The interchange (wire reference §8.2, §9.3): players send messages and runtimes send
//! commands, both acknowledge what they received, and both get what is pending — at once, or
//! within one long poll (`wait_ms`) that the first arrival ends.
//!
//! Sends are written through the group-commit writer and answered once durable.
//! Acknowledgements and pending entries are served from memory (`store::hot`), and so is a
//! live caller once its row was read (`store::live_clients`): a poll with nothing to send
//! touches no database.

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
use crate::store::clients::find;
use crate::store::databases::Database;
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
    let deployment_id = deployment_id.ok_or_else(not_found)?;
    let database = state.game(deployment_id);
    let caller = caller(database, client_id).await?.ok_or_else(not_found)?;
    if caller.user_id != user_id {
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
    let forgotten = database.writer.hot().forgotten();
    if caller.live {
        state.hub.client_active(client_id, now_millis());
    }
    if request.outgoing_messages.len() > MAX_MESSAGES_PER_REQUEST {
        return Err(Error::validation(format!(
            "outgoing_messages has {} messages; at most {MAX_MESSAGES_PER_REQUEST} per interchange",
            request.outgoing_messages.len()
        )));
    }
    if caller.live && !request.outgoing_messages.is_empty() {
        forward(state, deployment_id, client_id, request.outgoing_messages).await?;
    }
    // Only once the sends are stored: a refused request acknowledges nothing.
    let consumed: Vec<i64> = request.consumed_messages.iter().map(|m| m.get()).collect();
    inbox::acknowledge(database, client_id, &consumed).await?;
    let mut incoming_messages = inbox::pending(database, client_id).await?;
    if incoming_messages.is_empty() {
        let _polling = caller.live.then(|| state.hub.client_polling(client_id));
        if long_poll(state, request.wait_ms, notified, forgotten).await {
            incoming_messages = inbox::pending(database, client_id).await?;
        }
    }
    Ok(PlayerInterchangeResponse { incoming_messages })
}

/// Waits for an arrival up to `wait_ms` (capped by `OMGSERVERS_INTERCHANGE_MAX_WAIT_MS`),
/// until the database's memory is forgotten after a late commit (`HotQueues::clear_ending_polls`),
/// or until the server shuts down. Returns whether it waited at all.
async fn long_poll(
    state: &AppState,
    wait_ms: Option<u64>,
    arrival: Pin<&mut Notified<'_>>,
    mut forgotten: tokio::sync::watch::Receiver<u64>,
) -> bool {
    let wait = wait_ms
        .unwrap_or(0)
        .min(state.config.interchange_max_wait_ms);
    if wait == 0 {
        return false;
    }
    tokio::select! {
        _ = tokio::time::timeout(Duration::from_millis(wait), arrival) => {}
        Ok(()) = forgotten.changed() => {}
        () = state.hub.closed() => {}
    }
    true
}

/// Who a player's client belongs to, and whether it is live (not deleted); `None` if it does
/// not exist. A live client is read once, then known from memory (`store::live_clients`).
struct Caller {
    user_id: i64,
    live: bool,
}

async fn caller(database: &Database, client_id: i64) -> Result<Option<Caller>> {
    let live_clients = &database.writer.hot().live_clients;
    if let Some(user_id) = live_clients.user_of(client_id) {
        return Ok(Some(Caller {
            user_id,
            live: true,
        }));
    }
    let generation = live_clients.generation();
    let found = {
        let mut conn = database.acquire().await?;
        find(&mut conn, client_id).await?
    };
    Ok(found.map(|client| {
        let live = !client.deleted();
        if live {
            live_clients.remember(client_id, client.user_id, generation);
        }
        Caller {
            user_id: client.user_id,
            live,
        }
    }))
}

/// One write for a player's outgoing messages, to its runtime as HANDLE_MESSAGE. A non-player
/// message is refused and nothing is written; a client not (or no longer) assigned to a
/// runtime sends nothing, as upstream drops such messages.
async fn forward(
    state: &AppState,
    deployment_id: i64,
    client_id: i64,
    outgoing: Vec<omgservers_types::messages::OutgoingMessage>,
) -> Result<()> {
    let mut wakes = Wakes::default();
    let mut tx = super::begin(state, deployment_id).await?;
    // Read in the unit: what the caller knew may be stale (moved to a match, deleted).
    let client = find(&mut tx, client_id)
        .await?
        .ok_or_else(|| Error::not_found(format!("client {client_id} was not found")))?;
    let (false, Some(runtime_id)) = (client.deleted(), client.runtime_id) else {
        // Nothing to write: the unit is undone.
        return Ok(());
    };
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
    token_epoch: Option<i64>,
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
    super::runtimes::check_token_epoch(&runtime, token_epoch)?;
    // Started again while this call runs (on this node, the slot's owner): refused before it
    // runs or acknowledges commands and before it answers the new start's.
    let started_again = || match state
        .hub
        .runtime_epoch_behind(runtime_id, runtime.token_epoch)
    {
        Some(now) => Err(super::runtimes::earlier_start(
            runtime_id,
            runtime.token_epoch,
            now,
        )),
        None => Ok(()),
    };
    let notify = state.hub.runtime_notify(runtime_id);
    let notified = notify.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();
    let forgotten = database.writer.hot().forgotten();

    let mut failed_commands = Vec::new();
    started_again()?;
    if !request.outgoing_commands.is_empty() {
        failed_commands = execute_all(state, &runtime, request.outgoing_commands).await?;
    }
    let consumed: Vec<i64> = request.consumed_commands.iter().map(|c| c.get()).collect();
    started_again()?;
    commands::acknowledge(database, runtime_id, &consumed).await?;
    state.hub.runtime_active(runtime_id, now_millis());
    let mut incoming_commands = commands::pending(database, runtime_id).await?;
    // A rejected command is news too: the answer does not wait for the long poll.
    if incoming_commands.is_empty() && failed_commands.is_empty() {
        let _polling = state.hub.runtime_polling(runtime_id);
        if long_poll(state, request.wait_ms, notified, forgotten).await {
            incoming_commands = commands::pending(database, runtime_id).await?;
        }
    }
    started_again()?;
    Ok(RuntimeInterchangeResponse {
        incoming_commands,
        failed_commands,
    })
}
