//! Matchmaking through the wire with a mode of two teams (every other fixture has one group):
//! a lobby runtime asks for matchmaking for four players, and the server makes two matches of
//! two, each seating one player in each team (`ADD_MATCH_CLIENT`'s `group_name`), every player
//! exactly once (wire reference §10; the planner's rules in server/src/game/matchmaking/plan.rs).

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use omgservers_e2e::{fixtures, on_both_backends, realtime, Backend, TestServer};
use serde_json::{json, Value};

/// A duel: two players, one red, one blue.
fn two_teams() -> Value {
    json!({"modes": [{"name": "duel", "min_players": 2, "max_players": 2, "groups": [
        {"name": "red", "min_players": 1, "max_players": 1},
        {"name": "blue", "min_players": 1, "max_players": 1},
    ]}]})
}

/// The `ADD_MATCH_CLIENT` bodies a match runtime receives, once it has `count` of them.
async fn seated(server: &TestServer, runtime: &realtime::Runtime, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seats = Vec::new();
    let mut consumed: Vec<Value> = Vec::new();
    while seats.len() < count {
        assert!(
            Instant::now() < deadline,
            "match {} seated only {seats:?}",
            runtime.id
        );
        let body = json!({"outgoing_commands": [], "consumed_commands": consumed, "wait_ms": 1000});
        let answer = server
            .ok("runtime", "interchange", Some(&runtime.api), body)
            .await;
        let commands = answer["incoming_commands"].as_array().unwrap();
        consumed = commands.iter().map(|c| c["id"].clone()).collect();
        seats.extend(
            commands
                .iter()
                .filter(|c| c["qualifier"] == "ADD_MATCH_CLIENT")
                .map(|c| c["body"].clone()),
        );
    }
    seats
}

async fn a_two_team_mode_seats_one_player_per_team(backend: Backend) {
    let server = TestServer::start(backend).await;
    let w = fixtures::world_with(&server, two_teams()).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let lobby = realtime::lobby_runtime_of(&server, &deployment).await;
    let mut clients = BTreeSet::new();
    for _ in 0..4 {
        let player = realtime::player(&server, &w).await;
        clients.insert(player.client_id.expect("a client").get().to_string());
    }
    let requests: Vec<Value> = clients
        .iter()
        .map(|client| json!({"qualifier": "REQUEST_MATCHMAKING", "body": {"client_id": client, "mode": "duel"}}))
        .collect();
    let answer = lobby.interchange(&server, requests).await;
    assert_eq!(answer["failed_commands"], json!([]), "{answer}");

    let matches = realtime::match_runtimes_of(&server, &deployment, 2).await;
    assert_eq!(matches.len(), 2, "four players make two duels");
    let mut everyone = BTreeSet::new();
    for runtime in &matches {
        let seats = seated(&server, runtime, 2).await;
        let teams: BTreeSet<&str> = seats
            .iter()
            .map(|s| s["group_name"].as_str().unwrap())
            .collect();
        assert_eq!(
            teams,
            BTreeSet::from(["blue", "red"]),
            "match {}: {seats:?}",
            runtime.id
        );
        for seat in &seats {
            let client = seat["client_id"]
                .as_str()
                .map_or_else(|| seat["client_id"].to_string(), str::to_owned);
            assert!(everyone.insert(client), "seated twice: {seat}");
        }
    }
    assert_eq!(everyone, clients, "every player seated once");
}

on_both_backends!(a_two_team_mode_seats_one_player_per_team);
