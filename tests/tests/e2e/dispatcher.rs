//! The dispatcher WebSocket (wire reference §10) end to end: a lobby runtime driven over raw
//! HTTP opens its room and upgrades players, who join through the SDK's `PlayerSocket`;
//! runtime frames are written raw so the wire format itself is under test.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use omgservers::store::runtimes;
use omgservers_e2e::fixtures::{self, str_of};
use omgservers_e2e::realtime::{self, close_of, raw_connect, RawSocket};
use omgservers_e2e::{both_backends, test_keys, Backend, TestServer};
use omgservers_sdk::dispatcher::{Closed, Data, PlayerSocket};
use omgservers_sdk::types::messages::MessageBody;
use serde_json::{json, Value};
use tokio_tungstenite::tungstenite::Message;

const WAIT: Duration = Duration::from_secs(10);

/// The next frame the runtime receives, as JSON.
async fn runtime_reads(runtime: &mut RawSocket) -> Value {
    loop {
        let message = tokio::time::timeout(WAIT, runtime.next())
            .await
            .expect("a frame for the runtime in time")
            .expect("the runtime socket is open")
            .expect("a frame");
        if let Message::Text(text) = message {
            return serde_json::from_str(text.as_str()).expect("JSON");
        }
    }
}

async fn runtime_writes(runtime: &mut RawSocket, frame: Value) {
    runtime
        .send(Message::text(frame.to_string()))
        .await
        .expect("sent");
}

async fn player_reads(player: &mut PlayerSocket) -> Data {
    tokio::time::timeout(WAIT, player.recv())
        .await
        .expect("a frame for the player in time")
        .expect("the player socket is open")
}

async fn player_closed(player: &mut PlayerSocket) -> Closed {
    let next = tokio::time::timeout(WAIT, player.recv())
        .await
        .expect("the player socket closes in time");
    assert_eq!(next, None, "no more frames");
    player.closed().cloned().expect("a close frame")
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A token signed with the server's key (the test key) or another one.
fn forge(claims: &Value, pem: &str) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
        claims,
        &jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap(),
    )
    .unwrap()
}

