//! Runtimes: creation with their RUNTIME user and INIT_RUNTIME command, deletion with its
//! effect on clients, tokens, and the runtime interchange (wire reference §5.5, §9).

use omgservers_types::commands::*;
use omgservers_types::messages::{
    ConnectionUpgradeMessageBody, DisconnectionReason, MessageBody, RuntimeQualifier,
    ServerOutgoingMessageBody, WebSocketConfig,
};
use omgservers_types::permissions::UserRole;
use omgservers_types::runtime::{RuntimeInterchangeRequest, RuntimeInterchangeResponse};
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ClientId, ErrorQualifier, ErrorResponse};
use sqlx::AnyConnection;

use super::{clients, commands, inbox, Wakes};
use crate::auth::passwords::{self, Strength};
use crate::auth::users;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

/// Runtime tokens stay valid while the runtime exists (the interchange checks that), so their
/// lifetime only bounds a leaked token of a deleted runtime.
const RUNTIME_TOKEN_LIFETIME_SECS: u64 = 30 * 24 * 3600;

#[derive(Clone, Debug)]
pub struct RuntimeRow {
    pub id: i64,
    pub tenant_id: i64,
    pub deployment_id: i64,
    pub qualifier: RuntimeQualifier,
    pub user_id: i64,
    pub lobby_id: Option<i64>,
    pub matchmaker_id: Option<i64>,
    pub match_id: Option<i64>,
    pub last_activity: i64,
}

type RuntimeTuple = (
    i64,
    i64,
    i64,
    String,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
);
pub(crate) const RUNTIME_COLUMNS: &str =
    "id, tenant_id, deployment_id, qualifier, user_id, lobby_id, matchmaker_id, match_id, last_activity";

pub(crate) fn to_runtime(t: RuntimeTuple) -> Result<RuntimeRow> {
    Ok(RuntimeRow {
        id: t.0,
        tenant_id: t.1,
        deployment_id: t.2,
        qualifier: t.3.parse().map_err(Error::Internal)?,
        user_id: t.4,
        lobby_id: t.5,
        matchmaker_id: t.6,
        match_id: t.7,
        last_activity: t.8,
    })
}

pub async fn find(conn: &mut AnyConnection, runtime_id: i64) -> Result<Option<RuntimeRow>> {
    let sql = format!("SELECT {RUNTIME_COLUMNS} FROM runtimes WHERE id = $1");
    let row: Option<RuntimeTuple> = sqlx::query_as(&sql)
        .bind(runtime_id)
        .fetch_optional(conn)
        .await?;
    row.map(to_runtime).transpose()
}

pub async fn all(conn: &mut AnyConnection) -> Result<Vec<RuntimeRow>> {
    let sql = format!("SELECT {RUNTIME_COLUMNS} FROM runtimes ORDER BY id");
    let rows: Vec<RuntimeTuple> = sqlx::query_as(&sql).fetch_all(conn).await?;
    rows.into_iter().map(to_runtime).collect()
}

/// What a new runtime is for.
pub enum Purpose {
    Lobby { lobby_id: i64 },
    Match { matchmaker_id: i64, match_id: i64 },
}

