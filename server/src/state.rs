//! Shared state handed to every handler.

use std::sync::Arc;

use sqlx::{Any, Transaction};

use crate::auth::Keys;
use crate::builder::IssuerCertificate;
use crate::config::Config;
use crate::dispatcher::Dispatcher;
use crate::http::metrics::Metrics;
use crate::pool::docker::DockerPool;
use crate::pool::RuntimeDriver;
use crate::store::databases::{Database, Databases};
use crate::store::writer::{WriteTx, Writer};
use crate::store::{Db, IdGenerator};
use crate::wake::Hub;

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
    /// The system database's group-commit writer, which every write of the control plane goes
    /// through (see `begin`); game state is written through its slot's database (`game`).
    pub writer: Arc<Writer>,
    /// The system database and the databases of the slots' game state (`store::databases`).
    pub databases: Arc<Databases>,
    pub driver: Arc<dyn RuntimeDriver>,
    /// The Docker hosts (pool administration, image builds); it is also the driver when
    /// `OMGSERVERS_RUNTIMES_DRIVER=docker`.
    pub docker_pool: Arc<DockerPool>,
    /// When this server started (epoch ms): inactivity is not counted across a downtime.
    pub started_at: i64,
    /// Clients' and runtimes' deployments, for routing in a cluster (`cluster::routes`).
    pub routes: Arc<crate::cluster::routes::Routes>,
    /// Per-address limits of the endpoints without authentication (`http::rate_limit`).
    pub rate_limits: Arc<crate::http::rate_limit::RateLimits>,
}

impl AppState {
    pub fn next_id(&self) -> i64 {
        self.ids.next()
    }

    /// A unit of work that will write, in the group-commit writer's current batch
    /// (`store::writer`): it sees every change committed or written before it, and its
    /// `commit` returns once its batch is durable.
    pub async fn begin(&self) -> Result<WriteTx, sqlx::Error> {
        self.writer.begin().await
    }

    /// The database holding a deployment's game state (the system database unless shard
    /// databases are set).
    pub fn game(&self, deployment_id: i64) -> &Database {
        self.databases.of_deployment(deployment_id)
    }

    /// Every database holding game state, for the passes over all of it.
    pub fn game_databases(&self) -> &[Database] {
        self.databases.game()
    }

    /// A read-only transaction: one consistent snapshot for views assembled from several queries.
    pub async fn begin_read(&self) -> Result<Transaction<'static, Any>, sqlx::Error> {
        self.db.pool.begin().await
    }
}
