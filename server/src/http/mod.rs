//! The HTTP edge: routes, wire conventions (POST and PUT, error body, body limits), auth.

pub mod admin;
pub mod developer;
pub mod docker;
pub mod error;
pub mod extract;
pub mod listener;
pub mod metrics;
pub mod openapi;
pub mod player;
pub mod rate_limit;
pub mod registry;
pub mod router;
pub mod runtime;
pub mod service;
pub mod support;
pub mod tokens;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use omgservers_types::admin::*;
use omgservers_types::developer::*;
use omgservers_types::permissions::UserRole;
use omgservers_types::player::*;
use omgservers_types::registry::RegistryNotification;
use omgservers_types::runtime::*;
use omgservers_types::support::*;
use omgservers_types::{Empty, ErrorQualifier};
use router::{Access, Api};

use crate::state::AppState;

const ADMIN: Access = Access::Roles(&[UserRole::ADMIN]);
const SUPPORT: Access = Access::Roles(&[UserRole::SUPPORT]);
const DEVELOPER: Access = Access::Roles(&[UserRole::DEVELOPER]);
const PLAYER: Access = Access::Roles(&[UserRole::PLAYER]);
const RUNTIME: Access = Access::Roles(&[UserRole::RUNTIME]);
const PUBLIC: Access = Access::Public;

