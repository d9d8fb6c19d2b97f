//! `omgbench`: measures the ARCHITECTURE.md §6 figures on this machine, each beside the bare
//! floor of the same run (a plain axum JSON echo on loopback, driven by the same client).
//!
//! It starts a server in-process (SQLite in a temporary directory, the `process` driver running
//! `echo-runtime`), deploys a version, and drives simulated players through the Rust SDK:
//!
//! ```sh
//! cargo build --release -p omgservers-examples -p omgservers-e2e
//! target/release/omgbench --players 100 --seconds 10
//! ```
//!
//! Every load is bounded in count and time and targets loopback only.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use omgservers::config::{RuntimesDriver, Synchronous};
use omgservers_e2e::stats::{print_row as row, print_table_head, Stopwatch, Summary};
use omgservers_e2e::{fixtures, Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::{json, Value};

struct Args {
    players: usize,
    seconds: u64,
    runtime: String,
    matchmaking: usize,
    /// Players per match of the matchmaking pass's mode.
    match_players: i64,
    pollers: usize,
    ws_players: usize,
    dispatcher_only: bool,
    deploy_only: bool,
    deploy_rounds: usize,
    backend: Backend,
    synchronous: Synchronous,
    batch: usize,
    cluster_nodes: Vec<usize>,
    shard_databases: usize,
    sustained: u64,
}

fn args() -> Args {
    let mut out = Args {
        players: 100,
        seconds: 10,
        runtime: String::new(),
        matchmaking: 10_000,
        match_players: 16,
        pollers: 500,
        ws_players: 1000,
        dispatcher_only: false,
        deploy_only: false,
        deploy_rounds: 5,
        backend: Backend::Sqlite,
        synchronous: Synchronous::Normal,
        batch: 10,
        cluster_nodes: Vec::new(),
        shard_databases: 0,
        sustained: 0,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{arg} needs a value")))
        };
        match arg.as_str() {
            "--players" => {
                out.players = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--players takes a number"))
            }
            "--seconds" => {
                out.seconds = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--seconds takes a number"))
            }
            "--runtime" => out.runtime = value(),
            "--pollers" => {
                out.pollers = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--pollers takes a number"))
            }
            "--matchmaking" => {
                out.matchmaking = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--matchmaking takes a number"))
            }
            "--match-players" => {
                out.match_players = value()
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .unwrap_or_else(|| usage("--match-players takes a number above 0"))
            }
            "--ws-players" => {
                out.ws_players = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--ws-players takes a number"))
            }
            "--dispatcher-only" => out.dispatcher_only = true,
            "--deploy-only" => out.deploy_only = true,
            "--deploy-rounds" => {
                out.deploy_rounds = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--deploy-rounds takes a number"))
            }
            "--backend" => {
                out.backend = match value().as_str() {
                    "sqlite" => Backend::Sqlite,
                    "postgres" => Backend::Postgres,
                    _ => usage("--backend takes sqlite or postgres"),
                }
            }
            "--synchronous" => {
                out.synchronous = match value().as_str() {
                    "normal" => Synchronous::Normal,
                    "full" => Synchronous::Full,
                    _ => usage("--synchronous takes normal or full"),
                }
            }
            "--batch" => {
                out.batch = value()
                    .parse()
                    .ok()
                    .filter(|b| *b > 0)
                    .unwrap_or_else(|| usage("--batch takes a number above 0"))
            }
            "--shard-databases" => {
                out.shard_databases = value()
                    .parse()
                    .ok()
                    .filter(|k| *k <= omgservers_e2e::clusterbench::MAX_SHARD_DATABASES)
                    .unwrap_or_else(|| usage("--shard-databases takes a count, 0 to 4"));
            }
            "--cluster-nodes" => {
                out.cluster_nodes = value()
                    .split(',')
                    .map(|n| n.trim().parse().ok().filter(|n: &usize| *n > 0))
                    .collect::<Option<Vec<usize>>>()
                    .unwrap_or_else(|| usage("--cluster-nodes takes node counts, e.g. 1,2,3"))
            }
            "--sustained" => {
                out.sustained = value()
                    .parse()
                    .ok()
                    .filter(|s| *s > 0)
                    .unwrap_or_else(|| usage("--sustained takes seconds above 0"))
            }
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    if out.sustained > 0 && (out.cluster_nodes.is_empty() || out.dispatcher_only || out.deploy_only)
    {
        usage("--sustained goes with --cluster-nodes only");
    }
    if out.runtime.is_empty() && !out.dispatcher_only && !out.deploy_only {
        let beside = std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("echo-runtime")));
        match beside.filter(|p| p.exists()) {
            Some(path) => out.runtime = path.display().to_string(),
            None => usage("echo-runtime not found beside omgbench: build it (cargo build --release -p omgservers-examples) or pass --runtime"),
        }
    }
    out
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("omgbench: {problem}");
    }
    eprintln!(
        "usage: omgbench [--players N (100)] [--seconds S (10)] [--pollers N (500)] [--matchmaking REQUESTS (10000)] [--match-players N (16; the mode's players per match)] [--runtime PATH-TO-echo-runtime] [--ws-players N (1000)] [--dispatcher-only] [--deploy-only [--deploy-rounds N (5)]] [--backend sqlite|postgres (sqlite)] [--synchronous normal|full (normal; SQLite)] [--batch MESSAGES-PER-INTERCHANGE (10)] [--cluster-nodes 1,2,3 (only the round trip on clusters of that many `omgservers` processes on PostgreSQL) [--shard-databases K (0; game state in K shard databases)] [--sustained SECONDS (instead of the comparison and its --seconds, the route cookie's entry held that long in 10 s windows, figures per window)]]\n\nThe dispatcher and cluster figures need `omgservers` (and `realtime-runtime`) beside omgbench; the cluster figures also need `haproxy` on PATH."
    );
    std::process::exit(if problem.is_empty() { 0 } else { 2 })
}

