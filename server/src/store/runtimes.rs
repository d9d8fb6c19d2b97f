//! Runtime rows (`runtimes`): a lobby's or match's game server as the game sees it.

use omgservers_types::commands::RuntimeConfig;
use omgservers_types::developer::RuntimeStatus;
use omgservers_types::messages::RuntimeQualifier;
use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::error::{Error, Result};

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
    pub created: i64,
    pub last_activity: i64,
    pub status: RuntimeStatus,
    pub status_reason: Option<String>,
    /// Process or container starts so far.
    pub starts: i64,
    /// Failed starts since it last ran healthy (the backoff exponent).
    pub failures: i64,
    /// Its last start (epoch ms; 0 before the first).
    pub started_at: i64,
    /// When it may start (again), epoch ms.
    pub next_start_at: i64,
    /// Raised at each start; its tokens carry the epoch they were issued at
    /// (`game::runtimes::start_credentials`).
    pub token_epoch: i64,
}

impl RuntimeRow {
    /// Whether it made an interchange since its last start (or since its creation when no
    /// driver starts it).
    pub fn ready(&self) -> bool {
        self.last_activity > self.started_at.max(self.created)
    }
}

#[derive(sqlx::FromRow)]
struct RawRuntime {
    id: i64,
    tenant_id: i64,
    deployment_id: i64,
    qualifier: String,
    user_id: i64,
    lobby_id: Option<i64>,
    matchmaker_id: Option<i64>,
    match_id: Option<i64>,
    created: i64,
    last_activity: i64,
    status: String,
    status_reason: Option<String>,
    starts: i64,
    failures: i64,
    started_at: i64,
    next_start_at: i64,
    token_epoch: i64,
}

pub(crate) const RUNTIME_COLUMNS: &str =
    "id, tenant_id, deployment_id, qualifier, user_id, lobby_id, matchmaker_id, match_id, created, \
     last_activity, status, status_reason, starts, failures, started_at, next_start_at, \
     token_epoch";

impl TryFrom<RawRuntime> for RuntimeRow {
    type Error = Error;

    fn try_from(r: RawRuntime) -> Result<RuntimeRow> {
        Ok(RuntimeRow {
            id: r.id,
            tenant_id: r.tenant_id,
            deployment_id: r.deployment_id,
            qualifier: r.qualifier.parse().map_err(Error::Internal)?,
            user_id: r.user_id,
            lobby_id: r.lobby_id,
            matchmaker_id: r.matchmaker_id,
            match_id: r.match_id,
            created: r.created,
            last_activity: r.last_activity,
            status: r.status.parse().map_err(Error::Internal)?,
            status_reason: r.status_reason,
            starts: r.starts,
            failures: r.failures,
            started_at: r.started_at,
            next_start_at: r.next_start_at,
            token_epoch: r.token_epoch,
        })
    }
}

pub async fn find(conn: &mut AnyConnection, runtime_id: i64) -> Result<Option<RuntimeRow>> {
    let sql = format!("SELECT {RUNTIME_COLUMNS} FROM runtimes WHERE id = $1");
    let row: Option<RawRuntime> = sqlx::query_as(&sql)
        .bind(runtime_id)
        .fetch_optional(conn)
        .await?;
    row.map(RuntimeRow::try_from).transpose()
}

/// The token epochs of those of `runtime_ids` that exist, a few hundred per statement.
pub async fn token_epochs(
    conn: &mut AnyConnection,
    runtime_ids: &[i64],
) -> Result<HashMap<i64, i64>> {
    let select = "SELECT id, token_epoch FROM runtimes WHERE id IN ({in})";
    let rows: Vec<(i64, i64)> = super::rows_in(conn, select, runtime_ids).await?;
    Ok(rows.into_iter().collect())
}

/// Raises the runtime's token epoch (in the unit that follows the start's new password of its
/// user, so no token of the new epoch can be issued for the old password) and answers the new
/// one; `None` for a deleted runtime.
pub async fn raise_token_epoch(conn: &mut AnyConnection, runtime_id: i64) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE runtimes SET token_epoch = token_epoch + 1 WHERE id = $1 RETURNING token_epoch",
    )
    .bind(runtime_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(epoch,)| epoch))
}

