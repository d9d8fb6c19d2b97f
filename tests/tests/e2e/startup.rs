//! Settings the server cannot use refuse to start: exit code 2 (docs/configuration.md), a
//! message naming the setting, said once, never as an "internal error", and nothing written
//! (not even the data directory); a cluster node whose settings disagree with the cluster's
//! only finds out in the database, and leaves no node registered there.

use std::path::Path;
use std::process::Command;

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::cluster::free_port;

/// A new RSA key pair written into `dir`: the key settings' values (`file:<path>`) of its
/// private and its public key.
fn pem_files(dir: &Path, name: &str) -> (String, String) {
    use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
    let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
    let private = dir.join(format!("{name}.pem"));
    let public = dir.join(format!("{name}.pub"));
    std::fs::write(
        &private,
        key.to_pkcs8_pem(LineEnding::LF).unwrap().as_bytes(),
    )
    .unwrap();
    let public_pem = key
        .to_public_key()
        .to_public_key_pem(LineEnding::LF)
        .unwrap();
    std::fs::write(&public, public_pem).unwrap();
    (
        format!("file:{}", private.display()),
        format!("file:{}", public.display()),
    )
}

#[test]
fn unusable_settings_refuse_to_start_naming_the_setting() {
    // Two RSA keys, for a public key that is not the signing key's.
    let keys = tempfile::tempdir().unwrap();
    let (signing, _) = pem_files(keys.path(), "signing");
    let (_, other_public) = pem_files(keys.path(), "other");
    // Each case: the settings, then what the refusal must say — the setting's name (the
    // variable, or clap's flag) and the value or the requirement.
    for (settings, says) in [
        (
            vec![("OMGSERVERS_RUNTIMES_DRIVER", "process")],
            [
                "OMGSERVERS_RUNTIMES_DRIVER",
                "OMGSERVERS_RUNTIMES_PROCESS_COMMAND",
            ],
        ),
        (
            vec![("OMGSERVERS_RUNTIMES_DRIVER", "bogus")],
            ["--runtimes-driver", "bogus"],
        ),
        (
            vec![("OMGSERVERS_CONTROLLER_TICK", "fast")],
            ["--controller-tick", "`fast` is not a duration"],
        ),
        (
            vec![("OMGSERVERS_SERVER_SHARD_COUNT", "0")],
            ["--server-shard-count", "0 is not in 1..=65536"],
        ),
        (
            vec![("OMGSERVERS_DATABASE_URL", "mysql://db/game")],
            ["OMGSERVERS_DATABASE_URL", "expected postgresql://"],
        ),
        (
            vec![("OMGSERVERS_SERVER_PRIVATE_KEY", "garbage")],
            ["OMGSERVERS_SERVER_PRIVATE_KEY", "not an RSA private key"],
        ),
        (
            vec![("OMGSERVERS_SERVER_PRIVATE_KEY", "file:/nonexistent/key.pem")],
            ["OMGSERVERS_SERVER_PRIVATE_KEY", "/nonexistent/key.pem"],
        ),
        (
            vec![
                ("OMGSERVERS_SERVER_PRIVATE_KEY", signing.as_str()),
                ("OMGSERVERS_SERVER_PUBLIC_KEY", "garbage"),
            ],
            ["OMGSERVERS_SERVER_PUBLIC_KEY", "not an RSA public key"],
        ),
        (
            vec![("OMGSERVERS_SERVER_X5C", "garbage")],
            ["OMGSERVERS_SERVER_X5C", "not Base64 DER"],
        ),
        (
            vec![("OMGSERVERS_REGISTRY_URI", "not a url")],
            ["OMGSERVERS_REGISTRY_URI", "`not a url`"],
        ),
        (
            vec![(
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
                "bogus://x",
            )],
            [
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI:",
                "`bogus://x`",
            ],
        ),
        (
            vec![
                (
                    "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
                    "unix:///var/run/docker.sock",
                ),
                (
                    "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MAX_CONTAINERS",
                    "0",
                ),
            ],
            [
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MAX_CONTAINERS",
                "got 0",
            ],
        ),
        (
            vec![
                ("OMGSERVERS_SERVER_PRIVATE_KEY", signing.as_str()),
                ("OMGSERVERS_SERVER_PUBLIC_KEY", other_public.as_str()),
            ],
            [
                "OMGSERVERS_SERVER_PUBLIC_KEY",
                "is not the public key of the signing key",
            ],
        ),
        (
            vec![("OMGSERVERS_SERVER_PUBLIC_KEY", other_public.as_str())],
            [
                "OMGSERVERS_SERVER_PUBLIC_KEY",
                "needs OMGSERVERS_SERVER_PRIVATE_KEY",
            ],
        ),
        (
            vec![("OMGSERVERS_SERVER_X5C", "MIIB")],
            [
                "OMGSERVERS_SERVER_X5C",
                "needs OMGSERVERS_SERVER_PRIVATE_KEY",
            ],
        ),
        (
            vec![("OMGSERVERS_SERVER_URI", "not a uri")],
            ["OMGSERVERS_SERVER_URI", "`not a uri`"],
        ),
        (
            vec![("OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN", " \n")],
            ["OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN", "is blank"],
        ),
        (
            vec![
                ("OMGSERVERS_RUNTIMES_OVERRIDING_ENABLED", "true"),
                ("OMGSERVERS_RUNTIMES_OVERRIDING_URI", "gateway:8080"),
            ],
            [
                "OMGSERVERS_RUNTIMES_OVERRIDING_URI",
                "must be an http:// or https:// address",
            ],
        ),
        (
            vec![("OMGSERVERS_CLUSTER_ENABLED", "true")],
            [
                "OMGSERVERS_CLUSTER_ENABLED",
                "needs a PostgreSQL OMGSERVERS_DATABASE_URL",
            ],
        ),
        (
            vec![(
                "OMGSERVERS_DATABASE_SHARDS_0_URL",
                "postgresql://127.0.0.1:1/x",
            )],
            [
                "OMGSERVERS_DATABASE_SHARDS_<i>_URL",
                "needs a PostgreSQL OMGSERVERS_DATABASE_URL",
            ],
        ),
        (
            vec![(
                "OMGSERVERS_DATABASE_SHARDS_1_URL",
                "postgresql://127.0.0.1:1/x",
            )],
            [
                "OMGSERVERS_DATABASE_SHARDS_0_URL is not set",
                "OMGSERVERS_DATABASE_SHARDS_1_URL",
            ],
        ),
    ] {
        let parent = tempfile::tempdir().unwrap();
        let data = parent.path().join("data");
        let mut command = Command::new(server_binary());
        command
            .env("OMGSERVERS_DATA_DIR", &data)
            .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{}", free_port()));
        for (name, value) in &settings {
            command.env(name, value);
        }
        let out = command.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{settings:?}: {stderr}");
        for says in says {
            // Said, and said once by each line that says it (the log line and the last words).
            assert!(stderr.contains(says), "{settings:?}: {stderr}");
            assert!(
                stderr.lines().all(|line| line.matches(says).count() <= 1),
                "{settings:?}: {stderr}"
            );
        }
        assert!(!stderr.contains("internal error"), "{settings:?}: {stderr}");
        // Refused before anything is written: no data directory, so no database, no key.
        assert!(!data.exists(), "{settings:?} created {}", data.display());
    }
}

