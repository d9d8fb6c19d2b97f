//! `omgbench --cluster-nodes 1,2,3` (docs/performance.md "Owner routing"): the player → runtime →
//! player round trip of the HTTP interchange against clusters of 1, 2, 3 … nodes — real
//! `omgservers` processes on one throwaway PostgreSQL, the `process` driver running
//! `echo-runtime` — with the players behind HAProxy (docs/haproxy.cfg), measured on each
//! cluster with HAProxy balancing round robin, as any balancer would, and routing by the route
//! cookie the players keep (docs/sharding.md "Owner routing"). The two differ only in the
//! forwards. Two deployments per node, players spread over them.
//!
//! On one machine the nodes share its cores, so total throughput is not the figure; what shows
//! whether the design scales out is the work per round trip: the nodes' CPU time per round trip
//! and the database commits per node, which stay flat as nodes are added when nothing is
//! shared but the database. Each request reaches the owner in at most one forward: with N nodes
//! and round robin (N-1)/N of the requests are forwarded; by the route cookie none should be
//! (the forwards are counted on the nodes' /metrics; a round trip makes one or more player
//! requests).
//!
//! With `--sustained SECONDS` the comparison gives way to one entry (the route cookie) held that
//! long, its figures printed per 10 s window beside the machine's steal, the nodes' memory and
//! group commits, and the queue tables' dead rows, size and autovacuums, after a window with no
//! load that measures the nodes' own commits (docs/performance.md "Sustained load, and the
//! machine's steal").
//!
//! With `--shard-databases K` the nodes keep the game state in K shard databases of the same
//! PostgreSQL (docs/sharding.md "Several databases"), the control plane in the system
//! database; the last column then gives each database's share of the commits.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::json;

use crate::cluster::{forwards_answered, metric_sum, owner, settled, Haproxy, Node, NodeSpec};
use crate::machine::MachineTicks;
use crate::stats::{summarize, Stopwatch};
use crate::{fixtures, postgres};

const SLOTS: u32 = 64;

/// Round trips before each measured run, at its entry.
const WARM_UP: Duration = Duration::from_secs(3);

/// The settings of the shard databases, by index (`--shard-databases` takes up to 4).
const SHARD_URLS: [&str; 4] = [
    "OMGSERVERS_DATABASE_SHARDS_0_URL",
    "OMGSERVERS_DATABASE_SHARDS_1_URL",
    "OMGSERVERS_DATABASE_SHARDS_2_URL",
    "OMGSERVERS_DATABASE_SHARDS_3_URL",
];

pub const MAX_SHARD_DATABASES: usize = SHARD_URLS.len();

pub struct Spec {
    pub node_counts: Vec<usize>,
    /// Shard databases (0: game state in the system database).
    pub shard_databases: usize,
    pub players: usize,
    pub seconds: u64,
    /// When above 0: instead of the comparison, the route cookie's entry held this long, its
    /// figures printed per `WINDOW` (`--sustained`).
    pub sustained: u64,
    pub server: PathBuf,
    pub runtime: PathBuf,
}

pub async fn run(spec: &Spec) {
    if spec.sustained > 0 {
        for nodes in &spec.node_counts {
            sustained(spec, *nodes).await;
        }
        return;
    }
    println!(
        "| balancer | nodes | deployments per node | round trips | per second | p50 ms | p99 ms | node CPU ms per round trip | forwards per round trip | HAProxy CPU ms per round trip | database commits per second per node | commits by database (system / shard 0 / …) | steal % |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for nodes in &spec.node_counts {
        one(spec, *nodes).await;
    }
}

/// A cluster of `count` nodes on a fresh database (and shard databases), two deployments per
/// node, and `spec.players` players, each in a lobby.
struct Cluster {
    nodes: Vec<Node>,
    /// A connection to each database, for its commit counts.
    statistics: Vec<sqlx::PgPool>,
    players: Arc<Vec<tokio::sync::Mutex<PlayerClient>>>,
    /// Deployments per node ("2 / 1 / 3").
    placement: String,
}

