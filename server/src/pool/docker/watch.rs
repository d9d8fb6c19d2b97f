//! Watching one pool host: Docker `die` events of this installation's containers (an exited
//! runtime is known within a moment, not after the inactivity timeout), and every few seconds
//! a ping and a listing that catch anything the event stream missed, mark the host reachable
//! or not, and remove retired containers whose retention is over.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Weak};
use std::time::Duration;

use bollard::models::EventMessageTypeEnum;
use bollard::query_parameters::{EventsOptions, ListContainersOptions};
use bollard::Docker;
use futures_util::StreamExt;
use omgservers_types::messages::RuntimeQualifier;

use super::{connect, labels, launch, DockerPool, Host, Owner};
use crate::error::{Error, Result};

const CHECK_INTERVAL: Duration = Duration::from_secs(3);

/// A managed container as listed by Docker.
#[derive(Debug)]
pub struct Found {
    /// Docker's id: this very container, where its name may be reused by the next start's.
    pub id: String,
    pub name: String,
    pub running: bool,
    /// Running, or created and not started yet (a launch under way): it holds its host's room.
    pub live: bool,
    pub status: String,
    /// None when the labels are incomplete (then it is left alone).
    pub owner: Option<Owner>,
    /// What placement reserved for it (its limits when it has no request labels: a container
    /// of an older server).
    pub cpu: i64,
    pub memory: i64,
    pub cpu_limit: i64,
    pub memory_limit: i64,
    /// The start it belongs to (`labels::TOKEN_EPOCH`), if labelled.
    pub token_epoch: Option<i64>,
}

impl Found {
    fn of(
        id: String,
        name: String,
        labels: &HashMap<String, String>,
        state: &str,
        status: String,
    ) -> Found {
        let cpu_limit = number(labels, labels::CPU_LIMIT).unwrap_or(0);
        let memory_limit = number(labels, labels::MEMORY_LIMIT).unwrap_or(0);
        let running = matches!(state, "running" | "restarting");
        Found {
            id,
            name,
            running,
            live: running || state == "created",
            status,
            owner: owner_of(labels),
            cpu: number(labels, labels::CPU_REQUEST).unwrap_or(cpu_limit),
            memory: number(labels, labels::MEMORY_REQUEST).unwrap_or(memory_limit),
            cpu_limit,
            memory_limit,
            token_epoch: number(labels, labels::TOKEN_EPOCH),
        }
    }
}

pub async fn list_managed(docker: &Docker, installation: &str) -> Result<Vec<Found>> {
    let options = ListContainersOptions {
        all: true,
        filters: Some(HashMap::from([(
            "label".to_owned(),
            vec![format!("{}={installation}", labels::INSTALLATION)],
        )])),
        ..Default::default()
    };
    let listed = docker
        .list_containers(Some(options))
        .await
        .map_err(|e| Error::Internal(format!("list containers: {e}")))?;
    Ok(listed
        .into_iter()
        .filter_map(|summary| {
            // Docker always gives the id; an entry without one could not be stopped or
            // removed (both go by id), so it is skipped.
            let id = summary.id.filter(|id| !id.is_empty())?;
            let name = summary.names?.first()?.trim_start_matches('/').to_owned();
            let labels = summary.labels.unwrap_or_default();
            let state = summary.state.map(|s| s.to_string()).unwrap_or_default();
            Some(Found::of(
                id,
                name,
                &labels,
                &state,
                summary.status.unwrap_or_default(),
            ))
        })
        .collect())
}

/// The container called `name` if this installation manages it (None when there is none, or
/// the host does not answer, or Docker gives no id).
pub async fn inspect_managed(docker: &Docker, installation: &str, name: &str) -> Option<Found> {
    let inspected = docker.inspect_container(name, None).await.ok()?;
    let id = inspected.id.filter(|id| !id.is_empty())?; // as in `list_managed`
    let labels = inspected.config?.labels.unwrap_or_default();
    if labels.get(labels::INSTALLATION).map(String::as_str) != Some(installation) {
        return None;
    }
    let state = inspected
        .state
        .and_then(|s| s.status)
        .map(|s| s.to_string())
        .unwrap_or_default();
    Some(Found::of(
        id,
        name.to_owned(),
        &labels,
        &state,
        state.clone(),
    ))
}

