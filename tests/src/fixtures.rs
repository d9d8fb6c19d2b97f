//! Building blocks for tests: developers, a tenant world, images, deployments.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::TestServer;

pub struct Developer {
    pub user_id: String,
    pub password: String,
    pub token: String,
}

/// A tenant with a developer holding PROJECT_MANAGER and TENANT_VIEWER, a project (and its
/// default stage) created by that developer, and a version.
pub struct World {
    pub support: String,
    pub tenant: String,
    pub dev: Developer,
    pub project: String,
    pub stage: String,
    pub version: String,
}

pub fn str_of(value: &Value, key: &str) -> String {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {value}"))
        .to_owned()
}

/// A version config with one mode `test` and one group `players`.
pub fn config(min: i64, max: i64) -> Value {
    json!({"modes": [{"name": "test", "min_players": min, "max_players": max,
        "groups": [{"name": "players", "min_players": min.max(1), "max_players": max}]}],
        "user_data": {"test": true}})
}

pub async fn developer(server: &TestServer, support: &str) -> Developer {
    let created = server
        .ok("support", "create-developer", Some(support), json!({}))
        .await;
    let user_id = str_of(&created, "user_id");
    let password = str_of(&created, "password");
    let token = server
        .ok(
            "developer",
            "create-token",
            None,
            json!({"user_id": user_id, "password": password}),
        )
        .await;
    Developer {
        user_id,
        password,
        token: str_of(&token, "raw_token"),
    }
}

pub async fn world(server: &TestServer) -> World {
    world_with(server, config(1, 16)).await
}

/// A world whose version has the given config.
pub async fn world_with(server: &TestServer, version_config: Value) -> World {
    let support = server.support_token().await;
    let tenant = str_of(
        &server
            .ok("support", "create-tenant", Some(&support), json!({}))
            .await,
        "id",
    );
    let dev = developer(server, &support).await;
    server
        .ok(
            "support",
            "create-tenant-permissions",
            Some(&support),
            json!({"tenant": tenant, "user_id": dev.user_id, "permissions_to_create": ["PROJECT_MANAGER", "TENANT_VIEWER"]}),
        )
        .await;
    let created = server
        .ok(
            "developer",
            "create-project",
            Some(&dev.token),
            json!({"tenant": tenant}),
        )
        .await;
    let project = str_of(&created, "project_id");
    let stage = str_of(&created, "stage_id");
    let version = str_of(
        &server
            .ok(
                "developer",
                "create-version",
                Some(&dev.token),
                json!({"tenant": tenant, "project": project, "config": version_config}),
            )
            .await,
        "version_id",
    );
    World {
        support,
        tenant,
        dev,
        project,
        stage,
        version,
    }
}

/// A registry push notification for `omgservers/<tenant>/<project>/universal:<version>`.
pub fn push_event(event_id: &str, tenant: &str, project: &str, version: &str) -> Value {
    json!({"events": [{
        "id": event_id,
        "timestamp": "2025-01-23T10:11:12.345Z",
        "action": "push",
        "target": {"mediaType": "application/vnd.docker.distribution.manifest.v2+json", "size": 528,
                   "digest": "sha256:0000", "length": 528,
                   "repository": format!("omgservers/{tenant}/{project}/universal"),
                   "url": "http://localhost:5000/v2/x", "tag": version},
        "request": {"id": "r1", "addr": "127.0.0.1:1234", "host": "localhost:5000", "method": "PUT", "useragent": "docker"},
        "actor": {"name": "dev"},
        "source": {"addr": "registry:5000", "instanceID": "abc"}
    }]})
}

/// Records an image for the world's version, as the registry's push notification would.
pub async fn push_image(server: &TestServer, w: &World) {
    push_image_of(server, w, &w.version).await
}

