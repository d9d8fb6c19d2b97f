//! The lists of a tenant's objects (`developer/list-projects`, `list-stages`, `list-versions`,
//! `list-deployments`, `list-runtimes`; not upstream), each a page after a cursor
//! (`store::lists`), each read in one snapshot and checked against the permission the matching
//! details view needs (the runtimes: STAGE_VIEWER, as the stage status; the projects: see
//! [`visible_projects`]).

use omgservers_types::developer::{
    DeploymentSummaryDto, ListDeploymentsRequest, ListDeploymentsResponse, ListProjectsRequest,
    ListProjectsResponse, ListRuntimesRequest, ListRuntimesResponse, ListStagesRequest,
    ListStagesResponse, ListVersionsRequest, ListVersionsResponse, ProjectSummaryDto,
    RuntimeSummaryDto, StageSummaryDto, VersionListItemDto,
};
use omgservers_types::permissions::{ProjectPermission, TenantPermission};
use omgservers_types::{
    DeploymentId, IdOrAlias, LobbyId, MatchId, ProjectId, RuntimeId, StageId, VersionId,
};

use super::{resolve, Actor};
use crate::auth::permissions::{self, Scope};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::deployments;
use crate::store::lists::{self, Page, ProjectsVisible, RuntimeFilter};
use crate::store::time::iso;

pub async fn projects(
    state: &AppState,
    actor: Actor,
    req: &ListProjectsRequest,
) -> Result<ListProjectsResponse> {
    let page = Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.begin_read().await?;
    let tenant_id = resolve::tenant(&mut conn, &req.tenant).await?;
    let visible = visible_projects(&mut conn, actor, tenant_id).await?;
    let rows = lists::projects(&mut conn, tenant_id, visible, page).await?;
    let (projects, next_cursor) = page.answer(
        rows,
        |p| p.id,
        |p| ProjectSummaryDto {
            id: ProjectId(p.id),
            aliases: p.aliases,
            created: iso(p.created),
            stages: p.stages,
            versions: p.versions,
        },
    );
    Ok(ListProjectsResponse {
        projects,
        next_cursor,
    })
}

/// A TENANT_VIEWER (and support) sees every project of the tenant; another developer the
/// projects it holds PROJECT_VIEWER on, as `gh repo list` shows the repositories one can see.
/// One with neither is refused, naming TENANT_VIEWER.
async fn visible_projects(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    tenant_id: i64,
) -> Result<ProjectsVisible> {
    let Actor::Developer(user_id) = actor else {
        return Ok(ProjectsVisible::All);
    };
    let viewer = TenantPermission::TENANT_VIEWER.as_str();
    if permissions::has(conn, Scope::Tenant, tenant_id, user_id, viewer).await? {
        return Ok(ProjectsVisible::All);
    }
    if permissions::viewed_projects(conn, tenant_id, user_id).await? == 0 {
        actor
            .require_tenant(conn, tenant_id, TenantPermission::TENANT_VIEWER)
            .await?;
    }
    Ok(ProjectsVisible::ViewedBy(user_id))
}

