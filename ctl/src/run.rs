//! Runs a parsed command: dispatches it to its noun's module (`commands`), prints what it
//! produced and turns an error into its message, hint and exit code.

use crate::cli::{Cli, Command};
use crate::client::Ctx;
use crate::commands::{admin, developer, environment, support};
use crate::error::CtlError;
use crate::store::{Paths, Store};
use crate::ui::{Out, Ui};

pub use crate::commands::environment::PUBLIC_URL;

/// Runs the command and returns its exit code.
pub fn run(cli: Cli) -> u8 {
    let mut ui = Ui::new(cli.global.output.clone(), cli.global.color);
    ui.verbose = cli.global.verbose;
    ui.no_headers = cli.global.no_headers;
    ui.request_timeout = cli.global.request_timeout;
    match execute(cli, &ui) {
        Ok(out) => {
            ui.print(&out);
            0
        }
        Err(e) => {
            ui.error(&e.to_string(), &e.hint());
            e.exit_code()
        }
    }
}

fn execute(cli: Cli, ui: &Ui) -> Result<Out, CtlError> {
    if let Command::Completions { shell } = cli.command {
        let mut cmd = crate::cli::command();
        clap_complete::generate(shell, &mut cmd, "omgctl", &mut std::io::stdout());
        return Ok(Out::default());
    }
    let store = Store::load(Paths::discover()?)?;
    let mut ctx = Ctx::new(store, cli.global.env.clone(), ui.clone());
    let out = match cli.command {
        Command::Completions { .. } => Ok(Out::default()),
        Command::Logs { lines, clear } => environment::logs(&ctx, lines, clear),
        Command::Environment(c) => environment::run(&mut ctx, c),
        Command::Admin(c) => admin::run(&mut ctx, c),
        Command::Support(c) => support::run(&mut ctx, c),
        Command::Developer(c) => developer::run(&mut ctx, c),
    }?;
    ctx.remember_explicit()?;
    Ok(out)
}
