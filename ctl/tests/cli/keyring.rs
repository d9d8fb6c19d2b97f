//! omgctl's OS keyring path on Linux (`OMGCTL_KEYRING=on`, docs/cli.md "Credentials"): the
//! kernel keyring (keyutils, through the `keyring` crate) holds the password and the token,
//! other omgctl processes read them from there, credentials.json never sees them, and deleting
//! the environment removes them from the keyring.

use linux_keyutils::{KeyRing, KeyRingIdentifier};

use crate::common::{Home, Server};

/// The secret the kernel keyring holds for omgctl's `account` (`<env>/<role>/<secret>`), read
/// where the `keyring` crate keeps it: description `keyring-rs:<account>@omgctl`, in the user's
/// persistent keyring (persistent-keyring(7)).
fn in_keyring(account: &str) -> Option<String> {
    let persistent = KeyRing::get_persistent(KeyRingIdentifier::Session).ok()?;
    let key = persistent
        .search(&format!("keyring-rs:{account}@omgctl"))
        .ok()?;
    String::from_utf8(key.read_to_vec().ok()?).ok()
}

/// Takes the test's keys out of the keyring when the test ends, passed or failed.
struct Forget(String);

impl Drop for Forget {
    fn drop(&mut self) {
        let Ok(persistent) = KeyRing::get_persistent(KeyRingIdentifier::Session) else {
            return;
        };
        for secret in ["password", "token"] {
            let description = format!("keyring-rs:{}/admin/{secret}@omgctl", self.0);
            if let Ok(key) = persistent.search(&description) {
                let _ = key.invalidate();
            }
        }
    }
}

/// Whether this machine lets processes use the kernel keyring (a container's default seccomp
/// profile refuses `add_key`): a probe key stored in and taken out of the persistent keyring.
fn kernel_keyring_usable() -> bool {
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
    let (_, stderr) = omgctl(
        &["admin", "use-credentials", "admin", "--password-stdin"],
        "admin\n",
    );
    assert!(!stderr.contains("warning"), "{stderr}");

    // The kernel holds both secrets; the file neither.
    assert_eq!(
        in_keyring(&format!("{env}/admin/password")).as_deref(),
        Some("admin")
    );
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
    assert_eq!(current["password_source"], "-", "{current}");
    assert_eq!(current["token_source"], "-", "{current}");

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
