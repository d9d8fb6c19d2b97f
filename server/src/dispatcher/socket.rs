//! One dispatcher WebSocket: the endpoint that upgrades it, then a read loop (frames in,
//! liveness) and a write task (its bounded send queue out, batched per flush).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use omgservers_types::ErrorQualifier;
use tokio::sync::mpsc;
use tokio::time::Instant;

use super::admission::{self, Admission, Role};
use super::frames::{self, Payload};
use super::pipe;
use super::rooms::{self, Close, Ending, Peer, Room};
use super::Dispatcher;
use crate::cluster::{forward, Route};
use crate::http::error::ApiError;
use crate::http::router::bearer_token_of;
use crate::state::AppState;

pub const PATH: &str = "/dispatcher/v1/entrypoint/websocket/endpoint";

/// How long a closing socket waits for its close frame to go out and the peer's answer.
const CLOSE_GRACE: Duration = Duration::from_secs(2);
/// Most queued frames written before one flush.
const BATCH: usize = 64;
/// The shortest period of a socket's timers (a zero setting would spin).
pub(crate) const MIN_TICK: Duration = Duration::from_millis(10);

/// `GET /dispatcher/v1/entrypoint/websocket/endpoint?ws_token=…` (sub-protocol `omgservers`).
/// As upstream, a refused token still gets its upgrade, then a 1002 close: WebSocket clients
/// see a close code, not an HTTP status.
pub async fn endpoint(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => {
            return ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorQualifier::WRONG_REQUEST,
                format!("this endpoint takes a WebSocket upgrade with `?ws_token=…`: {rejection}"),
            )
            .into_response()
        }
    };
    let token = bearer_token_of(&headers, &uri);
    let mut admission = admission::admit(&state, token.as_deref())
        .await
        .map(|admitted| Admission {
            piped: forward::is_forwarded(&headers),
            ..admitted
        });
    // In a cluster the room lives at the node owning the runtime's deployment.
    if let (Ok(admitted), Some(token)) = (&admission, token.clone()) {
        match where_room_lives(&state, admitted.deployment_id, &headers).await {
            Ok(None) => {}
            Ok(Some(owner)) => {
                state
                    .metrics
                    .forwards
                    .get_or_create(&crate::http::metrics::ForwardLabels { outcome: "piped" })
                    .inc();
                let own = state.public_uri.to_string();
                let admitted = *admitted;
                return upgrade
                    .protocols(["omgservers"])
                    .max_message_size(state.config.dispatcher_max_message_size)
                    .on_upgrade(move |socket| async move {
                        let pipe = pipe::Pipe {
                            owner_uri: &owner,
                            own_uri: &own,
                            token: &token,
                            admission: admitted,
                            ping_every: state.config.dispatcher_ping_interval,
                        };
                        pipe::run(socket, state.dispatcher.clone(), pipe).await;
                    });
            }
            Err(why) => admission = Err(why),
        }
    }
    // The read buffer is allocated up front (128 KiB by default): small for the many player
    // sockets, larger for a runtime that reads its whole room. Writes are flushed per batch.
    let (read_buffer, write_buffer) = match admission {
        Ok(Admission {
            role: Role::Runtime { .. },
            ..
        }) => (64 * 1024, 64 * 1024),
        _ => (4 * 1024, 8 * 1024),
    };
    upgrade
        .protocols(["omgservers"])
        .max_message_size(state.config.dispatcher_max_message_size)
        .read_buffer_size(read_buffer)
        .write_buffer_size(write_buffer)
        .on_upgrade(move |socket| run(state, socket, admission))
}

/// `None`: the room is here; `Some(uri)`: at that node. A socket piped here by another node
/// whose slot map was older is refused (its client connects again).
async fn where_room_lives(
    state: &AppState,
    deployment_id: i64,
    headers: &HeaderMap,
) -> Result<Option<String>, String> {
    match crate::cluster::route(state, deployment_id).await {
        Ok(Route::Here) => Ok(None),
        Ok(Route::There(_)) if forward::is_forwarded(headers) => {
            Err("piped here by a node with an older slot map".to_owned())
        }
        Ok(Route::There(owner)) => Ok(Some(owner)),
        Err(e) => Err(e.to_string()),
    }
}

/// Milliseconds since the socket opened of its latest traffic, either direction.
struct Activity {
    opened: Instant,
    last: AtomicU64,
}

