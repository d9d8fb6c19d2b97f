//! The local-process driver (`OMGSERVERS_RUNTIMES_DRIVER=process`), for development and tests:
//! one `sh -c "$OMGSERVERS_RUNTIMES_PROCESS_COMMAND"` per runtime, with the four `OMGSERVERS_*`
//! variables; killed when its runtime is deleted, reaped when it exits.
//!
//! The PIDs are kept in `<data dir>/runtime-processes`, so a server that restarts after a
//! crash (SIGKILL leaves children running) kills the previous processes before starting
//! fresh ones, instead of running two processes for one runtime.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Mutex;

use tokio::process::{Child, Command};

use super::{BoxFuture, Observed, RuntimeDriver, RuntimeSpec};
use crate::error::{Error, Result};

#[derive(Debug)]
pub struct ProcessDriver {
    command: String,
    children: Mutex<HashMap<i64, Child>>,
    pid_file: PathBuf,
}

impl ProcessDriver {
    /// A driver keeping its PID file in `data_dir`; processes left by a previous server are
    /// killed now.
    pub fn new(command: String, data_dir: &Path) -> ProcessDriver {
        let driver = ProcessDriver {
            command,
            children: Mutex::default(),
            pid_file: data_dir.join("runtime-processes"),
        };
        driver.kill_leftovers();
        driver
    }

    /// Kills the processes the PID file lists, if they still run this driver's runtimes (a
    /// PID may have been reused by an unrelated process: its environment tells).
    fn kill_leftovers(&self) {
        let listed = std::fs::read_to_string(&self.pid_file).unwrap_or_default();
        for line in listed.lines() {
            let Some((runtime_id, pid)) = line.split_once(' ') else {
                continue;
            };
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            let marker = format!("OMGSERVERS_RUNTIME_ID={runtime_id}");
            if environ
                .split(|b| *b == 0)
                .any(|entry| entry == marker.as_bytes())
            {
                tracing::info!(
                    runtime_id,
                    pid,
                    "killing a runtime process left by a previous server"
                );
                if let Ok(pid) = pid.parse() {
                    kill_group(pid);
                }
            }
        }
        let _ = std::fs::remove_file(&self.pid_file);
    }

    fn save_pids(&self, children: &HashMap<i64, Child>) {
        let listed: String = children
            .iter()
            .filter_map(|(runtime_id, child)| child.id().map(|pid| format!("{runtime_id} {pid}\n")))
            .collect();
        if let Err(e) = std::fs::write(&self.pid_file, listed) {
            tracing::warn!(error = %e, path = %self.pid_file.display(), "cannot record runtime PIDs");
        }
    }

    fn take(&self, runtime_id: i64) -> Option<Child> {
        let mut children = self.children.lock().unwrap_or_else(|p| p.into_inner());
        let child = children.remove(&runtime_id);
        self.save_pids(&children);
        child
    }
}

impl RuntimeDriver for ProcessDriver {
    fn name(&self) -> &'static str {
        "process"
    }

    fn start(&self, spec: RuntimeSpec) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            let child = Command::new("sh")
                .arg("-c")
                .arg(&self.command)
                .envs(spec.environment())
                .stdin(Stdio::null())
                // Its own process group: `sh -c` may fork the command rather than exec it, and
                // stopping the runtime must stop everything it started.
                .process_group(0)
                .kill_on_drop(true)
                .spawn()
                .map_err(|e| {
                    Error::Internal(format!("cannot start runtime {}: {e}", spec.runtime_id))
                })?;
            tracing::info!(runtime_id = spec.runtime_id, pid = ?child.id(), "runtime process started");
            let mut children = self.children.lock().unwrap_or_else(|p| p.into_inner());
            children.insert(spec.runtime_id, child);
            self.save_pids(&children);
            Ok(())
        })
    }

    fn stop(&self, runtime_id: i64) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            if let Some(mut child) = self.take(runtime_id) {
                stop_child(&mut child);
                let _ = child.wait().await;
                tracing::info!(runtime_id, "runtime process stopped");
            }
            Ok(())
        })
    }

    fn observe(&self) -> BoxFuture<'_, Observed> {
        Box::pin(async move {
            let mut observed = Observed::default();
            let mut children = self.children.lock().unwrap_or_else(|p| p.into_inner());
            children.retain(|runtime_id, child| match child.try_wait() {
                Ok(Some(status)) => {
                    tracing::info!(runtime_id, %status, "runtime process exited");
                    observed.exited.push(*runtime_id);
                    false
                }
                _ => {
                    observed.running.push(*runtime_id);
                    true
                }
            });
            observed
        })
    }

    fn stop_all(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            let children: Vec<Child> = self
                .children
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .drain()
                .map(|(_, c)| c)
                .collect();
            for mut child in children {
                stop_child(&mut child);
                let _ = child.wait().await;
            }
        })
    }
}

/// SIGKILL to a process group (the runtime's `sh` and whatever it started).
fn kill_group(pgid: u32) {
    let _ = std::process::Command::new("kill")
        .args(["-KILL", "--", &format!("-{pgid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn stop_child(child: &mut Child) {
    if let Some(pid) = child.id() {
        kill_group(pid);
    }
    let _ = child.start_kill();
}

impl Drop for ProcessDriver {
    /// A driver dropped without `stop_all` (a server task cancelled) still stops its runtimes.
    fn drop(&mut self) {
        let mut children = self.children.lock().unwrap_or_else(|p| p.into_inner());
        for child in children.values_mut() {
            stop_child(child);
        }
    }
}
