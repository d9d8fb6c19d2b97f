//! The Docker registry token service endpoint (wire reference §5.7): GET with HTTP Basic
//! credentials, POST with an OAuth2 refresh-token form. It speaks the Distribution token
//! protocol rather than our JSON POST/PUT convention, so it is routed beside the endpoint table.
//! Errors keep the wire body; a 401 challenges for Basic credentials, which is what this
//! endpoint takes.

use axum::body::Bytes;
use axum::extract::{FromRequest, RawQuery, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use omgservers_types::docker::{DockerOAuthTokenResponse, DockerTokenResponse};
use omgservers_types::ErrorQualifier;

use super::error::ApiError;
use crate::builder::registry_tokens::{self, OAuthForm, TokenRequest};
use crate::state::AppState;

pub const PATH: &str = "/service/v1/entrypoint/docker/request/create-token";

/// GET: `Authorization: Basic base64(user:password)` (user = id or alias), query `service`,
/// `scope` (repeatable, each space-separated), `offline_token`, `account`, `client_id`.
pub async fn create_token_get(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let result = async {
        let (user, password) = basic_credentials(&headers)?;
        let mut request = TokenRequest::default();
        let mut offline = false;
        for (key, value) in url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            match key.as_ref() {
                "service" => request.service = Some(value.into_owned()),
                "scope" => request.scopes.push(value.into_owned()),
                "offline_token" => offline = parse_bool("offline_token", &value)?,
                // `account` and `client_id` are informational; the credentials decide.
                _ => {}
            }
        }
        let issued =
            registry_tokens::issue_for_credentials(&state, &user, &password, &request, offline)
                .await?;
        tracing::info!(user = %crate::error::quoted(&user), scope = %crate::error::quoted(&issued.scope()), "registry token issued");
        Ok::<_, ApiError>(DockerTokenResponse {
            token: issued.access_token.clone(),
            access_token: issued.access_token,
            expires_in: issued.expires_in,
            issued_at: issued.issued_at,
            refresh_token: issued.refresh_token,
        })
    }
    .await;
    respond(result)
}

/// POST `application/x-www-form-urlencoded`: `grant_type=refresh_token`, `refresh_token`,
/// `client_id`, `service`, `scope` (space-separated); `access_type`, `username`, `password`
/// are accepted and unused.
pub async fn create_token_post(State(state): State<AppState>, request: Request) -> Response {
    let result = async {
        let body = form_body(request, &state).await?;
        let mut form = OAuthForm::default();
        for (key, value) in url::form_urlencoded::parse(&body) {
            let value = Some(value.into_owned());
            match key.as_ref() {
                "grant_type" => form.grant_type = value,
                "client_id" => form.client_id = value,
                "refresh_token" => form.refresh_token = value,
                "service" => form.request.service = value,
                "scope" => form.request.scopes.extend(value),
                _ => {}
            }
        }
        let issued = registry_tokens::issue_for_oauth_form(&state, &form).await?;
        tracing::info!(scope = %crate::error::quoted(&issued.scope()), "registry token refreshed");
        Ok::<_, ApiError>(DockerOAuthTokenResponse {
            scope: issued.scope(),
            access_token: issued.access_token,
            expires_in: issued.expires_in,
            issued_at: issued.issued_at,
            refresh_token: issued.refresh_token,
        })
    }
    .await;
    respond(result)
}

pub async fn method_not_allowed(method: axum::http::Method) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorQualifier::METHOD_NOT_ALLOWED,
        format!("{method} is not accepted at {PATH}; it takes GET (HTTP Basic credentials) or POST (OAuth2 refresh-token form)"),
    )
}

fn respond<T: serde::Serialize>(result: Result<T, ApiError>) -> Response {
    match result {
        Ok(body) => Json(body).into_response(),
        Err(error) => {
            let mut response = error.into_response();
            if response.status() == StatusCode::UNAUTHORIZED {
                response.headers_mut().insert(
                    header::WWW_AUTHENTICATE,
                    HeaderValue::from_static("Basic realm=\"omgservers registry tokens\""),
                );
            }
            response
        }
    }
}

fn unauthorized(message: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        ErrorQualifier::WRONG_CREDENTIALS,
        message,
    )
}

/// The user and password of an `Authorization: Basic` header.
fn basic_credentials(headers: &HeaderMap) -> Result<(String, String), ApiError> {
    let value = headers.get(header::AUTHORIZATION).ok_or_else(|| {
        unauthorized("authentication required: send `Authorization: Basic base64(user:password)`")
    })?;
    let value = value
        .to_str()
        .map_err(|_| unauthorized("the Authorization header is not ASCII"))?
        .trim();
    let encoded = value
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
        .map(|(_, encoded)| encoded.trim())
        .ok_or_else(|| unauthorized("the Authorization header must use the Basic scheme"))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| {
            unauthorized("the Basic credentials are not Base64 of UTF-8 `user:password`")
        })?;
    let (user, password) = decoded.split_once(':').ok_or_else(|| {
        unauthorized("the Basic credentials lack the `:` between user and password")
    })?;
    Ok((user.to_owned(), password.to_owned()))
}

fn parse_bool(name: &str, value: &str) -> Result<bool, ApiError> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" | "" => Ok(false),
        _ => Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_ARGUMENT,
            format!("{name} must be true or false, got `{value}`"),
        )),
    }
}

/// The body of a form POST, within the body limit; 415 for another content type.
async fn form_body(request: Request, state: &AppState) -> Result<Bytes, ApiError> {
    if let Some(content_type) = request.headers().get(header::CONTENT_TYPE) {
        let content_type = content_type
            .to_str()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let essence = content_type.split(';').next().unwrap_or_default().trim();
        if essence != "application/x-www-form-urlencoded" {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorQualifier::WRONG_MEDIA_TYPE,
                format!("expected Content-Type application/x-www-form-urlencoded, got `{essence}`"),
            ));
        }
    }
    Bytes::from_request(request, state)
        .await
        .map_err(super::extract::unreadable_body)
}
