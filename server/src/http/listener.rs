//! The HTTP listener: accepts TCP connections and serves the router on each (HTTP/1.1, with
//! upgrades for the dispatcher's WebSockets), bounded in time and number (issue 15, fault 2):
//!
//! - **Header-read timeout** (`OMGSERVERS_HTTP_HEADER_READ_TIMEOUT`): hyper's, counted from
//!   when the connection opened or its previous response was sent, so one setting closes
//!   connections that send nothing, half a header (slowloris), or idle between requests.
//! - **Connection cap** (`OMGSERVERS_HTTP_MAX_CONNECTIONS`, by default three quarters of the
//!   open-file limit): a connection holds one permit. At the cap, the connection idle for
//!   longest (no request in flight: waiting for, or part-way through, a header) is shut down to
//!   make room, as nginx reuses keep-alive connections; if every connection is in a request,
//!   the next one waits in the listen backlog. So a client is answered even while others hold
//!   every connection the process can open, and the server never runs out of descriptors for
//!   its database, Docker hosts and files.
//! - **Body-read timeout** (`OMGSERVERS_HTTP_BODY_READ_TIMEOUT`): each request's body is read
//!   through `tower_http`'s `TimeoutBody`, which fails the read once no part of the body came
//!   for that long; the extractors answer it 408 (`http::extract`). Without it a body shorter
//!   than its `Content-Length` held its connection, and its request, for ever.
//!
//! Shutdown is graceful as `axum::serve`'s: no new connections, each open one finishes its
//! request in flight and closes; `serve` returns once all have (the caller bounds the wait).
//! A connection upgraded to a WebSocket leaves hyper, and its permit, at the upgrade: the
//! dispatcher owns it from there (its idle timeout, its close at shutdown).

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::connect_info::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore};
use tower::ServiceExt;

/// How connections are bounded (see the module docs).
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    pub header_read_timeout: Duration,
    pub body_read_timeout: Duration,
    pub max_connections: u32,
}

impl ConnectionLimits {
    /// The configured cap, or three quarters of the open-file limit (at least 16).
    pub fn from_config(config: &crate::config::Config) -> ConnectionLimits {
        let max_connections = config.http_max_connections.unwrap_or_else(|| {
            let open_files = rustix::process::getrlimit(rustix::process::Resource::Nofile)
                .current
                .unwrap_or(u64::from(u32::MAX));
            u32::try_from(open_files / 4 * 3)
                .unwrap_or(u32::MAX)
                .max(16)
        });
        ConnectionLimits {
            header_read_timeout: config.http_header_read_timeout,
            body_read_timeout: config.http_body_read_timeout,
            max_connections,
        }
    }
}

/// The open connections, oldest first, for choosing one to close at the cap.
#[derive(Default)]
struct Open {
    next_id: AtomicU64,
    connections: Mutex<BTreeMap<u64, Arc<Connection>>>,
}

#[derive(Default)]
struct Connection {
    /// Requests being answered on it.
    in_flight: AtomicUsize,
    /// Asked to close (once): at the cap, or at shutdown.
    closing: AtomicBool,
    /// Asked to close to make room at the cap (rather than for shutdown).
    evicted: AtomicBool,
    close: Notify,
}

impl Connection {
    fn ask_to_close(&self) {
        if !self.closing.swap(true, Ordering::SeqCst) {
            self.close.notify_one();
        }
    }

    fn evict(&self) {
        self.evicted.store(true, Ordering::SeqCst);
        self.ask_to_close();
    }
}

impl Open {
    /// Asks the oldest connection with no request in flight to close; whether there was one.
    fn close_longest_idle(&self) -> bool {
        let connections = self.lock();
        let idle = connections.values().find(|connection| {
            connection.in_flight.load(Ordering::SeqCst) == 0
                && !connection.closing.load(Ordering::SeqCst)
        });
        idle.inspect(|connection| connection.evict()).is_some()
    }

