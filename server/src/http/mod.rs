//! The HTTP edge: routes, wire conventions (POST and PUT, error body, body limits), auth.

pub mod admin;
pub mod console;
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
use omgservers_types::endpoints as ep;
use omgservers_types::permissions::UserRole;
use omgservers_types::ErrorQualifier;
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
    Api::new(state)
        // admin
        .rpc::<ep::admin::CreateToken, _, _>(PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        .rpc::<ep::admin::GenerateId, _, _>(ADMIN, None, "Generate a snowflake id", admin::generate_id)
        .rpc::<ep::admin::BcryptHash, _, _>(ADMIN, None, "bcrypt-hash a value", admin::bcrypt_hash)
        .rpc::<ep::admin::CalculateShard, _, _>(ADMIN, None, "Shard index of a key and the server owning it now", admin::calculate_shard)
        .rpc::<ep::admin::GetCluster, _, _>(ADMIN, None, "The nodes of a sharded installation and the slots each holds", admin::get_cluster)
        .rpc::<ep::admin::DrainNode, _, _>(ADMIN, None, "Hand a node's slots to the others (or take it back into service)", admin::drain_node)
        .rpc::<ep::admin::GetSlotDatabases, _, _>(ADMIN, None, "Which shard database holds each slot's game state, and the moves under way", admin::get_slot_databases)
        .rpc::<ep::admin::MoveSlots, _, _>(ADMIN, None, "Move slots' game state to another shard database (each locked while it is copied)", admin::move_slots)
        .rpc::<ep::admin::CancelSlotMoves, _, _>(ADMIN, None, "Cancel slots' moves that have not switched database yet (each unlocked where it is)", admin::cancel_slot_moves)
        .rpc::<ep::admin::PingDockerHost, _, _>(ADMIN, None, "Ping a Docker engine by URI (502 SERVER_NOT_FOUND when it does not answer)", admin::ping_docker_host)
        .rpc::<ep::admin::GetPoolHosts, _, _>(ADMIN, None, "The runtime pool's Docker hosts with their load and reachability", admin::get_pool_hosts)
        .rpc::<ep::admin::CreatePoolHost, _, _>(ADMIN, None, "Add a Docker host to the runtime pool", admin::create_pool_host)
        .rpc::<ep::admin::DrainPoolHost, _, _>(ADMIN, None, "Stop placing runtimes on a host (`draining: false` undoes it)", admin::drain_pool_host)
        .rpc::<ep::admin::DeletePoolHost, _, _>(ADMIN, None, "Remove a host with no live runtime container (409 otherwise)", admin::delete_pool_host)
        // support
        .rpc::<ep::support::CreateToken, _, _>(PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        .rpc::<ep::support::CreateTenant, _, _>(SUPPORT, None, "Create a tenant", support::create_tenant)
        .rpc::<ep::support::CreateTenantAlias, _, _>(SUPPORT, None, "Give a tenant an alias", support::create_tenant_alias)
        .rpc::<ep::support::DeleteTenant, _, _>(SUPPORT, None, "Delete a tenant and everything under it (`dry_run`: only say what would go)", support::delete_tenant)
        .rpc::<ep::support::CreateProject, _, _>(SUPPORT, None, "Create a project with a default stage (grants the caller nothing)", developer::create_project)
        .rpc::<ep::support::CreateProjectAlias, _, _>(SUPPORT, None, "Give a project an alias", developer::create_project_alias)
        .rpc::<ep::support::DeleteProject, _, _>(SUPPORT, None, "Delete a project and everything under it (`dry_run`: only say what would go)", developer::delete_project)
        .rpc::<ep::support::CreateDeveloper, _, _>(SUPPORT, None, "Create a developer with a generated password", support::create_developer)
        .rpc::<ep::support::ListTenants, _, _>(SUPPORT, None, "A page of the tenants (ascending by id, after `cursor`, at most `limit`)", support::list_tenants)
        .rpc::<ep::support::ListDevelopers, _, _>(SUPPORT, None, "A page of the developers (ascending by user id, after `cursor`, at most `limit`) with their permission counts", support::list_developers)
        .rpc::<ep::support::DeleteDeveloper, _, _>(SUPPORT, None, "Delete a developer and its permissions", support::delete_developer)
        .rpc::<ep::support::ListPermissions, _, _>(SUPPORT, None, "A page of the permissions granted in a tenant, at the tenant, its projects and stages (ascending by id; of one developer if `user_id` is given)", support::list_permissions)
        .rpc::<ep::support::CreateTenantPermissions, _, _>(SUPPORT, None, "Grant tenant permissions to a developer", support::create_tenant_permissions)
        .rpc::<ep::support::DeleteTenantPermissions, _, _>(SUPPORT, None, "Revoke tenant permissions", support::delete_tenant_permissions)
        .rpc::<ep::support::CreateProjectPermissions, _, _>(SUPPORT, None, "Grant project permissions to a developer", support::create_project_permissions)
        .rpc::<ep::support::DeleteProjectPermissions, _, _>(SUPPORT, None, "Revoke project permissions", support::delete_project_permissions)
        .rpc::<ep::support::CreateStagePermissions, _, _>(SUPPORT, None, "Grant stage permissions to a developer", support::create_stage_permissions)
        .rpc::<ep::support::DeleteStagePermissions, _, _>(SUPPORT, None, "Revoke stage permissions", support::delete_stage_permissions)
        // developer
        .rpc::<ep::developer::CreateToken, _, _>(PUBLIC, None, "Issue a token for a user given by numeric id", tokens::by_id)
        .rpc::<ep::developer::GetTenantDetails, _, _>(DEVELOPER, Some("TENANT_VIEWER on the tenant"), "Tenant, its permissions and projects", developer::get_tenant_details)
        .rpc::<ep::developer::ListProjects, _, _>(DEVELOPER, Some("TENANT_VIEWER on the tenant, or PROJECT_VIEWER on the projects listed"), "A page of the tenant's projects (without TENANT_VIEWER, those the caller may view) with their stage and version counts (ascending by id, after `cursor`, at most `limit`)", developer::list_projects)
        .rpc::<ep::developer::ListStages, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the project's stages with their deployment counts (ascending by id, after `cursor`, at most `limit`)", developer::list_stages)
        .rpc::<ep::developer::ListVersions, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the project's versions with their newest build state, images and deployments (ascending by id, after `cursor`, at most `limit`)", developer::list_versions)
        .rpc::<ep::developer::ListDeployments, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the project"), "A page of the stage's deployments with state, runtimes and clients (ascending by id, after `cursor`, at most `limit`)", developer::list_deployments)
        .rpc::<ep::developer::ListRuntimes, _, _>(DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "A page of the stage's runtimes (lobbies and matches) with status, mode and clients, of one deployment or qualifier if given (ascending by id, after `cursor`, at most `limit`)", developer::list_runtimes)
        .rpc::<ep::developer::CreateProject, _, _>(DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Create a project with a default stage; the creator manages both", developer::create_project)
        .rpc::<ep::developer::CreateProjectAlias, _, _>(DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Give a project an alias", developer::create_project_alias)
        .rpc::<ep::developer::GetProjectDetails, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the project"), "Project, its permissions, stages and versions", developer::get_project_details)
        .rpc::<ep::developer::DeleteProject, _, _>(DEVELOPER, Some("PROJECT_MANAGER on the tenant"), "Delete a project and everything under it (`dry_run`: only say what would go)", developer::delete_project)
        .rpc::<ep::developer::CreateStage, _, _>(DEVELOPER, Some("STAGE_MANAGER on the project"), "Create a stage; the creator gets DEPLOYMENT_MANAGER on it", developer::create_stage)
        .rpc::<ep::developer::CreateStageAlias, _, _>(DEVELOPER, Some("STAGE_MANAGER on the stage's project"), "Give a stage an alias", developer::create_stage_alias)
        .rpc::<ep::developer::GetStageDetails, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the project"), "Stage, its permissions and deployments", developer::get_stage_details)
        .rpc::<ep::developer::DeleteStage, _, _>(DEVELOPER, Some("STAGE_MANAGER on the project"), "Delete a stage and its deployments (`dry_run`: only say what would go)", developer::delete_stage)
        .rpc::<ep::developer::CreateVersion, _, _>(DEVELOPER, Some("VERSION_MANAGER on the project"), "Create a version; its config is validated", developer::create_version)
        .multipart::<ep::developer::UploadFilesArchive, _, _>(DEVELOPER, Some("VERSION_MANAGER on the version's project"), "Upload a files archive (zip or tar.gz, multipart) and build it into the version's UNIVERSAL image", archive_limit, developer::upload_files_archive)
        .rpc::<ep::developer::GetBuildLog, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the version's project"), "A build request's state, image and output", developer::get_build_log)
        .rpc::<ep::developer::GetVersionDetails, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the version's project"), "Version, its build requests and images", developer::get_version_details)
        .rpc::<ep::developer::DeleteVersion, _, _>(DEVELOPER, Some("VERSION_MANAGER on the version's project"), "Delete a version no deployment uses", developer::delete_version)
        .rpc::<ep::developer::DeployVersion, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the stage"), "Deploy a version with an image to a stage", developer::deploy_version)
        .rpc::<ep::developer::GetDeploymentDetails, _, _>(DEVELOPER, Some("PROJECT_VIEWER on the deployment's project"), "Deployment, its lobbies and matchmakers", developer::get_deployment_details)
        .rpc::<ep::developer::DeleteDeployment, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Delete a deployment, its lobbies, matchmakers and runtimes (`dry_run`: only say what would go)", developer::delete_deployment)
        .rpc::<ep::developer::CreateLobbyRequest, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Add one more lobby to a deployment", developer::create_lobby_request)
        .rpc::<ep::developer::DeleteLobby, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the lobby's stage"), "Delete a lobby", developer::delete_lobby)
        .rpc::<ep::developer::CreateMatchmakerRequest, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "Add one more matchmaker to a deployment", developer::create_matchmaker_request)
        .rpc::<ep::developer::DeleteMatchmaker, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the matchmaker's stage"), "Delete a matchmaker", developer::delete_matchmaker)
        .rpc::<ep::developer::GetDeploymentRuntimes, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "The deployment's runtimes: lifecycle state, reason, starts, failures, next start", developer::get_deployment_runtimes)
        .rpc::<ep::developer::GetStageStatus, _, _>(DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "What runs in a stage now: each deployment's runtimes by status, lobbies and matches with their clients, the matchmaking queue per mode", developer::get_stage_status)
        .rpc::<ep::developer::ListClients, _, _>(DEVELOPER, Some("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage"), "A page of the stage's connected clients, of one player if `user_id` is given (ascending by id, after `cursor`, at most `limit`)", developer::list_clients)
        .rpc::<ep::developer::GetDeploymentEvents, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the deployment's stage"), "The deployment's newest events: runtime starts, exits, backoff, readiness, rollout outcome", developer::get_deployment_events)
        .rpc::<ep::developer::GetRuntimeLogs, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the runtime's stage"), "Recent output of a runtime's container (kept OMGSERVERS_RUNTIMES_EXITED_RETENTION after it ends)", developer::get_runtime_logs)
        .rpc::<ep::developer::KickClient, _, _>(DEVELOPER, Some("DEPLOYMENT_MANAGER on the client's stage"), "Disconnect a player's client: its runtime gets DELETE_CLIENT, the player's next interchange finds no client", developer::kick_client)
        // player identity
        .rpc::<ep::player::PingService, _, _>(PUBLIC, None, "Answer pong", player::ping_service)
        .rpc::<ep::player::CreateUser, _, _>(PUBLIC, None, "Create a player account with a generated password", player::create_user)
        .rpc::<ep::player::CreateToken, _, _>(PUBLIC, None, "Issue a token for a user given by numeric id", tokens::by_id)
        .rpc::<ep::player::CreateClient, _, _>(PLAYER, None, "Join the newest deployment of a stage: welcome, matchmaker, lobby", player::create_client)
        .rpc::<ep::player::Interchange, _, _>(PLAYER, None, "Send messages to the runtime, acknowledge and receive the inbox (optional long poll `wait_ms`)", player::interchange)
        // runtime
        .rpc::<ep::runtime::CreateToken, _, _>(PUBLIC, None, "Issue the API and WebSocket tokens of a runtime", runtime::create_token)
        .rpc::<ep::runtime::Interchange, _, _>(RUNTIME, None, "Execute outgoing commands, acknowledge and receive incoming ones (optional long poll `wait_ms`)", runtime::interchange)
        // dispatcher identity
        .rpc::<ep::dispatcher::CreateToken, _, _>(PUBLIC, None, "Issue a token for a user given by id or alias", tokens::by_user)
        // registry notifications
        .rpc::<ep::registry::HandleEvents, _, _>(PUBLIC, None, "Record images from registry push notifications (bearer token when OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN is set)", registry::handle_events)
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
        .route("/q/health/started", get(service::started))
        .route("/metrics", get(service::metrics))
        .route("/q/info", get(service::info))
        .route(
            crate::dispatcher::socket::PATH,
            get(crate::dispatcher::socket::endpoint),
        )
        .route("/q/openapi", get(serve_openapi.clone()))
        .route("/openapi.json", get(serve_openapi))
        .merge(swagger_ui())
        .merge(console::routes())
        .fallback(service::not_found)
        .method_not_allowed_fallback(service::method_not_allowed)
        .layer(DefaultBodyLimit::max(state.config.http_body_limit))
        .layer(axum::middleware::from_fn(extract::refuse_encoded_bodies))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            extract::refuse_declared_oversize,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rate_limit::enforce,
        ))
        .layer(axum::middleware::map_response(close_after_refused_body))
        .layer(axum::middleware::map_response(stamp_version))
        .layer(axum::middleware::from_fn(crate::telemetry::around_request))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(access_log(state.config.logging_access_logs_enabled)),
        )
        .with_state(state)
}

