//! The inactivity sweep over many clients at once (server/src/game/controller.rs
//! `disconnect_inactive_clients`, `OMGSERVERS_CLIENTS_INACTIVE_INTERVAL`): every client silent
//! past the interval is deleted in one unit, told `CLIENT_INACTIVITY` once
//! (`DISCONNECTION_REASON_MESSAGE`, wire reference §11.2), its lobby told `DELETE_CLIENT`
//! once, its matchmaking request dropped; an active client is left alone. 1,200 clients cross
//! the chunks of every write of the sweep (100 queue entries, 500 ids per statement).

use std::collections::BTreeMap;
use std::time::Duration;

use omgservers_e2e::fixtures::{self, Seat};
use omgservers_e2e::{on_both_backends, realtime, Backend, TestServer};

/// A last activity far ahead: the sweep leaves such a client alone.
const ACTIVE: i64 = i64::MAX / 2;
/// A last activity long past (epoch ms).
const SILENT: i64 = 1;

async fn a_sweep_disconnects_every_silent_client_once(backend: Backend) {
    // The controller passes when woken (the test wakes it), not on its tick.
    let server = TestServer::start_with(backend, |c| {
        c.lobbies_max_clients = 1_000;
        c.lobbies_warm_minimum = 3;
        c.clients_inactive_interval = Duration::from_millis(500);
        c.controller_tick = Duration::from_secs(3600);
    })
    .await;
    let state = server.state.clone().expect("an in-process server");
    let w = fixtures::world(&server).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let lobbies = realtime::warm_lobbies(&server, &deployment, 3).await;
    // All active at first, so that no pass sweeps any before the test has set them up.
    let mut silent: Vec<Vec<i64>> = Vec::new();
    let mut active: Vec<i64> = Vec::new();
    for lobby in &lobbies {
        let seat = Seat::Lobby(lobby.id.parse().unwrap());
        let inserted = fixtures::insert_clients(&server, &w, &deployment, 400, seat, ACTIVE).await;
        silent.push(inserted.client_ids);
        let inserted = fixtures::insert_clients(&server, &w, &deployment, 5, seat, ACTIVE).await;
        active.extend(inserted.client_ids);
    }
    let all_silent: Vec<i64> = silent.concat();
    // Half of the silent ones, and the active ones, wait for a match too: of a mode the version
    // does not have, so that no matchmaking pass takes them first.
    let pool = &state.db.pool;
    let (matchmaker_id,): (i64,) =
        sqlx::query_as("SELECT id FROM matchmakers WHERE deployment_id = $1")
            .bind(deployment.parse::<i64>().unwrap())
            .fetch_one(pool)
            .await
            .unwrap();
    let mut tx = state.begin().await.unwrap();
    for client_id in all_silent.iter().step_by(2).chain(&active) {
        sqlx::query("INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) VALUES ($1, $2, $3, $4, 'unplayed', 0)")
            .bind(state.next_id())
            .bind(w.tenant.parse::<i64>().unwrap())
            .bind(matchmaker_id)
            .bind(*client_id)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    // The interval counts from the server's start at the earliest.
    tokio::time::sleep(Duration::from_millis(600)).await;
    // Then the silent ones fall silent, all at once.
    let mut tx = state.begin().await.unwrap();
    for chunk in all_silent.chunks(100) {
        let ids: Vec<String> = chunk.iter().map(i64::to_string).collect();
        let sql = format!(
            "UPDATE clients SET last_activity = $1 WHERE id IN ({})",
            ids.join(", ")
        );
        sqlx::query(&sql)
            .bind(SILENT)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    state.hub.wake_controller();

    // Each lobby hears that its silent players left, once each, in id order, and nothing more.
    for (lobby, expected) in lobbies.iter().zip(&silent) {
        let left = realtime::received(&server, lobby, "DELETE_CLIENT", expected.len()).await;
        let left: Vec<i64> = left
            .iter()
            .map(|b| realtime::id_of(&b["client_id"]))
            .collect();
        assert_eq!(&left, expected, "DELETE_CLIENT to lobby {}", lobby.id);
    }
    let states: BTreeMap<i64, String> = sqlx::query_as::<_, (i64, String)>(
        "SELECT id, state FROM clients WHERE deployment_id = $1",
    )
    .bind(deployment.parse::<i64>().unwrap())
    .fetch_all(pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    for id in &all_silent {
        assert_eq!(states[id], "DELETED", "silent client {id}");
    }
    for id in &active {
        assert_eq!(states[id], "ASSIGNED", "active client {id}");
    }
    let told: BTreeMap<i64, String> = fixtures::told_once(pool, "DISCONNECTION_REASON_MESSAGE")
        .await
        .into_iter()
        .map(|(client, body)| {
            (
                client,
                body["reason"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let expected: BTreeMap<i64, String> = all_silent
        .iter()
        .map(|id| (*id, "CLIENT_INACTIVITY".to_owned()))
        .collect();
    assert_eq!(
        told, expected,
        "each silent client told why, once; no active one"
    );
    let requests: Vec<(i64,)> = sqlx::query_as(
        "SELECT client_id FROM matchmaker_requests WHERE matchmaker_id = $1 ORDER BY client_id",
    )
    .bind(matchmaker_id)
    .fetch_all(pool)
    .await
    .unwrap();
    let requests: Vec<i64> = requests.into_iter().map(|(id,)| id).collect();
    assert_eq!(
        requests, active,
        "only the active clients' requests are left"
    );
}

on_both_backends!(a_sweep_disconnects_every_silent_client_once);
