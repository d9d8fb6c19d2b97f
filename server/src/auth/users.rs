//! Users: lookup by id or alias and authentication; the rows live in `store::users`.

use omgservers_types::IdOrAlias;
use sqlx::AnyConnection;

use crate::auth::passwords;
use crate::error::{Error, Result};
pub use crate::store::users::{
    delete, find_by_alias, find_by_id, insert, insert_alias, remember_deleted, runtime_user_ids,
    set_password_hash, upsert_runtime_user, was_deleted, User,
};

/// Resolves a user by id or alias; 404 `OBJECT_NOT_FOUND` naming the reference when absent,
/// 401 `USER_NOT_FOUND` when the id is a deleted developer's (wire reference §2.3: a deleted
/// user is 401 `USER_NOT_FOUND`, an unknown one 404).
pub async fn resolve(conn: &mut AnyConnection, user: &IdOrAlias) -> Result<User> {
    let found = match user.as_id() {
        Some(id) => find_by_id(conn, id).await?,
        None => find_by_alias(conn, user.as_str()).await?,
    };
    if let Some(found) = found {
        return Ok(found);
    }
    match user.as_id() {
        Some(id) if was_deleted(conn, id).await? => Err(Error::Unauthorized {
            qualifier: omgservers_types::ErrorQualifier::USER_NOT_FOUND,
            message: format!("user {id} was deleted"),
        }),
        _ => Err(Error::not_found(format!("user `{user}` was not found"))),
    }
}

/// Checks a password and returns the user (wire reference §2.3: 401 `WRONG_CREDENTIALS` on a
/// wrong password).
pub async fn authenticate(user: User, password: &str) -> Result<User> {
    passwords::check_password_input(password)?;
    if passwords::verify(password.to_owned(), user.password_hash.clone()).await? {
        Ok(user)
    } else {
        crate::audit::login_failed(&user.id.to_string(), "wrong password");
        Err(Error::wrong_credentials(format!(
            "wrong password for user {}",
            user.id
        )))
    }
}
