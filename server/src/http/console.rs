//! The web console (docs/console.md): static pages served at `/console/`, compiled into the
//! binary (nothing to build or fetch). It is a client of the JSON API with the caller's own
//! token, so it has no authorization of its own; these routes serve files only.
//!
//! `/`, `/admin` and `/console` redirect to `/console/`. Every file is sent with a Content
//! Security Policy that allows only this origin's scripts, styles and API calls.

use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

use crate::state::AppState;

/// Where the console is served.
pub const PATH: &str = "/console/";

const INDEX: &str = include_str!("../../console/index.html");
const SCRIPT: &str = include_str!("../../console/console.js");
const STYLE: &str = include_str!("../../console/console.css");

/// Only this origin: no inline script, no third party, not framed.
const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

fn file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            // A new server version's files are picked up at the next load.
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub fn routes() -> Router<AppState> {
    let to_console = || async { Redirect::to(PATH) };
    Router::new()
        .route("/", get(to_console))
        .route("/admin", get(to_console))
        .route("/console", get(to_console))
        .route(
            PATH,
            get(|| async { file("text/html; charset=utf-8", INDEX) }),
        )
        .route(
            "/console/console.js",
            get(|| async { file("text/javascript; charset=utf-8", SCRIPT) }),
        )
        .route(
            "/console/console.css",
            get(|| async { file("text/css; charset=utf-8", STYLE) }),
        )
}
