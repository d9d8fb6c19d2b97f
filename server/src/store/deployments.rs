//! Deployment rows and their children: `deployments`, `lobbies` and `matchmakers` (wire
//! reference §5.3 `deploy-version`, `create-lobby-request`, `create-matchmaker-request`).
//! Deleting a deployment deletes its lobbies and matchmakers (foreign keys cascade).

use omgservers_types::details::DeploymentState;
use omgservers_types::version_config::VersionConfig;
use std::collections::{HashMap, HashSet};

use sqlx::AnyConnection;

use crate::error::{Error, Result};

/// Lobbies or matchmakers of a deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeploymentChild {
    Lobby,
    Matchmaker,
}

impl DeploymentChild {
    pub fn table(self) -> &'static str {
        match self {
            DeploymentChild::Lobby => "lobbies",
            DeploymentChild::Matchmaker => "matchmakers",
        }
    }
}

/// Inserts a PENDING deployment whose first lobby and matchmaker are still to be written
/// (`insert_first_children`, then `first_children_written`).
pub async fn insert(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    stage_id: i64,
    version_id: i64,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO deployments (id, tenant_id, stage_id, version_id, created, state, state_changed, \
         first_children_pending) VALUES ($1, $2, $3, $4, $5, 'PENDING', $5, 1)",
    )
    .bind(id)
    .bind(tenant_id)
    .bind(stage_id)
    .bind(version_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// A PENDING deployment, for the readiness check.
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct Pending {
    pub id: i64,
    pub tenant_id: i64,
    pub created: i64,
}

pub async fn pending(conn: &mut AnyConnection) -> Result<Vec<Pending>> {
    Ok(sqlx::query_as(
        "SELECT id, tenant_id, created FROM deployments WHERE state = 'PENDING' ORDER BY id",
    )
    .fetch_all(conn)
    .await?)
}

/// Moves a PENDING deployment to READY or FAILED; false when it was not PENDING any more.
pub async fn settle(
    conn: &mut AnyConnection,
    id: i64,
    state: DeploymentState,
    reason: Option<&str>,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE deployments SET state = $1, state_reason = $2, state_changed = $3 \
         WHERE id = $4 AND state = 'PENDING'",
    )
    .bind(state.as_str())
    .bind(reason.map(super::storable))
    .bind(now)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// FAILED deployments, as (id, state reason).
pub async fn failed(conn: &mut AnyConnection) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, COALESCE(state_reason, '') FROM deployments WHERE state = 'FAILED' ORDER BY id",
    )
    .fetch_all(conn)
    .await?)
}

