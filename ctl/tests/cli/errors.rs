//! Exit codes, messages and hints, and the rules for non-interactive runs.

use crate::common::{Home, Server};

#[test]
fn usage_errors_exit_2_and_name_the_fix() {
    let home = Home::new();
    // clap usage errors
    let stderr = home.fails(&["support", "create-tenant-alias"], 2);
    assert!(stderr.contains("<TENANT_ID>"), "{stderr}");
    home.fails(&["no-such-group"], 2);
    let stderr = home.fails(
        &["support", "create-tenant-permission", "t", "1", "NOPE"],
        2,
    );
    assert!(stderr.contains("NOPE"), "{stderr}");
    // no environment configured
    let stderr = home.fails(&["support", "create-tenant"], 2);
    assert!(stderr.contains("no environment is configured"), "{stderr}");
    assert!(stderr.contains("use-local"), "{stderr}");
    // --env naming an unknown environment
    let stderr = home.fails(&["--env", "nope", "admin", "generate-id"], 2);
    assert!(
        stderr.contains("environment `nope` does not exist"),
        "{stderr}"
    );
    // colors only when asked for (NO_COLOR is set by the test kit)
    assert!(!stderr.contains('\x1b'), "{stderr}");
    let stderr = home.fails(&["--color", "always", "support", "create-tenant"], 2);
    assert!(stderr.contains("\x1b[1;31merror:"), "{stderr}");
    // a bad URL
    home.fails(
        &["environment", "use-environment", "x", "localhost:8080"],
        2,
    );
}

#[test]
fn use_credentials_never_prompts_without_a_tty() {
    let home = Home::new();
    home.ok(&["environment", "use-environment", "x", "http://127.0.0.1:9"]);
    let stderr = home.fails(&["admin", "use-credentials", "admin"], 2);
    assert!(stderr.contains("--password-stdin"), "{stderr}");
    assert!(stderr.contains("OMGCTL_ADMIN_PASSWORD"), "{stderr}");
    // Developers sign in by numeric id.
    let stderr = home.fails(
        &["developer", "use-credentials", "bob", "--password-stdin"],
        2,
    );
    assert!(stderr.contains("numeric user id"), "{stderr}");
}

#[test]
fn password_stdin_and_positional_password() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-environment", "dev", &server.url()]);
    let out = home
        .cmd()
        .args(["admin", "use-credentials", "admin", "--password-stdin"])
        .write_stdin("admin\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let current = home.ok(&["admin", "print-current", "-o", "json"]);
    let current: serde_json::Value = serde_json::from_str(&current).unwrap();
    assert_eq!(current["user"], "admin");
    assert_eq!(current["password_source"], "credentials file");
    assert_eq!(current["token_source"], "credentials file");
    // A wrong password: the server's qualifier, exit 4, a hint.
    let out = home
        .cmd()
        .args(["support", "use-credentials", "support", "--password-stdin"])
        .write_stdin("wrong\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("WRONG_CREDENTIALS"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
    // Refused credentials are not stored.
    let stderr = home.fails(&["support", "print-current"], 4);
    assert!(stderr.contains("no support user"), "{stderr}");
    let stored = std::fs::read_to_string(home.path().join("credentials.json")).unwrap();
    assert!(!stored.contains("wrong"), "{stored}");
    // Positional passwords work with a warning.
    let out = home
        .cmd()
        .args(["support", "use-credentials", "support", "support"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("warning:"), "{stderr}");

    // Files are private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["config.json", "credentials.json", "state/requests.log"] {
            let mode = std::fs::metadata(home.path().join(f))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{f}");
        }
    }
}

