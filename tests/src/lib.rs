//! Test kit for the end-to-end tests: starts real servers on free loopback ports (SQLite in a
//! temporary directory, or a fresh database in a throwaway PostgreSQL cluster), and talks to
//! them over real HTTP. `registry` starts a real Distribution registry and drives the real
//! `docker` CLI.

pub mod binaries;
pub mod browser;
pub mod cluster;
pub mod clusterbench;
pub mod deploybench;
pub mod docker;
pub mod fixtures;
pub mod machine;
pub mod postgres;
pub mod proxy;
pub mod realtime;
pub mod registry;
pub mod runtime_processes;
pub mod standalone;
pub mod stats;
pub mod wsbench;

use std::net::SocketAddr;
use std::sync::OnceLock;

use omgservers::Config;
use reqwest::StatusCode;
use serde_json::Value;

/// Which database a test server uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// An RSA key pair shared by every server of a test process, so tests do not pay for key
/// generation and can forge tokens (expired, tampered) with the server's own key.
pub struct TestKeys {
    pub private_pem: String,
    pub public_pem: String,
}

pub fn test_keys() -> &'static TestKeys {
    static KEYS: OnceLock<TestKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("RSA key");
        TestKeys {
            private_pem: key.to_pkcs8_pem(LineEnding::LF).expect("pem").to_string(),
            public_pem: key
                .to_public_key()
                .to_public_key_pem(LineEnding::LF)
                .expect("pem"),
        }
    })
}

/// A running server. Dropping it shuts the server down.
pub struct TestServer {
    pub addr: SocketAddr,
    pub base: String,
    pub backend: Backend,
    pub http: reqwest::Client,
    /// The in-process server's state (None for an external server), for tests that must act
    /// as a runtime or look inside.
    pub state: Option<omgservers::state::AppState>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
    _data_dir: Option<tempfile::TempDir>,
}

impl TestServer {
    /// The Docker installation id this in-process server labels its containers with
    /// (`docker::INSTALLATION_LABEL`).
    pub fn installation(&self) -> String {
        let state = self.state.as_ref().expect("in-process server");
        state.docker_pool.settings().installation.clone()
    }

    /// The server's `/metrics` page (OpenMetrics text).
    pub async fn metrics_page(&self) -> String {
        self.http
            .get(format!("{}/metrics", self.base))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("metrics text")
    }

    /// Waits (up to 10 s) until a series shows `expected`: the game gauges are read from the
    /// database at most once a second (docs/observability.md), so a change shows up within it.
    pub async fn metric_becomes(&self, series: &str, expected: f64) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let value = self.metric(series).await;
            if value == expected {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{series} is {value}, not {expected}, after 10 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// `GET <path>` of a health endpoint (`/q/health/live`, `/q/health/ready`, …): the HTTP
    /// status and the JSON body.
    pub async fn health(&self, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("health endpoint answers");
        let (status, body) = read(response).await;
        (status.as_u16(), body)
    }

    /// The value of one series on the server's `/metrics` page, named as the page writes it
    /// (`name{label="value",…}` with the labels in the page's order); 0 when absent.
    pub async fn metric(&self, series: &str) -> f64 {
        self.metrics_page()
            .await
            .lines()
            .find_map(|line| {
                let (key, value) = line.rsplit_once(' ')?;
                (key == series).then(|| value.trim().parse().ok()).flatten()
            })
            .unwrap_or(0.0)
    }

    /// A server in dev mode (admin/admin, support/support), with bcrypt at its lowest cost.
    pub async fn start(backend: Backend) -> TestServer {
        TestServer::start_with(backend, |_| {}).await
    }

    pub async fn start_with(backend: Backend, configure: impl FnOnce(&mut Config)) -> TestServer {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let path = data_dir.path().to_path_buf();
        let mut server = TestServer::launch(backend, &path, listener, configure).await;
        server._data_dir = Some(data_dir);
        server
    }

    /// A server on a given data directory (e.g. on a filesystem the test mounted), at a free
    /// address it binds itself. The caller keeps the directory.
    pub async fn start_in(
        backend: Backend,
        data_dir: &std::path::Path,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        TestServer::launch(backend, data_dir, listener, configure).await
    }

    /// A server on a given data directory and address, e.g. a restart of an earlier one (its
    /// SQLite database and keys are in the data directory). The caller keeps the directory.
    pub async fn start_at(
        backend: Backend,
        data_dir: &std::path::Path,
        addr: SocketAddr,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let listener = tokio::net::TcpListener::bind(addr).await.expect("bind");
        TestServer::launch(backend, data_dir, listener, configure).await
    }

    async fn launch(
        backend: Backend,
        data_dir: &std::path::Path,
        listener: tokio::net::TcpListener,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let mut config = Config::defaults();
        config.data_dir = data_dir.to_path_buf();
        config.dev = true;
        config.password_bcrypt_cost = 4;
        config.shutdown_grace_period = 1;
        config.server_private_key = Some(test_keys().private_pem.clone());
        // Tests start runtimes themselves unless they choose a driver.
        config.runtimes_driver = omgservers::config::RuntimesDriver::None;
        // Tests sign up and sign in far faster than players do; the limits have their own test.
        config.rate_limit_sign_ups_per_minute = 0;
        config.rate_limit_tokens_per_minute = 0;
        if backend == Backend::Postgres {
            config.database_url = Some(postgres::fresh_database().await);
        }
        let addr = listener.local_addr().expect("addr");
        config.listen = addr;
        configure(&mut config);
        let (state, _) = omgservers::prepare(config).await.expect("server prepares");
        let kept = state.clone();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            let shutdown = async move {
                let _ = rx.await;
            };
            omgservers::serve(state, listener, shutdown)
                .await
                .expect("server runs");
        });
        TestServer {
            addr,
            base: format!("http://{addr}"),
            backend,
            http: reqwest::Client::new(),
            state: Some(kept),
            shutdown: Some(tx),
            handle: Some(handle),
            _data_dir: None,
        }
    }

    /// A handle on a server started elsewhere (e.g. the real binary), for its HTTP helpers.
    pub fn external(addr: SocketAddr, backend: Backend) -> TestServer {
        TestServer {
            addr,
            base: format!("http://{addr}"),
            backend,
            http: reqwest::Client::new(),
            state: None,
            shutdown: None,
            handle: None,
            _data_dir: None,
        }
    }

    /// Stops the server and waits for it.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(handle) = self.handle.take() {
            let _ = handle.await;
        }
    }

    /// The URL of the operation `area`/`op`; it must be one of `omgservers_types::endpoints`
    /// (a test names operations that exist; unknown routes are tested with raw URLs).
    pub fn url(&self, area: &str, op: &str) -> String {
        let path = omgservers_types::endpoints::path(area, op)
            .unwrap_or_else(|| panic!("{area}/{op} is not an operation of the wire interface"));
        format!("{}{path}", self.base)
    }

    /// POSTs JSON to `<area>/request/<op>`; returns status and body (Null when empty).
    pub async fn call(
        &self,
        area: &str,
        op: &str,
        token: Option<&str>,
        body: Value,
    ) -> (StatusCode, Value) {
        let mut request = self.http.post(self.url(area, op)).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        read(response).await
    }

    /// Like `call`, asserting a 200 and returning the body.
    pub async fn ok(&self, area: &str, op: &str, token: Option<&str>, body: Value) -> Value {
        let (status, value) = self.call(area, op, token, body.clone()).await;
        assert_eq!(status, StatusCode::OK, "{area}/{op} {body} -> {value}");
        value
    }

    /// Like `call`, asserting an error status and returning its qualifier and message.
    pub async fn fails(
        &self,
        area: &str,
        op: &str,
        token: Option<&str>,
        body: Value,
        status: u16,
    ) -> (String, String) {
        let (actual, value) = self.call(area, op, token, body.clone()).await;
        assert_eq!(actual.as_u16(), status, "{area}/{op} {body} -> {value}");
        error_of(&value)
    }

    pub async fn token(&self, area: &str, user: &str, password: &str) -> String {
        let body = self
            .ok(
                area,
                "create-token",
                None,
                serde_json::json!({"user": user, "password": password}),
            )
            .await;
        body["raw_token"].as_str().expect("raw_token").to_owned()
    }

    pub async fn admin_token(&self) -> String {
        self.token("admin", "admin", "admin").await
    }

    pub async fn support_token(&self) -> String {
        self.token("support", "support", "support").await
    }
}

