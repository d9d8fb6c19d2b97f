//! Generated files must match the clap definition: shell completions (`completions/`), man pages
//! (`docs/man/`) and `docs/cli.md`. Regenerate with `UPDATE_DOCS=1 cargo test -p omgctl --test cli
//! generated::`. `--help` output is snapshot-tested.

use std::path::{Path, PathBuf};

use crate::common::Home;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn update() -> bool {
    std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1")
}

/// Compares or (with UPDATE_DOCS=1) writes a generated file.
fn check(path: &Path, generated: &str, drifted: &mut Vec<String>) {
    if update() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, generated).unwrap();
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current != generated {
        drifted.push(path.display().to_string());
    }
}

fn finish(drifted: Vec<String>) {
    assert!(
        drifted.is_empty(),
        "out of date (regenerate with UPDATE_DOCS=1 cargo test -p omgctl --test cli generated::): {drifted:#?}"
    );
}

#[test]
fn completions_are_up_to_date() {
    let home = Home::new();
    let mut drifted = Vec::new();
    for (shell, file) in [
        ("bash", "omgctl.bash"),
        ("zsh", "_omgctl"),
        ("fish", "omgctl.fish"),
        ("powershell", "_omgctl.ps1"),
        ("elvish", "omgctl.elv"),
    ] {
        let script = home.ok(&["completions", shell]);
        assert!(script.contains("omgctl"), "{shell}");
        assert!(script.contains("deploy-version"), "{shell}");
        if matches!(shell, "bash" | "zsh") {
            // Permission names complete (their values are listed in the clap definition).
            for permission in ["TENANT_VIEWER", "VERSION_MANAGER", "DEPLOYMENT_MANAGER"] {
                assert!(script.contains(permission), "{shell}: {permission}");
            }
        }
        check(
            &workspace().join("completions").join(file),
            &format!("{script}\n"),
            &mut drifted,
        );
    }
    finish(drifted);
}

fn built() -> clap::Command {
    let mut cmd = omgctl::cli::command().term_width(100);
    cmd.build();
    cmd
}

/// Every command with its full name, depth-first.
fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, clap::Command)>) {
    path.push(cmd.get_name().to_owned());
    out.push((path.clone(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        walk(sub, path, out);
    }
    path.pop();
}

fn markdown() -> String {
    let root = built();
    let mut all = Vec::new();
    walk(&root, &mut Vec::new(), &mut all);
    let mut md = String::from(
        "# omgctl command reference\n\n<!-- Generated from the clap definition by `UPDATE_DOCS=1 cargo test -p omgctl --test cli generated::`; do not edit. -->\n\n",
    );
    md.push_str("Guides: [environments, credentials and scripting](#environments-credentials-and-scripting) below the reference; CI: [ci-github-actions.md](ci-github-actions.md).\n\n");
    md.push_str("## Commands\n\n");
    for (path, cmd) in &all {
        if path.len() == 1 {
            continue;
        }
        let anchor = path.join("-");
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        md.push_str(&format!(
            "{}- [`{}`](#{anchor}): {about}\n",
            "  ".repeat(path.len() - 2),
            path.join(" ")
        ));
    }
    md.push('\n');
    for (path, cmd) in &all {
        let level = "#".repeat((path.len() + 1).min(4));
        md.push_str(&format!("{level} {}\n\n", path.join(" ")));
        let mut cmd = cmd.clone();
        let help = cmd.render_long_help().to_string();
        md.push_str("```text\n");
        md.push_str(help.trim_end());
        md.push_str("\n```\n\n");
    }
    md.push_str(include_str!("../../docs-guide.md"));
    md
}

#[test]
fn cli_reference_is_up_to_date() {
    let mut drifted = Vec::new();
    check(&workspace().join("docs/cli.md"), &markdown(), &mut drifted);
    finish(drifted);
}

#[test]
fn man_pages_are_up_to_date() {
    let root = built();
    let mut all = Vec::new();
    walk(&root, &mut Vec::new(), &mut all);
    let dir = workspace().join("docs/man");
    let mut drifted = Vec::new();
    let mut expected = Vec::new();
    for (path, cmd) in all {
        let name = path.join("-");
        let mut buf = Vec::new();
        clap_mangen::Man::new(cmd).render(&mut buf).unwrap();
        let mut page = String::from_utf8(buf).unwrap();
        if path.len() == 1 {
            // omgctl(1) also says which variables and files omgctl reads.
            page.push_str(&omgctl::manual::man_sections());
        }
        let file = format!("{name}.1");
        check(&dir.join(&file), &page, &mut drifted);
        expected.push(file);
    }
    // No stale pages of removed commands.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !expected.contains(&name) {
            if update() {
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                drifted.push(format!("stale {name}"));
            }
        }
    }
    finish(drifted);
}

#[test]
fn help_snapshots() {
    let home = Home::new();
    insta::assert_snapshot!("help_root", home.ok(&["--help"]));
    insta::assert_snapshot!("help_developer", home.ok(&["developer", "--help"]));
    insta::assert_snapshot!(
        "help_deploy_version",
        home.ok(&["developer", "deploy-version", "--help"])
    );
    // Help also answers to the upstream `help` spelling.
    assert_eq!(
        home.ok(&["help", "support"]),
        home.ok(&["support", "--help"])
    );
}

