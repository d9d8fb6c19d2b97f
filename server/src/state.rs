//! Shared state handed to every handler.

use std::sync::Arc;

use sqlx::{Any, AnyConnection, Transaction};

use crate::auth::Keys;
use crate::config::Config;
use crate::game::Hub;
use crate::http::metrics::Metrics;
use crate::pool::RuntimeDriver;
use crate::store::{Backend, Db, IdGenerator};

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    pub ids: Arc<IdGenerator>,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
    /// This server's URI as given to others (`Config::public_uri`).
    pub public_uri: Arc<str>,
    pub hub: Arc<Hub>,
    /// SQLite's single-writer queue (see `begin`).
    pub writer: Arc<tokio::sync::Mutex<()>>,
    pub driver: Arc<dyn RuntimeDriver>,
}

impl AppState {
    pub fn next_id(&self) -> i64 {
        self.ids.next()
    }

    /// A transaction that will write. SQLite has one writer at a time; left to its busy
    /// handler, contending writers sleep in steps of up to 100 ms. So SQLite writers queue here
    /// for their turn, then take the write lock up front (`BEGIN IMMEDIATE`: a deferred
    /// transaction that reads then writes fails with SQLITE_BUSY when another writer committed in
    /// between). PostgreSQL writers run concurrently.
    pub async fn begin(&self) -> Result<WriteTx, sqlx::Error> {
        match self.db.backend {
            Backend::Sqlite => {
                let turn = self.writer.clone().lock_owned().await;
                let tx = self.db.pool.begin_with("BEGIN IMMEDIATE").await?;
                Ok(WriteTx {
                    tx,
                    _turn: Some(turn),
                })
            }
            Backend::Postgres => Ok(WriteTx {
                tx: self.db.pool.begin().await?,
                _turn: None,
            }),
        }
    }

    /// A read-only transaction: one consistent snapshot for views assembled from several queries.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.db.pool.begin().await
    }
}

/// A write transaction, holding the writer's turn on SQLite until it commits or drops.
pub struct WriteTx {
    tx: Transaction<'static, Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}
