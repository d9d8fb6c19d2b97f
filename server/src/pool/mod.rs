//! Runtime drivers: what starts and stops the processes or containers of runtimes. The
//! controller compares the runtimes in the database with what the driver runs and starts or
//! stops the difference; what happens to a started runtime (its image pulled, its process
//! started, exited, failed to start) is reported back as `Change`s, so the controller records
//! it and restarts a failed runtime with backoff at once instead of waiting for the inactivity
//! timeout (docs/runtime-pool.md "Lifecycle").

pub mod admin;
pub mod docker;
pub mod hosts;
pub mod process;
pub mod setup;

use std::future::Future;
use std::pin::Pin;

use omgservers_types::messages::RuntimeQualifier;
use omgservers_types::version_config::RuntimeResources;

use crate::config::Config;
use crate::error::{Error, Result};

/// `host[:port]` of the registry URI, as image references and `docker login` spell it.
///
/// Docker reads the first part of a reference as a registry only if it has a `.` or a `:` or
/// is `localhost`; any other is a Docker Hub namespace. A URL parser drops a scheme's default
/// port (`http://registry:80` parses without one), so a plain host like that keeps its port,
/// explicit or known, or its images would be pushed to and pulled from Docker Hub.
pub fn registry_host(uri: &str) -> Result<String> {
    let parsed = url::Url::parse(uri.trim())
        .map_err(|e| Error::invalid(format!("OMGSERVERS_REGISTRY_URI `{uri}`: {e}")))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| Error::invalid(format!("OMGSERVERS_REGISTRY_URI `{uri}` has no host")))?;
    let plain = !(host.contains('.') || host.contains(':') || host == "localhost");
    let port = if plain {
        parsed.port_or_known_default()
    } else {
        parsed.port()
    };
    Ok(match port {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    })
}

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a driver needs to start a runtime: the four `OMGSERVERS_*` variables it gets, its
/// image, and whose it is (containers are labelled with it).
#[derive(Clone)]
pub struct RuntimeSpec {
    pub runtime_id: i64,
    pub qualifier: RuntimeQualifier,
    pub password: String,
    pub service_url: String,
    /// The version's image for this qualifier (`repository:tag`), if it has one.
    pub image: Option<String>,
    pub tenant_id: i64,
    pub stage_id: i64,
    pub deployment_id: i64,
    pub resources: Resources,
    /// The runtime's token epoch (`game::runtimes::check_token_epoch`): for `adopt`, the
    /// current one (a container of another epoch holds void tokens and is not adopted); for
    /// `start`, the new start's, which its container is labelled with.
    pub token_epoch: i64,
}

/// What a runtime reserves on a pool host (requests, for placement) and may use (limits: its
/// container's CPU quota and memory limit). CPU is in ms per 100 ms (100 = one CPU = 1000
/// millicores: the unit of upstream's `OMGSERVERS_RUNTIMES_DEFAULT_CPU_LIMIT` and of the pool
/// hosts' load), memory in MiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resources {
    pub cpu_request: i64,
    pub cpu_limit: i64,
    pub memory_request: i64,
    pub memory_limit: i64,
}

impl Resources {
    /// The server's defaults, overridden by what the version's `runtime_resources` sets; a
    /// request is never above its limit.
    pub fn of(config: &Config, version: Option<&RuntimeResources>) -> Resources {
        // Millicores to ms per 100 ms, rounding up: a request is never under what was asked.
        let centi = |millicores: u32| i64::from(millicores.div_ceil(10));
        let asked = |pick: fn(&RuntimeResources) -> Option<u32>| version.and_then(pick);
        let cpu_limit = asked(|r| r.cpu_limit_millicores)
            .map_or(i64::from(config.runtimes_default_cpu_limit), centi);
        let memory_limit = asked(|r| r.memory_limit_mib)
            .map_or(i64::from(config.runtimes_default_memory_limit), i64::from);
        let cpu_request = centi(
            asked(|r| r.cpu_request_millicores).unwrap_or(config.runtimes_cpu_request_millicores),
        );
        let memory_request = i64::from(
            asked(|r| r.memory_request_mib).unwrap_or(config.runtimes_memory_request_mib),
        );
        Resources {
            cpu_request: cpu_request.min(cpu_limit),
            cpu_limit,
            memory_request: memory_request.min(memory_limit),
            memory_limit,
        }
    }
}

