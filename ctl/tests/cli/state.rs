//! omgctl's saved state when several omgctl commands run at once (a CI job's parallel steps).

use crate::common::Home;

/// Rounds of ten commands started together, each adding an environment: every one is kept,
/// because each change is read, applied and written under the configuration's lock (without
/// it, most rounds lost some: each command wrote back the file it had read at its start).
#[test]
fn concurrent_commands_lose_nothing() {
    let home = Home::new();
    for round in 0..3 {
        let children: Vec<std::process::Child> = (0..10)
            .map(|i| {
                home.std_cmd()
                    .args([
                        "environment",
                        "use-environment",
                        &format!("e{round}-{i}"),
                        &format!("http://127.0.0.1:{}", 9000 + i),
                    ])
                    .spawn()
                    .expect("omgctl runs")
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().expect("omgctl ends");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let config: serde_json::Value =
        serde_json::from_slice(&std::fs::read(home.path().join("config.json")).unwrap()).unwrap();
    let names: Vec<&String> = config["environments"].as_object().unwrap().keys().collect();
    assert_eq!(names.len(), 30, "every environment was kept: {names:?}");
    assert_eq!(
        config["environments"]["e1-7"]["service_url"],
        "http://127.0.0.1:9007"
    );
}

/// Environments are listed, renamed (values and credentials follow) and deleted (with their
/// credentials; asked first, refused without a terminal unless --yes).
#[test]
fn environments_are_listed_renamed_and_deleted() {
    let home = Home::new();
    home.ok(&["environment", "use-local", "--url", "http://127.0.0.1:9"]);
    home.ok(&[
        "environment",
        "use-environment",
        "staging",
        "http://127.0.0.1:10",
    ]);
    let listed: serde_json::Value =
        serde_json::from_str(&home.ok(&["environment", "list", "-o", "json"])).unwrap();
    assert_eq!(listed["current"], "staging", "{listed}");
    assert_eq!(listed["environments"].as_array().unwrap().len(), 2);
    assert_eq!(
        home.ok(&["environment", "list", "-o", "id"]),
        "local\nstaging"
    );
    assert_eq!(
        home.ok(&["environment", "list"]),
        "CURRENT\tNAME\tURL\n\tlocal\thttp://127.0.0.1:9\n*\tstaging\thttp://127.0.0.1:10"
    );

    home.ok(&["environment", "rename", "local", "dev"]);
    assert_eq!(
        home.ok(&[
            "--env",
            "dev",
            "environment",
            "print-variable",
            "ADMIN_PASSWORD"
        ]),
        "admin",
        "the credentials followed"
    );
    home.fails(&["--env", "local", "environment", "print-current"], 2);
    let stderr = home.fails(&["environment", "rename", "dev", "staging"], 2);
    assert!(stderr.contains("exists already"), "{stderr}");
    home.fails(&["environment", "rename", "nope", "other"], 3);

    let stderr = home.fails(&["environment", "delete", "dev"], 2);
    assert!(stderr.contains("--yes"), "{stderr}");
    home.ok(&["environment", "delete", "dev", "--yes"]);
    assert_eq!(home.ok(&["environment", "list", "-o", "id"]), "staging");
    let credentials =
        std::fs::read_to_string(home.path().join("credentials.json")).unwrap_or_default();
    assert!(!credentials.contains("\"dev\""), "{credentials}");
    assert!(!credentials.contains("admin"), "{credentials}");
    home.fails(&["environment", "delete", "dev", "--yes"], 3);
}
