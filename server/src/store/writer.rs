//! The group-commit writer: every transactional write of the server goes through the writer of
//! its database (ARCHITECTURE.md §3): the system database's, or a shard database's
//! (`store::databases`).
//!
//! A unit of work — `Writer::begin` … `WriteTx::commit` — runs on the writer's one connection,
//! inside the transaction of the current batch; units take turns on that connection. A unit
//! that commits is answered only once its batch's `COMMIT` is done, so an answer still means
//! "durable" (upstream's at-least-once promise). The batch commits:
//! - at once when no other unit waits for the connection, so a lone writer pays no window;
//! - when `OMGSERVERS_DATABASE_MAX_BATCH` units are in it;
//! - otherwise within `OMGSERVERS_DATABASE_COMMIT_WINDOW` of its first unit.
//!
//! Every unit runs inside a `SAVEPOINT` of its own. A unit dropped without `commit` (an error,
//! a refused request), or whose savepoint cannot be released (a failed statement: on PostgreSQL
//! it aborts the transaction), is rolled back to its savepoint before anyone else uses the
//! connection, alone: the batch goes on, and its `COMMIT` never meets an aborted transaction
//! (which PostgreSQL would roll back without reporting an error). When a statement that only the batch runs (`BEGIN`, `SAVEPOINT`,
//! `COMMIT` …) fails, every unit of the batch gets the error and the connection is closed, never
//! returned to the pool inside a broken transaction.
//!
//! A `COMMIT` that fails on the connection may have committed all the same on PostgreSQL
//! (`store::commit_fate` asks the database): committed, the batch goes on as if its `COMMIT`
//! had answered (its effects run, its units are answered as committed); rolled back, its units
//! get the error and memory stands; not known (SQLite, no answer, still in progress after a
//! second), its units get the error and the state in memory is forgotten, to be read from the
//! database again — and forgotten once more if the transaction turns out committed later. A
//! batch that fails before its `COMMIT` never commits: its units get the error, memory stands.
//!
//! On PostgreSQL the batch runs `REPEATABLE READ`: the writer orders this server's writes, and
//! the database — not the writer — keeps another server's concurrent writes from producing a
//! lost update (a batch that updates a row another server changed since its snapshot fails
//! with a serialization error, answered 503). Game state needs no more: only the owner of a
//! slot writes it, and every such unit fences its slot (`WriteTx::fence`). `SERIALIZABLE`
//! would add predicate locks whose false conflicts between the batches of different servers
//! (measured: most requests of a two-node cluster answered 503) buy nothing on top.
//! On SQLite there is one writer per file anyway; the batch takes the write lock up front
//! (`BEGIN IMMEDIATE`).

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Executor};
use tokio::sync::{watch, Mutex, Notify, OwnedMutexGuard};
use tracing::Instrument;

use super::commit_fate::{self, Fate};
use super::hot::HotQueues;
use super::slots::{self, Slots};
use super::{Backend, Db};

/// The outcome of a batch, told to each unit in it: `None` while it is open.
type Outcome = Option<Result<(), String>>;

/// Run after the batch of a unit commits, in commit order, before the unit is answered.
pub type Effect = Box<dyn FnOnce() + Send>;

/// The writer's series on `/metrics` (handles are shared: clones count into the same series).
#[derive(Clone, Debug)]
pub struct BatchMetrics {
    /// Units per committed batch.
    pub units: Histogram,
    /// From a batch's first unit to its commit's end: the most a unit waits for durability.
    pub seconds: Histogram,
    pub committed: Counter,
    pub failed: Counter,
    /// Batches whose `COMMIT` failed on the connection, found committed (also in `committed`).
    pub found_committed: Counter,
}

impl Default for BatchMetrics {
    fn default() -> Self {
        BatchMetrics {
            // 1 … 1024 units
            units: Histogram::new(exponential_buckets(1.0, 2.0, 11)),
            // 0.1 ms … ~0.8 s
            seconds: Histogram::new(exponential_buckets(0.0001, 2.0, 14)),
            committed: Counter::default(),
            failed: Counter::default(),
            found_committed: Counter::default(),
        }
    }
}

