//! Runtime commands (wire reference §9.3, §9.4) and the runtime config (§7.3).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::messages::ConnectionProtocol;
use crate::version_config::VersionConfig;
use crate::{dto, ClientId, CommandId, Empty, LobbyId, MatchId, MatchmakerId, RuntimeId, UserId};

dto! {
    pub struct LobbyConfig {
        pub lobby_id: LobbyId,
    }

    pub struct MatchConfig {
        pub matchmaker_id: MatchmakerId,
        pub match_id: MatchId,
    }

    /// A lobby runtime has `lobby_config`, a match runtime `match_config`; the other is null.
    pub struct RuntimeConfig {
        pub lobby_config: Option<LobbyConfig>,
        pub match_config: Option<MatchConfig>,
        pub version_config: VersionConfig,
    }

    pub struct InitRuntimeBody {
        pub runtime_config: RuntimeConfig,
    }

    pub struct AddClientBody {
        pub user_id: UserId,
        pub client_id: ClientId,
        pub profile: Value,
    }

    pub struct AddMatchClientBody {
        pub user_id: UserId,
        pub client_id: ClientId,
        pub group_name: String,
        pub profile: Value,
    }

    pub struct DeleteClientBody {
        pub client_id: ClientId,
    }

    pub struct HandleMessageBody {
        pub client_id: ClientId,
        pub message: Value,
    }

    pub struct RespondClientBody {
        pub client_id: ClientId,
        pub message: Value,
    }

    pub struct SetProfileBody {
        pub client_id: ClientId,
        pub profile: Value,
    }

    /// Upstream's field is `clients`; its README says `client`. Both are accepted.
    pub struct MulticastMessageBody {
        #[serde(alias = "client")]
        pub clients: Vec<ClientId>,
        pub message: Value,
    }

    pub struct BroadcastMessageBody {
        pub message: Value,
    }

    pub struct RequestMatchmakingBody {
        pub client_id: ClientId,
        pub mode: String,
    }

    pub struct KickClientBody {
        pub client_id: ClientId,
    }

    pub struct UpgradeConnectionBody {
        pub client_id: ClientId,
        pub protocol: ConnectionProtocol,
    }

    /// One outgoing command the server rejected; the rest of the interchange still happened.
    /// An addition to upstream's response (upstream SDKs ignore unknown fields).
    pub struct FailedCommand {
        /// Position in `outgoing_commands`.
        pub index: usize,
        pub qualifier: Option<String>,
        pub error: crate::ErrorResponse,
    }
}

/// Commands the server queues for a runtime.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
#[serde(
    tag = "qualifier",
    content = "body",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum IncomingCommandBody {
    InitRuntime(InitRuntimeBody),
    AddClient(AddClientBody),
    AddMatchClient(AddMatchClientBody),
    DeleteClient(DeleteClientBody),
    HandleMessage(HandleMessageBody),
}

/// The full stored record of a runtime command, as upstream returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct RuntimeCommand {
    pub id: CommandId,
    pub idempotency_key: String,
    pub runtime_id: RuntimeId,
    pub created: String,
    pub modified: String,
    #[serde(flatten)]
    pub body: IncomingCommandBody,
    pub deleted: bool,
}

/// Commands a runtime sends. `STOP_MATCHMAKING`'s empty body may arrive as `[]` from Lua.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
#[serde(
    tag = "qualifier",
    content = "body",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum OutgoingCommand {
    RespondClient(RespondClientBody),
    SetProfile(SetProfileBody),
    MulticastMessage(MulticastMessageBody),
    BroadcastMessage(BroadcastMessageBody),
    RequestMatchmaking(RequestMatchmakingBody),
    KickClient(KickClientBody),
    StopMatchmaking(Empty),
    UpgradeConnection(UpgradeConnectionBody),
}
