//! Id-or-alias resolution (wire reference §3.2) and existence checks, always inside the tenant
//! (the shard key), so ids of other tenants resolve to nothing; a name that resolves to nothing
//! is a 404 `OBJECT_NOT_FOUND` naming it. Also the version and deployment rows they resolve to.

use omgservers_types::details::DeploymentState;
use omgservers_types::IdOrAlias;
use sqlx::AnyConnection;

use crate::error::{Error, Result};

/// The tenant's id; 404 when the id or alias names no tenant.
pub async fn tenant(conn: &mut AnyConnection, tenant: &IdOrAlias) -> Result<i64> {
    match tenant.as_id() {
        Some(id) => {
            let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM tenants WHERE id = $1")
                .bind(id)
                .fetch_one(conn)
                .await?;
            if count > 0 {
                Ok(id)
            } else {
                Err(Error::not_found(format!("tenant {id} was not found")))
            }
        }
        None => {
            let row: Option<(i64,)> =
                sqlx::query_as("SELECT tenant_id FROM tenant_aliases WHERE value = $1")
                    .bind(tenant.as_str())
                    .fetch_optional(conn)
                    .await?;
            row.map(|(id,)| id)
                .ok_or_else(|| Error::not_found(format!("tenant alias `{tenant}` was not found")))
        }
    }
}

/// The project's id within the tenant.
pub async fn project(conn: &mut AnyConnection, tenant_id: i64, project: &IdOrAlias) -> Result<i64> {
    match project.as_id() {
        Some(id) => project_id(conn, tenant_id, id).await,
        None => {
            let row: Option<(i64,)> = sqlx::query_as(
                "SELECT project_id FROM project_aliases WHERE tenant_id = $1 AND value = $2",
            )
            .bind(tenant_id)
            .bind(project.as_str())
            .fetch_optional(conn)
            .await?;
            row.map(|(id,)| id).ok_or_else(|| {
                Error::not_found(format!(
                    "project alias `{project}` was not found in tenant {tenant_id}"
                ))
            })
        }
    }
}

/// Checks that project `id` belongs to the tenant.
pub async fn project_id(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM projects WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(id)
            .fetch_one(conn)
            .await?;
    if count > 0 {
        Ok(id)
    } else {
        Err(Error::not_found(format!(
            "project {id} was not found in tenant {tenant_id}"
        )))
    }
}

/// The stage's id within the project.
pub async fn stage(
    conn: &mut AnyConnection,
    tenant_id: i64,
    project_id: i64,
    stage: &IdOrAlias,
) -> Result<i64> {
    match stage.as_id() {
        Some(id) => {
            let row: Option<(i64,)> =
                sqlx::query_as("SELECT project_id FROM stages WHERE tenant_id = $1 AND id = $2")
                    .bind(tenant_id)
                    .bind(id)
                    .fetch_optional(conn)
                    .await?;
            match row {
                Some((p,)) if p == project_id => Ok(id),
                _ => Err(Error::not_found(format!(
                    "stage {id} was not found in project {project_id}"
                ))),
            }
        }
        None => {
            let row: Option<(i64,)> = sqlx::query_as(
                "SELECT stage_id FROM stage_aliases WHERE project_id = $1 AND value = $2",
            )
            .bind(project_id)
            .bind(stage.as_str())
            .fetch_optional(conn)
            .await?;
            row.map(|(id,)| id).ok_or_else(|| {
                Error::not_found(format!(
                    "stage alias `{stage}` was not found in project {project_id}"
                ))
            })
        }
    }
}

/// A stage by id within the tenant: its project id.
pub async fn stage_project(conn: &mut AnyConnection, tenant_id: i64, stage_id: i64) -> Result<i64> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT project_id FROM stages WHERE tenant_id = $1 AND id = $2")
            .bind(tenant_id)
            .bind(stage_id)
            .fetch_optional(conn)
            .await?;
    row.map(|(p,)| p).ok_or_else(|| {
        Error::not_found(format!(
            "stage {stage_id} was not found in tenant {tenant_id}"
        ))
    })
}