impl BatchMetrics {
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "store_batch_units",
            "Units of work per committed group-commit batch",
            self.units.clone(),
        );
        registry.register_with_unit(
            "store_batch_duration",
            "From a batch's first unit to the end of its COMMIT",
            Unit::Seconds,
            self.seconds.clone(),
        );
        registry.register(
            "store_batches_committed",
            "Group-commit batches committed",
            self.committed.clone(),
        );
        registry.register(
            "store_batches_failed",
            "Group-commit batches rolled back whole (a failed BEGIN, SAVEPOINT or COMMIT)",
            self.failed.clone(),
        );
        registry.register(
            "store_batches_found_committed",
            "Group-commit batches whose COMMIT failed on the connection but which the database \
             had committed (PostgreSQL pg_xact_status); also counted as committed",
            self.found_committed.clone(),
        );
    }
}

/// Group-commit settings (`OMGSERVERS_DATABASE_COMMIT_WINDOW`, `…_MAX_BATCH`).
#[derive(Clone, Copy, Debug)]
pub struct BatchLimits {
    pub window: Duration,
    pub max_units: usize,
}

#[derive(Debug)]
pub struct Writer {
    db: Db,
    limits: BatchLimits,
    batch: Arc<Mutex<Batch>>,
    /// Units waiting for the connection: when none, a unit's commit ends the batch.
    waiting: AtomicUsize,
    /// Told when a batch is left open for others to join; the flusher commits it.
    open_batch: Arc<Notify>,
    /// The queues in memory, changed by commit effects.
    hot: Arc<HotQueues>,
    /// Which slots this node holds, for `WriteTx::fence`.
    slots: Arc<Slots>,
    /// Where this database's units check their fence.
    fence_rows: slots::FenceRows,
    metrics: BatchMetrics,
}

#[derive(Default)]
struct Batch {
    /// Set while a transaction is open on it.
    conn: Option<PoolConnection<Any>>,
    /// Units committed into the open transaction.
    units: usize,
    opened_at: Option<Instant>,
    outcome: Option<watch::Sender<Outcome>>,
    /// The last unit was dropped inside its savepoint.
    undo_pending: bool,
    /// The committed units' effects, in unit order.
    effects: Vec<Effect>,
    /// Slots whose lease the batch's transaction holds `FOR SHARE` (committed units' fences).
    fenced: HashSet<u32>,
    metrics: BatchMetrics,
    /// The writer's state in memory: forgotten when a batch's fate is not known.
    hot: Arc<HotQueues>,
    /// PostgreSQL: where a failed `COMMIT`'s fate is asked (`fate`).
    fate_pool: Option<sqlx::AnyPool>,
    /// PostgreSQL: the open transaction's id (`pg_current_xact_id`, as text).
    xid: Option<String>,
}

impl Drop for Batch {
    /// A writer dropped with a batch open (shutdown): the connection is closed, not returned
    /// to the pool inside the transaction.
    fn drop(&mut self) {
        if let Some(conn) = self.conn.as_mut() {
            conn.close_on_drop();
        }
    }
}

impl std::fmt::Debug for Batch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batch")
            .field("open", &self.conn.is_some())
            .field("units", &self.units)
            .field("effects", &self.effects.len())
            .finish_non_exhaustive()
    }
}

/// A unit of work on the batch's transaction. Derefs to the connection; `commit` to keep its
/// writes (durable when it returns), drop to undo them.
pub struct WriteTx {
    guard: Option<OwnedMutexGuard<Batch>>,
    writer: Arc<Writer>,
    effects: Vec<Effect>,
    /// This unit's fences: the batch keeps them only if the unit's savepoint is kept (a
    /// rolled-back savepoint releases the row locks taken in it).
    fenced: Vec<u32>,
}

