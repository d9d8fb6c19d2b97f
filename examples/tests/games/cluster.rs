//! Three `omgservers` processes sharing one PostgreSQL (docs/sharding.md), with the process
//! driver and with Docker: players and runtimes reach the deployment's owner through any node;
//! when the owner is killed with SIGKILL mid-game, or paused past its lease, another node takes
//! its slots over, restarts (processes) or adopts (containers) its runtimes, and nothing a
//! player sent and had acknowledged is lost.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use omgservers_e2e::cluster::{
    forwards_answered, metric_sum, owner, settled, Haproxy, Node, NodeSpec,
};
use omgservers_e2e::docker::{self, DockerFront, Listed};
use omgservers_e2e::{fixtures, postgres};
use omgservers_sdk::dispatcher::{Data, PlayerSocket};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::endpoints::{self as ep, Endpoint as _};
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use omgservers_sdk::types::player::PlayerInterchangeRequest;
use serde_json::json;

const SHARDS: u32 = 64;
/// Short, so takeovers happen within a few seconds.
const LEASE_TTL: Duration = Duration::from_secs(2);
const WAIT: Duration = Duration::from_secs(30);

fn spec(database: &str) -> NodeSpec {
    NodeSpec {
        server: omgservers_e2e::binaries::server_binary(),
        runtime: PathBuf::from(env!("CARGO_BIN_EXE_catalogue-runtime")),
        database_url: database.to_owned(),
        shard_count: SHARDS,
        lease_ttl: "2s",
        env: vec![
            ("OMGSERVERS_CONTROLLER_TICK", "200ms".to_owned()),
            ("OMGSERVERS_INTERCHANGE_MAX_WAIT_MS", "1000".to_owned()),
        ],
    }
}

/// Waits for a message, riding out the errors a takeover gives meanwhile (a 410 while a slot
/// changes owner, a 502 while the old owner is unreachable), as a game client retries.
async fn wait_for(p: &mut PlayerClient, what: &str, predicate: impl Fn(&MessageBody) -> bool) {
    let deadline = Instant::now() + WAIT;
    let mut errors = Vec::new();
    loop {
        match p.wait_for(Duration::from_secs(1), &predicate).await {
            Ok(Some(_)) => return,
            Ok(None) => {}
            Err(e) => {
                errors.push(e.to_string());
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        assert!(
            Instant::now() < deadline,
            "no {what}; errors meanwhile: {errors:?}"
        );
    }
}

async fn answer(p: &mut PlayerClient) {
    let wanted = json!({"text": "message_was_handled"});
    wait_for(
        p,
        "answer",
        |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted),
    )
    .await;
}

/// A new player at `base` with a client in the world's stage, once assigned to a lobby.
async fn in_lobby(base: &str, w: &fixtures::World) -> PlayerClient {
    let mut player = PlayerClient::sign_up(base).await.unwrap();
    player
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    wait_for(&mut player, "lobby assignment", |m| {
        matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == RuntimeQualifier::LOBBY)
    })
    .await;
    player
}

