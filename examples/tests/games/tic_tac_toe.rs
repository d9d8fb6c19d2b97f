//! A real game end to end: two players meet in the tic-tac-toe lobby, are matched into a duel,
//! play to a win, and are sent back to the lobby (runtimes as local processes).

use std::time::Duration;

use crate::common::tic_tac_toe;
use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};

async fn play(backend: Backend) {
    let server = TestServer::start_with(backend, |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_tic-tac-toe").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
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
