//! Building blocks for dispatcher tests: a lobby runtime driven over raw HTTP (as a runtime
//! process would), players upgraded by it, and raw WebSocket access for wire-level checks.

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use omgservers::game::runtimes;
use omgservers::store::runtimes as runtime_rows;
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::MessageBody;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::Message;

use crate::fixtures::{self, str_of, World};
use crate::TestServer;

pub type RawSocket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A runtime spoken for over raw HTTP: its id, API token and ws token.
pub struct Runtime {
    pub id: String,
    pub api: String,
    pub ws_token: String,
}

impl Runtime {
    /// One runtime interchange with these outgoing commands; returns the response.
    pub async fn interchange(&self, server: &TestServer, outgoing: Vec<Value>) -> Value {
        server
            .ok(
                "runtime",
                "interchange",
                Some(&self.api),
                json!({"outgoing_commands": outgoing, "consumed_commands": []}),
            )
            .await
    }

    /// Sends UPGRADE_CONNECTION for the player's client and returns the ws token the player
    /// receives in its CONNECTION_UPGRADE_MESSAGE (over the HTTP interchange).
    pub async fn upgrade(&self, server: &TestServer, player: &mut PlayerClient) -> String {
        let client_id = player.client_id.expect("a client");
        let response = self
            .interchange(
                server,
                vec![json!({"qualifier": "UPGRADE_CONNECTION", "body": {"client_id": client_id, "protocol": "DISPATCHER"}})],
            )
            .await;
        assert_eq!(response["failed_commands"], json!([]), "{response}");
        let message = player
            .wait_for(Duration::from_secs(10), |m| {
                matches!(m, MessageBody::ConnectionUpgradeMessage(_))
            })
            .await
            .expect("interchange")
            .expect("a CONNECTION_UPGRADE_MESSAGE");
        match message.body {
            MessageBody::ConnectionUpgradeMessage(b) => b.web_socket_config.ws_token,
            _ => unreachable!(),
        }
    }
}

/// The `index`-th lobby runtime of the server (by id) once the controller has created it,
/// with fresh credentials and tokens.
pub async fn lobby_runtime(server: &TestServer, index: usize) -> Runtime {
    runtime_where(server, |all| all.into_iter().nth(index)).await
}

/// The first runtime of `deployment_id` once the controller has created it (its lobby's),
/// with fresh credentials and tokens.
pub async fn lobby_runtime_of(server: &TestServer, deployment_id: &str) -> Runtime {
    let deployment_id: i64 = deployment_id.parse().expect("a deployment id");
    runtime_where(server, |all| {
        all.into_iter().find(|r| r.deployment_id == deployment_id)
    })
    .await
}

/// The runtime `runtime_id`, with fresh credentials and tokens.
pub async fn runtime_by_id(server: &TestServer, runtime_id: i64) -> Runtime {
    runtime_where(server, |all| all.into_iter().find(|r| r.id == runtime_id)).await
}

async fn runtime_where(
    server: &TestServer,
    pick: impl Fn(Vec<runtime_rows::RuntimeRow>) -> Option<runtime_rows::RuntimeRow>,
) -> Runtime {
    let mut one = runtimes_where(server, |all| pick(all).map(|r| vec![r])).await;
    one.pop().expect("one runtime")
}

/// The lobby runtimes of `deployment_id` once there are `count` of them, oldest first, with
/// fresh credentials and tokens.
pub async fn lobby_runtimes_of(
    server: &TestServer,
    deployment_id: &str,
    count: usize,
) -> Vec<Runtime> {
    runtimes_of(server, deployment_id, count, |r| r.lobby_id.is_some()).await
}

/// The lobby runtimes of `deployment_id` once there are `count` of them, oldest first, each
/// with its queue in memory (its `INIT_RUNTIME` received over the wire): commands queued for it
/// from then on must reach it from memory, not by a reload.
pub async fn warm_lobbies(server: &TestServer, deployment_id: &str, count: usize) -> Vec<Runtime> {
    let lobbies = lobby_runtimes_of(server, deployment_id, count).await;
    for lobby in &lobbies {
        received(server, lobby, "INIT_RUNTIME", 1).await;
    }
    lobbies
}

