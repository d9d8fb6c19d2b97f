//! Developer API handlers (wire reference §5.3). Support's project operations (create-project,
//! create-project-alias, delete-project) use these handlers too: the caller's role selects the
//! `Actor`.

use axum::extract::State;
use omgservers_types::developer::*;
use omgservers_types::permissions::UserRole;
use omgservers_types::support::*;
use omgservers_types::{
    BuildRequestId, DeploymentId, Empty, FilesArchiveId, ProjectId, StageId, VersionId,
};

use super::error::ApiError;
use super::extract::{Caller, WireJson};
use crate::builder::images;
use crate::state::AppState;
use crate::tenancy::versions::{self, DeploymentChild};
use crate::tenancy::{details, hierarchy, lists, runtimes_view, status, Actor};

type Reply<T> = Result<WireJson<T>, ApiError>;

fn actor(caller: &Caller) -> Actor {
    match caller.role {
        UserRole::SUPPORT => Actor::Support,
        _ => Actor::Developer(caller.user_id),
    }
}

pub async fn get_tenant_details(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetTenantDetailsRequest>,
) -> Reply<GetTenantDetailsResponse> {
    let details = details::tenant_details(&state, actor(&caller), &req.tenant).await?;
    Ok(WireJson(GetTenantDetailsResponse { details }))
}

pub async fn create_project(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateProjectRequest>,
) -> Reply<CreateProjectResponse> {
    let (project_id, stage_id) =
        hierarchy::create_project(&state, actor(&caller), &req.tenant).await?;
    Ok(WireJson(CreateProjectResponse {
        project_id: ProjectId(project_id),
        stage_id: StageId(stage_id),
    }))
}

pub async fn create_project_alias(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateProjectAliasRequest>,
) -> Reply<Empty> {
    hierarchy::create_project_alias(
        &state,
        actor(&caller),
        &req.tenant,
        req.project_id.get(),
        &req.alias,
    )
    .await?;
    Ok(WireJson(Empty))
}

pub async fn get_project_details(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetProjectDetailsRequest>,
) -> Reply<GetProjectDetailsResponse> {
    let details =
        details::project_details(&state, actor(&caller), &req.tenant, &req.project).await?;
    Ok(WireJson(GetProjectDetailsResponse { details }))
}

pub async fn delete_project(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteProjectRequest>,
) -> Reply<DeletedResponse> {
    Ok(WireJson(
        hierarchy::delete_project(
            &state,
            actor(&caller),
            &req.tenant,
            &req.project,
            req.dry_run,
        )
        .await?,
    ))
}

pub async fn create_stage(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateStageRequest>,
) -> Reply<CreateStageResponse> {
    let stage_id =
        hierarchy::create_stage(&state, actor(&caller), &req.tenant, &req.project).await?;
    Ok(WireJson(CreateStageResponse {
        stage_id: StageId(stage_id),
    }))
}

pub async fn create_stage_alias(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateStageAliasRequest>,
) -> Reply<Empty> {
    hierarchy::create_stage_alias(
        &state,
        actor(&caller),
        &req.tenant,
        req.stage_id.get(),
        &req.alias,
    )
    .await?;
    Ok(WireJson(Empty))
}

pub async fn get_stage_details(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetStageDetailsRequest>,
) -> Reply<GetStageDetailsResponse> {
    let details = details::stage_details(
        &state,
        actor(&caller),
        &req.tenant,
        &req.project,
        &req.stage,
    )
    .await?;
    Ok(WireJson(GetStageDetailsResponse { details }))
}

pub async fn delete_stage(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteStageRequest>,
) -> Reply<DeletedResponse> {
    Ok(WireJson(
        hierarchy::delete_stage(
            &state,
            actor(&caller),
            &req.tenant,
            &req.project,
            &req.stage,
            req.dry_run,
        )
        .await?,
    ))
}

pub async fn create_version(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateVersionRequest>,
) -> Reply<CreateVersionResponse> {
    let id = versions::create_version(
        &state,
        actor(&caller),
        &req.tenant,
        &req.project,
        &req.config,
    )
    .await?;
    Ok(WireJson(CreateVersionResponse {
        version_id: VersionId(id),
    }))
}

pub async fn get_version_details(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetVersionDetailsRequest>,
) -> Reply<GetVersionDetailsResponse> {
    let details =
        details::version_details(&state, actor(&caller), &req.tenant, req.version_id.get()).await?;
    Ok(WireJson(GetVersionDetailsResponse { details }))
}

pub async fn delete_version(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteVersionRequest>,
) -> Reply<DeletedResponse> {
    let deleted =
        versions::delete_version(&state, actor(&caller), &req.tenant, req.id.get()).await?;
    Ok(WireJson(DeletedResponse::of(deleted)))
}

