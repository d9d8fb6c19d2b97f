//! Group commits whose `COMMIT` fails on the connection around the moment PostgreSQL commits
//! (server/src/store/commit_fate.rs). The commits are made to wait for a synchronous standby
//! that never comes (`synchronous_standby_names`), then the wait is cut short:
//! - by terminating the backend, after which PostgreSQL says the transaction "has already
//!   committed locally": the writer finds it committed (`pg_xact_status`) and answers its units
//!   as committed, with its effects in memory. The runtime's message reaches the player once,
//!   and no retry repeats it. Before, the interchange was answered 503, and a runtime retrying
//!   would send the message twice.
//! - by losing the connection while the backend still waits: the fate cannot be known within
//!   the writer's second, so the units get 503 and memory is forgotten. The player's polls read
//!   its inbox again meanwhile, without the message. When the wait ends and the commit lands,
//!   the memory is forgotten again, so the message is delivered, not lost from memory for good;
//!   and forgetting ends the player's long poll, so it is delivered then, not at the poll's end.
//!   A kick landing late the same way closes the player's dispatcher socket then.

use std::time::{Duration, Instant};

use omgservers_e2e::fixtures::World;
use omgservers_e2e::proxy::TcpProxy;
use omgservers_e2e::realtime::{self, Runtime};
use omgservers_e2e::{error_of, postgres, read, Backend, TestServer};
use omgservers_sdk::dispatcher::{Closed, PlayerSocket};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::MessageBody;
use serde_json::{json, Value};
use sqlx::{AnyConnection, Connection};
use tokio::task::JoinHandle;

const FOUND_COMMITTED: &str = "omgservers_store_batches_found_committed_total";

/// Makes every COMMIT of the cluster wait for a synchronous standby named `nobody`, or
/// (`false`) not wait any more, which ends the waits in progress.
async fn hold_commits(admin: &mut AnyConnection, hold: bool) {
    let sql = if hold {
        "ALTER SYSTEM SET synchronous_standby_names = 'nobody'"
    } else {
        "ALTER SYSTEM RESET synchronous_standby_names"
    };
    sqlx::query(sql).execute(&mut *admin).await.unwrap();
    sqlx::query("SELECT pg_reload_conf()")
        .execute(&mut *admin)
        .await
        .unwrap();
    // Backends read the configuration again between statements.
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// How many backends of the database wait for the standby.
async fn waiting(admin: &mut AnyConnection) -> i64 {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'SyncRep' AND datname = current_database()",
    )
    .fetch_one(admin)
    .await
    .unwrap();
    count
}

/// A lobby of a deployed world, a player assigned to it (its inbox in memory), and a
/// connection as the cluster's superuser.
async fn game(server: &TestServer, url: &str) -> (World, Runtime, PlayerClient, AnyConnection) {
    let (w, lobby) = realtime::deployed_lobby(server).await;
    let player = realtime::player(server, &w).await;
    let admin = AnyConnection::connect(url).await.unwrap();
    (w, lobby, player, admin)
}

/// The lobby's interchange with one RESPOND_CLIENT of `message` to the player, sent in the
/// background: its status and body.
fn respond(
    server: &TestServer,
    lobby: &Runtime,
    player: &PlayerClient,
    message: &Value,
) -> JoinHandle<(reqwest::StatusCode, Value)> {
    let client_id = player.client_id.expect("a client").get();
    let command = json!({"qualifier": "RESPOND_CLIENT", "body": {"client_id": client_id, "message": message}});
    send_command(server, lobby, command)
}

/// The lobby's interchange with one outgoing `command`, sent in the background: its status
/// and body.
fn send_command(
    server: &TestServer,
    lobby: &Runtime,
    command: Value,
) -> JoinHandle<(reqwest::StatusCode, Value)> {
    let body = json!({
        "outgoing_commands": [command],
        "consumed_commands": [],
        "wait_ms": 0,
    });
    let request = server
        .http
        .post(server.url("runtime", "interchange"))
        .bearer_auth(&lobby.api)
        .json(&body);
    tokio::spawn(async move { read(request.send().await.expect("request sent")).await })
}

