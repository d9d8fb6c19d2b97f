//! The Docker runtime pool on a real Docker engine: runtimes are `FROM scratch` containers of
//! the static tic-tac-toe runtime. The images are built locally and tagged as the registry
//! would hold them (a host that has an image does not pull it); the registry itself is
//! exercised in tests/tests/e2e/registry.rs.

use std::time::{Duration, Instant};

use crate::common::tic_tac_toe;
use omgservers::config::RuntimesDriver;
use omgservers::Config;
use omgservers_e2e::docker::{self, Listed};
use omgservers_e2e::fixtures::{self, str_of, World};
use omgservers_e2e::proxy::TcpProxy;
use omgservers_e2e::registry::{self, DockerCli, Registry};
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::{json, Value};

/// Where images would be pulled from; nothing listens there, so a missing image fails loudly.
const REGISTRY: &str = "127.0.0.1:5999";
const WAIT: Duration = Duration::from_secs(20);

fn docker_config(c: &mut Config) {
    c.runtimes_driver = RuntimesDriver::Docker;
    c.registry_uri = format!("http://{REGISTRY}");
    c.controller_tick = Duration::from_millis(200);
    c.runtimes_docker_stop_on_shutdown = true;
}

async fn docker_server(backend: Backend) -> TestServer {
    docker::require_docker();
    TestServer::start_with(backend, docker_config).await
}

/// Builds the game's image under the name the registry push would give the world's version.
fn game_image(w: &World) -> docker::ImageTag {
    let tag = format!(
        "{REGISTRY}/omgservers/{}/{}/universal:{}",
        w.tenant, w.project, w.version
    );
    docker::runtime_image("tic-tac-toe", &tag)
}

async fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(found) = check() {
            return found;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn running(installation: &str, prefix: &str) -> Vec<Listed> {
    docker::containers(installation)
        .into_iter()
        .filter(|c| c.name.starts_with(prefix) && c.state == "running")
        .collect()
}

async fn version_has_image(server: &TestServer, w: &World) -> bool {
    let body = json!({"tenant": w.tenant, "version_id": w.version});
    let details = server
        .ok("developer", "get-version-details", Some(&w.dev.token), body)
        .await;
    details["details"]["images"]
        .as_array()
        .is_some_and(|images| !images.is_empty())
}

async fn joined_lobby(server: &TestServer, w: &World) -> PlayerClient {
    let mut p = PlayerClient::sign_up(&server.base).await.unwrap();
    p.create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    tic_tac_toe::assigned(&mut p, RuntimeQualifier::LOBBY).await;
    tic_tac_toe::server_message(&mut p, "text").await;
    p
}

/// The whole path of a developer's image: `docker login` with the developer's credentials,
/// push to a real registry (its notification records the image), deploy, and the Docker driver
/// pulls it with the service user's credentials to run lobby and match containers.
async fn players_play_through_pushed_containers_until_the_tenant_is_deleted(backend: Backend) {
    docker::require_docker();
    let registry_port = registry::free_port();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.registry_uri = format!("http://127.0.0.1:{registry_port}");
    })
    .await;
    let registry = Registry::start_on(&server, registry_port).await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&server).await;

    let image = registry.image(
        &format!("omgservers/{}/{}/universal", w.tenant, w.project),
        &w.version,
    );
    cleanup.keep(docker::runtime_image("tic-tac-toe", &image));
    let cli = DockerCli::new().await;
    cli.login(&registry.host, &w.dev.user_id, &w.dev.password)
        .await
        .ok("docker login as the developer");
    cli.forget_on_drop(&image);
    let pushed = cli.run(&["push", &image], None).await;
    assert!(
        pushed.success,
        "push: {}\n{}",
        pushed.stderr,
        registry.logs()
    );
    // Only the registry has it now: the driver must pull.
    cli.remove_image(&image).await;
    let deadline = Instant::now() + WAIT;
    while !version_has_image(&server, &w).await {
        assert!(
            Instant::now() < deadline,
            "no image recorded:\n{}",
            registry.logs()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
    let deployed = server
        .ok("developer", "deploy-version", Some(&w.dev.token), body)
        .await;
    let deployment = str_of(&deployed, "deployment_id");

    tic_tac_toe::play_to_a_win(&server, &w).await;

    // The lobby runs in a container; the ended match's container is kept (stopped) for its logs.
    let lobby = running(&installation, "omgservers-lobby-");
    assert_eq!(lobby.len(), 1, "{:?}", docker::containers(&installation));
    let deadline = Instant::now() + WAIT;
    let listed = loop {
        let listed = fixtures::runtimes_of(&server, &w, &deployment).await;
        if listed.iter().any(|r| r["container_state"] == "EXITED") {
            break listed;
        }
        assert!(
            Instant::now() < deadline,
            "the ended match's container: {listed:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let lobby_runtime = listed
        .iter()
        .find(|r| r["qualifier"] == "LOBBY")
        .expect("lobby runtime");
    assert_eq!(lobby_runtime["container_state"], "RUNNING", "{listed:?}");
    assert_eq!(lobby_runtime["ready"], true, "{listed:?}");
    let match_runtime = listed
        .iter()
        .find(|r| r["qualifier"] == "MATCH")
        .expect("the ended match is listed");
    assert_eq!(match_runtime["container_state"], "EXITED", "{listed:?}");

    for (runtime, qualifier) in [(lobby_runtime, "LOBBY"), (match_runtime, "MATCH")] {
        let body = json!({"tenant": w.tenant, "runtime_id": runtime["id"]});
        let logs = server
            .ok("developer", "get-runtime-logs", Some(&w.dev.token), body)
            .await;
        let expected = format!(
            "tic-tac-toe: {qualifier} runtime {} starting",
            str_of(runtime, "id")
        );
        assert!(
            str_of(&logs, "logs").contains(&expected),
            "{qualifier} logs: {logs}"
        );
    }

    // Logs need DEPLOYMENT_MANAGER on the runtime's stage and a developer token.
    let body = json!({"tenant": w.tenant, "runtime_id": lobby_runtime["id"]});
    server
        .fails("developer", "get-runtime-logs", None, body.clone(), 401)
        .await;
    let support = server.support_token().await;
    server
        .fails(
            "developer",
            "get-runtime-logs",
            Some(&support),
            body.clone(),
            403,
        )
        .await;
    let colleague = fixtures::developer(&server, &w.support).await;
    let (qualifier, _) = server
        .fails(
            "developer",
            "get-runtime-logs",
            Some(&colleague.token),
            body,
            403,
        )
        .await;
    assert_eq!(qualifier, "PERMISSION_NOT_FOUND");
    // Another tenant's developer cannot read them.
    let other = fixtures::world(&server).await;
    let body = json!({"tenant": other.tenant, "runtime_id": lobby_runtime["id"]});
    server
        .fails(
            "developer",
            "get-runtime-logs",
            Some(&other.dev.token),
            body,
            404,
        )
        .await;

    server
        .ok(
            "support",
            "delete-tenant",
            Some(&support),
            json!({"tenant": w.tenant}),
        )
        .await;
    eventually(
        "every container of the deleted tenant to be removed",
        || docker::containers(&installation).is_empty().then_some(()),
    )
    .await;
}

omgservers_e2e::on_both_backends!(
    players_play_through_pushed_containers_until_the_tenant_is_deleted
);

async fn a_killed_container_is_noticed_within_two_seconds(backend: Backend) {
    docker::require_docker();
    // Short, so the killed container's retention ends within the test.
    let retention = Duration::from_secs(1);
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.runtimes_exited_retention = retention;
    })
    .await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&server).await;
    cleanup.keep(game_image(&w));
    fixtures::deploy(&server, &w).await;
    let mut player = joined_lobby(&server, &w).await;
    // Seen once empty under a loaded machine (static runtimes compiling beside the test): ask
    // until Docker lists it, since the player was just answered by it.
    let lobby = eventually("the lobby container listed as running", || {
        running(&installation, "omgservers-lobby-")
            .into_iter()
            .next()
    })
    .await;

    docker::kill(&lobby.id);
    let killed = Instant::now();
    let disconnected = player
        .wait_for(WAIT, |m| {
            matches!(m, MessageBody::DisconnectionReasonMessage(_))
        })
        .await
        .unwrap();
    let noticed = killed.elapsed();
    assert!(disconnected.is_some(), "the lobby's client was not told");
    assert!(
        noticed < Duration::from_secs(2),
        "the dead lobby was handled after {noticed:?}"
    );
    // The lobby runtime is started again, in a new container of the same name.
    let replacement = eventually("a new lobby container", || {
        running(&installation, "omgservers-lobby-")
            .into_iter()
            .find(|c| c.id != lobby.id)
    })
    .await;
    assert_eq!(replacement.name, lobby.name, "the runtime keeps its id");
    // The killed container goes when its retention ends; the replacement, which has its name,
    // stays (the host is looked at every 3 s).
    tokio::time::sleep(retention + Duration::from_secs(4)).await;
    let listed = docker::containers(&installation);
    assert!(
        listed.iter().all(|c| c.id != lobby.id),
        "the killed container was removed: {listed:?}"
    );
    assert_eq!(
        running(&installation, "omgservers-lobby-"),
        vec![replacement],
        "the replacement outlives its predecessor's retention"
    );
}

omgservers_e2e::on_both_backends!(a_killed_container_is_noticed_within_two_seconds);

/// Builds `crash-runtime` (exits with 3 at once) under the name the registry push would give
/// a version of the world's project.
fn crashing_image(w: &World, version: &str) -> docker::ImageTag {
    let tag = format!(
        "{REGISTRY}/omgservers/{}/{}/universal:{version}",
        w.tenant, w.project
    );
    docker::runtime_image("crash-runtime", &tag)
}

async fn runtime_logs(server: &TestServer, w: &World, runtime: &str) -> String {
    let body = json!({"tenant": w.tenant, "runtime_id": runtime});
    let answer = server
        .ok("developer", "get-runtime-logs", Some(&w.dev.token), body)
        .await;
    answer["logs"].as_str().unwrap_or_default().to_owned()
}

