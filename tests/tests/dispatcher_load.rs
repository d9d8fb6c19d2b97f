//! Bounded load on the dispatcher (loopback, in-process server): 100 lobby runtimes, each with
//! a room of 10 players upgraded through `UPGRADE_CONNECTION` (1,000 player sockets, 1,100
//! sockets in all), exchanging frames for 30 s. Every player sends a numbered frame every
//! 100 ms, which its runtime echoes back to it alone; every runtime also broadcasts a numbered
//! tick to its room every 100 ms. Per socket, nothing may be lost or reordered, and the
//! process's memory (server and clients together: the server runs in this process) must stay
//! flat once the rooms are warm. That is why this test is a test binary of its own, not a
//! module of `e2e`: no other test may share the process whose memory it measures.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use omgservers::store::clients;
use omgservers_e2e::fixtures::{self, str_of};
use omgservers_e2e::machine::own_rss_kib;
use omgservers_e2e::realtime::{self, Runtime};
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::dispatcher::{Data, PlayerSocket, RuntimeSocket};
use serde_json::json;
use tokio::sync::Barrier;

const ROOMS: usize = 100;
const PLAYERS_PER_ROOM: usize = 10;
const TRAFFIC: Duration = Duration::from_secs(30);
const PERIOD: Duration = Duration::from_millis(100);
const WAIT: Duration = Duration::from_secs(30);

/// Raises this process's open-files limit to its hard limit if 2,400 descriptors do not fit
/// (with `prlimit`: the workspace forbids the unsafe code a direct `setrlimit` needs).
fn ensure_file_limit() {
    let soft = omgservers_e2e::machine::own_open_files_limit;
    if soft() < 2400 {
        let pid = std::process::id().to_string();
        let _ = std::process::Command::new("prlimit")
            .args(["--pid", &pid, "--nofile=8192:"])
            .status();
    }
    assert!(
        soft() >= 2400,
        "open-files limit {} is below 2,400; raise it (ulimit -n 4096)",
        soft()
    );
}

/// What one player saw.
#[derive(Debug, Default)]
struct PlayerReport {
    sent: u64,
    echoes: u64,
    ticks: u64,
    first_tick: Option<u64>,
    errors: Vec<String>,
}

async fn play(mut socket: PlayerSocket, start: Arc<Barrier>, stop_at: Instant) -> PlayerReport {
    let mut report = PlayerReport::default();
    start.wait().await;
    let mut send = tokio::time::interval(PERIOD);
    let mut sending = true;
    // Reads until the test closes every socket (1001), well after the last send.
    loop {
        tokio::select! {
            _ = send.tick(), if sending => {
                if Instant::now() >= stop_at {
                    sending = false;
                    continue;
                }
                if let Err(e) = socket.send(Data::Text(format!("s{}", report.sent))).await {
                    report.errors.push(format!("send: {e}"));
                    return report;
                }
                report.sent += 1;
            }
            next = socket.recv() => match next {
                Some(Data::Text(text)) => {
                    if let Some(seq) = text.strip_prefix('s') {
                        if seq != report.echoes.to_string() {
                            report.errors.push(format!("echo {seq} where {} was due", report.echoes));
                        }
                        report.echoes += 1;
                    } else if let Some(tick) = text.strip_prefix('t').and_then(|t| t.parse::<u64>().ok()) {
                        let first = *report.first_tick.get_or_insert(tick);
                        if tick != first + report.ticks {
                            report.errors.push(format!("tick {tick} where {} was due", first + report.ticks));
                        }
                        report.ticks += 1;
                    }
                }
                Some(Data::Binary(_)) => report.errors.push("a binary frame".into()),
                None => {
                    if socket.closed().map(|c| c.code) != Some(1001) {
                        report.errors.push(format!("closed early: {:?}", socket.closed()));
                    }
                    return report;
                }
            },
        }
    }
}

