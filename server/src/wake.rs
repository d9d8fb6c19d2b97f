//! After-commit wake-ups (ARCHITECTURE.md §1): whom to wake once a write has committed — the
//! controller, long-polling players and runtimes, dispatcher sockets to close — and who is
//! alive right now (interchange activity, open long polls). It imports no capability; every
//! capability may call it. Nothing here is the truth: a lost wake-up only delays work until
//! the controller's safety tick, and a restart loses nothing the database does not hold.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

/// Closes the dispatcher sockets a committed change ends (implemented by the dispatcher, so
/// this module needs not know it).
pub trait SocketCloser: Send + Sync + std::fmt::Debug {
    fn after_commit(&self, wakes: &Wakes);
}

/// In-process wake-ups and activity tracking.
#[derive(Debug)]
pub struct Hub {
    clients: Mutex<HashMap<i64, Arc<Notify>>>,
    runtimes: Mutex<HashMap<i64, Arc<Notify>>>,
    controller: Notify,
    /// Last interchange per client / runtime, flushed to the database by the controller so a
    /// poll never writes.
    client_activity: Mutex<HashMap<i64, i64>>,
    runtime_activity: Mutex<HashMap<i64, i64>>,
    /// Clients and runtimes inside a long poll right now: alive, though they send nothing.
    client_polls: Mutex<HashMap<i64, u32>>,
    runtime_polls: Mutex<HashMap<i64, u32>>,
    /// Runtimes whose process or container is known to have exited, until the controller has
    /// removed them: no client is assigned to them meanwhile.
    gone_runtimes: Mutex<std::collections::HashSet<i64>>,
    /// Set when the server shuts down: long polls answer at once, so clients and runtimes
    /// reconnect (to the next server) instead of waiting on a server that is going away.
    closing: tokio::sync::watch::Sender<bool>,
    /// Told after each commit which dispatcher sockets to close.
    sockets: Arc<dyn SocketCloser>,
    /// When the controller last completed a pass (epoch ms; 0 before the first), for readiness.
    controller_passed: std::sync::atomic::AtomicI64,
    /// The token epoch of each runtime this node started since it began
    /// (`game::runtimes::start_credentials`): an interchange of an earlier start that is in
    /// flight when the runtime starts again is refused as it answers. Its next call is refused
    /// by the database's epoch, which is the truth; this only closes the gap in between.
    runtime_epochs: Mutex<HashMap<i64, i64>>,
}

/// Marks a client or runtime as long-polling while it lives.
pub struct PollGuard<'a> {
    polls: &'a Mutex<HashMap<i64, u32>>,
    id: i64,
}

impl Drop for PollGuard<'_> {
    fn drop(&mut self) {
        let mut polls = self.polls.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(count) = polls.get_mut(&self.id) {
            *count -= 1;
            if *count == 0 {
                polls.remove(&self.id);
            }
        }
    }
}

fn poll_guard(polls: &Mutex<HashMap<i64, u32>>, id: i64) -> PollGuard<'_> {
    *polls
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(id)
        .or_default() += 1;
    PollGuard { polls, id }
}

fn notify_of(map: &Mutex<HashMap<i64, Arc<Notify>>>, id: i64) -> Arc<Notify> {
    map.lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(id)
        .or_default()
        .clone()
}

fn wake_in(map: &Mutex<HashMap<i64, Arc<Notify>>>, id: i64) {
    if let Some(notify) = map.lock().unwrap_or_else(|p| p.into_inner()).get(&id) {
        notify.notify_waiters();
    }
}

impl Hub {
    pub fn new(sockets: Arc<dyn SocketCloser>) -> Hub {
        Hub {
            clients: Mutex::default(),
            runtimes: Mutex::default(),
            controller: Notify::new(),
            client_activity: Mutex::default(),
            runtime_activity: Mutex::default(),
            client_polls: Mutex::default(),
            runtime_polls: Mutex::default(),
            gone_runtimes: Mutex::default(),
            closing: tokio::sync::watch::Sender::new(false),
            sockets,
            controller_passed: std::sync::atomic::AtomicI64::new(0),
            runtime_epochs: Mutex::new(HashMap::new()),
        }
    }

    /// Records that the controller completed a pass at `now` (epoch ms).
    pub fn controller_passed(&self, now: i64) {
        self.controller_passed
            .store(now, std::sync::atomic::Ordering::Relaxed);
    }

    /// When the controller last completed a pass (epoch ms), if it has.
    pub fn controller_last_pass(&self) -> Option<i64> {
        let at = self
            .controller_passed
            .load(std::sync::atomic::Ordering::Relaxed);
        (at > 0).then_some(at)
    }

