//! A throwaway PostgreSQL cluster for the tests of one process, from Debian's `postgresql`
//! package (`/usr/lib/postgresql/<v>/bin`). Each test server gets a fresh database in it. A
//! watchdog process stops the cluster and removes its files when the test process exits.
//!
//! `OMGSERVERS_TEST_POSTGRES_URL` (e.g. `postgresql://postgres@127.0.0.1:5432`) uses an existing
//! server instead.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use tokio::sync::OnceCell;

#[derive(Clone)]
struct Cluster {
    /// `postgresql://postgres@127.0.0.1:<port>`
    url: String,
    host: String,
    port: u16,
}

fn bin_dir() -> PathBuf {
    let root = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .filter(|p| p.join("initdb").exists())
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions.pop().unwrap_or_else(|| {
        panic!("PostgreSQL server binaries not found under /usr/lib/postgresql: install Debian's `postgresql` package (.ci/run does) or set OMGSERVERS_TEST_POSTGRES_URL")
    })
}

fn free_port() -> u16 {
    crate::cluster::free_port()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Runs a PostgreSQL tool, as the `postgres` user when we are root (initdb refuses root).
fn pg_command(tool: &Path, root: bool) -> Command {
    if root {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--"]).arg(tool);
        command
    } else {
        Command::new(tool)
    }
}

fn start_cluster() -> Cluster {
    if let Ok(url) = std::env::var("OMGSERVERS_TEST_POSTGRES_URL") {
        let parsed = url::Url::parse(&url).expect("OMGSERVERS_TEST_POSTGRES_URL is a URL");
        return Cluster {
            host: parsed.host_str().unwrap_or("127.0.0.1").to_owned(),
            port: parsed.port().unwrap_or(5432),
            url: url.trim_end_matches('/').to_owned(),
        };
    }
    OwnCluster::init(Commits::Fast).cluster
}

/// How a throwaway cluster commits.
#[derive(Clone, Copy)]
enum Commits {
    /// `synchronous_commit=off`: a commit answers before its WAL is written, so a crash of the
    /// cluster loses the last few hundred milliseconds of acknowledged commits. For the shared
    /// cluster, which is never crashed.
    Fast,
    /// A commit answers once its WAL is written (to the OS: `fsync` stays off, since the tests
    /// crash processes, not the machine), so a cluster crashed by a test keeps every commit it
    /// acknowledged, as a production one does.
    Durable,
}

/// A throwaway cluster's files and how it runs.
#[derive(Clone)]
struct OwnCluster {
    cluster: Cluster,
    bin: PathBuf,
    root: bool,
    dir: PathBuf,
    data: PathBuf,
    options: String,
}

impl OwnCluster {
    /// `initdb` in a new directory, then started; stopped and removed when this process exits.
    fn init(commits: Commits) -> OwnCluster {
        let bin = bin_dir();
        let root = is_root();
        let dir = tempfile::Builder::new()
            .prefix("omgservers-pg-")
            .tempdir()
            .expect("temp dir")
            .keep();
        if root {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)
                .status()
                .expect("chown");
            assert!(status.success(), "chown of the cluster directory failed");
        }
        let data = dir.join("data");
        let out = pg_command(&bin.join("initdb"), root)
            .args([
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
                "-D",
            ])
            .arg(&data)
            .output()
            .expect("initdb runs");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = free_port();
        let synchronous_commit = match commits {
            Commits::Fast => "off",
            Commits::Durable => "on",
        };
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit={synchronous_commit} -c full_page_writes=off -c max_connections=300",
            dir.display()
        );
        let own = OwnCluster {
            cluster: Cluster {
                url: format!("postgresql://postgres@127.0.0.1:{port}"),
                host: "127.0.0.1".to_owned(),
                port,
            },
            bin,
            root,
            dir,
            data,
            options,
        };
        own.pg_start();
        // Stop the cluster when this test process is gone.
        let runner = if root { "runuser -u postgres -- " } else { "" };
        let watchdog = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {runner}{pg_ctl} -D {data} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
            pid = std::process::id(),
            pg_ctl = own.bin.join("pg_ctl").display(),
            data = own.data.display(),
            dir = own.dir.display(),
        );
        #[allow(clippy::zombie_processes)] // the watchdog must outlive this process, by design
        Command::new("setsid")
            .args(["sh", "-c", &watchdog])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("watchdog starts");
        own
    }

    /// `pg_ctl start`, waiting until it accepts connections (after a crash: once recovered).
    fn pg_start(&self) {
        let out = pg_command(&self.bin.join("pg_ctl"), self.root)
            .args(["-w", "-t", "60", "-D"])
            .arg(&self.data)
            .args(["-o", &self.options, "-l"])
            .arg(self.dir.join("log"))
            .arg("start")
            .output()
            .expect("pg_ctl runs");
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}{}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
        );
    }
}

static CLUSTER: OnceCell<Cluster> = OnceCell::const_new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A new, empty database; returns its URL.
pub async fn fresh_database() -> String {
    let cluster = CLUSTER
        .get_or_init(|| async {
            tokio::task::spawn_blocking(start_cluster)
                .await
                .expect("cluster")
        })
        .await;
    create_database(cluster).await
}

/// A new, empty database in `cluster`; returns its URL.
async fn create_database(cluster: &Cluster) -> String {
    let name = format!(
        "omg_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let (host, port) = (cluster.host.clone(), cluster.port);
    let sql = format!("CREATE DATABASE {name}");
    let out = tokio::task::spawn_blocking(move || {
        Command::new("psql")
            .args([
                "-h",
                &host,
                "-p",
                &port.to_string(),
                "-U",
                "postgres",
                "-d",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                &sql,
            ])
            .output()
    })
    .await
    .expect("psql task")
    .expect("psql runs (install postgresql-client)");
    assert!(
        out.status.success(),
        "CREATE DATABASE failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    format!("{}/{name}", cluster.url)
}

/// A throwaway PostgreSQL cluster of a test's own, apart from the one the other tests share,
/// which the test may crash and restart (a database server lost, then back).
pub struct CrashableCluster(OwnCluster);

impl CrashableCluster {
    pub async fn start() -> CrashableCluster {
        CrashableCluster(
            tokio::task::spawn_blocking(|| OwnCluster::init(Commits::Durable))
                .await
                .expect("cluster"),
        )
    }

    /// A new, empty database in it; its URL.
    pub async fn database(&self) -> String {
        create_database(&self.0.cluster).await
    }

    /// SIGKILL of the postmaster and every process it started, as when its machine is lost.
    pub fn kill(&self) {
        let pid_file = self.0.data.join("postmaster.pid");
        let pid: i32 = std::fs::read_to_string(&pid_file)
            .expect("postmaster.pid")
            .lines()
            .next()
            .and_then(|l| l.trim().parse().ok())
            .expect("the postmaster's pid");
        let children = crate::machine::children_of(pid);
        let killed: Vec<i32> = std::iter::once(pid).chain(children).collect();
        for p in &killed {
            let _ = Command::new("kill").args(["-9", &p.to_string()]).status();
        }
        // Gone when none of them runs any more: a backend still exiting keeps the old shared
        // memory attached, and PostgreSQL then refuses to start on the data directory.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while killed.iter().any(|p| crate::machine::is_running(*p)) {
            assert!(
                std::time::Instant::now() < deadline,
                "the cluster's processes outlived SIGKILL for 10 s"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }

    /// Starts it again (crash recovery), waiting until it accepts connections.
    pub async fn restart(&self) {
        let own = self.0.clone();
        tokio::task::spawn_blocking(move || own.pg_start())
            .await
            .expect("restart");
    }
}
