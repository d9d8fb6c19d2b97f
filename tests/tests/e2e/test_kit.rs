//! The test kit's own promises: a test server, in-process or the real binary, takes the runtime
//! processes it started down with it when dropped (they run in process groups of their own and
//! would otherwise keep retrying their server after the run).

use std::time::{Duration, Instant};

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::runtime_processes::listed;
use omgservers_e2e::standalone::Standalone;
use omgservers_e2e::{fixtures, Backend, TestServer};

/// A runtime that starts and never connects, as a shell with a child: only a kill of its whole
/// process group ends it (killing the shell alone leaves the `sleep`).
const IDLE_RUNTIME: &str = "sleep 600 & wait";

/// Whether a process of group `pgid` (as the PID file lists it) still runs.
fn alive(pgid: &str) -> bool {
    pgid.parse()
        .is_ok_and(omgservers_e2e::machine::group_is_running)
}

/// The runtime processes listed in `data_dir` once there are any (within 20 s).
async fn started(data_dir: &std::path::Path) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let pids = listed(data_dir);
        if !pids.is_empty() && pids.iter().all(|pid| alive(pid)) {
            return pids;
        }
        assert!(Instant::now() < deadline, "no runtime process started");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (up to 5 s) until none of `pids` runs.
async fn gone(pids: &[String]) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while let Some(pid) = pids.iter().find(|pid| alive(pid)) {
        assert!(
            Instant::now() < deadline,
            "runtime process group {pid} outlived its test server"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// As at the end of a test: the server is dropped, then its runtime at once, which cancels the
/// server's own shutdown before it can stop anything.
#[test]
fn an_in_process_server_kills_its_runtime_processes_when_dropped() {
    let data = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let pids = runtime.block_on(async {
        let server = TestServer::start_in(Backend::Sqlite, data.path(), |c| {
            c.runtimes_driver = omgservers::config::RuntimesDriver::Process;
            c.runtimes_process_command = Some(IDLE_RUNTIME.to_owned());
        })
        .await;
        let w = fixtures::world(&server).await;
        fixtures::deploy(&server, &w).await;
        let pids = started(data.path()).await;
        drop(server);
        pids
    });
    drop(runtime);
    let checker = tokio::runtime::Runtime::new().unwrap();
    checker.block_on(gone(&pids));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_binary_kills_its_runtime_processes_when_dropped() {
    let process = Standalone::start(
        &server_binary(),
        &[
            ("OMGSERVERS_RUNTIMES_DRIVER", "process".to_owned()),
            (
                "OMGSERVERS_RUNTIMES_PROCESS_COMMAND",
                IDLE_RUNTIME.to_owned(),
            ),
        ],
    );
    let server = process.ready().await;
    let w = fixtures::world(&server).await;
    fixtures::deploy(&server, &w).await;
    let data = process.data.path().to_path_buf();
    let pids = started(&data).await;
    drop(process);
    gone(&pids).await;
}
