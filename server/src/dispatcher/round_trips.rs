//! Players' round trip (docs/observability.md "Players' round trip"): every ping the
//! dispatcher sends carries the instant it left (8 bytes, big-endian microseconds since this
//! process's epoch); WebSocket peers echo a ping's payload in their pong (RFC 6455 §5.5.3), so
//! the pong echoing a socket's latest ping tells how long the round trip took — the client's network, its event loop and the
//! socket's send queue included. It is measured on the hop that ends at the player: by the
//! room's socket, or by the pipe when the player reached another node of a cluster.
//!
//! The latest round trip of each player socket is kept here, and published to the database
//! every `PUBLISH_EVERY` (`store::round_trips`) so that any node answers get-stage-status for
//! every node's players. Each pong is also observed by the
//! `omgservers_dispatcher_player_round_trip_seconds` histogram.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::state::AppState;
use crate::store::round_trips::{self, Published};
use crate::store::time::now_millis;

/// How often a node publishes its players' round trips.
pub const PUBLISH_EVERY: Duration = Duration::from_secs(2);

/// The latest round trip of each player socket of this node, by deployment.
#[derive(Debug)]
pub struct RoundTrips {
    epoch: Instant,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// deployment id → socket id → microseconds.
    latest: HashMap<i64, HashMap<u64, u32>>,
    /// socket id → the payload of its latest ping: only the pong echoing it counts, so a peer
    /// cannot report a round trip of its choosing.
    awaited: HashMap<u64, u64>,
}

impl Default for RoundTrips {
    fn default() -> Self {
        RoundTrips {
            epoch: Instant::now(),
            state: Mutex::default(),
        }
    }
}

impl RoundTrips {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn micros(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_micros()).unwrap_or(u64::MAX)
    }

    /// The payload of a ping sent now to `socket`; it is the pong awaited from it.
    pub fn ping_payload(&self, socket: u64) -> Bytes {
        let sent = self.micros();
        self.state().awaited.insert(socket, sent);
        Bytes::copy_from_slice(&sent.to_be_bytes())
    }

    /// A player socket's pong: its round trip, if it echoes the ping awaited from that socket
    /// (a peer may also send unsolicited or made-up pongs, which say nothing about time).
    pub fn pong(&self, deployment_id: i64, socket: u64, payload: &[u8]) -> Option<Duration> {
        let echoed = u64::from_be_bytes(<[u8; 8]>::try_from(payload).ok()?);
        let mut state = self.state();
        if state.awaited.get(&socket) != Some(&echoed) {
            return None;
        }
        state.awaited.remove(&socket);
        let micros = self.micros().checked_sub(echoed)?;
        state
            .latest
            .entry(deployment_id)
            .or_default()
            .insert(socket, u32::try_from(micros).unwrap_or(u32::MAX));
        Some(Duration::from_micros(micros))
    }

    /// A player socket closed: its round trip no longer counts.
    pub fn forget(&self, deployment_id: i64, socket: u64) {
        let mut state = self.state();
        state.awaited.remove(&socket);
        if let Some(sockets) = state.latest.get_mut(&deployment_id) {
            sockets.remove(&socket);
            if sockets.is_empty() {
                state.latest.remove(&deployment_id);
            }
        }
    }

    /// This node's figures, per deployment (copied under the lock, sorted after it).
    pub fn summaries(&self) -> Vec<Published> {
        let copied: Vec<(i64, Vec<u32>)> = self
            .state()
            .latest
            .iter()
            .map(|(&deployment_id, sockets)| (deployment_id, sockets.values().copied().collect()))
            .collect();
        copied
            .into_iter()
            .map(|(deployment_id, round_trips)| Published::of(deployment_id, round_trips))
            .collect()
    }
}

/// Publishes this node's figures every `PUBLISH_EVERY` until aborted; a node without player
/// sockets writes only once, to clear what it published before.
pub async fn publish(state: AppState) {
    let node = state.public_uri.to_string();
    let mut published_any = true; // clear what an earlier run under this address left
    loop {
        let figures = state.dispatcher.round_trips.summaries();
        if !figures.is_empty() || published_any {
            match write(&state, &node, &figures).await {
                Ok(()) => published_any = !figures.is_empty(),
                Err(e) => tracing::warn!(error = %e, "cannot publish players' round trips"),
            }
        }
        tokio::time::sleep(PUBLISH_EVERY).await;
    }
}

/// Removes this node's figures (at a graceful shutdown).
pub async fn withdraw(state: &AppState) {
    let node = state.public_uri.to_string();
    if let Err(e) = write(state, &node, &[]).await {
        tracing::debug!(error = %e, "cannot withdraw players' round trips");
    }
}

/// Each database of game state gets this node's figures of the deployments it holds (and
/// loses its older ones).
async fn write(state: &AppState, node: &str, figures: &[Published]) -> crate::error::Result<()> {
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let held: Vec<Published> = figures
                .iter()
                .filter(|f| state.game(f.deployment_id).is(database))
                .cloned()
                .collect();
            let mut tx = database.begin().await?;
            round_trips::publish(&mut tx, node, &held, now_millis()).await?;
            crate::error::Result::<()>::Ok(tx.commit().await?)
        }
        .await;
        failed.keep(done);
    }
    failed.into_result()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_pong_echoing_our_ping_is_a_round_trip_and_others_are_not() {
        let trips = RoundTrips::default();
        let ping = trips.ping_payload(1);
        let other = trips.ping_payload(2);
        std::thread::sleep(Duration::from_millis(5));
        // Unsolicited, made up (a round trip of the peer's choosing), another socket's ping.
        assert_eq!(trips.pong(7, 2, b"hello"), None);
        assert_eq!(trips.pong(7, 2, &0u64.to_be_bytes()), None);
        assert_eq!(trips.pong(7, 2, &ping), None);
        let rtt = trips.pong(7, 1, &ping).unwrap();
        assert!(rtt >= Duration::from_millis(5), "{rtt:?}");
        // Once: the same pong again says nothing new.
        assert_eq!(trips.pong(7, 1, &ping), None);
        assert!(trips.pong(7, 2, &other).is_some());
        trips.forget(7, 2);
        let summaries = trips.summaries();
        assert_eq!(summaries.len(), 1);
        assert_eq!(summaries[0].players, 1);
        trips.forget(7, 1);
        assert!(trips.summaries().is_empty());
    }
}