both_backends! {
    async fn players_exchange_text_and_binary_through_the_runtime(server: TestServer) {
        let (w, rt) = realtime::deployed_lobby(&server).await;
        let mut runtime = raw_connect(&server, &rt.ws_token).await;
        let mut a = realtime::player(&server, &w).await;
        let mut b = realtime::player(&server, &w).await;
        let (a_id, b_id) = (a.client_id.unwrap().to_string(), b.client_id.unwrap().to_string());
        let a_token = rt.upgrade(&server, &mut a).await;
        let b_token = rt.upgrade(&server, &mut b).await;
        let mut a_ws = PlayerSocket::connect(&server.base, &a_token).await.unwrap();
        let mut b_ws = PlayerSocket::connect(&server.base, &b_token).await.unwrap();
        // Both are in the room once a frame of each reaches the runtime.
        a_ws.send(Data::Text("hello from a".into())).await.unwrap();
        assert_eq!(runtime_reads(&mut runtime).await, json!({"client_id": a_id, "encoding": "TXT", "message": "hello from a"}));
        b_ws.send(Data::Binary(vec![0, 1, 2, 255])).await.unwrap();
        assert_eq!(runtime_reads(&mut runtime).await, json!({"client_id": b_id, "encoding": "B64", "message": "AAEC/w=="}));

        // runtime -> one player, text and binary
        runtime_writes(&mut runtime, json!({"clients": [b_id], "encoding": "TXT", "message": "a says hello"})).await;
        assert_eq!(player_reads(&mut b_ws).await, Data::Text("a says hello".into()));
        runtime_writes(&mut runtime, json!({"clients": [a_id.parse::<i64>().unwrap()], "encoding": "B64", "message": "AAEC/w=="})).await;
        assert_eq!(player_reads(&mut a_ws).await, Data::Binary(vec![0, 1, 2, 255]));

        // Invalid frames are dropped (and counted); unknown clients ignored; the socket stays.
        let invalid_before = server.metric("omgservers_dispatcher_invalid_frames_total").await;
        for bad in ["not json", r#"{"clients": [1], "encoding": "TXT", "message": ""}"#, r#"{"clients": [1], "encoding": "B64", "message": "!!"}"#, r#"{"clients": [1], "encoding": "XML", "message": "x"}"#] {
            runtime.send(Message::text(bad)).await.unwrap();
        }
        runtime.send(Message::binary(vec![1, 2, 3])).await.unwrap();
        runtime_writes(&mut runtime, json!({"clients": ["12345"], "encoding": "TXT", "message": "nobody"})).await;

        // null or empty `clients`: every player of the room (upstream drops these)
        runtime_writes(&mut runtime, json!({"clients": null, "encoding": "TXT", "message": "everyone"})).await;
        runtime_writes(&mut runtime, json!({"clients": [], "encoding": "B64", "message": "/w=="})).await;
        for ws in [&mut a_ws, &mut b_ws] {
            assert_eq!(player_reads(ws).await, Data::Text("everyone".into()));
            assert_eq!(player_reads(ws).await, Data::Binary(vec![255]));
        }
        assert_eq!(server.metric("omgservers_dispatcher_invalid_frames_total").await - invalid_before, 5.0);

        // The HTTP interchange goes on beside the sockets, both ways.
        rt.interchange(&server, vec![json!({"qualifier": "RESPOND_CLIENT", "body": {"client_id": a_id, "message": {"text": "over http"}}})]).await;
        let wanted = json!({"text": "over http"});
        a.wait_for(WAIT, |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted)).await.unwrap().expect("the HTTP message");
        a.send(json!({"text": "http too"})).await.unwrap();
        let incoming = server.ok("runtime", "interchange", Some(&rt.api), json!({"outgoing_commands": [], "consumed_commands": [], "wait_ms": 5000})).await;
        assert!(incoming["incoming_commands"].as_array().unwrap().iter().any(|c| c["qualifier"] == json!("HANDLE_MESSAGE")), "{incoming}");
        // and the sockets still work after it
        a_ws.send(Data::Text("still here".into())).await.unwrap();
        assert_eq!(runtime_reads(&mut runtime).await["message"], json!("still here"));
        assert_eq!(server.metric("omgservers_dispatcher_sockets").await, 3.0);
        // Two of them players': the clients connected over WebSocket.
        assert_eq!(server.metric("omgservers_dispatcher_player_sockets").await, 2.0);

        // The runtime's socket closing removes the room: its players get 1001.
        runtime.close(None).await.unwrap();
        for ws in [&mut a_ws, &mut b_ws] {
            assert_eq!(player_closed(ws).await, Closed { code: 1001, reason: "Room was removed".into() });
        }
        let deadline = std::time::Instant::now() + WAIT;
        while server.metric("omgservers_dispatcher_player_sockets").await != 0.0 {
            assert!(std::time::Instant::now() < deadline, "player sockets still counted after they closed");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// The stage status once `done` holds of its `round_trip` (published every 2 s).
async fn round_trip_until(
    server: &TestServer,
    w: &omgservers_e2e::fixtures::World,
    done: impl Fn(&Value) -> bool,
) -> Value {
    fixtures::stage_status_until(server, w, WAIT, "round trip never as expected", |s| {
        done(&s["round_trip"])
    })
    .await
}

both_backends! {
    async fn players_round_trips_show_in_the_stage_status_and_the_metrics(server: TestServer) {
        let (w, rt) = realtime::deployed_lobby(&server).await;
        let _runtime = raw_connect(&server, &rt.ws_token).await;
        let mut a = realtime::player(&server, &w).await;
        let mut b = realtime::player(&server, &w).await;
        let a_token = rt.upgrade(&server, &mut a).await;
        let b_token = rt.upgrade(&server, &mut b).await;
        // Players on HTTP only: nobody is measured.
        assert_eq!(fixtures::stage_status(&server, &w).await["round_trip"], Value::Null);

        // Each player answers the ping sent at open while it reads (the SDK's socket does).
        let reader = |token: String| {
            let base = server.base.clone();
            tokio::spawn(async move {
                let mut ws = PlayerSocket::connect(&base, &token).await.unwrap();
                while ws.recv().await.is_some() {}
            })
        };
        let a_reads = reader(a_token);
        let _b_reads = reader(b_token);
        let status = round_trip_until(&server, &w, |r| r["players"] == json!(2)).await;
        let (p50, p95) = (status["round_trip"]["p50_ms"].as_f64().unwrap(), status["round_trip"]["p95_ms"].as_f64().unwrap());
        assert!(p50 > 0.0 && p95 >= p50 && p95 < 1000.0, "{status}");
        assert_eq!(status["deployments"][0]["round_trip"], status["round_trip"], "one deployment: the stage's figure is its");
        assert!(server.metric("omgservers_dispatcher_player_round_trip_seconds_count").await >= 2.0);

        // A player gone (its connection dropped, no close frame) no longer counts.
        a_reads.abort();
        round_trip_until(&server, &w, |r| r["players"] == json!(1)).await;
    }
}

/// Wrong, expired, foreign-signed and misdirected tokens: the upgrade is accepted, then closed
/// with 1002 (upstream's behaviour, so clients see a close code rather than an HTTP status).
async fn bad_tokens_are_refused_with_1002(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let mut p = realtime::player(&server, &w).await;
    let client_id = p.client_id.unwrap().to_string();
    // A player token before the runtime has opened its room: no room.
    let early = rt.upgrade(&server, &mut p).await;
    let mut refused = raw_connect(&server, &early).await;
    let failed = Some((1002, "Failed to open the dispatcher connection".to_owned()));
    assert_eq!(close_of(&mut refused, WAIT).await.0, failed);

    let mut runtime = raw_connect(&server, &rt.ws_token).await;
    let claims = json!({"iss": "omgservers", "aud": "omgservers", "sub": client_id, "iat": now(), "exp": now() + 600,
        "jti": "1", "groups": ["websocket"], "runtime_id": rt.id, "user_role": "player"});
    let own_key = &test_keys().private_pem;
    // the same claims signed with the server's key are accepted (the control)
    let mut accepted = raw_connect(&server, &forge(&claims, own_key)).await;
    accepted.send(Message::text("hi")).await.unwrap();
    assert_eq!(
        runtime_reads(&mut runtime).await,
        json!({"client_id": client_id, "encoding": "TXT", "message": "hi"})
    );

    let mut expired = claims.clone();
    expired["iat"] = json!(now() - 7200);
    expired["exp"] = json!(now() - 3600);
    let mut elsewhere = claims.clone();
    // A real runtime, of another tenant's deployment.
    let (_, foreign_runtime) = realtime::deployed_lobby(&server).await;
    elsewhere["runtime_id"] = json!(foreign_runtime.id);
    let mut not_websocket = claims.clone();
    not_websocket["groups"] = json!(["player"]);
    let mut no_role = claims.clone();
    no_role["user_role"] = json!("admin");
    let mut runtime_role = claims.clone();
    runtime_role["user_role"] = json!("runtime"); // the sub is a client, not the runtime's user
    let foreign_key = {
        use rsa::pkcs8::EncodePrivateKey;
        rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
            .unwrap()
            .to_pkcs8_pem(rsa::pkcs8::LineEnding::LF)
            .unwrap()
            .to_string()
    };
    let player_api_token = str_of(
        &server
            .ok(
                "player",
                "create-token",
                None,
                json!({"user_id": p.user_id, "password": p.password}),
            )
            .await,
        "raw_token",
    );
    let bad = [
        ("garbage", "not-a-jwt".to_owned()),
        ("expired", forge(&expired, own_key)),
        ("foreign", forge(&claims, &foreign_key)),
        ("another runtime", forge(&elsewhere, own_key)),
        ("not a websocket token", forge(&not_websocket, own_key)),
        ("unknown user_role", forge(&no_role, own_key)),
        (
            "runtime role with a client subject",
            forge(&runtime_role, own_key),
        ),
        ("player API token", player_api_token),
    ];
    for (what, token) in bad {
        let mut socket = raw_connect(&server, &token).await;
        assert_eq!(close_of(&mut socket, WAIT).await.0, failed, "{what}");
    }
    // no token at all
    let (mut socket, _) = tokio_tungstenite::connect_async(realtime::ws_url(&server, ""))
        .await
        .unwrap();
    assert_eq!(close_of(&mut socket, WAIT).await.0, failed);
    assert!(
        server
            .metric("omgservers_dispatcher_refused_connections_total")
            .await
            >= 10.0
    );

    // Not a WebSocket request: our usual JSON error body.
    let response = server
        .http
        .get(realtime::ws_url(&server, "").replace("ws://", "http://"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["qualifier"], json!("WRONG_REQUEST"), "{body}");
}

omgservers_e2e::on_both_backends!(bad_tokens_are_refused_with_1002);

/// Deleting a runtime closes its room (1001); a kicked client's socket closes (1000); a
/// reconnecting player or runtime replaces its earlier socket (1000) and keeps the room.
async fn kicks_deletions_and_reconnects_close_the_right_sockets(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let mut runtime = raw_connect(&server, &rt.ws_token).await;
    let mut a = realtime::player(&server, &w).await;
    let mut b = realtime::player(&server, &w).await;
    let b_id = b.client_id.unwrap().to_string();
    let a_token = rt.upgrade(&server, &mut a).await;
    let b_token = rt.upgrade(&server, &mut b).await;
    let mut a_ws = PlayerSocket::connect(&server.base, &a_token).await.unwrap();
    let mut b_old = PlayerSocket::connect(&server.base, &b_token).await.unwrap();
    b_old.send(Data::Text("1".into())).await.unwrap();
    runtime_reads(&mut runtime).await;

    // A player reconnecting with its token replaces its old socket and rejoins the room.
    let mut b_ws = PlayerSocket::connect(&server.base, &b_token).await.unwrap();
    assert_eq!(
        player_closed(&mut b_old).await,
        Closed {
            code: 1000,
            reason: "Replaced by a newer connection".into()
        }
    );
    b_ws.send(Data::Text("2".into())).await.unwrap();
    assert_eq!(runtime_reads(&mut runtime).await["message"], json!("2"));

    // So does the runtime: the new socket takes the room over, the players stay.
    let mut runtime2 = raw_connect(&server, &rt.ws_token).await;
    assert_eq!(
        close_of(&mut runtime, WAIT).await.0,
        Some((1000, "Replaced by a newer connection".to_owned()))
    );
    runtime_writes(
        &mut runtime2,
        json!({"clients": null, "encoding": "TXT", "message": "new runtime socket"}),
    )
    .await;
    assert_eq!(
        player_reads(&mut a_ws).await,
        Data::Text("new runtime socket".into())
    );
    assert_eq!(
        player_reads(&mut b_ws).await,
        Data::Text("new runtime socket".into())
    );
    a_ws.send(Data::Text("3".into())).await.unwrap();
    assert_eq!(runtime_reads(&mut runtime2).await["message"], json!("3"));

    // A kicked client (a lobby kick deletes it) loses its socket; its token no longer opens one.
    rt.interchange(
        &server,
        vec![json!({"qualifier": "KICK_CLIENT", "body": {"client_id": b_id}})],
    )
    .await;
    assert_eq!(
        player_closed(&mut b_ws).await,
        Closed {
            code: 1000,
            reason: "The client left the runtime".into()
        }
    );
    let mut again = raw_connect(&server, &b_token).await;
    assert_eq!(close_of(&mut again, WAIT).await.0.map(|c| c.0), Some(1002));

    // Deleting the runtime (with its lobby) closes the room: runtime and players get 1001.
    let state = server.state.as_ref().unwrap();
    let lobby_id = {
        let mut conn = state.db.pool.acquire().await.unwrap();
        runtimes::find(&mut conn, rt.id.parse().unwrap())
            .await
            .unwrap()
            .unwrap()
            .lobby_id
            .unwrap()
    };
    server
        .ok(
            "developer",
            "delete-lobby",
            Some(&w.dev.token),
            json!({"lobby_id": lobby_id}),
        )
        .await;
    assert_eq!(
        player_closed(&mut a_ws).await,
        Closed {
            code: 1001,
            reason: "Room was removed".into()
        }
    );
    assert_eq!(
        close_of(&mut runtime2, WAIT).await.0,
        Some((1001, "Room was removed".to_owned()))
    );
    let mut gone = raw_connect(&server, &rt.ws_token).await;
    assert_eq!(
        close_of(&mut gone, WAIT).await.0.map(|c| c.0),
        Some(1002),
        "a deleted runtime's token opens nothing"
    );
    assert_eq!(server.state.as_ref().unwrap().dispatcher.room_count(), 0);
}

omgservers_e2e::on_both_backends!(kicks_deletions_and_reconnects_close_the_right_sockets);

/// Changes that wake nobody — here written straight to the database, as a kick that raced a
/// socket's opening or a commit found late leaves them — are found by the recheck of the rooms
/// against the database (`dispatcher::recheck`): a client no longer assigned to the room's
/// runtime loses its socket (1000), a deleted runtime's room closes (1001), and the other
/// sockets are left alone.
async fn the_recheck_closes_sockets_whose_place_ended_unseen(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.dispatcher_recheck_interval = Duration::from_millis(200);
    })
    .await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let mut runtime = raw_connect(&server, &rt.ws_token).await;
    let mut a = realtime::player(&server, &w).await;
    let mut b = realtime::player(&server, &w).await;
    let a_token = rt.upgrade(&server, &mut a).await;
    let b_token = rt.upgrade(&server, &mut b).await;
    let mut a_ws = PlayerSocket::connect(&server.base, &a_token).await.unwrap();
    let mut b_ws = PlayerSocket::connect(&server.base, &b_token).await.unwrap();
    // Both joined the room before the changes below.
    for ws in [&mut a_ws, &mut b_ws] {
        ws.send(Data::Text("here".into())).await.unwrap();
        runtime_reads(&mut runtime).await;
    }
    let pool = &server.state.as_ref().unwrap().db.pool;
    let closed_by_recheck = "omgservers_dispatcher_recheck_closed_sockets_total";
    assert_eq!(server.metric(closed_by_recheck).await, 0.0);

    sqlx::query("UPDATE clients SET state = 'DELETED' WHERE id = $1")
        .bind(a.client_id.unwrap().get())
        .execute(pool)
        .await
        .unwrap();
    assert_eq!(
        player_closed(&mut a_ws).await,
        Closed {
            code: 1000,
            reason: "The client left the runtime".into()
        }
    );
    assert_eq!(server.metric(closed_by_recheck).await, 1.0);
    runtime_writes(
        &mut runtime,
        json!({"clients": null, "encoding": "TXT", "message": "still here"}),
    )
    .await;
    assert_eq!(
        player_reads(&mut b_ws).await,
        Data::Text("still here".into()),
        "the player still assigned keeps its socket"
    );

    sqlx::query("DELETE FROM runtimes WHERE id = $1")
        .bind(rt.id.parse::<i64>().unwrap())
        .execute(pool)
        .await
        .unwrap();
    assert_eq!(
        player_closed(&mut b_ws).await,
        Closed {
            code: 1001,
            reason: "Room was removed".into()
        }
    );
    assert_eq!(
        close_of(&mut runtime, WAIT).await.0,
        Some((1001, "Room was removed".to_owned()))
    );
    assert_eq!(server.metric(closed_by_recheck).await, 3.0);
    assert_eq!(server.state.as_ref().unwrap().dispatcher.room_count(), 0);
}

omgservers_e2e::on_both_backends!(the_recheck_closes_sockets_whose_place_ended_unseen);

/// Probing (issue 12): a runtime's tokens outlived a start of it with a new password, so a
/// container of the earlier start still running (on a host cut off when the runtime was started
/// elsewhere) could go on taking the runtime's commands. Each start raises the runtime's token
/// epoch, and a token of an earlier epoch is refused everywhere:
/// - an epoch raised without a wake-up here (as by another node) closes the room at the
///   rooms' recheck (1001), and the API token is refused (401 `WRONG_CREDENTIALS`);
/// - a start on this node refuses the earlier start's long poll in flight at once;
/// - the earlier ws token opens no socket; the new start's tokens work, over HTTP and in a room.
async fn a_runtime_started_again_voids_the_tokens_of_its_earlier_start(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.dispatcher_recheck_interval = Duration::from_millis(200);
    })
    .await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let state = server.state.as_ref().unwrap();
    let runtime_id: i64 = rt.id.parse().unwrap();
    let mut earlier_socket = raw_connect(&server, &rt.ws_token).await;
    let nothing = json!({"outgoing_commands": [], "consumed_commands": []});
    server
        .ok("runtime", "interchange", Some(&rt.api), nothing.clone())
        .await;

    sqlx::query("UPDATE runtimes SET token_epoch = token_epoch + 1 WHERE id = $1")
        .bind(runtime_id)
        .execute(&state.db.pool)
        .await
        .unwrap();
    assert_eq!(
        close_of(&mut earlier_socket, WAIT).await.0,
        Some((1001, "Room was removed".to_owned()))
    );
    assert_eq!(
        server
            .metric("omgservers_dispatcher_recheck_closed_sockets_total")
            .await,
        1.0
    );
    let (qualifier, message) = server
        .fails(
            "runtime",
            "interchange",
            Some(&rt.api),
            nothing.clone(),
            401,
        )
        .await;
    assert_eq!(qualifier, "WRONG_CREDENTIALS");
    assert!(message.contains("earlier start"), "{message}");

    // Tokens of the current epoch, and their long poll in flight when the runtime starts again.
    let current = realtime::runtime_by_id(&server, runtime_id).await;
    let mut consumed = json!([]);
    loop {
        let body = json!({"outgoing_commands": [], "consumed_commands": consumed});
        let answer = server
            .ok("runtime", "interchange", Some(&current.api), body)
            .await;
        let incoming = answer["incoming_commands"].as_array().unwrap();
        if incoming.is_empty() {
            break;
        }
        consumed = incoming.iter().map(|c| c["id"].clone()).collect();
    }
    let polling = {
        let (http, url) = (server.http.clone(), server.url("runtime", "interchange"));
        let api = current.api.clone();
        tokio::spawn(async move {
            let body = json!({"outgoing_commands": [], "consumed_commands": [], "wait_ms": 20000});
            let response = http
                .post(url)
                .bearer_auth(api)
                .json(&body)
                .send()
                .await
                .unwrap();
            (
                response.status().as_u16(),
                response.json::<Value>().await.unwrap(),
            )
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let row = omgservers::game::runtimes::locate(state, runtime_id)
        .await
        .unwrap()
        .expect("the runtime");
    let asked = std::time::Instant::now();
    let (password, epoch) = omgservers::game::runtimes::start_credentials(state, &row)
        .await
        .unwrap();
    assert_eq!(epoch, row.token_epoch + 1, "the start's token epoch");
    let (status, answer) = tokio::time::timeout(WAIT, polling)
        .await
        .expect("the poll ends")
        .unwrap();
    assert_eq!(
        (status, answer["qualifier"].as_str()),
        (401, Some("WRONG_CREDENTIALS")),
        "{answer}"
    );
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "answered after {:?}",
        asked.elapsed()
    );
    for earlier in [&rt.ws_token, &current.ws_token] {
        let mut again = raw_connect(&server, earlier).await;
        assert_eq!(close_of(&mut again, WAIT).await.0.map(|c| c.0), Some(1002));
    }

    let tokens = server
        .ok(
            "runtime",
            "create-token",
            None,
            json!({"runtime_id": rt.id, "password": password}),
        )
        .await;
    let started = realtime::Runtime {
        id: rt.id.clone(),
        api: str_of(&tokens, "api_token"),
        ws_token: str_of(&tokens, "ws_token"),
    };
    let mut runtime = raw_connect(&server, &started.ws_token).await;
    let mut p = realtime::player(&server, &w).await;
    let token = started.upgrade(&server, &mut p).await;
    let mut ws = PlayerSocket::connect(&server.base, &token).await.unwrap();
    ws.send(Data::Text("here".into())).await.unwrap();
    assert_eq!(
        runtime_reads(&mut runtime).await["client_id"],
        json!(p.client_id.unwrap().to_string())
    );
}

omgservers_e2e::on_both_backends!(a_runtime_started_again_voids_the_tokens_of_its_earlier_start);

/// A player that never reads is dropped (1008) once its send queue is full, and counted; the
/// runtime and the other players go on at full speed and lose nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_player_is_dropped_without_stalling_the_room() {
    let server =
        TestServer::start_with(Backend::Sqlite, |c| c.dispatcher_send_queue_frames = 64).await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let mut runtime = raw_connect(&server, &rt.ws_token).await;
    let mut readers = Vec::new();
    for _ in 0..2 {
        let mut p = realtime::player(&server, &w).await;
        let token = rt.upgrade(&server, &mut p).await;
        let mut ws = PlayerSocket::connect(&server.base, &token).await.unwrap();
        ws.send(Data::Text("joined".into())).await.unwrap();
        runtime_reads(&mut runtime).await;
        readers.push(ws);
    }
    let mut slow = realtime::player(&server, &w).await;
    let slow_id = slow.client_id.unwrap().to_string();
    let slow_token = rt.upgrade(&server, &mut slow).await;
    let mut slow_ws = raw_connect(&server, &slow_token).await;
    slow_ws.send(Message::text("joined")).await.unwrap();
    assert_eq!(
        runtime_reads(&mut runtime).await["client_id"],
        json!(slow_id)
    );

    // Small numbered frames to everyone, and 64 KiB frames to the slow player alone: its TCP
    // buffers fill, then its queue of 64; the readers only have to keep up with small frames.
    const FRAMES: usize = 600;
    let payload = "x".repeat(64 * 1024);
    let readers_done: Vec<_> = readers
        .into_iter()
        .map(|mut ws| {
            tokio::spawn(async move {
                for i in 0..FRAMES {
                    match tokio::time::timeout(WAIT, ws.recv())
                        .await
                        .expect("in time")
                    {
                        Some(Data::Text(text)) => {
                            assert_eq!(text, i.to_string(), "frame {i} in order")
                        }
                        other => panic!("frame {i}: {other:?}, closed {:?}", ws.closed()),
                    }
                }
            })
        })
        .collect();
    for i in 0..FRAMES {
        runtime_writes(
            &mut runtime,
            json!({"clients": [slow_id], "encoding": "TXT", "message": payload}),
        )
        .await;
        runtime_writes(
            &mut runtime,
            json!({"clients": null, "encoding": "TXT", "message": i.to_string()}),
        )
        .await;
        // A steady pace rather than one burst: a burst larger than a queue would drop any reader.
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    for reader in readers_done {
        tokio::time::timeout(Duration::from_secs(60), reader)
            .await
            .expect("readers finish")
            .unwrap();
    }
    assert_eq!(
        server
            .metric("omgservers_dispatcher_slow_sockets_dropped_total")
            .await,
        1.0
    );
    let (close, frames) = close_of(&mut slow_ws, WAIT).await;
    assert!(
        frames < 2 * FRAMES,
        "the slow player was cut off ({frames} frames read)"
    );
    // The close frame may be lost when the kernel buffers are full: then the socket just ends.
    if let Some(close) = close {
        assert_eq!(close.0, 1008, "{close:?}");
    }
}

/// Idle sockets close with 1002 "Connection timed out due to inactivity."; a peer that answers
/// pings stays open however quiet it is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_sockets_time_out_but_pongs_keep_them_alive() {
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.expired_connections_idle_timeout = Duration::from_millis(1500);
        c.expired_connections_handler_job_interval = Duration::from_millis(100);
        c.dispatcher_ping_interval = Duration::from_millis(300);
    })
    .await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    // The runtime reads all the time, so it answers pings: it outlives several idle timeouts.
    let runtime = raw_connect(&server, &rt.ws_token).await;
    let (mut runtime_tx, mut runtime_rx) = runtime.split();
    let runtime_reader = tokio::spawn(async move {
        let mut pings = 0;
        while let Some(Ok(message)) = runtime_rx.next().await {
            match message {
                Message::Ping(_) => pings += 1,
                Message::Close(frame) => return (pings, frame.map(|f| u16::from(f.code))),
                _ => {}
            }
        }
        (pings, None)
    });
    let mut p = realtime::player(&server, &w).await;
    let token = rt.upgrade(&server, &mut p).await;
    // A player that never reads, so never answers pings, and sends nothing.
    let mut player = raw_connect(&server, &token).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let (close, _) = close_of(&mut player, WAIT).await;
    assert_eq!(
        close,
        Some((1002, "Connection timed out due to inactivity.".to_owned()))
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        !runtime_reader.is_finished(),
        "the runtime answering pings is still open after 4 s"
    );
    runtime_tx.send(Message::Close(None)).await.unwrap();
    let (pings, _) = runtime_reader.await.unwrap();
    assert!(pings >= 5, "pings every 300 ms ({pings})");
}