/// Creates a runtime with its user (no usable password until a driver starts it) and its
/// INIT_RUNTIME command.
pub async fn create(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    tenant_id: i64,
    deployment_id: i64,
    purpose: Purpose,
    version_config: VersionConfig,
) -> Result<i64> {
    let now = now_millis();
    let runtime_id = state.next_id();
    let user_id = state.next_id();
    // An unusable hash: the driver sets a real password when it starts the runtime.
    let placeholder = passwords::hash(passwords::generate_password(), Strength::Generated).await?;
    users::insert(conn, user_id, UserRole::RUNTIME, &placeholder, now).await?;
    let (qualifier, lobby_config, match_config, lobby_id, matchmaker_id, match_id) = match purpose {
        Purpose::Lobby { lobby_id } => (
            RuntimeQualifier::LOBBY,
            Some(LobbyConfig {
                lobby_id: lobby_id.into(),
            }),
            None,
            Some(lobby_id),
            None,
            None,
        ),
        Purpose::Match {
            matchmaker_id,
            match_id,
        } => (
            RuntimeQualifier::MATCH,
            None,
            Some(MatchConfig {
                matchmaker_id: matchmaker_id.into(),
                match_id: match_id.into(),
            }),
            None,
            Some(matchmaker_id),
            Some(match_id),
        ),
    };
    let config = RuntimeConfig {
        lobby_config,
        match_config,
        version_config,
    };
    let config_json = serde_json::to_string(&config).map_err(|e| Error::Internal(e.to_string()))?;
    sqlx::query(
        "INSERT INTO runtimes (id, tenant_id, deployment_id, qualifier, user_id, lobby_id, matchmaker_id, match_id, config, created, last_activity) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(runtime_id)
    .bind(tenant_id)
    .bind(deployment_id)
    .bind(qualifier.as_str())
    .bind(user_id)
    .bind(lobby_id)
    .bind(matchmaker_id)
    .bind(match_id)
    .bind(config_json)
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    commands::push(
        conn,
        state,
        wakes,
        runtime_id,
        &IncomingCommandBody::InitRuntime(InitRuntimeBody {
            runtime_config: config,
        }),
    )
    .await?;
    wakes.controller = true;
    Ok(runtime_id)
}

/// The runtime config as stored.
pub async fn config(conn: &mut AnyConnection, runtime_id: i64) -> Result<RuntimeConfig> {
    let (config,): (String,) = sqlx::query_as("SELECT config FROM runtimes WHERE id = $1")
        .bind(runtime_id)
        .fetch_one(conn)
        .await?;
    serde_json::from_str(&config)
        .map_err(|e| Error::Internal(format!("runtime {runtime_id} config is corrupt: {e}")))
}

/// Prepares the queue of a runtime whose earlier process consumed its INIT_RUNTIME (a server
/// restart killed it): a new process starts with no state, so it gets INIT_RUNTIME first, then
/// its current clients again (ADD_CLIENT / ADD_MATCH_CLIENT), then whatever was pending.
pub async fn ensure_init_command(state: &AppState, runtime_id: i64) -> Result<()> {
    let mut tx = state.begin().await?;
    let (queued,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM runtime_commands WHERE runtime_id = $1 AND qualifier = 'INIT_RUNTIME'")
            .bind(runtime_id)
            .fetch_one(&mut *tx)
            .await?;
    if queued > 0 {
        return Ok(());
    }
    let pending: Vec<(String, String)> = sqlx::query_as(
        "SELECT qualifier, body FROM runtime_commands WHERE runtime_id = $1 ORDER BY id",
    )
    .bind(runtime_id)
    .fetch_all(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM runtime_commands WHERE runtime_id = $1")
        .bind(runtime_id)
        .execute(&mut *tx)
        .await?;
    let mut wakes = Wakes::default();
    let runtime_config = config(&mut tx, runtime_id).await?;
    commands::push(
        &mut tx,
        state,
        &mut wakes,
        runtime_id,
        &IncomingCommandBody::InitRuntime(InitRuntimeBody { runtime_config }),
    )
    .await?;
    let members: Vec<(i64, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT id, user_id, player_id, group_name FROM clients WHERE runtime_id = $1 AND state = 'ASSIGNED' ORDER BY id",
    )
    .bind(runtime_id)
    .fetch_all(&mut *tx)
    .await?;
    for (client_id, user_id, player_id, group_name) in members {
        let profile = clients::profile(&mut tx, player_id).await?;
        let body = match group_name {
            Some(group_name) => IncomingCommandBody::AddMatchClient(AddMatchClientBody {
                user_id: user_id.into(),
                client_id: client_id.into(),
                group_name,
                profile,
            }),
            None => IncomingCommandBody::AddClient(AddClientBody {
                user_id: user_id.into(),
                client_id: client_id.into(),
                profile,
            }),
        };
        commands::push(&mut tx, state, &mut wakes, runtime_id, &body).await?;
    }
    // The clients were re-added above; their earlier add commands would repeat them.
    for (qualifier, body) in pending
        .into_iter()
        .filter(|(q, _)| !matches!(q.as_str(), "ADD_CLIENT" | "ADD_MATCH_CLIENT"))
    {
        sqlx::query("INSERT INTO runtime_commands (id, runtime_id, qualifier, body, created) VALUES ($1, $2, $3, $4, $5)")
            .bind(state.next_id())
            .bind(runtime_id)
            .bind(qualifier)
            .bind(body)
            .bind(now_millis())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The stage of the runtime's deployment, and the image its container runs: the version's
/// UNIVERSAL image first, else the one for the runtime's qualifier (wire reference §11.4);
/// the newest when several were pushed.
pub async fn stage_and_image(
    conn: &mut AnyConnection,
    runtime: &RuntimeRow,
) -> Result<(i64, Option<String>)> {
    let (stage_id,): (i64,) = sqlx::query_as("SELECT stage_id FROM deployments WHERE id = $1")
        .bind(runtime.deployment_id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| {
            Error::not_found(format!(
                "deployment {} was not found",
                runtime.deployment_id
            ))
        })?;
    let images: Vec<(String, String)> = sqlx::query_as(
        "SELECT i.qualifier, i.image_id FROM images i \
         JOIN deployments d ON d.version_id = i.version_id \
         WHERE d.id = $1 ORDER BY i.created DESC, i.id DESC",
    )
    .bind(runtime.deployment_id)
    .fetch_all(&mut *conn)
    .await?;
    let pick = |qualifier: &str| {
        images
            .iter()
            .find(|(q, _)| q == qualifier)
            .map(|(_, image)| image.clone())
    };
    Ok((
        stage_id,
        pick("UNIVERSAL").or_else(|| pick(runtime.qualifier.as_str())),
    ))
}

/// Gives the runtime's user a fresh password, for a driver about to start it.
pub async fn issue_password(state: &AppState, runtime: &RuntimeRow) -> Result<String> {
    let password = passwords::generate_password();
    let hash = passwords::hash(password.clone(), Strength::Generated).await?;
    let mut tx = state.begin().await?;
    users::set_password_hash(&mut tx, runtime.user_id, &hash).await?;
    tx.commit().await?;
    Ok(password)
}

/// Deletes a runtime. A lobby's clients are disconnected with INTERNAL_FAILURE; a match's
/// clients go back to a lobby. Its lobby or match record goes with it.
pub async fn delete(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
) -> Result<()> {
    for client in clients::assigned_to(conn, runtime.id).await? {
        match runtime.qualifier {
            RuntimeQualifier::LOBBY => {
                clients::delete(
                    conn,
                    state,
                    wakes,
                    &client,
                    Some(DisconnectionReason::INTERNAL_FAILURE),
                    false,
                )
                .await?
            }
            RuntimeQualifier::MATCH => clients::requeue(conn, state, wakes, &client, false).await?,
        }
    }
    sqlx::query("DELETE FROM runtimes WHERE id = $1")
        .bind(runtime.id)
        .execute(&mut *conn)
        .await?;
    users::delete(conn, runtime.user_id).await?;
    if let Some(lobby_id) = runtime.lobby_id {
        sqlx::query("DELETE FROM lobbies WHERE id = $1")
            .bind(lobby_id)
            .execute(&mut *conn)
            .await?;
    }
    if let Some(match_id) = runtime.match_id {
        sqlx::query("DELETE FROM matches WHERE id = $1")
            .bind(match_id)
            .execute(&mut *conn)
            .await?;
    }
    wakes.runtimes.push(runtime.id);
    wakes.closed_rooms.push(runtime.id);
    wakes.controller = true;
    Ok(())
}

/// `runtime/create-token`: an API token and a WebSocket token for the runtime.
pub async fn create_token(
    state: &AppState,
    runtime_id: i64,
    password: &str,
) -> Result<(String, String)> {
    passwords::check_password_input(password)?;
    let runtime = {
        let mut conn = state.db.pool.acquire().await?;
        find(&mut conn, runtime_id).await?
    }
    .ok_or_else(|| Error::NotFound {
        qualifier: ErrorQualifier::RUNTIME_NOT_FOUND,
        message: format!("runtime {runtime_id} was not found"),
    })?;
    let user = {
        let mut conn = state.db.pool.acquire().await?;
        users::find_by_id(&mut conn, runtime.user_id).await?
    }
    .ok_or_else(|| Error::wrong_credentials("the runtime has no credentials"))?;
    users::authenticate(user, password).await?;
    let keys = &state.keys;
    let mut api = keys.claims(
        runtime_id.to_string(),
        vec![UserRole::RUNTIME.group()],
        RUNTIME_TOKEN_LIFETIME_SECS,
        state.next_id(),
    );
    api.runtime_id = Some(runtime_id.to_string());
    let mut ws = keys.claims(
        runtime.user_id.to_string(),
        vec![UserRole::WEBSOCKET.group()],
        RUNTIME_TOKEN_LIFETIME_SECS,
        state.next_id(),
    );
    ws.runtime_id = Some(runtime_id.to_string());
    ws.user_role = Some(UserRole::RUNTIME.group());
    Ok((keys.sign(&api)?, keys.sign(&ws)?))
}

fn rejected(qualifier: ErrorQualifier, message: impl Into<String>) -> ErrorResponse {
    ErrorResponse {
        qualifier,
        message: message.into(),
    }
}

/// The client, if it is assigned to this runtime.
async fn assigned_client(
    conn: &mut AnyConnection,
    runtime_id: i64,
    client_id: ClientId,
    if_not: ErrorQualifier,
) -> Result<clients::ClientRow, ErrorResponse> {
    match clients::find(conn, client_id.get()).await {
        Ok(Some(client)) if client.runtime_id == Some(runtime_id) && !client.deleted() => {
            Ok(client)
        }
        Ok(_) => Err(rejected(
            if_not,
            format!("client {client_id} is not assigned to this runtime"),
        )),
        Err(e) => Err(rejected(
            ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
            e.to_string(),
        )),
    }
}

fn outgoing(message: serde_json::Value) -> MessageBody {
    MessageBody::ServerOutgoingMessage(ServerOutgoingMessageBody { message })
}

/// Executes one outgoing command (wire reference §9.4). `Err` rejects this command alone.
async fn execute(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
    command: OutgoingCommand,
) -> Result<Result<(), ErrorResponse>> {
    use ErrorQualifier::*;
    let internal = |e: Error| Error::Internal(e.to_string());
    Ok(match command {
        OutgoingCommand::RespondClient(b) => {
            match assigned_client(conn, runtime.id, b.client_id, PARENT_NOT_FOUND).await {
                Ok(client) => inbox::push(conn, state, wakes, client.id, &outgoing(b.message))
                    .await
                    .map(|_| ())
                    .map_err(internal)
                    .map(Ok)?,
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::SetProfile(b) => {
            match assigned_client(conn, runtime.id, b.client_id, PARENT_NOT_FOUND).await {
                Ok(client) => {
                    clients::set_profile(conn, client.player_id, &b.profile).await?;
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::MulticastMessage(b) => {
            let mut targets = Vec::new();
            for id in &b.clients {
                match assigned_client(conn, runtime.id, *id, WRONG_CLIENT_ID).await {
                    Ok(c) => targets.push(c.id),
                    Err(e) => return Ok(Err(e)),
                }
            }
            for id in targets {
                inbox::push(conn, state, wakes, id, &outgoing(b.message.clone())).await?;
            }
            Ok(())
        }
        OutgoingCommand::BroadcastMessage(b) => {
            for client in clients::assigned_to(conn, runtime.id).await? {
                inbox::push(conn, state, wakes, client.id, &outgoing(b.message.clone())).await?;
            }
            Ok(())
        }
        OutgoingCommand::RequestMatchmaking(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await {
                Ok(client) => {
                    super::matchmaking::request(conn, state, wakes, &client, &b.mode).await?
                }
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::KickClient(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await {
                Ok(client) => {
                    match runtime.qualifier {
                        // A kick from a lobby deletes the client, without a disconnection message.
                        RuntimeQualifier::LOBBY => {
                            clients::delete(conn, state, wakes, &client, None, true).await?
                        }
                        RuntimeQualifier::MATCH => {
                            clients::requeue(conn, state, wakes, &client, true).await?
                        }
                    }
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
        OutgoingCommand::StopMatchmaking(_) => match runtime.match_id {
            Some(match_id) => {
                sqlx::query("UPDATE matches SET status = 'CLOSED' WHERE id = $1")
                    .bind(match_id)
                    .execute(&mut *conn)
                    .await?;
                Ok(())
            }
            None => Err(rejected(
                WRONG_RUNTIME_ID,
                "STOP_MATCHMAKING is for match runtimes; this is a lobby",
            )),
        },
        OutgoingCommand::UpgradeConnection(b) => {
            match assigned_client(conn, runtime.id, b.client_id, WRONG_CLIENT_ID).await {
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

/// `runtime/interchange`: execute the outgoing commands (each alone: one bad command is
/// rejected and reported in `failed_commands`), acknowledge, answer the pending commands,
/// long-polling up to `wait_ms` when there are none.
pub async fn interchange(
    state: &AppState,
    runtime_id: i64,
    request: RuntimeInterchangeRequest,
) -> Result<RuntimeInterchangeResponse> {
    let runtime = {
        let mut conn = state.db.pool.acquire().await?;
        find(&mut conn, runtime_id).await?
    }
    .ok_or_else(|| Error::NotFound {
        qualifier: ErrorQualifier::RUNTIME_NOT_FOUND,
        message: format!("runtime {runtime_id} was deleted; exit"),
    })?;
    let notify = state.hub.runtime_notify(runtime_id);
    let notified = notify.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();

    let mut failed_commands = Vec::new();
    if !(request.outgoing_commands.is_empty() && request.consumed_commands.is_empty()) {
        failed_commands = execute_and_acknowledge(
            state,
            &runtime,
            request.outgoing_commands,
            &request.consumed_commands,
        )
        .await?;
    }
    state.hub.runtime_active(runtime_id, now_millis());
    let mut conn = state.db.pool.acquire().await?;
    let mut incoming_commands = commands::pending(&mut conn, runtime_id).await?;
    let wait = request
        .wait_ms
        .unwrap_or(0)
        .min(state.config.interchange_max_wait_ms);
    if incoming_commands.is_empty() && wait > 0 {
        drop(conn);
        let _polling = state.hub.runtime_polling(runtime_id);
        tokio::select! {
            _ = tokio::time::timeout(std::time::Duration::from_millis(wait), notified) => {}
            () = state.hub.closed() => {}
        }
        let mut conn = state.db.pool.acquire().await?;
        incoming_commands = commands::pending(&mut conn, runtime_id).await?;
    }
    Ok(RuntimeInterchangeResponse {
        incoming_commands,
        failed_commands,
    })
}

/// One write transaction for a runtime's outgoing commands and acknowledgements. A rejected
/// command is refused by its checks before it writes anything, so it needs no rollback of its
/// own; it is reported back and the others run.
async fn execute_and_acknowledge(
    state: &AppState,
    runtime: &RuntimeRow,
    outgoing: Vec<serde_json::Value>,
    consumed: &[omgservers_types::CommandId],
) -> Result<Vec<FailedCommand>> {
    let mut failed_commands = Vec::new();
    let mut wakes = Wakes::default();
    let mut tx = state.begin().await?;
    for (index, raw) in outgoing.into_iter().enumerate() {
        let qualifier = raw
            .get("qualifier")
            .and_then(|q| q.as_str())
            .map(str::to_owned);
        let outcome = match serde_json::from_value::<OutgoingCommand>(raw) {
            Err(e) => Err(rejected(
                ErrorQualifier::WRONG_COMMAND_BODY_TYPE,
                format!("cannot read the command: {e}"),
            )),
            Ok(command) => execute(&mut tx, state, &mut wakes, runtime, command).await?,
        };
        if let Err(error) = outcome {
            tracing::info!(runtime_id = runtime.id, index, qualifier = ?qualifier, message = %error.message, "runtime command rejected");
            failed_commands.push(FailedCommand {
                index,
                qualifier,
                error,
            });
        }
    }
    let consumed: Vec<i64> = consumed.iter().map(|c| c.get()).collect();
    commands::acknowledge(&mut tx, runtime.id, &consumed).await?;
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(failed_commands)
}
