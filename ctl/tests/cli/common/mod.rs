//! Test kit: a real server (SQLite, dev mode) on a free port and the real `omgctl` binary with an
//! isolated config dir, no keyring, no TTY and no inherited OMGCTL_* settings.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use omgservers_e2e::{Backend, TestServer};

pub struct Server {
    pub runtime: tokio::runtime::Runtime,
    /// Always `Some` until dropped: taken out in `drop` to stop it inside `runtime`.
    server: Option<TestServer>,
}

impl Drop for Server {
    /// Stops the server inside its runtime: its database connections go back to their pool
    /// as they drop, which needs the runtime (dropped after, as fields are).
    fn drop(&mut self) {
        if let Some(server) = self.server.take() {
            self.runtime.block_on(server.stop());
        }
    }
}

impl Server {
    pub fn start() -> Server {
        Server::start_with(|_| {})
    }

    pub fn start_with(configure: impl FnOnce(&mut omgservers::Config)) -> Server {
        Server::start_on(Backend::Sqlite, configure)
    }

    /// A server on `backend` (PostgreSQL: a fresh database in the test binary's cluster).
    pub fn start_on(backend: Backend, configure: impl FnOnce(&mut omgservers::Config)) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let server = runtime.block_on(TestServer::start_with(backend, configure));
        Server {
            runtime,
            server: Some(server),
        }
    }

    /// A server whose `process` driver runs the example `echo-runtime` for every runtime, so
    /// lobbies really come up.
    pub fn with_echo_runtimes() -> Server {
        let runtime = echo_runtime();
        Server::start_with(move |c| {
            c.runtimes_driver = omgservers::config::RuntimesDriver::Process;
            c.runtimes_process_command = Some(runtime.display().to_string());
            c.controller_tick = std::time::Duration::from_millis(200);
        })
    }

    fn server(&self) -> &TestServer {
        self.server.as_ref().expect("the server runs until dropped")
    }

    /// The Docker installation id the server labels its containers with.
    pub fn installation(&self) -> String {
        self.server().installation()
    }

    pub fn url(&self) -> String {
        self.server().base.clone()
    }

    /// A new player joined to the stage (`player/create-user`, `create-token`,
    /// `create-client`); returns its user id and client id.
    pub fn join(&self, tenant: &str, project: &str, stage: &str) -> (String, String) {
        self.runtime.block_on(async {
            let server = self.server();
            let user = server
                .ok("player", "create-user", None, serde_json::json!({}))
                .await;
            let user_id = user["user_id"].as_str().unwrap().to_owned();
            let password = user["password"].as_str().unwrap();
            let token = server
                .ok(
                    "player",
                    "create-token",
                    None,
                    serde_json::json!({"user_id": user_id, "password": password}),
                )
                .await;
            let token = token["raw_token"].as_str().unwrap();
            let client = server
                .ok(
                    "player",
                    "create-client",
                    Some(token),
                    serde_json::json!({"tenant": tenant, "project": project, "stage": stage}),
                )
                .await;
            (user_id, client["client_id"].as_str().unwrap().to_owned())
        })
    }

    /// POSTs a registry push notification so the version gets an image.
    pub fn push_image(&self, tenant: &str, project: &str, version: &str) {
        let event = omgservers_e2e::fixtures::push_event(
            &format!("push-{version}"),
            tenant,
            project,
            version,
        );
        self.runtime.block_on(async {
            self.server()
                .ok("registry", "handle-events", None, event)
                .await;
        });
    }
}

/// The example runtime `echo-runtime` (package omgservers-examples), as the workspace's tests
/// build it (`omgservers_e2e::binaries::workspace_binary`: no second build with other features).
pub fn echo_runtime() -> PathBuf {
    omgservers_e2e::binaries::workspace_binary("echo-runtime")
}

/// An isolated omgctl home.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `omgctl` with this home and a clean environment.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_omgctl"));
        for (key, _) in std::env::vars() {
            if key.starts_with("OMGCTL_") || key == "CLICOLOR_FORCE" {
                cmd.env_remove(key);
            }
        }
        cmd.env("OMGCTL_CONFIG_DIR", self.path())
            .env("OMGCTL_KEYRING", "off")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .write_stdin("")
            .timeout(std::time::Duration::from_secs(60));
        cmd
    }

    /// The same as [`Home::cmd`] as a std Command, for running omgctl in the background.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_omgctl"));
        for (key, _) in std::env::vars() {
            if key.starts_with("OMGCTL_") || key == "CLICOLOR_FORCE" {
                cmd.env_remove(key);
            }
        }
        cmd.env("OMGCTL_CONFIG_DIR", self.path())
            .env("OMGCTL_KEYRING", "off")
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd
    }

    /// Runs omgctl with args, asserts success, returns trimmed stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("omgctl runs");
        assert!(
            out.status.success(),
            "omgctl {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Runs omgctl with args, asserts the exit code, returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().expect("omgctl runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "omgctl {args:?}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }
}

/// Replaces ids (long digit runs) and ISO times, and collapses padding and border runs, so
/// snapshots do not depend on the length of ids.
pub fn redact(text: &str) -> String {
    let mut out = String::new();
    let mut last = ' ';
    for c in redact_values(text).chars() {
        if (c == ' ' || c == '─' || c == '═') && c == last {
            continue;
        }
        out.push(c);
        last = c;
    }
    out
}

fn redact_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // ISO instant: 2026-11-23T23:55:01.123Z
        if i + 20 <= chars.len()
            && chars[i..i + 4].iter().all(char::is_ascii_digit)
            && chars[i + 4] == '-'
            && chars[i + 10] == 'T'
        {
            let mut j = i + 11;
            while j < chars.len() && chars[j] != 'Z' {
                j += 1;
            }
            let width = j + 1 - i;
            out.push_str(&pad("[time]", width));
            i = j + 1;
            continue;
        }
        if chars[i].is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            if j - i >= 10 {
                out.push_str(&pad("[id]", j - i));
            } else {
                out.extend(&chars[i..j]);
            }
            i = j;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Keeps table columns aligned after redaction.
fn pad(label: &str, width: usize) -> String {
    format!("{label:<width$}")
}