/// Sends until the server acknowledges (the message is durable then).
async fn send(p: &mut PlayerClient, text: &str) {
    let deadline = Instant::now() + WAIT;
    while let Err(e) = p.send(json!({ "text": text })).await {
        assert!(Instant::now() < deadline, "cannot send: {e}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_forward_to_the_owner_and_take_over_a_killed_or_paused_one() {
    let database = postgres::fresh_database().await;
    take_over_a_killed_or_paused_owner(spec(&database)).await;
}

/// The same with the game state in two shard databases, each in a PostgreSQL cluster of its
/// own (docs/sharding.md "Several databases"): a takeover then claims the slot's fence row in
/// its shard database after the lease, and the paused owner's writes are refused there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_shard_databases_nodes_take_over_a_killed_or_paused_one() {
    let (a, b) = (
        postgres::CrashableCluster::start().await,
        postgres::CrashableCluster::start().await,
    );
    let mut spec = spec(&postgres::fresh_database().await);
    spec.env
        .push(("OMGSERVERS_DATABASE_SHARDS_0_URL", a.database().await));
    spec.env
        .push(("OMGSERVERS_DATABASE_SHARDS_1_URL", b.database().await));
    take_over_a_killed_or_paused_owner(spec).await;
}

/// Three nodes; a player talks to a node that does not own its deployment; the owner is
/// killed (SIGKILL of its process group) mid-game, then the new owner paused past its lease.
async fn take_over_a_killed_or_paused_owner(spec: NodeSpec) {
    // One after the other: each bootstraps the same users, idempotently.
    let mut nodes: Vec<Node> = (0..3).map(|_| Node::start(&spec)).collect();
    let view = settled(&nodes[0].api, 3, 64, WAIT).await;
    let instances: std::collections::HashSet<i64> = view["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["instance_id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        instances.len(),
        3,
        "each node claimed its own instance id: {view}"
    );

    let w = fixtures::world(&nodes[0].api).await;
    let deployment = fixtures::deploy(&nodes[0].api, &w).await;
    // Every node names the same owner.
    let first = owner(&nodes[0].api, &deployment).await;
    for node in &nodes[1..] {
        assert_eq!(owner(&node.api, &deployment).await, first);
    }
    let owner_index = nodes.iter().position(|n| n.uri == first).unwrap();
    let entry = (owner_index + 1) % 3;

    // A player that talks to another node than the owner: create-client and every
    // interchange are forwarded; the lobby runtime runs at the owner.
    let mut player = in_lobby(&nodes[entry].api.base, &w).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;

    // A message acknowledged (durable) but not yet handled when the owner dies: its lobby
    // runtime is paused first, then the owner's process group and its runtimes are killed.
    for pid in nodes[owner_index].runtime_groups() {
        let paused = Command::new("kill")
            .args(["-STOP", "--", &format!("-{pid}")])
            .status()
            .unwrap();
        assert!(paused.success());
    }
    send(&mut player, "helloworld").await;
    let killed = nodes.remove(owner_index);
    let killed_uri = killed.uri.clone();
    killed.kill();
    let entry_api = nodes
        .iter()
        .find(|n| n.uri != killed_uri)
        .map(|n| &n.api)
        .unwrap();
    let started = Instant::now();
    // The message acknowledged before the kill is answered by the runtime the new owner
    // started in place of the killed one's.
    answer(&mut player).await;
    let took_over = started.elapsed();
    let second = owner(entry_api, &deployment).await;
    assert_ne!(second, killed_uri);
    settled(entry_api, 2, 64, WAIT).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    eprintln!("SIGKILL: answered again after {took_over:?} (lease TTL {LEASE_TTL:?})");

    // SIGSTOP of the new owner past its lease: the last node takes over; the paused one,
    // resumed, finds its membership expired, joins again and serves by forwarding.
    let paused_index = nodes.iter().position(|n| n.uri == second).unwrap();
    let other = 1 - paused_index;
    player.set_base(&nodes[other].api.base);
    nodes[paused_index].signal("-STOP");
    tokio::time::sleep(LEASE_TTL * 2).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    assert_eq!(
        owner(&nodes[other].api, &deployment).await,
        nodes[other].uri
    );
    nodes[paused_index].signal("-CONT");
    settled(&nodes[other].api, 2, 64, WAIT).await;
    // Through the resumed node again.
    player.set_base(&nodes[paused_index].api.base);
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    let log = nodes[paused_index].log();
    assert!(
        log.contains("cluster membership expired"),
        "the paused node noticed it lost its membership"
    );

    for node in nodes {
        node.kill();
    }
}

/// Marks the node at `uri` draining (or back in service) through `api`.
async fn drain(api: &omgservers_e2e::TestServer, uri: &str, draining: bool) {
    let token = api.admin_token().await;
    let body = json!({"server_uri": uri, "draining": draining});
    api.ok("admin", "drain-node", Some(&token), body).await;
}

/// Until `api` names `wanted` as the deployment's owner.
async fn owned_by(api: &omgservers_e2e::TestServer, deployment: &str, wanted: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let now = owner(api, deployment).await;
        if now == wanted {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the deployment is owned by {now}, not {wanted}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A node is drained while the game runs on it, then stopped and removed, and a new node
/// added: the game's slot moves to another node, then (the older nodes drained) to the new
/// one, and back into a three-node spread; every message the player sends meanwhile — through
/// a node that stays — is answered, so nothing moved is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drained_node_hands_its_game_over_and_a_new_node_takes_it() {
    let database = postgres::fresh_database().await;
    let spec = spec(&database);
    let mut nodes: Vec<Node> = (0..3).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 3, 64, WAIT).await;
    let w = fixtures::world(&nodes[0].api).await;
    let deployment = fixtures::deploy(&nodes[0].api, &w).await;
    let first = owner(&nodes[0].api, &deployment).await;
    let drained = nodes.iter().position(|n| n.uri == first).unwrap();
    let entry = (drained + 1) % 3;
    let mut player = in_lobby(&nodes[entry].api.base, &w).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;

    // Drained: it hands every slot over at its next heartbeat and serves on by forwarding.
    drain(&nodes[entry].api, &first, true).await;
    settled(&nodes[entry].api, 2, 64, WAIT).await;
    let second = owner(&nodes[entry].api, &deployment).await;
    assert_ne!(second, first);
    send(&mut player, "helloworld").await;
    answer(&mut player).await;

    // Stopped (SIGTERM: it leaves the cluster) and removed.
    let mut gone = nodes.remove(drained);
    gone.signal("-TERM");
    let deadline = Instant::now() + WAIT;
    while gone.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the drained node did not stop");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        gone.log().contains("left the cluster"),
        "it handed over and left"
    );
    drop(gone);
    let view = settled(&nodes[0].api, 2, 64, WAIT).await;
    assert_eq!(view["nodes"].as_array().map(Vec::len), Some(2), "{view}");

    // A new node joins and takes its share; with the two older nodes drained it takes every
    // slot, the game's too.
    nodes.push(Node::start(&spec));
    settled(&nodes[0].api, 3, 64, WAIT).await;
    let added = nodes[2].uri.clone();
    for old in [nodes[0].uri.clone(), nodes[1].uri.clone()] {
        drain(&nodes[0].api, &old, true).await;
    }
    settled(&nodes[0].api, 1, 64, WAIT).await;
    owned_by(&nodes[0].api, &deployment, &added).await;
    player.set_base(&nodes[0].api.base);
    send(&mut player, "helloworld").await;
    answer(&mut player).await;

    // Back in service: the slots spread over the three again, and the game goes on.
    for old in [nodes[0].uri.clone(), nodes[1].uri.clone()] {
        drain(&nodes[0].api, &old, false).await;
    }
    settled(&nodes[0].api, 3, 64, WAIT).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
}

