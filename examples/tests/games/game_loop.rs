//! The game loop end to end (behaviour-catalogue.md §2): a real server, real runtime processes
//! of `catalogue-runtime` started by the `process` driver, players through the Rust SDK.

use std::time::Duration;

use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures::{self, World};
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{DisconnectionReason, MessageBody, RuntimeQualifier};
use omgservers_sdk::types::RuntimeId;
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(15);

async fn server(backend: Backend, inactivity: Duration) -> TestServer {
    server_with_retention(backend, inactivity, inactivity * 3).await
}

/// Like `server`, with deleted clients purged after `retention`.
async fn server_with_retention(
    backend: Backend,
    inactivity: Duration,
    retention: Duration,
) -> TestServer {
    TestServer::start_with(backend, move |c| {
        c.clients_deleted_retention = retention;
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_catalogue-runtime").to_owned());
        c.clients_inactive_interval = inactivity;
        c.runtimes_inactive_interval = inactivity;
        c.controller_tick = Duration::from_millis(200);
    })
    .await
}

/// Mode `test` with min/max players and one group `players`, plus user_data flags.
fn mode(min: i64, max: i64, flags: Value) -> Value {
    let mut config = fixtures::config(min, max);
    config["user_data"] = flags;
    config
}

async fn deployed(server: &TestServer, config: Value) -> World {
    let w = fixtures::world_with(server, config).await;
    fixtures::deploy(server, &w).await;
    w
}

async fn player(server: &TestServer, w: &World) -> PlayerClient {
    let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
    p.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    p
}

/// Waits for a message; fails the test with `what` when none comes.
async fn expect(
    p: &mut PlayerClient,
    what: &str,
    predicate: impl Fn(&MessageBody) -> bool,
) -> MessageBody {
    p.wait_for(WAIT, predicate)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no {what} within {WAIT:?}"))
        .body
}

async fn assignment(p: &mut PlayerClient, qualifier: RuntimeQualifier) -> RuntimeId {
    match expect(p, &format!("{qualifier} assignment"), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == qualifier)).await {
        MessageBody::RuntimeAssignmentMessage(b) => {
            assert!(b.runtime_config.version_config.modes.len() == 1);
            b.runtime_id
        }
        _ => unreachable!(),
    }
}

async fn text(p: &mut PlayerClient, text: &str) {
    let wanted = json!({"text": text});
    expect(
        p,
        text,
        |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted),
    )
    .await;
}

/// Welcome, matchmaker and lobby assignment; returns the lobby runtime.
async fn lobby_prefix(p: &mut PlayerClient) -> RuntimeId {
    match expect(p, "welcome", |m| {
        matches!(m, MessageBody::ServerWelcomeMessage(_))
    })
    .await
    {
        MessageBody::ServerWelcomeMessage(b) => assert!(b.version_created.ends_with('Z')),
        _ => unreachable!(),
    }
    let lobby = assignment(p, RuntimeQualifier::LOBBY).await;
    expect(p, "matchmaker assignment", |m| {
        matches!(m, MessageBody::MatchmakerAssignmentMessage(_))
    })
    .await;
    lobby
}

/// `count` new players, each past its lobby prefix.
async fn in_the_lobby(server: &TestServer, w: &World, count: usize) -> Vec<PlayerClient> {
    let mut players = Vec::new();
    for _ in 0..count {
        let mut p = player(server, w).await;
        lobby_prefix(&mut p).await;
        players.push(p);
    }
    players
}

/// Requests matchmaking through the lobby and returns the match runtime.
async fn into_match(p: &mut PlayerClient) -> RuntimeId {
    p.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    assignment(p, RuntimeQualifier::MATCH).await
}

omgservers_e2e::on_both_backends!(
    lobby_flow,
    profiles_follow_the_user,
    upgrade_connection,
    matchmaking_instant_and_gradual,
    matches_are_reused_until_full,
    match_messages,
    match_kick_and_stop_matchmaking,
    lobby_match_lobby_cycles,
    inactive_clients_are_disconnected,
    dead_runtimes_restart_with_their_id,
    silent_runtimes_restart_with_their_id,
    developer_requests_take_effect,
    older_deployments_drain,
    the_controller_is_woken_not_ticked,
    deleting_a_tenant_project_or_stage_disconnects_its_players,
    a_user_never_plays_against_itself,
    stage_status_shows_lobbies_matches_and_the_queue,
    metrics_show_the_running_game,
    a_developer_kicks_a_client,
);

async fn lobby_flow(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut p = player(&server, &w).await;
    lobby_prefix(&mut p).await;
    text(&mut p, "client_was_added").await;
    p.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut p, "message_was_handled").await;
}

async fn profiles_follow_the_user(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut first = player(&server, &w).await;
    lobby_prefix(&mut first).await;
    first.send(json!({"text": "init_profile"})).await.unwrap();
    text(&mut first, "profile_was_init").await;
    // a second client of the same user gets the stored profile in ADD_CLIENT
    let mut second = PlayerClient::sign_in(&server.base, first.user_id, first.password.clone())
        .await
        .unwrap();
    second
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    lobby_prefix(&mut second).await;
    second.send(json!({"text": "check_profile"})).await.unwrap();
    text(&mut second, "profile_was_checked").await;
}

async fn upgrade_connection(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(1, 16, json!({"upgrade_on_add": true}))).await;
    let mut p = player(&server, &w).await;
    lobby_prefix(&mut p).await;
    let client_id = p.client_id.unwrap();
    for qualifier in [RuntimeQualifier::LOBBY, RuntimeQualifier::MATCH] {
        if qualifier == RuntimeQualifier::MATCH {
            into_match(&mut p).await;
        }
        match expect(&mut p, "connection upgrade", |m| {
            matches!(m, MessageBody::ConnectionUpgradeMessage(_))
        })
        .await
        {
            MessageBody::ConnectionUpgradeMessage(b) => {
                assert_eq!(b.client_id, client_id);
                assert!(
                    b.web_socket_config.ws_token.split('.').count() == 3,
                    "a JWT"
                );
            }
            _ => unreachable!(),
        }
    }
}