/// Why a unit may not write a slot's state.
#[derive(Debug, thiserror::Error)]
pub enum FenceError {
    #[error("this server no longer owns slot {0}")]
    NotOwner(u32),
    /// A move is copying the slot to another shard database (`store::moves`).
    #[error("slot {0} is locked while it moves to another database")]
    Locked(u32),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl Writer {
    /// A writer of `db`, counting into `metrics` (shared by the writers of all databases).
    pub fn new(
        db: Db,
        limits: BatchLimits,
        slots: Arc<Slots>,
        fence_rows: slots::FenceRows,
        metrics: BatchMetrics,
    ) -> Arc<Writer> {
        let hot = Arc::new(HotQueues::new());
        let mut batch = Batch::default();
        batch.metrics = metrics.clone();
        batch.hot = hot.clone();
        batch.fate_pool = (db.backend == Backend::Postgres).then(|| db.pool.clone());
        let writer = Arc::new(Writer {
            db,
            limits: BatchLimits {
                window: limits.window,
                max_units: limits.max_units.max(1),
            },
            batch: Arc::new(Mutex::new(batch)),
            waiting: AtomicUsize::new(0),
            open_batch: Arc::new(Notify::new()),
            hot,
            slots,
            fence_rows,
            metrics,
        });
        tokio::spawn(flusher(Arc::downgrade(&writer)));
        tokio::spawn(acknowledgements(Arc::downgrade(&writer)));
        writer
    }

    /// The queues in memory (`store::hot`).
    pub fn hot(&self) -> &Arc<HotQueues> {
        &self.hot
    }

    /// Which slots this node holds (`store::slots`).
    pub fn slots(&self) -> &Arc<Slots> {
        &self.slots
    }

    /// Batch sizes and durations, for `/metrics`.
    pub fn metrics(&self) -> &BatchMetrics {
        &self.metrics
    }

    /// Forgets the state in memory of slots this node no longer holds (the queues of every
    /// owner and the clients known live: they are read from the database again on next use).
    pub fn forget_lost_slots(&self) {
        self.hot.clear();
    }

    /// Starts a unit of work: waits for the connection, joins (or opens) the batch.
    pub async fn begin(self: &Arc<Self>) -> Result<WriteTx, sqlx::Error> {
        let span = tracing::trace_span!(target: crate::telemetry::SPANS, "store.begin");
        self.begin_unit().instrument(span).await
    }

    async fn begin_unit(self: &Arc<Self>) -> Result<WriteTx, sqlx::Error> {
        let guard = {
            let _waiting = Waiting::new(&self.waiting);
            self.batch.clone().lock_owned().await
        };
        // Spawned: if the caller goes away half-way, the batch is still left in a known state.
        let writer = self.clone();
        let guard = tokio::spawn(async move { writer.join(guard).await })
            .await
            .map_err(|_| closed())??;
        Ok(WriteTx {
            guard: Some(guard),
            writer: self.clone(),
            effects: Vec::new(),
            fenced: Vec::new(),
        })
    }

    /// Opens the batch's transaction if none is open, and the unit's savepoint.
    async fn join(
        &self,
        mut guard: OwnedMutexGuard<Batch>,
    ) -> Result<OwnedMutexGuard<Batch>, sqlx::Error> {
        settle_undo(&mut guard).await?;
        if guard.conn.is_none() {
            let mut conn = self.db.pool.acquire().await?;
            let begun = match self.db.backend {
                Backend::Sqlite => conn.execute("BEGIN IMMEDIATE").await.map(|_| None),
                // With its transaction id: what a failed COMMIT's fate is asked by.
                Backend::Postgres => commit_fate::begin(&mut conn).await.map(Some),
            };
            match begun {
                Ok(xid) => guard.xid = xid,
                Err(e) => {
                    // Whatever state it is in, it does not go back to the pool.
                    conn.close_on_drop();
                    guard.metrics.failed.inc();
                    return Err(e);
                }
            }
            guard.conn = Some(conn);
            guard.units = 0;
            guard.opened_at = Some(Instant::now());
            guard.outcome = Some(watch::channel(None).0);
            // Committed within the window even if every unit of it is dropped or goes away.
            self.open_batch.notify_one();
        }
        // Every unit, the first too: a unit whose statement failed (on PostgreSQL that aborts
        // the transaction) is then undone alone, and the batch's COMMIT never meets an
        // aborted transaction (which PostgreSQL would roll back without an error).
        if let Err(e) = run(&mut guard, "SAVEPOINT unit").await {
            abort(&mut guard, &e.to_string(), false).await;
            return Err(e);
        }
        Ok(guard)
    }
}

/// Counts a unit waiting for the connection while it lives.
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn new(count: &'a AtomicUsize) -> Waiting<'a> {
        count.fetch_add(1, Ordering::SeqCst);
        Waiting(count)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.open_batch.notify_one();
    }
}

impl WriteTx {
    /// Keeps the unit's writes; returns once they are committed with their batch.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        let span = tracing::trace_span!(target: crate::telemetry::SPANS, "store.commit");
        self.commit_unit().instrument(span).await
    }

    async fn commit_unit(mut self) -> Result<(), sqlx::Error> {
        let Some(guard) = self.guard.take() else {
            return Err(closed());
        };
        let writer = self.writer.clone();
        let effects = std::mem::take(&mut self.effects);
        let fenced = std::mem::take(&mut self.fenced);
        // Spawned: a COMMIT half-done when the caller goes away would leave the batch unknown.
        let outcome = tokio::spawn(async move { writer.close_unit(guard, effects, fenced).await })
            .await
            .map_err(|_| closed())??;
        wait(outcome).await
    }