/// Behind the documented HAProxy configuration (round robin, routing by the route cookie:
/// docs/sharding.md "Owner routing") a player plays through whichever node a request reaches.
/// A client that drops cookies is balanced round robin and its requests are forwarded to the
/// owner; every answer names the owner in the cookie. A client that keeps it (the SDK's
/// player) reaches the owner directly: nothing is forwarded. When the owner is killed the
/// game goes on, the cookie comes to name the new owner, and again nothing is forwarded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_haproxy_players_reach_the_owner_by_the_route_cookie_and_survive_it() {
    let database = postgres::fresh_database().await;
    let spec = spec(&database);
    let mut nodes: Vec<Node> = (0..3).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 3, 64, WAIT).await;
    let listen = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port());
    let _haproxy = Haproxy::start(&listen, &nodes);
    let front = format!("http://{listen}");

    let w = fixtures::world(&nodes[0].api).await;
    let deployment = fixtures::deploy(&nodes[0].api, &w).await;
    let mut player = in_lobby(&front, &w).await;
    let first = owner(&nodes[0].api, &deployment).await;
    let naming = |owner: &str| format!("OMGSERVERS_NODE={}", owner.trim_start_matches("http://"));

    // Without cookies: round robin over three nodes, the two that do not own forward.
    let before = forwards_answered(&nodes).await;
    for _ in 0..6 {
        let set = route_cookie_set(&front, &player, None).await;
        assert_eq!(set, Some(naming(&first)), "every answer names the owner");
    }
    let without = forwards_answered(&nodes).await - before;
    assert!(without >= 3.0, "round robin: {without} of 6 forwarded");
    // A request that names the owner already is not told again.
    let again = route_cookie_set(&front, &player, Some(&naming(&first))).await;
    assert_eq!(again, None);

    // The SDK's player keeps the cookie its first answers set: it reaches the owner.
    let before = forwards_answered(&nodes).await;
    for _ in 0..3 {
        send(&mut player, "helloworld").await;
        answer(&mut player).await;
    }
    assert_eq!(forwards_answered(&nodes).await, before, "nothing forwarded");

    let owner_index = nodes.iter().position(|n| n.uri == first).unwrap();
    nodes.remove(owner_index).kill();
    // The cookie names a node that is down: balanced again, forwarded, and told the new owner.
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    settled(&nodes[0].api, 2, 64, WAIT).await;
    let second = owner(&nodes[0].api, &deployment).await;
    assert_ne!(second, first);
    // The next answers name the new owner, and the player keeps that.
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    let before = forwards_answered(&nodes).await;
    for _ in 0..3 {
        send(&mut player, "helloworld").await;
        answer(&mut player).await;
    }
    assert_eq!(forwards_answered(&nodes).await, before, "nothing forwarded");
    let set = route_cookie_set(&front, &player, None).await;
    assert_eq!(set, Some(naming(&second)));
}

