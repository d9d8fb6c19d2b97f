//! Runtimes: creation with their `INIT_RUNTIME` command, a fresh start's command queue,
//! images, their RUNTIME user and its password (issued at each start), tokens (wire reference
//! §5.5, §9).

use omgservers_types::commands::*;
use omgservers_types::messages::RuntimeQualifier;
use omgservers_types::permissions::UserRole;
use omgservers_types::version_config::VersionConfig;
use omgservers_types::{ErrorQualifier, RuntimeId};

use super::{commands, Wakes};
use crate::auth::passwords::{self, Strength};
use crate::auth::users;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::queue::{Entry, COMMANDS};
use crate::store::runtimes::{self as runtime_rows, config, find, NewRuntime, RuntimeRow};
use crate::store::time::now_millis;
use crate::store::writer::WriteTx;
use crate::store::{clients, deployments};

/// Runtime tokens stay valid while the runtime exists and is not started again (the
/// interchange and the dispatcher check both: `check_token_epoch`), so their lifetime only
/// bounds a leaked token of a deleted runtime.
const RUNTIME_TOKEN_LIFETIME_SECS: u64 = 30 * 24 * 3600;

/// What a new runtime is for.
pub enum Purpose {
    Lobby { lobby_id: i64 },
    Match { matchmaker_id: i64, match_id: i64 },
}

/// The deployment of a runtime, if it exists: looked for in every database of game state (for
/// routing its requests to its deployment's node and database; `cluster::routes` keeps it).
pub async fn deployment_of(state: &AppState, runtime_id: i64) -> Result<Option<i64>> {
    Ok(locate(state, runtime_id).await?.map(|r| r.deployment_id))
}

/// A runtime's row, from whichever database of game state holds it.
pub async fn locate(state: &AppState, runtime_id: i64) -> Result<Option<RuntimeRow>> {
    super::find_in_any!(state, |conn| find(conn, runtime_id))
}

/// Creates a runtime and its INIT_RUNTIME command: game state only. Its RUNTIME user (id
/// chosen here) is created with a password when a driver first starts it (`start_credentials`),
/// in a control-plane unit of its own, and removed by the controller once the runtime is gone.
pub async fn create(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    tenant_id: i64,
    deployment_id: i64,
    purpose: Purpose,
    version_config: VersionConfig,
) -> Result<i64> {
    let of = Deployment {
        tenant_id,
        deployment_id,
        version_config: &version_config,
    };
    let created = create_all(conn, state, wakes, &of, vec![purpose]).await?;
    created
        .first()
        .map(|(runtime_id, _)| *runtime_id)
        .ok_or_else(|| Error::Internal("a created runtime got no id".to_owned()))
}

/// The deployment new runtimes belong to, and its version's config.
pub struct Deployment<'a> {
    pub tenant_id: i64,
    pub deployment_id: i64,
    pub version_config: &'a VersionConfig,
}

/// Creates runtimes as `create` does, one per purpose, in a few statements whatever their
/// number (a matchmaking pass starts hundreds of matches); each one's id and config, in order.
pub async fn create_all(
    conn: &mut WriteTx,
    state: &AppState,
    wakes: &mut Wakes,
    of: &Deployment<'_>,
    purposes: Vec<Purpose>,
) -> Result<Vec<(i64, RuntimeConfig)>> {
    if purposes.is_empty() {
        // Nothing new: nothing to start, and no controller pass to wake (a matchmaking pass
        // with no match ready would otherwise wake the next one, pass after pass).
        return Ok(Vec::new());
    }
    let now = now_millis();
    let mut rows = Vec::with_capacity(purposes.len());
    let mut configs = Vec::with_capacity(purposes.len());
    for purpose in purposes {
        let (qualifier, lobby_config, match_config, lobby_id, matchmaker_id, match_id) =
            match purpose {
                Purpose::Lobby { lobby_id } => (
                    RuntimeQualifier::LOBBY,
                    Some(LobbyConfig {
                        lobby_id: lobby_id.into(),
                    }),
                    None,
                    Some(lobby_id),
                    None,
                    None,
                ),
                Purpose::Match {
                    matchmaker_id,
                    match_id,
                } => (
                    RuntimeQualifier::MATCH,
                    None,
                    Some(MatchConfig {
                        matchmaker_id: matchmaker_id.into(),
                        match_id: match_id.into(),
                    }),
                    None,
                    Some(matchmaker_id),
                    Some(match_id),
                ),
            };
        configs.push(RuntimeConfig {
            lobby_config,
            match_config,
            version_config: of.version_config.clone(),
        });
        rows.push((
            state.next_id(),
            state.next_id(),
            qualifier,
            lobby_id,
            matchmaker_id,
            match_id,
        ));
    }
    let new: Vec<NewRuntime<'_>> = rows
        .iter()
        .zip(&configs)
        .map(
            |(&(id, user_id, qualifier, lobby_id, matchmaker_id, match_id), config)| NewRuntime {
                id,
                tenant_id: of.tenant_id,
                deployment_id: of.deployment_id,
                qualifier,
                user_id,
                lobby_id,
                matchmaker_id,
                match_id,
                config,
                created: now,
            },
        )
        .collect();
    runtime_rows::insert_all(conn, &new).await?;
    let ids: Vec<i64> = rows.iter().map(|row| row.0).collect();
    let inits: Vec<IncomingCommandBody> = configs
        .iter()
        .map(|config| {
            IncomingCommandBody::InitRuntime(InitRuntimeBody {
                runtime_config: config.clone(),
            })
        })
        .collect();
    let commands: Vec<(i64, &IncomingCommandBody)> = ids.iter().copied().zip(&inits).collect();
    commands::push_all(conn, state, wakes, &commands).await?;
    wakes.controller = true;
    Ok(ids.into_iter().zip(configs).collect())
}

