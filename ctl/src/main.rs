//! `omgctl` entry point: parse, run, exit with the documented code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `COMPLETE=<shell> omgctl …` (what `source <(COMPLETE=bash omgctl)` installs) answers a
    // completion request, environment names among the candidates, and exits.
    clap_complete::CompleteEnv::with_factory(omgctl::cli::command).complete();
    let cli = match omgctl::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print on stdout and succeed; parse errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    ExitCode::from(omgctl::run::run(cli))
}
