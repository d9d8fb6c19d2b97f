//! The Docker registry token service (wire reference §5.7): the registry sends clients here
//! (`auth.token.realm`); they authenticate with HTTP Basic or a refresh token and get an access
//! token the registry verifies through the issuer certificate (`x5c` header).
//!
//! Access follows VERSION_MANAGER: a user holding it on a project may pull and push
//! `omgservers/<tenant>/<project>/<universal|lobby|match>`. Nothing else is granted.

use std::collections::HashMap;

use jsonwebtoken::Header;
use omgservers_types::details::ImageQualifier;
use omgservers_types::permissions::ProjectPermission;
use omgservers_types::{ErrorQualifier, IdOrAlias};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::auth::permissions::{self, Scope};
use crate::auth::{passwords, users};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

/// Lifetime of access tokens, as upstream.
pub const ACCESS_TOKEN_LIFETIME_SECS: u64 = 3600;
/// `nbf` is set this much before `iat`: Distribution 2.8 compares `nbf` with its own clock
/// without any leeway, and the registry may run on a host whose clock is a little behind.
const NOT_BEFORE_SKEW_SECS: i64 = 10;
/// The audience when the client names no `service` (the name upstream hard-codes).
pub const DEFAULT_SERVICE: &str = "registry";
/// Marks refresh tokens, so that no other token of ours can be traded for registry access.
const REFRESH_TOKEN_USE: &str = "registry_refresh";
/// The actions a VERSION_MANAGER may be granted.
const GRANTABLE: [&str; 2] = ["pull", "push"];
const NAMESPACE: &str = "omgservers";

/// One `type:name:actions` entry, as requested and as granted (the token's `access` claim).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResourceActions {
    #[serde(rename = "type")]
    pub kind: String,
    pub name: String,
    pub actions: Vec<String>,
}

impl std::fmt::Display for ResourceActions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.kind, self.name, self.actions.join(","))
    }
}

/// Claims of a registry access token (Distribution token spec). `aud` is a single string:
/// Distribution 2.8 cannot read an array there.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub sub: String,
    pub aud: String,
    pub exp: i64,
    pub nbf: i64,
    pub iat: i64,
    pub jti: String,
    pub access: Vec<ResourceActions>,
}

/// Claims of a refresh token: audience = our issuer, so it verifies like our other tokens, but
/// it carries no role (the API refuses it) and is marked for this service alone.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct RefreshClaims {
    iss: String,
    aud: String,
    sub: String,
    iat: i64,
    exp: i64,
    jti: String,
    token_use: String,
}

/// A successful token request.
#[derive(Clone, Debug)]
pub struct Issued {
    pub access_token: String,
    pub granted: Vec<ResourceActions>,
    pub expires_in: u64,
    /// RFC 3339, as Docker parses it.
    pub issued_at: String,
    pub refresh_token: Option<String>,
}

