//! The audit trail: one log line (target `audit`) for every failed login, every permission
//! change and every delete — what happened, to what, and how much a delete removed. Lines are
//! written inside the request's span, which names the caller (`user_id`, recorded when the
//! token is verified) and the route. `OMGSERVERS_LOGGING_LEVEL=…,audit=off` silences them.

use crate::store::hierarchy::Cascade;

/// Whether audit lines are logged (`audit=off` silences them): callers skip the work of
/// gathering what a line would say.
pub fn enabled() -> bool {
    tracing::enabled!(target: "audit", tracing::Level::INFO)
}

/// A token request refused: `user` as given (id or alias), and why.
pub fn login_failed(user: &str, why: &str) {
    // Quoted: the name comes from the request; a newline in it must not start a forged line of
    // a text log, nor a megabyte of it make a megabyte of log.
    tracing::warn!(target: "audit", user = %crate::error::quoted(user), reason = %why, "login failed");
}

/// Permissions granted or revoked (`action`: "granted" or "revoked"), only those that changed.
pub fn permissions_changed(
    action: &str,
    scope: &str,
    scope_id: i64,
    user_id: i64,
    permissions: &[String],
) {
    if permissions.is_empty() {
        return;
    }
    tracing::info!(
        target: "audit",
        scope = %scope,
        scope_id = %scope_id,
        user = %user_id,
        permissions = %permissions.join(","),
        "permissions {action}"
    );
}

/// An object deleted (`what`: "tenant", "deployment" …), with what went with it when the delete
/// cascades.
pub fn deleted(what: &str, id: impl std::fmt::Display, removed: Option<&Cascade>) {
    match removed {
        Some(c) => tracing::info!(
            target: "audit",
            object = %what,
            id = %id,
            projects = c.projects,
            stages = c.stages,
            versions = c.versions,
            deployments = c.deployments,
            lobbies = c.lobbies,
            matchmakers = c.matchmakers,
            runtimes = c.runtimes,
            clients = c.clients,
            "{what} deleted"
        ),
        None => tracing::info!(target: "audit", object = %what, id = %id, "{what} deleted"),
    }
}

/// A developer disconnected a player's client (`developer/kick-client`).
pub fn kicked(client_id: i64) {
    tracing::info!(target: "audit", object = "client", id = %client_id, "client kicked");
}