/// Runs `workers` loops of `one` for `seconds`, back to back, collecting each call's latency.
async fn load<F, Fut>(workers: usize, seconds: u64, one: F) -> Summary
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    run_workers(workers, seconds, Pace::BackToBack, one).await
}

/// Each of `workers` calls `one(worker)` once a second, spread over the second, for `seconds`.
async fn once_a_second<F, Fut>(workers: usize, seconds: u64, one: F) -> Summary
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    run_workers(workers, seconds, Pace::OnceASecond, one).await
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pace {
    BackToBack,
    OnceASecond,
}

async fn run_workers<F, Fut>(workers: usize, seconds: u64, pace: Pace, one: F) -> Summary
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let one = Arc::new(one);
    let watch = Stopwatch::start();
    let deadline = watch.started() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let one = one.clone();
        tasks.push(tokio::spawn(async move {
            if pace == Pace::OnceASecond {
                tokio::time::sleep(Duration::from_millis((worker % 1000) as u64)).await;
            }
            let mut samples = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                one(worker).await;
                samples.push(t.elapsed());
                if pace == Pace::OnceASecond {
                    tokio::time::sleep(Duration::from_secs(1).saturating_sub(t.elapsed())).await;
                }
            }
            samples
        }));
    }
    let mut samples = Vec::new();
    for task in tasks {
        samples.extend(task.await.unwrap_or_default());
    }
    watch.summarize(samples)
}

