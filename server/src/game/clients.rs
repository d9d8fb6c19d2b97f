//! Clients: creation (welcome, matchmaker, lobby), lobby assignment and reassignment,
//! deletion, profiles, and the player interchange (wire reference §5.4, §8, §11.2).

use omgservers_types::commands::{
    AddClientBody, AddMatchClientBody, DeleteClientBody, IncomingCommandBody,
};
use omgservers_types::messages::*;
use omgservers_types::player::{PlayerInterchangeRequest, PlayerInterchangeResponse};
use omgservers_types::{ErrorQualifier, IdOrAlias};
use sqlx::AnyConnection;

use super::{commands, inbox, runtimes, Wakes};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::{iso, now_millis};
use crate::tenancy::resolve;

#[derive(Clone, Debug)]
pub struct ClientRow {
    pub id: i64,
    pub tenant_id: i64,
    pub user_id: i64,
    pub player_id: i64,
    pub deployment_id: i64,
    pub matchmaker_id: Option<i64>,
    pub runtime_id: Option<i64>,
    pub match_id: Option<i64>,
    pub state: String,
    pub last_activity: i64,
}

impl ClientRow {
    pub fn deleted(&self) -> bool {
        self.state == DELETED
    }
}

/// Most messages a player may send in one interchange.
pub const MAX_MESSAGES_PER_REQUEST: usize = 1000;

pub const QUEUED: &str = "QUEUED";
pub const ASSIGNED: &str = "ASSIGNED";
pub const DELETED: &str = "DELETED";

type ClientTuple = (
    i64,
    i64,
    i64,
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    String,
    i64,
);
const CLIENT_COLUMNS: &str =
    "id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, runtime_id, match_id, state, last_activity";

fn to_client(t: ClientTuple) -> ClientRow {
    ClientRow {
        id: t.0,
        tenant_id: t.1,
        user_id: t.2,
        player_id: t.3,
        deployment_id: t.4,
        matchmaker_id: t.5,
        runtime_id: t.6,
        match_id: t.7,
        state: t.8,
        last_activity: t.9,
    }
}

pub async fn find(conn: &mut AnyConnection, client_id: i64) -> Result<Option<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE id = $1");
    let row: Option<ClientTuple> = sqlx::query_as(&sql)
        .bind(client_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(to_client))
}

/// Clients selected by a WHERE clause whose `$1`, `$2` … are `binds`.
pub async fn select(
    conn: &mut AnyConnection,
    condition: &str,
    binds: &[i64],
) -> Result<Vec<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE {condition} ORDER BY id");
    let mut query = sqlx::query_as(&sql);
    for bind in binds {
        query = query.bind(*bind);
    }
    let rows: Vec<ClientTuple> = query.fetch_all(conn).await?;
    Ok(rows.into_iter().map(to_client).collect())
}

pub async fn assigned_to(conn: &mut AnyConnection, runtime_id: i64) -> Result<Vec<ClientRow>> {
    select(
        conn,
        "runtime_id = $1 AND state = 'ASSIGNED'",
        &[runtime_id],
    )
    .await
}

pub(crate) async fn profile(conn: &mut AnyConnection, player_id: i64) -> Result<serde_json::Value> {
    let (profile,): (String,) = sqlx::query_as("SELECT profile FROM players WHERE id = $1")
        .bind(player_id)
        .fetch_one(conn)
        .await?;
    serde_json::from_str(&profile)
        .map_err(|e| Error::Internal(format!("profile of player {player_id} is corrupt: {e}")))
}

pub async fn set_profile(
    conn: &mut AnyConnection,
    player_id: i64,
    profile: &serde_json::Value,
) -> Result<()> {
    sqlx::query("UPDATE players SET profile = $1 WHERE id = $2")
        .bind(profile.to_string())
        .bind(player_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The newest deployment of a stage gets every new client; older ones drain.
async fn newest_deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    stage_id: i64,
) -> Result<(i64, i64)> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT id, version_id FROM deployments WHERE tenant_id = $1 AND stage_id = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(tenant_id)
    .bind(stage_id)
    .fetch_optional(conn)
    .await?;
    row.ok_or_else(|| Error::NotFound {
        qualifier: ErrorQualifier::DEPLOYMENT_NOT_FOUND,
        message: format!("stage {stage_id} has no deployment"),
    })
}

