//! Slot ownership (ARCHITECTURE.md §4, docs/sharding.md): which node owns which slot, with the
//! fencing epoch of its lease, in memory (`Slots`) and in the `nodes` and `slot_leases` tables.
//!
//! A deployment's game state (its clients, inboxes, runtimes, command queues, lobbies, matches
//! and matchmaking) lives in the slot of the deployment id, `CRC-16/ARC(id) % shard count`
//! (wire reference §3.3, upstream's function). Only the slot's owner changes it, and every write
//! unit that changes it first checks, inside the batch's transaction, that this node still holds
//! the slot at the epoch it was given (`fence`): the lease row — or, with shard databases, the
//! slot's fence row in its shard database (`claim_fence`, a takeover's second step) — is then
//! locked `FOR SHARE` until the batch commits, so another node's takeover — which rewrites that
//! row — either waits for the batch or makes it fail. A lease holds while its node's membership (`nodes.expires_at`,
//! renewed by the node's heartbeat) does; leases are taken and released with conditional
//! updates judged by the database's clock, never a node's.
//!
//! Standalone (the default, SQLite or PostgreSQL): one node owns every slot and nothing here
//! touches the database. The lease statements are PostgreSQL's: a cluster shares one
//! PostgreSQL.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use sqlx::{AnyConnection, Row};

use super::shard::shard_index;

/// The database's clock, in epoch milliseconds (PostgreSQL).
pub(super) const DB_NOW_MS: &str = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

/// This node's view of slot ownership.
#[derive(Debug)]
pub struct Slots {
    count: u32,
    /// Upstream's static index (`Slots::fixed`): the servers in index order and this one's
    /// place; slots never move, nothing is leased or fenced.
    fixed: Option<(Vec<String>, usize)>,
    /// `None`: standalone, this node owns every slot.
    node: Mutex<Option<Node>>,
    /// Slot -> epoch, for the slots this node holds.
    owned: Mutex<HashMap<u32, i64>>,
    /// Slot -> owner, as last read from the database (for forwards).
    owners: Mutex<BTreeMap<u32, Owner>>,
    /// The node that took this node's place at its URI, while this one is on standby
    /// (`cluster::round`); readiness is DOWN meanwhile.
    superseded_by: Mutex<Option<i64>>,
    pub metrics: SlotMetrics,
}

/// What happened to this node's slots, on `/metrics` (handles are shared: clones count into
/// the same metric).
#[derive(Clone, Debug, Default)]
pub struct SlotMetrics {
    pub held: Gauge,
    pub taken: Counter,
    pub handed_over: Counter,
    pub lost: Counter,
    pub fence_refusals: Counter,
    pub memberships_lost: Counter,
    pub moved: Counter,
    pub moves_given_up: Counter,
    pub unowned: Gauge,
}

impl SlotMetrics {
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "cluster_slots_held",
            "Slots this node owns now (standalone: every slot)",
            self.held.clone(),
        );
        registry.register(
            "cluster_slots_taken",
            "Slots this node took (free, or from a node that stopped renewing)",
            self.taken.clone(),
        );
        registry.register(
            "cluster_slots_handed_over",
            "Slots this node handed back (a node joined, draining, shutdown)",
            self.handed_over.clone(),
        );
        registry.register(
            "cluster_slots_lost",
            "Slots another node took from this one (found at a heartbeat or by a fence)",
            self.lost.clone(),
        );
        registry.register(
            "cluster_fence_refusals",
            "Write units refused because this node no longer owned their slot (answered 410) or a move between shard databases had locked it (500 SHARD_LOCKED)",
            self.fence_refusals.clone(),
        );
        registry.register(
            "cluster_memberships_lost",
            "Times this node found its membership expired and joined again",
            self.memberships_lost.clone(),
        );
        registry.register(
            "cluster_slots_moved",
            "Slots whose game state this node moved to another shard database",
            self.moved.clone(),
        );
        registry.register(
            "cluster_slot_moves_given_up",
            "Slot moves this node gave up, not switched within OMGSERVERS_SLOT_MOVES_TIMEOUT of locking their slot (the slot unlocked where it is)",
            self.moves_given_up.clone(),
        );
        registry.register(
            "cluster_slots_unowned",
            "Slots no live node owns, as this node last read the leases (every third of OMGSERVERS_CLUSTER_LEASE_TTL): a moment after a node left or died; lasting, no node can take them",
            self.unowned.clone(),
        );
    }
}