/// How a numbered stream ended for one socket.
#[derive(Debug, PartialEq)]
enum StreamEnd {
    /// The sender's `end` frame arrived.
    End,
    /// The server closed the socket (code, reason).
    Closed(Option<(u16, String)>),
    /// The connection dropped.
    Gone,
}

/// The numbered frames a socket receives until an `end` frame or its close, in arrival order;
/// `seen` follows how many have arrived. `number_of` takes a frame's text to its body (a
/// runtime receives JSON, a player the text itself).
async fn numbered(
    mut stream: futures_util::stream::SplitStream<RawSocket>,
    number_of: fn(&str) -> String,
    seen: std::sync::Arc<std::sync::atomic::AtomicUsize>,
) -> (Vec<u64>, StreamEnd) {
    let mut numbers = Vec::new();
    loop {
        let next = tokio::time::timeout(WAIT, stream.next())
            .await
            .expect("a frame or a close in time");
        match next {
            Some(Ok(Message::Text(text))) => {
                let body = number_of(text.as_str());
                if body == "end" {
                    return (numbers, StreamEnd::End);
                }
                numbers.push(body.parse().expect("a numbered frame"));
                seen.store(numbers.len(), std::sync::atomic::Ordering::Relaxed);
            }
            Some(Ok(Message::Close(frame))) => {
                let close = frame.map(|f| (u16::from(f.code), f.reason.as_str().to_owned()));
                return (numbers, StreamEnd::Closed(close));
            }
            Some(Ok(_)) => {}
            Some(Err(_)) | None => return (numbers, StreamEnd::Gone),
        }
    }
}