/// Prepares the queue of a runtime whose earlier process consumed its INIT_RUNTIME (a server
/// restart killed it): a new process starts with no state, so it gets INIT_RUNTIME first, then
/// its current clients again (ADD_CLIENT / ADD_MATCH_CLIENT), then whatever was pending.
pub async fn ensure_init_command(state: &AppState, row: &RuntimeRow) -> Result<()> {
    let runtime_id = row.id;
    let runtime = RuntimeId(runtime_id);
    let mut tx = super::begin(state, row.deployment_id).await?;
    if COMMANDS.holds(&mut tx, runtime, "INIT_RUNTIME").await? {
        return Ok(());
    }
    let pending = COMMANDS.take_all(&mut tx, runtime).await?;
    let mut wakes = Wakes::default();
    let runtime_config = config(&mut tx, runtime_id).await?;
    let mut bodies = vec![IncomingCommandBody::InitRuntime(InitRuntimeBody {
        runtime_config,
    })];
    let members = clients::members(&mut tx, runtime_id).await?;
    let player_ids: Vec<i64> = members.iter().map(|m| m.player_id).collect();
    let profiles = super::player_profiles(state, &player_ids).await?;
    for (member, profile) in members.into_iter().zip(profiles) {
        bodies.push(match member.group_name {
            Some(group_name) => IncomingCommandBody::AddMatchClient(AddMatchClientBody {
                user_id: member.user_id.into(),
                client_id: member.id.into(),
                group_name,
                profile,
            }),
            None => IncomingCommandBody::AddClient(AddClientBody {
                user_id: member.user_id.into(),
                client_id: member.id.into(),
                profile,
            }),
        });
    }
    let commands: Vec<(i64, &IncomingCommandBody)> =
        bodies.iter().map(|body| (runtime_id, body)).collect();
    commands::push_all(&mut tx, state, &mut wakes, &commands).await?;
    // The clients were re-added above; their earlier add commands would repeat them.
    let requeued = pending
        .into_iter()
        .filter(|e| !matches!(e.qualifier.as_str(), "ADD_CLIENT" | "ADD_MATCH_CLIENT"))
        .map(|entry| {
            let entry = Entry {
                id: state.next_id(),
                created: now_millis(),
                ..entry
            };
            (runtime, entry)
        })
        .collect();
    COMMANDS.push_all(&mut tx, requeued).await?;
    tx.commit().await?;
    Ok(())
}

/// The stage of the runtime's deployment, and the image its container runs: the version's
/// UNIVERSAL image first, else the one for the runtime's qualifier (wire reference §11.4);
/// the newest when several were pushed.
pub async fn stage_and_image(
    conn: &mut sqlx::AnyConnection,
    runtime: &RuntimeRow,
) -> Result<(i64, Option<String>)> {
    let stage_id = deployments::stage_of(conn, runtime.deployment_id)
        .await?
        .ok_or_else(|| {
            Error::not_found(format!(
                "deployment {} was not found",
                runtime.deployment_id
            ))
        })?;
    let images = deployments::images(conn, runtime.deployment_id).await?;
    let pick = |qualifier: &str| {
        images
            .iter()
            .find(|(q, _)| q == qualifier)
            .map(|(_, image)| image.clone())
    };
    Ok((
        stage_id,
        pick("UNIVERSAL").or_else(|| pick(runtime.qualifier.as_str())),
    ))
}

/// Gives the runtime's user a fresh password.
pub async fn issue_password(state: &AppState, runtime: &RuntimeRow) -> Result<String> {
    let password = passwords::generate_password();
    let hash = passwords::hash(password.clone(), Strength::Generated).await?;
    let mut tx = state.begin().await?;
    users::upsert_runtime_user(&mut tx, runtime.user_id, &hash, now_millis()).await?;
    tx.commit().await?;
    Ok(password)
}

