//! `omgbench --cluster-nodes 1,2,3` (docs/performance.md "Several nodes"): the player → runtime →
//! player round trip of the HTTP interchange against clusters of 1, 2, 3 … nodes — real
//! `omgservers` processes on one throwaway PostgreSQL, the `process` driver running
//! `echo-runtime` — measured three times on each cluster: with every request sent to a random
//! node straight from the players, through HAProxy balancing round robin, and through HAProxy
//! routing by the route cookie the players keep (docs/haproxy.cfg, docs/sharding.md "Owner
//! routing"). The last two differ only in the forwards. Two deployments per node, players spread
//! over them.
//!
//! On one machine the nodes share its cores, so total throughput is not the figure; what shows
//! whether the design scales out is the work per round trip: the nodes' CPU time per round trip
//! and the database commits per node, which stay flat as nodes are added when nothing is
//! shared but the database. Each request reaches the owner in at most one forward: with N nodes
//! and random entry (N-1)/N of the requests are forwarded; through the balancer none should be
//! (the forwards are counted on the nodes' /metrics; a round trip makes one or more player
//! requests).
//!
//! With `--shard-databases K` the nodes keep the game state in K shard databases of the same
//! PostgreSQL (docs/sharding.md "Several databases"), the control plane in the system
//! database; the last column then gives each database's share of the commits.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use rand::Rng;
use serde_json::json;

use crate::cluster::{forwards_answered, owner, settled, Haproxy, Node, NodeSpec};
use crate::stats::summarize;
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
    pub server: PathBuf,
    pub runtime: PathBuf,
}

pub async fn run(spec: &Spec) {
    println!(
        "| entry | nodes | deployments per node | round trips | per second | p50 ms | p99 ms | node CPU ms per round trip | forwards per round trip | HAProxy CPU ms per round trip | database commits per second per node | commits by database (system / shard 0 / …) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for nodes in &spec.node_counts {
        one(spec, *nodes).await;
    }
}

async fn one(spec: &Spec, count: usize) {
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
    let bases: Arc<Vec<String>> = Arc::new(nodes.iter().map(|n| n.api.base.clone()).collect());
    let mut players = Vec::new();
    for i in 0..spec.players {
        let w = &worlds[i % deployments];
        let mut p = PlayerClient::sign_up(&bases[i % count])
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
    let players = Arc::new(players);

    let listen = format!("127.0.0.1:{}", crate::cluster::free_port());
    let front = format!("http://{listen}");
    let placement = placement
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" / ");
    let mut haproxy = None;
    let entries = [
        Entry::RandomNode(bases.clone()),
        Entry::RoundRobin(front.clone()),
        Entry::RouteCookie(front),
    ];
    for entry in entries {
        // Started for its runs only: its health checks write to the database too.
        haproxy = match entry {
            Entry::RandomNode(_) => None,
            Entry::RoundRobin(_) => Some(Haproxy::start_ignoring_the_route_cookie(&listen, &nodes)),
            Entry::RouteCookie(_) => {
                drop(haproxy.take());
                Some(Haproxy::start(&listen, &nodes))
            }
        };
        // Unmeasured: right after the players joined the nodes still settle their lobbies,
        // which made the first entry's figures worse than the second's on the same routing.
        round_trips(&players, &entry, Instant::now() + WARM_UP).await;
        let balancer_cpu = || haproxy.as_ref().map(Haproxy::cpu_time).unwrap_or_default();
        let cpu_before: Duration = nodes.iter().map(Node::cpu_time).sum();
        let balancer_before = balancer_cpu();
        let forwards_before = forwards_answered(&nodes).await;
        let commits_before = commits_of(&statistics).await;
        let started = Instant::now();
        let samples = round_trips(
            &players,
            &entry,
            started + Duration::from_secs(spec.seconds),
        )
        .await;
        let elapsed = started.elapsed();
        let cpu: Duration = nodes.iter().map(Node::cpu_time).sum::<Duration>() - cpu_before;
        let balancer = balancer_cpu() - balancer_before;
        let forwarded = forwards_answered(&nodes).await - forwards_before;
        // The statistics reach pg_stat_database within a second.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let by_database: Vec<i64> = commits_of(&statistics)
            .await
            .iter()
            .zip(&commits_before)
            .map(|(after, before)| after - before)
            .collect();
        let commits: i64 = by_database.iter().sum();
        let shares = by_database
            .iter()
            .map(|c| format!("{:.0} %", *c as f64 * 100.0 / commits.max(1) as f64))
            .collect::<Vec<_>>()
            .join(" / ");
        let summary = summarize(samples, elapsed);
        let round_trips = summary.count.max(1) as f64;
        let per_round_trip = |d: Duration| d.as_secs_f64() * 1000.0 / round_trips;
        let balancer = match entry {
            Entry::RandomNode(_) => "—".to_owned(),
            _ => format!("{:.3}", per_round_trip(balancer)),
        };
        println!(
            "| {} | {count} | {placement} | {} | {:.0} | {:.2} | {:.2} | {:.3} | {:.2} | {balancer} | {:.0} | {shares} |",
            entry.name(),
            summary.count,
            summary.per_second,
            summary.p50,
            summary.p99,
            per_round_trip(cpu),
            forwarded / round_trips,
            commits as f64 / elapsed.as_secs_f64() / count as f64,
        );
    }
    drop(haproxy);
    for node in nodes {
        node.kill();
    }
}

/// Where the players' requests enter the cluster.
#[derive(Clone)]
enum Entry {
    /// Each request at a node picked at random (one of these base URLs), as a round-robin
    /// balancer without the route cookie would spread them.
    RandomNode(Arc<Vec<String>>),
    /// Every request at HAProxy balancing round robin, ignoring the route cookie.
    RoundRobin(String),
    /// Every request at HAProxy (docs/haproxy.cfg), which routes by the route cookie the
    /// players keep (docs/sharding.md "Owner routing").
    RouteCookie(String),
}

impl Entry {
    fn name(&self) -> &'static str {
        match self {
            Entry::RandomNode(_) => "random node",
            Entry::RoundRobin(_) => "HAProxy, round robin",
            Entry::RouteCookie(_) => "HAProxy, route cookie",
        }
    }

    fn base(&self) -> &str {
        match self {
            Entry::RandomNode(bases) => &bases[rand::thread_rng().gen_range(0..bases.len())],
            Entry::RoundRobin(front) | Entry::RouteCookie(front) => front,
        }
    }
}

/// Every player sends and waits for its echo back to back until `deadline`; the round trips'
/// latencies.
async fn round_trips(
    players: &Arc<Vec<tokio::sync::Mutex<PlayerClient>>>,
    entry: &Entry,
    deadline: Instant,
) -> Vec<Duration> {
    let entry = Arc::new(entry.clone());
    let mut tasks = Vec::new();
    for i in 0..players.len() {
        let (players, entry) = (players.clone(), entry.clone());
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::new();
            let mut n = 0u64;
            let mut p = players[i].lock().await;
            while Instant::now() < deadline {
                p.set_base(entry.base());
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
