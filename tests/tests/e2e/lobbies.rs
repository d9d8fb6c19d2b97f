//! Lobby assignment when lobbies fill (OMGSERVERS_LOBBIES_MAX_CLIENTS, docs/configuration.md):
//! players share a lobby until it is full, then the next player gets a new lobby, started for
//! it; no lobby ever holds more than its maximum.

use std::collections::BTreeMap;
use std::time::Duration;

use omgservers_e2e::{fixtures, on_both_backends, realtime, Backend, TestServer};

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