/// Behind the documented HAProxy configuration, the SDK's dispatcher sockets carry the route
/// cookie as its HTTP calls do: the runtime's room, opened right after its create-token (whose
/// answer names the owner), and a player's socket reach the node owning the game, and nothing
/// is piped. The same socket sent straight to another node is piped (so the count can move).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_haproxy_dispatcher_sockets_reach_the_owner_by_the_route_cookie() {
    let database = postgres::fresh_database().await;
    let listen = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port());
    let front = format!("http://{listen}");
    let mut spec = spec(&database);
    spec.runtime = PathBuf::from(env!("CARGO_BIN_EXE_realtime-runtime"));
    spec.env.extend([
        ("OMGSERVERS_RUNTIMES_OVERRIDING_ENABLED", "true".to_owned()),
        ("OMGSERVERS_RUNTIMES_OVERRIDING_URI", front.clone()),
    ]);
    let nodes: Vec<Node> = (0..3).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 3, 64, WAIT).await;
    let _haproxy = Haproxy::start(&listen, &nodes);
    let piped = r#"omgservers_cluster_forwards_total{outcome="piped"}"#;

    let w = fixtures::world(&nodes[0].api).await;
    let deployment = fixtures::deploy(&nodes[0].api, &w).await;
    let mut player = PlayerClient::sign_up(&front).await.unwrap();
    player
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    // The lobby (realtime-runtime) opens its room, then upgrades each client it gets.
    let upgrade = player
        .wait_for(WAIT, |m| {
            matches!(m, MessageBody::ConnectionUpgradeMessage(_))
        })
        .await
        .unwrap()
        .expect("a CONNECTION_UPGRADE_MESSAGE");
    let MessageBody::ConnectionUpgradeMessage(upgrade) = upgrade.body else {
        unreachable!()
    };
    let ws_token = upgrade.web_socket_config.ws_token;
    let mut socket = player.open_socket(&ws_token).await.unwrap();
    echoes(&mut socket, "through the front").await;
    assert_eq!(
        metric_sum(&nodes, piped).await,
        0.0,
        "the runtime's room and the player's socket reached the owner"
    );

    let at = owner(&nodes[0].api, &deployment).await;
    let other = nodes
        .iter()
        .find(|n| n.uri != at)
        .expect("a node not owning the game");
    let mut direct = PlayerSocket::connect(&other.uri, &ws_token).await.unwrap();
    echoes(&mut direct, "through a pipe").await;
    assert_eq!(
        metric_sum(&nodes, piped).await,
        1.0,
        "the direct socket was piped"
    );
}

