//! The real `omgservers` binary started on its own (one node, SQLite in a temporary data
//! directory), for tests of what only the binary does: its log, its exit codes, its tracing.
//! It runs in a process group of its own, killed with everything it started when dropped;
//! its stderr is `<data>/server.log`.

use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::cluster::free_port;
use crate::{Backend, TestServer};

pub struct Standalone {
    child: Child,
    pub addr: SocketAddr,
    pub data: tempfile::TempDir,
}

impl Standalone {
    /// Starts `binary` in dev mode (admin/admin, support/support), bcrypt at its lowest cost,
    /// no sign-up or token rate limits, with `env` on top.
    pub fn start(binary: &Path, env: &[(&str, String)]) -> Standalone {
        let data = tempfile::tempdir().expect("data dir");
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port())
            .parse()
            .expect("an address");
        let log = std::fs::File::create(data.path().join("server.log")).expect("log file");
        let mut command = Command::new(binary);
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        command
            .env("OMGSERVERS_LISTEN", addr.to_string())
            .env("OMGSERVERS_DATA_DIR", data.path())
            .env("OMGSERVERS_DEV", "true")
            .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
            .env("OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE", "0")
            .env("OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE", "0");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = command
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("the server binary starts");
        Standalone { child, addr, data }
    }

    /// What the server wrote on stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.data.path().join("server.log")).unwrap_or_default()
    }

    /// A client of the server once `/q/health/ready` answers 200 (within 30 s).
    pub async fn ready(&self) -> TestServer {
        let server = TestServer::external(self.addr, Backend::Sqlite);
        let deadline = Instant::now() + Duration::from_secs(30);
        while server
            .http
            .get(format!("{}/q/health/ready", server.base))
            .send()
            .await
            .map_or(true, |r| !r.status().is_success())
        {
            assert!(
                Instant::now() < deadline,
                "the server did not get ready:\n{}",
                self.log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        server
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        crate::runtime_processes::kill_server(&mut self.child, self.data.path());
    }
}
