//! The game controller: reconciles what requests leave to it, woken at once by changes and by
//! a periodic safety tick. Every step reads the database and acts idempotently, so a restart
//! resumes every flow where it stood.
//!
//! One pass: record activity → record what the driver saw (starts, exits: `lifecycle`) → mark
//! runtimes that made their first interchange RUNNING → write the first lobby and matchmaker
//! of a deployment whose deploy-version stopped before → settle PENDING deployments (READY or
//! FAILED) and tear down what is left of FAILED ones → remove drained deployments and empty
//! matches → fail silent runtimes, delete those whose lobby / match / deployment is gone →
//! disconnect inactive clients and those of gone deployments → remove the rest of a gone
//! deployment's game state and the users of deleted runtimes → keep each deployment's lobbies
//! (warm minimum, more when full) with runtimes → assign queued clients → matchmake → start
//! (with backoff) and stop runtime processes.

use std::collections::{BTreeMap, HashSet};

use omgservers_types::developer::RuntimeStatus;
use omgservers_types::messages::DisconnectionReason;
use omgservers_types::ClientId;

use super::assignment::assign_lobbies;
use super::lifecycle::{self, Failure};
use super::runtimes::{self, Purpose};
use super::step_failures::StepFailures;
use super::teardown::{delete_clients, delete_runtime};
use super::{matchmaking, Wakes};
use crate::auth::users;
use crate::error::Result;
use crate::pool::Change;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::deployments::{self, DeploymentChild, Row};
use crate::store::matchmaking as matchmaking_rows;
use crate::store::orphans;
use crate::store::runtimes::{self as runtime_rows, RuntimeRow};
use crate::store::time::now_millis;

/// Runs passes until the task is aborted: woken by changes, at the next runtime start that is
/// due (a backoff ending), and at the safety tick at the latest.
pub async fn run(state: AppState) {
    let mut changes = Vec::new();
    let mut failures = StepFailures::new(state.metrics.game.controller_step_failures.clone());
    loop {
        let mut sleep = state.config.controller_tick;
        let started = std::time::Instant::now();
        let next = pass(&state, &mut changes, &mut failures).await;
        let took = started.elapsed().as_secs_f64();
        state.metrics.game.controller_pass.observe(took);
        state.hub.controller_passed(now_millis());
        if let Some(next_start_at) = next {
            let until = u64::try_from(next_start_at - now_millis()).unwrap_or(0);
            sleep = sleep.min(std::time::Duration::from_millis(until));
        }
        tokio::select! {
            () = state.hub.controller_woken() => {}
            () = tokio::time::sleep(sleep) => {}
        }
    }
}

fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// One pass; returns when the next postponed runtime start is due (epoch ms), if any.
/// `changes` holds what the driver reported and is not recorded yet: what a failed pass could
/// not record is recorded by the next one. A step that fails is reported (`failures`) and does
/// not keep the later ones from running (each reads the database afresh), so one row a step trips over
/// cannot stall the game loop; each step wakes whom its committed changes concern.
pub async fn pass(
    state: &AppState,
    changes: &mut Vec<Change>,
    failures: &mut StepFailures,
) -> Option<i64> {
    let mut wakes = Wakes::default();
    failures.step("activity", flush_activity(state).await);
    let observed = state.driver.observe().await;
    changes.extend(observed.changes);
    failures.step(
        "driver changes",
        lifecycle::apply(state, &mut wakes, changes).await,
    );
    wake(state, &mut wakes);
    // One read serves both steps: each re-reads a runtime in the transaction that changes it.
    // A database that did not answer is left out (reported by the dead-runtimes step).
    let (runtimes, runtimes_read) = all_runtimes(state).await;
    failures.step("readiness", lifecycle::mark_ready(state, &runtimes).await);
    failures.step(
        "first children",
        lifecycle::write_pending_first_children(state).await,
    );
    failures.step(
        "rollout",
        lifecycle::settle_deployments(state, &mut wakes).await,
    );
    failures.step(
        "failed deployments",
        lifecycle::tear_down_failed_deployments(state, &mut wakes).await,
    );
    wake(state, &mut wakes);
    failures.step(
        "drained deployments",
        remove_drained_deployments(state).await,
    );
    // One node sweeps what no slot owns alone (standalone: this one).
    if super::leads(state) {
        failures.step("empty matches", remove_empty_matches(state).await);
    } else {
        failures.skipped("empty matches");
    }
    let dead = remove_dead_runtimes(state, &mut wakes, runtimes).await;
    failures.step("dead runtimes", runtimes_read.and(dead));
    wake(state, &mut wakes);
    // Read once: the clients step disconnects their players, the last step removes the rest.
    // A database that did not answer is left out (reported by the deleted-deployments step).
    let (gone, gone_read) = gone_deployments(state).await;
    failures.step(
        "inactive clients",
        disconnect_inactive_clients(state, &mut wakes, &gone).await,
    );
    wake(state, &mut wakes);
    failures.step(
        "deleted deployments",
        gone_read.and(remove_game_state(state, &gone).await),
    );
    // Users are no slot's: one node removes those of every deleted runtime.
    if super::leads(state) {
        failures.step("runtime users", remove_runtime_users(state).await);
    } else {
        failures.skipped("runtime users");
    }
    failures.step("deleted clients", purge_deleted_clients(state).await);
    failures.step("lobbies", maintain_lobbies(state, &mut wakes).await);
    failures.step(
        "queued clients",
        assign_queued_clients(state, &mut wakes).await,
    );
    wake(state, &mut wakes);
    match matchmaking::run(state).await {
        Ok(matched) => {
            state.hub.wake(&matched);
            failures.step("matchmaking", Ok(()));
        }
        Err(e) => failures.step("matchmaking", Err(e)),
    }
    let driven = drive(
        state,
        &mut wakes,
        &observed.running,
        &observed.room_freed_for,
    )
    .await;
    // Here `controller` means another pass is wanted (a runtime came back for queued clients).
    state.hub.wake(&wakes);
    let (next_start_at, driven) = match driven {
        Ok((next_start_at, read)) => (next_start_at, read),
        Err(e) => (None, Err(e)),
    };
    failures.step("runtime starts", driven);
    next_start_at
}

/// The runtimes of the deployments this node owns (standalone: all), as `every_runtime`.
async fn all_runtimes(state: &AppState) -> (Vec<RuntimeRow>, Result<()>) {
    let (mut all, read) = every_runtime(state).await;
    all.retain(|r| super::owns(state, r.deployment_id));
    (all, read)
}

