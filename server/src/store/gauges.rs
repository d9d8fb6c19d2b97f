//! What the game-level gauges on `/metrics` count (docs/observability.md "Game"), read when
//! `/metrics` is scraped: one grouped query per table, each row keyed by its deployment so that
//! a cluster node reports only the deployments whose slots it owns (the caller filters).
//! Reads only, on a pooled connection: a scrape never waits for the group-commit writer.

use sqlx::AnyConnection;

use crate::error::Result;

/// `(deployment_id, qualifier, status, count)`: runtimes by qualifier (LOBBY, MATCH) and
/// lifecycle status.
pub async fn runtimes(conn: &mut AnyConnection) -> Result<Vec<(i64, String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT deployment_id, qualifier, status, COUNT(*) FROM runtimes \
         GROUP BY deployment_id, qualifier, status",
    )
    .fetch_all(conn)
    .await?)
}

/// `(deployment_id, count)`: lobbies.
pub async fn lobbies(conn: &mut AnyConnection) -> Result<Vec<(i64, i64)>> {
    Ok(
        sqlx::query_as("SELECT deployment_id, COUNT(*) FROM lobbies GROUP BY deployment_id")
            .fetch_all(conn)
            .await?,
    )
}

/// `(deployment_id, mode, count)`: matches by mode.
pub async fn matches(conn: &mut AnyConnection) -> Result<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT deployment_id, mode, COUNT(*) FROM matches GROUP BY deployment_id, mode",
    )
    .fetch_all(conn)
    .await?)
}

/// `(deployment_id, state, count)`: clients by state (QUEUED for a lobby, ASSIGNED to a
/// runtime; DELETED ones wait for their last message to be read).
pub async fn clients(conn: &mut AnyConnection) -> Result<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT deployment_id, state, COUNT(*) FROM clients GROUP BY deployment_id, state",
    )
    .fetch_all(conn)
    .await?)
}

/// `(deployment_id, mode, waiting, oldest created epoch ms)`: matchmaking requests waiting.
pub async fn queues(conn: &mut AnyConnection) -> Result<Vec<(i64, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT mm.deployment_id, q.mode, COUNT(*), MIN(q.created) FROM matchmaker_requests q \
         JOIN matchmakers mm ON mm.id = q.matchmaker_id GROUP BY mm.deployment_id, q.mode",
    )
    .fetch_all(conn)
    .await?)
}

/// `(deployment_id, state, count)`: one row per deployment, for its state.
pub async fn deployments(conn: &mut AnyConnection) -> Result<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as("SELECT id, state, 1 FROM deployments")
        .fetch_all(conn)
        .await?)
}
