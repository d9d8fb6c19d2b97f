//! Issue 14, item 4 — logs an operator can trust, with the real binary: a mistyped log level
//! refuses to start; the access log names method, path, status, duration and caller; failed
//! logins, permission changes and deletes leave audit lines (a delete says how much went with
//! it); JSON logs carry 64-bit ids as strings and no colour escapes. (Issue 14, item 3:
//! OpenTelemetry settings a collector could not use refuse to start.)

use std::process::Command;
use std::time::{Duration, Instant};

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::cluster::free_port;
use omgservers_e2e::standalone::Standalone;
use serde_json::{json, Value};

fn binary() -> std::path::PathBuf {
    server_binary()
}

#[test]
fn a_mistyped_log_level_refuses_to_start() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(binary())
        .env("OMGSERVERS_DATA_DIR", data.path())
        .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{}", free_port()))
        .env("OMGSERVERS_LOGGING_LEVEL", "inf")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`inf` is not a log level"), "{stderr}");
    assert!(
        stderr.contains("OMGSERVERS_LOGGING_LEVEL") || stderr.contains("--logging-level"),
        "{stderr}"
    );
}

/// OpenTelemetry settings a collector could not use refuse to start, naming the value.
#[test]
fn bad_tracing_settings_refuse_to_start() {
    for (name, value, says) in [
        ("OMGSERVERS_OTEL_EXPORTER_OTLP_PROTOCOL", "grpc", "grpc"),
        (
            "OMGSERVERS_OTEL_EXPORTER_OTLP_ENDPOINT",
            "collector:4318",
            "collector:4318",
        ),
        (
            "OMGSERVERS_OTEL_EXPORTER_OTLP_HEADERS",
            "secret-api-key",
            "header 1 has no `=`",
        ),
        (
            "OMGSERVERS_OTEL_TRACES_SAMPLER_ARG",
            "1.5",
            "not between 0.0 and 1.0",
        ),
    ] {
        let data = tempfile::tempdir().unwrap();
        let out = Command::new(binary())
            .env("OMGSERVERS_DATA_DIR", data.path())
            .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{}", free_port()))
            .env("OMGSERVERS_OTEL_SDK_DISABLED", "false")
            .env(name, value)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}={value}: {stderr}");
        assert!(stderr.contains(says), "{name}={value}: {stderr}");
        if name.ends_with("_HEADERS") {
            assert!(
                !stderr.contains(value),
                "headers (a secret) are not echoed: {stderr}"
            );
        }
    }
}

struct Server {
    process: Standalone,
    base: String,
}

impl Server {
    fn log(&self) -> String {
        self.process.log()
    }

    /// The JSON log lines so far.
    fn events(&self) -> Vec<Value> {
        self.log()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }
}

fn start_json_server() -> Server {
    let process = Standalone::start(
        &binary(),
        &[
            ("OMGSERVERS_RUNTIMES_DRIVER", "none".to_owned()),
            ("OMGSERVERS_LOGGING_FORMAT", "json".to_owned()),
            ("OMGSERVERS_LOGGING_ACCESS_LOGS_ENABLED", "true".to_owned()),
        ],
    );
    let base = format!("http://{}/service/v1/entrypoint", process.addr);
    Server { process, base }
}