impl Cluster {
    async fn start(spec: &Spec, count: usize) -> Cluster {
        let database = postgres::fresh_database().await;
        let mut shards = Vec::new();
        for _ in 0..spec.shard_databases.min(MAX_SHARD_DATABASES) {
            shards.push(postgres::fresh_database().await);
        }
        let mut statistics = Vec::new();
        for url in std::iter::once(&database).chain(&shards) {
            statistics.push(
                sqlx::PgPool::connect(url)
                    .await
                    .expect("the benchmark's database"),
            );
        }
        let mut node_spec = NodeSpec {
            server: spec.server.clone(),
            runtime: spec.runtime.clone(),
            database_url: database.clone(),
            shard_count: SLOTS,
            lease_ttl: "10s",
            env: vec![
                ("OMGSERVERS_LOBBIES_MAX_CLIENTS", "100000".to_owned()),
                ("OMGSERVERS_DATABASE_MAX_CONNECTIONS", "32".to_owned()),
                ("OMGSERVERS_LOGGING_LEVEL", "warn".to_owned()),
            ],
        };
        for (setting, url) in SHARD_URLS.iter().zip(&shards) {
            node_spec.env.push((setting, url.clone()));
        }
        let nodes: Vec<Node> = (0..count).map(|_| Node::start(&node_spec)).collect();
        let api = &nodes[0].api;
        settled(api, count, SLOTS as usize, Duration::from_secs(60)).await;

        let deployments = 2 * count;
        let mut worlds = Vec::new();
        let mut placement = vec![0usize; count];
        for _ in 0..deployments {
            let w = fixtures::world_with(api, fixtures::config(1, 16)).await;
            let deployment = fixtures::deploy(api, &w).await;
            let at = owner(api, &deployment).await;
            if let Some(i) = nodes.iter().position(|n| n.uri == at) {
                placement[i] += 1;
            }
            worlds.push(w);
        }
        let mut players = Vec::new();
        for i in 0..spec.players {
            let w = &worlds[i % deployments];
            let mut p = PlayerClient::sign_up(&nodes[i % count].api.base)
                .await
                .expect("sign up");
            p.create_client(&w.tenant, &w.project, &w.stage)
                .await
                .expect("client");
            let assigned = p
                .wait_for(Duration::from_secs(60), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::LOBBY))
                .await
                .expect("interchange");
            assert!(assigned.is_some(), "no lobby assignment");
            players.push(tokio::sync::Mutex::new(p));
        }
        let placement = placement
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" / ");
        Cluster {
            nodes,
            statistics,
            players: Arc::new(players),
            placement,
        }
    }

    fn cpu_time(&self) -> Duration {
        self.nodes.iter().map(Node::cpu_time).sum()
    }
}

