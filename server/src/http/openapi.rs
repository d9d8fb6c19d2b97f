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
use omgservers_types::ErrorResponse;

fn json(schema: &str) -> utoipa::openapi::content::Content {
    ContentBuilder::new()
        .schema(Some(Ref::from_schema_name(schema)))
        .build()
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
            .operation_id(Some(
                endpoint
                    .path
                    .rsplit('/')
                    .next()
                    .unwrap_or(endpoint.path)
                    .to_owned(),
            ))
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
            )
            .response(
                "400",
                ResponseBuilder::new()
                    .description("Malformed or invalid request")
                    .content("application/json", json("ErrorResponse"))
                    .build(),
            )
            .response(
                "404",
                ResponseBuilder::new()
                    .description("A named object does not exist")
                    .content("application/json", json("ErrorResponse"))
                    .build(),
            );
        if let Access::Roles(_) = endpoint.access {
            operation = operation
                .security(SecurityRequirement::new("bearer", Vec::<String>::new()))
                .response(
                    "401",
                    ResponseBuilder::new()
                        .description("Missing, invalid or expired token")
                        .content("application/json", json("ErrorResponse"))
                        .build(),
                )
                .response(
                    "403",
                    ResponseBuilder::new()
                        .description("Wrong role or missing permission")
                        .content("application/json", json("ErrorResponse"))
                        .build(),
                );
        }
        let operation = operation.build();
        let mut item = PathItem::new(HttpMethod::Post, operation.clone());
        item.put = Some(operation);
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
