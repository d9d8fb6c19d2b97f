//! User rows (`users`, `user_aliases`; wire reference §2.1).

use omgservers_types::permissions::UserRole;
use sqlx::AnyConnection;

use crate::error::{Error, Result};

#[derive(Clone, Debug)]
pub struct User {
    pub id: i64,
    pub role: UserRole,
    pub password_hash: String,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    role: String,
    password_hash: String,
}

impl TryFrom<UserRow> for User {
    type Error = Error;

    fn try_from(row: UserRow) -> Result<User> {
        let role = row.role.parse().map_err(|e: String| {
            Error::Internal(format!("user {} has a corrupt role: {e}", row.id))
        })?;
        Ok(User {
            id: row.id,
            role,
            password_hash: row.password_hash,
        })
    }
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
    row.map(User::try_from).transpose()
}

pub async fn find_by_alias(conn: &mut AnyConnection, alias: &str) -> Result<Option<User>> {
    let row: Option<UserRow> = sqlx::query_as(
        "SELECT u.id, u.role, u.password_hash FROM users u JOIN user_aliases a ON a.user_id = u.id WHERE a.value = $1",
    )
    .bind(alias)
    .fetch_optional(conn)
    .await?;
    row.map(User::try_from).transpose()
}

/// Creates a runtime's RUNTIME user with this password hash, or sets the hash of the one it
/// has: a runtime gets its user when a driver first starts it, in a unit of the control plane
/// of its own (docs/sharding.md "Game state and the control plane").
pub async fn upsert_runtime_user(
    conn: &mut AnyConnection,
    id: i64,
    password_hash: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO users (id, role, password_hash, created) VALUES ($1, 'RUNTIME', $2, $3) \
         ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash",
    )
    .bind(id)
    .bind(password_hash)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The ids of every RUNTIME user.
pub async fn runtime_user_ids(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as("SELECT id FROM users WHERE role = 'RUNTIME'")
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// False when no user had the id.
pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM users WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Remembers a deleted developer (`deleted_users`), in the unit that deletes it.
pub async fn remember_deleted(conn: &mut AnyConnection, id: i64, now: i64) -> Result<()> {
    sqlx::query("INSERT INTO deleted_users (id, deleted) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether `id` is a developer's that was deleted.
pub async fn was_deleted(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM deleted_users WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.is_some())
}
