//! Matchmaking (wire reference §11.3): queues requests, and applies the placements the pure
//! planner (`plan`) decides: greedily into open matches of the mode, smallest first, into the
//! smallest group with room, one seat per user; a new match only once ready. STOP_MATCHMAKING
//! closes a match.

pub mod plan;

use std::collections::HashMap;

use omgservers_types::commands::RuntimeConfig;
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ClientId, ErrorQualifier, ErrorResponse, MatchId, UserId};

use super::assignment::{assign_match, MatchSeat};
use super::runtimes::{self, Purpose};
use super::Wakes;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::runtimes as runtime_rows;
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;
use plan::{OpenMatch, QueuedRequest, Seat, Target};

async fn version_config(conn: &mut WriteTx, deployment_id: i64) -> Result<Option<VersionConfig>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT v.config FROM deployments d JOIN versions v ON v.id = d.version_id WHERE d.id = $1",
    )
    .bind(deployment_id)
    .fetch_optional(&mut **conn)
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
    conn: &mut WriteTx,
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
        .execute(&mut **conn)
        .await?;
    sqlx::query("INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(state.next_id())
        .bind(client.tenant_id)
        .bind(matchmaker_id)
        .bind(client.id)
        .bind(mode)
        .bind(now_millis())
        .execute(&mut **conn)
        .await?;
    wakes.controller = true;
    Ok(Ok(()))
}

/// One matchmaking pass over every matchmaker with requests: each is planned (`plan`) and
/// its placements applied in one write.
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
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    matchmaker_id: i64,
) -> Result<()> {
    let deployment: Option<(i64, i64)> =
        sqlx::query_as("SELECT deployment_id, tenant_id FROM matchmakers WHERE id = $1")
            .bind(matchmaker_id)
            .fetch_optional(&mut **conn)
            .await?;
    let Some((deployment_id, tenant_id)) = deployment else {
        // The matchmaker was deleted: its requests go with it.
        sqlx::query("DELETE FROM matchmaker_requests WHERE matchmaker_id = $1")
            .bind(matchmaker_id)
            .execute(&mut **conn)
            .await?;
        return Ok(());
    };
    let Some(config) = version_config(conn, deployment_id).await? else {
        return Ok(());
    };
    let requests: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT r.id, r.client_id, c.user_id, r.mode FROM matchmaker_requests r \
         JOIN clients c ON c.id = r.client_id WHERE r.matchmaker_id = $1 AND c.state <> 'DELETED' ORDER BY r.id",
    )
    .bind(matchmaker_id)
    .fetch_all(&mut **conn)
    .await?;
    let requests: Vec<QueuedRequest> = requests
        .into_iter()
        .map(|(id, client_id, user_id, mode)| QueuedRequest {
            id,
            client_id: ClientId(client_id),
            user_id: UserId(user_id),
            mode,
        })
        .collect();
    let open = open_matches(conn, matchmaker_id).await?;
    let plan = plan::plan(&requests, &open, &config);
    // Each new match gets its id and runtime before its players are seated.
    let mut created: Vec<(i64, i64)> = Vec::with_capacity(plan.new_matches.len());
    for new in &plan.new_matches {
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
        .bind(&new.mode)
        .bind(runtime_id)
        .bind(now_millis())
        .execute(&mut **conn)
        .await?;
        created.push((match_id, runtime_id));
    }
    let runtime_of: HashMap<i64, i64> = open_runtimes(conn, matchmaker_id).await?;
    // Read once per match, not once per player.
    let mut configs: HashMap<i64, RuntimeConfig> = HashMap::new();
    for placement in &plan.placements {
        let (match_id, runtime_id) = match placement.target {
            Target::New(index) => created[index],
            Target::Existing(match_id) => {
                let Some(runtime_id) = runtime_of.get(&match_id.get()) else {
                    continue;
                };
                (match_id.get(), *runtime_id)
            }
        };
        let runtime_config = match configs.get(&runtime_id) {
            Some(config) => config.clone(),
            None => {
                let config = runtime_rows::config(conn, runtime_id).await?;
                configs.insert(runtime_id, config.clone());
                config
            }
        };
        let seat = MatchSeat {
            runtime_id,
            match_id,
            group: &placement.group,
            runtime_config: &runtime_config,
        };
        if let Some(client) = clients::find(conn, placement.client_id.get())
            .await?
            .filter(|c| !c.deleted())
        {
            assign_match(conn, state, wakes, &client, &seat).await?;
        }
    }
    let placed: Vec<i64> = plan.placements.iter().map(|p| p.request_id).collect();
    delete_requests(conn, &placed).await?;
    delete_requests(conn, &plan.superseded).await
}

/// Removes requests by id, a few hundred per statement.
async fn delete_requests(conn: &mut WriteTx, ids: &[i64]) -> Result<()> {
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "DELETE FROM matchmaker_requests WHERE id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut **conn).await?;
    }
    Ok(())
}

/// OPENED matches of a matchmaker with their seated players.
async fn open_matches(conn: &mut WriteTx, matchmaker_id: i64) -> Result<Vec<OpenMatch>> {
    let matches: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, mode FROM matches WHERE matchmaker_id = $1 AND status = 'OPENED' ORDER BY id",
    )
    .bind(matchmaker_id)
    .fetch_all(&mut **conn)
    .await?;
    let seats: Vec<(i64, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT c.match_id, c.id, c.user_id, c.group_name FROM clients c \
         JOIN matches m ON m.id = c.match_id \
         WHERE m.matchmaker_id = $1 AND m.status = 'OPENED' AND c.state = 'ASSIGNED' ORDER BY c.id",
    )
    .bind(matchmaker_id)
    .fetch_all(&mut **conn)
    .await?;
    let mut by_match: HashMap<i64, Vec<Seat>> = HashMap::new();
    for (match_id, client_id, user_id, group) in seats {
        by_match.entry(match_id).or_default().push(Seat {
            client_id: ClientId(client_id),
            user_id: UserId(user_id),
            group: group.unwrap_or_default(),
        });
    }
    Ok(matches
        .into_iter()
        .map(|(id, mode)| OpenMatch {
            id: MatchId(id),
            mode,
            seats: by_match.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// The runtime of each OPENED match of a matchmaker.
async fn open_runtimes(conn: &mut WriteTx, matchmaker_id: i64) -> Result<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, runtime_id FROM matches WHERE matchmaker_id = $1 AND status = 'OPENED'",
    )
    .bind(matchmaker_id)
    .fetch_all(&mut **conn)
    .await?;
    Ok(rows.into_iter().collect())
}
