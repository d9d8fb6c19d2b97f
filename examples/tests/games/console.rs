//! The web console (docs/console.md) in a real headless chromium, against a server running a
//! real game with the process driver (`catalogue-runtime`): support sees the tenants; a
//! developer walks from its tenant to the running match and its players, kicks one, follows
//! the match runtime's log, deploys a new version and sees it become READY, and deletes the old
//! deployment through the confirmation; a developer without permissions is refused and sees no
//! other tenant, until support grants it TENANT_VIEWER on the console's permissions page.
//! `UPDATE_DOCS=1` saves the screenshots in docs/console/.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};

use crate::common::players::{assigned, in_a_lobby};
use omgservers::config::RuntimesDriver;
use omgservers_e2e::browser::Browser;
use omgservers_e2e::fixtures;
use omgservers_e2e::{Backend, TestServer};
use omgservers_sdk::types::messages::RuntimeQualifier;
use serde_json::json;

const WAIT: Duration = Duration::from_secs(20);

async fn sign_in(page: &Client, base: &str, user: &str, password: &str) {
    page.goto(&format!("{base}/console")).await.unwrap();
    let field = page
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id("user"))
        .await
        .unwrap();
    field.send_keys(user).await.unwrap();
    let password_field = page.find(Locator::Id("password")).await.unwrap();
    password_field.send_keys(password).await.unwrap();
    click(page, "form.login button").await;
}

async fn sign_out(page: &Client) {
    let button = page
        .find(Locator::XPath("//header//button[text()='Sign out']"))
        .await
        .unwrap();
    button.click().await.unwrap();
    page.wait()
        .at_most(WAIT)
        .for_element(Locator::Id("user"))
        .await
        .unwrap();
}

async fn click(page: &Client, css: &str) {
    let element = page
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no `{css}` on the page: {e}"));
    element.click().await.unwrap();
}

async fn fill(page: &Client, id: &str, text: &str) {
    let field = page
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id(id))
        .await
        .unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// The text of `css` once it contains `text` (pages refresh themselves).
