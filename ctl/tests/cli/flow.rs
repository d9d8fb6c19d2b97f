//! The scripted flow of the issue, run by the real binary against a real server with no TTY:
//! use-local → support creates a tenant, a developer and permissions → the developer, with
//! env-provided credentials only (as in CI), creates a project and a version, uploads an
//! archive, and deploys after a registry push notification. Then every remaining command.

use crate::common::{redact, Home, Server};
use serde_json::Value;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The whole scripted flow, on both backends: omgctl is the client, but every command writes or
/// reads the server's storage.
mod scripted_flow_and_every_command {
    use omgservers_e2e::Backend;

    #[test]
    fn sqlite() {
        super::scripted_flow_and_every_command(Backend::Sqlite);
    }

    #[test]
    fn postgres() {
        super::scripted_flow_and_every_command(Backend::Postgres);
    }
}

fn scripted_flow_and_every_command(backend: omgservers_e2e::Backend) {
    let server = Server::start_on(backend, |_| {});
    let url = server.url();

    // --- operator: local environment, tenant, developer, permissions ---------------------
    let ops = Home::new();
    ops.ok(&["environment", "use-local", "--url", &url]);
    let tenant = ops.ok(&["support", "create-tenant", "-o", "id"]);
    assert!(tenant.parse::<i64>().is_ok(), "{tenant}");
    assert_eq!(ops.ok(&["environment", "print-variable", "TENANT"]), tenant);
    ops.ok(&["support", "create-tenant-alias", &tenant, "studio"]);
    let developer = ops.ok(&["support", "create-developer", "-o", "id"]);
    assert_eq!(
        ops.ok(&["environment", "print-variable", "DEVELOPER_USER"]),
        developer
    );
    let password = ops.ok(&["environment", "print-variable", "DEVELOPER_PASSWORD"]);
    assert!(!password.is_empty());
    let created = ops.ok(&[
        "support",
        "create-tenant-permission",
        "studio",
        &developer,
        "PROJECT_MANAGER",
        "TENANT_VIEWER",
        "-o",
        "json",
    ]);
    assert_eq!(
        json(&created)["created_permissions"],
        serde_json::json!(["PROJECT_MANAGER", "TENANT_VIEWER"])
    );

    // --- developer: only env-provided credentials, a fresh config dir ---------------------
    let ci = Home::new();
    let dev = |args: &[&str]| -> String {
        let out = ci
            .cmd()
            .env("OMGCTL_DEVELOPER_USER", &developer)
            .env("OMGCTL_DEVELOPER_PASSWORD", &password)
            .args(args)
            .output()
            .expect("omgctl runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    dev(&["environment", "use-environment", "ci", &url]);
    let current = dev(&["developer", "print-current", "-o", "json"]);
    assert_eq!(json(&current)["user_source"], "env OMGCTL_DEVELOPER_USER");
    assert_eq!(
        json(&current)["password_source"],
        "env OMGCTL_DEVELOPER_PASSWORD"
    );
    let project_json = json(&dev(&[
        "developer",
        "create-project",
        "studio",
        "-o",
        "json",
    ]));
    let project = project_json["project_id"].as_str().unwrap().to_owned();
    let stage = project_json["stage_id"].as_str().unwrap().to_owned();
    dev(&[
        "developer",
        "create-project-alias",
        "studio",
        &project,
        "game",
    ]);
    dev(&[
        "developer",
        "create-stage-alias",
        "studio",
        &stage,
        "production",
    ]);
    let config = ci.path().join("config-version.json");
    std::fs::write(
        &config,
        r#"{"modes":[{"name":"test","min_players":1,"max_players":4,"groups":[{"name":"players","min_players":1,"max_players":4}]}]}"#,
    )
    .unwrap();
    let version = dev(&[
        "developer",
        "create-version",
        "studio",
        "game",
        config.to_str().unwrap(),
        "-o",
        "id",
    ]);

    // Upload: the archive is packed and sent; the server starts a build (followed with --wait
    // in `upload_wait_reports_a_failed_build`).
    let game = ci.path().join("game");
    std::fs::create_dir_all(game.join(".git")).unwrap();
    std::fs::write(game.join(".git/HEAD"), "ref").unwrap();
    std::fs::write(game.join("main.lua"), "print('hi')").unwrap();
    // Secrets and what git ignores stay out of the archive.
    std::fs::write(game.join(".env"), "API_KEY=secret").unwrap();
    std::fs::write(game.join(".omgignore"), "build/\n").unwrap();
    std::fs::create_dir_all(game.join("build")).unwrap();
    std::fs::write(game.join("build/game.bin"), "x").unwrap();
    let upload = ci
        .cmd()
        .env("OMGCTL_DEVELOPER_USER", &developer)
        .env("OMGCTL_DEVELOPER_PASSWORD", &password)
        .args([
            "developer",
            "upload-files-archive",
            "studio",
            &version,
            "--verbose",
            "-o",
            "id",
        ])
        .arg(&game)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&upload.stderr);
    assert!(stderr.contains("Packed 2 files"), "{stderr}");
    assert!(
        stderr.contains("left out 2 ignored or .env files"),
        "{stderr}"
    );
    assert!(stderr.contains("packed   main.lua"), "{stderr}");
    assert!(stderr.contains("packed   .omgignore"), "{stderr}");
    assert!(stderr.contains("skipped  .env"), "{stderr}");
    assert!(stderr.contains("skipped  build/game.bin"), "{stderr}");
    // The archive id is printed and remembered, and the build it started.
    assert!(upload.status.success(), "{stderr}");
    let id = String::from_utf8_lossy(&upload.stdout).trim().to_owned();
    assert_eq!(dev(&["environment", "print-variable", "FILES_ARCHIVE"]), id);
    assert!(stderr.contains("BUILD_REQUEST="), "{stderr}");
    dev(&["environment", "print-variable", "BUILD_REQUEST"]);

    // Deploy without an image is refused with the server's reason.
    let refused = ci
        .cmd()
        .env("OMGCTL_DEVELOPER_USER", &developer)
        .env("OMGCTL_DEVELOPER_PASSWORD", &password)
        .args([
            "developer",
            "deploy-version",
            "studio",
            "game",
            "production",
            &version,
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("WRONG_VERSION_STATE"), "{stderr}");

    // After a push notification, deploy with the remembered TENANT/PROJECT/STAGE/VERSION.
    server.push_image(&tenant, &project, &version);
    let images = json(&dev(&[
        "developer",
        "get-version-details",
        "studio",
        "-o",
        "json",
    ]));
    assert_eq!(images["details"]["images"].as_array().unwrap().len(), 1);
    // (--wait is covered by the tests below: this server starts no runtimes.)
    let deployment = dev(&["developer", "deploy-version", "studio", "-o", "id"]);
    assert!(deployment.parse::<i64>().is_ok(), "{deployment}");
    let details = json(&dev(&[
        "developer",
        "get-deployment-details",
        "studio",
        "-o",
        "json",
    ]));
    assert_eq!(details["details"]["deployment"]["id"], deployment.as_str());
    assert_eq!(
        details["details"]["deployment"]["version_id"],
        version.as_str()
    );

    // Table output, snapshot-tested with ids and times redacted.
    let table = dev(&[
        "developer",
        "get-stage-details",
        "studio",
        "game",
        "production",
    ]);
    insta::assert_snapshot!("stage_details_table", redact(&table));
    let table = dev(&["developer", "get-deployment-details", "studio"]);
    insta::assert_snapshot!("deployment_details_table", redact(&table));

    // Lobbies and matchmakers.
    dev(&["developer", "create-lobby-request", "studio"]);
    dev(&[
        "developer",
        "create-matchmaker-request",
        "studio",
        &deployment,
    ]);
    let details = json(&dev(&[
        "developer",
        "get-deployment-details",
        "studio",
        "-o",
        "json",
    ]));
    let lobbies = details["details"]["lobby_refs"].as_array().unwrap().clone();
    let matchmakers = details["details"]["matchmaker_refs"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(lobbies.len(), 2, "{details}");
    assert_eq!(matchmakers.len(), 2, "{details}");
    let lobby = lobbies[0]["lobby_id"].as_str().unwrap();
    let matchmaker = matchmakers[0]["matchmaker_id"].as_str().unwrap();
    assert_eq!(
        dev(&["developer", "delete-lobby", "--yes", lobby, "-o", "id"]),
        "true"
    );
    assert_eq!(
        dev(&[
            "developer",
            "delete-matchmaker",
            "--yes",
            matchmaker,
            "-o",
            "id"
        ]),
        "true"
    );

    // Details, stages, versions, deletes.
    let tenant_details = json(&dev(&[
        "developer",
        "get-tenant-details",
        "studio",
        "-o",
        "json",
    ]));
    assert_eq!(tenant_details["details"]["tenant"]["id"], tenant.as_str());
    let project_details = json(&dev(&[
        "developer",
        "get-project-details",
        "studio",
        "game",
        "-o",
        "json",
    ]));
    assert_eq!(
        project_details["details"]["versions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let stage2 = dev(&["developer", "create-stage", "studio", "game", "-o", "id"]);
    assert_eq!(
        dev(&[
            "developer",
            "delete-stage",
            "--yes",
            "studio",
            "game",
            &stage2,
            "-o",
            "id"
        ]),
        "true"
    );
    assert_eq!(
        dev(&[
            "developer",
            "delete-deployment",
            "--yes",
            "studio",
            &deployment,
            "-o",
            "id"
        ]),
        "true"
    );
    assert_eq!(
        dev(&[
            "developer",
            "delete-version",
            "--yes",
            "studio",
            &version,
            "-o",
            "id"
        ]),
        "true"
    );
    dev(&["developer", "create-token"]);
    assert_eq!(
        dev(&[
            "developer",
            "delete-project",
            "--yes",
            "studio",
            "game",
            "-o",
            "id"
        ]),
        "true"
    );

    // --- support: projects, permissions at every level ------------------------------------
    let out = json(&ops.ok(&["support", "create-project", "studio", "-o", "json"]));
    let p2 = out["project_id"].as_str().unwrap().to_owned();
    let s2 = out["stage_id"].as_str().unwrap().to_owned();
    ops.ok(&["support", "create-project-alias", "studio", &p2, "second"]);
    for (level, target) in [
        ("project", vec!["studio", "second"]),
        ("stage", vec!["studio", "second", s2.as_str()]),
    ] {
        let perm = if level == "project" {
            "VERSION_MANAGER"
        } else {
            "STAGE_VIEWER"
        };
        let mut create = vec!["support".to_owned(), format!("create-{level}-permission")];
        create.extend(target.iter().map(|s| s.to_string()));
        create.extend([developer.clone(), perm.to_owned(), "-o".into(), "id".into()]);
        let args: Vec<&str> = create.iter().map(String::as_str).collect();
        assert_eq!(ops.ok(&args), perm);
        create[1] = format!("delete-{level}-permission");
        let args: Vec<&str> = create.iter().map(String::as_str).collect();
        assert_eq!(ops.ok(&args), perm);
    }
    assert_eq!(
        ops.ok(&[
            "support",
            "delete-tenant-permission",
            "studio",
            &developer,
            "TENANT_VIEWER",
            "-o",
            "id"
        ]),
        "TENANT_VIEWER"
    );
    assert_eq!(
        ops.ok(&[
            "support",
            "delete-project",
            "--yes",
            "studio",
            "second",
            "-o",
            "id"
        ]),
        "true"
    );
    ops.ok(&["support", "create-token"]);
    ops.ok(&["support", "print-current"]);
    assert_eq!(
        ops.ok(&[
            "support",
            "delete-developer",
            "--yes",
            &developer,
            "-o",
            "id"
        ]),
        "true"
    );
    assert_eq!(
        ops.ok(&["support", "delete-tenant", "--yes", "studio", "-o", "id"]),
        "true"
    );

    // --- admin ------------------------------------------------------------------------------
    ops.ok(&["admin", "create-token"]);
    let id = ops.ok(&["admin", "generate-id", "-o", "id"]);
    assert_eq!(
        ops.ok(&["environment", "print-variable", "GENERATED_ID"]),
        id
    );
    let hash = ops.ok(&["admin", "bcrypt-hash", "secret", "-o", "id"]);
    assert!(hash.starts_with("$2"), "{hash}");
    let shard = json(&ops.ok(&["admin", "calculate-shard", "key", "-o", "json"]));
    assert!(shard["shard_index"].is_number(), "{shard}");
    assert_eq!(
        ops.ok(&["environment", "print-variable", "SHARD_INDEX"]),
        shard["shard_index"].to_string()
    );
    // Nothing listens on port 9: the server reports the failed ping with its qualifier.
    let out = ops
        .cmd()
        .args(["admin", "ping-docker-host", "tcp://127.0.0.1:9"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("admin/ping-docker-host failed: HTTP 502 SERVER_NOT_FOUND"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the server (not this machine) could not reach"),
        "{stderr}"
    );
    let current = ops.ok(&["admin", "print-current"]);
    assert!(current.contains("admin"), "{current}");

    // The request log has the calls, never the secrets.
    let log = ops.ok(&["logs", "-n", "1000"]);
    assert!(
        log.contains("/service/v1/entrypoint/support/request/create-tenant"),
        "{log}"
    );
    assert!(log.contains("admin/request/ping-docker-host"), "{log}");
    assert!(!log.contains(&password), "the log leaks a password");
    let log_file = std::fs::read_to_string(ops.path().join("state/requests.log")).unwrap();
    assert!(!log_file.contains(&password));
    assert!(!log_file.contains("Bearer"));
}

/// Upstream's camelCase spellings run the same commands.
#[test]
fn camel_case_aliases_run_the_commands() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "useLocal", "--url", &server.url()]);
    let tenant = home.ok(&["support", "createTenant", "-o", "id"]);
    assert_eq!(home.ok(&["environment", "printVariable", "TENANT"]), tenant);
    assert_eq!(
        home.ok(&["environment", "printVariable", "OMGSERVERSCTL_TENANT"]),
        tenant
    );
    let id = home.ok(&["admin", "generateId", "-o", "id"]);
    assert!(id.parse::<i64>().is_ok());
}

/// A token the server rejects (here: tampered, the same 401 WRONG_CREDENTIALS as an expired one)
/// is renewed once with the stored password, transparently.
#[test]
fn rejected_token_is_renewed_once() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    home.ok(&["support", "create-token"]);
    let creds_path = home.path().join("credentials.json");
    let creds = std::fs::read_to_string(&creds_path).unwrap();
    let mut value: Value = serde_json::from_str(&creds).unwrap();
    let token = value["environments"]["local"]["support/token"]
        .as_str()
        .unwrap()
        .to_owned();
    value["environments"]["local"]["support/token"] = Value::String(format!("{token}x"));
    std::fs::write(&creds_path, value.to_string()).unwrap();

    let out = home
        .cmd()
        .args(["support", "create-tenant", "-o", "id"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("creating a new one"), "{stderr}");
    let renewed: Value =
        serde_json::from_str(&std::fs::read_to_string(&creds_path).unwrap()).unwrap();
    assert_ne!(
        renewed["environments"]["local"]["support/token"],
        format!("{token}x")
    );

    // With a wrong password as well, the renewal fails once and the command exits 4.
    let out = home
        .cmd()
        .env("OMGCTL_SUPPORT_PASSWORD", "wrong")
        .env("OMGCTL_SUPPORT_TOKEN", "garbage")
        .args(["support", "create-tenant"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("WRONG_CREDENTIALS"), "{stderr}");
}

/// A really expired token (1 s lifetime) is renewed transparently with the stored password.
#[test]
fn expired_token_is_renewed() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime.block_on(omgservers_e2e::TestServer::start_with(
        omgservers_e2e::Backend::Sqlite,
        |c| c.users_token_lifetime = 1,
    ));
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.base]);
    home.ok(&["admin", "create-token"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let out = home
        .cmd()
        .args(["admin", "generate-id", "-o", "id"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("creating a new one"), "{stderr}");
    // The log shows the rejected call, the renewal and the retry.
    let log = json(&home.ok(&["logs", "-o", "json"]));
    let calls: Vec<String> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let path = e["path"].as_str().unwrap();
            format!(
                "{} {}",
                path.rsplit('/').next().unwrap(),
                e["status"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        calls[calls.len() - 3..],
        ["generate-id 401", "create-token 200", "generate-id 200"],
        "{calls:?}"
    );
    drop(server);
}

/// A developer with a project and a version, all remembered in `home`: (tenant, project,
/// version).
fn developer_world(home: &Home, url: &str) -> (String, String, String) {
    home.ok(&["environment", "use-local", "--url", url]);
    let tenant = home.ok(&["support", "create-tenant", "-o", "id"]);
    let developer = home.ok(&["support", "create-developer", "-o", "id"]);
    home.ok(&[
        "support",
        "create-tenant-permission",
        &tenant,
        &developer,
        "PROJECT_MANAGER",
    ]);
    // create-developer stored the developer's credentials: developer commands follow directly.
    let project = home.ok(&["developer", "create-project", "-o", "id"]);
    let config = home.path().join("version.json");
    std::fs::write(&config, r#"{"modes":[{"name":"m","min_players":1,"max_players":2,"groups":[{"name":"g","min_players":1,"max_players":2}]}]}"#).unwrap();
    let version = home.ok(&[
        "developer",
        "create-version",
        &tenant,
        &project,
        config.to_str().unwrap(),
        "-o",
        "id",
    ]);
    (tenant, project, version)
}

/// A version whose runtime exits at once: `deploy-version --wait` exits with 1 and the reason
/// once the deployment FAILED, showing the deployment's events; `get-deployment-events` and
/// `get-deployment-runtimes` show the same. `rollback` without a previous deployment says how
/// to name the version; with --to-version it deploys it.
#[test]
fn a_failed_rollout_is_reported_with_its_reason_and_events() {
    let server = Server::start_with(|c| {
        c.runtimes_driver = omgservers::config::RuntimesDriver::Process;
        c.runtimes_process_command = Some("echo 'boom: no main.lua' >&2; exit 3".to_owned());
        c.controller_tick = std::time::Duration::from_millis(200);
        c.runtimes_restart_backoff_initial = std::time::Duration::from_millis(100);
        c.deployments_readiness_attempts = 2;
    });
    let home = Home::new();
    let (tenant, project, version) = developer_world(&home, &server.url());
    server.push_image(&tenant, &project, &version);
    let stderr = home.fails(
        &["developer", "deploy-version", "--wait", "--timeout", "60s"],
        1,
    );
    let deployment = home.ok(&["environment", "print-variable", "DEPLOYMENT"]);
    assert!(
        stderr.contains(&format!(
            "error: deployment {deployment} FAILED: lobby runtime"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("failed 2 starts in a row: exited with code 3"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the stage's previous deployment keeps serving"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("Events of deployment {deployment}:")),
        "{stderr}"
    );
    for kind in ["STARTED", "RUNTIME_FAILED", "BACKOFF", "DEPLOYMENT_FAILED"] {
        assert!(stderr.contains(kind), "{kind}: {stderr}");
    }

    let events = json(&home.ok(&["developer", "get-deployment-events", "-o", "json"]));
    let kinds: Vec<&str> = events["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"STARTED"), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&"DEPLOYMENT_FAILED"), "{kinds:?}");
    let table = home.ok(&["developer", "get-deployment-events", "--limit", "1"]);
    assert!(table.contains("DEPLOYMENT_FAILED"), "{table}");
    assert!(
        !table.contains("STARTED"),
        "--limit 1 keeps the newest only: {table}"
    );
    let runtimes = home.ok(&["developer", "get-deployment-runtimes"]);
    assert!(
        runtimes.contains("STOPPED") && runtimes.contains("FAILURES"),
        "{runtimes}"
    );
    let details = home.ok(&["developer", "get-deployment-details"]);
    assert!(details.contains("FAILED"), "{details}");

    let stderr = home.fails(&["developer", "rollback"], 1);
    assert!(
        stderr.contains("has no READY deployment to roll back from"),
        "{stderr}"
    );
    let out = home.ok(&[
        "developer",
        "rollback",
        "--to-version",
        &version,
        "-o",
        "id",
    ]);
    assert_ne!(out.trim(), deployment, "a new deployment");
}

/// What `omgctl developer <command> --watch --interval 200ms` prints in 1.5 s.
fn watched(home: &Home, command: &str) -> String {
    let mut watching = home
        .std_cmd()
        .args(["developer", command, "--watch", "--interval", "200ms"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    watching.kill().unwrap();
    let watched = watching.wait_with_output().unwrap();
    String::from_utf8_lossy(&watched.stdout).into_owned()
}

/// `deploy-version --wait` waits for the version's image before deploying (it times out, and
/// deploys nothing, without one), then until the lobby runtime is really up: here the server's
/// `process` driver runs the example echo runtime, which must connect and talk to the server.
#[test]
fn deploy_wait_waits_for_the_image_and_a_running_lobby_runtime() {
    let server = Server::with_echo_runtimes();
    let home = Home::new();
    let (tenant, project, version) = developer_world(&home, &server.url());

    // No image: times out, deploys nothing.
    let stderr = home.fails(
        &["developer", "deploy-version", "--wait", "--timeout", "2s"],
        1,
    );
    assert!(stderr.contains("waiting for an image"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "timed out after 2s waiting for version {version} to get an image"
        )),
        "{stderr}"
    );
    home.fails(&["environment", "print-variable", "DEPLOYMENT"], 3);

    // The image arrives while omgctl waits: it deploys and follows the lobby runtime up.
    let child = home
        .std_cmd()
        .args([
            "developer",
            "deploy-version",
            "--wait",
            "--timeout",
            "90s",
            "-o",
            "id",
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    server.push_image(&tenant, &project, &version);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("waiting for an image"), "{stderr}");
    assert!(
        stderr.contains(&format!("Version {version} has image")),
        "{stderr}"
    );
    // (It may be READY at the first look, so a PENDING line is not always there.)
    assert!(
        stderr.contains("is READY: lobby runtime") && stderr.contains("is running"),
        "{stderr}"
    );
    let deployment = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(
        home.ok(&["environment", "print-variable", "DEPLOYMENT"]),
        deployment
    );

    // The runtimes, as a table and as the wire DTO.
    let runtimes = json(&home.ok(&["developer", "get-deployment-runtimes", "-o", "json"]));
    let list = runtimes["runtimes"].as_array().unwrap();
    let lobby = list
        .iter()
        .find(|r| r["qualifier"] == "LOBBY" && r["ready"] == true)
        .unwrap_or_else(|| panic!("no ready lobby runtime: {runtimes}"));
    assert_eq!(lobby["container_state"], "RUNNING", "{runtimes}");
    assert_eq!(lobby["starts"], 1, "{runtimes}");
    let ids = home.ok(&[
        "developer",
        "get-deployment-runtimes",
        &tenant,
        &deployment,
        "-o",
        "id",
    ]);
    assert!(
        ids.lines().any(|l| l == lobby["id"].as_str().unwrap()),
        "{ids}"
    );
    let table = home.ok(&["developer", "get-deployment-runtimes"]);
    insta::assert_snapshot!("deployment_runtimes_table", redact(&table));

    // The stage's status: the deployment READY with its running lobby, as the wire DTO, as
    // tab-separated tables (stdout is a pipe here) and as ids; --watch prints it again and again.
    let status = json(&home.ok(&["developer", "status", "-o", "json"]));
    let first = &status["status"]["deployments"][0];
    assert_eq!(first["id"], deployment.as_str(), "{status}");
    assert_eq!(first["state"], "READY", "{status}");
    assert_eq!(first["lobbies"][0]["runtime_status"], "RUNNING", "{status}");
    assert_eq!(
        home.ok(&["developer", "get-stage-status", "-o", "id"]),
        deployment
    );
    let table = home.ok(&["developer", "status"]);
    let row = table
        .lines()
        .find(|l| l.starts_with(&format!("{deployment}\t")))
        .unwrap_or_else(|| panic!("no row of the deployment: {table}"));
    let cells: Vec<&str> = row.split('\t').collect();
    assert_eq!(cells[1], version, "{row}");
    assert_eq!(&cells[2..6], ["READY", "0", "0", "RUNNING 1"], "{row}");
    assert!(
        table.contains("Lobbies\nDEPLOYMENT\tLOBBY\tRUNTIME\tSTATUS\tCLIENTS\tCREATED\n"),
        "{table}"
    );
    assert!(!table.contains('│'), "no borders in a pipe: {table}");
    // No player has joined: the stage has no client yet; then two join.
    assert_eq!(
        home.ok(&["developer", "list-clients"]),
        "CLIENT\tUSER\tDEPLOYMENT\tSTATE\tRUNTIME\tRUNTIME ID\tSINCE\tLAST ACTIVITY"
    );
    let stage = home.ok(&["environment", "print-variable", "STAGE"]);
    let (_, first_client) = server.join(&tenant, &project, &stage);
    let (second_user, second_client) = server.join(&tenant, &project, &stage);
    assert_eq!(
        home.ok(&["developer", "list-clients", "-o", "id"]),
        format!("{first_client}\n{second_client}")
    );
    assert_eq!(
        home.ok(&["developer", "clients", "--limit", "1", "-o", "id"]),
        first_client
    );
    let mine = json(&home.ok(&["developer", "clients", "--user", &second_user, "-o", "json"]));
    assert_eq!(mine["clients"].as_array().unwrap().len(), 1, "{mine}");
    assert_eq!(mine["clients"][0]["id"], second_client.as_str(), "{mine}");
    assert_eq!(
        mine["clients"][0]["deployment_id"],
        deployment.as_str(),
        "{mine}"
    );
    // The lists of everything above the game, from the remembered tenant, project and stage.
    assert_eq!(
        home.ok(&["developer", "list-projects", "-o", "id"]),
        project
    );
    assert_eq!(home.ok(&["developer", "stages", "-o", "id"]), stage);
    assert_eq!(
        home.ok(&["developer", "list-versions", "-o", "id"]),
        version
    );
    assert_eq!(
        home.ok(&["developer", "list-deployments", "-o", "id"]),
        deployment
    );
    let versions = home.ok(&["developer", "versions"]);
    let row: Vec<&str> = versions.lines().nth(1).unwrap().split('\t').collect();
    assert_eq!(&row[..4], [version.as_str(), "-", "1", "1"], "{versions}");
    // The runtimes: the one lobby with both players; no match; --watch lists again and again.
    let runtimes = home.ok(&["developer", "list-runtimes"]);
    let mut lines = runtimes.lines();
    assert_eq!(
        lines.next().unwrap(),
        "ID\tDEPLOYMENT\tQUALIFIER\tLOBBY/MATCH\tMODE\tSTATUS\tCLIENTS\tSTARTS\tFAILURES\tSINCE\tDETAIL"
    );
    let row: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(row[0], lobby["id"].as_str().unwrap(), "{runtimes}");
    assert_eq!(
        &row[1..4],
        [
            deployment.as_str(),
            "LOBBY",
            first["lobbies"][0]["id"].as_str().unwrap()
        ],
        "{runtimes}"
    );
    assert_eq!(&row[4..7], ["-", "RUNNING", "2"], "{runtimes}");
    assert_eq!(
        home.ok(&["developer", "runtimes", "--lobbies", "-o", "id"]),
        lobby["id"].as_str().unwrap()
    );
    assert_eq!(
        home.ok(&["developer", "runtimes", "--matches", "-o", "id"]),
        ""
    );
    // Field selection, YAML, and JSON in the server's field order (sorted, `clients` would
    // come before `id`).
    assert_eq!(
        home.ok(&[
            "developer",
            "runtimes",
            "-o",
            "jsonpath=$.runtimes[?@.qualifier == 'LOBBY'].clients"
        ]),
        "2"
    );
    assert_eq!(
        home.ok(&["developer", "deployments", "-o", "jsonpath=$..id"]),
        deployment
    );
    let yaml = home.ok(&["developer", "deployments", "-o", "yaml"]);
    assert!(
        yaml.starts_with(&format!(
            "deployments:\n- id: '{deployment}'\n  version_id: '{version}'\n  state: READY\n"
        )),
        "{yaml}"
    );
    let text = home.ok(&["developer", "deployments", "-o", "json"]);
    let at = |field: &str| text.find(&format!("\"{field}\"")).unwrap();
    assert!(
        at("id") < at("version_id") && at("version_id") < at("clients"),
        "{text}"
    );
    let stderr = home.fails(&["developer", "deployments", "-o", "jsonpath=$.["], 2);
    assert!(stderr.contains("invalid JSONPath `$.[`"), "{stderr}");
    let printed = watched(&home, "runtimes");
    assert!(
        printed.matches("QUALIFIER").count() >= 3,
        "listed again every 200 ms: {printed}"
    );
    let printed = watched(&home, "status");
    assert!(
        printed.matches("Lobbies").count() >= 3,
        "printed again every 200 ms: {printed}"
    );

    // The second player kicked: asked for without a terminal unless --yes; then gone from the
    // list; a second kick finds nothing (exit 3, or 0 with --ignore-not-found).
    let refused = home.fails(&["developer", "kick-client", &tenant, &second_client], 2);
    assert!(refused.contains("--yes"), "{refused}");
    let kicked = home.ok(&["developer", "kick-client", &tenant, &second_client, "--yes"]);
    assert_eq!(kicked, "KICKED\ttrue");
    assert_eq!(
        home.ok(&["developer", "list-clients", "-o", "id"]),
        first_client
    );
    home.fails(&["developer", "kick", &tenant, &second_client, "--yes"], 3);
    home.ok(&[
        "developer",
        "kick",
        &tenant,
        &second_client,
        "--yes",
        "--ignore-not-found",
    ]);
    // A runtime process' output is its log (the echo runtime writes nothing: empty); a runtime
    // that is not there: not found (3), with a hint.
    let json_logs = json(&home.ok(&[
        "developer",
        "get-runtime-logs",
        &tenant,
        lobby["id"].as_str().unwrap(),
        "-o",
        "json",
    ]));
    assert_eq!(
        json_logs["container"],
        format!("process of runtime {}", lobby["id"].as_str().unwrap()),
        "{json_logs}"
    );
    let stderr = home.fails(&["developer", "get-runtime-logs", &tenant, "1"], 3);
    assert!(
        stderr.contains("developer/get-runtime-logs failed: HTTP 404"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: a runtime has logs once its container or process started"),
        "{stderr}"
    );
}

/// When the lobby runtime never comes up (this server starts no runtimes), `--wait` times out
/// with exit code 1, the deployment still PENDING, and shows the runtimes' states. `create-version --wait` waits for an image
/// and says which version it waits for before it does.
#[test]
fn deploy_wait_times_out_showing_runtime_states_and_create_version_waits_for_an_image() {
    let server = Server::start();
    let home = Home::new();
    let (tenant, project, version) = developer_world(&home, &server.url());
    server.push_image(&tenant, &project, &version);

    let stderr = home.fails(
        &["developer", "deploy-version", "--wait", "--timeout", "3s"],
        1,
    );
    let deployment = home.ok(&["environment", "print-variable", "DEPLOYMENT"]);
    assert!(
        stderr.contains(&format!(
            "error: timed out after 3s waiting for deployment {deployment} to be READY"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the deployment stays and becomes READY or FAILED on its own"),
        "{stderr}"
    );
    // The runtimes' states: a lobby runtime that never talked to the server, or none at all.
    assert!(
        (stderr.contains(&format!("Runtimes of deployment {deployment}:"))
            && stderr.contains("LOBBY")
            && stderr.contains("PENDING"))
            || stderr.contains(&format!("Deployment {deployment} has no runtime")),
        "{stderr}"
    );
    let table = home.ok(&["developer", "get-deployment-runtimes"]);
    assert!(table.contains("READY"), "{table}");

    // create-version --wait: the id is remembered and announced before the wait …
    let config = home.path().join("version.json");
    let stderr = home.fails(
        &[
            "developer",
            "create-version",
            &tenant,
            &project,
            config.to_str().unwrap(),
            "--wait",
            "--timeout",
            "2s",
        ],
        1,
    );
    let waited = home.ok(&["environment", "print-variable", "VERSION"]);
    assert_ne!(waited, version);
    assert!(
        stderr.contains(&format!("Version was created, VERSION={waited}")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("omgservers/{tenant}/{project}/universal:{waited}")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "timed out after 2s waiting for version {waited} to get an image"
        )),
        "{stderr}"
    );
    // … so another process can push meanwhile; then it succeeds and prints the id.
    let child = home
        .std_cmd()
        .args([
            "developer",
            "create-version",
            &tenant,
            &project,
            config.to_str().unwrap(),
            "--wait",
            "--timeout",
            "60s",
            "-o",
            "id",
        ])
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let pushed = loop {
        let remembered = home
            .cmd()
            .args(["environment", "print-variable", "VERSION"])
            .output()
            .unwrap();
        let v = String::from_utf8_lossy(&remembered.stdout).into_owned();
        if v != waited {
            break v;
        }
        assert!(
            started.elapsed().as_secs() < 30,
            "create-version never remembered VERSION"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    server.push_image(&tenant, &project, &pushed);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), pushed);
    assert!(
        stderr.contains(&format!("Version {pushed} has image")),
        "{stderr}"
    );
}

/// The Docker host pool from the admin's side, with hosts that do not answer (nothing listens
/// on ports 1 and 9): they are added all the same, drained, undrained and deleted.
#[test]
fn pool_host_commands() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    // The server adds the local Docker engine when one answers; start from an empty pool.
    for id in home.ok(&["admin", "get-pool-hosts", "-o", "id"]).lines() {
        assert_eq!(
            home.ok(&["admin", "delete-pool-host", "--yes", id, "-o", "id"]),
            "true"
        );
    }
    let out = home
        .cmd()
        .args(["admin", "get-pool-hosts"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("The pool has no hosts"),
        "{out:?}"
    );

    let create = |uri: &str, extra: &[&str]| {
        let out = home
            .cmd()
            .args([
                "admin",
                "create-pool-host",
                uri,
                "--cpus",
                "4",
                "--memory-mb",
                "8192",
            ])
            .args(["--max-containers", "20", "-o", "json"])
            .args(extra)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        (json(&String::from_utf8_lossy(&out.stdout)), stderr)
    };
    let (first, stderr) = create("tcp://127.0.0.1:9", &[]);
    assert!(
        stderr.contains("warning: the host does not answer"),
        "{stderr}"
    );
    assert!(stderr.contains("Pool host was added, ID="), "{stderr}");
    let host = &first["host"];
    assert_eq!(host["docker_daemon_uri"], "tcp://127.0.0.1:9");
    assert_eq!(host["reachable"], false);
    assert_eq!(host["draining"], false);
    assert_eq!(host["cpu_count"], 4);
    assert_eq!(host["memory_size"], 8192);
    assert_eq!(host["max_containers"], 20);
    let first_id = host["id"].as_str().unwrap().to_owned();
    let (second, _) = create("tcp://127.0.0.1:1", &[]);
    let second_id = second["host"]["id"].as_str().unwrap().to_owned();

    // The same URI again: refused (409), with a hint.
    let stderr = home.fails(
        &[
            "admin",
            "create-pool-host",
            "tcp://127.0.0.1:9",
            "--cpus",
            "1",
            "--memory-mb",
            "1024",
            "--max-containers",
            "1",
        ],
        1,
    );
    assert!(
        stderr.contains("admin/create-pool-host failed: HTTP 409"),
        "{stderr}"
    );
    assert!(stderr.contains("already in the pool"), "{stderr}");
    assert!(
        stderr.contains("hint: `omgctl admin get-pool-hosts`"),
        "{stderr}"
    );

    // Drain and undo.
    let drained = json(&home.ok(&["admin", "drain-pool-host", &second_id, "-o", "json"]));
    assert_eq!(drained["host"]["draining"], true);
    let back = json(&home.ok(&[
        "admin",
        "drain-pool-host",
        &second_id,
        "--undo",
        "-o",
        "json",
    ]));
    assert_eq!(back["host"]["draining"], false);
    let out = home
        .cmd()
        .args(["admin", "drain-pool-host", &first_id])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(&format!("Pool host {first_id} is draining")),
        "{out:?}"
    );

    // The list: table (snapshot), json (the wire DTO), ids.
    let list = json(&home.ok(&["admin", "get-pool-hosts", "-o", "json"]));
    let hosts = list["hosts"].as_array().unwrap();
    assert_eq!(hosts.len(), 2, "{list}");
    for h in hosts {
        for field in [
            "id",
            "docker_daemon_uri",
            "cpu_count",
            "memory_size",
            "max_containers",
            "draining",
            "reachable",
            "containers",
            "cpu_used",
            "memory_used",
            "created",
        ] {
            assert!(h.get(field).is_some(), "{field} missing: {h}");
        }
    }
    let ids = home.ok(&["admin", "get-pool-hosts", "-o", "id"]);
    assert!(ids.contains(&first_id) && ids.contains(&second_id), "{ids}");
    let table = home.ok(&["admin", "get-pool-hosts"]);
    insta::assert_snapshot!("pool_hosts_table", redact(&table));

    // Delete: both go; a second delete finds nothing (exit 3 unless --ignore-not-found).
    assert_eq!(
        home.ok(&["admin", "delete-pool-host", "--yes", &first_id, "-o", "id"]),
        "true"
    );
    let out = home
        .cmd()
        .args(["admin", "delete-pool-host", "--yes", &second_id])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("Pool host {second_id} was deleted")),
        "{out:?}"
    );
    let stderr = home.fails(&["admin", "delete-pool-host", "--yes", &second_id], 3);
    assert!(
        stderr.contains("was not found, nothing was deleted"),
        "{stderr}"
    );
    assert_eq!(
        home.ok(&[
            "admin",
            "delete-pool-host",
            "--yes",
            "--ignore-not-found",
            &second_id,
            "-o",
            "id"
        ]),
        "false"
    );
    assert_eq!(home.ok(&["admin", "get-pool-hosts", "-o", "id"]), "");

    // ping-docker-host: a host that does not answer is the server's 502 SERVER_NOT_FOUND
    // (exit 1) with the reason and a hint; a scheme Docker is not reached by is a 400.
    let stderr = home.fails(&["admin", "ping-docker-host", "tcp://127.0.0.1:9"], 1);
    assert!(
        stderr.contains("admin/ping-docker-host failed: HTTP 502 SERVER_NOT_FOUND: docker host `tcp://127.0.0.1:9` did not answer"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: the server (not this machine)"),
        "{stderr}"
    );
    let stderr = home.fails(&["admin", "ping-docker-host", "ssh://127.0.0.1:9"], 1);
    assert!(
        stderr.contains("admin/ping-docker-host failed: HTTP 400"),
        "{stderr}"
    );
}

/// `upload-files-archive --wait` follows the build: here the pool has no host to build on
/// (every host is removed first), so the build fails and its log's end is shown; exit 1.
/// `get-build-log` then prints the log on stdout and the state on stderr.
#[test]
fn upload_wait_reports_a_failed_build() {
    let server = Server::start();
    let home = Home::new();
    let (tenant, _, version) = developer_world(&home, &server.url());
    for id in home.ok(&["admin", "get-pool-hosts", "-o", "id"]).lines() {
        assert_eq!(
            home.ok(&["admin", "delete-pool-host", "--yes", id, "-o", "id"]),
            "true"
        );
    }
    let game = home.path().join("game");
    std::fs::create_dir_all(&game).unwrap();
    std::fs::write(game.join("main.lua"), "print('hi')").unwrap();
    let out = home
        .cmd()
        .args(["developer", "upload-files-archive", &tenant, &version])
        .arg(&game)
        .args(["--wait", "--timeout", "60s", "-o", "id"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let build = home.ok(&["environment", "print-variable", "BUILD_REQUEST"]);
    assert!(
        stderr.contains("Files archive was uploaded, FILES_ARCHIVE="),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("Last lines of the log of build {build}:")),
        "{stderr}"
    );
    assert!(
        stderr.contains("no reachable, non-draining pool host"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("error: build {build} of version {version} failed")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "hint: the whole log: `omgctl developer get-build-log {tenant} {build}`"
        )),
        "{stderr}"
    );

    // get-build-log with the remembered TENANT and BUILD_REQUEST.
    let out = home
        .cmd()
        .args(["developer", "get-build-log"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("Build {build} of version {version} is FAILED")),
        "{stderr}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("no reachable, non-draining pool host"),
        "{out:?}"
    );
    assert_eq!(
        home.ok(&["developer", "get-build-log", "-o", "id"]),
        "FAILED"
    );
    let log = json(&home.ok(&["developer", "get-build-log", &tenant, &build, "-o", "json"]));
    assert_eq!(log["state"], "FAILED", "{log}");
    assert_eq!(log["build_request_id"], build.as_str(), "{log}");
    // The version's build requests show the state.
    let table = home.ok(&["developer", "get-version-details"]);
    assert!(table.contains("FAILED"), "{table}");
}

/// get-build-log of a build request that does not exist (or on a server without the builder):
/// 404, exit 3, said clearly; without an id and none remembered, a usage error.
#[test]
fn build_log_of_an_unknown_build() {
    let server = Server::start();
    let home = Home::new();
    let (tenant, _, _) = developer_world(&home, &server.url());
    let out = home
        .cmd()
        .args(["developer", "get-build-log", &tenant, "12345678901"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("developer/get-build-log failed: HTTP 404"),
        "{stderr}"
    );
    // No build request remembered and none given: a usage error naming the producer.
    let stderr = home.fails(&["developer", "get-build-log"], 2);
    assert!(
        stderr.contains("no BUILD_REQUEST is remembered"),
        "{stderr}"
    );
}

/// `get-runtime-logs --follow` against a real Docker engine: a runtime that crashes at once is
/// restarted in a new container of the same name each time; following prints each container's
/// output once, in order (the timestamps only rise), until interrupted.
#[test]
fn runtime_logs_follow_a_crashing_runtime_across_its_containers() {
    omgservers_e2e::docker::require_docker();
    let server = Server::start_with(|c| {
        c.runtimes_driver = omgservers::config::RuntimesDriver::Docker;
        c.registry_uri = "http://127.0.0.1:5999".to_owned();
        c.controller_tick = std::time::Duration::from_millis(200);
        // Restarts keep coming while omgctl follows, however late it starts: the backoff
        // stays short and the deployment does not give up (it would stop the restarts).
        c.runtimes_restart_backoff_initial = std::time::Duration::from_millis(300);
        c.runtimes_restart_backoff_max = std::time::Duration::from_millis(600);
        c.deployments_readiness_attempts = 1000;
        c.runtimes_docker_stop_on_shutdown = true;
    });
    let home = Home::new();
    let (tenant, project, version) = developer_world(&home, &server.url());
    let image = omgservers_e2e::docker::runtime_image(
        "crash-runtime",
        &format!("127.0.0.1:5999/omgservers/{tenant}/{project}/universal:{version}"),
    );
    let _cleanup =
        omgservers_e2e::docker::Cleanup::installation(&server.installation()).with(image);
    server.push_image(&tenant, &project, &version);
    home.ok(&["developer", "deploy-version"]);
    // The lobby runtime, once it exists.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let runtime = loop {
        let ids = home.ok(&["developer", "get-deployment-runtimes", "-o", "id"]);
        if let Some(id) = ids.lines().next() {
            break id.to_owned();
        }
        assert!(std::time::Instant::now() < deadline, "no runtime");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    let mut following = home
        .std_cmd()
        .args([
            "developer",
            "logs",
            &tenant,
            &runtime,
            "--follow",
            "--timestamps",
        ])
        .spawn()
        .unwrap();
    // Read what it prints as it comes, until three restarts' lines (or 30 s: a busy machine
    // starts containers slowly), then stop following.
    let stdout = following.stdout.take().unwrap();
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let reader = {
        let lines = lines.clone();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
            {
                lines.lock().unwrap().push(line);
            }
        })
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while lines.lock().unwrap().len() < 3 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    following.kill().unwrap();
    let out = following.wait_with_output().unwrap();
    reader.join().unwrap();
    let printed = lines.lock().unwrap().join("\n");
    let stamps: Vec<std::time::SystemTime> = printed
        .lines()
        .map(|line| {
            let (stamp, text) = line.split_once(' ').unwrap_or_default();
            assert!(text.contains("the game failed to load"), "{printed}");
            humantime::parse_rfc3339_weak(stamp).unwrap_or_else(|_| panic!("{printed}"))
        })
        .collect();
    assert!(
        stamps.len() >= 2,
        "each restart's output: {printed}; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stamps.windows(2).all(|w| w[0] < w[1]),
        "each line once, in order: {printed}"
    );
    let runtimes = json(&home.ok(&["developer", "get-deployment-runtimes", "-o", "json"]));
    let starts = runtimes["runtimes"][0]["starts"].as_i64().unwrap();
    assert!(
        usize::try_from(starts).unwrap() >= stamps.len(),
        "no more lines than starts ({starts}): {printed}"
    );
}

/// `admin move-slots` to a shard database that does not answer (its PostgreSQL killed after the
/// server started): the server gives the move up once `OMGSERVERS_SLOT_MOVES_TIMEOUT` has passed
/// since it locked the slot, and the command fails, naming the slots that stayed where they were.
#[test]
fn a_slot_move_given_up_fails_the_command() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (lost, shards) = runtime.block_on(async {
        let lost = omgservers_e2e::postgres::CrashableCluster::start().await;
        let shards = vec![
            omgservers_e2e::postgres::fresh_database().await,
            lost.database().await,
        ];
        (lost, shards)
    });
    let server = Server::start_on(omgservers_e2e::Backend::Postgres, move |c| {
        c.database_shards = shards;
        c.server_shard_count = 8;
        c.slot_moves_timeout = std::time::Duration::from_secs(2);
    });
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    lost.kill();
    let started = std::time::Instant::now();
    let stderr = home.fails(
        &[
            "admin",
            "move-slots",
            "--to",
            "1",
            "--timeout",
            "60s",
            "0",
            "2",
        ],
        1,
    );
    assert!(
        stderr.contains("slots 0,2 were not moved to database 1")
            && stderr.contains("given up (OMGSERVERS_SLOT_MOVES_TIMEOUT)"),
        "{stderr}"
    );
    assert!(started.elapsed() >= std::time::Duration::from_secs(2));
    let view: Value =
        serde_json::from_str(&home.ok(&["admin", "get-slot-databases", "-o", "json"])).unwrap();
    assert_eq!(view["moves"], serde_json::json!([]), "{view}");
    assert_eq!(
        view["databases"][0]["slots"],
        serde_json::json!([0, 2, 4, 6]),
        "{view}"
    );
}

/// `admin get-slot-databases`, `admin move-slots` and `admin cancel-slot-moves` against a
/// server with two shard databases: the move waits until done, ranges are read, a cancel of
/// slots not moving changes nothing, and refusals exit non-zero.
#[test]
fn slot_database_commands() {
    let shards: Vec<String> = tokio::runtime::Runtime::new().unwrap().block_on(async {
        vec![
            omgservers_e2e::postgres::fresh_database().await,
            omgservers_e2e::postgres::fresh_database().await,
        ]
    });
    let server = Server::start_on(omgservers_e2e::Backend::Postgres, move |c| {
        c.database_shards = shards;
        c.server_shard_count = 8;
    });
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let before = home.ok(&["admin", "get-slot-databases"]);
    assert!(before.contains("0\ttrue\t4\t0,2,4,6"), "{before}");
    assert_eq!(
        home.ok(&["admin", "get-slot-databases", "-o", "id"]),
        "0\n1"
    );

    let out = home
        .cmd()
        .args(["admin", "move-slots", "--to", "1", "0-1", "4"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("Slots 0-1,4 are in database 1"), "{stderr}");
    let after = String::from_utf8_lossy(&out.stdout);
    assert!(after.contains("0\ttrue\t2\t2,6"), "{after}");
    assert!(after.contains("1\ttrue\t6\t0-1,3-5,7"), "{after}");
    let view: Value =
        serde_json::from_str(&home.ok(&["admin", "get-slot-databases", "-o", "json"])).unwrap();
    assert_eq!(view["moves"], serde_json::json!([]));

    // Nothing is moving: a cancel leaves the slots where they are.
    let out = home
        .cmd()
        .args(["admin", "cancel-slot-moves", "2-3"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("Slots 2-3: not moving when asked; nothing to cancel"),
        "{stderr}"
    );
    let kept = String::from_utf8_lossy(&out.stdout);
    assert!(kept.contains("0\ttrue\t2\t2,6"), "{kept}");
    let stderr = home.fails(&["admin", "cancel-slot-moves", "8"], 1);
    assert!(stderr.contains("slot 8 does not exist"), "{stderr}");

    let stderr = home.fails(&["admin", "move-slots", "--to", "2", "3"], 1);
    assert!(stderr.contains("numbered 0 to 1"), "{stderr}");
    let stderr = home.fails(&["admin", "move-slots", "--to", "0", "5-3"], 2);
    assert!(
        stderr.contains("from the lower slot to the higher"),
        "{stderr}"
    );
}
