//! Version rows and what hangs off them: `versions`, `images`, and `registry_events` (the
//! registry notifications already seen; wire reference §5.3, §13.1).

use sqlx::AnyConnection;

use crate::error::Result;

pub async fn insert(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    project_id: i64,
    config_json: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO versions (id, tenant_id, project_id, config, created) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(tenant_id)
    .bind(project_id)
    .bind(config_json)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Deletes a version of the tenant; false if it did not exist. A deployment still using it
/// makes this fail with a foreign-key violation.
pub async fn delete(
    conn: &mut AnyConnection,
    tenant_id: i64,
    id: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM versions WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The deployments of a version, oldest first.
pub async fn deployments(
    conn: &mut AnyConnection,
    tenant_id: i64,
    version_id: i64,
) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT id FROM deployments WHERE tenant_id = $1 AND version_id = $2 ORDER BY id",
    )
    .bind(tenant_id)
    .bind(version_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// An image of a version as stored (`qualifier`: UNIVERSAL, LOBBY or MATCH).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ImageRow {
    pub id: i64,
    pub qualifier: String,
    pub image_id: String,
    pub created: i64,
}

pub async fn images(conn: &mut AnyConnection, version_id: i64) -> Result<Vec<ImageRow>> {
    Ok(sqlx::query_as(
        "SELECT id, qualifier, image_id, created FROM images WHERE version_id = $1 ORDER BY id",
    )
    .bind(version_id)
    .fetch_all(conn)
    .await?)
}

pub async fn image_count(conn: &mut AnyConnection, tenant_id: i64, version_id: i64) -> Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM images WHERE tenant_id = $1 AND version_id = $2")
            .bind(tenant_id)
            .bind(version_id)
            .fetch_one(conn)
            .await?;
    Ok(count)
}

/// Records an image; false if the version already had one with that qualifier and reference.
pub async fn insert_image(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    version_id: i64,
    qualifier: &str,
    image_id: &str,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO images (id, tenant_id, version_id, qualifier, image_id, created) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(tenant_id)
    .bind(version_id)
    .bind(qualifier)
    .bind(image_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Notes a registry event id; false if it was seen before.
pub async fn note_registry_event(
    conn: &mut AnyConnection,
    event_id: &str,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO registry_events (id, created) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    )
    .bind(event_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
