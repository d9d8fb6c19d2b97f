//! The two migration sets (server/migrations/{sqlite,postgres}) define the same schema: the same
//! tables, the same columns in each, the same indexes on the same columns and the same foreign
//! keys. Both are applied to real databases (a SQLite file, a throwaway PostgreSQL cluster) and
//! read back from the databases' own catalogues. And game state references nothing of the
//! control plane (docs/sharding.md "Game state and the control plane").

use std::collections::{BTreeMap, BTreeSet};

use omgservers::config::Synchronous;
use omgservers::store::{Backend, Db, GAME_STATE_TABLES};

/// table -> sorted column names, index name -> (table, columns in order), and the foreign
/// keys as (referencing table, referenced table).
#[derive(Debug, PartialEq)]
struct Schema {
    tables: BTreeMap<String, Vec<String>>,
    indexes: BTreeMap<String, (String, Vec<String>)>,
    references: BTreeSet<(String, String)>,
}

async fn rows(db: &Db, sql: &str) -> Vec<(String, String)> {
    sqlx::query_as(sql).fetch_all(&db.pool).await.unwrap()
}

async fn sqlite_schema(db: &Db) -> Schema {
    let mut tables = BTreeMap::new();
    for (table, _) in rows(
        db,
        "SELECT name, type FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .await
    {
        let mut columns: Vec<String> = rows(
            db,
            &format!("SELECT name, type FROM pragma_table_info('{table}')"),
        )
        .await
        .into_iter()
        .map(|(name, _)| name)
        .collect();
        columns.sort();
        tables.insert(table, columns);
    }
    let mut indexes = BTreeMap::new();
    for (index, table) in rows(
        db,
        "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    )
    .await
    {
        let columns = rows(
            db,
            &format!(
                "SELECT name, CAST(seqno AS TEXT) FROM pragma_index_info('{index}') ORDER BY seqno"
            ),
        )
        .await
        .into_iter()
        .map(|(name, _)| name)
        .collect();
        indexes.insert(index, (table, columns));
    }
    let mut references = BTreeSet::new();
    for table in tables.keys() {
        for (referenced, _) in rows(
            db,
            &format!("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('{table}')"),
        )
        .await
        {
            references.insert((table.clone(), referenced));
        }
    }
    Schema {
        tables,
        indexes,
        references,
    }
}

async fn postgres_schema(db: &Db) -> Schema {
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (table, column) in rows(
        db,
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
    )
    .await
    {
        tables.entry(table).or_default().push(column);
    }
    for columns in tables.values_mut() {
        columns.sort();
    }
    let mut indexes = BTreeMap::new();
    // Explicit indexes only (as SQLite lists them): not those behind PRIMARY KEY or UNIQUE.
    for (index, table) in rows(
        db,
        "SELECT i.indexname::text, i.tablename::text FROM pg_indexes i \
         WHERE i.schemaname = 'public' AND NOT EXISTS \
         (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
    )
    .await
    {
        let columns = rows(
            db,
            &format!(
                "SELECT a.attname::text, k.ord::text FROM pg_index x \
                 JOIN pg_class c ON c.oid = x.indexrelid \
                 CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord) \
                 JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum \
                 WHERE c.relname = '{index}' ORDER BY k.ord"
            ),
        )
        .await
        .into_iter()
        .map(|(name, _)| name)
        .collect();
        indexes.insert(index, (table, columns));
    }
    let references = rows(
        db,
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint \
         WHERE contype = 'f'",
    )
    .await
    .into_iter()
    .collect();
    Schema {
        tables,
        indexes,
        references,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_migration_sets_define_the_same_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let sqlite = Db::connect(&sqlite_url, Backend::Sqlite, limits(), Synchronous::Normal)
        .await
        .unwrap();
    let postgres_url = omgservers_e2e::postgres::fresh_database().await;
    let postgres = Db::connect(
        &postgres_url,
        Backend::Postgres,
        limits(),
        Synchronous::Normal,
    )
    .await
    .unwrap();
    let (s, p) = (
        sqlite_schema(&sqlite).await,
        postgres_schema(&postgres).await,
    );
    assert!(
        s.tables.len() > 10,
        "too few tables read: {:?}",
        s.tables.keys()
    );
    assert!(
        s.indexes.len() > 10,
        "too few indexes read: {:?}",
        s.indexes.keys()
    );
    for table in s.tables.keys().chain(p.tables.keys()) {
        assert_eq!(
            s.tables.get(table),
            p.tables.get(table),
            "table `{table}`: SQLite columns (left) differ from PostgreSQL's (right)"
        );
    }
    for index in s.indexes.keys().chain(p.indexes.keys()) {
        assert_eq!(
            s.indexes.get(index),
            p.indexes.get(index),
            "index `{index}`: SQLite (left) differs from PostgreSQL (right)"
        );
    }
    assert_eq!(
        s.references, p.references,
        "foreign keys: SQLite (left) differ from PostgreSQL (right)"
    );
    assert!(
        s.references
            .contains(&("client_messages".to_owned(), "clients".to_owned())),
        "foreign keys not read: {:?}",
        s.references
    );
    for table in GAME_STATE_TABLES {
        assert!(s.tables.contains_key(table), "no table `{table}`");
    }
    for (table, referenced) in &s.references {
        assert!(
            !GAME_STATE_TABLES.contains(&table.as_str())
                || GAME_STATE_TABLES.contains(&referenced.as_str()),
            "game-state table `{table}` references control-plane table `{referenced}`"
        );
    }
}

fn limits() -> omgservers::store::PoolLimits {
    omgservers::store::PoolLimits {
        max_connections: 2,
        acquire_timeout: std::time::Duration::from_secs(10),
        idle_in_transaction_limit: None,
    }
}

/// Migration 0011 drops the game state's foreign keys to the control plane (on SQLite it
/// rebuilds five tables); 0012 moves the match backoff off `deployments` to `match_backoffs`.
/// A database populated under 0001–0010 keeps every row, column for column, on both backends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn game_state_keeps_its_rows_through_migrations_0011_and_0012() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite_url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let postgres_url = omgservers_e2e::postgres::fresh_database().await;
    for (url, backend, set) in [
        (sqlite_url.as_str(), Backend::Sqlite, "sqlite"),
        (postgres_url.as_str(), Backend::Postgres, "postgres"),
    ] {
        // 0001–0010 only, from a copy of the migration set.
        let before = dir.path().join(format!("{set}-0010"));
        std::fs::create_dir(&before).unwrap();
        let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../server/migrations")
            .join(set);
        for entry in std::fs::read_dir(&source).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.as_str() < "0011" {
                std::fs::copy(source.join(&name), before.join(&name)).unwrap();
            }
        }
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(url).await.unwrap();
        let migrator = sqlx::migrate::Migrator::new(before.as_path())
            .await
            .unwrap();
        migrator.run(&pool).await.unwrap();
        for sql in [
            "INSERT INTO tenants (id, created) VALUES (1, 0)",
            "INSERT INTO projects (id, tenant_id, created) VALUES (2, 1, 0)",
            "INSERT INTO stages (id, tenant_id, project_id, created) VALUES (3, 1, 2, 0)",
            "INSERT INTO versions (id, tenant_id, project_id, config, created) VALUES (4, 1, 2, '{}', 0)",
            "INSERT INTO deployments (id, tenant_id, stage_id, version_id, created, match_failures, match_next_start_at) \
             VALUES (5, 1, 3, 4, 0, 2, 99)",
            "INSERT INTO deployments (id, tenant_id, stage_id, version_id, created) VALUES (19, 1, 3, 4, 0)",
            "INSERT INTO lobbies (id, tenant_id, deployment_id, created, runtime_id) VALUES (6, 1, 5, 11, 7)",
            "INSERT INTO matchmakers (id, tenant_id, deployment_id, created) VALUES (8, 1, 5, 12)",
            "INSERT INTO deployment_events (id, tenant_id, deployment_id, runtime_id, kind, message, created) \
             VALUES (9, 1, 5, 7, 'STARTED', 'started', 13)",
            "INSERT INTO clients (id, tenant_id, user_id, player_id, deployment_id, state, created, last_activity) \
             VALUES (10, 1, 20, 21, 5, 'QUEUED', 0, 0)",
            "INSERT INTO matchmaker_requests (id, tenant_id, matchmaker_id, client_id, mode, created) \
             VALUES (14, 1, 8, 10, 'duel', 15)",
            "INSERT INTO matches (id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, status, created) \
             VALUES (16, 1, 8, 5, 'duel', 17, 'OPENED', 18)",
        ] {
            sqlx::query(sql).execute(&pool).await.unwrap();
        }
        pool.close().await;
        let db = Db::connect(url, backend, limits(), Synchronous::Normal)
            .await
            .unwrap();
        for (sql, expected) in [
            (
                "SELECT CONCAT_WS('|', id, tenant_id, deployment_id, created, runtime_id) FROM lobbies",
                "6|1|5|11|7",
            ),
            (
                "SELECT CONCAT_WS('|', id, tenant_id, deployment_id, created) FROM matchmakers",
                "8|1|5|12",
            ),
            (
                "SELECT CONCAT_WS('|', id, tenant_id, deployment_id, runtime_id, kind, message, created) \
                 FROM deployment_events",
                "9|1|5|7|STARTED|started|13",
            ),
            (
                "SELECT CONCAT_WS('|', id, tenant_id, matchmaker_id, client_id, mode, created) \
                 FROM matchmaker_requests",
                "14|1|8|10|duel|15",
            ),
            (
                "SELECT CONCAT_WS('|', id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, status, created) \
                 FROM matches",
                "16|1|8|5|duel|17|OPENED|18",
            ),
            // Deployment 19 had no backoff: no row.
            (
                "SELECT CONCAT_WS('|', deployment_id, tenant_id, failures, next_start_at) \
                 FROM match_backoffs",
                "5|1|2|99",
            ),
        ] {
            let rows: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&db.pool).await.unwrap();
            assert_eq!(rows, [(expected.to_owned(),)], "{set}: {sql}");
        }
        // No cascade is left: the control plane goes, the game state waits for the controller.
        sqlx::query("DELETE FROM tenants WHERE id = 1")
            .execute(&db.pool)
            .await
            .unwrap();
        for table in [
            "lobbies",
            "matchmakers",
            "deployment_events",
            "matchmaker_requests",
            "matches",
            "match_backoffs",
        ] {
            let (count,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(&db.pool)
                .await
                .unwrap();
            assert_eq!(count, 1, "{set}: `{table}` lost its row with the tenant");
        }
    }
}
