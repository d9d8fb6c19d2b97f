//! Moving a slot's game state from one shard database to another (docs/sharding.md "Moving
//! slots between databases"): upstream's `SHARD_LOCKED` (wire reference §3.3) — the slot is
//! locked, copied, the map switched, and unlocked in its new database. PostgreSQL only.
//!
//! A move is written first, then carried out in steps that can each be done again:
//!
//! 1. `request` records it in the system database's map row (`slot_databases.moving_to`),
//!    numbering it (`move_id`, the slot's count of moves).
//! 2. `lock_source`: the slot's fence row in its database goes `locked`. It waits for the
//!    batches that hold the row (`FOR SHARE`, `store::writer`); from then on every unit that
//!    would write the slot there is refused (`SHARD_LOCKED`), so its rows stand still.
//! 3. `copy`, in one transaction on the target: the slot's rows the target may hold from an
//!    earlier stay are deleted, the source's are inserted (read in one snapshot), and the
//!    target's fence row goes `incoming`: units there are refused too.
//! 4. `switch`: the map row names the target (and the source in `moved_from`). The copy is
//!    committed before, so the map never names a database without the slot's rows.
//! 5. `open_target`: the target's fence row goes `open`, naming the slot's lease holder.
//! 6. `clean_up` of the source: its fence row goes `moved` (a tombstone: a server whose map is
//!    older is refused there), and the slot's rows there are deleted; `finish` clears
//!    `moved_from`.
//!
//! A move that has not switched can be cancelled (`cancel`): its record is cleared, and the
//! slot's owner then unlocks the source (`unlock_source`) and deletes what was copied to the
//! target (`clean_up` of its `incoming` rows), both found by `unfinished_fences`.
//!
//! Every step checks the move's number in the row it changes: a mover that stalled and wakes
//! after the move was finished by another (or after a later move, or its cancel) changes
//! nothing. Nothing
//! here rests on which server runs a step: servers run the moves of the slots they own
//! (`cluster::moves`), and a takeover carries an unfinished move on. Each transaction ends
//! itself after 2 min idle (`idle_in_transaction_session_timeout`), so a mover paused in the
//! middle holds no row of the next one's for long.

use sqlx::{Any, AnyConnection, AnyPool, Row, Transaction};

use super::slots::DB_NOW_MS;

/// How a game-state table finds a set of deployments' rows (`$1`: their ids, a JSON array).
#[derive(Clone, Copy, Debug)]
enum RowsOf {
    Deployments,
    Clients,
    Runtimes,
}

const DEPLOYMENTS: &str = "SELECT value::bigint FROM json_array_elements_text($1::json)";

impl RowsOf {
    fn condition(self) -> String {
        match self {
            RowsOf::Deployments => format!("deployment_id IN ({DEPLOYMENTS})"),
            RowsOf::Clients => format!(
                "client_id IN (SELECT id FROM clients WHERE deployment_id IN ({DEPLOYMENTS}))"
            ),
            RowsOf::Runtimes => format!(
                "runtime_id IN (SELECT id FROM runtimes WHERE deployment_id IN ({DEPLOYMENTS}))"
            ),
        }
    }
}

/// The tables a move copies, parents before children: `store::GAME_STATE_TABLES` but the
/// fences (checked by a unit test, so a new game-state table is not left behind).
const MOVED_TABLES: [(&str, RowsOf); 11] = [
    ("clients", RowsOf::Deployments),
    ("client_messages", RowsOf::Clients),
    ("matchmaker_requests", RowsOf::Clients),
    ("runtimes", RowsOf::Deployments),
    ("runtime_commands", RowsOf::Runtimes),
    ("lobbies", RowsOf::Deployments),
    ("matchmakers", RowsOf::Deployments),
    ("matches", RowsOf::Deployments),
    ("deployment_events", RowsOf::Deployments),
    ("match_backoffs", RowsOf::Deployments),
    ("player_round_trips", RowsOf::Deployments),
];

/// A move recorded in the system database and not finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotMove {
    pub slot: u32,
    /// Shard database indexes.
    pub from: usize,
    pub to: usize,
    pub move_id: i64,
    /// The map names `to` already; what is left is the source's clean-up.
    pub switched: bool,
}

