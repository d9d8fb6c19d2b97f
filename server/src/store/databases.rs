//! Where game state lives: the system database, or one of several shard databases chosen by
//! slot (docs/sharding.md "Several databases"; ARCHITECTURE.md §4, design notes
//! `reference/scale-out.md` §6.2).
//!
//! The control plane (users, tenants, projects, stages, versions, deployments, pool hosts,
//! nodes and leases) always lives in the **system** database (`OMGSERVERS_DATABASE_URL`). A
//! slot's game state (`store::GAME_STATE_TABLES`) lives in the system database too, unless
//! shard databases are set (`OMGSERVERS_DATABASE_SHARDS_<i>_URL`): then slot `s` lives in shard
//! database `slot_databases[s]`, a map kept in the system database and written once, when the
//! first server starts with shard databases: slot `s` of `k` shard databases in `s mod k`. That
//! is upstream's one database per server: with the static index of `k` servers (server `i`
//! owns slots `i, i + k, …`), every slot of server `i` lives in shard database `i`. Every
//! database gets the whole schema; a shard database's control-plane tables stay empty.
//!
//! Each database has its own group-commit writer (`store::writer`): a unit of work writes one
//! database, and no unit writes both kinds of state (docs/sharding.md "Game state and the
//! control plane"), so none needs a transaction across databases.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, Row, Transaction};

use super::slots::Slots;
use super::time::now_millis;
use super::writer::{WriteTx, Writer};
use super::Db;

/// One database and its group-commit writer.
#[derive(Clone, Debug)]
pub struct Database {
    pub db: Db,
    pub writer: Arc<Writer>,
    /// Until when (epoch ms) the database is taken for unreachable: a connection to it could
    /// not be had. Until then callers are answered at once, as when no connection came within
    /// the acquire timeout, instead of each waiting that timeout again: the controller's pass
    /// over every database would otherwise wait once per step. The first caller after it tries.
    unreachable_until: Arc<AtomicI64>,
    /// Why a shard database is not set up (migrated, its mark checked, its fences opened):
    /// it did not answer at the server's start (`set_up_shard`). `None`: set up. Until then
    /// it is taken for unreachable.
    not_set_up: Arc<std::sync::Mutex<Option<String>>>,
}

/// How long a database found unreachable is not asked again.
const UNREACHABLE_FOR_MS: i64 = 5_000;

impl Database {
    pub fn new(db: Db, writer: Arc<Writer>) -> Database {
        Database {
            db,
            writer,
            unreachable_until: Arc::default(),
            not_set_up: Arc::default(),
        }
    }

    /// A shard database that did not answer at the server's start: unreachable until
    /// `set_up_shard` succeeds.
    pub fn not_set_up(db: Db, writer: Arc<Writer>, why: String) -> Database {
        let database = Database::new(db, writer);
        *database.set_up_state() = Some(why);
        database
    }

    /// Why the database is not set up yet (`None`: it is).
    pub fn pending_set_up(&self) -> Option<String> {
        self.set_up_state().clone()
    }

    fn set_up_state(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.not_set_up
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The connection pool, for statements that take one (`store::hot`, `store::moves`):
    /// refused while the database is not set up (its tables may not exist). Not refused in an
    /// unreachable spell, unlike `acquire`: `store::hot` serves from memory what it holds.
    pub fn pool(&self) -> Result<&sqlx::AnyPool, sqlx::Error> {
        if self.set_up_state().is_some() {
            return Err(sqlx::Error::PoolTimedOut);
        }
        Ok(&self.db.pool)
    }

    /// A unit of work on this database's writer (`Writer::begin`).
    pub async fn begin(&self) -> Result<WriteTx, sqlx::Error> {
        self.reachable()?;
        let begun = self.writer.begin().await;
        self.note(&begun);
        begun
    }

    /// Whether `other` is this database.
    pub fn is(&self, other: &Database) -> bool {
        Arc::ptr_eq(&self.writer, &other.writer)
    }

    /// A pooled connection, for reads.
    pub async fn acquire(&self) -> Result<PoolConnection<Any>, sqlx::Error> {
        self.reachable()?;
        let acquired = self.db.pool.acquire().await;
        self.note(&acquired);
        acquired
    }

    /// A read-only transaction: one snapshot for a view assembled from several queries.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.reachable()?;
        let begun = self.db.pool.begin().await;
        self.note(&begun);
        begun
    }

