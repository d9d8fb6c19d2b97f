//! The dispatcher: the WebSocket relay between a runtime and its players (wire reference §10),
//! served by this server on its own port at `/dispatcher/v1/entrypoint/websocket/endpoint`.
//!
//! A runtime's socket opens its room; its players' sockets join it. Frames are relayed in
//! memory through bounded per-socket queues: nothing touches the database per frame (tokens are
//! checked once, at open, with one read). The game module tells the dispatcher, after its
//! transaction commits, which rooms and players to close (`Wakes::closed_rooms` and
//! `Wakes::departed`), so a deleted runtime or a kicked client loses its sockets.
//!
//! Some changes wake nobody (a kick racing a socket's opening, a commit found late, a slot
//! lost): `recheck` reads the rooms' runtimes and players from the database every few seconds
//! and closes what no longer belongs.
//!
//! Files: `frames` (wire format), `rooms` (room membership and routing), `admission` (tokens),
//! `recheck` (rooms against the database), `socket` (one WebSocket's read and write loops),
//! `pipe` (a socket whose room lives at another node of a cluster), `round_trips` (players'
//! ping round trips), `metrics`.

pub mod admission;
pub mod frames;
pub mod metrics;
pub mod pipe;
pub mod recheck;
pub mod rooms;
pub mod round_trips;
pub mod socket;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

pub use metrics::DispatcherMetrics;
use rooms::{Peer, Room};

use crate::wake::{SocketCloser, Wakes};

/// The rooms of this server, by runtime id.
#[derive(Debug, Default)]
pub struct Dispatcher {
    rooms: Mutex<HashMap<i64, Arc<Room>>>,
    next_socket: AtomicU64,
    pub metrics: DispatcherMetrics,
    pub round_trips: round_trips::RoundTrips,
}

impl Dispatcher {
    pub fn new(metrics: DispatcherMetrics) -> Dispatcher {
        Dispatcher {
            metrics,
            ..Dispatcher::default()
        }
    }

    fn rooms(&self) -> MutexGuard<'_, HashMap<i64, Arc<Room>>> {
        self.rooms.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn next_socket_id(&self) -> u64 {
        self.next_socket.fetch_add(1, Ordering::Relaxed)
    }

    /// A player socket's pong: its round trip is kept and observed.
    pub(crate) fn player_pong(&self, deployment_id: i64, socket: u64, payload: &[u8]) {
        if let Some(rtt) = self.round_trips.pong(deployment_id, socket, payload) {
            self.metrics.player_round_trip.observe(rtt.as_secs_f64());
        }
    }

    /// Opens the runtime's room, or gives an open room this newer runtime socket: a runtime
    /// that reconnects (say, after a half-dead TCP connection) keeps its players. Upstream
    /// refuses a second runtime socket instead.
    pub(crate) fn open_runtime(
        &self,
        runtime_id: i64,
        deployment_id: i64,
        token_epoch: i64,
        peer: Peer,
    ) -> Option<Arc<Room>> {
        let mut rooms = self.rooms();
        if let Some(room) = rooms.get(&runtime_id) {
            // A socket of an earlier start (admitted just before the runtime started again)
            // never replaces the new start's.
            if token_epoch < room.runtime_epoch() {
                return None;
            }
            let previous = room.set_runtime(peer, token_epoch);
            previous.ending.end(Some(rooms::REPLACED));
            return Some(room.clone());
        }
        let room = Arc::new(Room::new(runtime_id, deployment_id, peer, token_epoch));
        rooms.insert(runtime_id, room.clone());
        Some(room)
    }

    /// Adds a player to its runtime's room; `None` when the runtime has no socket open.
    /// A client already connected is replaced by this newer socket.
    pub(crate) fn join_player(
        &self,
        runtime_id: i64,
        client_id: i64,
        peer: Peer,
    ) -> Option<Arc<Room>> {
        let rooms = self.rooms();
        let room = rooms.get(&runtime_id)?;
        if let Some(previous) = room.add_player(client_id, peer) {
            previous.ending.end(Some(rooms::REPLACED));
        }
        Some(room.clone())
    }

    /// A runtime socket ended: if it was still the room's, the room goes and its players are
    /// closed with 1001 "Room was removed".
    pub(crate) fn runtime_left(&self, room: &Arc<Room>, socket: u64) {
        let mut rooms = self.rooms();
        if !room.runtime_is(socket) {
            return;
        }
        if rooms
            .get(&room.runtime_id)
            .is_some_and(|r| Arc::ptr_eq(r, room))
        {
            rooms.remove(&room.runtime_id);
        }
        room.end_all(None, Some(rooms::ROOM_REMOVED));
    }

    /// A player socket ended: it leaves the room (if it was not replaced meanwhile).
    pub(crate) fn player_left(&self, room: &Room, client_id: i64, socket: u64) {
        let _rooms = self.rooms();
        room.remove_player(client_id, Some(socket));
    }