async fn matchmaking_instant_and_gradual(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(5, 16, json!({}))).await;
    let mut players = Vec::new();
    for _ in 0..5 {
        let mut p = player(&server, &w).await;
        lobby_prefix(&mut p).await;
        players.push(p);
    }
    // instant: all five request back to back; the match forms when the fifth arrives
    for p in &mut players {
        p.send(json!({"text": "request_matchmaking"}))
            .await
            .unwrap();
    }
    let mut matches = Vec::new();
    for p in &mut players {
        matches.push(assignment(p, RuntimeQualifier::MATCH).await);
    }
    assert!(
        matches.windows(2).all(|w| w[0] == w[1]),
        "one match: {matches:?}"
    );
    // gradual: a fresh deployment, five requests one at a time; the match forms with the fifth
    let w = deployed(&server, mode(5, 16, json!({}))).await;
    let mut gradual = Vec::new();
    for _ in 0..5 {
        let mut p = player(&server, &w).await;
        lobby_prefix(&mut p).await;
        p.send(json!({"text": "request_matchmaking"}))
            .await
            .unwrap();
        let early = p
            .wait_for(Duration::from_millis(300), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::MATCH))
            .await
            .unwrap();
        if gradual.len() < 4 {
            assert!(
                early.is_none(),
                "a 5-player match formed with {} players",
                gradual.len() + 1
            );
        }
        gradual.push((p, early));
    }
    let mut ids = Vec::new();
    for (p, early) in &mut gradual {
        ids.push(match early.take() {
            Some(m) => match m.body {
                MessageBody::RuntimeAssignmentMessage(b) => b.runtime_id,
                _ => unreachable!(),
            },
            None => assignment(p, RuntimeQualifier::MATCH).await,
        });
    }
    assert!(ids.windows(2).all(|w| w[0] == w[1]), "one match: {ids:?}");
    assert_ne!(ids[0], matches[0], "a new deployment, a new match");
}

async fn matches_are_reused_until_full(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    // 1/1: every client gets its own match
    let w = deployed(&server, mode(1, 1, json!({}))).await;
    let mut a = player(&server, &w).await;
    lobby_prefix(&mut a).await;
    let first = into_match(&mut a).await;
    let mut b = player(&server, &w).await;
    lobby_prefix(&mut b).await;
    assert_ne!(into_match(&mut b).await, first, "a full match takes nobody");
    // 1/16: a partly filled match is reused
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut a = player(&server, &w).await;
    lobby_prefix(&mut a).await;
    let first = into_match(&mut a).await;
    let mut b = player(&server, &w).await;
    lobby_prefix(&mut b).await;
    assert_eq!(into_match(&mut b).await, first);
}

async fn match_messages(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(2, 16, json!({}))).await;
    let mut a = player(&server, &w).await;
    let mut b = player(&server, &w).await;
    lobby_prefix(&mut a).await;
    lobby_prefix(&mut b).await;
    a.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    b.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    assert_eq!(
        assignment(&mut a, RuntimeQualifier::MATCH).await,
        assignment(&mut b, RuntimeQualifier::MATCH).await
    );
    text(&mut a, "match_client_was_added").await;
    text(&mut b, "match_client_was_added").await;
    a.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut a, "match_message_was_handled").await;
    a.send(json!({"text": "broadcast_request"})).await.unwrap();
    text(&mut a, "hello_all").await;
    text(&mut b, "hello_all").await;
    b.send(json!({"text": "multicast_request"})).await.unwrap();
    text(&mut a, "hello_client_1_and_client_2").await;
    text(&mut b, "hello_client_1_and_client_2").await;
}

async fn match_kick_and_stop_matchmaking(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    // kick: client a kicks client b out of their match; b goes back to a lobby
    let w = deployed(&server, mode(2, 16, json!({}))).await;
    let mut a = player(&server, &w).await;
    let mut b = player(&server, &w).await;
    lobby_prefix(&mut a).await;
    lobby_prefix(&mut b).await;
    a.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    b.send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    assignment(&mut a, RuntimeQualifier::MATCH).await;
    assignment(&mut b, RuntimeQualifier::MATCH).await;
    a.send(json!({"client_id": b.client_id.unwrap().to_string()}))
        .await
        .unwrap();
    text(&mut a, "client_was_deleted").await;
    assignment(&mut b, RuntimeQualifier::LOBBY).await;
    // stop matchmaking: a stopped match takes no new players
    let w = deployed(
        &server,
        mode(1, 16, json!({"stop_matchmaking_on_add": true})),
    )
    .await;
    let mut c = player(&server, &w).await;
    lobby_prefix(&mut c).await;
    let first = into_match(&mut c).await;
    text(&mut c, "matchmaking_was_stop").await;
    let mut d = player(&server, &w).await;
    lobby_prefix(&mut d).await;
    assert_ne!(into_match(&mut d).await, first);
}

async fn lobby_match_lobby_cycles(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut p = player(&server, &w).await;
    lobby_prefix(&mut p).await;
    for _ in 0..2 {
        into_match(&mut p).await;
        p.send(json!({"text": "kick_me"})).await.unwrap();
        assignment(&mut p, RuntimeQualifier::LOBBY).await;
    }
}

async fn inactive_clients_are_disconnected(backend: Backend) {
    let server = server(backend, Duration::from_secs(2)).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut p = player(&server, &w).await;
    lobby_prefix(&mut p).await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    match expect(&mut p, "disconnection", |m| {
        matches!(m, MessageBody::DisconnectionReasonMessage(_))
    })
    .await
    {
        MessageBody::DisconnectionReasonMessage(b) => {
            assert_eq!(b.reason, DisconnectionReason::CLIENT_INACTIVITY)
        }
        _ => unreachable!(),
    }
    // a deleted client can still interchange (receive-only) ...
    p.interchange(vec![json!({"text": "ignored"})])
        .await
        .unwrap();
    // ... until the retention (here 3 × the 2 s inactivity interval) purges it
    tokio::time::sleep(Duration::from_secs(7)).await;
    let purged = p.interchange(Vec::new()).await.unwrap_err();
    assert_eq!(
        purged.qualifier(),
        Some(omgservers_sdk::types::ErrorQualifier::OBJECT_NOT_FOUND)
    );
}

/// The kinds of the deployment's events, oldest first.
async fn event_kinds(server: &TestServer, w: &World, deployment: &str) -> Vec<String> {
    fixtures::events_of(server, w, deployment)
        .await
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_owned())
        .collect()
}

