//! Matchmaking through the wire with a mode of two teams (every other fixture has one group):
//! a lobby runtime asks for matchmaking for four players, and the server makes two matches of
//! two, each seating one player in each team (`ADD_MATCH_CLIENT`'s `group_name`), every player
//! exactly once (wire reference §10; the planner's rules in server/src/game/matchmaking/plan.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

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
    realtime::received(server, runtime, "ADD_MATCH_CLIENT", count).await
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
            let client = realtime::id_of(&seat["client_id"]).to_string();
            assert!(everyone.insert(client), "seated twice: {seat}");
        }
    }
    assert_eq!(everyone, clients, "every player seated once");
}

on_both_backends!(a_two_team_mode_seats_one_player_per_team);

/// A client's id, runtime, runtime qualifier, match and state, as the database holds them.
type ClientPlace = (i64, Option<i64>, Option<String>, Option<i64>, String);

/// One pass over more requests than one statement of its writes takes (they go a few hundred
/// rows per statement, `store::queue::Queue::push_all`): 1,100 players of a lobby queued for a
/// mode of exactly 16. The first 1,088 (oldest first) fill 68 matches, each seated once: its
/// match runtime gets its `ADD_MATCH_CLIENT`, the lobby its `DELETE_CLIENT` (over the wire, from
/// its queue in memory, in order), the player one `RUNTIME_ASSIGNMENT_MESSAGE` naming its
/// match's runtime. The last 12 make no ready match: they stay in the lobby, queued.
async fn a_pass_over_a_thousand_requests_seats_each_player_once(backend: Backend) {
    // The controller's own passes wait an hour: the pass checked is the one run below.
    let server = TestServer::start_with(backend, |c| {
        c.controller_tick = Duration::from_secs(3600);
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(16, 16)).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let lobby = realtime::lobby_runtime_of(&server, &deployment).await;
    let lobby_id: i64 = lobby.id.parse().unwrap();
    // Its queue in memory: the pass's commands must reach it there, not by a reload.
    realtime::received(&server, &lobby, "INIT_RUNTIME", 1).await;
    let queued =
        fixtures::queue_matchmaking(&server, &w, &deployment, "test", 1_100, Some(lobby_id)).await;
    let state = server.state.clone().expect("an in-process server");
    omgservers::game::matchmaking::run(&state)
        .await
        .expect("a matchmaking pass");
    let (placed, waiting) = queued.client_ids.split_at(1_088);
    let pool = &state.db.pool;

    let rows: Vec<ClientPlace> = sqlx::query_as(
        "SELECT id, runtime_id, runtime_qualifier, match_id, state FROM clients WHERE matchmaker_id = $1",
    )
    .bind(queued.matchmaker_id)
    .fetch_all(pool)
    .await
    .unwrap();
    let matches: BTreeMap<i64, i64> = sqlx::query_as::<_, (i64, i64)>(
        "SELECT id, runtime_id FROM matches WHERE matchmaker_id = $1",
    )
    .bind(queued.matchmaker_id)
    .fetch_all(pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    assert_eq!(matches.len(), 68, "1,088 players make 68 matches of 16");
    let mut runtime_of: BTreeMap<i64, i64> = BTreeMap::new();
    let mut per_match: BTreeMap<i64, usize> = BTreeMap::new();
    for (id, runtime, qualifier, match_id, client_state) in rows {
        assert_eq!(client_state, "ASSIGNED", "client {id}");
        if let Some(match_id) = match_id {
            assert_eq!(qualifier.as_deref(), Some("MATCH"), "client {id}");
            assert_eq!(
                runtime,
                matches.get(&match_id).copied(),
                "client {id}'s runtime"
            );
            *per_match.entry(match_id).or_default() += 1;
            runtime_of.insert(id, runtime.unwrap());
        } else {
            assert_eq!(
                (runtime, qualifier.as_deref()),
                (Some(lobby_id), Some("LOBBY")),
                "client {id} left in the lobby"
            );
        }
    }
    assert!(per_match.values().all(|n| *n == 16), "{per_match:?}");
    let placed_set: BTreeSet<i64> = placed.iter().copied().collect();
    assert_eq!(
        runtime_of.keys().copied().collect::<BTreeSet<i64>>(),
        placed_set,
        "the oldest 1,088 are the ones seated"
    );

    // Each placed player added once to its match's runtime, and told once where it went.
    let commands: Vec<(i64, String)> = sqlx::query_as(
        "SELECT runtime_id, body FROM runtime_commands WHERE qualifier = 'ADD_MATCH_CLIENT'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut added: BTreeMap<i64, i64> = BTreeMap::new();
    for (runtime, body) in commands {
        let body: Value = serde_json::from_str(&body).unwrap();
        let client = realtime::id_of(&body["client_id"]);
        assert_eq!(
            added.insert(client, runtime),
            None,
            "client {client} added twice"
        );
    }
    assert_eq!(
        added, runtime_of,
        "ADD_MATCH_CLIENT to each player's match runtime"
    );
    let told: BTreeMap<i64, i64> = fixtures::told_once(pool, "RUNTIME_ASSIGNMENT_MESSAGE")
        .await
        .into_iter()
        .map(|(client, body)| {
            assert_eq!(body["runtime_qualifier"], "MATCH", "{body}");
            (client, realtime::id_of(&body["runtime_id"]))
        })
        .collect();
    assert_eq!(
        told, runtime_of,
        "each player told its match's runtime, once"
    );

    // The lobby hears that each of them left, in the order they were placed, over the wire
    // (two pages of its queue), and nothing more.
    let left = realtime::received(&server, &lobby, "DELETE_CLIENT", placed.len()).await;
    let left: Vec<i64> = left
        .iter()
        .map(|b| realtime::id_of(&b["client_id"]))
        .collect();
    assert_eq!(
        left, placed,
        "DELETE_CLIENT to the lobby, once each, oldest request first"
    );

    let still: Vec<(i64,)> =
        sqlx::query_as("SELECT client_id FROM matchmaker_requests WHERE matchmaker_id = $1")
            .bind(queued.matchmaker_id)
            .fetch_all(pool)
            .await
            .unwrap();
    let still: BTreeSet<i64> = still.into_iter().map(|(id,)| id).collect();
    assert_eq!(
        still,
        waiting.iter().copied().collect(),
        "the last 12 stay queued"
    );

    // A pass that starts no match wakes no other: with the 12 left waiting, one controller pass
    // (matchmaking included) must not set off the next, and the next, for as long as they wait.
    let passes = "omgservers_controller_pass_seconds_count";
    let wake = omgservers::wake::Wakes {
        controller: true,
        ..Default::default()
    };
    state.hub.wake(&wake);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = server.metric(passes).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = server.metric(passes).await;
    assert!(
        after - before <= 1.0,
        "{} controller passes in 1 s",
        after - before
    );
}

on_both_backends!(a_pass_over_a_thousand_requests_seats_each_player_once);
