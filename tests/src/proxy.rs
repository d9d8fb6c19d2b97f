//! A TCP proxy on loopback that a test cuts and restores: a database outage, or a connection
//! lost mid-statement, while the database itself keeps running for the other tests.

use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use crate::cluster;

/// Forwards 127.0.0.1:<port> to the database while it is up. Down, it drops every connection
/// and listens no more, so a new connection is refused, as with a stopped PostgreSQL.
pub struct TcpProxy {
    pub port: u16,
    down: Arc<watch::Sender<bool>>,
}

impl TcpProxy {
    pub async fn start(upstream: u16) -> TcpProxy {
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
                            let mut cut = state.subscribe();
                            tokio::spawn(async move {
                                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream)).await else {
                                    return;
                                };
                                let (mut client, mut server) = (client, server);
                                tokio::select! {
                                    _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                                    _ = cut.wait_for(|down| *down) => {}
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
