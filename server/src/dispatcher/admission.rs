//! Who may open a dispatcher socket: the ws token (wire reference §2.4) is verified once, at
//! open, with one database read to check that the runtime still exists and was not started
//! again since the token was issued (runtime token) or that the client is still assigned to
//! that runtime (player token).

use omgservers_types::permissions::UserRole;

use crate::state::AppState;
use crate::store::{clients, runtimes};

/// What the socket is, once admitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// A runtime, with the token epoch its token was issued at (the runtime's, at admission).
    Runtime {
        token_epoch: i64,
    },
    Player {
        client_id: i64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Admission {
    pub runtime_id: i64,
    /// The runtime's deployment: its room lives at the node owning it (in a cluster).
    pub deployment_id: i64,
    pub role: Role,
    /// Piped here by another node of a cluster: that node's pipe measures the player's round
    /// trip (`round_trips`); this hop's would be the nodes' own. Told by a header a client
    /// could send itself: it would only leave its own round trip unmeasured.
    pub piped: bool,
}

/// Checks a ws token. `Err` says why it is refused, for the log (never the token itself).
pub async fn admit(state: &AppState, token: Option<&str>) -> Result<Admission, String> {
    let token = token.ok_or("no ws_token")?;
    let claims = state.keys.verify(token).map_err(|e| e.to_string())?;
    if claims.role() != Some(UserRole::WEBSOCKET) {
        return Err("not a websocket token".into());
    }
    let runtime_id: i64 = claims
        .runtime_id
        .as_deref()
        .and_then(|id| id.parse().ok())
        .ok_or("the token names no runtime")?;
    let subject: i64 = claims
        .sub
        .parse()
        .map_err(|_| "the token subject is not an id")?;
    let user_role = claims.user_role.as_deref().unwrap_or_default();
    // The runtime's deployment says which database holds the runtime and its clients.
    let deployment = crate::cluster::routes::runtime_deployment(state, runtime_id)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("runtime {runtime_id} is gone"))?;
    let mut conn = state
        .game(deployment)
        .acquire()
        .await
        .map_err(|e| e.to_string())?;
    if user_role == UserRole::RUNTIME.group() {
        // A runtime ws token's subject is the runtime's user.
        match runtimes::find(&mut conn, runtime_id).await {
            Ok(Some(runtime)) if runtime.user_id == subject => {
                crate::game::runtimes::check_token_epoch(&runtime, claims.token_epoch)
                    .map_err(|e| e.to_string())?;
                Ok(Admission {
                    runtime_id,
                    deployment_id: runtime.deployment_id,
                    role: Role::Runtime {
                        token_epoch: runtime.token_epoch,
                    },
                    piped: false,
                })
            }
            Ok(_) => Err(format!("runtime {runtime_id} is gone")),
            Err(e) => Err(e.to_string()),
        }
    } else if user_role == UserRole::PLAYER.group() {
        // A player ws token's subject is the client.
        match clients::find(&mut conn, subject).await {
            Ok(Some(client)) if placed_in(&client, runtime_id) => Ok(Admission {
                runtime_id,
                deployment_id: client.deployment_id,
                role: Role::Player { client_id: subject },
                piped: false,
            }),
            Ok(_) => Err(format!(
                "client {subject} is not assigned to runtime {runtime_id}"
            )),
            Err(e) => Err(e.to_string()),
        }
    } else {
        Err(format!("unknown user_role `{user_role}`"))
    }
}

/// Whether the client's socket belongs in the runtime's room: it is assigned to that runtime.
/// Checked at a player socket's admission, and again by `recheck`.
pub fn placed_in(client: &clients::ClientRow, runtime_id: i64) -> bool {
    client.runtime_id == Some(runtime_id) && !client.deleted()
}
