//! Pool administration (admin API, beyond upstream's `ping-docker-host`): list the hosts with
//! their load, add one, drain it, remove it. The database is the record; the running pool is
//! updated alongside.

use omgservers_types::admin::PoolHostDto;
use omgservers_types::{ErrorQualifier, Id};

use super::docker::{connect, HostView};
use super::hosts::{self, HostSpec};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::pool_hosts;
use crate::store::time::iso;

fn dto(view: HostView) -> PoolHostDto {
    PoolHostDto {
        id: Id(view.row.id),
        docker_daemon_uri: view.row.spec.docker_daemon_uri,
        cpu_count: view.row.spec.cpu_count,
        memory_size: view.row.spec.memory_size,
        max_containers: view.row.spec.max_containers,
        draining: view.row.draining,
        reachable: view.reachable,
        last_error: view.last_error,
        containers: view.containers,
        cpu_used: view.cpu_used,
        memory_used: view.memory_used,
        created: iso(view.row.created),
    }
}

pub fn list(state: &AppState) -> Vec<PoolHostDto> {
    state.docker_pool.hosts().into_iter().map(dto).collect()
}

fn view(state: &AppState, id: i64) -> Result<PoolHostDto> {
    state
        .docker_pool
        .hosts()
        .into_iter()
        .find(|h| h.row.id == id)
        .map(dto)
        .ok_or_else(|| Error::not_found(format!("pool host {id} was not found")))
}

/// Adds a host. One that does not answer yet is added all the same (it may still be
/// provisioning) and shows `reachable: false` with the reason until it answers.
pub async fn create(state: &AppState, spec: HostSpec) -> Result<PoolHostDto> {
    spec.validate()?;
    // A URI the client cannot even be built for (missing TLS files …) is refused up front.
    connect::connect(&spec.docker_daemon_uri, &state.docker_pool.settings().tls)?;
    let mut tx = state.begin().await?;
    let row = hosts::insert(&mut tx, state.next_id(), &spec).await?;
    tx.commit().await?;
    let id = row.id;
    state.docker_pool.register(row).await?;
    state.hub.wake_controller();
    view(state, id)
}

pub async fn set_draining(state: &AppState, id: i64, draining: bool) -> Result<PoolHostDto> {
    // In a cluster the row may be locked by another node's placement (`pool_hosts::lock_all`)
    // for as long as its look at the hosts takes: a plain transaction waits for it, not a
    // unit of the group-commit writer, which would hold up this node's other writes.
    let changed = if state.writer.slots().is_clustered() {
        let mut tx = state.db.pool.begin().await?;
        let changed = hosts::set_draining(&mut tx, id, draining).await?;
        tx.commit().await?;
        changed
    } else {
        let mut tx = state.begin().await?;
        let changed = hosts::set_draining(&mut tx, id, draining).await?;
        tx.commit().await?;
        changed
    };
    if !changed {
        return Err(Error::not_found(format!("pool host {id} was not found")));
    }
    state.docker_pool.set_draining(id, draining);
    if !draining {
        state.hub.wake_controller();
    }
    view(state, id)
}

/// Removes a host with no live runtime container; drain it and let its runtimes end first.
pub async fn delete(state: &AppState, id: i64) -> Result<bool> {
    let deleted = if state.writer.slots().is_clustered() {
        delete_shared(state, id).await?
    } else {
        refuse_if_live(state, id)?;
        let mut tx = state.begin().await?;
        let deleted = hosts::delete(&mut tx, id).await?;
        tx.commit().await?;
        deleted
    };
    if deleted {
        crate::audit::deleted("pool host", id, None);
    }
    state.docker_pool.unregister(id);
    Ok(deleted)
}

/// A host's deletion where the nodes of a cluster share it: its row stays locked from the
/// count to the deletion, so that no node places a container on it meanwhile, and the count is
/// of every node's containers as Docker lists them now (a host another node added just now is
/// connected first) and of the placements in progress there. A host that answers but whose
/// containers cannot be listed is not deleted; one that does not answer is judged by what the
/// last look found. A plain transaction, not a unit of the group-commit writer: the look at the
/// hosts must not hold up this node's other writes.
async fn delete_shared(state: &AppState, id: i64) -> Result<bool> {
    let mut tx = state.db.pool.begin().await?;
    let Some(row) = pool_hosts::lock(&mut tx, id).await? else {
        return Ok(false);
    };
    let placing = pool_hosts::placements(&mut tx)
        .await?
        .iter()
        .filter(|p| p.host_id == id)
        .count();
    if placing > 0 {
        return Err(still(
            id,
            format!("has {placing} runtime container(s) being started on it"),
        ));
    }
    let host = state.docker_pool.register(row).await?;
    let listed = state.docker_pool.look_at_hosts().await;
    if host.reachable() && !listed.contains(&id) {
        return Err(Error::conflict(
            ErrorQualifier::WRONG_REQUEST,
            format!(
                "pool host {id}'s containers could not be listed just now, so it is not known to be idle; try again"
            ),
        ));
    }
    refuse_if_live(state, id)?;
    let deleted = hosts::delete(&mut tx, id).await?;
    tx.commit().await?;
    Ok(deleted)
}

/// 409 while the host runs live containers (this node's, or the others' as last seen).
fn refuse_if_live(state: &AppState, id: i64) -> Result<()> {
    match state.docker_pool.live_containers_on(id) {
        0 => Ok(()),
        live => Err(still(id, format!("runs {live} runtime container(s)"))),
    }
}

fn still(id: i64, what: String) -> Error {
    Error::conflict(
        ErrorQualifier::WRONG_REQUEST,
        format!("pool host {id} still {what}; drain it and wait until they end"),
    )
}

/// Pings a Docker engine by URI (upstream `ping-docker-host`).
pub async fn ping(state: &AppState, uri: &str) -> Result<()> {
    hosts::validate_uri(uri)?;
    let docker = connect::connect(uri, &state.docker_pool.settings().tls)?;
    connect::ping(&docker).await.map_err(|why| Error::Upstream {
        qualifier: ErrorQualifier::SERVER_NOT_FOUND,
        message: format!("docker host `{uri}` did not answer: {why}"),
    })
}
