//! Runtime API handlers (wire reference §5.5, §9).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use omgservers_types::endpoints::{self as ep, Endpoint as _};
use omgservers_types::runtime::*;
use omgservers_types::ErrorQualifier;

use super::error::ApiError;
use super::extract::{Caller, WireJson};
use super::metrics::mark_long_poll;
use crate::cluster::{forward, route_cookie};
use crate::game::runtimes;
use crate::state::AppState;

/// In a cluster the answer names the node owning the runtime's game in the route cookie.
pub async fn create_token(
    State(state): State<AppState>,
    headers: HeaderMap,
    WireJson(req): WireJson<RuntimeCreateTokenRequest>,
) -> Result<Response, ApiError> {
    let issued = runtimes::create_token(&state, req.runtime_id.get(), &req.password).await?;
    let answer = WireJson(RuntimeCreateTokenResponse {
        api_token: issued.api_token,
        ws_token: issued.ws_token,
    })
    .into_response();
    Ok(route_cookie::name_deployment_owner(&state, &headers, answer, issued.deployment_id).await)
}

/// Forwarded to the node owning the runtime's deployment in a cluster.
pub async fn interchange(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    WireJson(req): WireJson<RuntimeInterchangeRequest>,
) -> Result<Response, ApiError> {
    let runtime_id = caller
        .claims
        .runtime_id
        .as_deref()
        .and_then(|r| r.parse().ok())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorQualifier::WRONG_CREDENTIALS,
                "the token names no runtime",
            )
        })?;
    // Which node and which database: the runtime's deployment (kept once read).
    let deployment = crate::cluster::routes::runtime_deployment(&state, runtime_id).await?;
    if let (true, Some(deployment_id)) = (state.writer.slots().is_clustered(), deployment) {
        let path = ep::runtime::Interchange::PATH;
        if let Some(answer) = forward::to_owner(&state, deployment_id, path, &headers, &req).await?
        {
            let answer = route_cookie::name_owner(&state, &headers, answer);
            return Ok(mark_long_poll(answer, req.wait_ms));
        }
    }
    let wait_ms = req.wait_ms;
    let epoch = caller.claims.token_epoch;
    let answer =
        crate::game::interchange::runtime(&state, deployment, runtime_id, epoch, req).await?;
    let answer = route_cookie::name_owner(&state, &headers, WireJson(answer).into_response());
    Ok(mark_long_poll(answer, wait_ms))
}
