//! omgctl's OS keyring path on Linux (`OMGCTL_KEYRING=on`, docs/cli.md "Credentials"): the
//! kernel keyring (keyutils, through the `keyring` crate) holds the password and the token,
//! other omgctl processes read them from there, credentials.json never sees them, and deleting
//! the environment removes them from the keyring.

use linux_keyutils::{KeyRing, KeyRingIdentifier};

use crate::common::{Home, Server};

/// Runs keyutils calls on a thread of their own: linking the persistent keyring gives the
/// calling thread a session keyring, which every omgctl it started afterwards would inherit,
/// and omgctl must be tested as it starts from a shell: without one.
fn apart<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(f).join().expect("keyutils thread")
}

fn description(account: &str) -> String {
    format!("keyring-rs:{account}@omgctl")
}

/// The secret the kernel keyring holds for omgctl's `account` (`<env>/<role>/<secret>`), read
/// where the `keyring` crate keeps it: description `keyring-rs:<account>@omgctl`, in the user's
/// persistent keyring (persistent-keyring(7)).
fn in_keyring(account: &str) -> Option<String> {
    let description = description(account);
    apart(move || {
        let persistent = KeyRing::get_persistent(KeyRingIdentifier::Session).ok()?;
        let key = persistent.search(&description).ok()?;
        String::from_utf8(key.read_to_vec().ok()?).ok()
    })
}

/// Whether the user's session keyring (where a process without a session keyring of its own
/// lands, and where nothing of omgctl's belongs) holds `account`.
fn in_user_session_keyring(account: &str) -> bool {
    let description = description(account);
    apart(move || {
        KeyRing::from_special_id(KeyRingIdentifier::UserSession, false)
            .and_then(|keyring| keyring.search(&description))
            .is_ok()
    })
}

/// Takes the test's keys out of the keyring when the test ends, passed or failed.
struct Forget(String);

impl Drop for Forget {
    fn drop(&mut self) {
        let env = self.0.clone();
        // A regression leaves them in the user's session keyring; looked up from a thread
        // that has no session keyring of its own, so that one is its session keyring.
        let accounts: Vec<String> = ["password", "token"]
            .iter()
            .map(|secret| description(&format!("{env}/admin/{secret}")))
            .collect();
        apart(move || {
            if let Ok(keyring) = KeyRing::from_special_id(KeyRingIdentifier::UserSession, false) {
                for description in &accounts {
                    if let Ok(key) = keyring.search(description) {
                        let _ = key.invalidate();
                    }
                }
            }
        });
        apart(move || {
            let Ok(persistent) = KeyRing::get_persistent(KeyRingIdentifier::Session) else {
                return;
            };
            for secret in ["password", "token"] {
                if let Ok(key) = persistent.search(&description(&format!("{env}/admin/{secret}"))) {
                    let _ = key.invalidate();
                }
            }
        });
    }
}

/// Whether this machine lets processes use the kernel's persistent keyring (a container's
/// default seccomp profile refuses the keyutils calls; some kernels have no persistent
/// keyrings): a probe key stored in and taken out of it, as omgctl would.
fn kernel_keyring_usable() -> bool {
    apart(|| {
        let Ok(persistent) = KeyRing::get_persistent(KeyRingIdentifier::Session) else {
            return false;
        };
        match persistent.add_key(
            &format!("omgctl-test-probe-{}", std::process::id()),
            "probe",
        ) {
            Ok(key) => key.invalidate().is_ok(),
            Err(_) => false,
        }
    })
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("JSON output")
}

#[test]
fn credentials_live_in_the_kernel_keyring_when_asked() {
    let server = Server::start();
    let home = Home::new();
    // The user's keyring outlives the test: a name of its own keeps runs apart.
    let env = format!(
        "keyring-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    );
    let _forget = Forget(env.clone());
    let omgctl = |args: &[&str], stdin: &str| {
        let out = home
            .cmd()
            .env("OMGCTL_KEYRING", "on")
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("omgctl runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "omgctl {args:?}: {stderr}");
        (
            String::from_utf8_lossy(&out.stdout).trim().to_owned(),
            stderr,
        )
    };
    omgctl(&["environment", "use-environment", &env, &server.url()], "");
    if !kernel_keyring_usable() {
        // No keyring to test: omgctl must then fall back to the file, and say so.
        omgctl(
            &["admin", "use-credentials", "admin", "--password-stdin"],
            "admin\n",
        );
        let current = json(&omgctl(&["admin", "print-current", "-o", "json"], "").0);
        assert_eq!(current["password_source"], "credentials file", "{current}");
        eprintln!("the kernel keyring is refused here: only omgctl's fallback was checked");
        return;
    }
    omgctl(
        &["admin", "use-credentials", "admin", "--password-stdin"],
        "admin\n",
    );

    // The kernel's persistent keyring holds both secrets (not the user's session keyring,
    // where the first entry of each process went before); the file neither.
    assert_eq!(
        in_keyring(&format!("{env}/admin/password")).as_deref(),
        Some("admin")
    );
    for secret in ["password", "token"] {
        let account = format!("{env}/admin/{secret}");
        assert!(
            !in_user_session_keyring(&account),
            "{account} in the user session keyring"
        );
    }
    let token = in_keyring(&format!("{env}/admin/token")).expect("the admin token in the keyring");
    assert_eq!(token.split('.').count(), 3, "a JWT: {token}");
    let file = home.path().join("credentials.json");
    let stored = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        !stored.contains(&token) && !stored.contains("\"admin\""),
        "{stored}"
    );

    // Another process finds them there and uses them.
    let (current, _) = omgctl(&["admin", "print-current", "-o", "json"], "");
    let current = json(&current);
    assert_eq!(current["password_source"], "OS keyring", "{current}");
    assert_eq!(current["token_source"], "OS keyring", "{current}");
    let (id, _) = omgctl(&["admin", "generate-id", "-o", "id"], "");
    assert!(
        id.parse::<i64>().is_ok(),
        "an id, generated with the keyring's token: {id}"
    );

    // With OMGCTL_KEYRING=off the keyring is not read: no password, no token.
    let current = json(&home.ok(&["admin", "print-current", "-o", "json"]));
    assert_eq!(
        current["password_source"],
        serde_json::Value::Null,
        "{current}"
    );
    assert_eq!(
        current["token_source"],
        serde_json::Value::Null,
        "{current}"
    );

    // Deleting the environment takes its secrets out of the keyring.
    omgctl(&["environment", "delete", &env, "--yes"], "");
    for secret in ["password", "token"] {
        assert_eq!(
            in_keyring(&format!("{env}/admin/{secret}")),
            None,
            "{secret}"
        );
    }
}
