//! A real Distribution registry (Debian's `docker-registry`) for one test, configured from the
//! checked-in `docs/registry-config.yml`: token auth against the test server, push
//! notifications to it. And `DockerCli`, the real `docker` CLI with a throwaway config
//! directory, against the machine's Docker engine.
//!
//! Neither is optional: when the registry binary or the Docker engine is missing the test fails
//! and says what to install (`.ci/run` installs and starts both).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::TestServer;

/// The checked-in configuration the harness starts from.
pub fn checked_in_config_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/registry-config.yml")
}

/// The values of the checked-in file that an installation (and this harness) replaces.
pub mod placeholders {
    pub const SERVER_URL: &str = "http://omgservers.example:8080";
    pub const LISTEN: &str = "addr: :5000";
    pub const STORAGE: &str = "rootdirectory: /var/lib/docker-registry";
    pub const CERTIFICATE: &str = "rootcertbundle: /var/lib/omgservers/jwt-issuer.crt";
    pub const NOTIFICATIONS_TOKEN: &str = "CHANGE-ME-notifications-token";
}

/// Replaces `from` with `to`, asserting it occurs exactly `count` times: a drift between the
/// checked-in file and the harness fails here instead of starting a registry that differs.
fn replace_exact(text: &str, from: &str, to: &str, count: usize) -> String {
    let found = text.matches(from).count();
    assert_eq!(
        found, count,
        "docs/registry-config.yml: expected `{from}` {count} time(s), found {found}"
    );
    text.replace(from, to)
}

/// The checked-in configuration with this test's values.
pub fn config_for(
    server_base: &str,
    listen: SocketAddr,
    storage: &Path,
    certificate: &Path,
    notifications_token: Option<&str>,
) -> String {
    use placeholders::*;
    let text = std::fs::read_to_string(checked_in_config_path()).expect("docs/registry-config.yml");
    // comments name the placeholders too; only the settings count
    let text: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect();
    let text = replace_exact(&text, SERVER_URL, server_base, 2);
    let text = replace_exact(&text, LISTEN, &format!("addr: {listen}"), 1);
    let text = replace_exact(
        &text,
        STORAGE,
        &format!("rootdirectory: {}", storage.display()),
        1,
    );
    let text = replace_exact(
        &text,
        CERTIFICATE,
        &format!("rootcertbundle: {}", certificate.display()),
        1,
    );
    match notifications_token {
        Some(token) => replace_exact(&text, NOTIFICATIONS_TOKEN, token, 1),
        None => {
            let header =
                format!("      headers:\n        Authorization: [Bearer {NOTIFICATIONS_TOKEN}]\n");
            replace_exact(&text, &header, "", 1)
        }
    }
}

fn registry_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("OMGSERVERS_TEST_REGISTRY_BIN") {
        return PathBuf::from(path);
    }
    let found = std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("docker-registry"))
                .find(|p| p.is_file())
        })
        .unwrap_or_default();
    found.unwrap_or_else(|| {
        panic!(
            "`docker-registry` not found on PATH: install Debian's `docker-registry` package \
             (.ci/run does) or set OMGSERVERS_TEST_REGISTRY_BIN"
        )
    })
}

/// A loopback port nothing listens on now.
pub fn free_port() -> u16 {
    crate::cluster::free_port()
}