impl Activity {
    fn new() -> Activity {
        Activity {
            opened: Instant::now(),
            last: AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let now = u64::try_from(self.opened.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last.store(now, Ordering::Relaxed);
    }

    fn idle_for(&self) -> Duration {
        let last = Duration::from_millis(self.last.load(Ordering::Relaxed));
        self.opened.elapsed().saturating_sub(last)
    }
}

async fn run(state: AppState, socket: WebSocket, admission: Result<Admission, String>) {
    let dispatcher = state.dispatcher.clone();
    let admission = match admission {
        Ok(admission) => admission,
        Err(why) => {
            tracing::info!(why = %crate::error::quoted(&why), "dispatcher: connection refused");
            return refuse(&dispatcher, socket).await;
        }
    };
    let capacity = usize::try_from(state.config.dispatcher_send_queue_frames).unwrap_or(512);
    let (tx, rx) = mpsc::channel(capacity);
    let peer = Peer {
        socket: dispatcher.next_socket_id(),
        tx,
        ending: Arc::new(Ending::default()),
    };
    // A ping ahead of any frame of the room: the player's round trip is known from its first
    // read on.
    let _ = peer.tx.try_send(ping(&dispatcher, admission, &peer));
    let room = match admission.role {
        Role::Runtime { token_epoch } => dispatcher.open_runtime(
            admission.runtime_id,
            admission.deployment_id,
            token_epoch,
            peer.clone(),
        ),
        Role::Player { client_id } => {
            dispatcher.join_player(admission.runtime_id, client_id, peer.clone())
        }
    };
    let Some(room) = room else {
        tracing::info!(
            runtime_id = admission.runtime_id,
            "dispatcher: no room (a player before its runtime's socket, or a runtime socket of an earlier start)"
        );
        // The ping queued above awaits no pong now.
        dispatcher
            .round_trips
            .forget(admission.deployment_id, peer.socket);
        return refuse(&dispatcher, socket).await;
    };
    dispatcher.metrics.sockets.inc();
    let player = matches!(admission.role, Role::Player { .. });
    if player {
        dispatcher.metrics.player_sockets.inc();
    }
    let (sink, stream) = socket.split();
    let activity = Arc::new(Activity::new());
    let writer = tokio::spawn(write_loop(sink, rx, peer.ending.clone(), activity.clone()));
    let limits = Limits {
        idle_timeout: state.config.expired_connections_idle_timeout,
        check_every: state
            .config
            .expired_connections_handler_job_interval
            .min(state.config.dispatcher_ping_interval)
            .max(MIN_TICK),
        ping_every: state.config.dispatcher_ping_interval,
    };
    read_loop(
        stream,
        &dispatcher,
        &room,
        admission,
        &peer,
        &activity,
        limits,
    )
    .await;
    match admission.role {
        Role::Runtime { .. } => dispatcher.runtime_left(&room, peer.socket),
        Role::Player { client_id } => {
            dispatcher.player_left(&room, client_id, peer.socket);
            dispatcher
                .round_trips
                .forget(admission.deployment_id, peer.socket);
        }
    }
    peer.ending.end(None);
    let _ = writer.await;
    dispatcher.metrics.sockets.dec();
    if player {
        dispatcher.metrics.player_sockets.dec();
    }
}

/// Closes a socket that could not open with 1002, as upstream.
async fn refuse(dispatcher: &Dispatcher, mut socket: WebSocket) {
    dispatcher.metrics.refused.inc();
    let _ = tokio::time::timeout(CLOSE_GRACE, async {
        socket.send(close_message(rooms::FAILED_TO_OPEN)).await?;
        // Read until the peer answers the close, so the frame is not lost to a reset.
        while let Some(Ok(_)) = socket.recv().await {}
        Ok::<_, axum::Error>(())
    })
    .await;
}

fn close_message(close: Close) -> Message {
    Message::Close(Some(CloseFrame {
        code: close.code,
        reason: close.reason.into(),
    }))
}

#[derive(Clone, Copy)]
struct Limits {
    idle_timeout: Duration,
    check_every: Duration,
    ping_every: Duration,
}

/// Reads frames until the peer closes or the socket is ended; relays them and keeps liveness.
async fn read_loop(
    mut stream: SplitStream<WebSocket>,
    dispatcher: &Dispatcher,
    room: &Room,
    admission: Admission,
    peer: &Peer,
    activity: &Activity,
    limits: Limits,
) {
    let mut check = tokio::time::interval(limits.check_every);
    check.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first ping was queued at open.
    let mut last_ping = Instant::now();
    // Once the socket is ending, keep reading (for the peer's close answer) until this.
    let mut closing: Option<Instant> = None;
    let far = Instant::now() + Duration::from_secs(86400 * 365);
    loop {
        tokio::select! {
            next = stream.next() => {
                let Some(Ok(message)) = next else { break };
                activity.touch();
                if closing.is_none() {
                    handle(message, dispatcher, room, admission, peer).await;
                }
            }
            _ = peer.ending.wait(), if closing.is_none() => {
                closing = Some(Instant::now() + CLOSE_GRACE);
            }
            () = tokio::time::sleep_until(closing.unwrap_or(far)), if closing.is_some() => break,
            _ = check.tick(), if closing.is_none() => {
                if activity.idle_for() > limits.idle_timeout {
                    peer.ending.end(Some(rooms::IDLE));
                } else if last_ping.elapsed() >= limits.ping_every {
                    last_ping = Instant::now();
                    // A full queue is traffic enough; the ping is then skipped.
                    let _ = peer.tx.try_send(ping(dispatcher, admission, peer));
                }
            }
        }
    }
}

/// A ping for the socket: a player's carries the instant it left (`round_trips`); a runtime's
/// is empty (only its liveness matters).
fn ping(dispatcher: &Dispatcher, admission: Admission, peer: &Peer) -> Message {
    match admission.role {
        Role::Player { .. } => Message::Ping(dispatcher.round_trips.ping_payload(peer.socket)),
        Role::Runtime { .. } => Message::Ping(Default::default()),
    }
}

/// One incoming frame.
async fn handle(
    message: Message,
    dispatcher: &Dispatcher,
    room: &Room,
    admission: Admission,
    peer: &Peer,
) {
    let metrics = &dispatcher.metrics;
    match (admission.role, message) {
        (Role::Runtime { .. }, Message::Text(text)) => match frames::from_runtime(text.as_str()) {
            Ok(routed) => room.route(routed, metrics),
            Err(_) => {
                metrics.invalid_frames.inc();
            }
        },
        // Upstream ignores binary frames from a runtime.
        (Role::Runtime { .. }, Message::Binary(_)) => {
            metrics.invalid_frames.inc();
        }
        (Role::Player { client_id }, Message::Text(text)) => {
            forward(
                room,
                peer,
                frames::to_runtime(client_id, Payload::Text(text.as_str())),
                dispatcher,
            )
            .await
        }
        (Role::Player { client_id }, Message::Binary(data)) => {
            forward(
                room,
                peer,
                frames::to_runtime(client_id, Payload::Binary(&data)),
                dispatcher,
            )
            .await
        }
        (Role::Player { .. }, Message::Pong(payload)) if !admission.piped => {
            dispatcher.player_pong(admission.deployment_id, peer.socket, &payload);
        }
        // Pings are answered by the WebSocket layer; other pongs and closes only count as
        // traffic.
        (_, Message::Ping(_) | Message::Pong(_) | Message::Close(_)) => {}
    }
}

/// Queues a player's frame to the runtime. Unlike runtime → player, this waits when the
/// runtime's queue is full: the player's reads pause (TCP pushes back on it) rather than a
/// frame being lost, and the wait ends if the socket is ended meanwhile.
async fn forward(room: &Room, peer: &Peer, frame: String, dispatcher: &Dispatcher) {
    let tx = room.runtime_tx();
    tokio::select! {
        sent = tx.send(Message::Text(frame.into())) => {
            if sent.is_ok() {
                dispatcher.metrics.frames_to_runtimes.inc();
            }
        }
        _ = peer.ending.wait() => {}
    }
}

/// Writes the send queue to the socket, a batch per flush, until the socket is ended; then
/// sends its close frame, if any.
async fn write_loop(
    mut sink: SplitSink<WebSocket, Message>,
    mut rx: mpsc::Receiver<Message>,
    ending: Arc<Ending>,
    activity: Arc<Activity>,
) {
    let close = loop {
        let first = tokio::select! {
            biased;
            close = ending.wait() => break close,
            next = rx.recv() => next,
        };
        let Some(first) = first else { break None };
        let written = tokio::select! {
            biased;
            close = ending.wait() => Err(close),
            result = write_batch(&mut sink, first, &mut rx) => Ok(result),
        };
        match written {
            // Our own pings are not traffic: only the peer's pong says it is alive.
            Ok(Ok(true)) => activity.touch(),
            Ok(Ok(false)) => {}
            Ok(Err(_)) => {
                // The connection is gone; the read loop sees it too.
                ending.end(None);
                break None;
            }
            Err(close) => break close,
        }
    };
    if let Some(close) = close {
        let _ = tokio::time::timeout(CLOSE_GRACE, sink.send(close_message(close))).await;
    }
}

/// Writes `first` and what else is queued (up to a batch), then flushes once. True if a data
/// frame was among them.
async fn write_batch(
    sink: &mut SplitSink<WebSocket, Message>,
    first: Message,
    rx: &mut mpsc::Receiver<Message>,
) -> Result<bool, axum::Error> {
    let mut data = !matches!(first, Message::Ping(_));
    sink.feed(first).await?;
    for _ in 1..BATCH {
        match rx.try_recv() {
            Ok(message) => {
                data |= !matches!(message, Message::Ping(_));
                sink.feed(message).await?
            }
            Err(_) => break,
        }
    }
    sink.flush().await?;
    Ok(data)
}