/// Sends numbered frames (`frame(n)`), one a millisecond, until `stop`; then an `end` frame.
/// Returns the sink and how many were numbered. (At that pace a reader would have to stall for
/// half a second to overflow its 512-frame send queue on a busy machine.)
async fn stream_numbers(
    mut sink: futures_util::stream::SplitSink<RawSocket, Message>,
    frame: impl Fn(&str) -> Message,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> (futures_util::stream::SplitSink<RawSocket, Message>, u64) {
    let mut n = 0u64;
    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
        sink.send(frame(&n.to_string())).await.expect("sent");
        n += 1;
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    sink.send(frame("end")).await.expect("sent");
    (sink, n)
}

async fn until_seen(seen: &std::sync::atomic::AtomicUsize, count: usize) {
    let deadline = std::time::Instant::now() + WAIT;
    while seen.load(std::sync::atomic::Ordering::Relaxed) < count {
        assert!(
            std::time::Instant::now() < deadline,
            "frames stopped arriving"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// What a replaced socket and its successor received of one numbered stream: each in order and
/// without gaps, nothing twice, the successor everything from its first frame to the last sent,
/// and what fell between them at most what the replaced socket still held: its send queue
/// (`queue` frames) and the batch its writer had taken off it (64).
fn assert_handed_over(old: &[u64], new: &[u64], sent: u64, queue: u64, what: &str) {
    let contiguous = |numbers: &[u64]| numbers.windows(2).all(|w| w[1] == w[0] + 1);
    assert!(
        old.first() == Some(&0) && contiguous(old),
        "{what}: the replaced socket's frames are 0, 1, 2…: {old:?}"
    );
    assert!(
        contiguous(new),
        "{what}: the new socket's frames are in order without gaps: {new:?}"
    );
    assert_eq!(
        new.last(),
        Some(&(sent - 1)),
        "{what}: the new socket received up to the last frame sent"
    );
    let (last_old, first_new) = (*old.last().unwrap(), new[0]);
    assert!(
        first_new > last_old,
        "{what}: no frame reached both sockets ({last_old} then {first_new})"
    );
    let lost = first_new - last_old - 1;
    eprintln!(
        "{what}: {} then {} frames, {lost} lost in the handover",
        old.len(),
        new.len()
    );
    assert!(
        lost <= queue + 64,
        "{what}: {lost} frames lost, more than the replaced socket held"
    );
}

/// A player, then the runtime, reconnects while frames stream to it: the relay is at most once
/// and in order per socket (compatibility.md, "Dispatcher"); only what was still queued for the
/// replaced socket is dropped, and everything routed after the new socket joined arrives.
async fn reconnects_with_frames_in_flight(backend: Backend) {
    use std::sync::atomic::{AtomicBool, AtomicUsize};
    use std::sync::Arc;
    let server = TestServer::start(backend).await;
    let (w, rt) = realtime::deployed_lobby(&server).await;
    let (runtime_sink, runtime_stream) = raw_connect(&server, &rt.ws_token).await.split();
    let mut p = realtime::player(&server, &w).await;
    let p_id = p.client_id.unwrap().to_string();
    let token = rt.upgrade(&server, &mut p).await;
    let (mut old_sink, old_stream) = raw_connect(&server, &token).await.split();
    let runtime_seen = Arc::new(AtomicUsize::new(0));
    let runtime_body: fn(&str) -> String = |text| {
        let frame: Value = serde_json::from_str(text).expect("JSON");
        frame["message"]
            .as_str()
            .expect("a text message")
            .to_owned()
    };
    // The player is in the room once a first frame of its reaches the runtime.
    old_sink.send(Message::text("0")).await.unwrap();
    let old_runtime = tokio::spawn(numbered(runtime_stream, runtime_body, runtime_seen.clone()));
    until_seen(&runtime_seen, 1).await;

    // 1. Runtime -> player; the player reconnects mid-stream.
    let (old_seen, new_seen) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let plain: fn(&str) -> String = str::to_owned;
    let old_player = tokio::spawn(numbered(old_stream, plain, old_seen.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let to_player = move |body: &str| {
        Message::text(json!({"clients": [p_id], "encoding": "TXT", "message": body}).to_string())
    };
    let writer = tokio::spawn(stream_numbers(runtime_sink, to_player, stop.clone()));
    until_seen(&old_seen, 100).await;
    let (new_sink, new_stream) = raw_connect(&server, &token).await.split();
    let new_player = tokio::spawn(numbered(new_stream, plain, new_seen.clone()));
    until_seen(&new_seen, 100).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_runtime_sink, sent) = writer.await.unwrap();
    let replaced = StreamEnd::Closed(Some((1000, "Replaced by a newer connection".to_owned())));
    let queue = u64::from(
        server
            .state
            .as_ref()
            .unwrap()
            .config
            .dispatcher_send_queue_frames,
    );
    let (old, end) = old_player.await.unwrap();
    assert_eq!(end, replaced);
    let (new, end) = new_player.await.unwrap();
    assert_eq!(end, StreamEnd::End, "the new socket stayed open to the end");
    assert_handed_over(&old, &new, sent, queue, "runtime -> reconnecting player");

    // 2. Player -> runtime; the runtime reconnects mid-stream (the player's frames numbered
    // afresh, after the `0` that announced it).
    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn(stream_numbers(
        new_sink,
        |body: &str| Message::text(body.to_owned()),
        stop.clone(),
    ));
    // The old runtime reader saw the announcing `0`; wait for 100 of the new stream.
    until_seen(&runtime_seen, 101).await;
    let new_runtime_seen = Arc::new(AtomicUsize::new(0));
    let (_runtime2_sink, runtime2_stream) = raw_connect(&server, &rt.ws_token).await.split();
    let new_runtime = tokio::spawn(numbered(
        runtime2_stream,
        runtime_body,
        new_runtime_seen.clone(),
    ));
    until_seen(&new_runtime_seen, 100).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let (_player_sink, sent) = writer.await.unwrap();
    let (old, end) = old_runtime.await.unwrap();
    assert_eq!(end, replaced);
    let (new, end) = new_runtime.await.unwrap();
    assert_eq!(end, StreamEnd::End, "the new socket stayed open to the end");
    assert_handed_over(
        &old[1..],
        &new,
        sent,
        queue,
        "player -> reconnecting runtime",
    );
}

omgservers_e2e::on_both_backends!(reconnects_with_frames_in_flight);
