//! The local-process driver (`OMGSERVERS_RUNTIMES_DRIVER=process`), for development and tests:
//! one `sh -c "$OMGSERVERS_RUNTIMES_PROCESS_COMMAND"` per runtime, with the four `OMGSERVERS_*`
//! variables; killed when its runtime is deleted. Each child is awaited by a task of its own,
//! so an exit is reported to the controller at once (`wake`), not at its next tick.
//!
//! Each process' standard output and error are read line by line: the last `KEPT_LINES` of up
//! to `KEPT_RUNTIMES` runtimes (a bounded cache: when more write, older ones are dropped) are
//! kept in memory for `get-runtime-logs` (and the console), and every line is logged at debug
//! with target `runtime`.
//!
//! The PIDs are kept in `<data dir>/runtime-processes`, so a server that restarts after a
//! crash (SIGKILL leaves children running) kills the previous processes before starting
//! fresh ones, instead of running two processes for one runtime.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use std::os::unix::process::ExitStatusExt;

use super::{
    BoxFuture, Change, Happened, Launch, Observed, OutputLine, RuntimeDriver, RuntimeSpec,
};
use crate::error::{Error, Result};
use crate::wake::Hub;

/// Lines kept per runtime, runtimes whose lines are kept, and the longest line kept whole (a
/// longer one is cut there and goes on in the next line): at most 64 × 500 × 4 KiB in memory.
const KEPT_LINES: usize = 500;
const KEPT_RUNTIMES: usize = 64;
const LONGEST_LINE: u64 = 4096;

type Output = Arc<Mutex<std::collections::VecDeque<OutputLine>>>;

#[derive(Debug)]
pub struct ProcessDriver {
    command: String,
    /// The last lines of each runtime that wrote recently, kept across its restarts.
    outputs: Arc<quick_cache::sync::Cache<i64, Output>>,
    children: Arc<Mutex<HashMap<i64, Running>>>,
    /// Runtimes whose process exited on its own since the last `observe`.
    exited: Arc<Mutex<Vec<Change>>>,
    pid_file: PathBuf,
    hub: Arc<Hub>,
}

