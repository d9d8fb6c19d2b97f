//! The runtime-command executor: runs a runtime's outgoing commands (wire reference §9.4), each
//! on its own — one bad command is rejected and reported in `failed_commands`, the others run.

use omgservers_types::commands::*;
use omgservers_types::messages::{
    ConnectionUpgradeMessageBody, MessageBody, RuntimeQualifier, ServerOutgoingMessageBody,
    WebSocketConfig,
};
use omgservers_types::permissions::UserRole;
use omgservers_types::{ClientId, ErrorQualifier, ErrorResponse};

use super::assignment::requeue;
use super::teardown::delete_client;
use super::{inbox, matchmaking, Wakes};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::matchmaking::close_match;
use crate::store::runtimes::RuntimeRow;
use crate::store::writer::WriteTx;

fn rejected(qualifier: ErrorQualifier, message: impl Into<String>) -> ErrorResponse {
    ErrorResponse {
        qualifier,
        message: message.into(),
    }
}

/// The client, if it is assigned to this runtime.
async fn assigned_client(
    conn: &mut sqlx::AnyConnection,
    runtime_id: i64,
    client_id: ClientId,
    if_not: ErrorQualifier,
) -> Result<Result<ClientRow, ErrorResponse>> {
    // A database error fails the whole unit (on PostgreSQL the transaction is aborted by it and
    // must not be committed as if the command had merely been refused).
    Ok(match clients::find(conn, client_id.get()).await? {
        Some(client) if is_assigned(&client, runtime_id) => Ok(client),
        _ => Err(not_assigned(if_not, client_id)),
    })
}

fn is_assigned(client: &ClientRow, runtime_id: i64) -> bool {
    client.runtime_id == Some(runtime_id) && !client.deleted()
}

fn not_assigned(qualifier: ErrorQualifier, client_id: ClientId) -> ErrorResponse {
    rejected(
        qualifier,
        format!("client {client_id} is not assigned to this runtime"),
    )
}

fn outgoing(message: serde_json::Value) -> MessageBody {
    MessageBody::ServerOutgoingMessage(ServerOutgoingMessageBody { message })
}

