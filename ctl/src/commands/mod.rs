//! omgctl's commands by noun: each module runs the commands of one noun (`environment`,
//! `admin`, `support`, `developer`), calling the endpoints of wire reference §14.3 and
//! remembering what upstream's ctl would have stored; this module holds what they share —
//! remembered defaults, confirmations, deletes and paginated lists.

pub mod admin;
pub mod credentials;
pub mod developer;
pub mod environment;
pub mod rollout;
pub mod support;
pub mod upload;

use std::io::IsTerminal;

use omgservers_types::details;
use omgservers_types::endpoints as ep;
use omgservers_types::support::{DeleteProjectRequest, DeletedResponse};
use serde_json::{json, Value};

use crate::cli::{CascadeArgs, DeleteArgs};
use crate::client::{body, parse, Ctx, Op};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{list_table, Out};

/// Where a missing default comes from, named in the hint.
pub(crate) const T: &str = "omgctl support create-tenant";
pub(crate) const P: &str = "omgctl developer create-project";
pub(crate) const V: &str = "omgctl developer create-version";
pub(crate) const D: &str = "omgctl developer deploy-version";

/// An argument (remembered as the next commands' default once the command succeeded), or the
/// remembered variable, or a usage error naming both.
pub(crate) fn or_var(
    ctx: &mut Ctx,
    value: Option<String>,
    var: &str,
    produced_by: &str,
) -> Result<String, CtlError> {
    if let Some(v) = value {
        ctx.remember_on_success(var, &v);
        return Ok(v);
    }
    ctx.variable(var).ok_or_else(|| {
        CtlError::usage(
            format!(
                "missing <{}> and no {var} is remembered",
                var.to_ascii_lowercase()
            ),
            format!("pass it, or run `{produced_by}` first"),
        )
    })
}

pub(crate) fn or_var_id(
    ctx: &mut Ctx,
    value: Option<i64>,
    var: &str,
    produced_by: &str,
) -> Result<i64, CtlError> {
    let s = or_var(ctx, value.map(|v| v.to_string()), var, produced_by)?;
    s.parse().map_err(|_| {
        CtlError::usage(
            format!("remembered {var}={s} is not a numeric id"),
            "pass the id explicitly",
        )
    })
}

/// Whether a person can be asked: stdin and stderr are a terminal.
pub(crate) fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A failed prompt: Ctrl-C is `Interrupted` (exit 130), anything else an I/O error saying `what`.
pub(crate) fn prompt_failed(what: &'static str) -> impl Fn(dialoguer::Error) -> CtlError {
    move |e| match e {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            CtlError::Interrupted
        }
        dialoguer::Error::IO(e) => CtlError::io(what, e),
    }
}

/// Asks `question` on a terminal (default: no); without one, only `yes` lets `what` go.
pub(crate) fn confirm(yes: bool, question: &str, what: &str) -> Result<(), CtlError> {
    if yes {
        return Ok(());
    }
    if !can_prompt() {
        return Err(CtlError::usage(
            format!("not deleting {what}: no terminal to confirm on"),
            "pass --yes (or set OMGCTL_YES=1) to delete without asking",
        ));
    }
    let sure = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(prompt_failed("cannot read the answer"))?;
    if sure {
        Ok(())
    } else {
        Err(CtlError::failed("nothing was deleted", ""))
    }
}

pub(crate) fn confirm_delete(args: DeleteArgs, what: &str) -> Result<(), CtlError> {
    confirm(args.yes, &format!("Delete {what}?"), what)
}

/// A delete that cascades (tenant, project, stage, deployment).
pub(crate) struct Cascading<'a> {
    role: Role,
    op: Op,
    request: Value,
    /// "Project", and its id or alias as given.
    what: &'static str,
    id: &'a str,
    /// What the confirmation asks about.
    question: String,
    /// The remembered variable naming the object, and those of what lies under it.
    var: &'static str,
    under: &'static [&'static str],
}

/// Asks (unless --yes; a dry run asks nothing), deletes and forgets the remembered values of
/// what went — or, with --dry-run, prints what would go and changes nothing.
pub(crate) fn delete_cascading(
    ctx: &mut Ctx,
    c: Cascading<'_>,
    delete: DeleteArgs,
    cascade: CascadeArgs,
) -> Result<Out, CtlError> {
    let mut request = c.request;
    if cascade.dry_run {
        // A server that does not know `dry_run` would ignore it and delete: ask first.
        if !ctx.server_has("delete-dry-run")? {
            return Err(CtlError::failed(
                "this server cannot do a dry run (its /q/info lists no delete-dry-run capability); nothing was sent",
                "omgservers answers dry runs; upstream's server and older builds do not",
            ));
        }
        request["dry_run"] = json!(true);
        let v = ctx.call(c.role, c.op, request)?;
        return would_delete(v, c.what, c.id, delete);
    }
    confirm_delete(delete, &c.question)?;
    let v = ctx.call(c.role, c.op, request)?;
    gone(ctx, deleted(v, c.what, c.id, delete)?, c.var, c.id, c.under)
}

