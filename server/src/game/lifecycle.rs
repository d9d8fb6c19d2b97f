//! The runtime lifecycle and the gated rollout (docs/runtime-pool.md "Lifecycle"), kept in the
//! database so that any server can pick it up:
//!
//! - A runtime keeps its id across restarts of its process or container. Its `status` follows
//!   what the driver reports (PULLING, STARTING, IMAGE_PULL_FAILED, EXITED) and its first
//!   interchange after a start (RUNNING). A failed lobby runtime (exited, image not pulled, not
//!   started, or silent for `OMGSERVERS_RUNTIMES_INACTIVE_INTERVAL`) loses its players and is
//!   started again after an exponential backoff (`OMGSERVERS_RUNTIMES_RESTART_BACKOFF_*`):
//!   EXITED after one failure, CRASH_LOOP_BACKOFF after more in a row. A failed match runtime
//!   ends its match, as before: its players go back to a lobby, and the deployment's next
//!   match runtimes wait the same backoff (reset when a match ends normally).
//! - A deployment whose runtimes failed in the last minute starts at most
//!   `OMGSERVERS_RUNTIMES_MAX_STARTS_PER_MINUTE` processes or containers a minute, counted from
//!   its events, whatever fails (a healthy one is not held back).
//! - A new deployment is PENDING until one of its lobby runtimes is RUNNING, then READY: only
//!   then does it take new players and do older deployments of its stage drain. One whose lobby
//!   runtime failed `OMGSERVERS_DEPLOYMENTS_READINESS_ATTEMPTS` starts in a row, or that is not
//!   ready within `OMGSERVERS_DEPLOYMENTS_READINESS_TIMEOUT`, FAILS: its runtimes are STOPPED,
//!   its clients disconnected, and the older deployment goes on serving.
//!
//! Every step is recorded as a deployment event.

use std::collections::HashSet;
use std::time::Duration;

use omgservers_types::details::DeploymentState;
use omgservers_types::developer::{EventKind, RuntimeStatus};
use omgservers_types::messages::{DisconnectionReason, RuntimeQualifier};
use omgservers_types::RuntimeId;

use super::metrics::{EventLabels, FailureLabels};
use super::runtimes;
use super::teardown::{delete_clients, delete_runtime, release_clients};
use super::Wakes;
use crate::error::Result;
use crate::pool::{Change, Happened, Launch, Resources, RuntimeSpec};
use crate::state::AppState;
use crate::store::clients;
use crate::store::deployments;
use crate::store::events::{self, NewEvent};
use crate::store::match_backoffs;
use crate::store::queue::COMMANDS;
use crate::store::runtimes::{self as runtime_rows, Clock, RuntimeRow, StatusChange};
use crate::store::time::{iso, now_millis};
use crate::store::writer::WriteTx;

/// How long a runtime held back by its deployment's starts-per-minute bound waits before the
/// next attempt.
const START_LIMIT_RETRY: Duration = Duration::from_secs(5);

