//! Clients: `player/create-client` — the welcome, the matchmaker and, when a lobby has room,
//! the lobby assignment in one write (wire reference §5.4, §11.2).

use omgservers_types::messages::*;
use omgservers_types::{ErrorQualifier, IdOrAlias};
use sqlx::AnyConnection;

use super::assignment::assign_lobby;
use super::{inbox, Wakes};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::clients::find;
use crate::store::time::{iso, now_millis};
use crate::tenancy::resolve;

/// The newest deployment of a stage gets every new client; older ones drain.
async fn newest_deployment(
    conn: &mut AnyConnection,
    tenant_id: i64,
    stage_id: i64,
) -> Result<(i64, i64)> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT id, version_id FROM deployments WHERE tenant_id = $1 AND stage_id = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(tenant_id)
    .bind(stage_id)
    .fetch_optional(conn)
    .await?;
    row.ok_or_else(|| Error::NotFound {
        qualifier: ErrorQualifier::DEPLOYMENT_NOT_FOUND,
        message: format!("stage {stage_id} has no deployment"),
    })
}

/// `player/create-client`: the client is welcomed, given a matchmaker, and put in a lobby at
/// once when one has room (otherwise the controller starts one and assigns it).
pub async fn create(
    state: &AppState,
    user_id: i64,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<i64> {
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let project_id = resolve::project(&mut tx, tenant_id, project).await?;
    let stage_id = resolve::stage(&mut tx, tenant_id, project_id, stage).await?;
    let (deployment_id, version_id) = newest_deployment(&mut tx, tenant_id, stage_id).await?;
    let now = now_millis();
    let player: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM players WHERE user_id = $1 AND stage_id = $2")
            .bind(user_id)
            .bind(stage_id)
            .fetch_optional(&mut *tx)
            .await?;
    let player_id = match player {
        Some((id,)) => id,
        None => {
            let id = state.next_id();
            sqlx::query("INSERT INTO players (id, tenant_id, user_id, stage_id, profile, created) VALUES ($1, $2, $3, $4, '{}', $5)")
                .bind(id)
                .bind(tenant_id)
                .bind(user_id)
                .bind(stage_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    let matchmaker: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM matchmakers WHERE deployment_id = $1 ORDER BY id LIMIT 1")
            .bind(deployment_id)
            .fetch_optional(&mut *tx)
            .await?;
    let matchmaker_id = matchmaker.map(|(id,)| id);
    let client_id = state.next_id();
    sqlx::query(
        "INSERT INTO clients (id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, state, created, last_activity) \
         VALUES ($1, $2, $3, $4, $5, $6, 'QUEUED', $7, $8)",
    )
    .bind(client_id)
    .bind(tenant_id)
    .bind(user_id)
    .bind(player_id)
    .bind(deployment_id)
    .bind(matchmaker_id)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let mut wakes = Wakes::default();
    let (version_created,): (i64,) = sqlx::query_as("SELECT created FROM versions WHERE id = $1")
        .bind(version_id)
        .fetch_one(&mut *tx)
        .await?;
    let welcome = MessageBody::ServerWelcomeMessage(ServerWelcomeMessageBody {
        tenant_id: tenant_id.into(),
        version_id: version_id.into(),
        version_created: iso(version_created),
    });
    inbox::push(&mut tx, state, &mut wakes, client_id, &welcome).await?;
    if let Some(matchmaker_id) = matchmaker_id {
        let body = MessageBody::MatchmakerAssignmentMessage(MatchmakerAssignmentMessageBody {
            matchmaker_id: matchmaker_id.into(),
        });
        inbox::push(&mut tx, state, &mut wakes, client_id, &body).await?;
    }
    let client = find(&mut tx, client_id)
        .await?
        .ok_or_else(|| Error::Internal("client vanished".into()))?;
    if !assign_lobby(&mut tx, state, &mut wakes, &client).await? {
        wakes.controller = true;
    }
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(client_id)
}
