//! Every JSON operation of the wire interface as a type (wire reference §5–§13): its area,
//! operation name and path, and the types of its request and response. The server's router,
//! omgctl, the SDK and the test kit name operations through these, so each path is spelled
//! once, here.
//!
//! ```
//! use omgservers_types::endpoints::{support, Endpoint};
//! assert_eq!(support::CreateTenant::PATH, "/service/v1/entrypoint/support/request/create-tenant");
//! ```

/// Where every operation's path starts (wire reference §2.1).
pub const PREFIX: &str = "/service/v1/entrypoint";

/// One operation: `POST` (or `PUT`) `PATH` with a `Request` body, answered with a `Response`.
pub trait Endpoint {
    /// `admin`, `support`, `developer`, `player`, `runtime`, `dispatcher` or `registry`.
    const AREA: &'static str;
    /// The operation, e.g. `create-tenant`.
    const OPERATION: &'static str;
    /// `PREFIX/<area>/request/<operation>`.
    const PATH: &'static str;
    type Request;
    type Response;
}

macro_rules! endpoints {
    ($( $area:ident { $( $name:ident = $op:literal: $req:ty => $res:ty; )* } )*) => {
        $(
            #[doc = concat!("The `", stringify!($area), "` operations.")]
            pub mod $area {
                $(
                    #[doc = concat!("`", stringify!($area), "/request/", $op, "`.")]
                    #[derive(Clone, Copy, Debug)]
                    pub struct $name;

                    impl super::Endpoint for $name {
                        const AREA: &'static str = stringify!($area);
                        const OPERATION: &'static str = $op;
                        const PATH: &'static str =
                            concat!("/service/v1/entrypoint/", stringify!($area), "/request/", $op);
                        type Request = $req;
                        type Response = $res;
                    }
                )*
            }
        )*

        /// Every operation as `(area, operation)`, in the order the server registers them.
        pub const ALL: &[(&str, &str)] = &[$($((stringify!($area), $op),)*)*];
    };
}