#[derive(Clone, Debug)]
pub struct VersionRow {
    pub id: i64,
    pub tenant_id: i64,
    pub project_id: i64,
    pub config: String,
    pub created: i64,
}

pub async fn version(
    conn: &mut AnyConnection,
    tenant_id: i64,
    version_id: i64,
) -> Result<VersionRow> {
    let row: Option<(i64, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT id, tenant_id, project_id, config, created FROM versions WHERE tenant_id = $1 AND id = $2",
    )
    .bind(tenant_id)
    .bind(version_id)
    .fetch_optional(conn)
    .await?;
    row.map(|(id, tenant_id, project_id, config, created)| VersionRow {
        id,
        tenant_id,
        project_id,
        config,
        created,
    })
    .ok_or_else(|| {
        Error::not_found(format!(
            "version {version_id} was not found in tenant {tenant_id}"
        ))
    })
}

#[derive(Clone, Debug)]
pub struct DeploymentRow {
    pub id: i64,
    pub tenant_id: i64,
    pub stage_id: i64,
    pub version_id: i64,
    pub project_id: i64,
    pub created: i64,
    pub state: DeploymentState,
    pub state_reason: Option<String>,
}

type DeploymentTuple = (i64, i64, i64, i64, i64, i64, String, Option<String>);

const DEPLOYMENT_SELECT: &str =
    "SELECT d.id, d.tenant_id, d.stage_id, d.version_id, s.project_id, d.created, d.state, d.state_reason \
     FROM deployments d JOIN stages s ON s.id = d.stage_id";

fn to_deployment(
    (id, tenant_id, stage_id, version_id, project_id, created, state, state_reason): DeploymentTuple,
) -> Result<DeploymentRow> {
    Ok(DeploymentRow {
        id,
        tenant_id,
        stage_id,
        version_id,
        project_id,
        created,
        state: state.parse().map_err(Error::Internal)?,
        state_reason,
    })
}

pub async fn deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    deployment_id: i64,
) -> Result<DeploymentRow> {
    let sql = format!("{DEPLOYMENT_SELECT} WHERE d.tenant_id = $1 AND d.id = $2");
    let row: Option<DeploymentTuple> = sqlx::query_as(&sql)
        .bind(tenant_id)
        .bind(deployment_id)
        .fetch_optional(conn)
        .await?;
    row.map(to_deployment).transpose()?.ok_or_else(|| {
        Error::not_found(format!(
            "deployment {deployment_id} was not found in tenant {tenant_id}"
        ))
    })
}

/// The deployment id a lobby or matchmaker row names (`table` is `lobbies` or `matchmakers`:
/// game state); these requests carry no tenant, so the row's own id is the shard key.
pub async fn deployment_id_of(
    conn: &mut AnyConnection,
    table: &str,
    id: i64,
) -> Result<Option<i64>> {
    let owner: Option<(i64,)> =
        sqlx::query_as(&format!("SELECT deployment_id FROM {table} WHERE id = $1"))
            .bind(id)
            .fetch_optional(conn)
            .await?;
    Ok(owner.map(|(deployment_id,)| deployment_id))
}

/// A deployment by id, whichever tenant's (control plane).
pub async fn deployment_by_id(
    conn: &mut AnyConnection,
    deployment_id: i64,
) -> Result<Option<DeploymentRow>> {
    let sql = format!("{DEPLOYMENT_SELECT} WHERE d.id = $1");
    let row: Option<DeploymentTuple> = sqlx::query_as(&sql)
        .bind(deployment_id)
        .fetch_optional(conn)
        .await?;
    row.map(to_deployment).transpose()
}

/// The deployments of a stage, oldest first.
pub async fn deployments_of_stage(
    conn: &mut AnyConnection,
    stage_id: i64,
) -> Result<Vec<DeploymentRow>> {
    let sql = format!("{DEPLOYMENT_SELECT} WHERE d.stage_id = $1 ORDER BY d.id");
    let rows: Vec<DeploymentTuple> = sqlx::query_as(&sql).bind(stage_id).fetch_all(conn).await?;
    rows.into_iter().map(to_deployment).collect()
}
