//! The authorization matrix: every protected endpoint × no token / wrong role / missing
//! permission / right permission, asserting status and qualifier, on both backends.
//!
//! The expectations are written here independently of the server's endpoint table: a change
//! of the server's rules must show up as a failing row.

use omgservers_e2e::fixtures::{self, str_of, World};
use omgservers_e2e::{both_backends, TestServer};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug)]
enum Needs {
    Admin,
    Support,
    /// A developer with this permission on the world's tenant, project or stage.
    Tenant(&'static str),
    Project(&'static str),
    Stage(&'static str),
}

const MATRIX: &[(&str, &str, Needs)] = &[
    ("admin", "generate-id", Needs::Admin),
    ("admin", "bcrypt-hash", Needs::Admin),
    ("admin", "calculate-shard", Needs::Admin),
    ("admin", "ping-docker-host", Needs::Admin),
    ("admin", "get-pool-hosts", Needs::Admin),
    ("admin", "get-cluster", Needs::Admin),
    ("admin", "create-pool-host", Needs::Admin),
    ("admin", "drain-pool-host", Needs::Admin),
    ("admin", "delete-pool-host", Needs::Admin),
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
    (
        "developer",
        "get-tenant-details",
        Needs::Tenant("TENANT_VIEWER"),
    ),
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
    ("developer", "create-stage", Needs::Project("STAGE_MANAGER")),
    (
        "developer",
        "create-stage-alias",
        Needs::Project("STAGE_MANAGER"),
    ),
    (
        "developer",
        "get-stage-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    ("developer", "delete-stage", Needs::Project("STAGE_MANAGER")),
    (
        "developer",
        "create-version",
        Needs::Project("VERSION_MANAGER"),
    ),
    (
        "developer",
        "get-version-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
    (
        "developer",
        "delete-version",
        Needs::Project("VERSION_MANAGER"),
    ),
    (
        "developer",
        "get-deployment-details",
        Needs::Project("PROJECT_VIEWER"),
    ),
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
        "get-stage-status",
        Needs::Stage("STAGE_VIEWER"),
    ),
    ("developer", "list-clients", Needs::Stage("STAGE_VIEWER")),
    ("developer", "list-runtimes", Needs::Stage("STAGE_VIEWER")),
    ("developer", "list-projects", Needs::Tenant("TENANT_VIEWER")),
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
        "kick-client",
        Needs::Stage("DEPLOYMENT_MANAGER"),
    ),
    // get-runtime-logs needs a runtime container: its matrix is in
    // examples/tests/games/docker_pool.rs, on a real Docker engine.
];

/// A world with a deployment, shared by the rows.
struct Setup {
    w: World,
    player_token: String,
    /// The developer whose permissions the support rows change.
    target_user: String,
    counter: std::sync::atomic::AtomicU32,
}

impl Setup {
    fn alias(&self) -> String {
        format!(
            "alias-{}",
            self.counter
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        )
    }
}

/// A body the endpoint accepts, creating whatever fresh object it consumes.
async fn valid_body(server: &TestServer, s: &Setup, op: &str) -> Value {
    let w = &s.w;
    let owner = Some(w.dev.token.as_str());
    let support = Some(w.support.as_str());
    let fresh_project = || async {
        str_of(
            &server
                .ok(
                    "support",
                    "create-project",
                    support,
                    json!({"tenant": w.tenant}),
                )
                .await,
            "project_id",
        )
    };
    let fresh_deployment = || async {
        let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
        str_of(
            &server.ok("developer", "deploy-version", owner, body).await,
            "deployment_id",
        )
    };
    let newest = |details: &Value, list: &str, key: &str| {
        str_of(
            details["details"][list].as_array().unwrap().last().unwrap(),
            key,
        )
    };
    match op {
        "generate-id" | "create-tenant" | "create-developer" => json!({}),
        "list-tenants" | "list-developers" => json!({"limit": 5}),
        "list-permissions" => json!({"tenant": w.tenant}),
        "bcrypt-hash" => json!({"value": "v"}),
        "calculate-shard" => json!({"shard_key": "k"}),
        "ping-docker-host" => json!({"docker_daemon_uri": "unix:///var/run/docker.sock"}),
        "get-pool-hosts" | "get-cluster" => json!({}),
        "create-pool-host" => fresh_pool_host_spec(),
        "drain-pool-host" | "delete-pool-host" => {
            let admin = server.admin_token().await;
            let created = server
                .ok(
                    "admin",
                    "create-pool-host",
                    Some(&admin),
                    fresh_pool_host_spec(),
                )
                .await;
            json!({"id": created["host"]["id"]})
        }
        "create-tenant-alias" => json!({"tenant_id": w.tenant, "alias": s.alias()}),
        "delete-tenant" => {
            let tenant = str_of(
                &server
                    .ok("support", "create-tenant", support, json!({}))
                    .await,
                "id",
            );
            json!({"tenant": tenant})
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
            let stage = str_of(
                &server
                    .ok(
                        "developer",
                        "create-stage",
                        owner,
                        json!({"tenant": w.tenant, "project": w.project}),
                    )
                    .await,
                "stage_id",
            );
            json!({"tenant": w.tenant, "project": w.project, "stage": stage})
        }
        "create-version" => {
            json!({"tenant": w.tenant, "project": w.project, "config": fixtures::config(1, 4)})
        }
        "get-version-details" => json!({"tenant": w.tenant, "version_id": w.version}),
        "delete-version" => {
            let body =
                json!({"tenant": w.tenant, "project": w.project, "config": fixtures::config(1, 4)});
            json!({"tenant": w.tenant, "id": str_of(&server.ok("developer", "create-version", owner, body).await, "version_id")})
        }
        "deploy-version" => {
            json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version})
        }
        // The newest deployment of the stage: an older one is drained and removed as soon as
        // a later row deploys again.
        "get-deployment-details"
        | "create-lobby-request"
        | "create-matchmaker-request"
        | "get-deployment-runtimes" => {
            json!({"tenant": w.tenant, "deployment_id": fresh_deployment().await})
        }
        "delete-deployment" => json!({"tenant": w.tenant, "id": fresh_deployment().await}),
        "delete-lobby" | "delete-matchmaker" => {
            let deployment = fresh_deployment().await;
            let details = server
                .ok(
                    "developer",
                    "get-deployment-details",
                    owner,
                    json!({"tenant": w.tenant, "deployment_id": deployment}),
                )
                .await;
            if op == "delete-lobby" {
                json!({"lobby_id": newest(&details, "lobby_refs", "lobby_id")})
            } else {
                json!({"matchmaker_id": newest(&details, "matchmaker_refs", "matchmaker_id")})
            }
        }
        // A fresh player's client: the row's last call kicks it.
        "kick-client" => {
            let player = server.ok("player", "create-user", None, json!({})).await;
            let body = json!({"user_id": player["user_id"], "password": player["password"]});
            let token = str_of(
                &server.ok("player", "create-token", None, body).await,
                "raw_token",
            );
            let stage = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage});
            let client = server
                .ok("player", "create-client", Some(&token), stage)
                .await;
            json!({"tenant": w.tenant, "client_id": client["client_id"]})
        }
        other => panic!("no body for {other}"),
    }
}

