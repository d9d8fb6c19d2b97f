//! Player inbox messages (wire reference §8.3): `{id, qualifier, body}` with a body whose shape
//! the qualifier selects.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::commands::RuntimeConfig;
use crate::{dto, ClientId, MatchmakerId, MessageId, RuntimeId, TenantId, VersionId};

crate::wire_enum! {
    #[allow(non_camel_case_types)]
    pub enum RuntimeQualifier { LOBBY, MATCH }

    #[allow(non_camel_case_types)]
    pub enum DisconnectionReason { CLIENT_INACTIVITY, INTERNAL_FAILURE }

    #[allow(non_camel_case_types)]
    pub enum ConnectionProtocol { DISPATCHER }
}

dto! {
    pub struct ClientOutgoingMessageBody {
        pub data: Value,
    }

    pub struct ServerWelcomeMessageBody {
        pub tenant_id: TenantId,
        pub version_id: VersionId,
        pub version_created: String,
    }

    pub struct MatchmakerAssignmentMessageBody {
        pub matchmaker_id: MatchmakerId,
    }

    pub struct RuntimeAssignmentMessageBody {
        pub runtime_id: RuntimeId,
        pub runtime_qualifier: RuntimeQualifier,
        pub runtime_config: RuntimeConfig,
    }

    pub struct WebSocketConfig {
        pub ws_token: String,
    }

    pub struct ConnectionUpgradeMessageBody {
        pub client_id: ClientId,
        pub protocol: ConnectionProtocol,
        pub web_socket_config: WebSocketConfig,
    }

    pub struct DisconnectionReasonMessageBody {
        pub reason: DisconnectionReason,
    }

    pub struct ServerOutgoingMessageBody {
        pub message: Value,
    }
}

/// A message body tagged by its qualifier: serializes as `"qualifier": …, "body": {…}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
#[serde(
    tag = "qualifier",
    content = "body",
    rename_all = "SCREAMING_SNAKE_CASE"
)]
pub enum MessageBody {
    ClientOutgoingMessage(ClientOutgoingMessageBody),
    ServerWelcomeMessage(ServerWelcomeMessageBody),
    MatchmakerAssignmentMessage(MatchmakerAssignmentMessageBody),
    RuntimeAssignmentMessage(RuntimeAssignmentMessageBody),
    ConnectionUpgradeMessage(ConnectionUpgradeMessageBody),
    DisconnectionReasonMessage(DisconnectionReasonMessageBody),
    ServerOutgoingMessage(ServerOutgoingMessageBody),
}

/// A message delivered to a player (server-generated id).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: MessageId,
    #[serde(flatten)]
    pub body: MessageBody,
}

/// A message sent by a player. Its `id` is client-chosen (the Defold SDK counts from 0) and
/// ignored by the server, so it may be any JSON value or absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct OutgoingMessage {
    #[serde(default)]
    pub id: Value,
    #[serde(flatten)]
    pub body: MessageBody,
}
