//! Client rows (`clients`) and player profiles (`players`): a player's connection, its state
//! (QUEUED → ASSIGNED → DELETED) and assignment. The rules that decide the writes live in
//! `game::assignment` and `game::teardown`.

use std::collections::HashMap;

use sqlx::AnyConnection;

use super::writer::WriteTx;
use crate::error::{Error, Result};

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

/// The clients of `client_ids` that exist, by id, a few hundred per statement.
pub async fn find_all(
    conn: &mut AnyConnection,
    client_ids: &[i64],
) -> Result<HashMap<i64, ClientRow>> {
    let mut found = HashMap::with_capacity(client_ids.len());
    for chunk in client_ids.chunks(super::IDS_PER_STATEMENT) {
        let condition = format!("id IN ({})", super::placeholders(chunk.len()));
        let rows = select(conn, &condition, chunk).await?;
        found.extend(rows.into_iter().map(|row| (row.id, row)));
    }
    Ok(found)
}

/// Clients selected by a WHERE clause (written here only) whose `$1`, `$2` … are `binds`.
async fn select(
    conn: &mut AnyConnection,
    condition: &str,
    binds: &[i64],
) -> Result<Vec<ClientRow>> {
    let sql = format!("SELECT {CLIENT_COLUMNS} FROM clients WHERE {condition} ORDER BY id");
    let mut query =
        sqlx::query_as(&sql).persistent(super::recurs(binds.len(), super::IDS_PER_STATEMENT));
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

/// Queued clients, oldest first.
pub async fn queued(conn: &mut AnyConnection) -> Result<Vec<ClientRow>> {
    select(conn, "state = 'QUEUED'", &[]).await
}

/// The deployments with queued clients.
pub async fn queued_deployments(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let found: Vec<(i64,)> =
        sqlx::query_as("SELECT DISTINCT deployment_id FROM clients WHERE state = 'QUEUED'")
            .fetch_all(conn)
            .await?;
    Ok(found.into_iter().map(|(id,)| id).collect())
}

/// Live clients last active before `deadline` (epoch ms).
pub async fn inactive_since(conn: &mut AnyConnection, deadline: i64) -> Result<Vec<ClientRow>> {
    select(
        conn,
        "state <> 'DELETED' AND last_activity < $1",
        &[deadline],
    )
    .await
}

/// Live clients of a deployment.
pub async fn of_deployment(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<ClientRow>> {
    select(
        conn,
        "state <> 'DELETED' AND deployment_id = $1",
        &[deployment_id],
    )
    .await
}

/// Live clients of the given deployments (`store::orphans` finds the gone ones).
pub async fn live_of_deployments(
    conn: &mut AnyConnection,
    deployment_ids: &[i64],
) -> Result<Vec<ClientRow>> {
    let mut live = Vec::new();
    for chunk in deployment_ids.chunks(super::IDS_PER_STATEMENT) {
        let condition = format!(
            "state <> 'DELETED' AND deployment_id IN ({})",
            super::placeholders(chunk.len())
        );
        live.extend(select(conn, &condition, chunk).await?);
    }
    Ok(live)
}

/// How many clients of a deployment wait for a lobby.
pub async fn queued_count(conn: &mut AnyConnection, deployment_id: i64) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM clients WHERE deployment_id = $1 AND state = 'QUEUED'",
    )
    .bind(deployment_id)
    .fetch_one(conn)
    .await?;
    Ok(count)
}

/// A client assigned to a runtime, as the runtime's init commands name it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Member {
    pub id: i64,
    pub user_id: i64,
    pub player_id: i64,
    pub group_name: Option<String>,
}

/// The clients assigned to a runtime, oldest first.
pub async fn members(conn: &mut AnyConnection, runtime_id: i64) -> Result<Vec<Member>> {
    Ok(sqlx::query_as(
        "SELECT id, user_id, player_id, group_name FROM clients          WHERE runtime_id = $1 AND state = 'ASSIGNED' ORDER BY id",
    )
    .bind(runtime_id)
    .fetch_all(conn)
    .await?)
}

/// Where a client is assigned: a lobby's runtime, or a match's runtime with the match and
/// the group it plays in.
#[derive(Clone, Copy, Debug)]
pub struct Assignment<'a> {
    pub runtime_id: i64,
    pub qualifier: &'a str,
    pub match_id: Option<i64>,
    pub group_name: Option<&'a str>,
}

