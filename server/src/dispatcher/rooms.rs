//! Rooms: one per runtime, holding the runtime's socket and its players' sockets, each seen
//! through a `Peer` (a bounded send queue plus a way to end the socket).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use axum::extract::ws::Message;
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::{mpsc, Notify};

use super::frames::{Outgoing, Routed};
use super::metrics::DispatcherMetrics;

/// A close frame the server sends (code and reason as upstream where upstream has them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Close {
    pub code: u16,
    pub reason: &'static str,
}

/// Bad, expired or foreign token, no room for a player: the upgrade is accepted, then closed.
pub const FAILED_TO_OPEN: Close = Close {
    code: 1002,
    reason: "Failed to open the dispatcher connection",
};
/// The runtime's socket closed (or the runtime was deleted): its players are closed with this.
pub const ROOM_REMOVED: Close = Close {
    code: 1001,
    reason: "Room was removed",
};
pub const IDLE: Close = Close {
    code: 1002,
    reason: "Connection timed out due to inactivity.",
};
/// A player's send queue overflowed: it reads more slowly than its room writes.
pub const TOO_SLOW: Close = Close {
    code: 1008,
    reason: "Send queue overflow: the connection reads too slowly",
};
/// The same client (or the room's runtime) connected again; the newer socket wins.
pub const REPLACED: Close = Close {
    code: 1000,
    reason: "Replaced by a newer connection",
};
/// The client's assignment to this runtime ended (kicked, moved, deleted).
pub const LEFT_RUNTIME: Close = Close {
    code: 1000,
    reason: "The client left the runtime",
};
pub const SHUTTING_DOWN: Close = Close {
    code: 1001,
    reason: "Server is shutting down",
};

/// How a socket ends: set once, by whoever decides first (the room, the socket itself, the
/// server). `None` ends it without a close frame (the peer is gone or already closed).
#[derive(Debug, Default)]
pub struct Ending {
    close: OnceLock<Option<Close>>,
    notify: Notify,
}

impl Ending {
    /// Ends the socket unless it is already ending; true if this call decided.
    pub fn end(&self, close: Option<Close>) -> bool {
        let first = self.close.set(close).is_ok();
        if first {
            self.notify.notify_waiters();
        }
        first
    }

    /// Resolves once the socket is ending, with the close frame to send.
    pub async fn wait(&self) -> Option<Close> {
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(close) = self.close.get() {
                return *close;
            }
            notified.await;
        }
    }
}

/// One socket as its room sees it.
#[derive(Clone, Debug)]
pub struct Peer {
    /// Unique per socket, so a replaced socket leaving does not remove its successor.
    pub socket: u64,
    pub tx: mpsc::Sender<Message>,
    pub ending: std::sync::Arc<Ending>,
}

#[derive(Debug)]
struct Members {
    runtime: Peer,
    /// The token epoch the runtime's socket was admitted at (`recheck` closes the room once
    /// the runtime is started again).
    runtime_epoch: i64,
    players: HashMap<i64, Peer>,
}

/// A runtime's room.
#[derive(Debug)]
pub struct Room {
    pub runtime_id: i64,
    /// The runtime's deployment: which database holds the room's runtime and players, and
    /// which slot's owner the room lives at (`recheck`).
    pub deployment_id: i64,
    members: Mutex<Members>,
}

impl Room {
    pub(super) fn new(runtime_id: i64, deployment_id: i64, runtime: Peer, epoch: i64) -> Room {
        Room {
            runtime_id,
            deployment_id,
            members: Mutex::new(Members {
                runtime,
                runtime_epoch: epoch,
                players: HashMap::new(),
            }),
        }
    }

    fn members(&self) -> std::sync::MutexGuard<'_, Members> {
        self.members.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The runtime's send queue (it changes when the runtime reconnects).
    pub fn runtime_tx(&self) -> mpsc::Sender<Message> {
        self.members().runtime.tx.clone()
    }

    /// Replaces the runtime's socket, admitted at token epoch `epoch`; returns the previous one.
    pub(super) fn set_runtime(&self, runtime: Peer, epoch: i64) -> Peer {
        let mut members = self.members();
        members.runtime_epoch = epoch;
        std::mem::replace(&mut members.runtime, runtime)
    }

    /// The token epoch the runtime's socket was admitted at.
    pub fn runtime_epoch(&self) -> i64 {
        self.members().runtime_epoch
    }

    /// Whether `socket` is the room's runtime socket.
    pub(super) fn runtime_is(&self, socket: u64) -> bool {
        self.members().runtime.socket == socket
    }

    /// Adds a player; returns the socket it replaces, if the client was connected already.
    pub(super) fn add_player(&self, client_id: i64, peer: Peer) -> Option<Peer> {
        self.members().players.insert(client_id, peer)
    }

    /// Removes a player if `socket` (when given) is still its socket.
    pub(super) fn remove_player(&self, client_id: i64, socket: Option<u64>) -> Option<Peer> {
        let mut members = self.members();
        match (members.players.get(&client_id), socket) {
            (Some(peer), Some(socket)) if peer.socket != socket => None,
            (Some(_), _) => members.players.remove(&client_id),
            (None, _) => None,
        }
    }

    /// The players' clients and their sockets, as they are now.
    pub(super) fn players(&self) -> Vec<(i64, u64)> {
        let members = self.members();
        members
            .players
            .iter()
            .map(|(client_id, peer)| (*client_id, peer.socket))
            .collect()
    }

    /// Ends every socket of the room.
    pub(super) fn end_all(&self, runtime: Option<Close>, players: Option<Close>) {
        let mut members = self.members();
        members.runtime.ending.end(runtime);
        for (_, peer) in members.players.drain() {
            peer.ending.end(players);
        }
    }

    /// Queues a runtime frame to its players without ever waiting: a player whose queue is
    /// full is dropped from the room and closed (1008), so one slow reader cannot stall the
    /// runtime or the other players.
    pub fn route(&self, routed: Routed, metrics: &DispatcherMetrics) {
        let message = match routed.message {
            Outgoing::Text(text) => Message::Text(text.into()),
            Outgoing::Binary(data) => Message::Binary(data),
        };
        let mut members = self.members();
        let mut slow = Vec::new();
        let mut delivered = 0u64;
        let mut deliver = |client_id: i64, peer: &Peer| match peer.tx.try_send(message.clone()) {
            Ok(()) => delivered += 1,
            Err(TrySendError::Full(_)) => slow.push(client_id),
            // The socket is closing; it leaves the room by itself.
            Err(TrySendError::Closed(_)) => {}
        };
        match &routed.clients {
            None => {
                for (client_id, peer) in &members.players {
                    deliver(*client_id, peer);
                }
            }
            Some(clients) => {
                for client_id in clients {
                    if let Some(peer) = members.players.get(client_id) {
                        deliver(*client_id, peer);
                    }
                }
            }
        }
        metrics.frames_to_players.inc_by(delivered);
        for client_id in slow {
            if let Some(peer) = members.players.remove(&client_id) {
                tracing::info!(
                    runtime_id = self.runtime_id,
                    client_id,
                    "dispatcher: dropping a player that reads too slowly"
                );
                peer.ending.end(Some(TOO_SLOW));
                metrics.slow_sockets_dropped.inc();
            }
        }
    }
}