/// A runtime's room: echoes each player frame to its sender, ticks to everyone; returns the
/// number of ticks sent and the frames echoed.
async fn serve_room(socket: RuntimeSocket, start: Arc<Barrier>, stop_at: Instant) -> (u64, u64) {
    let (mut sender, mut receiver) = socket.split();
    start.wait().await;
    let mut tick = tokio::time::interval(PERIOD);
    let (mut ticks, mut echoed) = (0u64, 0u64);
    loop {
        tokio::select! {
            _ = tick.tick(), if Instant::now() < stop_at => {
                if sender.broadcast(format!("t{ticks}")).await.is_err() {
                    break;
                }
                ticks += 1;
            }
            frame = receiver.recv() => match frame {
                Some(frame) => {
                    if sender.send(&[frame.client_id], frame.data).await.is_err() {
                        break;
                    }
                    echoed += 1;
                }
                None => break,
            },
        }
    }
    (ticks, echoed)
}

/// The ws token of the player's CONNECTION_UPGRADE_MESSAGE, read with the HTTP interchange.
async fn upgrade_token(server: &TestServer, token: &str, client_id: &str) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let inbox = server
            .ok("player", "interchange", Some(token), json!({"client_id": client_id, "outgoing_messages": [], "consumed_messages": [], "wait_ms": 1000}))
            .await;
        let upgrade = inbox["incoming_messages"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|m| m["qualifier"] == json!("CONNECTION_UPGRADE_MESSAGE"));
        if let Some(message) = upgrade {
            return str_of(&message["body"]["web_socket_config"], "ws_token");
        }
        assert!(
            Instant::now() < deadline,
            "no CONNECTION_UPGRADE_MESSAGE for {client_id}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousand_sockets_in_hundred_rooms_for_thirty_seconds() {
    ensure_file_limit();
    let setup = Instant::now();
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.lobbies_warm_minimum = ROOMS as u32;
        c.lobbies_max_clients = PLAYERS_PER_ROOM as u32;
        // Nobody interchanges over HTTP during the 30 s: keep them from the inactivity reaper.
        c.clients_inactive_interval = Duration::from_secs(600);
        c.runtimes_inactive_interval = Duration::from_secs(600);
        // Sockets wait unread while the others are set up (liveness is tested in dispatcher.rs).
        c.expired_connections_idle_timeout = Duration::from_secs(600);
    })
    .await;
    eprintln!("rss after start {}", own_rss_kib());
    let w = fixtures::world(&server).await;
    fixtures::deploy(&server, &w).await;
    let mut runtimes: Vec<Runtime> = Vec::new();
    for i in 0..ROOMS {
        runtimes.push(realtime::lobby_runtime(&server, i).await);
    }

    // 1,000 players over one shared HTTP client (a client each would cost the test process
    // megabytes per player); the least loaded lobby takes each, so every room gets 10.
    let server = &server;
    let w = &w;
    let players: Vec<(String, String)> = futures_util::stream::iter(0..ROOMS * PLAYERS_PER_ROOM)
        .map(|_| async move {
            let user = server.ok("player", "create-user", None, json!({})).await;
            let token = str_of(
                &server
                    .ok(
                        "player",
                        "create-token",
                        None,
                        json!({"user_id": user["user_id"], "password": user["password"]}),
                    )
                    .await,
                "raw_token",
            );
            let created = server
                .ok(
                    "player",
                    "create-client",
                    Some(&token),
                    json!({"tenant": w.tenant, "project": w.project, "stage": w.stage}),
                )
                .await;
            (token, str_of(&created, "client_id"))
        })
        .buffer_unordered(32)
        .collect()
        .await;

    eprintln!("rss after players {}", own_rss_kib());
    // Rooms open now (sockets nobody reads would time out during the sign-ups), and each
    // runtime upgrades its clients in one interchange.
    let mut runtime_sockets = Vec::new();
    for rt in &runtimes {
        runtime_sockets.push(
            RuntimeSocket::connect(&server.base, &rt.ws_token)
                .await
                .unwrap(),
        );
    }
    eprintln!("rss after runtime sockets {}", own_rss_kib());
    let state = server.state.as_ref().unwrap();
    for rt in &runtimes {
        let mut conn = state.db.pool.acquire().await.unwrap();
        let members = clients::assigned_to(&mut conn, rt.id.parse().unwrap())
            .await
            .unwrap();
        drop(conn);
        assert_eq!(
            members.len(),
            PLAYERS_PER_ROOM,
            "room {} has {}",
            rt.id,
            members.len()
        );
        let commands = members
            .iter()
            .map(|c| json!({"qualifier": "UPGRADE_CONNECTION", "body": {"client_id": c.id.to_string(), "protocol": "DISPATCHER"}}))
            .collect();
        let response = rt.interchange(server, commands).await;
        assert_eq!(response["failed_commands"], json!([]));
    }
    let sockets: Vec<PlayerSocket> = futures_util::stream::iter(players)
        .map(|(token, client_id)| async move {
            let ws_token = upgrade_token(server, &token, &client_id).await;
            PlayerSocket::connect(&server.base, &ws_token)
                .await
                .unwrap()
        })
        .buffer_unordered(32)
        .collect()
        .await;
    // The server counts a socket a moment after the client sees its upgrade.
    let deadline = Instant::now() + WAIT;
    while server.metric("omgservers_dispatcher_sockets").await
        < (ROOMS * (PLAYERS_PER_ROOM + 1)) as f64
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        server.metric("omgservers_dispatcher_sockets").await,
        (ROOMS * (PLAYERS_PER_ROOM + 1)) as f64,
        "refused: {}, rooms: {}",
        server
            .metric("omgservers_dispatcher_refused_connections_total")
            .await,
        state.dispatcher.room_count()
    );
    let setup = setup.elapsed();
    eprintln!("rss after player sockets {}", own_rss_kib());

    let start = Arc::new(Barrier::new(ROOMS + sockets.len() + 1));
    let stop_at = Instant::now() + TRAFFIC + Duration::from_millis(200);
    let rooms: Vec<_> = runtime_sockets
        .into_iter()
        .map(|s| tokio::spawn(serve_room(s, start.clone(), stop_at)))
        .collect();
    let players: Vec<_> = sockets
        .into_iter()
        .map(|s| tokio::spawn(play(s, start.clone(), stop_at)))
        .collect();
    start.wait().await;
    let began = Instant::now();
    tokio::time::sleep(Duration::from_secs(5)).await;
    let rss_warm = own_rss_kib();
    let mut rss_samples = vec![rss_warm];
    while began.elapsed() < TRAFFIC {
        tokio::time::sleep(Duration::from_secs(5)).await;
        rss_samples.push(own_rss_kib());
    }

    // Let the last frames arrive, then close every socket (1001, as at server shutdown).
    tokio::time::sleep_until((stop_at + Duration::from_secs(3)).into()).await;
    let dropped = server
        .metric("omgservers_dispatcher_slow_sockets_dropped_total")
        .await;
    let routed_to_runtimes = server
        .metric("omgservers_dispatcher_frames_to_runtimes_total")
        .await;
    let routed_to_players = server
        .metric("omgservers_dispatcher_frames_to_players_total")
        .await;
    let rss_end = own_rss_kib();
    server.state.as_ref().unwrap().dispatcher.close_all();
    let mut sent = 0;
    let mut echoes = 0;
    let mut ticks_seen = 0;
    for player in players {
        let report = player.await.unwrap();
        assert!(report.errors.is_empty(), "{report:?}");
        assert!(report.sent >= 250, "{report:?}");
        sent += report.sent;
        echoes += report.echoes;
        ticks_seen += report.ticks;
    }
    let mut ticks_sent = 0;
    for room in rooms {
        let (ticks, _) = room.await.unwrap();
        ticks_sent += ticks;
    }
    eprintln!(
        "dispatcher load: setup {setup:?}; {sent} frames sent by players, {echoes} echoed back, \
         {ticks_seen} ticks received of {ticks_sent} sent x {PLAYERS_PER_ROOM}; routed {routed_to_runtimes} \
         to runtimes and {routed_to_players} to players; RSS samples (kB, every 5 s from 5 s) {rss_samples:?}, end {rss_end}"
    );
    assert_eq!(sent, echoes, "every frame came back");
    assert_eq!(
        ticks_seen,
        ticks_sent * PLAYERS_PER_ROOM as u64,
        "every tick reached every player"
    );
    assert_eq!(dropped, 0.0, "nobody was too slow");
    // Flat memory: once warm, the process (server and 1,100 clients) grows by under 16 MB.
    let peak = rss_samples.iter().copied().max().unwrap_or(0).max(rss_end);
    assert!(
        peak < rss_warm + 16 * 1024,
        "RSS grew from {rss_warm} kB to {peak} kB"
    );
}