/// Assigns clients, each to its place (state ASSIGNED, active at `now`, epoch ms),
/// `ASSIGN_ROWS` per statement whatever their places (a matchmaking pass seats players in
/// thousands of matches of two).
pub async fn assign_all(
    conn: &mut AnyConnection,
    assignments: &[(i64, Assignment<'_>)],
    now: i64,
) -> Result<()> {
    // Five binds a client, about 500 a statement (`store::queue::PUSH_ROWS` says why not more).
    const ASSIGN_ROWS: usize = 100;
    for chunk in assignments.chunks(ASSIGN_ROWS) {
        // Client i's binds: its id at 5i+1, then its runtime, qualifier, match and group.
        let id = |i: usize| i * 5 + 1;
        let case = |column: usize| {
            let whens: Vec<String> = (0..chunk.len())
                .map(|i| format!("WHEN ${} THEN ${}", id(i), id(i) + column))
                .collect();
            format!("CASE id {} END", whens.join(" "))
        };
        let ids: Vec<String> = (0..chunk.len()).map(|i| format!("${}", id(i))).collect();
        let sql = format!(
            "UPDATE clients SET runtime_id = {}, runtime_qualifier = {}, match_id = {}, \
             group_name = {}, state = 'ASSIGNED', last_activity = ${} WHERE id IN ({})",
            case(1),
            case(2),
            case(3),
            case(4),
            id(chunk.len()),
            ids.join(", ")
        );
        let mut query = sqlx::query(&sql).persistent(super::recurs(chunk.len(), ASSIGN_ROWS));
        for (client_id, to) in chunk {
            query = query
                .bind(*client_id)
                .bind(to.runtime_id)
                .bind(to.qualifier)
                .bind(to.match_id)
                .bind(to.group_name);
        }
        query.bind(now).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Puts clients back in the queue, unassigned, a few hundred per statement.
pub async fn requeue_all(conn: &mut AnyConnection, client_ids: &[i64]) -> Result<()> {
    for chunk in client_ids.chunks(super::IDS_PER_STATEMENT) {
        let sql = format!(
            "UPDATE clients SET state = 'QUEUED', runtime_id = NULL, runtime_qualifier = NULL, \
             match_id = NULL, group_name = NULL WHERE id IN ({})",
            super::placeholders(chunk.len())
        );
        let mut query =
            sqlx::query(&sql).persistent(super::recurs(chunk.len(), super::IDS_PER_STATEMENT));
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Marks clients DELETED and unassigned, a few hundred per statement; their `last_activity`
/// becomes the deletion time, from which the purge counts. A unit of the group-commit writer:
/// once it is committed the clients are no longer known live in memory (`store::live_clients`).
pub async fn mark_deleted(tx: &mut WriteTx, client_ids: &[i64], now: i64) -> Result<()> {
    let hot = tx.hot().clone();
    let forgotten = client_ids.to_vec();
    tx.after_commit(move || {
        forgotten
            .into_iter()
            .for_each(|id| hot.live_clients.forget(id))
    });
    let conn: &mut AnyConnection = tx;
    for chunk in client_ids.chunks(super::IDS_PER_STATEMENT) {
        let sql = format!(
            "UPDATE clients SET state = 'DELETED', runtime_id = NULL, runtime_qualifier = NULL, \
             match_id = NULL, group_name = NULL, last_activity = $1 WHERE id IN ({})",
            super::placeholders_from(2, chunk.len())
        );
        let recurs = super::recurs(chunk.len(), super::IDS_PER_STATEMENT);
        let mut query = sqlx::query(&sql).persistent(recurs).bind(now);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Removes clients deleted before `before` (epoch ms), with their inboxes; returns their ids.
pub async fn purge_deleted(conn: &mut AnyConnection, before: i64) -> Result<Vec<i64>> {
    let ids = purgeable(conn, before).await?;
    super::delete_by_id(conn, "clients", &ids).await?;
    Ok(ids)
}

/// Whether `purge_deleted` would delete any client: one row read at most.
pub async fn any_purgeable(conn: &mut AnyConnection, before: i64) -> Result<bool> {
    let found: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM clients WHERE state = 'DELETED' AND last_activity < $1 LIMIT 1",
    )
    .bind(before)
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// The clients `purge_deleted` would delete.
async fn purgeable(conn: &mut AnyConnection, before: i64) -> Result<Vec<i64>> {
    let purged: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM clients WHERE state = 'DELETED' AND last_activity < $1")
            .bind(before)
            .fetch_all(&mut *conn)
            .await?;
    Ok(purged.into_iter().map(|(id,)| id).collect())
}

/// Records when clients were last active (`(id, epoch ms)`); an older instant never
/// overwrites a newer one.
pub async fn record_activity(conn: &mut AnyConnection, seen: &HashMap<i64, i64>) -> Result<()> {
    super::record_activity(conn, "clients", seen).await
}

/// The profiles of players (system database), in the order of `player_ids` (which may repeat),
/// a few hundred per statement; an unknown player is an error.
pub async fn profiles(
    conn: &mut AnyConnection,
    player_ids: &[i64],
) -> Result<Vec<serde_json::Value>> {
    let mut ids = player_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut found = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(super::IDS_PER_STATEMENT) {
        let sql = format!(
            "SELECT id, profile FROM players WHERE id IN ({})",
            super::placeholders(chunk.len())
        );
        let recurs = super::recurs(chunk.len(), super::IDS_PER_STATEMENT);
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql).persistent(recurs);
        for id in chunk {
            query = query.bind(*id);
        }
        found.extend(query.fetch_all(&mut *conn).await?);
    }
    player_ids
        .iter()
        .map(|id| {
            let profile = found
                .get(id)
                .ok_or_else(|| Error::Internal(format!("player {id} has no profile row")))?;
            serde_json::from_str(profile)
                .map_err(|e| Error::Internal(format!("profile of player {id} is corrupt: {e}")))
        })
        .collect()
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

/// A client to create: `QUEUED`, active now.
pub struct NewClient {
    pub id: i64,
    pub tenant_id: i64,
    pub user_id: i64,
    pub player_id: i64,
    pub deployment_id: i64,
    pub matchmaker_id: Option<i64>,
    pub created: i64,
}

pub async fn insert(conn: &mut AnyConnection, client: &NewClient) -> Result<()> {
    sqlx::query(
        "INSERT INTO clients (id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, state, created, last_activity) \
         VALUES ($1, $2, $3, $4, $5, $6, 'QUEUED', $7, $8)",
    )
    .bind(client.id)
    .bind(client.tenant_id)
    .bind(client.user_id)
    .bind(client.player_id)
    .bind(client.deployment_id)
    .bind(client.matchmaker_id)
    .bind(client.created)
    .bind(client.created)
    .execute(conn)
    .await?;
    Ok(())
}

/// The user's player on the stage, if it joined the stage before.
pub async fn find_player(
    conn: &mut AnyConnection,
    user_id: i64,
    stage_id: i64,
) -> Result<Option<i64>> {
    let player: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM players WHERE user_id = $1 AND stage_id = $2")
            .bind(user_id)
            .bind(stage_id)
            .fetch_optional(conn)
            .await?;
    Ok(player.map(|(id,)| id))
}

/// The player of a user on a stage, created (with an empty profile) when it has none yet.
pub async fn player_of(
    conn: &mut AnyConnection,
    new_id: i64,
    tenant_id: i64,
    user_id: i64,
    stage_id: i64,
    now: i64,
) -> Result<i64> {
    if let Some(id) = find_player(&mut *conn, user_id, stage_id).await? {
        return Ok(id);
    }
    sqlx::query("INSERT INTO players (id, tenant_id, user_id, stage_id, profile, created) VALUES ($1, $2, $3, $4, '{}', $5)")
        .bind(new_id)
        .bind(tenant_id)
        .bind(user_id)
        .bind(stage_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(new_id)
}

/// What a new client of a stage joins: the serving deployment (id, version id, version's
/// creation time in epoch ms), read from the control plane; its first matchmaker is the game
/// state's (`first_matchmaker`). The serving deployment is the
/// newest READY one; while none is READY (a stage's first rollout), the newest PENDING one,
/// where the client waits for the lobby. A FAILED deployment takes nobody, nor one whose first
/// lobby and matchmaker are not written yet.
pub struct Joined {
    pub deployment_id: i64,
    pub version_id: i64,
    pub version_created: i64,
}

pub async fn serving_deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    stage_id: i64,
) -> Result<Option<Joined>> {
    let row: Option<(i64, i64, i64)> = sqlx::query_as(
        "SELECT d.id, d.version_id, v.created FROM deployments d JOIN versions v ON v.id = d.version_id \
         WHERE d.tenant_id = $1 AND d.stage_id = $2 AND d.state <> 'FAILED' \
         AND d.first_children_pending = 0 ORDER BY CASE d.state WHEN 'READY' THEN 0 ELSE 1 END, d.id DESC LIMIT 1",
    )
    .bind(tenant_id)
    .bind(stage_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((deployment_id, version_id, version_created)) = row else {
        return Ok(None);
    };
    Ok(Some(Joined {
        deployment_id,
        version_id,
        version_created,
    }))
}

/// A deployment's first matchmaker, the one its new clients get (game state).
pub async fn first_matchmaker(conn: &mut AnyConnection, deployment_id: i64) -> Result<Option<i64>> {
    let matchmaker: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM matchmakers WHERE deployment_id = $1 ORDER BY id LIMIT 1")
            .bind(deployment_id)
            .fetch_optional(conn)
            .await?;
    Ok(matchmaker.map(|(id,)| id))
}