    /// Runs `effect` once the unit's batch has committed (never if it does not), in commit
    /// order with the effects of the other units.
    pub fn after_commit(&mut self, effect: impl FnOnce() + Send + 'static) {
        self.effects.push(Box::new(effect));
    }

    /// The queues in memory, for effects that change them.
    pub fn hot(&self) -> &Arc<HotQueues> {
        &self.writer.hot
    }

    /// Whether this unit runs on `writer` (its database).
    pub fn is_on(&self, writer: &Arc<Writer>) -> bool {
        Arc::ptr_eq(&self.writer, writer)
    }

    /// Claims `slot` for this unit's writes: they commit only while this node holds the slot
    /// at the epoch it was given (standalone: always) and, on a shard database, while no move
    /// has locked it. The check locks the slot's lease row (on a shard database: its fence row,
    /// `slots::FenceRows`) until the batch ends, so another node's takeover, or a move's lock,
    /// waits for the batch or fails it. A slot found lost is dropped from this node's
    /// ownership, with the state it kept in memory; a slot found locked is kept.
    pub async fn fence(&mut self, slot: u32) -> Result<(), FenceError> {
        let slots = self.writer.slots.clone();
        let rows = self.writer.fence_rows;
        let leased = slots.node_id();
        // Only leased slots, and slots in shard databases (which may move), are fenced:
        // standalone and a static index own theirs for good.
        if leased.is_none() && rows == slots::FenceRows::Leases {
            return Ok(());
        }
        let Some(epoch) = slots.epoch(slot) else {
            slots.metrics.fence_refusals.inc();
            return Err(FenceError::NotOwner(slot));
        };
        let batch_holds = self
            .guard
            .as_ref()
            .is_some_and(|guard| guard.fenced.contains(&slot));
        if batch_holds || self.fenced.contains(&slot) {
            return Ok(());
        }
        let holder = leased.map(|node_id| (node_id, epoch));
        // Under REPEATABLE READ a fence row rewritten since the batch's snapshot (a takeover,
        // or a move's lock) fails the check with a serialization error.
        let check = match slots::fence(self, rows, slot, holder).await {
            Ok(check) => check,
            // Which of the two it was is read outside the batch's snapshot.
            Err(e) if super::is_concurrent_conflict(&e) && rows == slots::FenceRows::Leases => {
                slots::FenceCheck::Lost
            }
            Err(e) if super::is_concurrent_conflict(&e) => {
                let mut conn = self.writer.db.pool.acquire().await?;
                match slots::fence_state(&mut conn, slot, holder).await? {
                    slots::FenceCheck::Lost if leased.is_some() => slots::FenceCheck::Lost,
                    _ => slots::FenceCheck::Locked,
                }
            }
            Err(e) => return Err(e.into()),
        };
        match check {
            slots::FenceCheck::Held => {
                self.fenced.push(slot);
                Ok(())
            }
            slots::FenceCheck::Locked => {
                slots.metrics.fence_refusals.inc();
                Err(FenceError::Locked(slot))
            }
            slots::FenceCheck::Lost => {
                tracing::warn!(slot, epoch, "slot lost to another server; dropping it");
                slots.metrics.fence_refusals.inc();
                if slots.drop_slot(slot) {
                    slots.metrics.lost.inc();
                    self.writer.forget_lost_slots();
                }
                Err(FenceError::NotOwner(slot))
            }
        }
    }
}

impl Writer {
    /// Releases a unit's savepoint, and commits the batch when it is full, late, or nobody
    /// else waits to join it. Returns the batch's outcome to wait on.
    async fn close_unit(
        &self,
        mut guard: OwnedMutexGuard<Batch>,
        mut effects: Vec<Effect>,
        fenced: Vec<u32>,
    ) -> Result<watch::Receiver<Outcome>, sqlx::Error> {
        if let Err(e) = run(&mut guard, "RELEASE SAVEPOINT unit").await {
            // The unit's transaction state is broken (a failed statement): undo it alone.
            // If that fails too, settle_undo aborts the batch and tells its units.
            guard.undo_pending = true;
            let _ = settle_undo(&mut guard).await;
            return Err(e);
        }
        guard.units += 1;
        guard.effects.append(&mut effects);
        guard.fenced.extend(fenced);
        let outcome = guard.outcome.as_ref().ok_or_else(closed)?.subscribe();
        let full = guard.units >= self.limits.max_units;
        let late = guard
            .opened_at
            .is_some_and(|at| at.elapsed() >= self.limits.window);
        if full || late || self.waiting.load(Ordering::SeqCst) == 0 {
            finish(&mut guard).await;
        }
        Ok(outcome)
    }
}