#[test]
fn not_found_forbidden_and_unauthenticated_exit_codes() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let tenant = home.ok(&["support", "create-tenant", "-o", "id"]);
    let developer = home.ok(&["support", "create-developer", "-o", "id"]);

    // Not found: exit 3 with the server's qualifier and message.
    let stderr = home.fails(&["support", "delete-tenant", "no-such-tenant", "--yes"], 3);
    assert!(stderr.contains("OBJECT_NOT_FOUND"), "{stderr}");
    // Forbidden: the developer has no permission on the tenant; the hint names the grant.
    let stderr = home.fails(&["developer", "get-tenant-details", &tenant], 4);
    assert!(stderr.contains("PERMISSION_NOT_FOUND"), "{stderr}");
    assert!(stderr.contains("create-tenant-permission"), "{stderr}");
    // No credentials for the role: exit 4, naming the env vars.
    let other = Home::new();
    other.ok(&["environment", "use-environment", "x", &server.url()]);
    let stderr = other.fails(&["developer", "create-project", &tenant], 4);
    assert!(stderr.contains("OMGCTL_DEVELOPER_USER"), "{stderr}");
    // A variable that is not set: exit 3.
    let stderr = home.fails(&["environment", "print-variable", "DEPLOYMENT"], 3);
    assert!(stderr.contains("DEPLOYMENT is not set"), "{stderr}");
    // Omitted ids without a remembered value: usage error naming the producer.
    let stderr = other.fails(&["developer", "get-tenant-details"], 2);
    assert!(stderr.contains("create-tenant"), "{stderr}");
    let _ = developer;
    // A server that is not there: exit 1 with a hint.
    let gone = Home::new();
    gone.ok(&["environment", "use-local", "--url", "http://127.0.0.1:9"]);
    let stderr = gone.fails(&["support", "create-tenant"], 1);
    assert!(stderr.contains("cannot reach"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");
}

#[test]
fn environments_are_profiles() {
    let home = Home::new();
    home.ok(&["environment", "use-environment", "a", "http://127.0.0.1:1/"]);
    home.ok(&["environment", "use-environment", "b", "http://127.0.0.1:2"]);
    assert_eq!(
        home.ok(&["environment", "print-variable", "ENVIRONMENT_NAME"]),
        "b"
    );
    assert_eq!(
        home.ok(&["--env", "a", "environment", "print-variable", "SERVICE_URL"]),
        "http://127.0.0.1:1"
    );
    let out = home
        .cmd()
        .env("OMGCTL_ENV", "a")
        .args(["environment", "print-current", "-o", "json"])
        .output()
        .unwrap();
    let current: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(current["environment_name"], "a");
    home.ok(&["environment", "use-public"]);
    assert_eq!(
        home.ok(&["environment", "print-variable", "SERVICE_URL"]),
        "https://api.omgservers.com"
    );
    home.ok(&["environment", "reset", "--yes"]);
    home.fails(&["environment", "print-current"], 2);
}

/// A delete asks first; without a terminal to ask on it is refused (exit 2, nothing deleted)
/// unless --yes or OMGCTL_YES=1 says so; deleting what is not there exits 3 unless
/// --ignore-not-found, as `kubectl delete` does.
#[test]
fn deletes_are_confirmed_and_a_missing_object_exits_3() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let tenant = home.ok(&["support", "create-tenant", "-o", "id"]);
    let developer = home.ok(&["support", "create-developer", "-o", "id"]);

    let stderr = home.fails(&["support", "delete-tenant", &tenant], 2);
    assert!(stderr.contains("no terminal to confirm on"), "{stderr}");
    assert!(stderr.contains("--yes"), "{stderr}");
    // Still there.
    home.ok(&["support", "create-tenant-alias", &tenant, "still-here"]);
    // --dry-run asks nothing (there is nothing to confirm), prints what would go, deletes
    // nothing and keeps the remembered values.
    home.ok(&["support", "create-project", &tenant]);
    let out = home
        .cmd()
        .args(["support", "delete-tenant", &tenant, "--dry-run"])
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("PROJECTS\t1\nSTAGES\t1\nVERSIONS\t0\nDEPLOYMENTS\t0\n"),
        "{stdout}"
    );
    assert!(stderr.contains("Dry run: nothing was deleted"), "{stderr}");
    let project = home.ok(&["environment", "print-variable", "PROJECT"]);
    let plan = home.ok(&[
        "support",
        "delete-project",
        &tenant,
        &project,
        "--dry-run",
        "-o",
        "json",
    ]);
    assert!(plan.contains("\"stages\": 1"), "{plan}");
    home.fails(
        &["support", "delete-tenant", "no-such-tenant", "--dry-run"],
        3,
    );
    assert_eq!(
        home.ok(&["environment", "print-variable", "TENANT"]),
        tenant
    );
    assert_eq!(
        home.ok(&["support", "delete-tenant", &tenant, "--yes", "-o", "id"]),
        "true"
    );
    // The remembered tenant went with it: no later command defaults to it.
    home.fails(&["environment", "print-variable", "TENANT"], 3);
    // An id given explicitly is remembered once the command succeeded, not when it failed.
    let other = home.ok(&["support", "create-tenant", "-o", "id"]);
    let newest = home.ok(&["support", "create-tenant", "-o", "id"]);
    assert_eq!(
        home.ok(&["environment", "print-variable", "TENANT"]),
        newest
    );
    home.ok(&["support", "create-project", &other]);
    assert_eq!(home.ok(&["environment", "print-variable", "TENANT"]), other);
    home.fails(&["support", "create-project", "no-such-tenant"], 3);
    assert_eq!(home.ok(&["environment", "print-variable", "TENANT"]), other);

    let out = home
        .cmd()
        .env("OMGCTL_YES", "1")
        .args(["support", "delete-developer", &developer, "-o", "id"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "true");
    // It was the stored developer login: that went too.
    home.fails(&["environment", "print-variable", "DEVELOPER_USER"], 3);
    home.fails(&["environment", "print-variable", "DEVELOPER_PASSWORD"], 3);
    // Gone already: exit 3, or 0 with --ignore-not-found.
    let stderr = home.fails(&["support", "delete-developer", &developer, "--yes"], 3);
    assert!(
        stderr.contains("was not found, nothing was deleted"),
        "{stderr}"
    );
    assert!(stderr.contains("--ignore-not-found"), "{stderr}");
    assert_eq!(
        home.ok(&[
            "support",
            "delete-developer",
            &developer,
            "--yes",
            "--ignore-not-found",
            "-o",
            "id"
        ]),
        "false"
    );
    // Resetting the local state is confirmed the same way.
    let stderr = home.fails(&["environment", "reset"], 2);
    assert!(stderr.contains("--yes"), "{stderr}");
    assert!(home.path().join("config.json").exists());
}

