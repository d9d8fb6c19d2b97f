//! The real `omgservers` binary, as the README's first command starts it: zero configuration,
//! generated credentials shown once and kept 0600, keys and passwords reused on restart,
//! graceful exit on SIGTERM.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Running {
    child: Child,
    stdout: Vec<String>,
}

/// Starts the binary in `dir` with no flags but the port, and waits until it answers.
fn start(dir: &Path, port: u16) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_omgservers"))
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{port}"))
        .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "server did not start");
        assert!(child.try_wait().unwrap().is_none(), "server exited early");
        std::thread::sleep(Duration::from_millis(50));
    }
    Running {
        child,
        stdout: Vec::new(),
    }
}

fn stop(mut running: Running) -> Vec<String> {
    let pid = running.child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = running.child.try_wait().unwrap() {
            assert!(status.success(), "graceful exit, got {status}");
            break;
        }
        assert!(Instant::now() < deadline, "no exit after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = running.child.stdout.take().unwrap();
    running.stdout = BufReader::new(out).lines().map_while(Result::ok).collect();
    running.stdout
}

async fn admin_token(port: u16, password: &str) -> reqwest::StatusCode {
    reqwest::Client::new()
        .post(format!(
            "http://127.0.0.1:{port}/service/v1/entrypoint/admin/request/create-token"
        ))
        .json(&serde_json::json!({"user": "admin", "password": password}))
        .send()
        .await
        .unwrap()
        .status()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[tokio::test]
async fn zero_configuration_start_restart_and_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();

    let first = start(dir.path(), port);
    let stdout = stop(first);
    let line = stdout
        .iter()
        .find(|l| l.trim_start().starts_with("admin / "))
        .unwrap_or_else(|| panic!("{stdout:?}"));
    let password = line.trim().trim_start_matches("admin / ").to_owned();
    assert_eq!(password.len(), 32);

    let data = dir.path().join("omgservers-data");
    #[cfg(unix)]
    for file in ["bootstrap-credentials", "jwt-private.pem"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    let stored = std::fs::read_to_string(data.join("bootstrap-credentials")).unwrap();
    assert!(stored.contains(&format!("admin={password}")));

    // restart: nothing is generated again, the same password still works
    let second = start(dir.path(), port);
    assert_eq!(admin_token(port, &password).await, 200);
    assert_eq!(
        admin_token(port, "admin").await,
        401,
        "no dev passwords without --dev"
    );
    let stdout = stop(second);
    assert!(
        !stdout.iter().any(|l| l.contains("admin / ")),
        "credentials are shown once: {stdout:?}"
    );
}
