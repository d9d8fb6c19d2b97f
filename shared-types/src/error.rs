//! Error body and qualifiers (wire reference §4).

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// Error qualifiers. The upstream `ExceptionQualifierEnum` values come first; the ones after
    /// `INTERNAL_EXCEPTION_OCCURRED` are ours, for failures upstream answered without a body.
    #[allow(non_camel_case_types)]
    pub enum ErrorQualifier {
        WRONG_REQUEST, WRONG_MEDIA_TYPE, WRONG_ARGUMENT, WRONG_OBJECT, WRONG_WEBSOCKET_MESSAGE,
        WRONG_MESSAGE_QUALIFIER, WRONG_CLIENT_ID, WRONG_RUNTIME_ID, WRONG_STAGE_SECRET,
        WRONG_VERSION_ZIP, WRONG_CREDENTIALS, WRONG_CONFIGURATION, WRONG_SHARD, WRONG_WS_TOKEN,
        WRONG_CLIENT_MESSAGE_BODY_TYPE, WRONG_COMMAND_BODY_TYPE, WRONG_VERSION_STATE,
        WRONG_ROOM_STATE, CONFIG_JSON_NOT_FOUND, VERSION_ZIP_NOT_FOUND, COMMAND_EXECUTOR_NOT_FOUND,
        OBJECT_NOT_FOUND, PARENT_NOT_FOUND, PERMISSION_NOT_FOUND, USER_NOT_FOUND, CLIENT_NOT_FOUND,
        LOBBY_NOT_FOUND, RUNTIME_NOT_FOUND, VERSION_NOT_FOUND, DEPLOYMENT_NOT_FOUND,
        SERVER_NOT_FOUND, MATCHMAKER_NOT_FOUND, IMAGE_NOT_FOUND, ROOM_NOT_FOUND,
        DB_CONSTRAINT_VIOLATED, DB_EXCEPTION_UNHANDLED, DB_DATA_CORRUPTED, IDEMPOTENCY_VIOLATED,
        SHARD_LOCKED, BOOTSTRAP_FAILED, ID_GENERATOR_FAILED, JENKINS_REQUEST_FAILED,
        JENKINS_JOB_UNFINISHED, JENKINS_JOB_FAILED, VALIDATION_CONSTRAINT_VIOLATED,
        INTERNAL_EXCEPTION_OCCURRED,
        /// 404 for a path no endpoint serves.
        ENDPOINT_NOT_FOUND,
        /// 405 for a method the endpoint does not accept.
        METHOD_NOT_ALLOWED,
        /// 413 for a body over the endpoint's size limit.
        REQUEST_TOO_LARGE,
        /// 503 while the server cannot serve (database unreachable, shutting down).
        SERVICE_UNAVAILABLE,
        /// 429 for an address over a rate limit of the endpoints without authentication.
        TOO_MANY_REQUESTS,
    }
}

/// The body of every error response: upstream's `qualifier` plus a human `message` that names
/// what was wrong (upstream clients ignore the extra field).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "utoipa", derive(utoipa::ToSchema))]
pub struct ErrorResponse {
    pub qualifier: ErrorQualifier,
    #[serde(default)]
    pub message: String,
}
