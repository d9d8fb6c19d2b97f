//! Deployment events (`deployment_events`): what happened to a deployment and its runtimes —
//! starts, exits, backoff, readiness, failure — newest kept, `KEPT_PER_DEPLOYMENT` per
//! deployment, read by `developer get-deployment-events` (docs/runtime-pool.md "Lifecycle").

use sqlx::AnyConnection;

use crate::error::Result;

/// Events kept per deployment; older ones are dropped as new ones come.
pub const KEPT_PER_DEPLOYMENT: i64 = 200;

/// An event to record.
#[derive(Clone, Debug)]
pub struct NewEvent<'a> {
    pub id: i64,
    pub tenant_id: i64,
    pub deployment_id: i64,
    pub runtime_id: Option<i64>,
    /// One of `omgservers_types::developer::EventKind`'s names.
    pub kind: &'a str,
    pub message: &'a str,
    pub created: i64,
}

/// An event as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub runtime_id: Option<i64>,
    pub kind: String,
    pub message: String,
    pub created: i64,
}

/// Records an event and drops the deployment's events beyond the newest `KEPT_PER_DEPLOYMENT`.
/// An event recorded for a deployment deleted meanwhile is removed with the rest of its game
/// state (`store::orphans`).
pub async fn record(conn: &mut AnyConnection, event: &NewEvent<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO deployment_events (id, tenant_id, deployment_id, runtime_id, kind, message, created) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(event.id)
    .bind(event.tenant_id)
    .bind(event.deployment_id)
    .bind(event.runtime_id)
    .bind(event.kind)
    .bind(super::storable(event.message))
    .bind(event.created)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM deployment_events WHERE deployment_id = $1 AND id < \
         (SELECT MIN(id) FROM (SELECT id FROM deployment_events WHERE deployment_id = $1 \
         ORDER BY id DESC LIMIT $2) AS kept)",
    )
    .bind(event.deployment_id)
    .bind(KEPT_PER_DEPLOYMENT)
    .execute(conn)
    .await?;
    Ok(())
}

/// The newest `limit` events of a deployment, oldest first.
pub async fn newest(
    conn: &mut AnyConnection,
    deployment_id: i64,
    limit: i64,
) -> Result<Vec<EventRow>> {
    let mut rows: Vec<EventRow> = sqlx::query_as(
        "SELECT id, runtime_id, kind, message, created FROM deployment_events \
         WHERE deployment_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(deployment_id)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.reverse();
    Ok(rows)
}

/// A deployment's oldest event of one of `kinds`: `(kind, message)`.
pub async fn first_of(
    conn: &mut AnyConnection,
    deployment_id: i64,
    kinds: &[&str],
) -> Result<Option<(String, String)>> {
    let sql = format!(
        "SELECT kind, message FROM deployment_events \
         WHERE deployment_id = $1 AND kind IN ({}) ORDER BY id LIMIT 1",
        super::placeholders_from(2, kinds.len())
    );
    let mut query = sqlx::query_as(&sql).bind(deployment_id);
    for kind in kinds {
        query = query.bind(*kind);
    }
    Ok(query.fetch_optional(conn).await?)
}

/// How many events of `kind` a deployment had since `since` (epoch ms).
pub async fn count_since(
    conn: &mut AnyConnection,
    deployment_id: i64,
    kind: &str,
    since: i64,
) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM deployment_events WHERE deployment_id = $1 AND kind = $2 AND created >= $3",
    )
    .bind(deployment_id)
    .bind(kind)
    .bind(since)
    .fetch_one(conn)
    .await?;
    Ok(count)
}
