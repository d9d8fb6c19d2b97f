//! Details views of the developer API (wire reference §5.3).

use omgservers_types::details::*;
use omgservers_types::permissions::{ProjectPermission, StagePermission, TenantPermission};
use omgservers_types::*;
use sqlx::AnyConnection;

use super::{resolve, Actor};
use crate::auth::permissions::{self, PermissionRow, Scope};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::hierarchy::{self, Aliased, Child, Created};
use crate::store::time::iso;
use crate::store::{builds, versions};

async fn aliases(
    conn: &mut AnyConnection,
    kind: Aliased,
    entity_id: i64,
    qualifier: AliasQualifier,
) -> Result<Vec<AliasDto>> {
    Ok(hierarchy::aliases(conn, kind, entity_id)
        .await?
        .into_iter()
        .map(|row| AliasDto {
            id: AliasId(row.id),
            created: iso(row.created),
            qualifier,
            entity_id: entity_id.to_string(),
            value: row.value,
        })
        .collect())
}

/// When a row resolved in this same read transaction was created.
async fn created(conn: &mut AnyConnection, kind: Aliased, id: i64) -> Result<i64> {
    hierarchy::created(conn, kind, id)
        .await?
        .ok_or_else(|| Error::Internal(format!("{kind:?} {id} vanished inside one snapshot")))
}

/// Stored permission names are written by us; a name we cannot read back is corruption.
fn parse_permission<P: std::str::FromStr<Err = String>>(row: &PermissionRow) -> Result<P> {
    row.permission
        .parse()
        .map_err(|e: String| Error::Internal(format!("permission {} is corrupt: {e}", row.id)))
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
    let created = created(&mut conn, Aliased::Tenant, tenant_id).await?;
    let tenant = TenantDto {
        id: TenantId(tenant_id),
        created: iso(created),
        aliases: aliases(
            &mut conn,
            Aliased::Tenant,
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
    for Created { id, created } in
        hierarchy::children(&mut conn, Child::ProjectsOfTenant, tenant_id).await?
    {
        projects.push(ProjectDto {
            id: ProjectId(id),
            tenant_id: TenantId(tenant_id),
            created: iso(created),
            aliases: aliases(&mut conn, Aliased::Project, id, AliasQualifier::PROJECT).await?,
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
        aliases: aliases(conn, Aliased::Stage, id, AliasQualifier::STAGE).await?,
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
    let created = created(&mut conn, Aliased::Project, project_id).await?;
    let project = ProjectDto {
        id: ProjectId(project_id),
        tenant_id: TenantId(tenant_id),
        created: iso(created),
        aliases: aliases(
            &mut conn,
            Aliased::Project,
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
    for Created { id, created } in
        hierarchy::children(&mut conn, Child::StagesOfProject, project_id).await?
    {
        stages.push(stage_dto(&mut conn, tenant_id, project_id, id, created).await?);
    }
    let versions = hierarchy::children(&mut conn, Child::VersionsOfProject, project_id)
        .await?
        .into_iter()
        .map(|Created { id, created }| VersionSummaryDto {
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
        state: Some(d.state),
        state_reason: d.state_reason.clone(),
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
    let created = created(&mut conn, Aliased::Stage, stage_id).await?;
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
    let deployments = resolve::deployments_of_stage(&mut conn, stage_id)
        .await?
        .iter()
        .map(deployment_dto)
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
    let builds = builds::of_version(&mut conn, version_id).await?;
    let mut build_requests = Vec::new();
    for build in builds {
        build_requests.push(BuildRequestDto {
            id: BuildRequestId(build.id),
            tenant_id: TenantId(tenant_id),
            version_id: VersionId(version_id),
            created: iso(build.created),
            qualifier: build.qualifier.parse().map_err(Error::Internal)?,
            build_number: build.build_number,
            state: Some(build.state.parse().map_err(Error::Internal)?),
        });
    }
    let mut images = Vec::new();
    for image in versions::images(&mut conn, version_id).await? {
        images.push(ImageDto {
            id: ImageId(image.id),
            tenant_id: TenantId(tenant_id),
            version_id: VersionId(version_id),
            created: iso(image.created),
            qualifier: image.qualifier.parse().map_err(Error::Internal)?,
            image_id: image.image_id,
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
    // Its lobbies and matchmakers are game state, in the deployment's database.
    let mut game = state.game(deployment_id).begin_read().await?;
    let lobby_refs = hierarchy::children(&mut game, Child::LobbiesOfDeployment, deployment_id)
        .await?
        .into_iter()
        .map(|Created { id, created }| LobbyRefDto {
            id: LobbyId(id),
            created: iso(created),
            lobby_id: LobbyId(id),
        })
        .collect();
    let matchmaker_refs =
        hierarchy::children(&mut game, Child::MatchmakersOfDeployment, deployment_id)
            .await?
            .into_iter()
            .map(|Created { id, created }| MatchmakerRefDto {
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
