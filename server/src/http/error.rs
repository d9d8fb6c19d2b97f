//! The HTTP edge of errors: status code plus `{qualifier, message}` body for every failure,
//! including the ones axum produces (unknown route, wrong method, oversize or malformed body).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use omgservers_types::{ErrorQualifier, ErrorResponse};

use crate::error::Error;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub qualifier: ErrorQualifier,
    pub message: String,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        qualifier: ErrorQualifier,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status,
            qualifier,
            message: message.into(),
        }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> ApiError {
        match e {
            Error::Invalid { qualifier, message } => {
                ApiError::new(StatusCode::BAD_REQUEST, qualifier, message)
            }
            Error::Unauthorized { qualifier, message } => {
                ApiError::new(StatusCode::UNAUTHORIZED, qualifier, message)
            }
            Error::Forbidden { qualifier, message } => {
                ApiError::new(StatusCode::FORBIDDEN, qualifier, message)
            }
            Error::NotFound { qualifier, message } => {
                ApiError::new(StatusCode::NOT_FOUND, qualifier, message)
            }
            Error::Conflict { qualifier, message } => {
                ApiError::new(StatusCode::CONFLICT, qualifier, message)
            }
            Error::Upstream { qualifier, message } => {
                ApiError::new(StatusCode::BAD_GATEWAY, qualifier, message)
            }
            Error::WrongShard(message) => {
                ApiError::new(StatusCode::GONE, ErrorQualifier::WRONG_SHARD, message)
            }
            Error::ShardLocked(message) => ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorQualifier::SHARD_LOCKED,
                message,
            ),
            Error::Internal(message) => {
                tracing::error!(%message, "internal error");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorQualifier::INTERNAL_EXCEPTION_OCCURRED,
                    "internal error; see the server log",
                )
            }
            Error::Db(e) => db_error(e),
        }
    }
}

fn db_error(e: sqlx::Error) -> ApiError {
    if crate::store::is_unique_violation(&e) {
        return ApiError::new(
            StatusCode::CONFLICT,
            ErrorQualifier::DB_CONSTRAINT_VIOLATED,
            "the request conflicts with an existing record",
        );
    }
    if crate::store::is_unstorable_text(&e) {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_ARGUMENT,
            "a text value of the request holds a character the database cannot store (U+0000)",
        );
    }
    if crate::store::is_out_of_range_number(&e) {
        return ApiError::new(
            StatusCode::BAD_REQUEST,
            ErrorQualifier::WRONG_ARGUMENT,
            "a number of the request is out of the range the database can store",
        );
    }
    if crate::store::is_foreign_key_violation(&e) {
        return ApiError::new(
            StatusCode::CONFLICT,
            ErrorQualifier::DB_CONSTRAINT_VIOLATED,
            "the request conflicts with a concurrent change (a referenced record was deleted or is still in use)",
        );
    }
    if crate::store::is_concurrent_conflict(&e) {
        tracing::info!(error = %e, "request lost to a concurrent change; answered 503");
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorQualifier::SERVICE_UNAVAILABLE,
            "the request met a concurrent change (another server wrote the same records); retry",
        );
    }
    let unavailable = crate::store::is_unavailable(&e);
    tracing::error!(error = %e, "database error");
    if unavailable {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorQualifier::SERVICE_UNAVAILABLE,
            "the database is unavailable; retry later",
        )
    } else {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorQualifier::DB_EXCEPTION_UNHANDLED,
            "database error; see the server log",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorResponse {
            qualifier: self.qualifier,
            message: self.message,
        };
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                "www-authenticate",
                axum::http::HeaderValue::from_static("Bearer"),
            );
        }
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> ApiError {
        db_error(e)
    }
}
