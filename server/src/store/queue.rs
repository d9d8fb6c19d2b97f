//! The durable ordered queue, in its two instances: a client's inbox (`client_messages`, wire
//! reference §8) and a runtime's commands (`runtime_commands`, §9). Entries are delivered in
//! id order, at most `PAGE` per answer, until their owner acknowledges them; an entry is
//! stored before the request that queued it is answered, so nothing acknowledged to a sender
//! is lost (at-least-once). Reads of the hot path are served from memory (`store::hot`); the
//! writes here keep it in step through commit effects.

use std::marker::PhantomData;

use omgservers_types::{ClientId, RuntimeId};
use sqlx::AnyConnection;

use super::hot::{HotQueue, HotQueues};
use super::writer::WriteTx;

/// Most entries one poll returns; the rest follow once these are acknowledged.
pub const PAGE: i64 = 1000;

/// Entries one `INSERT` stores: five binds each, 500 in all. More would save few statements
/// and cost more than they save: sqlx binds each SQLite parameter by looking its name up, a
/// scan of the statement's parameters, so binding one statement grows with the square of its
/// binds (measured: 38 % of a 10,000-request matchmaking pass with 500 rows per statement).
const PUSH_ROWS: usize = 100;

/// Ids whose owner's entries are queued.
pub trait Owner: Copy + Send + Sync + Eq + std::hash::Hash + 'static {
    fn raw(self) -> i64;
    /// This owner's queue in memory.
    fn hot(queues: &HotQueues) -> &HotQueue<Self>;
}

impl Owner for ClientId {
    fn raw(self) -> i64 {
        self.get()
    }
    fn hot(queues: &HotQueues) -> &HotQueue<ClientId> {
        &queues.inbox
    }
}

impl Owner for RuntimeId {
    fn raw(self) -> i64 {
        self.get()
    }
    fn hot(queues: &HotQueues) -> &HotQueue<RuntimeId> {
        &queues.commands
    }
}

/// One queue table: entries of owners of type `O`.
pub struct Queue<O> {
    table: &'static str,
    owner_column: &'static str,
    owner: PhantomData<O>,
}

/// Messages to a player's client.
pub const INBOX: Queue<ClientId> = Queue {
    table: "client_messages",
    owner_column: "client_id",
    owner: PhantomData,
};

/// Commands to a runtime.
pub const COMMANDS: Queue<RuntimeId> = Queue {
    table: "runtime_commands",
    owner_column: "runtime_id",
    owner: PhantomData,
};

/// A queued entry: a wire qualifier and its body as JSON text; `created` in epoch ms.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Entry {
    pub id: i64,
    pub qualifier: String,
    pub body: String,
    pub created: i64,
}

impl<O: Owner> Queue<O> {
    pub fn table(&self) -> &'static str {
        self.table
    }

    /// Stores an entry; once the unit commits it is in memory too.
    pub async fn push(&self, tx: &mut WriteTx, owner: O, entry: &Entry) -> Result<(), sqlx::Error> {
        self.push_all(tx, vec![(owner, entry.clone())]).await
    }

    /// Stores entries, `PUSH_ROWS` per statement (a matchmaking pass queues thousands in one
    /// unit: a statement each would hold the writer's connection for seconds); once the unit
    /// commits they are in memory too, in the order given.
    pub async fn push_all(
        &self,
        tx: &mut WriteTx,
        entries: Vec<(O, Entry)>,
    ) -> Result<(), sqlx::Error> {
        for chunk in entries.chunks(PUSH_ROWS) {
            let sql = format!(
                "INSERT INTO {} (id, {}, qualifier, body, created) VALUES {}",
                self.table,
                self.owner_column,
                super::value_rows(chunk.len(), 5)
            );
            let mut query = sqlx::query(&sql).persistent(super::recurs(chunk.len(), PUSH_ROWS));
            for (owner, entry) in chunk {
                query = query
                    .bind(entry.id)
                    .bind(owner.raw())
                    .bind(&entry.qualifier)
                    .bind(&entry.body)
                    .bind(entry.created);
            }
            query.execute(&mut **tx).await?;
        }
        let hot = tx.hot().clone();
        tx.after_commit(move || {
            let queues = O::hot(&hot);
            for (owner, entry) in entries {
                queues.committed(owner, entry);
            }
        });
        Ok(())
    }

    /// Every unacknowledged entry of the owner, oldest first (loading it into memory).
    pub async fn all_pending(
        &self,
        conn: &mut AnyConnection,
        owner: O,
    ) -> Result<Vec<Entry>, sqlx::Error> {
        let sql = format!(
            "SELECT id, qualifier, body, created FROM {} WHERE {} = $1 ORDER BY id",
            self.table, self.owner_column
        );
        sqlx::query_as(&sql).bind(owner.raw()).fetch_all(conn).await
    }

    /// Deletes acknowledged entries by id (ids are unique across owners; the owner was
    /// checked when they were acknowledged in memory).
    pub async fn delete(&self, conn: &mut AnyConnection, ids: &[i64]) -> Result<(), sqlx::Error> {
        super::delete_by_id(conn, self.table, ids).await
    }

    /// Whether an entry with this qualifier is queued for the owner.
    pub async fn holds(
        &self,
        conn: &mut AnyConnection,
        owner: O,
        qualifier: &str,
    ) -> Result<bool, sqlx::Error> {
        let sql = format!(
            "SELECT COUNT(*) FROM {} WHERE {} = $1 AND qualifier = $2",
            self.table, self.owner_column
        );
        let (count,): (i64,) = sqlx::query_as(&sql)
            .bind(owner.raw())
            .bind(qualifier)
            .fetch_one(conn)
            .await?;
        Ok(count > 0)
    }

    /// Removes and returns every entry of the owner, oldest first (to queue them again in
    /// another order).
    pub async fn take_all(&self, tx: &mut WriteTx, owner: O) -> Result<Vec<Entry>, sqlx::Error> {
        let sql = format!(
            "SELECT id, qualifier, body, created FROM {} WHERE {} = $1 ORDER BY id",
            self.table, self.owner_column
        );
        let entries: Vec<Entry> = sqlx::query_as(&sql)
            .bind(owner.raw())
            .fetch_all(&mut **tx)
            .await?;
        // Acknowledged but not yet deleted (deleted below with the rest): not queued again.
        let hot = O::hot(tx.hot());
        let entries = entries
            .into_iter()
            .filter(|e| !hot.is_acknowledged(e.id))
            .collect();
        let sql = format!(
            "DELETE FROM {} WHERE {} = $1",
            self.table, self.owner_column
        );
        sqlx::query(&sql)
            .bind(owner.raw())
            .execute(&mut **tx)
            .await?;
        let hot = tx.hot().clone();
        tx.after_commit(move || O::hot(&hot).reload(owner));
        Ok(entries)
    }
}
