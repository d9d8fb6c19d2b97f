//! Service endpoints outside the wire interface: health, metrics, the OpenAPI document, and the
//! fallbacks that give unknown routes and methods the wire error body.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use omgservers_types::ErrorQualifier;
use serde_json::json;

use super::error::ApiError;
use crate::config::RuntimesDriver;
use crate::state::AppState;
use crate::store::time::now_millis;

pub async fn live() -> Json<serde_json::Value> {
    Json(json!({"status": "UP", "checks": []}))
}

/// What this server does beyond the wire interface, for clients that must not assume it
/// (`delete-dry-run`: the `dry_run` field of the cascading deletes; a server that ignored it
/// would delete).
pub const CAPABILITIES: &[&str] = &["delete-dry-run"];

/// `GET /q/info`: what this server is (as Quarkus' info endpoint answers upstream's), with its
/// `capabilities`. Every response carries the version too, in the `omgservers-version` header.
pub async fn info() -> Json<serde_json::Value> {
    Json(json!({
        "name": "omgservers",
        "version": crate::VERSION,
        "wire_interface": "OMGSERVERS v1",
        "capabilities": CAPABILITIES,
    }))
}

/// Ready when the database answers a read and this server can write (`store::health`): each
/// within a second. Each shard database, if any, has a check of its own that does not count
/// towards the server's status. 503 with `status: DOWN` otherwise; a failed write's reason is in the
/// check's `data.error`. (Quarkus SmallRye Health's shape, as upstream answers.)
pub async fn ready(State(state): State<AppState>) -> Response {
    let system = state.databases.system();
    let answers = system.db.ping().await;
    let writes = if answers {
        system
            .probe(&state.public_uri, state.config.database_min_free_mib)
            .await
    } else {
        Err("the database does not answer".to_owned())
    };
    // A shard database's own check: DOWN while it cannot be written, without making the
    // server DOWN — it still serves every other slot, and a load balancer must keep sending it
    // their players (docs/sharding.md "Several databases").
    let mut shards = Vec::new();
    for (index, database) in state.databases.shards().iter().enumerate() {
        let written = if database.db.ping().await {
            database
                .probe(&state.public_uri, state.config.database_min_free_mib)
                .await
        } else {
            Err("the database does not answer".to_owned())
        };
        shards.push((format!("shard-database-{index}"), written));
    }
    let status = |ok: bool| if ok { "UP" } else { "DOWN" };
    let check = |name: &str, result: &Result<(), String>| {
        let mut check = json!({"name": name, "status": status(result.is_ok())});
        if let Err(reason) = result {
            tracing::warn!(check = name, error = %reason, "readiness: DOWN");
            check["data"] = json!({ "error": reason });
        }
        check
    };
    let controller = controller_progress(&state, now_millis());
    let mut checks = vec![
        json!({"name": "database", "status": status(answers)}),
        check("database-writes", &writes),
        check("controller", &controller),
    ];
    let mut up = answers && writes.is_ok() && controller.is_ok();
    for (name, written) in &shards {
        checks.push(check(name, written));
    }
    // A cluster node on standby holds no slot and cannot forward to the node at its own URI:
    // a load balancer must stop sending it players (docs/sharding.md "Set up three nodes").
    let slots = state.writer.slots();
    if slots.node_id().is_some() {
        let membership = match slots.superseded_by() {
            Some(other) => Err(format!(
                "node {other} registered at this node's OMGSERVERS_SERVER_URI and took its place: on standby until it leaves"
            )),
            None => Ok(()),
        };
        up &= membership.is_ok();
        checks.push(check("cluster-membership", &membership));
    }
    if state.config.runtimes_driver == RuntimesDriver::Docker {
        let pool = docker_pool_reachable(&state);
        up &= pool.is_ok();
        checks.push(check("docker-pool", &pool));
    }
    let body = Json(json!({"status": status(up), "checks": checks}));
    if up {
        body.into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, body).into_response()
    }
}

/// How long the controller may go without completing a pass before the server is not ready:
/// ten ticks, and never less than a minute (a pass that waits on a slow Docker host is not a
/// stall).
fn controller_stall_limit(state: &AppState) -> i64 {
    let ten_ticks = state.config.controller_tick.as_millis().saturating_mul(10);
    i64::try_from(ten_ticks).unwrap_or(i64::MAX).max(60_000)
}

