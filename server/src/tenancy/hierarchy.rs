//! Tenants, projects, stages, their aliases, and developers.

use omgservers_types::permissions::{
    ProjectPermission, StagePermission, TenantPermission, UserRole,
};
use omgservers_types::support::{CascadeDto, DeletedResponse};
use omgservers_types::IdOrAlias;

use super::{resolve, Actor};
use crate::auth::passwords::{self, Strength};
use crate::auth::permissions::{self, Scope};
use crate::auth::users;
use crate::error::{found_by, validate_alias, Error, Result};
use crate::state::AppState;
use crate::store::hierarchy::{self, Aliased, CascadeRoot};
use crate::store::time::now_millis;

pub async fn create_tenant(state: &AppState) -> Result<i64> {
    let id = state.next_id();
    let mut tx = state.begin().await?;
    hierarchy::insert_tenant(&mut tx, id, now_millis()).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn create_tenant_alias(state: &AppState, tenant_id: i64, alias: &str) -> Result<()> {
    validate_alias(alias)?;
    let mut tx = state.begin().await?;
    resolve::tenant(&mut tx, &IdOrAlias::from(tenant_id)).await?;
    hierarchy::insert_alias(
        &mut tx,
        Aliased::Tenant,
        &[state.next_id(), tenant_id],
        alias,
        "by a tenant",
        now_millis(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Deletes a tenant and everything under it; false if it did not exist.
pub async fn delete_tenant(
    state: &AppState,
    tenant: &IdOrAlias,
    dry_run: bool,
) -> Result<DeletedResponse> {
    let mut tx = super::DeleteUnit::begin(state, dry_run).await?;
    let Some(id) = found_by(resolve::tenant(&mut tx, tenant).await, tenant)? else {
        return Ok(DeletedResponse::of(false));
    };
    if dry_run {
        return would_delete(&mut tx, CascadeRoot::Tenant(id)).await;
    }
    // What went with it, for the audit line (counted only when audit lines are on).
    let removed = tx.cascade(CascadeRoot::Tenant(id)).await?;
    let deleted = hierarchy::delete_tenant(&mut tx, id).await?;
    tx.commit().await?;
    if deleted {
        crate::audit::deleted("tenant", id, removed.as_ref());
    }
    // Its clients and runtimes outlive the tenant's row: the controller (of each slot's
    // owner) tears them down as for a deleted deployment — a DISCONNECTION_REASON_MESSAGE to
    // each client, woken if it long-polls; each runtime stopped, its user deleted. Now, not at
    // its safety tick.
    state.hub.wake_controller();
    Ok(DeletedResponse::of(deleted))
}

/// A dry run's answer, once the object is found and the caller may delete it: what the delete
/// would remove. The caller's unit of work is dropped after it, so nothing is written.
pub async fn would_delete(
    unit: &mut super::DeleteUnit,
    root: CascadeRoot,
) -> Result<DeletedResponse> {
    let c = unit
        .cascade(root)
        .await?
        .ok_or_else(|| crate::error::Error::Internal("a dry run counts what it removes".into()))?;
    Ok(DeletedResponse {
        deleted: false,
        would_delete: Some(CascadeDto {
            projects: c.projects,
            stages: c.stages,
            versions: c.versions,
            deployments: c.deployments,
            lobbies: c.lobbies,
            matchmakers: c.matchmakers,
            runtimes: c.runtimes,
            clients: c.clients,
        }),
    })
}

/// Creates a project with its default stage. A developer creator gets STAGE_MANAGER,
/// VERSION_MANAGER and PROJECT_VIEWER on it and DEPLOYMENT_MANAGER on the stage; the builder
/// and service users (if bootstrapped), and the user the server pulls images as, get
/// VERSION_MANAGER so they can push and pull images.
pub async fn create_project(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
) -> Result<(i64, i64)> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    actor
        .require_tenant(&mut tx, tenant_id, TenantPermission::PROJECT_MANAGER)
        .await?;
    let now = now_millis();
    let project_id = state.next_id();
    let stage_id = state.next_id();
    hierarchy::insert_project(&mut tx, project_id, tenant_id, now).await?;
    hierarchy::insert_stage(&mut tx, stage_id, tenant_id, project_id, now).await?;
    let grant =
        |scope, scope_id, user_id, permission: &'static str| (scope, scope_id, user_id, permission);
    let mut grants = Vec::new();
    if let Actor::Developer(user_id) = actor {
        for p in [
            ProjectPermission::STAGE_MANAGER,
            ProjectPermission::VERSION_MANAGER,
            ProjectPermission::PROJECT_VIEWER,
        ] {
            grants.push(grant(Scope::Project, project_id, user_id, p.as_str()));
        }
        grants.push(grant(
            Scope::Stage,
            stage_id,
            user_id,
            StagePermission::DEPLOYMENT_MANAGER.as_str(),
        ));
    }
    // The users that push and pull the project's images: the builder, the bootstrap service
    // user, and the user the server pulls as (`OMGSERVERS_SERVER_SERVICE_USER_ALIAS`, an id or
    // an alias; `builder::registry_credentials`) when it is another.
    let config = &state.config;
    let mut image_users: Vec<IdOrAlias> = vec![
        config.bootstrap_builder_user_alias.as_str().into(),
        config.bootstrap_service_user_alias.as_str().into(),
    ];
    image_users.extend(
        config
            .server_service_user_alias
            .as_deref()
            .map(IdOrAlias::from),
    );
    let mut granted = std::collections::HashSet::new();
    for user in &image_users {
        let found = match user.as_id() {
            Some(id) => users::find_by_id(&mut tx, id).await?,
            None => users::find_by_alias(&mut tx, user.as_str()).await?,
        };
        if let Some(user) = found.filter(|u| granted.insert(u.id)) {
            grants.push(grant(
                Scope::Project,
                project_id,
                user.id,
                ProjectPermission::VERSION_MANAGER.as_str(),
            ));
        }
    }
    for &(scope, scope_id, user_id, permission) in &grants {
        permissions::grant(
            &mut tx,
            state.next_id(),
            scope,
            tenant_id,
            scope_id,
            user_id,
            permission,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    for (scope, scope_id, user_id, permission) in grants {
        let granted = [permission.to_owned()];
        crate::audit::permissions_changed("granted", scope.noun(), scope_id, user_id, &granted);
    }
    Ok((project_id, stage_id))
}

pub async fn create_project_alias(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project_id: i64,
    alias: &str,
) -> Result<()> {
    validate_alias(alias)?;
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    actor
        .require_tenant(&mut tx, tenant_id, TenantPermission::PROJECT_MANAGER)
        .await?;
    resolve::project_id(&mut tx, tenant_id, project_id).await?;
    hierarchy::insert_alias(
        &mut tx,
        Aliased::Project,
        &[state.next_id(), tenant_id, project_id],
        alias,
        &format!("by a project of tenant {tenant_id}"),
        now_millis(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete_project(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    dry_run: bool,
) -> Result<DeletedResponse> {
    let mut tx = super::DeleteUnit::begin(state, dry_run).await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    actor
        .require_tenant(&mut tx, tenant_id, TenantPermission::PROJECT_MANAGER)
        .await?;
    let Some(project_id) = found_by(resolve::project(&mut tx, tenant_id, project).await, project)?
    else {
        return Ok(DeletedResponse::of(false));
    };
    if dry_run {
        return would_delete(&mut tx, CascadeRoot::Project(project_id)).await;
    }
    // What went with it, for the audit line (counted only when audit lines are on).
    let removed = tx.cascade(CascadeRoot::Project(project_id)).await?;
    let deleted = hierarchy::delete_project(&mut tx, tenant_id, project_id).await?;
    tx.commit().await?;
    if deleted {
        crate::audit::deleted("project", project_id, removed.as_ref());
    }
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(DeletedResponse::of(deleted))
}

/// Creates a stage; the developer creator gets DEPLOYMENT_MANAGER on it.
pub async fn create_stage(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    actor
        .require_project(&mut tx, project_id, ProjectPermission::STAGE_MANAGER)
        .await?;
    let now = now_millis();
    let stage_id = state.next_id();
    hierarchy::insert_stage(&mut tx, stage_id, tenant_id, project_id, now).await?;
    if let Actor::Developer(user_id) = actor {
        let permission = StagePermission::DEPLOYMENT_MANAGER.as_str();
        permissions::grant(
            &mut tx,
            state.next_id(),
            Scope::Stage,
            tenant_id,
            stage_id,
            user_id,
            permission,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    if let Actor::Developer(user_id) = actor {
        let granted = [StagePermission::DEPLOYMENT_MANAGER.as_str().to_owned()];
        crate::audit::permissions_changed(
            "granted",
            Scope::Stage.noun(),
            stage_id,
            user_id,
            &granted,
        );
    }
    Ok(stage_id)
}

pub async fn create_stage_alias(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    stage_id: i64,
    alias: &str,
) -> Result<()> {
    validate_alias(alias)?;
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::stage_project(&mut tx, tenant_id, stage_id).await?;
    actor
        .require_project(&mut tx, project_id, ProjectPermission::STAGE_MANAGER)
        .await?;
    hierarchy::insert_alias(
        &mut tx,
        Aliased::Stage,
        &[state.next_id(), tenant_id, project_id, stage_id],
        alias,
        &format!("by a stage of project {project_id}"),
        now_millis(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn delete_stage(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
    dry_run: bool,
) -> Result<DeletedResponse> {
    let mut tx = super::DeleteUnit::begin(state, dry_run).await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    actor
        .require_project(&mut tx, project_id, ProjectPermission::STAGE_MANAGER)
        .await?;
    let Some(stage_id) = found_by(
        resolve::stage(&mut tx, tenant_id, project_id, stage).await,
        stage,
    )?
    else {
        return Ok(DeletedResponse::of(false));
    };
    if dry_run {
        return would_delete(&mut tx, CascadeRoot::Stage(stage_id)).await;
    }
    // What went with it, for the audit line (counted only when audit lines are on).
    let removed = tx.cascade(CascadeRoot::Stage(stage_id)).await?;
    let deleted = hierarchy::delete_stage(&mut tx, tenant_id, stage_id).await?;
    tx.commit().await?;
    if deleted {
        crate::audit::deleted("stage", stage_id, removed.as_ref());
    }
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(DeletedResponse::of(deleted))
}

/// Creates a developer with a generated password (bcrypt: developers are people who may
/// replace it with their own in the future).
pub async fn create_developer(state: &AppState) -> Result<(i64, String)> {
    let password = passwords::generate_password();
    let hash = passwords::hash(
        password.clone(),
        Strength::Human {
            cost: state.config.password_bcrypt_cost,
        },
    )
    .await?;
    let id = state.next_id();
    let mut tx = state.begin().await?;
    users::insert(&mut tx, id, UserRole::DEVELOPER, &hash, now_millis()).await?;
    tx.commit().await?;
    Ok((id, password))
}

/// Deletes a developer and, with it, every permission it held. Other users are refused: this
/// endpoint must not become a way to delete admins or players.
pub async fn delete_developer(state: &AppState, user_id: i64) -> Result<bool> {
    let mut tx = state.begin().await?;
    match users::find_by_id(&mut tx, user_id).await? {
        None => return Ok(false),
        Some(user) if user.role != UserRole::DEVELOPER => {
            return Err(Error::invalid(format!(
                "user {user_id} is {} user, not a developer",
                crate::error::with_article(user.role.as_str())
            )))
        }
        Some(_) => {}
    }
    let deleted = users::delete(&mut tx, user_id).await?;
    users::remember_deleted(&mut tx, user_id, now_millis()).await?;
    tx.commit().await?;
    if deleted {
        crate::audit::deleted("developer", user_id, None);
    }
    Ok(deleted)
}
