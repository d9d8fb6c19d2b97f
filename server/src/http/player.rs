//! The identity part of the player API (wire reference §5.4): ping, sign-up, sign-in.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use omgservers_types::endpoints::{self as ep, Endpoint as _};
use omgservers_types::permissions::UserRole;
use omgservers_types::player::*;
use omgservers_types::{Empty, UserId};

use super::error::ApiError;
use super::extract::WireJson;
use super::metrics::mark_long_poll;
use crate::auth::passwords::{self, Strength};
use crate::auth::users;
use crate::cluster::{forward, route_cookie};
use crate::error::Error;
use crate::state::AppState;
use crate::store::time::now_millis;

type Reply<T> = Result<WireJson<T>, ApiError>;

pub async fn ping_service(
    WireJson(req): WireJson<PingServiceRequest>,
) -> Reply<PingServiceResponse> {
    if req.message.chars().count() > 64 {
        return Err(Error::validation("message must be at most 64 characters").into());
    }
    Ok(WireJson(PingServiceResponse {
        message: "pong".to_owned(),
    }))
}

/// A player account with a generated password (fast hash: it is high-entropy).
pub async fn create_user(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<CreateUserResponse> {
    let password = passwords::generate_password();
    let hash = passwords::hash(password.clone(), Strength::Generated).await?;
    let id = state.next_id();
    let mut tx = state.begin().await.map_err(Error::from)?;
    users::insert(&mut tx, id, UserRole::PLAYER, &hash, now_millis()).await?;
    tx.commit().await.map_err(Error::from)?;
    Ok(WireJson(CreateUserResponse {
        user_id: UserId(id),
        password,
    }))
}

/// Forwarded to the node owning the stage's serving deployment in a cluster.
pub async fn create_client(
    State(state): State<AppState>,
    caller: super::extract::Caller,
    headers: HeaderMap,
    WireJson(req): WireJson<CreateClientRequest>,
) -> Result<Response, ApiError> {
    if state.writer.slots().is_clustered() {
        let deployment_id =
            crate::game::clients::serving_deployment(&state, &req.tenant, &req.project, &req.stage)
                .await?;
        let path = ep::player::CreateClient::PATH;
        if let Some(answer) = forward::to_owner(&state, deployment_id, path, &headers, &req).await?
        {
            return Ok(route_cookie::name_owner(&state, &headers, answer));
        }
    }
    let id = crate::game::clients::create(
        &state,
        caller.user_id,
        &req.tenant,
        &req.project,
        &req.stage,
    )
    .await?;
    let answer = WireJson(CreateClientResponse {
        client_id: id.into(),
    })
    .into_response();
    Ok(route_cookie::name_owner(&state, &headers, answer))
}

/// Forwarded to the node owning the client's deployment in a cluster.
pub async fn interchange(
    State(state): State<AppState>,
    caller: super::extract::Caller,
    headers: HeaderMap,
    WireJson(req): WireJson<PlayerInterchangeRequest>,
) -> Result<Response, ApiError> {
    // Which node and which database: the client's deployment (kept once read).
    let deployment = crate::cluster::routes::client_deployment(&state, req.client_id.get()).await?;
    if let (true, Some(deployment_id)) = (state.writer.slots().is_clustered(), deployment) {
        let path = ep::player::Interchange::PATH;
        if let Some(answer) = forward::to_owner(&state, deployment_id, path, &headers, &req).await?
        {
            let answer = route_cookie::name_owner(&state, &headers, answer);
            return Ok(mark_long_poll(answer, req.wait_ms));
        }
    }
    let wait_ms = req.wait_ms;
    let answer = crate::game::interchange::player(&state, deployment, caller.user_id, req).await?;
    let answer = route_cookie::name_owner(&state, &headers, WireJson(answer).into_response());
    Ok(mark_long_poll(answer, wait_ms))
}
