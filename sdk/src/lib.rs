//! `omgservers-sdk`: typed async clients for the OMGSERVERS v1 wire interface.
//!
//! - [`runtime::RuntimeClient`] for game servers (lobbies and matches): token, long-poll
//!   interchange loop with acknowledgements, typed incoming and outgoing commands, graceful
//!   stop when the server deletes the runtime.
//! - [`player::PlayerClient`] for players: user, token, client, interchange with
//!   acknowledgements, typed messages.
//! - [`dispatcher::RuntimeSocket`] and [`dispatcher::PlayerSocket`] for real-time play over
//!   the dispatcher WebSocket.

pub mod dispatcher;
pub mod player;
pub mod runtime;

pub use omgservers_types as types;

use omgservers_types::ErrorResponse;

/// The HTTP client of a player or a runtime, with its cookies. It keeps cookies as a browser
/// does: behind a load balancer that routes by a cluster's route cookie (docs/sharding.md
/// "Owner routing"), its requests then reach the node owning its game instead of one that
/// forwards them, and so do its dispatcher sockets ([`Http::cookie_header`]).
#[derive(Clone)]
struct Http {
    client: reqwest::Client,
    cookies: std::sync::Arc<reqwest::cookie::Jar>,
}

impl Http {
    fn new() -> Http {
        let cookies = std::sync::Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(cookies.clone())
            .build()
            .expect("an HTTP client with a cookie store");
        Http { client, cookies }
    }

    /// The `Cookie` header the client would send to `service_url` (`None` when it has no
    /// cookie for it, or the URL does not parse), for a WebSocket opened beside it.
    fn cookie_header(&self, service_url: &str) -> Option<String> {
        use reqwest::cookie::CookieStore as _;
        let url = reqwest::Url::parse(service_url).ok()?;
        let header = self.cookies.cookies(&url)?;
        header.to_str().ok().map(str::to_owned)
    }
}

/// A failed call: transport, or the server's error body.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("request failed: {0}")]
    Transport(#[from] reqwest::Error),
    #[error("{status}: {} {}", .error.qualifier, .error.message)]
    Server { status: u16, error: ErrorResponse },
    #[error("missing environment variable {0}")]
    Environment(&'static str),
    #[error("WebSocket: {0}")]
    WebSocket(String),
}

impl Error {
    /// The server's qualifier, if the server answered with an error.
    pub fn qualifier(&self) -> Option<omgservers_types::ErrorQualifier> {
        match self {
            Error::Server { error, .. } => Some(error.qualifier),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// POSTs the request of the operation `E` to `<base>` + its path; answers its response.
pub(crate) async fn call<E>(
    http: &Http,
    base: &str,
    token: Option<&str>,
    body: &E::Request,
) -> Result<E::Response>
where
    E: omgservers_types::endpoints::Endpoint,
    E::Request: serde::Serialize,
    E::Response: serde::de::DeserializeOwned,
{
    let url = format!("{}{}", base.trim_end_matches('/'), E::PATH);
    let mut request = http.client.post(url).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await?;
    let status = response.status();
    if status.is_success() {
        return Ok(response.json().await?);
    }
    let error = response
        .json::<ErrorResponse>()
        .await
        .unwrap_or(ErrorResponse {
            qualifier: omgservers_types::ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
            message: format!("HTTP {status} without an error body"),
        });
    Err(Error::Server {
        status: status.as_u16(),
        error,
    })
}
