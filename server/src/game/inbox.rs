//! Player inboxes (wire reference §8): the typed face of `store::queue::INBOX`. Messages are
//! delivered in id order on every poll until the player acknowledges them in
//! `consumed_messages`.

use omgservers_types::messages::{Message, MessageBody};
use omgservers_types::ClientId;

use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::databases::Database;
use crate::store::queue::{Entry, Owner, Queue, INBOX};
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;
use crate::telemetry::{self, Hop};

/// Splits a tagged body into its stored qualifier and body JSON.
pub(crate) fn split_tagged<T: serde::Serialize>(tagged: &T) -> Result<(String, String)> {
    let value = serde_json::to_value(tagged).map_err(|e| Error::Internal(e.to_string()))?;
    let qualifier = value["qualifier"].as_str().unwrap_or_default().to_owned();
    Ok((qualifier, value["body"].to_string()))
}

/// A new queue entry for a tagged body, with a fresh id.
pub(crate) fn entry_of<T: serde::Serialize>(state: &AppState, tagged: &T) -> Result<Entry> {
    let (qualifier, body) = split_tagged(tagged)?;
    Ok(Entry {
        id: state.next_id(),
        qualifier,
        body,
        created: now_millis(),
    })
}

/// Joins a stored entry back into a tagged value (`{"qualifier", "body"}` plus the fields of
/// `extra`, an object). Read from text, so the stored body's numbers reach `T` whatever their
/// size (`omgservers_types::exact_json`).
pub(crate) fn join_tagged<T: serde::de::DeserializeOwned>(
    entry: &Entry,
    extra: serde_json::Value,
) -> Result<T> {
    let id = entry.id;
    let corrupt =
        |e: serde_json::Error| Error::Internal(format!("stored entry {id} is corrupt: {e}"));
    let mut text = format!(
        r#"{{"qualifier":{},"body":{}"#,
        serde_json::to_string(&entry.qualifier).map_err(corrupt)?,
        entry.body
    );
    if let serde_json::Value::Object(extra) = extra {
        for (name, value) in extra {
            let name = serde_json::to_string(&name).map_err(corrupt)?;
            text.push_str(&format!(",{name}:{value}"));
        }
    }
    text.push('}');
    serde_json::from_str(&text).map_err(corrupt)
}

/// Queues a message for a client.
pub async fn push(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    client_id: i64,
    body: &MessageBody,
) -> Result<i64> {
    let ids = push_all(conn, state, wakes, &[(client_id, body)]).await?;
    ids.first()
        .copied()
        .ok_or_else(|| Error::Internal("a queued message got no id".to_owned()))
}

/// Queues messages for clients, in the order given (`store::queue::Queue::push_all`: a few
/// hundred per statement); their ids, in the same order.
pub async fn push_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    messages: &[(i64, &MessageBody)],
) -> Result<Vec<i64>> {
    let tagged = messages
        .iter()
        .map(|(client, body)| (ClientId(*client), *body));
    let ids = queue_all(conn, state, &INBOX, Hop::ToPlayer, tagged).await?;
    wakes
        .clients
        .extend(messages.iter().map(|(client, _)| *client));
    Ok(ids)
}

/// Stores tagged bodies in their owners' queue, each with a fresh id (in the order given,
/// which is each owner's delivery order), and remembers where traced ones came from before
/// they show in memory (commit effects run in order), so the poll that delivers one finds its
/// origin.
pub(crate) async fn queue_all<'a, O: Owner, T: serde::Serialize + 'a>(
    conn: &mut WriteTx,
    state: &AppState,
    queue: &Queue<O>,
    hop: Hop,
    tagged: impl Iterator<Item = (O, &'a T)>,
) -> Result<Vec<i64>> {
    let mut entries = Vec::new();
    let mut traced = Vec::new();
    for (owner, body) in tagged {
        let entry = entry_of(state, body)?;
        traced.extend(telemetry::queued(hop, entry.id));
        entries.push((owner, entry));
    }
    if !traced.is_empty() {
        conn.after_commit(move || traced.into_iter().for_each(telemetry::Queued::remember));
    }
    let ids = entries.iter().map(|(_, entry)| entry.id).collect();
    queue.push_all(conn, entries).await?;
    Ok(ids)
}

/// Drops the acknowledged messages of this client (ids of other clients are ignored): from
/// memory now, from the database behind (`store::hot`).
pub async fn acknowledge(database: &Database, client_id: i64, ids: &[i64]) -> Result<()> {
    let hot = &database.writer.hot().inbox;
    Ok(hot
        .acknowledge(database.pool()?, ClientId(client_id), ids)
        .await?)
}

/// The unacknowledged messages, oldest first (a page; the rest follow once these are
/// acknowledged), from memory once loaded.
pub async fn pending(database: &Database, client_id: i64) -> Result<Vec<Message>> {
    let hot = &database.writer.hot().inbox;
    let entries = hot.pending(database.pool()?, ClientId(client_id)).await?;
    telemetry::delivered(Hop::ToPlayer, client_id, entries.iter().map(|e| e.id));
    entries
        .iter()
        .map(|e| join_tagged(e, serde_json::json!({"id": e.id.to_string()})))
        .collect()
}
