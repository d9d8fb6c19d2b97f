//! What runs in a deployment now, read for the stage status view (`developer/get-stage-status`):
//! runtimes by status, lobbies and matches with their runtime and client count, clients, and
//! the matchmaking queue per mode. Reads only; every query is bounded by one deployment.

use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::error::Result;

/// A lobby with its runtime, if it has one yet.
pub struct LobbyRow {
    pub id: i64,
    pub created: i64,
    pub runtime_id: Option<i64>,
    pub runtime_status: Option<String>,
}

pub struct MatchRow {
    pub id: i64,
    pub mode: String,
    pub status: String,
    pub created: i64,
    pub runtime_id: i64,
    pub runtime_status: Option<String>,
}

/// Matchmaking requests of one mode waiting for a match.
pub struct QueueRow {
    pub mode: String,
    pub waiting: i64,
    /// When the oldest was made (epoch ms).
    pub oldest: i64,
}

/// How many of the deployment's runtimes are in each status, by status name.
pub async fn runtimes_by_status(
    conn: &mut AnyConnection,
    deployment_id: i64,
) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT status, COUNT(*) FROM runtimes WHERE deployment_id = $1 GROUP BY status ORDER BY status",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}

pub async fn lobbies(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<LobbyRow>> {
    let rows: Vec<(i64, i64, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT l.id, l.created, r.id, r.status FROM lobbies l \
         LEFT JOIN runtimes r ON r.lobby_id = l.id AND r.deployment_id = l.deployment_id \
         WHERE l.deployment_id = $1 ORDER BY l.id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, created, runtime_id, runtime_status)| LobbyRow {
            id,
            created,
            runtime_id,
            runtime_status,
        })
        .collect())
}

pub async fn matches(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<MatchRow>> {
    type Tuple = (i64, String, String, i64, i64, Option<String>);
    let rows: Vec<Tuple> = sqlx::query_as(
        "SELECT m.id, m.mode, m.status, m.created, m.runtime_id, r.status FROM matches m \
         LEFT JOIN runtimes r ON r.id = m.runtime_id WHERE m.deployment_id = $1 ORDER BY m.id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, mode, status, created, runtime_id, runtime_status)| MatchRow {
                id,
                mode,
                status,
                created,
                runtime_id,
                runtime_status,
            },
        )
        .collect())
}

/// Clients assigned to each runtime of the deployment, by runtime id.
pub async fn clients_by_runtime(
    conn: &mut AnyConnection,
    deployment_id: i64,
) -> Result<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT runtime_id, COUNT(*) FROM clients \
         WHERE deployment_id = $1 AND state = 'ASSIGNED' AND runtime_id IS NOT NULL \
         GROUP BY runtime_id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Clients of the deployment waiting for a lobby.
pub async fn clients_queued(conn: &mut AnyConnection, deployment_id: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM clients WHERE deployment_id = $1 AND state = 'QUEUED'",
    )
    .bind(deployment_id)
    .fetch_one(conn)
    .await?)
}

/// The deployment's matchmaking requests waiting, per mode.
pub async fn queues(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<QueueRow>> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT q.mode, COUNT(*), MIN(q.created) FROM matchmaker_requests q \
         JOIN matchmakers mm ON mm.id = q.matchmaker_id \
         WHERE mm.deployment_id = $1 GROUP BY q.mode ORDER BY q.mode",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(mode, waiting, oldest)| QueueRow {
            mode,
            waiting,
            oldest,
        })
        .collect())
}
