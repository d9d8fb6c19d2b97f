//! An idle server writes nothing (server/src/game/controller.rs): its controller's passes read
//! on pooled connections and open a unit of the group-commit writer only for work they found.
//! On PostgreSQL every batch takes a transaction id (store::commit_fate), so a batch that
//! wrote nothing would still cost a commit record and its flush, several times a second.

use std::time::Duration;

use omgservers_e2e::{on_both_backends, Backend, TestServer};

const COMMITTED: &str = "omgservers_store_batches_committed_total";
const PASSES: &str = "omgservers_controller_pass_seconds_count";

async fn an_idle_server_commits_no_write_batch(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    // Past start-up's own writes (bootstrap, the first passes).
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (committed, passes) = (server.metric(COMMITTED).await, server.metric(PASSES).await);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let passed = server.metric(PASSES).await - passes;
    assert!(passed >= 5.0, "only {passed} controller passes in 2 s");
    assert_eq!(
        server.metric(COMMITTED).await - committed,
        0.0,
        "write batches committed in {passed} idle passes"
    );
}

on_both_backends!(an_idle_server_commits_no_write_batch);
