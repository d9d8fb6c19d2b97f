//! `omgctl developer …`, by noun: projects and stages, versions, deployments, what runs.

pub mod deployments;
pub mod projects;
pub mod runtimes;
pub mod versions;

use crate::cli::DeveloperCommand;
use crate::client::Ctx;
use crate::commands::credentials::{create_token_cmd, print_current_role, use_credentials};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::Out;

/// Runs a developer command: its credentials here, the others in the module of their noun.
pub(crate) fn run(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    match c {
        DeveloperCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        DeveloperCommand::PrintCurrent => print_current_role(ctx, r),
        DeveloperCommand::CreateToken => create_token_cmd(ctx, r),
        c @ (DeveloperCommand::GetTenantDetails { .. }
        | DeveloperCommand::CreateProject { .. }
        | DeveloperCommand::CreateProjectAlias { .. }
        | DeveloperCommand::GetProjectDetails { .. }
        | DeveloperCommand::DeleteProject { .. }
        | DeveloperCommand::CreateStage { .. }
        | DeveloperCommand::CreateStageAlias { .. }
        | DeveloperCommand::GetStageDetails { .. }
        | DeveloperCommand::DeleteStage { .. }
        | DeveloperCommand::ListProjects { .. }
        | DeveloperCommand::ListStages { .. }) => projects::run(ctx, c),
        c @ (DeveloperCommand::CreateVersion { .. }
        | DeveloperCommand::UploadFilesArchive { .. }
        | DeveloperCommand::GetBuildLog { .. }
        | DeveloperCommand::GetVersionDetails { .. }
        | DeveloperCommand::DeleteVersion { .. }
        | DeveloperCommand::ListVersions { .. }) => versions::run(ctx, c),
        c @ (DeveloperCommand::DeployVersion { .. }
        | DeveloperCommand::Rollback { .. }
        | DeveloperCommand::GetDeploymentDetails { .. }
        | DeveloperCommand::DeleteDeployment { .. }
        | DeveloperCommand::CreateLobbyRequest { .. }
        | DeveloperCommand::DeleteLobby { .. }
        | DeveloperCommand::CreateMatchmakerRequest { .. }
        | DeveloperCommand::DeleteMatchmaker { .. }
        | DeveloperCommand::ListDeployments { .. }
        | DeveloperCommand::GetDeploymentEvents { .. }) => deployments::run(ctx, c),
        c @ (DeveloperCommand::GetDeploymentRuntimes { .. }
        | DeveloperCommand::GetStageStatus { .. }
        | DeveloperCommand::ListClients { .. }
        | DeveloperCommand::ListRuntimes { .. }
        | DeveloperCommand::GetRuntimeLogs { .. }
        | DeveloperCommand::KickClient { .. }) => runtimes::run(ctx, c),
    }
}
