//! Docker registry token service (wire reference §5.7) and dispatcher frames (§10.3).

use crate::{dto, ClientId};

dto! {
    /// Answer of the GET (basic auth) flow.
    pub struct DockerTokenResponse {
        pub token: String,
        pub access_token: String,
        pub expires_in: u64,
        pub issued_at: String,
        pub refresh_token: Option<String>,
    }

    /// Answer of the POST (OAuth2 refresh) flow.
    pub struct DockerOAuthTokenResponse {
        pub access_token: String,
        pub scope: String,
        pub expires_in: u64,
        pub issued_at: String,
        pub refresh_token: Option<String>,
    }

    /// Player -> runtime frame as the runtime receives it.
    pub struct PlayerFrame {
        pub client_id: ClientId,
        pub encoding: FrameEncoding,
        pub message: String,
    }

    /// Runtime -> players frame. `clients` null or empty means every player of the room.
    pub struct RuntimeFrame {
        #[serde(default)]
        pub clients: Option<Vec<ClientId>>,
        pub encoding: FrameEncoding,
        pub message: String,
    }
}

crate::wire_enum! {
    #[allow(non_camel_case_types)]
    pub enum FrameEncoding { TXT, B64 }
}