async fn one(spec: &Spec, count: usize) {
    let cluster = Cluster::start(spec, count).await;
    let Cluster {
        nodes,
        statistics,
        players,
        placement,
    } = &cluster;
    let (listen, front) = front_address();
    // A-B-B-A: the machine's steal moves the figures within a minute (by over half on this
    // machine: docs/performance.md "Sustained load, and the machine's steal"), and this order takes a steady drift out
    // of the comparison; the steal column tells how far a row was measured under it.
    let mut tallies = [Tally::default(), Tally::default()];
    for entry in [
        Entry::RoundRobin,
        Entry::RouteCookie,
        Entry::RouteCookie,
        Entry::RoundRobin,
    ] {
        // Started for each run: a balancer only routes by the cookie when told to.
        let haproxy = match entry {
            Entry::RoundRobin => Haproxy::start_ignoring_the_route_cookie(&listen, nodes),
            Entry::RouteCookie => Haproxy::start(&listen, nodes),
        };
        // Unmeasured: connections set up, and the players' cookies set.
        round_trips(players, &front, Instant::now() + WARM_UP).await;
        let cpu_before = cluster.cpu_time();
        let balancer_before = haproxy.cpu_time();
        let forwards_before = forwards_answered(nodes).await;
        let commits_before = commits_of(statistics).await;
        let watch = Stopwatch::start();
        let deadline = watch.started() + Duration::from_secs(spec.seconds);
        let samples = round_trips(players, &front, deadline).await;
        let tally = &mut tallies[entry as usize];
        tally.elapsed += watch.elapsed();
        tally.machine += watch.machine();
        tally.samples.extend(samples);
        tally.nodes_cpu += cluster.cpu_time().saturating_sub(cpu_before);
        tally.balancer_cpu += haproxy.cpu_time().saturating_sub(balancer_before);
        tally.forwards += forwards_answered(nodes).await - forwards_before;
        drop(haproxy);
        // The nodes' background commits of this wait count too (docs/performance.md "Owner
        // routing").
        tokio::time::sleep(STATISTICS_LAG).await;
        let by_database = commits_by_database_since(statistics, &commits_before).await;
        tally.commits.resize(by_database.len(), 0);
        for (sum, commits) in tally.commits.iter_mut().zip(by_database) {
            *sum += commits;
        }
    }
    for (entry, tally) in [Entry::RoundRobin, Entry::RouteCookie].iter().zip(tallies) {
        let commits: i64 = tally.commits.iter().sum();
        let shares = tally
            .commits
            .iter()
            .map(|c| format!("{:.0} %", *c as f64 * 100.0 / commits.max(1) as f64))
            .collect::<Vec<_>>()
            .join(" / ");
        let summary = summarize(tally.samples, tally.elapsed, tally.machine);
        let trips = summary.count.max(1) as f64;
        let per_round_trip = |d: Duration| d.as_secs_f64() * 1000.0 / trips;
        println!(
            "| {} | {count} | {placement} | {} | {:.0} | {:.2} | {:.2} | {:.3} | {:.2} | {:.3} | {:.0} | {shares} | {:.1} |",
            entry.name(),
            summary.count,
            summary.per_second,
            summary.p50,
            summary.p99,
            per_round_trip(tally.nodes_cpu),
            tally.forwards / trips,
            per_round_trip(tally.balancer_cpu),
            commits as f64 / tally.elapsed.as_secs_f64() / count as f64,
            summary.steal_percent,
        );
    }
}

/// A free loopback address for the balancer, and its URL.
fn front_address() -> (String, String) {
    let listen = format!("127.0.0.1:{}", crate::cluster::free_port());
    let front = format!("http://{listen}");
    (listen, front)
}

/// The statistics reach pg_stat_database within a second (PostgreSQL's backends report them at
/// most once a second): waiting this long puts a period's commits in its own count.
const STATISTICS_LAG: Duration = Duration::from_millis(1500);

/// One window of `--sustained`.
const WINDOW: Duration = Duration::from_secs(10);

/// The queue tables, whose rows every round trip inserts and deletes (`store::queue`).
const QUEUE_TABLES: &str = "'client_messages', 'runtime_commands'";