/// The statuses an in-process server answered on a documented operation that its OpenAPI
/// document does not list for it (issue 15, fault 11), as `METHOD path status` lines, read
/// from the server's own request counter (`omgservers_http_requests_total`).
pub fn undocumented_statuses(state: &omgservers::state::AppState) -> Vec<String> {
    let api = omgservers::http::api(state.clone());
    let document = serde_json::to_value(omgservers::http::openapi::document(
        &api.endpoints,
        Vec::new(),
    ))
    .expect("the OpenAPI document serializes");
    let mut undocumented = Vec::new();
    for line in state.metrics.render().lines() {
        let Some(labels) = line
            .strip_prefix("omgservers_http_requests_total{")
            .and_then(|rest| rest.split_once('}'))
            .map(|(labels, _)| labels)
        else {
            continue;
        };
        let label = |name: &str| {
            labels
                .split(',')
                .find_map(|pair| pair.strip_prefix(&format!("{name}=\"")))
                .map(|value| value.trim_end_matches('"').to_owned())
                .unwrap_or_default()
        };
        let (method, route, status) = (label("method"), label("route"), label("status"));
        let operation = &document["paths"][&route][method.to_lowercase()];
        if operation.is_object() && operation["responses"][&status].is_null() {
            undocumented.push(format!("{method} {route} {status}"));
        }
    }
    undocumented
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // Every e2e test checks that what it saw answered is documented (issue 15, fault 11).
        if let Some(state) = self.state.as_ref() {
            let undocumented = undocumented_statuses(state);
            if !undocumented.is_empty() && !std::thread::panicking() {
                panic!("statuses answered but missing from the OpenAPI document: {undocumented:?}");
            }
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Reads a response as JSON (Null for an empty body; a non-JSON body fails the test).
pub async fn read(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.expect("body");
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("non-JSON body ({e}): {text}"))
    };
    (status, value)
}

/// The qualifier and message of an error body, asserting the body has both.
pub fn error_of(value: &Value) -> (String, String) {
    let qualifier = value["qualifier"]
        .as_str()
        .unwrap_or_else(|| panic!("no qualifier in {value}"));
    let message = value["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no message in {value}"));
    assert!(!message.is_empty(), "empty message in {value}");
    (qualifier.to_owned(), message.to_owned())
}

/// Runs one async test body against both backends: generates `<name>::sqlite` and
/// `<name>::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($server:ident: TestServer) $body:block)*) => {$(
        mod $name {
            #[allow(unused_imports)]
            use super::*;
            async fn run($server: $crate::TestServer) $body
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run($crate::TestServer::start($crate::Backend::Sqlite).await).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                run($crate::TestServer::start($crate::Backend::Postgres).await).await
            }
        }
    )*};
}

/// For each named `async fn(Backend)` (a test that starts its own server), a module with a
/// test per backend: `<name>::sqlite` and `<name>::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                super::$name($crate::Backend::Postgres).await
            }
        }
    )*};
}
