//! `omgctl support …`: tenants, projects, developers, permissions.

use omgservers_types::endpoints as ep;
use omgservers_types::{support, Empty};
use serde_json::{json, Value};

use crate::cli::SupportCommand;
use crate::client::{body, parse, Ctx, Op};
use crate::commands::credentials::{
    create_token_cmd, print_current_role, store_credentials, use_credentials,
};
use crate::commands::{
    confirm_delete, delete_cascading, delete_project, deleted, empty_ok, gone, or_var,
    permissions_out, Cascading,
};
use crate::error::CtlError;
use crate::store::{Role, Secret, Source};
use crate::ui::Out;

pub(crate) fn run(ctx: &mut Ctx, c: SupportCommand) -> Result<Out, CtlError> {
    let r = Role::Support;
    match c {
        SupportCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        SupportCommand::PrintCurrent => print_current_role(ctx, r),
        SupportCommand::CreateToken => create_token_cmd(ctx, r),
        SupportCommand::CreateTenant => {
            let v = ctx.send_to::<ep::support::CreateTenant>(r, &Empty)?;
            let resp: support::CreateTenantResponse = parse(v.clone())?;
            let id = resp.id.to_string();
            ctx.remember(&[("TENANT", id.clone())])?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[("TENANT", id.clone())])
                .message(format!("Tenant was created, TENANT={id}")))
        }
        SupportCommand::CreateTenantAlias { tenant_id, alias } => {
            let v = ctx.send_to::<ep::support::CreateTenantAlias>(
                r,
                &support::CreateTenantAliasRequest {
                    tenant_id: tenant_id.into(),
                    alias: alias.clone(),
                },
            )?;
            Ok(empty_ok(
                v,
                format!("Tenant alias was created, {tenant_id} = {alias}"),
            ))
        }
        SupportCommand::DeleteTenant {
            tenant,
            delete,
            cascade,
        } => {
            let c = Cascading {
                role: r,
                op: Op::of::<ep::support::DeleteTenant>(),
                request: body(&support::DeleteTenantRequest {
                    tenant: tenant.as_str().into(),
                    dry_run: false,
                })?,
                what: "Tenant",
                id: &tenant,
                question: format!("tenant {tenant} and everything under it (projects, stages, versions, deployments, their runtimes and containers)"),
                var: "TENANT",
                under: &[
                    "PROJECT",
                    "STAGE",
                    "VERSION",
                    "DEPLOYMENT",
                    "FILES_ARCHIVE",
                    "BUILD_REQUEST",
                ],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        SupportCommand::CreateProject { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", "omgctl support create-tenant")?;
            let v = ctx.send_to::<ep::support::CreateProject>(
                r,
                &support::CreateProjectRequest {
                    tenant: tenant.as_str().into(),
                },
            )?;
            project_created(ctx, v)
        }
        SupportCommand::CreateProjectAlias {
            tenant,
            project_id,
            alias,
        } => {
            let v = ctx.send_to::<ep::support::CreateProjectAlias>(
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
        SupportCommand::DeleteProject {
            tenant,
            project,
            delete,
            cascade,
        } => delete_project(ctx, r, &tenant, &project, delete, cascade),
        SupportCommand::ListTenants { limit } => {
            crate::lists::list(ctx, &crate::lists::TENANTS, json!({}), limit)
        }
        SupportCommand::ListDevelopers { limit } => {
            crate::lists::list(ctx, &crate::lists::DEVELOPERS, json!({}), limit)
        }
        SupportCommand::ListPermissions {
            tenant,
            user,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", "omgctl support create-tenant")?;
            let scope = json!({"tenant": tenant, "user_id": user});
            crate::lists::list(ctx, &crate::lists::PERMISSIONS, scope, limit)
        }
        SupportCommand::CreateDeveloper => {
            let v = ctx.send_to::<ep::support::CreateDeveloper>(r, &Empty)?;
            let resp: support::CreateDeveloperResponse = parse(v.clone())?;
            let id = resp.user_id.to_string();
            // As upstream, the new developer becomes the stored developer login; say so when
            // that replaces another one.
            if let Some((previous, Source::File)) = ctx.user(Role::Developer) {
                if previous != id {
                    ctx.ui.warn(&format!(
                        "the stored developer login {previous} was replaced by the new developer {id}"
                    ));
                }
            }
            let source = store_credentials(ctx, Role::Developer, &id, &resp.password)?;
            // A token of the previous developer must not be used for the new one.
            let (env_name, _) = ctx.env()?;
            ctx.store
                .remove_secret(&env_name, Role::Developer, Secret::Token)?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[
                    ("DEVELOPER_USER", id.clone()),
                    (
                        "DEVELOPER_PASSWORD",
                        format!(
                            "stored in {} (omgctl environment print-variable DEVELOPER_PASSWORD)",
                            source.describe("")
                        ),
                    ),
                ])
                .message(format!("Developer was created, DEVELOPER_USER={id}")))
        }
        SupportCommand::DeleteDeveloper { user_id, delete } => {
            confirm_delete(delete, &format!("developer {user_id}"))?;
            let v = ctx.send_to::<ep::support::DeleteDeveloper>(
                r,
                &support::DeleteDeveloperRequest {
                    user_id: user_id.into(),
                },
            )?;
            let out = deleted(v, "Developer", &user_id.to_string(), delete)?;
            // The stored developer login of a deleted developer goes with it.
            if ctx.user(Role::Developer).map(|(u, _)| u) == Some(user_id.to_string()) {
                let (env_name, _) = ctx.env()?;
                for secret in [Secret::Password, Secret::Token] {
                    ctx.store
                        .remove_secret(&env_name, Role::Developer, secret)?;
                }
            }
            gone(ctx, out, "DEVELOPER_USER", &user_id.to_string(), &[])
        }
        SupportCommand::CreateTenantPermission {
            tenant,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::CreateTenantPermissions>(
                r,
                &support::CreateTenantPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                },
            )?;
            let resp: support::CreateTenantPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteTenantPermission {
            tenant,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::DeleteTenantPermissions>(
                r,
                &support::DeleteTenantPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                },
            )?;
            let resp: support::DeleteTenantPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
        SupportCommand::CreateProjectPermission {
            tenant,
            project,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::CreateProjectPermissions>(
                r,
                &support::CreateProjectPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                },
            )?;
            let resp: support::CreateProjectPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteProjectPermission {
            tenant,
            project,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::DeleteProjectPermissions>(
                r,
                &support::DeleteProjectPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                },
            )?;
            let resp: support::DeleteProjectPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
        SupportCommand::CreateStagePermission {
            tenant,
            project,
            stage,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::CreateStagePermissions>(
                r,
                &support::CreateStagePermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                },
            )?;
            let resp: support::CreateStagePermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteStagePermission {
            tenant,
            project,
            stage,
            user_id,
            permissions,
        } => {
            let v = ctx.send_to::<ep::support::DeleteStagePermissions>(
                r,
                &support::DeleteStagePermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                },
            )?;
            let resp: support::DeleteStagePermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
    }
}

pub(crate) fn project_created(ctx: &mut Ctx, v: Value) -> Result<Out, CtlError> {
    let resp: support::CreateProjectResponse = parse(v.clone())?;
    let (p, s) = (resp.project_id.to_string(), resp.stage_id.to_string());
    ctx.remember(&[("PROJECT", p.clone()), ("STAGE", s.clone())])?;
    Ok(Out::new(v)
        .id(p.clone())
        .kv(&[("PROJECT", p.clone()), ("STAGE", s.clone())])
        .message(format!("Project was created, PROJECT={p}, STAGE={s}")))
}