/// Records an image for a version of the world's project.
pub async fn push_image_of(server: &TestServer, w: &World, version: &str) {
    let event_id = format!("push-{version}");
    server
        .ok(
            "registry",
            "handle-events",
            None,
            push_event(&event_id, &w.tenant, &w.project, version),
        )
        .await;
}

/// Pushes an image and deploys the version to the default stage; returns the deployment id.
pub async fn deploy(server: &TestServer, w: &World) -> String {
    deploy_version(server, w, &w.version).await
}

/// Pushes an image for a version of the world's project and deploys it to the default stage;
/// returns the deployment id.
pub async fn deploy_version(server: &TestServer, w: &World, version: &str) -> String {
    push_image_of(server, w, version).await;
    let body =
        json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": version});
    str_of(
        &server
            .ok("developer", "deploy-version", Some(&w.dev.token), body)
            .await,
        "deployment_id",
    )
}

/// Creates another version of the world's project; returns its id.
pub async fn new_version(server: &TestServer, w: &World, version_config: Value) -> String {
    let body = json!({"tenant": w.tenant, "project": w.project, "config": version_config});
    str_of(
        &server
            .ok("developer", "create-version", Some(&w.dev.token), body)
            .await,
        "version_id",
    )
}

/// A deployment as `get-deployment-details` shows it (`state`, `state_reason`, …).
pub async fn deployment(server: &TestServer, w: &World, deployment: &str) -> Value {
    let body = json!({"tenant": w.tenant, "deployment_id": deployment});
    server
        .ok(
            "developer",
            "get-deployment-details",
            Some(&w.dev.token),
            body,
        )
        .await["details"]["deployment"]
        .clone()
}

/// A deployment's runtimes as `get-deployment-runtimes` lists them.
pub async fn runtimes_of(server: &TestServer, w: &World, deployment: &str) -> Vec<Value> {
    let body = json!({"tenant": w.tenant, "deployment_id": deployment});
    let listed = server
        .ok(
            "developer",
            "get-deployment-runtimes",
            Some(&w.dev.token),
            body,
        )
        .await;
    listed["runtimes"].as_array().cloned().unwrap_or_default()
}

/// A deployment's events (the newest 200), oldest first.
pub async fn events_of(server: &TestServer, w: &World, deployment: &str) -> Vec<Value> {
    let body = json!({"tenant": w.tenant, "deployment_id": deployment, "limit": 200});
    let listed = server
        .ok(
            "developer",
            "get-deployment-events",
            Some(&w.dev.token),
            body,
        )
        .await;
    listed["events"].as_array().cloned().unwrap_or_default()
}

/// Asserts that the deployment's events record one adoption, of `container`.
pub async fn adopted_once(server: &TestServer, w: &World, deployment: &str, container: &str) {
    let events = events_of(server, w, deployment).await;
    let adopted: Vec<&Value> = events.iter().filter(|e| e["kind"] == "ADOPTED").collect();
    assert_eq!(adopted.len(), 1, "one adoption in the events: {events:?}");
    assert!(
        adopted[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains(container)),
        "the adoption names container {container}: {adopted:?}"
    );
}

/// The world's stage now (`developer/get-stage-status`'s `status`), as its developer reads it
/// from `server`.
pub async fn stage_status(server: &TestServer, w: &World) -> Value {
    let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    server
        .ok("developer", "get-stage-status", Some(&w.dev.token), body)
        .await["status"]
        .clone()
}

