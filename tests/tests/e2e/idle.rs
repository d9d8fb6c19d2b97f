//! An idle server writes nothing (server/src/game/controller.rs): its controller's passes read
//! on pooled connections and open a unit of the group-commit writer only for work they found.
//! On PostgreSQL every batch takes a transaction id (store::commit_fate), so a batch that
//! wrote nothing would still write a commit record and use up an id, several times a second.

use std::time::{Duration, Instant};

use omgservers_e2e::{fixtures, on_both_backends, realtime, Backend, TestServer};

const COMMITTED: &str = "omgservers_store_batches_committed_total";
const PASSES: &str = "omgservers_controller_pass_seconds_count";

/// Waits for three more controller passes (past what was being written), then checks that
/// two seconds of passes commit no write batch.
async fn commits_nothing_for_two_seconds(server: &TestServer, what: &str) {
    let start = server.metric(PASSES).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.metric(PASSES).await < start + 3.0 {
        assert!(Instant::now() < deadline, "the controller does not pass");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (committed, passes) = (server.metric(COMMITTED).await, server.metric(PASSES).await);
    assert!(committed > 0.0, "{COMMITTED} is on /metrics ({what})");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let passed = server.metric(PASSES).await - passes;
    assert!(
        passed >= 5.0,
        "only {passed} controller passes in 2 s ({what})"
    );
    assert_eq!(
        server.metric(COMMITTED).await - committed,
        0.0,
        "write batches committed in {passed} idle passes ({what})"
    );
}

async fn an_idle_server_commits_no_write_batch(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    commits_nothing_for_two_seconds(&server, "no deployment").await;
    // A deployment with its lobby and matchmaker, and a lobby runtime that nobody runs.
    let w = fixtures::world(&server).await;
    let deployment = fixtures::deploy(&server, &w).await;
    realtime::lobby_runtime_of(&server, &deployment).await;
    commits_nothing_for_two_seconds(&server, "a deployment").await;
}

on_both_backends!(an_idle_server_commits_no_write_batch);