async fn until(page: &Client, css: &str, text: &str) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let found = match page.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if found.contains(text) {
            return found;
        }
        assert!(
            Instant::now() < deadline,
            "no `{text}` in `{css}` within {WAIT:?}: {found}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// With `UPDATE_DOCS=1`, saves the page as docs/console/<name>.png.
async fn screenshot(page: &Client, name: &str) {
    if std::env::var_os("UPDATE_DOCS").is_none() {
        return;
    }
    let png = page.screenshot().await.unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/console");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_console_walks_from_a_tenant_to_its_running_match() {
    let server = TestServer::start_with(Backend::Sqlite, |c| {
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_catalogue-runtime").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await;
    let w = fixtures::world_with(&server, fixtures::config(2, 4)).await;
    let first = fixtures::deploy(&server, &w).await;
    fixtures::wait_for_state(&server, &w, &first, "READY", WAIT).await;
    // Three players: two in a match of mode `test`, one left in the lobby.
    let mut players = Vec::new();
    for _ in 0..3 {
        players.push(in_a_lobby(&server, &w).await);
    }
    for p in &mut players[..2] {
        p.send(json!({"text": "request_matchmaking"}))
            .await
            .unwrap();
    }
    let mut matched = None;
    for p in &mut players[..2] {
        matched = Some(assigned(p, RuntimeQualifier::MATCH).await);
    }
    let match_runtime = matched.unwrap().to_string();

    let browser = Browser::start().await;
    let page = &browser.client;

    // Support: the tenants, the new one among them.
    sign_in(page, &server.base, "support", "support").await;
    until(page, "main", &w.tenant).await;
    until(page, "#nav", "Developers").await;
    screenshot(page, "tenants").await;
    sign_out(page).await;

    // A developer: tenant → project → stage.
    sign_in(page, &server.base, &w.dev.user_id, &w.dev.password).await;
    fill(page, "tenant", &w.tenant).await;
    click(page, "main form button").await;
    let tenant = &w.tenant;
    click(page, &format!("a[href='#/t/{tenant}/p/{}']", w.project)).await;
    until(page, "main", "Versions").await;
    click(
        page,
        &format!("a[href='#/t/{tenant}/p/{}/s/{}']", w.project, w.stage),
    )
    .await;
    // The live figures and the lobby and the match with their players.
    until(page, "[data-figure='players']", "3").await;
    // These players use the HTTP interchange only: no WebSocket round trip to show.
    until(page, "main", "No player on a WebSocket.").await;
    let runtimes = until(page, "main", &match_runtime).await;
    assert!(runtimes.contains("MATCH test"), "{runtimes}");
    screenshot(page, "stage").await;
    // One player's client, on the match runtime.
    fill(page, "user-id", &players[0].user_id.to_string()).await;
    click(page, "form[role='search'] button").await;
    let client = players[0].client_id.unwrap().to_string();
    let found = until(page, "main", &client).await;
    assert!(found.contains(&format!("MATCH {match_runtime}")), "{found}");

    // The lobby's player, kicked through the confirmation.
    fill(page, "user-id", &players[2].user_id.to_string()).await;
    click(page, "form[role='search'] button").await;
    let kicked = players[2].client_id.unwrap().to_string();
    until(page, "main", &kicked).await;
    click(page, &format!("button[aria-label='Kick client {kicked}']")).await;
    until(page, "#confirm", "Disconnect client").await;
    click(page, "#confirm-ok").await;
    until(page, "#status", &format!("Client {kicked} kicked.")).await;
    let body = json!({"tenant": w.tenant, "project": w.project, "stage": w.stage, "user_id": players[2].user_id.to_string()});
    let left = server
        .ok("developer", "list-clients", Some(&w.dev.token), body)
        .await;
    assert_eq!(left["clients"], json!([]), "{left}");

    // The match runtime's log, followed: a message sent now shows up.
    click(
        page,
        &format!("a[href='#/t/{tenant}/runtime/{match_runtime}']"),
    )
    .await;
    page.wait()
        .at_most(WAIT)
        .for_element(Locator::Id("runtime-log"))
        .await
        .expect("the runtime's log");
    players[0]
        .send(json!({"text": "followed in the console"}))
        .await
        .unwrap();
    until(page, "#runtime-log", "followed in the console").await;
    screenshot(page, "runtime-log").await;

    // A new version, deployed from the stage page, becomes READY.
    let second_version = fixtures::new_version(&server, &w, fixtures::config(2, 4)).await;
    fixtures::push_image_of(&server, &w, &second_version).await;
    let stage_page = format!(
        "{}/console/#/t/{tenant}/p/{}/s/{}",
        server.base, w.project, w.stage
    );
    page.goto(&stage_page).await.unwrap();
    let version = page
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id("version"))
        .await
        .unwrap();
    version.select_by_value(&second_version).await.unwrap();
    click(page, "main form.inline button.primary").await;
    until(page, "#status", "created").await;
    let status = until(page, "#status", "Deployment").await;
    let second = status
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    let live = format!("section[aria-label='Deployment {second}']");
    until(page, &live, "READY").await;

    // The old deployment, deleted through the confirmation that says what goes with it.
    page.refresh().await.unwrap();
    click(
        page,
        &format!("button[aria-label='Delete deployment {first}']"),
    )
    .await;
    let dialog = until(page, "#confirm", "It removes").await;
    assert!(dialog.contains("runtimes"), "{dialog}");
    screenshot(page, "confirm-delete").await;
    click(page, "#confirm-ok").await;
    until(page, "#status", &format!("Deployment {first} deleted.")).await;
    let body = json!({"tenant": w.tenant, "deployment_id": first});
    let (code, _) = server
        .call(
            "developer",
            "get-deployment-details",
            Some(&w.dev.token),
            body,
        )
        .await;
    assert_eq!(code, 404, "the deployment is gone");
    sign_out(page).await;

    // Admin: the Docker pool, a host drained and opened again.
    let admin = server.admin_token().await;
    let host = server
        .ok(
            "admin",
            "create-pool-host",
            Some(&admin),
            json!({"docker_daemon_uri": "tcp://127.0.0.1:1", "cpu_count": 8, "memory_size": 16384, "max_containers": 40}),
        )
        .await;
    let host_id = host["host"]["id"].as_str().unwrap().to_owned();
    sign_in(page, &server.base, "admin", "admin").await;
    let pool = until(page, "main", "unreachable").await;
    assert!(pool.contains("0 / 40"), "{pool}");
    screenshot(page, "pool").await;
    let row_button = format!("//tr[td[text()='{host_id}']]//button");
    let drain = page.find(Locator::XPath(&row_button)).await.unwrap();
    assert_eq!(drain.text().await.unwrap(), "Drain");
    drain.click().await.unwrap();
    until(page, "#status", &format!("Host {host_id} is draining")).await;
    let hosts = server
        .ok("admin", "get-pool-hosts", Some(&admin), json!({}))
        .await;
    let ours = hosts["hosts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == host_id.as_str())
        .unwrap();
    assert_eq!(ours["draining"], true, "{hosts}");
    let undrain = page
        .wait()
        .at_most(WAIT)
        .for_element(Locator::XPath(&format!(
            "//tr[td[text()='{host_id}']]//button[text()='Undrain']"
        )))
        .await
        .unwrap();
    undrain.click().await.unwrap();
    until(page, "#status", "takes new runtimes again").await;
    sign_out(page).await;

    // A developer without permissions: refused on this tenant, no tenant list at all.
    let support = server.support_token().await;
    let stranger = fixtures::developer(&server, &support).await;
    sign_in(page, &server.base, &stranger.user_id, &stranger.password).await;
    fill(page, "tenant", &w.tenant).await;
    click(page, "main form button").await;
    until(page, "main", "TENANT_VIEWER").await;
    let nav = page
        .find(Locator::Id("nav"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!nav.contains("Tenants"), "{nav}");
    page.goto(&format!("{}/console/#/tenants", server.base))
        .await
        .unwrap();
    let refused = until(page, "main p.state-FAILED", ":").await;
    assert!(!refused.contains(&w.tenant), "{refused}");
    sign_out(page).await;

    // Support grants it TENANT_VIEWER from the tenant's permissions page: now it sees the
    // tenant's project.
    sign_in(page, &server.base, "support", "support").await;
    click(page, &format!("a[href='#/permissions/{tenant}']")).await;
    fill(page, "grant-user", &stranger.user_id).await;
    click(page, "input[value='TENANT_VIEWER']").await;
    click(page, "main form button.primary").await;
    until(
        page,
        "#status",
        &format!("Granted to {}: TENANT_VIEWER.", stranger.user_id),
    )
    .await;
    // The grant is listed, with the world's developer's own, each with its revoke.
    let revoke = format!(
        "button[aria-label='Revoke TENANT_VIEWER on tenant from {}']",
        stranger.user_id
    );
    page.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(&revoke))
        .await
        .expect("the grant is listed with its revoke button");
    until(page, "main table", &w.dev.user_id).await;
    screenshot(page, "permissions").await;
    sign_out(page).await;
    sign_in(page, &server.base, &stranger.user_id, &stranger.password).await;
    fill(page, "tenant", &w.tenant).await;
    click(page, "main form button").await;
    let listed = format!("a[href='#/t/{tenant}/p/{}']", w.project);
    page.wait()
        .at_most(WAIT)
        .for_element(Locator::Css(&listed))
        .await
        .expect("the tenant's project is listed");
    sign_out(page).await;

    // Support revokes it from the list: the row goes, and the developer is refused again.
    sign_in(page, &server.base, "support", "support").await;
    click(page, &format!("a[href='#/permissions/{tenant}']")).await;
    click(page, &revoke).await;
    until(
        page,
        "#status",
        &format!("Revoked TENANT_VIEWER from {}.", stranger.user_id),
    )
    .await;
    let body = json!({"tenant": w.tenant, "user_id": stranger.user_id});
    let held = server
        .ok("support", "list-permissions", Some(&support), body)
        .await;
    assert_eq!(held["permissions"], json!([]), "{held}");
}
