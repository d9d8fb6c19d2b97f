//! Clients: `player/create-client` — the welcome, the matchmaker and, when a lobby has room,
//! the lobby assignment in one write (wire reference §5.4, §11.2).

use omgservers_types::messages::*;
use omgservers_types::{ErrorQualifier, IdOrAlias};

use super::assignment::assign_lobby;
use super::{inbox, Wakes};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::clients::{self as rows, find};
use crate::store::time::{iso, now_millis};
use crate::tenancy::resolve;

/// `player/create-client`: the client is welcomed, given a matchmaker, and put in a lobby at
/// once when one has room (otherwise the controller starts one and assigns it).
/// The deployment a stage's new clients join (for routing `create-client` in a cluster).
pub async fn serving_deployment(
    state: &AppState,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<i64> {
    let mut conn = state.db.pool.acquire().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let project_id = resolve::project(&mut conn, tenant_id, project).await?;
    let stage_id = resolve::stage(&mut conn, tenant_id, project_id, stage).await?;
    Ok(rows::serving_deployment(&mut conn, tenant_id, stage_id)
        .await?
        .ok_or_else(|| no_deployment(stage_id))?
        .deployment_id)
}

fn no_deployment(stage_id: i64) -> Error {
    Error::NotFound {
        qualifier: ErrorQualifier::DEPLOYMENT_NOT_FOUND,
        message: format!("stage {stage_id} has no deployment"),
    }
}

/// The deployment of a client, if it exists: looked for in every database of game state (for
/// routing its requests to its deployment's node and database; `cluster::routes` keeps it).
pub async fn deployment_of(state: &AppState, client_id: i64) -> Result<Option<i64>> {
    let found: Option<rows::ClientRow> = super::find_in_any!(state, |conn| find(conn, client_id))?;
    Ok(found.map(|c| c.deployment_id))
}

/// `player/create-client`: the client joins the stage's serving deployment and gets its
/// welcome, matchmaker and (when a lobby has room) lobby assignment.
///
/// The stage and its serving deployment are read first, and the user's player (its profile on
/// the stage) is created in a unit of its own the first time: the client's unit then writes
/// game state only (docs/sharding.md "Game state and the control plane"). A player row whose
/// client unit failed is simply used by the next join.
pub async fn create(
    state: &AppState,
    user_id: i64,
    tenant: &IdOrAlias,
    project: &IdOrAlias,
    stage: &IdOrAlias,
) -> Result<i64> {
    let (tenant_id, stage_id, joined, player) = {
        let mut conn = state.db.pool.acquire().await?;
        let tenant_id = resolve::tenant(&mut conn, tenant).await?;
        let project_id = resolve::project(&mut conn, tenant_id, project).await?;
        let stage_id = resolve::stage(&mut conn, tenant_id, project_id, stage).await?;
        // The newest deployment of a stage gets every new client; older ones drain.
        let joined = rows::serving_deployment(&mut conn, tenant_id, stage_id)
            .await?
            .ok_or_else(|| no_deployment(stage_id))?;
        let player = rows::find_player(&mut conn, user_id, stage_id).await?;
        (tenant_id, stage_id, joined, player)
    };
    let matchmaker_id = {
        let mut conn = state.game(joined.deployment_id).acquire().await?;
        rows::first_matchmaker(&mut conn, joined.deployment_id).await?
    };
    let (deployment_id, version_id, version_created) = (
        joined.deployment_id,
        joined.version_id,
        joined.version_created,
    );
    let now = now_millis();
    let player_id = match player {
        Some(id) => id,
        None => {
            // Inside the writer's unit, so that two first joins of one user find one player.
            let mut tx = state.begin().await?;
            let id = rows::player_of(&mut tx, state.next_id(), tenant_id, user_id, stage_id, now)
                .await?;
            tx.commit().await?;
            id
        }
    };
    let mut tx = super::begin(state, deployment_id).await?;
    let client_id = state.next_id();
    let new = rows::NewClient {
        id: client_id,
        tenant_id,
        user_id,
        player_id,
        deployment_id,
        matchmaker_id,
        created: now,
    };
    rows::insert(&mut tx, &new).await?;
    let mut wakes = Wakes::default();
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

/// Disconnects a client on a developer's request (`developer/kick-client`), as a lobby
/// runtime's `KICK_CLIENT` does: no disconnection message (upstream has no reason for it), and
/// its runtime gets `DELETE_CLIENT`. Only the owner of the client's slot changes it (fenced).
/// False when the client is gone already.
pub async fn kick(state: &AppState, client_id: i64) -> Result<bool> {
    let Some(deployment_id) = deployment_of(state, client_id).await? else {
        return Ok(false);
    };
    let mut tx = super::begin(state, deployment_id).await?;
    let Some(client) = find(&mut tx, client_id).await?.filter(|c| !c.deleted()) else {
        return Ok(false);
    };
    let mut wakes = Wakes::default();
    super::teardown::delete_client(&mut tx, state, &mut wakes, &client, None, true).await?;
    tx.commit().await?;
    state.hub.wake(&wakes);
    Ok(true)
}
