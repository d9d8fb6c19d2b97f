//! The runtime processes a server's `process` driver started: it lists them, one
//! `<runtime id> <pid>` line each, in `<data dir>/runtime-processes` (server/src/pool/process.rs).
//! Each runs in a process group of its own, so killing a server process does not end them: the
//! test servers that run the real binary (`Standalone`, cluster nodes, the restart tests) kill
//! them with this when dropped, or they would keep retrying their server after the run. An
//! in-process `TestServer` needs nothing: its driver kills its groups when dropped
//! (`ProcessDriver`'s `Drop`), which `tests/tests/e2e/test_kit.rs` checks.

use std::path::Path;
use std::process::{Command, Stdio};

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
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}
