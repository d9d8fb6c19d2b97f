//! The interactive password prompt, driven through a real pseudo-terminal.
#![cfg(unix)]

use crate::common::{Home, Server};

fn spawn(home: &Home, args: &[&str]) -> rexpect::session::PtySession {
    // As from a terminal: SIGINT at its default action even when the tests were started in a
    // way that ignores it (a background job without job control), which omgctl would inherit.
    let mut cmd = std::process::Command::new("env");
    cmd.args(["--default-signal=INT", env!("CARGO_BIN_EXE_omgctl")]);
    for (key, _) in std::env::vars() {
        if key.starts_with("OMGCTL_") {
            cmd.env_remove(key);
        }
    }
    cmd.env("OMGCTL_CONFIG_DIR", home.path())
        .env("OMGCTL_KEYRING", "off")
        .env("NO_COLOR", "1")
        .env("TERM", "dumb")
        .args(args);
    rexpect::session::spawn_command(cmd, Some(30_000)).expect("spawn in a pty")
}

#[test]
fn use_credentials_prompts_on_a_terminal() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-environment", "dev", &server.url()]);

    let mut session = spawn(&home, &["support", "use-credentials", "support"]);
    session
        .exp_string("support password for support")
        .expect("the prompt");
    session.send_line("support").expect("typing");
    session
        .exp_string("Credentials were stored and a token created")
        .expect("confirmation");
    session.exp_eof().expect("exits");

    let current = home.ok(&["support", "print-current", "-o", "json"]);
    let current: serde_json::Value = serde_json::from_str(&current).unwrap();
    assert_eq!(current["user"], "support");
    assert_eq!(current["token_source"], "credentials file");

    // Ctrl-C at the prompt ends omgctl instead of leaving it waiting.
    let mut session = spawn(&home, &["admin", "use-credentials", "admin"]);
    session
        .exp_string("admin password for admin")
        .expect("the prompt");
    session.send_control('c').expect("ctrl-c");
    session.exp_eof().expect("exits after ctrl-c");
}

#[test]
fn a_delete_asks_on_a_terminal_and_defaults_to_no() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let tenant = home.ok(&["support", "create-tenant", "-o", "id"]);

    let mut session = spawn(&home, &["support", "delete-tenant", &tenant]);
    session
        .exp_string(&format!("Delete tenant {tenant} and everything under it"))
        .expect("the question");
    session.send_line("").expect("enter: the default");
    session.exp_string("nothing was deleted").expect("declined");
    session.exp_eof().expect("exits");
    // Still there: an alias can be given to it.
    home.ok(&["support", "create-tenant-alias", &tenant, "kept"]);

    let mut session = spawn(&home, &["support", "delete-tenant", &tenant]);
    session
        .exp_string("everything under it")
        .expect("the question");
    session.send_line("y").expect("yes");
    session
        .exp_string(&format!("Tenant {tenant} was deleted"))
        .expect("deleted");
    session.exp_eof().expect("exits");
}

/// A call that takes longer than a second shows a spinner on a terminal, naming the call:
/// here the server pings a Docker host that accepts the connection and never answers (a
/// silent listener on loopback), so `admin ping-docker-host` waits for the server's timeout.
#[test]
fn a_slow_call_shows_a_spinner_on_a_terminal() {
    let server = Server::start();
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", &server.url()]);
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let uri = format!("tcp://{}", silent.local_addr().unwrap());
    // Accepts and holds connections, answering nothing.
    let held = std::thread::spawn(move || {
        let mut open = Vec::new();
        for stream in silent.incoming().take(4) {
            open.push(stream);
        }
        std::thread::sleep(std::time::Duration::from_secs(30));
    });
    let mut session = spawn(&home, &["admin", "ping-docker-host", &uri]);
    session
        .exp_string("waiting for admin/ping-docker-host")
        .expect("a spinner after a second");
    session
        .exp_string("did not answer")
        .expect("the server's answer once it gave up");
    session.exp_eof().expect("exits");
    drop(held);
}