/// The match runtimes of `deployment_id` once there are `count` of them, oldest first, with
/// fresh credentials and tokens.
pub async fn match_runtimes_of(
    server: &TestServer,
    deployment_id: &str,
    count: usize,
) -> Vec<Runtime> {
    runtimes_of(server, deployment_id, count, |r| r.match_id.is_some()).await
}

/// The runtimes of `deployment_id` that `kind` keeps, oldest first, once there are `count`.
async fn runtimes_of(
    server: &TestServer,
    deployment_id: &str,
    count: usize,
    kind: impl Fn(&runtime_rows::RuntimeRow) -> bool,
) -> Vec<Runtime> {
    let deployment_id: i64 = deployment_id.parse().expect("a deployment id");
    runtimes_where(server, |all| {
        let mut picked: Vec<_> = all
            .into_iter()
            .filter(|r| r.deployment_id == deployment_id && kind(r))
            .collect();
        picked.sort_by_key(|r| r.id);
        (picked.len() >= count).then_some(picked)
    })
    .await
}

/// The runtimes `pick` chooses once it chooses some (within 20 s), with fresh credentials and
/// tokens.
async fn runtimes_where(
    server: &TestServer,
    pick: impl Fn(Vec<runtime_rows::RuntimeRow>) -> Option<Vec<runtime_rows::RuntimeRow>>,
) -> Vec<Runtime> {
    let state = server.state.as_ref().expect("an in-process server");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // Every database of game state (the shard databases, if any).
        let mut all = Vec::new();
        for database in state.game_databases() {
            let mut conn = database.acquire().await.expect("connection");
            all.extend(runtime_rows::all(&mut conn).await.expect("runtimes"));
        }
        // A runtime a driver runs is picked once it has started and spoken: each start raises
        // its token epoch, which would void tokens issued here before it, and its process
        // holds its own tokens by then (a password issued here does not void them).
        if state.config.runtimes_driver != omgservers::config::RuntimesDriver::None {
            all.retain(|r| r.token_epoch > 0 && r.ready());
        }
        if let Some(picked) = pick(all) {
            let mut spoken_for = Vec::new();
            for runtime in picked {
                let id = runtime.id.to_string();
                // A runtime being launched by a driver gets a password of its own, which may
                // replace the one issued here in between: then issue another.
                let tokens = loop {
                    let password = runtimes::issue_password(state, &runtime)
                        .await
                        .expect("password");
                    let body = json!({"runtime_id": id, "password": password});
                    let (status, tokens) = server.call("runtime", "create-token", None, body).await;
                    if status == 200 {
                        break tokens;
                    }
                    assert!(
                        status == 401 && Instant::now() < deadline,
                        "runtime/create-token for {id}: {status} {tokens}"
                    );
                    tokio::time::sleep(Duration::from_millis(100)).await;
                };
                spoken_for.push(Runtime {
                    id,
                    api: str_of(&tokens, "api_token"),
                    ws_token: str_of(&tokens, "ws_token"),
                });
            }
            return spoken_for;
        }
        assert!(Instant::now() < deadline, "no such runtime in time");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A deployed world with its lobby runtime.
pub async fn deployed_lobby(server: &TestServer) -> (World, Runtime) {
    let w = fixtures::world(server).await;
    let deployment_id = fixtures::deploy(server, &w).await;
    let runtime = lobby_runtime_of(server, &deployment_id).await;
    (w, runtime)
}

/// A signed-up player with a client in the world's deployment, once assigned to a lobby.
pub async fn player(server: &TestServer, w: &World) -> PlayerClient {
    assigned_player(server, w).await.0
}

/// A signed-up player with a client in the world's deployment, and the runtime id of the
/// lobby it was assigned to (within 20 s).
pub async fn assigned_player(server: &TestServer, w: &World) -> (PlayerClient, i64) {
    let mut p = PlayerClient::sign_up(&server.base).await.expect("sign up");
    p.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .expect("client");
    let assigned = p
        .wait_for(Duration::from_secs(20), |m| {
            matches!(m, MessageBody::RuntimeAssignmentMessage(_))
        })
        .await
        .expect("interchange")
        .expect("a lobby assignment");
    let MessageBody::RuntimeAssignmentMessage(body) = assigned.body else {
        unreachable!("the message waited for")
    };
    (p, body.runtime_id.get())
}

pub fn ws_url(server: &TestServer, query: &str) -> String {
    format!(
        "ws://{}/dispatcher/v1/entrypoint/websocket/endpoint{query}",
        server.addr
    )
}

/// Opens a raw WebSocket with the `omgservers` sub-protocol.
pub async fn raw_connect(server: &TestServer, ws_token: &str) -> RawSocket {
    let mut request = ws_url(server, &format!("?ws_token={ws_token}"))
        .into_client_request()
        .expect("request");
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("omgservers"),
    );
    let (socket, response) = tokio_tungstenite::connect_async(request)
        .await
        .expect("the upgrade is accepted");
    assert_eq!(
        response.headers().get("sec-websocket-protocol"),
        Some(&HeaderValue::from_static("omgservers"))
    );
    socket
}