    /// The runtime was deleted: its room and every socket in it close with 1001. False when
    /// it had no room open.
    pub fn close_room(&self, runtime_id: i64) -> bool {
        let Some(room) = self.rooms().remove(&runtime_id) else {
            return false;
        };
        room.end_all(Some(rooms::ROOM_REMOVED), Some(rooms::ROOM_REMOVED));
        true
    }

    /// Closes `room` (1001) if it is still its runtime's room and `still` holds of it, both
    /// judged under the rooms' lock: a room, or a runtime socket, that replaced the one judged
    /// is left alone. False when it was not closed.
    pub fn close_room_if(&self, room: &Arc<Room>, still: impl Fn(&Room) -> bool) -> bool {
        let mut rooms = self.rooms();
        if !rooms
            .get(&room.runtime_id)
            .is_some_and(|current| Arc::ptr_eq(current, room) && still(room))
        {
            return false;
        }
        rooms.remove(&room.runtime_id);
        room.end_all(Some(rooms::ROOM_REMOVED), Some(rooms::ROOM_REMOVED));
        true
    }

    /// The client's assignment to the runtime ended: its socket in that room (only `socket`,
    /// when given: a newer one was admitted after the change) closes with 1000. False when
    /// it had none there.
    pub fn close_player(&self, runtime_id: i64, client_id: i64, socket: Option<u64>) -> bool {
        let rooms = self.rooms();
        if let Some(peer) = rooms
            .get(&runtime_id)
            .and_then(|room| room.remove_player(client_id, socket))
        {
            peer.ending.end(Some(rooms::LEFT_RUNTIME));
            return true;
        }
        false
    }

    /// Server shutdown: every socket closes with 1001.
    pub fn close_all(&self) {
        for (_, room) in self.rooms().drain() {
            room.end_all(Some(rooms::SHUTTING_DOWN), Some(rooms::SHUTTING_DOWN));
        }
    }

    /// The open rooms, as they are now.
    pub(crate) fn open_rooms(&self) -> Vec<Arc<Room>> {
        self.rooms().values().cloned().collect()
    }

    /// Open rooms (for tests and diagnostics).
    pub fn room_count(&self) -> usize {
        self.rooms().len()
    }
}

impl SocketCloser for Dispatcher {
    /// Closes what a committed transaction asks to close.
    fn after_commit(&self, wakes: &Wakes) {
        for runtime_id in &wakes.closed_rooms {
            let _ = self.close_room(*runtime_id);
        }
        for (client_id, runtime_id) in &wakes.departed {
            let _ = self.close_player(*runtime_id, *client_id, None);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn peer(dispatcher: &Dispatcher) -> Peer {
        let (tx, _rx) = tokio::sync::mpsc::channel(1);
        Peer {
            socket: dispatcher.next_socket_id(),
            tx,
            ending: Arc::new(rooms::Ending::default()),
        }
    }

    /// A runtime socket admitted at an earlier token epoch never replaces the room's newer
    /// one; one of the same epoch (a reconnect) does.
    #[test]
    fn a_runtime_socket_of_an_earlier_start_never_replaces_the_new_ones() {
        let dispatcher = Dispatcher::default();
        let room = dispatcher
            .open_runtime(1, 10, 2, peer(&dispatcher))
            .unwrap();
        assert!(dispatcher
            .open_runtime(1, 10, 1, peer(&dispatcher))
            .is_none());
        assert_eq!(room.runtime_epoch(), 2);
        let reconnected = peer(&dispatcher);
        let socket = reconnected.socket;
        let again = dispatcher.open_runtime(1, 10, 2, reconnected).unwrap();
        assert!(Arc::ptr_eq(&room, &again));
        assert!(room.runtime_is(socket));
    }

    /// `close_room_if` closes the room judged only while it is still its runtime's and the
    /// condition still holds of it.
    #[test]
    fn close_room_if_leaves_a_room_that_changed_since_it_was_judged() {
        let dispatcher = Dispatcher::default();
        let judged = dispatcher
            .open_runtime(1, 10, 1, peer(&dispatcher))
            .unwrap();
        // Its runtime socket was replaced by a newer start's since: not behind any more.
        dispatcher
            .open_runtime(1, 10, 2, peer(&dispatcher))
            .unwrap();
        assert!(!dispatcher.close_room_if(&judged, |room| room.runtime_epoch() < 2));
        assert_eq!(dispatcher.room_count(), 1);
        // A newer room of the same runtime is not the one judged.
        assert!(dispatcher.close_room(1));
        let newer = dispatcher
            .open_runtime(1, 10, 3, peer(&dispatcher))
            .unwrap();
        assert!(!dispatcher.close_room_if(&judged, |_| true));
        assert_eq!(dispatcher.room_count(), 1);
        assert!(dispatcher.close_room_if(&newer, |_| true));
        assert_eq!(dispatcher.room_count(), 0);
    }
}
