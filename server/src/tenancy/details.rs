//! Details views of the developer API (wire reference §5.3).

use omgservers_types::details::*;
use omgservers_types::permissions::{ProjectPermission, StagePermission, TenantPermission};
use omgservers_types::*;
use sqlx::AnyConnection;

use super::{resolve, Actor};
use crate::auth::permissions::{self, PermissionRow, Scope};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::iso;

async fn aliases(
    conn: &mut AnyConnection,
    table: &str,
    column: &str,
    entity_id: i64,
    qualifier: AliasQualifier,
) -> Result<Vec<AliasDto>> {
    let sql = format!("SELECT id, value, created FROM {table} WHERE {column} = $1 ORDER BY id");
    let rows: Vec<(i64, String, i64)> =
        sqlx::query_as(&sql).bind(entity_id).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|(id, value, created)| AliasDto {
            id: AliasId(id),
            created: iso(created),
            qualifier,
            entity_id: entity_id.to_string(),
            value,
        })
        .collect())
}

/// Stored permission names are written by us; a name we cannot read back is corruption.
fn parse_permission<P: std::str::FromStr<Err = String>>(row: &PermissionRow) -> Result<P> {
    row.permission
        .parse()
        .map_err(|e: String| Error::Internal(format!("permission {} is corrupt: {e}", row.id)))
}

async fn ids_with_created(
    conn: &mut AnyConnection,
    sql: &str,
    key: i64,
) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(sql).bind(key).fetch_all(conn).await?)
}

pub async fn tenant_details(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
) -> Result<TenantDetails> {
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    actor
        .require_tenant(&mut conn, tenant_id, TenantPermission::TENANT_VIEWER)
        .await?;
    let (created,): (i64,) = sqlx::query_as("SELECT created FROM tenants WHERE id = $1")
        .bind(tenant_id)
        .fetch_one(&mut *conn)
        .await?;
    let tenant = TenantDto {
        id: TenantId(tenant_id),
        created: iso(created),
        aliases: aliases(
            &mut conn,
            "tenant_aliases",
            "tenant_id",
            tenant_id,
            AliasQualifier::TENANT,
        )
        .await?,
    };
    let mut permissions_out = Vec::new();
    for row in permissions::list(&mut conn, Scope::Tenant, tenant_id).await? {
        permissions_out.push(TenantPermissionDto {
            id: PermissionId(row.id),
            tenant_id: TenantId(row.tenant_id),
            created: iso(row.created),
            user_id: UserId(row.user_id),
            permission: parse_permission(&row)?,
        });
    }
    let mut projects = Vec::new();
    for (id, created) in ids_with_created(
        &mut conn,
        "SELECT id, created FROM projects WHERE tenant_id = $1 ORDER BY id",
        tenant_id,
    )
    .await?
    {
        projects.push(ProjectDto {
            id: ProjectId(id),
            tenant_id: TenantId(tenant_id),
            created: iso(created),
            aliases: aliases(
                &mut conn,
                "project_aliases",
                "project_id",
                id,
                AliasQualifier::PROJECT,
            )
            .await?,
        });
    }
    Ok(TenantDetails {
        tenant,
        permissions: permissions_out,
        projects,
    })
}

async fn stage_dto(
    conn: &mut AnyConnection,
    tenant_id: i64,
    project_id: i64,
    id: i64,
    created: i64,
) -> Result<StageDto> {
    Ok(StageDto {
        id: StageId(id),
        tenant_id: TenantId(tenant_id),
        project_id: ProjectId(project_id),
        created: iso(created),
        aliases: aliases(conn, "stage_aliases", "stage_id", id, AliasQualifier::STAGE).await?,
    })
}

pub async fn project_details(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
) -> Result<TenantProjectDetails> {
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let project_id = resolve::project(&mut conn, tenant_id, project).await?;
    actor
        .require_project(&mut conn, project_id, ProjectPermission::PROJECT_VIEWER)
        .await?;
    let (created,): (i64,) = sqlx::query_as("SELECT created FROM projects WHERE id = $1")
        .bind(project_id)
        .fetch_one(&mut *conn)
        .await?;
    let project = ProjectDto {
        id: ProjectId(project_id),
        tenant_id: TenantId(tenant_id),
        created: iso(created),
        aliases: aliases(
            &mut conn,
            "project_aliases",
            "project_id",
            project_id,
            AliasQualifier::PROJECT,
        )
        .await?,
    };
    let mut permissions_out = Vec::new();
    for row in permissions::list(&mut conn, Scope::Project, project_id).await? {
        permissions_out.push(ProjectPermissionDto {
            id: PermissionId(row.id),
            tenant_id: TenantId(row.tenant_id),
            project_id: ProjectId(row.scope_id),
            created: iso(row.created),
            user_id: UserId(row.user_id),
            permission: parse_permission(&row)?,
        });
    }
    let mut stages = Vec::new();
    for (id, created) in ids_with_created(
        &mut conn,
        "SELECT id, created FROM stages WHERE project_id = $1 ORDER BY id",
        project_id,
    )
    .await?
    {
        stages.push(stage_dto(&mut conn, tenant_id, project_id, id, created).await?);
    }
    let versions = ids_with_created(
        &mut conn,
        "SELECT id, created FROM versions WHERE project_id = $1 ORDER BY id",
        project_id,
    )
    .await?
    .into_iter()
    .map(|(id, created)| VersionSummaryDto {
        id: VersionId(id),
        created: iso(created),
        project_id: ProjectId(project_id),
    })
    .collect();
    Ok(TenantProjectDetails {
        project,
        permissions: permissions_out,
        stages,
        versions,
    })
}

