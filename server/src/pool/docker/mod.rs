//! The Docker runtime pool (`OMGSERVERS_RUNTIMES_DRIVER=docker`): each runtime is a container
//! on one of the pool's Docker hosts (wire reference §11.4, §12).
//!
//! The database holds the hosts; what runs where is read from Docker itself. Every container
//! this installation manages carries labels (installation id, runtime id, tenant, stage,
//! deployment, limits), so a restarted server adopts the containers still running and stops
//! what no runtime needs, and nothing is orphaned. In a cluster the nodes share the hosts: each
//! runs the containers of the deployments it owns, counts the others' against the hosts' room
//! and never touches them, and adopts a dead node's containers with its slots
//! (docs/sharding.md "Containers on shared Docker hosts"); its placements take turns with the
//! other nodes' under the lock of the host rows, and count their placements in progress
//! (`reserve_shared`, docs/sharding.md "Placing on shared hosts"). Docker `die` events tell the controller at
//! once that a runtime's container exited; a periodic check per host catches what an event
//! stream missed while a host was unreachable.
//!
//! Containers that exited or were stopped are kept (stopped) for
//! `OMGSERVERS_RUNTIMES_EXITED_RETENTION` so their logs can still be read, then removed.

pub mod connect;
mod launch;
pub mod placement;
mod watch;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::{Duration, Instant};

use bollard::Docker;
use omgservers_types::messages::RuntimeQualifier;
use tokio::task::AbortHandle;

pub use connect::DockerTls;
use placement::HostLoad;
use watch::Found;

use super::hosts::HostRow;
use super::{stale, BoxFuture, Change, Happened, Launch, Observed, RuntimeDriver, RuntimeSpec};
use crate::error::{Error, Result};
use crate::store::pool_hosts::{self, Placement};
use crate::store::slots::Slots;
use crate::store::{hierarchy, Db};
use crate::wake::Hub;

/// Labels on every managed container.
pub mod labels {
    pub const INSTALLATION: &str = "io.omgservers.installation";
    pub const RUNTIME_ID: &str = "io.omgservers.runtime-id";
    pub const RUNTIME_QUALIFIER: &str = "io.omgservers.runtime-qualifier";
    pub const TENANT_ID: &str = "io.omgservers.tenant-id";
    pub const STAGE_ID: &str = "io.omgservers.stage-id";
    pub const DEPLOYMENT_ID: &str = "io.omgservers.deployment-id";
    pub const CPU_LIMIT: &str = "io.omgservers.cpu-limit";
    pub const MEMORY_LIMIT: &str = "io.omgservers.memory-limit";
    /// What placement reserved (containers without it reserved their limits).
    pub const CPU_REQUEST: &str = "io.omgservers.cpu-request";
    pub const MEMORY_REQUEST: &str = "io.omgservers.memory-request";
    /// The runtime's token epoch at the start that launched it (`RuntimeSpec::token_epoch`): a
    /// container of an earlier epoch than the runtime's holds void tokens and is never adopted.
    pub const TOKEN_EPOCH: &str = "io.omgservers.token-epoch";
}

/// What the pool needs from the configuration.
#[derive(Clone, Debug)]
pub struct PoolSettings {
    /// Labels the containers of this installation (a Docker host may serve several servers).
    pub installation: String,
    pub tls: DockerTls,
    pub network: String,
    /// `host[:port]` of the registry images are pulled from.
    pub registry_host: String,
    pub exited_retention: Duration,
    pub stop_on_shutdown: bool,
}

/// Who a container belongs to, as its labels say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub runtime_id: i64,
    pub qualifier: RuntimeQualifier,
    pub tenant_id: i64,
    pub stage_id: i64,
    pub deployment_id: i64,
}

/// A container of a live runtime.
#[derive(Clone, Debug)]
struct Container {
    host_id: i64,
    name: String,
    /// Docker's id, once created: what the pool stops and removes, as the runtime's next
    /// container reuses the name.
    id: Option<String>,
    owner: Owner,
    /// What placement reserved for it (`Resources` units).
    cpu: i64,
    memory: i64,
    /// What it may use.
    cpu_limit: i64,
    memory_limit: i64,
    /// False while it is being pulled, created and started.
    running: bool,
    /// The start it belongs to (`labels::TOKEN_EPOCH`; None: a container of a server before
    /// the label).
    token_epoch: Option<i64>,
}

impl Container {
    /// What Docker is told to stop or remove: this container, by id once known.
    fn target(&self) -> &str {
        self.id.as_deref().unwrap_or(&self.name)
    }

    /// A running container as Docker listed it.
    fn of(host_id: i64, f: &Found, owner: &Owner) -> Container {
        Container {
            host_id,
            name: f.name.clone(),
            id: Some(f.id.clone()),
            owner: owner.clone(),
            cpu: f.cpu,
            memory: f.memory,
            cpu_limit: f.cpu_limit,
            memory_limit: f.memory_limit,
            running: true,
            token_epoch: f.token_epoch,
        }
    }
}

/// A stopped container kept for its logs.
#[derive(Clone, Debug)]
struct Retired {
    host_id: i64,
    name: String,
    /// What its removal names: Docker's id, or its name when the id was never known.
    target: String,
    owner: Owner,
    since: Instant,
    why: String,
}

/// A container of a runtime another node owns (a cluster whose nodes share the Docker hosts),
/// as the last look at its host found it: it counts against the host's room and its logs can be
/// read through this node, but this node never stops, adopts or removes it.
#[derive(Clone, Debug)]
struct Foreign {
    host_id: i64,
    name: String,
    owner: Owner,
    cpu: i64,
    memory: i64,
    /// Running or being started (holding room); false once it exited.
    live: bool,
    status: String,
}

impl Foreign {
    fn of(host_id: i64, f: &Found, owner: &Owner) -> Foreign {
        Foreign {
            host_id,
            name: f.name.clone(),
            owner: owner.clone(),
            cpu: f.cpu,
            memory: f.memory,
            live: f.live,
            status: f.status.clone(),
        }
    }
}

/// A pool host as the pool sees it now.
#[derive(Debug)]
pub struct Host {
    row: Mutex<HostRow>,
    docker: Docker,
    reachable: AtomicBool,
    last_error: Mutex<Option<String>>,
    watcher: Mutex<Option<AbortHandle>>,
}

