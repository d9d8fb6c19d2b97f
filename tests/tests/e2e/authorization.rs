//! The authorization matrix, derived from the router's own endpoint table
//! (`omgservers::http::api`, the table that builds the routes and the OpenAPI document).
//!
//! Every endpoint needs an expectation in `EXPECTED`, written here independently of the
//! server's rules: an endpoint added without one, or a role the router declares differently,
//! fails `the_router_declares_what_the_matrix_expects`. Each protected endpoint is then called,
//! on both backends, with no token, a garbage token, every wrong role (a runtime's token
//! included), and for developer endpoints by a developer without the permission, with it on a
//! sibling project of the same tenant, with it in another tenant, and with exactly the right
//! permission, asserting status and qualifier each time.

use omgservers::http::router::Access;
use omgservers_e2e::fixtures::{self, str_of, tar_gz, World};
use omgservers_e2e::{both_backends, on_both_backends, realtime, Backend, TestServer};
use serde_json::{json, Value};

/// Who may call an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// No token (token issuance, ping, sign-up, registry notifications).
    Public,
    Admin,
    Support,
    /// A player's token (and, for a client, the player owning it).
    Player,
    /// A runtime's API token.
    Runtime,
    /// A developer with this permission on the tenant, project or stage the request names.
    Tenant(&'static str),
    Project(&'static str),
    Stage(&'static str),
}

/// Developer endpoints that a second permission at the same scope also opens, as the API
/// reference says ("STAGE_VIEWER (or DEPLOYMENT_MANAGER) on the stage").
const ALSO_OPENED_BY: &[(&str, &str)] = &[
    ("get-stage-status", "DEPLOYMENT_MANAGER"),
    ("list-clients", "DEPLOYMENT_MANAGER"),
    ("list-runtimes", "DEPLOYMENT_MANAGER"),
];

impl Needs {
    /// The other permissions at the same scope, which must not open `op`.
    fn others(self, op: &str) -> Vec<Needs> {
        let (all, wrap): (&[&'static str], fn(&'static str) -> Needs) = match self {
            Needs::Tenant(_) => (&["PROJECT_MANAGER", "TENANT_VIEWER"], Needs::Tenant),
            Needs::Project(_) => (
                &["STAGE_MANAGER", "VERSION_MANAGER", "PROJECT_VIEWER"],
                Needs::Project,
            ),
            Needs::Stage(_) => (&["DEPLOYMENT_MANAGER", "STAGE_VIEWER"], Needs::Stage),
            _ => return Vec::new(),
        };
        all.iter()
            .copied()
            .map(wrap)
            .filter(|other| *other != self)
            .filter(|other| {
                !ALSO_OPENED_BY
                    .iter()
                    .any(|(o, p)| *o == op && Needs::Stage(p) == *other)
            })
            .collect()
    }

    /// The role the router must declare for it (`None`: public).
    fn role(self) -> Option<&'static str> {
        match self {
            Needs::Public => None,
            Needs::Admin => Some("ADMIN"),
            Needs::Support => Some("SUPPORT"),
            Needs::Player => Some("PLAYER"),
            Needs::Runtime => Some("RUNTIME"),
            Needs::Tenant(_) | Needs::Project(_) | Needs::Stage(_) => Some("DEVELOPER"),
        }
    }
}

const EXPECTED: &[(&str, &str, Needs)] = &[
    ("admin", "create-token", Needs::Public),
    ("admin", "generate-id", Needs::Admin),
    ("admin", "bcrypt-hash", Needs::Admin),
    ("admin", "calculate-shard", Needs::Admin),
    ("admin", "get-cluster", Needs::Admin),
    ("admin", "drain-node", Needs::Admin),
    ("admin", "get-slot-databases", Needs::Admin),
    ("admin", "move-slots", Needs::Admin),
    ("admin", "cancel-slot-moves", Needs::Admin),
    ("admin", "ping-docker-host", Needs::Admin),
    ("admin", "get-pool-hosts", Needs::Admin),
    ("admin", "create-pool-host", Needs::Admin),
    ("admin", "drain-pool-host", Needs::Admin),
    ("admin", "delete-pool-host", Needs::Admin),
    ("support", "create-token", Needs::Public),
    ("support", "create-tenant", Needs::Support),
    ("support", "create-tenant-alias", Needs::Support),
    ("support", "delete-tenant", Needs::Support),
    ("support", "create-project", Needs::Support),
    ("support", "create-project-alias", Needs::Support),
    ("support", "delete-project", Needs::Support),
    ("support", "create-developer", Needs::Support),
    ("support", "delete-developer", Needs::Support),
    ("support", "list-tenants", Needs::Support),
    ("support", "list-developers", Needs::Support),
    ("support", "list-permissions", Needs::Support),
    ("support", "create-tenant-permissions", Needs::Support),
    ("support", "delete-tenant-permissions", Needs::Support),
    ("support", "create-project-permissions", Needs::Support),
    ("support", "delete-project-permissions", Needs::Support),
    ("support", "create-stage-permissions", Needs::Support),
    ("support", "delete-stage-permissions", Needs::Support),
    ("developer", "create-token", Needs::Public),
    (
        "developer",
        "get-tenant-details",
        Needs::Tenant("TENANT_VIEWER"),
    ),
    ("developer", "list-projects", Needs::Tenant("TENANT_VIEWER")),
    (
        "developer",
        "create-project",
        Needs::Tenant("PROJECT_MANAGER"),
    ),
    (
        "developer",
        "create-project-alias",
        Needs::Tenant("PROJECT_MANAGER"),
    ),
    (
        "developer",
        "delete-project",
        Needs::Tenant("PROJECT_MANAGER"),
    ),
    (
        "developer",
        "get-project-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    ("developer", "list-stages", Needs::Project("PROJECT_VIEWER")),
    (
        "developer",
        "list-versions",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "list-deployments",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "get-stage-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "get-version-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "get-build-log",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "get-deployment-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    ("developer", "create-stage", Needs::Project("STAGE_MANAGER")),
    (
        "developer",
        "create-stage-alias",
        Needs::Project("STAGE_MANAGER"),
    ),
    ("developer", "delete-stage", Needs::Project("STAGE_MANAGER")),
    (
        "developer",
        "create-version",
        Needs::Project("VERSION_MANAGER"),
    ),
    (
        "developer",
        "upload-files-archive",
        Needs::Project("VERSION_MANAGER"),
    ),
    (
        "developer",
        "delete-version",
        Needs::Project("VERSION_MANAGER"),
    ),
    (
        "developer",
        "get-stage-status",
        Needs::Stage("STAGE_VIEWER"),
    ),
    ("developer", "list-clients", Needs::Stage("STAGE_VIEWER")),
    ("developer", "list-runtimes", Needs::Stage("STAGE_VIEWER")),
    (
        "developer",
        "deploy-version",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "delete-deployment",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "create-lobby-request",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "delete-lobby",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "create-matchmaker-request",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "delete-matchmaker",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "get-deployment-runtimes",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "get-deployment-events",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "get-runtime-logs",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    (
        "developer",
        "kick-client",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    ("player", "ping-service", Needs::Public),
    ("player", "create-user", Needs::Public),
    ("player", "create-token", Needs::Public),
    ("player", "create-client", Needs::Player),
    ("player", "interchange", Needs::Player),
    ("runtime", "create-token", Needs::Public),
    ("runtime", "interchange", Needs::Runtime),
    ("dispatcher", "create-token", Needs::Public),
    ("registry", "handle-events", Needs::Public),
];

/// The endpoints the router serves, as (path, access, the permission its docs name).
fn served(server: &TestServer) -> Vec<(&'static str, Access, Option<&'static str>)> {
    let state = server.state.clone().expect("an in-process server");
    omgservers::http::api(state)
        .endpoints
        .iter()
        .map(|e| (e.path, e.access, e.permission))
        .collect()
}

/// The expectation for a served path.
fn expected_at(path: &str) -> Option<(&'static str, &'static str, Needs)> {
    EXPECTED
        .iter()
        .copied()
        .find(|(area, op, _)| omgservers_types::endpoints::path(area, op).as_deref() == Some(path))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_router_declares_what_the_matrix_expects() {
    let server = TestServer::start(Backend::Sqlite).await;
    let served = served(&server);
    let mut problems = Vec::new();
    for (path, access, permission) in &served {
        let Some((_, _, needs)) = expected_at(path) else {
            problems.push(format!("{path}: served, but EXPECTED has no row for it"));
            continue;
        };
        let declared: Option<Vec<&str>> = match access {
            Access::Public => None,
            Access::Roles(roles) => Some(roles.iter().map(|r| r.as_str()).collect()),
        };
        let expected = needs.role().map(|role| vec![role]);
        if declared != expected {
            problems.push(format!(
                "{path}: the router declares {declared:?}, the matrix expects {expected:?}"
            ));
        }
        // The permission the API reference names for it (`api.md`, from the same table).
        if let Needs::Tenant(p) | Needs::Project(p) | Needs::Stage(p) = needs {
            if !permission.is_some_and(|named| named.starts_with(p)) {
                problems.push(format!(
                    "{path}: the router documents {permission:?}, the matrix expects {p}"
                ));
            }
        }
    }
    for (area, op, _) in EXPECTED {
        let path = omgservers_types::endpoints::path(area, op);
        if !served.iter().any(|(p, _, _)| path.as_deref() == Some(*p)) {
            problems.push(format!("{area}/{op}: in EXPECTED, but not served"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Where a developer's permission is granted.
#[derive(Clone)]
struct Scope {
    tenant: String,
    project: String,
    stage: String,
}

impl Scope {
    fn of(w: &World) -> Scope {
        Scope {
            tenant: w.tenant.clone(),
            project: w.project.clone(),
            stage: w.stage.clone(),
        }
    }
}

/// Everything the rows share: world A (whose objects every row names), a sibling project of
/// A's tenant, and world B in another tenant, whose deployment's runtime lends its token.
struct Setup {
    w: World,
    sibling: Scope,
    other: Scope,
    admin: String,
    player: String,
    /// A client of `player` in A's stage.
    client: String,
    runtime: String,
    /// A build request of A's version.
    build: String,
    /// The developer whose permissions the support rows change.
    target_user: String,
    counter: std::sync::atomic::AtomicU32,
}

impl Setup {
    fn alias(&self) -> String {
        let n = self
            .counter
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        format!("alias-{n}")
    }
}

/// A request: JSON, or upstream's multipart upload of an archive to A's version.
#[derive(Clone)]
enum Body {
    Json(Value),
    Upload,
}

/// A body the endpoint accepts, creating whatever fresh object it consumes.
async fn valid_body(server: &TestServer, s: &Setup, op: &str) -> Body {
    let w = &s.w;
    let owner = Some(w.dev.token.as_str());
    let support = Some(w.support.as_str());
    let fresh_project = || async {
        let body = json!({"tenant": w.tenant});
        let created = server.ok("support", "create-project", support, body).await;
        str_of(&created, "project_id")
    };
    let fresh_deployment = || async {
        let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
        let deployed = server.ok("developer", "deploy-version", owner, body).await;
        str_of(&deployed, "deployment_id")
    };
    let newest = |details: &Value, list: &str, key: &str| {
        str_of(
            details["details"][list].as_array().unwrap().last().unwrap(),
            key,
        )
    };
    let json = match op {
        "upload-files-archive" => return Body::Upload,
        "generate-id" | "create-tenant" | "create-developer" => json!({}),
        "list-tenants" | "list-developers" => json!({"limit": 5}),
        "list-permissions" => json!({"tenant": w.tenant}),
        "bcrypt-hash" => json!({"value": "v"}),
        "calculate-shard" => json!({"shard_key": "k"}),
        // No node has this URI: nothing changes.
        "drain-node" => json!({"server_uri": "http://127.0.0.1:1"}),
        "ping-docker-host" => json!({"docker_daemon_uri": "unix:///var/run/docker.sock"}),
        "get-pool-hosts" | "get-cluster" | "get-slot-databases" => json!({}),
        "move-slots" => json!({"slots": [0], "database": 0}),
        "cancel-slot-moves" => json!({"slots": [0]}),
        "create-pool-host" => fresh_pool_host_spec(),
        "drain-pool-host" | "delete-pool-host" => {
            let admin = Some(s.admin.as_str());
            let spec = fresh_pool_host_spec();
            let created = server.ok("admin", "create-pool-host", admin, spec).await;
            json!({"id": created["host"]["id"]})
        }
        "create-tenant-alias" => json!({"tenant_id": w.tenant, "alias": s.alias()}),
        "delete-tenant" => {
            let created = server
                .ok("support", "create-tenant", support, json!({}))
                .await;
            json!({"tenant": str_of(&created, "id")})
        }
        "create-project" | "get-tenant-details" | "list-projects" => json!({"tenant": w.tenant}),
        "create-project-alias" => {
            json!({"tenant": w.tenant, "project_id": w.project, "alias": s.alias()})
        }
        "delete-project" => json!({"tenant": w.tenant, "project": fresh_project().await}),
        "delete-developer" => {
            json!({"user_id": fixtures::developer(server, &w.support).await.user_id})
        }
        "create-tenant-permissions" => {
            json!({"tenant": w.tenant, "user_id": s.target_user, "permissions_to_create": ["TENANT_VIEWER"]})
        }
        "delete-tenant-permissions" => {
            json!({"tenant": w.tenant, "user_id": s.target_user, "permissions_to_delete": ["TENANT_VIEWER"]})
        }
        "create-project-permissions" => {
            json!({"tenant": w.tenant, "project": w.project, "user_id": s.target_user, "permissions_to_create": ["PROJECT_VIEWER"]})
        }
        "delete-project-permissions" => {
            json!({"tenant": w.tenant, "project": w.project, "user_id": s.target_user, "permissions_to_delete": ["PROJECT_VIEWER"]})
        }
        "create-stage-permissions" => {
            json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": s.target_user, "permissions_to_create": ["STAGE_VIEWER"]})
        }
        "delete-stage-permissions" => {
            json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": s.target_user, "permissions_to_delete": ["STAGE_VIEWER"]})
        }
        "get-project-details" | "create-stage" | "list-stages" | "list-versions" => {
            json!({"tenant": w.tenant, "project": w.project})
        }
        "create-stage-alias" => {
            json!({"tenant": w.tenant, "stage_id": w.stage, "alias": s.alias()})
        }
        "get-stage-details" | "get-stage-status" | "list-clients" | "list-runtimes"
        | "list-deployments" => {
            json!({"tenant": w.tenant, "project": w.project, "stage": w.stage})
        }
        "delete-stage" => {
            let body = json!({"tenant": w.tenant, "project": w.project});
            let created = server.ok("developer", "create-stage", owner, body).await;
            json!({"tenant": w.tenant, "project": w.project, "stage": str_of(&created, "stage_id")})
        }
        "create-version" => {
            json!({"tenant": w.tenant, "project": w.project, "config": fixtures::config(1, 4)})
        }
        "get-version-details" => json!({"tenant": w.tenant, "version_id": w.version}),
        "get-build-log" => json!({"tenant": w.tenant, "build_request_id": s.build}),
        "delete-version" => {
            let body =
                json!({"tenant": w.tenant, "project": w.project, "config": fixtures::config(1, 4)});
            let created = server.ok("developer", "create-version", owner, body).await;
            json!({"tenant": w.tenant, "id": str_of(&created, "version_id")})
        }
        "deploy-version" => {
            json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version})
        }
        // The newest deployment of the stage: an older one is drained and removed as soon as
        // a later row deploys again.
        "get-deployment-details"
        | "create-lobby-request"
        | "create-matchmaker-request"
        | "get-deployment-runtimes"
        | "get-deployment-events" => {
            json!({"tenant": w.tenant, "deployment_id": fresh_deployment().await})
        }
        "delete-deployment" => json!({"tenant": w.tenant, "id": fresh_deployment().await}),
        "delete-lobby" | "delete-matchmaker" => {
            let deployment = fresh_deployment().await;
            let body = json!({"tenant": w.tenant, "deployment_id": deployment});
            let details = server
                .ok("developer", "get-deployment-details", owner, body)
                .await;
            if op == "delete-lobby" {
                json!({"lobby_id": newest(&details, "lobby_refs", "lobby_id")})
            } else {
                json!({"matchmaker_id": newest(&details, "matchmaker_refs", "matchmaker_id")})
            }
        }
        // The lobby runtime of a fresh deployment, once its process has written a line.
        "get-runtime-logs" => {
            let deployment = fresh_deployment().await;
            let runtime = realtime::lobby_runtime_of(server, &deployment).await;
            let state = server.state.as_ref().expect("an in-process server");
            let id: i64 = runtime.id.parse().unwrap();
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
            while state.driver.output(id).is_none() {
                assert!(
                    std::time::Instant::now() < deadline,
                    "runtime {id} wrote nothing"
                );
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            json!({"tenant": w.tenant, "runtime_id": runtime.id})
        }
        // A fresh player's client: the row's last call kicks it.
        "kick-client" => {
            let token = player_token(server).await;
            let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
            let client = server
                .ok("player", "create-client", Some(&token), stage)
                .await;
            json!({"tenant": w.tenant, "client_id": client["client_id"]})
        }
        "create-client" => json!({"tenant": w.tenant, "project": w.project, "stage": w.stage}),
        "interchange" if s.client.is_empty() => unreachable!("a client is made at setup"),
        "interchange" => {
            json!({"client_id": s.client, "outgoing_messages": [], "consumed_messages": []})
        }
        other => panic!("no body for {other}"),
    };
    Body::Json(json)
}

/// What the right caller gets: 200, except where this server's setup answers otherwise past
/// authorization.
fn authorized_answer(op: &str) -> (u16, &'static str) {
    match op {
        // A standalone server has no nodes to drain (tests/tests/e2e/cluster.rs drains some).
        "drain-node" => (409, "WRONG_REQUEST"),
        // Nor shard databases to move slots to (games/slot_moves.rs moves some).
        "move-slots" => (409, "WRONG_REQUEST"),
        "cancel-slot-moves" => (409, "WRONG_REQUEST"),
        _ => (200, ""),
    }
}

/// The body of `runtime/interchange` (`valid_body` answers the player's).
fn runtime_interchange() -> Body {
    Body::Json(json!({"outgoing_commands": [], "consumed_commands": []}))
}

/// A pool host nobody else adds (hosts are unique by URI); nothing listens there.
fn fresh_pool_host_spec() -> Value {
    static PORT: std::sync::atomic::AtomicU16 = std::sync::atomic::AtomicU16::new(40_000);
    let port = PORT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    json!({"docker_daemon_uri": format!("tcp://127.0.0.1:{port}"), "cpu_count": 1, "memory_size": 512, "max_containers": 1})
}

/// A new player's token.
async fn player_token(server: &TestServer) -> String {
    let player = server.ok("player", "create-user", None, json!({})).await;
    let body = json!({"user_id": player["user_id"], "password": player["password"]});
    str_of(
        &server.ok("player", "create-token", None, body).await,
        "raw_token",
    )
}

/// A developer holding `needs` in `scope` (or nothing, for `None`).
async fn developer_with(
    server: &TestServer,
    support: &str,
    scope: &Scope,
    needs: Option<Needs>,
) -> String {
    let dev = fixtures::developer(server, support).await;
    let Scope {
        tenant,
        project,
        stage,
    } = scope;
    let grant = match needs {
        Some(Needs::Tenant(p)) => Some((
            "create-tenant-permissions",
            json!({"tenant": tenant, "user_id": dev.user_id, "permissions_to_create": [p]}),
        )),
        Some(Needs::Project(p)) => Some((
            "create-project-permissions",
            json!({"tenant": tenant, "project": project, "user_id": dev.user_id, "permissions_to_create": [p]}),
        )),
        Some(Needs::Stage(p)) => Some((
            "create-stage-permissions",
            json!({"tenant": tenant, "project": project, "stage": stage, "user_id": dev.user_id, "permissions_to_create": [p]}),
        )),
        _ => None,
    };
    if let Some((op, body)) = grant {
        server.ok("support", op, Some(support), body).await;
    }
    dev.token
}

/// Sends `body` to `area`/`op` and checks the status and, for an error, the qualifier and a
/// message.
#[allow(clippy::too_many_arguments)]
async fn expect(
    server: &TestServer,
    s: &Setup,
    (area, op): (&str, &str),
    token: Option<&str>,
    body: &Body,
    status: u16,
    qualifier: &str,
    case: &str,
) {
    let (actual, value) = match body {
        Body::Json(json) => server.call(area, op, token, json.clone()).await,
        Body::Upload => {
            let archive = tar_gz(&[("main.lua", b"-- a game")]);
            fixtures::upload_archive(server, token, &s.w.tenant, &s.w.version, archive).await
        }
    };
    assert_eq!(actual.as_u16(), status, "{area}/{op} [{case}] -> {value}");
    if status >= 400 {
        assert_eq!(
            value["qualifier"],
            json!(qualifier),
            "{area}/{op} [{case}] -> {value}"
        );
        assert!(
            value["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{area}/{op} [{case}] has no message"
        );
    }
}

async fn every_protected_endpoint_with_every_kind_of_caller(backend: Backend) {
    // Runtimes are real processes (the example echo runtime behind a line of output), so a
    // runtime has logs and a token of its own.
    let echo = omgservers_e2e::binaries::workspace_binary("echo-runtime");
    let server = TestServer::start_with(backend, |c| {
        c.runtimes_driver = omgservers::config::RuntimesDriver::Process;
        c.runtimes_process_command =
            Some(format!("echo runtime starting; exec '{}'", echo.display()));
        c.controller_tick = std::time::Duration::from_millis(200);
    })
    .await;
    let w = fixtures::world(&server).await;
    fixtures::deploy(&server, &w).await;
    let other_world = fixtures::world(&server).await;
    let other_deployment = fixtures::deploy(&server, &other_world).await;
    let runtime = realtime::lobby_runtime_of(&server, &other_deployment)
        .await
        .api;
    let support = Some(w.support.as_str());
    let sibling = server
        .ok(
            "support",
            "create-project",
            support,
            json!({"tenant": w.tenant}),
        )
        .await;
    let sibling = Scope {
        tenant: w.tenant.clone(),
        project: str_of(&sibling, "project_id"),
        stage: str_of(&sibling, "stage_id"),
    };
    let player = player_token(&server).await;
    let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
    let client = str_of(
        &server
            .ok("player", "create-client", Some(&player), stage)
            .await,
        "client_id",
    );
    let archive = tar_gz(&[("main.lua", b"-- a game")]);
    let (status, uploaded) =
        fixtures::upload_archive(&server, Some(&w.dev.token), &w.tenant, &w.version, archive).await;
    assert_eq!(status, 200, "{uploaded}");
    let s = Setup {
        sibling,
        other: Scope::of(&other_world),
        admin: server.admin_token().await,
        player,
        client,
        runtime,
        build: str_of(&uploaded, "build_request_id"),
        target_user: fixtures::developer(&server, &w.support).await.user_id,
        counter: Default::default(),
        w,
    };
    let outsider = developer_with(&server, &s.w.support, &Scope::of(&s.w), None).await;
    let roles: [(&str, &str); 5] = [
        ("ADMIN", &s.admin),
        ("SUPPORT", &s.w.support),
        ("DEVELOPER", &outsider),
        ("PLAYER", &s.player),
        ("RUNTIME", &s.runtime),
    ];

    let mut checked = 0;
    for (path, _, _) in served(&server) {
        let (area, op, needs) = expected_at(path).expect("every endpoint has a row");
        if needs == Needs::Public {
            continue;
        }
        let endpoint = (area, op);
        let body = if area == "runtime" {
            runtime_interchange()
        } else {
            valid_body(&server, &s, op).await
        };
        expect(
            &server,
            &s,
            endpoint,
            None,
            &body,
            401,
            "WRONG_CREDENTIALS",
            "no token",
        )
        .await;
        let garbage = Some("not.a.jwt");
        expect(
            &server,
            &s,
            endpoint,
            garbage,
            &body,
            401,
            "WRONG_CREDENTIALS",
            "garbage token",
        )
        .await;
        let role = needs.role().expect("a protected endpoint");
        for (other, token) in roles.iter().filter(|(r, _)| *r != role) {
            let case = format!("role {other}");
            expect(
                &server,
                &s,
                endpoint,
                Some(token),
                &body,
                403,
                "PERMISSION_NOT_FOUND",
                &case,
            )
            .await;
        }
        let token = match needs {
            Needs::Admin => s.admin.clone(),
            Needs::Support => s.w.support.clone(),
            Needs::Runtime => s.runtime.clone(),
            Needs::Player => {
                if op == "interchange" {
                    let stranger = player_token(&server).await;
                    let case = "another player's client";
                    expect(
                        &server,
                        &s,
                        endpoint,
                        Some(&stranger),
                        &body,
                        400,
                        "WRONG_CLIENT_ID",
                        case,
                    )
                    .await;
                }
                s.player.clone()
            }
            Needs::Tenant(_) | Needs::Project(_) | Needs::Stage(_) => {
                let forbidden = |case: &'static str, token: String| {
                    let body = body.clone();
                    let (server, s) = (&server, &s);
                    async move {
                        expect(
                            server,
                            s,
                            endpoint,
                            Some(&token),
                            &body,
                            403,
                            "PERMISSION_NOT_FOUND",
                            case,
                        )
                        .await
                    }
                };
                forbidden("no permission", outsider.clone()).await;
                if !matches!(needs, Needs::Tenant(_)) {
                    let sibling =
                        developer_with(&server, &s.w.support, &s.sibling, Some(needs)).await;
                    forbidden("the permission on a sibling project", sibling).await;
                }
                let elsewhere = developer_with(&server, &s.w.support, &s.other, Some(needs)).await;
                forbidden("the permission in another tenant", elsewhere).await;
                for other in needs.others(op) {
                    let holder =
                        developer_with(&server, &s.w.support, &Scope::of(&s.w), Some(other)).await;
                    forbidden("another permission at the right scope", holder).await;
                }
                developer_with(&server, &s.w.support, &Scope::of(&s.w), Some(needs)).await
            }
            Needs::Public => unreachable!(),
        };
        let (status, qualifier) = authorized_answer(op);
        expect(
            &server,
            &s,
            endpoint,
            Some(&token),
            &body,
            status,
            qualifier,
            "right permission",
        )
        .await;
        checked += 1;
    }
    let protected = EXPECTED
        .iter()
        .filter(|(_, _, n)| *n != Needs::Public)
        .count();
    assert_eq!(checked, protected, "every protected endpoint was called");
}

on_both_backends!(every_protected_endpoint_with_every_kind_of_caller);

both_backends! {
    async fn permissions_do_not_leak_across_tenants(server: TestServer) {
        let a = fixtures::world(&server).await;
        let b = fixtures::world(&server).await;
        let deployment_b = fixtures::deploy(&server, &b).await;
        let dev = Some(a.dev.token.as_str());
        // A's developer naming B's objects inside A's tenant: they do not exist there
        for (op, body) in [
            ("get-project-details", json!({"tenant": a.tenant, "project": b.project})),
            ("get-version-details", json!({"tenant": a.tenant, "version_id": b.version})),
            ("get-deployment-details", json!({"tenant": a.tenant, "deployment_id": deployment_b})),
            ("create-stage", json!({"tenant": a.tenant, "project": b.project})),
        ] {
            let (qualifier, _) = server.fails("developer", op, dev, body, 404).await;
            assert_eq!(qualifier, "OBJECT_NOT_FOUND", "{op}");
        }
        // ... and in B's tenant they hold no permission
        for (op, body) in [
            ("get-tenant-details", json!({"tenant": b.tenant})),
            ("get-project-details", json!({"tenant": b.tenant, "project": b.project})),
            ("deploy-version", json!({"tenant": b.tenant, "project": b.project, "stage": b.stage, "version_id": b.version})),
            ("delete-deployment", json!({"tenant": b.tenant, "id": deployment_b})),
        ] {
            let (qualifier, _) = server.fails("developer", op, dev, body, 403).await;
            assert_eq!(qualifier, "PERMISSION_NOT_FOUND", "{op}");
        }
        // deploying B's version to A's stage
        let body = json!({"tenant": a.tenant, "project": a.project, "stage": a.stage, "version_id": b.version});
        server.fails("developer", "deploy-version", dev, body, 404).await;
        // a version of another project of the same tenant
        let other_project = server.ok("developer", "create-project", dev, json!({"tenant": a.tenant})).await;
        let body = json!({"tenant": a.tenant, "project": other_project["project_id"], "stage": other_project["stage_id"], "version_id": a.version});
        let (qualifier, message) = server.fails("developer", "deploy-version", dev, body, 400).await;
        assert_eq!(qualifier, "WRONG_REQUEST");
        assert!(message.contains("belongs to project"), "{message}");
    }
}
