//! Runtime command queues (wire reference §9): the typed face of `store::queue::COMMANDS`.
//! Commands are delivered in id order until acknowledged in `consumed_commands`.

use omgservers_types::commands::{IncomingCommandBody, RuntimeCommand};
use omgservers_types::{CommandId, RuntimeId};
use sqlx::AnyConnection;

use super::inbox::{entry_of, join_tagged};
use super::Wakes;
use crate::error::Result;
use crate::state::AppState;
use crate::store::queue::{Entry, COMMANDS};
use crate::store::time::iso;

pub async fn push(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    runtime_id: i64,
    body: &IncomingCommandBody,
) -> Result<i64> {
    let entry = entry_of(state, body)?;
    COMMANDS.push(conn, RuntimeId(runtime_id), &entry).await?;
    wakes.runtimes.push(runtime_id);
    Ok(entry.id)
}

pub async fn acknowledge(conn: &mut AnyConnection, runtime_id: i64, ids: &[i64]) -> Result<()> {
    Ok(COMMANDS
        .acknowledge(conn, RuntimeId(runtime_id), ids)
        .await?)
}

/// The unacknowledged commands as upstream's full records, oldest first (a page; the rest
/// follow once these are acknowledged).
pub async fn pending(conn: &mut AnyConnection, runtime_id: i64) -> Result<Vec<RuntimeCommand>> {
    COMMANDS
        .pending(conn, RuntimeId(runtime_id))
        .await?
        .iter()
        .map(|e| record(runtime_id, e))
        .collect()
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