    /// The readiness probe's write (`store::health`), within the probe timeout, after a
    /// SQLite database's disk was found to have `min_free_mib` MiB free; a success ends an
    /// unreachable spell at once (callers need not wait it out).
    pub async fn probe(&self, server_uri: &str, min_free_mib: u64) -> Result<(), String> {
        if let Some(why) = self.pending_set_up() {
            return Err(format!("not set up since the server started: {why}"));
        }
        if let Some(why) = (self.db.file.as_deref())
            .and_then(|file| super::health::short_of_space(file, min_free_mib))
        {
            return Err(why);
        }
        let probe = super::health::probe_write(&self.writer, server_uri);
        let written = match tokio::time::timeout(self.db.probe_timeout(), probe).await {
            Ok(written) => written,
            Err(_) => return Err("no write committed within the probe timeout".to_owned()),
        };
        self.note(&written);
        written.map_err(|e| e.to_string())
    }

    /// Whether the database is not in an unreachable spell (see `unreachable_until`).
    pub fn is_reachable(&self) -> bool {
        self.reachable().is_ok()
    }

    fn reachable(&self) -> Result<(), sqlx::Error> {
        let not_set_up = self.set_up_state().is_some();
        if not_set_up || now_millis() < self.unreachable_until.load(Ordering::Relaxed) {
            return Err(sqlx::Error::PoolTimedOut);
        }
        Ok(())
    }

    /// Remembers whether a connection could be had: not when the database did not answer, nor
    /// when it answered refusing the connection (`super::is_refused_connection`).
    fn note<T>(&self, result: &Result<T, sqlx::Error>) {
        match result {
            Err(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::Tls(_)) => {
                self.unreachable_for_a_while();
            }
            Err(e) if super::is_refused_connection(e) => self.unreachable_for_a_while(),
            Ok(_) => self.unreachable_until.store(0, Ordering::Relaxed),
            Err(_) => {}
        }
    }

    fn unreachable_for_a_while(&self) {
        let until = now_millis() + UNREACHABLE_FOR_MS;
        self.unreachable_until.store(until, Ordering::Relaxed);
    }
}

/// A connection to each database of game state (`Databases::game_reads`).
pub struct GameReads(Vec<PoolConnection<Any>>);

impl GameReads {
    /// `store::count_by_deployment` over every database: each holds its own deployments' rows.
    pub async fn count_by_deployment(
        &mut self,
        table: &str,
        condition: &str,
        deployment_ids: &[i64],
    ) -> Result<HashMap<i64, i64>, sqlx::Error> {
        let mut counts = HashMap::new();
        for conn in &mut self.0 {
            add_counts(&mut counts, conn, table, condition, deployment_ids).await?;
        }
        Ok(counts)
    }
}

async fn add_counts(
    counts: &mut HashMap<i64, i64>,
    conn: &mut AnyConnection,
    table: &str,
    condition: &str,
    deployment_ids: &[i64],
) -> Result<(), sqlx::Error> {
    for (deployment, count) in
        super::count_by_deployment(conn, table, condition, deployment_ids).await?
    {
        *counts.entry(deployment).or_insert(0) += count;
    }
    Ok(())
}

