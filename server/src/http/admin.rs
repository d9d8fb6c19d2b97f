//! Admin API handlers (wire reference §5.1).

use axum::extract::State;
use omgservers_types::admin::*;
use omgservers_types::support::DeletedResponse;
use omgservers_types::{Empty, Id};

use super::error::ApiError;
use super::extract::WireJson;
use crate::auth::passwords;
use crate::cluster;
use crate::error::Error;
use crate::pool::{self, hosts::HostSpec};
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
        server_uri: cluster::owner_uri(&state, index).await?,
    }))
}

pub async fn get_cluster(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<GetClusterResponse> {
    Ok(WireJson(cluster::view(&state).await?))
}

pub async fn drain_node(
    State(state): State<AppState>,
    WireJson(req): WireJson<DrainNodeRequest>,
) -> Reply<DrainNodeResponse> {
    Ok(WireJson(DrainNodeResponse {
        nodes: cluster::drain(&state, &req.server_uri, req.draining).await?,
    }))
}

pub async fn get_slot_databases(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<GetSlotDatabasesResponse> {
    Ok(WireJson(cluster::moves::view(&state).await?))
}

pub async fn move_slots(
    State(state): State<AppState>,
    WireJson(req): WireJson<MoveSlotsRequest>,
) -> Reply<GetSlotDatabasesResponse> {
    Ok(WireJson(cluster::moves::request(&state, &req).await?))
}

pub async fn cancel_slot_moves(
    State(state): State<AppState>,
    WireJson(req): WireJson<CancelSlotMovesRequest>,
) -> Reply<GetSlotDatabasesResponse> {
    Ok(WireJson(cluster::moves::cancel(&state, &req).await?))
}

pub async fn ping_docker_host(
    State(state): State<AppState>,
    WireJson(req): WireJson<PingDockerHostRequest>,
) -> Reply<PingDockerHostResponse> {
    pool::admin::ping(&state, &req.docker_daemon_uri).await?;
    Ok(WireJson(PingDockerHostResponse {
        successful: true,
        from_server: state.public_uri.to_string(),
    }))
}

pub async fn get_pool_hosts(
    State(state): State<AppState>,
    WireJson(_): WireJson<Empty>,
) -> Reply<GetPoolHostsResponse> {
    Ok(WireJson(GetPoolHostsResponse {
        hosts: pool::admin::list(&state),
    }))
}

pub async fn create_pool_host(
    State(state): State<AppState>,
    WireJson(req): WireJson<CreatePoolHostRequest>,
) -> Reply<PoolHostResponse> {
    let spec = HostSpec {
        docker_daemon_uri: pool::hosts::canonical_uri(&req.docker_daemon_uri),
        cpu_count: req.cpu_count,
        memory_size: req.memory_size,
        max_containers: req.max_containers,
    };
    let host = pool::admin::create(&state, spec).await?;
    Ok(WireJson(PoolHostResponse { host }))
}

pub async fn drain_pool_host(
    State(state): State<AppState>,
    WireJson(req): WireJson<DrainPoolHostRequest>,
) -> Reply<PoolHostResponse> {
    let host = pool::admin::set_draining(&state, req.id.get(), req.draining).await?;
    Ok(WireJson(PoolHostResponse { host }))
}

pub async fn delete_pool_host(
    State(state): State<AppState>,
    WireJson(req): WireJson<DeletePoolHostRequest>,
) -> Reply<DeletedResponse> {
    let deleted = pool::admin::delete(&state, req.id.get()).await?;
    Ok(WireJson(DeletedResponse::of(deleted)))
}
