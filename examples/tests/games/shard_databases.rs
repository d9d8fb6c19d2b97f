//! Game state in shard databases (docs/sharding.md "Several databases"): one server keeps its
//! control plane in a system database and its slots' game state in two shard databases, each
//! in a PostgreSQL cluster of its own. Whole games are played in a deployment of each; each
//! deployment's game state is found in its slot's shard database only; and while one shard
//! database's cluster is lost (SIGKILL of all its processes), only its deployments stop: the
//! other's games go on, and after a restart both play again.
//!
//! The shard databases' control-plane tables are dropped before the server starts, so a read
//! or write of the control plane that reaches a shard database fails loudly instead of finding
//! nothing.

use std::time::{Duration, Instant};

use crate::common::tic_tac_toe;
use omgservers::config::{RuntimesDriver, Synchronous};
use omgservers::store::{Backend as DbBackend, Db, PoolLimits, GAME_STATE_TABLES};
use omgservers_e2e::fixtures::{self, World};
use omgservers_e2e::postgres::{self, CrashableCluster};
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use serde_json::{json, Value};

/// Game-state tables that name their deployment (the queues name their client or runtime,
/// matchmaking requests their matchmaker).
pub(crate) const BY_DEPLOYMENT: [&str; 8] = [
    "clients",
    "runtimes",
    "lobbies",
    "matchmakers",
    "matches",
    "deployment_events",
    "match_backoffs",
    "player_round_trips",
];

fn limits() -> PoolLimits {
    PoolLimits {
        max_connections: 2,
        acquire_timeout: Duration::from_secs(10),
        idle_in_transaction_limit: None,
    }
}

pub(crate) async fn connect(url: &str) -> Db {
    Db::connect(url, DbBackend::Postgres, limits(), Synchronous::Normal)
        .await
        .unwrap()
}

/// Migrates a shard database, then drops its control-plane tables (all but the game state's,
/// the readiness probe's `installation` and the migrations' own).
pub(crate) async fn migrate_game_state_only(url: &str) {
    let db = connect(url).await;
    let tables: Vec<(String,)> =
        sqlx::query_as("SELECT tablename::TEXT FROM pg_tables WHERE schemaname = 'public'")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let mut dropped = 0;
    for (table,) in tables {
        let kept = GAME_STATE_TABLES.contains(&table.as_str())
            || table == "installation"
            || table == "_sqlx_migrations";
        if !kept {
            sqlx::query(&format!("DROP TABLE {table} CASCADE"))
                .execute(&db.pool)
                .await
                .unwrap();
            dropped += 1;
        }
    }
    assert!(
        dropped >= 10,
        "the control plane's tables were dropped ({dropped})"
    );
    db.pool.close().await;
}

pub(crate) async fn count(db: &Db, sql: &str, deployment: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(deployment)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// `/q/health/ready`: its HTTP status and the status of the check `name`.
async fn readiness(server: &TestServer, name: &str) -> (u16, String) {
    let (code, body) = server.health("/q/health/ready").await;
    let check = body["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name} in {body}"));
    (
        code,
        check["status"].as_str().unwrap_or_default().to_owned(),
    )
}