/// A running registry. Dropping it kills the process (by its own pid).
pub struct Registry {
    pub addr: SocketAddr,
    /// `127.0.0.1:<port>`, the registry part of image names.
    pub host: String,
    pub config: String,
    child: Child,
    log_path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Registry {
    /// Starts a registry for an in-process test server and waits until it answers.
    pub async fn start(server: &TestServer) -> Registry {
        Registry::start_on(server, free_port()).await
    }

    /// Starts a registry on a port chosen in advance (the server's `OMGSERVERS_REGISTRY_URI`
    /// names it) and waits until it answers.
    pub async fn start_on(server: &TestServer, port: u16) -> Registry {
        let state = server
            .state
            .as_ref()
            .expect("the registry harness needs an in-process server");
        let dir = tempfile::Builder::new()
            .prefix("omgservers-registry-")
            .tempdir()
            .expect("temp dir");
        let storage = dir.path().join("storage");
        std::fs::create_dir_all(&storage).expect("storage dir");
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
        let config = config_for(
            &server.base,
            addr,
            &storage,
            &state.issuer_certificate.path,
            state.config.registry_notifications_token.as_deref(),
        );
        let config_path = dir.path().join("config.yml");
        std::fs::write(&config_path, &config).expect("write registry config");
        let log_path = dir.path().join("registry.log");
        let log = std::fs::File::create(&log_path).expect("registry log");
        let child = Command::new(registry_binary())
            .arg("serve")
            .arg(&config_path)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log handle"))
            .stderr(log)
            .spawn()
            .expect("docker-registry starts");
        let mut registry = Registry {
            addr,
            host: addr.to_string(),
            config,
            child,
            log_path,
            _dir: dir,
        };
        registry.wait_ready().await;
        registry
    }

    /// Waits for `/v2/` to ask for a token (401), the sign of a registry with token auth.
    async fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        let http = reqwest::Client::new();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("docker-registry exited ({status}):\n{}", self.logs());
            }
            if let Ok(response) = http.get(format!("http://{}/v2/", self.host)).send().await {
                assert_eq!(
                    response.status().as_u16(),
                    401,
                    "the registry answers /v2/ without asking for a token:\n{}",
                    self.logs()
                );
                return;
            }
            assert!(
                Instant::now() < deadline,
                "docker-registry did not answer within 15 s:\n{}",
                self.logs()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The registry's log so far (for failure messages).
    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log_path).unwrap_or_default()
    }

    /// `127.0.0.1:<port>/<repository>:<tag>`
    pub fn image(&self, repository: &str, tag: &str) -> String {
        format!("{}/{repository}:{tag}", self.host)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `docker` CLI with its own config directory (logins never touch the machine's), talking
/// to the machine's Docker engine. Images it built are removed on drop.
pub struct DockerCli {
    config_dir: tempfile::TempDir,
    built: std::sync::Mutex<Vec<String>>,
}

/// What a `docker` command did.
#[derive(Debug)]
pub struct Ran {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    fn from(output: Output) -> Ran {
        Ran {
            success: output.status.success(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Panics with the output unless the command succeeded.
    pub fn ok(self, what: &str) -> Ran {
        assert!(
            self.success,
            "{what} failed:\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }
}

impl DockerCli {
    /// Fails the test when no Docker engine answers.
    pub async fn new() -> DockerCli {
        let cli = DockerCli {
            config_dir: tempfile::Builder::new()
                .prefix("omgservers-docker-config-")
                .tempdir()
                .expect("temp dir"),
            built: Default::default(),
        };
        let version = cli
            .run(&["version", "--format", "{{.Server.Version}}"], None)
            .await;
        assert!(
            version.success,
            "no Docker engine answers (`docker version`: {}): install Debian's `docker.io` and \
             start dockerd (.ci/run does)",
            version.stderr.trim()
        );
        cli
    }

    /// Runs `docker <args>` with this CLI's config directory, feeding `stdin` when given.
    pub async fn run(&self, args: &[&str], stdin: Option<&str>) -> Ran {
        use tokio::io::AsyncWriteExt;
        let mut command = tokio::process::Command::new("docker");
        command
            .args(args)
            .env("DOCKER_CONFIG", self.config_dir.path())
            // the classic builder: BuildKit may be absent from a Debian docker.io install
            .env("DOCKER_BUILDKIT", "0")
            .stdin(if stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        let mut child = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                panic!("cannot run `docker` ({e}): install Debian's `docker.io` (.ci/run does)")
            }
        };
        if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
            pipe.write_all(input.as_bytes())
                .await
                .expect("docker stdin");
        }
        let output = tokio::time::timeout(Duration::from_secs(120), child.wait_with_output())
            .await
            .unwrap_or_else(|_| panic!("`docker {}` took more than 120 s", args.join(" ")))
            .expect("docker runs");
        Ran::from(output)
    }

    /// `docker login --password-stdin`.
    pub async fn login(&self, registry: &str, user: &str, password: &str) -> Ran {
        self.run(
            &["login", registry, "--username", user, "--password-stdin"],
            Some(password),
        )
        .await
    }

    /// Builds a `FROM scratch` image holding one small file, tagged `tag`.
    pub async fn build_scratch_image(&self, tag: &str, content: &str) {
        let context = tempfile::tempdir().expect("temp dir");
        std::fs::write(context.path().join("hello.txt"), content).expect("context file");
        std::fs::write(
            context.path().join("Dockerfile"),
            "FROM scratch\nCOPY hello.txt /hello.txt\n",
        )
        .expect("Dockerfile");
        let context_path = context.path().to_string_lossy().into_owned();
        self.built.lock().expect("lock").push(tag.to_owned());
        // Without the cache, as `docker::runtime_image`: never another test's image.
        self.run(
            &[
                "build",
                "--no-cache",
                "--quiet",
                "--tag",
                tag,
                &context_path,
            ],
            None,
        )
        .await
        .ok("docker build");
    }

    /// Removes a local image (so that a following pull really downloads it).
    pub async fn remove_image(&self, tag: &str) {
        self.run(&["image", "rm", "--force", tag], None)
            .await
            .ok("docker image rm");
    }

    /// This CLI's `config.json` (where `docker login` keeps what it got).
    pub fn config_json(&self) -> serde_json::Value {
        let text = std::fs::read_to_string(self.config_dir.path().join("config.json"))
            .unwrap_or_else(|e| panic!("no docker config.json: {e}"));
        serde_json::from_str(&text).expect("docker config.json is JSON")
    }

    /// Remembers an image pulled by this CLI, so that drop removes it.
    pub fn forget_on_drop(&self, tag: &str) {
        self.built.lock().expect("lock").push(tag.to_owned());
    }
}

impl Drop for DockerCli {
    fn drop(&mut self) {
        let built = std::mem::take(&mut *self.built.lock().unwrap_or_else(|e| e.into_inner()));
        if !built.is_empty() {
            let _ = Command::new("docker")
                .args(["image", "rm", "--force"])
                .args(&built)
                .env("DOCKER_CONFIG", self.config_dir.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}