endpoints! {
    admin {
        CreateToken = "create-token": crate::admin::CreateTokenByUserRequest => crate::admin::CreateTokenResponse;
        GenerateId = "generate-id": crate::Empty => crate::admin::GenerateIdResponse;
        BcryptHash = "bcrypt-hash": crate::admin::BcryptHashRequest => crate::admin::BcryptHashResponse;
        CalculateShard = "calculate-shard": crate::admin::CalculateShardRequest => crate::admin::CalculateShardResponse;
        GetCluster = "get-cluster": crate::Empty => crate::admin::GetClusterResponse;
        DrainNode = "drain-node": crate::admin::DrainNodeRequest => crate::admin::DrainNodeResponse;
        GetSlotDatabases = "get-slot-databases": crate::Empty => crate::admin::GetSlotDatabasesResponse;
        MoveSlots = "move-slots": crate::admin::MoveSlotsRequest => crate::admin::GetSlotDatabasesResponse;
        CancelSlotMoves = "cancel-slot-moves": crate::admin::CancelSlotMovesRequest => crate::admin::GetSlotDatabasesResponse;
        PingDockerHost = "ping-docker-host": crate::admin::PingDockerHostRequest => crate::admin::PingDockerHostResponse;
        GetPoolHosts = "get-pool-hosts": crate::Empty => crate::admin::GetPoolHostsResponse;
        CreatePoolHost = "create-pool-host": crate::admin::CreatePoolHostRequest => crate::admin::PoolHostResponse;
        DrainPoolHost = "drain-pool-host": crate::admin::DrainPoolHostRequest => crate::admin::PoolHostResponse;
        DeletePoolHost = "delete-pool-host": crate::admin::DeletePoolHostRequest => crate::support::DeletedResponse;
    }
    support {
        CreateToken = "create-token": crate::admin::CreateTokenByUserRequest => crate::admin::CreateTokenResponse;
        CreateTenant = "create-tenant": crate::Empty => crate::support::CreateTenantResponse;
        CreateTenantAlias = "create-tenant-alias": crate::support::CreateTenantAliasRequest => crate::Empty;
        DeleteTenant = "delete-tenant": crate::support::DeleteTenantRequest => crate::support::DeletedResponse;
        CreateProject = "create-project": crate::support::CreateProjectRequest => crate::support::CreateProjectResponse;
        CreateProjectAlias = "create-project-alias": crate::support::CreateProjectAliasRequest => crate::Empty;
        DeleteProject = "delete-project": crate::support::DeleteProjectRequest => crate::support::DeletedResponse;
        CreateDeveloper = "create-developer": crate::Empty => crate::support::CreateDeveloperResponse;
        ListTenants = "list-tenants": crate::support::ListRequest => crate::support::ListTenantsResponse;
        ListDevelopers = "list-developers": crate::support::ListRequest => crate::support::ListDevelopersResponse;
        DeleteDeveloper = "delete-developer": crate::support::DeleteDeveloperRequest => crate::support::DeletedResponse;
        ListPermissions = "list-permissions": crate::support::ListPermissionsRequest => crate::support::ListPermissionsResponse;
        CreateTenantPermissions = "create-tenant-permissions": crate::support::CreateTenantPermissionsRequest => crate::support::CreateTenantPermissionsResponse;
        DeleteTenantPermissions = "delete-tenant-permissions": crate::support::DeleteTenantPermissionsRequest => crate::support::DeleteTenantPermissionsResponse;
        CreateProjectPermissions = "create-project-permissions": crate::support::CreateProjectPermissionsRequest => crate::support::CreateProjectPermissionsResponse;
        DeleteProjectPermissions = "delete-project-permissions": crate::support::DeleteProjectPermissionsRequest => crate::support::DeleteProjectPermissionsResponse;
        CreateStagePermissions = "create-stage-permissions": crate::support::CreateStagePermissionsRequest => crate::support::CreateStagePermissionsResponse;
        DeleteStagePermissions = "delete-stage-permissions": crate::support::DeleteStagePermissionsRequest => crate::support::DeleteStagePermissionsResponse;
    }
    developer {
        CreateToken = "create-token": crate::admin::CreateTokenByIdRequest => crate::admin::CreateTokenResponse;
        GetTenantDetails = "get-tenant-details": crate::developer::GetTenantDetailsRequest => crate::developer::GetTenantDetailsResponse;
        ListProjects = "list-projects": crate::developer::ListProjectsRequest => crate::developer::ListProjectsResponse;
        ListStages = "list-stages": crate::developer::ListStagesRequest => crate::developer::ListStagesResponse;
        ListVersions = "list-versions": crate::developer::ListVersionsRequest => crate::developer::ListVersionsResponse;
        ListDeployments = "list-deployments": crate::developer::ListDeploymentsRequest => crate::developer::ListDeploymentsResponse;
        ListRuntimes = "list-runtimes": crate::developer::ListRuntimesRequest => crate::developer::ListRuntimesResponse;
        CreateProject = "create-project": crate::support::CreateProjectRequest => crate::support::CreateProjectResponse;
        CreateProjectAlias = "create-project-alias": crate::support::CreateProjectAliasRequest => crate::Empty;
        GetProjectDetails = "get-project-details": crate::developer::GetProjectDetailsRequest => crate::developer::GetProjectDetailsResponse;
        DeleteProject = "delete-project": crate::support::DeleteProjectRequest => crate::support::DeletedResponse;
        CreateStage = "create-stage": crate::developer::CreateStageRequest => crate::developer::CreateStageResponse;
        CreateStageAlias = "create-stage-alias": crate::developer::CreateStageAliasRequest => crate::Empty;
        GetStageDetails = "get-stage-details": crate::developer::GetStageDetailsRequest => crate::developer::GetStageDetailsResponse;
        DeleteStage = "delete-stage": crate::developer::DeleteStageRequest => crate::support::DeletedResponse;
        CreateVersion = "create-version": crate::developer::CreateVersionRequest => crate::developer::CreateVersionResponse;
        UploadFilesArchive = "upload-files-archive": crate::developer::UploadFilesArchiveForm => crate::developer::UploadFilesArchiveResponse;
        GetBuildLog = "get-build-log": crate::developer::GetBuildLogRequest => crate::developer::GetBuildLogResponse;
        GetVersionDetails = "get-version-details": crate::developer::GetVersionDetailsRequest => crate::developer::GetVersionDetailsResponse;
        DeleteVersion = "delete-version": crate::developer::DeleteVersionRequest => crate::support::DeletedResponse;
        DeployVersion = "deploy-version": crate::developer::DeployVersionRequest => crate::developer::DeployVersionResponse;
        GetDeploymentDetails = "get-deployment-details": crate::developer::GetDeploymentDetailsRequest => crate::developer::GetDeploymentDetailsResponse;
        DeleteDeployment = "delete-deployment": crate::developer::DeleteDeploymentRequest => crate::support::DeletedResponse;
        CreateLobbyRequest = "create-lobby-request": crate::developer::CreateLobbyRequestRequest => crate::Empty;
        DeleteLobby = "delete-lobby": crate::developer::DeleteLobbyRequest => crate::support::DeletedResponse;
        CreateMatchmakerRequest = "create-matchmaker-request": crate::developer::CreateMatchmakerRequestRequest => crate::Empty;
        DeleteMatchmaker = "delete-matchmaker": crate::developer::DeleteMatchmakerRequest => crate::support::DeletedResponse;
        GetDeploymentRuntimes = "get-deployment-runtimes": crate::developer::GetDeploymentRuntimesRequest => crate::developer::GetDeploymentRuntimesResponse;
        GetStageStatus = "get-stage-status": crate::developer::GetStageStatusRequest => crate::developer::GetStageStatusResponse;
        ListClients = "list-clients": crate::developer::ListClientsRequest => crate::developer::ListClientsResponse;
        GetDeploymentEvents = "get-deployment-events": crate::developer::GetDeploymentEventsRequest => crate::developer::GetDeploymentEventsResponse;
        GetRuntimeLogs = "get-runtime-logs": crate::developer::GetRuntimeLogsRequest => crate::developer::GetRuntimeLogsResponse;
        KickClient = "kick-client": crate::developer::KickClientRequest => crate::developer::KickClientResponse;
    }
    player {
        PingService = "ping-service": crate::player::PingServiceRequest => crate::player::PingServiceResponse;
        CreateUser = "create-user": crate::Empty => crate::player::CreateUserResponse;
        CreateToken = "create-token": crate::admin::CreateTokenByIdRequest => crate::admin::CreateTokenResponse;
        CreateClient = "create-client": crate::player::CreateClientRequest => crate::player::CreateClientResponse;
        Interchange = "interchange": crate::player::PlayerInterchangeRequest => crate::player::PlayerInterchangeResponse;
    }
    runtime {
        CreateToken = "create-token": crate::runtime::RuntimeCreateTokenRequest => crate::runtime::RuntimeCreateTokenResponse;
        Interchange = "interchange": crate::runtime::RuntimeInterchangeRequest => crate::runtime::RuntimeInterchangeResponse;
    }
    dispatcher {
        CreateToken = "create-token": crate::admin::CreateTokenByUserRequest => crate::admin::CreateTokenResponse;
    }
    registry {
        HandleEvents = "handle-events": crate::registry::RegistryNotification => crate::Empty;
    }
}

/// The path of the operation `area`/`op`, for callers that name it in text (the test kit, a
/// CLI with the area chosen at run time); `None` for an operation the interface does not have.
pub fn path(area: &str, op: &str) -> Option<String> {
    ALL.iter()
        .any(|(a, o)| *a == area && *o == op)
        .then(|| format!("{PREFIX}/{area}/request/{op}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_wire_paths_and_unique() {
        assert_eq!(
            developer::ListRuntimes::PATH,
            "/service/v1/entrypoint/developer/request/list-runtimes"
        );
        assert_eq!(
            path("player", "interchange").as_deref(),
            Some(player::Interchange::PATH)
        );
        assert_eq!(path("player", "no-such-operation"), None);
        let mut seen = std::collections::HashSet::new();
        assert!(
            ALL.iter().all(|e| seen.insert(*e)),
            "an operation is listed twice"
        );
    }
}
