//! Cluster nodes as real `omgservers` processes sharing one PostgreSQL database
//! (docs/sharding.md), each in its own process group with its own data directory, for the
//! failover test and `omgbench --cluster-nodes`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::{test_keys, Backend, TestServer};

/// How a node is started.
#[derive(Clone, Debug)]
pub struct NodeSpec {
    pub server: PathBuf,
    /// `OMGSERVERS_RUNTIMES_PROCESS_COMMAND` (the process driver).
    pub runtime: PathBuf,
    pub database_url: String,
    pub shard_count: u32,
    pub lease_ttl: &'static str,
    /// More environment, e.g. `OMGSERVERS_LOBBIES_MAX_CLIENTS`.
    pub env: Vec<(&'static str, String)>,
}

pub struct Node {
    pub child: Child,
    pub data: tempfile::TempDir,
    pub api: TestServer,
    pub uri: String,
}

impl Node {
    /// A node in its own process group (so `kill -9 -<pgid>` takes all of it), with its own
    /// data directory and the cluster's shared signing key; its log is `<data>/server.log`.
    pub fn start(spec: &NodeSpec) -> Node {
        let data = tempfile::tempdir().expect("data dir");
        let port = free_port();
        let uri = format!("http://127.0.0.1:{port}");
        let log = std::fs::File::create(data.path().join("server.log")).expect("log file");
        let mut command = Command::new(&spec.server);
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        command
            .env("OMGSERVERS_DATABASE_URL", &spec.database_url)
            .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{port}"))
            .env("OMGSERVERS_SERVER_URI", &uri)
            .env("OMGSERVERS_CLUSTER_ENABLED", "true")
            .env("OMGSERVERS_CLUSTER_LEASE_TTL", spec.lease_ttl)
            .env(
                "OMGSERVERS_SERVER_SHARD_COUNT",
                spec.shard_count.to_string(),
            )
            .env("OMGSERVERS_SERVER_PRIVATE_KEY", &test_keys().private_pem)
            .env("OMGSERVERS_DATA_DIR", data.path())
            .env("OMGSERVERS_DEV", "true")
            .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
            .env("OMGSERVERS_RUNTIMES_DRIVER", "process")
            .env("OMGSERVERS_RUNTIMES_PROCESS_COMMAND", &spec.runtime)
            .env("OMGSERVERS_LOGGING_LEVEL", "info")
            .env("OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE", "0")
            .env("OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE", "0");
        for (name, value) in &spec.env {
            command.env(name, value);
        }
        let child = command
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("the server starts");
        let api = TestServer::external(
            format!("127.0.0.1:{port}").parse().expect("address"),
            Backend::Postgres,
        );
        let node = Node {
            child,
            data,
            api,
            uri,
        };
        node.wait_ready();
        node
    }

    /// Until `/q/health/ready` answers 200 (the node bootstrapped and took its first slots).
    fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if self.ready() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "node {} did not start: {}",
                self.uri,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// One `GET /q/health/ready`: whether it answered 200.
    fn ready(&self) -> bool {
        use std::io::{Read, Write};
        let Ok(mut stream) = std::net::TcpStream::connect(self.api.addr) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let request = "GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n";
        let mut answer = String::new();
        stream.write_all(request.as_bytes()).is_ok()
            && stream.read_to_string(&mut answer).is_ok()
            && answer.starts_with("HTTP/1.0 200") | answer.starts_with("HTTP/1.1 200")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.data.path().join("server.log")).unwrap_or_default()
    }

    /// Sends `signal` (`-STOP`, `-CONT`, `-KILL` …) to the node's process group.
    pub fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, "--", &format!("-{}", self.child.id())])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill {signal} failed");
    }

    /// CPU time the node's process used so far (user + system).
    pub fn cpu_time(&self) -> Duration {
        crate::machine::cpu_time(self.child.id())
    }

    /// The process groups of the runtimes this node started (its PID file lists them).
    pub fn runtime_groups(&self) -> Vec<String> {
        crate::runtime_processes::listed(self.data.path())
    }

    /// Stops the node (SIGKILL of its process group) and the runtime processes it started.
    pub fn kill(self) {
        drop(self);
    }
}

impl Drop for Node {
    /// A node never outlives its test, even one that panicked.
    fn drop(&mut self) {
        crate::runtime_processes::kill_server(&mut self.child, self.data.path());
    }
}

/// A loopback port nothing listens on now, for a process or server that binds it later (a
/// node, a restart at the same address, PostgreSQL, a registry). Port 0 would not do: the
/// kernel hands its ports out again to outgoing connections and to other port-0 binds, which
/// can take one between this probe and the later bind ("Address already in use"). So the port
/// is taken below the kernel's ephemeral range (`net.ipv4.ip_local_port_range`), where neither
/// reaches, and never twice in one test binary (each binary starts at its own offset).
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let ephemeral_low = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|range| range.split_whitespace().next()?.parse::<u32>().ok())
        .unwrap_or(32768);
    let low = ephemeral_low.saturating_sub(12_000).max(1024);
    let span = ephemeral_low.saturating_sub(low).max(1);
    let start = std::process::id() % span;
    for _ in 0..span {
        let port = low + (start + NEXT.fetch_add(1, Ordering::Relaxed)) % span;
        let Ok(port) = u16::try_from(port) else {
            continue;
        };
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free loopback port below {ephemeral_low}")
}

