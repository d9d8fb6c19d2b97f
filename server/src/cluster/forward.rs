//! Forwards a request about game state this node does not own to the node that does
//! (docs/sharding.md "Forwarding"), over persistent HTTP connections.
//!
//! The request goes to the owner's same public endpoint with the caller's own `Authorization`,
//! so the owner checks the credentials itself and no node vouches for another's callers; the
//! `omgservers-forwarded-by` header marks it as forwarded, and a forwarded request that lands on
//! a node that does not own the slot (ownership moved on the way) is answered 410
//! `WRONG_SHARD`, never forwarded again. On a 410 the sender re-reads the slot owners and tries
//! again, a few times, as a takeover settles within a heartbeat.

use std::sync::OnceLock;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use serde::Serialize;

use super::{refresh_owners, route, Route};
use crate::error::{Error, Result};
use crate::state::AppState;

/// Marks a forwarded request; its value is the sender's URI.
pub const FORWARDED_BY: &str = "omgservers-forwarded-by";

/// In a forwarded answer's extensions: the URI of the node that answered, the owner.
#[derive(Clone, Debug)]
pub struct AnsweredBy(pub String);

/// Tries of a forward that meets a node that no longer owns the slot.
const TRIES: usize = 4;

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_nodelay(true)
            .build()
            .unwrap_or_default()
    })
}

/// Whether this request was forwarded by another node.
pub fn is_forwarded(headers: &HeaderMap) -> bool {
    headers.contains_key(FORWARDED_BY)
}

/// `None`: handle the request here. `Some(response)`: the owner's answer, passed through
/// (its extensions hold [`AnsweredBy`]). `path` is the endpoint's path; `headers` the caller's
/// request headers (only `Authorization` goes on).
pub async fn to_owner<T: Serialize>(
    state: &AppState,
    deployment_id: i64,
    path: &str,
    headers: &HeaderMap,
    body: &T,
) -> Result<Option<Response>> {
    if !state.writer.slots().is_clustered() {
        return Ok(None);
    }
    // Encoded once, and only for a request that is forwarded.
    let mut encoded: Option<Vec<u8>> = None;
    for attempt in 0..TRIES {
        let uri = match route(state, deployment_id).await {
            Ok(Route::Here) => return Ok(None),
            Ok(Route::There(_)) | Err(Error::WrongShard(_)) if is_forwarded(headers) => {
                // Sent here by a node whose slot map is older than ours: it asks again.
                return Err(Error::WrongShard(
                    "this server does not own the deployment's slot (ownership moved); ask again"
                        .to_owned(),
                ));
            }
            Ok(Route::There(uri)) => uri,
            Err(Error::WrongShard(_)) if attempt + 1 < TRIES => {
                settle(attempt).await;
                continue;
            }
            Err(e) => return Err(e),
        };
        // A long poll may last up to the longest wait; an owner that does not answer by then
        // (paused, cut off) loses its slots within a lease.
        let timeout = Duration::from_millis(state.config.interchange_max_wait_ms)
            + state.config.cluster_lease_ttl;
        let mut request = client()
            .post(format!("{uri}{path}"))
            .timeout(timeout)
            .header(header::CONTENT_TYPE, "application/json")
            .header(FORWARDED_BY, state.public_uri.as_ref())
            .body(match &encoded {
                Some(bytes) => bytes.clone(),
                None => encoded
                    .insert(serde_json::to_vec(body).map_err(|e| Error::Internal(e.to_string()))?)
                    .clone(),
            });
        if let Some(auth) = headers.get(header::AUTHORIZATION) {
            request = request.header(header::AUTHORIZATION, auth);
        }
        let answer = match request.send().await {
            Ok(answer) => answer,
            Err(e) => {
                // The owner is unreachable: it may be dying, and its slots move within a TTL.
                tracing::warn!(owner = %uri, error = %e, "forward failed");
                if attempt + 1 < TRIES {
                    count(state, "retried");
                    refresh_owners(state).await?;
                    settle(attempt).await;
                    continue;
                }
                count(state, "failed");
                return Err(Error::Upstream {
                    qualifier: omgservers_types::ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
                    message: format!("the server owning this game state ({uri}) did not answer"),
                });
            }
        };
        if answer.status() == reqwest::StatusCode::GONE && attempt + 1 < TRIES {
            count(state, "retried");
            refresh_owners(state).await?;
            settle(attempt).await;
            continue;
        }
        count(state, "answered");
        let mut response = pass_through(answer).await?;
        response.extensions_mut().insert(AnsweredBy(uri));
        return Ok(Some(response));
    }
    Err(Error::WrongShard(
        "the deployment's slot is changing owner; ask again".to_owned(),
    ))
}

fn count(state: &AppState, outcome: &'static str) {
    state
        .metrics
        .forwards
        .get_or_create(&crate::http::metrics::ForwardLabels { outcome })
        .inc();
}

/// Waits a little longer at each try: a takeover settles within one heartbeat.
async fn settle(attempt: usize) {
    let millis = 50u64 << attempt.min(5);
    tokio::time::sleep(Duration::from_millis(millis)).await;
}

async fn pass_through(answer: reqwest::Response) -> Result<Response> {
    let status =
        StatusCode::from_u16(answer.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = answer.headers().get(reqwest::header::CONTENT_TYPE).cloned();
    let bytes = answer.bytes().await.map_err(|e| Error::Upstream {
        qualifier: omgservers_types::ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
        message: format!("the owning server's answer was cut off: {e}"),
    })?;
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    if let Some(value) = content_type.and_then(|v| HeaderValue::from_bytes(v.as_bytes()).ok()) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    Ok(response)
}