#[derive(Clone, Debug)]
struct Node {
    id: i64,
    uri: String,
}

/// A slot's owner, as the lease table says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub node_id: i64,
    pub uri: String,
    pub epoch: i64,
}

impl Slots {
    /// One node owning every one of `count` slots.
    pub fn standalone(count: u32) -> Slots {
        let metrics = SlotMetrics::default();
        metrics.held.set(i64::from(count.max(1)));
        Slots {
            count: count.max(1),
            fixed: None,
            node: Mutex::new(None),
            owned: Mutex::default(),
            owners: Mutex::default(),
            superseded_by: Mutex::default(),
            metrics,
        }
    }

    /// A cluster node that owns what its leases say (nothing until it takes some).
    pub fn clustered(count: u32, node_id: i64, uri: &str) -> Slots {
        let slots = Slots::standalone(count);
        slots.set_node(node_id, uri);
        slots.metrics.held.set(0);
        slots
    }

    /// Upstream's static index: server `index` of `servers` owns slots `index, index + N, …`
    /// (wire reference §3.3).
    pub fn fixed(count: u32, servers: Vec<String>, index: usize) -> Slots {
        let slots = Slots {
            fixed: Some((servers, index)),
            ..Slots::standalone(count)
        };
        let held = (0..slots.count)
            .filter(|s| slots.epoch(*s).is_some())
            .count();
        slots
            .metrics
            .held
            .set(i64::try_from(held).unwrap_or(i64::MAX));
        slots
    }

    pub fn count(&self) -> u32 {
        self.count
    }

    /// Whether other servers own some slots (leases or a static index).
    pub fn is_clustered(&self) -> bool {
        self.fixed.is_some() || lock(&self.node).is_some()
    }

    /// The static index's servers, when slots are assigned by it.
    pub fn static_index(&self) -> Option<&[String]> {
        self.fixed.as_ref().map(|(servers, _)| servers.as_slice())
    }

    fn static_owner(&self, slot: u32) -> Option<(usize, &str)> {
        let (servers, _) = self.fixed.as_ref()?;
        let index = usize::try_from(slot).unwrap_or(0) % servers.len().max(1);
        servers.get(index).map(|uri| (index, uri.as_str()))
    }

    /// The node that took this node's place at its URI, while this one is on standby.
    pub fn superseded_by(&self) -> Option<i64> {
        *lock(&self.superseded_by)
    }

    pub fn set_superseded_by(&self, other: Option<i64>) {
        *lock(&self.superseded_by) = other;
    }

    /// This node's id in the cluster (`None` standalone).
    pub fn node_id(&self) -> Option<i64> {
        lock(&self.node).as_ref().map(|n| n.id)
    }

    /// Becomes another node (after its membership was lost and it registered again): holds
    /// nothing until it takes slots.
    pub fn set_node(&self, node_id: i64, uri: &str) {
        *lock(&self.node) = Some(Node {
            id: node_id,
            uri: uri.to_owned(),
        });
        lock(&self.owned).clear();
    }

    /// The slot of a deployment's game state.
    pub fn slot_of(&self, deployment_id: i64) -> u32 {
        shard_index(&[&deployment_id.to_string()], self.count)
    }

    /// Whether this node may change a deployment's game state now.
    pub fn owns_deployment(&self, deployment_id: i64) -> bool {
        self.epoch(self.slot_of(deployment_id)).is_some()
    }

