//! Docker for the tests: a check that the engine answers, example runtimes built as static
//! binaries into `FROM scratch` images (no base image can be pulled here), and a look at the
//! containers a server manages. Tests needing Docker fail with a clear message when it is
//! missing; they are never skipped.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// The label every managed container carries (`pool::docker::labels::INSTALLATION`).
pub const INSTALLATION_LABEL: &str = "io.omgservers.installation";

/// `docker <args>` (legacy builder), whatever its outcome.
pub fn docker(args: &[&str]) -> std::process::Output {
    Command::new("docker")
        .args(args)
        .env("DOCKER_BUILDKIT", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run `docker {}`: {e}", args.join(" ")))
}

/// `docker <args>`, which must succeed; its output, trimmed.
pub fn checked(args: &[&str]) -> String {
    let out = docker(args);
    assert!(
        out.status.success(),
        "`docker {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Panics unless a Docker engine answers.
pub fn require_docker() {
    let out = Command::new("docker")
        .args(["version", "--format", "{{.Server.Version}}"])
        .output();
    match out {
        Ok(out) if out.status.success() => {}
        other => panic!(
            "these tests need a running Docker engine (apt-get install docker.io; start dockerd — \
             .ci/run does both): {other:?}"
        ),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Builds an example runtime (`examples/src/bin/<bin>.rs`) as a static binary and returns its
/// path.
pub fn static_runtime(bin: &str) -> PathBuf {
    static_binary("omgservers-examples", bin)
}

/// Builds binary `bin` of `package` statically linked (debug profile) and returns its path. The
/// static builds share their own target directory: the static flags would otherwise rebuild
/// the workspace's.
pub fn static_binary(package: &str, bin: &str) -> PathBuf {
    static BUILD: Mutex<()> = Mutex::new(());
    let _one_at_a_time = BUILD.lock().unwrap_or_else(|p| p.into_inner());
    let root = workspace_root();
    let target_dir = root.join("target").join("static-runtimes");
    let triple = "x86_64-unknown-linux-gnu";
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(&root)
        .args([
            "build", "--locked", "-p", package, "--bin", bin, "--target", triple,
        ])
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("RUSTFLAGS", "-C target-feature=+crt-static")
        .status()
        .expect("run cargo");
    assert!(status.success(), "static build of {bin} failed");
    target_dir.join(triple).join("debug").join(bin)
}

/// Builds `FROM scratch` image `tag` holding the static example runtime `bin` as its
/// entrypoint.
pub fn runtime_image(bin: &str, tag: &str) {
    require_docker();
    let binary = static_runtime(bin);
    let context = tempfile::tempdir().expect("temp dir");
    std::fs::copy(&binary, context.path().join("runtime")).expect("copy runtime");
    std::fs::write(
        context.path().join("Dockerfile"),
        "FROM scratch\nCOPY runtime /runtime\nENTRYPOINT [\"/runtime\"]\n",
    )
    .expect("Dockerfile");
    let dir = context.path().to_string_lossy().into_owned();
    checked(&["build", "-q", "-t", tag, &dir]);
}

/// A managed container as `docker ps -a` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub state: String,
}

/// The label naming a managed container's deployment (`pool::docker::labels::DEPLOYMENT_ID`).
pub const DEPLOYMENT_LABEL: &str = "io.omgservers.deployment-id";

/// The containers of one installation (running or not).
pub fn containers(installation: &str) -> Vec<Listed> {
    labelled(INSTALLATION_LABEL, installation)
}

/// The containers whose label `key` is `value` (running or not).
pub fn labelled(key: &str, value: &str) -> Vec<Listed> {
    let filter = format!("label={key}={value}");
    checked(&[
        "ps",
        "-a",
        "--no-trunc",
        "--filter",
        &filter,
        "--format",
        "{{.ID}} {{.Names}} {{.State}}",
    ])
    .lines()
    .filter_map(|line| {
        let mut parts = line.split_whitespace();
        Some(Listed {
            id: parts.next()?.to_owned(),
            name: parts.next()?.to_owned(),
            state: parts.next()?.to_owned(),
        })
    })
    .collect()
}

pub fn kill(container: &str) {
    checked(&["kill", container]);
}

/// Removes every container of an installation (test clean-up).
pub fn remove_all(installation: &str) {
    remove_labelled(INSTALLATION_LABEL, installation);
}

/// Removes every container whose label `key` is `value` (test clean-up).
pub fn remove_labelled(key: &str, value: &str) {
    for c in labelled(key, value) {
        let _ = docker(&["rm", "-f", &c.id]);
    }
}

/// `docker inspect --format <format> <container>`, trimmed.
pub fn inspect(container: &str, format: &str) -> String {
    checked(&["inspect", "--format", format, container])
        .trim()
        .to_owned()
}

/// A container's output.
pub fn logs(container: &str) -> String {
    let out = docker(&["logs", container]);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
