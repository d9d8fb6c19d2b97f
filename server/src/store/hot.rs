//! The hot path's queues in memory (ARCHITECTURE.md §3): each owner's unacknowledged inbox
//! messages or runtime commands, loaded from the database on first use (and so after a
//! restart: the database stays the truth) and changed only after commits — `store::queue`
//! registers its writes as commit effects of the group-commit writer, which runs them in commit
//! order — so a poll with nothing new touches no database.
//!
//! Acknowledgements leave memory at once and the database behind: `take_acknowledged` hands
//! them to the writer's flusher, which deletes them in one statement per batch. A crash before
//! that only means the entries are delivered again, which at-least-once delivery allows.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};

use omgservers_types::{ClientId, RuntimeId};
use sqlx::AnyPool;

use super::live_clients::LiveClients;
use super::queue::{Entry, Owner, Queue, COMMANDS, INBOX, PAGE};

/// A database's hot-path state in memory: its two queues, and the clients known live.
#[derive(Debug)]
pub struct HotQueues {
    pub inbox: HotQueue<ClientId>,
    pub commands: HotQueue<RuntimeId>,
    pub live_clients: LiveClients,
    /// How many times memory was forgotten with the long polls ended (`clear_ending_polls`).
    forgotten: tokio::sync::watch::Sender<u64>,
}

impl HotQueues {
    pub fn new() -> HotQueues {
        HotQueues {
            inbox: HotQueue::new(&INBOX),
            commands: HotQueue::new(&COMMANDS),
            live_clients: LiveClients::default(),
            forgotten: tokio::sync::watch::Sender::new(0),
        }
    }

    /// Forgets everything: the node lost a slot, slots moved between databases, or a batch
    /// failed with its fate not known (its effects dropped; its COMMIT may have gone through:
    /// `store::commit_fate`).
    pub fn clear(&self) {
        self.inbox.clear();
        self.commands.clear();
        self.live_clients.clear();
    }

    /// Forgets everything, and ends the long polls waiting on this database (`forgotten`): a
    /// batch answered as failed has committed since (`store::commit_fate`), and what it queued
    /// woke nobody, so they read again from the database now, not at the end of their
    /// `wait_ms`. Not for the other clears: a slot taken or lost changes nothing a poll waits
    /// on here, and ending every poll of a node at once is a burst of reads when the cluster
    /// is changing anyway.
    pub fn clear_ending_polls(&self) {
        self.clear();
        self.forgotten.send_modify(|times| *times += 1);
    }

    /// Changes at the next `clear_ending_polls`. Taken before a long poll reads its queue, so
    /// that one in between still ends the wait.
    pub fn forgotten(&self) -> tokio::sync::watch::Receiver<u64> {
        self.forgotten.subscribe()
    }
}

impl Default for HotQueues {
    fn default() -> Self {
        HotQueues::new()
    }
}

/// One queue's owners in memory.
pub struct HotQueue<O: 'static> {
    queue: &'static Queue<O>,
    owners: Mutex<HashMap<O, Arc<Owned>>>,
    /// Acknowledged in memory, not yet deleted from the database: waiting for the writer's
    /// next flush, and taken by a flush not yet committed.
    acknowledged: Mutex<Acknowledged>,
}

#[derive(Debug, Default)]
struct Acknowledged {
    waiting: HashSet<i64>,
    in_flight: HashSet<i64>,
}

impl Acknowledged {
    fn contains(&self, id: i64) -> bool {
        self.in_flight.contains(&id) || self.waiting.contains(&id)
    }
}

impl<O: Owner> std::fmt::Debug for HotQueue<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HotQueue")
            .field("queue", &self.queue.table())
            .field("owners", &lock(&self.owners).len())
            .finish()
    }
}

#[derive(Debug, Default)]
struct Owned {
    state: Mutex<Cache>,
    /// One loader at a time per owner.
    load: Arc<tokio::sync::Mutex<()>>,
}

#[derive(Debug, Default)]
enum Cache {
    /// Not in memory: the next read loads it.
    #[default]
    Cold,
    /// Being read from the database: commits meanwhile are kept aside and merged after.
    Loading { pushed: BTreeMap<i64, Entry> },
    /// In memory, in id order.
    Warm(BTreeMap<i64, Entry>),
}

impl<O: Owner + Eq + Hash> HotQueue<O> {
    fn new(queue: &'static Queue<O>) -> HotQueue<O> {
        HotQueue {
            queue,
            owners: Mutex::default(),
            acknowledged: Mutex::default(),
        }
    }

    /// Whether `id` was acknowledged and is not yet deleted from the database (such entries
    /// are never served or queued again).
    pub fn is_acknowledged(&self, id: i64) -> bool {
        lock(&self.acknowledged).contains(id)
    }

    fn owned(&self, owner: O) -> Arc<Owned> {
        lock(&self.owners).entry(owner).or_default().clone()
    }

    /// Commit effect: `entry` is stored for `owner`.
    pub fn committed(&self, owner: O, entry: Entry) {
        let Some(owned) = lock(&self.owners).get(&owner).cloned() else {
            // Cold: whoever reads it next loads it, committed entry included.
            return;
        };
        let mut state = lock(&owned.state);
        // A read between the commit and this effect may have loaded the entry, and its owner
        // acknowledged it since (a batch whose COMMIT's fate was asked runs its effects late):
        // it is not queued again. Checked under the owner's lock, which `acknowledge` holds
        // until the id is known as acknowledged (lock order: owner, then acknowledged).
        if self.is_acknowledged(entry.id) {
            return;
        }
        match &mut *state {
            Cache::Cold => {}
            Cache::Loading { pushed } => {
                pushed.insert(entry.id, entry);
            }
            Cache::Warm(entries) => {
                entries.insert(entry.id, entry);
            }
        }
    }

