//! A real-time game server over the dispatcher WebSocket.
//!
//! It opens its room first, then upgrades every client it gets (`UPGRADE_CONNECTION`):
//! - as a lobby, it echoes each frame back to its sender (a latency probe; the benchmark
//!   uses it), and a player's HTTP message `{"text": "play"}` asks for a match in the first
//!   mode of the version config;
//! - as a match, it relays each frame, text or binary, to every player of the match, sender
//!   included (the sender's copy is its acknowledgement): positions, inputs, chat.
//!
//! The HTTP interchange runs beside the socket, as it must: it brings the clients and keeps
//! the runtime alive.

use std::time::Duration;

use omgservers_sdk::dispatcher::RuntimeSocket;
use omgservers_sdk::runtime::{RoomOpener, RuntimeClient, RuntimeEnv};
use omgservers_sdk::types::commands::*;
use omgservers_sdk::types::messages::{ConnectionProtocol, RuntimeQualifier};
use omgservers_sdk::types::ClientId;

fn upgrade(client_id: ClientId) -> OutgoingCommand {
    OutgoingCommand::UpgradeConnection(UpgradeConnectionBody {
        client_id,
        protocol: ConnectionProtocol::DISPATCHER,
    })
}

/// Serves the room until the runtime exits; reopens the socket if the connection drops (a
/// runtime's new socket takes its room over, players included).
async fn serve_room(opener: RoomOpener, mut socket: RuntimeSocket, is_match: bool) {
    loop {
        while let Some(frame) = socket.recv().await {
            let to: &[ClientId] = if is_match { &[] } else { &[frame.client_id] };
            if socket.send(to, frame.data).await.is_err() {
                break;
            }
        }
        // 1001: the room was removed (the runtime is being deleted); the interchange ends too.
        if socket.closed().is_some_and(|c| c.code == 1001) {
            return;
        }
        loop {
            tokio::time::sleep(Duration::from_secs(1)).await;
            if let Ok(reopened) = opener.open().await {
                socket = reopened;
                break;
            }
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let result = async {
        let env = RuntimeEnv::from_env()?;
        let is_match = env.qualifier == RuntimeQualifier::MATCH;
        let client = RuntimeClient::connect(env.clone()).await?;
        // The room must exist before any player is upgraded. Opened with the client's cookies:
        // behind a balancer routing by a cluster's route cookie, at the game's node.
        let opener = client.room_opener();
        let socket = opener.open().await?;
        tokio::spawn(serve_room(opener, socket, is_match));
        let mut mode = None;
        client
            .run(move |command| match command {
                IncomingCommandBody::InitRuntime(b) => {
                    mode = b
                        .runtime_config
                        .version_config
                        .modes
                        .first()
                        .map(|m| m.name.clone());
                    vec![]
                }
                IncomingCommandBody::AddClient(b) => vec![upgrade(b.client_id)],
                IncomingCommandBody::AddMatchClient(b) => vec![upgrade(b.client_id)],
                IncomingCommandBody::HandleMessage(b)
                    if !is_match && b.message["text"] == "play" =>
                {
                    match &mode {
                        Some(mode) => vec![OutgoingCommand::RequestMatchmaking(
                            RequestMatchmakingBody {
                                client_id: b.client_id,
                                mode: mode.clone(),
                            },
                        )],
                        None => vec![],
                    }
                }
                _ => vec![],
            })
            .await
    }
    .await;
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("realtime-runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