/// The wait before the next start after `failures` failures in a row (1 or more): `initial`
/// doubled for each failure after the first, at most `max`.
pub fn backoff(failures: i64, initial: Duration, max: Duration) -> Duration {
    let doublings = u32::try_from(failures.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    initial.saturating_mul(1 << doublings).min(max)
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// Why a runtime stopped running.
#[derive(Clone, Debug)]
pub enum Failure {
    /// Its process or container exited.
    Exited(String),
    /// Its process or container could not be created or started.
    NotStarted(String),
    /// Its image could not be pulled.
    PullFailed(String),
    /// It made no interchange for too long; its process was stopped.
    Silent(String),
}

impl Failure {
    fn reason(&self) -> &str {
        match self {
            Failure::Exited(why)
            | Failure::NotStarted(why)
            | Failure::PullFailed(why)
            | Failure::Silent(why) => why,
        }
    }

    /// The `reason` label of `omgservers_runtime_failures_total`.
    fn kind(&self) -> &'static str {
        match self {
            Failure::Exited(_) => "exited",
            Failure::NotStarted(_) => "not_started",
            Failure::PullFailed(_) => "image_pull_failed",
            Failure::Silent(_) => "silent",
        }
    }
}

async fn record(
    conn: &mut WriteTx,
    state: &AppState,
    runtime: &RuntimeRow,
    kind: EventKind,
    message: &str,
) -> Result<()> {
    let counter = state
        .metrics
        .game
        .runtime_events
        .get_or_create(&EventLabels {
            qualifier: runtime.qualifier.to_string(),
            kind: kind.to_string(),
        })
        .clone();
    conn.after_commit(move || {
        counter.inc();
    });
    let event = NewEvent {
        id: state.next_id(),
        tenant_id: runtime.tenant_id,
        deployment_id: runtime.deployment_id,
        runtime_id: Some(runtime.id),
        kind: kind.as_str(),
        message,
        created: now_millis(),
    };
    events::record(conn, &event).await
}

/// Records what the driver saw happen to runtimes, oldest first. A change that cannot be
/// recorded stays in `changes` for the next pass, with the later changes of its runtime (their
/// order matters); the others are recorded meanwhile. Returns the first error.
pub async fn apply(state: &AppState, wakes: &mut Wakes, changes: &mut Vec<Change>) -> Result<()> {
    let mut first_error = None;
    let mut kept = Vec::new();
    for change in std::mem::take(changes) {
        let blocked = kept
            .iter()
            .any(|k: &Change| k.runtime_id == change.runtime_id);
        if blocked {
            kept.push(change);
            continue;
        }
        if let Err(e) = record_change(state, wakes, &change).await {
            first_error.get_or_insert(e);
            kept.push(change);
        }
    }
    *changes = kept;
    first_error.map_or(Ok(()), Err)
}

async fn record_change(state: &AppState, wakes: &mut Wakes, change: &Change) -> Result<()> {
    let Some(read) = runtimes::locate(state, change.runtime_id).await? else {
        return Ok(()); // deleted meanwhile: its process was stopped on purpose
    };
    if !state.writer.slots().owns_deployment(read.deployment_id) {
        return Ok(()); // its slot moved to another node, which runs it now
    }
    // While the slot moves between shard databases this unit is refused (SHARD_LOCKED): the
    // change is kept and recorded by a later pass.
    let mut tx = super::begin(state, read.deployment_id).await?;
    let Some(runtime) = runtime_rows::find(&mut tx, change.runtime_id).await? else {
        return Ok(()); // deleted meanwhile
    };
    if runtime.status == RuntimeStatus::STOPPED {
        return Ok(()); // its deployment failed: its process was stopped on purpose
    }
    let now = now_millis();
    match &change.what {
        Happened::Pulling => {
            let change = StatusChange::to(RuntimeStatus::PULLING);
            runtime_rows::set_status(&mut tx, runtime.id, &change, now).await?;
        }
        Happened::Started => {
            if runtime.status != RuntimeStatus::RUNNING {
                let change = StatusChange {
                    clock: Clock::ProcessUp,
                    ..StatusChange::to(RuntimeStatus::STARTING)
                };
                runtime_rows::set_status(&mut tx, runtime.id, &change, now).await?;
            }
        }
        Happened::Adopted {
            container,
            token_epoch,
        } => {
            if crate::pool::stale(*token_epoch, runtime.token_epoch).is_some() {
                // An earlier start's container (its tokens are void): removed, not adopted; the
                // driver reports the removal (`StaleRemoved`), recorded then.
                state.driver.remove_stale(runtime.id, runtime.token_epoch);
                return Ok(());
            }
            if matches!(
                runtime.status,
                RuntimeStatus::PENDING | RuntimeStatus::PULLING
            ) {
                let change = StatusChange {
                    clock: Clock::ProcessUp,
                    ..StatusChange::to(RuntimeStatus::STARTING)
                };
                runtime_rows::set_status(&mut tx, runtime.id, &change, now).await?;
            }
            let message = format!(
                "container {container} adopted as it runs (after a restart, or from the server that ran it before)"
            );
            record(&mut tx, state, &runtime, EventKind::ADOPTED, &message).await?;
        }
        Happened::StaleRemoved {
            container,
            token_epoch,
            current,
        } => {
            let message = format!(
                "container {container} of an earlier start (token epoch {token_epoch}, the \
                 runtime's now {current}) was found running and removed, not adopted: its \
                 tokens are void"
            );
            let kind = EventKind::STALE_CONTAINER_REMOVED;
            record(&mut tx, state, &runtime, kind, &message).await?;
        }
        Happened::PullFailed(why) => {
            let failure = Failure::PullFailed(why.clone());
            fail(&mut tx, state, wakes, &runtime, failure).await?;
        }
        Happened::Exited(why) => {
            fail(
                &mut tx,
                state,
                wakes,
                &runtime,
                Failure::Exited(why.clone()),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// A runtime stopped running. A lobby runtime loses its players and waits for its next start;
/// a match runtime is deleted with its match (its players go back to a lobby).
pub async fn fail(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime: &RuntimeRow,
    failure: Failure,
) -> Result<()> {
    let reason = failure.reason();
    if runtime.status == RuntimeStatus::STOPPED {
        return Ok(()); // its deployment failed: nothing restarts it
    }
    tracing::info!(runtime_id = runtime.id, qualifier = %runtime.qualifier, reason, "runtime failed");
    let counter = state
        .metrics
        .game
        .runtime_failures
        .get_or_create(&FailureLabels {
            qualifier: runtime.qualifier.to_string(),
            reason: failure.kind().to_owned(),
        })
        .clone();
    conn.after_commit(move || {
        counter.inc();
    });
    let now = now_millis();
    if runtime.qualifier == RuntimeQualifier::MATCH || !state.driver.starts_runtimes() {
        // Nothing restarts a runtime this server does not start: a new one replaces it. A
        // match ends with its runtime; the next match runtime of the deployment backs off.
        let message = format!("{reason}; the runtime is removed");
        record(conn, state, runtime, EventKind::RUNTIME_FAILED, &message).await?;
        if runtime.qualifier == RuntimeQualifier::MATCH && state.driver.starts_runtimes() {
            back_off_matches(conn, state, runtime, now).await?;
        }
        return delete_runtime(conn, state, wakes, runtime).await;
    }
    release_clients(conn, state, wakes, runtime).await?;
    // The next process starts afresh: INIT_RUNTIME first (`runtimes::ensure_init_command`),
    // nothing meant for the one that died.
    COMMANDS.take_all(conn, RuntimeId(runtime.id)).await?;
    let failures = failures_after(state, runtime, runtime.failures, now);
    let wait = restart_wait(state, failures);
    let next_start_at = now + millis(wait);
    let status = match failure {
        Failure::PullFailed(_) => RuntimeStatus::IMAGE_PULL_FAILED,
        _ if failures > 1 => RuntimeStatus::CRASH_LOOP_BACKOFF,
        _ => RuntimeStatus::EXITED,
    };
    let detail = format!(
        "{reason} at {}; {failures} failure(s) in a row, next start at {}",
        iso(now),
        iso(next_start_at)
    );
    let change = StatusChange {
        status,
        reason: Some(&detail),
        clock: Clock::Keep,
        failures: Some(failures),
        next_start_at: Some(next_start_at),
    };
    runtime_rows::set_status(conn, runtime.id, &change, now).await?;
    record(conn, state, runtime, EventKind::RUNTIME_FAILED, reason).await?;
    let message = format!(
        "next start in {} (failure {failures} in a row)",
        humantime::format_duration(wait)
    );
    record(conn, state, runtime, EventKind::BACKOFF, &message).await?;
    wakes.controller = true;
    Ok(())
}

/// Failures in a row once `runtime` failed after `before` of them: 1 when it had run healthy
/// for `OMGSERVERS_RUNTIMES_RESTART_BACKOFF_RESET`.
fn failures_after(state: &AppState, runtime: &RuntimeRow, before: i64, now: i64) -> i64 {
    let reset = millis(state.config.runtimes_restart_backoff_reset);
    let ran_healthy = runtime.status == RuntimeStatus::RUNNING && now - runtime.started_at >= reset;
    if ran_healthy {
        1
    } else {
        before + 1
    }
}

fn restart_wait(state: &AppState, failures: i64) -> Duration {
    let config = &state.config;
    backoff(
        failures,
        config.runtimes_restart_backoff_initial,
        config.runtimes_restart_backoff_max,
    )
}

/// A match runtime failed: the deployment's next match runtimes wait (one backoff for all of
/// them, since each match has a runtime of its own).
async fn back_off_matches(
    conn: &mut WriteTx,
    state: &AppState,
    runtime: &RuntimeRow,
    now: i64,
) -> Result<()> {
    let current = match_backoffs::of(conn, runtime.deployment_id).await?;
    let failures = failures_after(state, runtime, current.failures, now);
    let wait = restart_wait(state, failures);
    let next = match_backoffs::MatchBackoff {
        failures,
        next_start_at: now + millis(wait),
    };
    match_backoffs::set(conn, runtime.tenant_id, runtime.deployment_id, next).await?;
    let message = format!(
        "the deployment's next match runtimes start in {} (match failure {failures} in a row)",
        humantime::format_duration(wait)
    );
    record(conn, state, runtime, EventKind::BACKOFF, &message).await
}

/// A match ended normally: its deployment's match runtimes no longer back off.
pub async fn match_ended(conn: &mut WriteTx, runtime: &RuntimeRow) -> Result<()> {
    if runtime.qualifier == RuntimeQualifier::MATCH {
        match_backoffs::reset(conn, runtime.deployment_id).await?;
    }
    Ok(())
}

/// Runtimes that made an interchange since their last start are RUNNING.
pub async fn mark_ready(state: &AppState, all: &[RuntimeRow]) -> Result<()> {
    let waiting = [
        RuntimeStatus::PENDING,
        RuntimeStatus::PULLING,
        RuntimeStatus::STARTING,
    ];
    for runtime in all
        .iter()
        .filter(|r| waiting.contains(&r.status) && r.ready())
    {
        let mut tx = super::begin(state, runtime.deployment_id).await?;
        if runtime_rows::mark_running(&mut tx, runtime.id, now_millis()).await? {
            let message = "made its first interchange since it started";
            record(&mut tx, state, runtime, EventKind::RUNTIME_READY, message).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// Writes a new deployment's first lobby and matchmaker — game state, fenced in the
/// deployment's slot — then records them written on the deployment (control plane). Both
/// steps may run again (deploy-version runs them, the controller runs them for a deployment
/// left pending), so both are idempotent.
pub async fn write_first_children(
    state: &AppState,
    tenant_id: i64,
    deployment_id: i64,
) -> Result<()> {
    let mut tx = super::begin(state, deployment_id).await?;
    deployments::insert_first_children(&mut tx, tenant_id, deployment_id, now_millis()).await?;
    tx.commit().await?;
    let mut tx = state.begin().await?;
    deployments::first_children_written(&mut tx, deployment_id).await?;
    tx.commit().await?;
    Ok(())
}

/// The first lobby and matchmaker of deployments whose deploy-version stopped before writing
/// them (its node stopped in between).
pub async fn write_pending_first_children(state: &AppState) -> Result<()> {
    let pending = {
        let mut conn = state.db.pool.acquire().await?;
        deployments::first_children_pending(&mut conn).await?
    };
    // One deployment that cannot be finished now does not hold up the others.
    let mut first_error = Ok(());
    for (deployment_id, tenant_id) in pending {
        if super::owns(state, deployment_id) {
            if let Err(e) = write_first_children(state, tenant_id, deployment_id).await {
                first_error = first_error.and(Err(e));
            }
        }
    }
    first_error
}

/// Settles PENDING deployments: READY once a lobby runtime is RUNNING, FAILED when one failed
/// too many starts in a row or none got ready in time.
///
/// Two units: its event and, for a failure, its runtimes stopped and its players disconnected
/// (game state); then its state (control plane, only from PENDING). So a deployment read
/// FAILED has its runtimes STOPPED and its event recorded. If the state does not commit, the
/// next pass writes the state the event recorded (and no second event).
/// `tear_down_failed_deployments` disconnects a client that joined on a read made just before
/// the failure.
pub async fn settle_deployments(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let pending = {
        let mut conn = state.db.pool.acquire().await?;
        deployments::pending(&mut conn).await?
    };
    // One deployment that cannot be settled now (its database down) does not hold up the others.
    let mut failed = super::FirstError::default();
    for deployment in pending.into_iter().filter(|d| super::owns(state, d.id)) {
        failed.keep(settle(state, wakes, &deployment).await);
    }
    failed.into_result()
}

/// Settles one PENDING deployment if its lobbies say so (`settle_deployments`).
async fn settle(
    state: &AppState,
    wakes: &mut Wakes,
    deployment: &deployments::Pending,
) -> Result<()> {
    let config = &state.config;
    let attempts = i64::from(config.deployments_readiness_attempts);
    let timeout = millis(config.deployments_readiness_timeout);
    let lobbies: Vec<RuntimeRow> = {
        let mut conn = state.game(deployment.id).acquire().await?;
        runtime_rows::of_deployment(&mut conn, deployment.tenant_id, deployment.id)
            .await?
            .into_iter()
            .filter(|r| r.qualifier == RuntimeQualifier::LOBBY)
            .collect()
    };
    let now = now_millis();
    let (to, reason) = if let Some(up) = lobbies.iter().find(|r| r.status == RuntimeStatus::RUNNING)
    {
        let why = format!(
            "lobby runtime {} is running; older deployments of the stage drain",
            up.id
        );
        (DeploymentState::READY, why)
    } else if let Some(failing) = lobbies.iter().find(|r| r.failures >= attempts) {
        let why = format!(
            "lobby runtime {} failed {} starts in a row: {}",
            failing.id,
            failing.failures,
            failing
                .status_reason
                .as_deref()
                .unwrap_or("no reason recorded")
        );
        (DeploymentState::FAILED, why)
    } else if now - deployment.created > timeout {
        let states: Vec<String> = lobbies
            .iter()
            .map(|r| {
                let why = r.status_reason.as_deref().unwrap_or("no reason recorded");
                format!("runtime {} is {}: {why}", r.id, r.status)
            })
            .collect();
        let why = format!(
            "no lobby runtime made an interchange within {} (OMGSERVERS_DEPLOYMENTS_READINESS_TIMEOUT){}",
            humantime::format_duration(config.deployments_readiness_timeout),
            if states.is_empty() {
                "; it has no lobby runtime".to_owned()
            } else {
                format!("; {}", states.join("; "))
            }
        );
        (DeploymentState::FAILED, why)
    } else {
        return Ok(());
    };
    // The event, and for a failure the runtimes stopped and the players disconnected, are
    // written before the state, so whoever reads the state finds them (the two units may be
    // in two databases). A pass cut short between them finds the event: it decides, whatever
    // this pass would have decided, so the state never contradicts it.
    let mut tx = super::begin(state, deployment.id).await?;
    let (to, reason) = match recorded_settling(&mut tx, deployment.id).await? {
        Some(recorded) => recorded,
        None => {
            let kind = match to {
                DeploymentState::READY => EventKind::DEPLOYMENT_READY,
                _ => EventKind::DEPLOYMENT_FAILED,
            };
            let event = NewEvent {
                id: state.next_id(),
                tenant_id: deployment.tenant_id,
                deployment_id: deployment.id,
                runtime_id: None,
                kind: kind.as_str(),
                message: &reason,
                created: now,
            };
            events::record(&mut tx, &event).await?;
            (to, reason)
        }
    };
    if to == DeploymentState::FAILED {
        tear_down_failed(&mut tx, state, wakes, deployment.id, &reason).await?;
    }
    tx.commit().await?;
    let mut tx = state.begin().await?;
    super::fence_slot(&mut tx, state, deployment.id).await?;
    let settled = deployments::settle(&mut tx, deployment.id, to, Some(&reason), now).await?;
    tx.commit().await?;
    if settled && to == DeploymentState::FAILED {
        tracing::warn!(deployment_id = deployment.id, reason, "deployment failed");
    } else if settled {
        tracing::info!(deployment_id = deployment.id, reason, "deployment ready");
    }
    wakes.controller = true;
    Ok(())
}

/// How a deployment was settled, if its READY or FAILED event is recorded (a deployment
/// settles once): the state and the event's message.
async fn recorded_settling(
    tx: &mut WriteTx,
    deployment_id: i64,
) -> Result<Option<(DeploymentState, String)>> {
    let (ready, failed) = (
        EventKind::DEPLOYMENT_READY.as_str(),
        EventKind::DEPLOYMENT_FAILED.as_str(),
    );
    let recorded = events::first_of(tx, deployment_id, &[ready, failed]).await?;
    Ok(recorded.map(|(kind, message)| {
        let to = if kind == ready {
            DeploymentState::READY
        } else {
            DeploymentState::FAILED
        };
        (to, message)
    }))
}

/// A FAILED deployment's game state: its runtimes stopped, its players disconnected
/// (INTERNAL_FAILURE).
async fn tear_down_failed(
    tx: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    deployment_id: i64,
    reason: &str,
) -> Result<()> {
    runtime_rows::stop_deployment(tx, deployment_id, reason, now_millis()).await?;
    let live = clients::of_deployment(tx, deployment_id).await?;
    let why = Some(DisconnectionReason::INTERNAL_FAILURE);
    delete_clients(tx, state, wakes, &live, why, false).await?;
    Ok(())
}

/// FAILED deployments of this node's slots that still have a runtime not STOPPED or a live
/// client are torn down: a client joined on a read made just before the failure, or an older
/// server wrote the state before stopping the runtimes and was cut short.
pub async fn tear_down_failed_deployments(state: &AppState, wakes: &mut Wakes) -> Result<()> {
    let mut failed = {
        let mut conn = state.db.pool.acquire().await?;
        deployments::failed(&mut conn).await?
    };
    failed.retain(|(id, _)| super::owns(state, *id));
    let ids: Vec<i64> = failed.iter().map(|(id, _)| *id).collect();
    // Each database answers for the deployments it holds (the others' ids find nothing).
    let mut left = HashSet::new();
    let mut unread = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let mut conn = database.acquire().await?;
            left.extend(runtime_rows::not_stopped_in(&mut conn, &ids).await?);
            left.extend(
                clients::live_of_deployments(&mut conn, &ids)
                    .await?
                    .iter()
                    .map(|c| c.deployment_id),
            );
            crate::error::Result::<()>::Ok(())
        }
        .await;
        unread.keep(done);
    }
    let read = unread.into_result();
    for (deployment_id, reason) in failed.into_iter().filter(|(id, _)| left.contains(id)) {
        let mut tx = super::begin(state, deployment_id).await?;
        tear_down_failed(&mut tx, state, wakes, deployment_id, &reason).await?;
        tx.commit().await?;
        wakes.controller = true;
    }
    read
}

/// Whether a runtime should be started now: not STOPPED and its backoff over.
pub fn due(runtime: &RuntimeRow, now: i64) -> bool {
    runtime.status != RuntimeStatus::STOPPED && runtime.next_start_at <= now
}

/// Starts a runtime's process or container, within its deployment's starts-per-minute bound
/// while it is failing, and records the outcome.
pub async fn start(state: &AppState, wakes: &mut Wakes, runtime: &RuntimeRow) -> Result<()> {
    let now = now_millis();
    let per_minute = i64::from(state.config.runtimes_max_starts_per_minute);
    let (recent, failing) = {
        let mut conn = state.game(runtime.deployment_id).acquire().await?;
        let (deployment, since) = (runtime.deployment_id, now - 60_000);
        let started = EventKind::STARTED.as_str();
        let failed = EventKind::RUNTIME_FAILED.as_str();
        (
            events::count_since(&mut conn, deployment, started, since).await?,
            events::count_since(&mut conn, deployment, failed, since).await? > 0,
        )
    };
    // Only a failing deployment is held back: a healthy one starts match runtimes as fast as
    // its players are matched.
    if failing && recent >= per_minute {
        let why = format!(
            "deployment {} started {recent} runtimes in the last minute \
             (OMGSERVERS_RUNTIMES_MAX_STARTS_PER_MINUTE={per_minute}); waiting",
            runtime.deployment_id
        );
        return postpone(state, runtime, None, &why, now + millis(START_LIMIT_RETRY)).await;
    }
    if runtime.qualifier == RuntimeQualifier::MATCH {
        let matches = {
            let mut conn = state.game(runtime.deployment_id).acquire().await?;
            match_backoffs::of(&mut conn, runtime.deployment_id).await?
        };
        if matches.next_start_at > now {
            let why = format!(
                "the deployment's match runtimes back off after {} failure(s) in a row; next start at {}",
                matches.failures,
                iso(matches.next_start_at)
            );
            let status = Some(RuntimeStatus::PENDING);
            return postpone(state, runtime, status, &why, matches.next_start_at).await;
        }
    }
    let (stage_id, image) = {
        let mut conn = state.db.pool.acquire().await?;
        runtimes::stage_and_image(&mut conn, runtime).await?
    };
    let version = {
        let mut conn = state.game(runtime.deployment_id).acquire().await?;
        runtime_rows::config(&mut conn, runtime.id)
            .await?
            .version_config
    };
    let config = &state.config;
    let service_url = if config.runtimes_overriding_enabled {
        config.runtimes_overriding_uri.clone()
    } else {
        state.public_uri.to_string()
    };
    let mut spec = RuntimeSpec {
        runtime_id: runtime.id,
        qualifier: runtime.qualifier,
        password: String::new(),
        service_url,
        image,
        tenant_id: runtime.tenant_id,
        stage_id,
        deployment_id: runtime.deployment_id,
        resources: Resources::of(config, version.runtime_resources.as_ref()),
        token_epoch: runtime.token_epoch,
    };
    // Only the slot's owner launches or adopts: a node that lost it (paused past its lease)
    // must not replace the container its new owner runs. Only leased slots can be lost, so a
    // standalone server opens no transaction for it.
    if state.writer.slots().node_id().is_some() {
        super::begin(state, runtime.deployment_id).await?;
    }
    // A container still running is taken in as it is, with its state and its tokens: new
    // credentials, a new token epoch and INIT_RUNTIME are for a process that starts afresh.
    if state.driver.adopt(&spec).await {
        return Ok(());
    }
    // The epoch rises before the new start's INIT_RUNTIME is queued, so no earlier start
    // still polling can take it.
    (spec.password, spec.token_epoch) = runtimes::start_credentials(state, runtime).await?;
    runtimes::ensure_init_command(state, runtime).await?;
    let launched = state.driver.start(spec).await;
    let mut tx = super::begin(state, runtime.deployment_id).await?;
    let current = runtime_rows::find(&mut tx, runtime.id).await?;
    let Some(runtime) = current.filter(|r| r.status != RuntimeStatus::STOPPED) else {
        // Deleted or stopped meanwhile (by another server, say): what was started must go.
        drop(tx);
        return state.driver.stop(runtime.id).await;
    };
    match launched {
        Ok(Launch::Launching) => {
            let change = StatusChange {
                clock: Clock::Launched,
                ..StatusChange::to(RuntimeStatus::STARTING)
            };
            runtime_rows::set_status(&mut tx, runtime.id, &change, now_millis()).await?;
            let message = match runtime.starts {
                0 => "started".to_owned(),
                n => format!("restarted (start {})", n + 1),
            };
            record(&mut tx, state, &runtime, EventKind::STARTED, &message).await?;
            state.hub.runtime_restarted(runtime.id);
            // Another pass assigns the clients that queued while it was down.
            wakes.controller = true;
        }
        // Recorded from the driver's report, as an adoption at a look at the host is.
        Ok(Launch::Adopted) => return Ok(()),
        // Tried again at the retry, or sooner when the driver sees room added or freed.
        Ok(Launch::NoRoom(why)) => {
            drop(tx);
            let (status, retry) = (
                Some(RuntimeStatus::PENDING),
                now_millis() + millis(state.config.runtimes_no_room_retry),
            );
            return postpone(state, &runtime, status, &why, retry).await;
        }
        Err(e) => {
            let failure = Failure::NotStarted(format!("could not start: {e}"));
            fail(&mut tx, state, wakes, &runtime, failure).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The runtime cannot start yet: tried again at `retry` (epoch ms), with `why` as its state's
/// reason (its status set when given). An event is written when the reason is new, so a long
/// wait does not flood the events; the failure that led here stays in the events.
async fn postpone(
    state: &AppState,
    runtime: &RuntimeRow,
    status: Option<RuntimeStatus>,
    why: &str,
    retry: i64,
) -> Result<()> {
    let now = now_millis();
    let mut tx = super::begin(state, runtime.deployment_id).await?;
    // A runtime that is not started is not STARTING or RUNNING, whatever it was (a server
    // restart leaves the states of the runtimes it ran).
    let running = [
        RuntimeStatus::PULLING,
        RuntimeStatus::STARTING,
        RuntimeStatus::RUNNING,
    ];
    let status = match status.unwrap_or(runtime.status) {
        s if running.contains(&s) => RuntimeStatus::PENDING,
        s => s,
    };
    let change = StatusChange {
        reason: Some(why),
        next_start_at: Some(retry),
        ..StatusChange::to(status)
    };
    runtime_rows::set_status(&mut tx, runtime.id, &change, now).await?;
    if runtime.status_reason.as_deref() != Some(why) {
        record(&mut tx, state, runtime, EventKind::WAITING, why).await?;
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_initial_up_to_max() {
        let (initial, max) = (Duration::from_secs(1), Duration::from_secs(300));
        let waits: Vec<u64> = (1..=11)
            .map(|n| backoff(n, initial, max).as_secs())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
        assert_eq!(backoff(0, initial, max), initial);
        assert_eq!(backoff(i64::MAX, initial, max), max);
    }
}
