//! Image builds: `files_archives` (uploaded script archives) and `build_requests` (their
//! builds with state and log; wire reference §5.3 `upload-files-archive`, `get-build-log`).

use sqlx::AnyConnection;

use crate::error::Result;

/// An uploaded archive; `sha256` is lower-case hex.
pub struct NewArchive<'a> {
    pub id: i64,
    pub tenant_id: i64,
    pub version_id: i64,
    pub format: &'a str,
    pub sha256: String,
    pub data: Vec<u8>,
}

pub async fn insert_archive(
    conn: &mut AnyConnection,
    archive: NewArchive<'_>,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO files_archives (id, tenant_id, version_id, format, size, sha256, data, created) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(archive.id)
    .bind(archive.tenant_id)
    .bind(archive.version_id)
    .bind(archive.format)
    .bind(i64::try_from(archive.data.len()).unwrap_or(i64::MAX))
    .bind(archive.sha256)
    .bind(archive.data)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queues a build of an archive, numbered after the version's earlier builds.
pub async fn insert_request(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    version_id: i64,
    qualifier: &str,
    archive_id: i64,
    now: i64,
) -> Result<()> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM build_requests WHERE version_id = $1")
            .bind(version_id)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO build_requests (id, tenant_id, version_id, qualifier, build_number, created, state, files_archive_id) \
         VALUES ($1, $2, $3, $4, $5, $6, 'QUEUED', $7)",
    )
    .bind(id)
    .bind(tenant_id)
    .bind(version_id)
    .bind(qualifier)
    .bind(count + 1)
    .bind(now)
    .bind(archive_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Builds not finished (QUEUED or BUILDING), oldest first.
pub async fn unfinished(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT id FROM build_requests WHERE state IN ('QUEUED', 'BUILDING') ORDER BY id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// What a build works from.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Job {
    pub tenant_id: i64,
    pub project_id: i64,
    pub version_id: i64,
    pub archive: Vec<u8>,
}

/// The job of a build; none if the build (or its version) is gone.
pub async fn job(conn: &mut AnyConnection, build_id: i64) -> Result<Option<Job>> {
    Ok(sqlx::query_as(
        "SELECT b.tenant_id, v.project_id, b.version_id, a.data AS archive FROM build_requests b \
         JOIN versions v ON v.id = b.version_id \
         JOIN files_archives a ON a.id = b.files_archive_id WHERE b.id = $1",
    )
    .bind(build_id)
    .fetch_optional(conn)
    .await?)
}

/// Sets a build's state, log and image; `finished` (epoch ms) once it ended.
pub async fn set_state(
    conn: &mut AnyConnection,
    build_id: i64,
    state: &str,
    log: &str,
    image_id: Option<&str>,
    finished: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "UPDATE build_requests SET state = $1, log = $2, image_id = $3, finished = $4 WHERE id = $5",
    )
    .bind(state)
    .bind(super::storable(log))
    .bind(image_id)
    .bind(finished)
    .bind(build_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A build as `get-build-log` shows it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct BuildLog {
    pub version_id: i64,
    pub project_id: i64,
    pub state: String,
    pub image_id: Option<String>,
    pub log: String,
}

pub async fn log(
    conn: &mut AnyConnection,
    tenant_id: i64,
    build_id: i64,
) -> Result<Option<BuildLog>> {
    Ok(sqlx::query_as(
        "SELECT b.version_id, v.project_id, b.state, b.image_id, b.log FROM build_requests b \
         JOIN versions v ON v.id = b.version_id WHERE b.tenant_id = $1 AND b.id = $2",
    )
    .bind(tenant_id)
    .bind(build_id)
    .fetch_optional(conn)
    .await?)
}

/// A version's build as `get-version-details` lists it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct BuildRow {
    pub id: i64,
    pub qualifier: String,
    pub build_number: i32,
    pub created: i64,
    pub state: String,
}

pub async fn of_version(conn: &mut AnyConnection, version_id: i64) -> Result<Vec<BuildRow>> {
    Ok(sqlx::query_as(
        "SELECT id, qualifier, build_number, created, state FROM build_requests WHERE version_id = $1 ORDER BY id",
    )
    .bind(version_id)
    .fetch_all(conn)
    .await?)
}