/// What `request` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requested {
    /// The move is recorded (unless another slot's was refused).
    Recorded,
    /// The slot lives in that database already.
    AlreadyThere,
    /// The slot is being moved to this shard database already.
    Moving(usize),
    /// The slot's last move is still deleting its rows from the database it left.
    CleaningUp,
}

/// Records moving each of `slots` to shard database `to` (the caller checked that it exists),
/// all or none: when one is refused (`Moving` elsewhere, `CleaningUp`) nothing is recorded.
pub async fn request(
    conn: &mut AnyConnection,
    slots: &[u32],
    to: usize,
) -> Result<Vec<(u32, Requested)>, sqlx::Error> {
    let target = i32::try_from(to).unwrap_or(i32::MAX);
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let mut outcome = Vec::with_capacity(slots.len());
    for slot in slots {
        let (shard, moving_to, moved_from): (i32, Option<i32>, Option<i32>) = sqlx::query_as(
            "SELECT shard, moving_to, moved_from FROM slot_databases WHERE slot = $1 FOR UPDATE",
        )
        .bind(slot_param(*slot))
        .fetch_one(&mut *tx)
        .await?;
        let requested = if let Some(moving_to) = moving_to {
            Requested::Moving(usize::try_from(moving_to).unwrap_or(usize::MAX))
        } else if moved_from.is_some() {
            Requested::CleaningUp
        } else if shard == target {
            Requested::AlreadyThere
        } else {
            sqlx::query(
                "UPDATE slot_databases SET moving_to = $2, move_id = move_id + 1, \
                 locked_at = NULL WHERE slot = $1",
            )
            .bind(slot_param(*slot))
            .bind(target)
            .execute(&mut *tx)
            .await?;
            Requested::Recorded
        };
        outcome.push((*slot, requested));
    }
    let refused = outcome.iter().any(|(_, requested)| match requested {
        Requested::Moving(other) => *other != to,
        Requested::CleaningUp => true,
        Requested::Recorded | Requested::AlreadyThere => false,
    });
    if refused {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(outcome)
}

/// What `cancel` found for a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cancel {
    /// Its move is cancelled (unless another slot's cancel was refused).
    Cancelled,
    /// It is not moving.
    NotMoving,
    /// Its move switched to the new database already: it finishes.
    Switched,
}

/// Cancels the moves of `slots` that have not switched (their record cleared; the number
/// stays, so a later move is numbered after it), all or none: when one switched already
/// nothing is cancelled.
pub async fn cancel(
    conn: &mut AnyConnection,
    slots: &[u32],
) -> Result<Vec<(u32, Cancel)>, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let mut outcome = Vec::with_capacity(slots.len());
    for slot in slots {
        let (moving_to, moved_from): (Option<i32>, Option<i32>) = sqlx::query_as(
            "SELECT moving_to, moved_from FROM slot_databases WHERE slot = $1 FOR UPDATE",
        )
        .bind(slot_param(*slot))
        .fetch_one(&mut *tx)
        .await?;
        let found = match (moving_to, moved_from) {
            (Some(_), _) => {
                sqlx::query("UPDATE slot_databases SET moving_to = NULL WHERE slot = $1")
                    .bind(slot_param(*slot))
                    .execute(&mut *tx)
                    .await?;
                Cancel::Cancelled
            }
            (None, Some(_)) => Cancel::Switched,
            (None, None) => Cancel::NotMoving,
        };
        outcome.push((*slot, found));
    }
    if outcome.iter().any(|(_, found)| *found == Cancel::Switched) {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(outcome)
}

/// Records when move `move_id` first locked `slot` (the database's clock), once its source is
/// locked (`lock_source`); later calls keep the first time. Returns whether this call recorded
/// it (the move's first attempt that got this far).
pub async fn locked(
    conn: &mut AnyConnection,
    slot: u32,
    move_id: i64,
) -> Result<bool, sqlx::Error> {
    let recorded = sqlx::query(&format!(
        "UPDATE slot_databases SET locked_at = {DB_NOW_MS} \
         WHERE slot = $1 AND move_id = $2 AND moving_to IS NOT NULL AND locked_at IS NULL"
    ))
    .bind(slot_param(slot))
    .bind(move_id)
    .execute(conn)
    .await?;
    Ok(recorded.rows_affected() > 0)
}

