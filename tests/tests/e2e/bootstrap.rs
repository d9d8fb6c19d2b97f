//! Bootstrap users across restarts (issue 15, fault 9): the development passwords of a start
//! with `--dev` (each user's alias) do not outlive it, and `<data dir>/bootstrap-credentials`
//! lists only passwords that work.

use omgservers_e2e::{Backend, TestServer};
use serde_json::json;

fn listed(data_dir: &std::path::Path) -> Vec<(String, String)> {
    std::fs::read_to_string(data_dir.join("bootstrap-credentials"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

async fn signs_in(server: &TestServer, area: &str, user: &str, password: &str) -> bool {
    let body = json!({"user": user, "password": password});
    let (status, _) = server.call(area, "create-token", None, body).await;
    status == 200
}

async fn development_passwords_do_not_outlive_dev_mode(backend: Backend) {
    let data_dir = tempfile::tempdir().unwrap();
    // Kept for the restarts: a port the kernel does not hand out meanwhile.
    let addr: std::net::SocketAddr = format!("127.0.0.1:{}", omgservers_e2e::cluster::free_port())
        .parse()
        .unwrap();
    // --dev: every bootstrap user's password is its alias.
    let dev = TestServer::start_at(backend, data_dir.path(), addr, |c| c.dev = true).await;
    // Each restart keeps the database (PostgreSQL: a test server gets a fresh one otherwise).
    let database_url = dev.state.as_ref().unwrap().config.database_url.clone();
    assert!(signs_in(&dev, "admin", "admin", "admin").await);
    assert!(signs_in(&dev, "support", "support", "support").await);
    dev.stop().await;

    // Without --dev: replaced by generated passwords, listed in the credentials file.
    let plain = TestServer::start_at(backend, data_dir.path(), addr, |c| {
        c.dev = false;
        c.database_url = database_url.clone();
    })
    .await;
    assert!(
        !signs_in(&plain, "admin", "admin", "admin").await,
        "the dev password still works"
    );
    assert!(!signs_in(&plain, "support", "support", "support").await);
    let credentials = listed(data_dir.path());
    for (alias, area) in [("admin", "admin"), ("support", "support")] {
        let password = credentials
            .iter()
            .find(|(a, _)| a == alias)
            .map(|(_, p)| p.clone())
            .unwrap_or_else(|| panic!("{alias} not listed: {credentials:?}"));
        assert!(signs_in(&plain, area, alias, &password).await, "{alias}");
    }
    plain.stop().await;

    // A configured password replaces a listed one: the file drops it rather than lie.
    let configured = TestServer::start_at(backend, data_dir.path(), addr, |c| {
        c.dev = false;
        c.database_url = database_url.clone();
        c.bootstrap_admin_user_password = Some("configured-admin-secret".to_owned());
    })
    .await;
    assert!(signs_in(&configured, "admin", "admin", "configured-admin-secret").await);
    let credentials = listed(data_dir.path());
    assert!(
        credentials.iter().all(|(alias, _)| alias != "admin"),
        "{credentials:?}"
    );
    for (alias, password) in &credentials {
        let area = if alias == "support" {
            "support"
        } else {
            continue;
        };
        assert!(
            signs_in(&configured, area, alias, password).await,
            "{alias}"
        );
    }
    configured.stop().await;
}

omgservers_e2e::on_both_backends!(development_passwords_do_not_outlive_dev_mode);
