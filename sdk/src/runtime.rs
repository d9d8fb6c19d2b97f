//! The runtime side: a lobby or match game server.

use omgservers_types::commands::{IncomingCommandBody, OutgoingCommand, RuntimeCommand};
use omgservers_types::endpoints as ep;
use omgservers_types::messages::RuntimeQualifier;
use omgservers_types::runtime::*;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use omgservers_types::{CommandId, ErrorQualifier, RuntimeId};

use crate::dispatcher::RuntimeSocket;
use crate::{call, Error, Result};

/// Connection settings a runtime gets from its environment.
#[derive(Clone, Debug)]
pub struct RuntimeEnv {
    pub service_url: String,
    pub runtime_id: RuntimeId,
    pub password: String,
    pub qualifier: RuntimeQualifier,
}

impl RuntimeEnv {
    /// Reads `OMGSERVERS_SERVICE_URL`, `OMGSERVERS_RUNTIME_ID`, `OMGSERVERS_PASSWORD` and
    /// `OMGSERVERS_RUNTIME_QUALIFIER`.
    pub fn from_env() -> Result<RuntimeEnv> {
        let var = |name: &'static str| std::env::var(name).map_err(|_| Error::Environment(name));
        Ok(RuntimeEnv {
            service_url: var("OMGSERVERS_SERVICE_URL")?,
            runtime_id: var("OMGSERVERS_RUNTIME_ID")?
                .parse()
                .map_err(|_| Error::Environment("OMGSERVERS_RUNTIME_ID"))?,
            password: var("OMGSERVERS_PASSWORD")?,
            qualifier: var("OMGSERVERS_RUNTIME_QUALIFIER")?
                .parse()
                .map_err(|_| Error::Environment("OMGSERVERS_RUNTIME_QUALIFIER"))?,
        })
    }
}

/// Opens a runtime's room ([`RuntimeClient::room_opener`]).
#[derive(Clone)]
pub struct RoomOpener {
    http: crate::Http,
    service_url: String,
    /// The client's `ws_token`, renewed with it.
    ws_token: Arc<Mutex<String>>,
}

impl RoomOpener {
    /// Opens the room with the runtime client's `ws_token` and cookies as they are now.
    pub async fn open(&self) -> Result<RuntimeSocket> {
        let cookie = self.http.cookie_header(&self.service_url);
        let ws_token = self
            .ws_token
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        RuntimeSocket::connect_with(&self.service_url, &ws_token, cookie.as_deref()).await
    }
}

/// What a handler does with each incoming command: the commands to send back.
pub type Outgoing = Vec<OutgoingCommand>;

pub struct RuntimeClient {
    http: crate::Http,
    env: RuntimeEnv,
    api_token: String,
    ws_token: String,
    /// `ws_token` as the room openers read it (`room_opener`).
    shared_ws_token: Arc<Mutex<String>>,
    consumed: Vec<CommandId>,
    /// Long-poll wait per interchange, in milliseconds.
    pub wait_ms: u64,
    /// How long `run` keeps retrying an unreachable server before giving up.
    pub reconnect_for: Duration,
}

impl RuntimeClient {
    /// Signs in with the runtime's credentials.
    pub async fn connect(env: RuntimeEnv) -> Result<RuntimeClient> {
        let http = crate::Http::new();
        let tokens = call::<ep::runtime::CreateToken>(
            &http,
            &env.service_url,
            None,
            &RuntimeCreateTokenRequest {
                runtime_id: env.runtime_id,
                password: env.password.clone(),
            },
        )
        .await?;
        Ok(RuntimeClient {
            http,
            env,
            api_token: tokens.api_token,
            shared_ws_token: Arc::new(Mutex::new(tokens.ws_token.clone())),
            ws_token: tokens.ws_token,
            consumed: Vec::new(),
            wait_ms: 25_000,
            reconnect_for: Duration::from_secs(60),
        })
    }

    pub fn env(&self) -> &RuntimeEnv {
        &self.env
    }

    /// The WebSocket token for the dispatcher.
    pub fn ws_token(&self) -> &str {
        &self.ws_token
    }