/// A version whose container exits at once: restarted with backoff in a container of the same
/// name (one kept for its logs, not one per attempt), FAILED after three starts with the exit
/// code, while the previous deployment's lobby container keeps running and serving.
async fn a_crashing_image_backs_off_and_never_takes_over(backend: Backend) {
    docker::require_docker();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.runtimes_restart_backoff_initial = Duration::from_millis(300);
        c.deployments_readiness_attempts = 3;
    })
    .await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&server).await;
    cleanup.keep(game_image(&w));
    let good = fixtures::deploy(&server, &w).await;
    fixtures::wait_for_state(&server, &w, &good, "READY", WAIT).await;
    let good_lobby = eventually("the good lobby container", || {
        running(&installation, "omgservers-lobby-")
            .into_iter()
            .next()
    })
    .await;

    let broken_version = fixtures::new_version(&server, &w, fixtures::config(1, 16)).await;
    cleanup.keep(crashing_image(&w, &broken_version));
    let broken = fixtures::deploy_version(&server, &w, &broken_version).await;
    let failed = fixtures::wait_for_state(&server, &w, &broken, "FAILED", WAIT).await;
    let reason = failed["state_reason"].as_str().unwrap();
    assert!(
        reason.contains("failed 3 starts in a row") && reason.contains("exited with code 3"),
        "{reason}"
    );
    let listed = fixtures::runtimes_of(&server, &w, &broken).await;
    let lobby = listed
        .iter()
        .find(|r| r["qualifier"] == "LOBBY")
        .unwrap_or_else(|| panic!("{listed:?}"));
    assert_eq!(lobby["starts"], 3, "{lobby}");
    assert_eq!(lobby["container_state"], "STOPPED", "{lobby}");
    let lobby_id = lobby["id"].as_str().unwrap();
    let kept: Vec<Listed> = docker::containers(&installation)
        .into_iter()
        .filter(|c| c.name.ends_with(lobby_id))
        .collect();
    assert_eq!(kept.len(), 1, "one container kept per runtime: {kept:?}");
    assert!(
        runtime_logs(&server, &w, lobby_id)
            .await
            .contains("the game failed to load"),
        "the crash's output is readable"
    );
    // With timestamps, and only what was written after an instant (how omgctl follows).
    let logs_with = |extra: Value| {
        let mut body = json!({"tenant": w.tenant, "runtime_id": lobby_id});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let (server, token) = (&server, w.dev.token.clone());
        async move {
            server
                .ok("developer", "get-runtime-logs", Some(&token), body)
                .await["logs"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let stamped = logs_with(json!({"timestamps": true})).await;
    let line = stamped.lines().next().unwrap_or_default();
    let (stamp, text) = line.split_once(' ').unwrap_or_default();
    assert!(humantime::parse_rfc3339_weak(stamp).is_ok(), "{stamped}");
    assert!(text.contains("the game failed to load"), "{stamped}");
    assert_eq!(
        logs_with(json!({"since": stamp, "timestamps": true}))
            .await
            .lines()
            .next(),
        stamped.lines().nth(1),
        "only what came after the first line"
    );
    assert_eq!(
        logs_with(json!({"since": "2099-01-01T00:00:00Z"})).await,
        ""
    );
    let (status, body) = server
        .call(
            "developer",
            "get-runtime-logs",
            Some(&w.dev.token),
            json!({"tenant": w.tenant, "runtime_id": lobby_id, "since": "yesterday"}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("since `yesterday`"),
        "{body}"
    );
    // The backoff is visible in the events, with the exit code.
    let events = fixtures::events_of(&server, &w, &broken).await;
    let told = |kind: &str, text: &str| {
        events
            .iter()
            .any(|e| e["kind"] == kind && e["message"].as_str().unwrap().contains(text))
    };
    assert!(told("RUNTIME_FAILED", "exited with code 3"), "{events:?}");
    assert!(
        told("BACKOFF", "next start in 600ms (failure 2 in a row)"),
        "{events:?}"
    );
    assert!(
        told("DEPLOYMENT_FAILED", "failed 3 starts in a row"),
        "{events:?}"
    );
    // The good deployment never stopped: same container, and a newcomer plays there.
    assert!(running(&installation, "omgservers-lobby-").contains(&good_lobby));
    joined_lobby(&server, &w).await;
    assert_eq!(
        fixtures::deployment(&server, &w, &good).await["state"],
        "READY"
    );
}

omgservers_e2e::on_both_backends!(a_crashing_image_backs_off_and_never_takes_over);

/// A version whose image the registry does not have: IMAGE_PULL_FAILED with the registry's
/// answer in the runtime's state and events.
async fn an_image_that_cannot_be_pulled_is_reported_with_the_registry_answer(backend: Backend) {
    docker::require_docker();
    let registry_port = registry::free_port();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.registry_uri = format!("http://127.0.0.1:{registry_port}");
        c.runtimes_restart_backoff_initial = Duration::from_secs(30);
    })
    .await;
    let _registry = Registry::start_on(&server, registry_port).await;
    let installation = server.installation();
    let _cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&server).await;
    // Recorded as pushed, but never pushed: the registry has no such manifest.
    let deployment = fixtures::deploy(&server, &w).await;
    let lobby = eventually_async(|| async {
        fixtures::runtimes_of(&server, &w, &deployment)
            .await
            .into_iter()
            .find(|r| r["container_state"] == "IMAGE_PULL_FAILED")
    })
    .await;
    let detail = lobby["detail"].as_str().unwrap();
    assert!(detail.contains("manifest unknown"), "{detail}");
    assert!(lobby["next_start_at"].is_string(), "{lobby}");
    let events = fixtures::events_of(&server, &w, &deployment).await;
    let failed = events
        .iter()
        .find(|e| e["kind"] == "RUNTIME_FAILED")
        .unwrap_or_else(|| panic!("{events:?}"));
    assert!(
        failed["message"]
            .as_str()
            .unwrap()
            .contains("manifest unknown"),
        "{failed}"
    );
    assert!(docker::containers(&installation).is_empty());
}

