//! The backoff of a deployment's match runtimes (`match_backoffs`, game state): one backoff for
//! all of them, since each match has a runtime of its own (docs/runtime-pool.md "Lifecycle").
//! No row means no backoff.

use sqlx::AnyConnection;

use crate::error::Result;

/// Match runtime failures in a row, and when the next match runtime may start (epoch ms).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct MatchBackoff {
    pub failures: i64,
    pub next_start_at: i64,
}

/// The deployment's backoff; the default (none) when it has no row.
pub async fn of(conn: &mut AnyConnection, deployment_id: i64) -> Result<MatchBackoff> {
    let row: Option<MatchBackoff> = sqlx::query_as(
        "SELECT failures, next_start_at FROM match_backoffs WHERE deployment_id = $1",
    )
    .bind(deployment_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.unwrap_or_default())
}

/// Sets the deployment's backoff.
pub async fn set(
    conn: &mut AnyConnection,
    tenant_id: i64,
    deployment_id: i64,
    backoff: MatchBackoff,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO match_backoffs (deployment_id, tenant_id, failures, next_start_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (deployment_id) \
         DO UPDATE SET failures = excluded.failures, next_start_at = excluded.next_start_at",
    )
    .bind(deployment_id)
    .bind(tenant_id)
    .bind(backoff.failures)
    .bind(backoff.next_start_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A match ended normally: the deployment's match runtimes no longer back off.
pub async fn reset(conn: &mut AnyConnection, deployment_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM match_backoffs WHERE deployment_id = $1")
        .bind(deployment_id)
        .execute(conn)
        .await?;
    Ok(())
}
