//! The OpenAPI document, built from the endpoint table (`router::Api`).

use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::ComponentsBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{InfoBuilder, OpenApi, OpenApiBuilder, PathsBuilder, Ref, Required};
use utoipa::{PartialSchema, ToSchema};

use super::router::{Access, Endpoint};
use omgservers_types::endpoints::{self as ep, Endpoint as _};
use omgservers_types::ErrorResponse;

fn json(schema: &str) -> utoipa::openapi::content::Content {
    ContentBuilder::new()
        .schema(Some(Ref::from_schema_name(schema)))
        .build()
}

/// The error statuses an operation can answer, each with `ErrorResponse`: those of every
/// operation, 401/403 where a token or password is checked, 429 where a rate limit applies.
/// The e2e suites check that every status they see answered is listed here
/// (`omgservers_e2e::undocumented_statuses`).
fn error_statuses(endpoint: &Endpoint) -> Vec<(&'static str, &'static str)> {
    let mut statuses = vec![
        ("400", "Malformed or invalid request (`WRONG_REQUEST`, `WRONG_ARGUMENT`, `VALIDATION_CONSTRAINT_VIOLATED`, …)"),
        ("404", "A named object does not exist (`OBJECT_NOT_FOUND` and the other `…_NOT_FOUND`)"),
        ("409", "Conflicts with an existing record or the object's state (`DB_CONSTRAINT_VIOLATED`, `WRONG_VERSION_STATE`, …)"),
        ("408", "The body stopped arriving: nothing came for `OMGSERVERS_HTTP_BODY_READ_TIMEOUT` (`WRONG_REQUEST`)"),
        ("410", "In a cluster: this node no longer owns the object's slot (`WRONG_SHARD`); retry"),
        ("413", "The body is over its limit (`REQUEST_TOO_LARGE`)"),
        ("415", "The body is not of the accepted media type, or is encoded (`Content-Encoding`; `WRONG_MEDIA_TYPE`)"),
        ("500", "An internal error (`INTERNAL_EXCEPTION_OCCURRED`, `DB_EXCEPTION_UNHANDLED`; see the server log), or the object's slot is locked while it moves to another database (`SHARD_LOCKED`; retry)"),
        ("502", "A Docker host, the registry or the owning cluster node did not answer"),
        ("503", "The database is unavailable or cannot store more, or the server is shutting down (`SERVICE_UNAVAILABLE`); retry"),
    ];
    let checks_password = super::rate_limit::is_token_request(endpoint.path)
        || endpoint.path == ep::registry::HandleEvents::PATH;
    if matches!(endpoint.access, Access::Roles(_)) || checks_password {
        statuses.push((
            "401",
            "Missing, invalid or expired token, or wrong credentials (`WRONG_CREDENTIALS`)",
        ));
    }
    if matches!(endpoint.access, Access::Roles(_)) {
        statuses.push(("403", "Wrong role or missing permission"));
    }
    if super::rate_limit::is_rate_limited(endpoint.path) {
        statuses.push(("429", "Too many requests from this address (`TOO_MANY_REQUESTS`); retry after `Retry-After` seconds"));
    }
    statuses
}

/// A path's operationId, unique in the document: its area and operation in camel case
/// (`/service/v1/entrypoint/support/request/create-tenant` → `supportCreateTenant`), as code
/// generators name methods.
fn operation_id(path: &str) -> String {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    // service, v1, entrypoint, <area>, request, <operation>
    let area = segments.nth(3).unwrap_or("service");
    let op = segments.nth(1).unwrap_or(path);
    let mut id = String::from(area);
    for word in op.split('-') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            id.extend(first.to_uppercase());
            id.push_str(chars.as_str());
        }
    }
    id
}

pub fn document(endpoints: &[Endpoint], extra_paths: Vec<(String, PathItem)>) -> OpenApi {
    let mut paths = PathsBuilder::new();
    let mut components = ComponentsBuilder::new().security_scheme(
        "bearer",
        SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("JWT")
                .build(),
        ),
    );
    components = components.schema(ErrorResponse::name(), ErrorResponse::schema());
    let mut error_schemas = Vec::new();
    ErrorResponse::schemas(&mut error_schemas);
    for (name, schema) in error_schemas {
        components = components.schema(name, schema);
    }
    for endpoint in endpoints {
        let access = match endpoint.access {
            Access::Public => "No authentication.".to_owned(),
            Access::Roles(roles) => {
                let names: Vec<String> = roles.iter().map(|r| r.group()).collect();
                format!("Requires a token with role `{}`.", names.join("` or `"))
            }
        };
        let permission = endpoint
            .permission
            .map(|p| format!(" Permission: {p}."))
            .unwrap_or_default();
        let mut operation = OperationBuilder::new()
            .summary(Some(endpoint.summary))
            .description(Some(format!(
                "{access}{permission} Accepted on POST and PUT."
            )))
            .operation_id(Some(operation_id(endpoint.path)))
            .tag(endpoint.path.split('/').nth(4).unwrap_or("service"))
            .request_body(Some(
                RequestBodyBuilder::new()
                    .content(endpoint.request_content_type, json(&endpoint.request))
                    .required(Some(Required::True))
                    .build(),
            ))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("Success")
                    .content("application/json", json(&endpoint.response))
                    .build(),
            );
        if let Access::Roles(_) = endpoint.access {
            operation =
                operation.security(SecurityRequirement::new("bearer", Vec::<String>::new()));
        }
        for (status, description) in error_statuses(endpoint) {
            operation = operation.response(
                status,
                ResponseBuilder::new()
                    .description(description)
                    .content("application/json", json("ErrorResponse"))
                    .build(),
            );
        }
        let operation = operation.build();
        let mut item = PathItem::new(HttpMethod::Post, operation.clone());
        // The same operation on PUT, under its own id: an operationId names one operation.
        let mut put = operation;
        put.operation_id = put.operation_id.map(|id| format!("{id}Put"));
        item.put = Some(put);
        paths = paths.path(endpoint.path, item);
        for (name, schema) in &endpoint.schemas {
            components = components.schema(name.clone(), schema.clone());
        }
    }
    for (path, item) in extra_paths {
        paths = paths.path(path, item);
    }
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("omgservers")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some("OMGSERVERS v1 wire interface, as served by omgservers. Every error has the body `ErrorResponse`."))
                .build(),
        )
        .paths(paths.build())
        .components(Some(components.build()))
        .build()
}