/// The system database and the shard databases, with the map from slot to shard database.
#[derive(Debug)]
pub struct Databases {
    system: Database,
    /// `OMGSERVERS_DATABASE_SHARDS_<i>_URL`, in index order; empty: game state in `system`.
    shards: Vec<Database>,
    /// Slot -> index in `shards` (empty without shard databases). A move switches a slot's
    /// entry (`set_slot`), and every server re-reads the map often (`reload_map`).
    map: Vec<AtomicUsize>,
    /// Slots locked by a move (from its lock until its target opens), as last read
    /// (`cluster::moves`): the controller leaves them alone meanwhile, as their units are
    /// refused (`SHARD_LOCKED`).
    moving: std::sync::Mutex<HashSet<u32>>,
    slots: Arc<Slots>,
    /// The installation's id, which each shard database's mark names (`check_shard`).
    installation: String,
}

impl Databases {
    /// Everything in one database.
    pub fn single(system: Database, slots: Arc<Slots>) -> Databases {
        Databases {
            system,
            shards: Vec::new(),
            map: Vec::new(),
            moving: std::sync::Mutex::default(),
            slots,
            installation: String::new(),
        }
    }

    /// Game state in `shards`, slot `s` in `shards[map[s]]`.
    ///
    /// # Panics
    /// When `map` does not give every slot a shard database (`load_map` checks it).
    pub fn sharded(
        system: Database,
        shards: Vec<Database>,
        map: Vec<usize>,
        slots: Arc<Slots>,
        installation: String,
    ) -> Databases {
        assert!(
            map.len() == slots.count() as usize && map.iter().all(|i| *i < shards.len()),
            "every slot maps to a shard database"
        );
        Databases {
            system,
            shards,
            map: map.into_iter().map(AtomicUsize::new).collect(),
            moving: std::sync::Mutex::default(),
            slots,
            installation,
        }
    }

    /// The control plane's database.
    pub fn system(&self) -> &Database {
        &self.system
    }

    /// The database of a slot's game state.
    pub fn of_slot(&self, slot: u32) -> &Database {
        match self.map.get(slot as usize) {
            Some(index) => &self.shards[index.load(Ordering::Relaxed)],
            None => &self.system,
        }
    }

    /// The database of a deployment's game state.
    pub fn of_deployment(&self, deployment_id: i64) -> &Database {
        self.of_slot(self.slots.slot_of(deployment_id))
    }

    /// Every database that holds game state: the shard databases, or the system database.
    pub fn game(&self) -> &[Database] {
        if self.shards.is_empty() {
            std::slice::from_ref(&self.system)
        } else {
            &self.shards
        }
    }

    /// The shard databases, in index order (empty: game state in the system database).
    pub fn shards(&self) -> &[Database] {
        &self.shards
    }

    /// The shard database index of each slot (empty without shard databases).
    pub fn map(&self) -> Vec<usize> {
        self.map.iter().map(|i| i.load(Ordering::Relaxed)).collect()
    }

    /// The shard database index of a slot (`None` without shard databases).
    pub fn shard_of(&self, slot: u32) -> Option<usize> {
        self.map
            .get(slot as usize)
            .map(|i| i.load(Ordering::Relaxed))
    }

    /// Points `slot` at shard database `index` (a move switched it).
    pub fn set_slot(&self, slot: u32, index: usize) {
        if let Some(entry) = self.map.get(slot as usize) {
            if index < self.shards.len() {
                entry.store(index, Ordering::Relaxed);
            }
        }
    }

    /// Whether `slot` is locked by a move (as last read).
    pub fn is_moving(&self, slot: u32) -> bool {
        !self.map.is_empty() && self.moving_slots().contains(&slot)
    }

    /// `slot`'s move opened its target: it is served again.
    pub fn moved(&self, slot: u32) {
        self.moving_slots().remove(&slot);
    }

    /// Replaces the slots locked by a move.
    pub fn set_moving(&self, slots: HashSet<u32>) {
        *self.moving_slots() = slots;
    }

