//! A TCP proxy on loopback that a test cuts and restores: a database outage, or a connection
//! lost mid-statement, while the database itself keeps running for the other tests; or a
//! Docker host cut off while the engine (behind its Unix socket) runs on.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream, UnixStream};
use tokio::sync::watch;

use crate::cluster;

/// Forwards 127.0.0.1:<port> to its upstream while it is up. Down, it drops every connection
/// and listens no more, so a new connection is refused, as with a stopped PostgreSQL.
pub struct TcpProxy {
    pub port: u16,
    down: Arc<watch::Sender<bool>>,
}

/// Where a proxy forwards to.
#[derive(Clone, Debug)]
enum Upstream {
    /// A loopback TCP port.
    Tcp(u16),
    /// A Unix socket (the Docker engine's).
    Unix(PathBuf),
}

impl TcpProxy {
    /// A proxy in front of loopback TCP port `upstream`.
    pub async fn start(upstream: u16) -> TcpProxy {
        TcpProxy::start_to(Upstream::Tcp(upstream)).await
    }

    /// A proxy in front of a Unix socket: `tcp://127.0.0.1:<port>` is a Docker host that a
    /// test can cut off while the engine runs on for the other tests.
    pub async fn to_unix_socket(path: impl Into<PathBuf>) -> TcpProxy {
        TcpProxy::start_to(Upstream::Unix(path.into())).await
    }

    async fn start_to(upstream: Upstream) -> TcpProxy {
        // Bound again after each cut: a port no outgoing connection can take meanwhile.
        let port = cluster::free_port();
        let first = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let down = Arc::new(watch::Sender::new(false));
        let state = down.clone();
        tokio::spawn(async move {
            let mut listener = Some(first);
            loop {
                let mut changes = state.subscribe();
                let current = match listener.take() {
                    Some(l) => l,
                    None => {
                        let _ = changes.wait_for(|down| !*down).await;
                        TcpListener::bind(("127.0.0.1", port)).await.unwrap()
                    }
                };
                loop {
                    tokio::select! {
                        accepted = current.accept() => {
                            let Ok((client, _)) = accepted else { break };
                            let cut = state.subscribe();
                            let upstream = upstream.clone();
                            tokio::spawn(async move {
                                match upstream {
                                    Upstream::Tcp(port) => {
                                        if let Ok(server) = TcpStream::connect(("127.0.0.1", port)).await {
                                            pipe(client, server, cut).await;
                                        }
                                    }
                                    Upstream::Unix(path) => {
                                        if let Ok(server) = UnixStream::connect(path).await {
                                            pipe(client, server, cut).await;
                                        }
                                    }
                                }
                            });
                        }
                        _ = changes.wait_for(|down| *down) => break,
                    }
                }
            }
        });
        TcpProxy { port, down }
    }

    /// A proxy in front of the loopback database of `url`, and the URL through it.
    pub async fn in_front_of(url: &str) -> (TcpProxy, String) {
        let at = url.find("127.0.0.1:").expect("a loopback database") + "127.0.0.1:".len();
        let port: String = url[at..].chars().take_while(char::is_ascii_digit).collect();
        let proxy = TcpProxy::start(port.parse().expect("a port")).await;
        let proxied = url.replacen(
            &format!("127.0.0.1:{port}"),
            &format!("127.0.0.1:{}", proxy.port),
            1,
        );
        (proxy, proxied)
    }

    /// Down: every connection dropped, new ones refused; up: forwarding again.
    pub fn set_down(&self, down: bool) {
        self.down.send_replace(down);
    }
}

/// Copies both ways until either side closes or the proxy is cut.
async fn pipe(
    mut client: TcpStream,
    mut server: impl AsyncRead + AsyncWrite + Unpin,
    mut cut: watch::Receiver<bool>,
) {
    tokio::select! {
        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
        _ = cut.wait_for(|down| *down) => {}
    }
}
