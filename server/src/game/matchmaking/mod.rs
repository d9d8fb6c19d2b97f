//! Matchmaking (wire reference §11.3): queues requests, and applies the placements the pure
//! planner (`plan`) decides: greedily into open matches of the mode, smallest first, into the
//! smallest group with room, one seat per user; a new match only once ready. STOP_MATCHMAKING
//! closes a match.

pub mod plan;

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use omgservers_types::commands::RuntimeConfig;
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ClientId, ErrorQualifier, ErrorResponse, MatchId, UserId};
use prometheus_client::metrics::histogram::Histogram;

use super::assignment::{assign_matches, MatchSeat};
use super::metrics::ModeLabels;
use super::runtimes::{self, Purpose};
use super::Wakes;
use crate::error::Result;
use crate::state::AppState;
use crate::store::clients::{self, ClientRow};
use crate::store::deployments::{self, DeploymentChild};
use crate::store::matchmaking as rows;
use crate::store::runtimes as runtime_rows;
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;
use plan::{OpenMatch, QueuedRequest, Seat, Target};

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
    let config = {
        // The version's config is the control plane's (the system database).
        let mut control = state.db.pool.acquire().await?;
        rows::deployment_config(&mut control, client.deployment_id).await?
    };
    if !config.is_some_and(|c| c.modes.iter().any(|m| m.name == mode)) {
        return Ok(Err(ErrorResponse {
            qualifier: ErrorQualifier::WRONG_ARGUMENT,
            message: format!("mode `{mode}` is not in the version config"),
        }));
    }
    let matchmaker_id = matchmaker_of(conn, client).await?;
    let request = rows::RequestRow {
        id: state.next_id(),
        client_id: client.id,
        user_id: client.user_id,
        mode: mode.to_owned(),
        created: now_millis(),
    };
    rows::queue_request(conn, &request, client.tenant_id, matchmaker_id).await?;
    wakes.controller = true;
    Ok(Ok(()))
}

/// The client's matchmaker; when the client has none or it is not there, its deployment's
/// first one, written again if the deployment has none left. A deployment always has a
/// matchmaker, as it always has its warm lobbies: its first lobby and matchmaker are written
/// in one unit of game state and recorded written in the control plane, and a game database
/// that loses its last commits (a failover to an asynchronous replica) may lose them while the
/// control plane keeps the record; one deleted (`delete-matchmaker`) with none other left is
/// made again the same way. The controller makes lobbies again; the matchmaker is made again
/// here, when a player first needs it, so that no request is queued for a matchmaker that is
/// not there (it would be dropped, and the player never matched).
async fn matchmaker_of(conn: &mut WriteTx, client: &ClientRow) -> Result<i64> {
    if let Some(id) = client.matchmaker_id {
        if rows::matchmaker(conn, id).await?.is_some() {
            return Ok(id);
        }
    }
    let deployment_id = client.deployment_id;
    if let Some(id) = clients::first_matchmaker(conn, deployment_id).await? {
        return Ok(id);
    }
    let (kind, tenant_id, now) = (DeploymentChild::Matchmaker, client.tenant_id, now_millis());
    deployments::insert_first_child(conn, kind, tenant_id, deployment_id, now).await?;
    Ok(deployment_id)
}

/// One matchmaking pass over every matchmaker with requests: each is planned (`plan`) and
/// its placements applied in one write.
pub async fn run(state: &AppState) -> Result<Wakes> {
    let mut wakes = Wakes::default();
    let mut control = state.db.pool.acquire().await?;
    let mut failed = crate::game::FirstError::default();
    for database in state.game_databases() {
        let done = async {
            let matchmakers = {
                let mut conn = database.acquire().await?;
                rows::with_requests(&mut conn).await?
            };
            for matchmaker_id in matchmakers {
                let mut tx = database.begin().await?;
                let Some((deployment_id, tenant_id)) =
                    rows::matchmaker(&mut tx, matchmaker_id).await?
                else {
                    // The matchmaker was deleted: its requests go with it.
                    rows::drop_requests(&mut tx, matchmaker_id).await?;
                    tx.commit().await?;
                    continue;
                };
                // Another node's deployment: its owner matchmakes it.
                if !crate::game::owns(state, deployment_id) {
                    continue;
                }
                crate::game::fence(&mut tx, state, deployment_id).await?;
                let Some(config) = rows::deployment_config(&mut control, deployment_id).await?
                else {
                    continue;
                };
                let matchmaker = Matchmaker {
                    id: matchmaker_id,
                    deployment_id,
                    tenant_id,
                    config,
                };
                match_one(&mut tx, state, &mut wakes, matchmaker).await?;
                tx.commit().await?;
            }
            crate::error::Result::<()>::Ok(())
        }
        .await;
        failed.keep(done);
    }
    let matched = failed.into_result();
    if let Err(e) = matched {
        // What the databases that answered matched is committed: its players are told now.
        state.hub.wake(&wakes);
        return Err(e);
    }
    Ok(wakes)
}

/// A matchmaker with requests, of a deployment this node owns, and its version's config.
struct Matchmaker {
    id: i64,
    deployment_id: i64,
    tenant_id: i64,
    config: VersionConfig,
}