/// Reads until the server closes the socket; returns its close code and reason (data frames
/// read meanwhile are counted in the second value).
pub async fn close_of(socket: &mut RawSocket, within: Duration) -> (Option<(u16, String)>, usize) {
    let mut frames = 0;
    let read = async {
        while let Some(message) = socket.next().await {
            match message {
                Ok(Message::Close(frame)) => {
                    return frame.map(|f| (u16::from(f.code), f.reason.as_str().to_owned()))
                }
                Ok(Message::Text(_) | Message::Binary(_)) => frames += 1,
                Ok(_) => {}
                Err(_) => return None,
            }
        }
        None
    };
    let close = tokio::time::timeout(within, read)
        .await
        .expect("the server closes the socket in time");
    (close, frames)
}

/// The bodies of the `qualifier` commands a runtime receives over its interchange, once it has
/// `count` of them (acknowledging each page, as a runtime does); a last poll acknowledges the
/// last page and must bring no more of them.
pub async fn received(
    server: &TestServer,
    runtime: &Runtime,
    qualifier: &str,
    count: usize,
) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut bodies = Vec::new();
    let mut consumed: Vec<Value> = Vec::new();
    while bodies.len() < count {
        assert!(
            Instant::now() < deadline,
            "runtime {} received only {} {qualifier}: {bodies:?}",
            runtime.id,
            bodies.len()
        );
        let body = json!({"outgoing_commands": [], "consumed_commands": consumed, "wait_ms": 1000});
        let answer = server
            .ok("runtime", "interchange", Some(&runtime.api), body)
            .await;
        let commands = answer["incoming_commands"].as_array().unwrap();
        consumed = commands.iter().map(|c| c["id"].clone()).collect();
        bodies.extend(
            commands
                .iter()
                .filter(|c| c["qualifier"] == qualifier)
                .map(|c| c["body"].clone()),
        );
    }
    let body = json!({"outgoing_commands": [], "consumed_commands": consumed, "wait_ms": 200});
    let answer = server
        .ok("runtime", "interchange", Some(&runtime.api), body)
        .await;
    let more: Vec<&Value> = answer["incoming_commands"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["qualifier"] == qualifier)
        .collect();
    assert!(
        more.is_empty(),
        "runtime {} received more than {count} {qualifier}: {more:?}",
        runtime.id
    );
    bodies
}

/// An id as the wire gives it (a string, or a number from older writers) or the database holds.
pub fn id_of(value: &Value) -> i64 {
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| panic!("not an id: {value}"))
}
