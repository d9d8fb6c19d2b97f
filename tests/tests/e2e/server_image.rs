//! The server image (server/image/Dockerfile, scripts/server-image.sh; docs/install.md),
//! built with the local Docker engine from the workspace's build of the server and run as a user
//! would: its data on a volume, the engine's socket for its runtimes. It becomes healthy by its
//! own HEALTHCHECK, is ready with the Docker pool up, answers control-plane calls, stops
//! cleanly on SIGTERM and keeps its data for the next container.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::cluster::free_port;
use omgservers_e2e::docker::{self, checked, inspect, logs, require_docker};
use omgservers_e2e::{Backend, TestServer};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(90);

/// Removes what the test made, whatever happens.
struct Cleanup {
    containers: Vec<String>,
    volume: String,
    image: String,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        for c in &self.containers {
            let _ = docker::docker(&["rm", "-f", c]);
        }
        let _ = docker::docker(&["volume", "rm", "-f", &self.volume]);
        let _ = docker::docker(&["rmi", "-f", &self.image]);
    }
}

/// Waits until the container's HEALTHCHECK says `healthy`.
fn healthy(container: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let health = inspect(container, "{{.State.Health.Status}}");
        if health == "healthy" {
            return;
        }
        assert!(
            Instant::now() < deadline && health != "unhealthy",
            "{container} is {health}: {}\n{}",
            inspect(container, "{{json .State.Health}}"),
            logs(container)
        );
        std::thread::sleep(Duration::from_millis(500));
    }
}

async fn call(base: &str, path: &str, token: Option<&str>, body: Value) -> Value {
    let mut request = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(&body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let answer = request.send().await.unwrap();
    let status = answer.status();
    let body: Value = answer.json().await.unwrap();
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// A support token (the development mode's support/support).
async fn support_token(base: &str) -> String {
    let body = json!({"user": "support", "password": "support"});
    let answer = call(
        base,
        "/service/v1/entrypoint/support/request/create-token",
        None,
        body,
    )
    .await;
    answer["raw_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_server_image_becomes_healthy_serves_and_keeps_its_data() {
    require_docker();
    // The workspace's debug build, dynamically linked: the script packs the shared libraries
    // it loads (its own dist build is static and needs none; building that here would compile
    // the whole dependency tree a second time).
    let binary = server_binary();
    let id = std::process::id();
    let cleanup = Cleanup {
        containers: vec![
            format!("omgservers-image-test-{id}-a"),
            format!("omgservers-image-test-{id}-b"),
        ],
        volume: format!("omgservers-image-test-{id}"),
        image: format!("omgservers-image-test:{id}"),
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/server-image.sh");
    let built = Command::new(script)
        .arg(&cleanup.image)
        .env("OMGSERVERS_BINARY", &binary)
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&built.stdout);
    assert!(
        built.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&built.stderr)
    );
    // It prints the tag and the size: one stripped binary.
    let size: u64 = printed
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{printed}"));
    // A stripped debug build: 37.5 MB here (the release build is smaller).
    assert!(size < 64 << 20, "image of {size} bytes");
    assert_eq!(inspect(&cleanup.image, "{{.Config.User}}"), "65532:65532");
    assert_eq!(
        inspect(&cleanup.image, "{{json .Config.ExposedPorts}}"),
        r#"{"8080/tcp":{}}"#
    );

    let port = free_port();
    let socket_group = std::fs::metadata("/var/run/docker.sock")
        .unwrap()
        .gid()
        .to_string();
    let start = |name: &str| {
        checked(&[
            "run",
            "-d",
            "--name",
            name,
            // Host networking: runtime containers reach the server on the host's loopback.
            "--network",
            "host",
            "-e",
            &format!("OMGSERVERS_LISTEN=127.0.0.1:{port}"),
            "-e",
            "OMGSERVERS_DEV=true",
            "-v",
            &format!("{}:/data", cleanup.volume),
            "-v",
            "/var/run/docker.sock:/var/run/docker.sock",
            "--group-add",
            &socket_group,
            &cleanup.image,
        ]);
    };
    let base = format!("http://127.0.0.1:{port}");
    let first = &cleanup.containers[0];
    start(first);
    healthy(first);
    let ready: Value = reqwest::get(format!("{base}/q/health/ready"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["status"], "UP", "{ready}");
    let docker_pool = ready["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "docker-pool");
    assert_eq!(
        docker_pool.map(|c| c["status"].clone()),
        Some(json!("UP")),
        "{ready}"
    );

    // A control-plane call: support signs in and creates a tenant.
    let token = support_token(&base).await;
    let tenant = call(
        &base,
        "/service/v1/entrypoint/support/request/create-tenant",
        Some(&token),
        json!({}),
    )
    .await;
    let tenant = tenant["id"].as_str().unwrap().to_owned();

    // SIGTERM: a clean stop.
    checked(&["stop", "--time", "30", first]);
    assert_eq!(
        inspect(first, "{{.State.ExitCode}}"),
        "0",
        "{}",
        logs(first)
    );

    // The next container on the same volume has the tenant.
    let second = &cleanup.containers[1];
    start(second);
    healthy(second);
    let token = support_token(&base).await;
    let tenants = call(
        &base,
        "/service/v1/entrypoint/support/request/list-tenants",
        Some(&token),
        json!({"limit": 1000}),
    )
    .await;
    assert!(
        tenants["tenants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["id"] == tenant.as_str()),
        "{tenants}"
    );
    drop(cleanup);
}

/// The image's health check, `omgservers --check-ready`: exit 0 when the server at the listen
/// address is ready, 1 (saying why) when nothing answers there.
#[tokio::test]
async fn check_ready_says_whether_the_server_at_the_listen_address_is_ready() {
    let binary = server_binary();
    let server = TestServer::start(Backend::Sqlite).await;
    let address = server.base.trim_start_matches("http://").to_owned();
    let check = |listen: String| {
        let binary = binary.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                Command::new(binary)
                    .args(["--check-ready", "--listen", &listen])
                    .output()
                    .unwrap()
            })
            .await
            .unwrap()
        }
    };
    let ready = check(address.clone()).await;
    assert_eq!(
        ready.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ready.stderr)
    );
    // Bound to every address (the image's 0.0.0.0): asked over the loopback.
    let port = address.rsplit(':').next().unwrap();
    let any = check(format!("0.0.0.0:{port}")).await;
    assert_eq!(
        any.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&any.stderr)
    );
    let nobody = check(format!("127.0.0.1:{}", free_port())).await;
    assert_eq!(nobody.status.code(), Some(1));
    let why = String::from_utf8_lossy(&nobody.stderr);
    assert!(why.contains("no answer from http://127.0.0.1:"), "{why}");
}