/// Which of `runtime_ids` exist, a few hundred per statement.
pub async fn existing(
    conn: &mut AnyConnection,
    runtime_ids: &[i64],
) -> Result<std::collections::HashSet<i64>> {
    let select = "SELECT id FROM runtimes WHERE id IN ({in})";
    Ok(super::ids_in(conn, select, runtime_ids)
        .await?
        .into_iter()
        .collect())
}

/// The user ids of every runtime (its RUNTIME user exists once a driver started it).
pub async fn user_ids(conn: &mut AnyConnection) -> Result<std::collections::HashSet<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as("SELECT user_id FROM runtimes")
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

pub async fn all(conn: &mut AnyConnection) -> Result<Vec<RuntimeRow>> {
    let sql = format!("SELECT {RUNTIME_COLUMNS} FROM runtimes ORDER BY id");
    let rows: Vec<RawRuntime> = sqlx::query_as(&sql).fetch_all(conn).await?;
    rows.into_iter().map(RuntimeRow::try_from).collect()
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

/// A runtime to create; `config` is its `RuntimeConfig` (wire reference §9.1) and it counts as
/// active from `created` (epoch ms).
pub struct NewRuntime<'a> {
    pub id: i64,
    pub tenant_id: i64,
    pub deployment_id: i64,
    pub qualifier: RuntimeQualifier,
    pub user_id: i64,
    pub lobby_id: Option<i64>,
    pub matchmaker_id: Option<i64>,
    pub match_id: Option<i64>,
    pub config: &'a RuntimeConfig,
    pub created: i64,
}