fn number(labels: &HashMap<String, String>, key: &str) -> Option<i64> {
    labels.get(key)?.parse().ok()
}

pub fn owner_of(labels: &HashMap<String, String>) -> Option<Owner> {
    Some(Owner {
        runtime_id: number(labels, labels::RUNTIME_ID)?,
        qualifier: RuntimeQualifier::from_str(labels.get(labels::RUNTIME_QUALIFIER)?).ok()?,
        tenant_id: number(labels, labels::TENANT_ID)?,
        stage_id: number(labels, labels::STAGE_ID)?,
        deployment_id: number(labels, labels::DEPLOYMENT_ID)?,
    })
}

/// Runs until aborted (host removed, server stopping) or the pool is dropped.
pub async fn run(pool: Weak<DockerPool>, host: Arc<Host>, host_id: i64) {
    let installation = match pool.upgrade() {
        Some(p) => p.settings.installation.clone(),
        None => return,
    };
    let mut check = tokio::time::interval(CHECK_INTERVAL);
    loop {
        let options = EventsOptions {
            filters: Some(HashMap::from([
                ("type".to_owned(), vec!["container".to_owned()]),
                ("event".to_owned(), vec!["die".to_owned()]),
                (
                    "label".to_owned(),
                    vec![format!("{}={installation}", labels::INSTALLATION)],
                ),
            ])),
            ..Default::default()
        };
        let mut events = host.docker.events(Some(options));
        loop {
            tokio::select! {
                event = events.next() => match event {
                    Some(Ok(event)) => {
                        let Some(pool) = pool.upgrade() else { return };
                        if event.typ != Some(EventMessageTypeEnum::CONTAINER) {
                            continue;
                        }
                        let attributes = event.actor.and_then(|a| a.attributes).unwrap_or_default();
                        let (Some(owner), Some(name)) = (owner_of(&attributes), attributes.get("name")) else {
                            continue;
                        };
                        let code = attributes.get("exitCode").cloned().unwrap_or_default();
                        pool.container_exited(host_id, owner.runtime_id, name, format!("exited with code {code}"));
                    }
                    // The stream broke (host down, engine restarted): check, then subscribe again.
                    Some(Err(_)) | None => break,
                },
                _ = check.tick() => {
                    let Some(pool) = pool.upgrade() else { return };
                    // Unregistered, or registered again by another task meanwhile: that one's
                    // watcher takes over.
                    if !pool.is_registered(host_id, &host) {
                        return;
                    }
                    if !check_host(&pool, &host, host_id).await {
                        break;
                    }
                }
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
        let Some(pool) = pool.upgrade() else { return };
        check_host(&pool, &host, host_id).await;
    }
}

/// Pings the host, reconciles the pool's view with its containers and removes retired ones
/// past their retention. False when the host did not answer.
async fn check_host(pool: &DockerPool, host: &Host, host_id: i64) -> bool {
    let answered = connect::ping(&host.docker).await;
    let reachable = answered.is_ok();
    if host.set_reachable(answered) {
        pool.room_freed();
    }
    if !reachable {
        return false;
    }
    for target in pool.take_expired(host_id).await {
        launch::remove(&host.docker, &target).await;
    }
    if !pool.manages_runtimes {
        return true;
    }
    let found = match list_managed(&host.docker, &pool.settings.installation).await {
        Ok(found) => found,
        Err(e) => {
            tracing::warn!(error = %e, "cannot list runtime containers");
            return true;
        }
    };
    pool.take_stock(host_id, &host.docker, &found);
    true
}
