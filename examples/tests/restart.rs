//! A server killed with SIGKILL mid-game and restarted loses nothing: every client keeps its
//! assignment and receives every message a runtime had sent successfully, and the runtime
//! processes left by the killed server are replaced, not duplicated.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(15);

/// The `omgservers` binary next to this package's binaries, built if missing.
fn server_binary() -> PathBuf {
    let path = Path::new(env!("CARGO_BIN_EXE_catalogue-runtime")).with_file_name("omgservers");
    if !path.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let status = Command::new(cargo)
            .args(["build", "-p", "omgservers", "--bin", "omgservers"])
            .status()
            .unwrap();
        assert!(status.success(), "building the server binary failed");
    }
    path
}

fn start(data_dir: &Path, port: u16) -> Child {
    let child = Command::new(server_binary())
        .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{port}"))
        .env("OMGSERVERS_DATA_DIR", data_dir)
        .env("OMGSERVERS_DEV", "true")
        .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
        .env("OMGSERVERS_RUNTIMES_DRIVER", "process")
        .env(
            "OMGSERVERS_RUNTIMES_PROCESS_COMMAND",
            env!("CARGO_BIN_EXE_catalogue-runtime"),
        )
        .env("OMGSERVERS_CONTROLLER_TICK", "200ms")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

async fn text(p: &mut PlayerClient, text: &str) {
    let wanted = json!({"text": text});
    let found = p
        .wait_for(
            WAIT,
            |m| matches!(m, MessageBody::ServerOutgoingMessage(b) if b.message == wanted),
        )
        .await
        .unwrap();
    assert!(found.is_some(), "no `{text}`");
}

async fn assignment(p: &mut PlayerClient, qualifier: RuntimeQualifier) -> i64 {
    let m = p
        .wait_for(WAIT, |m| matches!(m, MessageBody::RuntimeAssignmentMessage(b) if b.runtime_qualifier == qualifier))
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no {qualifier} assignment"));
    match m.body {
        MessageBody::RuntimeAssignmentMessage(b) => b.runtime_id.get(),
        _ => unreachable!(),
    }
}

fn alive(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| !stat.contains(") Z "))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_and_restart_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = start(data.path(), port);
    let api = TestServer::external(
        format!("127.0.0.1:{port}").parse().unwrap(),
        Backend::Sqlite,
    );
    let w = fixtures::world(&api).await;
    fixtures::deploy(&api, &w).await;

    let mut in_lobby = PlayerClient::sign_up(&api.base).await.unwrap();
    in_lobby
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    let lobby = assignment(&mut in_lobby, RuntimeQualifier::LOBBY).await;
    let mut in_match = PlayerClient::sign_up(&api.base).await.unwrap();
    in_match
        .create_client(&w.tenant, &w.project, &w.stage)
        .await
        .unwrap();
    assignment(&mut in_match, RuntimeQualifier::LOBBY).await;
    in_match
        .send(json!({"text": "request_matchmaking"}))
        .await
        .unwrap();
    let the_match = assignment(&mut in_match, RuntimeQualifier::MATCH).await;

    // the lobby answers; the answer is stored before the runtime's interchange returns
    in_lobby.send(json!({"text": "helloworld"})).await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let old_pids: Vec<String> = std::fs::read_to_string(data.path().join("runtime-processes"))
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(' ').map(|(_, pid)| pid.to_owned()))
        .collect();
    assert_eq!(old_pids.len(), 2, "a lobby and a match process");

    server.kill().unwrap();
    server.wait().unwrap();
    assert!(
        old_pids.iter().all(|pid| alive(pid)),
        "SIGKILL leaves the runtime processes running"
    );
    let mut server = start(data.path(), port);

    // the answer sent before the crash arrives; assignments are unchanged
    text(&mut in_lobby, "message_was_handled").await;
    in_lobby.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut in_lobby, "message_was_handled").await;
    in_match.send(json!({"text": "helloworld"})).await.unwrap();
    text(&mut in_match, "match_message_was_handled").await;
    for p in [&mut in_lobby, &mut in_match] {
        let reassigned = p
            .wait_for(Duration::from_millis(500), |m| {
                matches!(m, MessageBody::RuntimeAssignmentMessage(_))
            })
            .await
            .unwrap();
        assert!(
            reassigned.is_none(),
            "no reassignment after a restart: {reassigned:?}"
        );
    }
    let _ = (lobby, the_match);
    // the old processes were replaced, not left running beside the new ones
    let deadline = Instant::now() + Duration::from_secs(5);
    while old_pids.iter().any(|pid| alive(pid)) {
        assert!(
            Instant::now() < deadline,
            "processes of the killed server still run"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();
    let leftovers =
        std::fs::read_to_string(data.path().join("runtime-processes")).unwrap_or_default();
    for pid in leftovers
        .lines()
        .filter_map(|l| l.split_once(' ').map(|(_, pid)| pid.to_owned()))
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .status();
    }
}
