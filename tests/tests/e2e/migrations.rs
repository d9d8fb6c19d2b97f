//! The two migration sets (server/migrations/{sqlite,postgres}) define the same schema: the same
//! tables, the same columns in each, and the same indexes on the same columns. Both are applied
//! to real databases (a SQLite file, a throwaway PostgreSQL cluster) and read back from the
//! databases' own catalogues.

use std::collections::BTreeMap;

use omgservers::config::Synchronous;
use omgservers::store::{Backend, Db};

/// table -> sorted column names, and index name -> (table, columns in order).
#[derive(Debug, PartialEq)]
struct Schema {
    tables: BTreeMap<String, Vec<String>>,
    indexes: BTreeMap<String, (String, Vec<String>)>,
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
    Schema { tables, indexes }
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
    Schema { tables, indexes }
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
}

fn limits() -> omgservers::store::PoolLimits {
    omgservers::store::PoolLimits {
        max_connections: 2,
        acquire_timeout: std::time::Duration::from_secs(10),
        idle_in_transaction_limit: None,
    }
}