/// Swagger UI at `/q/swagger-ui/`, where upstream's Quarkus serves it (wire reference §1),
/// reading the document at `/q/openapi`. Its assets are compiled into the binary
/// (utoipa-swagger-ui's `vendored` feature): nothing is fetched at build or run time.
fn swagger_ui() -> Router<AppState> {
    utoipa_swagger_ui::SwaggerUi::new(SWAGGER_UI_PATH)
        .config(utoipa_swagger_ui::Config::from("/q/openapi"))
        .into()
}

/// Where Swagger UI is served; `/q/swagger-ui` redirects to it with a trailing slash.
pub const SWAGGER_UI_PATH: &str = "/q/swagger-ui";

/// A body refused for its size or its encoding, or that stopped arriving, was not read to its
/// end, so the connection cannot carry another request: say so (`Connection: close`), or a
/// client that reuses it sees its next request reset. Every 413, 415 and 408 is answered
/// before the body was read, whichever route refused it.
async fn close_after_refused_body(
    mut response: axum::response::Response,
) -> axum::response::Response {
    if [
        StatusCode::PAYLOAD_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::REQUEST_TIMEOUT,
    ]
    .contains(&response.status())
    {
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
    let span = tracing::info_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
        // Recorded once the token is verified (`router::require_roles`).
        user_id = tracing::field::Empty,
        // Recorded only when traces are on (`telemetry::around_request`).
        otel.name = tracing::field::Empty,
        otel.kind = tracing::field::Empty,
    );
    crate::telemetry::name_request_span(&span, request);
    span
}

/// The access log (`OMGSERVERS_LOGGING_ACCESS_LOGS_ENABLED`): one line at info per response,
/// target `access`, inside the request's span (method, path, user id), with status and
/// duration in milliseconds. Never a token or a body.
fn access_log(
    enabled: bool,
) -> impl Fn(&axum::response::Response, std::time::Duration, &tracing::Span) + Clone {
    move |response, latency, _span| {
        if enabled {
            tracing::info!(
                target: "access",
                status = response.status().as_u16(),
                duration_ms = latency.as_secs_f64() * 1000.0,
                "request served"
            );
        }
    }
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
