//! Users: creation, lookup by id or alias, authentication, deletion.

use omgservers_types::permissions::UserRole;
use omgservers_types::IdOrAlias;
use sqlx::AnyConnection;

use crate::auth::passwords;
use crate::error::{Error, Result};

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub role: UserRole,
    pub password_hash: String,
}

type UserRow = (i64, String, String);

fn to_user(row: UserRow) -> Result<User> {
    let role = row
        .1
        .parse()
        .map_err(|e: String| Error::Internal(format!("user {} has a corrupt role: {e}", row.0)))?;
    Ok(User {
        id: row.0,
        role,
        password_hash: row.2,
    })
}

pub async fn insert(
    conn: &mut AnyConnection,
    id: i64,
    role: UserRole,
    password_hash: &str,
    now: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO users (id, role, password_hash, created) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(role.as_str())
        .bind(password_hash)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_alias(
    conn: &mut AnyConnection,
    id: i64,
    user_id: i64,
    value: &str,
    now: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO user_aliases (id, user_id, value, created) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(user_id)
        .bind(value)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn set_password_hash(
    conn: &mut AnyConnection,
    id: i64,
    password_hash: &str,
) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn find_by_id(conn: &mut AnyConnection, id: i64) -> Result<Option<User>> {
    let row: Option<UserRow> =
        sqlx::query_as("SELECT id, role, password_hash FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(conn)
            .await?;
    row.map(to_user).transpose()
}

pub async fn find_by_alias(conn: &mut AnyConnection, alias: &str) -> Result<Option<User>> {
    let row: Option<UserRow> = sqlx::query_as(
        "SELECT u.id, u.role, u.password_hash FROM users u JOIN user_aliases a ON a.user_id = u.id WHERE a.value = $1",
    )
    .bind(alias)
    .fetch_optional(conn)
    .await?;
    row.map(to_user).transpose()
}

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
        Err(Error::wrong_credentials(format!(
            "wrong password for user {}",
            user.id
        )))
    }
}

pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}
