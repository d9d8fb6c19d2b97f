//! What became of a group-commit batch whose `COMMIT` failed on the connection
//! (`store::writer`). PostgreSQL may have committed it all the same: the connection lost after
//! the database committed (a network fault on the answer), or a synchronous replica's wait cut
//! short (the backend terminated during a failover; PostgreSQL then warns that the transaction
//! "has already committed locally"). The batch takes its transaction id with its `BEGIN`
//! (`begin`), and the writer asks about that id on another connection. Needs
//! PostgreSQL 13 or later (`pg_current_xact_id`, `pg_xact_status`, `pg_visible_in_snapshot`).
//!
//! Taking the id at `BEGIN` means every batch has one: a batch whose units wrote nothing also
//! writes a commit record (not flushed: PostgreSQL flushes a commit only after other WAL) and
//! uses up an id. Under load every batch writes anyway; the controller opens units only for
//! work it found (`game::controller`), so an idle server opens none.

use std::sync::Arc;
use std::time::Duration;

use sqlx::{AnyConnection, AnyPool, Executor, Row};

use super::hot::HotQueues;

/// PostgreSQL's `BEGIN` of a batch; returns its transaction id (as text), taken in the same
/// round trip: a simple query of two statements, read with `fetch_all` (`fetch_one` would stop
/// at `BEGIN`'s result, which has no row).
pub async fn begin(conn: &mut AnyConnection) -> Result<String, sqlx::Error> {
    let rows = conn
        .fetch_all("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT pg_current_xact_id()::text")
        .await?;
    rows.first()
        .ok_or(sqlx::Error::RowNotFound)?
        .try_get::<String, _>(0)
}

/// What became of a batch's transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// Committed, and visible to other sessions.
    Committed,
    RolledBack,
    /// SQLite, no answer, or still in progress: it may commit yet (`watch_unknown`).
    Unknown,
}

/// How long the writer asks before it gives the fate up as unknown. It holds its database's
/// connection meanwhile, so every other write of that database waits: this stays short.
const ASK_WITHIN: Duration = Duration::from_secs(1);
/// Between two asks while the transaction is still in progress (its backend not done yet).
const ASK_PAUSE: Duration = Duration::from_millis(100);
/// After an unknown fate, `watch_unknown` asks again after `WATCH_PAUSE`, then twice as long
/// each time, up to `WATCH_PAUSE_MAX`, until the answer is known.
const WATCH_PAUSE: Duration = Duration::from_secs(1);
const WATCH_PAUSE_MAX: Duration = Duration::from_secs(60);

/// One answer of the database about a transaction.
enum Answer {
    Known(Fate),
    InProgress,
    /// No connection, or an error: ask again.
    Unreachable,
    /// An id too old (or too new) to tell: asking again will not help.
    Untellable,
}

/// Asks once about `xid` (`pg_xact_status`). Committed counts only once other sessions see it
/// (`pg_visible_in_snapshot`): its effects on memory must not run before a reload could read
/// its rows.
async fn ask(pool: &AnyPool, xid: &str) -> Answer {
    let asked: Result<(Option<String>, Option<bool>), sqlx::Error> = sqlx::query_as(
        "SELECT pg_xact_status($1::xid8), pg_visible_in_snapshot($1::xid8, pg_current_snapshot())",
    )
    .bind(xid)
    .fetch_one(pool)
    .await;
    match asked {
        Ok((Some(status), visible)) => match (status.as_str(), visible) {
            ("committed", Some(true)) => Answer::Known(Fate::Committed),
            ("committed" | "in progress", _) => Answer::InProgress,
            ("aborted", _) => Answer::Known(Fate::RolledBack),
            _ => Answer::Untellable,
        },
        Ok((None, _)) => Answer::Untellable,
        Err(e) => {
            tracing::debug!(error = %e, xid, "cannot ask a transaction's fate");
            Answer::Unreachable
        }
    }
}

/// The fate of transaction `xid` of `pool`'s database, after its `COMMIT` failed: asked until
/// known, for `ASK_WITHIN` at most (the network fault that broke the `COMMIT` may fail an ask
/// or two too). Without a pool or an id (SQLite), unknown.
pub async fn fate(pool: Option<AnyPool>, xid: Option<String>) -> Fate {
    let (Some(pool), Some(xid)) = (pool, xid) else {
        return Fate::Unknown;
    };
    let asking = async {
        loop {
            match ask(&pool, &xid).await {
                Answer::Known(fate) => return fate,
                Answer::InProgress | Answer::Unreachable => tokio::time::sleep(ASK_PAUSE).await,
                Answer::Untellable => return Fate::Unknown,
            }
        }
    };
    let fate = tokio::time::timeout(ASK_WITHIN, asking)
        .await
        .unwrap_or(Fate::Unknown);
    if fate == Fate::Unknown {
        tracing::warn!(xid, "cannot tell yet whether a failed COMMIT committed");
    }
    fate
}

/// After an unknown fate the writer forgot its memory, and reads since may have loaded the
/// state from before a commit that lands later (a replica's wait can last as long as the
/// replica is away). This keeps asking, less and less often, until the answer is known, and
/// forgets the memory again if the transaction turns out committed, ending the long polls of
/// the database (`HotQueues::clear_ending_polls`), so what the late commit queued is delivered
/// then, not at the end of a poll's `wait_ms`.
pub fn watch_unknown(pool: Option<AnyPool>, xid: Option<String>, hot: Arc<HotQueues>) {
    let (Some(pool), Some(xid)) = (pool, xid) else {
        return;
    };
    tokio::spawn(async move {
        let mut pause = WATCH_PAUSE;
        loop {
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(WATCH_PAUSE_MAX);
            match ask(&pool, &xid).await {
                Answer::Known(Fate::Committed) => {
                    tracing::warn!(
                        xid,
                        "a write batch answered as failed has committed since; memory forgotten again"
                    );
                    hot.clear_ending_polls();
                    return;
                }
                Answer::Known(_) => return,
                Answer::Untellable => {
                    tracing::warn!(
                        xid,
                        "cannot tell whether a failed COMMIT committed; memory forgotten again"
                    );
                    hot.clear_ending_polls();
                    return;
                }
                Answer::InProgress | Answer::Unreachable => {}
            }
        }
    });
}
