//! Developer API (wire reference §5.3). Create-project, create-project-alias and their
//! responses are shared with the support API (`crate::support`).

use crate::details::{
    BuildState, DeploymentState, TenantDeploymentDetails, TenantDetails, TenantProjectDetails,
    TenantStageDetails, TenantVersionDetails,
};
use crate::messages::RuntimeQualifier;
use crate::{
    dto, BuildRequestId, ClientId, DeploymentId, FilesArchiveId, IdOrAlias, LobbyId, MatchId,
    MatchmakerId, ProjectId, RuntimeId, StageId, UserId, VersionId,
};

crate::wire_enum! {
    /// A runtime's lifecycle state (not upstream; docs/runtime-pool.md "Lifecycle").
    #[allow(non_camel_case_types)]
    pub enum RuntimeStatus {
        /// Not started yet: waiting for its first start, or for a pool host with room
        /// (the detail says which resource is short where).
        PENDING,
        /// Its image is being pulled.
        PULLING,
        /// Its image could not be pulled (the detail has the registry's error); retried with
        /// backoff.
        IMAGE_PULL_FAILED,
        /// Its process or container started and has not made an interchange yet.
        STARTING,
        /// It made an interchange since its last start.
        RUNNING,
        /// Its process or container exited (exit code and time in the detail).
        EXITED,
        /// It failed shortly after starting and waits before the next attempt (the detail says
        /// how many failures and when).
        CRASH_LOOP_BACKOFF,
        /// Not started again: its deployment FAILED.
        STOPPED
    }

    /// What a deployment event tells (not upstream).
    #[allow(non_camel_case_types)]
    pub enum EventKind {
        /// A runtime's process or container was started (or restarted).
        STARTED,
        /// A runtime's running container was taken over as it runs, not started again: a
        /// cluster node adopted it from the node that ran the runtime before (docs/sharding.md).
        ADOPTED,
        /// A runtime's container of an earlier start (its token epoch below the runtime's: its
        /// tokens are void) was found running and removed, not adopted (docs/game-loop.md).
        STALE_CONTAINER_REMOVED,
        /// A runtime made its first interchange since it started.
        RUNTIME_READY,
        /// A runtime's process or container exited, or its start failed.
        RUNTIME_FAILED,
        /// A runtime waits before its next start.
        BACKOFF,
        /// A runtime cannot start yet (no room, or the starts-per-minute bound).
        WAITING,
        /// The deployment became READY.
        DEPLOYMENT_READY,
        /// The deployment FAILED.
        DEPLOYMENT_FAILED
    }
}

