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
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ClientId, RuntimeId};

use super::assignment::assign_lobby;
use super::runtimes::{self, Purpose};
use super::teardown::{delete_client, delete_runtime};
use super::{matchmaking, Wakes};
use crate::error::{Error, Result};
use crate::pool::RuntimeSpec;
use crate::state::AppState;
use crate::store::clients;
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
    for (id, at) in clients {
        sqlx::query("UPDATE clients SET last_activity = $1 WHERE id = $2 AND last_activity < $1")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    for (id, at) in runtimes {
        sqlx::query("UPDATE runtimes SET last_activity = $1 WHERE id = $2 AND last_activity < $1")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A stage's older deployments take no new clients; once their last client is gone they are
/// removed (with their lobbies, matchmakers and, through the next steps, runtimes).
async fn remove_drained_deployments(state: &AppState) -> Result<()> {
    let mut tx = state.begin().await?;
    let drained: Vec<(i64,)> = sqlx::query_as(
        "SELECT d.id FROM deployments d \
         WHERE d.id <> (SELECT MAX(n.id) FROM deployments n WHERE n.stage_id = d.stage_id) \
         AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.deployment_id = d.id AND c.state <> 'DELETED')",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (deployment_id,) in drained {
        tracing::info!(deployment_id, "older deployment drained; removing it");
        sqlx::query("DELETE FROM deployments WHERE id = $1")
            .bind(deployment_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A match whose players have all left is over (matches are created with their players, so an
/// empty one had them once); its runtime goes with it.
async fn remove_empty_matches(state: &AppState) -> Result<()> {
    let mut tx = state.begin().await?;
    let done = sqlx::query(
        "DELETE FROM matches WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.match_id = matches.id AND c.state = 'ASSIGNED')",
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    if done.rows_affected() > 0 {
        tracing::info!(matches = done.rows_affected(), "empty matches ended");
    }
    Ok(())
}

async fn exists(conn: &mut sqlx::AnyConnection, table: &str, id: Option<i64>) -> Result<bool> {
    let Some(id) = id else { return Ok(true) };
    let sql = format!("SELECT COUNT(*) FROM {table} WHERE id = $1");
    let (count,): (i64,) = sqlx::query_as(&sql).bind(id).fetch_one(conn).await?;
    Ok(count > 0)
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
    if !exists(conn, "deployments", Some(runtime.deployment_id)).await? {
        return Ok(Some("its deployment was deleted"));
    }
    if !exists(conn, "lobbies", runtime.lobby_id).await? {
        return Ok(Some("its lobby was deleted"));
    }
    if !exists(conn, "matches", runtime.match_id).await? {
        return Ok(Some("its match was deleted"));
    }
    if runtime.matchmaker_id.is_some()
        && !exists(conn, "matchmakers", runtime.matchmaker_id).await?
    {
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
    let purged: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM clients WHERE state = 'DELETED' AND last_activity < $1")
            .bind(before)
            .fetch_all(&mut *tx)
            .await?;
    sqlx::query("DELETE FROM clients WHERE state = 'DELETED' AND last_activity < $1")
        .bind(before)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    for (id,) in purged {
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
        clients::select(
            &mut tx,
            "state <> 'DELETED' AND last_activity < $1",
            &[deadline],
        )
        .await?
    } else {
        Vec::new()
    };
    let orphaned = clients::select(
        &mut tx,
        "state <> 'DELETED' AND deployment_id NOT IN (SELECT id FROM deployments)",
        &[],
    )
    .await?;
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
    let deployments: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT d.id, d.tenant_id FROM deployments d WHERE d.id = (SELECT MAX(n.id) FROM deployments n WHERE n.stage_id = d.stage_id) \
         OR EXISTS (SELECT 1 FROM clients c WHERE c.deployment_id = d.id AND c.state = 'QUEUED')",
    )
    .fetch_all(&mut *tx)
    .await?;
    let max_clients = i64::from(state.config.lobbies_max_clients);
    for (deployment_id, tenant_id) in deployments {
        let lobbies: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT l.id, (SELECT COUNT(*) FROM clients c JOIN runtimes r ON r.id = c.runtime_id WHERE r.lobby_id = l.id AND c.state = 'ASSIGNED') \
             FROM lobbies l WHERE l.deployment_id = $1",
        )
        .bind(deployment_id)
        .fetch_all(&mut *tx)
        .await?;
        let (queued,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM clients WHERE deployment_id = $1 AND state = 'QUEUED'",
        )
        .bind(deployment_id)
        .fetch_one(&mut *tx)
        .await?;
        let warm = usize::try_from(state.config.lobbies_warm_minimum).unwrap_or(1);
        let all_full = lobbies.iter().all(|(_, load)| *load >= max_clients);
        let cap = usize::try_from(state.config.lobbies_max_per_deployment)
            .unwrap_or(usize::MAX)
            .max(warm);
        let wanted = (lobbies.len().max(warm)
            + usize::from(queued > 0 && all_full && lobbies.len() >= warm))
        .min(cap);
        for _ in lobbies.len()..wanted {
            sqlx::query("INSERT INTO lobbies (id, tenant_id, deployment_id, created) VALUES ($1, $2, $3, $4)")
                .bind(state.next_id())
                .bind(tenant_id)
                .bind(deployment_id)
                .bind(now_millis())
                .execute(&mut *tx)
                .await?;
        }
    }
    let bare: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT l.id, l.tenant_id, l.deployment_id, v.config FROM lobbies l \
         JOIN deployments d ON d.id = l.deployment_id JOIN versions v ON v.id = d.version_id WHERE l.runtime_id IS NULL",
    )
    .fetch_all(&mut *tx)
    .await?;
    for (lobby_id, tenant_id, deployment_id, config) in bare {
        let config: VersionConfig = serde_json::from_str(&config)
            .map_err(|e| Error::Internal(format!("version config is corrupt: {e}")))?;
        let runtime_id = runtimes::create(
            &mut tx,
            state,
            wakes,
            tenant_id,
            deployment_id,
            Purpose::Lobby { lobby_id },
            config,
        )
        .await?;
        sqlx::query("UPDATE lobbies SET runtime_id = $1 WHERE id = $2")
            .bind(runtime_id)
            .bind(lobby_id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn assign_queued_clients(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut tx = state.begin().await?;
    for client in clients::select(&mut tx, "state = 'QUEUED'", &[]).await? {
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
