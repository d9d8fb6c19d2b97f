//! The list commands (`support list-tenants`, `list-developers`, `list-permissions`; `developer list-projects`,
//! `list-stages`, `list-versions`, `list-deployments`, `list-runtimes`, `list-clients`): every
//! page of a list endpoint read in turn (or up to `--limit`), printed as one table; `-o json`
//! prints `{"<field>": [...]}` with the items as the server sent them, `-o id` their ids.

use omgservers_types::developer::{
    ClientSummaryDto, DeploymentSummaryDto, ProjectSummaryDto, RuntimeSummaryDto, StageSummaryDto,
    VersionListItemDto,
};
use omgservers_types::support::{DeveloperSummaryDto, PermissionGrantDto, TenantSummaryDto};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use omgservers_types::endpoints as ep;

use crate::client::{parse, Ctx, Op};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{list_table, Out};

/// How one list endpoint is read and shown.
pub struct Listing<T> {
    pub role: Role,
    /// The operation and the field of its pages that holds the items.
    pub op: Op,
    pub field: &'static str,
    pub header: &'static [&'static str],
    pub row: fn(&T) -> Vec<String>,
    /// The item's id, for `-o id`.
    pub id: fn(&T) -> String,
}

/// Reads the list in `scope` (the request's fields besides `cursor` and `limit`).
pub fn list<T: DeserializeOwned>(
    ctx: &mut Ctx,
    listing: &Listing<T>,
    scope: Value,
    limit: Option<u32>,
) -> Result<Out, CtlError> {
    let items =
        crate::commands::list_all_in(ctx, listing.role, listing.op, scope, listing.field, limit)?;
    let parsed: Vec<T> = parse(Value::Array(items.clone()))?;
    let rows = parsed.iter().map(listing.row).collect();
    let ids: Vec<String> = parsed.iter().map(listing.id).collect();
    Ok(Out::new(json!({ listing.field: items }))
        .id(ids.join("\n"))
        .table(None, list_table(listing.header, rows)))
}

fn or_dash(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

pub const TENANTS: Listing<TenantSummaryDto> = Listing {
    role: Role::Support,
    op: Op::of::<ep::support::ListTenants>(),
    field: "tenants",
    header: &["ID", "ALIASES", "CREATED"],
    row: |t| vec![t.id.to_string(), t.aliases.join(", "), t.created.clone()],
    id: |t| t.id.to_string(),
};

pub const DEVELOPERS: Listing<DeveloperSummaryDto> = Listing {
    role: Role::Support,
    op: Op::of::<ep::support::ListDevelopers>(),
    field: "developers",
    header: &["USER ID", "PERMISSIONS", "CREATED"],
    row: |d| {
        vec![
            d.user_id.to_string(),
            d.permissions.to_string(),
            d.created.clone(),
        ]
    },
    id: |d| d.user_id.to_string(),
};

pub const PERMISSIONS: Listing<PermissionGrantDto> = Listing {
    role: Role::Support,
    op: Op::of::<ep::support::ListPermissions>(),
    field: "permissions",
    header: &[
        "ID",
        "SCOPE",
        "PROJECT",
        "STAGE",
        "USER ID",
        "PERMISSION",
        "CREATED",
    ],
    row: |p| {
        vec![
            p.id.to_string(),
            p.scope.clone(),
            or_dash(p.project_id),
            or_dash(p.stage_id),
            p.user_id.to_string(),
            p.permission.clone(),
            p.created.clone(),
        ]
    },
    id: |p| p.id.to_string(),
};

pub const PROJECTS: Listing<ProjectSummaryDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListProjects>(),
    field: "projects",
    header: &["ID", "ALIASES", "STAGES", "VERSIONS", "CREATED"],
    row: |p| {
        vec![
            p.id.to_string(),
            p.aliases.join(", "),
            p.stages.to_string(),
            p.versions.to_string(),
            p.created.clone(),
        ]
    },
    id: |p| p.id.to_string(),
};

pub const STAGES: Listing<StageSummaryDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListStages>(),
    field: "stages",
    header: &[
        "ID",
        "ALIASES",
        "DEPLOYMENTS",
        "NEWEST DEPLOYMENT",
        "CREATED",
    ],
    row: |s| {
        vec![
            s.id.to_string(),
            s.aliases.join(", "),
            s.deployments.to_string(),
            or_dash(s.newest_deployment_id),
            s.created.clone(),
        ]
    },
    id: |s| s.id.to_string(),
};

pub const VERSIONS: Listing<VersionListItemDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListVersions>(),
    field: "versions",
    header: &["ID", "BUILD", "IMAGES", "DEPLOYMENTS", "CREATED"],
    row: |v| {
        vec![
            v.id.to_string(),
            or_dash(v.build_state),
            v.images.to_string(),
            v.deployments.to_string(),
            v.created.clone(),
        ]
    },
    id: |v| v.id.to_string(),
};

pub const DEPLOYMENTS: Listing<DeploymentSummaryDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListDeployments>(),
    field: "deployments",
    header: &[
        "ID", "VERSION", "STATE", "RUNTIMES", "CLIENTS", "CREATED", "DETAIL",
    ],
    row: |d| {
        vec![
            d.id.to_string(),
            d.version_id.to_string(),
            d.state.to_string(),
            d.runtimes.to_string(),
            d.clients.to_string(),
            d.created.clone(),
            or_dash(d.state_reason.as_ref()),
        ]
    },
    id: |d| d.id.to_string(),
};

pub const RUNTIMES: Listing<RuntimeSummaryDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListRuntimes>(),
    field: "runtimes",
    header: &[
        "ID",
        "DEPLOYMENT",
        "QUALIFIER",
        "LOBBY/MATCH",
        "MODE",
        "STATUS",
        "CLIENTS",
        "STARTS",
        "FAILURES",
        "SINCE",
        "DETAIL",
    ],
    row: |r| {
        vec![
            r.id.to_string(),
            r.deployment_id.to_string(),
            r.qualifier.to_string(),
            or_dash(
                r.lobby_id
                    .map(|l| l.to_string())
                    .or(r.match_id.map(|m| m.to_string())),
            ),
            or_dash(r.mode.as_ref()),
            r.status.clone(),
            r.clients.to_string(),
            r.starts.to_string(),
            r.failures.to_string(),
            r.status_changed.clone(),
            or_dash(r.status_reason.as_ref()),
        ]
    },
    id: |r| r.id.to_string(),
};

pub const CLIENTS: Listing<ClientSummaryDto> = Listing {
    role: Role::Developer,
    op: Op::of::<ep::developer::ListClients>(),
    field: "clients",
    header: &[
        "CLIENT",
        "USER",
        "DEPLOYMENT",
        "STATE",
        "RUNTIME",
        "RUNTIME ID",
        "SINCE",
        "LAST ACTIVITY",
    ],
    row: |c| {
        vec![
            c.id.to_string(),
            c.user_id.to_string(),
            c.deployment_id.to_string(),
            c.state.clone(),
            or_dash(c.runtime_qualifier.as_ref()),
            or_dash(c.runtime_id),
            c.created.clone(),
            c.last_activity.clone(),
        ]
    },
    id: |c| c.id.to_string(),
};