async fn bare_echo() -> SocketAddr {
    let app = axum::Router::new().route(
        "/echo",
        axum::routing::post(|axum::Json(v): axum::Json<Value>| async move { axum::Json(v) }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// A binary built beside omgbench.
fn beside(name: &str) -> std::path::PathBuf {
    let path = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join(name)));
    match path.filter(|p| p.exists()) {
        Some(path) => path,
        None => usage(&format!("{name} not found beside omgbench: cargo build --release -p omgservers -p omgservers-examples -p omgservers-e2e")),
    }
}

async fn dispatcher(args: &Args) {
    omgservers_e2e::wsbench::run(
        args.ws_players,
        args.seconds,
        &beside("omgservers"),
        &beside("realtime-runtime"),
    )
    .await;
}

#[tokio::main]
async fn main() {
    let args = args();
    if args.dispatcher_only {
        return dispatcher(&args).await;
    }
    if !args.cluster_nodes.is_empty() {
        let spec = omgservers_e2e::clusterbench::Spec {
            node_counts: args.cluster_nodes.clone(),
            shard_databases: args.shard_databases,
            players: args.players,
            seconds: args.seconds,
            sustained: args.sustained,
            server: beside("omgservers"),
            runtime: std::path::PathBuf::from(&args.runtime),
        };
        return omgservers_e2e::clusterbench::run(&spec).await;
    }
    if args.deploy_only {
        // Deploy → first interchange with the Docker driver (needs a Docker engine).
        return omgservers_e2e::deploybench::run(args.deploy_rounds).await;
    }
    eprintln!(
        "omgbench: {} players, {} s per load, runtime {}, {:?} (synchronous {:?})",
        args.players, args.seconds, args.runtime, args.backend, args.synchronous
    );
    let runtime = args.runtime.clone();
    let synchronous = args.synchronous;
    let server = TestServer::start_with(args.backend, move |c| {
        c.database_synchronous = synchronous;
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(runtime);
        c.lobbies_max_clients = 100_000;
        c.database_max_connections = 32;
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(1, 16)).await;
    fixtures::deploy(&server, &w).await;
    let base = server.base.clone();

    // Floor: the same client against a bare axum echo, same concurrency.
    let echo = bare_echo().await;
    let http = reqwest::Client::new();
    let floor = load(args.players, args.seconds, move |i| {
        let http = http.clone();
        async move {
            let _ = http
                .post(format!("http://{echo}/echo"))
                .json(&json!({"n": i}))
                .send()
                .await
                .and_then(|r| r.error_for_status());
        }
    })
    .await;

    // Warm the lobby (first runtime start is not what we measure here).
    let mut warm = PlayerClient::sign_up(&base).await.unwrap();
    warm.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    warm.wait_for(Duration::from_secs(30), |m| {
        matches!(m, MessageBody::RuntimeAssignmentMessage(_))
    })
    .await
    .unwrap()
    .expect("lobby is up");

    // create-client -> lobby assignment delivered, long poll, one player at a time.
    let mut samples = Vec::new();
    let watch = Stopwatch::start();
    let mut players = Vec::new();
    for _ in 0..args.players {
        let mut p = PlayerClient::sign_up(&base).await.unwrap();
        let t = Instant::now();
        p.create_client(&w.tenant, &w.project, &w.stage)
            .await
            .unwrap();
        let assigned = p
            .wait_for(Duration::from_secs(10), |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::LOBBY))
            .await
            .unwrap();
        samples.push(t.elapsed());
        assert!(assigned.is_some(), "no lobby assignment");
        players.push(tokio::sync::Mutex::new(p));
    }
    let to_lobby = watch.summarize(samples);

    // player -> runtime -> player round trip over the HTTP interchange with long poll.
    let players = Arc::new(players);
    let round_trips = {
        let players = players.clone();
        load(args.players, args.seconds, move |i| {
            let players = players.clone();
            async move {
                let mut p = players[i].lock().await;
                let wanted = json!({"n": i});
                p.send(wanted.clone()).await.unwrap();
                let echoed = p.wait_for(Duration::from_secs(10), |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted)).await.unwrap();
                assert!(echoed.is_some(), "no echo");
            }
        })
        .await
    };

    // The same at a paced load: each player one message per second (latency, not throughput:
    // back to back, N players' latency is N / the throughput).
    let paced = {
        let players = players.clone();
        once_a_second(args.players, args.seconds, move |i| {
            let players = players.clone();
            async move {
                static SENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
                let n = SENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let mut p = players[i].lock().await;
                let wanted = json!({"paced": n});
                p.send(wanted.clone()).await.unwrap();
                let echoed = p.wait_for(Duration::from_secs(10), |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted)).await.unwrap();
                assert!(echoed.is_some(), "no echo");
            }
        })
        .await
    };

    // The same, with `batch` messages per interchange: each one a round trip.
    let batch = args.batch;
    let batched = {
        let players = players.clone();
        load(args.players, args.seconds, move |i| {
            let players = players.clone();
            async move {
                let mut p = players[i].lock().await;
                static ROUNDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
                let tag = ROUNDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let sent: Vec<Value> = (0..batch).map(|k| json!({"b": tag, "k": k})).collect();
                p.send_all(sent).await.unwrap();
                for k in 0..batch {
                    let wanted = json!({"b": tag, "k": k});
                    let echoed = p.wait_for(Duration::from_secs(10), |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted)).await.unwrap();
                    assert!(echoed.is_some(), "no echo");
                }
            }
        })
        .await
    };

    // RS256 signing alone, one core: the part of create-token no request handling can avoid.
    let signing = {
        let state = server.state.clone().expect("in-process server");
        tokio::task::spawn_blocking(move || {
            let watch = Stopwatch::start();
            let mut samples = Vec::new();
            while watch.elapsed() < Duration::from_secs(2) {
                let t = Instant::now();
                let claims = state.keys.claims("1".into(), vec!["players".into()], 60, 1);
                state.keys.sign(&claims).expect("sign");
                samples.push(t.elapsed());
            }
            watch.summarize(samples)
        })
        .await
        .expect("signing")
    };

    // RS256 verification alone, one core: a token seen for the first time (`verify_as`, the
    // whole check), and one seen before (`verify`: remembered, only its expiry checked).
    let (verifying, remembered) = {
        let state = server.state.clone().expect("in-process server");
        tokio::task::spawn_blocking(move || {
            let claims = state
                .keys
                .claims("1".into(), vec!["players".into()], 600, 1);
            let token = state.keys.sign(&claims).expect("sign");
            let measure = |verify: &dyn Fn()| {
                let watch = Stopwatch::start();
                let mut samples = Vec::new();
                while watch.elapsed() < Duration::from_secs(1) {
                    let t = Instant::now();
                    verify();
                    samples.push(t.elapsed());
                }
                watch.summarize(samples)
            };
            type Claims = omgservers::auth::jwt::Claims;
            let full = measure(&|| {
                state.keys.verify_as::<Claims>(&token).expect("verify");
            });
            let cached = measure(&|| {
                state.keys.verify(&token).expect("verify");
            });
            (full, cached)
        })
        .await
        .expect("verifying")
    };

    // New players: create-user + create-token + create-client, over one shared HTTP client
    // (as the floor is driven): the SDK's `sign_up` builds a client per player, whose set-up
    // would be measured instead of the server.
    let (tenant, project, stage) = (w.tenant.clone(), w.project.clone(), w.stage.clone());
    let http = reqwest::Client::new();
    let new_players = load(16, args.seconds.min(5), move |_| {
        let (http, base, tenant, project, stage) = (
            http.clone(),
            base.clone(),
            tenant.clone(),
            project.clone(),
            stage.clone(),
        );
        async move {
            let call = |op: &'static str, token: Option<String>, body: Value| {
                let path = omgservers_types::endpoints::path("player", op).expect("an operation");
                let request = http.post(format!("{base}{path}")).json(&body);
                let request = match token {
                    Some(token) => request.bearer_auth(token),
                    None => request,
                };
                async move {
                    let response = request.send().await.unwrap();
                    assert!(
                        response.status().is_success(),
                        "{op}: {}",
                        response.status()
                    );
                    response.json::<Value>().await.unwrap()
                }
            };
            let user = call("create-user", None, json!({})).await;
            let token = call(
                "create-token",
                None,
                json!({"user_id": user["user_id"], "password": user["password"]}),
            )
            .await;
            let token = token["raw_token"].as_str().unwrap().to_owned();
            call(
                "create-client",
                Some(token),
                json!({"tenant": tenant, "project": project, "stage": stage}),
            )
            .await;
        }
    })
    .await;

    print_table_head();
    row("bare axum JSON echo (floor)", &floor, &floor, "—");
    row(
        "create-client → lobby assignment (warm lobby, long poll)",
        &to_lobby,
        &floor,
        "p50 ≤ 20 ms, p99 ≤ 100 ms",
    );
    row(
        &format!(
            "player → runtime → player, HTTP long poll, {} players",
            args.players
        ),
        &round_trips,
        &floor,
        "back to back: throughput-bound (latency = players / per s)",
    );
    row(
        &format!("the same, paced: {} players × 1 message/s", args.players),
        &paced,
        &floor,
        "p50 ≤ 5 ms, p99 ≤ 25 ms with 1,000 players",
    );
    println!(
        "| the same, {batch} messages per interchange (round trips/s = {batch} × per s) | {} | {:.2} | {:.2} | {:.0} round trips/s | {:.2} / {:.2} | — | {:.1} / {:.1} | ≥ 25,000 / s with p99 ≤ 20 ms |",
        batched.count,
        batched.p50,
        batched.p99,
        batched.per_second * batch as f64,
        floor.p50,
        floor.p99,
        batched.steal_percent,
        floor.steal_percent,
    );
    row(
        "RS256 token signing alone, one core (part of create-token)",
        &signing,
        &floor,
        "—",
    );
    // A CPU figure, not a request's: no floor applies. The remembered figure is of a
    // one-entry cache, always warm: a lower bound.
    for (what, figure) in [
        ("seen for the first time", &verifying),
        ("seen before (remembered)", &remembered),
    ] {
        println!(
            "| RS256 token verification alone, one core: a token {what} | {} | {:.4} | {:.4} | {:.0} | — | — | {:.1} / — | — |",
            figure.count, figure.p50, figure.p99, figure.per_second, figure.steal_percent,
        );
    }
    row(
        "new players (create-user + create-token + create-client), 16 workers",
        &new_players,
        &floor,
        "≥ 2,000 / s",
    );
    // Players polling once a second (plain upstream-style polls, no long poll).
    let mut pollers = Vec::new();
    {
        let created = Arc::new(tokio::sync::Mutex::new(Vec::new()));
        let (tenant, project, stage, base) = (
            w.tenant.clone(),
            w.project.clone(),
            w.stage.clone(),
            server.base.clone(),
        );
        let target = args.pollers;
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let (created, tenant, project, stage, base) = (
                created.clone(),
                tenant.clone(),
                project.clone(),
                stage.clone(),
                base.clone(),
            );
            tasks.push(tokio::spawn(async move {
                while created.lock().await.len() < target {
                    let mut p = PlayerClient::sign_up(&base).await.unwrap();
                    p.create_client(&tenant, &project, &stage).await.unwrap();
                    p.wait_ms = 0;
                    created.lock().await.push(p);
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
        pollers.extend(std::mem::take(&mut *created.lock().await));
    }
    let pollers: Arc<Vec<tokio::sync::Mutex<PlayerClient>>> =
        Arc::new(pollers.into_iter().map(tokio::sync::Mutex::new).collect());
    let polling = once_a_second(pollers.len(), args.seconds, move |i| {
        let pollers = pollers.clone();
        async move {
            pollers[i]
                .lock()
                .await
                .interchange(Vec::new())
                .await
                .unwrap();
        }
    })
    .await;
    row(
        &format!("{} players polling once a second", args.pollers),
        &polling,
        &floor,
        "20,000 with p99 ≤ 50 ms",
    );
    server.stop().await;

    let (placed, elapsed, steal) = matchmaking(&args).await;
    println!(
        "| matchmaking: {} queued requests of one mode ({} per match), one pass | {placed} placed | — | {:.0} ms for all | {:.0} | — | — | {:.1} / — | all placed in ≤ 1 s |",
        args.matchmaking,
        args.match_players,
        elapsed.as_secs_f64() * 1000.0,
        placed as f64 / elapsed.as_secs_f64(),
        steal,
    );
    dispatcher(&args).await;
}

/// Inserts `--matchmaking` queued requests of as many users directly (creating that many
/// players through the API would measure sign-up, not matchmaking) for a mode of
/// `--match-players` per match, then times one matchmaker pass.
async fn matchmaking(args: &Args) -> (usize, Duration, f64) {
    let synchronous = args.synchronous;
    let server = TestServer::start_with(args.backend, move |c| {
        c.controller_tick = Duration::from_secs(3600);
        c.database_synchronous = synchronous;
    })
    .await;
    let size = args.match_players;
    let w = fixtures::world_with(&server, fixtures::config(size, size)).await;
    let deployment = fixtures::deploy(&server, &w).await;
    let state = server.state.clone().expect("in-process server");
    let requests = args.matchmaking;
    fixtures::queue_matchmaking(&server, &w, &deployment, "test", requests, None).await;
    let watch = Stopwatch::start();
    omgservers::game::matchmaking::run(&state)
        .await
        .expect("matchmaking pass");
    let (elapsed, steal) = (watch.elapsed(), watch.machine().steal_percent());
    let (placed,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM clients WHERE match_id IS NOT NULL")
            .fetch_one(&state.db.pool)
            .await
            .unwrap();
    server.stop().await;
    (usize::try_from(placed).unwrap_or(0), elapsed, steal)
}
