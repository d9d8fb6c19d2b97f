//! A real game end to end: two players meet in the tic-tac-toe lobby, are matched into a duel,
//! play to a win, and are sent back to the lobby (runtimes as local processes).

use std::time::Duration;

use crate::common::tic_tac_toe;
use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::types::messages::RuntimeQualifier;
use serde_json::json;

/// A server running the game's runtimes as local processes.
async fn server(backend: Backend) -> TestServer {
    TestServer::start_with(backend, |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_tic-tac-toe").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await
}

async fn play(backend: Backend) {
    let server = server(backend).await;
    let w = tic_tac_toe::world(&server).await;
    fixtures::deploy(&server, &w).await;
    tic_tac_toe::play_to_a_win(&server, &w).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_players_play_to_a_win_sqlite() {
    play(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_players_play_to_a_win_postgres() {
    play(Backend::Postgres).await
}

/// A game database that loses its last commits (a failover to an asynchronous replica) may
/// lose a deployment's first matchmaker while the control plane records it written, and a
/// developer may delete it: players who join after the loss (their clients have no
/// matchmaker) and players who joined before it (theirs names the lost one) are still
/// matched, as the request writes it again; never queued for a matchmaker that is not there.
async fn lost_matchmaker(backend: Backend) {
    let server = server(backend).await;
    let w = tic_tac_toe::world(&server).await;
    let deployment: i64 = fixtures::deploy(&server, &w).await.parse().unwrap();
    let pool = server.state.as_ref().unwrap().db.pool.clone();
    let lose = || async {
        let lost = sqlx::query("DELETE FROM matchmakers WHERE deployment_id = $1")
            .bind(deployment)
            .execute(&pool)
            .await
            .unwrap();
        assert_eq!(lost.rows_affected(), 1);
    };
    let matchmakers = || async {
        sqlx::query_scalar::<_, i64>("SELECT id FROM matchmakers WHERE deployment_id = $1")
            .bind(deployment)
            .fetch_all(&pool)
            .await
            .unwrap()
    };

    // Joined after the loss: their clients have no matchmaker. The game ends with both
    // players back in the lobby, so no match of the lost matchmaker is running below.
    lose().await;
    tic_tac_toe::play_to_a_win(&server, &w).await;
    assert_eq!(
        matchmakers().await,
        [deployment],
        "the first matchmaker, written again"
    );

    // Joined before the loss: their clients name the lost matchmaker.
    let mut players = vec![
        tic_tac_toe::in_the_lobby(&server, &w).await,
        tic_tac_toe::in_the_lobby(&server, &w).await,
    ];
    lose().await;
    for p in &mut players {
        p.send(json!({"play": true})).await.unwrap();
    }
    for p in &mut players {
        tic_tac_toe::assigned(p, RuntimeQualifier::MATCH).await;
    }
    assert_eq!(matchmakers().await, [deployment]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_are_matched_after_their_matchmaker_was_lost_sqlite() {
    lost_matchmaker(Backend::Sqlite).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn players_are_matched_after_their_matchmaker_was_lost_postgres() {
    lost_matchmaker(Backend::Postgres).await
}