/// What a dry run answered: the counts of what would be deleted; a missing object as
/// [`deleted`] treats it.
pub(crate) fn would_delete(
    value: Value,
    what: &str,
    id: &str,
    args: DeleteArgs,
) -> Result<Out, CtlError> {
    let r: DeletedResponse = parse(value.clone())?;
    if r.deleted {
        return Err(CtlError::failed(
            format!("{what} {id} WAS DELETED: the server ignored the dry run"),
            "the server listed the delete-dry-run capability but deleted; report this",
        ));
    }
    let Some(c) = r.would_delete else {
        return deleted(value, what, id, args);
    };
    let rows = [
        ("PROJECTS", c.projects),
        ("STAGES", c.stages),
        ("VERSIONS", c.versions),
        ("DEPLOYMENTS", c.deployments),
        ("LOBBIES", c.lobbies),
        ("MATCHMAKERS", c.matchmakers),
        ("RUNTIMES", c.runtimes),
        ("CLIENTS", c.clients),
    ];
    let rows: Vec<(&str, String)> = rows.iter().map(|(k, n)| (*k, n.to_string())).collect();
    Ok(Out::new(value).id("false").kv(&rows).message(format!(
        "Dry run: nothing was deleted; deleting {} {id} would also remove the above",
        what.to_lowercase()
    )))
}

/// `delete-project` as support or as a developer (the same request in both areas).
pub(crate) fn delete_project(
    ctx: &mut Ctx,
    role: Role,
    tenant: &str,
    project: &str,
    delete: DeleteArgs,
    cascade: CascadeArgs,
) -> Result<Out, CtlError> {
    let c = Cascading {
        role,
        op: match role {
            Role::Developer => Op::of::<ep::developer::DeleteProject>(),
            _ => Op::of::<ep::support::DeleteProject>(),
        },
        request: body(&DeleteProjectRequest {
            tenant: tenant.into(),
            project: project.into(),
            dry_run: false,
        })?,
        what: "Project",
        id: project,
        question: format!("project {project} of tenant {tenant} and everything under it (stages, versions, deployments, their runtimes)"),
        var: "PROJECT",
        under: &["STAGE", "VERSION", "DEPLOYMENT", "FILES_ARCHIVE", "BUILD_REQUEST"],
    };
    delete_cascading(ctx, c, delete, cascade)
}

/// Every item of a paginated list endpoint (`support::ListRequest`), page after page, or the
/// first `limit` of them.
pub fn list_all(
    ctx: &mut Ctx,
    role: Role,
    op: Op,
    field: &str,
    limit: Option<u32>,
) -> Result<Vec<Value>, CtlError> {
    list_all_in(ctx, role, op, json!({}), field, limit)
}

/// [`list_all`] with more fields in every page's request (the list's scope).
pub fn list_all_in(
    ctx: &mut Ctx,
    role: Role,
    op: Op,
    scope: Value,
    field: &str,
    limit: Option<u32>,
) -> Result<Vec<Value>, CtlError> {
    /// The server's largest page: as few round trips as it allows.
    const PAGE: u32 = 1000;
    let wanted = limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
    let mut items = Vec::new();
    let mut cursor = None;
    while items.len() < wanted {
        let left = u32::try_from(wanted - items.len()).unwrap_or(PAGE);
        let mut request = scope.clone();
        request["limit"] = json!(left.min(PAGE));
        if let Some(c) = cursor.take() {
            request["cursor"] = json!(c);
        }
        let page = ctx.call(role, op, request)?;
        if let Some(list) = page.get(field).and_then(Value::as_array) {
            items.extend(list.iter().cloned());
        }
        match page.get("next_cursor").and_then(Value::as_str) {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    Ok(items)
}

/// After a delete: the remembered `var` (and what belonged under it) is forgotten when it named
/// the deleted object, so no later command defaults to something that is gone.
pub(crate) fn gone(
    ctx: &mut Ctx,
    out: Out,
    var: &str,
    value: &str,
    under: &[&str],
) -> Result<Out, CtlError> {
    ctx.forget_deleted(var, value, under)?;
    Ok(out)
}

/// What a delete answered; a missing object exits 3 unless `--ignore-not-found`.
pub(crate) fn deleted(
    value: Value,
    what: &str,
    id: &str,
    args: DeleteArgs,
) -> Result<Out, CtlError> {
    let r: DeletedResponse = parse(value.clone())?;
    let msg = if r.deleted {
        format!("{what} {id} was deleted")
    } else if args.ignore_not_found {
        format!("{what} {id} was not found, nothing was deleted")
    } else {
        return Err(CtlError::not_found(
            format!("{what} {id} was not found, nothing was deleted"),
            "--ignore-not-found exits 0 when there is nothing to delete",
        ));
    };
    Ok(Out::new(value)
        .id(r.deleted.to_string())
        .kv(&[("DELETED", r.deleted.to_string())])
        .message(msg))
}

pub(crate) fn empty_ok(value: Value, message: String) -> Out {
    let json = if value.is_null() { json!({}) } else { value };
    Out::new(json).message(message)
}

pub(crate) fn aliases(list: &[details::AliasDto]) -> String {
    list.iter()
        .map(|a| a.value.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn permissions_out<T: std::fmt::Display>(value: Value, list: &[T], verb: &str) -> Out {
    let names: Vec<String> = list.iter().map(ToString::to_string).collect();
    let joined = names.join(",");
    Out::new(value)
        .id(joined.clone())
        .table(
            None,
            list_table(
                &["PERMISSION"],
                names.iter().map(|n| vec![n.clone()]).collect(),
            ),
        )
        .message(if names.is_empty() {
            format!("No permission was {verb} (they already were)")
        } else {
            format!("Permissions were {verb}: {joined}")
        })
}
