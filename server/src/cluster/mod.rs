//! The sharded installation (ARCHITECTURE.md §4, docs/sharding.md): several servers sharing
//! one PostgreSQL, each owning some slots through leases (`store::slots`).
//!
//! `join` registers this node at start (claiming its snowflake instance id) and takes its first
//! slots; `keep` then runs a heartbeat every third of `OMGSERVERS_CLUSTER_LEASE_TTL` that renews
//! the membership and the leases, takes slots up to this node's fair share (free ones, and those
//! of nodes that stopped renewing), hands back what is above it (a node joined, or this one is
//! draining) and re-reads every slot's owner for forwards. A node that finds its membership
//! expired (it was paused or cut off longer than the TTL) drops everything it held in memory
//! and registers again under a new id and instance id. `leave` hands everything back at a
//! graceful shutdown. A node that joins, leaves or hands slots back announces it, as does the
//! node that marks one draining or back in service (PostgreSQL NOTIFY), and every node runs
//! its heartbeat at once: a fast path only, as a lost announcement just leaves the change to
//! the next period.
//!
//! Standalone (`OMGSERVERS_CLUSTER_ENABLED` unset) none of this runs: the node owns every slot.

pub mod forward;
pub mod moves;
pub mod route_cookie;
pub mod routes;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use omgservers_types::admin::{ClusterNodeDto, GetClusterResponse};
use omgservers_types::Id;
use tokio::sync::Notify;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::databases::Database;
use crate::store::slots::{self, Claim, Slots};
use crate::store::time::iso;
use crate::store::{Backend, Db, IdGenerator};

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// This node's slot ownership: standalone, or registered in the cluster owning nothing yet
/// (`keep` takes its share; `take_share` does a first round before serving). A node whose
/// settings disagree with the cluster's is refused (`Error::Invalid`, naming the setting):
/// another slot count than the database's, or another signing key than the live nodes'
/// (`key_fingerprint`: `Keys::fingerprint`), whose tokens they would refuse.
pub async fn join(
    db: &Db,
    config: &Config,
    ids: &IdGenerator,
    key_fingerprint: &str,
) -> Result<Arc<Slots>> {
    if !config.server_index.is_empty() {
        return static_index(config);
    }
    if !config.cluster_enabled {
        return Ok(Arc::new(Slots::standalone(config.server_shard_count)));
    }
    let uri = config.public_uri();
    let mut conn = db.pool.acquire().await?;
    if let Some(refusal) = slots::ensure_slots(&mut conn, config.server_shard_count).await? {
        return Err(Error::invalid(refusal));
    }
    // Checked before registering (a node joining a running cluster with another key writes
    // nothing, so the others never count it live), and again once registered, for a node
    // starting in the same moment.
    refuse_another_signing_key(&mut conn, 0, &uri, key_fingerprint).await?;
    let ttl = config.cluster_lease_ttl;
    let node_id = register(&mut conn, &uri, key_fingerprint, ttl, ids, false).await?;
    if let Err(refused) =
        refuse_another_signing_key(&mut conn, node_id, &uri, key_fingerprint).await
    {
        if let Err(e) = slots::leave(&mut conn, node_id).await {
            tracing::warn!(node_id, error = %e, "cannot remove this refused node's registration; it expires with its lease");
        }
        return Err(refused);
    }
    Ok(Arc::new(Slots::clustered(
        config.server_shard_count,
        node_id,
        &uri,
    )))
}