/// The first event whose `fields.message` is `message` (and target `target`), waiting a little
/// for it to be written.
fn event(server: &Server, target: &str, message: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        if let Some(e) = server
            .events()
            .into_iter()
            .find(|e| e["target"] == target && e["fields"]["message"] == message)
        {
            return e;
        }
        assert!(
            Instant::now() < deadline,
            "no {target} `{message}` in:\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every whole number of the value is a double exactly (no 64-bit id as a JSON number).
fn no_large_numbers(value: &Value) -> bool {
    match value {
        Value::Number(n) => {
            n.as_u64().is_none_or(|u| u < 1 << 53)
                && n.as_i64().is_none_or(|i| i.unsigned_abs() < 1 << 53)
        }
        Value::Array(items) => items.iter().all(no_large_numbers),
        Value::Object(fields) => fields.values().all(no_large_numbers),
        _ => true,
    }
}

#[tokio::test]
async fn access_log_and_audit_trail_in_json() {
    let server = start_json_server();
    let http = reqwest::Client::new();
    let call = |area: &str, op: &str, token: Option<&str>, body: Value| {
        let mut request = http
            .post(format!("{}/{area}/request/{op}", server.base))
            .json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            (
                status,
                response.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while reqwest::get(format!("{}/../../../q/health/ready", server.base))
        .await
        .map_or(true, |r| !r.status().is_success())
    {
        assert!(Instant::now() < deadline, "no start: {}", server.log());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Failed logins: a wrong password, an unknown user.
    let (status, _) = call(
        "support",
        "create-token",
        None,
        json!({"user": "support", "password": "wrong"}),
    )
    .await;
    assert_eq!(status, 401);
    let (status, _) = call(
        "support",
        "create-token",
        None,
        json!({"user": "nobody", "password": "wrong"}),
    )
    .await;
    assert_eq!(status, 404);
    let (_, token) = call(
        "support",
        "create-token",
        None,
        json!({"user": "support", "password": "support"}),
    )
    .await;
    let token = token["raw_token"].as_str().unwrap().to_owned();
    let failed: Vec<Value> = {
        event(&server, "audit", "login failed");
        server
            .events()
            .into_iter()
            .filter(|e| e["fields"]["message"] == "login failed")
            .collect()
    };
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert_eq!(
        failed[0]["fields"]["reason"], "wrong password",
        "{failed:?}"
    );
    assert!(failed[0]["fields"]["user"].is_string(), "{failed:?}");
    assert_eq!(failed[1]["fields"]["reason"], "unknown user", "{failed:?}");
    assert_eq!(failed[1]["fields"]["user"], "nobody", "{failed:?}");

    // A permission change and a delete that cascades, with what went.
    let (_, tenant) = call("support", "create-tenant", Some(&token), json!({})).await;
    let tenant = tenant["id"].as_str().unwrap().to_owned();
    call(
        "support",
        "create-project",
        Some(&token),
        json!({"tenant": tenant}),
    )
    .await;
    let (_, developer) = call("support", "create-developer", Some(&token), json!({})).await;
    let grant = json!({"tenant": tenant, "user_id": developer["user_id"], "permissions_to_create": ["TENANT_VIEWER"]});
    assert_eq!(
        call("support", "create-tenant-permissions", Some(&token), grant)
            .await
            .0,
        200
    );
    event(&server, "audit", "permissions granted");
    let granted = server
        .events()
        .into_iter()
        .find(|e| {
            e["fields"]["message"] == "permissions granted" && e["fields"]["scope"] == "tenant"
        })
        .unwrap_or_else(|| panic!("no tenant grant in {}", server.log()));
    assert_eq!(
        granted["fields"]["permissions"], "TENANT_VIEWER",
        "{granted}"
    );
    assert_eq!(granted["fields"]["scope_id"], tenant.as_str(), "{granted}");
    assert_eq!(
        call(
            "support",
            "delete-tenant",
            Some(&token),
            json!({"tenant": tenant})
        )
        .await
        .0,
        200
    );
    let deleted = event(&server, "audit", "tenant deleted");
    assert_eq!(deleted["fields"]["id"], tenant.as_str(), "{deleted}");
    assert_eq!(deleted["fields"]["projects"], 1, "{deleted}");
    assert_eq!(deleted["fields"]["stages"], 1, "{deleted}");
    // The caller, from the request's span.
    let support_user = deleted["span"]["user_id"]
        .as_str()
        .unwrap_or_else(|| panic!("{deleted}"));
    assert!(support_user.parse::<i64>().unwrap() > 1 << 53, "{deleted}");

    // The access log: one line per request, with the caller; never a token.
    let access: Vec<Value> = server
        .events()
        .into_iter()
        .filter(|e| e["target"] == "access")
        .collect();
    let delete = access
        .iter()
        .find(|e| e["span"]["path"] == "/service/v1/entrypoint/support/request/delete-tenant")
        .unwrap_or_else(|| panic!("no access line of the delete: {access:?}"));
    assert_eq!(delete["fields"]["status"], 200, "{delete}");
    assert_eq!(delete["span"]["method"], "POST", "{delete}");
    assert_eq!(delete["span"]["user_id"], support_user, "{delete}");
    assert!(
        delete["fields"]["duration_ms"].as_f64().unwrap() >= 0.0,
        "{delete}"
    );
    let log = server.log();
    assert!(!log.contains(&token), "a token in the log");
    assert!(!log.contains('\x1b'), "colour escapes in a file");
    // 64-bit ids as strings everywhere (the bootstrap lines too).
    for e in server.events() {
        assert!(no_large_numbers(&e), "a 64-bit number in {e}");
    }
    let bootstrap = event(
        &server,
        "omgservers::auth::bootstrap",
        "bootstrap user created",
    );
    assert!(bootstrap["fields"]["user_id"].is_string(), "{bootstrap}");
}
