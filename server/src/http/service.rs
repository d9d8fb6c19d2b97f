//! Service endpoints outside the wire interface: health, metrics, the OpenAPI document, and the
//! fallbacks that give unknown routes and methods the wire error body.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use omgservers_types::ErrorQualifier;
use serde_json::json;

use super::error::ApiError;
use crate::state::AppState;

pub async fn live() -> Json<serde_json::Value> {
    Json(json!({"status": "UP", "checks": []}))
}

/// `GET /q/info`: what this server is (as Quarkus' info endpoint answers upstream's). Every
/// response carries the version too, in the `omgservers-version` header.
pub async fn info() -> Json<serde_json::Value> {
    Json(
        json!({"name": "omgservers", "version": crate::VERSION, "wire_interface": "OMGSERVERS v1"}),
    )
}

/// Ready when the database answers a read and this server can write (`store::health`): each
/// within a second. 503 with `status: DOWN` otherwise; a failed write's reason is in the
/// check's `data.error`. (Quarkus SmallRye Health's shape, as upstream answers.)
pub async fn ready(State(state): State<AppState>) -> Response {
    let answers = state.db.ping().await;
    let writes = if answers {
        let probe = crate::store::health::probe_write(&state.writer, &state.public_uri);
        match tokio::time::timeout(state.db.probe_timeout(), probe).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("no write committed within the probe timeout".to_owned()),
        }
    } else {
        Err("the database does not answer".to_owned())
    };
    let up = answers && writes.is_ok();
    let status = |ok: bool| if ok { "UP" } else { "DOWN" };
    let mut write_check = json!({"name": "database-writes", "status": status(writes.is_ok())});
    if let Err(reason) = &writes {
        tracing::warn!(error = %reason, "readiness: this server cannot write");
        write_check["data"] = json!({ "error": reason });
    }
    let body = Json(json!({
        "status": status(up),
        "checks": [{"name": "database", "status": status(answers)}, write_check],
    }));
    if up {
        body.into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, body).into_response()
    }
}

pub async fn metrics(State(state): State<AppState>) -> Response {
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
