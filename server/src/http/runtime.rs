//! Runtime API handlers (wire reference §5.5, §9).

use axum::extract::State;
use axum::http::StatusCode;
use omgservers_types::runtime::*;
use omgservers_types::ErrorQualifier;

use super::error::ApiError;
use super::extract::{Caller, WireJson};
use crate::game::runtimes;
use crate::state::AppState;

type Reply<T> = Result<WireJson<T>, ApiError>;

pub async fn create_token(
    State(state): State<AppState>,
    WireJson(req): WireJson<RuntimeCreateTokenRequest>,
) -> Reply<RuntimeCreateTokenResponse> {
    let (api_token, ws_token) =
        runtimes::create_token(&state, req.runtime_id.get(), &req.password).await?;
    Ok(WireJson(RuntimeCreateTokenResponse {
        api_token,
        ws_token,
    }))
}

pub async fn interchange(
    State(state): State<AppState>,
    caller: Caller,
    WireJson(req): WireJson<RuntimeInterchangeRequest>,
) -> Reply<RuntimeInterchangeResponse> {
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
    Ok(WireJson(
        crate::game::interchange::runtime(&state, runtime_id, req).await?,
    ))
}