/// Every JSON endpoint of the wire interface served by this build.
pub fn api(state: AppState) -> Api {
    let archive_limit = state.config.builder_archive_limit;
    macro_rules! p {
        ($area:literal, $op:literal) => {
            concat!("/service/v1/entrypoint/", $area, "/request/", $op)
        };
    }
    Api::new(state)
        // admin
        .rpc::<CreateTokenByUserRequest, CreateTokenResponse, _, _>(p!("admin", "create-token"), PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        .rpc::<Empty, GenerateIdResponse, _, _>(p!("admin", "generate-id"), ADMIN, None, "Generate a snowflake id", admin::generate_id)
        .rpc::<BcryptHashRequest, BcryptHashResponse, _, _>(p!("admin", "bcrypt-hash"), ADMIN, None, "bcrypt-hash a value", admin::bcrypt_hash)
        .rpc::<CalculateShardRequest, CalculateShardResponse, _, _>(p!("admin", "calculate-shard"), ADMIN, None, "Shard index of a key and the server owning it now", admin::calculate_shard)
        .rpc::<Empty, GetClusterResponse, _, _>(p!("admin", "get-cluster"), ADMIN, None, "The nodes of a sharded installation and the slots each holds", admin::get_cluster)
        .rpc::<DrainNodeRequest, DrainNodeResponse, _, _>(p!("admin", "drain-node"), ADMIN, None, "Hand a node's slots to the others (or take it back into service)", admin::drain_node)
        .rpc::<PingDockerHostRequest, PingDockerHostResponse, _, _>(p!("admin", "ping-docker-host"), ADMIN, None, "Ping a Docker engine by URI (502 SERVER_NOT_FOUND when it does not answer)", admin::ping_docker_host)
        .rpc::<Empty, GetPoolHostsResponse, _, _>(p!("admin", "get-pool-hosts"), ADMIN, None, "The runtime pool's Docker hosts with their load and reachability", admin::get_pool_hosts)
        .rpc::<CreatePoolHostRequest, PoolHostResponse, _, _>(p!("admin", "create-pool-host"), ADMIN, None, "Add a Docker host to the runtime pool", admin::create_pool_host)
        .rpc::<DrainPoolHostRequest, PoolHostResponse, _, _>(p!("admin", "drain-pool-host"), ADMIN, None, "Stop placing runtimes on a host (`draining: false` undoes it)", admin::drain_pool_host)
        .rpc::<DeletePoolHostRequest, DeletedResponse, _, _>(p!("admin", "delete-pool-host"), ADMIN, None, "Remove a host with no live runtime container (409 otherwise)", admin::delete_pool_host)
        // support
        .rpc::<CreateTokenByUserRequest, CreateTokenResponse, _, _>(p!("support", "create-token"), PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        .rpc::<Empty, CreateTenantResponse, _, _>(p!("support", "create-tenant"), SUPPORT, None, "Create a tenant", support::create_tenant)
        .rpc::<CreateTenantAliasRequest, Empty, _, _>(p!("support", "create-tenant-alias"), SUPPORT, None, "Give a tenant an alias", support::create_tenant_alias)
        .rpc::<DeleteTenantRequest, DeletedResponse, _, _>(p!("support", "delete-tenant"), SUPPORT, None, "Delete a tenant and everything under it (`dry_run`: only say what would go)", support::delete_tenant)
        .rpc::<CreateProjectRequest, CreateProjectResponse, _, _>(p!("support", "create-project"), SUPPORT, None, "Create a project with a default stage (grants the caller nothing)", developer::create_project)
        .rpc::<CreateProjectAliasRequest, Empty, _, _>(p!("support", "create-project-alias"), SUPPORT, None, "Give a project an alias", developer::create_project_alias)
        .rpc::<DeleteProjectRequest, DeletedResponse, _, _>(p!("support", "delete-project"), SUPPORT, None, "Delete a project and everything under it (`dry_run`: only say what would go)", developer::delete_project)
        .rpc::<Empty, CreateDeveloperResponse, _, _>(p!("support", "create-developer"), SUPPORT, None, "Create a developer with a generated password", support::create_developer)
        .rpc::<ListRequest, ListTenantsResponse, _, _>(p!("support", "list-tenants"), SUPPORT, None, "A page of the tenants (ascending by id, after `cursor`, at most `limit`)", support::list_tenants)
        .rpc::<ListRequest, ListDevelopersResponse, _, _>(p!("support", "list-developers"), SUPPORT, None, "A page of the developers (ascending by user id, after `cursor`, at most `limit`) with their permission counts", support::list_developers)
        .rpc::<DeleteDeveloperRequest, DeletedResponse, _, _>(p!("support", "delete-developer"), SUPPORT, None, "Delete a developer and its permissions", support::delete_developer)
        .rpc::<CreateTenantPermissionsRequest, CreateTenantPermissionsResponse, _, _>(p!("support", "create-tenant-permissions"), SUPPORT, None, "Grant tenant permissions to a developer", support::create_tenant_permissions)
        .rpc::<DeleteTenantPermissionsRequest, DeleteTenantPermissionsResponse, _, _>(p!("support", "delete-tenant-permissions"), SUPPORT, None, "Revoke tenant permissions", support::delete_tenant_permissions)
        .rpc::<CreateProjectPermissionsRequest, CreateProjectPermissionsResponse, _, _>(p!("support", "create-project-permissions"), SUPPORT, None, "Grant project permissions to a developer", support::create_project_permissions)
        .rpc::<DeleteProjectPermissionsRequest, DeleteProjectPermissionsResponse, _, _>(p!("support", "delete-project-permissions"), SUPPORT, None, "Revoke project permissions", support::delete_project_permissions)
        .rpc::<CreateStagePermissionsRequest, CreateStagePermissionsResponse, _, _>(p!("support", "create-stage-permissions"), SUPPORT, None, "Grant stage permissions to a developer", support::create_stage_permissions)
        .rpc::<DeleteStagePermissionsRequest, DeleteStagePermissionsResponse, _, _>(p!("support", "delete-stage-permissions"), SUPPORT, None, "Revoke stage permissions", support::delete_stage_permissions)
        // developer
        .rpc::<CreateTokenByIdRequest, CreateTokenResponse, _, _>(p!("developer", "create-token"), PUBLIC, None, "Issue a token for a user given by numeric id", tokens::by_id)
        .rpc::<GetTenantDetailsRequest, GetTenantDetailsResponse, _, _>(p!("developer", "get-tenant-details"), DEVELOPER, Some("TENANT_VIEWER on the tenant"), "Tenant, its permissions and projects", developer::get_tenant_details)
        .rpc::<ListProjectsRequest, ListProjectsResponse, _, _>(p!("developer", "list-projects"), DEVELOPER, Some("TENANT_VIEWER on the tenant, or PROJECT_VIEWER on the projects listed"), "A page of the tenant's projects (without TENANT_VIEWER, those the caller may view) with their stage and version counts (ascending by id, after `cursor`, at most `limit`)", developer::list_projects)
        .rpc::<ListStagesRequest, ListStagesResponse, _, _>(p!("developer", "list-stages"), DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the project's stages with their deployment counts (ascending by id, after `cursor`, at most `limit`)", developer::list_stages)
        .rpc::<ListVersionsRequest, ListVersionsResponse, _, _>(p!("developer", "list-versions"), DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the project's versions with their newest build state, images and deployments (ascending by id, after `cursor`, at most `limit`)", developer::list_versions)
        .rpc::<ListDeploymentsRequest, ListDeploymentsResponse, _, _>(p!("developer", "list-deployments"), DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the stage's deployments with state, runtimes and clients (ascending by id, after `cursor`, at most `limit`)", developer::list_deployments)
        .rpc::<ListRuntimesRequest, ListRuntimesResponse, _, _>(p!("developer", "list-runtimes"), DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "A page of the stage's runtimes (lobbies and matches) with status, mode and clients, of one deployment or qualifier if given (ascending by id, after `cursor`, at most `limit`)", developer::list_runtimes)
        .rpc::<CreateProjectRequest, CreateProjectResponse, _, _>(p!("developer", "create-project"), DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Create a project with a default stage; the creator manages both", developer::create_project)
        .rpc::<CreateProjectAliasRequest, Empty, _, _>(p!("developer", "create-project-alias"), DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Give a project an alias", developer::create_project_alias)
        .rpc::<GetProjectDetailsRequest, GetProjectDetailsResponse, _, _>(p!("developer", "get-project-details"), DEVELOPER, Some("PROJECT_VIEWER on the project"), "Project, its permissions, stages and versions", developer::get_project_details)
        .rpc::<DeleteProjectRequest, DeletedResponse, _, _>(p!("developer", "delete-project"), DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Delete a project and everything under it (`dry_run`: only say what would go)", developer::delete_project)
        .rpc::<CreateStageRequest, CreateStageResponse, _, _>(p!("developer", "create-stage"), DEVELOPER, Some("STAGE_MANAGER on the project"), "Create a stage; the creator gets DEPLOYMENT_MANAGER on it", developer::create_stage)
        .rpc::<CreateStageAliasRequest, Empty, _, _>(p!("developer", "create-stage-alias"), DEVELOPER, Some("STAGE_MANAGER on the stage's project"), "Give a stage an alias", developer::create_stage_alias)
        .rpc::<GetStageDetailsRequest, GetStageDetailsResponse, _, _>(p!("developer", "get-stage-details"), DEVELOPER, Some("PROJECT_VIEWER on the project"), "Stage, its permissions and deployments", developer::get_stage_details)
        .rpc::<DeleteStageRequest, DeletedResponse, _, _>(p!("developer", "delete-stage"), DEVELOPER, Some("STAGE_MANAGER on the project"), "Delete a stage and its deployments (`dry_run`: only say what would go)", developer::delete_stage)
        .rpc::<CreateVersionRequest, CreateVersionResponse, _, _>(p!("developer", "create-version"), DEVELOPER, Some("VERSION_MANAGER on the project"), "Create a version; its config is validated", developer::create_version)
        .multipart::<UploadFilesArchiveForm, UploadFilesArchiveResponse, _, _>(p!("developer", "upload-files-archive"), DEVELOPER, Some("VERSION_MANAGER on the version's project"), "Upload a files archive (zip or tar.gz, multipart) and build it into the version's UNIVERSAL image", archive_limit, developer::upload_files_archive)
        .rpc::<GetBuildLogRequest, GetBuildLogResponse, _, _>(p!("developer", "get-build-log"), DEVELOPER, Some("PROJECT_VIEWER on the version's project"), "A build request's state, image and output", developer::get_build_log)
        .rpc::<GetVersionDetailsRequest, GetVersionDetailsResponse, _, _>(p!("developer", "get-version-details"), DEVELOPER, Some("PROJECT_VIEWER on the version's project"), "Version, its build requests and images", developer::get_version_details)
        .rpc::<DeleteVersionRequest, DeletedResponse, _, _>(p!("developer", "delete-version"), DEVELOPER, Some("VERSION_MANAGER on the version's project"), "Delete a version no deployment uses", developer::delete_version)
        .rpc::<DeployVersionRequest, DeployVersionResponse, _, _>(p!("developer", "deploy-version"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the stage"), "Deploy a version with an image to a stage", developer::deploy_version)
        .rpc::<GetDeploymentDetailsRequest, GetDeploymentDetailsResponse, _, _>(p!("developer", "get-deployment-details"), DEVELOPER, Some("PROJECT_VIEWER on the deployment's project"), "Deployment, its lobbies and matchmakers", developer::get_deployment_details)
        .rpc::<DeleteDeploymentRequest, DeletedResponse, _, _>(p!("developer", "delete-deployment"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Delete a deployment, its lobbies, matchmakers and runtimes (`dry_run`: only say what would go)", developer::delete_deployment)
        .rpc::<CreateLobbyRequestRequest, Empty, _, _>(p!("developer", "create-lobby-request"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Add one more lobby to a deployment", developer::create_lobby_request)
        .rpc::<DeleteLobbyRequest, DeletedResponse, _, _>(p!("developer", "delete-lobby"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the lobby's stage"), "Delete a lobby", developer::delete_lobby)
        .rpc::<CreateMatchmakerRequestRequest, Empty, _, _>(p!("developer", "create-matchmaker-request"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Add one more matchmaker to a deployment", developer::create_matchmaker_request)
        .rpc::<DeleteMatchmakerRequest, DeletedResponse, _, _>(p!("developer", "delete-matchmaker"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the matchmaker's stage"), "Delete a matchmaker", developer::delete_matchmaker)
        .rpc::<GetDeploymentRuntimesRequest, GetDeploymentRuntimesResponse, _, _>(p!("developer", "get-deployment-runtimes"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "The deployment's runtimes: lifecycle state, reason, starts, failures, next start", developer::get_deployment_runtimes)
        .rpc::<GetStageStatusRequest, GetStageStatusResponse, _, _>(p!("developer", "get-stage-status"), DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "What runs in a stage now: each deployment's runtimes by status, lobbies and matches with their clients, the matchmaking queue per mode", developer::get_stage_status)
        .rpc::<ListClientsRequest, ListClientsResponse, _, _>(p!("developer", "list-clients"), DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "A page of the stage's connected clients, of one player if `user_id` is given (ascending by id, after `cursor`, at most `limit`)", developer::list_clients)
        .rpc::<GetDeploymentEventsRequest, GetDeploymentEventsResponse, _, _>(p!("developer", "get-deployment-events"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "The deployment's newest events: runtime starts, exits, backoff, readiness, rollout outcome", developer::get_deployment_events)
        .rpc::<GetRuntimeLogsRequest, GetRuntimeLogsResponse, _, _>(p!("developer", "get-runtime-logs"), DEVELOPER, Some("DEPLOYMENT_MANAGER on the runtime's stage"), "Recent output of a runtime's container (kept OMGSERVERS_RUNTIMES_EXITED_RETENTION after it ends)", developer::get_runtime_logs)
        // player identity
        .rpc::<PingServiceRequest, PingServiceResponse, _, _>(p!("player", "ping-service"), PUBLIC, None, "Answer pong", player::ping_service)
        .rpc::<Empty, CreateUserResponse, _, _>(p!("player", "create-user"), PUBLIC, None, "Create a player account with a generated password", player::create_user)
        .rpc::<CreateTokenByIdRequest, CreateTokenResponse, _, _>(p!("player", "create-token"), PUBLIC, None, "Issue a token for a user given by numeric id", tokens::by_id)
        .rpc::<CreateClientRequest, CreateClientResponse, _, _>(p!("player", "create-client"), PLAYER, None, "Join the newest deployment of a stage: welcome, matchmaker, lobby", player::create_client)
        .rpc::<PlayerInterchangeRequest, PlayerInterchangeResponse, _, _>(p!("player", "interchange"), PLAYER, None, "Send messages to the runtime, acknowledge and receive the inbox (optional long poll `wait_ms`)", player::interchange)
        // runtime
        .rpc::<RuntimeCreateTokenRequest, RuntimeCreateTokenResponse, _, _>(p!("runtime", "create-token"), PUBLIC, None, "Issue the API and WebSocket tokens of a runtime", runtime::create_token)
        .rpc::<RuntimeInterchangeRequest, RuntimeInterchangeResponse, _, _>(p!("runtime", "interchange"), RUNTIME, None, "Execute outgoing commands, acknowledge and receive incoming ones (optional long poll `wait_ms`)", runtime::interchange)
        // dispatcher identity
        .rpc::<CreateTokenByUserRequest, CreateTokenResponse, _, _>(p!("dispatcher", "create-token"), PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        // registry notifications
        .rpc::<RegistryNotification, Empty, _, _>(p!("registry", "handle-events"), PUBLIC, None, "Record images from registry push notifications (bearer token when OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN is set)", registry::handle_events)
}

/// The whole application: API routes, service endpoints, fallbacks and layers.
pub fn app(state: AppState) -> Router {
    let api = api(state.clone());
    let openapi = openapi::document(&api.endpoints, Vec::new());
    // Serialized once and shared: axum clones the router (and what its handlers capture) for
    // every connection, so a captured JSON value would be deep-copied per connection and held
    // for its lifetime (hundreds of KB per open WebSocket).
    let openapi_body = axum::body::Bytes::from(serde_json::to_vec(&openapi).unwrap_or_default());
    let serve_openapi = move || {
        let body = openapi_body.clone();
        async move {
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                body,
            )
        }
    };
    api.router
        .route(
            docker::PATH,
            get(docker::create_token_get)
                .post(docker::create_token_post)
                .fallback(docker::method_not_allowed),
        )
        .route("/q/health", get(service::ready))
        .route("/q/health/live", get(service::live))
        .route("/q/health/ready", get(service::ready))
        .route("/metrics", get(service::metrics))
        .route("/q/info", get(service::info))
        .route(
            crate::dispatcher::socket::PATH,
            get(crate::dispatcher::socket::endpoint),
        )
        .route("/q/openapi", get(serve_openapi.clone()))
        .route("/openapi.json", get(serve_openapi))
        .fallback(service::not_found)
        .method_not_allowed_fallback(service::method_not_allowed)
        .layer(DefaultBodyLimit::max(state.config.http_body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit::enforce,
        ))
        .layer(axum::middleware::map_response(close_after_refused_body))
        .layer(axum::middleware::map_response(stamp_version))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// A body refused for its size was not read to its end, so the connection cannot carry another
/// request: say so (`Connection: close`), or a client that reuses it sees its next request
/// reset. Every 413 is answered before the body was read, whichever route refused it.
async fn close_after_refused_body(
    mut response: axum::response::Response,
) -> axum::response::Response {
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        response.headers_mut().insert(
            axum::http::header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    response
}

/// Every response names the server's version (`omgservers-version`), so a client can tell a
/// server it does not match without asking (omgctl warns).
async fn stamp_version(mut response: axum::response::Response) -> axum::response::Response {
    response.headers_mut().insert(
        axum::http::HeaderName::from_static("omgservers-version"),
        axum::http::HeaderValue::from_static(crate::VERSION),
    );
    response
}

/// Request spans carry method and path only: the query string may hold a `ws_token`.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    tracing::error!("a request handler panicked");
    error::ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
        "internal error; see the server log",
    )
    .into_response()
}
