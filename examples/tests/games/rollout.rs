//! Failing safely (docs/runtime-pool.md "Lifecycle"), with real runtime processes of
//! `catalogue-runtime` started by the `process` driver: a runtime that exits at once is
//! restarted with backoff and a bounded number of starts; a new deployment takes players only
//! once its lobby runtime made its first interchange, and one that never does FAILS with the
//! reason while the previous deployment keeps serving.
//!
//! Which runtimes crash or start slowly is decided by flag files the runtime command checks,
//! so one server runs a good version and a broken one side by side.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::players::assigned;
use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures::{self, World};
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use omgservers_sdk::types::RuntimeId;
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(20);

/// Flag files: while `crash` exists new runtime processes exit with code 3 at once; while
/// `crash_match` exists new match runtime processes exit with code 4; while `slow` exists they
/// wait 2 s before starting.
struct Flags {
    dir: tempfile::TempDir,
}

impl Flags {
    fn new() -> Flags {
        Flags {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn set(&self, name: &str, on: bool) {
        if on {
            std::fs::write(self.path(name), b"").unwrap();
        } else {
            let _ = std::fs::remove_file(self.path(name));
        }
    }
    fn command(&self) -> String {
        let quote = |p: &Path| format!("'{}'", p.display());
        format!(
            "if [ -e {crash} ]; then echo 'boom: the game failed to load' >&2; exit 3; fi; \
             if [ -e {crash_match} ] && [ \"$OMGSERVERS_RUNTIME_QUALIFIER\" = MATCH ]; then exit 4; fi; \
             if [ -e {slow} ]; then sleep 2; fi; exec '{runtime}'",
            crash = quote(&self.path("crash")),
            crash_match = quote(&self.path("crash_match")),
            slow = quote(&self.path("slow")),
            runtime = env!("CARGO_BIN_EXE_catalogue-runtime"),
        )
    }
}

async fn server(
    backend: Backend,
    flags: &Flags,
    configure: impl FnOnce(&mut omgservers::config::Config),
) -> TestServer {
    let command = flags.command();
    TestServer::start_with(backend, move |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(command);
        c.controller_tick = Duration::from_millis(200);
        c.runtimes_restart_backoff_initial = Duration::from_millis(200);
        c.runtimes_restart_backoff_max = Duration::from_secs(1);
        configure(c);
    })
    .await
}

async fn player(server: &TestServer, w: &World) -> PlayerClient {
    let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
    p.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    p
}

/// The lobby runtime a player is assigned to.
async fn lobby_of(p: &mut PlayerClient) -> RuntimeId {
    assigned(p, RuntimeQualifier::LOBBY).await
}

/// The player's lobby answers a message: its runtime is alive.
async fn served(p: &mut PlayerClient) {
    p.send(json!({"text": "helloworld"})).await.unwrap();
    let wanted = json!({"text": "message_was_handled"});
    p.wait_for(
        WAIT,
        |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted),
    )
    .await
    .unwrap()
    .expect("the lobby answered");
}

fn kinds(events: &[Value]) -> Vec<&str> {
    events.iter().map(|e| e["kind"].as_str().unwrap()).collect()
}