omgservers_e2e::on_both_backends!(
    an_image_that_cannot_be_pulled_is_reported_with_the_registry_answer
);

/// No host has room: the runtime stays PENDING with what is short on which host, and starts
/// nothing.
async fn a_pool_too_small_leaves_the_runtime_pending_with_what_is_short(backend: Backend) {
    docker::require_docker();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        // More memory than any test machine has, reserved by every runtime.
        c.runtimes_default_memory_limit = 64 * 1024 * 1024;
        c.runtimes_memory_request_mib = 64 * 1024 * 1024;
    })
    .await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&server).await;
    cleanup.keep(game_image(&w));
    let deployment = fixtures::deploy(&server, &w).await;
    let lobby = eventually_async(|| async {
        fixtures::runtimes_of(&server, &w, &deployment)
            .await
            .into_iter()
            .find(|r| {
                r["detail"]
                    .as_str()
                    .is_some_and(|d| d.contains("no pool host has room"))
            })
    })
    .await;
    assert_eq!(lobby["container_state"], "PENDING", "{lobby}");
    let detail = lobby["detail"].as_str().unwrap();
    assert!(
        detail.contains("host ") && detail.contains("MB needed"),
        "names the host and the short resource: {detail}"
    );
    assert_eq!(lobby["starts"], 0, "{lobby}");
    assert!(docker::containers(&installation).is_empty());
    assert_eq!(
        fixtures::deployment(&server, &w, &deployment).await["state"],
        "PENDING"
    );
}

omgservers_e2e::on_both_backends!(a_pool_too_small_leaves_the_runtime_pending_with_what_is_short);

