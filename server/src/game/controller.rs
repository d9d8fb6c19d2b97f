//! The game controller: reconciles what requests leave to it, woken at once by changes and by
//! a periodic safety tick. Every step reads the database and acts idempotently, so a restart
//! resumes every flow where it stood.
//!
//! One pass: record activity → delete runtimes that died (process exited, inactive, or whose
//! lobby / match / deployment is gone) → disconnect inactive clients → keep each deployment's
//! lobbies (warm minimum, more when full) with runtimes → assign queued clients → matchmake →
//! start and stop runtime processes.

use std::collections::HashSet;

use omgservers_types::messages::DisconnectionReason;
use omgservers_types::{ClientId, RuntimeId};

use super::assignment::assign_lobby;
use super::runtimes::{self, Purpose};
use super::teardown::{delete_client, delete_runtime};
use super::{matchmaking, Wakes};
use crate::error::Result;
use crate::pool::RuntimeSpec;
use crate::state::AppState;
use crate::store::clients;
use crate::store::deployments::{self, DeploymentChild, Row};
use crate::store::matchmaking as matchmaking_rows;
use crate::store::runtimes::{self as runtime_rows, RuntimeRow};
use crate::store::time::now_millis;

/// Runs passes until the task is aborted.
pub async fn run(state: AppState) {
    loop {
        if let Err(e) = pass(&state).await {
            tracing::warn!(error = %e, "controller pass failed; retrying");
        }
        tokio::select! {
            () = state.hub.controller_woken() => {}
            () = tokio::time::sleep(state.config.controller_tick) => {}
        }
    }
}

fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

pub async fn pass(state: &AppState) -> Result<()> {
    let mut wakes = Wakes::default();
    flush_activity(state).await?;
    let observed = state.driver.observe().await;
    let exited: HashSet<i64> = observed.exited.iter().copied().collect();
    remove_drained_deployments(state).await?;
    remove_empty_matches(state).await?;
    // Each step wakes whom its committed changes concern before a later one may fail.
    remove_dead_runtimes(state, &mut wakes, &exited).await?;
    wake(state, &mut wakes);
    disconnect_inactive_clients(state, &mut wakes).await?;
    wake(state, &mut wakes);
    purge_deleted_clients(state).await?;
    maintain_lobbies(state, &mut wakes).await?;
    assign_queued_clients(state, &mut wakes).await?;
    wake(state, &mut wakes);
    let matched = matchmaking::run(state).await?;
    state.hub.wake(&matched);
    drive(state, &observed.running).await
}

/// Wakes long-pollers for committed changes (not the controller: it is the one running).
fn wake(state: &AppState, wakes: &mut Wakes) {
    let done = std::mem::take(wakes);
    state.hub.wake(&Wakes {
        controller: false,
        ..done
    });
}

async fn flush_activity(state: &AppState) -> Result<()> {
    let (clients, runtimes) = state.hub.take_activity(now_millis());
    if clients.is_empty() && runtimes.is_empty() {
        return Ok(());
    }
    let mut tx = state.begin().await?;
    clients::record_activity(&mut tx, &clients).await?;
    runtime_rows::record_activity(&mut tx, &runtimes).await?;
    tx.commit().await?;
    Ok(())
}

