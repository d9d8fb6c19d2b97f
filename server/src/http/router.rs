//! The endpoint table: every JSON endpoint is registered once, with its access rule, summary
//! and request/response types. The same table builds the axum router (POST and PUT, role check)
//! and the OpenAPI document, so the two cannot disagree.

use std::borrow::Cow;

use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::StatusCode;
use axum::middleware::{from_fn_with_state, Next};
use axum::response::Response;
use axum::routing::{on, MethodFilter};
use axum::Router;
use omgservers_types::endpoints::Endpoint as Operation;
use omgservers_types::permissions::UserRole;
use omgservers_types::ErrorQualifier;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::RefOr;
use utoipa::ToSchema;

use super::error::ApiError;
use super::extract::Caller;
use crate::state::AppState;

/// Who may call an endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// No token (token issuance, ping, registry notifications).
    Public,
    /// A valid token whose role is one of these.
    Roles(&'static [UserRole]),
}

/// One documented endpoint.
#[derive(Clone)]
pub struct Endpoint {
    pub path: &'static str,
    pub access: Access,
    /// The tenant/project/stage permission checked, for the docs.
    pub permission: Option<&'static str>,
    pub summary: &'static str,
    pub request: Cow<'static, str>,
    /// `application/json`, or `multipart/form-data` for uploads.
    pub request_content_type: &'static str,
    pub response: Cow<'static, str>,
    /// Every schema the request and response need, by name.
    pub schemas: Vec<(String, RefOr<Schema>)>,
}

/// Builder of the router and the endpoint list.
pub struct Api {
    state: AppState,
    pub router: Router<AppState>,
    pub endpoints: Vec<Endpoint>,
}

fn schemas_of<T: ToSchema>(out: &mut Vec<(String, RefOr<Schema>)>) {
    out.push((T::name().into_owned(), T::schema()));
    T::schemas(out);
}

impl Api {
    pub fn new(state: AppState) -> Api {
        Api {
            state,
            router: Router::new(),
            endpoints: Vec::new(),
        }
    }

    /// Registers a JSON endpoint on POST and PUT (upstream's ctl sends PUT, its server defines
    /// POST; wire reference §16.5).
    pub fn rpc<E, H, T>(
        self,
        access: Access,
        permission: Option<&'static str>,
        summary: &'static str,
        handler: H,
    ) -> Api
    where
        E: Operation,
        E::Request: ToSchema,
        E::Response: ToSchema,
        H: Handler<T, AppState>,
        T: 'static,
    {
        let route = on(MethodFilter::POST.or(MethodFilter::PUT), handler);
        self.register::<E::Request, E::Response>(
            E::PATH,
            access,
            permission,
            summary,
            route,
            "application/json",
        )
    }

    /// Registers a `multipart/form-data` upload on POST and PUT, with its own body limit.
    pub fn multipart<E, H, T>(
        self,
        access: Access,
        permission: Option<&'static str>,
        summary: &'static str,
        body_limit: usize,
        handler: H,
    ) -> Api
    where
        E: Operation,
        E::Request: ToSchema,
        E::Response: ToSchema,
        H: Handler<T, AppState>,
        T: 'static,
    {
        let route = on(MethodFilter::POST.or(MethodFilter::PUT), handler)
            .layer(axum::extract::DefaultBodyLimit::max(body_limit));
        self.register::<E::Request, E::Response>(
            E::PATH,
            access,
            permission,
            summary,
            route,
            "multipart/form-data",
        )
    }

    fn register<Req: ToSchema, Res: ToSchema>(
        mut self,
        path: &'static str,
        access: Access,
        permission: Option<&'static str>,
        summary: &'static str,
        mut route: axum::routing::MethodRouter<AppState>,
        request_content_type: &'static str,
    ) -> Api {
        if let Access::Roles(roles) = access {
            route = route.route_layer(from_fn_with_state(
                (self.state.clone(), roles),
                require_roles,
            ));
        }
        self.router = self.router.route(path, route);
        let mut schemas = Vec::new();
        schemas_of::<Req>(&mut schemas);
        schemas_of::<Res>(&mut schemas);
        self.endpoints.push(Endpoint {
            path,
            access,
            permission,
            summary,
            request: Req::name(),
            request_content_type,
            response: Res::name(),
            schemas,
        });
        self
    }
}

/// Reads the bearer token (or upstream's `ws_token` query parameter) from a request.
pub fn bearer_token(request: &Request) -> Option<String> {
    bearer_token_of(request.headers(), request.uri())
}

/// `bearer_token` from the parts of a request (for handlers that extract something else too).
pub fn bearer_token_of(headers: &axum::http::HeaderMap, uri: &axum::http::Uri) -> Option<String> {
    if let Some(value) = headers.get(axum::http::header::AUTHORIZATION) {
        let value = value.to_str().ok()?.trim();
        let (scheme, token) = value.split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_owned());
    }
    uri.query().and_then(|query| {
        url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "ws_token")
            .map(|(_, v)| v.into_owned())
    })
}

/// Verifies the token and its role, then hands the `Caller` to the handler.
/// 401 `WRONG_CREDENTIALS` without a valid token, 403 `PERMISSION_NOT_FOUND` for another role.
async fn require_roles(
    State((state, roles)): State<(AppState, &'static [UserRole])>,
    mut request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let unauthorized = |message: &str| {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            ErrorQualifier::WRONG_CREDENTIALS,
            message,
        )
    };
    let token = bearer_token(&request).ok_or_else(|| {
        unauthorized("authentication required: send `Authorization: Bearer <token>`")
    })?;
    let claims = state.keys.verify(&token)?;
    let role = claims
        .role()
        .ok_or_else(|| unauthorized("the token carries no known role"))?;
    if !roles.contains(&role) {
        let wanted: Vec<String> = roles.iter().map(|r| r.group()).collect();
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorQualifier::PERMISSION_NOT_FOUND,
            format!(
                "this endpoint requires a {} token; this token's role is {}",
                wanted.join(" or "),
                role.group()
            ),
        ));
    }
    let user_id = claims
        .user_id
        .as_deref()
        .unwrap_or(&claims.sub)
        .parse()
        .map_err(|_| unauthorized("the token subject is not a user id"))?;
    // For the access log and every line of this request: who called.
    tracing::Span::current().record("user_id", tracing::field::display(user_id));
    request.extensions_mut().insert(Caller {
        user_id,
        role,
        claims,
    });
    Ok(next.run(request).await)
}
