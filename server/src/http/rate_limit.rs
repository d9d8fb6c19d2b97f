//! Per-address rate limits of the endpoints anyone can call (issue 15, fault 10): sign-ups
//! (`player/request/create-user`) and token requests (every `*/request/create-token` and the
//! registry's token service), each of which writes an account or checks a password.
//!
//! Each class has a quota of N requests per minute per client address
//! (`OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE`, `OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE`;
//! 0 turns a class off): a burst of N, then one more every 60/N seconds (GCRA, by the
//! `governor` crate). Above it the answer is 429 `TOO_MANY_REQUESTS` with `Retry-After` in
//! seconds, before any work is done. The client address is the connection's peer, or — when the
//! peer is one of `OMGSERVERS_HTTP_TRUSTED_PROXIES` — the right-most address of
//! `X-Forwarded-For` that is not a trusted proxy, so a load balancer's clients are told apart
//! while a client cannot choose its own address.
//!
//! The counts are per server process: a cluster of N nodes behind a load balancer lets an
//! address make up to N times the quota. They are an abuse brake, not an accounting.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::extract::connect_info::ConnectInfo;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use ipnet::IpNet;
use omgservers_types::endpoints::{self as ep, Endpoint as _};
use omgservers_types::ErrorQualifier;

use super::error::ApiError;
use crate::config::Config;
use crate::state::AppState;

enum Limited {
    SignUps,
    Tokens,
}

/// Every area's create-token and the registry's token service: each checks a password.
const TOKEN_PATHS: [&str; 7] = [
    ep::admin::CreateToken::PATH,
    ep::support::CreateToken::PATH,
    ep::developer::CreateToken::PATH,
    ep::player::CreateToken::PATH,
    ep::runtime::CreateToken::PATH,
    ep::dispatcher::CreateToken::PATH,
    super::docker::PATH,
];

fn limited_class(path: &str) -> Option<Limited> {
    let is_token_request = || TOKEN_PATHS.contains(&path);
    if path == ep::player::CreateUser::PATH {
        Some(Limited::SignUps)
    } else if is_token_request() {
        // Every area's create-token, and the registry's token service (`docker::PATH`).
        Some(Limited::Tokens)
    } else {
        None
    }
}

/// Whether `path` is a token request (it checks a password), for the docs.
pub fn is_token_request(path: &str) -> bool {
    matches!(limited_class(path), Some(Limited::Tokens))
}

/// Whether requests to `path` are rate limited (when the limits are on), for the docs.
pub fn is_rate_limited(path: &str) -> bool {
    limited_class(path).is_some()
}

/// The limiters of one server.
#[derive(Debug)]
pub struct RateLimits {
    sign_ups: Option<Class>,
    tokens: Option<Class>,
    trusted_proxies: Vec<IpNet>,
    /// Requests checked, to forget idle addresses now and then.
    checked: AtomicU64,
}

#[derive(Debug)]
struct Class {
    what: &'static str,
    setting: &'static str,
    per_minute: u32,
    limiter: DefaultKeyedRateLimiter<IpAddr>,
}

impl Class {
    fn new(what: &'static str, setting: &'static str, per_minute: u32) -> Option<Class> {
        let burst = NonZeroU32::new(per_minute)?;
        Some(Class {
            what,
            setting,
            per_minute,
            limiter: DefaultKeyedRateLimiter::keyed(Quota::per_minute(burst)),
        })
    }
}

/// How often the limiters drop the state of addresses whose quota is full again.
const FORGET_EVERY: u64 = 4096;

impl RateLimits {
    pub fn from_config(config: &Config) -> Arc<RateLimits> {
        Arc::new(RateLimits {
            sign_ups: Class::new(
                "sign-ups",
                "OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE",
                config.rate_limit_sign_ups_per_minute,
            ),
            tokens: Class::new(
                "token requests",
                "OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE",
                config.rate_limit_tokens_per_minute,
            ),
            trusted_proxies: config.http_trusted_proxies.clone(),
            checked: AtomicU64::new(0),
        })
    }