/// Support lists tenants and developers: tables, ids, JSON, and --limit.
#[test]
fn support_lists_tenants_developers_and_permissions() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let first = home.ok(&["support", "create-tenant", "-o", "id"]);
    home.ok(&["support", "create-tenant-alias", &first, "listed"]);
    let second = home.ok(&["support", "create-tenant", "-o", "id"]);
    let developer = home.ok(&["support", "create-developer", "-o", "id"]);

    let ids = home.ok(&["support", "list-tenants", "-o", "id"]);
    let ids: Vec<&str> = ids.lines().collect();
    assert!(
        ids.contains(&first.as_str()) && ids.contains(&second.as_str()),
        "{ids:?}"
    );
    assert_eq!(
        home.ok(&["support", "list-tenants", "--limit", "1", "-o", "id"])
            .lines()
            .count(),
        1
    );
    let table = home.ok(&["support", "tenants"]);
    assert!(table.starts_with("ID\tALIASES\tCREATED\n"), "{table}");
    assert!(table.contains(&format!("{first}\tlisted\t")), "{table}");

    let listed: serde_json::Value =
        serde_json::from_str(&home.ok(&["support", "list-developers", "-o", "json"])).unwrap();
    let found = listed["developers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["user_id"] == developer.as_str())
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(found["permissions"], 0, "{found}");

    // A tenant's permissions: granted ones listed, of everyone or of one developer.
    home.ok(&[
        "support",
        "create-tenant-permission",
        &first,
        &developer,
        "TENANT_VIEWER",
    ]);
    let table = home.ok(&["support", "list-permissions", &first, "--user", &developer]);
    let mut lines = table.lines();
    assert_eq!(
        lines.next(),
        Some("ID\tSCOPE\tPROJECT\tSTAGE\tUSER ID\tPERMISSION\tCREATED"),
        "{table}"
    );
    let row = lines.next().unwrap_or_else(|| panic!("{table}"));
    assert!(
        row.contains(&format!("\tTENANT\t-\t-\t{developer}\tTENANT_VIEWER\t")),
        "{table}"
    );
    assert_eq!(lines.next(), None, "{table}");
    assert_eq!(
        home.ok(&["support", "permissions", &second, "-o", "id"]),
        ""
    );
}

