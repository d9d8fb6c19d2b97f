//! Issue 15, fault 10: the endpoints anyone can call are rate limited per client address —
//! sign-ups and token requests — and answer 429 `TOO_MANY_REQUESTS` with `Retry-After` and the
//! wire error body above the quota. A client address is the peer, or what a trusted proxy
//! forwards; an untrusted peer cannot pick another address with `X-Forwarded-For`.

use omgservers_e2e::{error_of, read, Backend, TestServer};
use serde_json::{json, Value};

const SIGN_UPS: u32 = 10;
const TOKENS: u32 = 5;

async fn limited(backend: Backend, trusted: &'static str) -> TestServer {
    TestServer::start_with(backend, move |c| {
        c.rate_limit_sign_ups_per_minute = SIGN_UPS;
        c.rate_limit_tokens_per_minute = TOKENS;
        c.http_trusted_proxies = trusted
            .split(',')
            .filter(|t| !t.is_empty())
            .map(|t| omgservers::http::rate_limit::parse_proxy(t).unwrap())
            .collect();
    })
    .await
}

/// One call, as from `forwarded_for` when given: status, `Retry-After`, body.
async fn call(
    server: &TestServer,
    area: &str,
    op: &str,
    body: Value,
    forwarded_for: Option<&str>,
) -> (u16, Option<u64>, Value) {
    let mut request = server.http.post(server.url(area, op)).json(&body);
    if let Some(address) = forwarded_for {
        request = request.header("x-forwarded-for", address);
    }
    let response = request.send().await.unwrap();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    let (status, body) = read(response).await;
    (status.as_u16(), retry_after, body)
}

fn assert_limited(answer: &(u16, Option<u64>, Value), setting: &str) {
    let (status, retry_after, body) = answer;
    assert_eq!(*status, 429, "{body}");
    let (qualifier, message) = error_of(body);
    assert_eq!(qualifier, "TOO_MANY_REQUESTS");
    assert!(message.contains(setting), "{message}");
    let retry_after = retry_after.expect("Retry-After");
    assert!((1..=12).contains(&retry_after), "Retry-After {retry_after}");
}

async fn sign_ups_and_token_requests_are_limited_per_address(backend: Backend) {
    let server = limited(backend, "").await;
    let sign_up = || call(&server, "player", "create-user", json!({}), None);
    for n in 0..SIGN_UPS {
        let (status, _, body) = sign_up().await;
        assert_eq!(status, 200, "sign-up {n}: {body}");
    }
    let over = sign_up().await;
    assert_limited(&over, "OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE");
    // Nothing was written for the refused sign-up: it answered before any work.
    assert!(over.2.get("user_id").is_none());

    // Password guesses count; once over, even the right password waits.
    let guess = |password: &'static str| {
        call(
            &server,
            "admin",
            "create-token",
            json!({"user": "admin", "password": password}),
            None,
        )
    };
    for n in 0..TOKENS {
        let (status, _, body) = guess("wrong").await;
        assert_eq!(status, 401, "guess {n}: {body}");
    }
    assert_limited(
        &guess("admin").await,
        "OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE",
    );
    // The registry's token service is in the same class.
    let response = server
        .http
        .get(format!(
            "{}/service/v1/entrypoint/docker/request/create-token?service=registry",
            server.base
        ))
        .basic_auth("admin", Some("admin"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);

    // An untrusted peer cannot escape its quota by naming another address.
    let spoofed = call(
        &server,
        "player",
        "create-user",
        json!({}),
        Some("203.0.113.7"),
    )
    .await;
    assert_limited(&spoofed, "OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE");
    // Endpoints with authentication are not limited here.
    let (status, body) = server.call("player", "ping-service", None, json!({})).await;
    assert_ne!(status.as_u16(), 429, "{body}");
}

async fn a_trusted_proxys_clients_each_have_their_own_quota(backend: Backend) {
    let server = limited(backend, "127.0.0.0/8").await;
    for client in ["203.0.113.7", "203.0.113.8"] {
        for n in 0..SIGN_UPS {
            // The proxy appends the address it saw; what the client sent comes first.
            let chain = format!("198.51.100.1, {client}");
            let (status, _, body) =
                call(&server, "player", "create-user", json!({}), Some(&chain)).await;
            assert_eq!(status, 200, "{client} sign-up {n}: {body}");
        }
        let over = call(&server, "player", "create-user", json!({}), Some(client)).await;
        assert_limited(&over, "OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE");
    }
    // The proxy's own requests count against the proxy.
    let (status, _, body) = call(&server, "player", "create-user", json!({}), None).await;
    assert_eq!(status, 200, "{body}");
}

omgservers_e2e::on_both_backends!(
    sign_ups_and_token_requests_are_limited_per_address,
    a_trusted_proxys_clients_each_have_their_own_quota,
);
