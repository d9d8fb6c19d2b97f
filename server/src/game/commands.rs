//! Runtime command queues (wire reference §9): the typed face of `store::queue::COMMANDS`.
//! Commands are delivered in id order until acknowledged in `consumed_commands`.

use omgservers_types::commands::{IncomingCommandBody, RuntimeCommand};
use omgservers_types::{CommandId, RuntimeId};

use super::inbox::{join_tagged, queue_all};
use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::databases::Database;
use crate::store::queue::{Entry, COMMANDS};
use crate::store::time::iso;
use crate::store::writer::WriteTx;
use crate::telemetry::{self, Hop};

/// Queues a command for a runtime.
pub async fn push(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    runtime_id: i64,
    body: &IncomingCommandBody,
) -> Result<i64> {
    let ids = push_all(conn, state, wakes, &[(runtime_id, body)]).await?;
    ids.first()
        .copied()
        .ok_or_else(|| Error::Internal("a queued command got no id".to_owned()))
}

/// Queues commands for runtimes, in the order given (`store::queue::Queue::push_all`: a few
/// hundred per statement); their ids, in the same order.
pub async fn push_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    commands: &[(i64, &IncomingCommandBody)],
) -> Result<Vec<i64>> {
    let tagged = commands
        .iter()
        .map(|(runtime, body)| (RuntimeId(*runtime), *body));
    let ids = queue_all(conn, state, &COMMANDS, Hop::ToRuntime, tagged).await?;
    wakes
        .runtimes
        .extend(commands.iter().map(|(runtime, _)| *runtime));
    Ok(ids)
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
