//! Database access: connection, embedded migrations, id generation, time, and the shard-key
//! discipline (ARCHITECTURE.md §4).
//!
//! One SQL dialect serves SQLite and PostgreSQL through sqlx's `Any` driver: `$N` placeholders,
//! BIGINT and TEXT columns only, instants as epoch milliseconds, JSON as TEXT. Each backend has
//! its own migration set so they can diverge where a backend offers more.
//!
//! Rows of tenant-owned tables carry `tenant_id`, their shard key. Every object a caller names
//! (by id or alias) is resolved within the tenant (`tenancy::resolve`), and child rows are then
//! reached through those resolved ids, so all rows an operation touches share one shard key and
//! moving shards to other servers is a routing change. Lobby and matchmaker rows, named without
//! a tenant, are their own shard key, as upstream.

pub mod builds;
pub mod clients;
pub mod commit_fate;
pub mod databases;
pub mod deployments;
pub mod events;
pub mod gauges;
pub mod health;
pub mod hierarchy;
pub mod hot;
pub mod ids;
pub mod lists;
pub mod live_clients;
pub mod match_backoffs;
pub mod matchmaking;
pub mod moves;
pub mod orphans;
pub mod permissions;
pub mod pool_hosts;
pub mod queue;
pub mod resolve;
pub mod round_trips;
pub mod runtimes;
pub mod shard;
pub mod slots;
pub mod status;
pub mod time;
pub mod users;
pub mod versions;
pub mod writer;

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

pub use ids::IdGenerator;

/// The tables of a slot's game state (docs/sharding.md "Game state and the control plane"):
/// keyed by deployment (and the slots' fences, by slot), none references a table outside this
/// list, so that they may live in another database than the rest — the control plane. Checked
/// on both backends' catalogues (`tests/e2e/migrations.rs`) and on the store's statements
/// (`layering.rs`).
pub const GAME_STATE_TABLES: [&str; 12] = [
    "clients",
    "client_messages",
    "runtimes",
    "runtime_commands",
    "lobbies",
    "matchmakers",
    "matchmaker_requests",
    "matches",
    "deployment_events",
    "match_backoffs",
    "player_round_trips",
    "slot_fences",
];

/// The database, whichever backend it is.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// How long the readiness probe waits for an answer.
    ping_timeout: std::time::Duration,
    /// SQLite: the database file, whose disk the readiness probe checks for room.
    pub file: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL (OMGSERVERS_DATABASE_URL) is invalid: {0}")]
    BadUrl(String),
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Builds the connection URL from the settings (wire reference §15.1).
pub fn database_url(
    url: Option<&str>,
    username: Option<&str>,
    password: Option<&str>,
    data_dir: &Path,
) -> Result<(String, Backend), StoreError> {
    let Some(url) = url.filter(|u| !u.trim().is_empty()) else {
        let path = data_dir.join("omgservers.db");
        return Ok((
            format!("sqlite://{}?mode=rwc", path.display()),
            Backend::Sqlite,
        ));
    };
    let url = url.trim().trim_start_matches("jdbc:");
    if url.starts_with("sqlite:") {
        return Ok((url.to_owned(), Backend::Sqlite));
    }
    if !(url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        return Err(StoreError::BadUrl(
            "expected postgresql://…, postgres://… or sqlite:…".to_owned(),
        ));
    }
    let mut parsed = url::Url::parse(url).map_err(|e| StoreError::BadUrl(e.to_string()))?;
    if let Some(user) = username {
        parsed
            .set_username(user)
            .map_err(|()| StoreError::BadUrl("cannot set the username".to_owned()))?;
    }
    if let Some(password) = password {
        parsed
            .set_password(Some(password))
            .map_err(|()| StoreError::BadUrl("cannot set the password".to_owned()))?;
    }
    Ok((parsed.to_string(), Backend::Postgres))
}