/// Gives move `move_id` of `slot` up if it has not switched within `timeout` of locking the
/// slot (`locked`, by the database's clock), as `cancel` would. A move not locked yet (waiting
/// its turn, or its source does not answer) is not given up. Returns whether it did.
pub async fn give_up_overdue(
    conn: &mut AnyConnection,
    slot: u32,
    move_id: i64,
    timeout: std::time::Duration,
) -> Result<bool, sqlx::Error> {
    let timeout_ms = i64::try_from(timeout.as_millis()).unwrap_or(i64::MAX);
    let given_up = sqlx::query(&format!(
        "UPDATE slot_databases SET moving_to = NULL \
         WHERE slot = $1 AND move_id = $2 AND moving_to IS NOT NULL \
         AND locked_at <= {DB_NOW_MS} - $3"
    ))
    .bind(slot_param(slot))
    .bind(move_id)
    .bind(timeout_ms)
    .execute(conn)
    .await?;
    Ok(given_up.rows_affected() == 1)
}

/// The moves recorded and not finished, by slot.
pub async fn pending(conn: &mut AnyConnection) -> Result<Vec<SlotMove>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT slot, shard, moving_to, moved_from, move_id FROM slot_databases \
         WHERE moving_to IS NOT NULL OR moved_from IS NOT NULL ORDER BY slot",
    )
    .fetch_all(conn)
    .await?;
    let index = |i: i32| usize::try_from(i).unwrap_or(usize::MAX);
    rows.iter()
        .map(|row| {
            let slot: i32 = row.try_get(0)?;
            let shard: i32 = row.try_get(1)?;
            let moving_to: Option<i32> = row.try_get(2)?;
            let moved_from: Option<i32> = row.try_get(3)?;
            let (from, to, switched) = match (moving_to, moved_from) {
                (Some(to), _) => (shard, to, false),
                (None, from) => (from.unwrap_or(shard), shard, true),
            };
            Ok(SlotMove {
                slot: u32::try_from(slot).unwrap_or(u32::MAX),
                from: index(from),
                to: index(to),
                move_id: row.try_get(4)?,
                switched,
            })
        })
        .collect()
}

/// Step 2: locks `slot`'s fence row in its database for move `move_id`, waiting for the
/// batches that hold it. Returns whether the row is locked by this move (`false`: a later move
/// superseded it).
pub async fn lock_source(source: &AnyPool, slot: u32, move_id: i64) -> Result<bool, sqlx::Error> {
    let mut tx = begin(source, false).await?;
    sqlx::query(
        "INSERT INTO slot_fences (slot, node_id, epoch, state, move_id) \
         VALUES ($1, 0, 0, 'locked', $2) \
         ON CONFLICT (slot) DO UPDATE SET state = 'locked', move_id = excluded.move_id \
         WHERE slot_fences.state = 'open' AND slot_fences.move_id < excluded.move_id",
    )
    .bind(slot_param(slot))
    .bind(move_id)
    .execute(&mut *tx)
    .await?;
    let fence = fence_row(&mut tx, slot, false).await?;
    tx.commit().await?;
    Ok(fence.is_some_and(|(state, id, _, _)| state == "locked" && id == move_id))
}

/// A cancelled move's lock lifted: `slot`'s fence row, locked by move `move_id`, is open
/// again (its holder and epoch unchanged). Does nothing unless it is.
pub async fn unlock_source(source: &AnyPool, slot: u32, move_id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE slot_fences SET state = 'open'          WHERE slot = $1 AND state = 'locked' AND move_id = $2",
    )
    .bind(slot_param(slot))
    .bind(move_id)
    .execute(source)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The fence rows a move left `locked` (a source) or `incoming` (a target) in a shard
/// database: `(slot, state, move_id)`. Read before the moves recorded (`pending`), one whose
/// move is not among them was cancelled.
pub async fn unfinished_fences(shard: &AnyPool) -> Result<Vec<(u32, String, i64)>, sqlx::Error> {
    let rows: Vec<(i32, String, i64)> = sqlx::query_as(
        "SELECT slot, state, move_id FROM slot_fences          WHERE state IN ('locked', 'incoming') ORDER BY slot",
    )
    .fetch_all(shard)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(slot, state, id)| Some((u32::try_from(slot).ok()?, state, id)))
        .collect())
}

/// What `copy` found in the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The slot's rows are in the target, its fence row `incoming`.
    Copied(Copied),
    /// An earlier try of this move committed its copy.
    Done,
    /// A later move took over the slot, or the source is not locked by this move.
    Superseded,
}