/// Runtimes written in one statement per `INSERT_ROWS` (a matchmaking pass starts hundreds of
/// matches in one unit).
pub async fn insert_all(conn: &mut AnyConnection, runtimes: &[NewRuntime<'_>]) -> Result<()> {
    // Eleven binds a row, about 500 a statement (`store::queue::PUSH_ROWS` says why not more).
    const INSERT_ROWS: usize = 45;
    for chunk in runtimes.chunks(INSERT_ROWS) {
        let sql = format!(
            "INSERT INTO runtimes (id, tenant_id, deployment_id, qualifier, user_id, lobby_id, \
             matchmaker_id, match_id, config, created, last_activity) VALUES {}",
            super::value_rows(chunk.len(), 11)
        );
        let mut query = sqlx::query(&sql).persistent(super::recurs(chunk.len(), INSERT_ROWS));
        for runtime in chunk {
            let config = serde_json::to_string(runtime.config)
                .map_err(|e| Error::Internal(e.to_string()))?;
            query = query
                .bind(runtime.id)
                .bind(runtime.tenant_id)
                .bind(runtime.deployment_id)
                .bind(runtime.qualifier.as_str())
                .bind(runtime.user_id)
                .bind(runtime.lobby_id)
                .bind(runtime.matchmaker_id)
                .bind(runtime.match_id)
                .bind(config)
                .bind(runtime.created)
                .bind(runtime.created);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

pub async fn delete(conn: &mut AnyConnection, runtime_id: i64) -> Result<()> {
    Ok(super::delete_by_id(conn, "runtimes", &[runtime_id]).await?)
}

/// A lobby runtime with the number of clients assigned to it.
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct Load {
    pub id: i64,
    pub clients: i64,
}

/// The lobby runtimes of a deployment that may take players (not failed, waiting or stopped),
/// least loaded first.
pub async fn lobby_loads(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<Load>> {
    Ok(sqlx::query_as(
        "SELECT r.id, (SELECT COUNT(*) FROM clients c WHERE c.runtime_id = r.id AND c.state = 'ASSIGNED') AS clients \
         FROM runtimes r WHERE r.deployment_id = $1 AND r.qualifier = 'LOBBY' \
         AND r.status NOT IN ('IMAGE_PULL_FAILED', 'EXITED', 'CRASH_LOOP_BACKOFF', 'STOPPED') \
         ORDER BY clients, r.id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}

/// Records when runtimes were last active (`(id, epoch ms)`), never moving it backwards.
pub async fn record_activity(conn: &mut AnyConnection, seen: &HashMap<i64, i64>) -> Result<()> {
    super::record_activity(conn, "runtimes", seen).await
}

/// The runtimes of a deployment of the tenant, oldest first.
pub async fn of_deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    deployment_id: i64,
) -> Result<Vec<RuntimeRow>> {
    let sql = format!(
        "SELECT {RUNTIME_COLUMNS} FROM runtimes WHERE tenant_id = $1 AND deployment_id = $2 ORDER BY id"
    );
    let rows: Vec<RawRuntime> = sqlx::query_as(&sql)
        .bind(tenant_id)
        .bind(deployment_id)
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(RuntimeRow::try_from).collect()
}

/// A change of a runtime's lifecycle state.
#[derive(Clone, Debug)]
pub struct StatusChange<'a> {
    pub status: RuntimeStatus,
    pub reason: Option<&'a str>,
    /// What the change says about the runtime's process.
    pub clock: Clock,
    /// The new failure count (the backoff exponent), when the change sets it.
    pub failures: Option<i64>,
    /// When it may start next (epoch ms), when the change sets it.
    pub next_start_at: Option<i64>,
}

/// How a change moves `starts` and `started_at` (from which silence and readiness count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Neither.
    Keep,
    /// The driver is starting it: `starts` grows, `started_at` is now.
    Launched,
    /// Its process is up (after a pull, say): `started_at` is now, so the time the pull took
    /// is not counted as silence.
    ProcessUp,
}

impl StatusChange<'_> {
    pub fn to(status: RuntimeStatus) -> StatusChange<'static> {
        StatusChange {
            status,
            reason: None,
            clock: Clock::Keep,
            failures: None,
            next_start_at: None,
        }
    }
}

/// Applies a lifecycle change; false when the runtime is gone or STOPPED (its deployment
/// FAILED: nothing moves it any more, whichever server acts).
pub async fn set_status(
    conn: &mut AnyConnection,
    runtime_id: i64,
    change: &StatusChange<'_>,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE runtimes SET status = $1, status_reason = $2, status_changed = $3, \
         starts = starts + $4, started_at = CASE WHEN $5 = 1 THEN $3 ELSE started_at END, \
         failures = COALESCE($6, failures), next_start_at = COALESCE($7, next_start_at) \
         WHERE id = $8 AND status <> 'STOPPED'",
    )
    .bind(change.status.as_str())
    .bind(change.reason.map(super::storable))
    .bind(now)
    .bind(i64::from(change.clock == Clock::Launched))
    .bind(i64::from(change.clock != Clock::Keep))
    .bind(change.failures)
    .bind(change.next_start_at)
    .bind(runtime_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Marks a runtime RUNNING (its first interchange since its start) if it is still waiting for
/// that; false otherwise (it failed or stopped meanwhile).
pub async fn mark_running(conn: &mut AnyConnection, runtime_id: i64, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE runtimes SET status = 'RUNNING', status_reason = NULL, status_changed = $1 \
         WHERE id = $2 AND status IN ('PENDING', 'PULLING', 'STARTING')",
    )
    .bind(now)
    .bind(runtime_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Stops every runtime of a deployment from being started again (its deployment FAILED).
/// Which of `deployment_ids` have a runtime that is not STOPPED.
pub async fn not_stopped_in(
    conn: &mut AnyConnection,
    deployment_ids: &[i64],
) -> Result<std::collections::HashSet<i64>> {
    Ok(
        super::count_by_deployment(conn, "runtimes", "status <> 'STOPPED'", deployment_ids)
            .await?
            .into_keys()
            .collect(),
    )
}

pub async fn stop_deployment(
    conn: &mut AnyConnection,
    deployment_id: i64,
    reason: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE runtimes SET status = 'STOPPED', status_reason = $1, status_changed = $2 \
         WHERE deployment_id = $3",
    )
    .bind(super::storable(reason))
    .bind(now)
    .bind(deployment_id)
    .execute(conn)
    .await?;
    Ok(())
}
