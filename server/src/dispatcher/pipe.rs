//! A dispatcher socket whose room lives at another node of a cluster (docs/sharding.md
//! "WebSocket dispatcher"): piped to the owner's dispatcher endpoint, frame for frame, with the
//! caller's own ws token (the owner admits it itself) and the `omgservers-forwarded-by` header,
//! so the owner never pipes it on.
//!
//! When the owner's side ends, its close frame is passed on; when the owner goes away (its
//! connection fails), the socket is closed with 1001 "Room was removed", as a removed room is,
//! and the client reconnects — through any node — to the slot's new owner.
//!
//! Pings and pongs stay on each hop: the pipe pings a player itself, so the player's round
//! trip (`round_trips`) is measured here, on the hop that ends at the player.

use axum::extract::ws::{self, CloseFrame, WebSocket};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame as UpstreamCloseFrame;
use tokio_tungstenite::tungstenite::Message as Upstream;

use std::sync::Arc;
use std::time::Duration;

use super::admission::{Admission, Role};
use super::rooms::{self, Close};
use super::socket::{MIN_TICK, PATH};
use super::Dispatcher;
use crate::cluster::forward::FORWARDED_BY;

/// Where a piped socket goes, and what it is.
pub struct Pipe<'a> {
    pub owner_uri: &'a str,
    pub own_uri: &'a str,
    pub token: &'a str,
    pub admission: Admission,
    pub ping_every: Duration,
}

/// The owner could not be reached: the client connects again (to the new owner).
const OWNER_GONE: Close = rooms::ROOM_REMOVED;

/// Pipes `socket` to the dispatcher of the node at `pipe.owner_uri` until either side ends.
pub async fn run(socket: WebSocket, dispatcher: Arc<Dispatcher>, pipe: Pipe<'_>) {
    let socket_id = dispatcher.next_socket_id();
    let player = matches!(pipe.admission.role, Role::Player { .. });
    relay(socket, &dispatcher, &pipe, socket_id, player).await;
    if player {
        dispatcher
            .round_trips
            .forget(pipe.admission.deployment_id, socket_id);
    }
}

async fn relay(
    mut socket: WebSocket,
    dispatcher: &Dispatcher,
    pipe: &Pipe<'_>,
    socket_id: u64,
    player: bool,
) {
    let Pipe {
        owner_uri,
        own_uri,
        token,
        ..
    } = *pipe;
    let url = format!(
        "{}{PATH}?ws_token={}",
        owner_uri
            .replacen("https://", "wss://", 1)
            .replacen("http://", "ws://", 1),
        url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
    );
    let request = url.into_client_request().map(|mut request| {
        let headers = request.headers_mut();
        headers.insert(
            "sec-websocket-protocol",
            HeaderValue::from_static("omgservers"),
        );
        if let Ok(own) = HeaderValue::from_str(own_uri) {
            headers.insert(FORWARDED_BY, own);
        }
        request
    });
    let upstream = match request {
        Ok(request) => tokio_tungstenite::connect_async(request).await,
        Err(e) => Err(e),
    };
    let upstream = match upstream {
        Ok((upstream, _)) => upstream,
        Err(e) => {
            tracing::info!(owner = owner_uri, error = %e, "dispatcher: cannot pipe to the room's owner");
            let _ = socket.send(close(OWNER_GONE)).await;
            return;
        }
    };
    let (mut to_owner, mut from_owner) = upstream.split();
    let (mut to_client, mut from_client) = socket.split();
    let client_to_owner = async {
        while let Some(Ok(message)) = from_client.next().await {
            if let (true, ws::Message::Pong(payload)) = (player, &message) {
                dispatcher.player_pong(pipe.admission.deployment_id, socket_id, payload);
            }
            let Some(message) = outgoing(message) else {
                continue;
            };
            let closing = matches!(message, Upstream::Close(_));
            if to_owner.send(message).await.is_err() || closing {
                break;
            }
        }
        let _ = to_owner.close().await;
    };
    let owner_to_client = async {
        let mut ping = tokio::time::interval(pipe.ping_every.max(MIN_TICK));
        ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            // Biased to the ping: its first tick (at once) goes ahead of any frame of the room.
            let next = tokio::select! {
                biased;
                _ = ping.tick(), if player => {
                    let payload = dispatcher.round_trips.ping_payload(socket_id);
                    if to_client.send(ws::Message::Ping(payload)).await.is_err() {
                        return;
                    }
                    continue;
                }
                next = from_owner.next() => next,
            };
            match next {
                Some(Ok(message)) => {
                    let Some(message) = incoming(message) else {
                        continue;
                    };
                    let closing = matches!(message, ws::Message::Close(_));
                    if to_client.send(message).await.is_err() || closing {
                        return;
                    }
                }
                // The owner went away without a close: the room is gone for this client.
                Some(Err(_)) | None => {
                    let _ = to_client.send(close(OWNER_GONE)).await;
                    return;
                }
            }
        }
    };
    // Whichever side ends first ends the pipe.
    tokio::select! {
        () = client_to_owner => {}
        () = owner_to_client => {}
    }
}

fn close(close: Close) -> ws::Message {
    ws::Message::Close(Some(CloseFrame {
        code: close.code,
        reason: close.reason.into(),
    }))
}

/// A client frame, as the owner gets it (pings and pongs stay on each hop).
fn outgoing(message: ws::Message) -> Option<Upstream> {
    Some(match message {
        ws::Message::Text(text) => Upstream::text(text.as_str()),
        ws::Message::Binary(bytes) => Upstream::binary(bytes),
        ws::Message::Close(frame) => Upstream::Close(frame.map(|f| UpstreamCloseFrame {
            code: CloseCode::from(f.code),
            reason: f.reason.as_str().into(),
        })),
        ws::Message::Ping(_) | ws::Message::Pong(_) => return None,
    })
}

/// An owner frame, as the client gets it.
fn incoming(message: Upstream) -> Option<ws::Message> {
    Some(match message {
        Upstream::Text(text) => ws::Message::Text(text.as_str().into()),
        Upstream::Binary(bytes) => ws::Message::Binary(bytes),
        Upstream::Close(frame) => ws::Message::Close(frame.map(|f| CloseFrame {
            code: u16::from(f.code),
            reason: f.reason.as_str().into(),
        })),
        Upstream::Ping(_) | Upstream::Pong(_) | Upstream::Frame(_) => return None,
    })
}
