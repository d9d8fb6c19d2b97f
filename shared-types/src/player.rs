//! Player API (wire reference §5.4, §8).

use crate::messages::{Message, OutgoingMessage};
use crate::{dto, ClientId, IdOrAlias, MessageId, UserId};

dto! {
    pub struct PingServiceRequest {
        pub message: String,
    }

    pub struct PingServiceResponse {
        pub message: String,
    }

    pub struct CreateUserResponse {
        pub user_id: UserId,
        pub password: String,
    }

    pub struct CreateClientRequest {
        pub tenant: IdOrAlias,
        pub project: IdOrAlias,
        pub stage: IdOrAlias,
    }

    pub struct CreateClientResponse {
        pub client_id: ClientId,
    }

    pub struct PlayerInterchangeRequest {
        pub client_id: ClientId,
        pub outgoing_messages: Vec<OutgoingMessage>,
        pub consumed_messages: Vec<MessageId>,
        /// Additive long poll: when the inbox is empty, wait up to this many milliseconds for
        /// a message before answering. Absent or 0 answers at once, as upstream does.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub wait_ms: Option<u64>,
    }

    pub struct PlayerInterchangeResponse {
        pub incoming_messages: Vec<Message>,
    }
}