/// A version whose runtime exits at once never takes over: new players keep going to the
/// previous deployment, which keeps answering; the new one FAILS after its lobby runtime
/// failed its starts in a row, with the exit reason, and its runtime is STOPPED.
async fn a_crashing_version_never_takes_over(backend: Backend) {
    let flags = Flags::new();
    let server = server(backend, &flags, |c| {
        c.deployments_readiness_attempts = 3;
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let good = fixtures::deploy(&server, &w).await;
    fixtures::wait_for_state(&server, &w, &good, "READY", WAIT).await;
    let mut veteran = player(&server, &w).await;
    let good_lobby = lobby_of(&mut veteran).await;

    flags.set("crash", true);
    let broken_version = fixtures::new_version(&server, &w, fixtures::config(1, 16)).await;
    let broken = fixtures::deploy_version(&server, &w, &broken_version).await;
    // While it is PENDING and after it FAILED, new players go to the working deployment.
    let mut newcomer = player(&server, &w).await;
    assert_eq!(lobby_of(&mut newcomer).await, good_lobby);
    let failed = fixtures::wait_for_state(&server, &w, &broken, "FAILED", WAIT).await;
    let reason = failed["state_reason"].as_str().unwrap();
    assert!(
        reason.contains("failed 3 starts in a row") && reason.contains("exited with code 3"),
        "{reason}"
    );
    let mut late = player(&server, &w).await;
    assert_eq!(lobby_of(&mut late).await, good_lobby);
    served(&mut veteran).await;
    served(&mut late).await;
    assert_eq!(
        fixtures::deployment(&server, &w, &good).await["state"],
        "READY"
    );

    let runtimes = fixtures::runtimes_of(&server, &w, &broken).await;
    let lobby = runtimes
        .iter()
        .find(|r| r["qualifier"] == "LOBBY")
        .unwrap_or_else(|| panic!("no lobby runtime: {runtimes:?}"));
    assert_eq!(lobby["container_state"], "STOPPED", "{lobby}");
    assert_eq!(lobby["starts"], 3, "{lobby}");
    let events = fixtures::events_of(&server, &w, &broken).await;
    let kinds = kinds(&events);
    assert_eq!(
        kinds.iter().filter(|k| **k == "STARTED").count(),
        3,
        "{kinds:?}"
    );
    assert_eq!(kinds.last(), Some(&"DEPLOYMENT_FAILED"), "{kinds:?}");
    assert!(kinds.contains(&"BACKOFF"), "{kinds:?}");
    // Stopped: no start after the failure.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        fixtures::runtimes_of(&server, &w, &broken).await[0]["starts"],
        3
    );
}

/// A deployment reads FAILED only once its runtimes are STOPPED and its failure is recorded:
/// the test holds the write of its state (a lock on its row in the control plane), sees the
/// game-state part of the failure done while it still reads PENDING, then lets it go.
/// PostgreSQL only: on SQLite the lock would hold every write.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deployment_reads_failed_only_once_its_runtimes_are_stopped() {
    let flags = Flags::new();
    flags.set("crash", true);
    let server = server(Backend::Postgres, &flags, |c| {
        c.deployments_readiness_attempts = 3;
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let broken = fixtures::deploy(&server, &w).await;
    // Three starts with backoffs of 200 and 400 ms: the row is locked well before.
    let pool = server.state.as_ref().unwrap().db.pool.clone();
    let mut hold = pool.begin().await.unwrap();
    sqlx::query("SELECT id FROM deployments WHERE id = $1 FOR NO KEY UPDATE")
        .bind(broken.parse::<i64>().unwrap())
        .execute(&mut *hold)
        .await
        .unwrap();
    let stopped_and_recorded = async {
        loop {
            let runtimes = fixtures::runtimes_of(&server, &w, &broken).await;
            let events = fixtures::events_of(&server, &w, &broken).await;
            if runtimes
                .first()
                .is_some_and(|r| r["container_state"] == "STOPPED")
                && kinds(&events).contains(&"DEPLOYMENT_FAILED")
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    };
    tokio::time::timeout(WAIT, stopped_and_recorded)
        .await
        .expect("the runtime STOPPED and DEPLOYMENT_FAILED recorded while the state is held");
    assert_eq!(
        fixtures::deployment(&server, &w, &broken).await["state"],
        "PENDING"
    );
    // The write of the state, waiting for the lock, fails: the next pass writes it again, and
    // records the failure only once.
    let waiting = async {
        loop {
            let cancelled: Vec<(bool,)> = sqlx::query_as(
                "SELECT pg_cancel_backend(pid) FROM pg_stat_activity \
                 WHERE wait_event_type = 'Lock' AND datname = current_database() \
                 AND query LIKE 'UPDATE deployments SET state%'",
            )
            .fetch_all(&pool)
            .await
            .unwrap();
            if !cancelled.is_empty() {
                return cancelled;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    let cancelled = tokio::time::timeout(WAIT, waiting)
        .await
        .expect("the state's write waits for the row");
    assert_eq!(cancelled, vec![(true,)]);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        fixtures::deployment(&server, &w, &broken).await["state"],
        "PENDING"
    );
    hold.rollback().await.unwrap();
    let failed = fixtures::wait_for_state(&server, &w, &broken, "FAILED", WAIT).await;
    assert!(
        failed["state_reason"]
            .as_str()
            .unwrap()
            .contains("failed 3 starts in a row"),
        "{failed}"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    let events = fixtures::events_of(&server, &w, &broken).await;
    let kinds = kinds(&events);
    assert_eq!(
        kinds.iter().filter(|k| **k == "DEPLOYMENT_FAILED").count(),
        1,
        "{kinds:?}"
    );
    assert_eq!(kinds.last(), Some(&"DEPLOYMENT_FAILED"), "{kinds:?}");
}

/// Whatever fails, one deployment starts at most OMGSERVERS_RUNTIMES_MAX_STARTS_PER_MINUTE
/// processes a minute; the wait is told in the runtime's state and events. The backoff grows
/// between starts.
async fn starts_per_minute_are_bounded(backend: Backend) {
    let flags = Flags::new();
    let server = server(backend, &flags, |c| {
        c.runtimes_max_starts_per_minute = 4;
        c.deployments_readiness_attempts = 100;
        c.runtimes_restart_backoff_max = Duration::from_millis(400);
    })
    .await;
    flags.set("crash", true);
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let deployment = fixtures::deploy(&server, &w).await;
    // Unbounded, backoffs of 200 and 400 ms would give well over 4 starts in 6 s.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let runtimes = fixtures::runtimes_of(&server, &w, &deployment).await;
    let lobby = &runtimes[0];
    assert_eq!(lobby["starts"], 4, "{lobby}");
    let detail = lobby["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("OMGSERVERS_RUNTIMES_MAX_STARTS_PER_MINUTE=4"),
        "{lobby}"
    );
    let events = fixtures::events_of(&server, &w, &deployment).await;
    let kinds = kinds(&events);
    assert_eq!(
        kinds.iter().filter(|k| **k == "STARTED").count(),
        4,
        "{kinds:?}"
    );
    assert!(kinds.contains(&"WAITING"), "{kinds:?}");
    let backoffs: Vec<&str> = events
        .iter()
        .filter(|e| e["kind"] == "BACKOFF")
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert!(
        backoffs[0].starts_with("next start in 200ms"),
        "{backoffs:?}"
    );
    assert!(
        backoffs[1].starts_with("next start in 400ms"),
        "{backoffs:?}"
    );
    assert_eq!(
        fixtures::deployment(&server, &w, &deployment).await["state"],
        "PENDING"
    );
    // The crash loop on /metrics, as the events and the runtime list tell it.
    let count = |kind: &str| kinds.iter().filter(|k| **k == kind).count() as f64;
    let series = [
        (
            r#"omgservers_runtime_events_total{qualifier="LOBBY",kind="STARTED"}"#,
            4.0,
        ),
        (
            r#"omgservers_runtime_failures_total{qualifier="LOBBY",reason="exited"}"#,
            count("RUNTIME_FAILED"),
        ),
        (
            r#"omgservers_runtime_events_total{qualifier="LOBBY",kind="BACKOFF"}"#,
            count("BACKOFF"),
        ),
        (r#"omgservers_deployments{state="PENDING"}"#, 1.0),
    ];
    for (name, value) in series {
        server.metric_becomes(name, value).await;
    }
    assert!(count("RUNTIME_FAILED") >= 3.0, "{kinds:?}");
    let status = lobby["container_state"].as_str().unwrap();
    let runtimes = format!(r#"omgservers_runtimes{{qualifier="LOBBY",status="{status}"}}"#);
    server.metric_becomes(&runtimes, 1.0).await;
    assert_eq!(status, "CRASH_LOOP_BACKOFF", "{lobby}");
}

/// A new deployment whose runtime takes 2 s to come up: until its lobby made its first
/// interchange new players go to the old deployment, which is not drained; after, they go to
/// the new one, and the old one is removed once its last player left.
async fn the_old_deployment_serves_until_the_new_lobby_is_ready(backend: Backend) {
    let flags = Flags::new();
    let server = server(backend, &flags, |_| {}).await;
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let old = fixtures::deploy(&server, &w).await;
    fixtures::wait_for_state(&server, &w, &old, "READY", WAIT).await;
    let mut veteran = player(&server, &w).await;
    let old_lobby = lobby_of(&mut veteran).await;

    flags.set("slow", true);
    let next_version = fixtures::new_version(&server, &w, fixtures::config(1, 16)).await;
    let new = fixtures::deploy_version(&server, &w, &next_version).await;
    assert_eq!(
        fixtures::deployment(&server, &w, &new).await["state"],
        "PENDING"
    );
    let mut early = player(&server, &w).await;
    assert_eq!(
        lobby_of(&mut early).await,
        old_lobby,
        "a player went to a lobby not ready"
    );
    fixtures::wait_for_state(&server, &w, &new, "READY", WAIT).await;
    let mut later = player(&server, &w).await;
    let new_lobby = lobby_of(&mut later).await;
    assert_ne!(new_lobby, old_lobby);
    served(&mut later).await;
    served(&mut veteran).await;
    let kinds_new = fixtures::events_of(&server, &w, &new).await;
    assert!(
        kinds(&kinds_new).contains(&"DEPLOYMENT_READY"),
        "{kinds_new:?}"
    );

    // The old deployment drains: gone once its players left.
    for p in [&mut veteran, &mut early] {
        p.send(json!({"text": "kick_me"})).await.unwrap();
    }
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let body = json!({"tenant": w.tenant, "deployment_id": old});
        let (status, _) = server
            .call(
                "developer",
                "get-deployment-details",
                Some(&w.dev.token),
                body,
            )
            .await;
        if status == 404 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the old deployment was not removed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A stage's first deployment that cannot come up FAILS after the readiness timeout, with
/// each lobby runtime's state in the reason, and disconnects the players waiting for it.
async fn a_first_deployment_that_never_gets_ready_fails_in_time(backend: Backend) {
    let flags = Flags::new();
    let server = server(backend, &flags, |c| {
        c.deployments_readiness_timeout = Duration::from_secs(2);
        c.runtimes_restart_backoff_initial = Duration::from_secs(30);
        c.runtimes_restart_backoff_max = Duration::from_secs(30);
    })
    .await;
    flags.set("crash", true);
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let mut waiting = player(&server, &w).await;
    let failed = fixtures::wait_for_state(&server, &w, &deployment, "FAILED", WAIT).await;
    let reason = failed["state_reason"].as_str().unwrap();
    assert!(
        reason.contains("no lobby runtime made an interchange within 2s")
            && reason.contains("exited with code 3"),
        "{reason}"
    );
    let told = waiting
        .wait_for(WAIT, |m| {
            matches!(m, MessageBody::DisconnectionReasonMessage(_))
        })
        .await
        .unwrap();
    assert!(told.is_some(), "the waiting player was not disconnected");
}

/// Match runtimes come and go with their matches, so their backoff is the deployment's: after
/// a match runtime failed, the next match's runtime waits (PENDING, saying why) before it
/// starts, while the lobby keeps serving.
async fn failing_match_runtimes_back_off_per_deployment(backend: Backend) {
    let flags = Flags::new();
    let server = server(backend, &flags, |c| {
        c.runtimes_restart_backoff_initial = Duration::from_secs(3);
        c.runtimes_restart_backoff_max = Duration::from_secs(3);
    })
    .await;
    flags.set("crash_match", true);
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let mut p = player(&server, &w).await;
    lobby_of(&mut p).await;
    p.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    let first = assigned(&mut p, RuntimeQualifier::MATCH).await;
    // Its runtime exits: the player is back in the lobby.
    lobby_of(&mut p).await;
    p.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    let second = assigned(&mut p, RuntimeQualifier::MATCH).await;
    assert_ne!(first, second);
    // Held back as soon as the controller tries to start it.
    let deadline = std::time::Instant::now() + WAIT;
    let waiting = loop {
        let listed = fixtures::runtimes_of(&server, &w, &deployment).await;
        let found = listed
            .iter()
            .find(|r| r["id"] == json!(second.to_string()))
            .unwrap_or_else(|| panic!("{listed:?}"))
            .clone();
        if found["detail"].is_string() || std::time::Instant::now() > deadline {
            break found;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(waiting["container_state"], "PENDING", "{waiting}");
    assert_eq!(waiting["starts"], 0, "{waiting}");
    let detail = waiting["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("match runtimes back off after 1 failure(s) in a row"),
        "{waiting}"
    );
    let events = fixtures::events_of(&server, &w, &deployment).await;
    assert!(
        events.iter().any(|e| e["kind"] == "BACKOFF"
            && e["message"]
                .as_str()
                .unwrap()
                .contains("next match runtimes start in 3s (match failure 1 in a row)")),
        "{events:?}"
    );
    let mut other = player(&server, &w).await;
    lobby_of(&mut other).await;
    served(&mut other).await;
}

omgservers_e2e::on_both_backends!(
    a_crashing_version_never_takes_over,
    starts_per_minute_are_bounded,
    the_old_deployment_serves_until_the_new_lobby_is_ready,
    a_first_deployment_that_never_gets_ready_fails_in_time,
    failing_match_runtimes_back_off_per_deployment,
);