/// Shard databases (`OMGSERVERS_DATABASE_SHARDS_<i>_URL`) where they cannot work are refused
/// with a message naming the setting, and nothing is written: not a shard database that is no
/// PostgreSQL, fewer slots than shard databases, a system database whose
/// game state would be left behind, nor other shard databases than the installation's first
/// start had (fewer, none, in another order, another installation's, or the system database).
#[tokio::test]
async fn shard_databases_where_they_cannot_work_are_refused() {
    use omgservers::config::{Config, Synchronous};
    use omgservers::store::{Backend, Db, PoolLimits};
    use omgservers_e2e::postgres::fresh_database;

    let data = tempfile::tempdir().unwrap();
    let (system, shards) = (
        fresh_database().await,
        [fresh_database().await, fresh_database().await],
    );
    let config = |system: &str, shards: &[&str]| {
        let mut config = Config::defaults();
        config.data_dir = data.path().to_path_buf();
        config.listen = "127.0.0.1:0".parse().unwrap();
        config.database_url = Some(system.to_owned());
        config.database_shards = shards.iter().map(|s| (*s).to_owned()).collect();
        config.server_shard_count = 8;
        config
    };
    let refusal = |config: Config| async move {
        match omgservers::prepare(config).await {
            Ok(_) => String::from("started"),
            Err(e) => e.to_string(),
        }
    };
    let [a, b] = [shards[0].as_str(), shards[1].as_str()];
    let sqlite = format!("sqlite://{}?mode=rwc", data.path().join("x.db").display());
    let not_postgres = refusal(config(&system, &[a, &sqlite])).await;
    assert!(
        not_postgres.contains("OMGSERVERS_DATABASE_SHARDS_1_URL must be a postgresql:// URL"),
        "{not_postgres}"
    );
    let mut few_slots = config(&system, &[a, b]);
    few_slots.server_shard_count = 1;
    let few_slots = refusal(few_slots).await;
    assert!(
        few_slots.contains(
            "OMGSERVERS_SERVER_SHARD_COUNT (1) is below the number of shard databases (2)"
        ),
        "{few_slots}"
    );
    // A system database that holds game state from a start without shard databases.
    let limits = PoolLimits {
        max_connections: 1,
        acquire_timeout: std::time::Duration::from_secs(10),
        idle_in_transaction_limit: None,
    };
    let used = fresh_database().await;
    let db = Db::connect(&used, Backend::Postgres, limits, Synchronous::Normal)
        .await
        .unwrap();
    sqlx::query("INSERT INTO lobbies (id, tenant_id, deployment_id, created) VALUES (1, 1, 1, 0)")
        .execute(&db.pool)
        .await
        .unwrap();
    let left_behind = refusal(config(&used, &[a, b])).await;
    assert!(
        left_behind.contains("holds game state (lobbies)"),
        "{left_behind}"
    );
    let mapped: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM slot_databases")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(mapped, 0, "a refused start wrote no slot map");

    // The first start with two shard databases maps the slots; a start with fewer, or none,
    // is refused.
    let (first, _) = omgservers::prepare(config(&system, &[a, b])).await.unwrap();
    assert_eq!(first.databases.map(), [0, 1, 0, 1, 0, 1, 0, 1]);
    drop(first);
    let fewer = refusal(config(&system, &[a])).await;
    assert!(
        fewer.contains("maps slots to shard database 1 but only 1 are set"),
        "{fewer}"
    );
    let none = refusal(config(&system, &[])).await;
    assert!(
        none.contains("keeps its game state in shard databases"),
        "{none}"
    );
    // Each shard database knows its installation and index: swapped, another installation's
    // or a system database is refused.
    let swapped = refusal(config(&system, &[b, a])).await;
    assert!(
        swapped.contains(
            "OMGSERVERS_DATABASE_SHARDS_0_URL names shard database 1 of this installation"
        ),
        "{swapped}"
    );
    let other_system = fresh_database().await;
    let other = refusal(config(&other_system, &[a, b])).await;
    assert!(
        other.contains("names a shard database of another installation"),
        "{other}"
    );
    let other_db = Db::connect(
        &other_system,
        Backend::Postgres,
        limits,
        Synchronous::Normal,
    )
    .await
    .unwrap();
    let mapped: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM slot_databases")
        .fetch_one(&other_db.pool)
        .await
        .unwrap();
    assert_eq!(mapped, 0, "checked before the map is written");
    let system_as_shard = refusal(config(&system, &[a, &system])).await;
    assert!(
        system_as_shard.contains("OMGSERVERS_DATABASE_SHARDS_1_URL names a system database"),
        "{system_as_shard}"
    );
    // Refused before its schema is touched: another installation's shard database (here one
    // holding only its mark, as an older schema might) is not migrated by this one.
    let foreign = fresh_database().await;
    let foreign_db =
        Db::connect_unmigrated(&foreign, Backend::Postgres, limits, Synchronous::Normal)
            .await
            .unwrap();
    for statement in [
        "CREATE TABLE installation (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO installation (key, value) VALUES ('shard-database', 'another/1')",
    ] {
        sqlx::query(statement)
            .execute(&foreign_db.pool)
            .await
            .unwrap();
    }
    let foreign_refused = refusal(config(&system, &[a, &foreign])).await;
    assert!(
        foreign_refused.contains(
            "OMGSERVERS_DATABASE_SHARDS_1_URL names a shard database of another installation (another/1)"
        ),
        "{foreign_refused}"
    );
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::TEXT FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    .fetch_all(&foreign_db.pool)
    .await
    .unwrap();
    assert_eq!(
        tables,
        ["installation"],
        "a refused shard database is not migrated"
    );
    let (again, _) = omgservers::prepare(config(&system, &[a, b])).await.unwrap();
    assert_eq!(again.databases.map(), [0, 1, 0, 1, 0, 1, 0, 1]);
}

