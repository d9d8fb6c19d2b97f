//! Issue 15, faults 1 and 4: with a full disk and during a database outage the server answers
//! quickly — readiness DOWN, requests 503 `SERVICE_UNAVAILABLE` (during an outage within
//! `OMGSERVERS_DATABASE_ACQUIRE_TIMEOUT`) — and serves again on its own when the disk has room
//! or the database is back. PostgreSQL is reached through a TCP proxy that the test cuts (every
//! connection dropped, new ones refused) and restores, so the shared test cluster keeps running
//! for the other tests; the full disk is a tmpfs of 3 MB under SQLite.

use std::time::{Duration, Instant};

use omgservers_e2e::proxy::TcpProxy;
use omgservers_e2e::{error_of, postgres, read, Backend, TestServer};
use serde_json::json;

async fn ready_status(server: &TestServer) -> u16 {
    server.health("/q/health/ready").await.0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_is_answered_fast_and_recovered_from() {
    let direct = postgres::fresh_database().await;
    let (proxy, proxied) = TcpProxy::in_front_of(&direct).await;
    let server = TestServer::start_with(Backend::Postgres, move |c| {
        c.database_url = Some(proxied);
        c.database_acquire_timeout = Duration::from_secs(2);
    })
    .await;
    let support = server.support_token().await;
    assert_eq!(ready_status(&server).await, 200);
    server
        .ok("support", "create-tenant", Some(&support), json!({}))
        .await;

    proxy.set_down(true);
    // Each call, the first ones finding their pooled connections broken and the later ones
    // needing new connections the proxy refuses, is answered within the acquire timeout.
    for round in 0..3 {
        let asked = Instant::now();
        assert_eq!(
            ready_status(&server).await,
            503,
            "readiness DOWN (round {round})"
        );
        assert!(
            asked.elapsed() < Duration::from_secs(2),
            "readiness answered after {:?} (round {round})",
            asked.elapsed()
        );
        let asked = Instant::now();
        let response = server
            .http
            .post(server.url("support", "create-tenant"))
            .bearer_auth(&support)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        let (status, body) = read(response).await;
        assert_eq!(status, 503, "{body} (round {round})");
        assert_eq!(error_of(&body).0, "SERVICE_UNAVAILABLE", "{body}");
        assert!(
            asked.elapsed() < Duration::from_secs(5),
            "the request was answered after {:?} (round {round})",
            asked.elapsed()
        );
    }

    proxy.set_down(false);
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let (status, body) = server
            .call("support", "create-tenant", Some(&support), json!({}))
            .await;
        if status == 200 && ready_status(&server).await == 200 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "not serving again 15 s after the database came back: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A tmpfs of a few megabytes mounted for one test (needs root, as the whole suite does for
/// Docker and PostgreSQL); unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "mounting a tmpfs needs root: {status}");
        SmallDisk { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Fills the disk but for `room_kib`, in a file `free` deletes.
    fn fill(&self, room_kib: u64) {
        let output = std::process::Command::new("df")
            .args(["-k", "--output=avail"])
            .arg(self.path())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout);
        let available: u64 = text.lines().last().unwrap().trim().parse().unwrap();
        let filler = vec![0u8; usize::try_from(available.saturating_sub(room_kib)).unwrap() * 1024];
        // A write that fails short is fine: the disk is then fuller still.
        let _ = std::fs::write(self.path().join("filler"), filler);
    }

    fn free(&self) {
        std::fs::remove_file(self.path().join("filler")).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// Fault 1: SQLite on a full disk. Writes are answered 503 and readiness is DOWN while the disk
/// is full; once there is room again, writes and readiness come back without a restart (before
/// the fix, a connection went back to the pool inside the failed transaction and writes failed
/// until a restart, while readiness said UP).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_answered_503_and_recovered_from() {
    let disk = SmallDisk::mount("8m");
    let data_dir = disk.path().join("data");
    // Readiness wants 1 MiB free here (64 by default): the disk is small.
    let server =
        TestServer::start_in(Backend::Sqlite, &data_dir, |c| c.database_min_free_mib = 1).await;
    let sign_up = || async {
        let (status, body) = server.call("player", "create-user", None, json!({})).await;
        (status, body)
    };
    assert_eq!(sign_up().await.0, 200);
    assert_eq!(ready_status(&server).await, 200);

    disk.fill(40);
    let mut refused = 0;
    for _ in 0..100 {
        let (status, body) = sign_up().await;
        assert!(status == 200 || status == 503, "{status} {body}");
        if status == 503 {
            assert_eq!(error_of(&body).0, "SERVICE_UNAVAILABLE", "{body}");
            refused += 1;
        }
    }
    assert!(
        refused > 50,
        "only {refused} of 100 sign-ups refused on a full disk"
    );
    let (status, body) = server.health("/q/health/ready").await;
    assert_eq!(status, 503, "readiness on a full disk: {body}");
    assert_eq!(body["checks"][1]["name"], "database-writes", "{body}");
    assert!(
        body["checks"][1]["data"]["error"]
            .as_str()
            .is_some_and(|e| e.contains("full")),
        "{body}"
    );

    disk.free();
    for round in 0..20 {
        let (status, body) = sign_up().await;
        assert_eq!(
            status, 200,
            "sign-up {round} after the disk was freed: {body}"
        );
    }
    assert_eq!(ready_status(&server).await, 200);
    drop(server);
}
