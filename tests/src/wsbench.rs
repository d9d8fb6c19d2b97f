//! The dispatcher part of `omgbench`: player → runtime → player round trips over the
//! dispatcher WebSocket, beside a bare axum WebSocket echo driven by the same client code in
//! the same run.
//!
//! The server is the real `omgservers` binary in a child process (so its RSS is its own),
//! with the `process` driver running `realtime-runtime` lobbies, whose rooms echo each frame
//! to its sender. Two loads, each for both the floor and the dispatcher:
//! - paced: every player sends 10 frames a second (the ARCHITECTURE.md §6 latency figure);
//! - closed loop: every player sends its next frame as soon as the previous one is back
//!   (round trips per second; each is two routed frames).

use crate::stats::{print_row as row, print_table_head, Stopwatch, Summary};
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;

use crate::fixtures::{self, str_of};
use crate::realtime::RawSocket;
use crate::{Backend, TestServer};

async fn connect(url: &str) -> RawSocket {
    let mut request = url.into_client_request().expect("ws url");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("omgservers"),
    );
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(16 * 1024);
    tokio_tungstenite::connect_async_with_config(request, Some(config), false)
        .await
        .expect("ws connect")
        .0
}

/// Sends `seq` and waits for it to come back; other frames are skipped.
async fn round_trip(socket: &mut RawSocket, seq: u64) -> Option<Duration> {
    let started = Instant::now();
    let text = seq.to_string();
    socket.send(Message::text(text.clone())).await.ok()?;
    loop {
        match socket.next().await? {
            Ok(Message::Text(back)) if back.as_str() == text => return Some(started.elapsed()),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
}

/// Each socket sends a frame every `period` (paced) or back to back (`None`) for `seconds`;
/// returns the round-trip figures and the sockets.
async fn drive(
    sockets: Vec<RawSocket>,
    period: Option<Duration>,
    seconds: u64,
) -> (Summary, Vec<RawSocket>) {
    let watch = Stopwatch::start();
    let deadline = watch.started() + Duration::from_secs(seconds);
    let tasks: Vec<_> = sockets
        .into_iter()
        .enumerate()
        .map(|(i, mut socket)| {
            tokio::spawn(async move {
                let mut samples = Vec::new();
                let mut seq = (i as u64) << 32;
                if let Some(period) = period {
                    // Spread the senders over the period.
                    tokio::time::sleep(period.mul_f64((i % 100) as f64 / 100.0)).await;
                }
                while Instant::now() < deadline {
                    let sent = Instant::now();
                    match round_trip(&mut socket, seq).await {
                        Some(rtt) => samples.push(rtt),
                        None => break,
                    }
                    seq += 1;
                    if let Some(period) = period {
                        tokio::time::sleep(period.saturating_sub(sent.elapsed())).await;
                    }
                }
                (samples, socket)
            })
        })
        .collect();
    let mut samples = Vec::new();
    let mut sockets = Vec::new();
    for task in tasks {
        if let Ok((s, socket)) = task.await {
            samples.extend(s);
            sockets.push(socket);
        }
    }
    (watch.summarize(samples), sockets)
}

async fn bare_ws_echo() -> SocketAddr {
    use axum::extract::ws::{Message, WebSocketUpgrade};
    let app = axum::Router::new().route(
        "/echo",
        axum::routing::get(|ws: WebSocketUpgrade| async move {
            ws.protocols(["omgservers"])
                .on_upgrade(|mut socket| async move {
                    while let Some(Ok(message)) = socket.recv().await {
                        if matches!(message, Message::Text(_) | Message::Binary(_))
                            && socket.send(message).await.is_err()
                        {
                            break;
                        }
                    }
                })
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// The `omgservers` binary in a child process, on a free loopback port.
struct Child {
    process: std::process::Child,
    addr: SocketAddr,
    _data: tempfile::TempDir,
}

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

async fn start_server(server_bin: &Path, runtime_bin: &Path, players: usize) -> Child {
    let data = tempfile::tempdir().expect("temp dir");
    let addr = SocketAddr::from(([127, 0, 0, 1], crate::cluster::free_port()));
    let lobbies = players.div_ceil(100).max(1);
    let process = std::process::Command::new(server_bin)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("OMGSERVERS_LISTEN", addr.to_string())
        .env("OMGSERVERS_DATA_DIR", data.path())
        .env("OMGSERVERS_DEV", "true")
        .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
        .env("OMGSERVERS_LOGGING_LEVEL", "warn")
        .env("OMGSERVERS_RUNTIMES_DRIVER", "process")
        .env("OMGSERVERS_RUNTIMES_PROCESS_COMMAND", runtime_bin)
        .env("OMGSERVERS_LOBBIES_MAX_CLIENTS", "100")
        .env("OMGSERVERS_LOBBIES_WARM_MINIMUM", lobbies.to_string())
        .env("OMGSERVERS_CLIENTS_INACTIVE_INTERVAL", "10m")
        .env("OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE", "0")
        .env("OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE", "0")
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("omgservers starts");
    let child = Child {
        process,
        addr,
        _data: data,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    let http = reqwest::Client::new();
    while http
        .get(format!("http://{addr}/q/health/ready"))
        .send()
        .await
        .map(|r| !r.status().is_success())
        .unwrap_or(true)
    {
        assert!(Instant::now() < deadline, "omgservers did not become ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    child
}

/// Signs up `players` players; each gets a lobby, whose runtime upgrades it; returns their
/// dispatcher sockets, each proven to be in its room by one echoed frame.
async fn dispatcher_players(server: &TestServer, players: usize) -> Vec<RawSocket> {
    let w = fixtures::world(server).await;
    fixtures::deploy(server, &w).await;
    let w = &w;
    futures_util::stream::iter(0..players)
        .map(|_| async move {
            let user = server.ok("player", "create-user", None, json!({})).await;
            let token = str_of(&server.ok("player", "create-token", None, json!({"user_id": user["user_id"], "password": user["password"]})).await, "raw_token");
            let created = server.ok("player", "create-client", Some(&token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await;
            let client_id = str_of(&created, "client_id");
            let deadline = Instant::now() + Duration::from_secs(120);
            let ws_token = loop {
                let inbox = server.ok("player", "interchange", Some(&token), json!({"client_id": client_id, "outgoing_messages": [], "consumed_messages": [], "wait_ms": 5000})).await;
                let upgrade = inbox["incoming_messages"].as_array().into_iter().flatten()
                    .find(|m| m["qualifier"] == json!("CONNECTION_UPGRADE_MESSAGE"));
                if let Some(m) = upgrade {
                    break str_of(&m["body"]["web_socket_config"], "ws_token");
                }
                assert!(Instant::now() < deadline, "no upgrade for {client_id}");
            };
            let url = format!("ws://{}/dispatcher/v1/entrypoint/websocket/endpoint?ws_token={ws_token}", server.addr);
            let mut socket = connect(&url).await;
            // In the room once a frame comes back (the server adds it just after the upgrade).
            let mut joined = false;
            for attempt in 0..100 {
                socket.send(Message::text(format!("hello{attempt}"))).await.expect("send");
                if let Ok(Some(Ok(Message::Text(_)))) = tokio::time::timeout(Duration::from_millis(200), socket.next()).await {
                    joined = true;
                    break;
                }
            }
            assert!(joined, "no echo from the lobby room");
            // Drop late echoes of earlier hellos.
            while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(300), socket.next()).await {}
            socket
        })
        .buffer_unordered(32)
        .collect()
        .await
}

/// Runs the dispatcher figures and prints their table rows.
pub async fn run(players: usize, seconds: u64, server_bin: &Path, runtime_bin: &Path) {
    eprintln!("omgbench: dispatcher with {players} players, {seconds} s per load");
    let echo = bare_ws_echo().await;
    let mut floor_sockets = Vec::new();
    for _ in 0..players {
        floor_sockets.push(connect(&format!("ws://{echo}/echo")).await);
    }
    let (floor_paced, floor_sockets) =
        drive(floor_sockets, Some(Duration::from_millis(100)), seconds).await;
    let (floor_loop, floor_sockets) = drive(floor_sockets, None, seconds).await;
    drop(floor_sockets);

    let child = start_server(server_bin, runtime_bin, players).await;
    let pid = child.process.id();
    let server = TestServer::external(child.addr, Backend::Sqlite);
    let sockets = dispatcher_players(&server, players).await;
    let rss_ready = crate::machine::rss_kib(pid);
    let (paced, sockets) = drive(sockets, Some(Duration::from_millis(100)), seconds).await;
    let rss_paced = crate::machine::rss_kib(pid);
    let (closed_loop, sockets) = drive(sockets, None, seconds).await;
    let rss_end = crate::machine::rss_kib(pid);
    drop(sockets);
    drop(child);

    print_table_head();
    row(
        &format!("bare axum WebSocket echo, {players} sockets × 10 msg/s (floor)"),
        &floor_paced,
        &floor_paced,
        "—",
    );
    row(
        &format!("player → runtime → player over the dispatcher, {players} players × 10 msg/s"),
        &paced,
        &floor_paced,
        "p50 ≤ 0.5 ms, p99 ≤ 5 ms",
    );
    row(
        &format!("bare axum WebSocket echo, {players} sockets back to back (floor)"),
        &floor_loop,
        &floor_loop,
        "—",
    );
    row(
        &format!(
            "dispatcher round trips, {players} players back to back (routed frames/s = 2 × per s)"
        ),
        &closed_loop,
        &floor_loop,
        "≥ 50,000 / s with p99 ≤ 20 ms",
    );
    println!(
        "\nserver RSS (omgservers child process): {} MiB with {players} players connected, {} MiB after the paced load, {} MiB after the back-to-back load (target ≤ 60 MB)",
        rss_ready / 1024,
        rss_paced / 1024,
        rss_end / 1024
    );
}