/// What a copy wrote: rows, in pages (INSERT statements) of at most the page size each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Copied {
    pub rows: u64,
    pub pages: u64,
}

/// Rows a move's copy reads and writes at a time (`copy`'s `page_rows`).
pub const COPY_PAGE_ROWS: u32 = 1000;

/// Step 3: copies `slot`'s rows from `source` (locked by move `move_id`) into `target`, in one
/// transaction of the target, reading each table `page_rows` rows at a time from one snapshot
/// of the source (`COPY_PAGE_ROWS` when the server moves a slot). `in_slot` tells a deployment
/// id of the slot (its slot is computed, not stored).
pub async fn copy(
    source: &AnyPool,
    target: &AnyPool,
    slot: u32,
    move_id: i64,
    in_slot: &(dyn Fn(i64) -> bool + Sync),
    page_rows: u32,
) -> Result<CopyOutcome, sqlx::Error> {
    let page_rows = page_rows.max(1);
    let mut into = begin(target, false).await?;
    // The target's fence row, locked against another try of the same move.
    sqlx::query(
        "INSERT INTO slot_fences (slot, node_id, epoch, state, move_id) \
         VALUES ($1, 0, 0, 'moved', 0) ON CONFLICT (slot) DO NOTHING",
    )
    .bind(slot_param(slot))
    .execute(&mut *into)
    .await?;
    let Some((state, id, _, _)) = fence_row(&mut into, slot, true).await? else {
        return Ok(CopyOutcome::Superseded);
    };
    if id > move_id {
        return Ok(CopyOutcome::Superseded);
    }
    if id == move_id && (state == "incoming" || state == "open") {
        return Ok(CopyOutcome::Done);
    }
    // One snapshot of the source: unfenced writes (activity times, acknowledged messages'
    // deletion) may still touch its rows while it is locked.
    let mut from = begin(source, true).await?;
    let Some((state, id, _, _)) = fence_row(&mut from, slot, false).await? else {
        return Ok(CopyOutcome::Superseded);
    };
    if state != "locked" || id != move_id {
        return Ok(CopyOutcome::Superseded);
    }
    // Rows of an earlier stay here (a move away whose clean-up of this side was left
    // behind) go first.
    let stale = deployments_in_slot(&mut into, in_slot).await?;
    delete_rows(&mut into, &stale).await?;
    let deployments = deployments_in_slot(&mut from, in_slot).await?;
    let mut copied = Copied::default();
    for (table, rows) in MOVED_TABLES {
        // A cursor in the source's snapshot, read a page at a time: the copy holds one page in
        // memory, whatever the slot's size.
        sqlx::query(&format!(
            "DECLARE moved NO SCROLL CURSOR FOR SELECT row_to_json(t)::text FROM {table} t \
             WHERE {}",
            rows.condition()
        ))
        .bind(&deployments)
        .execute(&mut *from)
        .await?;
        loop {
            let page: Vec<String> =
                sqlx::query_scalar(&format!("FETCH FORWARD {page_rows} FROM moved"))
                    .fetch_all(&mut *from)
                    .await?;
            if page.is_empty() {
                break;
            }
            let full = page.len() == usize::try_from(page_rows).unwrap_or(usize::MAX);
            copied.rows += sqlx::query(&format!(
                "INSERT INTO {table} \
                 SELECT * FROM json_populate_recordset(NULL::{table}, $1::json)"
            ))
            .bind(format!("[{}]", page.join(",")))
            .execute(&mut *into)
            .await?
            .rows_affected();
            copied.pages += 1;
            if !full {
                break;
            }
        }
        sqlx::query("CLOSE moved").execute(&mut *from).await?;
    }
    from.rollback().await?;
    sqlx::query("UPDATE slot_fences SET state = 'incoming', move_id = $2 WHERE slot = $1")
        .bind(slot_param(slot))
        .bind(move_id)
        .execute(&mut *into)
        .await?;
    into.commit().await?;
    Ok(CopyOutcome::Copied(copied))
}