    /// The epoch at which this node holds `slot` (`Some(0)` standalone), `None` if it does not.
    pub fn epoch(&self, slot: u32) -> Option<i64> {
        if let Some((_, own)) = &self.fixed {
            return (self.static_owner(slot).map(|(index, _)| index) == Some(*own)).then_some(0);
        }
        if !self.is_clustered() {
            return Some(0);
        }
        lock(&self.owned).get(&slot).copied()
    }

    /// The slots this node holds, with their epochs.
    pub fn owned(&self) -> BTreeMap<u32, i64> {
        lock(&self.owned).iter().map(|(s, e)| (*s, *e)).collect()
    }

    /// Replaces what this node holds; returns whether anything changed.
    pub fn set_owned(&self, owned: HashMap<u32, i64>) -> bool {
        let mut current = lock(&self.owned);
        let changed = *current != owned;
        self.metrics
            .held
            .set(i64::try_from(owned.len()).unwrap_or(i64::MAX));
        *current = owned;
        changed
    }

    /// Stops holding `slot` (lost or handed over): its units fail their fence from now on.
    pub fn drop_slot(&self, slot: u32) -> bool {
        let mut owned = lock(&self.owned);
        let dropped = owned.remove(&slot).is_some();
        self.metrics
            .held
            .set(i64::try_from(owned.len()).unwrap_or(i64::MAX));
        dropped
    }

    /// The owner of `slot` as last read (`None` when free or not read yet); standalone, this
    /// node.
    pub fn owner(&self, slot: u32) -> Option<Owner> {
        if let Some((_, uri)) = self.static_owner(slot) {
            return Some(Owner {
                node_id: 0,
                uri: uri.to_owned(),
                epoch: 0,
            });
        }
        lock(&self.owners).get(&slot).cloned()
    }

    /// The slots' live owners, as just read from the leases (`owners`).
    pub fn set_owners(&self, owners: BTreeMap<u32, Owner>) {
        let unowned =
            i64::from(self.count).saturating_sub(i64::try_from(owners.len()).unwrap_or(0));
        self.metrics.unowned.set(unowned);
        *lock(&self.owners) = owners;
    }

    /// This node's URI in the cluster.
    pub fn uri(&self) -> Option<String> {
        if let Some((servers, own)) = &self.fixed {
            return servers.get(*own).cloned();
        }
        lock(&self.node).as_ref().map(|n| n.uri.clone())
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Where a unit checks its slot's fence: the lease itself (a unit on the database that holds
/// the leases, the system database) or the slot's fence row (a unit on a shard database).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FenceRows {
    Leases,
    ShardFences,
}

/// What a unit's fence check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FenceCheck {
    /// The slot is this node's: the row stays locked `FOR SHARE` until the batch ends.
    Held,
    /// Another node holds the slot now (or its row is missing).
    Lost,
    /// A move is copying the slot to another shard database, or has (`store::moves`): its
    /// units are refused with `SHARD_LOCKED` until the move switches the map.
    Locked,
}

/// Whether the batch's transaction still sees `slot` held by this node: by `holder` (node id,
/// lease epoch) in a cluster with leases; on a shard database also open (no move under way).
/// Without leases (`holder` is `None`) only a shard database's fence is checked, for its
/// state alone. The row stays locked `FOR SHARE` until the transaction ends, so no takeover
/// and no move's lock commits before it.
pub async fn fence(
    conn: &mut AnyConnection,
    rows: FenceRows,
    slot: u32,
    holder: Option<(i64, i64)>,
) -> Result<FenceCheck, sqlx::Error> {
    let slot_param = i32::try_from(slot).unwrap_or(i32::MAX);
    let query = match (rows, holder) {
        (FenceRows::Leases, Some((node_id, epoch))) => sqlx::query(
            "SELECT slot FROM slot_leases WHERE slot = $1 AND node_id = $2 AND epoch = $3 FOR SHARE",
        )
        .bind(slot_param)
        .bind(node_id)
        .bind(epoch),
        (FenceRows::ShardFences, Some((node_id, epoch))) => sqlx::query(
            "SELECT slot FROM slot_fences \
             WHERE slot = $1 AND node_id = $2 AND epoch = $3 AND state = 'open' FOR SHARE",
        )
        .bind(slot_param)
        .bind(node_id)
        .bind(epoch),
        (FenceRows::ShardFences, None) => {
            sqlx::query("SELECT slot FROM slot_fences WHERE slot = $1 AND state = 'open' FOR SHARE")
                .bind(slot_param)
        }
        (FenceRows::Leases, None) => return Ok(FenceCheck::Held),
    };
    if query.fetch_optional(&mut *conn).await?.is_some() {
        return Ok(FenceCheck::Held);
    }
    if rows == FenceRows::Leases {
        return Ok(FenceCheck::Lost);
    }
    fence_state(conn, slot, None).await
}

