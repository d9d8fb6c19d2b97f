//! The game-level series on `/metrics` (docs/observability.md "Game"): counters and histograms
//! the game loop feeds as things happen (after their commit, never for a rolled-back change),
//! and gauges read from the database when `/metrics` is scraped (`refresh`), so a restart or
//! another node's work never leaves them wrong. In a cluster every node reports the
//! deployments whose slots it owns; sum across nodes. Pool series describe the whole
//! installation's pool and are the same on every node: take one node's (`max`), not the sum.

use std::collections::HashMap;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

use crate::error::Result;
use crate::state::AppState;
use crate::store::gauges;
use crate::store::time::now_millis;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RuntimeLabels {
    /// LOBBY or MATCH.
    pub qualifier: String,
    /// A `RuntimeStatus` (gauges) or an `EventKind` (events).
    pub status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct EventLabels {
    pub qualifier: String,
    /// An `EventKind`: STARTED, ADOPTED, STALE_CONTAINER_REMOVED, RUNTIME_READY, RUNTIME_FAILED,
    /// BACKOFF, WAITING.
    pub kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct FailureLabels {
    pub qualifier: String,
    /// `exited`, `not_started`, `image_pull_failed` or `silent` (`lifecycle::Failure`).
    pub reason: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StateLabels {
    pub state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ModeLabels {
    /// A mode of the version's config.
    pub mode: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    /// `succeeded` or `failed`.
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StepLabels {
    /// A step of the controller's pass, as its log lines name it (`lobbies`, `matchmaking`, …).
    pub step: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HostLabels {
    /// The pool host's id (`omgctl admin get-pool-hosts`).
    pub host: String,
    /// `containers`, `cpus` or `memory_bytes`.
    pub resource: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HostIdLabels {
    pub host: String,
}

/// Handles are shared: clones count into the same series.
#[derive(Clone, Debug)]
pub struct GameMetrics {
    // fed as things happen
    pub runtime_events: Family<EventLabels, Counter>,
    pub runtime_failures: Family<FailureLabels, Counter>,
    pub builds: Family<OutcomeLabels, Counter>,
    pub matchmaking_wait: Family<ModeLabels, Histogram>,
    pub controller_pass: Histogram,
    pub controller_step_failures: Family<StepLabels, Counter>,
    // read at each scrape
    runtimes: Family<RuntimeLabels, Gauge>,
    lobbies: Gauge,
    matches: Family<ModeLabels, Gauge>,
    clients: Family<StateLabels, Gauge>,
    queue: Family<ModeLabels, Gauge>,
    queue_oldest: Family<ModeLabels, Gauge<f64, std::sync::atomic::AtomicU64>>,
    deployments: Family<StateLabels, Gauge>,
    pool_capacity: Family<HostLabels, Gauge<f64, std::sync::atomic::AtomicU64>>,
    pool_reserved: Family<HostLabels, Gauge<f64, std::sync::atomic::AtomicU64>>,
    pool_up: Family<HostIdLabels, Gauge>,
    /// When the gauges were last read (scrapes within `FRESH` of it reuse them).
    refreshed_at: std::sync::Arc<std::sync::Mutex<Option<std::time::Instant>>>,
    /// Each database of game state's rows as last read (in `AppState::game_databases` order):
    /// a database that does not answer counts with them, the others afresh.
    last_rows: std::sync::Arc<std::sync::Mutex<HashMap<usize, GameRows>>>,
}

/// One database's game-state rows for the gauges, by deployment (`store::gauges`).
#[derive(Clone, Debug, Default)]
struct GameRows {
    runtimes: Vec<(i64, String, String, i64)>,
    lobbies: Vec<(i64, i64)>,
    matches: Vec<(i64, String, i64)>,
    clients: Vec<(i64, String, i64)>,
    queues: Vec<(i64, String, i64, i64)>,
}

impl GameRows {
    async fn read(database: &crate::store::databases::Database) -> Result<GameRows> {
        let mut conn = database.acquire().await?;
        Ok(GameRows {
            runtimes: gauges::runtimes(&mut conn).await?,
            lobbies: gauges::lobbies(&mut conn).await?,
            matches: gauges::matches(&mut conn).await?,
            clients: gauges::clients(&mut conn).await?,
            queues: gauges::queues(&mut conn).await?,
        })
    }

    /// The rows of the deployments `keep` says.
    fn retain(mut self, keep: impl Fn(i64) -> bool) -> GameRows {
        self.runtimes.retain(|r| keep(r.0));
        self.lobbies.retain(|r| keep(r.0));
        self.matches.retain(|r| keep(r.0));
        self.clients.retain(|r| keep(r.0));
        self.queues.retain(|r| keep(r.0));
        self
    }

    fn extend(&mut self, other: GameRows) {
        self.runtimes.extend(other.runtimes);
        self.lobbies.extend(other.lobbies);
        self.matches.extend(other.matches);
        self.clients.extend(other.clients);
        self.queues.extend(other.queues);
    }
}

/// How long gauges read from the database are reused: `/metrics` is unauthenticated, and a
/// burst of scrapes must not become a burst of full-table queries.
const FRESH: std::time::Duration = std::time::Duration::from_secs(1);

impl Default for GameMetrics {
    fn default() -> Self {
        GameMetrics {
            runtime_events: Family::default(),
            runtime_failures: Family::default(),
            builds: Family::default(),
            // 0.1 s … ~27 min
            matchmaking_wait: Family::new_with_constructor(|| {
                Histogram::new(exponential_buckets(0.1, 2.0, 15))
            }),
            // 1 ms … ~16 s
            controller_pass: Histogram::new(exponential_buckets(0.001, 2.0, 15)),
            controller_step_failures: Family::default(),
            runtimes: Family::default(),
            lobbies: Gauge::default(),
            matches: Family::default(),
            clients: Family::default(),
            queue: Family::default(),
            queue_oldest: Family::default(),
            deployments: Family::default(),
            pool_capacity: Family::default(),
            pool_reserved: Family::default(),
            pool_up: Family::default(),
            refreshed_at: std::sync::Arc::default(),
            last_rows: std::sync::Arc::default(),
        }
    }
}

impl GameMetrics {
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "runtime_events",
            "Runtime lifecycle events by runtime qualifier and kind (STARTED counts every start and restart of a process or container)",
            self.runtime_events.clone(),
        );
        registry.register(
            "runtime_failures",
            "Runtime failures by qualifier and reason: exited, not_started, image_pull_failed, silent",
            self.runtime_failures.clone(),
        );
        registry.register(
            "builds",
            "Image builds finished, by outcome (succeeded, failed)",
            self.builds.clone(),
        );
        registry.register_with_unit(
            "matchmaking_wait",
            "How long matched requests waited in the queue, by mode",
            Unit::Seconds,
            self.matchmaking_wait.clone(),
        );
        registry.register_with_unit(
            "controller_pass",
            "How long a pass of the game controller took",
            Unit::Seconds,
            self.controller_pass.clone(),
        );
        registry.register(
            "controller_step_failures",
            "Failed steps of the game controller's passes, by step (each is retried at the next pass)",
            self.controller_step_failures.clone(),
        );
        registry.register(
            "runtimes",
            "Runtimes by qualifier (LOBBY, MATCH) and lifecycle status",
            self.runtimes.clone(),
        );
        registry.register("lobbies", "Lobbies", self.lobbies.clone());
        registry.register("matches", "Matches by mode", self.matches.clone());
        registry.register(
            "clients",
            "Clients (players connected) by state: QUEUED for a lobby, ASSIGNED to a runtime, DELETED with messages left to read",
            self.clients.clone(),
        );
        registry.register(
            "matchmaking_queue",
            "Matchmaking requests waiting, by mode",
            self.queue.clone(),
        );
        registry.register_with_unit(
            "matchmaking_oldest_wait",
            "How long the oldest waiting matchmaking request of each mode has waited",
            Unit::Seconds,
            self.queue_oldest.clone(),
        );
        registry.register(
            "deployments",
            "Deployments by state (PENDING, READY, FAILED)",
            self.deployments.clone(),
        );
        registry.register(
            "pool_host_capacity",
            "What a Docker pool host offers runtimes, by resource: containers, cpus, memory_bytes",
            self.pool_capacity.clone(),
        );
        registry.register(
            "pool_host_reserved",
            "What the runtimes on a Docker pool host reserve, by resource: containers, cpus, memory_bytes",
            self.pool_reserved.clone(),
        );
        registry.register(
            "pool_host_up",
            "Whether a Docker pool host answered its last ping (1) or not (0)",
            self.pool_up.clone(),
        );
    }

    /// Reads the gauges afresh unless they were read within the last second: this node's
    /// deployments from the database, the pool from the pool's view. Series that no longer
    /// exist (a mode whose last match ended) are dropped. Callers serialize scrapes.
    pub async fn refresh(&self, state: &AppState) -> Result<()> {
        let last = *self.refreshed_at.lock().unwrap_or_else(|p| p.into_inner());
        if last.is_some_and(|at| at.elapsed() < FRESH) {
            return Ok(());
        }
        let read = self.read_gauges(state).await;
        // Also after a failure: a database that does not answer is asked once a second at
        // most, like the others.
        *self.refreshed_at.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(std::time::Instant::now());
        read
    }

    /// Sets the gauges; a shard database that does not answer counts with its last rows, and
    /// its error is the answer once the others are set.
    async fn read_gauges(&self, state: &AppState) -> Result<()> {
        let owned = |deployment_id: i64| state.writer.slots().owns_deployment(deployment_id);
        let deployments = {
            let mut conn = state.db.pool.acquire().await?;
            gauges::deployments(&mut conn).await?
        };
        // Rows name their deployment: those of every database of game state add up.
        let mut rows = GameRows::default();
        let mut unread = super::FirstError::default();
        for (index, database) in state.game_databases().iter().enumerate() {
            let read = GameRows::read(database).await;
            let mut last = self.last_rows.lock().unwrap_or_else(|p| p.into_inner());
            rows.extend(match unread.keep(read) {
                Some(read) => {
                    last.insert(index, read.clone());
                    read
                }
                // Only the deployments it still holds: a slot moved away since counts where
                // it is now.
                None => last
                    .get(&index)
                    .cloned()
                    .unwrap_or_default()
                    .retain(|deployment| state.databases.of_deployment(deployment).is(database)),
            });
        }
        let GameRows {
            runtimes,
            lobbies,
            matches,
            clients,
            queues,
        } = rows;

        let runtimes = sum(runtimes.into_iter().filter(|r| owned(r.0)).map(|r| {
            let labels = RuntimeLabels {
                qualifier: r.1,
                status: r.2,
            };
            (labels, r.3)
        }));
        set_all(&self.runtimes, runtimes);
        let lobby_count = lobbies.iter().filter(|l| owned(l.0)).map(|l| l.1).sum();
        self.lobbies.set(lobby_count);
        let by_mode = |rows: Vec<(i64, String, i64)>| {
            sum(rows
                .into_iter()
                .filter(|r| owned(r.0))
                .map(|r| (ModeLabels { mode: r.1 }, r.2)))
        };
        set_all(&self.matches, by_mode(matches));
        let by_state = |rows: Vec<(i64, String, i64)>| {
            sum(rows
                .into_iter()
                .filter(|r| owned(r.0))
                .map(|r| (StateLabels { state: r.1 }, r.2)))
        };
        set_all(&self.clients, by_state(clients));
        set_all(&self.deployments, by_state(deployments));
        let queues: Vec<_> = queues.into_iter().filter(|q| owned(q.0)).collect();
        set_all(
            &self.queue,
            sum(queues
                .iter()
                .map(|q| (ModeLabels { mode: q.1.clone() }, q.2))),
        );
        let now = now_millis();
        let mut oldest: HashMap<ModeLabels, i64> = HashMap::new();
        for q in &queues {
            let at = oldest
                .entry(ModeLabels { mode: q.1.clone() })
                .or_insert(q.3);
            *at = (*at).min(q.3);
        }
        set_all(
            &self.queue_oldest,
            oldest
                .into_iter()
                .map(|(mode, at)| (mode, seconds_since(at, now))),
        );
        self.refresh_pool(state);
        unread.into_result()
    }

    fn refresh_pool(&self, state: &AppState) {
        let mut capacity = Vec::new();
        let mut reserved = Vec::new();
        let mut up = Vec::new();
        for host in crate::pool::admin::list(state) {
            let id = host.id.get().to_string();
            let labels = |resource: &str| HostLabels {
                host: id.clone(),
                resource: resource.to_owned(),
            };
            // cpu_used is in ms per 100 ms (100 = one CPU); memory in MiB.
            const MIB: f64 = 1024.0 * 1024.0;
            #[allow(clippy::cast_precision_loss)]
            {
                capacity.push((labels("containers"), host.max_containers as f64));
                capacity.push((labels("cpus"), host.cpu_count as f64));
                capacity.push((labels("memory_bytes"), host.memory_size as f64 * MIB));
                reserved.push((labels("containers"), host.containers as f64));
                reserved.push((labels("cpus"), host.cpu_used as f64 / 100.0));
                reserved.push((labels("memory_bytes"), host.memory_used as f64 * MIB));
            }
            up.push((HostIdLabels { host: id }, i64::from(host.reachable)));
        }
        set_all(&self.pool_capacity, capacity);
        set_all(&self.pool_reserved, reserved);
        set_all(&self.pool_up, up);
    }
}

fn seconds_since(at: i64, now: i64) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let ms = (now - at).max(0) as f64;
    ms / 1000.0
}

/// Adds up values of the same labels (rows of several deployments).
fn sum<L: std::hash::Hash + Eq>(rows: impl Iterator<Item = (L, i64)>) -> HashMap<L, i64> {
    let mut out = HashMap::new();
    for (labels, value) in rows {
        *out.entry(labels).or_insert(0) += value;
    }
    out
}

/// Replaces a family's series with `values`: labels not in it disappear.
fn set_all<L, N, A>(family: &Family<L, Gauge<N, A>>, values: impl IntoIterator<Item = (L, N)>)
where
    L: Clone + std::hash::Hash + Eq,
    A: prometheus_client::metrics::gauge::Atomic<N> + Default,
{
    family.clear();
    for (labels, value) in values {
        family.get_or_create(&labels).set(value);
    }
}
