//! The Docker hosts of the runtime pool (`pool_hosts`; wire reference §7.4, §12), the
//! placements a cluster's nodes have in progress on them (`pool_placements`), and the
//! installation id their containers are labelled with (`installation`).
//!
//! Placements serialize on the host rows: a cluster node places a container, or deletes a
//! host, holding every host row `FOR UPDATE` (`lock_all`, `lock`) — a lock, not a process's
//! mutex, so correctness does not depend on which node runs it (docs/sharding.md "Containers
//! on shared Docker hosts"). Those statements are PostgreSQL's: a cluster shares one.

use omgservers_types::ErrorQualifier;
use sqlx::AnyConnection;

use super::slots::DB_NOW_MS;
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

const HOST_COLUMNS: &str =
    "id, docker_daemon_uri, cpu_count, memory_size, max_containers, draining, created";

fn host_row((id, uri, cpu, memory, max, draining, created): HostTuple) -> HostRow {
    HostRow {
        id,
        spec: HostSpec {
            docker_daemon_uri: uri,
            cpu_count: cpu,
            memory_size: memory,
            max_containers: max,
        },
        draining: draining != 0,
        created,
    }
}

pub async fn list(conn: &mut AnyConnection) -> Result<Vec<HostRow>> {
    every_host(conn, "").await
}

/// Every host, each row locked until the transaction ends: placements and host deletions of
/// all nodes take their turns (PostgreSQL).
pub async fn lock_all(conn: &mut AnyConnection) -> Result<Vec<HostRow>> {
    every_host(conn, " FOR UPDATE").await
}

async fn every_host(conn: &mut AnyConnection, locking: &str) -> Result<Vec<HostRow>> {
    let rows: Vec<HostTuple> = sqlx::query_as(&format!(
        "SELECT {HOST_COLUMNS} FROM pool_hosts ORDER BY id{locking}"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(host_row).collect())
}

/// One host, its row locked until the transaction ends (PostgreSQL); `None` when there is none.
pub async fn lock(conn: &mut AnyConnection, id: i64) -> Result<Option<HostRow>> {
    let row: Option<HostTuple> = sqlx::query_as(&format!(
        "SELECT {HOST_COLUMNS} FROM pool_hosts WHERE id = $1 FOR UPDATE"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(host_row))
}

/// Room a node took on a host for a runtime's container and has not seen created yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub runtime_id: i64,
    /// The placing node's URI.
    pub placed_by: String,
    pub host_id: i64,
    /// What the container reserves (`Resources` units: ms of CPU per 100 ms, MB).
    pub cpu: i64,
    pub memory: i64,
}

/// Deletes the placements whose node never ended them (expired). Call it holding `lock_all`.
pub async fn delete_expired_placements(conn: &mut AnyConnection) -> Result<()> {
    sqlx::query(&format!(
        "DELETE FROM pool_placements WHERE expires_at <= {DB_NOW_MS}"
    ))
    .execute(conn)
    .await?;
    Ok(())
}

/// The placements in progress (not expired).
pub async fn placements(conn: &mut AnyConnection) -> Result<Vec<Placement>> {
    let rows: Vec<(i64, String, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT runtime_id, placed_by, host_id, cpu, memory FROM pool_placements \
             WHERE expires_at > {DB_NOW_MS} ORDER BY runtime_id, placed_by"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(runtime_id, placed_by, host_id, cpu, memory)| Placement {
            runtime_id,
            placed_by,
            host_id,
            cpu,
            memory,
        })
        .collect())
}

/// Records a placement for `ttl_ms` of the database's clock (replacing this node's earlier one
/// of the runtime, whose launch ended without its record deleted).
pub async fn place(conn: &mut AnyConnection, placement: &Placement, ttl_ms: i64) -> Result<()> {
    sqlx::query(&format!(
        "INSERT INTO pool_placements (runtime_id, placed_by, host_id, cpu, memory, expires_at) \
         VALUES ($1, $2, $3, $4, $5, {DB_NOW_MS} + $6) \
         ON CONFLICT (runtime_id, placed_by) DO UPDATE SET host_id = EXCLUDED.host_id, \
         cpu = EXCLUDED.cpu, memory = EXCLUDED.memory, expires_at = EXCLUDED.expires_at"
    ))
    .bind(placement.runtime_id)
    .bind(&placement.placed_by)
    .bind(placement.host_id)
    .bind(placement.cpu)
    .bind(placement.memory)
    .bind(ttl_ms)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends a node's placement of a runtime: its launch ended (the container listed, or none made).
pub async fn placed(conn: &mut AnyConnection, runtime_id: i64, placed_by: &str) -> Result<()> {
    sqlx::query("DELETE FROM pool_placements WHERE runtime_id = $1 AND placed_by = $2")
        .bind(runtime_id)
        .bind(placed_by)
        .execute(conn)
        .await?;
    Ok(())
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
            already_in_pool(&spec.docker_daemon_uri)
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

/// 409 `DB_CONSTRAINT_VIOLATED`: a host at this URI is in the pool already.
pub fn already_in_pool(uri: &str) -> Error {
    Error::conflict(
        ErrorQualifier::DB_CONSTRAINT_VIOLATED,
        format!("docker host `{uri}` is already in the pool"),
    )
}