    pub fn client_notify(&self, client_id: i64) -> Arc<Notify> {
        notify_of(&self.clients, client_id)
    }

    pub fn runtime_notify(&self, runtime_id: i64) -> Arc<Notify> {
        notify_of(&self.runtimes, runtime_id)
    }

    /// Wakes what a committed change concerns, and closes the dispatcher sockets it ends.
    pub fn wake(&self, wakes: &Wakes) {
        self.sockets.after_commit(wakes);
        for id in &wakes.clients {
            wake_in(&self.clients, *id);
        }
        for id in &wakes.runtimes {
            wake_in(&self.runtimes, *id);
        }
        if wakes.controller {
            self.controller.notify_one();
        }
    }

    /// Ends every long poll now and the ones that start from now on.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves once the server is shutting down.
    pub async fn closed(&self) {
        let mut closing = self.closing.subscribe();
        let _ = closing.wait_for(|closing| *closing).await;
    }

    pub fn wake_controller(&self) {
        self.controller.notify_one();
    }

    pub async fn controller_woken(&self) {
        self.controller.notified().await;
    }

    pub fn forget_client(&self, client_id: i64) {
        self.clients
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&client_id);
        self.client_activity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&client_id);
    }

    /// A driver saw the runtime's process or container exit: nobody is assigned to it any more,
    /// and the controller runs now to remove it.
    pub fn runtime_gone(&self, runtime_id: i64) {
        self.gone_runtimes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(runtime_id);
        self.controller.notify_one();
    }

    pub fn is_gone(&self, runtime_id: i64) -> bool {
        self.gone_runtimes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(&runtime_id)
    }

    /// The runtime's process or container was started again: clients may be assigned to it.
    pub fn runtime_restarted(&self, runtime_id: i64) {
        self.gone_runtimes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id);
    }

    /// The runtime was started again at token epoch `epoch`.
    pub fn runtime_epoch_raised(&self, runtime_id: i64, epoch: i64) {
        let mut epochs = self
            .runtime_epochs
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        let known = epochs.entry(runtime_id).or_insert(epoch);
        *known = (*known).max(epoch);
    }

    /// The runtime's epoch, when this node started it since at an epoch later than
    /// `token_epoch`.
    pub fn runtime_epoch_behind(&self, runtime_id: i64, token_epoch: i64) -> Option<i64> {
        let epochs = self
            .runtime_epochs
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        epochs
            .get(&runtime_id)
            .copied()
            .filter(|epoch| *epoch > token_epoch)
    }

    pub fn forget_runtime(&self, runtime_id: i64) {
        self.runtime_epochs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id);
        self.gone_runtimes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id);
        self.runtimes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id);
        self.runtime_activity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(&runtime_id);
    }

    pub fn client_active(&self, client_id: i64, now: i64) {
        self.client_activity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(client_id, now);
    }

    pub fn runtime_active(&self, runtime_id: i64, now: i64) {
        self.runtime_activity
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(runtime_id, now);
    }

    pub fn client_polling(&self, client_id: i64) -> PollGuard<'_> {
        poll_guard(&self.client_polls, client_id)
    }

    pub fn runtime_polling(&self, runtime_id: i64) -> PollGuard<'_> {
        poll_guard(&self.runtime_polls, runtime_id)
    }

    /// The activity recorded since the last call; whoever is long-polling now is active now.
    pub fn take_activity(&self, now: i64) -> (HashMap<i64, i64>, HashMap<i64, i64>) {
        let mut clients = std::mem::take(
            &mut *self
                .client_activity
                .lock()
                .unwrap_or_else(|p| p.into_inner()),
        );
        let mut runtimes = std::mem::take(
            &mut *self
                .runtime_activity
                .lock()
                .unwrap_or_else(|p| p.into_inner()),
        );
        for id in self
            .client_polls
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .keys()
        {
            clients.insert(*id, now);
        }
        for id in self
            .runtime_polls
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .keys()
        {
            runtimes.insert(*id, now);
        }
        (clients, runtimes)
    }
}

/// Whom to wake once a transaction has committed.
#[derive(Debug, Default)]
pub struct Wakes {
    pub clients: Vec<i64>,
    pub runtimes: Vec<i64>,
    pub controller: bool,
    /// Deleted runtimes: their dispatcher rooms close.
    pub closed_rooms: Vec<i64>,
    /// (client, runtime) assignments that ended: the client's socket in that room closes.
    pub departed: Vec<(i64, i64)>,
}