/// Deletes a deployment of the tenant; false if it did not exist.
pub async fn delete(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM deployments WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn insert_child(
    conn: &mut AnyConnection,
    kind: DeploymentChild,
    id: i64,
    tenant_id: i64,
    deployment_id: i64,
    now: i64,
) -> Result<()> {
    let sql = format!(
        "INSERT INTO {} (id, tenant_id, deployment_id, created) VALUES ($1, $2, $3, $4)",
        kind.table()
    );
    sqlx::query(&sql)
        .bind(id)
        .bind(tenant_id)
        .bind(deployment_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Writes a deployment's first lobby and matchmaker (game state), unless they were written
/// before (`insert_first_child`).
pub async fn insert_first_children(
    conn: &mut AnyConnection,
    tenant_id: i64,
    deployment_id: i64,
    now: i64,
) -> Result<()> {
    for kind in [DeploymentChild::Lobby, DeploymentChild::Matchmaker] {
        insert_first_child(conn, kind, tenant_id, deployment_id, now).await?;
    }
    Ok(())
}

/// Writes a deployment's first lobby or matchmaker, unless it is there: it takes the
/// deployment's id (unique in its table), so writing it again changes nothing.
pub async fn insert_first_child(
    conn: &mut AnyConnection,
    kind: DeploymentChild,
    tenant_id: i64,
    deployment_id: i64,
    now: i64,
) -> Result<()> {
    let sql = format!(
        "INSERT INTO {} (id, tenant_id, deployment_id, created) VALUES ($1, $2, $1, $3) \
         ON CONFLICT (id) DO NOTHING",
        kind.table()
    );
    sqlx::query(&sql)
        .bind(deployment_id)
        .bind(tenant_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records that a deployment's first lobby and matchmaker are written (control plane). Only
/// while still pending: a controller pass that read the deployment pending just before
/// deploy-version recorded it then changes nothing and, on PostgreSQL, takes no lock on the
/// row (an update whose condition no longer holds skips it), so a lock held on the row
/// elsewhere cannot stall the writer's batch it runs in.
pub async fn first_children_written(conn: &mut AnyConnection, deployment_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE deployments SET first_children_pending = 0 \
         WHERE id = $1 AND first_children_pending = 1",
    )
    .bind(deployment_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deployments whose first lobby and matchmaker are not written yet, as (id, tenant id).
pub async fn first_children_pending(conn: &mut AnyConnection) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, tenant_id FROM deployments WHERE first_children_pending = 1 ORDER BY id",
    )
    .fetch_all(conn)
    .await?)
}

/// Deletes a lobby or matchmaker of the tenant; false if it did not exist.
pub async fn delete_child(
    conn: &mut AnyConnection,
    kind: DeploymentChild,
    tenant_id: i64,
    id: i64,
) -> Result<bool> {
    let sql = format!(
        "DELETE FROM {} WHERE tenant_id = $1 AND id = $2",
        kind.table()
    );
    let done = sqlx::query(&sql)
        .bind(tenant_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Whether a deployment, lobby, matchmaker or match row exists.
pub async fn exists(conn: &mut AnyConnection, row: Row, id: i64) -> Result<bool> {
    let sql = format!("SELECT COUNT(*) FROM {} WHERE id = $1", row.table());
    let (count,): (i64,) = sqlx::query_as(&sql).bind(id).fetch_one(conn).await?;
    Ok(count > 0)
}

/// Which of `ids` exist as `row`s, a few hundred per statement.
pub async fn existing(conn: &mut AnyConnection, row: Row, ids: &[i64]) -> Result<HashSet<i64>> {
    let select = format!("SELECT id FROM {} WHERE id IN ({{in}})", row.table());
    Ok(super::ids_in(conn, &select, ids)
        .await?
        .into_iter()
        .collect())
}

/// The rows `exists` checks: what a runtime belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Deployment,
    Lobby,
    Matchmaker,
    Match,
}

impl Row {
    fn table(self) -> &'static str {
        match self {
            Row::Deployment => "deployments",
            Row::Lobby => "lobbies",
            Row::Matchmaker => "matchmakers",
            Row::Match => "matches",
        }
    }
}

/// Deployments older than their stage's newest READY one (control plane): they drain, and
/// go once no client but deleted ones is left (`with_live_clients`, on the game state). A
/// PENDING or FAILED deployment never drains another.
pub async fn superseded(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let older: Vec<(i64,)> = sqlx::query_as(
        "SELECT d.id FROM deployments d \
         WHERE d.id < (SELECT MAX(n.id) FROM deployments n WHERE n.stage_id = d.stage_id AND n.state = 'READY')",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(older.into_iter().map(|(id,)| id).collect())
}

/// Which of `deployment_ids` have a client not deleted (game state).
pub async fn with_live_clients(
    conn: &mut AnyConnection,
    deployment_ids: &[i64],
) -> Result<HashSet<i64>> {
    with_clients(conn, deployment_ids, "state <> 'DELETED'").await
}

/// Which of `deployment_ids` have a client matching `condition` (a game-state read).
async fn with_clients(
    conn: &mut AnyConnection,
    deployment_ids: &[i64],
    condition: &str,
) -> Result<HashSet<i64>> {
    let select = format!(
        "SELECT DISTINCT deployment_id FROM clients WHERE {condition} AND deployment_id IN ({{in}})"
    );
    Ok(super::ids_in(conn, &select, deployment_ids)
        .await?
        .into_iter()
        .collect())
}

/// The ids of a stage's deployments, oldest first.
pub async fn ids_of_stage(conn: &mut AnyConnection, stage_id: i64) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM deployments WHERE stage_id = $1 ORDER BY id")
            .bind(stage_id)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A deployment that keeps lobbies, with its tenant.
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct Serving {
    pub id: i64,
    pub tenant_id: i64,
}

/// The deployments that keep lobbies: of every stage its newest READY one, any newer one not
/// FAILED (a rollout in progress), and any other with queued clients; not one whose first
/// lobby and matchmaker are still to be written (they come from `insert_first_children`).
/// Two reads, the control plane's (`control`) then the game state's (`game`: a deployment of
/// another database is taken only when it is its stage's newest).
pub async fn serving(
    control: &mut AnyConnection,
    game: &mut AnyConnection,
) -> Result<Vec<Serving>> {
    // (id, tenant, 1 when it is its stage's newest READY one or newer)
    let candidates: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT d.id, d.tenant_id, CASE WHEN \
         d.id >= COALESCE((SELECT MAX(n.id) FROM deployments n WHERE n.stage_id = d.stage_id AND n.state = 'READY'), 0) \
         THEN 1 ELSE 0 END FROM deployments d \
         WHERE d.state <> 'FAILED' AND d.first_children_pending = 0",
    )
    .fetch_all(&mut *control)
    .await?;
    let older: Vec<i64> = candidates
        .iter()
        .filter(|(_, _, newest)| *newest == 0)
        .map(|(id, _, _)| *id)
        .collect();
    let queued = with_clients(game, &older, "state = 'QUEUED'").await?;
    Ok(candidates
        .into_iter()
        .filter(|(id, _, newest)| *newest == 1 || queued.contains(id))
        .map(|(id, tenant_id, _)| Serving { id, tenant_id })
        .collect())
}

/// A lobby with the number of clients assigned to its runtime.
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct LobbyLoad {
    pub id: i64,
    pub clients: i64,
}

pub async fn lobby_loads(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<LobbyLoad>> {
    Ok(sqlx::query_as(
        "SELECT l.id, (SELECT COUNT(*) FROM clients c JOIN runtimes r ON r.id = c.runtime_id \
         WHERE r.lobby_id = l.id AND c.state = 'ASSIGNED') AS clients \
         FROM lobbies l WHERE l.deployment_id = $1",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}

/// A lobby that has no runtime yet, with its version's config.
#[derive(Clone, Debug)]
pub struct BareLobby {
    pub id: i64,
    pub tenant_id: i64,
    pub deployment_id: i64,
    pub config: VersionConfig,
}

/// Lobbies of existing deployments that have no runtime yet: two reads, the lobbies (game
/// state, on `game`), then their deployments' configs (control plane, on `control`); a lobby
/// whose deployment is gone is left to the controller's removal of gone game state.
pub async fn lobbies_without_runtime(
    game: &mut AnyConnection,
    control: &mut AnyConnection,
) -> Result<Vec<BareLobby>> {
    let lobbies: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT id, tenant_id, deployment_id FROM lobbies WHERE runtime_id IS NULL ORDER BY id",
    )
    .fetch_all(&mut *game)
    .await?;
    let mut deployment_ids: Vec<i64> = lobbies.iter().map(|(_, _, d)| *d).collect();
    deployment_ids.sort_unstable();
    deployment_ids.dedup();
    let mut configs: HashMap<i64, String> = HashMap::new();
    for chunk in deployment_ids.chunks(super::IDS_PER_STATEMENT) {
        let sql = format!(
            "SELECT d.id, v.config FROM deployments d JOIN versions v ON v.id = d.version_id \
             WHERE d.id IN ({})",
            super::placeholders(chunk.len())
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        configs.extend(query.fetch_all(&mut *control).await?);
    }
    lobbies
        .into_iter()
        .filter_map(|(id, tenant_id, deployment_id)| {
            let config = configs.get(&deployment_id)?;
            Some(
                serde_json::from_str(config)
                    .map(|config| BareLobby {
                        id,
                        tenant_id,
                        deployment_id,
                        config,
                    })
                    .map_err(|e| {
                        Error::Internal(format!("version config of lobby {id} is corrupt: {e}"))
                    }),
            )
        })
        .collect()
}

/// The deployments with a lobby waiting for its runtime (`lobbies_without_runtime`).
pub async fn bare_lobby_deployments(game: &mut AnyConnection) -> Result<Vec<i64>> {
    let found: Vec<(i64,)> =
        sqlx::query_as("SELECT DISTINCT deployment_id FROM lobbies WHERE runtime_id IS NULL")
            .fetch_all(game)
            .await?;
    Ok(found.into_iter().map(|(id,)| id).collect())
}

pub async fn set_lobby_runtime(
    conn: &mut AnyConnection,
    lobby_id: i64,
    runtime_id: i64,
) -> Result<()> {
    sqlx::query("UPDATE lobbies SET runtime_id = $1 WHERE id = $2")
        .bind(runtime_id)
        .bind(lobby_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes a lobby or match by id (with no tenant: the runtime that owned it names it).
pub async fn delete_by_id(conn: &mut AnyConnection, row: Row, id: i64) -> Result<()> {
    crate::store::delete_by_id(conn, row.table(), &[id]).await?;
    Ok(())
}

/// The stage of a deployment; none if the deployment is gone.
pub async fn stage_of(conn: &mut AnyConnection, deployment_id: i64) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT stage_id FROM deployments WHERE id = $1")
        .bind(deployment_id)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// The images of a deployment's version as `(qualifier, image)`, newest first.
pub async fn images(conn: &mut AnyConnection, deployment_id: i64) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT i.qualifier, i.image_id FROM images i \
         JOIN deployments d ON d.version_id = i.version_id \
         WHERE d.id = $1 ORDER BY i.created DESC, i.id DESC",
    )
    .bind(deployment_id)
    .fetch_all(conn)
    .await?)
}