/// Why a shard database's fence row did not let a unit through: a move's state (`Locked`), or
/// another holder (`Lost`). Read outside the unit's snapshot when that snapshot is stale
/// (`holder` given): a row that names the unit's holder, open, was rewritten since by a move
/// opening it here or a claim of this node's, which the next batch sees (`Locked`: retried).
pub async fn fence_state(
    conn: &mut AnyConnection,
    slot: u32,
    holder: Option<(i64, i64)>,
) -> Result<FenceCheck, sqlx::Error> {
    let row: Option<(String, i64, i64)> =
        sqlx::query_as("SELECT state, node_id, epoch FROM slot_fences WHERE slot = $1")
            .bind(i32::try_from(slot).unwrap_or(i32::MAX))
            .fetch_optional(conn)
            .await?;
    Ok(match row {
        Some((state, _, _)) if state != "open" => FenceCheck::Locked,
        Some((_, node_id, epoch)) if Some((node_id, epoch)) == holder => FenceCheck::Locked,
        _ => FenceCheck::Lost,
    })
}

/// What `claim_fence` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The fence row names this node at the lease's epoch (written now, or already).
    Claimed,
    /// A batch of the old owner still holds the row: tried again at the next heartbeat.
    Busy,
    /// The row names a newer epoch than the lease's (node, epoch): the lease is stale, or the
    /// databases disagree (a system database restored from an older backup than the shard's).
    Newer(i64, i64),
}

/// The second step of taking `slot` when its game state lives in a shard database: its fence
/// row there names this node at the lease's `epoch`. It waits for the old owner's batch that
/// holds the row `FOR SHARE` at most briefly (`lock_timeout`), and writes nothing when the row
/// names this node at this epoch already (its own batches keep their snapshot of it).
pub async fn claim_fence(
    shard: &sqlx::AnyPool,
    slot: u32,
    node_id: i64,
    epoch: i64,
) -> Result<Claim, sqlx::Error> {
    let slot_param = i32::try_from(slot).unwrap_or(i32::MAX);
    let mut tx = shard.begin().await?;
    sqlx::query("SET LOCAL lock_timeout = '200ms'")
        .execute(&mut *tx)
        .await?;
    let written = sqlx::query(
        "INSERT INTO slot_fences (slot, node_id, epoch) VALUES ($1, $2, $3) \
         ON CONFLICT (slot) DO UPDATE SET node_id = excluded.node_id, epoch = excluded.epoch \
         WHERE slot_fences.epoch < excluded.epoch",
    )
    .bind(slot_param)
    .bind(node_id)
    .bind(epoch)
    .execute(&mut *tx)
    .await;
    match written {
        Ok(_) => {}
        // 55P03 lock_not_available: the old owner's batch still holds the row.
        Err(e) if e.as_database_error().and_then(|d| d.code()).as_deref() == Some("55P03") => {
            return Ok(Claim::Busy)
        }
        Err(e) => return Err(e),
    }
    let (holder, held): (i64, i64) =
        sqlx::query_as("SELECT node_id, epoch FROM slot_fences WHERE slot = $1")
            .bind(slot_param)
            .fetch_one(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(if (holder, held) == (node_id, epoch) {
        Claim::Claimed
    } else {
        Claim::Newer(holder, held)
    })
}

/// Creates the lease rows of `count` slots if missing; `Some(refusal)` for a database whose
/// cluster was set up with another slot count.
pub async fn ensure_slots(
    conn: &mut AnyConnection,
    count: u32,
) -> Result<Option<String>, sqlx::Error> {
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM slot_leases")
        .fetch_one(&mut *conn)
        .await?;
    if existing != 0 && existing != i64::from(count) {
        return Ok(Some(format!(
            "this database's cluster has {existing} slots but OMGSERVERS_SERVER_SHARD_COUNT is {count}; every node must use the same count, and it cannot change"
        )));
    }
    if existing == 0 {
        let sql = format!(
            "INSERT INTO slot_leases (slot, node_id, epoch) \
             SELECT s, NULL, 0 FROM generate_series(0, {}) AS s ON CONFLICT (slot) DO NOTHING",
            count - 1
        );
        sqlx::query(&sql).execute(&mut *conn).await?;
    }
    Ok(None)
}

/// Forgets the nodes whose membership expired more than `ttl_ms` ago (dead, or paused for that
/// long: such a node finds it at its next heartbeat and registers again), freeing their
/// snowflake instance ids. Their slots were free to take from the moment they expired.
pub async fn forget_dead(conn: &mut AnyConnection, ttl_ms: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&format!(
        "DELETE FROM nodes WHERE expires_at < {DB_NOW_MS} - $1"
    ))
    .bind(ttl_ms)
    .execute(conn)
    .await?;
    Ok(())
}

