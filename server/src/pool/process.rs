//! The local-process driver (`OMGSERVERS_RUNTIMES_DRIVER=process`), for development and tests:
//! one `sh -c "$OMGSERVERS_RUNTIMES_PROCESS_COMMAND"` per runtime, with the four `OMGSERVERS_*`
//! variables; killed when its runtime is deleted, reaped when it exits.

use std::collections::HashMap;
use std::process::Stdio;
use std::sync::Mutex;

use tokio::process::{Child, Command};

use super::{BoxFuture, Observed, RuntimeDriver, RuntimeSpec};
use crate::error::{Error, Result};

#[derive(Debug)]
pub struct ProcessDriver {
    command: String,
    children: Mutex<HashMap<i64, Child>>,
}

impl ProcessDriver {
    pub fn new(command: String) -> ProcessDriver {
        ProcessDriver {
            command,
            children: Mutex::default(),
        }
    }

    fn take(&self, runtime_id: i64) -> Option<Child> {
        self.children
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id)
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
                .kill_on_drop(true)
                .spawn()
                .map_err(|e| {
                    Error::Internal(format!("cannot start runtime {}: {e}", spec.runtime_id))
                })?;
            tracing::info!(runtime_id = spec.runtime_id, pid = ?child.id(), "runtime process started");
            self.children
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(spec.runtime_id, child);
            Ok(())
        })
    }

    fn stop(&self, runtime_id: i64) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            if let Some(mut child) = self.take(runtime_id) {
                let _ = child.start_kill();
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
                let _ = child.start_kill();
                let _ = child.wait().await;
            }
        })
    }
}
