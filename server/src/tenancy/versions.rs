//! Versions, their images, deployments, and the lobby and matchmaker records of deployments.

use omgservers_types::details::ImageQualifier;
use omgservers_types::permissions::{ProjectPermission, StagePermission};
use omgservers_types::registry::RegistryEvent;
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ErrorQualifier, IdOrAlias};
use sqlx::AnyConnection;

use super::{resolve, Actor};
use crate::error::{found, Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

/// Creates a version after validating its config; a bad config is a 400 naming the field.
pub async fn create_version(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    config: &serde_json::Value,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    actor
        .require_project(&mut tx, project_id, ProjectPermission::VERSION_MANAGER)
        .await?;
    let config = VersionConfig::from_json(config).map_err(|e| Error::validation(e.to_string()))?;
    let config = serde_json::to_string(&config).map_err(|e| Error::Internal(e.to_string()))?;
    let id = state.next_id();
    sqlx::query("INSERT INTO versions (id, tenant_id, project_id, config, created) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(tenant_id)
        .bind(project_id)
        .bind(config)
        .bind(now_millis())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Deletes a version that no deployment uses; false if it did not exist.
pub async fn delete_version(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    version_id: i64,
) -> Result<bool> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let Some(version) = found(resolve::version(&mut tx, tenant_id, version_id).await)? else {
        return Ok(false);
    };
    actor
        .require_project(
            &mut tx,
            version.project_id,
            ProjectPermission::VERSION_MANAGER,
        )
        .await?;
    let deployments: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM deployments WHERE tenant_id = $1 AND version_id = $2")
            .bind(tenant_id)
            .bind(version_id)
            .fetch_all(&mut *tx)
            .await?;
    if let Some((deployment_id,)) = deployments.first() {
        return Err(Error::conflict(
            ErrorQualifier::WRONG_VERSION_STATE,
            format!("version {version_id} is deployed (deployment {deployment_id}); delete its deployments first"),
        ));
    }
    let done = sqlx::query("DELETE FROM versions WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(version_id)
        .execute(&mut *tx)
        .await
        .map_err(|e| {
            if crate::store::is_foreign_key_violation(&e) {
                Error::conflict(
                    ErrorQualifier::WRONG_VERSION_STATE,
                    format!(
                        "version {version_id} was deployed meanwhile; delete its deployments first"
                    ),
                )
            } else {
                e.into()
            }
        })?;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(done.rows_affected() > 0)
}

async fn insert_child(
    conn: &mut AnyConnection,
    table: &str,
    id: i64,
    tenant_id: i64,
    deployment_id: i64,
    now: i64,
) -> Result<()> {
    let sql = format!(
        "INSERT INTO {table} (id, tenant_id, deployment_id, created) VALUES ($1, $2, $3, $4)"
    );
    sqlx::query(&sql)
        .bind(id)
        .bind(tenant_id)
        .bind(deployment_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deploys a version to a stage: the deployment with one lobby and one matchmaker.
pub async fn deploy_version(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
    version_id: i64,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    let stage_id = resolve::stage(&mut tx, tenant_id, project_id, stage).await?;
    actor
        .require_stage(&mut tx, stage_id, StagePermission::DEPLOYMENT_MANAGER)
        .await?;
    let version = resolve::version(&mut tx, tenant_id, version_id).await?;
    if version.project_id != project_id {
        return Err(Error::Invalid {
            qualifier: ErrorQualifier::WRONG_REQUEST,
            message: format!(
                "version {version_id} belongs to project {}, not to the stage's project {project_id}",
                version.project_id
            ),
        });
    }
    let (images,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM images WHERE tenant_id = $1 AND version_id = $2")
            .bind(tenant_id)
            .bind(version_id)
            .fetch_one(&mut *tx)
            .await?;
    if images == 0 {
        return Err(Error::conflict(
            ErrorQualifier::WRONG_VERSION_STATE,
            format!("version {version_id} has no image yet; push one or upload a files archive and wait for the build"),
        ));
    }
    let now = now_millis();
    let deployment_id = state.next_id();
    sqlx::query("INSERT INTO deployments (id, tenant_id, stage_id, version_id, created) VALUES ($1, $2, $3, $4, $5)")
        .bind(deployment_id)
        .bind(tenant_id)
        .bind(stage_id)
        .bind(version_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    insert_child(
        &mut tx,
        "lobbies",
        state.next_id(),
        tenant_id,
        deployment_id,
        now,
    )
    .await?;
    insert_child(
        &mut tx,
        "matchmakers",
        state.next_id(),
        tenant_id,
        deployment_id,
        now,
    )
    .await?;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(deployment_id)
}

/// Deletes a deployment with its lobbies and matchmakers; false if it did not exist.
pub async fn delete_deployment(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
) -> Result<bool> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let Some(deployment) = found(resolve::deployment(&mut tx, tenant_id, deployment_id).await)?
    else {
        return Ok(false);
    };
    actor
        .require_stage(
            &mut tx,
            deployment.stage_id,
            StagePermission::DEPLOYMENT_MANAGER,
        )
        .await?;
    let done = sqlx::query("DELETE FROM deployments WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(deployment_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(done.rows_affected() > 0)
}

/// Lobbies or matchmakers of a deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeploymentChild {
    Lobby,
    Matchmaker,
}

impl DeploymentChild {
    pub fn table(self) -> &'static str {
        match self {
            DeploymentChild::Lobby => "lobbies",
            DeploymentChild::Matchmaker => "matchmakers",
        }
    }
}

/// Adds one more lobby or matchmaker to a deployment.
pub async fn add_child(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
    kind: DeploymentChild,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let deployment = resolve::deployment(&mut tx, tenant_id, deployment_id).await?;
    actor
        .require_stage(
            &mut tx,
            deployment.stage_id,
            StagePermission::DEPLOYMENT_MANAGER,
        )
        .await?;
    let id = state.next_id();
    insert_child(
        &mut tx,
        kind.table(),
        id,
        tenant_id,
        deployment_id,
        now_millis(),
    )
    .await?;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(id)
}

/// Deletes a lobby or matchmaker by id; false if it did not exist.
pub async fn delete_child(
    state: &AppState,
    actor: Actor,
    id: i64,
    kind: DeploymentChild,
) -> Result<bool> {
    let mut tx = state.begin().await?;
    let Some(deployment) = resolve::deployment_of(&mut tx, kind.table(), id).await? else {
        return Ok(false);
    };
    actor
        .require_stage(
            &mut tx,
            deployment.stage_id,
            StagePermission::DEPLOYMENT_MANAGER,
        )
        .await?;
    let sql = format!(
        "DELETE FROM {} WHERE tenant_id = $1 AND id = $2",
        kind.table()
    );
    let done = sqlx::query(&sql)
        .bind(deployment.tenant_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(done.rows_affected() > 0)
}

/// What became of one registry event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventOutcome {
    ImageCreated,
    /// Seen before (same event id, or the same image from another event).
    Duplicate,
    /// Not a manifest push with a tag: nothing to record.
    Ignored,
    /// A push we cannot attribute to a version; logged, not retried.
    Rejected(String),
}

/// Parses `[host[:port]/]omgservers/<tenant>/<project>/<qualifier>` and the numeric tag.
pub fn parse_image_reference(
    repository: &str,
    tag: &str,
) -> Result<(i64, i64, ImageQualifier, i64, String), String> {
    let mut parts: Vec<&str> = repository.split('/').collect();
    if parts.len() == 5 {
        parts.remove(0);
    }
    let [namespace, tenant, project, qualifier] = parts.as_slice() else {
        return Err(format!("repository `{repository}` is not omgservers/<tenant>/<project>/<universal|lobby|match>"));
    };
    if *namespace != "omgservers" {
        return Err(format!(
            "repository `{repository}` is outside the omgservers namespace"
        ));
    }
    let tenant_id = tenant
        .parse()
        .map_err(|_| format!("tenant `{tenant}` in `{repository}` is not a numeric id"))?;
    let project_id = project
        .parse()
        .map_err(|_| format!("project `{project}` in `{repository}` is not a numeric id"))?;
    let qualifier: ImageQualifier = qualifier
        .parse()
        .map_err(|_| format!("`{qualifier}` in `{repository}` is not universal, lobby or match"))?;
    let version_id = tag
        .parse()
        .map_err(|_| format!("tag `{tag}` is not a numeric version id"))?;
    let image_id = format!(
        "omgservers/{tenant_id}/{project_id}/{}:{version_id}",
        qualifier.as_str().to_ascii_lowercase()
    );
    Ok((tenant_id, project_id, qualifier, version_id, image_id))
}

/// Records the image of a registry push (wire reference §13.1), once per event id and image.
pub async fn handle_registry_event(
    state: &AppState,
    event: &RegistryEvent,
) -> Result<EventOutcome> {
    let Some(target) = event.target.as_ref() else {
        return Ok(EventOutcome::Ignored);
    };
    let (Some(repository), Some(tag)) = (target.repository.as_deref(), target.tag.as_deref())
    else {
        return Ok(EventOutcome::Ignored);
    };
    if event.action.as_deref() != Some("push") || tag.is_empty() {
        return Ok(EventOutcome::Ignored);
    }
    let (tenant_id, project_id, qualifier, version_id, image_id) =
        match parse_image_reference(repository, tag) {
            Ok(parsed) => parsed,
            Err(why) => return Ok(EventOutcome::Rejected(why)),
        };
    let mut tx = state.begin().await?;
    let now = now_millis();
    let fresh = sqlx::query(
        "INSERT INTO registry_events (id, created) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(&event.id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if !fresh {
        return Ok(EventOutcome::Duplicate);
    }
    let version = match resolve::version(&mut tx, tenant_id, version_id).await {
        Ok(v) if v.project_id == project_id => v,
        Ok(_) | Err(Error::NotFound { .. }) => {
            return Ok(EventOutcome::Rejected(format!(
                "no version {version_id} in project {project_id} of tenant {tenant_id}"
            )))
        }
        Err(e) => return Err(e),
    };
    let created = sqlx::query(
        "INSERT INTO images (id, tenant_id, version_id, qualifier, image_id, created) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT DO NOTHING",
    )
    .bind(state.next_id())
    .bind(tenant_id)
    .bind(version.id)
    .bind(qualifier.as_str())
    .bind(&image_id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    tx.commit().await?;
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(if created {
        EventOutcome::ImageCreated
    } else {
        EventOutcome::Duplicate
    })
}