/// A started runtime process, awaited by its own task.
#[derive(Debug)]
struct Running {
    pid: Option<u32>,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl Running {
    /// Kills the process group now, then tells the watcher to reap the child; answers the
    /// watcher to await. The kill is not left to the watcher: a process that leaves the list
    /// is killed even if the caller is cancelled before the watcher runs (a server dropped
    /// with its runtime: otherwise neither the watcher nor `Drop` would kill it).
    fn end(self) -> JoinHandle<()> {
        if let Some(pid) = self.pid {
            kill_group(pid);
        }
        let _ = self.stop.send(());
        self.task
    }
}

impl ProcessDriver {
    /// A driver keeping its PID file in `data_dir`; processes left by a previous server are
    /// killed now.
    pub fn new(command: String, data_dir: &Path, hub: Arc<Hub>) -> ProcessDriver {
        let driver = ProcessDriver {
            command,
            outputs: Arc::new(quick_cache::sync::Cache::new(KEPT_RUNTIMES)),
            children: Arc::default(),
            exited: Arc::default(),
            pid_file: data_dir.join("runtime-processes"),
            hub,
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

    fn take(&self, runtime_id: i64) -> Option<Running> {
        let mut children = lock(&self.children);
        let running = children.remove(&runtime_id);
        save_pids(&self.pid_file, &children);
        running
    }

    /// Awaits a child until it exits (reported, and the controller woken) or is stopped.
    fn watch(
        &self,
        runtime_id: i64,
        mut child: Child,
        stop: oneshot::Receiver<()>,
    ) -> JoinHandle<()> {
        let children = self.children.clone();
        let exited = self.exited.clone();
        let pid_file = self.pid_file.clone();
        let hub = self.hub.clone();
        let pid = child.id();
        tokio::spawn(async move {
            tokio::select! {
                status = child.wait() => {
                    tracing::info!(runtime_id, status = ?status, "runtime process exited");
                    let why = match status {
                        Ok(status) => match (status.code(), status.signal()) {
                            (Some(code), _) => format!("exited with code {code}"),
                            (None, Some(signal)) => format!("killed by signal {signal}"),
                            (None, None) => format!("exited: {status}"),
                        },
                        Err(e) => format!("lost: {e}"),
                    };
                    {
                        // The exit is reported while the child leaves the list, under its
                        // lock: `observe` sees it running, or gone with its exit, never gone
                        // without (which would start it again with no backoff). A child already
                        // replaced by a newer one reports nothing.
                        let mut children = lock(&children);
                        if children.get(&runtime_id).is_none_or(|r| r.pid != pid) {
                            return;
                        }
                        children.remove(&runtime_id);
                        save_pids(&pid_file, &children);
                        lock(&exited).push(Change { runtime_id, what: Happened::Exited(why) });
                    }
                    hub.runtime_gone(runtime_id);
                }
                _ = stop => {
                    stop_child(&mut child);
                    let _ = child.wait().await;
                }
            }
        })
    }
}

/// Reads a runtime's stream line by line into its kept output until the stream ends.
fn capture(
    outputs: Arc<quick_cache::sync::Cache<i64, Output>>,
    runtime_id: i64,
    stream: impl AsyncRead + Unpin + Send + 'static,
) {
    tokio::spawn(async move {
        let mut reader = BufReader::new(stream);
        loop {
            let mut line = Vec::new();
            match (&mut reader)
                .take(LONGEST_LINE)
                .read_until(b'\n', &mut line)
                .await
            {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line)
                .trim_end_matches(['\n', '\r'])
                .to_owned();
            tracing::debug!(target: "runtime", runtime_id, "{text}");
            // One entry for both streams: they race to create it.
            let kept = outputs
                .get_or_insert_with(&runtime_id, || {
                    Ok::<_, std::convert::Infallible>(Output::default())
                })
                .unwrap_or_else(|never| match never {});
            let mut kept = lock(&kept);
            if kept.len() == KEPT_LINES {
                kept.pop_front();
            }
            kept.push_back(OutputLine {
                at: std::time::SystemTime::now(),
                text,
            });
        }
    });
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

fn save_pids(pid_file: &Path, children: &HashMap<i64, Running>) {
    let listed: String = children
        .iter()
        .filter_map(|(runtime_id, running)| running.pid.map(|pid| format!("{runtime_id} {pid}\n")))
        .collect();
    if let Err(e) = std::fs::write(pid_file, listed) {
        tracing::warn!(error = %e, path = %pid_file.display(), "cannot record runtime PIDs");
    }
}

impl RuntimeDriver for ProcessDriver {
    fn name(&self) -> &'static str {
        "process"
    }

    fn start(&self, spec: RuntimeSpec) -> BoxFuture<'_, Result<Launch>> {
        Box::pin(async move {
            let child = Command::new("sh")
                .arg("-c")
                .arg(&self.command)
                .envs(spec.environment())
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                // Its own process group: `sh -c` may fork the command rather than exec it, and
                // stopping the runtime must stop everything it started.
                .process_group(0)
                .kill_on_drop(true)
                .spawn()
                .map_err(|e| {
                    Error::Internal(format!("cannot start runtime {}: {e}", spec.runtime_id))
                })?;
            let mut child = child;
            if let Some(stdout) = child.stdout.take() {
                capture(self.outputs.clone(), spec.runtime_id, stdout);
            }
            if let Some(stderr) = child.stderr.take() {
                capture(self.outputs.clone(), spec.runtime_id, stderr);
            }
            let pid = child.id();
            tracing::info!(runtime_id = spec.runtime_id, pid = ?pid, "runtime process started");
            let (stop, stopped) = oneshot::channel();
            // Registered before its watcher runs, so an instant exit still finds it to remove.
            let mut children = lock(&self.children);
            let task = self.watch(spec.runtime_id, child, stopped);
            let previous = children.insert(spec.runtime_id, Running { pid, stop, task });
            save_pids(&self.pid_file, &children);
            drop(children);
            if let Some(previous) = previous {
                drop(previous.end());
            }
            Ok(Launch::Launching)
        })
    }

    fn stop(&self, runtime_id: i64) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            if let Some(running) = self.take(runtime_id) {
                let _ = running.end().await;
                tracing::info!(runtime_id, "runtime process stopped");
            }
            Ok(())
        })
    }

    fn observe(&self) -> BoxFuture<'_, Observed> {
        Box::pin(async move {
            // Children first, then exits: an exit reported meanwhile is seen with its child
            // still listed, never the child gone and its exit missing.
            let running = lock(&self.children).keys().copied().collect();
            Observed {
                running,
                changes: std::mem::take(&mut *lock(&self.exited)),
                room_freed_for: Vec::new(),
            }
        })
    }

    fn output(&self, runtime_id: i64) -> Option<Vec<OutputLine>> {
        match self.outputs.get(&runtime_id) {
            Some(kept) => Some(lock(&kept).iter().cloned().collect()),
            // Running and silent so far.
            None => lock(&self.children)
                .contains_key(&runtime_id)
                .then(Vec::new),
        }
    }

    fn stop_all(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            let all: Vec<Running> = {
                let mut children = lock(&self.children);
                let all = children.drain().map(|(_, r)| r).collect();
                save_pids(&self.pid_file, &children);
                all
            };
            // Every group killed before the first await, so a cancelled stop leaves none.
            let watchers: Vec<JoinHandle<()>> = all.into_iter().map(Running::end).collect();
            for watcher in watchers {
                let _ = watcher.await;
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
        for running in lock(&self.children).values() {
            if let Some(pid) = running.pid {
                kill_group(pid);
            }
            running.task.abort();
        }
    }
}