async fn readiness_becomes(server: &TestServer, name: &str, wanted: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (code, status) = readiness(server, name).await;
        assert_eq!(code, 200, "the server stays ready whatever a shard does");
        if status == wanted {
            return;
        }
        assert!(Instant::now() < deadline, "{name} is still {status}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The developer API over a deployment in shard database 1 (`shard`): its lobbies and
/// matchmakers in its details, a lobby added and deleted there, the stage's runtimes and
/// clients listed, a dry run counting what a delete would remove.
async fn developer_views_read_and_write_the_shard_database(
    server: &TestServer,
    w: &World,
    deployment: i64,
    shard: &Db,
) {
    let dev = Some(w.dev.token.as_str());
    let of_deployment = json!({"tenant": w.tenant, "deployment_id": deployment.to_string()});
    let details = server
        .ok(
            "developer",
            "get-deployment-details",
            dev,
            of_deployment.clone(),
        )
        .await;
    let refs = |details: &Value, key: &str| details["details"][key].as_array().unwrap().len();
    assert_eq!(refs(&details, "lobby_refs"), 1, "{details}");
    assert_eq!(refs(&details, "matchmaker_refs"), 1, "{details}");
    let lobbies = "SELECT COUNT(*) FROM lobbies WHERE deployment_id = $1";
    let before = count(shard, lobbies, deployment).await;
    server
        .ok(
            "developer",
            "create-lobby-request",
            dev,
            of_deployment.clone(),
        )
        .await;
    assert_eq!(count(shard, lobbies, deployment).await, before + 1);
    let details = server
        .ok("developer", "get-deployment-details", dev, of_deployment)
        .await;
    assert_eq!(refs(&details, "lobby_refs"), 2, "{details}");
    // The first lobby has the deployment's id; the new one is the other.
    let lobby = details["details"]["lobby_refs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["lobby_id"].clone())
        .find(|id| *id != json!(deployment.to_string()))
        .unwrap();
    let deleted = server
        .ok("developer", "delete-lobby", dev, json!({"lobby_id": lobby}))
        .await;
    assert_eq!(deleted, json!({"deleted": true}));
    assert_eq!(count(shard, lobbies, deployment).await, before);
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    let runtimes = server
        .ok("developer", "list-runtimes", dev, stage.clone())
        .await;
    assert!(
        !runtimes["runtimes"].as_array().unwrap().is_empty(),
        "{runtimes}"
    );
    let clients = server
        .ok("developer", "list-clients", dev, stage.clone())
        .await;
    assert!(
        clients["clients"].as_array().unwrap().len() >= 2,
        "{clients}"
    );
    let mut dry_run = stage;
    dry_run["dry_run"] = json!(true);
    let would = server.ok("developer", "delete-stage", dev, dry_run).await;
    assert!(
        would["would_delete"]["clients"].as_i64().unwrap() >= 2,
        "{would}"
    );
    assert!(
        would["would_delete"]["runtimes"].as_i64().unwrap() >= 1,
        "{would}"
    );
}

/// A new player cannot join the world's stage (its deployment's database is down).
async fn cannot_join(server: &TestServer, w: &World) {
    let mut refused = PlayerClient::sign_up(&server.base).await.unwrap();
    let joined = refused.create_client(&w.tenant, &w.project, &w.stage).await;
    assert!(
        joined.is_err(),
        "a player joined a deployment whose database is down"
    );
}

/// A server with the system database `system` and the shard databases `shards`, 16 slots,
/// running tic-tac-toe with the process driver.
async fn start_sharded(system: &str, shards: &[String]) -> TestServer {
    let (system_url, shard_urls) = (system.to_owned(), shards.to_vec());
    TestServer::start_with(Backend::Postgres, move |c| {
        c.database_url = Some(system_url);
        c.database_shards = shard_urls;
        c.server_shard_count = 16;
        c.database_acquire_timeout = Duration::from_secs(2);
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_tic-tac-toe").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await
}

/// A tic-tac-toe world and its deployment in each of two shard databases (deployments land in
/// slots by their id: deployed until each database holds one).
async fn one_deployment_per_shard_database(server: &TestServer) -> [(World, i64); 2] {
    let state = server.state.as_ref().unwrap();
    let mut games: [Option<(World, i64)>; 2] = [None, None];
    for _ in 0..16 {
        let w = tic_tac_toe::world(server).await;
        let deployment: i64 = fixtures::deploy(server, &w).await.parse().unwrap();
        let slot = state.writer.slots().slot_of(deployment);
        let shard = state.databases.shard_of(slot).unwrap();
        games[shard].get_or_insert((w, deployment));
        if games.iter().all(Option::is_some) {
            break;
        }
    }
    let [Some(a), Some(b)] = games else {
        panic!("16 deployments all landed in one shard database")
    };
    [a, b]
}

/// Two PostgreSQL clusters of the test's own, each with a shard database holding game-state
/// tables only (their URLs), and a fresh system database in the shared cluster.
async fn two_clusters_with_a_shard_database_each(
) -> (CrashableCluster, CrashableCluster, Vec<String>, String) {
    let (a, b) = (
        CrashableCluster::start().await,
        CrashableCluster::start().await,
    );
    let shards = vec![a.database().await, b.database().await];
    for url in &shards {
        migrate_game_state_only(url).await;
    }
    (a, b, shards, postgres::fresh_database().await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn games_play_in_two_shard_databases_and_a_lost_one_stops_only_its_own() {
    let (_a, b, shards, system) = two_clusters_with_a_shard_database_each().await;
    let server = start_sharded(&system, &shards).await;
    let state = server.state.clone().unwrap();
    let map = state.databases.map().to_vec();
    assert_eq!(map.len(), 16);
    assert!(
        (0..16).all(|slot| map[slot] == slot % 2),
        "slot s in shard database s mod 2: {map:?}"
    );
    let [(wa, da), (wb, db)] = one_deployment_per_shard_database(&server).await;
    tic_tac_toe::play_to_a_win(&server, &wa).await;
    tic_tac_toe::play_to_a_win(&server, &wb).await;

    // Each deployment's game state is in its own shard database, none in the other or in the
    // system database.
    let (system_db, shard_dbs) = (
        connect(&system).await,
        [connect(&shards[0]).await, connect(&shards[1]).await],
    );
    for (own, deployment) in [(0, da), (1, db)] {
        for table in [
            "clients",
            "runtimes",
            "lobbies",
            "matchmakers",
            "deployment_events",
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE deployment_id = $1");
            let here = count(&shard_dbs[own], &sql, deployment).await;
            assert!(
                here > 0,
                "{table} of deployment {deployment} in shard {own}"
            );
        }
        for table in BY_DEPLOYMENT {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE deployment_id = $1");
            let there = count(&shard_dbs[1 - own], &sql, deployment).await;
            assert_eq!(
                there, 0,
                "{table} of deployment {deployment} in the other shard"
            );
        }
    }
    developer_views_read_and_write_the_shard_database(&server, &wb, db, &shard_dbs[1]).await;
    for table in GAME_STATE_TABLES {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&system_db.pool)
            .await
            .unwrap();
        assert_eq!(rows, 0, "{table} of the system database holds game state");
    }
    for db in shard_dbs.iter().chain([&system_db]) {
        db.pool.close().await;
    }
    readiness_becomes(&server, "shard-database-1", "UP").await;

    // Shard database 1 lost: its deployment refuses players, the other plays on.
    b.kill();
    readiness_becomes(&server, "shard-database-1", "DOWN").await;
    let (_, zero) = readiness(&server, "shard-database-0").await;
    assert_eq!(zero, "UP");
    cannot_join(&server, &wb).await;
    tic_tac_toe::play_to_a_win(&server, &wa).await;

    // Back: both play.
    b.restart().await;
    readiness_becomes(&server, "shard-database-1", "UP").await;
    tic_tac_toe::play_to_a_win(&server, &wb).await;
    tic_tac_toe::play_to_a_win(&server, &wa).await;

    // A database that answers but lets no session in (here: not accepting connections) is
    // unreachable too, in the slot databases' view as in the readiness check.
    let allow = |allowed: bool| refuse_connections(&shards[1], !allowed);
    allow(false).await;
    readiness_becomes(&server, "shard-database-1", "DOWN").await;
    slot_database_reachable(&server, 1, false).await;
    allow(true).await;
    readiness_becomes(&server, "shard-database-1", "UP").await;
    slot_database_reachable(&server, 1, true).await;
    tic_tac_toe::play_to_a_win(&server, &wb).await;
}

/// Sets whether the database of `url` refuses connections (`ALLOW_CONNECTIONS`), ending its
/// sessions when it does, through its cluster's `postgres` database.
async fn refuse_connections(url: &str, refuse: bool) {
    let (cluster, name) = url.rsplit_once('/').expect("a database URL");
    let admin = sqlx::PgPool::connect(&format!("{cluster}/postgres"))
        .await
        .unwrap();
    let allow = if refuse { "false" } else { "true" };
    sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS {allow}"))
        .execute(&admin)
        .await
        .unwrap();
    if refuse {
        sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1")
            .bind(name)
            .execute(&admin)
            .await
            .unwrap();
    }
    admin.close().await;
}

/// Waits until `admin/get-slot-databases` says shard database `index` is `reachable` or not.
async fn slot_database_reachable(server: &TestServer, index: usize, reachable: bool) {
    let admin = server.admin_token().await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let view = server
            .ok("admin", "get-slot-databases", Some(&admin), json!({}))
            .await;
        if view["databases"][index]["reachable"] == reachable {
            return;
        }
        assert!(Instant::now() < deadline, "{view}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A server restarted while a shard database's cluster is down starts (a node restart during
/// one database's outage must not stop the games of the others): the other database's
/// deployment plays and is listed, the lost one's refuses players, the readiness check says
/// why, the lobby gauge counts what answers; once the database answers again the server sets
/// it up and its games play, without a restart; lost again, its gauges keep their last rows.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_starts_while_a_shard_database_is_down_and_takes_it_up_when_it_answers() {
    let (_a, b, shards, system) = two_clusters_with_a_shard_database_each().await;
    let first = start_sharded(&system, &shards).await;
    let [(wa, da), (wb, _)] = one_deployment_per_shard_database(&first).await;
    first.stop().await;

    b.kill();
    let server = start_sharded(&system, &shards).await;
    let (code, status) = readiness(&server, "shard-database-1").await;
    assert_eq!((code, status.as_str()), (200, "DOWN"));
    let view = server
        .ok(
            "admin",
            "get-slot-databases",
            Some(&server.admin_token().await),
            json!({}),
        )
        .await;
    assert_eq!(view["databases"][1]["reachable"], false, "{view}");
    assert_eq!(view["databases"][0]["reachable"], true, "{view}");
    // The controller's steps that read it fail at every pass, and are counted.
    let lobby_step = r#"omgservers_controller_step_failures_total{step="lobbies"}"#;
    let failed_before = server.metric(lobby_step).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.metric(lobby_step).await <= failed_before {
        assert!(
            Instant::now() < deadline,
            "{lobby_step} stays {failed_before}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tic_tac_toe::play_to_a_win(&server, &wa).await;
    cannot_join(&server, &wb).await;
    // A list of a stage in the other database answers; the gauges count what answers.
    let stage = json!({"tenant": wa.tenant, "project": wa.project, "stage": wa.stage});
    let listed = server
        .ok("developer", "list-deployments", Some(&wa.dev.token), stage)
        .await;
    assert_eq!(listed["deployments"][0]["id"], da.to_string(), "{listed}");
    assert!(
        listed["deployments"][0]["runtimes"].as_i64() > Some(0),
        "{listed}"
    );
    let lobbies_in = |url: String| async move {
        let db = connect(&url).await;
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM lobbies")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        db.pool.close().await;
        n
    };
    let in_a = lobbies_in(shards[0].clone()).await;
    assert!(in_a > 0);
    #[allow(clippy::cast_precision_loss)]
    server
        .metric_becomes("omgservers_lobbies", in_a as f64)
        .await;

    b.restart().await;
    readiness_becomes(&server, "shard-database-1", "UP").await;
    tic_tac_toe::play_to_a_win(&server, &wb).await;
    tic_tac_toe::play_to_a_win(&server, &wa).await;
    let in_both = lobbies_in(shards[0].clone()).await + lobbies_in(shards[1].clone()).await;
    #[allow(clippy::cast_precision_loss)]
    let in_both = in_both as f64;
    server.metric_becomes("omgservers_lobbies", in_both).await;

    // Lost again: its deployments count with the rows last read from it, the others afresh.
    b.kill();
    readiness_becomes(&server, "shard-database-1", "DOWN").await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(server.metric("omgservers_lobbies").await, in_both);
}