/// Settings a clustered or statically indexed server needs, checked before anything starts:
/// one PostgreSQL, one signing key, and this server's URI (where the others forward to; in a
/// static index, one of the listed URIs). A problem is a message naming the settings (the
/// server refuses to start with exit code 2).
pub fn check_settings(backend: Backend, config: &Config) -> std::result::Result<(), String> {
    let setting = if !config.server_index.is_empty() {
        "OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_"
    } else if config.cluster_enabled {
        "OMGSERVERS_CLUSTER_ENABLED"
    } else {
        return Ok(());
    };
    if backend != Backend::Postgres {
        return Err(format!(
            "{setting} needs a PostgreSQL OMGSERVERS_DATABASE_URL: the servers share one database"
        ));
    }
    if config.server_private_key.is_none() {
        return Err(format!(
            "{setting} needs OMGSERVERS_SERVER_PRIVATE_KEY, the same on every server: a token issued by one is checked by the others"
        ));
    }
    if !route_cookie::valid_name(&config.cluster_route_cookie) {
        return Err(format!(
            "OMGSERVERS_CLUSTER_ROUTE_COOKIE `{}` is not a cookie name (letters, digits and !#$%&'*+-.^_`|~ only; empty turns the cookie off)",
            config.cluster_route_cookie
        ));
    }
    if config.server_index.is_empty() {
        if config.server_uri.is_none() && std::env::var("OMGSERVERS_SERVER_SERVER_URI").is_err() {
            return Err("OMGSERVERS_CLUSTER_ENABLED needs OMGSERVERS_SERVER_URI: the address the other nodes forward requests to".to_owned());
        }
    } else {
        let own = config.public_uri();
        if !config.server_index.contains(&own) {
            return Err(format!(
                "this server's URI {own} (OMGSERVERS_SERVER_URI) is not one of {setting}: {}",
                config.server_index.join(", ")
            ));
        }
    }
    Ok(())
}

/// Upstream's static index (`OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_`): this
/// server owns slots `i, i + N, …` for good; no leases, no failover.
fn static_index(config: &Config) -> Result<Arc<Slots>> {
    let own = config.public_uri();
    let index = config
        .server_index
        .iter()
        .position(|uri| *uri == own)
        .ok_or_else(|| {
            // Checked by `check_settings` before the server starts.
            Error::Internal(format!("{own} is not in the static server index"))
        })?;
    tracing::info!(index, servers = ?config.server_index, "static server index: slots fixed, no failover");
    Ok(Arc::new(Slots::fixed(
        config.server_shard_count,
        config.server_index.clone(),
        index,
    )))
}

/// Refuses (`Error::Invalid`) a node whose signing key (`key_fingerprint`) is not the
/// cluster's: the key of the longest-running live node but this one (`node_id`, or 0 before it
/// registered) and the earlier processes at its `uri`. Of nodes starting at once with
/// different keys, at least one is refused, never one with the key of a node that ran before.
async fn refuse_another_signing_key(
    conn: &mut sqlx::AnyConnection,
    node_id: i64,
    uri: &str,
    key_fingerprint: &str,
) -> Result<()> {
    let live = slots::live_keys(conn, node_id, uri).await?;
    let Some((cluster_key, _)) = live.first() else {
        return Ok(());
    };
    if cluster_key == key_fingerprint {
        return Ok(());
    }
    let signers: Vec<&str> = live
        .iter()
        .filter(|(key, _)| key == cluster_key)
        .map(|(_, uri)| uri.as_str())
        .collect();
    Err(Error::invalid(format!(
        "OMGSERVERS_SERVER_PRIVATE_KEY is not the signing key of the live nodes {}: every node \
         must sign with the same key, as a token one node issues is checked by the others (to \
         change the key, stop every node first)",
        signers.join(", ")
    )))
}

/// Registers under a new node id, claiming a free instance id for `ids`.
async fn register(
    conn: &mut sqlx::AnyConnection,
    uri: &str,
    key_fingerprint: &str,
    ttl: Duration,
    ids: &IdGenerator,
    standby: bool,
) -> Result<i64> {
    for _ in 0..10 {
        let node_id = i64::from(rand::random::<u32>()) << 16 | i64::from(rand::random::<u16>());
        let registered =
            slots::register(conn, node_id, uri, key_fingerprint, millis(ttl), standby).await?;
        if let Some(instance_id) = registered {
            ids.set_instance(instance_id);
            tracing::info!(node_id, instance_id, uri, standby, "joined the cluster");
            return Ok(node_id);
        }
    }
    Err(Error::Internal(
        "cannot claim a snowflake instance id: 1024 nodes are registered, or registrations keep colliding".to_owned(),
    ))
}

/// Runs the heartbeat until the task is aborted: every third of the lease TTL, and at once
/// when a node announces a change of membership (`listen`), so that slots handed back are
/// taken within moments rather than at the others' next period.
pub async fn keep(state: AppState) {
    let slots = state.writer.slots();
    if slots.node_id().is_none() {
        return; // standalone, or a static index: nothing is leased
    }
    let woken = Notify::new();
    tokio::join!(heartbeats(&state, &woken), listen(&state, &woken));
}