/// A pool host nobody else adds (hosts are unique by URI); nothing listens there.
fn fresh_pool_host_spec() -> Value {
    static PORT: std::sync::atomic::AtomicU16 = std::sync::atomic::AtomicU16::new(40_000);
    let port = PORT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    json!({"docker_daemon_uri": format!("tcp://127.0.0.1:{port}"), "cpu_count": 1, "memory_size": 512, "max_containers": 1})
}

/// A developer holding exactly `needs` (or nothing, for `None`).
async fn developer_with(server: &TestServer, s: &Setup, needs: Option<Needs>) -> String {
    let w = &s.w;
    let dev = fixtures::developer(server, &w.support).await;
    let support = Some(w.support.as_str());
    match needs {
        Some(Needs::Tenant(p)) => {
            server.ok("support", "create-tenant-permissions", support, json!({"tenant": w.tenant, "user_id": dev.user_id, "permissions_to_create": [p]})).await;
        }
        Some(Needs::Project(p)) => {
            server.ok("support", "create-project-permissions", support, json!({"tenant": w.tenant, "project": w.project, "user_id": dev.user_id, "permissions_to_create": [p]})).await;
        }
        Some(Needs::Stage(p)) => {
            server.ok("support", "create-stage-permissions", support, json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": dev.user_id, "permissions_to_create": [p]})).await;
        }
        _ => {}
    }
    dev.token
}

#[allow(clippy::too_many_arguments)]
async fn expect(
    server: &TestServer,
    area: &str,
    op: &str,
    token: Option<&str>,
    body: Value,
    status: u16,
    qualifier: &str,
    case: &str,
) {
    let (actual, value) = server.call(area, op, token, body).await;
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

both_backends! {
    async fn every_endpoint_with_every_kind_of_caller(server: TestServer) {
        let w = fixtures::world(&server).await;
        fixtures::deploy(&server, &w).await;
        let player = server.ok("player", "create-user", None, json!({})).await;
        let player_token = str_of(&server.ok("player", "create-token", None, json!({"user_id": player["user_id"], "password": player["password"]})).await, "raw_token");
        let target_user = fixtures::developer(&server, &w.support).await.user_id;
        let s = Setup { w, player_token, target_user, counter: Default::default() };
        let admin = server.admin_token().await;
        let outsider = developer_with(&server, &s, None).await;

        for (area, op, needs) in MATRIX {
            let body = valid_body(&server, &s, op).await;
            // no token
            expect(&server, area, op, None, body.clone(), 401, "WRONG_CREDENTIALS", "no token").await;
            // a garbage token
            expect(&server, area, op, Some("not.a.jwt"), body.clone(), 401, "WRONG_CREDENTIALS", "garbage token").await;
            // wrong roles
            let wrong_roles: Vec<(&str, &str)> = match needs {
                Needs::Admin => vec![("support", s.w.support.as_str()), ("developer", outsider.as_str()), ("player", s.player_token.as_str())],
                Needs::Support => vec![("admin", admin.as_str()), ("developer", outsider.as_str()), ("player", s.player_token.as_str())],
                _ => vec![("admin", admin.as_str()), ("support", s.w.support.as_str()), ("player", s.player_token.as_str())],
            };
            for (role, token) in wrong_roles {
                expect(&server, area, op, Some(token), body.clone(), 403, "PERMISSION_NOT_FOUND", &format!("role {role}")).await;
            }
            // right role (and, for developers, missing then exactly the right permission)
            let token = match needs {
                Needs::Admin => admin.clone(),
                Needs::Support => s.w.support.clone(),
                _ => {
                    expect(&server, area, op, Some(&outsider), body.clone(), 403, "PERMISSION_NOT_FOUND", "no permission").await;
                    developer_with(&server, &s, Some(*needs)).await
                }
            };
            expect(&server, area, op, Some(&token), body, 200, "", "right permission").await;
        }
    }

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