pub async fn deploy_version(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeployVersionRequest>,
) -> Reply<DeployVersionResponse> {
    let id = versions::deploy_version(
        &state,
        actor(&caller),
        &req.tenant,
        &req.project,
        &req.stage,
        req.version_id.get(),
    )
    .await?;
    Ok(WireJson(DeployVersionResponse {
        deployment_id: DeploymentId(id),
    }))
}

pub async fn get_deployment_details(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetDeploymentDetailsRequest>,
) -> Reply<GetDeploymentDetailsResponse> {
    let details =
        details::deployment_details(&state, actor(&caller), &req.tenant, req.deployment_id.get())
            .await?;
    Ok(WireJson(GetDeploymentDetailsResponse { details }))
}

pub async fn delete_deployment(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteDeploymentRequest>,
) -> Reply<DeletedResponse> {
    Ok(WireJson(
        versions::delete_deployment(
            &state,
            actor(&caller),
            &req.tenant,
            req.id.get(),
            req.dry_run,
        )
        .await?,
    ))
}

pub async fn create_lobby_request(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateLobbyRequestRequest>,
) -> Reply<Empty> {
    versions::add_child(
        &state,
        actor(&caller),
        &req.tenant,
        req.deployment_id.get(),
        DeploymentChild::Lobby,
    )
    .await?;
    Ok(WireJson(Empty))
}

pub async fn delete_lobby(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteLobbyRequest>,
) -> Reply<DeletedResponse> {
    let deleted = versions::delete_child(
        &state,
        actor(&caller),
        req.lobby_id.get(),
        DeploymentChild::Lobby,
    )
    .await?;
    Ok(WireJson(DeletedResponse::of(deleted)))
}

pub async fn create_matchmaker_request(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<CreateMatchmakerRequestRequest>,
) -> Reply<Empty> {
    versions::add_child(
        &state,
        actor(&caller),
        &req.tenant,
        req.deployment_id.get(),
        DeploymentChild::Matchmaker,
    )
    .await?;
    Ok(WireJson(Empty))
}

/// A deployment left with no matchmaker gets its first one again at its next
/// REQUEST_MATCHMAKING (`game::matchmaking::request`, docs/game-loop.md "Matchmaking").
pub async fn delete_matchmaker(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<DeleteMatchmakerRequest>,
) -> Reply<DeletedResponse> {
    let deleted = versions::delete_child(
        &state,
        actor(&caller),
        req.matchmaker_id.get(),
        DeploymentChild::Matchmaker,
    )
    .await?;
    Ok(WireJson(DeletedResponse::of(deleted)))
}

pub async fn get_deployment_runtimes(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetDeploymentRuntimesRequest>,
) -> Reply<GetDeploymentRuntimesResponse> {
    let runtimes = runtimes_view::deployment_runtimes(
        &state,
        actor(&caller),
        &req.tenant,
        req.deployment_id.get(),
    )
    .await?;
    Ok(WireJson(GetDeploymentRuntimesResponse { runtimes }))
}

pub async fn get_stage_status(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetStageStatusRequest>,
) -> Reply<GetStageStatusResponse> {
    let status = status::stage_status(
        &state,
        actor(&caller),
        &req.tenant,
        &req.project,
        &req.stage,
    )
    .await?;
    Ok(WireJson(GetStageStatusResponse { status }))
}

/// The list endpoints of a tenant's objects (`tenancy::lists`).
macro_rules! list_handler {
    ($name:ident, $request:ty, $response:ty, $list:path) => {
        pub async fn $name(
            State(state): State<AppState>,
            caller: Caller,
            WireJson(req): WireJson<$request>,
        ) -> Reply<$response> {
            Ok(WireJson($list(&state, actor(&caller), &req).await?))
        }
    };
}

list_handler!(
    list_projects,
    ListProjectsRequest,
    ListProjectsResponse,
    lists::projects
);
list_handler!(
    list_stages,
    ListStagesRequest,
    ListStagesResponse,
    lists::stages
);
list_handler!(
    list_versions,
    ListVersionsRequest,
    ListVersionsResponse,
    lists::versions
);
list_handler!(
    list_deployments,
    ListDeploymentsRequest,
    ListDeploymentsResponse,
    lists::deployments
);
list_handler!(
    list_runtimes,
    ListRuntimesRequest,
    ListRuntimesResponse,
    lists::runtimes
);
list_handler!(
    list_clients,
    ListClientsRequest,
    ListClientsResponse,
    status::stage_clients
);

pub async fn get_deployment_events(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetDeploymentEventsRequest>,
) -> Reply<GetDeploymentEventsResponse> {
    let events = runtimes_view::deployment_events(
        &state,
        actor(&caller),
        &req.tenant,
        req.deployment_id.get(),
        req.limit,
    )
    .await?;
    Ok(WireJson(GetDeploymentEventsResponse { events }))
}