/// A version's `runtime_resources` set its containers' CPU quota and memory limit, and what
/// placement reserves (the host's load); the server's defaults are 100 millicores reserved of
/// one CPU allowed, and 128 of 512 MiB.
async fn a_version_sets_what_its_runtimes_reserve_and_may_use(backend: Backend) {
    let server = docker_server(backend).await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let mut config = tic_tac_toe::config();
    config["runtime_resources"] = json!({"cpu_request_millicores": 50,
        "cpu_limit_millicores": 500, "memory_request_mib": 64, "memory_limit_mib": 256});
    let w = fixtures::world_with(&server, config).await;
    cleanup.keep(game_image(&w));
    fixtures::deploy(&server, &w).await;
    joined_lobby(&server, &w).await;
    let lobby = eventually("the lobby container", || {
        running(&installation, "omgservers-lobby-")
            .into_iter()
            .next()
    })
    .await;
    assert_eq!(
        docker::inspect(&lobby.id, "{{.HostConfig.CpuQuota}} {{.HostConfig.Memory}}"),
        format!("50000 {}", 256 * 1024 * 1024),
        "0.5 CPU per 100 ms period, 256 MiB"
    );
    let admin = server.admin_token().await;
    let hosts = server
        .ok("admin", "get-pool-hosts", Some(&admin), json!({}))
        .await;
    let host = &hosts["hosts"][0];
    assert_eq!(host["cpu_used"], 5, "50 millicores reserved: {host}");
    assert_eq!(host["memory_used"], 64, "{host}");
    // The same figures on /metrics, in base units: CPUs and bytes.
    let id = host["id"].as_str().unwrap();
    let series = [
        ("omgservers_pool_host_reserved", "cpus", 0.05),
        (
            "omgservers_pool_host_reserved",
            "memory_bytes",
            64.0 * 1024.0 * 1024.0,
        ),
        (
            "omgservers_pool_host_reserved",
            "containers",
            host["containers"].as_f64().unwrap(),
        ),
        (
            "omgservers_pool_host_capacity",
            "cpus",
            host["cpu_count"].as_f64().unwrap(),
        ),
        (
            "omgservers_pool_host_capacity",
            "containers",
            host["max_containers"].as_f64().unwrap(),
        ),
    ];
    for (name, resource, value) in series {
        let name = format!(r#"{name}{{host="{id}",resource="{resource}"}}"#);
        server.metric_becomes(&name, value).await;
    }
    let up = format!(r#"omgservers_pool_host_up{{host="{id}"}}"#);
    server.metric_becomes(&up, 1.0).await;

    // Above what the operator allows: refused at create-version, naming the field.
    let mut greedy = fixtures::config(1, 16);
    greedy["runtime_resources"] = json!({"cpu_limit_millicores": 64000});
    let body = json!({"tenant": w.tenant, "project": w.project, "config": greedy});
    let (qualifier, message) = server
        .fails("developer", "create-version", Some(&w.dev.token), body, 400)
        .await;
    assert_eq!(qualifier, "VALIDATION_CONSTRAINT_VIOLATED");
    assert!(
        message.contains("config.runtime_resources.cpu_limit_millicores")
            && message.contains("OMGSERVERS_RUNTIMES_MAX_CPU_MILLICORES"),
        "{message}"
    );
}

omgservers_e2e::on_both_backends!(a_version_sets_what_its_runtimes_reserve_and_may_use);

async fn eventually_async<T, F: std::future::Future<Output = Option<T>>>(
    mut check: impl FnMut() -> F,
) -> T {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(found) = check().await {
            return found;
        }
        assert!(Instant::now() < deadline, "timed out");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Containers left running at shutdown, for a restarted server to find.
fn keep_running(c: &mut Config) {
    docker_config(c);
    c.runtimes_docker_stop_on_shutdown = false;
}

/// A Docker server whose containers outlive it, started again on its data directory, its
/// address (kept: a port the kernel does not hand out meanwhile) and its database.
struct Restarts {
    backend: Backend,
    data_dir: tempfile::TempDir,
    addr: std::net::SocketAddr,
    database_url: Option<String>,
}

impl Restarts {
    async fn first(backend: Backend) -> (Restarts, TestServer) {
        docker::require_docker();
        let data_dir = tempfile::tempdir().unwrap();
        let addr = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port())
            .parse()
            .unwrap();
        let server = TestServer::start_at(backend, data_dir.path(), addr, keep_running).await;
        let database_url = server.state.as_ref().unwrap().config.database_url.clone();
        let restarts = Restarts {
            backend,
            data_dir,
            addr,
            database_url,
        };
        (restarts, server)
    }

    /// The same database (PostgreSQL: a test server gets a fresh one unless told otherwise).
    async fn again(&self) -> TestServer {
        let database_url = self.database_url.clone();
        let configure = move |c: &mut Config| {
            keep_running(c);
            c.database_url = database_url;
        };
        TestServer::start_at(self.backend, self.data_dir.path(), self.addr, configure).await
    }
}

async fn a_restarted_server_adopts_running_containers(backend: Backend) {
    let (restarts, first) = Restarts::first(backend).await;
    let installation = first.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let w = tic_tac_toe::world(&first).await;
    cleanup.keep(game_image(&w));
    let deployment = fixtures::deploy(&first, &w).await;
    joined_lobby(&first, &w).await;
    // Asked until Docker lists it (see a_killed_container_is_noticed_within_two_seconds).
    let before = eventually("the lobby container listed as running", || {
        let listed = running(&installation, "omgservers-lobby-");
        (listed.len() == 1).then_some(listed)
    })
    .await;
    first.stop().await;
    assert_eq!(
        running(&installation, "omgservers-lobby-"),
        before,
        "the container outlives the server"
    );

    let second = restarts.again().await;
    assert_eq!(installation, second.installation());
    // The adopted lobby serves a newcomer; nothing was started twice.
    joined_lobby(&second, &w).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(running(&installation, "omgservers-lobby-"), before);
    fixtures::adopted_once(&second, &w, &deployment, &before[0].name).await;

    // An adopted container is watched like one the server started: killed, it is replaced.
    docker::checked(&["kill", &before[0].id]);
    let replaced = eventually("a replacement for the killed adopted container", || {
        let listed = running(&installation, "omgservers-lobby-");
        (listed.len() == 1 && listed[0].id != before[0].id).then_some(listed)
    })
    .await;
    joined_lobby(&second, &w).await;
    second.stop().await;

    // A container removed while no server ran is found gone at the next start and replaced.
    docker::checked(&["rm", "-f", &replaced[0].id]);
    let third = restarts.again().await;
    let started = eventually(
        "a new lobby container for the one removed while down",
        || {
            let listed = running(&installation, "omgservers-lobby-");
            (listed.len() == 1 && listed[0].id != replaced[0].id).then_some(listed)
        },
    )
    .await;
    assert_ne!(started[0].id, before[0].id);
    joined_lobby(&third, &w).await;
    third.stop().await;
}

omgservers_e2e::on_both_backends!(a_restarted_server_adopts_running_containers);

/// A container of an earlier start holds void tokens (docs/game-loop.md "Runtime tokens"):
/// found running, it is removed, not adopted, and its runtime starts afresh. Here the runtime's
/// only Docker host (the local engine behind a TCP proxy) is cut off when a restarted server
/// starts the runtime again: the start issues new credentials, then finds no host. When the
/// host answers again, its container of the earlier start is still running — within a minute
/// of the first server's stop, after which the runtime SDK gives up and the container exits
/// (then the test fails: it would be retired, not removed).
async fn a_container_of_an_earlier_start_is_removed_not_adopted(backend: Backend) {
    let (restarts, first) = Restarts::first(backend).await;
    let installation = first.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let proxy = TcpProxy::to_unix_socket("/var/run/docker.sock").await;
    let admin = first.admin_token().await;
    let admin = Some(admin.as_str());
    let hosts = first.ok("admin", "get-pool-hosts", admin, json!({})).await;
    let local = str_of(&hosts["hosts"][0], "id");
    let proxied = json!({"docker_daemon_uri": format!("tcp://127.0.0.1:{}", proxy.port),
        "cpu_count": 4, "memory_size": 4096, "max_containers": 10});
    first.ok("admin", "create-pool-host", admin, proxied).await;
    first
        .ok("admin", "drain-pool-host", admin, json!({"id": local}))
        .await;
    first
        .ok("admin", "delete-pool-host", admin, json!({"id": local}))
        .await;
    let w = tic_tac_toe::world(&first).await;
    cleanup.keep(game_image(&w));
    let deployment = fixtures::deploy(&first, &w).await;
    joined_lobby(&first, &w).await;
    let earlier = eventually("the lobby container listed as running", || {
        let listed = running(&installation, "omgservers-lobby-");
        (listed.len() == 1).then(|| listed[0].clone())
    })
    .await;
    let epoch_of = |id: &str| -> i64 {
        docker::inspect(id, "{{index .Config.Labels \"io.omgservers.token-epoch\"}}")
            .trim()
            .parse()
            .expect("a token-epoch label")
    };
    assert_eq!(epoch_of(&earlier.id), 1, "the first start is token epoch 1");
    first.stop().await;

    // Restarted with its host cut off: the start gives the runtime new credentials (token
    // epoch 2), then finds no host and waits. The earlier container runs on, refused.
    proxy.set_down(true);
    let second = restarts.again().await;
    let deadline = Instant::now() + WAIT;
    loop {
        let listed = fixtures::runtimes_of(&second, &w, &deployment).await;
        if listed.len() == 1 && listed[0]["container_state"] == "PENDING" {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no start while cut off: {listed:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        running(&installation, "omgservers-lobby-"),
        vec![earlier.clone()]
    );

    // The host answers again: the earlier start's container is removed and a new one started.
    proxy.set_down(false);
    let started = eventually(
        "a new lobby container in place of the earlier start's",
        || {
            let listed = running(&installation, "omgservers-lobby-");
            (listed.len() == 1 && listed[0].id != earlier.id).then(|| listed[0].clone())
        },
    )
    .await;
    assert!(
        docker::containers(&installation)
            .iter()
            .all(|c| c.id != earlier.id),
        "the earlier start's container is removed"
    );
    assert!(
        epoch_of(&started.id) > 2,
        "the new container is of a later start"
    );
    joined_lobby(&second, &w).await;
    let events = fixtures::events_of(&second, &w, &deployment).await;
    assert!(
        !events.iter().any(|e| e["kind"] == "ADOPTED"),
        "nothing adopted: {events:?}"
    );
    let removed: Vec<&Value> = events
        .iter()
        .filter(|e| e["kind"] == "STALE_CONTAINER_REMOVED")
        .collect();
    assert!(
        removed.iter().any(|e| e["message"]
            .as_str()
            .is_some_and(|m| m.contains(&earlier.name) && m.contains("token epoch 1"))),
        "the removal is recorded with the container and its epoch: {events:?}"
    );
    second.stop().await;
}

omgservers_e2e::on_both_backends!(a_container_of_an_earlier_start_is_removed_not_adopted);

async fn pool_hosts_are_administered_and_a_dead_host_is_skipped(backend: Backend) {
    docker::require_docker();
    // Runtimes waiting for room start when room is added or freed, or never in this test.
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.runtimes_no_room_retry = Duration::from_secs(600);
    })
    .await;
    let installation = server.installation();
    let mut cleanup = docker::Cleanup::installation(&installation);
    let admin = server.admin_token().await;
    let admin = Some(admin.as_str());

    let hosts = server.ok("admin", "get-pool-hosts", admin, json!({})).await;
    let hosts = hosts["hosts"].as_array().unwrap().clone();
    assert_eq!(
        hosts.len(),
        1,
        "the local engine is the default pool: {hosts:?}"
    );
    let local = str_of(&hosts[0], "id");
    assert_eq!(hosts[0]["docker_daemon_uri"], "unix:///var/run/docker.sock");
    assert_eq!(hosts[0]["reachable"], true);

    // ping-docker-host: upstream's answer, and clear errors.
    let pong = server
        .ok(
            "admin",
            "ping-docker-host",
            admin,
            json!({"docker_daemon_uri": "unix:///var/run/docker.sock"}),
        )
        .await;
    assert_eq!(
        pong,
        json!({"successful": true, "from_server": server.base})
    );
    let (qualifier, message) = server
        .fails(
            "admin",
            "ping-docker-host",
            admin,
            json!({"docker_daemon_uri": "tcp://127.0.0.1:1"}),
            502,
        )
        .await;
    assert_eq!(qualifier, "SERVER_NOT_FOUND");
    assert!(message.contains("tcp://127.0.0.1:1"), "{message}");
    server
        .fails(
            "admin",
            "ping-docker-host",
            admin,
            json!({"docker_daemon_uri": "ftp://x"}),
            400,
        )
        .await;

    // A host that is down is added (it may be provisioning) and placement skips it.
    let dead = server
        .ok(
            "admin",
            "create-pool-host",
            admin,
            json!({"docker_daemon_uri": "tcp://127.0.0.1:1", "cpu_count": 64, "memory_size": 65536, "max_containers": 100}),
        )
        .await;
    assert_eq!(dead["host"]["reachable"], false);
    let dead = str_of(&dead["host"], "id");
    server
        .fails(
            "admin",
            "create-pool-host",
            admin,
            json!({"docker_daemon_uri": "tcp://127.0.0.1:1", "cpu_count": 1, "memory_size": 1, "max_containers": 1}),
            409,
        )
        .await;
    let w = tic_tac_toe::world(&server).await;
    cleanup.keep(game_image(&w));
    let deployment = fixtures::deploy(&server, &w).await;
    joined_lobby(&server, &w).await;
    let hosts = server.ok("admin", "get-pool-hosts", admin, json!({})).await;
    let load = |id: &str| {
        hosts["hosts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["id"] == id)
            .unwrap()["containers"]
            .clone()
    };
    assert_eq!(load(&local), 1, "{hosts}");
    assert_eq!(load(&dead), 0, "{hosts}");

    // Draining: a new lobby waits; undrained, it starts.
    server
        .ok("admin", "drain-pool-host", admin, json!({"id": local}))
        .await;
    server
        .ok(
            "developer",
            "create-lobby-request",
            Some(&w.dev.token),
            json!({"tenant": w.tenant, "deployment_id": deployment}),
        )
        .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let listed = fixtures::runtimes_of(&server, &w, &deployment).await;
    let states: Vec<Value> = listed
        .iter()
        .map(|r| r["container_state"].clone())
        .collect();
    assert_eq!(states, vec![json!("RUNNING"), json!("PENDING")]);
    let waiting = listed[1]["detail"].as_str().unwrap_or_default();
    assert!(
        waiting.contains(&format!("host {local}: unreachable or draining"))
            && waiting.contains(&format!("host {dead}: unreachable or draining")),
        "{waiting}"
    );
    server
        .ok(
            "admin",
            "drain-pool-host",
            admin,
            json!({"id": local, "draining": false}),
        )
        .await;
    let deadline = Instant::now() + WAIT;
    loop {
        let states: Vec<Value> = fixtures::runtimes_of(&server, &w, &deployment)
            .await
            .iter()
            .map(|r| r["container_state"].clone())
            .collect();
        if states == vec![json!("RUNNING"), json!("RUNNING")] {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "undrained host got no container: {states:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // A host with live containers cannot be removed; an idle one can.
    let (_, message) = server
        .fails(
            "admin",
            "delete-pool-host",
            admin,
            json!({"id": local}),
            409,
        )
        .await;
    assert!(message.contains("drain"), "{message}");
    let deleted = server
        .ok("admin", "delete-pool-host", admin, json!({"id": dead}))
        .await;
    assert_eq!(deleted, json!({"deleted": true}));

    // Room freed by a container ending: a lobby that waits for room starts at once, not at
    // its retry (10 min here). A host with room for one container (the same engine, behind a
    // TCP front) while the local one is drained.
    let engine = docker::DockerFront::start().await;
    server
        .ok("admin", "drain-pool-host", admin, json!({"id": local}))
        .await;
    server
        .ok(
            "admin",
            "create-pool-host",
            admin,
            json!({"docker_daemon_uri": engine.uri, "cpu_count": 64, "memory_size": 65536, "max_containers": 1}),
        )
        .await;
    let lobby_runtimes = || async {
        fixtures::runtimes_of(&server, &w, &deployment)
            .await
            .into_iter()
            .filter(|r| r["qualifier"] == "LOBBY")
            .collect::<Vec<Value>>()
    };
    let state_of = |runtimes: &[Value], id: &Value| {
        runtimes
            .iter()
            .find(|r| &r["id"] == id)
            .map(|r| r["container_state"].clone())
    };
    let before = lobby_runtimes().await.len();
    let request = json!({"tenant": w.tenant, "deployment_id": deployment});
    server
        .ok(
            "developer",
            "create-lobby-request",
            Some(&w.dev.token),
            request.clone(),
        )
        .await;
    let deadline = Instant::now() + WAIT;
    let on_small = loop {
        let runtimes = lobby_runtimes().await;
        if let Some(r) = runtimes
            .get(before)
            .filter(|r| r["container_state"] == "RUNNING")
        {
            break r["id"].clone();
        }
        assert!(
            Instant::now() < deadline,
            "no lobby on the small host: {runtimes:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(engine.creations(), 1);
    server
        .ok(
            "developer",
            "create-lobby-request",
            Some(&w.dev.token),
            request,
        )
        .await;
    let deadline = Instant::now() + WAIT;
    let waiting = loop {
        let runtimes = lobby_runtimes().await;
        if let Some(r) = runtimes.get(before + 1).filter(|r| {
            r["detail"]
                .as_str()
                .is_some_and(|d| d.contains("containers 1/1"))
        }) {
            break r["id"].clone();
        }
        assert!(
            Instant::now() < deadline,
            "no lobby waited for room: {runtimes:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let status = fixtures::stage_status(&server, &w).await;
    let lobby = status["deployments"][0]["lobbies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["runtime_id"] == on_small)
        .unwrap_or_else(|| panic!("no lobby runs {on_small}: {status}"))["id"]
        .clone();
    server
        .ok(
            "developer",
            "delete-lobby",
            Some(&w.dev.token),
            json!({"lobby_id": lobby}),
        )
        .await;
    let deadline = Instant::now() + WAIT;
    loop {
        let runtimes = lobby_runtimes().await;
        if state_of(&runtimes, &waiting) == Some(json!("RUNNING")) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the waiting lobby did not start when the room was freed: {runtimes:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(engine.creations(), 2);
}

omgservers_e2e::on_both_backends!(pool_hosts_are_administered_and_a_dead_host_is_skipped);

/// A developer uploads a files archive; the server builds it on the pool host `FROM` the
/// configured base image (here a local `FROM scratch` image holding the static tic-tac-toe
/// runtime, since nothing can be pulled), pushes it to the real registry, records it as the
/// version's image, and the deployment runs it.
async fn an_uploaded_archive_is_built_pushed_and_played(backend: Backend) {
    docker::require_docker();
    // A base tag per backend: both copies of this test run at once, and each removes its own.
    let base = &format!(
        "omgservers-test/runtime-base:tic-tac-toe-{}",
        format!("{backend:?}").to_lowercase()
    );
    let _base = docker::runtime_image("tic-tac-toe", base);
    let registry_port = registry::free_port();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.registry_uri = format!("http://127.0.0.1:{registry_port}");
        c.builder_base_image = base.to_owned();
        c.builder_workdir = "/game".to_owned();
        c.builder_command = "/runtime --from-archive".to_owned();
    })
    .await;
    let registry = Registry::start_on(&server, registry_port).await;
    let w = tic_tac_toe::world(&server).await;
    let built = registry.image(
        &format!("omgservers/{}/{}/universal", w.tenant, w.project),
        &w.version,
    );
    let cli = DockerCli::new().await;
    cli.forget_on_drop(&built);
    // Declared after `cli`, so the containers go before the image they run (an image removed
    // under a container would stay behind, untagged).
    let _cleanup = docker::Cleanup::installation(&server.installation());

    let archive = fixtures::tar_gz(&[
        ("main.lua", b"-- entry point"),
        ("levels/one.txt", b"level one: 3x3"),
    ]);
    let (status, uploaded) =
        fixtures::upload_archive(&server, Some(&w.dev.token), &w.tenant, &w.version, archive).await;
    assert_eq!(status.as_u16(), 200, "{uploaded}");
    let build = str_of(&uploaded, "build_request_id");
    let log = fixtures::finished_build(&server, &w, &build).await;
    assert_eq!(
        log["state"],
        "SUCCEEDED",
        "{}\nregistry:\n{}",
        log["log"],
        registry.logs()
    );
    let text = str_of(&log, "log");
    assert!(text.contains(&format!("FROM {base}")), "{text}");
    assert!(text.contains("pushing"), "{text}");
    assert_eq!(
        log["image_id"],
        json!(format!(
            "omgservers/{}/{}/universal:{}",
            w.tenant, w.project, w.version
        ))
    );
    let body = json!({"tenant": w.tenant, "version_id": w.version});
    let details = server
        .ok("developer", "get-version-details", Some(&w.dev.token), body)
        .await;
    assert_eq!(
        details["details"]["build_requests"][0]["state"],
        "SUCCEEDED"
    );
    assert_eq!(
        details["details"]["build_requests"][0]["qualifier"],
        "DOCKER_ENGINE_BUILDER_V1"
    );
    let built_total = r#"omgservers_builds_total{outcome="succeeded"}"#;
    assert_eq!(server.metric(built_total).await, 1.0, "{built_total}");
    // The push reached the registry: its tag list has the version.
    let (user, password) = (w.dev.user_id.clone(), w.dev.password.clone());
    cli.login(&registry.host, &user, &password)
        .await
        .ok("docker login as the developer");
    cli.remove_image(&built).await;
    cli.run(&["pull", &built], None)
        .await
        .ok("pull the built image back");
    // The built image holds the archive's files and runs the configured command.
    let files = cli
        .run(
            &[
                "image",
                "inspect",
                "--format",
                "{{json .Config.Cmd}} {{.Config.WorkingDir}}",
                &built,
            ],
            None,
        )
        .await
        .ok("inspect the built image");
    assert_eq!(
        files.stdout.trim(),
        r#"["/runtime","--from-archive"] /game"#
    );
    // ... the archive's files in its working directory, read back out of a container of it
    // (`docker cp` writes a tar stream holding the file).
    let container = docker::checked(&["create", &built]);
    for (path, content) in [
        ("/game/main.lua", "-- entry point"),
        ("/game/levels/one.txt", "level one: 3x3"),
    ] {
        let copied = docker::docker(&["cp", &format!("{container}:{path}"), "-"]);
        let copied = String::from_utf8_lossy(&copied.stdout);
        assert!(
            copied.contains(content),
            "{path} in the built image: {:?}",
            copied.replace('\0', "")
        );
    }
    docker::checked(&["rm", &container]);

    let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
    server
        .ok("developer", "deploy-version", Some(&w.dev.token), body)
        .await;
    tic_tac_toe::play_to_a_win(&server, &w).await;
}

omgservers_e2e::on_both_backends!(an_uploaded_archive_is_built_pushed_and_played);

/// A build that cannot succeed (its base image does not exist) ends FAILED with the reason in
/// its log, instead of hanging.
async fn a_failed_build_is_reported(backend: Backend) {
    docker::require_docker();
    let server = TestServer::start_with(backend, |c| {
        docker_config(c);
        c.builder_base_image = "omgservers-test/no-such-base:1".to_owned();
    })
    .await;
    let w = tic_tac_toe::world(&server).await;
    let archive = fixtures::tar_gz(&[("main.lua", b"-- entry")]);
    let (status, uploaded) =
        fixtures::upload_archive(&server, Some(&w.dev.token), &w.tenant, &w.version, archive).await;
    assert_eq!(status.as_u16(), 200, "{uploaded}");
    let log = fixtures::finished_build(&server, &w, &str_of(&uploaded, "build_request_id")).await;
    assert_eq!(log["state"], "FAILED", "{log}");
    let text = str_of(&log, "log");
    assert!(text.contains("build failed"), "{text}");
    assert!(text.contains("no-such-base"), "{text}");
    assert!(log.get("image_id").is_none(), "{log}");
    let failed_total = r#"omgservers_builds_total{outcome="failed"}"#;
    assert_eq!(server.metric(failed_total).await, 1.0, "{failed_total}");
}

omgservers_e2e::on_both_backends!(a_failed_build_is_reported);
