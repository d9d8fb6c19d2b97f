//! `omgbench --deploy-only`: deploy → the lobby runtime's first interchange, with the Docker
//! driver and a local image (ARCHITECTURE.md §6: ≤ 1.5 s), beside the floor of the same
//! machine: `docker run` of the same image until its process makes its first HTTP request to a
//! bare listener.
//!
//! Each round is a fresh tenant and version whose image is the static tic-tac-toe runtime,
//! already on the host (tagged as the registry would name it, so nothing is pulled). The clock
//! starts before `deploy-version` and stops when a player, who joined right after the deploy,
//! receives the lobby runtime's welcome — which the runtime sends from its first interchange.

use std::time::{Duration, Instant};

use omgservers::config::RuntimesDriver;
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::MessageBody;
use serde_json::json;

use crate::fixtures::{self, str_of};
use crate::{docker, Backend, TestServer};

const REGISTRY: &str = "127.0.0.1:5999";
const BASE: &str = "omgservers-bench/tic-tac-toe:latest";

fn median_and_max(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    (
        samples.get(samples.len() / 2).map_or(0.0, ms),
        samples.last().map_or(0.0, ms),
    )
}

/// Floor: `docker run` → the process's first request to a bare listener.
async fn floor_once() -> Duration {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (hit_tx, hit_rx) = tokio::sync::oneshot::channel::<()>();
    let hit = std::sync::Mutex::new(Some(hit_tx));
    let hit = std::sync::Arc::new(hit);
    let app = axum::Router::new().fallback(move || {
        let hit = hit.clone();
        async move {
            if let Some(tx) = hit.lock().ok().and_then(|mut h| h.take()) {
                let _ = tx.send(());
            }
            axum::http::StatusCode::SERVICE_UNAVAILABLE
        }
    });
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    let name = format!("omgbench-floor-{}", addr.port());
    let started = Instant::now();
    let run = std::process::Command::new("docker")
        .args(["run", "-d", "--name", &name, "--network", "host"])
        .args(["-e", &format!("OMGSERVERS_SERVICE_URL=http://{addr}")])
        .args([
            "-e",
            "OMGSERVERS_RUNTIME_ID=1",
            "-e",
            "OMGSERVERS_PASSWORD=x",
        ])
        .args(["-e", "OMGSERVERS_RUNTIME_QUALIFIER=LOBBY", BASE])
        .output()
        .expect("docker run");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    tokio::time::timeout(Duration::from_secs(30), hit_rx)
        .await
        .expect("the floor container made no request")
        .expect("hit");
    let took = started.elapsed();
    let _ = std::process::Command::new("docker")
        .args(["rm", "-f", &name])
        .output();
    server.abort();
    took
}

async fn deploy_once(server: &TestServer) -> Duration {
    let w = fixtures::world_with(server, fixtures::config(1, 16)).await;
    let tag = format!(
        "{REGISTRY}/omgservers/{}/{}/universal:{}",
        w.tenant, w.project, w.version
    );
    let tagged = std::process::Command::new("docker")
        .args(["tag", BASE, &tag])
        .status()
        .expect("docker tag");
    assert!(tagged.success());
    fixtures::push_image(server, &w).await;
    let started = Instant::now();
    let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "version_id": w.version});
    let deployed = server
        .ok("developer", "deploy-version", Some(&w.dev.token), body)
        .await;
    let mut player = PlayerClient::sign_up(&server.base).await.expect("sign up");
    player
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .expect("client");
    let welcome = player
        .wait_for(Duration::from_secs(30), |m| {
            matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message.get("text").is_some())
        })
        .await
        .expect("interchange");
    let took = started.elapsed();
    assert!(welcome.is_some(), "no welcome from the lobby runtime");
    let support = server.support_token().await;
    server
        .ok(
            "support",
            "delete-tenant",
            Some(&support),
            json!({"tenant": w.tenant}),
        )
        .await;
    let _ = str_of(&deployed, "deployment_id");
    let _ = std::process::Command::new("docker")
        .args(["rmi", &tag])
        .output();
    took
}

pub async fn run(rounds: usize) {
    let _base = docker::runtime_image("tic-tac-toe", BASE);
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.runtimes_driver = RuntimesDriver::Docker;
        c.registry_uri = format!("http://{REGISTRY}");
        c.runtimes_docker_stop_on_shutdown = true;
        c.runtimes_exited_retention = Duration::ZERO;
    })
    .await;
    let mut floor = Vec::new();
    let mut deploys = Vec::new();
    for _ in 0..rounds {
        floor.push(floor_once().await);
        deploys.push(deploy_once(&server).await);
    }
    let (floor_p50, floor_max) = median_and_max(floor);
    let (p50, max) = median_and_max(deploys);
    println!(
        "deploy -> lobby runtime's first interchange (docker, local image), {rounds} rounds: \
         median {p50:.0} ms, max {max:.0} ms | floor (docker run -> first request): median {floor_p50:.0} ms, max {floor_max:.0} ms | ratio {:.2}",
        p50 / floor_p50.max(1.0)
    );
    server.stop().await;
}