/// `kick-client`: on the owner of the client's slot (a request that lands elsewhere in a
/// cluster is forwarded there, as an interchange is).
pub async fn kick_client(
    State(state): State<AppState>,
    caller: Caller,
    headers: axum::http::HeaderMap,
    WireJson(req): WireJson<KickClientRequest>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse as _;
    use omgservers_types::endpoints::{self as ep, Endpoint as _};
    let client_id = req.client_id.get();
    let found =
        runtimes_view::kickable_client(&state, actor(&caller), &req.tenant, client_id).await?;
    let kicked = match found {
        None => false,
        Some(deployment_id) => {
            if state.writer.slots().is_clustered() {
                let path = ep::developer::KickClient::PATH;
                if let Some(answer) =
                    crate::cluster::forward::to_owner(&state, deployment_id, path, &headers, &req)
                        .await?
                {
                    return Ok(answer);
                }
            }
            crate::game::clients::kick(&state, client_id).await?
        }
    };
    if kicked {
        crate::audit::kicked(client_id);
    }
    Ok(WireJson(KickClientResponse { kicked }).into_response())
}

pub async fn get_runtime_logs(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetRuntimeLogsRequest>,
) -> Reply<GetRuntimeLogsResponse> {
    let logs = runtimes_view::runtime_logs(&state, actor(&caller), &req).await?;
    Ok(WireJson(logs))
}

/// `upload-files-archive`: upstream's multipart form (text parts `tenant` and
/// `tenantVersionId`, file part `version.zip` holding a zip, or the tar.gz omgctl sends).
pub async fn upload_files_archive(
    State(state): State<AppState>,
    caller: Caller,
    form: Result<axum::extract::Multipart, axum::extract::multipart::MultipartRejection>,
) -> Reply<UploadFilesArchiveResponse> {
    let mut form = form.map_err(|e| {
        ApiError::new(
            axum::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            omgservers_types::ErrorQualifier::WRONG_MEDIA_TYPE,
            format!(
                "upload-files-archive takes multipart/form-data with parts `tenant`, `tenantVersionId` and `version.zip`: {}",
                e.body_text()
            ),
        )
    })?;
    let mut tenant = None;
    let mut version_id = None;
    let mut archive = None;
    let archive_limit = state.config.builder_archive_limit;
    let malformed = |e: axum::extract::multipart::MultipartError| -> ApiError {
        if super::extract::stalled(&e) {
            return super::extract::stalled_body();
        }
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            return ApiError::new(
                e.status(),
                omgservers_types::ErrorQualifier::REQUEST_TOO_LARGE,
                format!(
                    "the archive is larger than OMGSERVERS_BUILDER_ARCHIVE_LIMIT ({archive_limit} bytes)"
                ),
            );
        }
        crate::error::Error::invalid(format!(
            "the multipart body cannot be read: {}",
            e.body_text()
        ))
        .into()
    };
    while let Some(field) = form.next_field().await.map_err(malformed)? {
        match field.name().unwrap_or_default() {
            "tenant" => tenant = Some(field.text().await.map_err(malformed)?),
            "tenantVersionId" => version_id = Some(field.text().await.map_err(malformed)?),
            "version.zip" => archive = Some(field.bytes().await.map_err(malformed)?),
            _ => {}
        }
    }
    let tenant =
        tenant.ok_or_else(|| crate::error::Error::validation("the form has no `tenant` part"))?;
    // The same checks as a JSON `tenant` field (non-blank, at most 64 characters).
    let tenant: omgservers_types::IdOrAlias =
        serde_json::from_value(serde_json::Value::String(tenant.trim().to_owned()))
            .map_err(|e| crate::error::Error::validation(format!("tenant: {e}")))?;
    let version_id: i64 = version_id
        .ok_or_else(|| crate::error::Error::validation("the form has no `tenantVersionId` part"))?
        .trim()
        .parse()
        .map_err(|_| crate::error::Error::validation("`tenantVersionId` is not a numeric id"))?;
    let archive = archive.ok_or_else(|| crate::error::Error::Invalid {
        qualifier: omgservers_types::ErrorQualifier::VERSION_ZIP_NOT_FOUND,
        message: "the form has no `version.zip` part with the archive".to_owned(),
    })?;
    let (archive_id, build_id) = images::upload(
        &state,
        actor(&caller),
        &tenant,
        version_id,
        archive.to_vec(),
    )
    .await?;
    Ok(WireJson(UploadFilesArchiveResponse {
        files_archive_id: FilesArchiveId(archive_id),
        build_request_id: Some(BuildRequestId(build_id)),
    }))
}

pub async fn get_build_log(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<GetBuildLogRequest>,
) -> Reply<GetBuildLogResponse> {
    let log = images::build_log(
        &state,
        actor(&caller),
        &req.tenant,
        req.build_request_id.get(),
    )
    .await?;
    Ok(WireJson(log))
}