/// How many connections the pool keeps, and how long a caller waits for one: a database that
/// is down is a 503 after `acquire_timeout`, not after sqlx's default 30 s.
#[derive(Clone, Copy, Debug)]
pub struct PoolLimits {
    pub max_connections: u32,
    pub acquire_timeout: std::time::Duration,
    /// PostgreSQL only: ends a session that sits idle inside a transaction this long
    /// (`idle_in_transaction_session_timeout`). A cluster node sets its lease TTL: a node
    /// paused in the middle of a batch holds its slots' lease rows `FOR SHARE`, and the other
    /// nodes' takeover skips locked rows, so without it a paused node would keep its slots
    /// until it resumed. `None`: the server's default (no limit).
    pub idle_in_transaction_limit: Option<std::time::Duration>,
}

impl Db {
    /// Connects and applies the embedded migrations of the backend.
    pub async fn connect(
        url: &str,
        backend: Backend,
        limits: PoolLimits,
        synchronous: crate::config::Synchronous,
    ) -> Result<Db, StoreError> {
        let db = Db::connect_unmigrated(url, backend, limits, synchronous).await?;
        db.migrate().await?;
        Ok(db)
    }

    /// Connects without migrating: for a shard database, whose mark is checked first
    /// (`store::databases::check_shard`), so that another installation's database is refused
    /// before its schema is touched.
    pub async fn connect_unmigrated(
        url: &str,
        backend: Backend,
        limits: PoolLimits,
        synchronous: crate::config::Synchronous,
    ) -> Result<Db, StoreError> {
        let options = connect_options(url)?;
        let pool = pool_options(backend, limits, synchronous)
            .connect_with(options)
            .await?;
        if backend == Backend::Sqlite {
            // Persistent per database file; readers no longer block the writer.
            pool.execute("PRAGMA journal_mode = WAL").await?;
        }
        let mut db = Db::new(pool, backend, limits);
        if backend == Backend::Sqlite {
            db.file = sqlite_file(url);
        }
        Ok(db)
    }

    /// A PostgreSQL database not connected yet: its first use connects. For a shard database
    /// that does not answer at the server's start (`store::databases`), migrated later.
    pub fn lazy(url: &str, limits: PoolLimits) -> Result<Db, StoreError> {
        let synchronous = crate::config::Synchronous::Normal;
        let pool = pool_options(Backend::Postgres, limits, synchronous)
            .connect_lazy_with(connect_options(url)?);
        Ok(Db::new(pool, Backend::Postgres, limits))
    }

    fn new(pool: AnyPool, backend: Backend, limits: PoolLimits) -> Db {
        Db {
            file: None,
            pool,
            backend,
            // A probe's answer within a second, as orchestrators expect of one.
            ping_timeout: limits
                .acquire_timeout
                .min(std::time::Duration::from_secs(1)),
        }
    }

    /// Applies the embedded migrations of the backend not applied yet.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("./migrations/postgres"),
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Whether the database answers within a second (or the acquire timeout, if shorter):
    /// the readiness probe.
    /// How long a readiness check waits for the database: a second, or the acquire timeout
    /// if shorter.
    pub fn probe_timeout(&self) -> std::time::Duration {
        self.ping_timeout
    }

    pub async fn ping(&self) -> bool {
        let answered = sqlx::query("SELECT 1").execute(&self.pool);
        matches!(
            tokio::time::timeout(self.ping_timeout, answered).await,
            Ok(Ok(_))
        )
    }
}

/// The file of a SQLite URL (`sqlite://path?…`, `sqlite:path`); `None` for an in-memory one.
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:")).then(|| std::path::PathBuf::from(path))
}

fn connect_options(url: &str) -> Result<AnyConnectOptions, StoreError> {
    sqlx::any::install_default_drivers();
    Ok(AnyConnectOptions::from_str(url)?)
}