async fn heartbeats(state: &AppState, woken: &Notify) {
    let period = state.config.cluster_lease_ttl / 3;
    loop {
        match round(state).await {
            Ok(true) => state.hub.wake_controller(),
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "cluster heartbeat failed; retrying"),
        }
        tokio::select! {
            () = tokio::time::sleep(period) => {}
            () = woken.notified() => {}
        }
    }
}

/// Wakes the heartbeat at each announced change of membership
/// (`slots::MembershipListener`), this node's own included, and announces this node's joining
/// once it first tried to listen (after, so that it hears the slots the others hand back for
/// it). A fast path only: while the listening session is down, the heartbeat runs at its
/// period as before. A session that ends is made again at once, then every period while it
/// keeps failing.
async fn listen(state: &AppState, woken: &Notify) {
    let config = &state.config;
    // The URL the pool uses: `jdbc:` stripped, the username and password settings applied.
    let url = match crate::store::database_url(
        config.database_url.as_deref(),
        config.database_username.as_deref(),
        config.database_password.as_deref(),
        &config.data_dir,
    ) {
        Ok((url, Backend::Postgres)) => url,
        _ => return, // a cluster runs on PostgreSQL only (`check_settings`)
    };
    let period = config.cluster_lease_ttl / 3;
    let mut joined = false;
    let mut failing = false;
    let mut retried_at_once = false;
    loop {
        let session = slots::MembershipListener::connect(&url).await;
        if !joined {
            if let Ok(mut conn) = state.db.pool.acquire().await {
                joined = announce(&mut conn, "joined").await;
            }
        }
        let mut listener = match session {
            Ok(listener) => listener,
            Err(e) => {
                if !failing {
                    tracing::warn!(error = %e, "cannot listen for membership changes; the heartbeat runs at its period meanwhile");
                    failing = true;
                }
                tokio::time::sleep(period).await;
                continue;
            }
        };
        if failing {
            tracing::info!("listening for membership changes again");
        }
        // Announcements made while this node was not listening are lost: a round now catches
        // up with them.
        woken.notify_one();
        let began = tokio::time::Instant::now();
        let ended = loop {
            match tokio::time::timeout(period, listener.next()).await {
                Ok(Ok(Some(why))) => {
                    tracing::debug!(why, "a membership change was announced");
                    woken.notify_one();
                }
                // Lost, and listening again already: caught up with as above.
                Ok(Ok(None)) => woken.notify_one(),
                Ok(Err(e)) => break e.to_string(),
                // Nothing for a period: a half-open connection would wait for ever. (Waiting
                // for an announcement is cancel-safe: sqlx keeps a message read in part.)
                Err(_) => match tokio::time::timeout(period, listener.check()).await {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => break e.to_string(),
                    Err(_) => break "the session did not answer for a heartbeat period".to_owned(),
                },
            }
        };
        tracing::warn!(error = %ended, "stopped listening for membership changes; listening again");
        failing = true;
        // Once at once (a session ended by the server, a restart of it); a session that keeps
        // ending at once is tried every period.
        if began.elapsed() >= period {
            retried_at_once = false;
        }
        if retried_at_once {
            tokio::time::sleep(period).await;
        }
        retried_at_once = true;
    }
}

/// Announces a change of membership to every node (`slots::announce_membership_change`);
/// whether it was. A failure only leaves the others to their next heartbeat.
async fn announce(conn: &mut sqlx::AnyConnection, why: &str) -> bool {
    match slots::announce_membership_change(conn, why).await {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!(error = %e, why, "cannot announce a membership change; the other nodes see it at their next heartbeat");
            false
        }
    }
}

/// The first round, before the node serves: it starts with its share.
pub async fn take_share(state: &AppState) -> Result<()> {
    if state.writer.slots().is_clustered() {
        round(state).await?;
    }
    Ok(())
}