/// Sends `text` on a lobby socket of realtime-runtime and reads its echo.
async fn echoes(socket: &mut PlayerSocket, text: &str) {
    socket.send(Data::Text(text.into())).await.unwrap();
    let back = tokio::time::timeout(WAIT, socket.recv())
        .await
        .expect("an echo in time");
    assert_eq!(back, Some(Data::Text(text.into())));
}

/// One empty interchange of `player`'s client through `front` by an HTTP client that keeps no
/// cookies, sending `cookie` if given; the `OMGSERVERS_NODE` cookie its answer sets, if any
/// (`name=value`, without attributes).
async fn route_cookie_set(
    front: &str,
    player: &PlayerClient,
    cookie: Option<&str>,
) -> Option<String> {
    let body = PlayerInterchangeRequest {
        client_id: player.client_id.expect("a client"),
        outgoing_messages: Vec::new(),
        consumed_messages: Vec::new(),
        wait_ms: None,
    };
    let mut request = reqwest::Client::new()
        .post(format!("{front}{}", ep::player::Interchange::PATH))
        .bearer_auth(player.token())
        .json(&body);
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    let answer = request.send().await.expect("interchange");
    assert!(answer.status().is_success(), "{}", answer.status());
    let set: Vec<String> = answer
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter(|pair| pair.starts_with("OMGSERVERS_NODE="))
        .map(str::to_owned)
        .collect();
    assert!(set.len() <= 1, "one route cookie at most: {set:?}");
    set.into_iter().next()
}

/// Where images would be pulled from; nothing listens there: the image is built on the host.
const REGISTRY: &str = "127.0.0.1:5999";

/// Nodes running runtimes as containers on the local Docker engine, which the runtimes reach
/// the cluster from through `front` (the load balancer).
fn docker_spec(database: &str, front: &str) -> NodeSpec {
    let mut spec = spec(database);
    spec.env.extend([
        ("OMGSERVERS_RUNTIMES_DRIVER", "docker".to_owned()),
        ("OMGSERVERS_REGISTRY_URI", format!("http://{REGISTRY}")),
        ("OMGSERVERS_RUNTIMES_OVERRIDING_ENABLED", "true".to_owned()),
        (
            "OMGSERVERS_RUNTIMES_OVERRIDING_URI",
            format!("http://{front}"),
        ),
        (
            "OMGSERVERS_RUNTIMES_DOCKER_STOP_ON_SHUTDOWN",
            "false".to_owned(),
        ),
    ]);
    spec
}

/// Builds the world's image (the catalogue runtime) under the name a registry push would give
/// it, and deploys it; returns the deployment id and the image's guard.
async fn deploy_in_docker(
    api: &omgservers_e2e::TestServer,
    w: &fixtures::World,
) -> (String, docker::ImageTag) {
    let tag = format!(
        "{REGISTRY}/omgservers/{}/{}/universal:{}",
        w.tenant, w.project, w.version
    );
    let image = docker::runtime_image("catalogue-runtime", &tag);
    (fixtures::deploy(api, w).await, image)
}

/// The deployment's lobby containers as Docker lists them (running or not).
fn lobby_containers(deployment: &str) -> Vec<Listed> {
    let mut listed: Vec<Listed> = docker::labelled(docker::DEPLOYMENT_LABEL, deployment)
        .into_iter()
        .filter(|c| c.name.starts_with("omgservers-lobby-"))
        .collect();
    listed.sort_by(|a, b| a.name.cmp(&b.name));
    listed
}