/// `--sustained`: the route cookie's entry held for `spec.sustained` seconds, rounded up to
/// whole `WINDOW`s, its figures printed per window. It tells a drift of the system's own from
/// the machine's: beside each window's rate and CPU per round trip come the steal, the nodes'
/// memory, and the dead rows, size and autovacuums of the queue tables (docs/performance.md
/// "Sustained load, and the machine's steal").
async fn sustained(spec: &Spec, count: usize) {
    let cluster = Cluster::start(spec, count).await;
    let (listen, front) = front_address();
    let _haproxy = Haproxy::start(&listen, &cluster.nodes);
    // The nodes' own commits (heartbeats, controller passes, readiness checks): a window with
    // no load, once the set-up's commits are counted.
    tokio::time::sleep(STATISTICS_LAG).await;
    let idle_before = commits_of(&cluster.statistics).await;
    let idle = Stopwatch::start();
    tokio::time::sleep(WINDOW).await;
    let background = commits_since(&cluster.statistics, &idle_before).await as f64
        / idle.elapsed().as_secs_f64();
    println!(
        "\n{count} nodes, no load: {:.1} commits per second per node",
        background / count as f64
    );
    round_trips(&cluster.players, &front, Instant::now() + WARM_UP).await;
    // Windows follow each other without a pause: the statistics' lag then only moves commits
    // between neighbours. Before the first, it keeps the warm-up's out.
    tokio::time::sleep(STATISTICS_LAG).await;
    println!(
        "\n| nodes | deployments per node | window (s) | round trips per second | p50 ms | node CPU ms per round trip | commits per round trip, all (beyond the no-load rate) | group commits per round trip (units per group commit) | steal % | nodes' memory MiB | queue tables' dead rows | queue tables' size MiB | queue tables' autovacuums so far |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    let started = Instant::now();
    for _ in 0..spec.sustained.div_ceil(WINDOW.as_secs()) {
        let cpu_before = cluster.cpu_time();
        let commits_before = commits_of(&cluster.statistics).await;
        let batches_before = GroupCommits::read(&cluster.nodes).await;
        let from = started.elapsed();
        let watch = Stopwatch::start();
        let samples = round_trips(&cluster.players, &front, watch.started() + WINDOW).await;
        let took = watch.elapsed();
        let summary = summarize(samples, took, watch.machine());
        let cpu = cluster.cpu_time().saturating_sub(cpu_before);
        let commits = commits_since(&cluster.statistics, &commits_before).await as f64;
        let batches = GroupCommits::read(&cluster.nodes)
            .await
            .since(&batches_before);
        let queues = queue_tables(&cluster.statistics).await;
        let memory: u64 = cluster
            .nodes
            .iter()
            .map(|n| crate::machine::rss_kib(n.child.id()))
            .sum();
        let trips = summary.count.max(1) as f64;
        println!(
            "| {count} | {} | {:.0}–{:.0} | {:.0} | {:.2} | {:.3} | {:.2} ({:.2}) | {:.2} ({:.1}) | {:.1} | {} | {} | {:.1} | {} |",
            cluster.placement,
            from.as_secs_f64(),
            (from + took).as_secs_f64(),
            summary.per_second,
            summary.p50,
            cpu.as_secs_f64() * 1000.0 / trips,
            commits / trips,
            (commits - background * took.as_secs_f64()) / trips,
            batches.batches / trips,
            batches.units / batches.batches.max(1.0),
            summary.steal_percent,
            memory / 1024,
            queues.dead_rows,
            queues.bytes as f64 / (1024.0 * 1024.0),
            queues.autovacuums,
        );
    }
}

/// Transactions committed in each of the benchmark's databases since `before` (`commits_of`).
async fn commits_by_database_since(statistics: &[sqlx::PgPool], before: &[i64]) -> Vec<i64> {
    commits_of(statistics)
        .await
        .iter()
        .zip(before)
        .map(|(after, before)| after - before)
        .collect()
}

/// Transactions committed in all the benchmark's databases since `before`.
async fn commits_since(statistics: &[sqlx::PgPool], before: &[i64]) -> i64 {
    commits_by_database_since(statistics, before)
        .await
        .iter()
        .sum()
}

/// The nodes' group commits so far (`omgservers_store_batches_committed_total`) and the units
/// of work they committed (`omgservers_store_batch_units_sum`), summed over the nodes.
struct GroupCommits {
    batches: f64,
    units: f64,
}

impl GroupCommits {
    async fn read(nodes: &[Node]) -> GroupCommits {
        GroupCommits {
            batches: metric_sum(nodes, "omgservers_store_batches_committed_total").await,
            units: metric_sum(nodes, "omgservers_store_batch_units_sum").await,
        }
    }

    fn since(self, before: &GroupCommits) -> GroupCommits {
        GroupCommits {
            batches: self.batches - before.batches,
            units: self.units - before.units,
        }
    }
}

/// The queue tables over all databases, from `pg_stat_user_tables`.
#[derive(sqlx::FromRow)]
struct QueueTables {
    dead_rows: i64,
    /// Tables and their indexes.
    bytes: i64,
    autovacuums: i64,
}

async fn queue_tables(statistics: &[sqlx::PgPool]) -> QueueTables {
    let mut totals = QueueTables {
        dead_rows: 0,
        bytes: 0,
        autovacuums: 0,
    };
    for pool in statistics {
        let one: QueueTables = sqlx::query_as(&format!(
            "SELECT COALESCE(SUM(n_dead_tup), 0)::bigint AS dead_rows, \
                    COALESCE(SUM(pg_total_relation_size(relid)), 0)::bigint AS bytes, \
                    COALESCE(SUM(autovacuum_count), 0)::bigint AS autovacuums \
             FROM pg_stat_user_tables WHERE relname IN ({QUEUE_TABLES})"
        ))
        .fetch_one(pool)
        .await
        .expect("pg_stat_user_tables");
        totals.dead_rows += one.dead_rows;
        totals.bytes += one.bytes;
        totals.autovacuums += one.autovacuums;
    }
    totals
}

/// How the balancer in front of the nodes routes the players' requests.
#[derive(Clone, Copy)]
enum Entry {
    /// Round robin, ignoring the route cookie: as a balancer that does not route by it.
    RoundRobin = 0,
    /// By the route cookie the players keep (docs/haproxy.cfg as it is; docs/sharding.md
    /// "Owner routing").
    RouteCookie = 1,
}

impl Entry {
    fn name(self) -> &'static str {
        match self {
            Entry::RoundRobin => "round robin",
            Entry::RouteCookie => "route cookie",
        }
    }
}

