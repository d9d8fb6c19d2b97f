//! Runtime command queues (wire reference §9): the typed face of `store::queue::COMMANDS`.
//! Commands are delivered in id order until acknowledged in `consumed_commands`.

use omgservers_types::commands::{IncomingCommandBody, RuntimeCommand};
use omgservers_types::{CommandId, RuntimeId};

use super::inbox::{entry_of, join_tagged};
use super::Wakes;
use crate::error::Result;
use crate::state::AppState;
use crate::store::databases::Database;
use crate::store::queue::{Entry, COMMANDS};
use crate::store::time::iso;
use crate::store::writer::WriteTx;
use crate::telemetry::{self, Hop};

pub async fn push(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime_id: i64,
    body: &IncomingCommandBody,
) -> Result<i64> {
    let entry = entry_of(state, body)?;
    // Remembered before the entry shows in memory (effects run in order), so the poll that
    // delivers it finds where it came from.
    if let Some(queued) = telemetry::queued(Hop::ToRuntime, entry.id) {
        conn.after_commit(move || queued.remember());
    }
    COMMANDS.push(conn, RuntimeId(runtime_id), &entry).await?;
    wakes.runtimes.push(runtime_id);
    Ok(entry.id)
}

/// Drops the acknowledged commands of this runtime (ids of other runtimes are ignored): from
/// memory now, from the database behind (`store::hot`).
pub async fn acknowledge(database: &Database, runtime_id: i64, ids: &[i64]) -> Result<()> {
    let hot = &database.writer.hot().commands;
    Ok(hot
        .acknowledge(database.pool()?, RuntimeId(runtime_id), ids)
        .await?)
}

/// The unacknowledged commands as upstream's full records, oldest first (a page; the rest
/// follow once these are acknowledged), from memory once loaded.
pub async fn pending(database: &Database, runtime_id: i64) -> Result<Vec<RuntimeCommand>> {
    let hot = &database.writer.hot().commands;
    let entries = hot.pending(database.pool()?, RuntimeId(runtime_id)).await?;
    telemetry::delivered(Hop::ToRuntime, runtime_id, entries.iter().map(|e| e.id));
    entries.iter().map(|e| record(runtime_id, e)).collect()
}

fn record(runtime_id: i64, entry: &Entry) -> Result<RuntimeCommand> {
    let body: IncomingCommandBody = join_tagged(entry, serde_json::Value::Null)?;
    Ok(RuntimeCommand {
        id: CommandId(entry.id),
        idempotency_key: entry.id.to_string(),
        runtime_id: RuntimeId(runtime_id),
        created: iso(entry.created),
        modified: iso(entry.created),
        body,
        deleted: false,
    })
}
