//! Game state whose deployment is gone (ARCHITECTURE.md §4, docs/sharding.md "Game state and
//! the control plane").
//!
//! Game-state rows (clients, runtimes, lobbies, matchmakers, matches, deployment events) name
//! their deployment by id but hold no foreign key to it (migrations 0007 and 0011): a slot's
//! game state must be able to live in another database than the control plane. Deleting a
//! deployment — or the stage, project or tenant above it — therefore deletes the control-plane
//! row only, and the controller tears the game state down afterwards: it asks which deployment
//! ids the game state names ([`named_deployments`]), which of them still exist
//! ([`existing_deployments`]) — two reads, never one query across both kinds of table — and
//! removes the rest.

use std::collections::BTreeSet;

use sqlx::AnyConnection;

use crate::error::Result;

/// Game-state tables with a `deployment_id` column and an index leading with it, each with
/// the rows that count: a deleted client is only kept readable for a while and is purged on
/// its own.
const NAMING_TABLES: [(&str, &str); 7] = [
    ("clients", "state <> 'DELETED'"),
    ("runtimes", "TRUE"),
    ("lobbies", "TRUE"),
    ("matchmakers", "TRUE"),
    ("matches", "TRUE"),
    ("deployment_events", "TRUE"),
    ("match_backoffs", "TRUE"),
];

/// Every deployment id that some game-state row names, ascending.
///
/// Each table is read as a loose index scan (one index probe per distinct id, written as a
/// recursive query both backends run), so the cost grows with the number of deployments, not
/// with the number of events, clients or runtimes they hold.
pub async fn named_deployments(conn: &mut AnyConnection) -> Result<BTreeSet<i64>> {
    let mut ids = BTreeSet::new();
    for (table, counted) in NAMING_TABLES {
        let sql = format!(
            "WITH RECURSIVE named (id) AS ( \
                SELECT MIN(deployment_id) FROM {table} WHERE {counted} \
                UNION ALL \
                SELECT (SELECT MIN(deployment_id) FROM {table} \
                        WHERE deployment_id > named.id AND {counted}) \
                FROM named WHERE named.id IS NOT NULL) \
             SELECT id FROM named WHERE id IS NOT NULL"
        );
        let rows: Vec<(i64,)> = sqlx::query_as(&sql).fetch_all(&mut *conn).await?;
        ids.extend(rows.into_iter().map(|(id,)| id));
    }
    Ok(ids)
}

/// Which of `ids` are deployments that exist (a control-plane read).
pub async fn existing_deployments(
    conn: &mut AnyConnection,
    ids: &BTreeSet<i64>,
) -> Result<BTreeSet<i64>> {
    let ids: Vec<i64> = ids.iter().copied().collect();
    let select = "SELECT id FROM deployments WHERE id IN ({in})";
    Ok(super::ids_in(conn, select, &ids)
        .await?
        .into_iter()
        .collect())
}

/// The deployment ids the game state of one database (`game`) names that no longer exist in
/// the control plane (`control`).
pub async fn gone_deployments(
    game: &mut AnyConnection,
    control: &mut AnyConnection,
) -> Result<BTreeSet<i64>> {
    let named = named_deployments(game).await?;
    if named.is_empty() {
        return Ok(named);
    }
    let existing = existing_deployments(control, &named).await?;
    Ok(named.difference(&existing).copied().collect())
}

/// Deletes what is left of a gone deployment's game state — its matchmakers with their
/// requests, matches, lobbies, events and match backoff — once no runtime and no live client of it is left
/// (those are torn down first, with what that means for players and processes). Answers
/// whether it did.
pub async fn delete_game_state(conn: &mut AnyConnection, deployment_id: i64) -> Result<bool> {
    let (left,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM runtimes WHERE deployment_id = $1) \
         + (SELECT COUNT(*) FROM clients WHERE deployment_id = $1 AND state <> 'DELETED')",
    )
    .bind(deployment_id)
    .fetch_one(&mut *conn)
    .await?;
    if left > 0 {
        return Ok(false);
    }
    sqlx::query(
        "DELETE FROM matchmaker_requests WHERE matchmaker_id IN \
         (SELECT id FROM matchmakers WHERE deployment_id = $1)",
    )
    .bind(deployment_id)
    .execute(&mut *conn)
    .await?;
    for table in [
        "matches",
        "lobbies",
        "matchmakers",
        "deployment_events",
        "match_backoffs",
    ] {
        sqlx::query(&format!("DELETE FROM {table} WHERE deployment_id = $1"))
            .bind(deployment_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}
