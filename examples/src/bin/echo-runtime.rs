//! The smallest runtime: answers every player message with the same message. Lobby and match
//! alike; used by the benchmark tool for round trips.

use omgservers_sdk::runtime::{RuntimeClient, RuntimeEnv};
use omgservers_sdk::types::commands::{IncomingCommandBody, OutgoingCommand, RespondClientBody};

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let result = async {
        let client = RuntimeClient::connect(RuntimeEnv::from_env()?).await?;
        client
            .run(|command| match command {
                IncomingCommandBody::HandleMessage(m) => {
                    vec![OutgoingCommand::RespondClient(RespondClientBody {
                        client_id: m.client_id,
                        message: m.message.clone(),
                    })]
                }
                _ => vec![],
            })
            .await
    }
    .await;
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("echo-runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
