//! Whether this server can write: the readiness probe's second check (`/q/health/ready`).
//!
//! A database can answer reads while refusing every write — a full disk, a read-only
//! filesystem, a PostgreSQL that ran out of space — and a server that cannot write cannot serve
//! a game. So readiness writes too: one row per server in `installation`
//! (`readiness:<server URI>`, so servers sharing a database never contend for it), through the
//! group-commit writer like every other write, which also proves that the writer's connection
//! is healthy. The row is small and rewritten in place; a failed probe leaves nothing behind.

use std::sync::Arc;

use super::time::now_millis;
use super::writer::Writer;

/// Writes this server's probe row and commits it; `Err` with the database's reason when the
/// write or its commit fails.
pub async fn probe_write(writer: &Arc<Writer>, server_uri: &str) -> Result<(), sqlx::Error> {
    let mut tx = writer.begin().await?;
    sqlx::query(
        "INSERT INTO installation (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(format!("readiness:{server_uri}"))
    .bind(now_millis().to_string())
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Why the disk holding a SQLite database file is too full to serve writes: less than
/// `min_free_mib` MiB available to this process (`statvfs`'s `f_bavail`), as
/// `OMGSERVERS_DATABASE_MIN_FREE_MIB` sets it; `None` when there is room, or the space cannot
/// be read. A nearly full disk refuses most writes while a small one, such as the probe's own,
/// may still fit in space SQLite holds already: the probe alone would say UP.
pub fn short_of_space(file: &std::path::Path, min_free_mib: u64) -> Option<String> {
    let stats = rustix::fs::statvfs(file).ok()?;
    let free = stats.f_bavail.saturating_mul(stats.f_frsize);
    let min = min_free_mib.saturating_mul(1024 * 1024);
    (free < min).then(|| {
        format!(
            "the disk holding the database is full: {} KiB free, less than OMGSERVERS_DATABASE_MIN_FREE_MIB ({min_free_mib} MiB)",
            free / 1024
        )
    })
}