/// One heartbeat: renew, take or hand back slots, re-read the owners. Returns whether the
/// slots this node holds changed.
async fn round(state: &AppState) -> Result<bool> {
    let slots = state.writer.slots().clone();
    let (Some(node_id), Some(uri)) = (slots.node_id(), slots.uri()) else {
        return Ok(false);
    };
    let ttl = millis(state.config.cluster_lease_ttl);
    let mut conn = state.db.pool.acquire().await?;
    let Some(mut draining) = slots::heartbeat(&mut conn, node_id, ttl).await? else {
        slots.set_owned(HashMap::new());
        forget_lost_slots(state);
        // A node in service at this URI took this node's place (`slots::take` forgets an
        // earlier node at the taker's URI). Joining in service again would take the other's
        // place in turn, and each would keep evicting the other: the later one stays, and this
        // one joins on standby (draining), with an instance id of its own.
        let other = slots::live_node_at(&mut conn, &uri, node_id, true).await?;
        if let Some(other) = other {
            tracing::error!(
                node_id,
                other_node_id = other,
                uri,
                "another node registered at this node's OMGSERVERS_SERVER_URI and took its place: this node stays on standby (it holds no slot, and its readiness is DOWN) until that node leaves; give every node its own OMGSERVERS_SERVER_URI (or stop this process if it is an earlier one of the same node)"
            );
        } else {
            tracing::error!(
                node_id,
                "this node's cluster membership expired (paused or cut off for longer than OMGSERVERS_CLUSTER_LEASE_TTL); dropping its slots and joining again"
            );
            slots.metrics.memberships_lost.inc();
        }
        let key = state.keys.fingerprint()?;
        let node_id = register(
            &mut conn,
            &uri,
            &key,
            state.config.cluster_lease_ttl,
            &state.ids,
            other.is_some(),
        )
        .await?;
        slots.set_node(node_id, &uri);
        slots.set_superseded_by(other);
        // A node with another key may have joined while this one was away: said, as this node
        // serves already (tokens of the other key are refused here, and this one's there).
        if let Err(e) = refuse_another_signing_key(&mut conn, node_id, &uri, &key).await {
            tracing::error!(node_id, "{e}");
        }
        announce(&mut conn, "joined again").await;
        slots.set_owners(slots::owners(&mut conn).await?);
        return Ok(true);
    };
    if slots.superseded_by().is_some() {
        if !draining {
            // Put back in service by `admin/drain-node --undo` (its next `take` makes the
            // other node at this URI go on standby in turn).
            slots.set_superseded_by(None);
        } else if slots::live_node_at(&mut conn, &uri, node_id, false)
            .await?
            .is_none()
        {
            // The node that took this one's place left or died.
            slots::back_in_service(&mut conn, node_id).await?;
            slots.set_superseded_by(None);
            draining = false;
            tracing::info!(
                node_id,
                uri,
                "no other node holds this node's OMGSERVERS_SERVER_URI any more: back in service"
            );
        }
    }
    // The database is the truth: a slot lost meanwhile (taken over) is forgotten here too.
    let mut held = slots::held(&mut conn, node_id).await?;
    let mut changed = false;
    let lost = slots
        .owned()
        .iter()
        .filter(|(slot, epoch)| held.get(slot) != Some(epoch))
        .count();
    if lost > 0 {
        slots.metrics.lost.inc_by(u64::try_from(lost).unwrap_or(0));
        tracing::warn!(node_id, "slots were taken over by other nodes");
        // Only the lost ones go: the others stay held without a new claim of their fence.
        let kept: HashMap<u32, i64> = slots
            .owned()
            .into_iter()
            .filter(|(slot, epoch)| held.get(slot) == Some(epoch))
            .collect();
        slots.set_owned(kept);
        forget_lost_slots(state);
        changed = true;
    }
    // Dead nodes are listed (not alive) for a lease TTL, then forgotten.
    slots::forget_dead(&mut conn, ttl).await?;
    let live = slots::nodes(&mut conn)
        .await?
        .iter()
        .filter(|n| n.alive && !n.draining)
        .count()
        .max(1);
    let count = usize::try_from(slots.count()).unwrap_or(usize::MAX);
    let share = if draining { 0 } else { count.div_ceil(live) };
    if held.len() < share {
        let wanted = i64::try_from(share - held.len()).unwrap_or(0);
        let taken = slots::take(&mut conn, node_id, &uri, wanted).await?;
        if !taken.is_empty() {
            slots
                .metrics
                .taken
                .inc_by(u64::try_from(taken.len()).unwrap_or(0));
            let mut list: Vec<u32> = taken.keys().copied().collect();
            list.sort_unstable();
            tracing::info!(node_id, count = list.len(), slots = ?list, "took slots");
            // Whatever this node kept in memory of them from an earlier ownership is stale.
            forget_lost_slots(state);
            held.extend(taken);
        }
    } else if held.len() > share {
        let mut above: Vec<u32> = held.keys().copied().collect();
        above.sort_unstable();
        let above = above.split_off(share);
        for slot in &above {
            // Out of memory first (this node's next units for it fail their fence), then out of
            // the database (waits for a batch of ours that fenced it).
            slots.drop_slot(*slot);
            held.remove(slot);
            slots::release(&mut conn, node_id, *slot).await?;
        }
        slots
            .metrics
            .handed_over
            .inc_by(u64::try_from(above.len()).unwrap_or(0));
        tracing::info!(node_id, count = above.len(), slots = ?above, draining, "handed slots over");
        announce(&mut conn, "handed slots over").await;
        forget_lost_slots(state);
        changed = true;
    }
    drop(conn);
    let held = fenced(state, node_id, held).await;
    changed |= slots.set_owned(held);
    let mut conn = state.db.pool.acquire().await?;
    slots.set_owners(slots::owners(&mut conn).await?);
    Ok(changed)
}

