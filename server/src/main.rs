//! The `omgservers` binary: parse the configuration, start, serve until SIGTERM or Ctrl-C.

use std::process::ExitCode;

use clap::Parser;
use omgservers::config::{Config, LogFormat};

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(&config.logging_level)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match config.logging_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    init_logging(&config);
    match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("omgservers: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> anyhow::Result<()> {
    for (name, why) in Config::unused_env_vars() {
        tracing::warn!(%name, %why, "environment variable has no effect");
    }
    if config.dev {
        tracing::warn!("development mode: bootstrap users without a configured password use their alias as password");
    }
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
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
    omgservers::serve(state, listener, shutdown_signal()).await?;
    Ok(())
}
