//! Shared state handed to every handler.

use std::sync::Arc;

use sqlx::{Any, Transaction};

use crate::auth::Keys;
use crate::config::Config;
use crate::http::metrics::Metrics;
use crate::store::{Db, IdGenerator};

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    pub ids: Arc<IdGenerator>,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
    /// This server's URI as given to others (`Config::public_uri`).
    pub public_uri: Arc<str>,
}

impl AppState {
    pub fn next_id(&self) -> i64 {
        self.ids.next()
    }

    pub async fn begin(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.db.pool.begin().await
    }
}
