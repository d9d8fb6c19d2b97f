//! The Docker hosts of the runtime pool (`pool_hosts`; wire reference §7.4, §12), and the
//! installation id their containers are labelled with (`installation`).

use omgservers_types::ErrorQualifier;
use sqlx::AnyConnection;

use crate::error::{Error, Result};
use crate::store::is_unique_violation;

/// A Docker host's capacity as configured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostSpec {
    pub docker_daemon_uri: String,
    pub cpu_count: i64,
    pub memory_size: i64,
    pub max_containers: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostRow {
    pub id: i64,
    pub spec: HostSpec,
    pub draining: bool,
    pub created: i64,
}

type HostTuple = (i64, String, i64, i64, i64, i64, i64);

pub async fn list(conn: &mut AnyConnection) -> Result<Vec<HostRow>> {
    let rows: Vec<HostTuple> = sqlx::query_as(
        "SELECT id, docker_daemon_uri, cpu_count, memory_size, max_containers, draining, created \
         FROM pool_hosts ORDER BY id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, uri, cpu, memory, max, draining, created)| HostRow {
            id,
            spec: HostSpec {
                docker_daemon_uri: uri,
                cpu_count: cpu,
                memory_size: memory,
                max_containers: max,
            },
            draining: draining != 0,
            created,
        })
        .collect())
}

/// Adds a host (its spec checked by the caller); 409 when its URI is already in the pool.
pub async fn insert(
    conn: &mut AnyConnection,
    id: i64,
    spec: &HostSpec,
    created: i64,
) -> Result<HostRow> {
    sqlx::query(
        "INSERT INTO pool_hosts (id, docker_daemon_uri, cpu_count, memory_size, max_containers, draining, created) \
         VALUES ($1, $2, $3, $4, $5, 0, $6)",
    )
    .bind(id)
    .bind(&spec.docker_daemon_uri)
    .bind(spec.cpu_count)
    .bind(spec.memory_size)
    .bind(spec.max_containers)
    .bind(created)
    .execute(conn)
    .await
    .map_err(|e| {
        if is_unique_violation(&e) {
            Error::conflict(
                ErrorQualifier::DB_CONSTRAINT_VIOLATED,
                format!(
                    "docker host `{}` is already in the pool",
                    spec.docker_daemon_uri
                ),
            )
        } else {
            e.into()
        }
    })?;
    Ok(HostRow {
        id,
        spec: spec.clone(),
        draining: false,
        created,
    })
}

/// Marks a host draining (no new runtimes) or active again; false when there is no such host.
pub async fn set_draining(conn: &mut AnyConnection, id: i64, draining: bool) -> Result<bool> {
    let done = sqlx::query("UPDATE pool_hosts SET draining = $1 WHERE id = $2")
        .bind(i64::from(draining))
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn delete(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM pool_hosts WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The installation's id, stored once per database: `fresh` when none is stored yet.
pub async fn installation_id(conn: &mut AnyConnection, fresh: &str) -> Result<String> {
    sqlx::query(
        "INSERT INTO installation (key, value) VALUES ('id', $1) ON CONFLICT (key) DO NOTHING",
    )
    .bind(fresh)
    .execute(&mut *conn)
    .await?;
    let (id,): (String,) = sqlx::query_as("SELECT value FROM installation WHERE key = 'id'")
        .fetch_one(conn)
        .await?;
    Ok(id)
}
