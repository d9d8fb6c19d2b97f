//! The route cookie (docs/sharding.md "Owner routing"): a node tells a player's client which
//! node owns its game, so that a load balancer routing by the cookie (docs/haproxy.cfg,
//! application-set persistence) sends the client's next requests straight to the owner instead
//! of to a node that would forward them.
//!
//! The cookie (`OMGSERVERS_CLUSTER_ROUTE_COOKIE`, `OMGSERVERS_NODE` by default; empty turns it
//! off) holds the owner's `host:port`: the authority of its `OMGSERVERS_SERVER_URI`, which is
//! what the balancer's `server … cookie` values are. It is set on the successful answers to the
//! requests of a game session routed by a deployment's slot (create-client, the player's and the
//! runtime's interchange, and the runtime's create-token, so that the room it opens next is at
//! the owner), only when the request did not carry that value already, so a client
//! that keeps it sees a `Set-Cookie` once per change of owner. It is a routing hint, never
//! trusted: a request that reaches another node is forwarded as before, and a cookie naming a
//! node that is down is ignored by the balancer (health checks).

use axum::http::{header, HeaderMap, HeaderValue, Uri};
use axum::response::Response;
use cookie::Cookie;

use super::forward::AnsweredBy;
use crate::state::AppState;

/// Whether `name` can name a cookie: an RFC 6265 token (RFC 9110 `tchar`s), or empty (off).
pub fn valid_name(name: &str) -> bool {
    name.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The value naming the node at `uri`: its `host:port` (`http://10.0.0.11:8080` →
/// `10.0.0.11:8080`); `None` for a URI without an authority.
fn node_value(uri: &str) -> Option<String> {
    let parsed: Uri = uri.parse().ok()?;
    let authority = parsed.authority()?;
    // The balancer's `server` lines name ports: the scheme's default is spelled out. Built from
    // host and port only, so credentials in the URI never reach a client.
    let port = authority
        .port_u16()
        .unwrap_or(if parsed.scheme_str() == Some("https") {
            443
        } else {
            80
        });
    Some(format!("{}:{port}", authority.host()))
}

/// Sets the route cookie on the answer to a game session's request: naming the node that
/// answered a forward ([`AnsweredBy`]), or this node for an answer given here. Nothing is set
/// when the cookie is off or the server is standalone, when the answer is not a success (a 410
/// or 502 says nothing about who owns the game), when the request is a forward (its entry
/// node sets the cookie on what it passes back), or when the request carried that value
/// already.
pub fn name_owner(state: &AppState, request: &HeaderMap, response: Response) -> Response {
    let owner = match response.extensions().get::<AnsweredBy>() {
        Some(AnsweredBy(uri)) => uri.clone(),
        None => state.public_uri.to_string(),
    };
    name(state, request, response, &owner)
}

/// Sets the route cookie on the answer to `runtime/create-token`, which the node it reaches
/// answers itself: naming the node that owns the runtime's deployment now (this node when it
/// holds the slot; nothing when no node owns it), so that the runtime's dispatcher socket,
/// opened before its first interchange, reaches the owner. Otherwise as [`name_owner`].
pub async fn name_deployment_owner(
    state: &AppState,
    request: &HeaderMap,
    response: Response,
    deployment_id: i64,
) -> Response {
    let slots = state.writer.slots();
    let slot = slots.slot_of(deployment_id);
    let owner = if slots.epoch(slot).is_some() {
        Some(state.public_uri.to_string())
    } else {
        // Once per runtime start: the owners as the database says now, not as this node's
        // last heartbeat read them, so that the room reaches the owner even right after slots
        // moved. A failed read leaves the map as it was (the cookie is a hint only).
        if slots.is_clustered() {
            if let Err(e) = super::refresh_owners(state).await {
                tracing::debug!(error = %e, "cannot read the slots' owners; naming the last known");
            }
        }
        slots.owner(slot).map(|o| o.uri)
    };
    match owner {
        Some(owner) => name(state, request, response, &owner),
        None => response,
    }
}

/// Sets the cookie naming the node at `owner` (a URI) on a successful answer, unless the
/// cookie is off, the server standalone, the request a forward or carrying that value already.
fn name(state: &AppState, request: &HeaderMap, mut response: Response, owner: &str) -> Response {
    let name = state.config.cluster_route_cookie.as_str();
    if name.is_empty()
        || !state.writer.slots().is_clustered()
        || !response.status().is_success()
        || request.contains_key(super::forward::FORWARDED_BY)
    {
        return response;
    }
    let Some(value) = node_value(owner) else {
        return response;
    };
    let carried = request
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|h| h.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(std::result::Result::ok)
        .any(|c| c.name() == name && c.value() == value);
    if !carried {
        let cookie = Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .build();
        if let Ok(set) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, set);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_node_is_named_by_its_host_and_port() {
        assert_eq!(
            node_value("http://10.0.0.11:8080").as_deref(),
            Some("10.0.0.11:8080")
        );
        assert_eq!(
            node_value("http://node-2.internal").as_deref(),
            Some("node-2.internal:80")
        );
        assert_eq!(
            node_value("https://node-3.internal/").as_deref(),
            Some("node-3.internal:443")
        );
        assert_eq!(
            node_value("http://omg:secret@10.0.0.11:8080").as_deref(),
            Some("10.0.0.11:8080")
        );
        assert_eq!(
            node_value("http://[::1]:8080").as_deref(),
            Some("[::1]:8080")
        );
        assert_eq!(node_value("not a uri"), None);
    }

    #[test]
    fn a_cookie_name_is_a_token() {
        assert!(valid_name("OMGSERVERS_NODE"));
        assert!(valid_name(""));
        assert!(!valid_name("a b"));
        assert!(!valid_name("a=b"));
        assert!(!valid_name("a;b"));
    }
}
