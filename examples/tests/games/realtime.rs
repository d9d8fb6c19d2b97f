//! A real-time match over the dispatcher: real `realtime-runtime` processes started by the
//! `process` driver, two players through the SDK (HTTP `PlayerClient` and `PlayerSocket`).
//! The lobby upgrades them and echoes their frames; they ask for a match over HTTP; the match
//! upgrades them again and relays every frame, text and binary, to both, while their HTTP
//! interchange keeps them alive in parallel (client inactivity is set to 3 s here).

use std::time::Duration;

use crate::common::players::assigned;
use omgservers::config::RuntimesDriver;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::dispatcher::{Closed, Data, PlayerSocket};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(20);

/// Waits for the runtime's CONNECTION_UPGRADE_MESSAGE and joins its room.
async fn upgraded(server: &TestServer, p: &mut PlayerClient) -> PlayerSocket {
    let message = p
        .wait_for(WAIT, |m| {
            matches!(m, MessageBody::ConnectionUpgradeMessage(_))
        })
        .await
        .unwrap()
        .expect("a CONNECTION_UPGRADE_MESSAGE");
    let MessageBody::ConnectionUpgradeMessage(b) = message.body else {
        unreachable!()
    };
    PlayerSocket::connect(&server.base, &b.web_socket_config.ws_token)
        .await
        .unwrap()
}

async fn reads(ws: &mut PlayerSocket) -> Data {
    tokio::time::timeout(WAIT, ws.recv())
        .await
        .expect("a frame in time")
        .unwrap_or_else(|| panic!("socket closed: {:?}", ws.closed()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_realtime_match_over_the_dispatcher() {
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_realtime-runtime").to_owned());
        c.clients_inactive_interval = Duration::from_secs(3);
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(2, 2)).await;
    fixtures::deploy(&server, &w).await;
    let mut players = Vec::new();
    for _ in 0..2 {
        let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
        p.create_client(&w.tenant, &w.project, &w.stage)
            .await
            .unwrap();
        assigned(&mut p, RuntimeQualifier::LOBBY).await;
        players.push(p);
    }
    let (mut a, mut b) = (players.remove(0), players.remove(0));

    // In the lobby, frames come back to their sender only.
    let mut a_lobby = upgraded(&server, &mut a).await;
    let mut b_lobby = upgraded(&server, &mut b).await;
    a_lobby.send(Data::Text("ping a".into())).await.unwrap();
    b_lobby.send(Data::Binary(vec![9, 9])).await.unwrap();
    assert_eq!(reads(&mut a_lobby).await, Data::Text("ping a".into()));
    assert_eq!(reads(&mut b_lobby).await, Data::Binary(vec![9, 9]));

    // Both ask for a match over HTTP; the match (2 players) forms and upgrades them again.
    // Moving to the match ends their lobby assignment, which closes their lobby sockets.
    for p in [&mut a, &mut b] {
        p.send(json!({"text": "play"})).await.unwrap();
    }
    assigned(&mut a, RuntimeQualifier::MATCH).await;
    assigned(&mut b, RuntimeQualifier::MATCH).await;
    let left = Closed {
        code: 1000,
        reason: "The client left the runtime".into(),
    };
    for ws in [&mut a_lobby, &mut b_lobby] {
        assert_eq!(tokio::time::timeout(WAIT, ws.recv()).await.unwrap(), None);
        assert_eq!(ws.closed(), Some(&left));
    }
    let mut a_ws = upgraded(&server, &mut a).await;
    let mut b_ws = upgraded(&server, &mut b).await;
    // A socket is in the room once its first frame comes back relayed (the upgrade answer
    // reaches the player a moment before the server adds the socket to the room).
    for (ws, hello) in [(&mut a_ws, "hello a"), (&mut b_ws, "hello b")] {
        ws.send(Data::Text(hello.into())).await.unwrap();
        while reads(ws).await != Data::Text(hello.into()) {}
    }
    // a may also have b's hello
    tokio::time::sleep(Duration::from_millis(200)).await;
    while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(100), a_ws.recv()).await {}

    // The HTTP interchange goes on beside the sockets (inactivity would cut them off at 3 s).
    let polls: Vec<_> = [a, b]
        .into_iter()
        .map(|mut p| {
            tokio::spawn(async move {
                let mut seen = Vec::new();
                let until = tokio::time::Instant::now() + Duration::from_secs(6);
                while tokio::time::Instant::now() < until {
                    seen.extend(p.interchange(Vec::new()).await.unwrap());
                }
                seen
            })
        })
        .collect();

    // For 6 s, both players send; the match relays every frame to both, in order.
    let started = tokio::time::Instant::now();
    let mut round = 0u32;
    while started.elapsed() < Duration::from_secs(6) {
        a_ws.send(Data::Text(format!("a moves {round}")))
            .await
            .unwrap();
        b_ws.send(Data::Binary(round.to_be_bytes().to_vec()))
            .await
            .unwrap();
        for ws in [&mut a_ws, &mut b_ws] {
            let mut got = vec![reads(ws).await, reads(ws).await];
            got.sort_by_key(|d| matches!(d, Data::Binary(_)));
            assert_eq!(
                got,
                vec![
                    Data::Text(format!("a moves {round}")),
                    Data::Binary(round.to_be_bytes().to_vec())
                ]
            );
        }
        round += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(round > 20, "{round} rounds");
    for poll in polls {
        let seen = poll.await.unwrap();
        assert!(
            !seen.iter().any(|m| matches!(
                m.body,
                MessageBody::DisconnectionReasonMessage(_)
                    | MessageBody::RuntimeAssignmentMessage(_)
            )),
            "the players stayed in their match: {seen:?}"
        );
    }
}
