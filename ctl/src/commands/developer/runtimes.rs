//! `omgctl developer …` for what runs: runtimes, the stage status, clients, runtime logs.

use omgservers_types::developer as dev;
use omgservers_types::endpoints as ep;
use serde_json::json;

use crate::cli::DeveloperCommand;
use crate::client::{parse, Ctx};
use crate::commands::rollout::{get_runtimes, runtimes_table};
use crate::commands::{confirm_delete, or_var, or_var_id, D, P, T};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::Out;

pub(crate) fn run(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    match c {
        DeveloperCommand::GetDeploymentRuntimes {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_runtimes(ctx, &tenant, deployment_id)?;
            let runtimes = parse::<dev::GetDeploymentRuntimesResponse>(v.clone())?.runtimes;
            if runtimes.is_empty() {
                ctx.ui
                    .note(&format!("Deployment {deployment_id} has no runtime yet"));
            }
            let ids: Vec<String> = runtimes.iter().map(|r| r.id.to_string()).collect();
            Ok(Out::new(v)
                .id(ids.join("\n"))
                .table(None, runtimes_table(&runtimes)))
        }
        DeveloperCommand::GetStageStatus {
            tenant,
            project,
            stage,
            watch,
            interval,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let request = dev::GetStageStatusRequest {
                tenant: tenant.as_str().into(),
                project: project.as_str().into(),
                stage: stage.as_str().into(),
            };
            if watch {
                return crate::status::watch(ctx, interval, |ctx| {
                    crate::status::stage_status(ctx, &request)
                });
            }
            crate::status::stage_status(ctx, &request)
        }
        DeveloperCommand::ListClients {
            tenant,
            project,
            stage,
            user,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let scope =
                json!({"tenant": tenant, "project": project, "stage": stage, "user_id": user});
            crate::lists::list(ctx, &crate::lists::CLIENTS, scope, limit)
        }
        DeveloperCommand::ListRuntimes {
            tenant,
            project,
            stage,
            deployment,
            lobbies,
            matches,
            limit,
            watch,
            interval,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let qualifier = match (lobbies, matches) {
                (true, _) => Some("LOBBY"),
                (_, true) => Some("MATCH"),
                _ => None,
            };
            let scope = json!({"tenant": tenant, "project": project, "stage": stage,
                "deployment_id": deployment.map(|d| d.to_string()), "qualifier": qualifier});
            let look = move |ctx: &mut Ctx| {
                crate::lists::list(ctx, &crate::lists::RUNTIMES, scope.clone(), limit)
            };
            if watch {
                return crate::status::watch(ctx, interval, look);
            }
            look(ctx)
        }
        DeveloperCommand::KickClient {
            tenant,
            client_id,
            delete,
        } => {
            let what = format!("client {client_id} (its player is disconnected)");
            confirm_delete(delete, &what)?;
            let request = dev::KickClientRequest {
                tenant: tenant.as_str().into(),
                client_id: client_id.into(),
            };
            let v = ctx.send_to::<ep::developer::KickClient>(r, &request)?;
            let kicked = parse::<dev::KickClientResponse>(v.clone())?.kicked;
            let message = if kicked {
                format!("Client {client_id} was kicked")
            } else if delete.ignore_not_found {
                format!("Client {client_id} was not found, nothing was done")
            } else {
                return Err(CtlError::not_found(
                    format!("tenant {tenant} has no connected client {client_id}"),
                    "--ignore-not-found exits 0 when there is nothing to kick",
                ));
            };
            Ok(Out::new(v)
                .id(kicked.to_string())
                .kv(&[("KICKED", kicked.to_string())])
                .message(message))
        }
        DeveloperCommand::GetRuntimeLogs {
            tenant,
            runtime_id,
            tail,
            since,
            timestamps,
            follow,
        } => {
            let request = dev::GetRuntimeLogsRequest {
                tenant: tenant.as_str().into(),
                runtime_id: runtime_id.into(),
                tail,
                since: since
                    .as_deref()
                    .map(crate::runtime_logs::instant)
                    .transpose()?,
                timestamps: timestamps.then_some(true),
            };
            if follow {
                return crate::runtime_logs::follow(ctx, request, timestamps);
            }
            let v = ctx.send_to::<ep::developer::GetRuntimeLogs>(r, &request)?;
            let logs: dev::GetRuntimeLogsResponse = parse(v.clone())?;
            if logs.logs.is_empty() {
                ctx.ui.note(&format!(
                    "Runtime {runtime_id} (container {}) has printed nothing",
                    logs.container
                ));
            }
            Ok(Out::new(v).id(logs.logs.clone()).raw(logs.logs))
        }
        other => unreachable!("developer::run sent {other:?} to runtimes"),
    }
}