/// Polls for `message` for up to `within`: whether it came. A failed poll (its connection
/// found cut) is tried again.
async fn delivered(player: &mut PlayerClient, message: &Value, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match player
            .wait_for(
                left,
                |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == *message),
            )
            .await
        {
            Ok(got) => return got.is_some(),
            Err(e) => {
                assert!(Instant::now() < deadline, "the player cannot poll: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_cut_short_after_the_database_committed_is_answered_as_committed() {
    let cluster = postgres::CrashableCluster::start().await;
    let url = cluster.database().await;
    let server = TestServer::start_with(Backend::Postgres, {
        let url = url.clone();
        move |c| c.database_url = Some(url)
    })
    .await;
    let (_w, lobby, mut player, mut admin) = game(&server, &url).await;
    let found_before = server.metric(FOUND_COMMITTED).await;

    hold_commits(&mut admin, true).await;
    let message = json!({"text": "sent once"});
    let sent = respond(&server, &lobby, &player, &message);
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
    hold_commits(&mut admin, false).await;
    assert!(cut >= 1, "no COMMIT was left waiting for the standby");
    assert_eq!(
        status, 200,
        "the committed interchange is answered as committed: {answer}"
    );
    assert_eq!(answer["failed_commands"], json!([]), "{answer}");
    let found = server.metric(FOUND_COMMITTED).await;
    assert!(
        found > found_before,
        "the batch is counted as found committed ({found_before} -> {found})"
    );

    // The message is delivered, from memory or the database, once.
    assert!(
        delivered(&mut player, &message, Duration::from_secs(10)).await,
        "the player gets the message"
    );
    assert!(
        !delivered(&mut player, &message, Duration::from_secs(1)).await,
        "and only once"
    );
}

/// A server that reaches a fresh cluster through a proxy (cut by
/// `answered_before_its_commit_lands`), and the cluster's URL without the proxy (for the test).
async fn behind_a_proxy(
    configure: impl FnOnce(&mut omgservers::Config) + Send + 'static,
) -> (postgres::CrashableCluster, TcpProxy, TestServer, String) {
    let cluster = postgres::CrashableCluster::start().await;
    let direct = cluster.database().await;
    let (proxy, proxied) = TcpProxy::in_front_of(&direct).await;
    let server = TestServer::start_with(Backend::Postgres, move |c| {
        c.database_url = Some(proxied);
        c.database_acquire_timeout = Duration::from_secs(2);
        configure(c);
    })
    .await;
    (cluster, proxy, server, direct)
}

/// Each time COMMITs wait for the standby, the server's connections are lost while the
/// backends go on waiting, their transactions in progress, until `sent` is answered: the
/// writer cannot know the fate of its request's batch, and it is answered 503. (Other batches
/// may wait first, such as the dispatcher's round trips published every few seconds: cutting
/// once could leave the request's own batch waiting for good.)
async fn answered_before_its_commit_lands(
    proxy: &TcpProxy,
    admin: &mut AnyConnection,
    sent: JoinHandle<(reqwest::StatusCode, Value)>,
) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !sent.is_finished() {
        assert!(Instant::now() < deadline, "the request was not answered");
        if waiting(admin).await > 0 {
            proxy.set_down(true);
            tokio::time::sleep(Duration::from_millis(300)).await;
            proxy.set_down(false);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (status, answer) = sent.await.unwrap();
    assert_eq!(status, 503, "a fate not known is answered 503: {answer}");
    assert_eq!(error_of(&answer).0, "SERVICE_UNAVAILABLE", "{answer}");
    assert!(
        waiting(admin).await >= 1,
        "the request's transaction still waits"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_commit_whose_fate_is_not_known_yet_is_forgotten_again_once_it_lands() {
    let (_cluster, proxy, server, direct) = behind_a_proxy(|_| {}).await;
    let (_w, lobby, mut player, mut admin) = game(&server, &direct).await;

    hold_commits(&mut admin, true).await;
    let message = json!({"text": "late"});
    let sent = respond(&server, &lobby, &player, &message);
    answered_before_its_commit_lands(&proxy, &mut admin, sent).await;

    // Meanwhile the player's inbox is read from the database again, without the message.
    assert!(
        !delivered(&mut player, &message, Duration::from_secs(2)).await,
        "delivered before its commit"
    );
    // The wait ends and the commit lands: memory is forgotten again, which ends the player's
    // long poll (20 s here), and the message is delivered as soon as the writer learns the
    // commit landed (its watcher asks 1, 3, 7 s after the 503), not when the poll times out.
    player.wait_ms = 20_000;
    let released = Instant::now();
    hold_commits(&mut admin, false).await;
    assert!(
        delivered(&mut player, &message, Duration::from_secs(20)).await,
        "the message of the late commit reaches the player"
    );
    assert!(
        released.elapsed() < Duration::from_secs(10),
        "the long poll ended when the late commit was found, not at its wait_ms ({:?})",
        released.elapsed()
    );
}

/// A kick whose commit lands late woke nobody when it was answered 503: the kicked player's
/// dispatcher socket is closed when the writer learns the commit landed, by the rooms'
/// recheck that the late commit starts (`dispatcher::recheck`), not at the next periodic one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kick_whose_commit_lands_late_closes_the_players_socket_once_it_lands() {
    let (_cluster, proxy, server, direct) = behind_a_proxy(|c| {
        c.dispatcher_recheck_interval = Duration::from_secs(600);
    })
    .await;
    let (_w, lobby, mut player, mut admin) = game(&server, &direct).await;
    let _room = realtime::raw_connect(&server, &lobby.ws_token).await;
    let token = lobby.upgrade(&server, &mut player).await;
    let mut socket = PlayerSocket::connect(&server.base, &token).await.unwrap();

    hold_commits(&mut admin, true).await;
    let client_id = player.client_id.expect("a client").get();
    let kick = json!({"qualifier": "KICK_CLIENT", "body": {"client_id": client_id}});
    let sent = send_command(&server, &lobby, kick);
    answered_before_its_commit_lands(&proxy, &mut admin, sent).await;
    let early = tokio::time::timeout(Duration::from_secs(2), socket.recv()).await;
    assert!(
        early.is_err(),
        "the socket ended before the kick's commit: {early:?}"
    );

    let released = Instant::now();
    hold_commits(&mut admin, false).await;
    let next = tokio::time::timeout(Duration::from_secs(20), socket.recv())
        .await
        .expect("the kicked player's socket closes");
    assert_eq!(next, None);
    assert_eq!(
        socket.closed(),
        Some(&Closed {
            code: 1000,
            reason: "The client left the runtime".into()
        })
    );
    assert!(
        released.elapsed() < Duration::from_secs(10),
        "closed when the late commit was found ({:?})",
        released.elapsed()
    );
    assert_eq!(
        server
            .metric("omgservers_dispatcher_recheck_closed_sockets_total")
            .await,
        1.0
    );
}