async fn match_one(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    matchmaker: Matchmaker,
) -> Result<()> {
    let Matchmaker {
        id: matchmaker_id,
        deployment_id,
        tenant_id,
        config,
    } = matchmaker;
    let queued = rows::queued(conn, matchmaker_id).await?;
    let made_at: HashMap<i64, i64> = queued.iter().map(|r| (r.id, r.created)).collect();
    let requests: Vec<QueuedRequest> = queued
        .into_iter()
        .map(|r| QueuedRequest {
            id: r.id,
            client_id: ClientId(r.client_id),
            user_id: UserId(r.user_id),
            mode: r.mode,
        })
        .collect();
    let (open, runtime_of) = open_matches(conn, matchmaker_id).await?;
    let plan = plan::plan(&requests, &open, &config);
    // Each new match gets its id and runtime before its players are seated, all at once.
    let match_ids: Vec<i64> = plan.new_matches.iter().map(|_| state.next_id()).collect();
    let purposes = match_ids
        .iter()
        .map(|&match_id| Purpose::Match {
            matchmaker_id,
            match_id,
        })
        .collect();
    let of = runtimes::Deployment {
        tenant_id,
        deployment_id,
        version_config: &config,
    };
    let new_runtimes = runtimes::create_all(conn, state, wakes, &of, purposes).await?;
    let now = now_millis();
    let new_rows: Vec<rows::NewMatchRow<'_>> = (plan.new_matches.iter())
        .zip(&match_ids)
        .zip(&new_runtimes)
        .map(|((new, &id), &(runtime_id, _))| rows::NewMatchRow {
            id,
            tenant_id,
            matchmaker_id,
            deployment_id,
            mode: &new.mode,
            runtime_id,
            created: now,
        })
        .collect();
    rows::insert_matches(conn, &new_rows).await?;
    let created: Vec<(i64, i64)> = (new_rows.iter())
        .map(|row| (row.id, row.runtime_id))
        .collect();
    // Where each placement goes, and its runtime's config: a new match's as created, an open
    // one's read once.
    let mut configs: HashMap<i64, RuntimeConfig> = new_runtimes.into_iter().collect();
    let mut targets: Vec<(&plan::Placement, i64, i64)> = Vec::with_capacity(plan.placements.len());
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
        if let Entry::Vacant(config) = configs.entry(runtime_id) {
            config.insert(runtime_rows::config(conn, runtime_id).await?);
        }
        targets.push((placement, match_id, runtime_id));
    }
    let client_ids: Vec<i64> = targets.iter().map(|(p, _, _)| p.client_id.get()).collect();
    let mut found = clients::find_all(conn, &client_ids).await?;
    let mut seats = Vec::with_capacity(targets.len());
    for (placement, match_id, runtime_id) in targets {
        let Some(client) = found
            .remove(&placement.client_id.get())
            .filter(|c| !c.deleted())
        else {
            continue;
        };
        let Some(runtime_config) = configs.get(&runtime_id) else {
            continue;
        };
        let seat = MatchSeat {
            runtime_id,
            match_id,
            group: &placement.group,
            runtime_config,
        };
        seats.push((client, seat));
    }
    assign_matches(conn, state, wakes, &seats).await?;
    let placed: HashSet<i64> = plan.placements.iter().map(|p| p.request_id).collect();
    observe_waits(conn, state, &requests, &made_at, &placed);
    let placed: Vec<i64> = placed.into_iter().collect();
    rows::delete_requests(conn, &placed).await?;
    rows::delete_requests(conn, &plan.superseded).await
}

/// Once the batch commits, how long each placed request waited, by mode.
fn observe_waits(
    conn: &mut WriteTx,
    state: &AppState,
    requests: &[QueuedRequest],
    made_at: &HashMap<i64, i64>,
    placed: &HashSet<i64>,
) {
    let now = now_millis();
    let waits: Vec<(Histogram, f64)> = requests
        .iter()
        .filter(|r| placed.contains(&r.id))
        .filter_map(|r| {
            let waited = now - made_at.get(&r.id)?;
            let mode = ModeLabels {
                mode: r.mode.clone(),
            };
            let histogram = state
                .metrics
                .game
                .matchmaking_wait
                .get_or_create(&mode)
                .clone();
            #[allow(clippy::cast_precision_loss)]
            Some((histogram, waited.max(0) as f64 / 1000.0))
        })
        .collect();
    if !waits.is_empty() {
        conn.after_commit(move || {
            for (histogram, seconds) in waits {
                histogram.observe(seconds);
            }
        });
    }
}

/// OPENED matches of a matchmaker with their seated players, and the runtime of each.
async fn open_matches(
    conn: &mut WriteTx,
    matchmaker_id: i64,
) -> Result<(Vec<OpenMatch>, HashMap<i64, i64>)> {
    let matches = rows::open_matches(conn, matchmaker_id).await?;
    let mut by_match: HashMap<i64, Vec<Seat>> = HashMap::new();
    for seat in rows::open_seats(conn, matchmaker_id).await? {
        by_match.entry(seat.match_id).or_default().push(Seat {
            client_id: ClientId(seat.client_id),
            user_id: UserId(seat.user_id),
            group: seat.group_name.unwrap_or_default(),
        });
    }
    let runtime_of = matches
        .iter()
        .map(|(id, _, runtime)| (*id, *runtime))
        .collect();
    let open = matches
        .into_iter()
        .map(|(id, mode, _)| OpenMatch {
            id: MatchId(id),
            mode,
            seats: by_match.remove(&id).unwrap_or_default(),
        })
        .collect();
    Ok((open, runtime_of))
}
