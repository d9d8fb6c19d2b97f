//! A server killed with SIGKILL mid-game and restarted loses nothing: every client keeps its
//! assignment and receives every message a runtime had sent successfully, and the runtime
//! processes left by the killed server are replaced, not duplicated.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use omgservers_e2e::cluster::free_port;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::player::PlayerClient;
use omgservers_sdk::types::messages::{MessageBody, RuntimeQualifier};
use serde_json::json;

const WAIT: Duration = Duration::from_secs(15);

fn server_binary() -> PathBuf {
    omgservers_e2e::binaries::server_binary()
}

/// The registry a Docker-driven server names its images after (nothing listens there: the
/// tests build each image locally under that name, so nothing is pulled).
const REGISTRY: &str = "127.0.0.1:5999";

/// How a crash test's server starts runtimes: processes of an example runtime (its path), or
/// containers of the version's image on the local Docker engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Runtimes<'a> {
    Process(&'a str),
    Docker,
}

/// A server process, SIGKILLed when dropped: a failing test must not leave it running (with the
/// Docker driver it would start again the containers the clean-up removes).
struct ServerProcess(Child);

impl ServerProcess {
    /// SIGKILL, and wait for the process to end.
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

fn start(data_dir: &Path, port: u16) -> ServerProcess {
    let catalogue = Runtimes::Process(env!("CARGO_BIN_EXE_catalogue-runtime"));
    start_with(data_dir, port, None, catalogue)
}

fn start_with(
    data_dir: &Path,
    port: u16,
    database_url: Option<&str>,
    runtimes: Runtimes<'_>,
) -> ServerProcess {
    let mut command = Command::new(server_binary());
    if let Some(url) = database_url {
        command.env("OMGSERVERS_DATABASE_URL", url);
    }
    match runtimes {
        Runtimes::Process(runtime) => command
            .env("OMGSERVERS_RUNTIMES_DRIVER", "process")
            .env("OMGSERVERS_RUNTIMES_PROCESS_COMMAND", runtime),
        Runtimes::Docker => command
            .env("OMGSERVERS_RUNTIMES_DRIVER", "docker")
            .env("OMGSERVERS_REGISTRY_URI", format!("http://{REGISTRY}")),
    };
    let child = command
        .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{port}"))
        .env("OMGSERVERS_DATA_DIR", data_dir)
        .env("OMGSERVERS_DEV", "true")
        .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
        // A hundred players sign up from one address in a second.
        .env("OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE", "0")
        .env("OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE", "0")
        .env("OMGSERVERS_CONTROLLER_TICK", "200ms")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let server = ServerProcess(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    server
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
    pid.parse().is_ok_and(omgservers_e2e::machine::is_running)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_and_restart_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
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
    let old_pids = omgservers_e2e::runtime_processes::listed(data.path());
    assert_eq!(old_pids.len(), 2, "a lobby and a match process");

    server.kill();
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
    server.kill();
    omgservers_e2e::runtime_processes::kill_listed(data.path());
}

mod under_load {
    use super::{sigkill_under_load, Runtimes};
    use omgservers_e2e::Backend;

    const ECHO: Runtimes = Runtimes::Process(env!("CARGO_BIN_EXE_echo-runtime"));

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        sigkill_under_load(Backend::Sqlite, ECHO).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        sigkill_under_load(Backend::Postgres, ECHO).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn docker_sqlite() {
        sigkill_under_load(Backend::Sqlite, Runtimes::Docker).await
    }
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn docker_postgres() {
        sigkill_under_load(Backend::Postgres, Runtimes::Docker).await
    }
}

/// A Docker crash test's deployment and its lobby container; its containers and image are
/// removed however the test ends.
struct DockerCleanup {
    deployment: String,
    lobby: Option<omgservers_e2e::docker::Listed>,
    _cleanup: omgservers_e2e::docker::Cleanup,
}

impl DockerCleanup {
    /// The deployment's lobby containers that run now.
    fn running_lobbies(&self) -> Vec<omgservers_e2e::docker::Listed> {
        let all = omgservers_e2e::docker::labelled(
            omgservers_e2e::docker::DEPLOYMENT_LABEL,
            &self.deployment,
        );
        all.into_iter()
            .filter(|c| c.name.starts_with("omgservers-lobby-") && c.state == "running")
            .collect()
    }
}

/// One interchange, with the server lifetime it fell in (`None` when a restart happened
/// meanwhile).
async fn interchange(
    p: &mut PlayerClient,
    data: Vec<serde_json::Value>,
    epoch: &std::sync::atomic::AtomicU64,
) -> (
    omgservers_sdk::Result<Vec<omgservers_sdk::types::messages::Message>>,
    Option<u64>,
) {
    use std::sync::atomic::Ordering;
    let before = epoch.load(Ordering::SeqCst);
    let result = p.interchange(data).await;
    let after = epoch.load(Ordering::SeqCst);
    (result, (before == after).then_some(before))
}

/// What one player saw.
#[derive(Default)]
struct Seen {
    /// Echoed numbers in the order they first arrived.
    echoed: Vec<u64>,
    /// Message id -> the server lifetime in which an interchange acknowledged it.
    acknowledged_in: std::collections::HashMap<i64, u64>,
    /// Message ids delivered again in the same lifetime after their acknowledgement.
    redelivered_after_ack: Vec<i64>,
    last_ids: Vec<i64>,
}

impl Seen {
    /// Records one successful interchange that started and ended in lifetime `epoch` (or in
    /// none known, when a restart happened meanwhile).
    fn record(
        &mut self,
        epoch: Option<u64>,
        messages: &[omgservers_sdk::types::messages::Message],
    ) {
        // This call acknowledged what the previous one returned (the SDK sends those ids).
        if let Some(epoch) = epoch {
            for id in self.last_ids.drain(..) {
                self.acknowledged_in.insert(id, epoch);
            }
        }
        self.last_ids.clear();
        for m in messages {
            let id = m.id.get();
            if epoch.is_some() && self.acknowledged_in.get(&id).copied() == epoch {
                self.redelivered_after_ack.push(id);
            }
            self.last_ids.push(id);
            if let MessageBody::ServerOutgoingMessage(b) = &m.body {
                if let Some(n) = b.message["n"].as_u64() {
                    if !self.echoed.contains(&n) {
                        self.echoed.push(n);
                    }
                }
            }
        }
    }
}

/// 100 players exchange numbered messages with echo runtimes (processes, or containers that
/// outlive the server and are adopted by the next one) while the server is SIGKILLed and
/// restarted three times: every message whose send was answered is echoed, in order, and no
/// message is delivered again within a server lifetime after its acknowledgement (a redelivery
/// after a restart is what at-least-once allows: acknowledgements are written behind).
async fn sigkill_under_load(backend: Backend, runtimes: Runtimes<'static>) {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::sync::Arc;

    const PLAYERS: usize = 100;
    let database_url = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(omgservers_e2e::postgres::fresh_database().await),
    };
    let data = tempfile::tempdir().unwrap();
    let port = free_port();
    if runtimes == Runtimes::Docker {
        omgservers_e2e::docker::require_docker();
    }
    let mut server = start_with(data.path(), port, database_url.as_deref(), runtimes);
    let api = TestServer::external(format!("127.0.0.1:{port}").parse().unwrap(), backend);
    let w = fixtures::world_with(&api, fixtures::config(1, 16)).await;
    let mut _cleanup = None;
    if runtimes == Runtimes::Docker {
        // The version's image, under the name the registry push would give it.
        let image = format!(
            "{REGISTRY}/omgservers/{}/{}/universal:{}",
            w.tenant, w.project, w.version
        );
        let image = omgservers_e2e::docker::runtime_image("echo-runtime", &image);
        let deployment = fixtures::deploy(&api, &w).await;
        let mut cleanup = DockerCleanup {
            _cleanup: omgservers_e2e::docker::Cleanup::deployment(&deployment).with(image),
            deployment,
            lobby: None,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while cleanup.lobby.is_none() {
            assert!(Instant::now() < deadline, "no lobby container");
            tokio::time::sleep(Duration::from_millis(200)).await;
            cleanup.lobby = cleanup.running_lobbies().pop();
        }
        _cleanup = Some(cleanup);
    } else {
        fixtures::deploy(&api, &w).await;
    }
    let mut players = Vec::new();
    for _ in 0..PLAYERS {
        let mut p = PlayerClient::sign_up(&api.base).await.unwrap();
        p.create_client(&w.tenant, &w.project, &w.stage)
            .await
            .unwrap();
        p.wait_ms = 2_000;
        players.push(p);
    }
    let epoch = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for (i, mut p) in players.into_iter().enumerate() {
        let (epoch, stop) = (epoch.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let mut seen = Seen::default();
            let mut n = 0u64;
            let deadline = Instant::now() + Duration::from_secs(120);
            while !stop.load(Ordering::SeqCst) || n < 3 {
                n += 1;
                // The send counts once the server has answered it.
                loop {
                    let (result, at) =
                        interchange(&mut p, vec![json!({"n": n, "player": i})], &epoch).await;
                    match result {
                        Ok(messages) => {
                            seen.record(at, &messages);
                            break;
                        }
                        Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    }
                    assert!(
                        Instant::now() < deadline,
                        "player {i}: send {n} never answered"
                    );
                }
                while !seen.echoed.contains(&n) {
                    let (result, at) = interchange(&mut p, Vec::new(), &epoch).await;
                    match result {
                        Ok(messages) => seen.record(at, &messages),
                        Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    }
                    assert!(
                        Instant::now() < deadline,
                        "player {i}: the echo of acknowledged message {n} never came (lost)"
                    );
                }
            }
            (seen, n)
        }));
    }
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        server.kill();
        epoch.fetch_add(1, Ordering::SeqCst);
        server = start_with(data.path(), port, database_url.as_deref(), runtimes);
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, Ordering::SeqCst);
    let mut total = 0;
    for (i, task) in tasks.into_iter().enumerate() {
        let (seen, sent) = task.await.unwrap();
        let expected: Vec<u64> = (1..=sent).collect();
        assert_eq!(
            seen.echoed, expected,
            "player {i}: echoes lost or out of order"
        );
        assert!(
            seen.redelivered_after_ack.is_empty(),
            "player {i}: messages {:?} delivered again after their acknowledgement, with no restart between",
            seen.redelivered_after_ack
        );
        total += sent;
    }
    assert!(
        total >= 3 * PLAYERS as u64,
        "too little traffic to mean anything: {total} messages"
    );
    eprintln!("{total} acknowledged messages across three SIGKILLs, none lost");
    if let Some(cleanup) = &_cleanup {
        // The echo runtime ran as a container, which outlived three SIGKILLed servers and was
        // adopted by each next one: the lobby container running now is the first one.
        let first = cleanup.lobby.clone().expect("the first lobby container");
        assert_eq!(cleanup.running_lobbies(), vec![first]);
    }
    server.kill();
    omgservers_e2e::runtime_processes::kill_listed(data.path());
}
