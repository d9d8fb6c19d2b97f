//! Cluster nodes in one process sharing a throwaway PostgreSQL database (docs/sharding.md):
//! slot leases, fencing, draining, and the settings a cluster refuses to start without. The
//! multi-process failover test is `examples/tests/games/cluster.rs`.

use std::time::{Duration, Instant};

use omgservers::Config;
use omgservers_e2e::{error_of, postgres, realtime, Backend, TestServer};
use serde_json::{json, Value};

const SHARDS: u32 = 8;

fn clustered(database: &str, ttl: Duration) -> impl FnOnce(&mut Config) + '_ {
    move |c: &mut Config| {
        c.database_url = Some(database.to_owned());
        c.cluster_enabled = true;
        c.server_uri = Some(format!("http://{}", c.listen));
        c.server_shard_count = SHARDS;
        c.cluster_lease_ttl = ttl;
        c.dispatcher_recheck_interval = Duration::from_millis(300);
    }
}

async fn cluster_view(server: &TestServer) -> Value {
    let token = server.admin_token().await;
    server
        .ok("admin", "get-cluster", Some(&token), json!({}))
        .await
}

/// The slots each node holds, by URI, once `done` holds for the view.
async fn until(server: &TestServer, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    until_within(server, what, Duration::from_secs(20), done).await
}

