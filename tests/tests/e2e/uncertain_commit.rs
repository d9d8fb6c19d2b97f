//! A group commit whose `COMMIT` fails on the connection after PostgreSQL committed it
//! (server/src/store/writer.rs, "fate"): here a synchronous replica's wait ended by the
//! backend's termination, after which PostgreSQL says the transaction "has already committed
//! locally". The writer asks the database what became of the transaction (`pg_xact_status`)
//! and answers its units as committed, with its effects in memory: the runtime's message
//! reaches the player once, and no retry repeats it. Before, the units were answered 503 and
//! a runtime retrying would send the message twice.

use std::time::{Duration, Instant};

use omgservers_e2e::{postgres, read, realtime, Backend, TestServer};
use omgservers_sdk::types::messages::MessageBody;
use serde_json::json;
use sqlx::Connection;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_cut_short_after_the_database_committed_is_answered_as_committed() {
    // A cluster of the test's own: its commits are made to wait for a standby that never comes.
    let cluster = postgres::CrashableCluster::start().await;
    let url = cluster.database().await;
    let server = TestServer::start_with(Backend::Postgres, {
        let url = url.clone();
        move |c| c.database_url = Some(url)
    })
    .await;
    let (w, lobby) = realtime::deployed_lobby(&server).await;
    let mut player = realtime::player(&server, &w).await;
    let client_id = player.client_id.expect("a client").get();
    let mut admin = sqlx::AnyConnection::connect(&url).await.unwrap();

    // From now on every COMMIT waits for a synchronous standby named `nobody`.
    sqlx::query("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::query("SELECT pg_reload_conf()")
        .execute(&mut admin)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;

    let message = json!({"text": "sent once"});
    let body = json!({
        "outgoing_commands": [{"qualifier": "RESPOND_CLIENT", "body": {"client_id": client_id, "message": message}}],
        "consumed_commands": [],
        "wait_ms": 0,
    });
    let sent = {
        let request = server
            .http
            .post(server.url("runtime", "interchange"))
            .bearer_auth(&lobby.api)
            .json(&body);
        tokio::spawn(async move { read(request.send().await.expect("request sent")).await })
    };
    // Each COMMIT left waiting (the interchange's batch, and any other) is cut short the way a
    // failover or an operator cuts it: its backend terminated. The transaction stays committed.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut cut = 0;
    while !sent.is_finished() {
        assert!(
            Instant::now() < deadline,
            "the interchange was not answered"
        );
        let (terminated,): (i64,) = sqlx::query_as(
            "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity \
             WHERE wait_event = 'SyncRep' AND datname = current_database()",
        )
        .fetch_one(&mut admin)
        .await
        .unwrap();
        cut += terminated;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, answer) = sent.await.unwrap();
    sqlx::query("ALTER SYSTEM RESET synchronous_standby_names")
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::query("SELECT pg_reload_conf()")
        .execute(&mut admin)
        .await
        .unwrap();
    assert!(cut >= 1, "no COMMIT was left waiting for the standby");
    assert_eq!(
        status, 200,
        "the committed interchange is answered as committed: {answer}"
    );
    assert_eq!(answer["failed_commands"], json!([]), "{answer}");
    assert!(
        server
            .metric("omgservers_store_batches_found_committed_total")
            .await
            >= 1.0,
        "the batch is counted as found committed"
    );

    // The message is delivered, from memory or the database, once.
    let got = player
        .wait_for(
            Duration::from_secs(10),
            |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == message),
        )
        .await
        .unwrap();
    assert!(got.is_some(), "the player gets the message");
    let again = player
        .wait_for(
            Duration::from_secs(1),
            |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == message),
        )
        .await
        .unwrap();
    assert!(again.is_none(), "and only once: {again:?}");
}