/// A stage's older deployments take no new clients; once their last client is gone they are
/// removed (with their lobbies, matchmakers and, through the next steps, runtimes).
async fn remove_drained_deployments(state: &AppState) -> Result<()> {
    let mut tx = state.begin().await?;
    for deployment_id in deployments::drained(&mut tx).await? {
        tracing::info!(deployment_id, "older deployment drained; removing it");
        deployments::delete_by_id(&mut tx, Row::Deployment, deployment_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A match whose players have all left is over (matches are created with their players, so an
/// empty one had them once); its runtime goes with it.
async fn remove_empty_matches(state: &AppState) -> Result<()> {
    let mut tx = state.begin().await?;
    let ended = matchmaking_rows::delete_empty_matches(&mut tx).await?;
    tx.commit().await?;
    if ended > 0 {
        tracing::info!(matches = ended, "empty matches ended");
    }
    Ok(())
}

/// Whether the row a runtime names still exists (a runtime without that row is fine).
async fn exists(conn: &mut sqlx::AnyConnection, row: Row, id: Option<i64>) -> Result<bool> {
    match id {
        Some(id) => deployments::exists(conn, row, id).await,
        None => Ok(true),
    }
}

/// Why a runtime is dead, if it is.
async fn death(
    conn: &mut sqlx::AnyConnection,
    state: &AppState,
    runtime: &RuntimeRow,
    exited: &HashSet<i64>,
    now: i64,
) -> Result<Option<&'static str>> {
    if exited.contains(&runtime.id) {
        return Ok(Some("its process exited"));
    }
    // Counted from this server's start at the earliest: a downtime is nobody's silence.
    if runtime.last_activity.max(state.started_at) + millis(state.config.runtimes_inactive_interval)
        < now
    {
        return Ok(Some(
            "it made no interchange within OMGSERVERS_RUNTIMES_INACTIVE_INTERVAL",
        ));
    }
    if !exists(conn, Row::Deployment, Some(runtime.deployment_id)).await? {
        return Ok(Some("its deployment was deleted"));
    }
    if !exists(conn, Row::Lobby, runtime.lobby_id).await? {
        return Ok(Some("its lobby was deleted"));
    }
    if !exists(conn, Row::Match, runtime.match_id).await? {
        return Ok(Some("its match was deleted"));
    }
    if !exists(conn, Row::Matchmaker, runtime.matchmaker_id).await? {
        return Ok(Some("its matchmaker was deleted"));
    }
    Ok(None)
}

async fn remove_dead_runtimes(
    state: &AppState,
    wakes: &mut Wakes,
    exited: &HashSet<i64>,
) -> Result<()> {
    let now = now_millis();
    let all = {
        let mut conn = state.db.pool.acquire().await?;
        runtime_rows::all(&mut conn).await?
    };
    for runtime in all {
        let mut tx = state.begin().await?;
        // Re-read inside the transaction: the runtime may have been active meanwhile.
        let Some(current) = runtime_rows::find(&mut tx, runtime.id).await? else {
            continue;
        };
        if let Some(why) = death(&mut tx, state, &current, exited, now).await? {
            tracing::info!(runtime_id = current.id, qualifier = %current.qualifier, why, "runtime removed");
            delete_runtime(&mut tx, state, wakes, &current).await?;
            tx.commit().await?;
            state.hub.forget_runtime(current.id);
            state.writer.hot().commands.forget(RuntimeId(current.id));
        }
    }
    Ok(())
}

/// Deleted clients stay readable for `OMGSERVERS_CLIENTS_DELETED_RETENTION`, then go with
/// their inbox.
async fn purge_deleted_clients(state: &AppState) -> Result<()> {
    let before = now_millis() - millis(state.config.clients_deleted_retention);
    let mut tx = state.begin().await?;
    let purged = clients::purge_deleted(&mut tx, before).await?;
    tx.commit().await?;
    for id in purged {
        state.hub.forget_client(id);
        state.writer.hot().inbox.forget(ClientId(id));
    }
    Ok(())
}

async fn disconnect_inactive_clients(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    // Counted from this server's start at the earliest: a downtime is not the players' silence.
    let deadline = now_millis() - millis(state.config.clients_inactive_interval);
    let mut tx = state.begin().await?;
    let inactive = if state.started_at < deadline {
        clients::inactive_since(&mut tx, deadline).await?
    } else {
        Vec::new()
    };
    let orphaned = clients::orphaned(&mut tx).await?;
    for client in &inactive {
        delete_client(
            &mut tx,
            state,
            wakes,
            client,
            Some(DisconnectionReason::CLIENT_INACTIVITY),
            true,
        )
        .await?;
    }
    for client in orphaned
        .iter()
        .filter(|c| !inactive.iter().any(|i| i.id == c.id))
    {
        delete_client(
            &mut tx,
            state,
            wakes,
            client,
            Some(DisconnectionReason::INTERNAL_FAILURE),
            false,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The newest deployment of every stage, and any older one with waiting clients, keeps its warm
/// minimum of lobbies, plus one more when clients wait and every lobby is full (up to the cap);
/// lobbies without a runtime get one.
async fn maintain_lobbies(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut tx = state.begin().await?;
    let max_clients = i64::from(state.config.lobbies_max_clients);
    for deployment in deployments::serving(&mut tx).await? {
        let lobbies = deployments::lobby_loads(&mut tx, deployment.id).await?;
        let queued = clients::queued_count(&mut tx, deployment.id).await?;
        let warm = usize::try_from(state.config.lobbies_warm_minimum).unwrap_or(1);
        let all_full = lobbies.iter().all(|lobby| lobby.clients >= max_clients);
        let cap = usize::try_from(state.config.lobbies_max_per_deployment)
            .unwrap_or(usize::MAX)
            .max(warm);
        let wanted = (lobbies.len().max(warm)
            + usize::from(queued > 0 && all_full && lobbies.len() >= warm))
        .min(cap);
        for _ in lobbies.len()..wanted {
            let id = state.next_id();
            let (tenant_id, deployment_id) = (deployment.tenant_id, deployment.id);
            deployments::insert_child(
                &mut tx,
                DeploymentChild::Lobby,
                id,
                tenant_id,
                deployment_id,
                now_millis(),
            )
            .await?;
        }
    }
    for lobby in deployments::lobbies_without_runtime(&mut tx).await? {
        let runtime_id = runtimes::create(
            &mut tx,
            state,
            wakes,
            lobby.tenant_id,
            lobby.deployment_id,
            Purpose::Lobby { lobby_id: lobby.id },
            lobby.config,
        )
        .await?;
        deployments::set_lobby_runtime(&mut tx, lobby.id, runtime_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn assign_queued_clients(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut tx = state.begin().await?;
    for client in clients::queued(&mut tx).await? {
        assign_lobby(&mut tx, state, wakes, &client).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Starts the runtimes the driver does not run, stops what it runs that no longer exists.
async fn drive(state: &AppState, running: &[i64]) -> Result<()> {
    if !state.driver.starts_runtimes() {
        return Ok(());
    }
    let all = {
        let mut conn = state.db.pool.acquire().await?;
        runtime_rows::all(&mut conn).await?
    };
    let running: HashSet<i64> = running.iter().copied().collect();
    let wanted: HashSet<i64> = all.iter().map(|r| r.id).collect();
    for runtime_id in running.difference(&wanted) {
        state.driver.stop(*runtime_id).await?;
    }
    for runtime in all.iter().filter(|r| !running.contains(&r.id)) {
        runtimes::ensure_init_command(state, runtime.id).await?;
        let (stage_id, image) = {
            let mut conn = state.db.pool.acquire().await?;
            runtimes::stage_and_image(&mut conn, runtime).await?
        };
        let password = runtimes::issue_password(state, runtime).await?;
        let config = &state.config;
        let service_url = if config.runtimes_overriding_enabled {
            config.runtimes_overriding_uri.clone()
        } else {
            state.public_uri.to_string()
        };
        let spec = RuntimeSpec {
            runtime_id: runtime.id,
            qualifier: runtime.qualifier,
            password,
            service_url,
            image,
            tenant_id: runtime.tenant_id,
            stage_id,
            deployment_id: runtime.deployment_id,
        };
        if let Err(e) = state.driver.start(spec).await {
            tracing::warn!(runtime_id = runtime.id, error = %e, "runtime start failed");
        }
    }
    Ok(())
}
