//! Matchmaking (wire reference §11.3): requests per mode are placed greedily into open matches
//! of that mode, smallest first, into the smallest group with room; a new match is created only
//! once enough requests make it ready (every minimum met). STOP_MATCHMAKING closes a match.

use std::collections::BTreeMap;

use omgservers_types::version_config::{Mode, VersionConfig};
use omgservers_types::{ErrorQualifier, ErrorResponse};
use sqlx::AnyConnection;

use super::clients::{self, ClientRow};
use super::runtimes::{self, Purpose};
use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

async fn version_config(
    conn: &mut AnyConnection,
    deployment_id: i64,
) -> Result<Option<VersionConfig>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT v.config FROM deployments d JOIN versions v ON v.id = d.version_id WHERE d.id = $1",
    )
    .bind(deployment_id)
    .fetch_optional(conn)
    .await?;
    row.map(|(config,)| {
        serde_json::from_str(&config)
            .map_err(|e| Error::Internal(format!("version config is corrupt: {e}")))
    })
    .transpose()
}

/// REQUEST_MATCHMAKING: queues the client for a mode of its version (a repeated request
/// replaces the earlier one). An unknown mode is rejected, not silently dropped.
pub async fn request(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    client: &ClientRow,
    mode: &str,
) -> Result<Result<(), ErrorResponse>> {
    if client.match_id.is_some() {
        return Ok(Err(ErrorResponse {
            qualifier: ErrorQualifier::WRONG_CLIENT_ID,
            message: format!(
                "client {} is already in a match; kick it back to a lobby first",
                client.id
            ),
        }));
    }
    let Some(matchmaker_id) = client.matchmaker_id else {
        return Ok(Err(ErrorResponse {
            qualifier: ErrorQualifier::MATCHMAKER_NOT_FOUND,
            message: format!(
                "client {} has no matchmaker (its deployment has none)",
                client.id
            ),
        }));
    };
    let config = version_config(conn, client.deployment_id).await?;
    if !config.is_some_and(|c| c.modes.iter().any(|m| m.name == mode)) {
        return Ok(Err(ErrorResponse {
            qualifier: ErrorQualifier::WRONG_ARGUMENT,
            message: format!("mode `{mode}` is not in the version config"),
        }));
    }
    sqlx::query("DELETE FROM matchmaker_requests WHERE client_id = $1")
        .bind(client.id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(state.next_id())
        .bind(client.tenant_id)
        .bind(matchmaker_id)
        .bind(client.id)
        .bind(mode)
        .bind(now_millis())
        .execute(&mut *conn)
        .await?;
    wakes.controller = true;
    Ok(Ok(()))
}

/// A match being filled: group name -> members.
struct Filling {
    match_id: Option<i64>,
    runtime_id: Option<i64>,
    groups: BTreeMap<String, Vec<i64>>,
}

impl Filling {
    fn size(&self) -> usize {
        self.groups.values().map(Vec::len).sum()
    }

    /// The group with the fewest members that still has room (ties by name).
    fn group_with_room(&self, mode: &Mode) -> Option<String> {
        mode.groups
            .iter()
            .filter(|g| self.groups.get(&g.name).map_or(0, Vec::len) < g.max_players as usize)
            .min_by_key(|g| (self.groups.get(&g.name).map_or(0, Vec::len), g.name.clone()))
            .map(|g| g.name.clone())
    }

    fn ready(&self, mode: &Mode) -> bool {
        self.size() >= mode.min_players.max(0) as usize
            && mode
                .groups
                .iter()
                .all(|g| self.groups.get(&g.name).map_or(0, Vec::len) >= g.min_players as usize)
    }
}

/// One matchmaking pass over every matchmaker with requests.
pub async fn run(state: &AppState) -> Result<Wakes> {
    let mut wakes = Wakes::default();
    let mut conn = state.db.pool.acquire().await?;
    let matchmakers: Vec<(i64,)> =
        sqlx::query_as("SELECT DISTINCT matchmaker_id FROM matchmaker_requests")
            .fetch_all(&mut *conn)
            .await?;
    drop(conn);
    for (matchmaker_id,) in matchmakers {
        let mut tx = state.begin().await?;
        match_one(&mut tx, state, &mut wakes, matchmaker_id).await?;
        tx.commit().await?;
    }
    Ok(wakes)
}

async fn match_one(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    matchmaker_id: i64,
) -> Result<()> {
    let deployment: Option<(i64, i64)> =
        sqlx::query_as("SELECT deployment_id, tenant_id FROM matchmakers WHERE id = $1")
            .bind(matchmaker_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((deployment_id, tenant_id)) = deployment else {
        // The matchmaker was deleted: its requests go with it.
        sqlx::query("DELETE FROM matchmaker_requests WHERE matchmaker_id = $1")
            .bind(matchmaker_id)
            .execute(&mut *conn)
            .await?;
        return Ok(());
    };
    let Some(config) = version_config(conn, deployment_id).await? else {
        return Ok(());
    };
    let requests: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT id, client_id, mode FROM matchmaker_requests WHERE matchmaker_id = $1 ORDER BY id",
    )
    .bind(matchmaker_id)
    .fetch_all(&mut *conn)
    .await?;
    for mode in &config.modes {
        let mode_requests: Vec<(i64, i64)> = requests
            .iter()
            .filter(|r| r.2 == mode.name)
            .map(|r| (r.0, r.1))
            .collect();
        if mode_requests.is_empty() {
            continue;
        }
        let mut fillings = open_matches(conn, matchmaker_id, &mode.name).await?;
        for (request_id, client_id) in mode_requests {
            fillings.sort_by_key(|f| (f.size(), f.match_id.unwrap_or(i64::MAX)));
            let slot = fillings.iter().position(|f| {
                f.size() < mode.max_players as usize && f.group_with_room(mode).is_some()
            });
            let index = match slot {
                Some(i) => i,
                None => {
                    fillings.push(Filling {
                        match_id: None,
                        runtime_id: None,
                        groups: BTreeMap::new(),
                    });
                    fillings.len() - 1
                }
            };
            let filling = &mut fillings[index];
            let Some(group) = filling.group_with_room(mode) else {
                continue;
            };
            filling
                .groups
                .entry(group.clone())
                .or_default()
                .push(client_id);
            if let (Some(match_id), Some(runtime_id)) = (filling.match_id, filling.runtime_id) {
                place(
                    conn, state, wakes, request_id, client_id, runtime_id, match_id, &group,
                )
                .await?;
            }
        }
        // New matches exist only once they are ready; until then their requests stay queued.
        for filling in fillings
            .iter()
            .filter(|f| f.match_id.is_none() && f.ready(mode))
        {
            let match_id = state.next_id();
            let purpose = Purpose::Match {
                matchmaker_id,
                match_id,
            };
            let runtime_id = runtimes::create(
                conn,
                state,
                wakes,
                tenant_id,
                deployment_id,
                purpose,
                config.clone(),
            )
            .await?;
            sqlx::query(
                "INSERT INTO matches (id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, status, created) VALUES ($1, $2, $3, $4, $5, $6, 'OPENED', $7)",
            )
            .bind(match_id)
            .bind(tenant_id)
            .bind(matchmaker_id)
            .bind(deployment_id)
            .bind(&mode.name)
            .bind(runtime_id)
            .bind(now_millis())
            .execute(&mut *conn)
            .await?;
            for (group, members) in &filling.groups {
                for client_id in members {
                    let request_id = requests
                        .iter()
                        .find(|r| r.1 == *client_id)
                        .map(|r| r.0)
                        .unwrap_or_default();
                    place(
                        conn, state, wakes, request_id, *client_id, runtime_id, match_id, group,
                    )
                    .await?;
                }
            }
        }
    }
    Ok(())
}

/// OPENED matches of a mode with their current members by group.
async fn open_matches(
    conn: &mut AnyConnection,
    matchmaker_id: i64,
    mode: &str,
) -> Result<Vec<Filling>> {
    let matches: Vec<(i64, i64)> =
        sqlx::query_as("SELECT id, runtime_id FROM matches WHERE matchmaker_id = $1 AND mode = $2 AND status = 'OPENED' ORDER BY id")
            .bind(matchmaker_id)
            .bind(mode)
            .fetch_all(&mut *conn)
            .await?;
    let mut out = Vec::new();
    for (match_id, runtime_id) in matches {
        let members: Vec<(i64, Option<String>)> = sqlx::query_as(
            "SELECT id, group_name FROM clients WHERE match_id = $1 AND state = 'ASSIGNED'",
        )
        .bind(match_id)
        .fetch_all(&mut *conn)
        .await?;
        let mut groups: BTreeMap<String, Vec<i64>> = BTreeMap::new();
        for (client_id, group) in members {
            groups
                .entry(group.unwrap_or_default())
                .or_default()
                .push(client_id);
        }
        out.push(Filling {
            match_id: Some(match_id),
            runtime_id: Some(runtime_id),
            groups,
        });
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
async fn place(
    conn: &mut AnyConnection,
    state: &AppState,
    wakes: &mut Wakes,
    request_id: i64,
    client_id: i64,
    runtime_id: i64,
    match_id: i64,
    group: &str,
) -> Result<()> {
    sqlx::query("DELETE FROM matchmaker_requests WHERE id = $1")
        .bind(request_id)
        .execute(&mut *conn)
        .await?;
    if let Some(client) = clients::find(conn, client_id)
        .await?
        .filter(|c| !c.deleted())
    {
        clients::assign_match(conn, state, wakes, &client, runtime_id, match_id, group).await?;
    }
    Ok(())
}
