//! The workspace's own binaries (the server, omgbench, the example runtimes) for tests that run
//! them as processes or pack them into images.
//!
//! They are the binaries `cargo test --workspace` builds anyway, with the features the whole
//! workspace's tests unify to. Building one package's binary on its own (`cargo build -p …`)
//! resolves features for that package alone, so cargo compiled a second copy of the dependency
//! tree for it, and a statically linked build (`+crt-static`) a third: minutes of every run and
//! gigabytes of disk (issue 16, "cost"). Images take the dynamically linked binary with the
//! shared libraries it loads instead (`docker::runtime_image`).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

/// The path of workspace binary `name` in the target directory and profile this test binary
/// was built in, making sure it is current: the first call in a test process runs
/// `cargo test --workspace --no-run`, which builds nothing when the caller is itself part of a
/// `cargo test --workspace` run (the README's test command) and otherwise builds what the
/// workspace's tests build, with the same features.
///
/// Panics when cargo fails or the binary is not a workspace binary.
pub fn workspace_binary(name: &str) -> PathBuf {
    static BUILT: Once = Once::new();
    let profile_dir = profile_dir();
    BUILT.call_once(|| {
        let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        let target_dir = profile_dir.parent().expect("target dir");
        cargo
            .current_dir(workspace_root())
            .args(["test", "--workspace", "--no-run", "--quiet", "--locked"])
            .arg("--target-dir")
            .arg(target_dir);
        if profile_dir.file_name().is_some_and(|p| p == "release") {
            cargo.arg("--release");
        }
        let status = cargo.status().expect("cargo runs");
        assert!(status.success(), "cargo test --workspace --no-run failed");
    });
    let binary = profile_dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(binary.exists(), "{} is not built", binary.display());
    binary
}

/// The `omgservers` server binary (`workspace_binary`).
pub fn server_binary() -> PathBuf {
    workspace_binary("omgservers")
}

/// `target/<profile>`: a test binary lives in its `deps` folder.
fn profile_dir() -> PathBuf {
    let test_binary = std::env::current_exe().expect("the test binary's path");
    test_binary
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/deps/<test binary>")
        .to_path_buf()
}

/// The workspace root (this crate sits one level below it).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}