    /// Opens the runtime's room, as [`RuntimeSocket::connect`] does with its service URL and
    /// `ws_token`, sending the client's cookies: behind a balancer that routes by a cluster's
    /// route cookie (docs/sharding.md "Owner routing"; `runtime/create-token` sets it), the
    /// socket reaches the node owning the game, as the HTTP calls do.
    pub async fn open_socket(&self) -> Result<RuntimeSocket> {
        self.room_opener().open().await
    }

    /// What opens the runtime's room again later, from another task (the client itself is
    /// busy in [`RuntimeClient::run`]): with the `ws_token` and cookies the client holds then,
    /// so a socket reopened after the client signed in again, or after the game changed node,
    /// uses the new token and follows the route cookie's new value.
    pub fn room_opener(&self) -> RoomOpener {
        RoomOpener {
            http: self.http.clone(),
            service_url: self.env.service_url.clone(),
            ws_token: self.shared_ws_token.clone(),
        }
    }

    /// One interchange: sends `outgoing`, acknowledges what was handled before, returns the
    /// new incoming commands (their ids are acknowledged on the next call). On failure the
    /// acknowledgements are kept for the next call.
    pub async fn interchange(
        &mut self,
        outgoing: &Outgoing,
    ) -> Result<(
        Vec<RuntimeCommand>,
        Vec<omgservers_types::commands::FailedCommand>,
    )> {
        let outgoing_commands = outgoing
            .iter()
            .map(|c| serde_json::to_value(c).unwrap_or(serde_json::Value::Null))
            .collect();
        let request = RuntimeInterchangeRequest {
            outgoing_commands,
            consumed_commands: self.consumed.clone(),
            wait_ms: Some(self.wait_ms),
        };
        let response = call::<ep::runtime::Interchange>(
            &self.http,
            &self.env.service_url,
            Some(&self.api_token),
            &request,
        )
        .await?;
        self.consumed = response.incoming_commands.iter().map(|c| c.id).collect();
        Ok((response.incoming_commands, response.failed_commands))
    }

    /// Runs the interchange loop: every incoming command is handed to `handler`, whose answers
    /// are sent with the next interchange. A server that is unreachable (restarting) is retried
    /// with backoff for up to `reconnect_for`, resending what was not delivered; an expired or
    /// refused token is renewed. Returns `Ok(())` when the server deleted the runtime (the
    /// graceful stop), or the first error that retrying cannot fix. Known limit: when a call
    /// fails after the server committed it (connection lost before the answer), its commands
    /// are sent again and players may see a message twice.
    pub async fn run<H>(mut self, mut handler: H) -> Result<()>
    where
        H: FnMut(&IncomingCommandBody) -> Outgoing,
    {
        let mut outgoing = Vec::new();
        let mut backoff = Duration::from_millis(100);
        let mut failing_since: Option<Instant> = None;
        loop {
            match self.interchange(&outgoing).await {
                Ok((incoming, _failed)) => {
                    outgoing.clear();
                    backoff = Duration::from_millis(100);
                    failing_since = None;
                    for command in &incoming {
                        outgoing.extend(handler(&command.body));
                    }
                }
                Err(e)
                    if matches!(
                        e.qualifier(),
                        Some(ErrorQualifier::RUNTIME_NOT_FOUND | ErrorQualifier::OBJECT_NOT_FOUND)
                    ) =>
                {
                    return Ok(());
                }
                Err(e) => {
                    let since = *failing_since.get_or_insert_with(Instant::now);
                    if since.elapsed() > self.reconnect_for {
                        return Err(e);
                    }
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(2));
                    if matches!(e.qualifier(), Some(ErrorQualifier::WRONG_CREDENTIALS)) {
                        if let Ok(tokens) = self.sign_in().await {
                            self.api_token = tokens.api_token;
                            *self
                                .shared_ws_token
                                .lock()
                                .unwrap_or_else(|p| p.into_inner()) = tokens.ws_token.clone();
                            self.ws_token = tokens.ws_token;
                        }
                    }
                }
            }
        }
    }

    async fn sign_in(&self) -> Result<RuntimeCreateTokenResponse> {
        let request = RuntimeCreateTokenRequest {
            runtime_id: self.env.runtime_id,
            password: self.env.password.clone(),
        };
        call::<ep::runtime::CreateToken>(&self.http, &self.env.service_url, None, &request).await
    }
}
