//! Request extractors with the wire error body: `WireJson` for JSON bodies and `Caller` for
//! the authenticated user.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use omgservers_types::permissions::UserRole;
use omgservers_types::ErrorQualifier;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::ApiError;
use crate::auth::Claims;

/// A JSON body in, or out. Rejections use the wire error body: 413 `REQUEST_TOO_LARGE`,
/// 415 `WRONG_MEDIA_TYPE`, 400 `WRONG_REQUEST` naming the field and the problem. An empty body
/// reads as `{}`; a leading UTF-8 byte order mark is skipped.
#[derive(Debug, Clone, Copy, Default)]
pub struct WireJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for WireJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        if let Some(content_type) = req.headers().get(header::CONTENT_TYPE) {
            let content_type = content_type
                .to_str()
                .unwrap_or_default()
                .to_ascii_lowercase();
            let essence = content_type.split(';').next().unwrap_or_default().trim();
            // curl's default form type and text/plain are accepted when the body is JSON;
            // anything else (multipart, XML …) is certainly not what this endpoint reads.
            let tolerated = [
                "application/json",
                "application/x-www-form-urlencoded",
                "text/plain",
                "",
            ];
            if !(tolerated.contains(&essence) || essence.ends_with("+json")) {
                return Err(ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    ErrorQualifier::WRONG_MEDIA_TYPE,
                    format!("expected Content-Type application/json, got `{essence}`"),
                ));
            }
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(unreadable_body)?;
        // A UTF-8 byte order mark is not JSON; RFC 8259 §8.1 lets a parser skip it.
        let json = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        parse_json(if json.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            json
        })
        .map(WireJson)
    }
}

/// Refuses a request whose body is encoded (`Content-Encoding` other than `identity`): 415
/// `WRONG_MEDIA_TYPE` naming the encoding. Bodies are read as sent, so a gzip body would
/// otherwise be refused as malformed JSON, and a plain body claiming gzip accepted.
pub async fn refuse_encoded_bodies(request: Request, next: axum::middleware::Next) -> Response {
    // Every coding of every Content-Encoding header (a list, applied in order); an empty one
    // and `identity` are no coding.
    let codings: Vec<String> = request
        .headers()
        .get_all(header::CONTENT_ENCODING)
        .iter()
        .flat_map(|value| {
            String::from_utf8_lossy(value.as_bytes())
                .split(',')
                .map(|coding| coding.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|coding| !coding.is_empty() && !coding.eq_ignore_ascii_case("identity"))
        .collect();
    if let Some(coding) = codings.first() {
        return ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorQualifier::WRONG_MEDIA_TYPE,
            format!(
                "Content-Encoding `{}` is not supported: send the body uncompressed",
                crate::error::quoted(coding)
            ),
        )
        .into_response();
    }
    next.run(request).await
}

/// Refuses at once a request whose `Content-Length` is over the largest body any route reads
/// (`OMGSERVERS_HTTP_BODY_LIMIT`, or `OMGSERVERS_BUILDER_ARCHIVE_LIMIT` for an upload): 413
/// `REQUEST_TOO_LARGE` before a byte of it is read. A route's own, smaller limit still refuses
/// the body once it is read past it.
pub async fn refuse_declared_oversize(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let largest = state
        .config
        .http_body_limit
        .max(state.config.builder_archive_limit);
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if let Some(declared) = declared.filter(|&d| d > largest as u64) {
        return ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorQualifier::REQUEST_TOO_LARGE,
            format!(
                "Content-Length {declared} is over the largest body this server reads ({largest} bytes: OMGSERVERS_HTTP_BODY_LIMIT, OMGSERVERS_BUILDER_ARCHIVE_LIMIT)"
            ),
        )
        .into_response();
    }
    next.run(request).await
}

/// A request body that could not be read, as the wire answers it: 413 `REQUEST_TOO_LARGE` over
/// the limit, 408 when it stopped arriving (`stalled`), else 400 `WRONG_REQUEST`.
pub fn unreadable_body(rejection: BytesRejection) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorQualifier::REQUEST_TOO_LARGE,
            "request body is larger than the limit (OMGSERVERS_HTTP_BODY_LIMIT)",
        )
    } else if stalled(&rejection) {
        stalled_body()
    } else {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_REQUEST,
            rejection.body_text(),
        )
    }
}

/// Whether reading a body failed because none of it came for `OMGSERVERS_HTTP_BODY_READ_TIMEOUT`
/// (`http::listener` reads every body through a `TimeoutBody`).
pub fn stalled(error: &(dyn std::error::Error + 'static)) -> bool {
    std::iter::successors(Some(error), |e| e.source())
        .any(|e| e.is::<tower_http::timeout::TimeoutError>())
}

/// 408 for a body that stopped arriving (`stalled`).
pub fn stalled_body() -> ApiError {
    ApiError::new(
        StatusCode::REQUEST_TIMEOUT,
        ErrorQualifier::WRONG_REQUEST,
        "the request body stopped arriving: nothing came for OMGSERVERS_HTTP_BODY_READ_TIMEOUT \
         (is it shorter than its Content-Length?)",
    )
}

/// Characters of a JSON error's message kept (`parse_json`).
const MESSAGE_CHARS: usize = 500;

/// Deserializes JSON, naming the path of the offending field in the error.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = if path.is_empty() || path == "." {
            format!("invalid JSON body: {inner}")
        } else {
            format!("invalid JSON body at `{path}`: {inner}")
        };
        // Serde quotes the value it refused (a string, a number's digits): cut, so that a
        // megabyte value does not make a megabyte message.
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_REQUEST,
            crate::error::clipped(&message, MESSAGE_CHARS),
        )
    })?;
    deserializer.end().map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_REQUEST,
            format!("invalid JSON body: {e}"),
        )
    })?;
    Ok(value)
}

impl<T: Serialize> IntoResponse for WireJson<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// The authenticated caller, put in the request by the route's role check
/// (`http::router::require_roles`).
#[derive(Clone, Debug)]
pub struct Caller {
    pub user_id: i64,
    pub role: UserRole,
    pub claims: Claims,
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        parts.extensions.get::<Caller>().cloned().ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorQualifier::WRONG_CREDENTIALS,
                "authentication required",
            )
        })
    }
}
