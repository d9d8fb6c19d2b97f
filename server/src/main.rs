//! The `omgservers` binary: parse the configuration, start, serve until SIGTERM or Ctrl-C.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use omgservers::config::Config;

/// Resolves on SIGTERM or Ctrl-C. The handlers are registered when this is called, before the
/// port is bound, so a signal that arrives during start-up is not lost.
fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate())?;
        let mut interrupt = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => {},
                _ = interrupt.recv() => {},
            }
            tracing::info!("shutting down");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down");
        })
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let matches = Config::command().get_matches();
    let mut config = Config::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    config.server_index = Config::server_index_from(std::env::vars());
    config.database_shards = match Config::database_shards_from(std::env::vars()) {
        Ok(shards) => shards,
        Err(e) => {
            eprintln!("omgservers: {e}");
            return ExitCode::from(2);
        }
    };
    if config.check_ready {
        return omgservers::http::service::check_ready(config.listen).await;
    }
    let traces = match omgservers::logging::init(&config) {
        Ok(traces) => traces,
        Err(e) => {
            eprintln!("omgservers: {e}");
            return ExitCode::from(2);
        }
    };
    for id in omgservers::config::SECRET_SETTINGS {
        if matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine) {
            let env = Config::command()
                .get_arguments()
                .find(|a| a.get_id() == *id)
                .and_then(|a| a.get_env().map(|e| e.to_string_lossy().into_owned()))
                .unwrap_or_default();
            tracing::warn!("--{} was given on the command line, where the process list shows it; set {env} instead", id.replace('_', "-"));
        }
    }
    let code = match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let e = Failure(e);
            tracing::error!("{e}");
            eprintln!("omgservers: {e}");
            match e.0.downcast_ref::<omgservers::StartError>() {
                Some(omgservers::StartError::Config(_)) => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    };
    if let Some(traces) = traces {
        // Off the runtime's threads: the exporter's last send blocks.
        let _ = tokio::task::spawn_blocking(move || traces.shutdown()).await;
    }
    code
}

async fn run(config: Config) -> anyhow::Result<()> {
    for (name, why) in Config::unused_env_vars() {
        tracing::warn!(%name, %why, "environment variable has no effect");
    }
    if config.dev {
        tracing::warn!("development mode: bootstrap users without a configured password use their alias as password");
    }
    let shutdown = shutdown_signal()?;
    let listener = omgservers::http::listener::bind(config.listen)?;
    let address = listener.local_addr()?;
    let data_dir = config.data_dir.clone();
    let (state, generated) = omgservers::prepare(config).await?;
    if !generated.is_empty() {
        println!(
            "Generated bootstrap credentials (shown once; kept 0600 in {}):",
            data_dir.join("bootstrap-credentials").display()
        );
        for credential in &generated {
            println!("  {} / {}", credential.alias, credential.password);
        }
    }
    tracing::info!(%address, data_dir = %data_dir.display(), backend = ?state.db.backend, "omgservers listening");
    omgservers::serve(state, listener, shutdown).await?;
    Ok(())
}

/// Why the server stopped: the error and its causes, each said once. Errors here mostly say
/// their cause in their own message as well as giving it as a source (so that `{}` alone is
/// enough where they are logged); a cause whose text is already said is skipped.
struct Failure(anyhow::Error);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut said = self.0.to_string();
        f.write_str(&said)?;
        for cause in self.0.chain().skip(1) {
            let cause = cause.to_string();
            if !said.contains(&cause) {
                write!(f, ": {cause}")?;
                said.push_str(&cause);
            }
        }
        Ok(())
    }
}