impl Issued {
    /// The granted scope as OAuth2 spells it: entries joined by spaces.
    pub fn scope(&self) -> String {
        self.granted
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What a client asks for, common to both flows.
#[derive(Clone, Debug, Default)]
pub struct TokenRequest {
    /// The registry's `service` name: the access token's audience.
    pub service: Option<String>,
    /// Raw `scope` values; each may hold several space-separated entries.
    pub scopes: Vec<String>,
}

/// GET flow: HTTP Basic credentials (user id or alias, password). Any failure to authenticate,
/// unknown user included, is 401 `WRONG_CREDENTIALS`; a deleted developer's id is 401
/// `USER_NOT_FOUND` (`auth::users::resolve`), as at every create-token.
pub async fn issue_for_credentials(
    state: &AppState,
    user: &str,
    password: &str,
    request: &TokenRequest,
    offline: bool,
) -> Result<Issued> {
    if user.is_empty() {
        return Err(Error::wrong_credentials(
            "the Basic credentials name no user",
        ));
    }
    passwords::check_password_input(password)
        .map_err(|e| Error::wrong_credentials(e.to_string()))?;
    // No user's id or alias holds a control character (aliases refuse them): such a name is
    // unknown without asking the database, which PostgreSQL would refuse for a NUL (a 400
    // where SQLite answers 401).
    let found = if user.chars().any(char::is_control) {
        Err(Error::not_found("no such user"))
    } else {
        let mut conn = state.db.pool.acquire().await?;
        users::resolve(&mut conn, &IdOrAlias::from(user)).await
    };
    let found = match found {
        Ok(user) => user,
        Err(Error::NotFound { .. }) => {
            crate::audit::login_failed(user, "unknown user");
            return Err(Error::wrong_credentials(format!(
                "user `{}` was not found",
                crate::error::quoted(user)
            )));
        }
        Err(e @ Error::Unauthorized { .. }) => {
            crate::audit::login_failed(user, "deleted user");
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    let user = users::authenticate(found, password).await?;
    let mut issued = issue(state, user.id, request).await?;
    if offline {
        issued.refresh_token = Some(refresh_token(state, user.id)?);
    }
    Ok(issued)
}

/// The POST form of the OAuth2 flow, as sent.
#[derive(Clone, Debug, Default)]
pub struct OAuthForm {
    pub grant_type: Option<String>,
    pub client_id: Option<String>,
    pub refresh_token: Option<String>,
    pub request: TokenRequest,
}

/// POST flow (OAuth2): only `grant_type=refresh_token` is served (anything else is 401
/// `WRONG_REQUEST`, wire reference §5.7), with a refresh token from an earlier
/// `offline_token=true` request. The refresh token is echoed back, as upstream does.
pub async fn issue_for_oauth_form(state: &AppState, form: &OAuthForm) -> Result<Issued> {
    match form.grant_type.as_deref() {
        Some("refresh_token") => {}
        other => {
            return Err(Error::Unauthorized {
                qualifier: ErrorQualifier::WRONG_REQUEST,
                message: match other {
                    None | Some("") => "grant_type is required; only `refresh_token` is supported".to_owned(),
                    Some(other) => format!(
                        "grant_type `{other}` is not supported; only `refresh_token` is (log in with `docker login` to get one)"
                    ),
                },
            })
        }
    }
    if form.client_id.as_deref().unwrap_or_default().is_empty() {
        return Err(Error::invalid("client_id is required"));
    }
    let refresh_token = form.refresh_token.as_deref().unwrap_or_default();
    if refresh_token.is_empty() {
        return Err(Error::wrong_credentials(
            "refresh_token is required with grant_type=refresh_token",
        ));
    }
    issue_for_refresh_token(state, refresh_token, &form.request).await
}

async fn issue_for_refresh_token(
    state: &AppState,
    refresh_token: &str,
    request: &TokenRequest,
) -> Result<Issued> {
    let claims: RefreshClaims = state
        .keys
        .verify_as(refresh_token)
        .map_err(|e| Error::wrong_credentials(format!("refresh token refused: {e}")))?;
    if claims.token_use != REFRESH_TOKEN_USE {
        return Err(Error::wrong_credentials(
            "refresh token refused: not a registry refresh token",
        ));
    }
    let user_id: i64 = claims.sub.parse().map_err(|_| {
        Error::wrong_credentials("refresh token refused: its subject is not a user id")
    })?;
    let exists = {
        let mut conn = state.db.pool.acquire().await?;
        users::find_by_id(&mut conn, user_id).await?.is_some()
    };
    if !exists {
        return Err(Error::wrong_credentials(format!(
            "refresh token refused: user {user_id} no longer exists; log in again"
        )));
    }
    let mut issued = issue(state, user_id, request).await?;
    issued.refresh_token = Some(refresh_token.to_owned());
    Ok(issued)
}

/// Evaluates the scopes for the user and signs the access token.
async fn issue(state: &AppState, user_id: i64, request: &TokenRequest) -> Result<Issued> {
    let service = match request.service.as_deref() {
        None | Some("") => DEFAULT_SERVICE,
        Some(service) if service.len() > 255 => {
            return Err(Error::invalid("service must be at most 255 characters"))
        }
        Some(service) => service,
    };
    let requested = parse_scopes(request.scopes.iter().map(String::as_str));
    let granted = {
        let mut conn = state.db.pool.acquire().await?;
        grant(&mut conn, user_id, requested).await?
    };
    let now_ms = now_millis();
    let now = now_ms / 1000;
    let lifetime = i64::try_from(ACCESS_TOKEN_LIFETIME_SECS).unwrap_or(i64::MAX);
    let claims = AccessClaims {
        iss: state.keys.issuer().to_owned(),
        sub: user_id.to_string(),
        aud: service.to_owned(),
        exp: now.saturating_add(lifetime),
        nbf: now - NOT_BEFORE_SKEW_SECS,
        iat: now,
        jti: state.next_id().to_string(),
        access: granted.clone(),
    };
    let header = Header {
        x5c: Some(vec![state.issuer_certificate.x5c.clone()]),
        ..Header::default()
    };
    let access_token = state.keys.sign_with(header, &claims)?;
    Ok(Issued {
        access_token,
        granted,
        expires_in: ACCESS_TOKEN_LIFETIME_SECS,
        issued_at: rfc3339(now_ms),
        refresh_token: None,
    })
}

fn refresh_token(state: &AppState, user_id: i64) -> Result<String> {
    let now = now_millis() / 1000;
    let lifetime =
        i64::try_from(state.config.registry_refresh_token_lifetime.as_secs()).unwrap_or(i64::MAX);
    let claims = RefreshClaims {
        iss: state.keys.issuer().to_owned(),
        aud: state.keys.issuer().to_owned(),
        sub: user_id.to_string(),
        iat: now,
        exp: now.saturating_add(lifetime),
        jti: state.next_id().to_string(),
        token_use: REFRESH_TOKEN_USE.to_owned(),
    };
    state.keys.sign_with(Header::default(), &claims)
}

fn rfc3339(epoch_ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(epoch_ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Parses every `type:name:actions` entry of the `scope` values, skipping entries that do not
/// have that shape (wire reference §5.7: unparsable entries are ignored). The name may itself
/// hold a colon (`host:port/…`), so the type ends at the first colon and the actions start
/// after the last one.
pub fn parse_scopes<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<ResourceActions> {
    let mut out = Vec::new();
    for entry in values.into_iter().flat_map(str::split_whitespace) {
        let Some((kind, rest)) = entry.split_once(':') else {
            continue;
        };
        let Some((name, actions)) = rest.rsplit_once(':') else {
            continue;
        };
        let actions: Vec<String> = actions
            .split(',')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect();
        let well_formed = !kind.is_empty()
            && !name.is_empty()
            && !actions.is_empty()
            && actions.iter().all(|a| {
                a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '*' || c == '_')
            });
        if !well_formed {
            continue;
        }
        out.push(ResourceActions {
            kind: kind.to_owned(),
            name: name.to_owned(),
            actions,
        });
    }
    out
}

/// A repository name in our namespace: `omgservers/<tenant id>/<project id>/<qualifier>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OurRepository {
    pub tenant_id: i64,
    pub project_id: i64,
    pub qualifier: ImageQualifier,
}

/// Reads a repository name, optionally prefixed by the registry host (`host[:port]/`, told apart
/// as Docker does: the first component holds a `.` or a `:` or is `localhost`). `Ok(None)` for
/// a repository outside our namespace; 400 `WRONG_ARGUMENT` for a malformed one inside it.
pub fn parse_repository(name: &str) -> Result<Option<OurRepository>> {
    let mut parts: Vec<&str> = name.split('/').collect();
    let is_host = |c: &str| c.contains('.') || c.contains(':') || c == "localhost";
    if parts.len() > 1 && parts[0] != NAMESPACE && is_host(parts[0]) {
        parts.remove(0);
    }
    if parts.first() != Some(&NAMESPACE) {
        return Ok(None);
    }
    let malformed = |why: String| {
        Error::invalid(format!(
            "repository `{name}`: {why}; expected {NAMESPACE}/<tenant id>/<project id>/<universal|lobby|match>"
        ))
    };
    let [_, tenant, project, qualifier] = parts.as_slice() else {
        return Err(malformed(format!(
            "{} path components instead of 4",
            parts.len()
        )));
    };
    let id = |value: &str, what: &str| {
        value
            .parse::<i64>()
            .ok()
            .filter(|id| *id > 0 && value.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| malformed(format!("{what} `{value}` is not a numeric id")))
    };
    let tenant_id = id(tenant, "tenant")?;
    let project_id = id(project, "project")?;
    let qualifier = match *qualifier {
        "universal" => ImageQualifier::UNIVERSAL,
        "lobby" => ImageQualifier::LOBBY,
        "match" => ImageQualifier::MATCH,
        other => {
            return Err(malformed(format!(
                "`{other}` is not universal, lobby or match"
            )))
        }
    };
    Ok(Some(OurRepository {
        tenant_id,
        project_id,
        qualifier,
    }))
}

/// The granted subset of the requested entries: on a repository of ours, the requested actions
/// among pull and push when the user holds VERSION_MANAGER on its project; nothing anywhere
/// else, nor for a malformed name. Entries left without actions are dropped; entries for the same resource are merged.
async fn grant(
    conn: &mut AnyConnection,
    user_id: i64,
    requested: Vec<ResourceActions>,
) -> Result<Vec<ResourceActions>> {
    let mut managed: HashMap<(i64, i64), bool> = HashMap::new();
    let mut granted: Vec<ResourceActions> = Vec::new();
    for entry in requested {
        if entry.kind != "repository" {
            continue;
        }
        // An entry that names no repository of ours, or a malformed one, is not granted; the
        // others still are (Distribution's token specification: the token carries the
        // subset of the request that is allowed).
        let repository = match parse_repository(&entry.name) {
            Ok(Some(repository)) => repository,
            Ok(None) => continue,
            Err(e) => {
                tracing::debug!(scope = %crate::error::quoted(&entry.name), error = %crate::error::quoted(&e.to_string()), "registry scope not granted");
                continue;
            }
        };
        let key = (repository.tenant_id, repository.project_id);
        let allowed = match managed.get(&key) {
            Some(allowed) => *allowed,
            None => {
                let allowed = holds_version_manager(
                    conn,
                    repository.tenant_id,
                    repository.project_id,
                    user_id,
                )
                .await?;
                managed.insert(key, allowed);
                allowed
            }
        };
        if !allowed {
            continue;
        }
        let actions: Vec<&str> = GRANTABLE
            .into_iter()
            .filter(|a| entry.actions.iter().any(|r| r == a))
            .collect();
        if actions.is_empty() {
            continue;
        }
        match granted
            .iter_mut()
            .find(|g| g.kind == entry.kind && g.name == entry.name)
        {
            Some(existing) => {
                let merged: Vec<String> = GRANTABLE
                    .into_iter()
                    .filter(|a| actions.contains(a) || existing.actions.iter().any(|e| e == a))
                    .map(str::to_owned)
                    .collect();
                existing.actions = merged;
            }
            None => granted.push(ResourceActions {
                kind: entry.kind,
                name: entry.name,
                actions: actions.into_iter().map(str::to_owned).collect(),
            }),
        }
    }
    Ok(granted)
}

/// VERSION_MANAGER on the project, with the project inside the tenant the name says.
async fn holds_version_manager(
    conn: &mut AnyConnection,
    tenant_id: i64,
    project_id: i64,
    user_id: i64,
) -> Result<bool> {
    permissions::has_in_tenant(
        conn,
        Scope::Project,
        tenant_id,
        project_id,
        user_id,
        ProjectPermission::VERSION_MANAGER.as_str(),
    )
    .await
}

/// Credentials this server presents to the registry when pulling images: the user
/// `OMGSERVERS_SERVER_SERVICE_USER_ALIAS` (default: the bootstrap service user) with
/// `OMGSERVERS_SERVER_SERVICE_USER_PASSWORD`, or else the bootstrap service user's password
/// (configured, `--dev`, or generated into `<data dir>/bootstrap-credentials`). `None` when no
/// password is known. Every new project grants this user VERSION_MANAGER
/// (`tenancy::hierarchy::create_project`), which is what lets it pull.
pub fn registry_credentials(state: &AppState) -> Option<(String, String)> {
    let config = &state.config;
    let bootstrap_alias = &config.bootstrap_service_user_alias;
    let alias = config
        .server_service_user_alias
        .clone()
        .unwrap_or_else(|| bootstrap_alias.clone());
    let password = config.server_service_user_password.clone().or_else(|| {
        if &alias != bootstrap_alias {
            return None;
        }
        crate::auth::bootstrap::bootstrap_password(
            config,
            &alias,
            config.bootstrap_service_user_password.as_ref(),
        )
    })?;
    Some((alias, password))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn scopes_parse_leniently() {
        let parsed = parse_scopes([
            "repository:omgservers/1/2/universal:pull,push registry:catalog:*",
            "repository:localhost:5000/omgservers/1/2/lobby:pull",
            "garbage nocolon:x repository:name-without-actions: :a:b",
        ]);
        let names: Vec<String> = parsed.iter().map(ToString::to_string).collect();
        assert_eq!(
            names,
            [
                "repository:omgservers/1/2/universal:pull,push",
                "registry:catalog:*",
                "repository:localhost:5000/omgservers/1/2/lobby:pull",
            ]
        );
    }

    #[test]
    fn repository_names() {
        let ours = parse_repository("omgservers/11/22/universal")
            .unwrap()
            .unwrap();
        assert_eq!((ours.tenant_id, ours.project_id), (11, 22));
        assert_eq!(ours.qualifier, ImageQualifier::UNIVERSAL);
        for prefixed in [
            "localhost:5000/omgservers/11/22/match",
            "127.0.0.1:5000/omgservers/11/22/match",
            "registry.example.com/omgservers/11/22/match",
            "localhost/omgservers/11/22/match",
        ] {
            let ours = parse_repository(prefixed).unwrap().unwrap();
            assert_eq!(ours.qualifier, ImageQualifier::MATCH, "{prefixed}");
        }
        for foreign in ["library/ubuntu", "ubuntu", "other/omgservers/1/2/universal"] {
            assert_eq!(parse_repository(foreign).unwrap(), None, "{foreign}");
        }
        for malformed in [
            "omgservers",
            "omgservers/1/2",
            "omgservers/1/2/universal/extra",
            "omgservers/abc/2/universal",
            "omgservers/1/-2/universal",
            "omgservers/1/2/UNIVERSAL",
            "omgservers/1/2/runtime",
            "localhost:5000/omgservers/1/x/lobby",
        ] {
            let error = parse_repository(malformed).unwrap_err();
            assert!(
                matches!(&error, Error::Invalid { qualifier: ErrorQualifier::WRONG_ARGUMENT, message } if message.contains(malformed)),
                "{malformed}: {error}"
            );
        }
    }
}