    /// Commit effect: the owner's entries were rewritten; the next read loads them again.
    pub fn reload(&self, owner: O) {
        lock(&self.owners).remove(&owner);
    }

    /// The owner is gone (deleted, purged): its entries leave memory.
    pub fn forget(&self, owner: O) {
        lock(&self.owners).remove(&owner);
    }

    pub fn clear(&self) {
        lock(&self.owners).clear();
    }

    /// The unacknowledged entries, oldest first, at most `PAGE`; from memory once loaded.
    pub async fn pending(&self, pool: &AnyPool, owner: O) -> Result<Vec<Entry>, sqlx::Error> {
        let owned = self.warm(pool, owner).await?;
        let state = lock(&owned.state);
        Ok(match &*state {
            Cache::Warm(entries) => entries
                .values()
                .take(usize::try_from(PAGE).unwrap_or(usize::MAX))
                .cloned()
                .collect(),
            _ => Vec::new(),
        })
    }

    /// Acknowledges entries of this owner (ids of other owners are ignored): gone from memory
    /// now, from the database at the writer's next flush.
    pub async fn acknowledge(
        &self,
        pool: &AnyPool,
        owner: O,
        ids: &[i64],
    ) -> Result<(), sqlx::Error> {
        if ids.is_empty() {
            return Ok(());
        }
        let owned = self.warm(pool, owner).await?;
        let mut removed = Vec::with_capacity(ids.len());
        let mut state = lock(&owned.state);
        match &mut *state {
            Cache::Warm(entries) => {
                for id in ids {
                    if entries.remove(id).is_some() {
                        removed.push(*id);
                    }
                }
            }
            // Forgotten meanwhile: delivered again, which at-least-once allows.
            Cache::Cold | Cache::Loading { .. } => {}
        }
        // Before the owner's lock is let go: `committed` must not queue them again.
        lock(&self.acknowledged).waiting.extend(removed);
        drop(state);
        Ok(())
    }

    /// The acknowledged ids waiting to be deleted from the database (for the writer's
    /// flusher); they stay known as acknowledged until `settle_acknowledged`.
    pub fn take_acknowledged(&self) -> Vec<i64> {
        let mut acknowledged = lock(&self.acknowledged);
        let taken: Vec<i64> = std::mem::take(&mut acknowledged.waiting)
            .into_iter()
            .collect();
        acknowledged.in_flight.extend(taken.iter().copied());
        taken
    }

    /// After the flusher's delete: forgotten once deleted, else waiting for the next try.
    pub fn settle_acknowledged(&self, ids: Vec<i64>, deleted: bool) {
        let mut acknowledged = lock(&self.acknowledged);
        for id in &ids {
            acknowledged.in_flight.remove(id);
        }
        if !deleted {
            acknowledged.waiting.extend(ids);
        }
    }

    /// Whether acknowledged ids wait to be deleted.
    pub fn has_acknowledged(&self) -> bool {
        !lock(&self.acknowledged).waiting.is_empty()
    }

    pub fn queue(&self) -> &'static Queue<O> {
        self.queue
    }

    /// The owner's entries, loaded into memory if they are not. A load that a `reload` or
    /// `forget` overtook (its result may predate the change) is done again.
    async fn warm(&self, pool: &AnyPool, owner: O) -> Result<Arc<Owned>, sqlx::Error> {
        loop {
            let owned = self.warm_once(pool, owner).await?;
            let current = lock(&self.owners)
                .get(&owner)
                .is_some_and(|now| Arc::ptr_eq(now, &owned));
            if current {
                return Ok(owned);
            }
        }
    }

    async fn warm_once(&self, pool: &AnyPool, owner: O) -> Result<Arc<Owned>, sqlx::Error> {
        let owned = self.owned(owner);
        if matches!(*lock(&owned.state), Cache::Warm(_)) {
            return Ok(owned);
        }
        let loader = owned.load.clone().lock_owned().await;
        {
            let mut state = lock(&owned.state);
            match &*state {
                Cache::Warm(_) => return Ok(owned.clone()),
                Cache::Loading { .. } => {}
                Cache::Cold => {
                    *state = Cache::Loading {
                        pushed: BTreeMap::new(),
                    }
                }
            }
        }
        let stored = {
            let mut conn = pool.acquire().await?;
            self.queue.all_pending(&mut conn, owner).await
        };
        let mut state = lock(&owned.state);
        let stored = match stored {
            Ok(stored) => stored,
            Err(e) => {
                *state = Cache::Cold;
                return Err(e);
            }
        };
        if let Cache::Loading { pushed } = std::mem::take(&mut *state) {
            let mut entries: BTreeMap<i64, Entry> = stored.into_iter().map(|e| (e.id, e)).collect();
            entries.extend(pushed);
            // Acknowledged but not yet deleted from the database: not delivered again.
            let acknowledged = lock(&self.acknowledged);
            entries.retain(|id, _| !acknowledged.contains(*id));
            drop(acknowledged);
            *state = Cache::Warm(entries);
        }
        drop(state);
        drop(loader);
        Ok(owned)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}