impl RuntimeSpec {
    pub fn environment(&self) -> [(&'static str, String); 4] {
        [
            ("OMGSERVERS_SERVICE_URL", self.service_url.clone()),
            ("OMGSERVERS_RUNTIME_ID", self.runtime_id.to_string()),
            ("OMGSERVERS_PASSWORD", self.password.clone()),
            (
                "OMGSERVERS_RUNTIME_QUALIFIER",
                self.qualifier.as_str().to_owned(),
            ),
        ]
    }
}

impl std::fmt::Debug for RuntimeSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuntimeSpec")
            .field("runtime_id", &self.runtime_id)
            .field("qualifier", &self.qualifier)
            .finish_non_exhaustive()
    }
}

pub trait RuntimeDriver: Send + Sync + std::fmt::Debug {
    fn name(&self) -> &'static str;
    /// Whether the runtimes it runs are visible to every node of a cluster (containers on
    /// shared Docker hosts), rather than private to this node (its own processes).
    fn shared_hosts(&self) -> bool {
        false
    }
    /// Whether this driver starts anything at all.
    fn starts_runtimes(&self) -> bool {
        true
    }
    /// Takes in a process or container of the runtime that is running already (on a shared
    /// Docker host, after a failover or a server restart), as it is: it keeps its state and its
    /// tokens. Asked before a start issues new credentials (`game::lifecycle::start`), which
    /// would void its tokens. `spec.password` is not set yet. One of an earlier start (a token
    /// epoch below `spec.token_epoch`: `stale`) is removed instead (`Happened::StaleRemoved`).
    fn adopt<'a>(&'a self, _spec: &'a RuntimeSpec) -> BoxFuture<'a, bool> {
        Box::pin(async { false })
    }
    /// Removes the runtime's process or container if it belongs to an earlier start: one taken
    /// in by a look at its host (`Happened::Adopted`) whose token epoch is below `token_epoch`,
    /// the runtime's now (its tokens are void: `stale`). The removal runs on its own and is
    /// reported as `Happened::StaleRemoved` once done.
    fn remove_stale(&self, _runtime_id: i64, _token_epoch: i64) {}
    /// Starts a runtime's process or container (it may go on in the background and report
    /// through `observe`). An error is a failed start.
    fn start(&self, spec: RuntimeSpec) -> BoxFuture<'_, Result<Launch>>;
    fn stop(&self, runtime_id: i64) -> BoxFuture<'_, Result<()>>;
    /// Runtimes running (or being launched) now, and what happened to runtimes since the last
    /// call.
    fn observe(&self) -> BoxFuture<'_, Observed>;
    /// Stops everything (server shutdown).
    fn stop_all(&self) -> BoxFuture<'_, ()>;
    /// The last lines a runtime wrote, oldest first, when this driver keeps them itself (the
    /// process driver); `None` otherwise (the Docker driver's logs are the containers').
    fn output(&self, _runtime_id: i64) -> Option<Vec<OutputLine>> {
        None
    }
}

/// Whether a container of token epoch `epoch`, as its label says (None: unlabelled, of a
/// server before the label, whose start is unknown), belongs to an earlier start than the
/// runtime's `current` one (`game::runtimes::check_token_epoch`): its tokens are void, so it is
/// removed rather than adopted. One of a later start than `current` is not: `current` was read
/// before that start (by a node that owned the slot before and after another one started it).
/// Returns the container's epoch when it is stale, None when it is not.
pub fn stale(epoch: Option<i64>, current: i64) -> Option<i64> {
    epoch.filter(|e| *e < current)
}

/// A line a runtime process wrote on its standard output or error, and when it was read.
#[derive(Clone, Debug)]
pub struct OutputLine {
    pub at: std::time::SystemTime,
    pub text: String,
}

/// What `start` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// The process or container is being started.
    Launching,
    /// Nothing was started: no host has room (which resource is short on which host), or, in
    /// a cluster, the placement could not be recorded in the database (tried again likewise).
    NoRoom(String),
    /// The runtime's container was found running (left by the node that owned the runtime
    /// before, in a cluster sharing Docker hosts) and adopted as it is: nothing was started
    /// (the adoption is reported as `Happened::Adopted`).
    Adopted,
}