/// With the Docker driver the nodes share the Docker host: no node removes or stops another
/// node's containers (each looks at the host every 3 s), and when the deployment's owner is
/// killed, the node that takes its slot over adopts the lobby container as it runs — the same
/// container answers on, through HAProxy (the runtimes' service URL), and nothing is started
/// twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn docker_runtimes_are_left_alone_and_adopted_by_the_new_owner() {
    docker::require_docker();
    let database = postgres::fresh_database().await;
    let listen = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port());
    let spec = docker_spec(&database, &listen);
    let mut nodes: Vec<Node> = (0..3).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 3, 64, WAIT).await;
    let _haproxy = Haproxy::start(&listen, &nodes);
    let front = format!("http://{listen}");

    let w = fixtures::world(&nodes[0].api).await;
    let (deployment, image) = deploy_in_docker(&nodes[0].api, &w).await;
    let _cleanup = docker::Cleanup::deployment(&deployment).with(image);
    let mut player = in_lobby(&front, &w).await;
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    let before = lobby_containers(&deployment);
    assert_eq!(before.len(), 1, "one lobby container: {before:?}");
    assert_eq!(before[0].state, "running");
    // Every node looked at the host at least once meanwhile: the container is still the one
    // its owner started, running.
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(lobby_containers(&deployment), before);

    let first = owner(&nodes[0].api, &deployment).await;
    let owner_index = nodes.iter().position(|n| n.uri == first).unwrap();
    nodes.remove(owner_index).kill();
    // A message after the kill is answered by the same container, now the new owner's.
    send(&mut player, "helloworld").await;
    answer(&mut player).await;
    let second = owner(&nodes[0].api, &deployment).await;
    assert_ne!(second, first);
    assert_eq!(
        lobby_containers(&deployment),
        before,
        "the lobby container was adopted, not replaced"
    );
    fixtures::adopted_once(&nodes[0].api, &w, &deployment, &before[0].name).await;
    let new_owner = nodes.iter().find(|n| n.uri == second).unwrap();
    assert!(
        new_owner
            .log()
            .contains("adopting a running runtime container"),
        "the new owner logged the adoption"
    );
}

