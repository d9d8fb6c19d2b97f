//! The dispatcher's Prometheus metrics (registered with the server's registry).

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

/// Handles are shared: clones count into the same metric.
#[derive(Clone, Debug)]
pub struct DispatcherMetrics {
    pub sockets: Gauge,
    /// Of `sockets`, those of players (the others are runtimes').
    pub player_sockets: Gauge,
    pub frames_to_runtimes: Counter,
    pub frames_to_players: Counter,
    pub slow_sockets_dropped: Counter,
    pub invalid_frames: Counter,
    pub refused: Counter,
    /// Sockets closed by `recheck`: their place ended without a wake-up.
    pub recheck_closed: Counter,
    /// Players' ping round trips, in seconds (`round_trips`).
    pub player_round_trip: Histogram,
}

impl Default for DispatcherMetrics {
    fn default() -> Self {
        DispatcherMetrics {
            sockets: Gauge::default(),
            player_sockets: Gauge::default(),
            frames_to_runtimes: Counter::default(),
            frames_to_players: Counter::default(),
            slow_sockets_dropped: Counter::default(),
            invalid_frames: Counter::default(),
            refused: Counter::default(),
            recheck_closed: Counter::default(),
            // 0.5 ms .. 4 s
            player_round_trip: Histogram::new(exponential_buckets(0.0005, 2.0, 14)),
        }
    }
}

impl DispatcherMetrics {
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "dispatcher_sockets",
            "Dispatcher WebSockets open (runtimes and players)",
            self.sockets.clone(),
        );
        registry.register(
            "dispatcher_player_sockets",
            "Dispatcher WebSockets open by players (clients connected over WebSocket)",
            self.player_sockets.clone(),
        );
        registry.register(
            "dispatcher_frames_to_runtimes",
            "Player frames queued to their runtime",
            self.frames_to_runtimes.clone(),
        );
        registry.register(
            "dispatcher_frames_to_players",
            "Runtime frames queued to players (one per recipient)",
            self.frames_to_players.clone(),
        );
        registry.register(
            "dispatcher_slow_sockets_dropped",
            "Player sockets closed because their send queue was full",
            self.slow_sockets_dropped.clone(),
        );
        registry.register(
            "dispatcher_invalid_frames",
            "Runtime frames dropped as invalid (not JSON, empty message, bad base64, binary)",
            self.invalid_frames.clone(),
        );
        registry.register(
            "dispatcher_refused_connections",
            "WebSocket connections closed with 1002 at open (bad token, no room, gone)",
            self.refused.clone(),
        );
        registry.register(
            "dispatcher_recheck_closed_sockets",
            "Dispatcher WebSockets closed by the recheck against the database: a deleted runtime's room, a player no longer assigned to the room's runtime, a room of a slot this node lost, whose change woke nobody",
            self.recheck_closed.clone(),
        );
        registry.register(
            "dispatcher_player_round_trip_seconds",
            "Round trips of the pings sent to players' WebSockets (ping to pong), on the hop that ends at the player",
            self.player_round_trip.clone(),
        );
    }
}
