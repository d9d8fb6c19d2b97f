//! Settings the server cannot use refuse to start: exit code 2 (docs/configuration.md), a
//! message naming the setting, said once, never as an "internal error", and nothing written
//! to the data directory.

use std::process::Command;

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::cluster::free_port;

#[test]
fn unusable_settings_refuse_to_start_naming_the_setting() {
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
            vec![("OMGSERVERS_SERVER_PUBLIC_KEY", "garbage")],
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
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__",
                "`bogus://x`",
            ],
        ),
        (
            vec![("OMGSERVERS_CLUSTER_ENABLED", "true")],
            [
                "OMGSERVERS_CLUSTER_ENABLED",
                "needs a PostgreSQL OMGSERVERS_DATABASE_URL",
            ],
        ),
    ] {
        let data = tempfile::tempdir().unwrap();
        let mut command = Command::new(server_binary());
        command
            .env("OMGSERVERS_DATA_DIR", data.path())
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
        // Refused before anything is written: no database, no generated key.
        let written: Vec<_> = std::fs::read_dir(data.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert!(written.is_empty(), "{settings:?} wrote {written:?}");
    }
}
