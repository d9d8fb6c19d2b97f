//! `omgctl developer …` for tenants, projects and stages.

use omgservers_types::endpoints as ep;
use omgservers_types::{developer as dev, support};
use serde_json::json;

use crate::cli::DeveloperCommand;
use crate::client::{body, parse, Ctx, Op};
use crate::commands::support::project_created;
use crate::commands::{
    aliases, delete_cascading, delete_project, empty_ok, or_var, Cascading, P, T,
};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{kv_table, list_table, Out};

pub(crate) fn run(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    match c {
        DeveloperCommand::GetTenantDetails { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let v = ctx.send_to::<ep::developer::GetTenantDetails>(
                r,
                &dev::GetTenantDetailsRequest {
                    tenant: tenant.as_str().into(),
                },
            )?;
            let d = parse::<dev::GetTenantDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.tenant.id.to_string())
                .table(
                    Some("Tenant"),
                    kv_table(&[
                        ("ID", d.tenant.id.to_string()),
                        ("CREATED", d.tenant.created.clone()),
                        ("ALIASES", aliases(&d.tenant.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Projects"),
                    list_table(
                        &["ID", "ALIASES", "CREATED"],
                        d.projects
                            .iter()
                            .map(|p| vec![p.id.to_string(), aliases(&p.aliases), p.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::CreateProject { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let v = ctx.send_to::<ep::developer::CreateProject>(
                r,
                &support::CreateProjectRequest {
                    tenant: tenant.as_str().into(),
                },
            )?;
            project_created(ctx, v)
        }
        DeveloperCommand::CreateProjectAlias {
            tenant,
            project_id,
            alias,
        } => {
            let v = ctx.send_to::<ep::developer::CreateProjectAlias>(
                r,
                &support::CreateProjectAliasRequest {
                    tenant: tenant.as_str().into(),
                    project_id: project_id.into(),
                    alias: alias.clone(),
                },
            )?;
            Ok(empty_ok(
                v,
                format!("Project alias was created, {project_id} = {alias}"),
            ))
        }
        DeveloperCommand::GetProjectDetails { tenant, project } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let v = ctx.send_to::<ep::developer::GetProjectDetails>(
                r,
                &dev::GetProjectDetailsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                },
            )?;
            let d = parse::<dev::GetProjectDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.project.id.to_string())
                .table(
                    Some("Project"),
                    kv_table(&[
                        ("ID", d.project.id.to_string()),
                        ("TENANT", d.project.tenant_id.to_string()),
                        ("CREATED", d.project.created.clone()),
                        ("ALIASES", aliases(&d.project.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Stages"),
                    list_table(
                        &["ID", "ALIASES", "CREATED"],
                        d.stages
                            .iter()
                            .map(|s| vec![s.id.to_string(), aliases(&s.aliases), s.created.clone()])
                            .collect(),
                    ),
                )
                .table(
                    Some("Versions"),
                    list_table(
                        &["ID", "CREATED"],
                        d.versions
                            .iter()
                            .map(|v| vec![v.id.to_string(), v.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteProject {
            tenant,
            project,
            delete,
            cascade,
        } => delete_project(ctx, r, &tenant, &project, delete, cascade),
        DeveloperCommand::CreateStage { tenant, project } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let v = ctx.send_to::<ep::developer::CreateStage>(
                r,
                &dev::CreateStageRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                },
            )?;
            let id = parse::<dev::CreateStageResponse>(v.clone())?
                .stage_id
                .to_string();
            ctx.remember(&[("STAGE", id.clone())])?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[("STAGE", id.clone())])
                .message(format!("Stage was created, STAGE={id}")))
        }
        DeveloperCommand::CreateStageAlias {
            tenant,
            stage_id,
            alias,
        } => {
            let v = ctx.send_to::<ep::developer::CreateStageAlias>(
                r,
                &dev::CreateStageAliasRequest {
                    tenant: tenant.as_str().into(),
                    stage_id: stage_id.into(),
                    alias: alias.clone(),
                },
            )?;
            Ok(empty_ok(
                v,
                format!("Stage alias was created, {stage_id} = {alias}"),
            ))
        }
        DeveloperCommand::GetStageDetails {
            tenant,
            project,
            stage,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let v = ctx.send_to::<ep::developer::GetStageDetails>(
                r,
                &dev::GetStageDetailsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                },
            )?;
            let d = parse::<dev::GetStageDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.stage.id.to_string())
                .table(
                    Some("Stage"),
                    kv_table(&[
                        ("ID", d.stage.id.to_string()),
                        ("PROJECT", d.stage.project_id.to_string()),
                        ("CREATED", d.stage.created.clone()),
                        ("ALIASES", aliases(&d.stage.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Deployments"),
                    list_table(
                        &["ID", "VERSION", "STATE", "CREATED"],
                        d.deployments
                            .iter()
                            .map(|x| {
                                vec![
                                    x.id.to_string(),
                                    x.version_id.to_string(),
                                    x.state.map_or("-".to_owned(), |s| s.to_string()),
                                    x.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteStage {
            tenant,
            project,
            stage,
            delete,
            cascade,
        } => {
            let c = Cascading {
                role: r,
                op: Op::of::<ep::developer::DeleteStage>(),
                request: body(&dev::DeleteStageRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    dry_run: false,
                })?,
                what: "Stage",
                id: &stage,
                question: format!("stage {stage} of project {project} with its deployments (their players are disconnected)"),
                var: "STAGE",
                under: &["DEPLOYMENT"],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        DeveloperCommand::ListProjects { tenant, limit } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            crate::lists::list(
                ctx,
                &crate::lists::PROJECTS,
                json!({"tenant": tenant}),
                limit,
            )
        }
        DeveloperCommand::ListStages {
            tenant,
            project,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let scope = json!({"tenant": tenant, "project": project});
            crate::lists::list(ctx, &crate::lists::STAGES, scope, limit)
        }
        other => unreachable!("developer::run sent {other:?} to projects"),
    }
}