/// `admin/get-cluster` once every one of `slots` has a live, non-draining owner among
/// `expected` nodes and no node holds more than its fair share.
pub async fn settled(api: &TestServer, expected: usize, slots: usize, within: Duration) -> Value {
    let token = api.admin_token().await;
    let deadline = Instant::now() + within;
    loop {
        let view = api
            .ok("admin", "get-cluster", Some(&token), json!({}))
            .await;
        let live: Vec<&Value> = view["nodes"]
            .as_array()
            .map(|nodes| {
                nodes
                    .iter()
                    .filter(|n| n["alive"] == json!(true) && n["draining"] == json!(false))
                    .collect()
            })
            .unwrap_or_default();
        let held = |n: &Value| n["slots"].as_array().map_or(0, Vec::len);
        let total: usize = live.iter().map(|n| held(n)).sum();
        let fair = live.iter().all(|n| held(n) <= slots.div_ceil(expected));
        if live.len() == expected && total == slots && view["unowned_slots"] == json!([]) && fair {
            return view;
        }
        assert!(
            Instant::now() < deadline,
            "the cluster did not settle on {expected} nodes: {view}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The URI of the node owning a deployment now, as `node` sees it.
pub async fn owner(node: &TestServer, deployment: &str) -> String {
    let token = node.admin_token().await;
    let answer = node
        .ok(
            "admin",
            "calculate-shard",
            Some(&token),
            json!({ "shard_key": deployment }),
        )
        .await;
    answer["server_uri"].as_str().unwrap_or_default().to_owned()
}

/// Requests the nodes forwarded to an owner and had answered so far
/// (`omgservers_cluster_forwards_total{outcome="answered"}`), summed over the nodes.
pub async fn forwards_answered(nodes: &[Node]) -> f64 {
    metric_sum(
        nodes,
        r#"omgservers_cluster_forwards_total{outcome="answered"}"#,
    )
    .await
}

/// One series of the nodes' `/metrics` (as `TestServer::metric` names it), summed over them.
pub async fn metric_sum(nodes: &[Node], series: &str) -> f64 {
    let mut sum = 0.0;
    for node in nodes {
        sum += node.api.metric(series).await;
    }
    sum
}

/// HAProxy started with `docs/haproxy.cfg` (its `-db` foreground mode); killed when dropped.
pub struct Haproxy(std::process::Child);

fn haproxy_config() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/haproxy.cfg");
    std::fs::read_to_string(path).expect("docs/haproxy.cfg")
}

impl Haproxy {
    /// Serves on `listen` (`address:port`) in front of `nodes` with docs/haproxy.cfg, keeping a
    /// `server` line per node (it names three).
    pub fn start(listen: &str, nodes: &[Node]) -> Haproxy {
        Haproxy::run(listen, nodes, |_| true)
    }

    /// The same without the `cookie` line: round robin whatever the route cookie says, as a
    /// balancer that does not route by it (omgbench's baseline).
    pub fn start_ignoring_the_route_cookie(listen: &str, nodes: &[Node]) -> Haproxy {
        let text = haproxy_config();
        let lines = text.lines().map(str::trim_start);
        assert_eq!(
            lines.filter(|l| l.starts_with("cookie ")).count(),
            1,
            "docs/haproxy.cfg routes by one `cookie` line"
        );
        Haproxy::run(listen, nodes, |line| !line.starts_with("cookie "))
    }

    /// `keep` sees each line of the configuration without its indentation.
    fn run(listen: &str, nodes: &[Node], keep: impl Fn(&str) -> bool) -> Haproxy {
        assert!(
            (1..=3).contains(&nodes.len()),
            "docs/haproxy.cfg names three servers: 1 to 3 nodes, not {}",
            nodes.len()
        );
        let text = haproxy_config();
        let unused: Vec<String> = (nodes.len() + 1..=3)
            .map(|i| format!("server n{i} "))
            .collect();
        let kept: Vec<&str> = text
            .lines()
            .map(str::trim_start)
            .filter(|line| keep(line) && !unused.iter().any(|server| line.starts_with(server)))
            .collect();
        let servers = kept.iter().filter(|l| l.starts_with("server ")).count();
        assert_eq!(servers, nodes.len(), "a `server` line per node: {kept:?}");
        let config: String = kept.iter().map(|line| format!("{line}\n")).collect();
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        std::io::Write::write_all(&mut file, config.as_bytes()).expect("config written");
        let mut command = Command::new("haproxy");
        command
            .args(["-db", "-f"])
            .arg(file.path())
            .env("LISTEN", listen);
        for (i, node) in nodes.iter().enumerate() {
            command.env(format!("NODE{}", i + 1), node.api.addr.to_string());
        }
        let child = command
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("haproxy runs (apt-get install haproxy)");
        // The file is read by the time HAProxy listens: it may go with this scope.
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(listen).is_err() {
            assert!(Instant::now() < deadline, "haproxy did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Haproxy(child)
    }

    /// CPU time HAProxy used so far (user + system).
    pub fn cpu_time(&self) -> Duration {
        crate::machine::cpu_time(self.0.id())
    }
}

impl Drop for Haproxy {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