async fn wait(mut outcome: watch::Receiver<Outcome>) -> Result<(), sqlx::Error> {
    let told = outcome
        .wait_for(Option::is_some)
        .await
        .map_err(|_| closed())?
        .clone();
    match told {
        Some(Ok(())) => Ok(()),
        Some(Err(message)) => Err(commit_failed(message)),
        None => Err(closed()),
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if let Some(mut guard) = self.guard.take() {
            // Undone by whoever takes the connection next (the flusher at the latest), before
            // anything else runs on it.
            guard.undo_pending = true;
            self.writer.open_batch.notify_one();
        }
    }
}

impl std::ops::Deref for WriteTx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        #[allow(clippy::expect_used)] // `guard` is only taken by `commit` and `drop`, which consume
        let guard = self.guard.as_ref().expect("unit of work used after commit");
        #[allow(clippy::expect_used)] // a unit exists only while its batch's transaction is open
        guard.conn.as_ref().expect("batch without a connection")
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        #[allow(clippy::expect_used)]
        let guard = self.guard.as_mut().expect("unit of work used after commit");
        #[allow(clippy::expect_used)]
        guard.conn.as_mut().expect("batch without a connection")
    }
}

/// Commits batches left open for others to join, at the latest one window after they opened.
async fn flusher(writer: std::sync::Weak<Writer>) {
    loop {
        let Some(strong) = writer.upgrade() else {
            return;
        };
        let batch = strong.batch.clone();
        let window = strong.limits.window;
        let open_batch = strong.open_batch.clone();
        // Not kept while waiting: the writer's drop wakes this task to end it.
        drop(strong);
        open_batch.notified().await;
        if writer.strong_count() == 0 {
            return;
        }
        let (opened_at, units) = {
            let guard = batch.lock().await;
            (guard.opened_at, guard.units)
        };
        if let (Some(at), true) = (opened_at, units > 0) {
            tokio::time::sleep(window.saturating_sub(at.elapsed())).await;
        }
        let mut guard = batch.lock().await;
        if settle_undo(&mut guard).await.is_ok() && guard.conn.is_some() {
            finish(&mut guard).await;
        }
    }
}

/// Deletes acknowledged queue entries from the database, behind the acknowledgements (which
/// took them out of memory at once): one unit per round, every `ACK_FLUSH_EVERY` at most.
async fn acknowledgements(writer: std::sync::Weak<Writer>) {
    const ACK_FLUSH_EVERY: Duration = Duration::from_millis(20);
    loop {
        tokio::time::sleep(ACK_FLUSH_EVERY).await;
        let Some(writer) = writer.upgrade() else {
            return;
        };
        if !(writer.hot.inbox.has_acknowledged() || writer.hot.commands.has_acknowledged()) {
            continue;
        }
        let messages = writer.hot.inbox.take_acknowledged();
        let commands = writer.hot.commands.take_acknowledged();
        let flushed = async {
            let mut tx = writer.begin().await?;
            writer.hot.inbox.queue().delete(&mut tx, &messages).await?;
            writer
                .hot
                .commands
                .queue()
                .delete(&mut tx, &commands)
                .await?;
            tx.commit().await
        };
        let deleted = flushed.await;
        if let Err(e) = &deleted {
            // Kept and tried again next round; until deleted they are never served again.
            tracing::warn!(error = %e, "cannot delete acknowledged entries yet; retrying");
        }
        writer
            .hot
            .inbox
            .settle_acknowledged(messages, deleted.is_ok());
        writer
            .hot
            .commands
            .settle_acknowledged(commands, deleted.is_ok());
    }
}

async fn run(batch: &mut Batch, sql: &str) -> Result<(), sqlx::Error> {
    let conn = batch.conn.as_mut().ok_or_else(closed)?;
    conn.execute(sql).await.map(|_| ())
}

