//! Runtime rows (`runtimes`): a lobby's or match's game server as the game sees it.

use omgservers_types::commands::RuntimeConfig;
use omgservers_types::messages::RuntimeQualifier;
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
