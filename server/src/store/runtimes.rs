//! Runtime rows (`runtimes`): a lobby's or match's game server as the game sees it.

use omgservers_types::commands::RuntimeConfig;
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

pub async fn insert(conn: &mut AnyConnection, runtime: &NewRuntime<'_>) -> Result<()> {
    let config =
        serde_json::to_string(runtime.config).map_err(|e| Error::Internal(e.to_string()))?;
    sqlx::query(
        "INSERT INTO runtimes (id, tenant_id, deployment_id, qualifier, user_id, lobby_id, matchmaker_id, match_id, config, created, last_activity) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
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
    .bind(runtime.created)
    .execute(conn)
    .await?;
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

/// The lobby runtimes of a deployment, least loaded first.
pub async fn lobby_loads(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<Load>> {
    Ok(sqlx::query_as(
        "SELECT r.id, (SELECT COUNT(*) FROM clients c WHERE c.runtime_id = r.id AND c.state = 'ASSIGNED') AS clients \
         FROM runtimes r WHERE r.deployment_id = $1 AND r.qualifier = 'LOBBY' ORDER BY clients, r.id",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}

/// Records when runtimes were last active (`(id, epoch ms)`), never moving it backwards.
pub async fn record_activity(conn: &mut AnyConnection, seen: &HashMap<i64, i64>) -> Result<()> {
    super::record_activity(conn, "runtimes", seen).await
}

/// A runtime's row as `get-deployment-runtimes` lists it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Listed {
    pub id: i64,
    pub qualifier: String,
    pub created: i64,
    pub last_activity: i64,
}

/// The runtimes of a deployment of the tenant, oldest first.
pub async fn of_deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    deployment_id: i64,
) -> Result<Vec<Listed>> {
    Ok(sqlx::query_as(
        "SELECT id, qualifier, created, last_activity FROM runtimes \
         WHERE tenant_id = $1 AND deployment_id = $2 ORDER BY id",
    )
    .bind(tenant_id)
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}
