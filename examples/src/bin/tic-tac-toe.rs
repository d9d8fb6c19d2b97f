//! Tic-tac-toe: a small real game on the SDK.
//!
//! Lobby: greets players; `{"play": true}` asks the matchmaker for a `duel` (mode with one
//! group of exactly two players). Match: the first player is X, the second O; players send
//! `{"move": 0..8}` in turn; every valid move is broadcast as `{"board": "X..O.....", "turn":
//! "<client id>"}`; the game ends on three in a row, a full board or a player leaving
//! (`{"result": "X wins" | "O wins" | "draw", "board": …}`), then the match stops taking
//! players and sends both players back to the lobby.

use omgservers_sdk::runtime::{Outgoing, RuntimeClient, RuntimeEnv};
use omgservers_sdk::types::commands::*;
use omgservers_sdk::types::messages::RuntimeQualifier;
use omgservers_sdk::types::{ClientId, Empty};
use serde_json::{json, Value};

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2],
    [3, 4, 5],
    [6, 7, 8],
    [0, 3, 6],
    [1, 4, 7],
    [2, 5, 8],
    [0, 4, 8],
    [2, 4, 6],
];

#[derive(Default)]
struct Match {
    players: Vec<ClientId>,
    board: [Option<usize>; 9],
    turn: usize,
    over: bool,
}

fn respond(client_id: ClientId, message: Value) -> OutgoingCommand {
    OutgoingCommand::RespondClient(RespondClientBody { client_id, message })
}

fn broadcast(message: Value) -> OutgoingCommand {
    OutgoingCommand::BroadcastMessage(BroadcastMessageBody { message })
}

const MARKS: [char; 2] = ['X', 'O'];

impl Match {
    fn board(&self) -> String {
        self.board
            .iter()
            .map(|cell| cell.map_or('.', |p| MARKS[p]))
            .collect()
    }

    fn winner(&self) -> Option<usize> {
        LINES.iter().find_map(
            |l| match (self.board[l[0]], self.board[l[1]], self.board[l[2]]) {
                (Some(a), Some(b), Some(c)) if a == b && b == c => Some(a),
                _ => None,
            },
        )
    }

    /// Ends the game: result to everyone, no new players, everyone back to the lobby.
    fn finish(&mut self, result: String) -> Outgoing {
        self.over = true;
        let mut out = vec![
            broadcast(json!({"result": result, "board": self.board()})),
            OutgoingCommand::StopMatchmaking(Empty),
        ];
        out.extend(
            self.players
                .iter()
                .map(|p| OutgoingCommand::KickClient(KickClientBody { client_id: *p })),
        );
        out
    }

    fn handle(&mut self, command: &IncomingCommandBody) -> Outgoing {
        match command {
            IncomingCommandBody::AddMatchClient(b) if !self.over && self.players.len() < 2 => {
                self.players.push(b.client_id);
                let mark = MARKS[self.players.len() - 1].to_string();
                let mut out = vec![respond(b.client_id, json!({"you": mark}))];
                if self.players.len() == 2 {
                    out.push(broadcast(
                        json!({"board": self.board(), "turn": self.players[0].to_string()}),
                    ));
                }
                out
            }
            IncomingCommandBody::DeleteClient(b)
                if !self.over && self.players.contains(&b.client_id) =>
            {
                self.players.retain(|p| *p != b.client_id);
                if self.players.is_empty() {
                    vec![]
                } else {
                    self.finish("forfeit".to_owned())
                }
            }
            IncomingCommandBody::HandleMessage(b) if !self.over => {
                self.play(b.client_id, &b.message)
            }
            _ => vec![],
        }
    }

    fn play(&mut self, from: ClientId, message: &Value) -> Outgoing {
        let Some(cell) = message
            .get("move")
            .and_then(Value::as_u64)
            .map(|c| c as usize)
        else {
            return vec![respond(from, json!({"error": "send {\"move\": 0..8}"}))];
        };
        if self.players.len() < 2 {
            return vec![respond(from, json!({"error": "waiting for an opponent"}))];
        }
        if self.players[self.turn] != from {
            return vec![respond(from, json!({"error": "not your turn"}))];
        }
        if cell > 8 || self.board[cell].is_some() {
            return vec![respond(
                from,
                json!({"error": format!("cell {cell} is not free")}),
            )];
        }
        self.board[cell] = Some(self.turn);
        if let Some(winner) = self.winner() {
            return self.finish(format!("{} wins", MARKS[winner]));
        }
        if self.board.iter().all(Option::is_some) {
            return self.finish("draw".to_owned());
        }
        self.turn = 1 - self.turn;
        vec![broadcast(
            json!({"board": self.board(), "turn": self.players[self.turn].to_string()}),
        )]
    }
}

fn lobby(command: &IncomingCommandBody) -> Outgoing {
    match command {
        IncomingCommandBody::AddClient(b) => vec![respond(
            b.client_id,
            json!({"text": "welcome; send {\"play\": true} to find an opponent"}),
        )],
        IncomingCommandBody::HandleMessage(b) if b.message.get("play") == Some(&json!(true)) => {
            vec![OutgoingCommand::RequestMatchmaking(
                RequestMatchmakingBody {
                    client_id: b.client_id,
                    mode: "duel".to_owned(),
                },
            )]
        }
        _ => vec![],
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let result = async {
        let env = RuntimeEnv::from_env()?;
        let is_match = env.qualifier == RuntimeQualifier::MATCH;
        // One line on stderr: what an operator reading the container's logs looks for first.
        eprintln!(
            "tic-tac-toe: {} runtime {} starting",
            env.qualifier, env.runtime_id
        );
        let client = RuntimeClient::connect(env).await?;
        let mut game = Match::default();
        client
            .run(|command| {
                if is_match {
                    game.handle(command)
                } else {
                    lobby(command)
                }
            })
            .await
    }
    .await;
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tic-tac-toe: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