/// --verbose shows each request and response with secrets masked; --no-headers drops the
/// header row; --request-timeout bounds a request to a server that never answers.
#[test]
fn verbose_no_headers_and_request_timeout() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-environment", "dev", &server.url()]);
    let out = home
        .cmd()
        .args([
            "admin",
            "use-credentials",
            "admin",
            "--password-stdin",
            "--verbose",
        ])
        .write_stdin("admin\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "> POST {}/service/v1/entrypoint/admin/request/create-token",
            server.url()
        )),
        "{stderr}"
    );
    assert!(stderr.contains(r#""password":"***""#), "{stderr}");
    assert!(stderr.contains("< 200 ("), "{stderr}");
    assert!(stderr.contains(r#""raw_token":"***""#), "{stderr}");
    let stored = std::fs::read_to_string(home.path().join("credentials.json")).unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let token = stored["environments"]["dev"]["admin/token"]
        .as_str()
        .unwrap();
    assert!(!stderr.contains(token), "the token never shows: {stderr}");

    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let tenant = home.ok(&["support", "create-tenant", "-o", "id"]);
    let rows = home.ok(&["support", "list-tenants", "--no-headers"]);
    assert!(!rows.contains("ALIASES"), "{rows}");
    assert!(
        rows.lines().any(|l| l.starts_with(&format!("{tenant}\t"))),
        "{rows}"
    );

    // A server that accepts connections and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    home.ok(&["environment", "use-environment", "silent", &url]);
    let started = std::time::Instant::now();
    let out = home
        .cmd()
        .env("OMGCTL_ADMIN_USER", "admin")
        .env("OMGCTL_ADMIN_PASSWORD", "admin")
        .args(["admin", "generate-id", "--request-timeout", "300ms"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("timed out"), "{stderr}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

/// A server that does not list the `delete-dry-run` capability (upstream's, an older build)
/// would ignore `dry_run` and delete: omgctl asks `/q/info` first and sends no delete.
#[test]
fn a_dry_run_is_refused_by_a_server_that_cannot_do_one() {
    use std::io::{BufRead, BufReader, Write};
    let stub = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", stub.local_addr().unwrap());
    let (seen_tx, seen) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for stream in stub.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            let _ = reader.read_line(&mut request_line);
            let _ = seen_tx.send(request_line.trim().to_owned());
            let mut stream = stream;
            let _ = stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    let home = Home::new();
    home.ok(&["environment", "use-environment", "old", &url]);
    let stderr = home.fails(&["support", "delete-tenant", "my-studio", "--dry-run"], 1);
    assert!(stderr.contains("cannot do a dry run"), "{stderr}");
    let requests: Vec<String> = seen.try_iter().collect();
    assert_eq!(
        requests,
        ["GET /q/info HTTP/1.1"],
        "only the capability question was sent"
    );
}