    fn add(&self) -> (u64, Arc<Connection>) {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        let connection = Arc::new(Connection::default());
        self.lock().insert(id, connection.clone());
        (id, connection)
    }

    fn remove(&self, id: u64) {
        self.lock().remove(&id);
    }

    fn close_all(&self) {
        for connection in self.lock().values() {
            connection.ask_to_close();
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Arc<Connection>>> {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Connections the kernel queues for `accept` (Linux caps it at `net.core.somaxconn`): a burst
/// of new clients waits in it rather than having its SYNs dropped (a one-second retransmit),
/// as with the 128 of `TcpListener::bind`.
const LISTEN_BACKLOG: u32 = 1024;

/// Listens on `address` with `LISTEN_BACKLOG`, reusing the address of a server just stopped.
pub fn bind(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if address.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

/// Serves `app` on `listener` until `shutdown` completes and every connection has closed.
/// Handlers can extract `ConnectInfo<SocketAddr>` (the peer's address).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let max = limits.max_connections.max(1);
    let permits = Arc::new(Semaphore::new(usize::try_from(max).unwrap_or(usize::MAX)));
    let open = Arc::new(Open::default());
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = match permits.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                if !open.close_longest_idle() {
                    tracing::debug!(max, "every connection is in a request; new ones wait");
                }
                tokio::select! {
                    permit = permits.clone().acquire_owned() => match permit {
                        Ok(permit) => permit,
                        Err(_) => break,
                    },
                    () = &mut shutdown => break,
                }
            }
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of descriptors or a connection reset before accept: not fatal.
                    tracing::warn!(error = %e, "cannot accept a connection; retrying in 100 ms");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers are small and written whole: do not hold them back for more.
        let _ = stream.set_nodelay(true);
        let (id, connection) = open.add();
        let open = open.clone();
        let service = counted(
            app.clone(),
            peer,
            connection.clone(),
            limits.body_read_timeout,
        );
        let builder = builder.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let conn = builder
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades();
            let mut conn = std::pin::pin!(conn);
            let mut closing = false;
            loop {
                tokio::select! {
                    result = conn.as_mut() => {
                        if let Err(e) = result {
                            tracing::debug!(error = %e, %peer, "connection ended with an error");
                        }
                        break;
                    }
                    () = connection.close.notified(), if !closing => {
                        // An evicted connection with no request in flight is dropped at once:
                        // hyper's graceful shutdown would wait for a half-sent header (a
                        // connection that never finished a request is not idle to hyper).
                        if connection.evicted.load(Ordering::SeqCst)
                            && connection.in_flight.load(Ordering::SeqCst) == 0
                        {
                            break;
                        }
                        closing = true;
                        conn.as_mut().graceful_shutdown();
                    }
                }
            }
            open.remove(id);
        });
    }
    drop(listener);
    open.close_all();
    // Every connection holds a permit until it ends: all are back once all have closed.
    let _ = permits.acquire_many(max).await;
}

/// The router as a hyper service for one connection: each request carries the peer's address
/// and is counted as in flight until its response is ready.
fn counted(
    app: Router,
    peer: SocketAddr,
    connection: Arc<Connection>,
    body_read_timeout: Duration,
) -> impl hyper::service::Service<
    hyper::Request<Incoming>,
    Response = axum::response::Response,
    Error = Infallible,
    Future = impl Future<Output = Result<axum::response::Response, Infallible>> + Send,
> + Clone {
    hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        let in_flight = InFlight::new(connection.clone());
        let request = request.map(|body| {
            axum::body::Body::new(tower_http::timeout::TimeoutBody::new(
                body_read_timeout,
                body,
            ))
        });
        let answer = app.clone().oneshot(request);
        async move {
            let response = answer.await;
            drop(in_flight);
            response
        }
    })
}

/// Counts a request in flight on its connection while alive.
struct InFlight(Arc<Connection>);

impl InFlight {
    fn new(connection: Arc<Connection>) -> InFlight {
        connection.in_flight.fetch_add(1, Ordering::SeqCst);
        InFlight(connection)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}
