//! Admin API (wire reference §5.1) and the token requests shared by several areas.

use crate::{dto, Id, IdOrAlias, UserId};

dto! {
    /// `admin|support|dispatcher/create-token`: the user by id or alias.
    pub struct CreateTokenByUserRequest {
        pub user: IdOrAlias,
        pub password: String,
    }

    /// `developer|player/create-token`: the user by numeric id.
    pub struct CreateTokenByIdRequest {
        pub user_id: UserId,
        pub password: String,
    }

    pub struct CreateTokenResponse {
        pub raw_token: String,
    }

    pub struct GenerateIdResponse {
        pub id: Id,
    }

    pub struct BcryptHashRequest {
        pub value: String,
    }

    pub struct BcryptHashResponse {
        pub hash: String,
    }

    pub struct CalculateShardRequest {
        pub shard_key: String,
    }

    pub struct CalculateShardResponse {
        pub shard_index: i32,
        pub server_uri: String,
    }

    /// The dispatcher's variant also says whether another server owns the shard.
    pub struct DispatcherCalculateShardResponse {
        pub shard_index: i32,
        pub server_uri: String,
        pub foreign: bool,
    }

    pub struct PingDockerHostRequest {
        pub docker_daemon_uri: String,
    }

    pub struct PingDockerHostResponse {
        pub successful: bool,
        pub from_server: String,
    }
}
