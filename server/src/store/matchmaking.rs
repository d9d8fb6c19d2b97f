//! Matchmaking rows: queued requests (`matchmaker_requests`), matches (`matches`), and what the
//! planner reads about them (wire reference §11.3). The rules are in `game::matchmaking`.

use omgservers_types::version_config::VersionConfig;
use sqlx::AnyConnection;

use crate::error::{Error, Result};

/// A queued request with its client's user.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub client_id: i64,
    pub user_id: i64,
    pub mode: String,
    /// When the request was made (epoch ms).
    pub created: i64,
}

/// A player seated in an OPENED match.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SeatRow {
    pub match_id: i64,
    pub client_id: i64,
    pub user_id: i64,
    pub group_name: Option<String>,
}

/// A match to create: `OPENED`, with its runtime.
pub struct NewMatchRow<'a> {
    pub id: i64,
    pub tenant_id: i64,
    pub matchmaker_id: i64,
    pub deployment_id: i64,
    pub mode: &'a str,
    pub runtime_id: i64,
    pub created: i64,
}

/// The version config of a deployment (None when the deployment is gone).
pub async fn deployment_config(
    conn: &mut AnyConnection,
    deployment_id: i64,
) -> Result<Option<VersionConfig>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT v.config FROM deployments d JOIN versions v ON v.id = d.version_id WHERE d.id = $1",
    )
    .bind(deployment_id)
    .fetch_optional(conn)
    .await?;
    row.map(|(config,)| {
        serde_json::from_str(&config)
            .map_err(|e| Error::Internal(format!("version config is corrupt: {e}")))
    })
    .transpose()
}

/// Queues a client's request, replacing any earlier one of the same client.
pub async fn queue_request(
    conn: &mut AnyConnection,
    request: &RequestRow,
    tenant_id: i64,
    matchmaker_id: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM matchmaker_requests WHERE client_id = $1")
        .bind(request.client_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(request.id)
        .bind(tenant_id)
        .bind(matchmaker_id)
        .bind(request.client_id)
        .bind(&request.mode)
        .bind(request.created)
        .execute(conn)
        .await?;
    Ok(())
}

/// Matchmakers that have queued requests.
pub async fn with_requests(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT DISTINCT matchmaker_id FROM matchmaker_requests")
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The deployment and tenant of a matchmaker, if it exists.
pub async fn matchmaker(
    conn: &mut AnyConnection,
    matchmaker_id: i64,
) -> Result<Option<(i64, i64)>> {
    Ok(
        sqlx::query_as("SELECT deployment_id, tenant_id FROM matchmakers WHERE id = $1")
            .bind(matchmaker_id)
            .fetch_optional(conn)
            .await?,
    )
}

/// Drops every request of a matchmaker (it was deleted).
pub async fn drop_requests(conn: &mut AnyConnection, matchmaker_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM matchmaker_requests WHERE matchmaker_id = $1")
        .bind(matchmaker_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Drops the pending requests of clients (they left or were deleted), a few hundred per
/// statement.
pub async fn drop_client_requests(conn: &mut AnyConnection, client_ids: &[i64]) -> Result<()> {
    for chunk in client_ids.chunks(super::IDS_PER_STATEMENT) {
        let sql = format!(
            "DELETE FROM matchmaker_requests WHERE client_id IN ({})",
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

/// Closes a match to matchmaking (`STOP_MATCHMAKING`): no more players are seated in it.
pub async fn close_match(conn: &mut AnyConnection, match_id: i64) -> Result<()> {
    sqlx::query("UPDATE matches SET status = 'CLOSED' WHERE id = $1")
        .bind(match_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes matches with no assigned player left; returns how many.
pub async fn delete_empty_matches(conn: &mut AnyConnection) -> Result<u64> {
    let sql = format!("DELETE FROM matches WHERE {EMPTY_MATCH}");
    let done = sqlx::query(&sql).execute(conn).await?;
    Ok(done.rows_affected())
}

/// Whether `delete_empty_matches` would delete any.
pub async fn any_empty_match(conn: &mut AnyConnection) -> Result<bool> {
    let sql = format!("SELECT id FROM matches WHERE {EMPTY_MATCH} LIMIT 1");
    let found: Option<(i64,)> = sqlx::query_as(&sql).fetch_optional(conn).await?;
    Ok(found.is_some())
}

/// A match none of whose clients is assigned any more.
const EMPTY_MATCH: &str =
    "NOT EXISTS (SELECT 1 FROM clients c WHERE c.match_id = matches.id AND c.state = 'ASSIGNED')";

/// The queued requests of live clients, oldest first.
pub async fn queued(conn: &mut AnyConnection, matchmaker_id: i64) -> Result<Vec<RequestRow>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.client_id, c.user_id, r.mode, r.created FROM matchmaker_requests r \
         JOIN clients c ON c.id = r.client_id WHERE r.matchmaker_id = $1 AND c.state <> 'DELETED' ORDER BY r.id",
    )
    .bind(matchmaker_id)
    .fetch_all(conn)
    .await?)
}

/// Removes requests by id, a few hundred per statement.
pub async fn delete_requests(conn: &mut AnyConnection, ids: &[i64]) -> Result<()> {
    Ok(super::delete_by_id(conn, "matchmaker_requests", ids).await?)
}

/// New OPENED matches, one statement per `INSERT_ROWS` (a matchmaking pass starts hundreds in
/// one unit).
pub async fn insert_matches(conn: &mut AnyConnection, rows: &[NewMatchRow<'_>]) -> Result<()> {
    // Eight binds a row, 400 a statement (`store::queue::PUSH_ROWS` says why not more).
    const INSERT_ROWS: usize = 50;
    for chunk in rows.chunks(INSERT_ROWS) {
        let sql = format!(
            "INSERT INTO matches (id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, \
             status, created) VALUES {}",
            super::value_rows(chunk.len(), 8)
        );
        let mut query = sqlx::query(&sql).persistent(super::recurs(chunk.len(), INSERT_ROWS));
        for row in chunk {
            query = query
                .bind(row.id)
                .bind(row.tenant_id)
                .bind(row.matchmaker_id)
                .bind(row.deployment_id)
                .bind(row.mode)
                .bind(row.runtime_id)
                .bind("OPENED")
                .bind(row.created);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// OPENED matches of a matchmaker: (id, mode, runtime), oldest first.
pub async fn open_matches(
    conn: &mut AnyConnection,
    matchmaker_id: i64,
) -> Result<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, mode, runtime_id FROM matches WHERE matchmaker_id = $1 AND status = 'OPENED' ORDER BY id",
    )
    .bind(matchmaker_id)
    .fetch_all(conn)
    .await?)
}

/// The players seated in the OPENED matches of a matchmaker.
pub async fn open_seats(conn: &mut AnyConnection, matchmaker_id: i64) -> Result<Vec<SeatRow>> {
    Ok(sqlx::query_as(
        "SELECT c.match_id, c.id AS client_id, c.user_id, c.group_name FROM clients c \
         JOIN matches m ON m.id = c.match_id \
         WHERE m.matchmaker_id = $1 AND m.status = 'OPENED' AND c.state = 'ASSIGNED' ORDER BY c.id",
    )
    .bind(matchmaker_id)
    .fetch_all(conn)
    .await?)
}
