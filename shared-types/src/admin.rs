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

    /// A Docker host of the runtime pool with its current load (not upstream).
    pub struct PoolHostDto {
        pub id: Id,
        pub docker_daemon_uri: String,
        /// CPUs offered to runtimes.
        pub cpu_count: i64,
        /// Megabytes offered to runtimes.
        pub memory_size: i64,
        pub max_containers: i64,
        /// A draining host keeps its containers but gets no new ones.
        pub draining: bool,
        /// Whether the host answered its last ping.
        pub reachable: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub last_error: Option<String>,
        /// Runtime containers starting or running on it.
        pub containers: i64,
        /// The CPU their runtimes reserve (requests), in ms per 100 ms (100 = one CPU).
        pub cpu_used: i64,
        /// The memory their runtimes reserve (requests), in MiB.
        pub memory_used: i64,
        pub created: String,
    }

    pub struct GetPoolHostsResponse {
        pub hosts: Vec<PoolHostDto>,
    }

    pub struct CreatePoolHostRequest {
        pub docker_daemon_uri: String,
        pub cpu_count: i64,
        pub memory_size: i64,
        pub max_containers: i64,
    }

    pub struct PoolHostResponse {
        pub host: PoolHostDto,
    }

    /// `draining: false` puts a drained host back into service.
    pub struct DrainPoolHostRequest {
        pub id: Id,
        #[serde(default = "crate::serde_util::yes")]
        pub draining: bool,
    }

    pub struct DeletePoolHostRequest {
        pub id: Id,
    }

    /// A node of the sharded installation (not upstream; docs/sharding.md).
    pub struct ClusterNodeDto {
        pub node_id: Id,
        /// The address other nodes forward requests to (`OMGSERVERS_SERVER_URI`).
        pub server_uri: String,
        /// The snowflake instance id it claimed (0-1023).
        pub instance_id: i64,
        pub started: String,
        /// Until when its membership holds without a heartbeat.
        pub expires: String,
        /// It renewed its membership in time.
        pub alive: bool,
        /// It hands its slots over and takes none.
        pub draining: bool,
        /// The slots it holds.
        pub slots: Vec<i64>,
        /// The node that answered.
        pub this_node: bool,
    }

    /// `clustered: false`: a standalone server, owning every slot.
    pub struct GetClusterResponse {
        pub clustered: bool,
        pub shard_count: i64,
        pub nodes: Vec<ClusterNodeDto>,
        /// Slots no live node holds right now (during a takeover).
        pub unowned_slots: Vec<i64>,
    }

    /// Marks the nodes at `server_uri` draining (they hand their slots to the others and keep
    /// forwarding), or back in service with `draining: false`.
    pub struct DrainNodeRequest {
        pub server_uri: String,
        #[serde(default = "crate::serde_util::yes")]
        pub draining: bool,
    }

    pub struct DrainNodeResponse {
        /// How many registered nodes have that URI (0: none, nothing changed).
        pub nodes: i64,
    }

    /// A shard database (`OMGSERVERS_DATABASE_SHARDS_<i>_URL`) and the slots whose game state
    /// it holds (not upstream; docs/sharding.md "Moving slots between databases").
    pub struct SlotDatabaseDto {
        /// `<i>` of its setting.
        pub index: i64,
        pub slots: Vec<i64>,
        /// The answering server could reach it last time it tried.
        pub reachable: bool,
    }

    /// A slot's move between shard databases that is not finished.
    pub struct SlotMoveDto {
        pub slot: i64,
        /// Shard database indexes.
        pub from: i64,
        pub to: i64,
        /// `MOVING`: locked (writes answered 500 `SHARD_LOCKED`) and being copied;
        /// `CLEANING_UP`: served by `to`, its rows being deleted from `from`.
        pub state: String,
    }

    /// Empty `databases`: game state lives in the system database (no shard databases).
    pub struct GetSlotDatabasesResponse {
        pub databases: Vec<SlotDatabaseDto>,
        pub moves: Vec<SlotMoveDto>,
    }

    /// Moves the game state of `slots` to shard database `database`: each slot is locked
    /// (`SHARD_LOCKED`) while it is copied, then served by its new database.
    pub struct MoveSlotsRequest {
        pub slots: Vec<i64>,
        pub database: i64,
    }

    /// Cancels the moves of `slots` that have not switched to their new database yet (state
    /// `MOVING`): each slot is unlocked where it is, and what was copied is deleted. Slots
    /// that are not moving are left alone; a move that switched already finishes.
    pub struct CancelSlotMovesRequest {
        pub slots: Vec<i64>,
    }
}