/// The pool's limits, and each new connection's settings.
fn pool_options(
    backend: Backend,
    limits: PoolLimits,
    synchronous: crate::config::Synchronous,
) -> AnyPoolOptions {
    let idle_limit = limits.idle_in_transaction_limit;
    AnyPoolOptions::new()
        .max_connections(limits.max_connections.max(1))
        .acquire_timeout(limits.acquire_timeout)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // NORMAL: with WAL, a commit survives a crash of the server without an
                    // fsync per commit; FULL: an fsync per commit, for power loss too.
                    conn.execute(match synchronous {
                        crate::config::Synchronous::Normal => "PRAGMA synchronous = NORMAL",
                        crate::config::Synchronous::Full => "PRAGMA synchronous = FULL",
                    })
                    .await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                }
                if let (Backend::Postgres, Some(limit)) = (backend, idle_limit) {
                    let millis = limit.as_millis().max(1);
                    conn.execute(
                        format!("SET idle_in_transaction_session_timeout = {millis}").as_str(),
                    )
                    .await?;
                }
                Ok(())
            })
        })
}

/// Creates the data directory (0700) if missing.
pub fn ensure_data_dir(path: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(path).map_err(|source| StoreError::DataDir {
        path: path.display().to_string(),
        source,
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700));
    }
    Ok(())
}

/// Ids one statement's `IN (…)` list takes (reads, deletes, updates by id): few statements for
/// thousands of ids, and few binds each (`store::queue::PUSH_ROWS` says why that matters).
pub(crate) const IDS_PER_STATEMENT: usize = 500;

/// `$1, $2, … $n`: the placeholders of an `IN (…)` list of `n` values.
pub(crate) fn placeholders(n: usize) -> String {
    placeholders_from(1, n)
}

