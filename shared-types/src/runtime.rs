//! Runtime API (wire reference §5.5, §9).

use crate::commands::{FailedCommand, RuntimeCommand};
use crate::{dto, CommandId, RuntimeId};

dto! {
    pub struct RuntimeCreateTokenRequest {
        pub runtime_id: RuntimeId,
        pub password: String,
    }

    pub struct RuntimeCreateTokenResponse {
        pub api_token: String,
        pub ws_token: String,
    }

    /// `outgoing_commands` are kept raw so one bad command is rejected alone (reported in
    /// `failed_commands`) instead of failing the whole interchange; see
    /// `crate::commands::OutgoingCommand` for their shapes.
    pub struct RuntimeInterchangeRequest {
        pub outgoing_commands: Vec<serde_json::Value>,
        pub consumed_commands: Vec<CommandId>,
        /// Additive long poll, as for players.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wait_ms: Option<u64>,
    }

    pub struct RuntimeInterchangeResponse {
        pub incoming_commands: Vec<RuntimeCommand>,
        #[serde(default)]
        pub failed_commands: Vec<FailedCommand>,
    }
}