impl Host {
    pub fn row(&self) -> HostRow {
        lock(&self.row).clone()
    }
    pub fn reachable(&self) -> bool {
        self.reachable.load(Ordering::Relaxed)
    }
    pub fn docker(&self) -> &Docker {
        &self.docker
    }
    /// Records a ping's outcome; true when the host answers again after it did not.
    fn set_reachable(&self, result: std::result::Result<(), String>) -> bool {
        let ok = result.is_ok();
        let was = self.reachable.swap(ok, Ordering::Relaxed);
        let uri = self.row().spec.docker_daemon_uri;
        match (&result, was) {
            (Err(e), true) => tracing::warn!(host = %uri, error = %e, "docker host unreachable"),
            (Ok(()), false) => tracing::info!(host = %uri, "docker host reachable"),
            _ => {}
        }
        *lock(&self.last_error) = result.err();
        ok && !was
    }
}

/// A host with its current load, for the admin listing.
#[derive(Clone, Debug)]
pub struct HostView {
    pub row: HostRow,
    pub reachable: bool,
    pub last_error: Option<String>,
    pub containers: i64,
    pub cpu_used: i64,
    pub memory_used: i64,
}

#[derive(Debug)]
pub struct DockerPool {
    /// Itself, for the tasks it spawns.
    me: Weak<DockerPool>,
    settings: PoolSettings,
    /// To tell which retired containers' tenants are gone (their logs can go at once).
    db: Db,
    hub: Arc<Hub>,
    /// Whether this pool starts runtimes (`OMGSERVERS_RUNTIMES_DRIVER=docker`); otherwise it
    /// only serves pool administration and the builder, and touches no container.
    manages_runtimes: bool,
    hosts: RwLock<BTreeMap<i64, Arc<Host>>>,
    /// Which deployments' runtimes are this node's to run (standalone: all of them).
    slots: Arc<Slots>,
    containers: Mutex<HashMap<i64, Container>>,
    /// By runtime id and host id: a runtime may have left a stopped container on each of
    /// several hosts (one per host: a host holds one container by a name).
    retired: Mutex<HashMap<(i64, i64), Retired>>,
    /// By runtime id; replaced host by host at each look.
    foreign: Mutex<HashMap<i64, Foreign>>,
    /// Containers of earlier starts being removed (`remove_earlier_start`), by Docker id: one removal
    /// each at a time, however many looks find it meanwhile.
    removing: Mutex<HashSet<String>>,
    /// What happened to runtimes since the controller last looked.
    changes: Mutex<Vec<Change>>,
    /// User and password for pulls (the registry's token service checks them); known once
    /// the bootstrap users exist.
    pull_credentials: Mutex<Option<(String, String)>>,
    /// The task re-reading the hosts in a cluster (`setup::follow_hosts`), ended by `stop_all`.
    follower: Mutex<Option<AbortHandle>>,
    /// Runtimes answered `Launch::NoRoom`, and whether room was added or freed since: the
    /// controller tries them again at once (`observe`) rather than at their retry.
    waiting_for_room: Mutex<HashSet<i64>>,
    room_freed: AtomicBool,
    /// What each host held when a placement last found no room, counted as `check_room` counts
    /// it then (with the other nodes' placements in progress in a cluster): finding less there
    /// later (another node's container ended, or its placement made none) frees room, though
    /// this node saw nothing end.
    full_loads: Mutex<HashMap<i64, placement::Held>>,
}

/// How long a placement recorded in a cluster counts against its host's room if its node never
/// ends it (the node died mid-launch): longer than a launch may take — an image pull's limit,
/// then five Engine API calls (two image inspections, remove, create, start) at their response
/// timeout, and a minute more: 5 min 40 s.
const PLACEMENT_TTL: Duration =
    Duration::from_secs(launch::PULL_TIMEOUT.as_secs() + 5 * connect::RESPONSE_TIMEOUT_SECS + 60);

/// How long a look at a host may take while a placement holds the hosts' lock: a host whose
/// containers are not listed within it is not chosen for that placement.
const LIST_TIMEOUT: Duration = Duration::from_secs(5);

