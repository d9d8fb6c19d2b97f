//! A real game end to end: two players meet in the tic-tac-toe lobby, are matched into a duel,
//! play to a win, and are sent back to the lobby.

use std::time::Duration;

use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(15);

async fn server_message(p: &mut PlayerClient, key: &str) -> Value {
    let found = p
        .wait_for(
            WAIT,
            |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message.get(key).is_some()),
        )
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no message with `{key}`"));
    match found.body {
        MessageBody::ServerOutgoingMessage(b) => b.message,
        _ => unreachable!(),
    }
}

async fn assigned(p: &mut PlayerClient, qualifier: RuntimeQualifier) {
    let found = p
        .wait_for(WAIT, |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == qualifier))
        .await
        .unwrap();
    assert!(found.is_some(), "no {qualifier} assignment");
}

async fn play(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_tic-tac-toe").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    let config = json!({"modes": [{"name": "duel", "min_players": 2, "max_players": 2,
        "groups": [{"name": "players", "min_players": 2, "max_players": 2}]}]});
    let w = fixtures::world_with(&server, config).await;
    fixtures::deploy(&server, &w).await;

    let mut players = Vec::new();
    for _ in 0..2 {
        let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
        p.create_client(&w.tenant, &w.project, &w.stage)
            .await
            .unwrap();
        assigned(&mut p, RuntimeQualifier::LOBBY).await;
        server_message(&mut p, "text").await;
        p.send(json!({"play": true})).await.unwrap();
        players.push(p);
    }
    for p in &mut players {
        assigned(p, RuntimeQualifier::MATCH).await;
    }
    // who is X
    let mut marks = Vec::new();
    for p in &mut players {
        marks.push(
            server_message(p, "you").await["you"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let x = marks.iter().position(|m| m == "X").unwrap();
    let o = 1 - x;
    let start = server_message(&mut players[x], "board").await;
    assert_eq!(start["board"], json!("........."));
    assert_eq!(
        start["turn"],
        json!(players[x].client_id.unwrap().to_string())
    );

    // O may not move first
    players[o].send(json!({"move": 4})).await.unwrap();
    assert_eq!(
        server_message(&mut players[o], "error").await["error"],
        json!("not your turn")
    );

    // X takes the top row
    for (player, cell) in [(x, 0), (o, 3), (x, 1), (o, 4), (x, 2)] {
        players[player].send(json!({"move": cell})).await.unwrap();
    }
    for p in &mut players {
        let result = server_message(p, "result").await;
        assert_eq!(result, json!({"result": "X wins", "board": "XXXOO...."}));
        assigned(p, RuntimeQualifier::LOBBY).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_players_play_to_a_win_sqlite() {
    play(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_players_play_to_a_win_postgres() {
    play(Backend::Postgres).await
}
