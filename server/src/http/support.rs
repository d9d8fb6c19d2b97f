//! Support API handlers (wire reference §5.2). Project operations are shared with developers
//! and live in `developer.rs` with the actor taken from the caller.

use axum::extract::State;
use omgservers_types::support::*;
use omgservers_types::{Empty, PermissionId, ProjectId, StageId, TenantId, UserId};

use super::error::ApiError;
use super::extract::WireJson;
use crate::error::Error;
use crate::state::AppState;
use crate::store::lists;
use crate::store::time::iso;
use crate::tenancy::hierarchy;
use crate::tenancy::permissions_admin::{change, Change, Target};

type Reply<T> = Result<WireJson<T>, ApiError>;

pub async fn create_tenant(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<CreateTenantResponse> {
    Ok(WireJson(CreateTenantResponse {
        id: TenantId(hierarchy::create_tenant(&state).await?),
    }))
}

/// A page of the tenants, ascending by id (not upstream).
pub async fn list_tenants(
    State(state): State<AppState>,
    WireJson(req): WireJson<ListRequest>,
) -> Reply<ListTenantsResponse> {
    let page = lists::Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.db.pool.acquire().await.map_err(Error::from)?;
    let rows = lists::tenants(&mut conn, page).await?;
    let (tenants, next_cursor) = page.answer(
        rows,
        |t| t.id,
        |t| TenantSummaryDto {
            id: TenantId(t.id),
            aliases: t.aliases,
            created: iso(t.created),
        },
    );
    Ok(WireJson(ListTenantsResponse {
        tenants,
        next_cursor,
    }))
}

/// A page of the developers, ascending by user id (not upstream).
pub async fn list_developers(
    State(state): State<AppState>,
    WireJson(req): WireJson<ListRequest>,
) -> Reply<ListDevelopersResponse> {
    let page = lists::Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.db.pool.acquire().await.map_err(Error::from)?;
    let rows = lists::developers(&mut conn, page).await?;
    let (developers, next_cursor) = page.answer(
        rows,
        |d| d.user_id,
        |d| DeveloperSummaryDto {
            user_id: UserId(d.user_id),
            created: iso(d.created),
            permissions: d.permissions,
        },
    );
    Ok(WireJson(ListDevelopersResponse {
        developers,
        next_cursor,
    }))
}

/// A page of the permissions granted in a tenant, at every level (not upstream).
pub async fn list_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<ListPermissionsRequest>,
) -> Reply<ListPermissionsResponse> {
    let page = lists::Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.db.pool.acquire().await.map_err(Error::from)?;
    let tenant_id = crate::store::resolve::tenant(&mut conn, &req.tenant).await?;
    let user = req.user_id.map(|u| u.get());
    let rows = lists::permissions_of_tenant(&mut conn, tenant_id, user, page).await?;
    let (permissions, next_cursor) = page.answer(
        rows,
        |p| p.id,
        |p| PermissionGrantDto {
            id: PermissionId(p.id),
            scope: p.scope,
            project_id: p.project_id.map(ProjectId),
            stage_id: p.stage_id.map(StageId),
            user_id: UserId(p.user_id),
            permission: p.permission,
            created: iso(p.created),
        },
    );
    Ok(WireJson(ListPermissionsResponse {
        permissions,
        next_cursor,
    }))
}

pub async fn create_tenant_alias(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateTenantAliasRequest>,
) -> Reply<Empty> {
    hierarchy::create_tenant_alias(&state, req.tenant_id.get(), &req.alias).await?;
    Ok(WireJson(Empty))
}

pub async fn delete_tenant(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeleteTenantRequest>,
) -> Reply<DeletedResponse> {
    Ok(WireJson(
        hierarchy::delete_tenant(&state, &req.tenant, req.dry_run).await?,
    ))
}

pub async fn create_developer(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<CreateDeveloperResponse> {
    let (user_id, password) = hierarchy::create_developer(&state).await?;
    Ok(WireJson(CreateDeveloperResponse {
        user_id: UserId(user_id),
        password,
    }))
}

pub async fn delete_developer(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeleteDeveloperRequest>,
) -> Reply<DeletedResponse> {
    Ok(WireJson(DeletedResponse::of(
        hierarchy::delete_developer(&state, req.user_id.get()).await?,
    )))
}

pub async fn create_tenant_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateTenantPermissionsRequest>,
) -> Reply<CreateTenantPermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: None,
        stage: None,
    };
    let created_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_create,
        Change::Grant,
    )
    .await?;
    Ok(WireJson(CreateTenantPermissionsResponse {
        created_permissions,
    }))
}

pub async fn delete_tenant_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeleteTenantPermissionsRequest>,
) -> Reply<DeleteTenantPermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: None,
        stage: None,
    };
    let deleted_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_delete,
        Change::Revoke,
    )
    .await?;
    Ok(WireJson(DeleteTenantPermissionsResponse {
        deleted_permissions,
    }))
}

pub async fn create_project_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateProjectPermissionsRequest>,
) -> Reply<CreateProjectPermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: Some(&req.project),
        stage: None,
    };
    let created_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_create,
        Change::Grant,
    )
    .await?;
    Ok(WireJson(CreateProjectPermissionsResponse {
        created_permissions,
    }))
}

pub async fn delete_project_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeleteProjectPermissionsRequest>,
) -> Reply<DeleteProjectPermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: Some(&req.project),
        stage: None,
    };
    let deleted_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_delete,
        Change::Revoke,
    )
    .await?;
    Ok(WireJson(DeleteProjectPermissionsResponse {
        deleted_permissions,
    }))
}

pub async fn create_stage_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateStagePermissionsRequest>,
) -> Reply<CreateStagePermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: Some(&req.project),
        stage: Some(&req.stage),
    };
    let created_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_create,
        Change::Grant,
    )
    .await?;
    Ok(WireJson(CreateStagePermissionsResponse {
        created_permissions,
    }))
}

pub async fn delete_stage_permissions(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeleteStagePermissionsRequest>,
) -> Reply<DeleteStagePermissionsResponse> {
    let target = Target {
        tenant: &req.tenant,
        project: Some(&req.project),
        stage: Some(&req.stage),
    };
    let deleted_permissions = change(
        &state,
        target,
        req.user_id.get(),
        &req.permissions_to_delete,
        Change::Revoke,
    )
    .await?;
    Ok(WireJson(DeleteStagePermissionsResponse {
        deleted_permissions,
    }))
}
