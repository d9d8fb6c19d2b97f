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

/// Ready when the database answers.
pub async fn ready(State(state): State<AppState>) -> Response {
    let db_up = state.db.ping().await;
    let status = if db_up { "UP" } else { "DOWN" };
    let body = Json(json!({"status": status, "checks": [{"name": "database", "status": status}]}));
    if db_up {
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
