//! The runtime processes a server's `process` driver started: it lists them, one
//! `<runtime id> <pid>` line each, in `<data dir>/runtime-processes` (server/src/pool/process.rs).
//! Each runs in a process group of its own, so killing a server process does not end them: the
//! test servers that run the real binary (`Standalone`, cluster nodes, the restart tests) kill
//! them with this when dropped, or they would keep retrying their server after the run. An
//! in-process `TestServer` needs nothing: its driver kills its groups when dropped
//! (`ProcessDriver`'s `Drop`), which `tests/tests/e2e/test_kit.rs` checks.

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The process group ids listed in `data_dir`'s PID file (none when there is no file).
pub fn listed(data_dir: &Path) -> Vec<String> {
    let listed = std::fs::read_to_string(data_dir.join("runtime-processes")).unwrap_or_default();
    listed
        .lines()
        .filter_map(|l| l.split_once(' ').map(|(_, pid)| pid.to_owned()))
        .collect()
}

/// SIGKILLs every process group listed in `data_dir`'s PID file.
pub fn kill_listed(data_dir: &Path) {
    for pid in listed(data_dir) {
        kill_group(&pid);
    }
}

/// SIGKILLs a server started in a process group of its own, waits for it, then kills the
/// runtime process groups it listed in `data_dir` (what a test server's `Drop` does).
pub fn kill_server(server: &mut Child, data_dir: &Path) {
    kill_group(&server.id().to_string());
    let _ = server.wait();
    kill_listed(data_dir);
}

/// SIGKILLs process group `pgid`, whatever is left of it.
fn kill_group(pgid: &str) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}