fn deployment_dto(d: &resolve::DeploymentRow) -> DeploymentDto {
    DeploymentDto {
        id: DeploymentId(d.id),
        tenant_id: TenantId(d.tenant_id),
        stage_id: StageId(d.stage_id),
        version_id: VersionId(d.version_id),
        created: iso(d.created),
    }
}

pub async fn stage_details(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<TenantStageDetails> {
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let project_id = resolve::project(&mut conn, tenant_id, project).await?;
    let stage_id = resolve::stage(&mut conn, tenant_id, project_id, stage).await?;
    actor
        .require_project(&mut conn, project_id, ProjectPermission::PROJECT_VIEWER)
        .await?;
    let (created,): (i64,) = sqlx::query_as("SELECT created FROM stages WHERE id = $1")
        .bind(stage_id)
        .fetch_one(&mut *conn)
        .await?;
    let stage = stage_dto(&mut conn, tenant_id, project_id, stage_id, created).await?;
    let mut permissions_out = Vec::new();
    for row in permissions::list(&mut conn, Scope::Stage, stage_id).await? {
        permissions_out.push(StagePermissionDto {
            id: PermissionId(row.id),
            tenant_id: TenantId(row.tenant_id),
            stage_id: StageId(row.scope_id),
            created: iso(row.created),
            user_id: UserId(row.user_id),
            permission: parse_permission::<StagePermission>(&row)?,
        });
    }
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT id, version_id, created FROM deployments WHERE stage_id = $1 ORDER BY id",
    )
    .bind(stage_id)
    .fetch_all(&mut *conn)
    .await?;
    let deployments = rows
        .into_iter()
        .map(|(id, version_id, created)| {
            deployment_dto(&resolve::DeploymentRow {
                id,
                tenant_id,
                stage_id,
                version_id,
                project_id,
                created,
            })
        })
        .collect();
    Ok(TenantStageDetails {
        stage,
        permissions: permissions_out,
        deployments,
    })
}

pub async fn version_details(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    version_id: i64,
) -> Result<TenantVersionDetails> {
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let version = resolve::version(&mut conn, tenant_id, version_id).await?;
    actor
        .require_project(
            &mut conn,
            version.project_id,
            ProjectPermission::PROJECT_VIEWER,
        )
        .await?;
    let builds: Vec<(i64, String, i32, i64, String)> = sqlx::query_as(
        "SELECT id, qualifier, build_number, created, state FROM build_requests WHERE version_id = $1 ORDER BY id",
    )
    .bind(version_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut build_requests = Vec::new();
    for (id, qualifier, build_number, created, build_state) in builds {
        build_requests.push(BuildRequestDto {
            id: BuildRequestId(id),
            tenant_id: TenantId(tenant_id),
            version_id: VersionId(version_id),
            created: iso(created),
            qualifier: qualifier.parse().map_err(Error::Internal)?,
            build_number,
            state: Some(build_state.parse().map_err(Error::Internal)?),
        });
    }
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT id, qualifier, image_id, created FROM images WHERE version_id = $1 ORDER BY id",
    )
    .bind(version_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut images = Vec::new();
    for (id, qualifier, image_id, created) in rows {
        images.push(ImageDto {
            id: ImageId(id),
            tenant_id: TenantId(tenant_id),
            version_id: VersionId(version_id),
            created: iso(created),
            qualifier: qualifier.parse().map_err(Error::Internal)?,
            image_id,
        });
    }
    Ok(TenantVersionDetails {
        version: VersionDto {
            id: VersionId(version.id),
            tenant_id: TenantId(version.tenant_id),
            project_id: ProjectId(version.project_id),
            created: iso(version.created),
        },
        build_requests,
        images,
    })
}

pub async fn deployment_details(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
) -> Result<TenantDeploymentDetails> {
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let deployment = resolve::deployment(&mut conn, tenant_id, deployment_id).await?;
    actor
        .require_project(
            &mut conn,
            deployment.project_id,
            ProjectPermission::PROJECT_VIEWER,
        )
        .await?;
    let lobby_refs = ids_with_created(
        &mut conn,
        "SELECT id, created FROM lobbies WHERE deployment_id = $1 ORDER BY id",
        deployment_id,
    )
    .await?
    .into_iter()
    .map(|(id, created)| LobbyRefDto {
        id: LobbyId(id),
        created: iso(created),
        lobby_id: LobbyId(id),
    })
    .collect();
    let matchmaker_refs = ids_with_created(
        &mut conn,
        "SELECT id, created FROM matchmakers WHERE deployment_id = $1 ORDER BY id",
        deployment_id,
    )
    .await?
    .into_iter()
    .map(|(id, created)| MatchmakerRefDto {
        id: MatchmakerId(id),
        created: iso(created),
        matchmaker_id: MatchmakerId(id),
    })
    .collect();
    Ok(TenantDeploymentDetails {
        deployment: deployment_dto(&deployment),
        lobby_refs,
        matchmaker_refs,
    })
}
