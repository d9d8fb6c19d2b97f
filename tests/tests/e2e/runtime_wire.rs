//! The runtime side of the wire, spoken over raw HTTP: token, the full incoming command record,
//! and per-command rejection reported in `failed_commands` without failing the interchange.

use std::time::{Duration, Instant};

use omgservers::game::runtimes;
use omgservers::store::runtimes as runtime_rows;
use omgservers_e2e::fixtures::{self, str_of};
use omgservers_e2e::{both_backends, TestServer};
use serde_json::{json, Value};

/// The deployment's lobby runtime once the controller has created it, with fresh credentials.
async fn lobby_runtime(server: &TestServer) -> (String, String) {
    let state = server.state.as_ref().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let mut conn = state.db.pool.acquire().await.unwrap();
        if let Some(runtime) = runtime_rows::all(&mut conn)
            .await
            .unwrap()
            .into_iter()
            .next()
        {
            let password = runtimes::issue_password(state, &runtime).await.unwrap();
            return (runtime.id.to_string(), password);
        }
        assert!(Instant::now() < deadline, "no lobby runtime");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

both_backends! {
    async fn runtime_interchange_wire_and_rejections(server: TestServer) {
        let w = fixtures::world(&server).await;
        fixtures::deploy(&server, &w).await;
        let (runtime_id, password) = lobby_runtime(&server).await;
        server.fails("runtime", "create-token", None, json!({"runtime_id": runtime_id, "password": "wrong"}), 401).await;
        let tokens = server.ok("runtime", "create-token", None, json!({"runtime_id": runtime_id, "password": password})).await;
        let api = str_of(&tokens, "api_token");
        assert!(str_of(&tokens, "ws_token").split('.').count() == 3);

        // a player in the lobby
        let user = server.ok("player", "create-user", None, json!({})).await;
        let token = str_of(&server.ok("player", "create-token", None, json!({"user_id": user["user_id"], "password": user["password"]})).await, "raw_token");
        let client = str_of(&server.ok("player", "create-client", Some(&token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await, "client_id");

        // INIT_RUNTIME first, then ADD_CLIENT, as full records
        let first = server.ok("runtime", "interchange", Some(&api), json!({"outgoing_commands": [], "consumed_commands": []})).await;
        let commands = first["incoming_commands"].as_array().unwrap();
        assert_eq!(commands[0]["qualifier"], json!("INIT_RUNTIME"));
        assert_eq!(commands[0]["runtime_id"], json!(runtime_id));
        assert_eq!(commands[0]["deleted"], json!(false));
        assert!(commands[0]["idempotency_key"].is_string() && commands[0]["created"].is_string() && commands[0]["modified"].is_string());
        assert!(commands[0]["body"]["runtime_config"]["lobby_config"]["lobby_id"].is_string());
        assert_eq!(commands[0]["body"]["runtime_config"]["match_config"], Value::Null);
        assert_eq!(commands[1]["qualifier"], json!("ADD_CLIENT"));
        assert_eq!(commands[1]["body"]["client_id"], json!(client));
        assert_eq!(commands[1]["body"]["profile"], json!({}));
        let ids: Vec<Value> = commands.iter().map(|c| c["id"].clone()).collect();

        // a real client of another tenant's deployment, which this runtime must not reach
        let other = fixtures::world(&server).await;
        fixtures::deploy(&server, &other).await;
        let stranger = server.ok("player", "create-user", None, json!({})).await;
        let stranger_token = str_of(&server.ok("player", "create-token", None, json!({"user_id": stranger["user_id"], "password": stranger["password"]})).await, "raw_token");
        let stranger_client = str_of(&server.ok("player", "create-client", Some(&stranger_token), json!({"tenant": other.tenant, "project": other.project, "stage": other.stage})).await, "client_id");

        // bad commands are rejected one by one; the good ones run; acknowledgements apply
        let response = server.ok("runtime", "interchange", Some(&api), json!({
            "outgoing_commands": [
                {"qualifier": "SET_ATTRIBUTES", "body": {"client_id": client, "attributes": {}}},
                {"qualifier": "RESPOND_CLIENT", "body": {"client_id": stranger_client, "message": {"x": 1}}},
                {"qualifier": "RESPOND_CLIENT", "body": {"client_id": client.parse::<i64>().unwrap(), "message": {"text": "hi"}}},
                {"qualifier": "REQUEST_MATCHMAKING", "body": {"client_id": client, "mode": "no-such-mode"}},
                {"qualifier": "STOP_MATCHMAKING", "body": []},
                {"qualifier": "BROADCAST_MESSAGE", "body": {"message": {"text": "all"}}, "extra": true}
            ],
            "consumed_commands": ids,
        })).await;
        let failed = response["failed_commands"].as_array().unwrap();
        let rejected: Vec<(u64, &str)> = failed.iter().map(|f| (f["index"].as_u64().unwrap(), f["error"]["qualifier"].as_str().unwrap())).collect();
        assert_eq!(rejected, vec![(0, "WRONG_COMMAND_BODY_TYPE"), (1, "PARENT_NOT_FOUND"), (3, "WRONG_ARGUMENT"), (4, "WRONG_RUNTIME_ID")], "{response}");
        assert!(failed[2]["error"]["message"].as_str().unwrap().contains("no-such-mode"));
        assert_eq!(response["incoming_commands"], json!([]), "acknowledged commands are gone");

        // the player got the two messages of the commands that ran
        let inbox = server.ok("player", "interchange", Some(&token), json!({"client_id": client, "outgoing_messages": [], "consumed_messages": []})).await;
        let texts: Vec<Value> = inbox["incoming_messages"].as_array().unwrap().iter()
            .filter(|m| m["qualifier"] == json!("SERVER_OUTGOING_MESSAGE")).map(|m| m["body"]["message"].clone()).collect();
        assert_eq!(texts, vec![json!({"text": "hi"}), json!({"text": "all"})]);
        // and the other tenant's player got nothing from this runtime
        let theirs = server.ok("player", "interchange", Some(&stranger_token), json!({"client_id": stranger_client, "outgoing_messages": [], "consumed_messages": []})).await;
        let leaked: Vec<&Value> = theirs["incoming_messages"].as_array().unwrap().iter()
            .filter(|m| m["qualifier"] == json!("SERVER_OUTGOING_MESSAGE")).collect();
        assert!(leaked.is_empty(), "{theirs}");

        // the player's message reaches the runtime as HANDLE_MESSAGE with the raw data
        server.ok("player", "interchange", Some(&token), json!({"client_id": client,
            "outgoing_messages": [{"id": 0, "qualifier": "CLIENT_OUTGOING_MESSAGE", "body": {"data": "just a string"}}], "consumed_messages": []})).await;
        let response = server.ok("runtime", "interchange", Some(&api), json!({"outgoing_commands": [], "consumed_commands": [], "wait_ms": 2000})).await;
        assert_eq!(response["incoming_commands"][0]["qualifier"], json!("HANDLE_MESSAGE"));
        assert_eq!(response["incoming_commands"][0]["body"], json!({"client_id": client, "message": "just a string"}));

        // a rejected command is answered at once, not when the long poll ends (issue 15, fault 8)
        let asked = std::time::Instant::now();
        let response = server.ok("runtime", "interchange", Some(&api), json!({
            "outgoing_commands": [{"qualifier": "STOP_MATCHMAKING", "body": []}],
            "consumed_commands": [], "wait_ms": 25000})).await;
        assert_eq!(response["failed_commands"][0]["error"]["qualifier"], json!("WRONG_RUNTIME_ID"), "{response}");
        assert!(asked.elapsed() < std::time::Duration::from_secs(5), "answered after {:?}", asked.elapsed());

        // a player may not send server messages; nothing is forwarded then
        let (qualifier, _) = server.fails("player", "interchange", Some(&token), json!({"client_id": client,
            "outgoing_messages": [{"id": 1, "qualifier": "SERVER_OUTGOING_MESSAGE", "body": {"message": 1}}], "consumed_messages": []}), 400).await;
        assert_eq!(qualifier, "WRONG_CLIENT_MESSAGE_BODY_TYPE");
        // another user's client
        let other = server.ok("player", "create-user", None, json!({})).await;
        let other_token = str_of(&server.ok("player", "create-token", None, json!({"user_id": other["user_id"], "password": other["password"]})).await, "raw_token");
        let (qualifier, _) = server.fails("player", "interchange", Some(&other_token), json!({"client_id": client, "outgoing_messages": [], "consumed_messages": []}), 400).await;
        assert_eq!(qualifier, "WRONG_CLIENT_ID");
        // a player token is not a runtime token
        server.fails("runtime", "interchange", Some(&token), json!({"outgoing_commands": [], "consumed_commands": []}), 403).await;
    }
}

/// Issue 15, fault 6: JSON that players and runtimes exchange arrives exactly as sent — integers
/// beyond 64 bits, decimals beyond a double's precision, exponents beyond its range — in both
/// directions (the server keeps every number's text: serde_json's `arbitrary_precision`). An
/// exponent is written with its sign: `1e400` arrives as `1e+400`, the same number.
const EXACT_NUMBERS: [&str; 5] = [
    "18446744073709551616",
    "-170141183460469231731687303715884105729",
    "3.14159265358979323846264338327950288",
    "1e+400",
    "0.10000000000000000000000001",
];

async fn raw(server: &TestServer, area: &str, op: &str, token: &str, body: String) -> String {
    let response = server
        .http
        .post(server.url(area, op))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{area}/{op}: {status} {text}");
    text
}

both_backends! {
    async fn numbers_pass_through_exactly(server: TestServer) {
        let (w, api, token) = lobby_and_player(&server).await;
        let client = str_of(&server.ok("player", "create-client", Some(&token), json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})).await, "client_id");
        let first = server.ok("runtime", "interchange", Some(&api), json!({"outgoing_commands": [], "consumed_commands": []})).await;
        let ids: Vec<Value> = first["incoming_commands"].as_array().unwrap().iter().map(|c| c["id"].clone()).collect();
        server.ok("runtime", "interchange", Some(&api), json!({"outgoing_commands": [], "consumed_commands": ids})).await;
        let numbers = format!("[{}]", EXACT_NUMBERS.join(", "));

        // player -> runtime
        raw(&server, "player", "interchange", &token, format!(
            r#"{{"client_id": "{client}", "outgoing_messages": [{{"id": 0, "qualifier": "CLIENT_OUTGOING_MESSAGE", "body": {{"data": {{"numbers": {numbers}}}}}}}], "consumed_messages": []}}"#
        )).await;
        let received = raw(&server, "runtime", "interchange", &api,
            r#"{"outgoing_commands": [], "consumed_commands": [], "wait_ms": 2000}"#.to_owned()).await;
        assert!(received.contains("HANDLE_MESSAGE"), "{received}");
        for number in EXACT_NUMBERS {
            assert!(received.contains(number), "the runtime got {received}, not {number}");
        }

        // runtime -> player
        raw(&server, "runtime", "interchange", &api, format!(
            r#"{{"outgoing_commands": [{{"qualifier": "RESPOND_CLIENT", "body": {{"client_id": "{client}", "message": {{"numbers": {numbers}}}}}}}], "consumed_commands": []}}"#
        )).await;
        let delivered = raw(&server, "player", "interchange", &token, format!(
            r#"{{"client_id": "{client}", "outgoing_messages": [], "consumed_messages": [], "wait_ms": 2000}}"#
        )).await;
        assert!(delivered.contains("SERVER_OUTGOING_MESSAGE"), "{delivered}");
        for number in EXACT_NUMBERS {
            assert!(delivered.contains(number), "the player got {delivered}, not {number}");
        }
    }
}

// Probing (issue 12): profiles are written before a call's other commands, so a `SET_PROFILE`
// after a `KICK_CLIENT` of the same client was written and reported done. In the call's order
// the client is gone by then: it is refused and writes nothing, while the one before the kick is
// written.
both_backends! {
    async fn a_profile_set_after_its_client_is_kicked_is_refused(server: TestServer) {
        let (w, api, token) = lobby_and_player(&server).await;
        let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
        let client = str_of(&server.ok("player", "create-client", Some(&token), stage.clone()).await, "client_id");
        let added = added_client(&server, &api, &client).await;
        assert_eq!(added["profile"], json!({}));

        let response = server.ok("runtime", "interchange", Some(&api), json!({
            "outgoing_commands": [
                {"qualifier": "SET_PROFILE", "body": {"client_id": client, "profile": {"before": 1}}},
                {"qualifier": "KICK_CLIENT", "body": {"client_id": client}},
                {"qualifier": "SET_PROFILE", "body": {"client_id": client, "profile": {"after": 2}}}
            ],
            "consumed_commands": [],
        })).await;
        let failed = response["failed_commands"].as_array().unwrap();
        assert_eq!(failed.len(), 1, "{response}");
        assert_eq!(failed[0]["index"], json!(2), "{response}");
        assert_eq!(failed[0]["error"]["qualifier"], json!("PARENT_NOT_FOUND"), "{response}");
        assert!(failed[0]["error"]["message"].as_str().unwrap().contains("command 1"), "{response}");

        // the kick happened, and the player's next client carries the profile set before it
        let response = server.ok("runtime", "interchange", Some(&api), json!({
            "outgoing_commands": [{"qualifier": "RESPOND_CLIENT", "body": {"client_id": client, "message": {}}}],
            "consumed_commands": [],
        })).await;
        assert_eq!(response["failed_commands"][0]["error"]["qualifier"], json!("PARENT_NOT_FOUND"), "{response}");
        let next = str_of(&server.ok("player", "create-client", Some(&token), stage).await, "client_id");
        let added = added_client(&server, &api, &next).await;
        assert_eq!(added["profile"], json!({"before": 1}));
    }
}

/// A deployed world, its lobby runtime's API token, and a signed-up player's token.
async fn lobby_and_player(server: &TestServer) -> (fixtures::World, String, String) {
    let w = fixtures::world(server).await;
    fixtures::deploy(server, &w).await;
    let (runtime_id, password) = lobby_runtime(server).await;
    let tokens = server
        .ok(
            "runtime",
            "create-token",
            None,
            json!({"runtime_id": runtime_id, "password": password}),
        )
        .await;
    let user = server.ok("player", "create-user", None, json!({})).await;
    let token = server
        .ok(
            "player",
            "create-token",
            None,
            json!({"user_id": user["user_id"], "password": user["password"]}),
        )
        .await;
    (w, str_of(&tokens, "api_token"), str_of(&token, "raw_token"))
}

/// The body of the `ADD_CLIENT` that brings `client` to the runtime, its commands acknowledged.
async fn added_client(server: &TestServer, api: &str, client: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut consumed = Vec::new();
    loop {
        let response = server
            .ok(
                "runtime",
                "interchange",
                Some(api),
                json!({"outgoing_commands": [], "consumed_commands": consumed, "wait_ms": 1000}),
            )
            .await;
        let commands = response["incoming_commands"].as_array().unwrap();
        consumed = commands.iter().map(|c| c["id"].clone()).collect();
        if let Some(added) = commands.iter().find(|c| {
            c["qualifier"] == json!("ADD_CLIENT") && c["body"]["client_id"] == json!(client)
        }) {
            server
                .ok(
                    "runtime",
                    "interchange",
                    Some(api),
                    json!({"outgoing_commands": [], "consumed_commands": consumed}),
                )
                .await;
            return added["body"].clone();
        }
        assert!(Instant::now() < deadline, "no ADD_CLIENT for {client}");
    }
}
