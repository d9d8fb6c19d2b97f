//! `omgctl developer …` for deployments: deploy, rollback, details, events, lobbies and matchmakers.

use omgservers_types::developer as dev;
use omgservers_types::endpoints as ep;
use serde_json::json;

use crate::cli::DeveloperCommand;
use crate::client::{body, parse, Ctx, Op};
use crate::commands::rollout::{
    deploy, events_table, get_deployment, get_events, previous_version, Target,
};
use crate::commands::{
    confirm_delete, delete_cascading, deleted, empty_ok, or_var, or_var_id, Cascading, D, P, T, V,
};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{kv_table, list_table, Out};

pub(crate) fn run(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    match c {
        DeveloperCommand::DeployVersion {
            tenant,
            project,
            stage,
            version_id,
            wait,
            timeout,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let version_id = or_var_id(ctx, version_id, "VERSION", V)?;
            let target = Target {
                tenant: &tenant,
                project: &project,
                stage: &stage,
            };
            deploy(ctx, &target, version_id, wait.then_some(timeout))
        }
        DeveloperCommand::Rollback {
            tenant,
            project,
            stage,
            to_version,
            wait,
            timeout,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let target = Target {
                tenant: &tenant,
                project: &project,
                stage: &stage,
            };
            let version_id = match to_version {
                Some(v) => v,
                None => previous_version(ctx, &target)?,
            };
            ctx.ui
                .note(&format!("Rolling back to version {version_id}"));
            deploy(ctx, &target, version_id, wait.then_some(timeout))
        }
        DeveloperCommand::GetDeploymentDetails {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_deployment(ctx, &tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.deployment.id.to_string())
                .table(
                    Some("Deployment"),
                    kv_table(&[
                        ("ID", d.deployment.id.to_string()),
                        ("STAGE", d.deployment.stage_id.to_string()),
                        ("VERSION", d.deployment.version_id.to_string()),
                        ("CREATED", d.deployment.created.clone()),
                        (
                            "STATE",
                            d.deployment.state.map_or("-".to_owned(), |s| s.to_string()),
                        ),
                        (
                            "REASON",
                            d.deployment.state_reason.clone().unwrap_or_default(),
                        ),
                    ]),
                )
                .table(
                    Some("Lobbies"),
                    list_table(
                        &["LOBBY", "CREATED"],
                        d.lobby_refs
                            .iter()
                            .map(|l| vec![l.lobby_id.to_string(), l.created.clone()])
                            .collect(),
                    ),
                )
                .table(
                    Some("Matchmakers"),
                    list_table(
                        &["MATCHMAKER", "CREATED"],
                        d.matchmaker_refs
                            .iter()
                            .map(|m| vec![m.matchmaker_id.to_string(), m.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteDeployment {
            tenant,
            deployment_id,
            delete,
            cascade,
        } => {
            let id = deployment_id.to_string();
            let c = Cascading {
                role: r,
                op: Op::of::<ep::developer::DeleteDeployment>(),
                request: body(&dev::DeleteDeploymentRequest {
                    tenant: tenant.as_str().into(),
                    id: deployment_id.into(),
                    dry_run: false,
                })?,
                what: "Deployment",
                id: &id,
                question: format!("deployment {deployment_id} with its lobbies, matches and runtimes (its players are disconnected)"),
                var: "DEPLOYMENT",
                under: &[],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        DeveloperCommand::CreateLobbyRequest {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = ctx.send_to::<ep::developer::CreateLobbyRequest>(
                r,
                &dev::CreateLobbyRequestRequest {
                    tenant: tenant.as_str().into(),
                    deployment_id: deployment_id.into(),
                },
            )?;
            Ok(empty_ok(
                v,
                "Lobby request created successfully.".to_owned(),
            ))
        }
        DeveloperCommand::DeleteLobby { lobby_id, delete } => {
            confirm_delete(delete, &format!("lobby {lobby_id} and its runtime"))?;
            let v = ctx.send_to::<ep::developer::DeleteLobby>(
                r,
                &dev::DeleteLobbyRequest {
                    lobby_id: lobby_id.into(),
                },
            )?;
            deleted(v, "Lobby", &lobby_id.to_string(), delete)
        }
        DeveloperCommand::CreateMatchmakerRequest {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = ctx.send_to::<ep::developer::CreateMatchmakerRequest>(
                r,
                &dev::CreateMatchmakerRequestRequest {
                    tenant: tenant.as_str().into(),
                    deployment_id: deployment_id.into(),
                },
            )?;
            Ok(empty_ok(
                v,
                "Matchmaker request created successfully.".to_owned(),
            ))
        }
        DeveloperCommand::DeleteMatchmaker {
            matchmaker_id,
            delete,
        } => {
            confirm_delete(delete, &format!("matchmaker {matchmaker_id}"))?;
            let v = ctx.send_to::<ep::developer::DeleteMatchmaker>(
                r,
                &dev::DeleteMatchmakerRequest {
                    matchmaker_id: matchmaker_id.into(),
                },
            )?;
            deleted(v, "Matchmaker", &matchmaker_id.to_string(), delete)
        }
        DeveloperCommand::ListDeployments {
            tenant,
            project,
            stage,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let scope = json!({"tenant": tenant, "project": project, "stage": stage});
            crate::lists::list(ctx, &crate::lists::DEPLOYMENTS, scope, limit)
        }
        DeveloperCommand::GetDeploymentEvents {
            tenant,
            deployment_id,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_events(ctx, &tenant, deployment_id, limit)?;
            let events = parse::<dev::GetDeploymentEventsResponse>(v.clone())?.events;
            if events.is_empty() {
                ctx.ui
                    .note(&format!("Deployment {deployment_id} has no event yet"));
            }
            let ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
            Ok(Out::new(v)
                .id(ids.join("\n"))
                .table(None, events_table(&events)))
        }
        other => unreachable!("developer::run sent {other:?} to deployments"),
    }
}
