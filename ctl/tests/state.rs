//! omgctl's saved state when several omgctl commands run at once (a CI job's parallel steps).

mod common;

use common::Home;

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
