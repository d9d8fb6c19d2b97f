//! Users: lookup by id or alias and authentication; the rows live in `store::users`.

use omgservers_types::IdOrAlias;
use sqlx::AnyConnection;

use crate::auth::passwords;
use crate::error::{Error, Result};
pub use crate::store::users::{
    delete, find_by_alias, find_by_id, insert, insert_alias, runtime_user_ids, set_password_hash,
    upsert_runtime_user, User,
};

/// Resolves a user by id or alias; 404 `OBJECT_NOT_FOUND` naming the reference when absent.
pub async fn resolve(conn: &mut AnyConnection, user: &IdOrAlias) -> Result<User> {
    let found = match user.as_id() {
        Some(id) => find_by_id(conn, id).await?,
        None => find_by_alias(conn, user.as_str()).await?,
    };
    found.ok_or_else(|| Error::not_found(format!("user `{user}` was not found")))
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