/// Resolves a stage named within a tenant and project and checks the caller may see what runs
/// in it (STAGE_VIEWER or DEPLOYMENT_MANAGER): the stage status, its clients and runtimes.
pub async fn viewed_stage(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<i64> {
    let tenant_id = resolve::tenant(conn, tenant).await?;
    let project_id = resolve::project(conn, tenant_id, project).await?;
    let stage_id = resolve::stage(conn, tenant_id, project_id, stage).await?;
    actor.require_stage_viewer(conn, stage_id).await?;
    Ok(stage_id)
}

/// Resolves a project named within a tenant and checks PROJECT_VIEWER on it.
async fn viewed_project(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
) -> Result<(i64, i64)> {
    let tenant_id = resolve::tenant(conn, tenant).await?;
    let project_id = resolve::project(conn, tenant_id, project).await?;
    actor
        .require_project(conn, project_id, ProjectPermission::PROJECT_VIEWER)
        .await?;
    Ok((tenant_id, project_id))
}

pub async fn stages(
    state: &AppState,
    actor: Actor,
    req: &ListStagesRequest,
) -> Result<ListStagesResponse> {
    let page = Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.begin_read().await?;
    let (_, project_id) = viewed_project(&mut conn, actor, &req.tenant, &req.project).await?;
    let rows = lists::stages(&mut conn, project_id, page).await?;
    let (stages, next_cursor) = page.answer(
        rows,
        |s| s.id,
        |s| StageSummaryDto {
            id: StageId(s.id),
            aliases: s.aliases,
            created: iso(s.created),
            deployments: s.deployments,
            newest_deployment_id: s.newest_deployment_id.map(DeploymentId),
        },
    );
    Ok(ListStagesResponse {
        stages,
        next_cursor,
    })
}

pub async fn versions(
    state: &AppState,
    actor: Actor,
    req: &ListVersionsRequest,
) -> Result<ListVersionsResponse> {
    let page = Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.begin_read().await?;
    let (_, project_id) = viewed_project(&mut conn, actor, &req.tenant, &req.project).await?;
    let rows = lists::versions(&mut conn, project_id, page).await?;
    let (versions, next_cursor) = page.try_answer(
        rows,
        |v| v.id,
        |v| {
            Ok(VersionListItemDto {
                id: VersionId(v.id),
                created: iso(v.created),
                build_state: v
                    .build_state
                    .map(|s| s.parse().map_err(Error::Internal))
                    .transpose()?,
                images: v.images,
                deployments: v.deployments,
            })
        },
    )?;
    Ok(ListVersionsResponse {
        versions,
        next_cursor,
    })
}

pub async fn deployments(
    state: &AppState,
    actor: Actor,
    req: &ListDeploymentsRequest,
) -> Result<ListDeploymentsResponse> {
    let page = Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.begin_read().await?;
    let (tenant_id, project_id) =
        viewed_project(&mut conn, actor, &req.tenant, &req.project).await?;
    let stage_id = resolve::stage(&mut conn, tenant_id, project_id, &req.stage).await?;
    let rows = lists::deployments(&mut conn, &state.databases, stage_id, page).await?;
    let (deployments, next_cursor) = page.try_answer(
        rows,
        |d| d.id,
        |d| {
            Ok(DeploymentSummaryDto {
                id: DeploymentId(d.id),
                version_id: VersionId(d.version_id),
                state: d.state.parse().map_err(Error::Internal)?,
                state_reason: d.state_reason,
                created: iso(d.created),
                runtimes: d.runtimes,
                clients: d.clients,
            })
        },
    )?;
    Ok(ListDeploymentsResponse {
        deployments,
        next_cursor,
    })
}

pub async fn runtimes(
    state: &AppState,
    actor: Actor,
    req: &ListRuntimesRequest,
) -> Result<ListRuntimesResponse> {
    let page = Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.begin_read().await?;
    let stage_id = viewed_stage(&mut conn, actor, &req.tenant, &req.project, &req.stage).await?;
    let filter = RuntimeFilter {
        deployment_id: req.deployment_id.map(|d| d.get()),
        qualifier: req.qualifier.map(|q| q.as_str()),
    };
    let deployments = deployments::ids_of_stage(&mut conn, stage_id).await?;
    drop(conn);
    // A deployment is named as the other endpoints name one: of this stage, or 404 (an empty
    // page would read as a deployment without runtimes).
    if let Some(deployment_id) = filter.deployment_id {
        if !deployments.contains(&deployment_id) {
            return Err(Error::not_found(format!(
                "deployment {deployment_id} is not a deployment of stage {stage_id}"
            )));
        }
    }
    let mut rows = Vec::new();
    for database in state.databases.holding(&deployments) {
        let mut conn = database.acquire().await?;
        rows.extend(lists::runtimes_of_stage(&mut conn, &deployments, filter, page).await?);
    }
    let rows = page.merge(rows, |r| r.id);
    let (runtimes, next_cursor) = page.try_answer(
        rows,
        |r| r.id,
        |r| {
            Ok(RuntimeSummaryDto {
                id: RuntimeId(r.id),
                deployment_id: DeploymentId(r.deployment_id),
                qualifier: r.qualifier.parse().map_err(Error::Internal)?,
                status: r.status,
                status_reason: r.status_reason,
                lobby_id: r.lobby_id.map(LobbyId),
                match_id: r.match_id.map(MatchId),
                mode: r.mode,
                clients: r.clients,
                starts: r.starts,
                failures: r.failures,
                created: iso(r.created),
                status_changed: iso(r.status_changed),
            })
        },
    )?;
    Ok(ListRuntimesResponse {
        runtimes,
        next_cursor,
    })
}