/// Registers a node, signing with the key of `key_fingerprint`, and claims the lowest snowflake
/// instance id no registered node holds (`forget_dead` first); `draining` registers it on
/// standby. Returns the instance id, or `None` when a concurrent registration took it (try
/// again).
pub async fn register(
    conn: &mut AnyConnection,
    node_id: i64,
    uri: &str,
    key_fingerprint: &str,
    ttl_ms: i64,
    draining: bool,
) -> Result<Option<u16>, sqlx::Error> {
    forget_dead(&mut *conn, ttl_ms).await?;
    let inserted = sqlx::query(&format!(
        "INSERT INTO nodes (id, uri, instance_id, started_at, expires_at, draining, key_fingerprint) \
         SELECT $1, $2, i, {DB_NOW_MS}, {DB_NOW_MS} + $3, $5, $4 \
         FROM generate_series(0, 1023) AS i \
         WHERE i NOT IN (SELECT instance_id FROM nodes) ORDER BY i LIMIT 1 \
         ON CONFLICT DO NOTHING RETURNING instance_id"
    ))
    .bind(node_id)
    .bind(uri)
    .bind(ttl_ms)
    .bind(key_fingerprint)
    .bind(draining)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(inserted
        .map(|row| row.try_get::<i32, _>(0))
        .transpose()?
        .map(|i| u16::try_from(i).unwrap_or(0)))
}

/// The signing keys of the live nodes but `node_id` and the nodes at `uri` (an earlier
/// process there is gone for good: `take`), as `(key fingerprint, URI)`, the longest-running
/// node first. Nodes of a server before fingerprints are left out.
pub async fn live_keys(
    conn: &mut AnyConnection,
    node_id: i64,
    uri: &str,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT key_fingerprint, uri FROM nodes WHERE id <> $1 AND uri <> $2 \
         AND expires_at > {DB_NOW_MS} AND key_fingerprint IS NOT NULL ORDER BY started_at, id"
    ))
    .bind(node_id)
    .bind(uri)
    .fetch_all(conn)
    .await
}

/// The live node registered at `uri` other than `node_id`, the latest if several; with
/// `in_service`, only one that is not draining: the node that took `node_id`'s place there
/// (`take` forgets an earlier node at the taker's URI) — a later process of the same node, or
/// another node given the same `OMGSERVERS_SERVER_URI`.
pub async fn live_node_at(
    conn: &mut AnyConnection,
    uri: &str,
    node_id: i64,
    in_service: bool,
) -> Result<Option<i64>, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as(&format!(
        "SELECT id FROM nodes WHERE uri = $1 AND id <> $2 AND NOT (draining AND $3) \
         AND expires_at > {DB_NOW_MS} ORDER BY started_at DESC, id DESC LIMIT 1"
    ))
    .bind(uri)
    .bind(node_id)
    .bind(in_service)
    .fetch_optional(conn)
    .await?;
    Ok(found.map(|(id,)| id))
}