/// Executes one outgoing command (wire reference §9.4). `Err` rejects this command alone.
async fn execute(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
    command: OutgoingCommand,
) -> Result<Result<(), ErrorResponse>> {
    use ErrorQualifier::*;
    let internal = |e: Error| Error::Internal(e.to_string());
    Ok(match command {
        OutgoingCommand::RespondClient(b) => {
            match assigned_client(conn, runtime.id, b.client_id, PARENT_NOT_FOUND).await? {
                Ok(client) => inbox::push(conn, state, wakes, client.id, &outgoing(b.message))
                    .await
                    .map(|_| ())
                    .map_err(internal)
                    .map(Ok)?,
                Err(e) => Err(e),
            }
        }
        // Written and reported before this unit (`write_profiles`).
        OutgoingCommand::SetProfile(_) => Ok(()),
        OutgoingCommand::MulticastMessage(b) => {
            // Read and written a few hundred clients per statement, however many are named.
            let ids: Vec<i64> = b.clients.iter().map(|id| id.get()).collect();
            let found = clients::find_all(conn, &ids).await?;
            let assigned = |id: &&ClientId| {
                found
                    .get(&id.get())
                    .is_some_and(|c| is_assigned(c, runtime.id))
            };
            if let Some(stranger) = b.clients.iter().find(|id| !assigned(id)) {
                return Ok(Err(not_assigned(WRONG_CLIENT_ID, *stranger)));
            }
            let body = outgoing(b.message);
            let messages: Vec<(i64, &MessageBody)> = ids.iter().map(|id| (*id, &body)).collect();
            inbox::push_all(conn, state, wakes, &messages).await?;
            Ok(())
        }
        OutgoingCommand::BroadcastMessage(b) => {
            let assigned = clients::assigned_to(conn, runtime.id).await?;
            let body = outgoing(b.message);
            let messages: Vec<(i64, &MessageBody)> =
                assigned.iter().map(|client| (client.id, &body)).collect();
            inbox::push_all(conn, state, wakes, &messages).await?;
            Ok(())
        }
        OutgoingCommand::RequestMatchmaking(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await? {
                Ok(client) => matchmaking::request(conn, state, wakes, &client, &b.mode).await?,
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::KickClient(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await? {
                Ok(client) => {
                    match runtime.qualifier {
                        // A kick from a lobby deletes the client, without a disconnection message.
                        RuntimeQualifier::LOBBY => {
                            delete_client(conn, state, wakes, &client, None, true).await?
                        }
                        RuntimeQualifier::MATCH => {
                            requeue(conn, state, wakes, &client, true).await?
                        }
                    }
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::StopMatchmaking(_) => match runtime.match_id {
            Some(match_id) => {
                close_match(conn, match_id).await?;
                Ok(())
            }
            None => Err(rejected(
                WRONG_RUNTIME_ID,
                "STOP_MATCHMAKING is for match runtimes; this is a lobby",
            )),
        },
        OutgoingCommand::UpgradeConnection(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await? {
                Ok(client) => {
                    let mut claims = state.keys.claims(
                        client.id.to_string(),
                        vec![UserRole::WEBSOCKET.group()],
                        state.config.clients_token_lifetime,
                        state.next_id(),
                    );
                    claims.runtime_id = Some(runtime.id.to_string());
                    claims.user_role = Some(UserRole::PLAYER.group());
                    let ws_token = state.keys.sign(&claims)?;
                    let body =
                        MessageBody::ConnectionUpgradeMessage(ConnectionUpgradeMessageBody {
                            client_id: client.id.into(),
                            protocol: b.protocol,
                            web_socket_config: WebSocketConfig { ws_token },
                        });
                    inbox::push(conn, state, wakes, client.id, &body).await?;
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
    })
}

/// The outcome of each `SET_PROFILE` command, by its index in the call.
type ProfileOutcomes = std::collections::HashMap<usize, std::result::Result<(), ErrorResponse>>;

/// Players' profiles the commands set (`SET_PROFILE` to a client of this runtime), written in
/// a unit of their own before the other commands run: profiles are the control plane's
/// (docs/sharding.md "Game state and the control plane"), and a profile is durable before
/// anything the later commands cause reads it. So within one call every `SET_PROFILE` takes
/// effect before the other commands, and is reported from this unit's check (a profile written
/// is never reported refused); one whose client an earlier `KICK_CLIENT` of the call removes is
/// refused (`PARENT_NOT_FOUND`), as it would be in the call's order. Fenced like the game-state
/// unit, so a node that lost the slot cannot write a stale profile. Runs no unit when no command
/// sets a profile.
async fn write_profiles(
    state: &AppState,
    runtime: &RuntimeRow,
    commands: &[std::result::Result<OutgoingCommand, ErrorResponse>],
) -> Result<ProfileOutcomes> {
    let wanted: Vec<(usize, &SetProfileBody)> = commands
        .iter()
        .enumerate()
        .filter_map(|(index, c)| match c {
            Ok(OutgoingCommand::SetProfile(b)) => Some((index, b)),
            _ => None,
        })
        .collect();
    let mut outcomes = ProfileOutcomes::new();
    if wanted.is_empty() {
        return Ok(outcomes);
    }
    // Written before the other commands, a profile cannot see them; but commands take effect
    // in the call's order, so a client an earlier command removes from this runtime is one a
    // later `SET_PROFILE` may no longer reach. `KICK_CLIENT` is the only command that removes
    // one at once (a match found through `REQUEST_MATCHMAKING` moves the client later).
    let removed_at: std::collections::HashMap<ClientId, usize> = commands
        .iter()
        .enumerate()
        .rev()
        .filter_map(|(index, c)| match c {
            Ok(OutgoingCommand::KickClient(b)) => Some((b.client_id, index)),
            _ => None,
        })
        .collect();
    let (wanted, removed): (Vec<_>, Vec<_>) = wanted.into_iter().partition(|(index, b)| {
        removed_at
            .get(&b.client_id)
            .is_none_or(|kicked| kicked > index)
    });
    for (index, b) in removed {
        let kicked = removed_at[&b.client_id];
        let mut refused = not_assigned(ErrorQualifier::PARENT_NOT_FOUND, b.client_id);
        refused.message = format!(
            "{} (command {kicked} of this call kicks it)",
            refused.message
        );
        outcomes.insert(index, Err(refused));
    }
    if wanted.is_empty() {
        return Ok(outcomes);
    }
    // Which clients the runtime may set a profile of: read from the game state first (its
    // database), then the profiles written in a control-plane unit of their own.
    let mut targets = Vec::with_capacity(wanted.len());
    {
        let mut conn = state.game(runtime.deployment_id).acquire().await?;
        for (index, b) in wanted {
            let target = assigned_client(
                &mut conn,
                runtime.id,
                b.client_id,
                ErrorQualifier::PARENT_NOT_FOUND,
            );
            targets.push((index, b, target.await?));
        }
    }
    let mut tx = state.begin().await?;
    super::fence_slot(&mut tx, state, runtime.deployment_id).await?;
    for (index, b, target) in targets {
        let outcome = match target {
            Ok(client) => {
                clients::set_profile(&mut tx, client.player_id, &b.profile).await?;
                Ok(())
            }
            Err(e) => Err(e),
        };
        outcomes.insert(index, outcome);
    }
    tx.commit().await?;
    Ok(outcomes)
}

/// A runtime's outgoing commands: their profiles first (`write_profiles`), then one write for
/// the rest. A rejected command is refused by its checks before it writes anything, so it
/// needs no rollback of its own; it is reported back and the others run.
pub(crate) async fn execute_all(
    state: &AppState,
    runtime: &RuntimeRow,
    outgoing: Vec<serde_json::Value>,
) -> Result<Vec<FailedCommand>> {
    let commands: Vec<_> = outgoing
        .iter()
        .map(|raw| {
            omgservers_types::exact_json::from_value::<OutgoingCommand>(raw).map_err(|e| {
                rejected(
                    ErrorQualifier::WRONG_COMMAND_BODY_TYPE,
                    format!("cannot read the command: {e}"),
                )
            })
        })
        .collect();
    let mut profiles = write_profiles(state, runtime, &commands).await?;
    let mut failed_commands = Vec::new();
    let mut wakes = Wakes::default();
    let mut tx = super::begin(state, runtime.deployment_id).await?;
    for (index, (raw, command)) in outgoing.iter().zip(commands).enumerate() {
        let qualifier = raw
            .get("qualifier")
            .and_then(|q| q.as_str())
            .map(str::to_owned);
        let outcome = match command {
            Err(e) => Err(e),
            Ok(OutgoingCommand::SetProfile(_)) => profiles.remove(&index).unwrap_or(Ok(())),
            Ok(command) => execute(&mut tx, state, &mut wakes, runtime, command).await?,
        };
        if let Err(error) = outcome {
            tracing::info!(
                runtime_id = runtime.id,
                index,
                qualifier = %crate::error::quoted(qualifier.as_deref().unwrap_or("")),
                message = %crate::error::quoted(&error.message),
                "runtime command rejected"
            );
            failed_commands.push(FailedCommand {
                index,
                qualifier,
                error,
            });
        }
    }
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(failed_commands)
}