/// One entry's figures, summed over its runs.
#[derive(Default)]
struct Tally {
    samples: Vec<Duration>,
    elapsed: Duration,
    /// The machine's CPU ticks while measured (for the steal).
    machine: MachineTicks,
    nodes_cpu: Duration,
    balancer_cpu: Duration,
    forwards: f64,
    commits: Vec<i64>,
}

/// Every player sends and waits for its echo back to back until `deadline`; the round trips'
/// latencies.
async fn round_trips(
    players: &Arc<Vec<tokio::sync::Mutex<PlayerClient>>>,
    base: &str,
    deadline: Instant,
) -> Vec<Duration> {
    let base: Arc<str> = base.into();
    let mut tasks = Vec::new();
    for i in 0..players.len() {
        let (players, base) = (players.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            let mut n = 0u64;
            let mut p = players[i].lock().await;
            p.set_base(&base);
            while Instant::now() < deadline {
                let wanted = json!({"p": i, "n": n});
                n += 1;
                let t = Instant::now();
                p.send(wanted.clone()).await.expect("send");
                let echoed = p
                    .wait_for(Duration::from_secs(10), |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted))
                    .await
                    .expect("interchange");
                assert!(echoed.is_some(), "no echo");
                samples.push(t.elapsed());
            }
            samples
        }));
    }
    let mut samples = Vec::new();
    for task in tasks {
        samples.extend(task.await.expect("player task"));
    }
    samples
}

/// Transactions committed so far in each of the benchmark's databases (`pg_stat_database`).
async fn commits_of(statistics: &[sqlx::PgPool]) -> Vec<i64> {
    let mut commits = Vec::with_capacity(statistics.len());
    for pool in statistics {
        commits.push(
            sqlx::query_scalar(
                "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
            )
            .fetch_one(pool)
            .await
            .expect("pg_stat_database"),
        );
    }
    commits
}
