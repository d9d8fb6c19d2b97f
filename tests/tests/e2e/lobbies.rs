//! Lobby assignment when lobbies fill (OMGSERVERS_LOBBIES_MAX_CLIENTS, docs/configuration.md):
//! players share a lobby until it is full, then the next player gets a new lobby, started for
//! it; no lobby ever holds more than its maximum.

use std::collections::BTreeMap;
use std::time::Duration;

use omgservers_e2e::fixtures::{self, Seat};
use omgservers_e2e::{on_both_backends, realtime, Backend, TestServer};

/// A last activity far ahead: the inactivity sweep leaves such a client alone.
const ACTIVE: i64 = i64::MAX / 2;

async fn a_new_lobby_opens_when_every_lobby_is_full(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.lobbies_max_clients = 2;
        c.lobbies_warm_minimum = 1;
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    let w = fixtures::world(&server).await;
    fixtures::deploy(&server, &w).await;
    let mut players = Vec::new();
    let mut lobbies: Vec<i64> = Vec::new();
    for _ in 0..5 {
        let (player, lobby) = realtime::assigned_player(&server, &w).await;
        players.push(player);
        lobbies.push(lobby);
    }
    let mut sizes: BTreeMap<i64, usize> = BTreeMap::new();
    for lobby in &lobbies {
        *sizes.entry(*lobby).or_default() += 1;
    }
    // Five players in lobbies of two: three lobbies, two full and one with the fifth.
    let mut counts: Vec<usize> = sizes.values().copied().collect();
    counts.sort_unstable();
    assert_eq!(
        counts,
        vec![1, 2, 2],
        "lobby of each player in turn: {lobbies:?}"
    );
    assert_eq!(
        lobbies[0], lobbies[1],
        "the second player joins the first lobby"
    );
    assert_ne!(
        lobbies[1], lobbies[2],
        "the third finds it full and gets another"
    );
}

on_both_backends!(a_new_lobby_opens_when_every_lobby_is_full);

/// One pass assigns many queued clients at once (server/src/game/assignment.rs
/// `assign_lobbies`): each to the least loaded lobby with room, the older lobby on a tie, oldest
/// client first, never past `OMGSERVERS_LOBBIES_MAX_CLIENTS`; who finds every lobby full stays
/// queued, and the next pass starts a lobby for them. 1,200 clients cross the chunks of every
/// write of the pass (100 queue entries, 100 assignments, 500 ids per statement).
async fn queued_clients_fill_the_least_loaded_lobbies_first(backend: Backend) {
    // The controller passes when woken (the test wakes it), not on its tick.
    let server = TestServer::start_with(backend, |c| {
        c.lobbies_max_clients = 400;
        c.lobbies_warm_minimum = 3;
        c.controller_tick = Duration::from_secs(3600);
    })
    .await;
    let state = server.state.clone().expect("an in-process server");
    let w = fixtures::world(&server).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let lobbies = realtime::warm_lobbies(&server, &deployment, 3).await;
    let ids: Vec<i64> = lobbies.iter().map(|l| l.id.parse().unwrap()).collect();
    // The middle lobby already holds 50 players (it was never told of them).
    fixtures::insert_clients(&server, &w, &deployment, 50, Seat::Lobby(ids[1]), ACTIVE).await;
    let queued =
        fixtures::insert_clients(&server, &w, &deployment, 1_200, Seat::Queued, ACTIVE).await;
    state.hub.wake_controller();

    // The first 100 alternate between the two empty lobbies; then all three hold 50 and take
    // turns, 350 more each, until each is full; the last 50 find no room in this pass.
    let mut expected: Vec<Vec<i64>> = vec![Vec::new(); 3];
    let mut next = queued.client_ids.iter().copied();
    for _ in 0..50 {
        expected[0].extend(next.next());
        expected[2].extend(next.next());
    }
    for _ in 0..350 {
        for lobby in &mut expected {
            lobby.extend(next.next());
        }
    }
    let left: Vec<i64> = next.collect();
    assert_eq!(left.len(), 50);
    for (lobby, expected) in lobbies.iter().zip(&expected) {
        let added = realtime::received(&server, lobby, "ADD_CLIENT", expected.len()).await;
        let added: Vec<i64> = added
            .iter()
            .map(|b| realtime::id_of(&b["client_id"]))
            .collect();
        assert_eq!(
            &added, expected,
            "ADD_CLIENT to lobby {}, once each, oldest first",
            lobby.id
        );
    }

    // The next pass (a tick later; woken here) starts a fourth lobby, and seats them there.
    state.hub.wake_controller();
    let all = realtime::lobby_runtimes_of(&server, &deployment, 4).await;
    assert_eq!(all.len(), 4, "one lobby more, not more");
    let added = realtime::received(&server, &all[3], "ADD_CLIENT", left.len()).await;
    let added: Vec<i64> = added
        .iter()
        .map(|b| realtime::id_of(&b["client_id"]))
        .collect();
    assert_eq!(added, left, "the rest in the new lobby, oldest first");

    // Each client told its lobby, once; none left queued.
    let mut placed: BTreeMap<i64, i64> = BTreeMap::new();
    for (lobby, clients) in all.iter().zip(expected.iter().chain([&left])) {
        let lobby: i64 = lobby.id.parse().unwrap();
        placed.extend(clients.iter().map(|c| (*c, lobby)));
    }
    let pool = &state.db.pool;
    let told: BTreeMap<i64, i64> = fixtures::told_once(pool, "RUNTIME_ASSIGNMENT_MESSAGE")
        .await
        .into_iter()
        .map(|(client, body)| {
            assert_eq!(body["runtime_qualifier"], "LOBBY", "{body}");
            (client, realtime::id_of(&body["runtime_id"]))
        })
        .collect();
    assert_eq!(told, placed, "each client told its lobby, once");
    let (queued_now,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM clients WHERE state = 'QUEUED'")
            .fetch_one(pool)
            .await
            .unwrap();
    assert_eq!(queued_now, 0, "no client left queued");
}

on_both_backends!(queued_clients_fill_the_least_loaded_lobbies_first);