/// A container given room on a host, or why no host has room.
type Reserved = std::result::Result<(Arc<Host>, Container), String>;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl DockerPool {
    pub fn new(
        settings: PoolSettings,
        db: Db,
        hub: Arc<Hub>,
        manages_runtimes: bool,
        slots: Arc<Slots>,
    ) -> Arc<DockerPool> {
        Arc::new_cyclic(|me| DockerPool {
            me: me.clone(),
            settings,
            db,
            hub,
            manages_runtimes,
            hosts: RwLock::default(),
            slots,
            containers: Mutex::default(),
            retired: Mutex::default(),
            foreign: Mutex::default(),
            removing: Mutex::default(),
            changes: Mutex::default(),
            pull_credentials: Mutex::default(),
            follower: Mutex::default(),
            waiting_for_room: Mutex::default(),
            room_freed: AtomicBool::new(false),
            full_loads: Mutex::default(),
        })
    }

    pub fn settings(&self) -> &PoolSettings {
        &self.settings
    }

    pub fn set_pull_credentials(&self, credentials: Option<(String, String)>) {
        *lock(&self.pull_credentials) = credentials;
    }

    pub fn pull_credentials(&self) -> Option<(String, String)> {
        lock(&self.pull_credentials).clone()
    }

    /// The task that keeps the hosts in line with the stored ones (`sync_hosts`).
    pub fn set_follower(&self, task: AbortHandle) {
        *lock(&self.follower) = Some(task);
    }

    /// Connects a stored host, adopts this installation's containers on it and watches it
    /// (a host registered already, or meanwhile by another task, is left as it is).
    pub async fn register(&self, row: HostRow) -> Result<Arc<Host>> {
        if let Some(known) = self.host(row.id) {
            return Ok(known);
        }
        let docker = connect::connect(&row.spec.docker_daemon_uri, &self.settings.tls)?;
        let host = Arc::new(Host {
            row: Mutex::new(row.clone()),
            docker,
            reachable: AtomicBool::new(false),
            last_error: Mutex::new(None),
            watcher: Mutex::new(None),
        });
        let answered = connect::ping(&host.docker).await;
        host.set_reachable(answered.clone());
        if answered.is_ok() && self.manages_runtimes {
            // Bounded: a host deletion may wait for this under the host's lock. A host not
            // listed now is at its watcher's first look.
            let listed = tokio::time::timeout(
                LIST_TIMEOUT,
                watch::list_managed(&host.docker, &self.settings.installation),
            )
            .await;
            match listed {
                Ok(Ok(found)) => self.take_stock(row.id, &host.docker, &found),
                Ok(Err(e)) => {
                    tracing::warn!(host = %row.spec.docker_daemon_uri, error = %e, "cannot list containers to adopt");
                }
                Err(_) => {
                    tracing::warn!(host = %row.spec.docker_daemon_uri, "containers to adopt not listed within {LIST_TIMEOUT:?}");
                }
            }
        }
        {
            let mut hosts = self.write_hosts();
            if let Some(known) = hosts.get(&row.id) {
                return Ok(known.clone());
            }
            hosts.insert(row.id, host.clone());
        }
        // A watcher ends itself once its host is no longer the one registered (`is_registered`).
        let task = tokio::spawn(watch::run(self.me.clone(), host.clone(), row.id));
        *lock(&host.watcher) = Some(task.abort_handle());
        self.room_freed();
        Ok(host)
    }

    /// Whether `host` is the one registered under `host_id`.
    fn is_registered(&self, host_id: i64, host: &Arc<Host>) -> bool {
        self.host(host_id)
            .is_some_and(|known| Arc::ptr_eq(&known, host))
    }

    /// Forgets a host (it must have no live container) and stops watching it.
    pub fn unregister(&self, host_id: i64) {
        if let Some(host) = self.write_hosts().remove(&host_id) {
            if let Some(task) = lock(&host.watcher).take() {
                task.abort();
            }
        }
        lock(&self.retired).retain(|_, r| r.host_id != host_id);
        lock(&self.foreign).retain(|_, f| f.host_id != host_id);
    }

    pub fn set_draining(&self, host_id: i64, draining: bool) {
        if let Some(host) = self.read_hosts().get(&host_id) {
            lock(&host.row).draining = draining;
        }
        if !draining {
            self.room_freed();
        }
    }

    /// Room was added or freed (a host added, undrained or answering again, a container
    /// ended): runtimes that waited for room try again at the controller's next pass, which is
    /// woken if one waits, not at their next attempt.
    pub(super) fn room_freed(&self) {
        self.room_freed.store(true, Ordering::SeqCst);
        if !lock(&self.waiting_for_room).is_empty() {
            self.hub.wake_controller();
        }
    }

    fn report(&self, runtime_id: i64, what: Happened) {
        lock(&self.changes).push(Change { runtime_id, what });
        self.hub.wake_controller();
    }

    pub fn host(&self, host_id: i64) -> Option<Arc<Host>> {
        self.read_hosts().get(&host_id).cloned()
    }

    /// Live containers (starting or running) on a host, this node's and the other nodes'.
    pub fn live_containers_on(&self, host_id: i64) -> usize {
        let mine = lock(&self.containers)
            .values()
            .filter(|c| c.host_id == host_id)
            .count();
        let theirs = lock(&self.foreign)
            .values()
            .filter(|f| f.host_id == host_id && f.live)
            .count();
        mine + theirs
    }

    pub fn hosts(&self) -> Vec<HostView> {
        let loads = self.loads();
        self.read_hosts()
            .values()
            .map(|host| {
                let row = host.row();
                let load = loads.iter().find(|l| l.host_id == row.id);
                HostView {
                    reachable: host.reachable(),
                    last_error: lock(&host.last_error).clone(),
                    containers: load.map_or(0, |l| l.containers),
                    cpu_used: load.map_or(0, |l| l.cpu_used),
                    memory_used: load.map_or(0, |l| l.memory_used),
                    row,
                }
            })
            .collect()
    }

    /// A reachable, non-draining host for work that is not a runtime (image builds): the least
    /// loaded one.
    pub fn work_host(&self) -> Option<Arc<Host>> {
        let loads = self.loads();
        let id = placement::choose(&loads, 0, 0)?;
        self.host(id)
    }

    /// The runtimes of a deployment whose containers were retired (kept for their logs), by
    /// this node or, for a deployment another node owns, by that node; for a runtime with
    /// retired containers on several hosts, the one retired last.
    pub fn retired_of_deployment(&self, deployment_id: i64) -> Vec<(Owner, String)> {
        let mut list: Vec<(Owner, String)> = {
            let retired = lock(&self.retired);
            let mut latest: HashMap<i64, &Retired> = HashMap::new();
            for r in retired
                .values()
                .filter(|r| r.owner.deployment_id == deployment_id)
            {
                latest
                    .entry(r.owner.runtime_id)
                    .and_modify(|last| {
                        if last.since < r.since {
                            *last = r;
                        }
                    })
                    .or_insert(r);
            }
            latest
                .into_values()
                .map(|r| (r.owner.clone(), r.why.clone()))
                .collect()
        };
        list.extend(
            lock(&self.foreign)
                .values()
                .filter(|f| f.owner.deployment_id == deployment_id && !f.live)
                .map(|f| (f.owner.clone(), f.status.clone())),
        );
        list.sort_by_key(|(owner, _)| owner.runtime_id);
        list
    }

    /// The owner and the host of a runtime's container (live or retired; this node's or, in a
    /// cluster, another node's as last seen).
    pub fn locate(&self, runtime_id: i64) -> Option<(Owner, Arc<Host>, String)> {
        let mine = lock(&self.containers)
            .get(&runtime_id)
            .map(|c| (c.owner.clone(), c.host_id, c.name.clone()));
        // The one retired last.
        let retired = || {
            lock(&self.retired)
                .values()
                .filter(|r| r.owner.runtime_id == runtime_id)
                .max_by_key(|r| r.since)
                .map(|r| (r.owner.clone(), r.host_id, r.name.clone()))
        };
        let foreign = || {
            lock(&self.foreign)
                .get(&runtime_id)
                .map(|f| (f.owner.clone(), f.host_id, f.name.clone()))
        };
        let (owner, host_id, name) = mine.or_else(retired).or_else(foreign)?;
        Some((owner, self.host(host_id)?, name))
    }

    fn read_hosts(&self) -> std::sync::RwLockReadGuard<'_, BTreeMap<i64, Arc<Host>>> {
        self.hosts.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write_hosts(&self) -> std::sync::RwLockWriteGuard<'_, BTreeMap<i64, Arc<Host>>> {
        self.hosts.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Each host's room and what the containers on it hold: this node's (reserved at once) and
    /// the other nodes' (as the last look at the host found them).
    fn loads(&self) -> Vec<HostLoad> {
        self.loads_with(&[], None)
    }

    /// `loads`, with the other nodes' placements in progress (`in_progress`: recorded in the
    /// database, their containers not listed yet) counted too; with `listed`, the hosts not in
    /// it (their containers could not be listed just now) are not usable.
    fn loads_with(
        &self,
        in_progress: &[Placement],
        listed: Option<&HashSet<i64>>,
    ) -> Vec<HostLoad> {
        let containers = lock(&self.containers);
        let foreign = lock(&self.foreign);
        // A placement whose container is listed on its host already counts as that container.
        // (Another container of the runtime elsewhere — its new owner's — does not replace it.)
        let placing: Vec<&Placement> = in_progress
            .iter()
            .filter(|p| {
                let mine_there = containers
                    .get(&p.runtime_id)
                    .is_some_and(|c| c.host_id == p.host_id);
                let theirs_there = foreign
                    .get(&p.runtime_id)
                    .is_some_and(|f| f.live && f.host_id == p.host_id);
                !(mine_there || theirs_there)
            })
            .collect();
        self.read_hosts()
            .values()
            .map(|host| {
                let row = host.row();
                let mine = containers
                    .values()
                    .filter(|c| c.host_id == row.id)
                    .map(|c| (c.cpu, c.memory));
                let theirs = foreign
                    .values()
                    .filter(|f| f.host_id == row.id && f.live)
                    .map(|f| (f.cpu, f.memory));
                let being_placed = placing
                    .iter()
                    .filter(|p| p.host_id == row.id)
                    .map(|p| (p.cpu, p.memory));
                let (mut count, mut cpu, mut memory) = (0, 0, 0);
                for (c, m) in mine.chain(theirs).chain(being_placed) {
                    count += 1;
                    cpu += c;
                    memory += m;
                }
                HostLoad {
                    host_id: row.id,
                    usable: host.reachable()
                        && !row.draining
                        && listed.is_none_or(|l| l.contains(&row.id)),
                    max_containers: row.spec.max_containers,
                    cpu_count: row.spec.cpu_count,
                    memory_size: row.spec.memory_size,
                    containers: count,
                    cpu_used: cpu,
                    memory_used: memory,
                }
            })
            .collect()
    }

    /// Brings the pool's view of one host in line with the containers Docker lists there. This
    /// node's containers that stopped or vanished are reported exited; its containers whose
    /// runtime moved to another node (a cluster's slot changed owner) are let go, not stopped;
    /// containers of runtimes this node owns but does not know are taken in: running ones are
    /// adopted (after a restart, or from the node that owned them before; the controller stops
    /// those whose runtime is gone, and removes those of an earlier start: `remove_stale`),
    /// stopped ones kept for their logs until the retention passes. A running container of a
    /// runtime whose container this node knows on another host is a duplicate: removed when
    /// its label shows an earlier start, otherwise left alone. Other nodes' containers are
    /// only counted against the host's room.
    fn take_stock(&self, host_id: i64, docker: &Docker, found: &[Found]) {
        for (runtime_id, name) in self.running_on(host_id) {
            match found.iter().find(|f| f.name == name) {
                Some(f) if f.running => {}
                Some(f) => self.container_exited(host_id, runtime_id, &name, f.status.clone()),
                None => self.container_exited(host_id, runtime_id, &name, "removed".to_owned()),
            }
        }
        self.let_go_of_moved(host_id);
        let mut foreign = HashMap::new();
        for f in found {
            let Some(owner) = &f.owner else {
                continue;
            };
            if !self.slots.owns_deployment(owner.deployment_id) {
                foreign.insert(owner.runtime_id, Foreign::of(host_id, f, owner));
                continue;
            }
            if !f.running {
                if !self.is_known_stopped(owner.runtime_id, host_id, &f.name) {
                    self.take_in(host_id, f, owner);
                }
                continue;
            }
            match self.running_verdict(host_id, f, owner.runtime_id) {
                Verdict::Known => {}
                Verdict::Unknown => self.take_in(host_id, f, owner),
                Verdict::Earlier {
                    token_epoch,
                    current,
                } => {
                    let stale = Stale::found(f, owner, token_epoch, current);
                    self.remove_earlier_start(docker, stale);
                }
                Verdict::Duplicate => tracing::debug!(
                    runtime_id = owner.runtime_id,
                    container = %f.name,
                    host_id,
                    "a second running container of the runtime, of no earlier start by its label; left alone"
                ),
            }
        }
        {
            let mut all = lock(&self.foreign);
            all.retain(|_, f| f.host_id != host_id);
            all.extend(foreign);
        }
        // In a cluster the other nodes' placements count too: `setup::follow_hosts` checks
        // with them, every few seconds while a runtime waits.
        if !self.slots.is_clustered() {
            self.check_room(&[]);
        }
    }

    /// Whether a runtime of this node waits for room.
    pub fn waits_for_room(&self) -> bool {
        !lock(&self.waiting_for_room).is_empty()
    }

    /// Wakes the runtimes waiting for room if a host holds less now, counting the other nodes'
    /// placements `in_progress`, than when a placement last found no room.
    pub fn check_room(&self, in_progress: &[Placement]) {
        // No placement failed since room was last freed: nothing to compare.
        if lock(&self.full_loads).is_empty() {
            return;
        }
        let now = self.loads_with(in_progress, None);
        let freed = {
            let mut full = lock(&self.full_loads);
            let freed = placement::freed(&full, &now);
            for host_id in &freed {
                full.remove(host_id);
            }
            !freed.is_empty()
        };
        if freed {
            self.room_freed();
        }
    }

    /// Forgets (without stopping them) this node's containers on a host whose runtimes another
    /// node owns now: that node adopts them.
    fn let_go_of_moved(&self, host_id: i64) {
        let moved = |owner: &Owner| !self.slots.owns_deployment(owner.deployment_id);
        lock(&self.containers).retain(|runtime_id, c| {
            let keep = c.host_id != host_id || !c.running || !moved(&c.owner);
            if !keep {
                tracing::info!(runtime_id, container = %c.name, "runtime moved to another node; leaving its container to it");
            }
            keep
        });
        lock(&self.retired).retain(|_, r| r.host_id != host_id || !moved(&r.owner));
    }

    /// What a running container of a runtime of this node's, found on a host, is to the pool:
    /// compared with the container it knows for the runtime, by host and name (a container of
    /// an earlier start on another host has the same name), then by token epoch.
    fn running_verdict(&self, host_id: i64, f: &Found, runtime_id: i64) -> Verdict {
        // A retired one on this host by this name is known (stopped as it was seen).
        let retired_here = self.retired_here(runtime_id, host_id, &f.name);
        let found = Seen {
            host_id,
            name: &f.name,
            token_epoch: f.token_epoch,
        };
        let containers = lock(&self.containers);
        let known = containers.get(&runtime_id).map(|c| Seen {
            host_id: c.host_id,
            name: &c.name,
            token_epoch: c.token_epoch,
        });
        verdict(&found, known.as_ref(), retired_here)
    }

    /// A container of a runtime of this node's that the pool does not know yet.
    fn take_in(&self, host_id: i64, f: &Found, owner: &Owner) {
        let runtime_id = owner.runtime_id;
        if f.running {
            tracing::info!(runtime_id, container = %f.name, token_epoch = ?f.token_epoch, "adopting a running runtime container");
            lock(&self.containers).insert(runtime_id, Container::of(host_id, f, owner));
            lock(&self.foreign).remove(&runtime_id);
            let adopted = Happened::Adopted {
                container: f.name.clone(),
                token_epoch: f.token_epoch,
            };
            self.report(runtime_id, adopted);
        } else {
            lock(&self.retired).insert(
                (runtime_id, host_id),
                Retired {
                    host_id,
                    name: f.name.clone(),
                    target: f.id.clone(),
                    owner: owner.clone(),
                    since: Instant::now(),
                    why: f.status.clone(),
                },
            );
        }
    }

    /// A running container of the runtime, left by a node that owned it before (or by this
    /// node before a restart), on any reachable host: adopted instead of replaced, unless it
    /// belongs to another start than `spec.token_epoch` (its tokens are void): then it is
    /// removed, as is such a container taken in by a look at its host meanwhile.
    async fn adopt_running(&self, spec: &RuntimeSpec) -> bool {
        let known = lock(&self.containers)
            .get(&spec.runtime_id)
            .map(|c| stale(c.token_epoch, spec.token_epoch).is_some());
        match known {
            Some(false) => return true, // taken in by a look at its host meanwhile
            Some(true) => self.remove_known_stale(spec.runtime_id, spec.token_epoch),
            None => {}
        }
        let name = container_name(spec.qualifier, spec.runtime_id);
        for (host_id, host) in self.reachable_hosts() {
            let installation = &self.settings.installation;
            let Some(found) = watch::inspect_managed(&host.docker, installation, &name).await
            else {
                continue;
            };
            let owner = found.owner.clone().unwrap_or_else(|| spec_owner(spec));
            if !(found.running && owner.runtime_id == spec.runtime_id) {
                continue;
            }
            if let Some(epoch) = stale(found.token_epoch, spec.token_epoch) {
                let stale = Stale::found(&found, &owner, epoch, spec.token_epoch);
                self.remove_earlier_start(&host.docker, stale);
                continue;
            }
            self.take_in(host_id, &found, &owner);
            lock(&self.retired).remove(&(spec.runtime_id, host_id));
            return true;
        }
        false
    }

    /// Takes the runtime's known container out if it belongs to an earlier start than
    /// `current`, and removes it (`remove_earlier_start`).
    fn remove_known_stale(&self, runtime_id: i64, current: i64) {
        let removed = {
            let mut containers = lock(&self.containers);
            match containers.get(&runtime_id) {
                Some(c) if stale(c.token_epoch, current).is_some() => {
                    containers.remove(&runtime_id)
                }
                _ => None,
            }
        };
        let Some((c, token_epoch)) = removed.and_then(|c| c.token_epoch.map(|e| (c, e))) else {
            return;
        };
        let Some(host) = self.host(c.host_id) else {
            tracing::warn!(runtime_id, container = %c.name, host_id = c.host_id, "a container of an earlier start on a host no longer in the pool; left there");
            return;
        };
        let stale = Stale {
            runtime_id,
            target: c.target().to_owned(),
            name: c.name,
            token_epoch,
            current,
        };
        self.remove_earlier_start(&host.docker, stale);
    }

    /// Removes (not retires: it did nothing its runtime keeps) a container of an earlier start
    /// of a runtime, on a task of its own: a Docker call may take a while, and a look at a host
    /// or the controller goes on meanwhile. One removal runs per container; it is reported
    /// (`Happened::StaleRemoved`) once Docker removed the container, and one that failed is
    /// tried again when a look finds the container again.
    fn remove_earlier_start(&self, docker: &Docker, stale: Stale) {
        if !lock(&self.removing).insert(stale.target.clone()) {
            return; // under way
        }
        let (Some(pool), docker) = (self.me.upgrade(), docker.clone()) else {
            return;
        };
        tokio::spawn(async move {
            let Stale {
                runtime_id,
                target,
                name,
                token_epoch,
                current,
            } = stale;
            tracing::info!(runtime_id, container = %name, token_epoch, current, "removing a runtime container of an earlier start");
            let removed = launch::remove_if_present(&docker, &target).await;
            lock(&pool.removing).remove(&target);
            match removed {
                Ok(true) => {
                    let removed = Happened::StaleRemoved {
                        container: name,
                        token_epoch,
                        current,
                    };
                    pool.report(runtime_id, removed);
                    pool.room_freed();
                }
                Ok(false) => {} // gone already
                Err(e) => {
                    tracing::warn!(runtime_id, container = %name, error = %e, "cannot remove a runtime container of an earlier start; tried again at the next look");
                }
            }
        });
    }

    fn reachable_hosts(&self) -> Vec<(i64, Arc<Host>)> {
        self.read_hosts()
            .iter()
            .filter(|(_, h)| h.reachable())
            .map(|(id, h)| (*id, h.clone()))
            .collect()
    }

    /// Looks at every reachable host now (as the periodic check does), so a placement or a
    /// host's deletion counts the containers the other nodes of a cluster started since the
    /// last look. The hosts are listed at once, each within `LIST_TIMEOUT`; returns those whose
    /// containers were listed.
    pub async fn look_at_hosts(&self) -> HashSet<i64> {
        let installation = &self.settings.installation;
        let looks = self
            .reachable_hosts()
            .into_iter()
            .map(|(host_id, host)| async move {
                let listed = tokio::time::timeout(
                    LIST_TIMEOUT,
                    watch::list_managed(&host.docker, installation),
                )
                .await;
                match listed {
                    Ok(Ok(found)) => {
                        self.take_stock(host_id, &host.docker, &found);
                        Some(host_id)
                    }
                    Ok(Err(e)) => {
                        tracing::warn!(host_id, error = %e, "cannot list runtime containers");
                        None
                    }
                    Err(_) => {
                        tracing::warn!(
                            host_id,
                            "runtime containers not listed within {LIST_TIMEOUT:?}"
                        );
                        None
                    }
                }
            });
        futures_util::future::join_all(looks)
            .await
            .into_iter()
            .flatten()
            .collect()
    }

    /// Reserves room as `reserve` does, where the other nodes of a cluster place containers on
    /// the same hosts: holding every host row locked, it reads their placements in progress,
    /// then looks at the hosts (a placement that ended before the read has its container listed
    /// by then; a host not listed in time is not chosen), and records its own before the lock
    /// ends. So two nodes never both take a host's last room, and a host deleted or drained
    /// meanwhile is not chosen. The record is deleted once the launch ended (`end_placement`),
    /// or expires (`PLACEMENT_TTL`). Hosts added by another node are registered after the lock
    /// ends, for the next placement.
    async fn reserve_shared(&self, spec: &RuntimeSpec) -> Result<Reserved> {
        let mut tx = self.db.pool.begin().await?;
        let rows = pool_hosts::lock_all(&mut tx).await?;
        let unknown = self.update_hosts(rows);
        pool_hosts::delete_expired_placements(&mut tx).await?;
        let in_progress = pool_hosts::placements(&mut tx).await?;
        let listed = self.look_at_hosts().await;
        let placed_by = self.placed_by();
        let reserved = self.reserve(spec, &in_progress, Some(&listed), &placed_by)?;
        match &reserved {
            Ok((_, container)) => {
                let placement = Placement {
                    runtime_id: spec.runtime_id,
                    placed_by,
                    host_id: container.host_id,
                    cpu: container.cpu,
                    memory: container.memory,
                };
                let ttl = i64::try_from(PLACEMENT_TTL.as_millis()).unwrap_or(i64::MAX);
                let recorded = async {
                    pool_hosts::place(&mut tx, &placement, ttl).await?;
                    tx.commit().await?;
                    Result::Ok(())
                }
                .await;
                if let Err(e) = recorded {
                    lock(&self.containers).remove(&spec.runtime_id);
                    return Err(e);
                }
            }
            // Rolled back: the lock ends before the new hosts are connected.
            Err(_) => drop(tx),
        }
        self.register_all(unknown).await;
        Ok(reserved)
    }

    /// Who this node's placement records say placed them: its URI in the cluster.
    fn placed_by(&self) -> String {
        self.slots.uri().unwrap_or_default()
    }

    /// Deletes this node's placement record of a runtime once its launch ended; one left
    /// behind (the database did not answer) expires.
    async fn end_placement(&self, runtime_id: i64) {
        let placed_by = self.placed_by();
        let ended = async {
            let mut conn = self.db.pool.acquire().await?;
            pool_hosts::placed(&mut conn, runtime_id, &placed_by).await
        }
        .await;
        if let Err(e) = ended {
            tracing::warn!(runtime_id, error = %e, "cannot end the placement record; it expires");
        }
    }

    /// Brings the hosts in line with the stored rows (in a cluster another node may have
    /// added, drained or deleted one): known hosts get their row, deleted ones are forgotten,
    /// and new ones are connected and watched.
    pub async fn sync_hosts(&self, rows: Vec<HostRow>) {
        let unknown = self.update_hosts(rows);
        self.register_all(unknown).await;
    }

    /// The quick part of `sync_hosts`: returns the rows of the hosts not known yet.
    fn update_hosts(&self, rows: Vec<HostRow>) -> Vec<HostRow> {
        let known: Vec<i64> = self.read_hosts().keys().copied().collect();
        for id in known {
            if !rows.iter().any(|r| r.id == id) {
                tracing::info!(
                    host_id = id,
                    "pool host deleted by another node; forgetting it"
                );
                self.unregister(id);
            }
        }
        let mut unknown = Vec::new();
        for row in rows {
            let Some(host) = self.host(row.id) else {
                unknown.push(row);
                continue;
            };
            let undrained = {
                let mut known = lock(&host.row);
                let undrained = known.draining && !row.draining;
                *known = row;
                undrained
            };
            if undrained {
                self.room_freed();
            }
        }
        unknown
    }

    async fn register_all(&self, rows: Vec<HostRow>) {
        for row in rows {
            let uri = row.spec.docker_daemon_uri.clone();
            tracing::info!(host = %uri, "pool host added by another node");
            if let Err(e) = self.register(row).await {
                tracing::warn!(host = %uri, error = %e, "pool host not usable");
            }
        }
    }

    /// A container that Docker reports exited (event or periodic check): its runtime is dead.
    fn container_exited(&self, host_id: i64, runtime_id: i64, name: &str, why: String) {
        let removed = {
            let mut containers = lock(&self.containers);
            match containers.get(&runtime_id) {
                Some(c) if c.running && c.host_id == host_id && c.name == name => {
                    // Reported under the containers' lock (see `observe`).
                    let what = Happened::Exited(why.clone());
                    lock(&self.changes).push(Change { runtime_id, what });
                    containers.remove(&runtime_id)
                }
                _ => None,
            }
        };
        let Some(container) = removed else {
            return;
        };
        tracing::info!(runtime_id, container = %name, %why, "runtime container exited");
        self.retire(container, why);
        self.hub.runtime_gone(runtime_id);
        self.room_freed();
    }

    fn retire(&self, c: Container, why: String) {
        lock(&self.retired).insert(
            (c.owner.runtime_id, c.host_id),
            Retired {
                host_id: c.host_id,
                target: c.target().to_owned(),
                name: c.name,
                owner: c.owner,
                since: Instant::now(),
                why,
            },
        );
    }

    /// Retired containers on a host whose retention is over or whose tenant was deleted,
    /// forgotten here; the caller removes them from Docker (by id, or by name when the id was
    /// never known).
    async fn take_expired(&self, host_id: i64) -> Vec<String> {
        let retention = self.settings.exited_retention;
        let tenants: std::collections::BTreeSet<i64> = lock(&self.retired)
            .values()
            .filter(|r| r.host_id == host_id)
            .map(|r| r.owner.tenant_id)
            .collect();
        let mut gone = std::collections::BTreeSet::new();
        for tenant_id in tenants {
            let exists = match self.db.pool.acquire().await {
                Ok(mut conn) => hierarchy::tenant_exists(&mut conn, tenant_id).await,
                Err(e) => Err(e.into()),
            };
            // Kept when the database does not answer: removed at the next look.
            if matches!(exists, Ok(false)) {
                gone.insert(tenant_id);
            }
        }
        let mut expired = Vec::new();
        lock(&self.retired).retain(|_, r| {
            let keep = r.host_id != host_id
                || (r.since.elapsed() < retention && !gone.contains(&r.owner.tenant_id));
            if !keep {
                expired.push(r.target.clone());
            }
            keep
        });
        expired
    }

    /// Whether the pool knows a stopped container found on a host: its runtime's container
    /// there (which the look reports exited), or one it retired there.
    fn is_known_stopped(&self, runtime_id: i64, host_id: i64, name: &str) -> bool {
        lock(&self.containers)
            .get(&runtime_id)
            .is_some_and(|c| c.host_id == host_id && c.name == name)
            || self.retired_here(runtime_id, host_id, name)
    }

    /// Whether the pool retired the runtime's container called `name` on this host.
    fn retired_here(&self, runtime_id: i64, host_id: i64, name: &str) -> bool {
        lock(&self.retired)
            .get(&(runtime_id, host_id))
            .is_some_and(|r| r.name == name)
    }

    fn running_on(&self, host_id: i64) -> Vec<(i64, String)> {
        lock(&self.containers)
            .values()
            .filter(|c| c.host_id == host_id && c.running)
            .map(|c| (c.owner.runtime_id, c.name.clone()))
            .collect()
    }

    /// Reserves room for a runtime's container on the best host (among the `listed` ones, when
    /// given), counting the placements `in_progress` but this node's own earlier one of the
    /// runtime (`placed_by`: this node); `Err(why)` names what is short where when no host has
    /// room.
    fn reserve(
        &self,
        spec: &RuntimeSpec,
        in_progress: &[Placement],
        listed: Option<&HashSet<i64>>,
        placed_by: &str,
    ) -> Result<Reserved> {
        let owner = spec_owner(spec);
        let (cpu, memory) = (spec.resources.cpu_request, spec.resources.memory_request);
        if lock(&self.containers).contains_key(&spec.runtime_id) {
            return Err(Error::Internal(format!(
                "runtime {} already has a container",
                spec.runtime_id
            )));
        }
        // This node's own record of the runtime is an earlier attempt's, which this placement
        // replaces; another node's (one that lost the runtime mid-launch) still counts.
        let others: Vec<Placement> = in_progress
            .iter()
            .filter(|p| !(p.runtime_id == spec.runtime_id && p.placed_by == placed_by))
            .cloned()
            .collect();
        let loads = self.loads_with(&others, listed);
        let Some(host_id) = placement::choose(&loads, cpu, memory) else {
            *lock(&self.full_loads) = loads.iter().map(|l| (l.host_id, l.held())).collect();
            return Ok(Err(placement::shortage(&loads, cpu, memory)));
        };
        let host = self
            .host(host_id)
            .ok_or_else(|| Error::Internal(format!("pool host {host_id} vanished")))?;
        let container = Container {
            host_id,
            name: container_name(spec.qualifier, spec.runtime_id),
            owner,
            cpu,
            memory,
            cpu_limit: spec.resources.cpu_limit,
            memory_limit: spec.resources.memory_limit,
            running: false,
            token_epoch: Some(spec.token_epoch),
            id: None,
        };
        lock(&self.containers).insert(spec.runtime_id, container.clone());
        // The launch replaces the runtime's previous container on that host, which is
        // forgotten here too (its retention would otherwise remove the new one, which has the
        // same name); one on another host is removed once its retention passes.
        lock(&self.retired).remove(&(spec.runtime_id, host_id));
        lock(&self.foreign).remove(&spec.runtime_id);
        Ok(Ok((host, container)))
    }

    /// After the launch of `launched`: running, or given up (the reservation freed, the failure
    /// reported). Returns false when the runtime was stopped meanwhile — or stopped and started
    /// again, its container of the new start known under the same name —, so the container
    /// created must go.
    fn launched(
        &self,
        runtime_id: i64,
        launched: &Container,
        outcome: std::result::Result<String, launch::Failure>,
    ) -> bool {
        let mut containers = lock(&self.containers);
        let Some(c) = containers.get_mut(&runtime_id).filter(|c| {
            c.name == launched.name
                && c.host_id == launched.host_id
                && c.token_epoch == launched.token_epoch
        }) else {
            return false;
        };
        let what = match outcome {
            Ok(id) => {
                c.id = Some(id);
                c.running = true;
                Happened::Started
            }
            Err(failure) => {
                containers.remove(&runtime_id);
                // Its reservation is freed (`room_freed` after the containers' lock).
                self.room_freed.store(true, Ordering::SeqCst);
                match failure {
                    launch::Failure::Pull(why) => Happened::PullFailed(why),
                    launch::Failure::Start(why) => Happened::Exited(why),
                }
            }
        };
        // Reported under the containers' lock (see `observe`).
        self.report(runtime_id, what);
        true
    }
}