/// The controller completes passes (the game loop moves): its last pass, or the server's start
/// when it has made none, is within the stall limit.
fn controller_progress(state: &AppState, now: i64) -> Result<(), String> {
    progress(
        state.hub.controller_last_pass(),
        state.started_at,
        now,
        controller_stall_limit(state),
    )
}

/// Whether the last pass (or, before the first, the start) is at most `limit` ms before `now`.
fn progress(last_pass: Option<i64>, started_at: i64, now: i64, limit: i64) -> Result<(), String> {
    let idle = now - last_pass.unwrap_or(started_at);
    if idle <= limit {
        return Ok(());
    }
    Err(match last_pass {
        Some(_) => format!("the controller completed no pass for {} s", idle / 1000),
        None => format!(
            "the controller completed no pass since the start, {} s ago",
            idle / 1000
        ),
    })
}

/// With the docker driver, runtimes need a Docker host: at least one must answer.
fn docker_pool_reachable(state: &AppState) -> Result<(), String> {
    let hosts = state.docker_pool.hosts();
    if hosts.iter().any(|h| h.reachable) {
        return Ok(());
    }
    // Each host's address and error stay out of this unauthenticated answer: they are in the
    // log and in `omgctl admin get-pool-hosts`.
    Err(if hosts.is_empty() {
        "no Docker host in the pool (add one: omgctl admin create-pool-host)".to_owned()
    } else {
        format!(
            "none of the {} Docker hosts answers (omgctl admin get-pool-hosts shows why)",
            hosts.len()
        )
    })
}

/// `/q/health/started`: the server has finished starting (migrations, bootstrap, slots) — it
/// only listens once it has, so any answer is UP.
pub async fn started() -> Json<serde_json::Value> {
    Json(json!({"status": "UP", "checks": []}))
}

pub async fn metrics(State(state): State<AppState>) -> Response {
    let _one_scrape = state.metrics.scrape.lock().await;
    if let Err(e) = state.metrics.game.refresh(&state).await {
        // The other series are still worth a scrape; the game gauges keep their last values.
        tracing::warn!(error = %e, "cannot read the game gauges");
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

pub async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        ErrorQualifier::ENDPOINT_NOT_FOUND,
        format!("no endpoint at {}", uri.path()),
    )
}

pub async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorQualifier::METHOD_NOT_ALLOWED,
        format!(
            "{method} is not accepted at {}; JSON endpoints take POST or PUT",
            uri.path()
        ),
    )
}

/// `omgservers --check-ready`: asks the server listening at `listen` on this machine whether it
/// is ready (`GET /q/health/ready`) — exit 0 if it answers 200, 1 otherwise (with why on
/// stderr). The server image's HEALTHCHECK runs it; it has no shell and no curl.
pub async fn check_ready(listen: std::net::SocketAddr) -> std::process::ExitCode {
    let mut address = listen;
    if address.ip().is_unspecified() {
        // Bound to every address: ask over this machine's loopback.
        address.set_ip(match address {
            std::net::SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            std::net::SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let url = format!("http://{address}/q/health/ready");
    let answer = async {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(3))
            // This machine's own port: never through an HTTP_PROXY the container may have.
            .no_proxy()
            .build()?
            .get(&url)
            .send()
            .await
    };
    match answer.await {
        Ok(answer) if answer.status() == StatusCode::OK => std::process::ExitCode::SUCCESS,
        Ok(answer) => {
            let status = answer.status();
            let body = answer.text().await.unwrap_or_default();
            eprintln!("omgservers: not ready ({status}): {body}");
            std::process::ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("omgservers: no answer from {url}: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::progress;

    #[test]
    fn a_stalled_controller_is_named() {
        assert_eq!(progress(Some(1_000), 0, 61_000, 60_000), Ok(()));
        assert_eq!(
            progress(Some(1_000), 0, 91_000, 60_000),
            Err("the controller completed no pass for 90 s".to_owned())
        );
        assert_eq!(progress(None, 0, 30_000, 60_000), Ok(()));
        assert_eq!(
            progress(None, 0, 75_000, 60_000),
            Err("the controller completed no pass since the start, 75 s ago".to_owned())
        );
    }
}
