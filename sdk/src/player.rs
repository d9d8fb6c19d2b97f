//! The player side: a game client.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use omgservers_types::admin::CreateTokenByIdRequest;
use omgservers_types::endpoints as ep;
use omgservers_types::messages::{
    ClientOutgoingMessageBody, Message, MessageBody, OutgoingMessage,
};
use omgservers_types::player::*;
use omgservers_types::{ClientId, Empty, IdOrAlias, MessageId, UserId};

use crate::dispatcher::PlayerSocket;
use crate::{call, Result};

pub struct PlayerClient {
    http: crate::Http,
    base: String,
    pub user_id: UserId,
    pub password: String,
    token: String,
    pub client_id: Option<ClientId>,
    consumed: Vec<MessageId>,
    received: VecDeque<Message>,
    /// Long-poll wait per interchange, in milliseconds.
    pub wait_ms: u64,
}

impl PlayerClient {
    /// Talks to another server of the same installation from now on (as a load balancer in
    /// front of a cluster's nodes would choose one).
    pub fn set_base(&mut self, base: &str) {
        base.clone_into(&mut self.base);
    }

    /// The player's API token (bearer), for calls the client does not wrap.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Joins a runtime's room at this client's server with the `ws_token` of a
    /// `CONNECTION_UPGRADE_MESSAGE`, as [`PlayerSocket::connect`] does, sending the client's
    /// cookies: behind a balancer that routes by a cluster's route cookie (docs/sharding.md
    /// "Owner routing"), the socket reaches the node owning the game, as the HTTP calls do.
    pub async fn open_socket(&self, ws_token: &str) -> Result<PlayerSocket> {
        let cookie = self.http.cookie_header(&self.base);
        PlayerSocket::connect_with(&self.base, ws_token, cookie.as_deref()).await
    }

    /// A new player account, signed in.
    pub async fn sign_up(base: &str) -> Result<PlayerClient> {
        let http = crate::Http::new();
        let user: CreateUserResponse =
            call::<ep::player::CreateUser>(&http, base, None, &Empty).await?;
        PlayerClient::sign_in(base, user.user_id, user.password).await
    }

    /// Signs in an existing player account.
    pub async fn sign_in(base: &str, user_id: UserId, password: String) -> Result<PlayerClient> {
        let http = crate::Http::new();
        let token = call::<ep::player::CreateToken>(
            &http,
            base,
            None,
            &CreateTokenByIdRequest {
                user_id,
                password: password.clone(),
            },
        )
        .await?;
        Ok(PlayerClient {
            http,
            base: base.to_owned(),
            user_id,
            password,
            token: token.raw_token,
            client_id: None,
            consumed: Vec::new(),
            received: VecDeque::new(),
            wait_ms: 1_000,
        })
    }

    /// Joins the newest deployment of a stage.
    pub async fn create_client(
        &mut self,
        tenant: &str,
        project: &str,
        stage: &str,
    ) -> Result<ClientId> {
        let request = CreateClientRequest {
            tenant: IdOrAlias::from(tenant),
            project: IdOrAlias::from(project),
            stage: IdOrAlias::from(stage),
        };
        let response =
            call::<ep::player::CreateClient>(&self.http, &self.base, Some(&self.token), &request)
                .await?;
        self.client_id = Some(response.client_id);
        self.consumed.clear();
        self.received.clear();
        Ok(response.client_id)
    }

    /// One interchange: sends `data` messages, acknowledges what was received before, returns
    /// the new messages. Acknowledgements of a failed call are sent again with the next one.
    pub async fn interchange(&mut self, data: Vec<serde_json::Value>) -> Result<Vec<Message>> {
        let client_id = self.client_id.unwrap_or(ClientId(0));
        let outgoing_messages = data
            .into_iter()
            .enumerate()
            .map(|(i, data)| OutgoingMessage {
                id: serde_json::json!(i),
                body: MessageBody::ClientOutgoingMessage(ClientOutgoingMessageBody { data }),
            })
            .collect();
        let request = PlayerInterchangeRequest {
            client_id,
            outgoing_messages,
            // Kept until the call succeeds: a failed call must not lose the acknowledgements.
            consumed_messages: self.consumed.clone(),
            wait_ms: Some(self.wait_ms),
        };
        let response =
            call::<ep::player::Interchange>(&self.http, &self.base, Some(&self.token), &request)
                .await?;
        self.consumed = response.incoming_messages.iter().map(|m| m.id).collect();
        Ok(response.incoming_messages)
    }

    /// Sends one message to the current runtime.
    pub async fn send(&mut self, data: serde_json::Value) -> Result<()> {
        self.send_all(vec![data]).await
    }

    /// Sends several messages to the current runtime in one interchange (at most 1,000, the
    /// server's limit per interchange); they reach the runtime in this order. What the
    /// interchange returns is kept for `wait_for`.
    pub async fn send_all(&mut self, data: Vec<serde_json::Value>) -> Result<()> {
        let messages = self.interchange(data).await?;
        self.received.extend(messages);
        Ok(())
    }

    /// Waits up to `timeout` for a message matching `predicate`; earlier non-matching
    /// messages are kept for later calls.
    pub async fn wait_for(
        &mut self,
        timeout: Duration,
        predicate: impl Fn(&MessageBody) -> bool,
    ) -> Result<Option<Message>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(index) = self.received.iter().position(|m| predicate(&m.body)) {
                return Ok(self.received.remove(index));
            }
            if Instant::now() >= deadline {
                return Ok(None);
            }
            let remaining = deadline.saturating_duration_since(Instant::now());
            let saved = self.wait_ms;
            self.wait_ms = self
                .wait_ms
                .min(u64::try_from(remaining.as_millis()).unwrap_or(u64::MAX))
                .max(1);
            let messages = self.interchange(Vec::new()).await;
            self.wait_ms = saved;
            self.received.extend(messages?);
        }
    }
}