/// Renews a node's membership, and so its leases, for `ttl_ms`. `None`: the node had expired
/// (its slots may be another's now) or was removed, and must register again; `Some(draining)`.
pub async fn heartbeat(
    conn: &mut AnyConnection,
    node_id: i64,
    ttl_ms: i64,
) -> Result<Option<bool>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "UPDATE nodes SET expires_at = {DB_NOW_MS} + $2 \
         WHERE id = $1 AND expires_at > {DB_NOW_MS} RETURNING draining"
    ))
    .bind(node_id)
    .bind(ttl_ms)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| row.try_get::<bool, _>(0)).transpose()
}

/// A registered node, as `admin/get-cluster` lists it.
#[derive(Clone, Debug)]
pub struct NodeRow {
    pub id: i64,
    pub uri: String,
    pub instance_id: i32,
    pub started_at: i64,
    pub expires_at: i64,
    pub draining: bool,
    pub alive: bool,
}

pub async fn nodes(conn: &mut AnyConnection) -> Result<Vec<NodeRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT id, uri, instance_id, started_at, expires_at, draining, expires_at > {DB_NOW_MS} \
         FROM nodes ORDER BY uri, id"
    ))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(NodeRow {
                id: r.try_get(0)?,
                uri: r.try_get(1)?,
                instance_id: r.try_get(2)?,
                started_at: r.try_get(3)?,
                expires_at: r.try_get(4)?,
                draining: r.try_get(5)?,
                alive: r.try_get(6)?,
            })
        })
        .collect()
}

/// `(slot, epoch)` rows as a map.
fn slot_epochs(rows: &[sqlx::any::AnyRow]) -> Result<HashMap<u32, i64>, sqlx::Error> {
    rows.iter()
        .map(|r| {
            let slot: i32 = r.try_get(0)?;
            Ok((u32::try_from(slot).unwrap_or(0), r.try_get(1)?))
        })
        .collect()
}

/// The slots a node holds in the database, with their epochs.
pub async fn held(
    conn: &mut AnyConnection,
    node_id: i64,
) -> Result<HashMap<u32, i64>, sqlx::Error> {
    let rows = sqlx::query("SELECT slot, epoch FROM slot_leases WHERE node_id = $1")
        .bind(node_id)
        .fetch_all(conn)
        .await?;
    slot_epochs(&rows)
}

/// The nodes at URI `$2` registered before node `$1` (none once `$1` is gone).
const EARLIER_AT_URI: &str = "SELECT id FROM nodes WHERE uri = $2 AND id <> $1 \
     AND (started_at, id) < (SELECT started_at, id FROM nodes WHERE id = $1)";

/// Takes up to `wanted` slots that are free, whose node's membership expired, or that an
/// earlier process at this node's URI held (a restart need not wait for its own old lease), and
/// forgets those earlier nodes. Only earlier ones (registered before this node): a later node
/// at the URI has taken this one's place, and this one must not take it back (`live_node_at`).
/// Each taken slot's epoch rises. Slots locked by a batch of their old owner are skipped this
/// time.
pub async fn take(
    conn: &mut AnyConnection,
    node_id: i64,
    uri: &str,
    wanted: i64,
) -> Result<HashMap<u32, i64>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "UPDATE slot_leases SET node_id = $1, epoch = epoch + 1 \
         WHERE slot IN ( \
           SELECT slot FROM slot_leases \
           WHERE node_id IS NULL \
              OR node_id NOT IN (SELECT id FROM nodes WHERE expires_at > {DB_NOW_MS}) \
              OR node_id IN ({EARLIER_AT_URI}) \
           ORDER BY slot LIMIT $3 FOR UPDATE SKIP LOCKED) \
         RETURNING slot, epoch"
    ))
    .bind(node_id)
    .bind(uri)
    .bind(wanted)
    .fetch_all(&mut *conn)
    .await?;
    // The earlier process at this URI is gone for good: it no longer counts as a node.
    sqlx::query(&format!("DELETE FROM nodes WHERE id IN ({EARLIER_AT_URI})"))
        .bind(node_id)
        .bind(uri)
        .execute(&mut *conn)
        .await?;
    slot_epochs(&rows)
}

