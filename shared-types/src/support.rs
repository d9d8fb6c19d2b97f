//! Support API (wire reference §5.2).

use crate::permissions::{ProjectPermission, StagePermission, TenantPermission};
use crate::{dto, IdOrAlias, PermissionId, ProjectId, StageId, TenantId, UserId};

dto! {
    /// One page of a list (not upstream): ascending by id, starting after `cursor`.
    pub struct ListRequest {
        /// `next_cursor` of the previous page; absent for the first page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        /// Most items in the page: 1..=1000, default 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct TenantSummaryDto {
        pub id: TenantId,
        pub aliases: Vec<String>,
        /// ISO-8601 UTC instant.
        pub created: String,
    }

    pub struct ListTenantsResponse {
        pub tenants: Vec<TenantSummaryDto>,
        /// Pass as `cursor` for the next page; absent on the last page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    pub struct DeveloperSummaryDto {
        pub user_id: UserId,
        /// ISO-8601 UTC instant.
        pub created: String,
        /// Permissions granted to the developer, at any level.
        pub permissions: i64,
    }

    pub struct ListDevelopersResponse {
        pub developers: Vec<DeveloperSummaryDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    /// A page of the permissions granted in a tenant (not upstream): at the tenant, its
    /// projects and its stages, ascending by permission id; of one developer if `user_id` is
    /// given. An unknown tenant is a 404, as everywhere a tenant is named (an alias:
    /// `OBJECT_NOT_FOUND`).
    pub struct ListPermissionsRequest {
        pub tenant: IdOrAlias,
        /// Only this developer's permissions.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<UserId>,
        /// `next_cursor` of the previous page; absent for the first page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        /// Most permissions in the page: 1..=1000, default 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    /// One permission held by a developer.
    pub struct PermissionGrantDto {
        pub id: PermissionId,
        /// Where it applies: `TENANT`, `PROJECT` or `STAGE`.
        pub scope: String,
        /// The project (scope `PROJECT`) or the stage's project (scope `STAGE`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub project_id: Option<ProjectId>,
        /// The stage (scope `STAGE`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stage_id: Option<StageId>,
        pub user_id: UserId,
        /// A `TenantPermission`, `ProjectPermission` or `StagePermission` name, by scope.
        pub permission: String,
        /// ISO-8601 UTC instant.
        pub created: String,
    }

    pub struct ListPermissionsResponse {
        pub permissions: Vec<PermissionGrantDto>,
        /// Pass as `cursor` for the next page; absent on the last page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    pub struct CreateTenantResponse {
        pub id: TenantId,
    }

    pub struct CreateTenantAliasRequest {
        pub tenant_id: TenantId,
        pub alias: String,
    }

    pub struct DeleteTenantRequest {
        pub tenant: IdOrAlias,
        /// Not upstream: delete nothing, answer what would be deleted (`would_delete`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub dry_run: bool,
    }

    /// The answer of every delete: whether something was there to delete. A `dry_run` deletes
    /// nothing (`deleted` false) and answers `would_delete` when the object exists.
    pub struct DeletedResponse {
        pub deleted: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub would_delete: Option<CascadeDto>,
    }

    /// What deleting an object removes (not upstream): how many objects of each kind, the object
    /// itself included. Runtimes are stopped (their containers removed) and clients disconnected.
    pub struct CascadeDto {
        pub projects: i64,
        pub stages: i64,
        pub versions: i64,
        pub deployments: i64,
        pub lobbies: i64,
        pub matchmakers: i64,
        pub runtimes: i64,
        pub clients: i64,
    }

    pub struct CreateProjectRequest {
        pub tenant: IdOrAlias,
    }

    pub struct CreateProjectResponse {
        pub project_id: ProjectId,
        pub stage_id: StageId,
    }

    pub struct CreateProjectAliasRequest {
        pub tenant: IdOrAlias,
        pub project_id: ProjectId,
        pub alias: String,
    }

    pub struct DeleteProjectRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        /// Not upstream: delete nothing, answer what would be deleted.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub dry_run: bool,
    }

    pub struct CreateDeveloperResponse {
        pub user_id: UserId,
        pub password: String,
    }

    pub struct DeleteDeveloperRequest {
        pub user_id: UserId,
    }

    pub struct CreateTenantPermissionsRequest {
        pub tenant: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_create: Vec<TenantPermission>,
    }

    pub struct CreateTenantPermissionsResponse {
        pub created_permissions: Vec<TenantPermission>,
    }

    pub struct DeleteTenantPermissionsRequest {
        pub tenant: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_delete: Vec<TenantPermission>,
    }

    pub struct DeleteTenantPermissionsResponse {
        pub deleted_permissions: Vec<TenantPermission>,
    }

    pub struct CreateProjectPermissionsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_create: Vec<ProjectPermission>,
    }

    pub struct CreateProjectPermissionsResponse {
        pub created_permissions: Vec<ProjectPermission>,
    }

    pub struct DeleteProjectPermissionsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_delete: Vec<ProjectPermission>,
    }

    pub struct DeleteProjectPermissionsResponse {
        pub deleted_permissions: Vec<ProjectPermission>,
    }

    pub struct CreateStagePermissionsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_create: Vec<StagePermission>,
    }

    pub struct CreateStagePermissionsResponse {
        pub created_permissions: Vec<StagePermission>,
    }

    pub struct DeleteStagePermissionsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        pub user_id: UserId,
        pub permissions_to_delete: Vec<StagePermission>,
    }

    pub struct DeleteStagePermissionsResponse {
        pub deleted_permissions: Vec<StagePermission>,
    }
}

impl DeletedResponse {
    /// The answer of a delete that ran: `deleted` says whether the object was there.
    pub fn of(deleted: bool) -> DeletedResponse {
        DeletedResponse {
            deleted,
            would_delete: None,
        }
    }
}
