//! Runtime command queues (wire reference §9): delivered in id order until acknowledged in
//! `consumed_commands`.

use omgservers_types::commands::{IncomingCommandBody, RuntimeCommand};
use omgservers_types::{CommandId, RuntimeId};
use sqlx::AnyConnection;

use super::inbox::split_tagged;
use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::{iso, now_millis};

pub async fn push(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    runtime_id: i64,
    body: &IncomingCommandBody,
) -> Result<i64> {
    let (qualifier, body) = split_tagged(body)?;
    let id = state.next_id();
    sqlx::query("INSERT INTO runtime_commands (id, runtime_id, qualifier, body, created) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(runtime_id)
        .bind(qualifier)
        .bind(body)
        .bind(now_millis())
        .execute(conn)
        .await?;
    wakes.runtimes.push(runtime_id);
    Ok(id)
}

pub async fn acknowledge(conn: &mut AnyConnection, runtime_id: i64, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
        let sql = format!(
            "DELETE FROM runtime_commands WHERE runtime_id = $1 AND id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(runtime_id);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The unacknowledged commands as upstream's full records, oldest first, at most 1,000 per
/// answer (the rest follow once these are acknowledged).
pub async fn pending(conn: &mut AnyConnection, runtime_id: i64) -> Result<Vec<RuntimeCommand>> {
    let rows: Vec<(i64, String, String, i64)> =
        sqlx::query_as("SELECT id, qualifier, body, created FROM runtime_commands WHERE runtime_id = $1 ORDER BY id LIMIT 1000")
            .bind(runtime_id)
            .fetch_all(conn)
            .await?;
    rows.into_iter()
        .map(|(id, qualifier, body, created)| {
            let body: serde_json::Value = serde_json::from_str(&body)
                .map_err(|e| Error::Internal(format!("command {id} is corrupt: {e}")))?;
            let tagged: IncomingCommandBody =
                serde_json::from_value(serde_json::json!({"qualifier": qualifier, "body": body}))
                    .map_err(|e| Error::Internal(format!("command {id} is corrupt: {e}")))?;
            Ok(RuntimeCommand {
                id: CommandId(id),
                idempotency_key: id.to_string(),
                runtime_id: RuntimeId(runtime_id),
                created: iso(created),
                modified: iso(created),
                body: tagged,
                deleted: false,
            })
        })
        .collect()
}