/// A container of an earlier start to remove.
struct Stale {
    runtime_id: i64,
    /// What Docker removes: its id (a name may be reused by the next start's container
    /// meanwhile), or its name when the id was never known.
    target: String,
    name: String,
    /// Its start, and the runtime's now.
    token_epoch: i64,
    current: i64,
}

impl Stale {
    fn found(f: &Found, owner: &Owner, token_epoch: i64, current: i64) -> Stale {
        Stale {
            runtime_id: owner.runtime_id,
            target: f.id.clone(),
            name: f.name.clone(),
            token_epoch,
            current,
        }
    }
}

/// A container of a runtime: where, by which name, of which start (`labels::TOKEN_EPOCH`).
struct Seen<'a> {
    host_id: i64,
    name: &'a str,
    token_epoch: Option<i64>,
}

/// What a running container `found` on a host is to the pool, given the container it `known`s
/// for the runtime, if any, and whether it retired one by that name on that host.
fn verdict(found: &Seen, known: Option<&Seen>, retired_here: bool) -> Verdict {
    let Some(known) = known else {
        return if retired_here {
            Verdict::Known
        } else {
            Verdict::Unknown
        };
    };
    let same = known.host_id == found.host_id && known.name == found.name;
    match (found.token_epoch, known.token_epoch) {
        // On the same host by the same name too: the known one's launch replaces it.
        (Some(earlier), Some(current)) if earlier < current => Verdict::Earlier {
            token_epoch: earlier,
            current,
        },
        _ if same => Verdict::Known,
        _ => Verdict::Duplicate,
    }
}