/// A cluster node whose settings disagree with the live cluster's is refused at its start
/// (exit code 2, naming the setting, never as an "internal error") and leaves no node behind:
/// another signing key than the live nodes' (a token one node issues is checked by the
/// others), another slot count than the cluster's database was set up with.
#[tokio::test]
async fn cluster_nodes_that_disagree_with_the_cluster_are_refused() {
    use omgservers::config::Config;

    let keys = tempfile::tempdir().unwrap();
    let (key, _) = pem_files(keys.path(), "cluster");
    let (other_key, _) = pem_files(keys.path(), "other");
    let database = omgservers_e2e::postgres::fresh_database().await;
    let node = |key: &str, data: &Path| {
        let mut config = Config::defaults();
        let port = free_port();
        config.data_dir = data.to_path_buf();
        config.listen = format!("127.0.0.1:{port}").parse().unwrap();
        config.server_uri = Some(format!("http://127.0.0.1:{port}"));
        config.database_url = Some(database.clone());
        config.cluster_enabled = true;
        config.server_private_key = Some(key.to_owned());
        config.server_shard_count = 8;
        // Alive for the whole test without a heartbeat.
        config.cluster_lease_ttl = std::time::Duration::from_secs(120);
        config
    };
    let first_data = tempfile::tempdir().unwrap();
    let first = node(&key, first_data.path());
    let first_uri = first.server_uri.clone().unwrap();
    let (live, _) = omgservers::prepare(first).await.unwrap();
    let nodes = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM nodes")
            .fetch_one(&live.db.pool)
            .await
            .unwrap()
    };
    assert_eq!(nodes().await, 1);

    let refused = |settings: &[(&str, &str)]| {
        let data = tempfile::tempdir().unwrap();
        let mut command = Command::new(server_binary());
        command
            .env("OMGSERVERS_DATA_DIR", data.path())
            .env("OMGSERVERS_LISTEN", format!("127.0.0.1:{}", free_port()))
            .env("OMGSERVERS_SERVER_URI", "http://127.0.0.1:9")
            .env("OMGSERVERS_DATABASE_URL", &database)
            .env("OMGSERVERS_CLUSTER_ENABLED", "true")
            .env("OMGSERVERS_SERVER_SHARD_COUNT", "8")
            .env("OMGSERVERS_SERVER_PRIVATE_KEY", &key);
        for (name, value) in settings {
            command.env(name, value);
        }
        // A node that is not refused serves until stopped: it is stopped, and the test fails.
        let mut child = command
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{settings:?}: the node started instead of being refused");
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        };
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
        assert_eq!(status.code(), Some(2), "{settings:?}: {stderr}");
        assert!(!stderr.contains("internal error"), "{settings:?}: {stderr}");
        stderr
    };
    let other_signer = refused(&[("OMGSERVERS_SERVER_PRIVATE_KEY", &other_key)]);
    assert!(
        other_signer.contains(&format!(
            "OMGSERVERS_SERVER_PRIVATE_KEY is not the signing key of the live nodes {first_uri}"
        )),
        "{other_signer}"
    );
    let other_count = refused(&[("OMGSERVERS_SERVER_SHARD_COUNT", "16")]);
    assert!(
        other_count.contains(
            "this database's cluster has 8 slots but OMGSERVERS_SERVER_SHARD_COUNT is 16"
        ),
        "{other_count}"
    );
    assert_eq!(nodes().await, 1, "a refused node leaves no node behind");

    // The same key and count join.
    let second_data = tempfile::tempdir().unwrap();
    let (second, _) = omgservers::prepare(node(&key, second_data.path()))
        .await
        .unwrap();
    assert_eq!(nodes().await, 2);
    drop(second);
    drop(live);
}