/// Undoes a unit dropped without commit (or whose savepoint could not be released): back to its
/// savepoint; an empty batch is then rolled back by the flusher.
async fn settle_undo(batch: &mut Batch) -> Result<(), sqlx::Error> {
    if !std::mem::take(&mut batch.undo_pending) {
        return Ok(());
    }
    let undone = match run(batch, "ROLLBACK TO SAVEPOINT unit").await {
        Ok(()) => run(batch, "RELEASE SAVEPOINT unit").await,
        Err(e) => Err(e),
    };
    if let Err(e) = undone {
        abort(batch, &e.to_string(), false).await;
        return Err(e);
    }
    Ok(())
}

/// Commits the open batch (or rolls back an empty one) and tells its units.
async fn finish(batch: &mut Batch) {
    if batch.units == 0 {
        let result = run(batch, "ROLLBACK").await;
        release(batch, result.is_ok());
        return;
    }
    match run(batch, "COMMIT").await {
        Ok(()) => settle_committed(batch, true),
        Err(e) => {
            // Of no use any more (a COMMIT ends the transaction either way), and its pool slot
            // may be what the question below needs.
            if let Some(mut conn) = batch.conn.take() {
                conn.close_on_drop();
            }
            commit_failed_on(batch, e).await;
        }
    }
}

/// A batch whose `COMMIT` failed: committed all the same (`commit_fate`), or aborted.
async fn commit_failed_on(batch: &mut Batch, e: sqlx::Error) {
    match commit_fate::fate(batch.fate_pool.clone(), batch.xid.clone()).await {
        Fate::Committed => {
            tracing::warn!(
                error = %e,
                units = batch.units,
                "write batch's COMMIT failed on the connection, but the database committed it"
            );
            batch.metrics.found_committed.inc();
            settle_committed(batch, false);
        }
        Fate::RolledBack => abort(batch, &e.to_string(), false).await,
        Fate::Unknown => {
            // Taken first: the abort ends the batch, and its id with it. A batch without
            // effects changes nothing that memory holds, landing or not.
            let watched = (!batch.effects.is_empty()).then(|| batch.xid.take());
            let (pool, hot) = (batch.fate_pool.clone(), batch.hot.clone());
            abort(batch, &e.to_string(), true).await;
            if let Some(xid) = watched {
                commit_fate::watch_unknown(pool, xid, hot);
            }
        }
    }
}

/// A committed batch: counted, its effects run in unit order, its units told.
fn settle_committed(batch: &mut Batch, clean: bool) {
    let metrics = &batch.metrics;
    metrics.committed.inc();
    #[allow(clippy::cast_precision_loss)]
    metrics.units.observe(batch.units as f64);
    if let Some(opened_at) = batch.opened_at {
        metrics.seconds.observe(opened_at.elapsed().as_secs_f64());
    }
    for effect in std::mem::take(&mut batch.effects) {
        effect();
    }
    tell(batch, Ok(()));
    release(batch, clean);
}

/// Rolls the whole batch back after a failure, tells every unit, and closes the connection.
/// A batch that `may_still_commit` (its `COMMIT` failed with its fate not known,
/// `commit_fate`): the memory its dropped effects would have changed is forgotten, to be read
/// from the database again — before the units are told, so that none of them retries on it.
async fn abort(batch: &mut Batch, message: &str, may_still_commit: bool) {
    batch.metrics.failed.inc();
    let outcome = if may_still_commit {
        "write batch failed; it may still commit"
    } else {
        "write batch failed; rolled back"
    };
    tracing::warn!(error = message, units = batch.units, "{outcome}");
    let _ = run(batch, "ROLLBACK").await;
    if may_still_commit && !batch.effects.is_empty() {
        batch.hot.clear();
    }
    tell(batch, Err(message.to_owned()));
    release(batch, false);
}

fn tell(batch: &mut Batch, outcome: Result<(), String>) {
    if let Some(sender) = batch.outcome.take() {
        sender.send_replace(Some(outcome));
    }
}

/// Ends the batch. A connection whose transaction state is not known to be clean is closed.
fn release(batch: &mut Batch, clean: bool) {
    if let Some(mut conn) = batch.conn.take() {
        if !clean {
            conn.close_on_drop();
        }
    }
    tell(
        batch,
        Err("the write batch ended before its commit".to_owned()),
    );
    batch.effects.clear();
    batch.fenced.clear();
    batch.xid = None;
    batch.units = 0;
    batch.opened_at = None;
    batch.undo_pending = false;
}

fn closed() -> sqlx::Error {
    sqlx::Error::PoolClosed
}

/// A failed batch commit is told to its units as unavailability: the request may be retried.
fn commit_failed(message: String) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::other(format!(
        "the write batch was not committed: {message}"
    )))
}
