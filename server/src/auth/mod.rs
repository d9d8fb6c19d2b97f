//! Identity: users and roles, password hashing, JWT issue and verification, tenant / project /
//! stage permissions, and the bootstrap users.

pub mod bootstrap;
pub mod jwt;
pub mod passwords;
pub mod permissions;
pub mod users;

pub use jwt::{Claims, Keys};

use omgservers_types::permissions::UserRole;
use omgservers_types::IdOrAlias;

use crate::error::Result;
use crate::state::AppState;

/// Token issuance shared by every `create-token` endpoint (wire reference §2.3): find the user,
/// check the password, sign a token carrying the user's stored role.
pub async fn create_token(state: &AppState, user: &IdOrAlias, password: &str) -> Result<String> {
    passwords::check_password_input(password)?;
    let found = {
        let mut conn = state.db.pool.acquire().await?;
        users::resolve(&mut conn, user)
            .await
            .inspect_err(|e| match e {
                crate::error::Error::NotFound { .. } => {
                    crate::audit::login_failed(&user.to_string(), "unknown user")
                }
                crate::error::Error::Unauthorized { .. } => {
                    crate::audit::login_failed(&user.to_string(), "deleted user")
                }
                _ => {}
            })?
    };
    let user = users::authenticate(found, password).await?;
    let lifetime = match user.role {
        UserRole::PLAYER => state.config.clients_token_lifetime,
        _ => state.config.users_token_lifetime,
    };
    state
        .keys
        .user_token(user.id, user.role, lifetime, state.next_id())
}
