//! Token issuance handlers shared by several areas (wire reference §2.3): by id or alias
//! (`admin`, `support`, `dispatcher`) and by numeric id (`developer`, `player`).

use axum::extract::State;
use omgservers_types::admin::{
    CreateTokenByIdRequest, CreateTokenByUserRequest, CreateTokenResponse,
};
use omgservers_types::IdOrAlias;

use super::error::ApiError;
use super::extract::WireJson;
use crate::auth;
use crate::state::AppState;

pub async fn by_user(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateTokenByUserRequest>,
) -> Result<WireJson<CreateTokenResponse>, ApiError> {
    let raw_token = auth::create_token(&state, &req.user, &req.password).await?;
    Ok(WireJson(CreateTokenResponse { raw_token }))
}

pub async fn by_id(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreateTokenByIdRequest>,
) -> Result<WireJson<CreateTokenResponse>, ApiError> {
    let raw_token =
        auth::create_token(&state, &IdOrAlias::from(req.user_id.get()), &req.password).await?;
    Ok(WireJson(CreateTokenResponse { raw_token }))
}