/// Re-reads which shard database holds each slot. What the writers kept in memory of a slot
/// that moved is of its old database: it is forgotten.
pub(crate) async fn reload_slot_map(state: &AppState) -> Result<(), sqlx::Error> {
    if !state.databases.reload_map().await?.is_empty() {
        forget_lost_slots(state);
    }
    Ok(())
}

/// What every database's writer kept in memory of slots (`store::hot`): stale once a slot is
/// lost, handed over or taken.
pub(crate) fn forget_lost_slots(state: &AppState) {
    for database in state.databases.all() {
        database.writer.forget_lost_slots();
    }
}

/// The slots of `held` (leased to this node, with their epochs) that it may write. Without
/// shard databases, all: the lease is the fence. With them, a slot is this node's once its
/// fence row in its shard database names it at the lease's epoch — the second step of a
/// takeover (`slots::claim_fence`), which waits for the old owner's batch in progress. A slot
/// whose fence cannot be claimed yet (a batch still holds it, its database does not answer)
/// is not held until a later heartbeat claims it. Claims run side by side, each within a sixth
/// of the lease TTL, so that no shard database makes the heartbeat outlast the lease.
async fn fenced(state: &AppState, node_id: i64, held: HashMap<u32, i64>) -> HashMap<u32, i64> {
    if state.databases.shards().is_empty() {
        return held;
    }
    // A slot moved to another shard database is claimed in its new one.
    if let Err(e) = reload_slot_map(state).await {
        tracing::warn!(error = %e, "cannot re-read the slot map; claiming by the one in memory");
    }
    let slots = state.writer.slots();
    let limit = state.config.cluster_lease_ttl / 6;
    let mut fenced = HashMap::with_capacity(held.len());
    let mut to_claim = Vec::new();
    for (slot, epoch) in held {
        if slots.epoch(slot) == Some(epoch) {
            fenced.insert(slot, epoch); // claimed at an earlier heartbeat
        } else if state.databases.of_slot(slot).is_reachable() {
            to_claim.push((slot, epoch));
        }
    }
    let claims = to_claim.into_iter().map(|(slot, epoch)| {
        let pool = state.databases.of_slot(slot).db.pool.clone();
        async move {
            let claim = slots::claim_fence(&pool, slot, node_id, epoch);
            (slot, epoch, tokio::time::timeout(limit, claim).await)
        }
    });
    let mut claimed_in: Vec<&Database> = Vec::new();
    for (slot, epoch, outcome) in futures_util::future::join_all(claims).await {
        match outcome {
            Ok(Ok(Claim::Claimed)) => {
                fenced.insert(slot, epoch);
                let database = state.databases.of_slot(slot);
                if !claimed_in.iter().any(|d| d.is(database)) {
                    claimed_in.push(database);
                }
            }
            Ok(Ok(Claim::Busy)) | Err(_) => {
                tracing::debug!(slot, epoch, "the slot's fence is still held; claimed later")
            }
            Ok(Ok(Claim::Newer(holder, newer))) => tracing::warn!(
                slot,
                epoch,
                fence_node = holder,
                fence_epoch = newer,
                "the slot's fence row in its shard database names a newer epoch than its lease; not taking it (a system database restored from an older backup than the shard's?)"
            ),
            Ok(Err(e)) => {
                tracing::warn!(slot, epoch, error = %e, "cannot claim the slot's fence in its shard database yet")
            }
        }
    }
    if !claimed_in.is_empty() {
        // What this node kept in memory of the new slots (an earlier ownership) is stale; and
        // the batches open since before the claims end first, so that no unit checks a new
        // slot's fence against a snapshot older than the claim.
        forget_lost_slots(state);
        for database in claimed_in {
            if let Ok(unit) = database.begin().await {
                let _ = unit.commit().await;
            }
        }
    }
    fenced
}