    fn moving_slots(&self) -> std::sync::MutexGuard<'_, HashSet<u32>> {
        self.moving
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Re-reads the map from the system database, where moves switch it (`store::moves`).
    /// Returns the slots whose database changed.
    pub async fn reload_map(&self) -> Result<Vec<u32>, sqlx::Error> {
        if self.map.is_empty() {
            return Ok(Vec::new());
        }
        let mut conn = self.system.acquire().await?;
        let mut changed = Vec::new();
        for (slot, shard) in read_map(&mut conn).await? {
            if self.shard_of(slot).is_some_and(|now| now != shard) && shard < self.shards.len() {
                self.set_slot(slot, shard);
                changed.push(slot);
            }
        }
        Ok(changed)
    }

    /// The databases holding the game state of any of `deployment_ids`, each once: a read about
    /// them asks these only, so a shard database that is down fails only reads about its own.
    pub fn holding(&self, deployment_ids: &[i64]) -> Vec<&Database> {
        let mut held: Vec<&Database> = Vec::new();
        for id in deployment_ids {
            let database = self.of_deployment(*id);
            if !held.iter().any(|d| d.is(database)) {
                held.push(database);
            }
        }
        held
    }

    /// `store::count_by_deployment`, asking only the databases holding `deployment_ids`
    /// (`holding`): a shard database that is down fails only reads about its own deployments.
    pub async fn count_by_deployment(
        &self,
        table: &str,
        condition: &str,
        deployment_ids: &[i64],
    ) -> Result<HashMap<i64, i64>, sqlx::Error> {
        let mut counts = HashMap::new();
        for database in self.holding(deployment_ids) {
            let mut conn = database.acquire().await?;
            add_counts(&mut counts, &mut conn, table, condition, deployment_ids).await?;
        }
        Ok(counts)
    }

    /// A connection to each database of game state, for reads whose answers add up.
    pub async fn game_reads(&self) -> Result<GameReads, sqlx::Error> {
        let mut conns = Vec::with_capacity(self.game().len());
        for database in self.game() {
            conns.push(database.acquire().await?);
        }
        Ok(GameReads(conns))
    }