/// `player/create-client`: the client is welcomed, given a matchmaker, and put in a lobby at
/// once when one has room (otherwise the controller starts one and assigns it).
pub async fn create(
    state: &AppState,
    user_id: i64,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    let stage_id = resolve::stage(&mut tx, tenant_id, project_id, stage).await?;
    let (deployment_id, version_id) = newest_deployment(&mut tx, tenant_id, stage_id).await?;
    let now = now_millis();
    let player: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM players WHERE user_id = $1 AND stage_id = $2")
            .bind(user_id)
            .bind(stage_id)
            .fetch_optional(&mut *tx)
            .await?;
    let player_id = match player {
        Some((id,)) => id,
        None => {
            let id = state.next_id();
            sqlx::query("INSERT INTO players (id, tenant_id, user_id, stage_id, profile, created) VALUES ($1, $2, $3, $4, '{}', $5)")
                .bind(id)
                .bind(tenant_id)
                .bind(user_id)
                .bind(stage_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    let matchmaker: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM matchmakers WHERE deployment_id = $1 ORDER BY id LIMIT 1")
            .bind(deployment_id)
            .fetch_optional(&mut *tx)
            .await?;
    let matchmaker_id = matchmaker.map(|(id,)| id);
    let client_id = state.next_id();
    sqlx::query(
        "INSERT INTO clients (id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, state, created, last_activity) \
         VALUES ($1, $2, $3, $4, $5, $6, 'QUEUED', $7, $8)",
    )
    .bind(client_id)
    .bind(tenant_id)
    .bind(user_id)
    .bind(player_id)
    .bind(deployment_id)
    .bind(matchmaker_id)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let mut wakes = Wakes::default();
    let (version_created,): (i64,) = sqlx::query_as("SELECT created FROM versions WHERE id = $1")
        .bind(version_id)
        .fetch_one(&mut *tx)
        .await?;
    let welcome = MessageBody::ServerWelcomeMessage(ServerWelcomeMessageBody {
        tenant_id: tenant_id.into(),
        version_id: version_id.into(),
        version_created: iso(version_created),
    });
    inbox::push(&mut tx, state, &mut wakes, client_id, &welcome).await?;
    if let Some(matchmaker_id) = matchmaker_id {
        let body = MessageBody::MatchmakerAssignmentMessage(MatchmakerAssignmentMessageBody {
            matchmaker_id: matchmaker_id.into(),
        });
        inbox::push(&mut tx, state, &mut wakes, client_id, &body).await?;
    }
    let client = find(&mut tx, client_id)
        .await?
        .ok_or_else(|| Error::Internal("client vanished".into()))?;
    if !assign_lobby(&mut tx, state, &mut wakes, &client).await? {
        wakes.controller = true;
    }
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(client_id)
}

/// Assigns a queued client to the least loaded lobby of its deployment that has room and a
/// runtime. False when there is none (the controller will start one).
pub async fn assign_lobby(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
) -> Result<bool> {
    let candidates: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT r.id, (SELECT COUNT(*) FROM clients c WHERE c.runtime_id = r.id AND c.state = 'ASSIGNED') AS load \
         FROM runtimes r WHERE r.deployment_id = $1 AND r.qualifier = 'LOBBY' ORDER BY load, r.id",
    )
    .bind(client.deployment_id)
    .fetch_all(&mut *conn)
    .await?;
    let max = i64::from(state.config.lobbies_max_clients);
    let Some((runtime_id, _)) = candidates.into_iter().find(|(_, load)| *load < max) else {
        return Ok(false);
    };
    let profile = profile(conn, client.player_id).await?;
    let body = IncomingCommandBody::AddClient(AddClientBody {
        user_id: client.user_id.into(),
        client_id: client.id.into(),
        profile,
    });
    commands::push(conn, state, wakes, runtime_id, &body).await?;
    move_to(
        conn,
        state,
        wakes,
        client,
        runtime_id,
        RuntimeQualifier::LOBBY,
        None,
        None,
    )
    .await?;
    Ok(true)
}

/// Puts a client in a match (from the matchmaker).
pub async fn assign_match(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    runtime_id: i64,
    match_id: i64,
    group_name: &str,
) -> Result<()> {
    let profile = profile(conn, client.player_id).await?;
    let body = IncomingCommandBody::AddMatchClient(AddMatchClientBody {
        user_id: client.user_id.into(),
        client_id: client.id.into(),
        group_name: group_name.to_owned(),
        profile,
    });
    commands::push(conn, state, wakes, runtime_id, &body).await?;
    move_to(
        conn,
        state,
        wakes,
        client,
        runtime_id,
        RuntimeQualifier::MATCH,
        Some(match_id),
        Some(group_name),
    )
    .await
}

/// Records the new assignment, tells the previous runtime (DELETE_CLIENT) and the player
/// (RUNTIME_ASSIGNMENT_MESSAGE).
#[allow(clippy::too_many_arguments)]
async fn move_to(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    runtime_id: i64,
    qualifier: RuntimeQualifier,
    match_id: Option<i64>,
    group_name: Option<&str>,
) -> Result<()> {
    if let Some(previous) = client.runtime_id.filter(|r| *r != runtime_id) {
        leave(conn, state, wakes, client.id, previous).await?;
        wakes.departed.push((client.id, previous));
    }
    sqlx::query(
        "UPDATE clients SET runtime_id = $1, runtime_qualifier = $2, match_id = $3, group_name = $4, state = 'ASSIGNED', last_activity = $5 WHERE id = $6",
    )
    .bind(runtime_id)
    .bind(qualifier.as_str())
    .bind(match_id)
    .bind(group_name)
    .bind(now_millis())
    .bind(client.id)
    .execute(&mut *conn)
    .await?;
    let runtime_config = runtimes::config(conn, runtime_id).await?;
    let body = MessageBody::RuntimeAssignmentMessage(RuntimeAssignmentMessageBody {
        runtime_id: runtime_id.into(),
        runtime_qualifier: qualifier,
        runtime_config,
    });
    inbox::push(conn, state, wakes, client.id, &body).await?;
    Ok(())
}

/// DELETE_CLIENT to a runtime the client leaves (if the runtime still exists).
async fn leave(
    conn: &mut AnyConnection,
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
    conn: &mut AnyConnection,
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
    sqlx::query("UPDATE clients SET state = 'QUEUED', runtime_id = NULL, runtime_qualifier = NULL, match_id = NULL, group_name = NULL WHERE id = $1")
        .bind(client.id)
        .execute(&mut *conn)
        .await?;
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

/// Deletes a client: optionally a last DISCONNECTION_REASON_MESSAGE, DELETE_CLIENT to its
/// runtime (when `notify_runtime`), its matchmaking request gone. The inbox stays readable.
pub async fn delete(
    conn: &mut AnyConnection,
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
        .execute(&mut *conn)
        .await?;
    // last_activity of a deleted client is its deletion time: the purge counts from it.
    sqlx::query("UPDATE clients SET state = 'DELETED', runtime_id = NULL, runtime_qualifier = NULL, match_id = NULL, group_name = NULL, last_activity = $1 WHERE id = $2")
        .bind(now_millis())
        .bind(client.id)
        .execute(&mut *conn)
        .await?;
    wakes.clients.push(client.id);
    Ok(())
}

/// `player/interchange` (wire reference §8.2), with an optional long poll.
pub async fn interchange(
    state: &AppState,
    user_id: i64,
    request: PlayerInterchangeRequest,
) -> Result<PlayerInterchangeResponse> {
    let client_id = request.client_id.get();
    let mut conn = state.db.pool.acquire().await?;
    let client = find(&mut conn, client_id)
        .await?
        .ok_or_else(|| Error::not_found(format!("client {client_id} was not found")))?;
    if client.user_id != user_id {
        return Err(Error::Invalid {
            qualifier: ErrorQualifier::WRONG_CLIENT_ID,
            message: format!("client {client_id} belongs to another user"),
        });
    }
    drop(conn);
    // Registered before the inbox is read, so a message arriving in between still wakes us;
    // and only for a client that exists and is the caller's.
    let notify = state.hub.client_notify(client_id);
    let notified = notify.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();
    let now = now_millis();
    if !client.deleted() {
        state.hub.client_active(client_id, now);
    }
    if request.outgoing_messages.len() > MAX_MESSAGES_PER_REQUEST {
        return Err(Error::validation(format!(
            "outgoing_messages has {} messages; at most {MAX_MESSAGES_PER_REQUEST} per interchange",
            request.outgoing_messages.len()
        )));
    }
    let sends =
        !client.deleted() && client.runtime_id.is_some() && !request.outgoing_messages.is_empty();
    if sends || !request.consumed_messages.is_empty() {
        acknowledge_and_forward(
            state,
            &client,
            request.outgoing_messages,
            &request.consumed_messages,
        )
        .await?;
    }
    let mut conn = state.db.pool.acquire().await?;
    let mut incoming_messages = inbox::pending(&mut conn, client_id).await?;
    let wait = request
        .wait_ms
        .unwrap_or(0)
        .min(state.config.interchange_max_wait_ms);
    if incoming_messages.is_empty() && wait > 0 {
        drop(conn);
        let _polling = (!client.deleted()).then(|| state.hub.client_polling(client_id));
        tokio::select! {
            _ = tokio::time::timeout(std::time::Duration::from_millis(wait), notified) => {}
            () = state.hub.closed() => {}
        }
        let mut conn = state.db.pool.acquire().await?;
        incoming_messages = inbox::pending(&mut conn, client_id).await?;
    }
    Ok(PlayerInterchangeResponse { incoming_messages })
}

/// One write transaction for a player's outgoing messages (to its runtime as HANDLE_MESSAGE)
/// and its acknowledgements. A non-player message is refused and nothing is written.
async fn acknowledge_and_forward(
    state: &AppState,
    client: &ClientRow,
    outgoing: Vec<omgservers_types::messages::OutgoingMessage>,
    consumed: &[omgservers_types::MessageId],
) -> Result<()> {
    let mut wakes = Wakes::default();
    let mut tx = state.begin().await?;
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
    let consumed: Vec<i64> = consumed.iter().map(|m| m.get()).collect();
    inbox::acknowledge(&mut tx, client.id, &consumed).await?;
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(())
}
