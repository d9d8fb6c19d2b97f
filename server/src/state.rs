//! Shared state handed to every handler.

use std::sync::Arc;

use sqlx::{Any, Transaction};

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
    pub driver: Arc<dyn RuntimeDriver>,
}

impl AppState {
    pub fn next_id(&self) -> i64 {
        self.ids.next()
    }

    /// A transaction that will write. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes fails at once with
    /// SQLITE_BUSY when another writer committed in between, instead of waiting its turn.
    pub async fn begin(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        match self.db.backend {
            Backend::Sqlite => self.db.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.db.pool.begin().await,
        }
    }

    /// A read-only transaction: one consistent snapshot for views assembled from several queries.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.db.pool.begin().await
    }
}