/// Hands `slot` back (free for any node; the epoch rises). Waits for this node's batch that
/// holds its lease `FOR SHARE`, so nothing of this node lands in the slot after; with shard
/// databases the batches hold the slot's fence row instead, and the next owner's
/// `claim_fence` is what waits for them.
pub async fn release(
    conn: &mut AnyConnection,
    node_id: i64,
    slot: u32,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE slot_leases SET node_id = NULL, epoch = epoch + 1 WHERE slot = $1 AND node_id = $2",
    )
    .bind(i32::try_from(slot).unwrap_or(i32::MAX))
    .bind(node_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Leaves the cluster: every slot released, the node forgotten (its instance id free).
pub async fn leave(conn: &mut AnyConnection, node_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE slot_leases SET node_id = NULL, epoch = epoch + 1 WHERE node_id = $1")
        .bind(node_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM nodes WHERE id = $1")
        .bind(node_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The PostgreSQL channel on which nodes announce a change of membership (a node joined, left,
/// handed slots back, or was marked draining or back in service), so that the others run their
/// heartbeat at once instead of at its next period. Only a fast path: a lost announcement
/// delays the change until the next heartbeat, and correctness rests on the lease rows alone.
/// Changes are rare, so NOTIFY's commit-time lock costs nothing that matters.
const MEMBERSHIP_CHANNEL: &str = "omgservers_membership";

/// Announces a change of membership on [`MEMBERSHIP_CHANNEL`]; `why` (a word or two) is the
/// payload, for the listeners' logs. Delivered once the statement commits.
pub async fn announce_membership_change(
    conn: &mut AnyConnection,
    why: &str,
) -> Result<(), sqlx::Error> {
    // pg_notify returns `void`, which the Any driver cannot decode: selected as a constant.
    sqlx::query("SELECT 1 FROM pg_notify($1, $2)")
        .bind(MEMBERSHIP_CHANNEL)
        .bind(why)
        .execute(conn)
        .await?;
    Ok(())
}

/// The `application_name` of the listening sessions (`pg_stat_activity` shows them by it).
pub const MEMBERSHIP_SESSION: &str = "omgservers-membership";

/// A session listening on [`MEMBERSHIP_CHANNEL`]: a connection of its own, beside the pool,
/// named [`MEMBERSHIP_SESSION`].
pub struct MembershipListener(sqlx::postgres::PgListener);

impl MembershipListener {
    /// Connects to the system database at `url` (as `store::database_url` resolved it) and
    /// listens.
    pub async fn connect(url: &str) -> Result<MembershipListener, sqlx::Error> {
        use std::str::FromStr;
        let options =
            sqlx::postgres::PgConnectOptions::from_str(url)?.application_name(MEMBERSHIP_SESSION);
        // One connection, kept for good: the pool only serves sqlx's reconnections.
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(1)
            .max_lifetime(None)
            .idle_timeout(None)
            .connect_with(options)
            .await?;
        let mut listener = sqlx::postgres::PgListener::connect_with(&pool).await?;
        // A lost connection is made again, and listening again, before `next` says it was
        // lost: a round run then misses nothing announced after it.
        listener.eager_reconnect(true);
        listener.listen(MEMBERSHIP_CHANNEL).await?;
        Ok(MembershipListener(listener))
    }

    /// The next announcement's payload. `None`: the connection was lost and is listening again
    /// (what was announced in between is lost). An error (the session ended by the server, or
    /// no new connection): this listener is done; connect another.
    pub async fn next(&mut self) -> Result<Option<String>, sqlx::Error> {
        Ok(self.0.try_recv().await?.map(|n| n.payload().to_owned()))
    }

    /// Checks the session answers (a half-open connection never fails `next`).
    pub async fn check(&mut self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1").execute(&mut self.0).await?;
        Ok(())
    }
}

/// Marks the nodes at `uri` draining (they hand their slots over) or not; returns how many.
///
/// Draining is refused (0 rows) unless a live node of another URI stays in service to take
/// the slots over: with none, every slot would be left without an owner, and every player
/// and runtime answered 410 until one came back. The nodes in service are locked first
/// (`FOR UPDATE`), so that two drains at once (of the last two such nodes, through two
/// servers) are decided one after the other: the second sees the first's change.
pub async fn set_draining(
    conn: &mut AnyConnection,
    uri: &str,
    draining: bool,
) -> Result<u64, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    if draining {
        sqlx::query(&format!(
            "SELECT id FROM nodes WHERE NOT draining AND expires_at > {DB_NOW_MS} FOR UPDATE"
        ))
        .fetch_all(&mut *tx)
        .await?;
    }
    let done = sqlx::query(&format!(
        "UPDATE nodes SET draining = $2 WHERE uri = $1 AND (NOT $2 OR EXISTS \
         (SELECT 1 FROM nodes o WHERE o.uri <> $1 AND NOT o.draining AND o.expires_at > {DB_NOW_MS}))"
    ))
    .bind(uri)
    .bind(draining)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

/// Takes node `node_id` off standby (no longer draining).
pub async fn back_in_service(conn: &mut AnyConnection, node_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE nodes SET draining = FALSE WHERE id = $1")
        .bind(node_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether a node (live or not) has this URI.
pub async fn uri_known(conn: &mut AnyConnection, uri: &str) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM nodes WHERE uri = $1 LIMIT 1")
        .bind(uri)
        .fetch_optional(conn)
        .await?;
    Ok(found.is_some())
}

/// Every slot's current owner (slots that are free or whose node expired are left out).
pub async fn owners(conn: &mut AnyConnection) -> Result<BTreeMap<u32, Owner>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT l.slot, l.node_id, n.uri, l.epoch FROM slot_leases l JOIN nodes n ON n.id = l.node_id \
         WHERE n.expires_at > {DB_NOW_MS}"
    ))
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            let slot: i32 = r.try_get(0)?;
            Ok((
                u32::try_from(slot).unwrap_or(0),
                Owner {
                    node_id: r.try_get(1)?,
                    uri: r.try_get(2)?,
                    epoch: r.try_get(3)?,
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_slots_no_live_node_owns_are_counted() {
        let slots = Slots::clustered(8, 1, "http://a");
        let owner = Owner {
            node_id: 2,
            uri: "http://b".to_owned(),
            epoch: 1,
        };
        slots.set_owners((0..3).map(|s| (s, owner.clone())).collect());
        assert_eq!(slots.metrics.unowned.get(), 5);
        slots.set_owners((0..8).map(|s| (s, owner.clone())).collect());
        assert_eq!(slots.metrics.unowned.get(), 0);
    }

    #[test]
    fn standalone_owns_every_slot_and_a_cluster_node_only_what_it_holds() {
        let alone = Slots::standalone(64);
        assert!(!alone.is_clustered());
        assert!((0..64).all(|s| alone.epoch(s) == Some(0)));
        let node = Slots::clustered(64, 7, "http://n1");
        assert_eq!(node.epoch(3), None);
        assert!(node.set_owned(HashMap::from([(3, 2)])));
        assert!(!node.set_owned(HashMap::from([(3, 2)])));
        assert_eq!(node.epoch(3), Some(2));
        let deployment = (0..1000).find(|id| node.slot_of(*id) == 3).unwrap_or(-1);
        assert!(deployment >= 0, "some id of 0..1000 falls in slot 3");
        assert!(node.owns_deployment(deployment));
        assert!(node.drop_slot(3));
        assert!(!node.owns_deployment(deployment));
    }
}
