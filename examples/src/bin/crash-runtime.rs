//! A runtime that fails at start, as a game whose scripts do not load: it prints why on stderr
//! and exits with code 3 before its first interchange. Tests of crash backoff and gated rollout
//! run it as a container image.

fn main() -> std::process::ExitCode {
    eprintln!("crash-runtime: the game failed to load (on purpose)");
    std::process::ExitCode::from(3)
}
