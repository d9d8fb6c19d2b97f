//! Bringing the Docker pool up at server start: this installation's id (it labels the
//! containers), the hosts from `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__*` or the
//! local engine, and each stored host connected, adopted and watched.

use std::sync::Arc;

use super::docker::{connect, DockerPool, DockerTls, PoolSettings};
use super::hosts::{self, HostSpec};
use crate::config::{Config, RuntimesDriver};
use crate::error::{Error, Result};
use crate::store::slots::Slots;
use crate::store::{pool_hosts, Db, IdGenerator};
use crate::wake::Hub;

const LOCAL_ENGINE: &str = "unix:///var/run/docker.sock";

pub async fn start_pool(
    db: &Db,
    config: &Config,
    ids: &IdGenerator,
    hub: Arc<Hub>,
    slots: Arc<Slots>,
) -> Result<Arc<DockerPool>> {
    let settings = PoolSettings {
        installation: installation_id(db, ids).await?,
        tls: DockerTls::new(
            config.docker_client_tls_verify,
            &config.docker_client_cert_path,
        ),
        network: config.runtimes_docker_network.clone(),
        registry_host: super::registry_host(&config.registry_uri)?,
        exited_retention: config.runtimes_exited_retention,
        stop_on_shutdown: config.runtimes_docker_stop_on_shutdown,
    };
    let manages_runtimes = config.runtimes_driver == RuntimesDriver::Docker;
    let slots_shared = slots.is_clustered();
    let pool = DockerPool::new(settings, db.clone(), hub, manages_runtimes, slots);
    bootstrap_hosts(db, ids, &pool).await?;
    let mut conn = db.pool.acquire().await?;
    let rows = hosts::list(&mut conn).await?;
    drop(conn);
    let registered = futures_util::future::join_all(rows.into_iter().map(|row| {
        let pool = pool.clone();
        async move {
            let uri = row.spec.docker_daemon_uri.clone();
            if let Err(e) = pool.register(row).await {
                tracing::warn!(host = %uri, error = %e, "pool host not usable");
            }
        }
    }));
    registered.await;
    if slots_shared {
        let task = tokio::spawn(follow_hosts(db.clone(), Arc::downgrade(&pool)));
        pool.set_follower(task.abort_handle());
    }
    Ok(pool)
}

/// How often a cluster node re-reads the pool's hosts, as often as it looks at each host.
const FOLLOW_INTERVAL: std::time::Duration = std::time::Duration::from_secs(3);

/// In a cluster, hosts are added, drained and deleted through any node: each node re-reads
/// them every `FOLLOW_INTERVAL` (and at each placement, under the hosts' lock), so it watches
/// and adopts on a host another node added and stops placing on one it drained or deleted.
/// While a runtime of this node waits for room it reads the placements in progress too, to
/// see room freed by another node (`DockerPool::check_room`).
async fn follow_hosts(db: Db, pool: std::sync::Weak<DockerPool>) {
    let mut tick = tokio::time::interval(FOLLOW_INTERVAL);
    loop {
        tick.tick().await;
        let Some(pool) = pool.upgrade() else {
            return;
        };
        let read = async {
            let mut conn = db.pool.acquire().await?;
            let rows = hosts::list(&mut conn).await?;
            let placements = if pool.waits_for_room() {
                Some(pool_hosts::placements(&mut conn).await?)
            } else {
                None
            };
            Ok::<_, Error>((rows, placements))
        }
        .await;
        match read {
            Ok((rows, placements)) => {
                pool.sync_hosts(rows).await;
                if let Some(placements) = placements {
                    // Listed after the placements were read: a placement that ended before
                    // the read has its container listed, so it does not look like room freed.
                    pool.look_at_hosts().await;
                    pool.check_room(&placements);
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot read the pool's hosts"),
        }
    }
}

/// A random id stored once per database: containers are labelled with it, so a server adopts
/// exactly its own installation's containers even when Docker hosts are shared.
pub(crate) async fn installation_id(db: &Db, ids: &IdGenerator) -> Result<String> {
    let mut conn = db.pool.acquire().await?;
    let fresh = format!("{:x}-{:x}", ids.next(), rand::random::<u64>());
    pool_hosts::installation_id(&mut conn, &fresh).await
}

/// Adds configured hosts the database does not have; with none configured and none stored,
/// the local engine when it answers, sized by what it reports.
async fn bootstrap_hosts(db: &Db, ids: &IdGenerator, pool: &DockerPool) -> Result<()> {
    let configured = hosts::from_env(std::env::vars())?;
    let mut conn = db.pool.acquire().await?;
    let stored = hosts::list(&mut conn).await?;
    let mut wanted = configured;
    if wanted.is_empty() && stored.is_empty() {
        if let Some(local) = local_engine(pool).await {
            wanted.push(local);
        }
    }
    for spec in wanted {
        if stored
            .iter()
            .any(|h| hosts::canonical_uri(&h.spec.docker_daemon_uri) == spec.docker_daemon_uri)
        {
            continue;
        }
        tracing::info!(host = %spec.docker_daemon_uri, cpus = spec.cpu_count, memory_mb = spec.memory_size, "adding docker host to the pool");
        match hosts::insert(&mut conn, ids.next(), &spec).await {
            Ok(_) | Err(Error::Conflict { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

async fn local_engine(pool: &DockerPool) -> Option<HostSpec> {
    let docker = connect::connect(LOCAL_ENGINE, &pool.settings().tls).ok()?;
    connect::ping(&docker).await.ok()?;
    let info = docker.info().await.ok()?;
    let cpu_count = info.ncpu.unwrap_or(1).max(1);
    let memory_size = (info.mem_total.unwrap_or(1 << 30) / (1024 * 1024)).max(64);
    Some(HostSpec {
        docker_daemon_uri: LOCAL_ENGINE.to_owned(),
        cpu_count,
        memory_size,
        max_containers: 64,
    })
}