#[derive(Debug, Default)]
pub struct Observed {
    pub running: Vec<i64>,
    /// In the order they happened.
    pub changes: Vec<Change>,
    /// Runtimes that found no room (`Launch::NoRoom`) and should try again now, not at their
    /// retry: room was added or freed since (a host added or undrained, a container ended).
    pub room_freed_for: Vec<i64>,
}

/// Something that happened to a started runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub runtime_id: i64,
    pub what: Happened,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Happened {
    /// Its image is being pulled.
    Pulling,
    /// Its process or container started (after a pull, if any).
    Started,
    /// Its image could not be pulled: the registry's error.
    PullFailed(String),
    /// Its process or container exited, or could not be created or started: why (exit code).
    Exited(String),
    /// Its container was found running and taken over as it runs — after a restart of this
    /// server, or from the cluster node that ran it before. `token_epoch` is the start it
    /// belongs to, as its label says (None: a container of a server before the label); the
    /// controller removes it if that is not the runtime's (`RuntimeDriver::remove_stale`).
    Adopted {
        container: String,
        token_epoch: Option<i64>,
    },
    /// A container of an earlier start (token epoch `token_epoch`, the runtime's `current`) was
    /// found running and removed, not adopted: its tokens are void. The runtime is started
    /// afresh, or goes on in its current container.
    StaleRemoved {
        container: String,
        token_epoch: i64,
        current: i64,
    },
}

/// Starts nothing: runtimes are expected to be started by someone else.
#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use clap::Parser;

    use super::*;

    fn config(args: &[&str]) -> Config {
        let mut argv = vec!["omgservers"];
        argv.extend_from_slice(args);
        Config::parse_from(argv)
    }

    /// Each registry host is read by Docker as a registry, never as a Docker Hub namespace.
    #[test]
    fn the_registry_host_is_always_a_registry_to_docker() {
        for (uri, host) in [
            ("http://localhost:5000", "localhost:5000"),
            ("http://localhost", "localhost"),
            ("https://registry.example.com", "registry.example.com"),
            ("https://registry.example.com:443", "registry.example.com"),
            ("http://127.0.0.1:5999", "127.0.0.1:5999"),
            ("http://registry:5000", "registry:5000"),
            // A parser drops a default port; a plain host keeps it.
            ("http://registry:80", "registry:80"),
            ("http://registry", "registry:80"),
            ("https://registry", "registry:443"),
            (" http://registry:5000/\n", "registry:5000"),
        ] {
            let found = registry_host(uri).unwrap();
            assert_eq!(found, host, "{uri}");
            // Docker's rule for the first part of a reference (`launch::image_reference`).
            assert!(
                found.contains('.') || found.contains(':') || found == "localhost",
                "{found}"
            );
        }
    }

    #[test]
    fn resources_take_the_defaults_and_what_the_version_sets() {
        let defaults = Resources::of(&config(&[]), None);
        assert_eq!(
            defaults,
            Resources {
                cpu_request: 10,
                cpu_limit: 100,
                memory_request: 128,
                memory_limit: 512
            }
        );
        let asked = RuntimeResources {
            cpu_request_millicores: Some(255),
            cpu_limit_millicores: None,
            memory_request_mib: Some(1024),
            memory_limit_mib: Some(768),
        };
        let r = Resources::of(&config(&[]), Some(&asked));
        assert_eq!(r.cpu_request, 26, "millicores rounded up to ms per 100 ms");
        assert_eq!(r.cpu_limit, 100);
        assert_eq!(r.memory_limit, 768);
        assert_eq!(r.memory_request, 768, "a request is never above its limit");
    }
}

#[derive(Debug, Default)]
pub struct NoDriver;

impl RuntimeDriver for NoDriver {
    fn name(&self) -> &'static str {
        "none"
    }
    fn starts_runtimes(&self) -> bool {
        false
    }
    fn start(&self, _: RuntimeSpec) -> BoxFuture<'_, Result<Launch>> {
        Box::pin(async { Ok(Launch::Launching) })
    }
    fn stop(&self, _: i64) -> BoxFuture<'_, Result<()>> {
        Box::pin(async { Ok(()) })
    }
    fn observe(&self) -> BoxFuture<'_, Observed> {
        Box::pin(async { Observed::default() })
    }
    fn stop_all(&self) -> BoxFuture<'_, ()> {
        Box::pin(async {})
    }
}
