//! The game loop: players and clients, lobbies, matchmaking, matches, runtimes and the
//! interchange between players and runtimes (wire reference §5.4, §5.5, §8, §9, §11).
//!
//! The database holds the desired and observed state; request handlers change it in one
//! transaction and wake whoever waits (`Hub`): long-polling players and runtimes, and the
//! controller (`controller`), which reconciles what requests leave to it (lobby runtimes,
//! matchmaking, inactivity, runtime processes). Nothing depends on an in-memory event that a
//! crash could lose: a restart reconciles from the database.

pub mod clients;
pub mod commands;
pub mod controller;
pub mod inbox;
pub mod matchmaking;
pub mod runtimes;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use crate::dispatcher::Dispatcher;

/// In-process wake-ups and activity tracking.
#[derive(Debug, Default)]
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
    /// Set when the server shuts down: long polls answer at once, so clients and runtimes
    /// reconnect (to the next server) instead of waiting on a server that is going away.
    closing: tokio::sync::watch::Sender<bool>,
    /// Told after each commit which dispatcher sockets to close.
    dispatcher: Arc<Dispatcher>,
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
    pub fn new(dispatcher: Arc<Dispatcher>) -> Hub {
        Hub {
            dispatcher,
            ..Hub::default()
        }
    }

    pub fn client_notify(&self, client_id: i64) -> Arc<Notify> {
        notify_of(&self.clients, client_id)
    }

    pub fn runtime_notify(&self, runtime_id: i64) -> Arc<Notify> {
        notify_of(&self.runtimes, runtime_id)
    }

    /// Wakes what a committed change concerns, and closes the dispatcher sockets it ends.
    pub fn wake(&self, wakes: &Wakes) {
        self.dispatcher.after_commit(wakes);
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

    pub fn forget_runtime(&self, runtime_id: i64) {
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