/// What a running container found on a host is to the pool (`running_verdict`).
#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    /// The container the pool knows for its runtime.
    Known,
    /// The pool knows no container of its runtime: taken in.
    Unknown,
    /// Its runtime's known container is of a later start (`current`) than its own
    /// (`token_epoch`): it is stale.
    Earlier { token_epoch: i64, current: i64 },
    /// Its runtime has another known container, and the labels do not tell that this one's
    /// start came earlier: one of a server before the label, or the known container itself seen
    /// through a second host of the same engine.
    Duplicate,
}

fn spec_owner(spec: &RuntimeSpec) -> Owner {
    Owner {
        runtime_id: spec.runtime_id,
        qualifier: spec.qualifier,
        tenant_id: spec.tenant_id,
        stage_id: spec.stage_id,
        deployment_id: spec.deployment_id,
    }
}

pub fn container_name(qualifier: RuntimeQualifier, runtime_id: i64) -> String {
    format!(
        "omgservers-{}-{runtime_id}",
        qualifier.as_str().to_ascii_lowercase()
    )
}

impl RuntimeDriver for DockerPool {
    fn name(&self) -> &'static str {
        "docker"
    }

    fn shared_hosts(&self) -> bool {
        true
    }

    fn starts_runtimes(&self) -> bool {
        self.manages_runtimes
    }

    fn remove_stale(&self, runtime_id: i64, token_epoch: i64) {
        self.remove_known_stale(runtime_id, token_epoch);
    }

    fn adopt<'a>(&'a self, spec: &'a RuntimeSpec) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            let adopted = self.adopt_running(spec).await;
            if adopted {
                lock(&self.waiting_for_room).remove(&spec.runtime_id);
            }
            adopted
        })
    }

    fn start(&self, spec: RuntimeSpec) -> BoxFuture<'_, Result<Launch>> {
        Box::pin(async move {
            let runtime_id = spec.runtime_id;
            lock(&self.waiting_for_room).remove(&runtime_id);
            // Taken in by a look at its host since `adopt` was asked: never a second container.
            if self.adopt_running(&spec).await {
                return Ok(Launch::Adopted);
            }
            let shared = self.slots.is_clustered();
            let reserved = if shared {
                // A database that did not answer keeps the runtime waiting, as no room does: it
                // is not the runtime's failure.
                self.reserve_shared(&spec).await.or_else(|e| match e {
                    Error::Db(e) => Ok(Err(format!(
                        "its placement could not be recorded (database: {e}); trying again"
                    ))),
                    e => Err(e),
                })?
            } else {
                self.reserve(&spec, &[], None, "")?
            };
            let (host, container) = match reserved {
                Ok(reserved) => reserved,
                Err(why) => {
                    lock(&self.waiting_for_room).insert(runtime_id);
                    // Room freed while this attempt ran woke no one (nothing waited then).
                    if self.room_freed.load(Ordering::SeqCst) {
                        self.hub.wake_controller();
                    }
                    return Ok(Launch::NoRoom(why));
                }
            };
            let settings = self.settings.clone();
            let credentials = self.pull_credentials();
            // The launch (pull, create, start) takes a while: it runs on its own so the
            // controller goes on; the pool learns the outcome through `launched`.
            let this = self.me.clone();
            tokio::spawn(async move {
                let pulling = || {
                    if let Some(pool) = this.upgrade() {
                        pool.report(runtime_id, Happened::Pulling);
                    }
                };
                let outcome = launch::launch(
                    &host.docker,
                    &settings,
                    credentials,
                    &spec,
                    &container,
                    pulling,
                )
                .await;
                if let Err(e) = &outcome {
                    tracing::warn!(runtime_id, container = %container.name, error = %e, "runtime container not started");
                }
                let Some(pool) = this.upgrade() else {
                    return;
                };
                // Ended before the outcome is reported: a retry it wakes (a failure) must not
                // count this placement still.
                if shared {
                    pool.end_placement(runtime_id).await;
                }
                // By id: a later start's container on this host has the same name.
                let created = outcome.as_ref().ok().cloned();
                if !pool.launched(runtime_id, &container, outcome) {
                    if let Some(id) = created {
                        launch::remove(&host.docker, &id).await;
                    }
                }
            });
            Ok(Launch::Launching)
        })
    }

    fn stop(&self, runtime_id: i64) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            let Some(container) = lock(&self.containers).remove(&runtime_id) else {
                return Ok(());
            };
            if let Some(host) = self.host(container.host_id) {
                tracing::info!(runtime_id, container = %container.name, "stopping runtime container");
                launch::kill(&host.docker, container.target()).await;
            }
            self.retire(
                container,
                "stopped by the server: its runtime was deleted, failed or stopped".to_owned(),
            );
            self.room_freed();
            Ok(())
        })
    }

    fn observe(&self) -> BoxFuture<'_, Observed> {
        Box::pin(async move {
            // Containers first, then changes: a change is reported under the containers' lock,
            // so a container seen gone comes with its exit or failure, never without (which
            // would start it again with no backoff).
            let running = lock(&self.containers).keys().copied().collect();
            let room_freed_for = if self.room_freed.swap(false, Ordering::SeqCst) {
                std::mem::take(&mut *lock(&self.waiting_for_room))
                    .into_iter()
                    .collect()
            } else {
                Vec::new()
            };
            Observed {
                running,
                changes: std::mem::take(&mut *lock(&self.changes)),
                room_freed_for,
            }
        })
    }

    fn stop_all(&self) -> BoxFuture<'_, ()> {
        Box::pin(async move {
            if let Some(task) = lock(&self.follower).take() {
                task.abort();
            }
            let hosts: Vec<Arc<Host>> = self.read_hosts().values().cloned().collect();
            for host in &hosts {
                if let Some(task) = lock(&host.watcher).take() {
                    task.abort();
                }
            }
            if !(self.manages_runtimes && self.settings.stop_on_shutdown) {
                return;
            }
            for host in &hosts {
                match watch::list_managed(&host.docker, &self.settings.installation).await {
                    Ok(found) => {
                        for c in found {
                            launch::remove(&host.docker, &c.name).await;
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "cannot list containers to stop"),
                }
            }
            lock(&self.containers).clear();
            lock(&self.retired).clear();
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{verdict, Seen, Verdict};

    fn seen(host_id: i64, token_epoch: Option<i64>) -> Seen<'static> {
        Seen {
            host_id,
            name: "omgservers-lobby-7",
            token_epoch,
        }
    }

    #[test]
    fn a_running_container_is_judged_by_host_name_and_token_epoch() {
        // The one the pool knows, and one it knows nothing of (a retired one elsewhere aside).
        let known = seen(1, Some(3));
        assert_eq!(
            verdict(&seen(1, Some(3)), Some(&known), false),
            Verdict::Known
        );
        assert_eq!(verdict(&seen(2, Some(1)), None, false), Verdict::Unknown);
        assert_eq!(verdict(&seen(2, Some(1)), None, true), Verdict::Known);
        // The same name on another host: an earlier start's (void tokens), or not provably.
        let earlier = Verdict::Earlier {
            token_epoch: 1,
            current: 3,
        };
        assert_eq!(verdict(&seen(2, Some(1)), Some(&known), false), earlier);
        // On the same host by the same name: the known one's launch is about to replace it.
        assert_eq!(verdict(&seen(1, Some(1)), Some(&known), false), earlier);
        assert_eq!(
            verdict(&seen(2, Some(3)), Some(&known), false),
            Verdict::Duplicate
        );
        assert_eq!(
            verdict(&seen(2, None), Some(&known), false),
            Verdict::Duplicate
        );
        assert_eq!(
            verdict(&seen(2, Some(1)), Some(&seen(1, None)), false),
            Verdict::Duplicate
        );
        // A later start's than the one known: left for the controller, which removes the
        // known one if it is stale (`RuntimeDriver::remove_stale`).
        assert_eq!(
            verdict(&seen(2, Some(4)), Some(&known), false),
            Verdict::Duplicate
        );
    }
}
