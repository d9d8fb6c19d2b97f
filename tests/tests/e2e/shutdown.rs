//! Shutdown during long polls (docs/compatibility.md, "Shutdown"): a player's and a runtime's
//! interchange waiting for messages answer, empty, when the server stops, so clients and
//! runtimes reconnect to the next server. A poll left waiting would instead be cut off when
//! the grace period ends (1 s for test servers, against a 20 s wait): a connection error, which
//! fails the test.

use omgservers_e2e::fixtures::str_of;
use omgservers_e2e::{on_both_backends, realtime, Backend, TestServer};
use serde_json::{json, Value};

/// Interchanges, acknowledging what arrives, until an answer brings nothing: the inbox is
/// empty. `list` and `acks` name the answer's and the request's fields.
async fn empty_inbox(
    server: &TestServer,
    area: &str,
    token: &str,
    body: Value,
    list: &str,
    acks: &str,
) {
    let mut consumed: Vec<Value> = Vec::new();
    for _ in 0..50 {
        let mut request = body.clone();
        request[acks] = json!(consumed);
        let answer = server.ok(area, "interchange", Some(token), request).await;
        consumed = answer[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].clone())
            .collect();
        if consumed.is_empty() {
            return;
        }
    }
    panic!("{area}'s inbox never emptied");
}

async fn every_long_poll_answers_when_the_server_stops(backend: Backend) {
    let server = TestServer::start(backend).await;
    let (w, runtime) = realtime::deployed_lobby(&server).await;
    let user = server.ok("player", "create-user", None, json!({})).await;
    let body = json!({"user_id": user["user_id"], "password": user["password"]});
    let player = str_of(
        &server.ok("player", "create-token", None, body).await,
        "raw_token",
    );
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    let client = server
        .ok("player", "create-client", Some(&player), stage)
        .await["client_id"]
        .clone();

    let player_body =
        json!({"client_id": client, "outgoing_messages": [], "consumed_messages": []});
    empty_inbox(
        &server,
        "player",
        &player,
        player_body.clone(),
        "incoming_messages",
        "consumed_messages",
    )
    .await;
    let runtime_body = json!({"outgoing_commands": [], "consumed_commands": []});
    empty_inbox(
        &server,
        "runtime",
        &runtime.api,
        runtime_body.clone(),
        "incoming_commands",
        "consumed_commands",
    )
    .await;

    // Both wait up to 20 s for a message that will not come.
    let poll = |area: &str, token: String, mut body: Value| {
        body["wait_ms"] = json!(20_000);
        let request = server
            .http
            .post(server.url(area, "interchange"))
            .bearer_auth(token)
            .json(&body);
        tokio::spawn(async move {
            let answer = request.send().await.map_err(|e| e.to_string())?;
            let status = answer.status().as_u16();
            let body: Value = answer.json().await.map_err(|e| e.to_string())?;
            Ok::<_, String>((status, body))
        })
    };
    let player_poll = poll("player", player.clone(), player_body);
    let runtime_poll = poll("runtime", runtime.api.clone(), runtime_body);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        !player_poll.is_finished() && !runtime_poll.is_finished(),
        "both polls wait"
    );

    server.stop().await;
    let (status, body) = player_poll
        .await
        .unwrap()
        .expect("the player's poll is answered");
    assert_eq!((status, &body), (200, &json!({"incoming_messages": []})));
    let (status, body) = runtime_poll
        .await
        .unwrap()
        .expect("the runtime's poll is answered");
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["incoming_commands"], json!([]), "{body}");
}

on_both_backends!(every_long_poll_answers_when_the_server_stops);
