//! `omgctl`, the command-line tool for admins, support and developers. Its commands are built
//! in issue 3; until then this binary only says so, so that nobody mistakes it for a working
//! tool.

use std::process::ExitCode;

fn main() -> ExitCode {
    eprintln!(
        "omgctl {}: not implemented yet; use the HTTP API (docs/api.md) or omgserversctl.sh",
        env!("CARGO_PKG_VERSION")
    );
    ExitCode::FAILURE
}