/// After a lobby runtime failed: its player got INTERNAL_FAILURE, and the runtime came back
/// with the same id (a second start, one failure recorded) and serves a new player.
async fn lobby_came_back(server: &TestServer, w: &World, deployment: &str, lobby: RuntimeId) {
    let mut b = player(server, w).await;
    assert_eq!(lobby_prefix(&mut b).await, lobby, "the lobby keeps its id");
    b.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut b, "message_was_handled").await;
    // RUNNING once the controller recorded its interchange (activity is written behind).
    let deadline = std::time::Instant::now() + WAIT;
    let restarted = loop {
        let runtimes = fixtures::runtimes_of(server, w, deployment).await;
        let found = runtimes
            .iter()
            .find(|r| r["id"] == json!(lobby.to_string()))
            .unwrap_or_else(|| panic!("lobby {lobby} not listed: {runtimes:?}"))
            .clone();
        if found["container_state"] == "RUNNING" || std::time::Instant::now() > deadline {
            break found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(
        restarted["container_state"],
        json!("RUNNING"),
        "{restarted}"
    );
    assert_eq!(restarted["starts"], json!(2), "{restarted}");
    assert_eq!(restarted["failures"], json!(1), "{restarted}");
    let kinds = event_kinds(server, w, deployment).await;
    let failed = kinds.iter().position(|k| k == "RUNTIME_FAILED");
    let backoff = kinds.iter().position(|k| k == "BACKOFF");
    let restart = kinds.iter().rposition(|k| k == "STARTED");
    assert!(
        failed.is_some() && failed < backoff && backoff < restart,
        "failure, backoff, restart in order: {kinds:?}"
    );
}

async fn dead_runtimes_restart_with_their_id(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = fixtures::world_with(&server, mode(1, 16, json!({}))).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let mut a = player(&server, &w).await;
    let first_lobby = lobby_prefix(&mut a).await;
    // a dead match sends its players back to a lobby
    into_match(&mut a).await;
    a.send(json!({"text": "trigger_exit"})).await.unwrap();
    assignment(&mut a, RuntimeQualifier::LOBBY).await;
    // a dead lobby disconnects its players with INTERNAL_FAILURE and is started again
    a.send(json!({"text": "trigger_exit"})).await.unwrap();
    match expect(&mut a, "disconnection", |m| {
        matches!(m, MessageBody::DisconnectionReasonMessage(_))
    })
    .await
    {
        MessageBody::DisconnectionReasonMessage(b) => {
            assert_eq!(b.reason, DisconnectionReason::INTERNAL_FAILURE)
        }
        _ => unreachable!(),
    }
    lobby_came_back(&server, &w, &deployment, first_lobby).await;
}

async fn disconnection(p: &mut PlayerClient) -> DisconnectionReason {
    match expect(p, "disconnection", |m| {
        matches!(m, MessageBody::DisconnectionReasonMessage(_))
    })
    .await
    {
        MessageBody::DisconnectionReasonMessage(b) => b.reason,
        _ => unreachable!(),
    }
}

async fn silent_runtimes_restart_with_their_id(backend: Backend) {
    let server = server(backend, Duration::from_secs(2)).await;
    let w = fixtures::world_with(&server, mode(1, 16, json!({}))).await;
    let deployment = fixtures::deploy(&server, &w).await;
    // a match that stops interchanging sends its players back to a lobby
    let mut a = player(&server, &w).await;
    let first_lobby = lobby_prefix(&mut a).await;
    into_match(&mut a).await;
    a.send(json!({"text": "trigger_freeze"})).await.unwrap();
    assignment(&mut a, RuntimeQualifier::LOBBY).await;
    // a lobby that stops interchanging is stopped and started again; its players get
    // INTERNAL_FAILURE
    a.send(json!({"text": "trigger_freeze"})).await.unwrap();
    assert_eq!(
        disconnection(&mut a).await,
        DisconnectionReason::INTERNAL_FAILURE
    );
    lobby_came_back(&server, &w, &deployment, first_lobby).await;
}

async fn developer_requests_take_effect(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = fixtures::world_with(&server, mode(1, 16, json!({}))).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let dev = Some(w.dev.token.as_str());
    let lobbies = |details: &Value| {
        details["details"]["lobby_refs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["lobby_id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    let mut a = player(&server, &w).await;
    lobby_prefix(&mut a).await;
    // create-lobby-request starts one more lobby runtime; delete-lobby disconnects its players
    server
        .ok(
            "developer",
            "create-lobby-request",
            dev,
            json!({"tenant": w.tenant, "deployment_id": deployment}),
        )
        .await;
    let details = server
        .ok(
            "developer",
            "get-deployment-details",
            dev,
            json!({"tenant": w.tenant, "deployment_id": deployment}),
        )
        .await;
    assert_eq!(lobbies(&details).len(), 2);
    let first = lobbies(&details)[0].clone();
    server
        .ok("developer", "delete-lobby", dev, json!({"lobby_id": first}))
        .await;
    assert_eq!(
        disconnection(&mut a).await,
        DisconnectionReason::INTERNAL_FAILURE
    );
    // the remaining lobby takes newcomers
    let mut b = player(&server, &w).await;
    lobby_prefix(&mut b).await;
    // delete-deployment disconnects everyone in it
    server
        .ok(
            "developer",
            "delete-deployment",
            dev,
            json!({"tenant": w.tenant, "id": deployment}),
        )
        .await;
    assert_eq!(
        disconnection(&mut b).await,
        DisconnectionReason::INTERNAL_FAILURE
    );
}

async fn older_deployments_drain(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = fixtures::world_with(&server, mode(1, 16, json!({}))).await;
    let old = fixtures::deploy(&server, &w).await;
    let mut veteran = player(&server, &w).await;
    let old_lobby = lobby_prefix(&mut veteran).await;
    // a new deployment of the same version takes new clients once it is ready; the old one
    // keeps its players
    let new = fixtures::deploy(&server, &w).await;
    fixtures::wait_for_state(&server, &w, &new, "READY", WAIT).await;
    let mut newcomer = player(&server, &w).await;
    assert_ne!(lobby_prefix(&mut newcomer).await, old_lobby);
    veteran.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut veteran, "message_was_handled").await;
    // once its last player is gone, the old deployment is removed
    veteran.send(json!({"text": "kick_me"})).await.unwrap();
    let details = json!({"tenant": w.tenant, "deployment_id": old});
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let (status, _) = server
            .call(
                "developer",
                "get-deployment-details",
                Some(&w.dev.token),
                details.clone(),
            )
            .await;
        if status == 404 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the drained deployment was not removed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A server whose controller's safety tick is a minute: whatever happens within a test's
/// seconds was done by a wake-up, not by the tick.
async fn server_without_tick(backend: Backend) -> TestServer {
    TestServer::start_with(backend, move |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_catalogue-runtime").to_owned());
        c.controller_tick = Duration::from_secs(60);
    })
    .await
}

/// Deploying with no player online starts the lobby runtime at once; a lobby whose process
/// exits mid-game is noticed at once, its players disconnected, and the next player gets a
/// new lobby — never the dead one.
async fn the_controller_is_woken_not_ticked(backend: Backend) {
    let server = server_without_tick(backend).await;
    // The first pass runs at start; everything after it must be woken.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let state = server.state.as_ref().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let mut conn = state.db.pool.acquire().await.unwrap();
        let lobbies = omgservers::store::runtimes::all(&mut conn).await.unwrap();
        if !lobbies.is_empty() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "deploy-version did not wake the controller: no lobby runtime within 10 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut a = player(&server, &w).await;
    let lobby = lobby_prefix(&mut a).await;
    a.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut a, "message_was_handled").await;
    // The lobby's process exits: its player learns within seconds, not at the next tick.
    let killed = std::time::Instant::now();
    a.send(json!({"text": "trigger_exit"})).await.unwrap();
    assert_eq!(
        disconnection(&mut a).await,
        DisconnectionReason::INTERNAL_FAILURE
    );
    assert!(
        killed.elapsed() < Duration::from_secs(10),
        "the exit was noticed after {:?}",
        killed.elapsed()
    );
    // It is started again once its backoff ends, with no tick to run the controller then.
    let mut b = player(&server, &w).await;
    assert_eq!(lobby_prefix(&mut b).await, lobby, "the lobby keeps its id");
    b.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut b, "message_was_handled").await;
}

