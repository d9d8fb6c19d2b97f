//! A runtime that plays every role of upstream's functional scenarios
//! (behaviour-catalogue.md §2): lobby and match behaviour chosen by the text of player
//! messages, plus these `user_data` flags of the version config:
//! `stop_matchmaking_on_add`, `upgrade_on_add`, `matchmake_on_add` (mode `test`).

use std::collections::{BTreeMap, BTreeSet};

use omgservers_sdk::runtime::{Outgoing, RuntimeClient, RuntimeEnv};
use omgservers_sdk::types::commands::*;
use omgservers_sdk::types::messages::{ConnectionProtocol, RuntimeQualifier};
use omgservers_sdk::types::{ClientId, Empty};
use serde_json::{json, Value};

#[derive(Default)]
struct Game {
    is_match: bool,
    flags: Value,
    clients: BTreeSet<ClientId>,
    profiles: BTreeMap<ClientId, Value>,
}

fn respond(client_id: ClientId, text: &str) -> OutgoingCommand {
    OutgoingCommand::RespondClient(RespondClientBody {
        client_id,
        message: json!({"text": text}),
    })
}

fn text_of(message: &Value) -> &str {
    message
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

impl Game {
    fn flag(&self, name: &str) -> bool {
        self.flags
            .get(name)
            .and_then(Value::as_bool)
            .unwrap_or(false)
    }

    fn handle(&mut self, command: &IncomingCommandBody) -> Outgoing {
        match command {
            IncomingCommandBody::InitRuntime(b) => {
                self.is_match = b.runtime_config.match_config.is_some();
                self.flags = b.runtime_config.version_config.user_data.clone();
                vec![]
            }
            IncomingCommandBody::AddClient(b) => {
                self.clients.insert(b.client_id);
                self.profiles.insert(b.client_id, b.profile.clone());
                let mut out = vec![respond(b.client_id, "client_was_added")];
                if self.flag("upgrade_on_add") {
                    out.push(upgrade(b.client_id));
                }
                if self.flag("matchmake_on_add") {
                    out.push(matchmake(b.client_id));
                }
                out
            }
            IncomingCommandBody::AddMatchClient(b) => {
                self.clients.insert(b.client_id);
                let mut out = Vec::new();
                if b.group_name == "players" {
                    out.push(respond(b.client_id, "match_client_was_added"));
                }
                if self.flag("stop_matchmaking_on_add") {
                    out.push(OutgoingCommand::StopMatchmaking(Empty));
                    out.push(respond(b.client_id, "matchmaking_was_stop"));
                }
                if self.flag("upgrade_on_add") {
                    out.push(upgrade(b.client_id));
                }
                out
            }
            IncomingCommandBody::DeleteClient(b) => {
                self.clients.remove(&b.client_id);
                if self.is_match {
                    vec![OutgoingCommand::BroadcastMessage(BroadcastMessageBody {
                        message: json!({"text": "client_was_deleted"}),
                    })]
                } else {
                    vec![]
                }
            }
            IncomingCommandBody::HandleMessage(b) => self.message(b.client_id, &b.message),
        }
    }

    // 3.14 is the value upstream's scenario stores, not an approximation of π.
    #[allow(clippy::approx_constant)]
    fn message(&mut self, from: ClientId, message: &Value) -> Outgoing {
        // One line of output per message: what a runtime log shows (docs/console.md).
        let kind = if self.is_match { "match" } else { "lobby" };
        eprintln!("catalogue-runtime: {kind} got {message} from client {from}");
        if let Some(target) = message
            .get("client_id")
            .and_then(Value::as_str)
            .and_then(|s| s.parse().ok())
        {
            return vec![OutgoingCommand::KickClient(KickClientBody {
                client_id: ClientId(target),
            })];
        }
        match (self.is_match, text_of(message)) {
            (_, "trigger_exit") => std::process::exit(0),
            // Alive but silent: no more interchanges, as a hung game server would be.
            (_, "trigger_freeze") => loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
            },
            (false, "helloworld") => vec![respond(from, "message_was_handled")],
            (true, "helloworld") => vec![respond(from, "match_message_was_handled")],
            (false, "request_matchmaking") => vec![matchmake(from)],
            (_, "kick_me") => vec![OutgoingCommand::KickClient(KickClientBody {
                client_id: from,
            })],
            (false, "init_profile") => vec![
                OutgoingCommand::SetProfile(SetProfileBody {
                    client_id: from,
                    profile: json!({"a1": 1, "a2": "string", "a3": 3.14, "a4": true}),
                }),
                respond(from, "profile_was_init"),
            ],
            (false, "check_profile") => {
                let p = self.profiles.get(&from).cloned().unwrap_or_default();
                let ok = p["a1"].is_number()
                    && p["a2"].is_string()
                    && p["a3"].is_f64()
                    && p["a4"].is_boolean();
                vec![respond(
                    from,
                    if ok {
                        "profile_was_checked"
                    } else {
                        "profile_check_failed"
                    },
                )]
            }
            (true, "broadcast_request") => {
                vec![OutgoingCommand::BroadcastMessage(BroadcastMessageBody {
                    message: json!({"text": "hello_all"}),
                })]
            }
            (true, "multicast_request") => {
                vec![OutgoingCommand::MulticastMessage(MulticastMessageBody {
                    clients: self.clients.iter().copied().collect(),
                    message: json!({"text": "hello_client_1_and_client_2"}),
                })]
            }
            _ => vec![],
        }
    }
}

fn matchmake(client_id: ClientId) -> OutgoingCommand {
    OutgoingCommand::RequestMatchmaking(RequestMatchmakingBody {
        client_id,
        mode: "test".to_owned(),
    })
}

fn upgrade(client_id: ClientId) -> OutgoingCommand {
    OutgoingCommand::UpgradeConnection(UpgradeConnectionBody {
        client_id,
        protocol: ConnectionProtocol::DISPATCHER,
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let result = async {
        let env = RuntimeEnv::from_env()?;
        let mut game = Game {
            is_match: env.qualifier == RuntimeQualifier::MATCH,
            ..Game::default()
        };
        let client = RuntimeClient::connect(env).await?;
        client.run(|command| game.handle(command)).await
    }
    .await;
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("catalogue-runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
