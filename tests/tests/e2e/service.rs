//! Service endpoints and framework edges: health, metrics, OpenAPI (served and checked in as
//! docs/openapi.json with docs/api.md generated from it), unknown routes and methods.

use std::path::PathBuf;

use omgservers_e2e::{error_of, read, Backend, TestServer};
use serde_json::{json, Value};

fn docs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs")
}

/// Compares a generated document with its checked-in copy; `UPDATE_DOCS=1` rewrites it.
fn check_generated(name: &str, generated: &str) {
    let path = docs_dir().join(name);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(checked_in == generated, "docs/{name} is out of date: run `UPDATE_DOCS=1 cargo test -p omgservers-e2e --test e2e service::`");
}

/// docs/api.md: one table per area, from the OpenAPI document.
/// `value` with every object's keys in ascending order.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(fields) => {
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sorted(&fields[k])))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

fn api_markdown(openapi: &Value) -> String {
    let mut out = String::from(
        "# API reference\n\n<!-- Generated from the server's OpenAPI document by `UPDATE_DOCS=1 cargo test -p omgservers-e2e --test e2e service::`; do not edit. -->\n\n\
         Every endpoint takes a JSON body on POST or PUT and answers JSON. Every error has the body\n\
         `{\"qualifier\": \"…\", \"message\": \"…\"}`. The served document is at `/q/openapi` (also\n\
         `/openapi.json`), and Swagger UI shows it at `/q/swagger-ui/`; its checked-in copy is\n\
         [openapi.json](openapi.json), with every schema.\n\n\
         Ids are 64-bit integers written as JSON strings; numbers are accepted on input. `tenant`,\n\
         `project`, `stage` and `user` fields take an id or an alias.\n",
    );
    let mut current_area = String::new();
    for (path, item) in openapi["paths"].as_object().unwrap() {
        let op = &item["post"];
        let area = path.split('/').nth(4).unwrap_or("service").to_owned();
        if area != current_area {
            out.push_str(&format!("\n## {area}\n\n| Endpoint | Access | Request | Response | Summary |\n|---|---|---|---|---|\n"));
            current_area = area;
        }
        let schema_name = |v: &Value| {
            v["$ref"]
                .as_str()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let request = schema_name(&op["requestBody"]["content"]["application/json"]["schema"]);
        let response =
            schema_name(&op["responses"]["200"]["content"]["application/json"]["schema"]);
        out.push_str(&format!(
            "| `{path}` | {} | `{request}` | `{response}` | {} |\n",
            op["description"]
                .as_str()
                .unwrap_or_default()
                .replace(" Accepted on POST and PUT.", ""),
            op["summary"].as_str().unwrap_or_default()
        ));
    }
    // The one endpoint that is not JSON over POST, so not in the OpenAPI document.
    out.push_str(
        "\n## dispatcher WebSocket\n\n\
         `GET /dispatcher/v1/entrypoint/websocket/endpoint?ws_token=<jwt>`, sub-protocol `omgservers`:\n\
         a runtime opens its room with the `ws_token` of `runtime/create-token`; a player joins it\n\
         with the `ws_token` of its `CONNECTION_UPGRADE_MESSAGE`. Frames and close codes:\n\
         [compatibility.md](compatibility.md#dispatcher), [sdk.md](sdk.md#real-time-play-over-the-dispatcher).\n",
    );
    out
}

#[tokio::test]
async fn health_metrics_and_fallbacks() {
    let server = TestServer::start(Backend::Sqlite).await;
    let (status, body) = server.health("/q/health/live").await;
    assert_eq!((status, body["status"].clone()), (200, json!("UP")));
    let (status, body) = server.health("/q/health/ready").await;
    assert_eq!(
        (status, body["checks"][0]["status"].clone()),
        (200, json!("UP"))
    );

    server.admin_token().await;
    server
        .fails("admin", "generate-id", None, json!({}), 401)
        .await;
    let metrics = server.metrics_page().await;
    assert!(
        metrics.contains(r#"omgservers_http_requests_total{method="POST",route="/service/v1/entrypoint/admin/request/create-token",status="200"} 1"#),
        "{metrics}"
    );
    assert!(
        metrics.contains(
            r#"route="/service/v1/entrypoint/admin/request/generate-id",status="401"} 1"#
        ),
        "{metrics}"
    );
    assert!(
        metrics.contains("omgservers_http_request_duration_seconds_bucket"),
        "{metrics}"
    );
    let version = omgservers::VERSION;
    assert!(
        metrics.contains(&format!(
            r#"omgservers_build_info{{version="{version}"}} 1"#
        )),
        "{metrics}"
    );
    // Every response names the version; /q/info says what the server is.
    let info = server
        .http
        .get(format!("{}/q/info", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(info.headers()["omgservers-version"], version);
    let info: serde_json::Value = info.json().await.unwrap();
    assert_eq!(info["version"], version, "{info}");
    assert_eq!(info["name"], "omgservers", "{info}");
    let (status, _) = server.call("admin", "generate-id", None, json!({})).await;
    assert_eq!(status, 401);
    let refused = server
        .http
        .post(server.url("admin", "generate-id"))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        refused.headers()["omgservers-version"],
        version,
        "errors too"
    );

    let (status, body) = read(
        server
            .http
            .post(format!(
                "{}/service/v1/entrypoint/admin/request/nope",
                server.base
            ))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status.as_u16(), 404);
    assert_eq!(error_of(&body).0, "ENDPOINT_NOT_FOUND");
    let (status, body) = read(
        server
            .http
            .get(server.url("admin", "create-token"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status.as_u16(), 405);
    let (qualifier, message) = error_of(&body);
    assert_eq!(qualifier, "METHOD_NOT_ALLOWED");
    assert!(message.contains("POST or PUT"), "{message}");
    let (status, body) = read(
        server
            .http
            .delete(format!("{}/metrics", server.base))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status.as_u16(), error_of(&body).0),
        (405, "METHOD_NOT_ALLOWED".to_owned())
    );
}

/// `GET /q/openapi`, asserting a 200.
async fn served_openapi(server: &TestServer) -> Value {
    let answer = server
        .http
        .get(format!("{}/q/openapi", server.base))
        .send()
        .await
        .unwrap();
    let (status, openapi) = read(answer).await;
    assert_eq!(status.as_u16(), 200);
    openapi
}

#[tokio::test]
async fn openapi_document_is_served_and_checked_in() {
    let server = TestServer::start(Backend::Sqlite).await;
    let openapi = served_openapi(&server).await;
    let paths = openapi["paths"].as_object().unwrap();
    assert!(paths.len() >= 40, "{} paths", paths.len());
    for (path, item) in paths {
        assert!(
            item["post"].is_object() && item["put"].is_object(),
            "{path} has POST and PUT"
        );
        for key in ["requestBody", "responses"] {
            assert!(item["post"][key].is_object(), "{path} documents {key}");
        }
    }
    // every referenced schema is defined
    let text = serde_json::to_string(&openapi).unwrap();
    let schemas = openapi["components"]["schemas"].as_object().unwrap();
    for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
        let name = &reference[..reference.find('"').unwrap()];
        assert!(
            schemas.contains_key(name),
            "schema {name} is referenced but not defined"
        );
    }
    let (_, same) = read(
        server
            .http
            .get(format!("{}/openapi.json", server.base))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(same, openapi);
    // Keys sorted whatever serde_json's `preserve_order` (which another package of the build
    // may turn on) makes of the order: the checked-in copy must not depend on what is built.
    let openapi = sorted(&openapi);
    check_generated(
        "openapi.json",
        &(serde_json::to_string_pretty(&openapi).unwrap() + "\n"),
    );
    check_generated("api.md", &api_markdown(&openapi));
}

/// Issue 15, fault 11: the statuses the issue found undocumented — 409 on `create-tenant-alias`,
/// 401 on a public `create-token`, 415 on `upload-files-archive` — are answered and listed in
/// the OpenAPI document; and the check every `TestServer` runs when dropped
/// (`undocumented_statuses`, over the server's request counter) reports a status missing
/// from the document.
#[tokio::test]
async fn every_status_answered_is_documented() {
    let server = TestServer::start(Backend::Sqlite).await;
    let state = server.state.clone().unwrap();
    let support = server.support_token().await;
    let tenant = server
        .ok("support", "create-tenant", Some(&support), json!({}))
        .await;
    let alias = json!({"tenant_id": tenant["id"], "alias": "taken"});
    server
        .ok(
            "support",
            "create-tenant-alias",
            Some(&support),
            alias.clone(),
        )
        .await;
    server
        .fails("support", "create-tenant-alias", Some(&support), alias, 409)
        .await;
    server
        .fails(
            "admin",
            "create-token",
            None,
            json!({"user": "admin", "password": "wrong"}),
            401,
        )
        .await;
    let developer = omgservers_e2e::fixtures::developer(&server, &support).await;
    server
        .fails(
            "developer",
            "upload-files-archive",
            Some(&developer.token),
            json!({"tenant": tenant["id"]}),
            415,
        )
        .await;
    assert_eq!(
        omgservers_e2e::undocumented_statuses(&state),
        Vec::<String>::new()
    );

    // A status the document does not list is reported.
    let labels = omgservers::http::metrics::RequestLabels {
        method: "POST".to_owned(),
        route: "/service/v1/entrypoint/player/request/create-user".to_owned(),
        status: 418,
    };
    state.metrics.requests.get_or_create(&labels).inc();
    assert_eq!(
        omgservers_e2e::undocumented_statuses(&state),
        vec!["POST /service/v1/entrypoint/player/request/create-user 418".to_owned()]
    );
    // Taken back, so the server's own check on drop passes.
    state.metrics.requests.remove(&labels);
}

/// The checked-in OpenAPI document (the one `openapi_document_is_served_and_checked_in` keeps
/// equal to what the server serves) passes an OpenAPI validator: `openapi-spec-validator`
/// (PyPI), installed into `target/openapi-venv` on first use. It checks the OpenAPI 3.1 schema
/// and what a schema cannot, such as every operationId being unique in the document.
#[test]
fn the_openapi_document_passes_a_validator() {
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/openapi-venv");
    let validator = venv.join("bin/openapi-spec-validator");
    let run = |program: &std::path::Path, args: &[&str]| {
        let out = std::process::Command::new(program)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{} cannot run: {e}", program.display()));
        assert!(
            out.status.success(),
            "{} {args:?} failed:\n{}\n{}",
            program.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    if !validator.exists() {
        run(
            std::path::Path::new("python3"),
            &["-m", "venv", venv.to_str().unwrap()],
        );
        run(
            &venv.join("bin/pip"),
            &["install", "--quiet", "openapi-spec-validator==0.9.0"],
        );
    }
    let document = docs_dir().join("openapi.json");
    let answer = run(&validator, &[document.to_str().unwrap()]);
    assert!(answer.contains("OK"), "{answer}");
}

/// Readiness, polled until it answers `want` (within 15 s).
async fn ready_until(server: &TestServer, want: u16) -> Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let (status, body) = server.health("/q/health/ready").await;
        if status == want {
            return body;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "readiness {status}, not {want}: {body}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The named check of a readiness answer.
fn check<'a>(body: &'a Value, name: &str) -> &'a Value {
    body["checks"]
        .as_array()
        .and_then(|checks| checks.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no {name} check in {body}"))
}

/// Readiness says whether the server can run a game: with the docker driver at least one pool
/// host must answer (its absence and an unreachable host are named), and the controller must be
/// completing passes. `/q/health/started` answers once the server listens.
#[tokio::test]
async fn readiness_needs_a_docker_host_and_a_moving_controller() {
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.runtimes_driver = omgservers::config::RuntimesDriver::Docker;
    })
    .await;
    assert_eq!(
        server.health("/q/health/started").await,
        (200, json!({"status": "UP", "checks": []}))
    );
    let admin = server.admin_token().await;
    let hosts = server
        .ok("admin", "get-pool-hosts", Some(&admin), json!({}))
        .await;
    let local = hosts["hosts"][0]["id"].clone();
    // The local engine, found at start, answers; the controller has made its passes.
    let body = ready_until(&server, 200).await;
    assert_eq!(check(&body, "docker-pool")["status"], "UP", "{body}");
    assert_eq!(check(&body, "controller")["status"], "UP", "{body}");
    // No host at all: not ready, and why.
    server
        .ok(
            "admin",
            "delete-pool-host",
            Some(&admin),
            json!({"id": local}),
        )
        .await;
    let body = ready_until(&server, 503).await;
    let pool = check(&body, "docker-pool");
    assert_eq!(pool["status"], "DOWN", "{body}");
    assert!(
        pool["data"]["error"]
            .as_str()
            .unwrap()
            .contains("no Docker host in the pool"),
        "{body}"
    );
    assert_eq!(check(&body, "database-writes")["status"], "UP", "{body}");
    // A host that does not answer is not enough.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let uri = format!("tcp://{}", silent.local_addr().unwrap());
    drop(silent);
    server
        .ok("admin", "create-pool-host", Some(&admin), json!({"docker_daemon_uri": uri, "cpu_count": 1, "memory_size": 512, "max_containers": 1}))
        .await;
    let (status, body) = server.health("/q/health/ready").await;
    assert_eq!(status, 503, "{body}");
    assert!(
        check(&body, "docker-pool")["data"]["error"]
            .as_str()
            .unwrap()
            .contains("none of the 1 Docker hosts answers"),
        "{body}"
    );
    // The local engine back: ready again.
    server
        .ok("admin", "create-pool-host", Some(&admin), json!({"docker_daemon_uri": "unix:///var/run/docker.sock", "cpu_count": 1, "memory_size": 512, "max_containers": 1}))
        .await;
    ready_until(&server, 200).await;
    // The same engine written another way is the same host, not a second one counted twice
    // (`pool::hosts::canonical_uri`).
    let (qualifier, message) = server
        .fails("admin", "create-pool-host", Some(&admin), json!({"docker_daemon_uri": " unix:///var/run/docker.sock/ ", "cpu_count": 1, "memory_size": 512, "max_containers": 1}), 409)
        .await;
    assert_eq!(qualifier, "DB_CONSTRAINT_VIOLATED", "{message}");
    assert!(
        message.contains("`unix:///var/run/docker.sock`"),
        "{message}"
    );
}

/// Swagger UI (`/q/swagger-ui`, where upstream serves it) renders the served document in a real
/// browser: the title, and one operation block per operation of `/q/openapi`.
#[tokio::test]
async fn swagger_ui_shows_the_served_document_in_a_browser() {
    use fantoccini::Locator;
    let server = TestServer::start(Backend::Sqlite).await;
    let openapi = served_openapi(&server).await;
    let operations: usize = openapi["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    let browser = omgservers_e2e::browser::Browser::start().await;
    let page = &browser.client;
    // Without the trailing slash: the redirect is part of what a person types.
    page.goto(&format!("{}/q/swagger-ui", server.base))
        .await
        .unwrap();
    let title = page
        .wait()
        .at_most(std::time::Duration::from_secs(30))
        .for_element(Locator::Css(".info .title"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected = openapi["info"]["title"].as_str().unwrap();
    assert!(
        title.contains(expected),
        "title {title:?}, document {expected:?}"
    );
    let blocks = page.find_all(Locator::Css(".opblock")).await.unwrap();
    assert_eq!(blocks.len(), operations, "one block per operation");
    assert!(page
        .current_url()
        .await
        .unwrap()
        .path()
        .ends_with("/q/swagger-ui/"));
}

/// docs/observability.md lists every series `/metrics` exposes (a new one without a line there
/// fails), and every series docs/grafana-dashboard.json queries exists.
#[tokio::test]
async fn metrics_are_documented_and_the_dashboard_queries_real_ones() {
    let server = TestServer::start(Backend::Sqlite).await;
    let page = server.metrics_page().await;
    // `# TYPE <family> <type>`: counters are written `<family>_total`, infos `<family>_info`.
    let families: Vec<(String, String)> = page
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.split_once(' '))
        .map(|(family, kind)| (family.to_owned(), kind.to_owned()))
        .collect();
    assert!(families.len() > 40, "{page}");
    let docs = std::fs::read_to_string(docs_dir().join("observability.md")).unwrap();
    for (family, kind) in &families {
        let written = match kind.as_str() {
            "counter" => format!("{family}_total"),
            "info" => format!("{family}_info"),
            _ => family.clone(),
        };
        assert!(
            docs.contains(&format!("`{written}`")),
            "docs/observability.md does not list `{written}` ({kind})"
        );
    }
    let dashboard: Value = serde_json::from_str(
        &std::fs::read_to_string(docs_dir().join("grafana-dashboard.json")).unwrap(),
    )
    .unwrap();
    let mut queried = 0;
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            let expr = target["expr"].as_str().unwrap();
            let names = expr
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .filter(|w| w.starts_with("omgservers_") || w.starts_with("process_"));
            for name in names {
                let known = ["", "_total", "_bucket", "_sum", "_count", "_info"]
                    .iter()
                    .any(|suffix| {
                        name.strip_suffix(suffix)
                            .is_some_and(|f| families.iter().any(|(family, _)| family == f))
                    });
                assert!(
                    known,
                    "panel {:?} queries {name}, which /metrics does not expose",
                    panel["title"]
                );
                queried += 1;
            }
        }
    }
    assert!(queried >= 20, "{queried} series queried");
}
