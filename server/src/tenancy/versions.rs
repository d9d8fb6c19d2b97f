//! Versions, their images, deployments, and the lobby and matchmaker records of deployments.

use omgservers_types::details::ImageQualifier;
use omgservers_types::permissions::{ProjectPermission, StagePermission};
use omgservers_types::registry::RegistryEvent;
use omgservers_types::support::DeletedResponse;
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ErrorQualifier, IdOrAlias};

use super::{resolve, Actor};
use crate::error::{found, Error, Result};
use crate::state::AppState;
use crate::store::deployments;
pub use crate::store::deployments::DeploymentChild;
use crate::store::hierarchy::CascadeRoot;
use crate::store::time::now_millis;
use crate::store::versions;

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
    within_operator_limits(state, &config)?;
    let config = serde_json::to_string(&config).map_err(|e| Error::Internal(e.to_string()))?;
    let id = state.next_id();
    versions::insert(&mut tx, id, tenant_id, project_id, &config, now_millis()).await?;
    tx.commit().await?;
    Ok(id)
}

/// A version's `runtime_resources` stay within what the operator allows
/// (`OMGSERVERS_RUNTIMES_MAX_CPU_MILLICORES`, `OMGSERVERS_RUNTIMES_MAX_MEMORY_MIB`): a 400
/// naming the field otherwise.
fn within_operator_limits(state: &AppState, config: &VersionConfig) -> Result<()> {
    let Some(r) = &config.runtime_resources else {
        return Ok(());
    };
    let (cpu, memory) = (
        state.config.runtimes_max_cpu_millicores,
        state.config.runtimes_max_memory_mib,
    );
    for (name, asked, max, setting) in [
        (
            "cpu_request_millicores",
            r.cpu_request_millicores,
            cpu,
            "OMGSERVERS_RUNTIMES_MAX_CPU_MILLICORES",
        ),
        (
            "cpu_limit_millicores",
            r.cpu_limit_millicores,
            cpu,
            "OMGSERVERS_RUNTIMES_MAX_CPU_MILLICORES",
        ),
        (
            "memory_request_mib",
            r.memory_request_mib,
            memory,
            "OMGSERVERS_RUNTIMES_MAX_MEMORY_MIB",
        ),
        (
            "memory_limit_mib",
            r.memory_limit_mib,
            memory,
            "OMGSERVERS_RUNTIMES_MAX_MEMORY_MIB",
        ),
    ] {
        if let Some(asked) = asked.filter(|a| *a > max) {
            return Err(Error::validation(format!(
                "config.runtime_resources.{name}: {asked} is more than this server allows ({max}, {setting})"
            )));
        }
    }
    Ok(())
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
    let deployments = versions::deployments(&mut tx, tenant_id, version_id).await?;
    if let Some(deployment_id) = deployments.first() {
        return Err(Error::conflict(
            ErrorQualifier::WRONG_VERSION_STATE,
            format!("version {version_id} is deployed (deployment {deployment_id}); delete its deployments first"),
        ));
    }
    let deleted = versions::delete(&mut tx, tenant_id, version_id)
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
    if deleted {
        crate::audit::deleted("version", version_id, None);
    }
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(deleted)
}

/// How long deploy-version on a node that does not own the new deployment's slot waits for
/// the owner's controller to write its first lobby and matchmaker before answering anyway.
const FIRST_CHILDREN_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Deploys a version to a stage: the deployment with one lobby and one matchmaker.
///
/// The deployment (control plane) is written first, its lobby and matchmaker (game state)
/// right after in units of their own (`game::lifecycle::write_first_children`); the controller
/// writes them for a deployment whose node stopped in between, or whose slot another node owns.
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
    if versions::image_count(&mut tx, tenant_id, version_id).await? == 0 {
        return Err(Error::conflict(
            ErrorQualifier::WRONG_VERSION_STATE,
            format!("version {version_id} has no image yet; push one or upload a files archive and wait for the build"),
        ));
    }
    let now = now_millis();
    let deployment_id = state.next_id();
    deployments::insert(&mut tx, deployment_id, tenant_id, stage_id, version_id, now).await?;
    tx.commit().await?;
    // The deployment exists from here on: a failure to write its children now is the
    // controller's to mend, not the caller's to retry (a retry would deploy twice).
    if state.writer.slots().owns_deployment(deployment_id) {
        if let Err(e) =
            crate::game::lifecycle::write_first_children(state, tenant_id, deployment_id).await
        {
            tracing::warn!(deployment_id, error = %e, "first lobby and matchmaker not written yet; the controller will");
        }
    } else {
        // In a cluster only the owner of the deployment's slot writes them: its controller,
        // within a tick. The answer waits for that (players join it right after), a while.
        let deadline = tokio::time::Instant::now() + FIRST_CHILDREN_WAIT;
        // A failed read ends the wait: the deployment exists, the answer is still success.
        while tokio::time::Instant::now() < deadline {
            let pending = match state.db.pool.acquire().await {
                Ok(mut conn) => deployments::first_children_pending(&mut conn).await,
                Err(e) => Err(e.into()),
            };
            match pending {
                Ok(pending) if pending.iter().any(|(id, _)| *id == deployment_id) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(deployment_id, error = %e, "cannot tell whether the first lobby and matchmaker are written");
                    break;
                }
            }
        }
    }
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
    dry_run: bool,
) -> Result<DeletedResponse> {
    let mut tx = super::DeleteUnit::begin(state, dry_run).await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let Some(deployment) = found(resolve::deployment(&mut tx, tenant_id, deployment_id).await)?
    else {
        return Ok(DeletedResponse::of(false));
    };
    actor
        .require_stage(
            &mut tx,
            deployment.stage_id,
            StagePermission::DEPLOYMENT_MANAGER,
        )
        .await?;
    if dry_run {
        return super::hierarchy::would_delete(&mut tx, CascadeRoot::Deployment(deployment_id))
            .await;
    }
    // What went with it, for the audit line (counted only when audit lines are on).
    let removed = tx.cascade(CascadeRoot::Deployment(deployment_id)).await?;
    let deleted = deployments::delete(&mut tx, tenant_id, deployment_id).await?;
    tx.commit().await?;
    if deleted {
        crate::audit::deleted("deployment", deployment_id, removed.as_ref());
    }
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(DeletedResponse::of(deleted))
}

