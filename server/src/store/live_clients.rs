//! The clients an owner knows to be live (created, not deleted), with their user: what a
//! player's interchange checks before anything else (wire reference §8.2), kept in memory once
//! read so that a poll reads no client row (docs/performance.md "Sustained load": that read
//! was one commit per round trip on PostgreSQL).
//!
//! Why an entry cannot stay wrong:
//! - a client's user never changes;
//! - a client leaves the live state once, by `clients::mark_deleted`, which takes a unit of the
//!   group-commit writer and forgets the client once the unit's batch has committed;
//! - a live client's row is deleted only when its slot moves between databases (the purge and
//!   a gone deployment's cleanup take deleted clients only: `clients::purge_deleted`,
//!   `orphans::delete_game_state`);
//! - only the owner of a client's slot writes its row, and a node that loses a slot, whose
//!   slots move between databases (before and after its map changes), or whose write batch
//!   fails with its fate not known (its effects dropped, its COMMIT perhaps done:
//!   `store::writer`) clears everything (`HotQueues::clear`); a batch known rolled back
//!   deleted no one, and one found committed runs its forgets as any other;
//! - a read of the database that began before a forget or a clear is not remembered (its row
//!   may predate the deletion): each forget and clear moves the generation on.
//!
//! Between a deletion's commit and its forget, a poll of the client is answered as for a live
//! one: its sends are still refused by the unit's own read of the row (`interchange::forward`).

use std::sync::Mutex;

use quick_cache::sync::Cache;

/// Entries per database: a few MB, more than the players one node serves at once. A client
/// left out is only read from the database again.
const CAPACITY: usize = 200_000;

pub struct LiveClients {
    /// Client id → its user id.
    users: Cache<i64, i64>,
    /// Moved on by every forget and clear, and held while an entry is remembered.
    generation: Mutex<u64>,
}

impl std::fmt::Debug for LiveClients {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveClients")
            .field("entries", &self.users.len())
            .finish_non_exhaustive()
    }
}

impl Default for LiveClients {
    fn default() -> Self {
        LiveClients {
            users: Cache::new(CAPACITY),
            generation: Mutex::new(0),
        }
    }
}

impl LiveClients {
    /// The user of `client_id` if it is known to be live.
    pub fn user_of(&self, client_id: i64) -> Option<i64> {
        self.users.get(&client_id)
    }

    /// To take before reading a client's row, and to hand to `remember` with what it read.
    pub fn generation(&self) -> u64 {
        *lock(&self.generation)
    }

    /// Remembers a client read live at `generation`, unless a forget or clear came since.
    pub fn remember(&self, client_id: i64, user_id: i64, generation: u64) {
        let current = lock(&self.generation);
        if *current == generation {
            self.users.insert(client_id, user_id);
        }
    }

    /// Commit effect of a client's deletion.
    pub fn forget(&self, client_id: i64) {
        let mut generation = lock(&self.generation);
        *generation += 1;
        self.users.remove(&client_id);
    }

    /// Forgets every client (a lost slot, a move between databases).
    pub fn clear(&self) {
        let mut generation = lock(&self.generation);
        *generation += 1;
        self.users.clear();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::LiveClients;

    #[test]
    fn a_read_is_remembered_until_the_client_is_forgotten() {
        let live = LiveClients::default();
        live.remember(1, 10, live.generation());
        assert_eq!(live.user_of(1), Some(10));
        live.forget(1);
        assert_eq!(live.user_of(1), None);
    }

    #[test]
    fn a_read_begun_before_a_forget_or_a_clear_is_not_remembered() {
        let live = LiveClients::default();
        // Read live, then deleted (and forgotten) before the reader remembers it.
        let read_at = live.generation();
        live.forget(1);
        live.remember(1, 10, read_at);
        assert_eq!(live.user_of(1), None);
        let read_at = live.generation();
        live.clear();
        live.remember(2, 20, read_at);
        assert_eq!(live.user_of(2), None);
        // A read begun after them is.
        live.remember(2, 20, live.generation());
        assert_eq!(live.user_of(2), Some(20));
        live.clear();
        assert_eq!(live.user_of(2), None);
    }
}
