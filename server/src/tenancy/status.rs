//! The stage status view (`developer/get-stage-status`, not upstream) and its clients
//! (`developer/list-clients`): what runs in a stage now,
//! read in one snapshot per deployment — each deployment with its runtimes by status, lobbies and matches
//! (runtime, status, clients), clients assigned and queued, and the matchmaking queue per mode.

use omgservers_types::developer::{
    ClientSummaryDto, DeploymentStatusDto, ListClientsRequest, ListClientsResponse, LobbyStatusDto,
    MatchStatusDto, QueueStatusDto, RoundTripDto, RuntimeCountDto, StageStatusDto,
};
use omgservers_types::{
    ClientId, DeploymentId, IdOrAlias, LobbyId, MatchId, RuntimeId, StageId, UserId, VersionId,
};

use super::{resolve, Actor};
use crate::error::Result;
use crate::state::AppState;
use crate::store::round_trips;
use crate::store::time::{iso, now_millis};
use crate::store::{lists, status};

pub async fn stage_status(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<StageStatusDto> {
    let (stage_id, of_stage) = {
        let mut conn = state.begin_read().await?;
        let stage_id = super::lists::viewed_stage(&mut conn, actor, tenant, project, stage).await?;
        (
            stage_id,
            resolve::deployments_of_stage(&mut conn, stage_id).await?,
        )
    };
    let now = now_millis();
    let mut deployments = Vec::new();
    let mut trips = std::collections::HashMap::new();
    for d in of_stage.iter().rev() {
        // Each deployment's game state in one snapshot of its database.
        let mut conn = state.game(d.id).begin_read().await?;
        trips.extend(round_trips::of_deployments(&mut conn, &[d.id], now).await?);
        let by_runtime = status::clients_by_runtime(&mut conn, d.id).await?;
        let clients_of = |runtime_id: Option<i64>| {
            runtime_id
                .and_then(|r| by_runtime.get(&r).copied())
                .unwrap_or(0)
        };
        let lobbies = status::lobbies(&mut conn, d.id)
            .await?
            .into_iter()
            .map(|l| LobbyStatusDto {
                id: LobbyId(l.id),
                runtime_id: l.runtime_id.map(RuntimeId),
                runtime_status: l.runtime_status,
                clients: clients_of(l.runtime_id),
                created: iso(l.created),
            })
            .collect();
        let matches = status::matches(&mut conn, d.id)
            .await?
            .into_iter()
            .map(|m| MatchStatusDto {
                id: MatchId(m.id),
                mode: m.mode,
                status: m.status,
                runtime_id: RuntimeId(m.runtime_id),
                runtime_status: m.runtime_status,
                clients: clients_of(Some(m.runtime_id)),
                created: iso(m.created),
            })
            .collect();
        let queues = status::queues(&mut conn, d.id)
            .await?
            .into_iter()
            .map(|q| QueueStatusDto {
                mode: q.mode,
                waiting: q.waiting,
                oldest_wait_ms: (now - q.oldest).max(0),
            })
            .collect();
        let runtimes = status::runtimes_by_status(&mut conn, d.id)
            .await?
            .into_iter()
            .map(|(status, count)| RuntimeCountDto { status, count })
            .collect();
        deployments.push(DeploymentStatusDto {
            id: DeploymentId(d.id),
            version_id: VersionId(d.version_id),
            state: d.state,
            created: iso(d.created),
            clients_assigned: by_runtime.values().sum(),
            clients_queued: status::clients_queued(&mut conn, d.id).await?,
            round_trip: trips
                .get(&d.id)
                .and_then(round_trips::merge)
                .map(RoundTripDto::from),
            runtimes,
            lobbies,
            matches,
            queues,
        });
    }
    let clients = deployments
        .iter()
        .map(|d| d.clients_assigned + d.clients_queued)
        .sum();
    Ok(StageStatusDto {
        stage_id: StageId(stage_id),
        clients,
        round_trip: round_trips::merge(trips.values().flatten()).map(RoundTripDto::from),
        deployments,
    })
}

/// A page of the stage's connected clients (of one user if given).
pub async fn stage_clients(
    state: &AppState,
    actor: Actor,
    req: &ListClientsRequest,
) -> Result<ListClientsResponse> {
    let page = lists::Page::of(req.cursor.as_deref(), req.limit)?;
    let mut conn = state.db.pool.acquire().await?;
    let stage_id =
        super::lists::viewed_stage(&mut conn, actor, &req.tenant, &req.project, &req.stage).await?;
    let user = req.user_id.map(|u| u.get());
    let deployments = crate::store::deployments::ids_of_stage(&mut conn, stage_id).await?;
    drop(conn);
    let mut rows = Vec::new();
    for database in state.databases.holding(&deployments) {
        let mut conn = database.acquire().await?;
        rows.extend(lists::clients_of_stage(&mut conn, &deployments, user, page).await?);
    }
    let rows = page.merge(rows, |c| c.id);
    let (clients, next_cursor) = page.answer(
        rows,
        |c| c.id,
        |c| ClientSummaryDto {
            id: ClientId(c.id),
            user_id: UserId(c.user_id),
            deployment_id: DeploymentId(c.deployment_id),
            state: c.state,
            runtime_id: c.runtime_id.map(RuntimeId),
            runtime_qualifier: c.runtime_qualifier,
            match_id: c.match_id.map(MatchId),
            created: iso(c.created),
            last_activity: iso(c.last_activity),
        },
    );
    Ok(ListClientsResponse {
        clients,
        next_cursor,
    })
}