/// Every runtime of the databases of game state that answered, and the first failure: a
/// database that is down leaves its runtimes out, and callers act on the rows they got only.
async fn every_runtime(state: &AppState) -> (Vec<RuntimeRow>, Result<()>) {
    let mut all = Vec::new();
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let mut conn = database.acquire().await?;
            // Only the slots mapped here: a slot moving to or from this database has its rows
            // in both for a moment (`cluster::moves`), and a runtime's container is driven once.
            let rows = runtime_rows::all(&mut conn).await?;
            all.extend(
                rows.into_iter()
                    .filter(|r| state.databases.of_deployment(r.deployment_id).is(database)),
            );
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    let read = failed.into_result();
    (all, read)
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
    // Each database updates the rows it holds (the others' ids find nothing).
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let mut tx = database.begin().await?;
            clients::record_activity(&mut tx, &clients).await?;
            runtime_rows::record_activity(&mut tx, &runtimes).await?;
            crate::error::Result::<()>::Ok(tx.commit().await?)
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// A stage's older deployments take no new clients; once their last client is gone they are
/// removed (their runtimes, lobbies, matchmakers and events by the later steps).
///
/// Two reads, the control plane's then the game state's, then a control-plane unit. A client
/// that joins a drained deployment in between (on a read of the serving deployment made before
/// a newer one got READY) is disconnected with the rest of the gone deployment's game state.
async fn remove_drained_deployments(state: &AppState) -> Result<()> {
    let mut older = {
        let mut conn = state.db.pool.acquire().await?;
        deployments::superseded(&mut conn).await?
    };
    older.retain(|id| super::owns(state, *id));
    if older.is_empty() {
        return Ok(());
    }
    // Every database asked must answer: a deployment whose clients cannot be counted stays.
    let mut in_use = HashSet::new();
    for database in state.databases.holding(&older) {
        let mut conn = database.acquire().await?;
        in_use.extend(deployments::with_live_clients(&mut conn, &older).await?);
    }
    let mut tx = state.begin().await?;
    for deployment_id in older.into_iter().filter(|id| !in_use.contains(id)) {
        super::fence_slot(&mut tx, state, deployment_id).await?;
        tracing::info!(deployment_id, "older deployment drained; removing it");
        deployments::delete_by_id(&mut tx, Row::Deployment, deployment_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A match whose players have all left is over (matches are created with their players, so an
/// empty one had them once); its runtime goes with it.
async fn remove_empty_matches(state: &AppState) -> Result<()> {
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            // Read first: most passes end no match, and need no unit.
            if !matchmaking_rows::any_empty_match(&mut *database.acquire().await?).await? {
                return Ok(());
            }
            let mut tx = database.begin().await?;
            let ended = matchmaking_rows::delete_empty_matches(&mut tx).await?;
            tx.commit().await?;
            if ended > 0 {
                tracing::info!(matches = ended, "empty matches ended");
            }
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// Whether the row a runtime names still exists (a runtime without that row is fine).
async fn exists(conn: &mut sqlx::AnyConnection, row: Row, id: Option<i64>) -> Result<bool> {
    match id {
        Some(id) => deployments::exists(conn, row, id).await,
        None => Ok(true),
    }
}

/// A match runtime's match is deleted when its players have all left: it ended normally.
const MATCH_ENDED: &str = "its match ended";

/// Why a runtime must go, if it must: what it belongs to was deleted. Its deployment is
/// looked for in the control plane (`control`), the rest in the runtime's unit (`conn`).
async fn orphaned(
    conn: &mut sqlx::AnyConnection,
    control: &mut sqlx::AnyConnection,
    runtime: &RuntimeRow,
) -> Result<Option<&'static str>> {
    if !exists(control, Row::Deployment, Some(runtime.deployment_id)).await? {
        return Ok(Some("its deployment was deleted"));
    }
    if !exists(conn, Row::Lobby, runtime.lobby_id).await? {
        return Ok(Some("its lobby was deleted"));
    }
    if !exists(conn, Row::Match, runtime.match_id).await? {
        return Ok(Some(MATCH_ENDED));
    }
    if !exists(conn, Row::Matchmaker, runtime.matchmaker_id).await? {
        return Ok(Some("its matchmaker was deleted"));
    }
    Ok(None)
}

/// What `row` of a runtime it belongs to (`None`: none of that kind).
fn belongs_to(runtime: &RuntimeRow, row: Row) -> Option<i64> {
    match row {
        Row::Deployment => Some(runtime.deployment_id),
        Row::Lobby => runtime.lobby_id,
        Row::Match => runtime.match_id,
        Row::Matchmaker => runtime.matchmaker_id,
    }
}

/// The runtimes of `all` that `orphaned` may find orphaned: something they belong to was not
/// found. Read on pooled connections, a few statements per database whatever the number of
/// runtimes (a pass reads every runtime's rows: one statement each would grow with them).
async fn orphan_suspects(
    state: &AppState,
    control: &mut sqlx::AnyConnection,
    all: &[RuntimeRow],
) -> Result<HashSet<i64>> {
    let ids_of = |runtimes: &[&RuntimeRow], row: Row| {
        let mut ids: Vec<i64> = runtimes.iter().filter_map(|r| belongs_to(r, row)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let everyone: Vec<&RuntimeRow> = all.iter().collect();
    let wanted = ids_of(&everyone, Row::Deployment);
    let live_deployments = deployments::existing(control, Row::Deployment, &wanted).await?;
    let mut suspects: HashSet<i64> = all
        .iter()
        .filter(|r| !live_deployments.contains(&r.deployment_id))
        .map(|r| r.id)
        .collect();
    // The rest lives in each runtime's game database.
    for database in state.game_databases() {
        let theirs: Vec<&RuntimeRow> = everyone
            .iter()
            .copied()
            .filter(|r| state.game(r.deployment_id).is(database))
            .collect();
        if theirs.is_empty() {
            continue;
        }
        let mut conn = database.acquire().await?;
        for row in [Row::Lobby, Row::Match, Row::Matchmaker] {
            let existing = deployments::existing(&mut conn, row, &ids_of(&theirs, row)).await?;
            suspects.extend(
                theirs
                    .iter()
                    .filter(|r| belongs_to(r, row).is_some_and(|id| !existing.contains(&id)))
                    .map(|r| r.id),
            );
        }
    }
    Ok(suspects)
}

/// Why a started runtime counts as failed although its process runs: it made no interchange
/// within `OMGSERVERS_RUNTIMES_INACTIVE_INTERVAL` of its last start, its process coming up, or
/// its last interchange (or of this server's start: a downtime is nobody's silence).
fn silence(state: &AppState, runtime: &RuntimeRow, now: i64) -> Option<String> {
    // Only a started runtime can be silent: one waiting for its start (backoff, room, a pull)
    // is not, whichever server looks (they may run different drivers).
    let watched = matches!(
        runtime.status,
        RuntimeStatus::STARTING | RuntimeStatus::RUNNING
    );
    let interval = state.config.runtimes_inactive_interval;
    let since = runtime
        .last_activity
        .max(runtime.started_at)
        .max(state.started_at);
    (watched && since + millis(interval) < now).then(|| {
        format!(
            "made no interchange within {} (OMGSERVERS_RUNTIMES_INACTIVE_INTERVAL)",
            humantime::format_duration(interval)
        )
    })
}

async fn remove_dead_runtimes(
    state: &AppState,
    wakes: &mut Wakes,
    all: Vec<RuntimeRow>,
) -> Result<()> {
    let now = now_millis();
    let mut control = state.db.pool.acquire().await?;
    // Read first, for all of them at once: most runtimes are alive, and need no unit.
    let orphans = orphan_suspects(state, &mut control, &all).await?;
    for runtime in all {
        if silence(state, &runtime, now).is_none() && !orphans.contains(&runtime.id) {
            continue;
        }
        let mut tx = super::begin(state, runtime.deployment_id).await?;
        // Re-read inside the transaction: the runtime may have been active meanwhile.
        let Some(current) = runtime_rows::find(&mut tx, runtime.id).await? else {
            continue;
        };
        if let Some(why) = orphaned(&mut tx, &mut control, &current).await? {
            tracing::info!(runtime_id = current.id, qualifier = %current.qualifier, why, "runtime removed");
            if why == MATCH_ENDED {
                lifecycle::match_ended(&mut tx, &current).await?;
            }
            delete_runtime(&mut tx, state, wakes, &current).await?;
        } else if let Some(why) = silence(state, &current, now) {
            state.driver.stop(current.id).await?;
            lifecycle::fail(&mut tx, state, wakes, &current, Failure::Silent(why)).await?;
        } else {
            continue;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Deleted clients stay readable for `OMGSERVERS_CLIENTS_DELETED_RETENTION`, then go with
/// their inbox.
async fn purge_deleted_clients(state: &AppState) -> Result<()> {
    let before = now_millis() - millis(state.config.clients_deleted_retention);
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            // Read first: most passes have nothing to purge, and need no unit.
            if !clients::any_purgeable(&mut *database.acquire().await?, before).await? {
                return Ok(());
            }
            let mut tx = database.begin().await?;
            let purged = clients::purge_deleted(&mut tx, before).await?;
            tx.commit().await?;
            for id in purged {
                state.hub.forget_client(id);
                database.writer.hot().inbox.forget(ClientId(id));
            }
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// The deployments of this node's slots (standalone: all) that are gone while game state
/// still names them (`store::orphans`).
/// A database that did not answer is left out; the first failure comes with the answer.
async fn gone_deployments(state: &AppState) -> (Vec<i64>, Result<()>) {
    let mut gone = Vec::new();
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let mut control = state.db.pool.acquire().await?;
            let mut conn = database.acquire().await?;
            gone.extend(orphans::gone_deployments(&mut conn, &mut control).await?);
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    let read = failed.into_result();
    gone.retain(|id| super::owns(state, *id));
    (gone, read)
}

/// What is left of a gone deployment's game state once its clients were disconnected and its
/// runtimes deleted (earlier steps): its matchmakers and their requests, matches, lobbies and
/// events. One transaction per deployment, so the removal is whole or not at all.
async fn remove_game_state(state: &AppState, gone: &[i64]) -> Result<()> {
    for deployment_id in gone {
        let mut tx = super::begin(state, *deployment_id).await?;
        if orphans::delete_game_state(&mut tx, *deployment_id).await? {
            tx.commit().await?;
            tracing::debug!(deployment_id, "game state of a deleted deployment removed");
        }
    }
    Ok(())
}

/// RUNTIME users whose runtime is gone (deleted runtimes leave theirs to this step: users are
/// the control plane's). The users are read before the runtimes, so a runtime started between
/// the two reads — and its user created — is never taken for gone.
async fn remove_runtime_users(state: &AppState) -> Result<()> {
    let candidates = {
        let mut conn = state.db.pool.acquire().await?;
        users::runtime_user_ids(&mut conn).await?
    };
    // Every database must answer: a user whose runtime cannot be looked for stays. And no
    // slot may move between shard databases meanwhile: read before its copy in one and after
    // its clean-up in the other, its runtimes would be in neither.
    let moves_before = moves_generation(state).await?;
    let mut in_use = HashSet::new();
    for database in state.game_databases() {
        let mut conn = database.acquire().await?;
        in_use.extend(runtime_rows::user_ids(&mut conn).await?);
    }
    if moves_before.1 > 0 || moves_generation(state).await? != moves_before {
        return Ok(()); // the next pass, once the moves are done
    }
    let gone: Vec<i64> = candidates
        .into_iter()
        .filter(|id| !in_use.contains(id))
        .collect();
    if gone.is_empty() {
        return Ok(());
    }
    let mut tx = state.begin().await?;
    for id in &gone {
        users::delete(&mut tx, *id).await?;
    }
    tx.commit().await?;
    tracing::debug!(users = gone.len(), "users of deleted runtimes removed");
    Ok(())
}

/// `store::moves::generation` with shard databases; without them nothing moves.
async fn moves_generation(state: &AppState) -> Result<(i64, i64)> {
    if state.databases.shards().is_empty() {
        return Ok((0, 0));
    }
    let mut conn = state.databases.system().acquire().await?;
    Ok(crate::store::moves::generation(&mut conn).await?)
}

async fn disconnect_inactive_clients(
    state: &AppState,
    wakes: &mut Wakes,
    gone: &[i64],
) -> Result<()> {
    // Counted from this server's start at the earliest: a downtime is not the players' silence.
    let deadline = now_millis() - millis(state.config.clients_inactive_interval);
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            // Read first: most passes disconnect no one, and need no unit.
            let (inactive, orphaned) =
                to_disconnect(&mut *database.acquire().await?, state, deadline, gone).await?;
            if inactive.is_empty() && orphaned.is_empty() {
                return Ok(());
            }
            let mut tx = database.begin().await?;
            let (inactive, mut orphaned) = to_disconnect(&mut tx, state, deadline, gone).await?;
            for client in inactive.iter().chain(orphaned.iter()) {
                super::fence(&mut tx, state, client.deployment_id).await?;
            }
            let why = Some(DisconnectionReason::CLIENT_INACTIVITY);
            delete_clients(&mut tx, state, wakes, &inactive, why, true).await?;
            let inactive: HashSet<i64> = inactive.iter().map(|c| c.id).collect();
            orphaned.retain(|c| !inactive.contains(&c.id));
            let why = Some(DisconnectionReason::INTERNAL_FAILURE);
            delete_clients(&mut tx, state, wakes, &orphaned, why, false).await?;
            tx.commit().await?;
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// The clients of this node's slots to disconnect: silent since `deadline` (none before the
/// server has run that long: a downtime is not the players' silence), and the live ones of
/// `gone` deployments.
async fn to_disconnect(
    conn: &mut sqlx::AnyConnection,
    state: &AppState,
    deadline: i64,
    gone: &[i64],
) -> Result<(Vec<ClientRow>, Vec<ClientRow>)> {
    let mut inactive = if state.started_at < deadline {
        clients::inactive_since(conn, deadline).await?
    } else {
        Vec::new()
    };
    let mut orphaned = clients::live_of_deployments(conn, gone).await?;
    inactive.retain(|c| super::owns(state, c.deployment_id));
    orphaned.retain(|c| super::owns(state, c.deployment_id));
    Ok((inactive, orphaned))
}

/// The newest deployment of every stage, and any older one with waiting clients, keeps its warm
/// minimum of lobbies, plus one more when clients wait and every lobby is full (up to the cap);
/// lobbies without a runtime get one.
async fn maintain_lobbies(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut control = state.db.pool.acquire().await?;
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let mut serving = {
                let mut conn = database.acquire().await?;
                deployments::serving(&mut control, &mut conn).await?
            };
            serving.retain(|d| super::owns(state, d.id) && state.game(d.id).is(database));
            // Read first: most passes add no lobby and start none, and need no unit.
            {
                let mut conn = database.acquire().await?;
                let mut idle = !deployments::bare_lobby_deployments(&mut conn)
                    .await?
                    .into_iter()
                    .any(|id| super::owns(state, id));
                for deployment in &serving {
                    if !idle {
                        break;
                    }
                    idle = lobbies_missing(&mut conn, state, deployment.id).await? == 0;
                }
                if idle {
                    return Ok(());
                }
            }
            let mut tx = database.begin().await?;
            for deployment in serving {
                super::fence(&mut tx, state, deployment.id).await?;
                add_lobbies(&mut tx, state, deployment).await?;
            }
            // Read in the unit: the lobbies just added get their runtimes in this pass.
            for lobby in deployments::lobbies_without_runtime(&mut tx, &mut control).await? {
                if !super::owns(state, lobby.deployment_id) {
                    continue;
                }
                super::fence(&mut tx, state, lobby.deployment_id).await?;
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
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// How many lobbies a serving deployment lacks: up to its warm minimum, plus one more when
/// clients wait and every lobby is full (up to the cap).
async fn lobbies_missing(
    conn: &mut sqlx::AnyConnection,
    state: &AppState,
    deployment_id: i64,
) -> Result<usize> {
    let max_clients = i64::from(state.config.lobbies_max_clients);
    let lobbies = deployments::lobby_loads(conn, deployment_id).await?;
    let queued = clients::queued_count(conn, deployment_id).await?;
    let warm = usize::try_from(state.config.lobbies_warm_minimum).unwrap_or(1);
    let all_full = lobbies.iter().all(|lobby| lobby.clients >= max_clients);
    let cap = usize::try_from(state.config.lobbies_max_per_deployment)
        .unwrap_or(usize::MAX)
        .max(warm);
    let wanted = (lobbies.len().max(warm)
        + usize::from(queued > 0 && all_full && lobbies.len() >= warm))
    .min(cap);
    Ok(wanted.saturating_sub(lobbies.len()))
}

/// Adds the lobbies a serving deployment lacks (`lobbies_missing`).
async fn add_lobbies(
    tx: &mut crate::store::writer::WriteTx,
    state: &AppState,
    deployment: deployments::Serving,
) -> Result<()> {
    for _ in 0..lobbies_missing(tx, state, deployment.id).await? {
        let id = state.next_id();
        let (tenant_id, deployment_id) = (deployment.tenant_id, deployment.id);
        deployments::insert_child(
            tx,
            DeploymentChild::Lobby,
            id,
            tenant_id,
            deployment_id,
            now_millis(),
        )
        .await?;
    }
    Ok(())
}

async fn assign_queued_clients(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            // Read first: most passes find no one queued, and need no unit.
            let waiting = clients::queued_deployments(&mut *database.acquire().await?).await?;
            if !waiting.into_iter().any(|id| super::owns(state, id)) {
                return Ok(());
            }
            let mut tx = database.begin().await?;
            // Oldest first within each deployment; a deployment's at once (`assign_lobbies`).
            let mut by_deployment: BTreeMap<i64, Vec<ClientRow>> = BTreeMap::new();
            for client in clients::queued(&mut tx).await? {
                if super::owns(state, client.deployment_id) {
                    let deployment = by_deployment.entry(client.deployment_id).or_default();
                    deployment.push(client);
                }
            }
            for (deployment_id, queued) in by_deployment {
                super::fence(&mut tx, state, deployment_id).await?;
                assign_lobbies(&mut tx, state, wakes, deployment_id, &queued).await?;
            }
            tx.commit().await?;
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

/// Starts the runtimes the driver does not run whose (re)start is due, or that found no room
/// before and for which the driver has seen room since (`room_freed_for`); stops what it runs
/// that no longer exists or must not run. Returns when the next postponed start is due, and
/// the failure to read a database's runtimes (the others' due starts were made).
async fn drive(
    state: &AppState,
    wakes: &mut Wakes,
    running: &[i64],
    room_freed_for: &[i64],
) -> Result<(Option<i64>, Result<()>)> {
    if !state.driver.starts_runtimes() {
        return Ok((None, Ok(())));
    }
    let (everything, read) = every_runtime(state).await;
    // In a cluster, runtimes of other nodes' deployments are theirs to run.
    let slots = state.writer.slots();
    let (mine, others): (Vec<RuntimeRow>, Vec<RuntimeRow>) = everything
        .into_iter()
        .partition(|r| slots.owns_deployment(r.deployment_id));
    let others: HashSet<i64> = others.iter().map(|r| r.id).collect();
    // A slot moving between shard databases is left as it is until its move ends: what runs
    // keeps running, nothing starts (`cluster::moves`).
    let (all, moving): (Vec<RuntimeRow>, Vec<RuntimeRow>) = mine
        .into_iter()
        .partition(|r| super::owns(state, r.deployment_id));
    let moving: HashSet<i64> = moving.iter().map(|r| r.id).collect();
    let running: HashSet<i64> = running.iter().copied().collect();
    // A process may run for a runtime that is starting or running (or waiting for room, as
    // one left by a previous server); one that failed, waits for its next start or is STOPPED
    // must not have one (a stray one, say from an exit seen late, is stopped).
    let wanted: HashSet<i64> = all
        .iter()
        .filter(|r| {
            matches!(
                r.status,
                RuntimeStatus::PENDING
                    | RuntimeStatus::PULLING
                    | RuntimeStatus::STARTING
                    | RuntimeStatus::RUNNING
            )
        })
        .map(|r| r.id)
        .collect();
    // Only when every database answered: a process of a runtime that could not be read is
    // not known to be unwanted.
    let unwanted: Vec<i64> = if read.is_ok() {
        running
            .difference(&wanted)
            .filter(|id| !moving.contains(id))
            .copied()
            .collect()
    } else {
        Vec::new()
    };
    for runtime_id in &unwanted {
        // On Docker hosts shared by the nodes, another node's container is its own (it adopts
        // it after a takeover); a process of this node's whose runtime moved to another node
        // goes, as its new owner starts its own.
        if others.contains(runtime_id) && state.driver.shared_hosts() {
            continue;
        }
        state.driver.stop(*runtime_id).await?;
    }
    let now = now_millis();
    let room_freed =
        |r: &RuntimeRow| r.status == RuntimeStatus::PENDING && room_freed_for.contains(&r.id);
    for runtime in all
        .iter()
        .filter(|r| !running.contains(&r.id) && (lifecycle::due(r, now) || room_freed(r)))
    {
        if let Err(e) = lifecycle::start(state, wakes, runtime).await {
            tracing::warn!(runtime_id = runtime.id, error = %e, "runtime start failed");
        }
    }
    // Read again: the starts above may have postponed some (no room, a failed start).
    let (again, _) = all_runtimes(state).await;
    let next_start_at = again
        .iter()
        .filter(|r| r.status != RuntimeStatus::STOPPED && r.next_start_at > now)
        .map(|r| r.next_start_at)
        .min();
    Ok((next_start_at, read))
}
