//! `omgctl developer …` for versions: create (with --wait), upload and build, details, lists.

use std::io::Read;
use std::time::Instant;

use omgservers_types::developer as dev;
use omgservers_types::endpoints as ep;
use serde_json::{json, Value};

use crate::cli::DeveloperCommand;
use crate::client::{parse, Ctx};
use crate::commands::rollout::{get_build_log, get_version, wait_for_image};
use crate::commands::upload::{follow_build, upload};
use crate::commands::{confirm_delete, deleted, gone, or_var, or_var_id, P, T, V};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{kv_table, list_table, Out};

pub(crate) fn run(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    match c {
        DeveloperCommand::CreateVersion {
            tenant,
            project,
            config,
            wait,
            timeout,
        } => {
            let text = if config.as_os_str() == "-" {
                let mut s = String::new();
                std::io::stdin()
                    .read_to_string(&mut s)
                    .map_err(|e| CtlError::io("cannot read the config from stdin", e))?;
                s
            } else {
                std::fs::read_to_string(&config)
                    .map_err(|e| CtlError::io(format!("cannot read {}", config.display()), e))?
            };
            let config_json: Value = serde_json::from_str(&text).map_err(|e| {
                CtlError::usage(
                    format!("{} is not JSON: {e}", config.display()),
                    "the version config is a JSON object with `modes` (wire reference §7.3)",
                )
            })?;
            let v = ctx.send_to::<ep::developer::CreateVersion>(
                r,
                &dev::CreateVersionRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    config: config_json,
                },
            )?;
            let version_id = parse::<dev::CreateVersionResponse>(v.clone())?
                .version_id
                .get();
            let id = version_id.to_string();
            ctx.remember(&[("VERSION", id.clone())])?;
            let out = Out::new(v).id(id.clone()).kv(&[("VERSION", id.clone())]);
            if !wait {
                return Ok(out.message(format!("Version was created, VERSION={id}")));
            }
            // Said now, not at the end: whoever pushes or uploads needs the id while we wait.
            ctx.ui
                .success(&format!("Version was created, VERSION={id}"));
            let details = get_version(ctx, &tenant, version_id)?;
            ctx.ui.note(&format!(
                "Push its image as omgservers/{}/{}/universal:{id} to the server's registry, \
                 or upload its files with `omgctl developer upload-files-archive {tenant} {id} <dir>`",
                details.version.tenant_id, details.version.project_id
            ));
            wait_for_image(
                ctx,
                &tenant,
                version_id,
                Instant::now() + timeout,
                timeout,
                "the version exists (VERSION is remembered); push or upload, then deploy",
            )?;
            Ok(out)
        }
        DeveloperCommand::UploadFilesArchive {
            tenant,
            version_id,
            dir,
            format,
            wait,
            timeout,
        } => {
            let verbose = ctx.ui.verbose;
            let (out, build) = upload(ctx, tenant.clone(), version_id, &dir, format, verbose)?;
            if wait {
                let deadline = Instant::now() + timeout;
                // Shown now: the wait may be long and the upload itself has succeeded.
                if let Some(m) = &out.message {
                    ctx.ui.success(m);
                }
                follow_build(ctx, &tenant, version_id, build, deadline, timeout)?;
                return Ok(Out {
                    message: None,
                    ..out
                });
            }
            Ok(out)
        }
        DeveloperCommand::GetBuildLog {
            tenant,
            build_request_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let id = or_var_id(
                ctx,
                build_request_id,
                "BUILD_REQUEST",
                "omgctl developer upload-files-archive",
            )?;
            let v = get_build_log(ctx, &tenant, id)?;
            let b: dev::GetBuildLogResponse = parse(v.clone())?;
            let image = b
                .image_id
                .as_deref()
                .map(|i| format!(", image {i}"))
                .unwrap_or_default();
            ctx.ui.note(&format!(
                "Build {id} of version {} is {}{image}",
                b.version_id, b.state
            ));
            Ok(Out::new(v).id(b.state.to_string()).raw(b.log))
        }
        DeveloperCommand::GetVersionDetails { tenant, version_id } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let version_id = or_var_id(ctx, version_id, "VERSION", V)?;
            let v = ctx.send_to::<ep::developer::GetVersionDetails>(
                r,
                &dev::GetVersionDetailsRequest {
                    tenant: tenant.as_str().into(),
                    version_id: version_id.into(),
                },
            )?;
            let d = parse::<dev::GetVersionDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.version.id.to_string())
                .table(
                    Some("Version"),
                    kv_table(&[
                        ("ID", d.version.id.to_string()),
                        ("PROJECT", d.version.project_id.to_string()),
                        ("CREATED", d.version.created.clone()),
                    ]),
                )
                .table(
                    Some("Build requests"),
                    list_table(
                        &["ID", "QUALIFIER", "BUILD", "STATE", "CREATED"],
                        d.build_requests
                            .iter()
                            .map(|b| {
                                vec![
                                    b.id.to_string(),
                                    b.qualifier.to_string(),
                                    b.build_number.to_string(),
                                    b.state.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                                    b.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Images"),
                    list_table(
                        &["ID", "QUALIFIER", "IMAGE", "CREATED"],
                        d.images
                            .iter()
                            .map(|i| {
                                vec![
                                    i.id.to_string(),
                                    i.qualifier.to_string(),
                                    i.image_id.clone(),
                                    i.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteVersion {
            tenant,
            version_id,
            delete,
        } => {
            confirm_delete(delete, &format!("version {version_id}"))?;
            let v = ctx.send_to::<ep::developer::DeleteVersion>(
                r,
                &dev::DeleteVersionRequest {
                    tenant: tenant.as_str().into(),
                    id: version_id.into(),
                },
            )?;
            gone(
                ctx,
                deleted(v, "Version", &version_id.to_string(), delete)?,
                "VERSION",
                &version_id.to_string(),
                &["FILES_ARCHIVE", "BUILD_REQUEST"],
            )
        }
        DeveloperCommand::ListVersions {
            tenant,
            project,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let scope = json!({"tenant": tenant, "project": project});
            crate::lists::list(ctx, &crate::lists::VERSIONS, scope, limit)
        }
        other => unreachable!("developer::run sent {other:?} to versions"),
    }
}