/// The game state of tenant `tenant` still in the database, as (table, rows) with rows > 0;
/// deleted clients (kept readable for a while) do not count.
async fn game_state_of(server: &TestServer, tenant: &str) -> Vec<(&'static str, i64)> {
    let state = server.state.as_ref().unwrap();
    let tenant: i64 = tenant.parse().unwrap();
    let mut left = Vec::new();
    for (table, condition) in [
        ("clients", "state <> 'DELETED'"),
        ("runtimes", "TRUE"),
        ("lobbies", "TRUE"),
        ("matchmakers", "TRUE"),
        ("matchmaker_requests", "TRUE"),
        ("matches", "TRUE"),
        ("deployment_events", "TRUE"),
        ("match_backoffs", "TRUE"),
    ] {
        let mut conn = state.db.pool.acquire().await.unwrap();
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE tenant_id = $1 AND {condition}");
        let (count,): (i64,) = sqlx::query_as(&sql)
            .bind(tenant)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        if count > 0 {
            left.push((table, count));
        }
    }
    left
}

/// Issue 15, fault 5: every deletion that removes clients behaves like deleting the deployment.
/// A player in a lobby, its long poll in flight, gets `DISCONNECTION_REASON_MESSAGE`
/// (INTERNAL_FAILURE) within seconds — woken, with no controller tick to help — and the
/// runtime's user goes with the runtime. Before the fix, deleting the tenant answered the
/// player's next interchange 404 and left the runtime users behind.
///
/// Game state holds no foreign key to the control plane (migration 0011): with two players in
/// a match and a third one's matchmaking request waiting, every row of the deployment's game
/// state — clients, runtimes, lobbies, matchmakers, requests, matches, events — is removed by
/// the controller, woken, after the deletion.
async fn deleting_a_tenant_project_or_stage_disconnects_its_players(backend: Backend) {
    let server = server_without_tick(backend).await;
    let state = server.state.as_ref().unwrap();
    let runtime_users = || async {
        let mut conn = state.db.pool.acquire().await.unwrap();
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE role = 'RUNTIME'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        count
    };
    for scope in ["tenant", "project", "stage"] {
        let before = runtime_users().await;
        let w = deployed(&server, mode(2, 2, json!({}))).await;
        let mut a = player(&server, &w).await;
        lobby_prefix(&mut a).await;
        // The lobby runtime's user is created when its process starts.
        let deadline = std::time::Instant::now() + WAIT;
        while runtime_users().await <= before {
            assert!(
                std::time::Instant::now() < deadline,
                "{scope}: no lobby runtime started"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // Two players in a match, `a`'s request waiting for a partner.
        let mut players = in_the_lobby(&server, &w, 2).await;
        let (b, c) = players.split_at_mut(1);
        let (first, second) = tokio::join!(into_match(&mut b[0]), into_match(&mut c[0]));
        assert_eq!(first, second, "{scope}: b and c share a match");
        a.send(json!({"text": "request_matchmaking"}))
            .await
            .unwrap();
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            let tables: Vec<&str> = game_state_of(&server, &w.tenant)
                .await
                .into_iter()
                .map(|(table, _)| table)
                .collect();
            if tables.contains(&"matchmaker_requests") {
                assert_eq!(
                    tables,
                    [
                        "clients",
                        "runtimes",
                        "lobbies",
                        "matchmakers",
                        "matchmaker_requests",
                        "matches",
                        "deployment_events"
                    ],
                    "{scope}: the game state before the deletion"
                );
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{scope}: a's matchmaking request was not queued: {tables:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // The player long-polls while the deletion happens.
        let waiting = tokio::spawn(async move {
            let reason = disconnection(&mut a).await;
            (reason, std::time::Instant::now())
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        let deleted_at = std::time::Instant::now();
        let dev = Some(w.dev.token.as_str());
        let (area, op, token, body) = match scope {
            "tenant" => (
                "support",
                "delete-tenant",
                Some(w.support.as_str()),
                json!({"tenant": w.tenant}),
            ),
            "project" => (
                "developer",
                "delete-project",
                dev,
                json!({"tenant": w.tenant, "project": w.project}),
            ),
            _ => (
                "developer",
                "delete-stage",
                dev,
                json!({"tenant": w.tenant, "project": w.project, "stage": w.stage}),
            ),
        };
        let answer = server.ok(area, op, token, body).await;
        assert_eq!(answer["deleted"], true, "{scope}: {answer}");
        let (reason, told_at) = waiting.await.unwrap();
        assert_eq!(reason, DisconnectionReason::INTERNAL_FAILURE, "{scope}");
        let after = told_at.duration_since(deleted_at);
        assert!(
            after < Duration::from_secs(5),
            "{scope}: told after {after:?}"
        );
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while runtime_users().await > before {
            assert!(
                std::time::Instant::now() < deadline,
                "{scope}: the runtime's user stayed"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        loop {
            let left = game_state_of(&server, &w.tenant).await;
            if left.is_empty() {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{scope}: game state left 10 s after the deletion: {left:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        drop(players);
    }
}

/// A user whose game restarted has two clients; both ask for a 2-player match. The user must
/// not be matched against itself: its newer request replaces the older one, and the match forms
/// with another user.
async fn a_user_never_plays_against_itself(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(2, 2, json!({}))).await;
    let mut first = player(&server, &w).await;
    lobby_prefix(&mut first).await;
    let mut second = PlayerClient::sign_in(&server.base, first.user_id, first.password.clone())
        .await
        .unwrap();
    second
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    lobby_prefix(&mut second).await;
    for p in [&mut first, &mut second] {
        p.send(json!({"text": "request_matchmaking"}))
            .await
            .unwrap();
    }
    let alone = second
        .wait_for(Duration::from_millis(1500), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::MATCH))
        .await
        .unwrap();
    assert!(alone.is_none(), "the user was matched against itself");
    let mut other = player(&server, &w).await;
    lobby_prefix(&mut other).await;
    other
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    let with_other = assignment(&mut other, RuntimeQualifier::MATCH).await;
    assert_eq!(
        assignment(&mut second, RuntimeQualifier::MATCH).await,
        with_other,
        "the newer client plays the other user"
    );
    let stale = first
        .wait_for(Duration::from_millis(500), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::MATCH))
        .await
        .unwrap();
    assert!(
        stale.is_none(),
        "the older client's request was replaced, not placed"
    );
}

/// The stage status once `check` accepts it (within 15 s).
async fn status_until(
    server: &TestServer,
    w: &World,
    what: &str,
    check: impl Fn(&Value) -> bool,
) -> Value {
    fixtures::stage_status_until(server, w, WAIT, what, check).await
}

/// `developer/list-runtimes` and `list-deployments` agree with the stage status: the lobby
/// with one client, the match of two with its mode; each filter narrows the list.
async fn runtime_lists_show_the_lobby_and_the_match(
    server: &TestServer,
    w: &World,
    deployment: &Value,
) {
    let dev = Some(w.dev.token.as_str());
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    let list = |filter: Value| {
        let mut body = stage.clone();
        body.as_object_mut()
            .unwrap()
            .extend(filter.as_object().unwrap().clone());
        async move { server.ok("developer", "list-runtimes", dev, body).await }
    };
    let all = list(json!({})).await;
    let runtimes = all["runtimes"].as_array().unwrap();
    assert_eq!(runtimes.len(), 2, "{all}");
    let lobby = &runtimes[0];
    assert_eq!(lobby["qualifier"], "LOBBY", "{all}");
    assert_eq!(lobby["id"], deployment["lobbies"][0]["runtime_id"], "{all}");
    assert_eq!(lobby["lobby_id"], deployment["lobbies"][0]["id"], "{all}");
    assert_eq!(lobby["clients"], 1, "{all}");
    assert_eq!(lobby["status"], "RUNNING", "{all}");
    assert!(lobby.get("mode").is_none(), "{all}");
    let played = &runtimes[1];
    assert_eq!(played["qualifier"], "MATCH", "{all}");
    assert_eq!(played["match_id"], deployment["matches"][0]["id"], "{all}");
    assert_eq!(played["mode"], "test", "{all}");
    assert_eq!(played["clients"], 2, "{all}");
    assert_eq!(played["deployment_id"], deployment["id"], "{all}");

    let matches = list(json!({"qualifier": "MATCH"})).await;
    assert_eq!(
        matches["runtimes"].as_array().unwrap().len(),
        1,
        "{matches}"
    );
    assert_eq!(matches["runtimes"][0]["id"], played["id"], "{matches}");
    let page = list(json!({"deployment_id": deployment["id"], "limit": 1})).await;
    assert_eq!(page["runtimes"][0]["id"], lobby["id"], "{page}");
    let rest =
        list(json!({"deployment_id": deployment["id"], "cursor": page["next_cursor"]})).await;
    assert_eq!(rest["runtimes"][0]["id"], played["id"], "{rest}");
    assert!(rest["next_cursor"].is_null(), "{rest}");
    // A deployment that is not the stage's is named as missing, not listed as empty.
    let mut elsewhere = stage.clone();
    elsewhere["deployment_id"] = json!("1");
    let (qualifier, _) = server
        .fails("developer", "list-runtimes", dev, elsewhere, 404)
        .await;
    assert_eq!(qualifier, "OBJECT_NOT_FOUND");

    let deployments = server
        .ok("developer", "list-deployments", dev, stage.clone())
        .await;
    let listed = &deployments["deployments"][0];
    assert_eq!(listed["id"], deployment["id"], "{deployments}");
    assert_eq!(listed["runtimes"], 2, "{deployments}");
    assert_eq!(listed["clients"], 3, "{deployments}");
}

/// The stage status names what runs: three players in the lobby, one waiting for a two-player
/// match (the queue shows it, with its wait), then a match of two with its mode, the lobby left
/// with one, and the runtimes by status.
async fn stage_status_shows_lobbies_matches_and_the_queue(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(2, 4, json!({}))).await;
    let mut players = in_the_lobby(&server, &w, 3).await;
    // Readiness is recorded by the controller after the runtime's first interchange.
    let status = status_until(&server, &w, "three players in a running lobby", |s| {
        s["deployments"][0]["lobbies"][0]["clients"] == 3
            && s["deployments"][0]["state"] == "READY"
            && s["deployments"][0]["lobbies"][0]["runtime_status"] == "RUNNING"
    })
    .await;
    assert_eq!(status["clients"], 3, "{status}");
    let deployment = &status["deployments"][0];
    assert_eq!(deployment["lobbies"].as_array().unwrap().len(), 1);
    assert_eq!(
        deployment["runtimes"],
        json!([{"status": "RUNNING", "count": 1}])
    );
    assert_eq!(deployment["matches"], json!([]));
    assert_eq!(deployment["queues"], json!([]));

    // The clients, page by page, and one player's.
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    let mut first_page = stage.clone();
    first_page["limit"] = json!(2);
    let page = server
        .ok(
            "developer",
            "list-clients",
            Some(&w.dev.token),
            first_page.clone(),
        )
        .await;
    assert_eq!(page["clients"].as_array().unwrap().len(), 2, "{page}");
    let mut second_page = first_page;
    second_page["cursor"] = page["next_cursor"].clone();
    let rest = server
        .ok("developer", "list-clients", Some(&w.dev.token), second_page)
        .await;
    assert_eq!(rest["clients"].as_array().unwrap().len(), 1, "{rest}");
    assert!(rest["next_cursor"].is_null(), "{rest}");
    let mut one = stage.clone();
    one["user_id"] = json!(players[2].user_id.to_string());
    let mine = server
        .ok("developer", "list-clients", Some(&w.dev.token), one)
        .await;
    let client = &mine["clients"][0];
    assert_eq!(mine["clients"].as_array().unwrap().len(), 1, "{mine}");
    assert_eq!(
        client["id"],
        players[2].client_id.unwrap().to_string(),
        "{mine}"
    );
    assert_eq!(client["state"], "ASSIGNED", "{mine}");
    assert_eq!(client["runtime_qualifier"], "LOBBY", "{mine}");
    assert_eq!(
        client["runtime_id"], deployment["lobbies"][0]["runtime_id"],
        "{mine}"
    );

    players[0]
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    let status = status_until(&server, &w, "one request waiting", |s| {
        s["deployments"][0]["queues"][0]["waiting"] == 1
    })
    .await;
    let queue = &status["deployments"][0]["queues"][0];
    assert_eq!(queue["mode"], "test", "{status}");
    assert!(queue["oldest_wait_ms"].as_i64().unwrap() >= 0, "{status}");

    players[1]
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    for p in &mut players[..2] {
        assignment(p, RuntimeQualifier::MATCH).await;
    }
    let status = status_until(&server, &w, "a match of two", |s| {
        s["deployments"][0]["matches"][0]["clients"] == 2
            && s["deployments"][0]["lobbies"][0]["clients"] == 1
    })
    .await;
    let deployment = &status["deployments"][0];
    let played = &deployment["matches"][0];
    assert_eq!(played["mode"], "test", "{status}");
    assert_eq!(played["status"], "OPENED", "{status}");
    assert_eq!(deployment["queues"], json!([]), "{status}");
    assert_eq!(status["clients"], 3, "{status}");
    assert_eq!(deployment["clients_assigned"], 3, "{status}");
    assert_eq!(deployment["clients_queued"], 0, "{status}");
    let runtimes: i64 = deployment["runtimes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["count"].as_i64().unwrap())
        .sum();
    assert_eq!(runtimes, 2, "a lobby and a match runtime: {status}");
    runtime_lists_show_the_lobby_and_the_match(&server, &w, deployment).await;
    // A stage that is not there: 404 with the upstream qualifier.
    let (code, body) = server
        .call(
            "developer",
            "get-stage-status",
            Some(&w.dev.token),
            json!({"tenant": w.tenant, "project": w.project, "stage": "no-such-stage"}),
        )
        .await;
    assert_eq!(code, 404, "{body}");
    assert_eq!(body["qualifier"], "OBJECT_NOT_FOUND", "{body}");

    // Who may read it: STAGE_VIEWER or DEPLOYMENT_MANAGER on the stage, nobody else.
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    for (permission, allowed) in [
        ("STAGE_VIEWER", true),
        ("DEPLOYMENT_MANAGER", true),
        ("", false),
    ] {
        let dev = fixtures::developer(&server, &w.support).await;
        if !permission.is_empty() {
            let mut grant = stage.clone();
            grant["user_id"] = json!(dev.user_id);
            grant["permissions_to_create"] = json!([permission]);
            server
                .ok(
                    "support",
                    "create-stage-permissions",
                    Some(&w.support),
                    grant,
                )
                .await;
        }
        let (code, body) = server
            .call(
                "developer",
                "get-stage-status",
                Some(&dev.token),
                stage.clone(),
            )
            .await;
        if allowed {
            assert_eq!(code, 200, "{permission}: {body}");
        } else {
            assert_eq!(code, 403, "{body}");
            assert!(
                body["message"].as_str().unwrap().contains("STAGE_VIEWER"),
                "{body}"
            );
        }
    }
}

/// `/metrics` shows the running game (docs/observability.md "Game"): players online equal to
/// the players connected, the lobby and its runtime, the queue and its oldest wait, the match
/// of two with its mode, how long the matched players waited, the starts; interchanges that
/// waited are in the long-poll histogram, not in the latency one.
async fn metrics_show_the_running_game(backend: Backend) {
    let server = server(backend, Duration::from_secs(30)).await;
    let w = deployed(&server, mode(2, 4, json!({}))).await;
    let mut players = in_the_lobby(&server, &w, 3).await;
    status_until(&server, &w, "three players in a running lobby", |s| {
        s["deployments"][0]["lobbies"][0]["clients"] == 3
            && s["deployments"][0]["lobbies"][0]["runtime_status"] == "RUNNING"
    })
    .await;
    let series = [
        (r#"omgservers_clients{state="ASSIGNED"}"#, 3.0),
        (r#"omgservers_clients{state="QUEUED"}"#, 0.0),
        ("omgservers_lobbies", 1.0),
        (
            r#"omgservers_runtimes{qualifier="LOBBY",status="RUNNING"}"#,
            1.0,
        ),
        (r#"omgservers_deployments{state="READY"}"#, 1.0),
        (
            r#"omgservers_runtime_events_total{qualifier="LOBBY",kind="STARTED"}"#,
            1.0,
        ),
        (
            r#"omgservers_runtime_events_total{qualifier="LOBBY",kind="RUNTIME_READY"}"#,
            1.0,
        ),
        (r#"omgservers_matches{mode="test"}"#, 0.0),
    ];
    for (name, value) in series {
        server.metric_becomes(name, value).await;
    }

    players[0]
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    status_until(&server, &w, "one request waiting", |s| {
        s["deployments"][0]["queues"][0]["waiting"] == 1
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    server
        .metric_becomes(r#"omgservers_matchmaking_queue{mode="test"}"#, 1.0)
        .await;
    // Read by a scrape after the 300 ms above: 0.3 s at least.
    let oldest = r#"omgservers_matchmaking_oldest_wait_seconds{mode="test"}"#;
    assert!(server.metric(oldest).await >= 0.3, "{oldest}");

    players[1]
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    for p in &mut players[..2] {
        assignment(p, RuntimeQualifier::MATCH).await;
    }
    status_until(&server, &w, "a match of two", |s| {
        s["deployments"][0]["matches"][0]["clients"] == 2
    })
    .await;
    let series = [
        (r#"omgservers_clients{state="ASSIGNED"}"#, 3.0),
        (r#"omgservers_matches{mode="test"}"#, 1.0),
        (r#"omgservers_matchmaking_queue{mode="test"}"#, 0.0),
        (
            r#"omgservers_matchmaking_wait_seconds_count{mode="test"}"#,
            2.0,
        ),
        (
            r#"omgservers_runtime_events_total{qualifier="MATCH",kind="STARTED"}"#,
            1.0,
        ),
    ];
    for (name, value) in series {
        server.metric_becomes(name, value).await;
    }
    let waited = server
        .metric(r#"omgservers_matchmaking_wait_seconds_sum{mode="test"}"#)
        .await;
    assert!(
        waited >= 0.3,
        "the first request waited 300 ms at least: {waited}"
    );

    // Every interchange so far asked to wait: all in the long-poll histogram. One that does
    // not ask is the first in the latency histogram.
    let route = "/service/v1/entrypoint/player/request/interchange";
    let long_polls =
        format!(r#"omgservers_http_long_poll_duration_seconds_count{{route="{route}"}}"#);
    let latency = format!(r#"omgservers_http_request_duration_seconds_count{{route="{route}"}}"#);
    assert!(server.metric(&long_polls).await >= 6.0, "{long_polls}");
    assert_eq!(server.metric(&latency).await, 0.0, "{latency}");
    players[2].wait_ms = 0;
    players[2]
        .send(json!({"text": "helloworld"}))
        .await
        .unwrap();
    assert_eq!(server.metric(&latency).await, 1.0, "{latency}");
    assert!(
        server
            .metric("omgservers_store_batches_committed_total")
            .await
            > 0.0
    );
    assert!(
        server
            .metric("omgservers_controller_pass_seconds_count")
            .await
            > 0.0
    );
    assert!(server.metric("process_resident_memory_bytes").await > 1e6);
}

/// OpenTelemetry traces (docs/observability.md "Traces") from the real binary, exported over
/// OTLP/HTTP to a collector stand-in: a player's interchange sent with a W3C `traceparent`
/// is traced under the caller's trace — its server span, the store's spans, and the hop of
/// its message to the lobby runtime until the runtime took it — and the answer carries the
/// server span's `traceparent`; the runtime's answer hops back to the player in the trace of
/// the runtime's interchange.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_player_interchange_is_traced_to_the_runtime() {
    use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
    use prost::Message as _;
    use std::sync::{Arc, Mutex};

    // The collector stand-in: keeps every span it is sent.
    let spans: Arc<Mutex<Vec<(String, opentelemetry_proto::tonic::trace::v1::Span)>>> =
        Arc::default();
    let received = spans.clone();
    let collector = axum::Router::new().route(
        "/v1/traces",
        axum::routing::post(move |body: axum::body::Bytes| {
            let received = received.clone();
            async move {
                let request = ExportTraceServiceRequest::decode(body).expect("OTLP protobuf");
                for resource in request.resource_spans {
                    let service = resource
                        .resource
                        .iter()
                        .flat_map(|r| r.attributes.iter())
                        .find(|a| a.key == "service.name")
                        .map(|a| format!("{:?}", a.value))
                        .unwrap_or_default();
                    for scope in resource.scope_spans {
                        for span in scope.spans {
                            received.lock().unwrap().push((service.clone(), span));
                        }
                    }
                }
                (
                    [("content-type", "application/x-protobuf")],
                    Vec::<u8>::new(),
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let collector_addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, collector).await });

    let binary = omgservers_e2e::binaries::server_binary();
    let process = omgservers_e2e::standalone::Standalone::start(
        &binary,
        &[
            ("OMGSERVERS_RUNTIMES_DRIVER", "process".to_owned()),
            (
                "OMGSERVERS_RUNTIMES_PROCESS_COMMAND",
                env!("CARGO_BIN_EXE_catalogue-runtime").to_owned(),
            ),
            ("OMGSERVERS_OTEL_SDK_DISABLED", "false".to_owned()),
            (
                "OMGSERVERS_OTEL_EXPORTER_OTLP_ENDPOINT",
                format!("http://{collector_addr}"),
            ),
            ("OMGSERVERS_OTEL_BSP_SCHEDULE_DELAY", "100ms".to_owned()),
            (
                "OMGSERVERS_OTEL_SERVICE_NAME",
                "omgservers-traced".to_owned(),
            ),
        ],
    );
    let server = process.ready().await;

    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut p = player(&server, &w).await;
    let lobby = lobby_prefix(&mut p).await;
    let (trace_id, caller_span) = ("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    let request = omgservers_sdk::types::player::PlayerInterchangeRequest {
        client_id: p.client_id.unwrap(),
        outgoing_messages: vec![omgservers_sdk::types::messages::OutgoingMessage {
            id: json!(0),
            body: MessageBody::ClientOutgoingMessage(
                omgservers_sdk::types::messages::ClientOutgoingMessageBody {
                    data: json!({"text": "helloworld"}),
                },
            ),
        }],
        consumed_messages: Vec::new(),
        wait_ms: None,
    };
    let answer = server
        .http
        .post(format!(
            "{}/service/v1/entrypoint/player/request/interchange",
            server.base
        ))
        .bearer_auth(p.token())
        .header("traceparent", format!("00-{trace_id}-{caller_span}-01"))
        .json(&request)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let traceparent = answer.headers()["traceparent"].to_str().unwrap().to_owned();
    let parts: Vec<&str> = traceparent.split('-').collect();
    assert_eq!(
        parts[1], trace_id,
        "the caller's trace goes on: {traceparent}"
    );
    assert_ne!(
        parts[2], caller_span,
        "under a span of the server: {traceparent}"
    );
    text(&mut p, "message_was_handled").await;

    // Everything of that trace, once exported.
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let deadline = std::time::Instant::now() + WAIT;
    let (server_span, commit, hop, back) = loop {
        let all = spans.lock().unwrap().clone();
        let ours: Vec<_> = all
            .iter()
            .filter(|(_, s)| hex(&s.trace_id) == trace_id)
            .collect();
        let named = |name: &str| ours.iter().find(|(_, s)| s.name == name).cloned();
        let root = named("POST /service/v1/entrypoint/player/request/interchange");
        let commit = named("store.commit");
        let hop = named("runtime.hop");
        // The runtime's answer hops to the player in the trace of the runtime's interchange:
        // beside that interchange's store spans (its own span ends after its long poll).
        let client = p.client_id.unwrap().to_string();
        let back = all.iter().find(|(_, s)| {
            s.name == "player.hop"
                && hex(&s.trace_id) != trace_id
                && s.attributes
                    .iter()
                    .any(|a| a.key == "client.id" && format!("{:?}", a.value).contains(&client))
                && all.iter().any(|(_, r)| {
                    r.trace_id == s.trace_id
                        && r.name == "store.commit"
                        && r.parent_span_id == s.parent_span_id
                })
        });
        if let (Some(root), Some(commit), Some(hop), Some(back)) = (root, commit, hop, back) {
            break (root.clone(), commit.clone(), hop.clone(), back.clone());
        }
        assert!(
            std::time::Instant::now() < deadline,
            "spans of trace {trace_id}: {:?}",
            ours.iter().map(|(_, s)| &s.name).collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let (service, root) = server_span;
    assert!(service.contains("omgservers-traced"), "{service}");
    assert_eq!(
        hex(&root.parent_span_id),
        caller_span,
        "the caller's span is the parent"
    );
    assert_eq!(
        hex(&root.span_id),
        parts[2],
        "the answer names the server span"
    );
    assert_eq!(
        root.kind,
        opentelemetry_proto::tonic::trace::v1::span::SpanKind::Server as i32
    );
    // The store's span and the hop belong to the request (under its span or a descendant).
    let ids: Vec<Vec<u8>> = spans
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, s)| hex(&s.trace_id) == trace_id)
        .map(|(_, s)| s.span_id.clone())
        .collect();
    for (what, (_, span)) in [("store.commit", &commit), ("runtime.hop", &hop)] {
        assert!(
            ids.contains(&span.parent_span_id),
            "{what} hangs in the request's trace"
        );
    }
    let (_, hop) = hop;
    assert!(hop.end_time_unix_nano >= hop.start_time_unix_nano);
    let runtime = hop
        .attributes
        .iter()
        .find(|a| a.key == "runtime.id")
        .map(|a| format!("{:?}", a.value))
        .unwrap_or_default();
    assert!(
        runtime.contains(&lobby.to_string()),
        "{runtime} is the lobby {lobby}"
    );
    let (_, back) = back;
    assert!(
        back.attributes.iter().any(|a| a.key == "client.id"),
        "{back:?}"
    );
}

/// `developer/kick-client`: the lobby loses the player (its runtime was told, the stage status
/// counts it out), a second kick finds nothing, and a developer of another tenant cannot kick
/// it (answered as if there were no such client). The kicked client, known live in the
/// owner's memory until then (`store::live_clients`), is answered as deleted: receive-only,
/// and not found once purged.
async fn a_developer_kicks_a_client(backend: Backend) {
    let retention = Duration::from_secs(5);
    let server = server_with_retention(backend, Duration::from_secs(30), retention).await;
    let w = deployed(&server, mode(1, 16, json!({}))).await;
    let mut p = player(&server, &w).await;
    lobby_prefix(&mut p).await;
    status_until(&server, &w, "one player in the lobby", |s| {
        s["deployments"][0]["lobbies"][0]["clients"] == 1
    })
    .await;
    let client = p.client_id.unwrap().to_string();
    let other = fixtures::world(&server).await;
    let foreign = server
        .ok(
            "developer",
            "kick-client",
            Some(&other.dev.token),
            json!({"tenant": other.tenant, "client_id": client}),
        )
        .await;
    assert_eq!(foreign["kicked"], false, "{foreign}");
    let kick = json!({"tenant": w.tenant, "client_id": client});
    let before_kick = std::time::Instant::now();
    let kicked = server
        .ok("developer", "kick-client", Some(&w.dev.token), kick.clone())
        .await;
    assert_eq!(kicked["kicked"], true, "{kicked}");
    status_until(&server, &w, "the lobby without its player", |s| {
        s["deployments"][0]["lobbies"][0]["clients"] == 0 && s["clients"] == 0
    })
    .await;
    let again = server
        .ok("developer", "kick-client", Some(&w.dev.token), kick)
        .await;
    assert_eq!(again["kicked"], false, "{again}");
    // Polling all along: a client still taken for live would keep its activity fresh, so the
    // purge (counted from the last activity) would never come, and would answer 200 after it.
    let poll = json!({"client_id": client, "outgoing_messages": [], "consumed_messages": []});
    let (status, answer) = server
        .call("player", "interchange", Some(p.token()), poll.clone())
        .await;
    assert_eq!(
        status.as_u16(),
        200,
        "a deleted client stays readable: {answer}"
    );
    let (qualifier, message) = loop {
        let (status, answer) = server
            .call("player", "interchange", Some(p.token()), poll.clone())
            .await;
        if status.as_u16() != 200 {
            assert_eq!(status.as_u16(), 404, "{answer}");
            break omgservers_e2e::error_of(&answer);
        }
        assert!(
            before_kick.elapsed() < retention * 4,
            "a polling deleted client was not purged after {retention:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(qualifier, "OBJECT_NOT_FOUND", "{message}");
    assert!(
        before_kick.elapsed() >= retention,
        "purged before its retention"
    );
    // The player joins again with a new client.
    let mut back = player(&server, &w).await;
    lobby_prefix(&mut back).await;
}
