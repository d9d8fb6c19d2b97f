//! Shared state handed to every handler.

use std::sync::Arc;

use sqlx::{Any, AnyConnection, Transaction};

use crate::auth::Keys;
use crate::builder::IssuerCertificate;
use crate::config::Config;
use crate::dispatcher::Dispatcher;
use crate::game::Hub;
use crate::http::metrics::Metrics;
use crate::pool::docker::DockerPool;
use crate::pool::RuntimeDriver;
use crate::store::{Backend, Db, IdGenerator};

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub keys: Arc<Keys>,
    /// The certificate of the signing key, for registry tokens' `x5c` header.
    pub issuer_certificate: Arc<IssuerCertificate>,
    pub ids: Arc<IdGenerator>,
    pub config: Arc<Config>,
    pub metrics: Arc<Metrics>,
    /// This server's URI as given to others (`Config::public_uri`).
    pub public_uri: Arc<str>,
    pub hub: Arc<Hub>,
    /// The WebSocket rooms (the hub holds the same, to close sockets after commits).
    pub dispatcher: Arc<Dispatcher>,
    /// The writers' queue (see `begin`).
    pub writer: Arc<tokio::sync::Mutex<()>>,
    pub driver: Arc<dyn RuntimeDriver>,
    /// The Docker hosts (pool administration, image builds); it is also the driver when
    /// `OMGSERVERS_RUNTIMES_DRIVER=docker`.
    pub docker_pool: Arc<DockerPool>,
    /// When this server started (epoch ms): inactivity is not counted across a downtime.
    pub started_at: i64,
}

impl AppState {
    pub fn next_id(&self) -> i64 {
        self.ids.next()
    }

    /// A transaction that will write. Writers of this server take turns: each sees every
    /// change committed before it and decides on current rows (no lost update between a
    /// request and the controller, on either backend). On SQLite, which has one writer anyway,
    /// this also replaces its busy handler (contending writers slept in steps of up to 100 ms),
    /// and the write lock is taken up front (`BEGIN IMMEDIATE`).
    pub async fn begin(&self) -> Result<WriteTx, sqlx::Error> {
        let turn = self.writer.clone().lock_owned().await;
        let tx = match self.db.backend {
            Backend::Sqlite => self.db.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.db.pool.begin().await?,
        };
        Ok(WriteTx { tx, _turn: turn })
    }

    /// A read-only transaction: one consistent snapshot for views assembled from several queries.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.db.pool.begin().await
    }
}

/// A write transaction, holding the writer's turn on SQLite until it commits or drops.
pub struct WriteTx {
    tx: Transaction<'static, Any>,
    _turn: tokio::sync::OwnedMutexGuard<()>,
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