    /// Sets up the shard databases that did not answer at the server's start, trying again
    /// every 2 s until each is; runs until then (or until the task is aborted). Each that fails
    /// is logged when its reason changes, and its readiness check says why.
    pub async fn keep_setting_up(databases: Arc<Databases>) {
        let mut told: Vec<Option<String>> = vec![None; databases.shards.len()];
        loop {
            let mut left = false;
            for (index, database) in databases.shards.iter().enumerate() {
                if database.pending_set_up().is_none() {
                    continue;
                }
                let slots: Vec<u32> = (0..databases.slots.count())
                    .filter(|slot| databases.shard_of(*slot) == Some(index))
                    .collect();
                match set_up_shard(&database.db, &databases.installation, index, &slots).await {
                    Ok(()) => {
                        *database.set_up_state() = None;
                        tracing::info!(
                            shard_database = index,
                            "shard database set up; its slots play"
                        );
                    }
                    Err(why) => {
                        left = true;
                        if told[index].as_ref() != Some(&why) {
                            tracing::error!(shard_database = index, error = %why, "shard database not set up yet; trying again every 2 s");
                            told[index] = Some(why.clone());
                        }
                        *database.set_up_state() = Some(why);
                    }
                }
            }
            if !left {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        }
    }

    /// Every database, the system one first (health, shutdown).
    pub fn all(&self) -> impl Iterator<Item = &Database> {
        std::iter::once(&self.system).chain(self.shards.iter())
    }
}

/// Reads the slot → shard database map from the system database, writing it first when it is
/// not there yet: slot `s` in shard database `s mod shards`. Refuses a map written
/// for another number of slots or of shard databases (a setting that changed: moving slots
/// between databases is not done by restarting with other settings), and a first map over a
/// system database that holds game state already (it would be left behind). PostgreSQL only.
pub async fn load_map(
    conn: &mut AnyConnection,
    slots: u32,
    shards: usize,
) -> Result<Vec<usize>, String> {
    let shard_count = i64::try_from(shards).map_err(|e| e.to_string())?;
    if !has_map(conn).await.map_err(|e| e.to_string())? {
        for table in super::GAME_STATE_TABLES {
            let held: Option<i32> = sqlx::query_scalar(&format!("SELECT 1 FROM {table} LIMIT 1"))
                .fetch_optional(&mut *conn)
                .await
                .map_err(|e| e.to_string())?;
            if held.is_some() {
                return Err(format!(
                    "the system database holds game state ({table}) from a start without shard databases; OMGSERVERS_DATABASE_SHARDS_<i>_URL must be set from an installation's first start"
                ));
            }
        }
        // Two servers starting together write the same rows; the second writes nothing.
        sqlx::query(
            "INSERT INTO slot_databases (slot, shard) \
             SELECT s, s % $1 FROM generate_series(0, $2 - 1) AS s \
             ON CONFLICT (slot) DO NOTHING",
        )
        .bind(shard_count)
        .bind(i64::from(slots))
        .execute(&mut *conn)
        .await
        .map_err(|e| e.to_string())?;
    }
    let rows = sqlx::query("SELECT slot, shard FROM slot_databases ORDER BY slot")
        .fetch_all(&mut *conn)
        .await
        .map_err(|e| e.to_string())?;
    if rows.len() != slots as usize {
        return Err(format!(
            "the system database maps {} slots to shard databases but OMGSERVERS_SERVER_SHARD_COUNT is {slots}; it cannot change",
            rows.len()
        ));
    }
    let mut map = Vec::with_capacity(rows.len());
    for row in rows {
        let shard: i32 = row.try_get(1).map_err(|e| e.to_string())?;
        match usize::try_from(shard) {
            Ok(index) if index < shards => map.push(index),
            _ => {
                return Err(format!(
                    "the system database maps slots to shard database {shard} but only {shards} are set (OMGSERVERS_DATABASE_SHARDS_0_URL … _{}_URL); set every shard database the installation was started with",
                    shards.saturating_sub(1)
                ))
            }
        }
    }
    Ok(map)
}

/// The map as the system database holds it: `(slot, shard database index)`, by slot.
pub async fn read_map(conn: &mut AnyConnection) -> Result<Vec<(u32, usize)>, sqlx::Error> {
    let rows: Vec<(i32, i32)> =
        sqlx::query_as("SELECT slot, shard FROM slot_databases ORDER BY slot")
            .fetch_all(conn)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(slot, shard)| Some((u32::try_from(slot).ok()?, usize::try_from(shard).ok()?)))
        .collect())
}

/// Refuses shard databases where they cannot work, before anything is written: they need a
/// PostgreSQL system database, PostgreSQL URLs and at least one slot each.
pub fn check_settings(
    backend: super::Backend,
    config: &crate::config::Config,
) -> Result<(), String> {
    if config.database_shards.is_empty() {
        return Ok(());
    }
    if backend != super::Backend::Postgres {
        return Err("OMGSERVERS_DATABASE_SHARDS_<i>_URL needs a PostgreSQL OMGSERVERS_DATABASE_URL (the system database)".to_owned());
    }
    for (index, url) in config.database_shards.iter().enumerate() {
        match super::database_url(Some(url), None, None, &config.data_dir) {
            Ok((_, super::Backend::Postgres)) => {}
            _ => {
                return Err(format!(
                    "OMGSERVERS_DATABASE_SHARDS_{index}_URL must be a postgresql:// URL"
                ))
            }
        }
    }
    if (config.server_shard_count as usize) < config.database_shards.len() {
        return Err(format!(
            "OMGSERVERS_SERVER_SHARD_COUNT ({}) is below the number of shard databases ({}): some would hold no slot",
            config.server_shard_count,
            config.database_shards.len()
        ));
    }
    Ok(())
}