/// Every upstream command exists, spelled kebab-case, with the camelCase alias.
#[test]
fn every_upstream_command_is_covered() {
    let upstream = [
        ("environment", "reset printCurrent printVariable useEnvironment usePublic useLocal"),
        ("admin", "useCredentials printCurrent createToken calculateShard generateId bcryptHash pingDockerHost"),
        ("support", "useCredentials printCurrent createToken createTenant createTenantAlias deleteTenant createProject createProjectAlias deleteProject createDeveloper createTenantPermission deleteTenantPermission createProjectPermission deleteProjectPermission createStagePermission deleteStagePermission"),
        ("developer", "useCredentials printCurrent createToken getTenantDetails createProject createProjectAlias getProjectDetails deleteProject createStage createStageAlias getStageDetails deleteStage createVersion uploadFilesArchive getVersionDetails deleteVersion deployVersion getDeploymentDetails deleteDeployment createLobbyRequest deleteLobby createMatchmakerRequest deleteMatchmaker"),
    ];
    let root = built();
    assert!(root.find_subcommand("logs").is_some());
    for (group, commands) in upstream {
        let group_cmd = root.find_subcommand(group).unwrap();
        for camel in commands.split(' ') {
            let mut kebab = String::new();
            for c in camel.chars() {
                if c.is_ascii_uppercase() {
                    kebab.push('-');
                    kebab.push(c.to_ascii_lowercase());
                } else {
                    kebab.push(c);
                }
            }
            let sub = group_cmd
                .find_subcommand(&kebab)
                .unwrap_or_else(|| panic!("missing {group} {kebab}"));
            if camel != kebab {
                assert!(
                    sub.get_all_aliases().any(|a| a == camel),
                    "{group} {kebab} lacks the alias {camel}"
                );
            }
            assert!(
                sub.get_long_about()
                    .is_some_and(|a| a.to_string().contains("Example:")),
                "{group} {kebab} has no example"
            );
        }
    }
}

/// omgctl(1)'s ENVIRONMENT section names exactly the fixed OMGCTL_* variables the sources read
/// (the per-role OMGCTL_<ROLE>_* ones are built with format! and named there by example).
#[test]
fn the_man_page_names_every_variable_omgctl_reads() {
    let mut read = std::collections::BTreeSet::new();
    let mut sources = Vec::new();
    let mut dirs = vec![workspace().join("ctl/src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.file_name().is_some_and(|n| n != "manual.rs") {
                sources.push(path);
            }
        }
    }
    assert!(sources.len() > 20, "{sources:?}");
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, _) in text.match_indices("\"OMGCTL_") {
            let name: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                .collect();
            if name != "OMGCTL_" {
                read.insert(name);
            }
        }
    }
    let documented: std::collections::BTreeSet<String> = omgctl::manual::ENVIRONMENT
        .iter()
        .flat_map(|(names, _)| names.split(", "))
        .filter(|n| n.starts_with("OMGCTL_") && !n.contains("ADMIN"))
        .map(str::to_owned)
        .collect();
    assert_eq!(read, documented);
}

/// Dynamic completion (`source <(COMPLETE=bash omgctl)`) completes the configured environment
/// names for --env and for the environment commands that take an existing one.
#[test]
fn dynamic_completion_lists_the_environments() {
    let home = Home::new();
    home.ok(&[
        "environment",
        "use-environment",
        "staging",
        "http://127.0.0.1:1",
    ]);
    home.ok(&[
        "environment",
        "use-environment",
        "production",
        "http://127.0.0.1:2",
    ]);
    let complete = |index: &str, words: &[&str]| {
        let out = home
            .cmd()
            .env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", index)
            .env("_CLAP_COMPLETE_COMP_TYPE", "9")
            .arg("--")
            .args(words)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let names = complete("2", &["omgctl", "--env", ""]);
    assert_eq!(names.lines().collect::<Vec<_>>(), ["production", "staging"]);
    assert_eq!(
        complete("3", &["omgctl", "environment", "delete", "st"]).trim(),
        "staging"
    );
    assert_eq!(
        complete("3", &["omgctl", "environment", "rename", "pro"]).trim(),
        "production"
    );
}

/// The release configuration (docs/install.md "Releases"): `dist build` needs `[profile.dist]`;
/// the checked-in workflow must be the one `dist generate` writes for the pinned cargo-dist (it
/// installs that version on the runners), pinned at a release whose runner images GitHub still
/// offers (0.30.1 moved off the retired ones); the server gets no `curl | sh` installer. `dist
/// plan` itself needs the tool installed, so this cheap check is what runs with the tests.
#[test]
fn the_release_configuration_is_consistent() {
    let read = |path: &str| std::fs::read_to_string(workspace().join(path)).unwrap();
    let cargo = read("Cargo.toml");
    assert!(
        cargo.contains("[profile.dist]\ninherits = \"release\"\n"),
        "Cargo.toml has no [profile.dist]: `dist build` fails on every target without it"
    );
    let dist = read("dist-workspace.toml");
    let version = dist
        .lines()
        .find_map(|line| line.strip_prefix("cargo-dist-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("dist-workspace.toml pins cargo-dist-version");
    let numbers: Vec<u32> = version.split('.').map(|n| n.parse().unwrap()).collect();
    assert!(
        numbers >= vec![0, 30, 1],
        "cargo-dist {version} generates retired runners"
    );
    assert!(
        !dist.contains("allow-dirty"),
        "the workflow must be generated, not ignored"
    );
    assert!(dist.contains("precise-builds = true"), "{dist}");
    let workflow = read(".github/workflows/release.yml");
    assert!(
        workflow.contains(&format!(
            "cargo-dist/releases/download/v{version}/cargo-dist-installer.sh"
        )),
        ".github/workflows/release.yml is not the one cargo-dist {version} writes: run `dist generate`"
    );
    for retired in ["ubuntu-20.04", "windows-2019", "macos-13\""] {
        assert!(!workflow.contains(retired), "release.yml runs on {retired}");
    }
    let server = read("server/Cargo.toml");
    assert!(
        server.contains("[package.metadata.dist]\ndist = true\ninstallers = []\n"),
        "{server}"
    );
}