/// Step 4: the map names `to`, the target of move `move_id`. Returns whether it does (now, or
/// already); `false`: the move was cancelled or a later one superseded it. (Its number alone
/// does not tell: a cancel clears `moving_to` too, and keeps the number.)
pub async fn switch(
    conn: &mut AnyConnection,
    slot: u32,
    to: usize,
    move_id: i64,
) -> Result<bool, sqlx::Error> {
    sqlx::query(&format!(
        "UPDATE slot_databases \
         SET moved_from = shard, shard = moving_to, moving_to = NULL, switched_at = {DB_NOW_MS} \
         WHERE slot = $1 AND move_id = $2 AND moving_to IS NOT NULL"
    ))
    .bind(slot_param(slot))
    .bind(move_id)
    .execute(&mut *conn)
    .await?;
    let switched: Option<i32> = sqlx::query_scalar(
        "SELECT slot FROM slot_databases \
         WHERE slot = $1 AND move_id = $2 AND moving_to IS NULL AND shard = $3",
    )
    .bind(slot_param(slot))
    .bind(move_id)
    .bind(i32::try_from(to).unwrap_or(i32::MAX))
    .fetch_optional(conn)
    .await?;
    Ok(switched.is_some())
}

/// Step 5: opens the target's fence row for move `move_id`, naming `holder` (the slot's lease
/// holder and epoch, in a cluster) unless it names a newer epoch already (a takeover's claim).
/// Returns whether the row is open for this move (`false`: a later move superseded it).
pub async fn open_target(
    target: &AnyPool,
    slot: u32,
    move_id: i64,
    holder: Option<(i64, i64)>,
) -> Result<bool, sqlx::Error> {
    let mut tx = begin(target, false).await?;
    let (node_id, epoch) = holder.unwrap_or((0, 0));
    sqlx::query(
        "UPDATE slot_fences SET state = 'open', \
         node_id = CASE WHEN epoch > $3 THEN node_id ELSE $2 END, \
         epoch = GREATEST(epoch, $3) \
         WHERE slot = $1 AND state = 'incoming' AND move_id = $4",
    )
    .bind(slot_param(slot))
    .bind(node_id)
    .bind(epoch)
    .bind(move_id)
    .execute(&mut *tx)
    .await?;
    let fence = fence_row(&mut tx, slot, false).await?;
    tx.commit().await?;
    Ok(fence.is_some_and(|(state, id, _, _)| state == "open" && id == move_id))
}

/// Which side of a move `clean_up` deletes: the source after a switch (its fence row
/// `locked`), or the target of a cancelled move (`incoming`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Left {
    Source,
    CancelledTarget,
}

/// Step 6, and a cancelled move's copy: the slot's fence row there goes `moved` and its rows
/// are deleted. Returns the rows deleted; nothing is done unless the row was left by move
/// `move_id` (`locked` in the source, `incoming` in a cancelled move's target).
pub async fn clean_up(
    database: &AnyPool,
    side: Left,
    slot: u32,
    move_id: i64,
    in_slot: &(dyn Fn(i64) -> bool + Sync),
) -> Result<u64, sqlx::Error> {
    let mut tx = begin(database, false).await?;
    sqlx::query(
        "UPDATE slot_fences SET state = 'moved' \
         WHERE slot = $1 AND state = $3 AND move_id = $2",
    )
    .bind(slot_param(slot))
    .bind(move_id)
    .bind(match side {
        Left::Source => "locked",
        Left::CancelledTarget => "incoming",
    })
    .execute(&mut *tx)
    .await?;
    let Some((state, id, _, _)) = fence_row(&mut tx, slot, true).await? else {
        return Ok(0);
    };
    if state != "moved" || id != move_id {
        return Ok(0);
    }
    let deployments = deployments_in_slot(&mut tx, in_slot).await?;
    let deleted = delete_rows(&mut tx, &deployments).await?;
    tx.commit().await?;
    Ok(deleted)
}

/// The end of move `move_id`: nothing is left to clean up. Returns whether this call ended it
/// (`false`: it was ended already).
pub async fn finish(
    conn: &mut AnyConnection,
    slot: u32,
    move_id: i64,
) -> Result<bool, sqlx::Error> {
    let ended = sqlx::query(
        "UPDATE slot_databases SET moved_from = NULL, switched_at = NULL \
         WHERE slot = $1 AND move_id = $2 AND moved_from IS NOT NULL",
    )
    .bind(slot_param(slot))
    .bind(move_id)
    .execute(conn)
    .await?;
    Ok(ended.rows_affected() > 0)
}