/// Checks that a shard database is shard `index` of `installation` (the system database's
/// installation id), or not yet any installation's: one given at another index, one of another
/// installation, or a system database is refused, as its slots' game state would be read and
/// written in the wrong place. Reads only, and also before the database is migrated (a
/// database without the `installation` table is nobody's yet); `mark_shard` writes the mark
/// once all are checked.
pub async fn check_shard(
    conn: &mut AnyConnection,
    installation: &str,
    index: usize,
) -> Result<(), String> {
    let setting = format!("OMGSERVERS_DATABASE_SHARDS_{index}_URL");
    // Resolved as the reads below resolve the name (the search path), whatever the privileges.
    let marks_table: Option<String> =
        sqlx::query_scalar("SELECT CAST(to_regclass('installation') AS TEXT)")
            .fetch_one(&mut *conn)
            .await
            .map_err(|e| format!("{setting}: {e}"))?;
    if marks_table.is_none() {
        return Ok(());
    }
    let read = |key: &'static str| {
        sqlx::query_scalar::<_, String>("SELECT value FROM installation WHERE key = $1").bind(key)
    };
    let system: Option<String> = read("id")
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| format!("{setting}: {e}"))?;
    if system.is_some() {
        return Err(format!(
            "{setting} names a system database (an installation's OMGSERVERS_DATABASE_URL), not a shard database"
        ));
    }
    let found = read("shard-database")
        .fetch_optional(&mut *conn)
        .await
        .map_err(|e| format!("{setting}: {e}"))?;
    let Some(found) = found else {
        return Ok(());
    };
    match found.split_once('/') {
        _ if found == shard_mark(installation, index) => Ok(()),
        Some((owner, other)) if owner == installation => Err(format!(
            "{setting} names shard database {other} of this installation: keep the shard databases in the order of the installation's first start"
        )),
        _ => Err(format!(
            "{setting} names a shard database of another installation ({found})"
        )),
    }
}

/// Sets a shard database up once it answers (`Databases::keep_setting_up`): checks its mark
/// (`check_shard`), migrates it, then `open_shard`. Each step can be done again. The error
/// says which step failed and why.
pub async fn set_up_shard(
    db: &Db,
    installation: &str,
    index: usize,
    slots: &[u32],
) -> Result<(), String> {
    {
        let mut conn = db.pool.acquire().await.map_err(|e| e.to_string())?;
        check_shard(&mut conn, installation, index).await?;
    }
    // The connection is back in the pool: the migrator takes one of its own.
    db.migrate().await.map_err(|e| e.to_string())?;
    open_shard(db, installation, index, slots).await
}

/// Opens a checked and migrated shard database: writes its mark, reads it again (two
/// installations that checked the same empty database at once: the one whose mark is not
/// there is refused), and opens the fences of `slots`, the slots the map puts there.
pub async fn open_shard(
    db: &Db,
    installation: &str,
    index: usize,
    slots: &[u32],
) -> Result<(), String> {
    let mut conn = db.pool.acquire().await.map_err(|e| e.to_string())?;
    mark_shard(&mut conn, installation, index)
        .await
        .map_err(|e| e.to_string())?;
    check_shard(&mut conn, installation, index).await?;
    super::moves::open_fences(&mut conn, slots)
        .await
        .map_err(|e| e.to_string())
}

/// Marks a shard database as shard `index` of `installation` (`check_shard` passed).
pub async fn mark_shard(
    conn: &mut AnyConnection,
    installation: &str,
    index: usize,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO installation (key, value) VALUES ('shard-database', $1) \
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(shard_mark(installation, index))
    .execute(conn)
    .await?;
    Ok(())
}

fn shard_mark(installation: &str, index: usize) -> String {
    format!("{installation}/{index}")
}

/// Whether the system database has a slot map: it was started with shard databases, and must
/// not be started without them (its game state is there).
pub async fn has_map(conn: &mut AnyConnection) -> Result<bool, sqlx::Error> {
    let any: Option<i32> = sqlx::query_scalar("SELECT slot FROM slot_databases LIMIT 1")
        .fetch_optional(conn)
        .await?;
    Ok(any.is_some())
}