/// The world's stage status, polled until `check` accepts it (the controller and the runtimes
/// move on their own); fails after `within` with `what` and the last answer.
pub async fn stage_status_until(
    server: &TestServer,
    w: &World,
    within: std::time::Duration,
    what: &str,
    check: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = std::time::Instant::now() + within;
    loop {
        let status = stage_status(server, w).await;
        if check(&status) {
            return status;
        }
        assert!(std::time::Instant::now() < deadline, "{what}: {status}");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Polls a deployment until its state is `wanted`; panics with what it was after `within`.
pub async fn wait_for_state(
    server: &TestServer,
    w: &World,
    id: &str,
    wanted: &str,
    within: std::time::Duration,
) -> Value {
    let deadline = std::time::Instant::now() + within;
    loop {
        let found = deployment(server, w, id).await;
        if found["state"] == wanted {
            return found;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "deployment {id} is not {wanted} after {within:?}: {found}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// A tar.gz archive of `(path, contents)` files, as omgctl packs a game directory.
pub fn tar_gz(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut tar = tar::Builder::new(Vec::new());
    for (path, data) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        // The name is written raw, so tests can send what an attacker would (`..`, `/etc`).
        header.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        tar.append(&header, *data).expect("tar entry");
    }
    let raw = tar.into_inner().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&raw).expect("gzip");
    gz.finish().expect("gzip")
}

/// `upload-files-archive` as upstream's ctl sends it: a multipart form with `tenant`,
/// `tenantVersionId` and the archive in part `version.zip`.
pub async fn upload_archive(
    server: &TestServer,
    token: Option<&str>,
    tenant: &str,
    version: &str,
    archive: Vec<u8>,
) -> (reqwest::StatusCode, Value) {
    let part = reqwest::multipart::Part::bytes(archive).file_name("version.tar.gz");
    let form = reqwest::multipart::Form::new()
        .text("tenant", tenant.to_owned())
        .text("tenantVersionId", version.to_owned())
        .part("version.zip", part);
    let mut request = server
        .http
        .post(server.url("developer", "upload-files-archive"))
        .multipart(form);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    crate::read(request.send().await.expect("upload request")).await
}

/// Polls a build request until it is finished; returns its `get-build-log` answer.
pub async fn finished_build(server: &TestServer, w: &World, build: &str) -> Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(180);
    loop {
        let body = json!({"tenant": w.tenant, "build_request_id": build});
        let log = server
            .ok("developer", "get-build-log", Some(&w.dev.token), body)
            .await;
        if log["state"] == "SUCCEEDED" || log["state"] == "FAILED" {
            return log;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "build {build} did not finish: {log}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Clients queued for matchmaking directly in the database (`queue_matchmaking`).
pub struct Queued {
    pub matchmaker_id: i64,
    /// Oldest request first.
    pub client_ids: Vec<i64>,
}

/// Where `insert_clients` puts its clients.
#[derive(Clone, Copy, Debug)]
pub enum Seat {
    /// QUEUED for a lobby: the controller's next pass assigns them.
    Queued,
    /// ASSIGNED to this lobby runtime (which was not told: no `ADD_CLIENT` is queued).
    Lobby(i64),
    /// ASSIGNED to no runtime: out of the way of the controller's lobby assignment.
    Nowhere,
}

/// Clients inserted straight into the database by `insert_clients`.
pub struct Inserted {
    pub matchmaker_id: i64,
    /// Oldest first (ids rise).
    pub client_ids: Vec<i64>,
}

/// Inserts `count` clients of a deployment of the world, each of its own user (one player
/// row for all), seated as `seat` and last active at `last_activity` (epoch ms), in one
/// unit of work: creating that many players through the API would measure or test sign-up,
/// not the game loop. Needs an in-process server.
pub async fn insert_clients(
    server: &TestServer,
    w: &World,
    deployment: &str,
    count: usize,
    seat: Seat,
    last_activity: i64,
) -> Inserted {
    let state = server.state.clone().expect("an in-process server");
    let user = server.ok("player", "create-user", None, json!({})).await;
    let id = |v: &str| v.parse::<i64>().expect("numeric id");
    let (user_id, tenant_id, stage_id, deployment_id) = (
        id(&str_of(&user, "user_id")),
        id(&w.tenant),
        id(&w.stage),
        id(deployment),
    );
    let mut tx = state.begin().await.expect("a unit");
    let (matchmaker_id,): (i64,) =
        sqlx::query_as("SELECT id FROM matchmakers WHERE deployment_id = $1")
            .bind(deployment_id)
            .fetch_one(&mut *tx)
            .await
            .expect("the deployment's matchmaker");
    let player_id = state.next_id();
    sqlx::query("INSERT INTO players (id, tenant_id, user_id, stage_id, profile, created) VALUES ($1, $2, $3, $4, '{}', 0)")
        .bind(player_id)
        .bind(tenant_id)
        .bind(user_id)
        .bind(stage_id)
        .execute(&mut *tx)
        .await
        .expect("a player");
    let (runtime_id, qualifier, client_state) = match seat {
        Seat::Queued => (None, None, "QUEUED"),
        Seat::Lobby(lobby) => (Some(lobby), Some("LOBBY"), "ASSIGNED"),
        Seat::Nowhere => (None, None, "ASSIGNED"),
    };
    let mut client_ids = Vec::with_capacity(count);
    for _ in 0..count {
        let client_id = state.next_id();
        // One user per client: the matchmaking planner keeps one request per user.
        let user_id = state.next_id();
        sqlx::query(
            "INSERT INTO clients (id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, runtime_id, runtime_qualifier, state, created, last_activity) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10)",
        )
        .bind(client_id)
        .bind(tenant_id)
        .bind(user_id)
        .bind(player_id)
        .bind(deployment_id)
        .bind(matchmaker_id)
        .bind(runtime_id)
        .bind(qualifier)
        .bind(client_state)
        .bind(last_activity)
        .execute(&mut *tx)
        .await
        .expect("a client");
        client_ids.push(client_id);
    }
    tx.commit().await.expect("committed");
    Inserted {
        matchmaker_id,
        client_ids,
    }
}

/// Queues `requests` matchmaking requests for mode `mode` of a deployment of the world, each of
/// a client of its own (`insert_clients`, active for good). With `lobby`, the clients are
/// ASSIGNED to that lobby runtime, as a lobby's players are when it asks for their
/// matchmaking; without, they are assigned nowhere. Needs an in-process server.
pub async fn queue_matchmaking(
    server: &TestServer,
    w: &World,
    deployment: &str,
    mode: &str,
    requests: usize,
    lobby: Option<i64>,
) -> Queued {
    let seat = lobby.map_or(Seat::Nowhere, Seat::Lobby);
    let clients = insert_clients(server, w, deployment, requests, seat, i64::MAX / 2).await;
    let state = server.state.clone().expect("an in-process server");
    let tenant_id: i64 = w.tenant.parse().expect("numeric id");
    let mut tx = state.begin().await.expect("a unit");
    for client_id in &clients.client_ids {
        sqlx::query("INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) VALUES ($1, $2, $3, $4, $5, 0)")
            .bind(state.next_id())
            .bind(tenant_id)
            .bind(clients.matchmaker_id)
            .bind(*client_id)
            .bind(mode)
            .execute(&mut *tx)
            .await
            .expect("a request");
    }
    tx.commit().await.expect("committed");
    Queued {
        matchmaker_id: clients.matchmaker_id,
        client_ids: clients.client_ids,
    }
}

/// The body of every `qualifier` message queued for a client (`client_messages`), by client,
/// asserting that no client was told twice.
pub async fn told_once(pool: &sqlx::AnyPool, qualifier: &str) -> BTreeMap<i64, Value> {
    let messages: Vec<(i64, String)> =
        sqlx::query_as("SELECT client_id, body FROM client_messages WHERE qualifier = $1")
            .bind(qualifier)
            .fetch_all(pool)
            .await
            .expect("the messages");
    let mut told = BTreeMap::new();
    for (client, body) in messages {
        let body: Value = serde_json::from_str(&body).expect("a JSON body");
        if let Some(first) = told.insert(client, body) {
            panic!("client {client} told {qualifier} twice (first: {first})");
        }
    }
    told
}
