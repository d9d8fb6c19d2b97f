//! Support's permission management: grant and revoke tenant, project and stage permissions.

use std::fmt::Display;

use omgservers_types::permissions::UserRole;
use omgservers_types::IdOrAlias;

use super::resolve;
use crate::auth::permissions::{self, Scope};
use crate::auth::users;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

/// Who can hold permissions: developers, and the builder and service users, which need
/// VERSION_MANAGER to push and pull images.
const GRANTABLE_ROLES: &[UserRole] = &[UserRole::DEVELOPER, UserRole::BUILDER, UserRole::SERVICE];

/// What the permissions are on: a tenant, or a project / stage inside it.
pub struct Target<'a> {
    pub tenant: &'a IdOrAlias,
    pub project: Option<&'a IdOrAlias>,
    pub stage: Option<&'a IdOrAlias>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Grant,
    Revoke,
}

/// Grants or revokes `requested` for the user; returns the ones that changed (already held
/// ones are skipped on grant, missing ones on revoke), as upstream does.
pub async fn change<P: Copy + Display>(
    state: &AppState,
    target: Target<'_>,
    user_id: i64,
    requested: &[P],
    change: Change,
) -> Result<Vec<P>> {
    let field = match change {
        Change::Grant => "permissions_to_create",
        Change::Revoke => "permissions_to_delete",
    };
    if requested.is_empty() {
        return Err(Error::validation(format!(
            "{field} must list at least one permission"
        )));
    }
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, target.tenant).await?;
    let (scope, scope_id) = match (target.project, target.stage) {
        (None, _) => (Scope::Tenant, tenant_id),
        (Some(project), None) => (
            Scope::Project,
            resolve::project(&mut tx, tenant_id, project).await?,
        ),
        (Some(project), Some(stage)) => {
            let project_id = resolve::project(&mut tx, tenant_id, project).await?;
            (
                Scope::Stage,
                resolve::stage(&mut tx, tenant_id, project_id, stage).await?,
            )
        }
    };
    if change == Change::Grant {
        match users::find_by_id(&mut tx, user_id).await? {
            None => return Err(Error::not_found(format!("user {user_id} was not found"))),
            Some(user) if !GRANTABLE_ROLES.contains(&user.role) => {
                return Err(Error::invalid(format!(
                    "user {user_id} is {} user; permissions are granted to developers (and the builder and service users) only",
                    crate::error::with_article(user.role.as_str())
                )))
            }
            Some(_) => {}
        }
    }
    let now = now_millis();
    let mut changed = Vec::new();
    for permission in requested {
        let name = permission.to_string();
        let done = match change {
            Change::Grant => {
                permissions::grant(
                    &mut tx,
                    state.next_id(),
                    scope,
                    tenant_id,
                    scope_id,
                    user_id,
                    &name,
                    now,
                )
                .await?
            }
            Change::Revoke => permissions::revoke(&mut tx, scope, scope_id, user_id, &name).await?,
        };
        if done && !changed.iter().any(|p: &P| p.to_string() == name) {
            changed.push(*permission);
        }
    }
    tx.commit().await?;
    let names: Vec<String> = changed.iter().map(ToString::to_string).collect();
    let action = match change {
        Change::Grant => "granted",
        Change::Revoke => "revoked",
    };
    crate::audit::permissions_changed(action, scope.noun(), scope_id, user_id, &names);
    Ok(changed)
}