/// The pool's room is shared by the nodes: with one Docker host that takes a single
/// container, a deployment owned by one node gets it, and a deployment owned by another node
/// waits for room (PENDING, saying what is short) instead of starting a second container.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_share_a_docker_hosts_room() {
    docker::require_docker();
    let database = postgres::fresh_database().await;
    let front = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port());
    let mut spec = docker_spec(&database, &front);
    spec.env.extend([
        (
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
            "unix:///var/run/docker.sock".to_owned(),
        ),
        (
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MAX_CONTAINERS",
            "1".to_owned(),
        ),
    ]);
    let nodes: Vec<Node> = (0..2).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 2, 64, WAIT).await;
    let _haproxy = Haproxy::start(&front, &nodes);
    let api = &nodes[0].api;

    let first_world = fixtures::world(api).await;
    let (first, image) = deploy_in_docker(api, &first_world).await;
    let _first_cleanup = docker::Cleanup::deployment(&first).with(image);
    let deadline = Instant::now() + WAIT;
    while !lobby_containers(&first)
        .iter()
        .any(|c| c.state == "running")
    {
        assert!(Instant::now() < deadline, "the first lobby did not start");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let first_owner = owner(api, &first).await;
    // Deployments until one is owned by the other node (each lands on a slot by its id).
    let mut cleanups = Vec::new();
    let (w, other) = loop {
        let w = fixtures::world(api).await;
        let (deployment, image) = deploy_in_docker(api, &w).await;
        cleanups.push(docker::Cleanup::deployment(&deployment).with(image));
        if owner(api, &deployment).await != first_owner {
            break (w, deployment);
        }
        assert!(cleanups.len() < 10, "every deployment landed on one node");
    };
    let deadline = Instant::now() + WAIT;
    let lobby = loop {
        let runtimes = fixtures::runtimes_of(api, &w, &other).await;
        let waiting = runtimes
            .iter()
            .find(|r| {
                r["detail"]
                    .as_str()
                    .is_some_and(|d| d.contains("no pool host has room"))
            })
            .cloned();
        if let Some(lobby) = waiting {
            break lobby;
        }
        assert!(
            Instant::now() < deadline,
            "the other node's lobby never waited for room: {runtimes:?}; containers {:?} {:?}",
            lobby_containers(&first),
            lobby_containers(&other)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let detail = lobby["detail"].as_str().unwrap();
    assert!(detail.contains("containers 1/1"), "{detail}");
    assert_eq!(lobby["container_state"], "PENDING", "{lobby}");
    assert!(
        lobby_containers(&other).is_empty(),
        "nothing started for the other node's deployment"
    );
    let first_lobby = lobby_containers(&first);
    assert_eq!(first_lobby.len(), 1);
    assert_eq!(first_lobby[0].state, "running");
}

/// The detail of the deployment's lobby runtime, as `runtimes_of` lists it.
async fn lobby_detail(
    api: &omgservers_e2e::TestServer,
    w: &fixtures::World,
    deployment: &str,
) -> String {
    fixtures::runtimes_of(api, w, deployment)
        .await
        .iter()
        .find(|r| r["qualifier"] == "LOBBY")
        .and_then(|r| r["detail"].as_str())
        .unwrap_or_default()
        .to_owned()
}

/// The nodes' logged warnings and errors, for a failure's message.
fn warnings(nodes: &[Node]) -> String {
    nodes
        .iter()
        .flat_map(|n| {
            n.log()
                .lines()
                .filter(|l| l.contains("WARN") || l.contains("ERROR"))
                .map(|l| format!("{}: {l}", n.uri))
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The host's `draining` as the node sees it (`admin/get-pool-hosts`).
async fn sees_draining(api: &omgservers_e2e::TestServer, host: &str) -> bool {
    let admin = api.admin_token().await;
    let hosts = api
        .ok("admin", "get-pool-hosts", Some(&admin), json!({}))
        .await;
    hosts["hosts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == host)
        .unwrap_or_else(|| panic!("host {host} not in {hosts}"))["draining"]
        == true
}

/// Two nodes that want the last room of a shared host in the same moment: the first records
/// its placement in the database (under the hosts' lock) before its container exists, so the
/// second waits for room instead of placing too — even though Docker lists no container yet,
/// which the test makes last 20 s by holding each container creation at a front of the engine.
/// And a host drained, undrained or deleted through one node is followed by the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nodes_placing_at_once_never_overfill_a_host() {
    const HOLD: Duration = Duration::from_secs(20);
    docker::require_docker();
    let engine = DockerFront::start().await;
    let database = postgres::fresh_database().await;
    let front = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port());
    let mut spec = docker_spec(&database, &front);
    spec.env.extend([
        // Runtimes waiting for room start when room is added or freed, or never in this test.
        ("OMGSERVERS_RUNTIMES_NO_ROOM_RETRY", "10m".to_owned()),
        (
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
            engine.uri.clone(),
        ),
        (
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MAX_CONTAINERS",
            "1".to_owned(),
        ),
    ]);
    let nodes: Vec<Node> = (0..2).map(|_| Node::start(&spec)).collect();
    settled(&nodes[0].api, 2, 64, WAIT).await;
    let _haproxy = Haproxy::start(&front, &nodes);
    let (api0, api1) = (&nodes[0].api, &nodes[1].api);
    let admin0 = api0.admin_token().await;
    let admin1 = api1.admin_token().await;
    let hosts = api0
        .ok("admin", "get-pool-hosts", Some(&admin0), json!({}))
        .await;
    let host = fixtures::str_of(&hosts["hosts"][0], "id");

    // Drained through node 0: node 1 follows within its next read of the hosts.
    api0.ok(
        "admin",
        "drain-pool-host",
        Some(&admin0),
        json!({"id": host}),
    )
    .await;
    let deadline = Instant::now() + WAIT;
    while !sees_draining(api1, &host).await {
        assert!(
            Instant::now() < deadline,
            "node 1 never saw the host drained"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // A deployment owned by each node; both lobbies wait, nothing is created.
    let mut cleanups = Vec::new();
    let mut owned: [Option<(fixtures::World, String)>; 2] = [None, None];
    while owned.iter().any(Option::is_none) {
        assert!(
            cleanups.len() < 12,
            "the deployments all landed on one node"
        );
        let w = fixtures::world(api0).await;
        let (deployment, image) = deploy_in_docker(api0, &w).await;
        cleanups.push(docker::Cleanup::deployment(&deployment).with(image));
        let at = owner(api0, &deployment).await;
        let index = nodes.iter().position(|n| n.uri == at).expect("an owner");
        if owned[index].is_none() {
            owned[index] = Some((w, deployment));
        } else {
            // One lobby per node wants the room, no more.
            api0.ok(
                "developer",
                "delete-deployment",
                Some(&w.dev.token),
                json!({"tenant": w.tenant, "id": deployment}),
            )
            .await;
        }
    }
    let [Some((w0, d0)), Some((w1, d1))] = owned else {
        unreachable!()
    };
    for (w, d) in [(&w0, &d0), (&w1, &d1)] {
        let deadline = Instant::now() + WAIT;
        while !lobby_detail(api0, w, d)
            .await
            .contains("unreachable or draining")
        {
            assert!(
                Instant::now() < deadline,
                "lobby of {d} never waited for the drained host"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    assert_eq!(engine.creations(), 0, "a drained host got a container");

    // Undrained through node 1, with creations held: the first node to retry its lobby places
    // it (its creation held for HOLD); the other sees the host undrained and that placement in
    // the database, and waits, though Docker lists no container.
    engine.hold_creations(Some(HOLD));
    api1.ok(
        "admin",
        "drain-pool-host",
        Some(&admin1),
        json!({"id": host, "draining": false}),
    )
    .await;
    let undrained = Instant::now();
    let games = [(&w0, &d0), (&w1, &d1)];
    let mut waited_for_room = [false, false];
    let mut deletion_refused = false;
    while undrained.elapsed() < HOLD - Duration::from_secs(1) {
        assert!(
            engine.creations() <= 1,
            "both nodes created a container on a host with room for one"
        );
        for (i, (w, d)) in games.iter().enumerate() {
            waited_for_room[i] |= lobby_detail(api0, w, d).await.contains("containers 1/1");
        }
        if engine.creations() == 1 && !deletion_refused {
            // A host with a placement in progress is not deleted.
            let (qualifier, message) = api0
                .fails(
                    "admin",
                    "delete-pool-host",
                    Some(&admin0),
                    json!({"id": host}),
                    409,
                )
                .await;
            assert_eq!(qualifier, "WRONG_REQUEST");
            assert!(message.contains("being started"), "{message}");
            deletion_refused = true;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        deletion_refused,
        "no node placed its lobby once the host was undrained"
    );
    assert_eq!(engine.creations(), 1);
    engine.hold_creations(None);
    let deadline = Instant::now() + WAIT;
    let first = loop {
        if let Some(i) = games
            .iter()
            .position(|(_, d)| lobby_containers(d).iter().any(|c| c.state == "running"))
        {
            break i;
        }
        assert!(
            Instant::now() < deadline,
            "the placed lobby did not start; warnings: {}",
            warnings(&nodes)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let second = 1 - first;
    let ((w_first, d_first), (w_second, d_second)) = (games[first], games[second]);
    assert!(
        lobby_containers(d_second).is_empty(),
        "the host was overfilled"
    );
    assert!(
        waited_for_room[second],
        "the second lobby did not wait for the room the first took: {}",
        lobby_detail(api0, w_second, d_second).await
    );

    // The first deployment deleted: its container stops, and the second lobby takes the room.
    api0.ok(
        "developer",
        "delete-deployment",
        Some(&w_first.dev.token),
        json!({"tenant": w_first.tenant, "id": d_first}),
    )
    .await;
    let deadline = Instant::now() + WAIT;
    while !lobby_containers(d_second)
        .iter()
        .any(|c| c.state == "running")
    {
        assert!(
            Instant::now() < deadline,
            "the second lobby did not start once the room was free: {}; containers {:?} {:?}; \
             warnings: {}",
            lobby_detail(api0, w_second, d_second).await,
            lobby_containers(d_first),
            lobby_containers(d_second),
            warnings(&nodes)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(engine.creations(), 2);
    // Each node counts the other's container as Docker lists it: the host is not deleted.
    for (api, admin) in [(api0, &admin0), (api1, &admin1)] {
        let (_, message) = api
            .fails(
                "admin",
                "delete-pool-host",
                Some(admin),
                json!({"id": host}),
                409,
            )
            .await;
        assert!(message.contains("runs 1 runtime container"), "{message}");
    }
}