    fn class_of(&self, path: &str) -> Option<&Class> {
        match limited_class(path)? {
            Limited::SignUps => self.sign_ups.as_ref(),
            Limited::Tokens => self.tokens.as_ref(),
        }
    }

    /// The client's address: the peer, or what trusted proxies say it is.
    fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let trusted = |ip: &IpAddr| self.trusted_proxies.iter().any(|net| net.contains(ip));
        if !trusted(&peer) {
            return peer;
        }
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .filter_map(|hop| hop.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        forwarded
            .iter()
            .rev()
            .find(|hop| !trusted(hop))
            .or(forwarded.first())
            .copied()
            .unwrap_or(peer)
    }

    fn forget_idle_now_and_then(&self) {
        if self.checked.fetch_add(1, Ordering::Relaxed) % FORGET_EVERY == FORGET_EVERY - 1 {
            for class in [&self.sign_ups, &self.tokens].into_iter().flatten() {
                class.limiter.retain_recent();
                class.limiter.shrink_to_fit();
            }
        }
    }
}

/// The middleware: answers 429 for a limited class's request over its quota.
pub async fn enforce(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limits = &state.rate_limits;
    let Some(class) = limits.class_of(request.uri().path()) else {
        return next.run(request).await;
    };
    let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() else {
        return next.run(request).await;
    };
    let client = limits.client(peer.ip(), request.headers());
    limits.forget_idle_now_and_then();
    match class.limiter.check_key(&client) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            tracing::warn!(%client, class = class.what, retry_after_s = seconds, "rate limited");
            let mut response = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorQualifier::TOO_MANY_REQUESTS,
                format!(
                    "too many {} from {client}: at most {} a minute ({}); retry in {seconds} s",
                    class.what, class.per_minute, class.setting
                ),
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            response
        }
    }
}

/// Parses a trusted proxy: an address (`10.0.0.5`) or a CIDR range (`10.0.0.0/8`).
pub fn parse_proxy(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("`{text}` is neither an IP address nor a CIDR range"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn limits(trusted: &[&str]) -> RateLimits {
        let mut config = Config::defaults();
        config.http_trusted_proxies = trusted.iter().map(|t| parse_proxy(t).unwrap()).collect();
        Arc::into_inner(RateLimits::from_config(&config)).unwrap()
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", value.parse().unwrap());
        headers
    }

    #[test]
    fn a_client_is_its_peer_unless_the_peer_is_a_trusted_proxy() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let none = limits(&[]);
        // Untrusted peers cannot name another address.
        assert_eq!(
            none.client(ip("10.0.0.5"), &forwarded("1.2.3.4")),
            ip("10.0.0.5")
        );
        let proxy = limits(&["10.0.0.0/8", "192.168.1.1"]);
        assert_eq!(
            proxy.client(ip("10.0.0.5"), &forwarded("1.2.3.4")),
            ip("1.2.3.4")
        );
        // A client's own X-Forwarded-For entry is left of what the proxies appended.
        assert_eq!(
            proxy.client(ip("10.0.0.5"), &forwarded("6.6.6.6, 1.2.3.4, 192.168.1.1")),
            ip("1.2.3.4")
        );
        assert_eq!(
            proxy.client(ip("10.0.0.5"), &HeaderMap::new()),
            ip("10.0.0.5")
        );
        assert!(parse_proxy("not-an-address").is_err());
    }

    #[test]
    fn paths_are_sorted_into_their_classes() {
        let limits = limits(&[]);
        let class = |path: &str| limits.class_of(path).map(|class| class.what);
        assert_eq!(
            class("/service/v1/entrypoint/player/request/create-user"),
            Some("sign-ups")
        );
        assert_eq!(
            class("/service/v1/entrypoint/admin/request/create-token"),
            Some("token requests")
        );
        assert_eq!(class(super::super::docker::PATH), Some("token requests"));
        assert_eq!(
            class("/service/v1/entrypoint/player/request/interchange"),
            None
        );
    }
}
