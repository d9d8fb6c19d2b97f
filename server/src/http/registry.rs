//! Registry notifications (wire reference §5.8): pushes of `omgservers/<t>/<p>/<q>:<version>`
//! become image records of the version.
//!
//! The registry retries a batch until it gets a 2xx, so an event we cannot attribute (unknown
//! version, foreign repository) is logged and counted, never answered with an error that would
//! make the registry resend it forever. A malformed body is still a 400.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use omgservers_types::registry::RegistryNotification;
use omgservers_types::{Empty, ErrorQualifier};

use super::error::ApiError;
use super::extract::WireJson;
use super::router::bearer_token;
use crate::error::quoted;
use crate::state::AppState;
use crate::tenancy::versions::{self, EventOutcome};

pub async fn handle_events(
    State(state): State<AppState>,
    request: Request,
) -> Result<WireJson<Empty>, ApiError> {
    if let Some(expected) = state.config.registry_notifications_token.as_deref() {
        let given = bearer_token(&request).unwrap_or_default();
        if !crate::auth::passwords::constant_time_eq(given.as_bytes(), expected.as_bytes()) {
            return Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorQualifier::WRONG_CREDENTIALS,
                "registry notifications need the bearer token configured in OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN",
            ));
        }
    }
    let WireJson(notification): WireJson<RegistryNotification> =
        <WireJson<RegistryNotification> as axum::extract::FromRequest<AppState>>::from_request(
            request, &state,
        )
        .await?;
    for event in &notification.events {
        match versions::handle_registry_event(&state, event).await? {
            EventOutcome::ImageCreated => {
                tracing::info!(event = %quoted(&event.id), "image recorded from registry push")
            }
            EventOutcome::Duplicate | EventOutcome::Ignored => {}
            EventOutcome::Rejected(why) => {
                tracing::warn!(event = %quoted(&event.id), why = %quoted(&why), "registry push not recorded")
            }
        }
    }
    Ok(WireJson(Empty))
}