/// Hands every slot back and leaves the cluster (a graceful shutdown), so the others take over
/// at once instead of after the lease.
pub async fn leave(state: &AppState) {
    let slots = state.writer.slots();
    let Some(node_id) = slots.node_id() else {
        return;
    };
    slots.set_owned(HashMap::new());
    let left = async {
        let mut conn = state.db.pool.acquire().await?;
        slots::leave(&mut conn, node_id).await?;
        announce(&mut conn, "left").await;
        Ok::<(), sqlx::Error>(())
    };
    match left.await {
        Ok(()) => tracing::info!(node_id, "left the cluster; slots handed over"),
        Err(e) => {
            tracing::warn!(node_id, error = %e, "cannot leave the cluster; the others take over when its leases expire")
        }
    }
}

/// Re-reads every slot's owner (after a forward met a node that no longer owns the slot).
pub async fn refresh_owners(state: &AppState) -> Result<()> {
    if state.writer.slots().static_index().is_some() {
        return Ok(()); // fixed for good
    }
    let mut conn = state.db.pool.acquire().await?;
    state
        .writer
        .slots()
        .set_owners(slots::owners(&mut conn).await?);
    Ok(())
}

/// Where a deployment's game state is changed: here, or at another node.
#[derive(Debug)]
pub enum Route {
    Here,
    There(String),
}

/// Routes a request about a deployment's game state (standalone: always here).
pub async fn route(state: &AppState, deployment_id: i64) -> Result<Route> {
    let slots = state.writer.slots();
    let slot = slots.slot_of(deployment_id);
    if slots.epoch(slot).is_some() {
        return Ok(Route::Here);
    }
    // Another node's URI, if the map read last names one (this node, when it names it, is
    // taking the slot over and does not hold it yet).
    let elsewhere = || {
        let own = slots.uri();
        slots
            .owner(slot)
            .map(|o| o.uri)
            .filter(|uri| Some(uri) != own.as_ref())
    };
    let owner = match elsewhere() {
        Some(uri) => Some(uri),
        None => {
            refresh_owners(state).await?;
            elsewhere()
        }
    };
    owner.map(Route::There).ok_or_else(|| {
        Error::WrongShard(format!(
            "slot {slot} has no owner right now (a node is taking it over); ask again"
        ))
    })
}

/// The URI of the node owning `slot` now (standalone: this server).
pub async fn owner_uri(state: &AppState, slot: u32) -> Result<String> {
    let slots = state.writer.slots();
    if !slots.is_clustered() || slots.epoch(slot).is_some() {
        return Ok(state.public_uri.to_string());
    }
    refresh_owners(state).await?;
    slots.owner(slot).map(|o| o.uri).ok_or_else(|| {
        Error::WrongShard(format!(
            "slot {slot} has no owner right now (a node is taking it over); ask again"
        ))
    })
}