/// How many moves were ever requested, and how many are not switched yet (system database): a
/// read across the shard databases that must not miss a slot in the middle of a move checks
/// that both are the same before and after it, and that none was under way. (A switched move
/// has its rows in its new database; its old one may still hold them too.)
pub async fn generation(conn: &mut AnyConnection) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(move_id), 0) AS BIGINT), \
         CAST(COUNT(*) FILTER (WHERE moving_to IS NOT NULL) AS BIGINT) \
         FROM slot_databases",
    )
    .fetch_one(conn)
    .await
}

/// Gives every slot mapped to this shard database an open fence row if it has none, for a
/// server without leases (whose units check only that no move locked the slot). A slot's
/// first owner in a cluster writes its own (`slots::claim_fence`).
pub async fn open_fences(shard: &mut AnyConnection, slots: &[u32]) -> Result<(), sqlx::Error> {
    let list = serde_json::to_string(slots).unwrap_or_else(|_| "[]".to_owned());
    sqlx::query(
        "INSERT INTO slot_fences (slot, node_id, epoch) \
         SELECT value::int, 0, 0 FROM json_array_elements_text($1::json) \
         ON CONFLICT (slot) DO NOTHING",
    )
    .bind(list)
    .execute(shard)
    .await?;
    Ok(())
}

/// A transaction for a move's step: waits for a row at most 5 s (a batch holds one for
/// milliseconds; a longer hold fails this try, not the move), and is ended by the database
/// after 2 min idle (a paused mover; long enough for the other side of a copy to read or
/// write a large table). `snapshot`: one snapshot for all its reads (REPEATABLE READ, read
/// only), for the copy's reads of the source; the steps that write read committed rows, so
/// that the unfenced writes still touching a locked slot's rows (activity times) do not fail
/// them with serialization errors.
async fn begin(pool: &AnyPool, snapshot: bool) -> Result<Transaction<'static, Any>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if snapshot {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("SET LOCAL lock_timeout = '5s'")
        .execute(&mut *tx)
        .await?;
    sqlx::query("SET LOCAL idle_in_transaction_session_timeout = '120s'")
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// `(state, move_id, node_id, epoch)` of the slot's fence row, locked `FOR UPDATE` if asked.
async fn fence_row(
    conn: &mut AnyConnection,
    slot: u32,
    for_update: bool,
) -> Result<Option<(String, i64, i64, i64)>, sqlx::Error> {
    let lock = if for_update { " FOR UPDATE" } else { "" };
    sqlx::query_as(&format!(
        "SELECT state, move_id, node_id, epoch FROM slot_fences WHERE slot = $1{lock}"
    ))
    .bind(slot_param(slot))
    .fetch_optional(conn)
    .await
}

/// The ids of the deployments of the slot with rows in this database, as a JSON array.
async fn deployments_in_slot(
    conn: &mut AnyConnection,
    in_slot: &(dyn Fn(i64) -> bool + Sync),
) -> Result<String, sqlx::Error> {
    let union = MOVED_TABLES
        .iter()
        .filter(|(_, rows)| matches!(rows, RowsOf::Deployments))
        .map(|(table, _)| format!("SELECT deployment_id FROM {table}"))
        .collect::<Vec<_>>()
        .join(" UNION ");
    let ids: Vec<i64> = sqlx::query_scalar(&union).fetch_all(conn).await?;
    let ids: Vec<i64> = ids.into_iter().filter(|id| in_slot(*id)).collect();
    Ok(serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned()))
}

/// Deletes the rows of `deployments` (a JSON array) from every moved table, children first.
async fn delete_rows(conn: &mut AnyConnection, deployments: &str) -> Result<u64, sqlx::Error> {
    let mut deleted = 0;
    for (table, rows) in MOVED_TABLES.iter().rev() {
        deleted += sqlx::query(&format!("DELETE FROM {table} WHERE {}", rows.condition()))
            .bind(deployments)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    }
    Ok(deleted)
}

fn slot_param(slot: u32) -> i32 {
    i32::try_from(slot).unwrap_or(i32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_copies_every_game_state_table_but_the_fences() {
        let mut moved: Vec<&str> = MOVED_TABLES.iter().map(|(t, _)| *t).collect();
        let mut game: Vec<&str> = super::super::GAME_STATE_TABLES
            .iter()
            .copied()
            .filter(|t| *t != "slot_fences")
            .collect();
        moved.sort_unstable();
        game.sort_unstable();
        assert_eq!(moved, game);
    }
}
