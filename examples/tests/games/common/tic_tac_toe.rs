//! The tic-tac-toe game played by two players, shared by the tests that run its runtimes as
//! processes and as Docker containers.

use std::time::Duration;

use omgservers_e2e::fixtures::{self, World};
use omgservers_e2e::TestServer;
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(15);

pub async fn server_message(p: &mut PlayerClient, key: &str) -> Value {
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

pub async fn assigned(p: &mut PlayerClient, qualifier: RuntimeQualifier) {
    let found = p
        .wait_for(WAIT, |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == qualifier))
        .await
        .unwrap();
    assert!(found.is_some(), "no {qualifier} assignment");
}

/// The version config of the game: duels of exactly two players.
pub fn config() -> Value {
    json!({"modes": [{"name": "duel", "min_players": 2, "max_players": 2,
        "groups": [{"name": "players", "min_players": 2, "max_players": 2}]}]})
}

/// A tenant with the game's version (no image yet).
pub async fn world(server: &TestServer) -> World {
    fixtures::world_with(server, config()).await
}

/// Two players sign up, meet in the lobby, are matched, play until X wins and are sent back
/// to the lobby. The version must be deployed.
pub async fn play_to_a_win(server: &TestServer, w: &World) {
    play_to_a_win_around(server, w, async {}).await;
}

/// A new player signed up and joined, once assigned to the lobby and greeted by it.
pub async fn in_the_lobby(server: &TestServer, w: &World) -> PlayerClient {
    let mut p = super::players::in_a_lobby(server, w).await;
    server_message(&mut p, "text").await;
    p
}

/// `play_to_a_win`, running `meanwhile` once the match has started and before its moves.
pub async fn play_to_a_win_around(
    server: &TestServer,
    w: &World,
    meanwhile: impl std::future::Future<Output = ()>,
) {
    let mut players = Vec::new();
    for _ in 0..2 {
        let mut p = in_the_lobby(server, w).await;
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

    meanwhile.await;

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