/// The password and the token epoch for a start of the runtime a driver is about to launch: a
/// fresh password (`issue_password`), then the runtime's token epoch raised, so the tokens of
/// its earlier starts stop working (`check_token_epoch`); its container is labelled with the
/// new epoch. The old password is gone before the epoch rises, so no token of the new epoch
/// can be had with it. The interchanges of an earlier start in
/// flight on this node (the slot's owner, where every interchange of the runtime runs) are
/// refused as they answer (`Hub::runtime_epoch_behind`), and its room is closed (1001).
pub async fn start_credentials(state: &AppState, runtime: &RuntimeRow) -> Result<(String, i64)> {
    let password = issue_password(state, runtime).await?;
    let mut tx = super::begin(state, runtime.deployment_id).await?;
    let epoch = runtime_rows::raise_token_epoch(&mut tx, runtime.id).await?;
    tx.commit().await?;
    if let Some(epoch) = epoch {
        state.hub.runtime_epoch_raised(runtime.id, epoch);
    }
    // Deleted meanwhile: the start stops what it launched (`lifecycle::start`).
    let epoch = epoch.unwrap_or(runtime.token_epoch + 1);
    // Its long polls end (and are refused), its room closes.
    let wakes = Wakes {
        runtimes: vec![runtime.id],
        closed_rooms: vec![runtime.id],
        ..Wakes::default()
    };
    state.hub.wake(&wakes);
    Ok((password, epoch))
}

/// Refuses a runtime token issued at an earlier token epoch than the runtime's (401
/// `WRONG_CREDENTIALS`): it belongs to an earlier start, whose container may still run on a
/// host cut off meanwhile. A token without an epoch (issued before epochs existed) is epoch 0.
pub fn check_token_epoch(runtime: &RuntimeRow, token_epoch: Option<i64>) -> Result<()> {
    let epoch = token_epoch.unwrap_or(0);
    if epoch == runtime.token_epoch {
        return Ok(());
    }
    Err(earlier_start(runtime.id, epoch, runtime.token_epoch))
}

/// The refusal of a token of epoch `epoch` for a runtime now at epoch `now`.
pub fn earlier_start(runtime_id: i64, epoch: i64, now: i64) -> Error {
    Error::wrong_credentials(format!(
        "the token was issued to an earlier start of runtime {runtime_id} (token epoch \
         {epoch}, now {now}); ask runtime/create-token for a new one"
    ))
}

/// `runtime/create-token`: an API token and a WebSocket token for the runtime.
pub async fn create_token(
    state: &AppState,
    runtime_id: i64,
    password: &str,
) -> Result<IssuedTokens> {
    passwords::check_password_input(password)?;
    // Read again where the slot's map says: while a move cleans up, the database it left keeps
    // a copy whose token epoch may be behind.
    let runtime = match deployment_of(state, runtime_id).await? {
        Some(deployment_id) => {
            let mut conn = state.game(deployment_id).acquire().await?;
            find(&mut conn, runtime_id).await?
        }
        None => None,
    };
    let runtime = runtime.ok_or_else(|| {
        crate::audit::login_failed(&format!("runtime {runtime_id}"), "unknown runtime");
        Error::NotFound {
            qualifier: ErrorQualifier::RUNTIME_NOT_FOUND,
            message: format!("runtime {runtime_id} was not found"),
        }
    })?;
    let user = {
        let mut conn = state.db.pool.acquire().await?;
        users::find_by_id(&mut conn, runtime.user_id).await?
    }
    .ok_or_else(|| Error::wrong_credentials("the runtime has no credentials"))?;
    users::authenticate(user, password).await?;
    let keys = &state.keys;
    let mut api = keys.claims(
        runtime_id.to_string(),
        vec![UserRole::RUNTIME.group()],
        RUNTIME_TOKEN_LIFETIME_SECS,
        state.next_id(),
    );
    api.runtime_id = Some(runtime_id.to_string());
    api.token_epoch = Some(runtime.token_epoch);
    let mut ws = keys.claims(
        runtime.user_id.to_string(),
        vec![UserRole::WEBSOCKET.group()],
        RUNTIME_TOKEN_LIFETIME_SECS,
        state.next_id(),
    );
    ws.runtime_id = Some(runtime_id.to_string());
    ws.user_role = Some(UserRole::RUNTIME.group());
    ws.token_epoch = Some(runtime.token_epoch);
    Ok(IssuedTokens {
        api_token: keys.sign(&api)?,
        ws_token: keys.sign(&ws)?,
        deployment_id: runtime.deployment_id,
    })
}

/// A runtime's tokens (`runtime/create-token`), and the deployment it runs for.
pub struct IssuedTokens {
    pub api_token: String,
    pub ws_token: String,
    pub deployment_id: i64,
}
