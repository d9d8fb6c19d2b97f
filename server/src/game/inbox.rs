//! Player inboxes (wire reference §8): messages are delivered in id order on every poll until
//! the player acknowledges them in `consumed_messages`.

use omgservers_types::messages::{Message, MessageBody};
use sqlx::AnyConnection;

use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

/// Splits a tagged body into its stored qualifier and body JSON.
pub(crate) fn split_tagged<T: serde::Serialize>(tagged: &T) -> Result<(String, String)> {
    let value = serde_json::to_value(tagged).map_err(|e| Error::Internal(e.to_string()))?;
    let qualifier = value["qualifier"].as_str().unwrap_or_default().to_owned();
    Ok((qualifier, value["body"].to_string()))
}

/// Joins a stored qualifier and body back into a tagged value.
pub(crate) fn join_tagged<T: serde::de::DeserializeOwned>(
    id: i64,
    qualifier: &str,
    body: &str,
) -> Result<T> {
    let body: serde_json::Value = serde_json::from_str(body)
        .map_err(|e| Error::Internal(format!("stored body {id} is corrupt: {e}")))?;
    serde_json::from_value(
        serde_json::json!({"id": id.to_string(), "qualifier": qualifier, "body": body}),
    )
    .map_err(|e| Error::Internal(format!("stored message {id} is corrupt: {e}")))
}

/// Queues a message for a client.
pub async fn push(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    client_id: i64,
    body: &MessageBody,
) -> Result<i64> {
    let (qualifier, body) = split_tagged(body)?;
    let id = state.next_id();
    sqlx::query("INSERT INTO client_messages (id, client_id, qualifier, body, created) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(client_id)
        .bind(qualifier)
        .bind(body)
        .bind(now_millis())
        .execute(conn)
        .await?;
    wakes.clients.push(client_id);
    Ok(id)
}

/// Drops the acknowledged messages of this client (ids of other clients are ignored).
pub async fn acknowledge(conn: &mut AnyConnection, client_id: i64, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (2..chunk.len() + 2).map(|i| format!("${i}")).collect();
        let sql = format!(
            "DELETE FROM client_messages WHERE client_id = $1 AND id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(client_id);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// The unacknowledged messages, oldest first, at most 1,000 per answer (the rest follow once
/// these are acknowledged).
pub async fn pending(conn: &mut AnyConnection, client_id: i64) -> Result<Vec<Message>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT id, qualifier, body FROM client_messages WHERE client_id = $1 ORDER BY id LIMIT 1000",
    )
    .bind(client_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|(id, q, b)| join_tagged(*id, q, b))
        .collect()
}