/// `until`, failing the test unless `done` holds within `within`.
async fn until_within(
    server: &TestServer,
    what: &str,
    within: Duration,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + within;
    loop {
        let view = cluster_view(server).await;
        if done(&view) {
            return view;
        }
        assert!(Instant::now() < deadline, "{what}: {view}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Two nodes with a short lease on a fresh database, once they split the slots evenly; with
/// the cluster view then.
async fn two_nodes() -> (TestServer, TestServer, Value) {
    let database = postgres::fresh_database().await;
    let ttl = Duration::from_millis(900);
    let a = TestServer::start_with(Backend::Postgres, clustered(&database, ttl)).await;
    let b = TestServer::start_with(Backend::Postgres, clustered(&database, ttl)).await;
    let (ua, ub) = (a.base.clone(), b.base.clone());
    let view = until(&a, "the two nodes split the slots", |v| {
        slots_of(v, &ua) == 4 && slots_of(v, &ub) == 4
    })
    .await;
    (a, b, view)
}

/// `admin/calculate-shard` of `key` at `server`.
async fn shard_of(server: &TestServer, token: &str, key: &str) -> Value {
    server
        .ok(
            "admin",
            "calculate-shard",
            Some(token),
            json!({"shard_key": key}),
        )
        .await
}

fn slots_of(view: &Value, uri: &str) -> usize {
    view["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["server_uri"] == json!(uri))
        .map(|n| n["slots"].as_array().unwrap().len())
        .sum()
}

/// On both backends: without shard databases there is nothing to drain and no database to
/// move slots to (409, nothing recorded).
#[tokio::test]
async fn a_standalone_server_owns_every_slot_and_has_nothing_to_drain() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        a_standalone_server_owns_every_slot_and_has_nothing_to_drain_on(backend).await;
    }
}

async fn a_standalone_server_owns_every_slot_and_has_nothing_to_drain_on(backend: Backend) {
    let server = TestServer::start(backend).await;
    let view = cluster_view(&server).await;
    assert_eq!(view["clustered"], json!(false));
    assert_eq!(view["nodes"][0]["slots"].as_array().unwrap().len(), 1);
    let token = server.admin_token().await;
    let (status, body) = server
        .call(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": server.base}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    let (qualifier, message) = server
        .fails(
            "admin",
            "move-slots",
            Some(&token),
            json!({"slots": [0], "database": 0}),
            409,
        )
        .await;
    assert_eq!(qualifier, "WRONG_REQUEST");
    assert!(message.contains("no shard database"), "{message}");
    let (qualifier, message) = server
        .fails(
            "admin",
            "cancel-slot-moves",
            Some(&token),
            json!({"slots": [0]}),
            409,
        )
        .await;
    assert_eq!(qualifier, "WRONG_REQUEST");
    assert!(message.contains("no shard database"), "{message}");
    let view = server
        .ok("admin", "get-slot-databases", Some(&token), json!({}))
        .await;
    assert_eq!(view, json!({"databases": [], "moves": []}));
}

#[tokio::test]
async fn nodes_split_the_slots_and_a_drained_node_hands_its_own_over() {
    let (a, b, view) = two_nodes().await;
    let (ua, ub) = (a.base.clone(), b.base.clone());
    let instances: Vec<i64> = view["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["instance_id"].as_i64().unwrap())
        .collect();
    assert_eq!(instances.len(), 2);
    assert_ne!(instances[0], instances[1], "distinct instance ids: {view}");
    // Both name the same owner for any key.
    let token = a.admin_token().await;
    for key in ["1", "tenant-7", "123456789"] {
        assert_eq!(
            shard_of(&a, &token, key).await,
            shard_of(&b, &token, key).await
        );
    }

    let drained = a
        .ok(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": ua}),
        )
        .await;
    assert_eq!(drained["nodes"], json!(1));
    until(&b, "the drained node handed every slot over", |v| {
        slots_of(v, &ua) == 0 && slots_of(v, &ub) == SHARDS as usize
    })
    .await;
    // Each node's /metrics says what it holds and what moved.
    assert_eq!(a.metric("omgservers_cluster_slots_held").await, 0.0);
    assert_eq!(
        b.metric("omgservers_cluster_slots_held").await,
        f64::from(SHARDS)
    );
    assert!(a.metric("omgservers_cluster_slots_handed_over_total").await >= 4.0);
    // Each node's /metrics has the unowned-slots gauge, 0 now that every slot has a live
    // owner (what it counts otherwise: `store::slots` unit tests).
    for node in [&a, &b] {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !node
            .metrics_page()
            .await
            .lines()
            .any(|line| line == "omgservers_cluster_slots_unowned 0")
        {
            assert!(Instant::now() < deadline, "slots left unowned, or no gauge");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    assert!(b.metric("omgservers_cluster_slots_taken_total").await >= 8.0);
    // The last node in service is not drained: nobody would take its slots.
    let (status, body) = a
        .call(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": ub}),
        )
        .await;
    assert_eq!(
        (status.as_u16(), error_of(&body).0.as_str()),
        (409, "WRONG_REQUEST"),
        "{body}"
    );
    assert!(error_of(&body).1.contains("no other live node"), "{body}");
    let view = cluster_view(&a).await;
    let b_node = view["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["server_uri"] == json!(ub));
    assert_eq!(
        b_node.map(|n| n["draining"].clone()),
        Some(json!(false)),
        "the refused drain changed nothing: {view}"
    );
    a.ok(
        "admin",
        "drain-node",
        Some(&token),
        json!({"server_uri": ua, "draining": false}),
    )
    .await;
    until(&b, "the node back in service took its share again", |v| {
        slots_of(v, &ua) == 4 && slots_of(v, &ub) == 4
    })
    .await;
    let (status, body) = a
        .call(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": "http://127.0.0.1:1"}),
        )
        .await;
    assert_eq!(
        (status.as_u16(), error_of(&body).0.as_str()),
        (404, "SERVER_NOT_FOUND")
    );
}

/// A node that died without leaving (here a row standing in for it, expired a moment ago) is
/// listed as not alive for a lease TTL, then forgotten by a live node's heartbeat, with no node
/// joining.
#[tokio::test]
async fn a_dead_node_is_listed_for_a_lease_ttl_then_forgotten() {
    let database = postgres::fresh_database().await;
    let a = TestServer::start_with(
        Backend::Postgres,
        clustered(&database, Duration::from_millis(900)),
    )
    .await;
    sqlx::query(
        "INSERT INTO nodes (id, uri, instance_id, started_at, expires_at, draining) \
         VALUES (7, 'http://127.0.0.1:9', 1023, 0, \
         (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT - 100, FALSE)",
    )
    .execute(&a.state.as_ref().unwrap().db.pool)
    .await
    .unwrap();
    let dead = |v: &Value| {
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["server_uri"] == json!("http://127.0.0.1:9"))
            .map(|n| n["alive"].clone())
    };
    let view = cluster_view(&a).await;
    assert_eq!(dead(&view), Some(json!(false)), "{view}");
    // Still listed half a lease TTL after it expired (a heartbeat runs every third of it).
    tokio::time::sleep(Duration::from_millis(350)).await;
    let view = cluster_view(&a).await;
    assert_eq!(dead(&view), Some(json!(false)), "{view}");
    until_within(
        &a,
        "the dead node was forgotten",
        Duration::from_secs(5),
        |v| dead(v).is_none(),
    )
    .await;
}

/// Two nodes given the same `OMGSERVERS_SERVER_URI` (a load balancer's address, say) do not keep
/// evicting each other: the later one takes the earlier one's place, as a restarted node does,
/// and the earlier one joins again on standby — draining, holding no slot, with an instance id
/// of its own, its readiness DOWN — until the later one leaves; then it is back in service.
#[tokio::test]
async fn a_node_whose_uri_another_node_took_stays_on_standby_until_it_is_free() {
    let database = postgres::fresh_database().await;
    let ttl = Duration::from_millis(900);
    let a = TestServer::start_with(Backend::Postgres, clustered(&database, ttl)).await;
    let shared = a.base.clone();
    let uri = shared.clone();
    let b = TestServer::start_with(Backend::Postgres, move |c: &mut Config| {
        clustered(&database, ttl)(c);
        c.server_uri = Some(uri);
    })
    .await;
    let at_shared = |v: &Value, draining: bool| -> Vec<Value> {
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["server_uri"] == json!(shared) && n["draining"] == json!(draining))
            .cloned()
            .collect()
    };
    let all_slots = |node: &Value| node["slots"].as_array().unwrap().len() == SHARDS as usize;
    let settled = |v: &Value| {
        let serving = at_shared(v, false);
        let standby = at_shared(v, true);
        serving.len() == 1
            && serving[0]["this_node"] == json!(true)
            && all_slots(&serving[0])
            && standby.len() == 1
            && standby[0]["slots"] == json!([])
            && standby[0]["instance_id"] != serving[0]["instance_id"]
    };
    let view = until(
        &b,
        "the later node took the place, the earlier is on standby",
        settled,
    )
    .await;
    let later = at_shared(&view, false)[0]["node_id"].clone();
    // A dozen heartbeats: neither evicts the other.
    let deadline = Instant::now() + Duration::from_secs(4);
    while Instant::now() < deadline {
        let view = cluster_view(&b).await;
        assert!(settled(&view), "{view}");
        assert_eq!(at_shared(&view, false)[0]["node_id"], later, "{view}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    // The node on standby says so to a load balancer; the other is ready.
    let (status, body) = a.health("/q/health/ready").await;
    assert_eq!(status, 503, "{body}");
    let membership = body["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "cluster-membership")
        .map(|c| c["status"].clone());
    assert_eq!(membership, Some(json!("DOWN")), "{body}");
    assert_eq!(b.health("/q/health/ready").await.0, 200);
    // `drain-node --undo` of the URI puts the node on standby back in service at once, and
    // the other goes on standby in turn.
    let token = a.admin_token().await;
    a.ok(
        "admin",
        "drain-node",
        Some(&token),
        json!({"server_uri": shared, "draining": false}),
    )
    .await;
    until(&a, "the undrained node took the place back", settled).await;
    assert_eq!(a.health("/q/health/ready").await.0, 200);
    assert_eq!(b.health("/q/health/ready").await.0, 503);
    // Once the node holding the place left, the other one is back in service.
    a.stop().await;
    let a = b;
    until(&a, "the node on standby is back in service", |v| {
        let serving = at_shared(v, false);
        serving.len() == 1 && serving[0]["this_node"] == json!(true) && all_slots(&serving[0])
    })
    .await;
    assert_eq!(a.health("/q/health/ready").await.0, 200);
}

/// A change of membership is announced (PostgreSQL NOTIFY) and every node acts on it at once,
/// not at its next heartbeat: with a 60 s lease TTL (a heartbeat every 20 s), a joining node
/// gets its share, a drained node hands its slots over, a node back in service takes its share
/// again — also right after the listening sessions were ended — and a node that left has its
/// slots taken, each within a few seconds. (Without the announcements each step waits for
/// heartbeats up to 20 s apart.)
#[tokio::test]
async fn membership_changes_move_slots_at_once_not_at_the_next_heartbeat() {
    let database = postgres::fresh_database().await;
    let ttl = Duration::from_secs(60);
    let soon = Duration::from_secs(4);
    let a = TestServer::start_with(Backend::Postgres, clustered(&database, ttl)).await;
    let ua = a.base.clone();
    until_within(&a, "the first node took every slot", soon, |v| {
        slots_of(v, &ua) == SHARDS as usize
    })
    .await;
    let b = TestServer::start_with(Backend::Postgres, clustered(&database, ttl)).await;
    let ub = b.base.clone();
    let half = |v: &Value| {
        slots_of(v, &ua) == SHARDS as usize / 2 && slots_of(v, &ub) == SHARDS as usize / 2
    };
    until_within(&a, "the joining node got its share", soon, half).await;

    let token = a.admin_token().await;
    let drain = |draining: bool| {
        a.ok(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": ua, "draining": draining}),
        )
    };
    drain(true).await;
    until_within(&b, "the drained node handed its slots over", soon, |v| {
        slots_of(v, &ua) == 0 && slots_of(v, &ub) == SHARDS as usize
    })
    .await;
    drain(false).await;
    until_within(&b, "the node back in service took its share", soon, half).await;

    // The listening sessions ended by the server (as by its restart) listen again at once
    // (sqlx connects again as it reads the end) and catch up: a drain just after is still
    // acted on at once.
    let pool = &a.state.as_ref().unwrap().db.pool;
    let ended: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE application_name = $1 AND datname = current_database()) ended",
    )
    .bind(omgservers::store::slots::MEMBERSHIP_SESSION)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(ended, 2, "one listening session per node");
    drain(true).await;
    until_within(
        &b,
        "the drained node handed its slots over again",
        soon,
        |v| slots_of(v, &ua) == 0 && slots_of(v, &ub) == SHARDS as usize,
    )
    .await;
    drain(false).await;
    until_within(
        &b,
        "the node back in service took its share again",
        soon,
        half,
    )
    .await;

    b.stop().await;
    let view = until_within(
        &a,
        "the slots of the node that left were taken",
        soon,
        |v| slots_of(v, &ua) == SHARDS as usize,
    )
    .await;
    assert_eq!(view["unowned_slots"], json!([]), "{view}");
}

/// A node whose lease was taken over (here by a write standing in for another node's takeover)
/// writes nothing more to the slot: its next unit fails its fence with 410 `WRONG_SHARD`.
#[tokio::test]
async fn a_node_that_lost_its_slot_writes_nothing_to_it() {
    let database = postgres::fresh_database().await;
    // A long lease: no heartbeat notices the loss before the write does.
    let server = TestServer::start_with(
        Backend::Postgres,
        clustered(&database, Duration::from_secs(60)),
    )
    .await;
    let (w, _runtime) = realtime::deployed_lobby(&server).await;
    let mut player = realtime::player(&server, &w).await;
    let state = server.state.as_ref().unwrap();
    let deployment_id: i64 = sqlx::query_scalar("SELECT deployment_id FROM runtimes LIMIT 1")
        .fetch_one(&state.db.pool)
        .await
        .unwrap();
    let slot = omgservers::store::shard::shard_index(&[&deployment_id.to_string()], SHARDS);
    let takeover = "UPDATE slot_leases SET node_id = 42, epoch = epoch + 1 WHERE slot = $1";
    the_next_write_is_refused(&mut player, &state.db.pool, takeover, slot).await;
    assert!(
        !state.writer.slots().owned().contains_key(&slot),
        "the node dropped the slot"
    );
    assert!(
        server
            .metric("omgservers_cluster_fence_refusals_total")
            .await
            >= 1.0
    );
}

/// Another node's takeover of `slot`, stood in for by `takeover` (a statement rewriting the
/// row the node fences on, in `db`, the database of the slot's game state): the player's next
/// message is refused with 410 `WRONG_SHARD` and nothing lands in `db`'s command queues.
async fn the_next_write_is_refused(
    player: &mut omgservers_sdk::player::PlayerClient,
    db: &sqlx::AnyPool,
    takeover: &str,
    slot: u32,
) {
    let commands = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM runtime_commands")
            .fetch_one(db)
            .await
            .unwrap()
    };
    let before = commands().await;
    sqlx::query(takeover)
        .bind(i32::try_from(slot).unwrap())
        .execute(db)
        .await
        .unwrap();
    let sent = player.send(json!({"text": "after the takeover"})).await;
    let error = sent.expect_err("the write is refused").to_string();
    assert!(
        error.contains("410") || error.contains("WRONG_SHARD"),
        "{error}"
    );
    assert_eq!(
        commands().await,
        before,
        "nothing was written to the lost slot"
    );
}

/// A node paused in the middle of a batch leaves its session idle inside a transaction that
/// holds its slots' lease rows `FOR SHARE`, and a takeover skips locked rows: without a limit
/// the paused node kept those slots until it resumed (seen as a 30 s `WRONG_SHARD` in the
/// SIGSTOP failover test). PostgreSQL now ends such a session after the lease TTL.
#[tokio::test]
async fn a_node_session_left_inside_a_transaction_loses_its_lease_locks_after_the_lease() {
    let (a, b, _) = two_nodes().await;
    let locked = "SELECT COUNT(*) FROM (SELECT slot FROM slot_leases WHERE slot = 0 \
                  FOR UPDATE SKIP LOCKED) AS free";
    let b_pool = &b.state.as_ref().unwrap().db.pool;
    let mut paused = a.state.as_ref().unwrap().db.pool.begin().await.unwrap();
    sqlx::query("SELECT slot FROM slot_leases WHERE slot = 0 FOR SHARE")
        .fetch_all(&mut *paused)
        .await
        .unwrap();
    let free = || async {
        sqlx::query_scalar::<_, i64>(locked)
            .fetch_one(b_pool)
            .await
            .unwrap()
    };
    assert_eq!(free().await, 0, "the row is locked while the batch is open");
    // Idle past the lease (900 ms), as a paused node would be.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(free().await, 1, "the paused session's lock is gone");
    assert!(
        sqlx::query("SELECT 1").execute(&mut *paused).await.is_err(),
        "the paused session was ended"
    );
}

#[tokio::test]
async fn a_cluster_node_refuses_to_start_with_missing_or_bad_settings() {
    let data = tempfile::tempdir().unwrap();
    let start = |configure: &dyn Fn(&mut Config)| {
        let mut config = Config::defaults();
        config.data_dir = data.path().to_path_buf();
        config.cluster_enabled = true;
        config.server_uri = Some("http://127.0.0.1:1".to_owned());
        config.server_private_key = Some(omgservers_e2e::test_keys().private_pem.clone());
        configure(&mut config);
        config
    };
    // Each refusal names the missing setting.
    let refusal = |config: Config| async move {
        let refused = omgservers::prepare(config).await.err();
        refused.map(|e| e.to_string()).unwrap_or_default()
    };
    let sqlite = refusal(start(&|_| {})).await;
    assert!(sqlite.contains("PostgreSQL"), "{sqlite}");
    let database = postgres::fresh_database().await;
    let no_uri = refusal(start(&|c| {
        c.database_url = Some(database.clone());
        c.server_uri = None;
    }))
    .await;
    assert!(no_uri.contains("OMGSERVERS_SERVER_URI"), "{no_uri}");
    let no_key = refusal(start(&|c| {
        c.database_url = Some(database.clone());
        c.server_private_key = None;
    }))
    .await;
    assert!(no_key.contains("OMGSERVERS_SERVER_PRIVATE_KEY"), "{no_key}");
    let bad_cookie = refusal(start(&|c| {
        c.database_url = Some(database.clone());
        c.cluster_route_cookie = "OMG NODE".to_owned();
    }))
    .await;
    assert!(
        bad_cookie.contains("OMGSERVERS_CLUSTER_ROUTE_COOKIE"),
        "{bad_cookie}"
    );
}

/// A runtime's and a player's sockets that reach the node not owning the deployment are piped
/// to the owner's room; a socket straight at the owner shares that room. When the owner goes
/// away, piped sockets are closed with the owner's close frame.
#[tokio::test]
async fn dispatcher_sockets_at_another_node_are_piped_to_the_owners_room() {
    use futures_util::{SinkExt, StreamExt};
    use omgservers_sdk::dispatcher::{Data, PlayerSocket};
    use tokio_tungstenite::tungstenite::Message;

    let (a, b, _) = two_nodes().await;
    let ua = a.base.clone();
    let (w, rt) = realtime::deployed_lobby(&a).await;
    let state = a.state.as_ref().unwrap();
    let deployment_id: i64 = sqlx::query_scalar("SELECT deployment_id FROM runtimes LIMIT 1")
        .fetch_one(&state.db.pool)
        .await
        .unwrap();
    let owner_uri = omgservers_e2e::cluster::owner(&a, &deployment_id.to_string()).await;
    let (owner, other) = if owner_uri == ua { (&a, &b) } else { (&b, &a) };

    // runtime/create-token names the owner in the route cookie at either node, so that the
    // room the runtime opens next reaches the owner behind a balancer (docs/sharding.md
    // "Owner routing").
    let runtime_row = {
        let mut conn = state.db.pool.acquire().await.unwrap();
        omgservers::store::runtimes::all(&mut conn)
            .await
            .unwrap()
            .into_iter()
            .find(|r| r.deployment_id == deployment_id)
            .expect("the lobby's runtime")
    };
    let naming = format!(
        "OMGSERVERS_NODE={}",
        owner.base.trim_start_matches("http://")
    );
    for node in [owner, other] {
        let password = omgservers::game::runtimes::issue_password(state, &runtime_row)
            .await
            .unwrap();
        let path = <omgservers_sdk::types::endpoints::runtime::CreateToken as omgservers_sdk::types::endpoints::Endpoint>::PATH;
        let answer = reqwest::Client::new()
            .post(format!("{}{path}", node.base))
            .json(&json!({"runtime_id": runtime_row.id.to_string(), "password": password}))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200, "create-token at {}", node.base);
        let set: Vec<&str> = answer
            .headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .collect();
        assert_eq!(set, vec![naming.as_str()], "create-token at {}", node.base);
    }

    let mut runtime = realtime::raw_connect(other, &rt.ws_token).await;
    let mut piped = realtime::player(other, &w).await;
    let mut direct = realtime::player(owner, &w).await;
    let piped_id = piped.client_id.unwrap().to_string();
    let piped_token = rt.upgrade(other, &mut piped).await;
    let direct_token = rt.upgrade(owner, &mut direct).await;
    let mut piped_ws = PlayerSocket::connect(&other.base, &piped_token)
        .await
        .unwrap();
    let mut direct_ws = PlayerSocket::connect(&owner.base, &direct_token)
        .await
        .unwrap();

    piped_ws
        .send(Data::Text("through the pipe".into()))
        .await
        .unwrap();
    let frame = loop {
        let message = tokio::time::timeout(Duration::from_secs(10), runtime.next())
            .await
            .expect("a frame for the runtime")
            .expect("open")
            .expect("a frame");
        if let Message::Text(text) = message {
            break serde_json::from_str::<Value>(text.as_str()).unwrap();
        }
    };
    assert_eq!(
        frame,
        json!({"client_id": piped_id, "encoding": "TXT", "message": "through the pipe"})
    );
    runtime
        .send(Message::text(
            json!({"clients": null, "encoding": "TXT", "message": "to everyone"}).to_string(),
        ))
        .await
        .unwrap();
    let piped_sockets = "omgservers_cluster_forwards_total{outcome=\"piped\"}";
    assert_eq!(other.metric(piped_sockets).await, 2.0);
    for ws in [&mut piped_ws, &mut direct_ws] {
        let data = tokio::time::timeout(Duration::from_secs(10), ws.recv())
            .await
            .expect("a frame in time")
            .expect("open");
        assert_eq!(data, Data::Text("to everyone".into()));
    }
    // Each player's round trip is measured once, on the hop that ends at it (the piped one by
    // its pipe, not again by the owner), and both nodes' figures are in either's answer.
    let measured = || async {
        omgservers_e2e::fixtures::stage_status(other, &w).await["round_trip"]["players"].as_i64()
    };
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while measured().await != Some(2) {
        assert!(
            tokio::time::Instant::now() < deadline,
            "both players never measured: {:?}; pongs {} here, {} at the owner",
            measured().await,
            other
                .metric("omgservers_dispatcher_player_round_trip_seconds_count")
                .await,
            owner
                .metric("omgservers_dispatcher_player_round_trip_seconds_count")
                .await,
        );
        // Reading, as a live client does: a pong the client's WebSocket could not write at
        // once (a busy machine) is written at its next read or write.
        for ws in [&mut piped_ws, &mut direct_ws] {
            let idle = tokio::time::timeout(Duration::from_millis(100), ws.recv()).await;
            assert!(idle.is_err(), "no frame was sent: {idle:?}");
        }
    }
    tokio::time::sleep(Duration::from_millis(2500)).await; // another publish on each node
    assert_eq!(measured().await, Some(2));

    // The owner stops: the piped sockets get its close frame (1001, as upstream).
    let other_is_a = std::ptr::eq(other, &a);
    let (owner, other) = if other_is_a { (b, a) } else { (a, b) };
    owner.stop().await;
    let next = tokio::time::timeout(Duration::from_secs(10), piped_ws.recv())
        .await
        .expect("the piped socket closes in time");
    assert_eq!(next, None);
    assert_eq!(piped_ws.closed().map(|c| c.code), Some(1001));
    let (close, _) = realtime::close_of(&mut runtime, Duration::from_secs(10)).await;
    assert_eq!(close.map(|c| c.0), Some(1001));
    drop(other);
}

/// A node that hands a slot over closes that slot's rooms (1001 "Room was removed", as when
/// their owner goes away): sockets left there would split a room between two nodes. The
/// runtime and its player reconnect, here through the node that handed the slot over, and meet
/// in the new owner's room.
#[tokio::test]
async fn a_node_that_hands_a_slot_over_closes_its_rooms() {
    use futures_util::{SinkExt, StreamExt};
    use omgservers_sdk::dispatcher::{Closed, Data, PlayerSocket};
    use tokio_tungstenite::tungstenite::Message;

    let (a, b, _) = two_nodes().await;
    let (w, rt) = realtime::deployed_lobby(&a).await;
    let deployment_id: i64 = sqlx::query_scalar("SELECT deployment_id FROM runtimes LIMIT 1")
        .fetch_one(&a.state.as_ref().unwrap().db.pool)
        .await
        .unwrap();
    let owner_uri = omgservers_e2e::cluster::owner(&a, &deployment_id.to_string()).await;
    let (owner, other) = if owner_uri == a.base {
        (&a, &b)
    } else {
        (&b, &a)
    };
    async fn runtime_reads(runtime: &mut realtime::RawSocket) -> String {
        loop {
            let frame = tokio::time::timeout(Duration::from_secs(10), runtime.next())
                .await
                .expect("a frame for the runtime")
                .expect("open")
                .expect("a frame");
            if let Message::Text(text) = frame {
                return text.as_str().to_owned();
            }
        }
    }

    let mut runtime = realtime::raw_connect(owner, &rt.ws_token).await;
    let mut player = realtime::player(owner, &w).await;
    let token = rt.upgrade(owner, &mut player).await;
    let mut ws = PlayerSocket::connect(&owner.base, &token).await.unwrap();
    ws.send(Data::Text("before".into())).await.unwrap();
    assert!(runtime_reads(&mut runtime).await.contains("before"));

    let admin = owner.admin_token().await;
    owner
        .ok(
            "admin",
            "drain-node",
            Some(&admin),
            json!({"server_uri": owner.base}),
        )
        .await;
    let removed = Closed {
        code: 1001,
        reason: "Room was removed".into(),
    };
    let next = tokio::time::timeout(Duration::from_secs(10), ws.recv())
        .await
        .expect("the player's socket closes in time");
    assert_eq!(next, None);
    assert_eq!(ws.closed(), Some(&removed));
    let (close, _) = realtime::close_of(&mut runtime, Duration::from_secs(10)).await;
    assert_eq!(close, Some((1001, "Room was removed".to_owned())));
    assert_eq!(
        owner
            .metric("omgservers_dispatcher_recheck_closed_sockets_total")
            .await,
        2.0
    );
    assert!(
        !omgservers_e2e::cluster::owner(&a, &deployment_id.to_string())
            .await
            .eq(&owner.base)
    );

    let mut runtime = realtime::raw_connect(owner, &rt.ws_token).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while other.state.as_ref().unwrap().dispatcher.room_count() == 0 {
        assert!(Instant::now() < deadline, "the new owner opened no room");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut ws = PlayerSocket::connect(&owner.base, &token).await.unwrap();
    ws.send(Data::Text("after".into())).await.unwrap();
    assert!(runtime_reads(&mut runtime).await.contains("after"));
    runtime
        .send(Message::text(
            json!({"clients": null, "encoding": "TXT", "message": "welcome back"}).to_string(),
        ))
        .await
        .unwrap();
    let data = tokio::time::timeout(Duration::from_secs(10), ws.recv())
        .await
        .expect("a frame in time")
        .expect("open");
    assert_eq!(data, Data::Text("welcome back".into()));
}

/// Upstream's static index: server i owns slots i, i+N, …; each forwards the rest; nothing
/// moves (draining is refused).
#[tokio::test]
async fn a_static_index_assigns_slots_round_robin_and_forwards_the_rest() {
    let database = postgres::fresh_database().await;
    let free = || -> std::net::SocketAddr {
        format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port())
            .parse()
            .unwrap()
    };
    let (addr_a, addr_b) = (free(), free());
    let index = vec![format!("http://{addr_a}"), format!("http://{addr_b}")];
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let configure = |c: &mut Config| {
        c.database_url = Some(database.clone());
        c.server_uri = Some(format!("http://{}", c.listen));
        c.server_shard_count = SHARDS;
        c.server_index = index.clone();
    };
    let a = TestServer::start_at(Backend::Postgres, dir_a.path(), addr_a, configure).await;
    let b = TestServer::start_at(Backend::Postgres, dir_b.path(), addr_b, configure).await;
    let view = cluster_view(&b).await;
    assert_eq!(view["clustered"], json!(true));
    assert_eq!(view["nodes"][0]["server_uri"], json!(index[0]));
    assert_eq!(view["nodes"][0]["slots"], json!([0, 2, 4, 6]));
    assert_eq!(view["nodes"][1]["slots"], json!([1, 3, 5, 7]));
    let token = a.admin_token().await;
    for key in ["1", "tenant-7", "123456789"] {
        let slot = omgservers::store::shard::shard_index(&[key], SHARDS);
        for server in [&a, &b] {
            let answer = shard_of(server, &token, key).await;
            assert_eq!(answer["shard_index"], json!(slot));
            assert_eq!(answer["server_uri"], json!(index[slot as usize % 2]));
        }
    }
    // A player at either server reaches the deployment's owner.
    let (w, _runtime) = realtime::deployed_lobby(&a).await;
    for server in [&a, &b] {
        let mut player = realtime::player(server, &w).await;
        player.send(json!({"text": "hello"})).await.unwrap();
    }
    let answered = "omgservers_cluster_forwards_total{outcome=\"answered\"}";
    assert!(a.metric(answered).await + b.metric(answered).await > 0.0);
    assert_eq!(a.metric("omgservers_cluster_slots_held").await, 4.0);
    let (status, body) = a
        .call(
            "admin",
            "drain-node",
            Some(&token),
            json!({"server_uri": index[1]}),
        )
        .await;
    assert_eq!(status, 409, "{body}");
    drop((a, b));
}

/// A write that loses to another server's change since its snapshot (what a `REPEATABLE READ`
/// batch meets) is recognised as a conflict to retry — answered 503, not 500.
#[tokio::test]
async fn a_write_that_loses_to_a_concurrent_change_is_a_retryable_conflict() {
    use sqlx::{Connection, Executor};
    let url = postgres::fresh_database().await;
    let mut setup = sqlx::PgConnection::connect(&url).await.unwrap();
    setup
        .execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO t VALUES (1, 0)")
        .await
        .unwrap();
    let mut batch = sqlx::PgConnection::connect(&url).await.unwrap();
    batch
        .execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        .await
        .unwrap();
    batch.execute("SELECT v FROM t").await.unwrap();
    setup
        .execute("UPDATE t SET v = 1 WHERE id = 1")
        .await
        .unwrap();
    let lost = batch
        .execute("UPDATE t SET v = 2 WHERE id = 1")
        .await
        .expect_err("the second writer loses");
    assert!(omgservers::store::is_concurrent_conflict(&lost), "{lost}");
    let other = setup
        .execute("SELECT * FROM no_such_table")
        .await
        .expect_err("an ordinary error");
    assert!(!omgservers::store::is_concurrent_conflict(&other));
}

/// Nodes started at the same moment on an empty database all come up: the bootstrap users are
/// created once (a node that meets another's concurrent bootstrap runs it again and finds them).
#[tokio::test]
async fn nodes_started_together_bootstrap_once() {
    let database = postgres::fresh_database().await;
    let ttl = Duration::from_secs(2);
    let (a, b, c) = tokio::join!(
        TestServer::start_with(Backend::Postgres, clustered(&database, ttl)),
        TestServer::start_with(Backend::Postgres, clustered(&database, ttl)),
        TestServer::start_with(Backend::Postgres, clustered(&database, ttl)),
    );
    for server in [&a, &b, &c] {
        server.admin_token().await;
    }
    let state = a.state.as_ref().unwrap();
    let admins: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM user_aliases WHERE value = 'admin'")
        .fetch_one(&state.db.pool)
        .await
        .unwrap();
    assert_eq!(admins, 1);
}

/// A cluster node with shard databases (`OMGSERVERS_DATABASE_SHARDS_<i>_URL`): its own
/// settings for `database` (the system database), plus the shards.
fn clustered_with_shards(
    database: &str,
    shards: &[String],
    ttl: Duration,
) -> impl FnOnce(&mut Config) + 'static {
    let (database, shards) = (database.to_owned(), shards.to_vec());
    move |c: &mut Config| {
        clustered(&database, ttl)(c);
        c.database_shards = shards;
    }
}

/// Two fresh databases, to be shard databases.
async fn two_shard_databases() -> [String; 2] {
    [
        postgres::fresh_database().await,
        postgres::fresh_database().await,
    ]
}

/// A cluster node keeping its game state in `shards`.
async fn shard_node(database: &str, shards: &[String], ttl: Duration) -> TestServer {
    TestServer::start_with(
        Backend::Postgres,
        clustered_with_shards(database, shards, ttl),
    )
    .await
}

/// Every connection of a node reads the database settings alike: a system database given as
/// `jdbc:postgresql://host/db` with its user in `OMGSERVERS_DATABASE_USERNAME`, and shard
/// databases given with the `jdbc:` prefix, serve the pool, the shard databases and the
/// session that listens for membership changes.
#[tokio::test]
async fn every_connection_reads_the_database_settings_alike() {
    let database = postgres::fresh_database().await;
    let shards = two_shard_databases().await;
    let mut bare = url::Url::parse(&database).unwrap();
    let user = bare.username().to_owned();
    bare.set_username("").unwrap();
    let system = format!("jdbc:{bare}");
    let shards: Vec<String> = shards.iter().map(|s| format!("jdbc:{s}")).collect();
    let node = TestServer::start_with(Backend::Postgres, move |c: &mut Config| {
        clustered_with_shards(&system, &shards, Duration::from_secs(3))(c);
        c.database_username = Some(user);
    })
    .await;
    let token = node.admin_token().await;
    let view = node
        .ok("admin", "get-slot-databases", Some(&token), json!({}))
        .await;
    let reachable: Vec<&Value> = view["databases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["reachable"])
        .collect();
    assert_eq!(reachable, [&json!(true), &json!(true)], "{view}");
    let pool = &node.state.as_ref().unwrap().db.pool;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let listening: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_stat_activity \
             WHERE application_name = $1 AND datname = current_database()",
        )
        .bind(omgservers::store::slots::MEMBERSHIP_SESSION)
        .fetch_one(pool)
        .await
        .unwrap();
        if listening == 1 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no session listening for membership changes ({listening})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn shard_limits() -> omgservers::store::PoolLimits {
    omgservers::store::PoolLimits {
        max_connections: 2,
        acquire_timeout: Duration::from_secs(10),
        idle_in_transaction_limit: None,
    }
}

/// With shard databases a unit fences on its slot's row in the shard database (next to the
/// data), not on the lease: once another node's takeover rewrote that row (a write standing in
/// for it here), this node's next write to the slot is refused with 410 `WRONG_SHARD` and
/// nothing lands in the shard database.
#[tokio::test]
async fn with_shard_databases_a_node_writes_a_slot_only_while_its_fence_row_names_it() {
    let database = postgres::fresh_database().await;
    let shards = two_shard_databases().await;
    // A long lease: no heartbeat notices the loss before the write does.
    let server = shard_node(&database, &shards, Duration::from_secs(60)).await;
    let (w, _runtime) = realtime::deployed_lobby(&server).await;
    let mut player = realtime::player(&server, &w).await;
    let state = server.state.as_ref().unwrap();
    let mut found = None;
    for shard in state.databases.shards() {
        let row: Option<i64> = sqlx::query_scalar("SELECT deployment_id FROM runtimes LIMIT 1")
            .fetch_optional(&shard.db.pool)
            .await
            .unwrap();
        found = found.or(row);
    }
    let deployment_id = found.expect("the lobby runtime is in a shard database");
    let slot = omgservers::store::shard::shard_index(&[&deployment_id.to_string()], SHARDS);
    let shard = &state.databases.of_slot(slot).db.pool;
    let (node, epoch): (i64, i64) =
        sqlx::query_as("SELECT node_id, epoch FROM slot_fences WHERE slot = $1")
            .bind(i32::try_from(slot).unwrap())
            .fetch_one(shard)
            .await
            .unwrap();
    let slots = state.writer.slots();
    assert_eq!(
        (Some(node), Some(epoch)),
        (slots.node_id(), slots.epoch(slot)),
        "the fence row names this node at its lease's epoch"
    );
    let takeover = "UPDATE slot_fences SET node_id = 42, epoch = epoch + 1 WHERE slot = $1";
    the_next_write_is_refused(&mut player, shard, takeover, slot).await;
    assert!(
        !slots.owned().contains_key(&slot),
        "the node dropped the slot"
    );
}

/// With shard databases a takeover has two steps: the lease (system database), then the
/// slot's fence row in its shard database. The second waits for the old owner's batch that
/// still holds the row: until it ends, the new owner does not hold the slot (its other slots
/// it does); then it claims the fence at its lease's epoch within a heartbeat.
#[tokio::test]
async fn with_shard_databases_a_takeover_waits_for_the_batch_holding_the_fence() {
    use omgservers::config::Synchronous;
    use omgservers::store::{Backend as DbBackend, Db};

    let database = postgres::fresh_database().await;
    let shards = two_shard_databases().await;
    let ttl = Duration::from_millis(900);
    let a = shard_node(&database, &shards, ttl).await;
    let a_node = a.state.as_ref().unwrap().writer.slots().node_id();
    assert!(a.state.as_ref().unwrap().writer.slots().epoch(0).is_some());
    // Slot 0 is in shard database 0 (slot s in database s mod 2). A batch of the old owner
    // stands in: a transaction holding slot 0's fence row `FOR SHARE`.
    let shard0 = Db::connect(
        &shards[0],
        DbBackend::Postgres,
        shard_limits(),
        Synchronous::Normal,
    )
    .await
    .unwrap();
    let mut batch = shard0.pool.begin().await.unwrap();
    let held: i64 = sqlx::query_scalar("SELECT node_id FROM slot_fences WHERE slot = 0 FOR SHARE")
        .fetch_one(&mut *batch)
        .await
        .unwrap();
    assert_eq!(Some(held), a_node);
    a.stop().await; // hands its leases back

    let b = shard_node(&database, &shards, ttl).await;
    let ub = b.base.clone();
    until(&b, "the new node leases every slot", |v| {
        slots_of(v, &ub) == SHARDS as usize
    })
    .await;
    let b_slots = b.state.as_ref().unwrap().writer.slots().clone();
    // Several heartbeats (one per 300 ms) while the batch is open.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(
        b_slots.epoch(0),
        None,
        "slot 0 is not the new owner's while the batch holds its fence"
    );
    assert!(
        (1..SHARDS).all(|s| b_slots.epoch(s).is_some()),
        "the other slots are"
    );
    batch.rollback().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while b_slots.epoch(0).is_none() {
        assert!(Instant::now() < deadline, "slot 0 was never claimed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (node, epoch): (i64, i64) =
        sqlx::query_as("SELECT node_id, epoch FROM slot_fences WHERE slot = 0")
            .fetch_one(&shard0.pool)
            .await
            .unwrap();
    assert_eq!(
        (Some(node), Some(epoch)),
        (b_slots.node_id(), b_slots.epoch(0))
    );
}

/// A move between shard databases requested at any node is carried out by the slot's owner
/// (its counter, not the other's, counts it); every node then reads the slot's game state in
/// its new database, and the game goes on through either node.
#[tokio::test]
async fn with_shard_databases_a_slot_moves_by_its_owner_and_every_node_follows_the_map() {
    let database = postgres::fresh_database().await;
    let shards = two_shard_databases().await;
    let ttl = Duration::from_millis(900);
    let a = shard_node(&database, &shards, ttl).await;
    let b = shard_node(&database, &shards, ttl).await;
    let (ua, ub) = (a.base.clone(), b.base.clone());
    until(&a, "the two nodes split the slots", |v| {
        slots_of(v, &ua) == 4 && slots_of(v, &ub) == 4
    })
    .await;
    let w = omgservers_e2e::fixtures::world(&a).await;
    let deployment = omgservers_e2e::fixtures::deploy(&a, &w).await;
    let runtime = realtime::lobby_runtime_of(&a, &deployment).await;
    let mut player = realtime::player(&a, &w).await;
    let deployment: i64 = deployment.parse().unwrap();
    let slot = omgservers::store::shard::shard_index(&[&deployment.to_string()], SHARDS);
    let owns = |s: &TestServer| {
        s.state
            .as_ref()
            .unwrap()
            .writer
            .slots()
            .epoch(slot)
            .is_some()
    };
    let (owner, other) = if owns(&a) { (&a, &b) } else { (&b, &a) };
    assert!(owns(owner) && !owns(other));
    let databases = |s: &TestServer| s.state.as_ref().unwrap().databases.clone();
    let from = databases(owner).shard_of(slot).unwrap();
    let to = 1 - from;
    let runtimes = |index: usize| {
        let pool = databases(owner).shards()[index].db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM runtimes WHERE deployment_id = $1")
                .bind(deployment)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!((runtimes(from).await, runtimes(to).await), (1, 0));

    let admin = other.admin_token().await;
    other
        .ok(
            "admin",
            "move-slots",
            Some(&admin),
            json!({"slots": [slot], "database": to}),
        )
        .await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let view = other
            .ok("admin", "get-slot-databases", Some(&admin), json!({}))
            .await;
        if view["moves"] == json!([]) {
            break;
        }
        assert!(Instant::now() < deadline, "the move is not done: {view}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(
        owner.metric("omgservers_cluster_slots_moved_total").await,
        1.0
    );
    assert_eq!(
        other.metric("omgservers_cluster_slots_moved_total").await,
        0.0
    );
    assert_eq!(databases(owner).shard_of(slot), Some(to));
    let deadline = Instant::now() + Duration::from_secs(5);
    while databases(other).shard_of(slot) != Some(to) {
        assert!(Instant::now() < deadline, "the other node kept the old map");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!((runtimes(from).await, runtimes(to).await), (0, 1));

    // The player's messages reach the runtime, whichever node the runtime asks.
    for (index, through) in [&a, &b].into_iter().enumerate() {
        let text = format!("after the move, read through node {index}");
        player.send(json!({"text": text})).await.unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let answer = runtime.interchange(through, vec![]).await;
            if answer.to_string().contains(&text) {
                break;
            }
            assert!(Instant::now() < deadline, "the runtime never got {text}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