/// The nodes and who holds which slot (`admin/get-cluster`).
pub async fn view(state: &AppState) -> Result<GetClusterResponse> {
    let slots = state.writer.slots();
    let count = i64::from(slots.count());
    if !slots.is_clustered() {
        return Ok(GetClusterResponse {
            clustered: false,
            shard_count: count,
            nodes: vec![ClusterNodeDto {
                node_id: Id(0),
                server_uri: state.public_uri.to_string(),
                instance_id: i64::from(state.ids.instance()),
                started: iso(state.started_at),
                expires: iso(i64::MAX / 1_000_000),
                alive: true,
                draining: false,
                slots: (0..count).collect(),
                this_node: true,
            }],
            unowned_slots: Vec::new(),
        });
    }
    if let Some(servers) = slots.static_index() {
        let own = slots.uri();
        let count = i64::try_from(servers.len()).unwrap_or(1).max(1);
        return Ok(GetClusterResponse {
            clustered: true,
            shard_count: slots.count().into(),
            nodes: servers
                .iter()
                .zip(0..)
                .map(|(uri, index)| ClusterNodeDto {
                    node_id: Id(index),
                    server_uri: uri.clone(),
                    instance_id: if Some(uri) == own.as_ref() {
                        i64::from(state.ids.instance())
                    } else {
                        -1
                    },
                    started: iso(state.started_at),
                    expires: iso(i64::MAX / 1_000_000),
                    alive: true,
                    draining: false,
                    slots: (0..i64::from(slots.count()))
                        .filter(|s| s % count == index)
                        .collect(),
                    this_node: Some(uri) == own.as_ref(),
                })
                .collect(),
            unowned_slots: Vec::new(),
        });
    }
    let mut conn = state.db.pool.acquire().await?;
    let owners = slots::owners(&mut conn).await?;
    let nodes = slots::nodes(&mut conn).await?;
    let this = slots.node_id();
    let held = |node_id: i64| -> Vec<i64> {
        owners
            .iter()
            .filter(|(_, o)| o.node_id == node_id)
            .map(|(slot, _)| i64::from(*slot))
            .collect()
    };
    Ok(GetClusterResponse {
        clustered: true,
        shard_count: count,
        nodes: nodes
            .iter()
            .map(|n| ClusterNodeDto {
                node_id: Id(n.id),
                server_uri: n.uri.clone(),
                instance_id: i64::from(n.instance_id),
                started: iso(n.started_at),
                expires: iso(n.expires_at),
                alive: n.alive,
                draining: n.draining,
                slots: held(n.id),
                this_node: Some(n.id) == this,
            })
            .collect(),
        unowned_slots: (0..count)
            .filter(|s| !owners.contains_key(&u32::try_from(*s).unwrap_or(u32::MAX)))
            .collect(),
    })
}

/// Marks the nodes at `uri` draining or back in service and announces it: they act on it at
/// once (at their next heartbeat if the announcement is lost). Returns how many nodes have
/// that URI. Draining the last node in service is
/// refused (409 `WRONG_REQUEST`): nobody would take its slots.
pub async fn drain(state: &AppState, uri: &str, draining: bool) -> Result<i64> {
    if state.writer.slots().static_index().is_some() {
        return Err(Error::Conflict {
            qualifier: omgservers_types::ErrorQualifier::WRONG_REQUEST,
            message: "slots are assigned by the static server index (OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_) and never move".to_owned(),
        });
    }
    if !state.writer.slots().is_clustered() {
        return Err(Error::Conflict {
            qualifier: omgservers_types::ErrorQualifier::WRONG_REQUEST,
            message: "this server is standalone (OMGSERVERS_CLUSTER_ENABLED is not set): there are no nodes to drain".to_owned(),
        });
    }
    let mut conn = state.db.pool.acquire().await?;
    let uri = &crate::config::address(uri); // as `Config::public_uri` writes it
    let changed = slots::set_draining(&mut conn, uri, draining).await?;
    if changed == 0 && slots::uri_known(&mut conn, uri).await? {
        return Err(Error::Conflict {
            qualifier: omgservers_types::ErrorQualifier::WRONG_REQUEST,
            message: format!(
                "no other live node in service to hand the slots of {uri} to: draining it would leave every slot without an owner; start another node first"
            ),
        });
    }
    if changed == 0 {
        return Err(Error::NotFound {
            qualifier: omgservers_types::ErrorQualifier::SERVER_NOT_FOUND,
            message: format!("no node of the cluster has the URI {uri}"),
        });
    }
    announce(&mut conn, if draining { "draining" } else { "in service" }).await;
    Ok(i64::try_from(changed).unwrap_or(i64::MAX))
}