/// Adds one more lobby or matchmaker to a deployment.
pub async fn add_child(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
    kind: DeploymentChild,
) -> Result<i64> {
    let tenant_id = {
        let mut conn = state.db.pool.acquire().await?;
        super::runtimes_view::managed_deployment(&mut conn, actor, tenant, deployment_id).await?
    };
    // Game state: on the deployment's database, by its slot's owner.
    let id = state.next_id();
    let mut tx = crate::game::begin(state, deployment_id).await?;
    deployments::insert_child(&mut tx, kind, id, tenant_id, deployment_id, now_millis()).await?;
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
    // Two reads: the row's deployment from the game state (whichever database holds it), then
    // the deployment from the control plane.
    let table = kind.table();
    let owner =
        crate::game::find_in_any!(state, |conn| resolve::deployment_id_of(conn, table, id))?;
    let Some(deployment_id) = owner else {
        return Ok(false);
    };
    let deployment = {
        let mut conn = state.db.pool.acquire().await?;
        let Some(deployment) = resolve::deployment_by_id(&mut conn, deployment_id).await? else {
            return Ok(false); // its deployment is gone: the controller removes it
        };
        actor
            .require_stage(
                &mut conn,
                deployment.stage_id,
                StagePermission::DEPLOYMENT_MANAGER,
            )
            .await?;
        deployment
    };
    let mut tx = crate::game::begin(state, deployment_id).await?;
    let deleted = deployments::delete_child(&mut tx, kind, deployment.tenant_id, id).await?;
    tx.commit().await?;
    if deleted {
        let what = match kind {
            DeploymentChild::Lobby => "lobby",
            DeploymentChild::Matchmaker => "matchmaker",
        };
        crate::audit::deleted(what, id, None);
    }
    // The controller reconciles lobbies, matchmakers and runtimes from this change now,
    // not at its safety tick.
    state.hub.wake_controller();
    Ok(deleted)
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

/// Longest registry event id recorded (`registry_events.id`, a primary key).
const MAX_EVENT_ID_BYTES: usize = 255;

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
    if event.id.is_empty() || event.id.chars().any(char::is_control) {
        return Ok(EventOutcome::Rejected(
            "an event id must be non-empty and hold no control characters".to_owned(),
        ));
    }
    // Distribution's ids are UUIDs. A longer one would not fit PostgreSQL's index on handled
    // ids (about 2.7 kB a row), and the event would fail the whole request with a 500.
    if event.id.len() > MAX_EVENT_ID_BYTES {
        return Ok(EventOutcome::Rejected(format!(
            "an event id must be at most {MAX_EVENT_ID_BYTES} bytes, got {}",
            event.id.len()
        )));
    }
    let (tenant_id, project_id, qualifier, version_id, image_id) =
        match parse_image_reference(repository, tag) {
            Ok(parsed) => parsed,
            Err(why) => return Ok(EventOutcome::Rejected(why)),
        };
    let mut tx = state.begin().await?;
    let now = now_millis();
    if !versions::note_registry_event(&mut tx, &event.id, now).await? {
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
    let created = versions::insert_image(
        &mut tx,
        state.next_id(),
        tenant_id,
        version.id,
        qualifier.as_str(),
        &image_id,
        now,
    )
    .await?;
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
