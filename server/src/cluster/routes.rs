//! Which deployment a client or a runtime belongs to, remembered for routing in a cluster.
//!
//! A node that receives an interchange must know the deployment (hence the slot and its owner)
//! before it can forward it. That never changes for a client or a runtime, so the answer of the
//! first database read is kept (a bounded cache, `quick_cache`): later interchanges are routed
//! without a read. A wrong entry cannot exist; an entry of a deleted client only routes its
//! next request to the owner, which answers it as for any deleted client.

use quick_cache::sync::Cache;

use crate::error::Result;
use crate::state::AppState;

/// Entries per cache: a few MB, more than the clients and runtimes one node routes at once.
const CAPACITY: usize = 200_000;

pub struct Routes {
    clients: Cache<i64, i64>,
    runtimes: Cache<i64, i64>,
}

impl std::fmt::Debug for Routes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Routes")
            .field("clients", &self.clients.len())
            .field("runtimes", &self.runtimes.len())
            .finish()
    }
}

impl Default for Routes {
    fn default() -> Self {
        Routes {
            clients: Cache::new(CAPACITY),
            runtimes: Cache::new(CAPACITY),
        }
    }
}

/// The deployment of a client, if it exists.
pub async fn client_deployment(state: &AppState, client_id: i64) -> Result<Option<i64>> {
    let read = crate::game::clients::deployment_of(state, client_id);
    remembered(&state.routes.clients, client_id, read).await
}

/// The deployment of a runtime, if it exists.
pub async fn runtime_deployment(state: &AppState, runtime_id: i64) -> Result<Option<i64>> {
    let read = crate::game::runtimes::deployment_of(state, runtime_id);
    remembered(&state.routes.runtimes, runtime_id, read).await
}

/// The cached deployment of `id`, else what `read` finds (kept when found).
async fn remembered(
    cache: &Cache<i64, i64>,
    id: i64,
    read: impl std::future::Future<Output = Result<Option<i64>>>,
) -> Result<Option<i64>> {
    if let Some(deployment) = cache.get(&id) {
        return Ok(Some(deployment));
    }
    let found = read.await?;
    if let Some(deployment) = found {
        cache.insert(id, deployment);
    }
    Ok(found)
}
