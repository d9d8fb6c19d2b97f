//! Details responses of the developer API (wire reference §5.3). `created` fields are ISO-8601
//! UTC instants truncated to milliseconds.

use crate::permissions::{ProjectPermission, StagePermission, TenantPermission};
use crate::{
    dto, AliasId, BuildRequestId, DeploymentId, ImageId, LobbyId, MatchmakerId, PermissionId,
    ProjectId, StageId, TenantId, UserId, VersionId,
};

crate::wire_enum! {
    #[allow(non_camel_case_types)]
    pub enum AliasQualifier { ROOT, POOL, USER, TENANT, PROJECT, STAGE }

    #[allow(non_camel_case_types)]
    pub enum ImageQualifier { LOBBY, MATCH, UNIVERSAL }

    #[allow(non_camel_case_types)]
    pub enum BuildRequestQualifier {
        JENKINS_LUAJIT_RUNTIME_BUILDER_V1,
        /// Built by this server through a pool host's Docker Engine API.
        DOCKER_ENGINE_BUILDER_V1
    }

    /// Where a build request stands (not upstream, which deletes finished requests).
    #[allow(non_camel_case_types)]
    pub enum BuildState { QUEUED, BUILDING, SUCCEEDED, FAILED }

    /// Where a deployment's rollout stands (not upstream; docs/runtime-pool.md "Lifecycle").
    #[allow(non_camel_case_types)]
    pub enum DeploymentState {
        /// Its lobby runtime has not made its first interchange yet: older deployments of the
        /// stage keep serving new players.
        PENDING,
        /// A lobby runtime made its first interchange: it takes new players, older ones drain.
        READY,
        /// It did not become ready within the readiness limits; `state_reason` says why. Its
        /// runtimes are stopped; older deployments keep serving.
        FAILED
    }
}

dto! {
    pub struct AliasDto {
        pub id: AliasId,
        pub created: String,
        pub qualifier: AliasQualifier,
        pub entity_id: String,
        pub value: String,
    }

    pub struct TenantDto {
        pub id: TenantId,
        pub created: String,
        pub aliases: Vec<AliasDto>,
    }

    pub struct TenantPermissionDto {
        pub id: PermissionId,
        pub tenant_id: TenantId,
        pub created: String,
        pub user_id: UserId,
        pub permission: TenantPermission,
    }

    pub struct ProjectDto {
        pub id: ProjectId,
        pub tenant_id: TenantId,
        pub created: String,
        pub aliases: Vec<AliasDto>,
    }

    pub struct TenantDetails {
        pub tenant: TenantDto,
        pub permissions: Vec<TenantPermissionDto>,
        pub projects: Vec<ProjectDto>,
    }

    pub struct ProjectPermissionDto {
        pub id: PermissionId,
        pub tenant_id: TenantId,
        pub project_id: ProjectId,
        pub created: String,
        pub user_id: UserId,
        pub permission: ProjectPermission,
    }

    pub struct StageDto {
        pub id: StageId,
        pub tenant_id: TenantId,
        pub project_id: ProjectId,
        pub created: String,
        pub aliases: Vec<AliasDto>,
    }

    pub struct VersionSummaryDto {
        pub id: VersionId,
        pub created: String,
        pub project_id: ProjectId,
    }

    pub struct TenantProjectDetails {
        pub project: ProjectDto,
        pub permissions: Vec<ProjectPermissionDto>,
        pub stages: Vec<StageDto>,
        pub versions: Vec<VersionSummaryDto>,
    }

    pub struct StagePermissionDto {
        pub id: PermissionId,
        pub tenant_id: TenantId,
        pub stage_id: StageId,
        pub created: String,
        pub user_id: UserId,
        pub permission: StagePermission,
    }

    pub struct DeploymentDto {
        pub id: DeploymentId,
        pub tenant_id: TenantId,
        pub stage_id: StageId,
        pub version_id: VersionId,
        pub created: String,
        /// Not upstream: where its rollout stands (absent from older servers).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<DeploymentState>,
        /// Not upstream: why a deployment FAILED.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state_reason: Option<String>,
    }

    pub struct TenantStageDetails {
        pub stage: StageDto,
        pub permissions: Vec<StagePermissionDto>,
        pub deployments: Vec<DeploymentDto>,
    }

    pub struct VersionDto {
        pub id: VersionId,
        pub tenant_id: TenantId,
        pub project_id: ProjectId,
        pub created: String,
    }

    pub struct BuildRequestDto {
        pub id: BuildRequestId,
        pub tenant_id: TenantId,
        pub version_id: VersionId,
        pub created: String,
        pub qualifier: BuildRequestQualifier,
        pub build_number: i32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state: Option<BuildState>,
    }

    pub struct ImageDto {
        pub id: ImageId,
        pub tenant_id: TenantId,
        pub version_id: VersionId,
        pub created: String,
        pub qualifier: ImageQualifier,
        pub image_id: String,
    }

    pub struct TenantVersionDetails {
        pub version: VersionDto,
        pub build_requests: Vec<BuildRequestDto>,
        pub images: Vec<ImageDto>,
    }

    pub struct LobbyRefDto {
        pub id: LobbyId,
        pub created: String,
        pub lobby_id: LobbyId,
    }

    pub struct MatchmakerRefDto {
        pub id: MatchmakerId,
        pub created: String,
        pub matchmaker_id: MatchmakerId,
    }

    pub struct TenantDeploymentDetails {
        pub deployment: DeploymentDto,
        pub lobby_refs: Vec<LobbyRefDto>,
        pub matchmaker_refs: Vec<MatchmakerRefDto>,
    }
}