dto! {
    pub struct GetTenantDetailsRequest {
        pub tenant: IdOrAlias,
    }

    pub struct GetTenantDetailsResponse {
        pub details: TenantDetails,
    }

    pub struct GetProjectDetailsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
    }

    pub struct GetProjectDetailsResponse {
        pub details: TenantProjectDetails,
    }

    pub struct CreateStageRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
    }

    pub struct CreateStageResponse {
        pub stage_id: StageId,
    }

    pub struct CreateStageAliasRequest {
        pub tenant: IdOrAlias,
        pub stage_id: StageId,
        pub alias: String,
    }

    pub struct GetStageDetailsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
    }

    pub struct GetStageDetailsResponse {
        pub details: TenantStageDetails,
    }

    pub struct DeleteStageRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        /// Not upstream: delete nothing, answer what would be deleted.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub dry_run: bool,
    }

    /// `config` is a `VersionConfig` (see `crate::version_config`); it travels as raw JSON so the
    /// server can name the exact field that is wrong.
    pub struct CreateVersionRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub config: serde_json::Value,
    }

    pub struct CreateVersionResponse {
        pub version_id: VersionId,
    }

    /// The `multipart/form-data` body of `upload-files-archive` (upstream names).
    pub struct UploadFilesArchiveForm {
        pub tenant: String,
        #[serde(rename = "tenantVersionId")]
        pub tenant_version_id: String,
        /// The archive: zip (upstream) or tar.gz (omgctl); `main.lua` at its root.
        #[serde(rename = "version.zip")]
        #[cfg_attr(feature = "utoipa", schema(value_type = String, format = Binary))]
        pub version_zip: String,
    }

    pub struct UploadFilesArchiveResponse {
        pub files_archive_id: FilesArchiveId,
        /// The build started from the archive (not upstream); follow it with `get-build-log`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub build_request_id: Option<BuildRequestId>,
    }

    pub struct GetVersionDetailsRequest {
        pub tenant: IdOrAlias,
        pub version_id: VersionId,
    }

    pub struct GetVersionDetailsResponse {
        pub details: TenantVersionDetails,
    }

    /// Upstream's DTO field is `id`; upstream's ctl sends `version_id`. Both are accepted.
    pub struct DeleteVersionRequest {
        pub tenant: IdOrAlias,
        #[serde(alias = "version_id")]
        pub id: VersionId,
    }

    pub struct DeployVersionRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        pub version_id: VersionId,
    }

    pub struct DeployVersionResponse {
        pub deployment_id: DeploymentId,
    }

    pub struct GetDeploymentDetailsRequest {
        pub tenant: IdOrAlias,
        pub deployment_id: DeploymentId,
    }

    pub struct GetDeploymentDetailsResponse {
        pub details: TenantDeploymentDetails,
    }

    pub struct DeleteDeploymentRequest {
        pub tenant: IdOrAlias,
        #[serde(alias = "deployment_id")]
        pub id: DeploymentId,
        /// Not upstream: delete nothing, answer what would be deleted.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        pub dry_run: bool,
    }

    pub struct CreateLobbyRequestRequest {
        pub tenant: IdOrAlias,
        pub deployment_id: DeploymentId,
    }

    pub struct DeleteLobbyRequest {
        pub lobby_id: LobbyId,
    }

    pub struct CreateMatchmakerRequestRequest {
        pub tenant: IdOrAlias,
        pub deployment_id: DeploymentId,
    }

    pub struct DeleteMatchmakerRequest {
        pub matchmaker_id: MatchmakerId,
    }

    /// The runtimes of a deployment and their containers (not upstream).
    pub struct GetDeploymentRuntimesRequest {
        pub tenant: IdOrAlias,
        pub deployment_id: DeploymentId,
    }

    pub struct RuntimeStateDto {
        pub id: RuntimeId,
        /// `LOBBY` or `MATCH`.
        pub qualifier: String,
        /// Empty for a runtime that is gone (its container is kept for its logs).
        pub created: String,
        /// Whether the runtime has made an interchange since its last start.
        pub ready: bool,
        /// The runtime's `RuntimeStatus` name (docs/runtime-pool.md "Lifecycle"); `EXITED` for
        /// a runtime that is gone but whose container is kept for its logs.
        pub container_state: String,
        /// Why it is in that state: what is short, the registry's error, the exit code, when
        /// the next attempt is.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub detail: Option<String>,
        /// How many times its process or container was started (0 before the first start).
        #[serde(default)]
        pub starts: i64,
        /// Failed starts since it last ran healthy: the exponent of its restart backoff.
        #[serde(default)]
        pub failures: i64,
        /// ISO-8601 UTC instant of its next start attempt while it waits (backoff, capacity).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_start_at: Option<String>,
    }

    /// A deployment's events, newest last (not upstream): starts, exits, backoff, readiness.
    pub struct GetDeploymentEventsRequest {
        pub tenant: IdOrAlias,
        pub deployment_id: DeploymentId,
        /// Most events returned, newest kept (default 50, at most 200).
        #[serde(default)]
        pub limit: Option<u32>,
    }

    pub struct DeploymentEventDto {
        pub id: i64,
        /// ISO-8601 UTC instant.
        pub created: String,
        /// An `EventKind` name.
        pub kind: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_id: Option<RuntimeId>,
        pub message: String,
    }

    pub struct GetDeploymentEventsResponse {
        pub events: Vec<DeploymentEventDto>,
    }

    pub struct GetDeploymentRuntimesResponse {
        pub runtimes: Vec<RuntimeStateDto>,
    }

    /// What runs in a stage now (not upstream; `omgctl developer status`): each deployment with
    /// its runtimes, lobbies, matches, clients and matchmaking queue. Needs STAGE_VIEWER (or
    /// DEPLOYMENT_MANAGER) on the stage.
    pub struct GetStageStatusRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
    }

    pub struct GetStageStatusResponse {
        pub status: StageStatusDto,
    }

    pub struct StageStatusDto {
        pub stage_id: StageId,
        /// Clients connected to the stage's deployments (queued or assigned): players online.
        pub clients: i64,
        /// Players' round trip over all its deployments; absent when no player socket was
        /// measured.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub round_trip: Option<RoundTripDto>,
        /// Newest first.
        pub deployments: Vec<DeploymentStatusDto>,
    }

    /// Players' round trip: how long the dispatcher's WebSocket pings take to come back as
    /// pongs (every `OMGSERVERS_DISPATCHER_PING_INTERVAL`, and once at open), on the hop that
    /// ends at the player, over the player sockets open now — as their nodes published it in
    /// the last 10 s (docs/observability.md "Players' round trip"). Players on HTTP
    /// interchange only are not measured.
    pub struct RoundTripDto {
        /// Player sockets measured.
        pub players: i64,
        /// Median, in milliseconds.
        pub p50_ms: f64,
        /// 95th percentile, in milliseconds.
        pub p95_ms: f64,
    }

    pub struct DeploymentStatusDto {
        pub id: DeploymentId,
        pub version_id: VersionId,
        pub state: DeploymentState,
        /// ISO-8601 UTC instant.
        pub created: String,
        /// Clients assigned to a lobby or match runtime.
        pub clients_assigned: i64,
        /// Clients waiting for a lobby.
        pub clients_queued: i64,
        /// Its players' round trip; absent when no player socket was measured.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub round_trip: Option<RoundTripDto>,
        /// How many runtimes are in each `RuntimeStatus`, by name.
        pub runtimes: Vec<RuntimeCountDto>,
        pub lobbies: Vec<LobbyStatusDto>,
        pub matches: Vec<MatchStatusDto>,
        /// Matchmaking requests waiting, per mode.
        pub queues: Vec<QueueStatusDto>,
    }

    pub struct RuntimeCountDto {
        /// A `RuntimeStatus` name.
        pub status: String,
        pub count: i64,
    }

    pub struct LobbyStatusDto {
        pub id: LobbyId,
        /// None while the controller has not given the lobby a runtime yet.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_id: Option<RuntimeId>,
        /// Its runtime's `RuntimeStatus` name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_status: Option<String>,
        /// Clients assigned to it.
        pub clients: i64,
        /// ISO-8601 UTC instant.
        pub created: String,
    }

    pub struct MatchStatusDto {
        pub id: MatchId,
        /// The version config's mode it plays.
        pub mode: String,
        /// `OPENED` (takes players) or `CLOSED` (stopped matchmaking).
        pub status: String,
        pub runtime_id: RuntimeId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_status: Option<String>,
        /// Clients assigned to it.
        pub clients: i64,
        /// ISO-8601 UTC instant.
        pub created: String,
    }

    /// A page of a stage's connected clients (not upstream), ascending by id; STAGE_VIEWER (or
    /// DEPLOYMENT_MANAGER) on the stage.
    pub struct ListClientsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        /// Only this player's clients.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub user_id: Option<UserId>,
        /// `next_cursor` of the previous page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        /// Most clients in the page: 1..=1000, default 100.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct ClientSummaryDto {
        pub id: ClientId,
        pub user_id: UserId,
        pub deployment_id: DeploymentId,
        /// `QUEUED` (waiting for a lobby) or `ASSIGNED`.
        pub state: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_id: Option<RuntimeId>,
        /// `LOBBY` or `MATCH` while assigned.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_qualifier: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub match_id: Option<MatchId>,
        /// ISO-8601 UTC instants: when it connected, and its last interchange as recorded (the
        /// server records activity every few seconds).
        pub created: String,
        pub last_activity: String,
    }

    pub struct ListClientsResponse {
        pub clients: Vec<ClientSummaryDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    pub struct QueueStatusDto {
        pub mode: String,
        /// Matchmaking requests waiting for a match.
        pub waiting: i64,
        /// How long the oldest of them has waited, in milliseconds.
        pub oldest_wait_ms: i64,
    }

    /// The recent output of a runtime's container (not upstream).
    pub struct GetRuntimeLogsRequest {
        pub tenant: IdOrAlias,
        pub runtime_id: RuntimeId,
        /// Last lines to return (default 200, at most 10,000).
        #[serde(default)]
        pub tail: Option<u32>,
        /// Only lines written after this ISO-8601 UTC instant (e.g. the timestamp of the last
        /// line read, to follow the output).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub since: Option<String>,
        /// Start each line with the instant it was written (RFC 3339, nanoseconds) and a space.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub timestamps: Option<bool>,
    }

    pub struct GetRuntimeLogsResponse {
        pub runtime_id: RuntimeId,
        pub container: String,
        pub logs: String,
    }

    /// Disconnects a player's client (not upstream), as a lobby runtime's `KICK_CLIENT` does:
    /// its runtime gets `DELETE_CLIENT`, the player's next interchange finds no client and
    /// the player may join again. DEPLOYMENT_MANAGER on the client's stage.
    pub struct KickClientRequest {
        pub tenant: IdOrAlias,
        pub client_id: ClientId,
    }

    pub struct KickClientResponse {
        /// False when the tenant has no such client connected (already gone, or never there).
        pub kicked: bool,
    }

    /// A build request's state and output (not upstream).
    pub struct GetBuildLogRequest {
        pub tenant: IdOrAlias,
        pub build_request_id: BuildRequestId,
    }

    pub struct GetBuildLogResponse {
        pub build_request_id: BuildRequestId,
        pub version_id: VersionId,
        pub state: BuildState,
        /// The image pushed, once the build succeeded.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image_id: Option<String>,
        pub log: String,
    }

    /// A page of a tenant's projects (not upstream), ascending by id: all of them for a
    /// TENANT_VIEWER, otherwise those the caller holds PROJECT_VIEWER on. `cursor` and `limit`
    /// as in every list: the previous page's `next_cursor`, and 1..=1000 items (default 100).
    pub struct ListProjectsRequest {
        pub tenant: IdOrAlias,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct ProjectSummaryDto {
        pub id: ProjectId,
        pub aliases: Vec<String>,
        /// ISO-8601 UTC instant.
        pub created: String,
        pub stages: i64,
        pub versions: i64,
    }

    pub struct ListProjectsResponse {
        pub projects: Vec<ProjectSummaryDto>,
        /// Pass as `cursor` for the next page; absent on the last page.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    /// A page of a project's stages (not upstream), ascending by id; PROJECT_VIEWER on the
    /// project.
    pub struct ListStagesRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct StageSummaryDto {
        pub id: StageId,
        pub aliases: Vec<String>,
        /// ISO-8601 UTC instant.
        pub created: String,
        pub deployments: i64,
        /// The newest deployment, the one new players join.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub newest_deployment_id: Option<DeploymentId>,
    }

    pub struct ListStagesResponse {
        pub stages: Vec<StageSummaryDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    /// A page of a project's versions (not upstream), ascending by id; PROJECT_VIEWER on the
    /// project.
    pub struct ListVersionsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct VersionListItemDto {
        pub id: VersionId,
        /// ISO-8601 UTC instant.
        pub created: String,
        /// The state of its newest build request; absent when it was never built.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub build_state: Option<BuildState>,
        pub images: i64,
        /// Deployments that run it (a version in use cannot be deleted).
        pub deployments: i64,
    }

    pub struct ListVersionsResponse {
        pub versions: Vec<VersionListItemDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    /// A page of a stage's deployments (not upstream), ascending by id (the last is the
    /// newest); PROJECT_VIEWER on the project.
    pub struct ListDeploymentsRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct DeploymentSummaryDto {
        pub id: DeploymentId,
        pub version_id: VersionId,
        pub state: DeploymentState,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub state_reason: Option<String>,
        /// ISO-8601 UTC instant.
        pub created: String,
        /// Its runtimes (lobbies and matches) and the clients connected to it.
        pub runtimes: i64,
        pub clients: i64,
    }

    pub struct ListDeploymentsResponse {
        pub deployments: Vec<DeploymentSummaryDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }

    /// A page of the runtimes (lobbies and matches) of a stage's deployments (not upstream),
    /// ascending by id; STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage.
    pub struct ListRuntimesRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
        /// Only this deployment's runtimes: a deployment of the stage, else 404
        /// `OBJECT_NOT_FOUND`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub deployment_id: Option<DeploymentId>,
        /// Only lobbies (`LOBBY`) or only matches (`MATCH`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub qualifier: Option<RuntimeQualifier>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cursor: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub limit: Option<u32>,
    }

    pub struct RuntimeSummaryDto {
        pub id: RuntimeId,
        pub deployment_id: DeploymentId,
        pub qualifier: RuntimeQualifier,
        /// Its `RuntimeStatus` name and why, when it is not running.
        pub status: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub status_reason: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub lobby_id: Option<LobbyId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub match_id: Option<MatchId>,
        /// The mode a match plays (absent for lobbies).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub mode: Option<String>,
        /// Clients assigned to it.
        pub clients: i64,
        /// Times it was started, and failed starts or crashes in a row.
        pub starts: i64,
        pub failures: i64,
        /// ISO-8601 UTC instants: when it was created, and when its status last changed.
        pub created: String,
        pub status_changed: String,
    }

    pub struct ListRuntimesResponse {
        pub runtimes: Vec<RuntimeSummaryDto>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub next_cursor: Option<String>,
    }
}
