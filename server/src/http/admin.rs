//! Admin API handlers (wire reference §5.1).

use axum::extract::State;
use omgservers_types::admin::*;
use omgservers_types::{Empty, Id};

use super::error::ApiError;
use super::extract::WireJson;
use crate::auth::passwords;
use crate::error::Error;
use crate::state::AppState;
use crate::store::shard;

type Reply<T> = Result<WireJson<T>, ApiError>;

pub async fn generate_id(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<GenerateIdResponse> {
    Ok(WireJson(GenerateIdResponse {
        id: Id(state.next_id()),
    }))
}

/// bcrypt only reads the first 72 bytes; longer values are refused rather than truncated.
pub async fn bcrypt_hash(
    State(state): State<AppState>,
    WireJson(req): WireJson<BcryptHashRequest>,
) -> Reply<BcryptHashResponse> {
    if req.value.trim().is_empty() {
        return Err(Error::validation("value must not be blank").into());
    }
    if req.value.len() > 72 {
        return Err(Error::validation(format!(
            "value is {} bytes; bcrypt reads at most 72",
            req.value.len()
        ))
        .into());
    }
    let hash = passwords::bcrypt_hash(req.value, state.config.password_bcrypt_cost).await?;
    Ok(WireJson(BcryptHashResponse { hash }))
}

pub async fn calculate_shard(
    State(state): State<AppState>,
    WireJson(req): WireJson<CalculateShardRequest>,
) -> Reply<CalculateShardResponse> {
    if req.shard_key.is_empty() {
        return Err(Error::validation("shard_key must not be empty").into());
    }
    let index = shard::shard_index(&[&req.shard_key], state.config.server_shard_count);
    Ok(WireJson(CalculateShardResponse {
        shard_index: i32::try_from(index).unwrap_or(i32::MAX),
        server_uri: state.public_uri.to_string(),
    }))
}