/// `$first, … $(first + n - 1)`: an `IN (…)` list of `n` values after `first - 1` other binds.
pub(crate) fn placeholders_from(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `($1, … $c), ($c+1, … $2c), …`: the `VALUES` of a multi-row `INSERT` of `rows` rows of
/// `columns` binds each.
pub(crate) fn value_rows(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| format!("({})", placeholders_from(row * columns + 1, columns)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a statement of a chunked write or read over `rows` rows, in chunks of `chunk`, stays
/// prepared on its connection: only the lengths that recur (none or one, a full chunk). Every other
/// length is a statement text of its own; kept, they would push the hot path's statements out
/// of the connection's cache (sqlx keeps 100 per connection).
pub(crate) fn recurs(rows: usize, chunk: usize) -> bool {
    rows <= 1 || rows == chunk
}

/// The ids a one-column `select` answers for `ids`, a few hundred per statement: `select` holds
/// `{in}` where the `IN (…)` list of placeholders goes (a statement of our own code).
pub(crate) async fn ids_in(
    conn: &mut sqlx::AnyConnection,
    select: &str,
    ids: &[i64],
) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = rows_in(conn, select, ids).await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The rows `select` answers for `ids`, as `ids_in` reads them.
pub(crate) async fn rows_in<T>(
    conn: &mut sqlx::AnyConnection,
    select: &str,
    ids: &[i64],
) -> Result<Vec<T>, sqlx::Error>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let mut found = Vec::new();
    for chunk in ids.chunks(IDS_PER_STATEMENT) {
        let sql = select.replace("{in}", &placeholders(chunk.len()));
        let mut query =
            sqlx::query_as::<_, T>(&sql).persistent(recurs(chunk.len(), IDS_PER_STATEMENT));
        for id in chunk {
            query = query.bind(*id);
        }
        found.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(found)
}

/// Rows of game-state `table` (a name from our own code) matching `condition`, counted per
/// deployment of `deployment_ids`; a deployment without any is absent.
pub(crate) async fn count_by_deployment(
    conn: &mut sqlx::AnyConnection,
    table: &str,
    condition: &str,
    deployment_ids: &[i64],
) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let mut counts = HashMap::new();
    for chunk in deployment_ids.chunks(IDS_PER_STATEMENT) {
        let sql = format!(
            "SELECT deployment_id, COUNT(*) FROM {table} WHERE {condition} \
             AND deployment_id IN ({}) GROUP BY deployment_id",
            placeholders(chunk.len())
        );
        let mut query = sqlx::query_as::<_, (i64, i64)>(&sql);
        for id in chunk {
            query = query.bind(*id);
        }
        counts.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(counts)
}

/// Deletes rows of `table` (a name from our own code, never from input) by id, a few hundred
/// ids per statement.
pub(crate) async fn delete_by_id(
    conn: &mut sqlx::AnyConnection,
    table: &str,
    ids: &[i64],
) -> Result<(), sqlx::Error> {
    for chunk in ids.chunks(IDS_PER_STATEMENT) {
        let sql = format!(
            "DELETE FROM {table} WHERE id IN ({})",
            placeholders(chunk.len())
        );
        let mut query = sqlx::query(&sql).persistent(recurs(chunk.len(), IDS_PER_STATEMENT));
        for id in chunk {
            query = query.bind(*id);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Sets `last_activity` of rows of `table` (a name from our own code) from a map of id → epoch ms,
/// pairs, never moving it backwards.
pub(crate) async fn record_activity(
    conn: &mut sqlx::AnyConnection,
    table: &str,
    seen: &HashMap<i64, i64>,
) -> Result<(), crate::error::Error> {
    let sql = format!("UPDATE {table} SET last_activity = $1 WHERE id = $2 AND last_activity < $1");
    for (id, at) in seen {
        sqlx::query(&sql)
            .bind(*at)
            .bind(*id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Whether an error is a foreign-key violation: a parent vanished, or a child still needs it.
pub fn is_foreign_key_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => db.is_foreign_key_violation(),
        _ => false,
    }
}

/// Free text we store from elsewhere (build output, exit reasons, registry and Docker errors)
/// with each NUL (U+0000), which PostgreSQL cannot store in text, replaced by U+FFFD.
pub fn storable(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
}

/// Whether the database refused a text value it cannot store: PostgreSQL takes no NUL
/// (U+0000) in text (SQLSTATE 22021, or 22P05 when it cannot convert a character). SQLite
/// stores anything, so inputs are checked before they get here; this is the net under them.
pub fn is_unstorable_text(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => matches!(db.code().as_deref(), Some("22021" | "22P05")),
        _ => false,
    }
}

/// Whether PostgreSQL refused a number too large for its column (22003
/// numeric_value_out_of_range: an INTEGER column holds 32 bits). SQLite stores any 64-bit
/// integer, so requests validate such numbers first; this is the backstop that keeps a missed
/// one a 400 rather than a 500.
pub fn is_out_of_range_number(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => db.code().as_deref() == Some("22003"),
        _ => false,
    }
}

/// Whether a statement lost to a concurrent change and may simply be tried again: a
/// serialization failure or deadlock (PostgreSQL 40001, 40P01; another server's batch wrote
/// the same rows), or a busy or locked database (SQLite 5, 6, 517).
pub fn is_concurrent_conflict(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => matches!(
            db.code().as_deref(),
            Some("40001" | "40P01" | "5" | "6" | "517")
        ),
        _ => false,
    }
}

/// Whether an error says the database cannot store or reach its data right now — a full
/// disk, an I/O error, a read-only file, out of memory, a server shutting down — rather than
/// anything about the request: answered 503, and readiness turns DOWN until writes work
/// (`store::health`). SQLite: primary result codes 7 NOMEM, 8 READONLY, 10 IOERR, 13 FULL,
/// 14 CANTOPEN (sqlx reports extended codes, whose low byte is the primary one). PostgreSQL:
/// SQLSTATE classes 08 (connection), 53 (insufficient resources: 53100 disk full), 57
/// (operator intervention), 58 (system error).
pub fn is_storage_failure(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = e else {
        return false;
    };
    let Some(code) = db.code() else {
        return false;
    };
    // A SQLSTATE is five characters; SQLite's codes stay below 10000.
    if code.len() != 5 {
        return code
            .parse::<u32>()
            .is_ok_and(|extended| matches!(extended & 0xFF, 7 | 8 | 10 | 13 | 14));
    }
    ["08", "53", "57", "58"]
        .iter()
        .any(|class| code.starts_with(class))
}

/// Whether an error says the database cannot be reached or cannot serve now (connection
/// refused or lost, no connection within the acquire timeout, a storage failure, a server
/// starting up or shutting down), as opposed to a statement or a setting it refuses.
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    is_storage_failure(e)
        || matches!(
            e,
            sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
        )
}

/// Whether a connection was refused by the database server itself, which answers but lets no
/// session in: connection exceptions (SQLSTATE class 08), a refused login (class 28), a
/// database that does not exist (3D000) or is not accepting connections (55000: `ALTER
/// DATABASE … ALLOW_CONNECTIONS false`). PostgreSQL's five-character codes (Appendix A of its
/// manual; SQLite's numeric codes are shorter or longer). A server starting up or out of
/// connection slots (57P03, 53300) is retried by the pool until its acquire timeout, which
/// counts as not answering.
pub fn is_refused_connection(e: &sqlx::Error) -> bool {
    let sqlx::Error::Database(db) = e else {
        return false;
    };
    let Some(code) = db.code().filter(|c| c.len() == 5) else {
        return false;
    };
    code.starts_with("08") || code.starts_with("28") || matches!(code.as_ref(), "3D000" | "55000")
}

impl StoreError {
    /// `is_unavailable`, for connecting and migrating.
    pub fn is_unavailable(&self) -> bool {
        match self {
            StoreError::Sqlx(e)
            | StoreError::Migrate(
                sqlx::migrate::MigrateError::Execute(e)
                | sqlx::migrate::MigrateError::ExecuteMigration(e, _),
            ) => is_unavailable(e),
            _ => false,
        }
    }
}

/// Whether an error is a unique-constraint violation (same meaning on both backends).
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => db.is_unique_violation(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sqlite_url_names_its_file() {
        use std::path::PathBuf;
        let file = |url: &str| super::sqlite_file(url);
        assert_eq!(
            file("sqlite:///data/omgservers.db?mode=rwc"),
            Some(PathBuf::from("/data/omgservers.db"))
        );
        assert_eq!(file("sqlite://data/x.db"), Some(PathBuf::from("data/x.db")));
        assert_eq!(file("sqlite:x.db"), Some(PathBuf::from("x.db")));
        assert_eq!(file("sqlite::memory:"), None);
        assert_eq!(file("postgres://h/db"), None);
    }

    #[test]
    fn a_disk_with_less_than_the_minimum_free_is_full() {
        let here = std::env::temp_dir();
        assert_eq!(super::health::short_of_space(&here, 0), None);
        let why = super::health::short_of_space(&here, u64::MAX / (1024 * 1024));
        assert!(
            why.as_deref()
                .is_some_and(|w| w.contains("is full") && w.contains("KiB free")),
            "no disk has that much free: {why:?}"
        );
    }

    #[test]
    fn stored_text_holds_no_nul() {
        assert_eq!(super::storable("exit\0code 3"), "exit\u{FFFD}code 3");
        assert_eq!(super::storable("plain"), "plain");
    }

    #[test]
    fn storage_failures_are_told_from_request_errors() {
        let sqlite = |code: &str| sqlx::Error::Database(Box::new(Coded(code.to_owned())));
        // SQLITE_FULL, SQLITE_IOERR_WRITE (extended), SQLITE_READONLY_DBMOVED, disk_full.
        for storage in ["13", "778", "1032", "53100", "58030", "57P01", "08006"] {
            assert!(super::is_storage_failure(&sqlite(storage)), "{storage}");
        }
        // SQLITE_CONSTRAINT_UNIQUE, SQLITE_BUSY, unique_violation, serialization_failure.
        for request in ["2067", "5", "23505", "40001", "22021"] {
            assert!(!super::is_storage_failure(&sqlite(request)), "{request}");
        }
        assert!(!super::is_storage_failure(&sqlx::Error::RowNotFound));
    }

    /// A database error with only a code, as sqlx reports both backends' errors.
    #[derive(Debug)]
    struct Coded(String);

    impl std::fmt::Display for Coded {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "error {}", self.0)
        }
    }

    impl std::error::Error for Coded {}

    impl sqlx::error::DatabaseError for Coded {
        fn message(&self) -> &str {
            &self.0
        }
        fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
            Some(std::borrow::Cow::Borrowed(&self.0))
        }
        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }
        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }
}
