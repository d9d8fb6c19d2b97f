//! Real-time play over the dispatcher WebSocket (wire reference §10): a runtime opens its room
//! with [`RuntimeSocket`], then upgrades its players (`UPGRADE_CONNECTION`), who join the room
//! with [`PlayerSocket`] and the `ws_token` of their `CONNECTION_UPGRADE_MESSAGE`. Frames go
//! player → runtime → players through the server, never touching its database.
//!
//! Both sockets answer the server's pings while they are being read: keep calling `recv`
//! (or split the socket and read on a task of its own), or the server's idle timeout closes
//! the socket.

use base64::Engine;
use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use omgservers_types::docker::{FrameEncoding, PlayerFrame, RuntimeFrame};
use omgservers_types::ClientId;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::{Error, Result};

type Stream = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// The dispatcher endpoint, relative to the service URL.
pub const PATH: &str = "/dispatcher/v1/entrypoint/websocket/endpoint";

/// A frame's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Data {
    Text(String),
    Binary(Vec<u8>),
}

/// A player's frame, as its runtime receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FromPlayer {
    pub client_id: ClientId,
    pub data: Data,
}

/// The close frame the server ended a socket with (1002 refused or idle, 1001 room removed,
/// 1008 too slow, 1000 replaced or left the runtime; see docs/compatibility.md).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closed {
    pub code: u16,
    pub reason: String,
}

/// `ws(s)://…/dispatcher/v1/entrypoint/websocket/endpoint?ws_token=…` for a service URL.
pub fn endpoint_url(service_url: &str, ws_token: &str) -> String {
    let base = service_url.trim_end_matches('/');
    let base = if let Some(rest) = base.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = base.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        base.to_owned()
    };
    // JWTs are base64url and dots: nothing to escape.
    format!("{base}{PATH}?ws_token={ws_token}")
}

/// Opens a dispatcher socket, sending `cookie` (a `Cookie` header's value) if given: the
/// HTTP client's cookies, so that a balancer routing by a cluster's route cookie sends the
/// socket to the node owning the game (docs/sharding.md "Owner routing").
async fn open(service_url: &str, ws_token: &str, cookie: Option<&str>) -> Result<Stream> {
    let mut request = endpoint_url(service_url, ws_token)
        .into_client_request()
        .map_err(ws_error)?;
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_static("omgservers"),
    );
    if let Some(cookie) = cookie {
        let value = HeaderValue::from_str(cookie).map_err(ws_error)?;
        request.headers_mut().insert("Cookie", value);
    }
    // tungstenite allocates a 128 KiB read buffer per socket by default; a game client
    // reads small frames.
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(16 * 1024);
    let (stream, _) = tokio_tungstenite::connect_async_with_config(request, Some(config), false)
        .await
        .map_err(ws_error)?;
    Ok(stream)
}

fn ws_error(e: impl std::fmt::Display) -> Error {
    Error::WebSocket(e.to_string())
}

fn closed(frame: Option<CloseFrame>) -> Option<Closed> {
    frame.map(|f| Closed {
        code: f.code.into(),
        reason: f.reason.as_str().to_owned(),
    })
}

/// The reading half shared by both sockets: the next data frame, or `None` once closed.
struct Reader {
    stream: SplitStream<Stream>,
    closed: Option<Closed>,
}

impl Reader {
    async fn next(&mut self) -> Option<Message> {
        loop {
            match self.stream.next().await {
                Some(Ok(Message::Close(frame))) => {
                    self.closed = closed(frame);
                }
                Some(Ok(message @ (Message::Text(_) | Message::Binary(_)))) => {
                    return Some(message)
                }
                // Pings are answered by the WebSocket layer while reading.
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return None,
            }
        }
    }
}

/// The sending half of a [`RuntimeSocket`].
pub struct RuntimeSender {
    sink: SplitSink<Stream, Message>,
}

impl RuntimeSender {
    /// Sends `data` to the listed players, or to every player of the room when `clients` is
    /// empty. Text arrives as text frames, binary as binary frames.
    pub async fn send(&mut self, clients: &[ClientId], data: Data) -> Result<()> {
        let (encoding, message) = match data {
            Data::Text(text) => (FrameEncoding::TXT, text),
            Data::Binary(bytes) => (
                FrameEncoding::B64,
                base64::engine::general_purpose::STANDARD.encode(bytes),
            ),
        };
        let frame = RuntimeFrame {
            clients: Some(clients.to_vec()),
            encoding,
            message,
        };
        let text = serde_json::to_string(&frame).map_err(ws_error)?;
        self.sink.send(Message::text(text)).await.map_err(ws_error)
    }

    /// Sends text to every player of the room.
    pub async fn broadcast(&mut self, text: impl Into<String>) -> Result<()> {
        self.send(&[], Data::Text(text.into())).await
    }

    /// Closes the socket (its room and its players' sockets close with it).
    pub async fn close(&mut self) -> Result<()> {
        self.sink.close().await.map_err(ws_error)
    }
}

/// The receiving half of a [`RuntimeSocket`].
pub struct RuntimeReceiver {
    reader: Reader,
}

impl RuntimeReceiver {
    /// The next player frame; `None` once the socket is closed (see [`Self::closed`]).
    /// Frames that are not the dispatcher's player frames are skipped.
    pub async fn recv(&mut self) -> Option<FromPlayer> {
        loop {
            let Message::Text(text) = self.reader.next().await? else {
                continue;
            };
            let Ok(frame) = serde_json::from_str::<PlayerFrame>(text.as_str()) else {
                continue;
            };
            let data = match frame.encoding {
                FrameEncoding::TXT => Data::Text(frame.message),
                FrameEncoding::B64 => {
                    match base64::engine::general_purpose::STANDARD.decode(frame.message) {
                        Ok(bytes) => Data::Binary(bytes),
                        Err(_) => continue,
                    }
                }
            };
            return Some(FromPlayer {
                client_id: frame.client_id,
                data,
            });
        }
    }

    /// The server's close frame, once `recv` returned `None` (none if the connection dropped).
    pub fn closed(&self) -> Option<&Closed> {
        self.reader.closed.as_ref()
    }
}

/// A runtime's dispatcher socket: its room. Open it before upgrading players; a runtime that
/// connects again replaces its earlier socket and keeps its players.
pub struct RuntimeSocket {
    pub sender: RuntimeSender,
    pub receiver: RuntimeReceiver,
}

impl RuntimeSocket {
    /// Opens the room with the runtime's `ws_token` (from `runtime/create-token`,
    /// [`crate::runtime::RuntimeClient::ws_token`]), sending no cookie. Behind a balancer that
    /// routes by a cluster's route cookie, [`crate::runtime::RuntimeClient::open_socket`]
    /// reaches the node owning the game instead of one that pipes the socket to it.
    pub async fn connect(service_url: &str, ws_token: &str) -> Result<RuntimeSocket> {
        RuntimeSocket::connect_with(service_url, ws_token, None).await
    }

    /// `connect`, sending `cookie` as the `Cookie` header.
    pub(crate) async fn connect_with(
        service_url: &str,
        ws_token: &str,
        cookie: Option<&str>,
    ) -> Result<RuntimeSocket> {
        let (sink, stream) = open(service_url, ws_token, cookie).await?.split();
        Ok(RuntimeSocket {
            sender: RuntimeSender { sink },
            receiver: RuntimeReceiver {
                reader: Reader {
                    stream,
                    closed: None,
                },
            },
        })
    }

    pub async fn recv(&mut self) -> Option<FromPlayer> {
        self.receiver.recv().await
    }

    pub async fn send(&mut self, clients: &[ClientId], data: Data) -> Result<()> {
        self.sender.send(clients, data).await
    }

    pub fn closed(&self) -> Option<&Closed> {
        self.receiver.closed()
    }

    /// The halves, to read and write from different tasks.
    pub fn split(self) -> (RuntimeSender, RuntimeReceiver) {
        (self.sender, self.receiver)
    }
}

/// The sending half of a [`PlayerSocket`].
pub struct PlayerSender {
    sink: SplitSink<Stream, Message>,
}

impl PlayerSender {
    /// Sends a frame to the runtime.
    pub async fn send(&mut self, data: Data) -> Result<()> {
        let message = match data {
            Data::Text(text) => Message::text(text),
            Data::Binary(bytes) => Message::binary(bytes),
        };
        self.sink.send(message).await.map_err(ws_error)
    }

    pub async fn close(&mut self) -> Result<()> {
        self.sink.close().await.map_err(ws_error)
    }
}

/// The receiving half of a [`PlayerSocket`].
pub struct PlayerReceiver {
    reader: Reader,
}

impl PlayerReceiver {
    /// The next frame from the runtime; `None` once the socket is closed.
    pub async fn recv(&mut self) -> Option<Data> {
        Some(match self.reader.next().await? {
            Message::Text(text) => Data::Text(text.as_str().to_owned()),
            message => Data::Binary(message.into_data().to_vec()),
        })
    }

    /// The server's close frame, once `recv` returned `None` (none if the connection dropped).
    pub fn closed(&self) -> Option<&Closed> {
        self.reader.closed.as_ref()
    }
}

/// A player's dispatcher socket, in its runtime's room.
pub struct PlayerSocket {
    pub sender: PlayerSender,
    pub receiver: PlayerReceiver,
}

impl PlayerSocket {
    /// Joins the room with the `ws_token` of a `CONNECTION_UPGRADE_MESSAGE`. A token that is
    /// wrong, expired, or whose runtime has no socket open yet is refused: the connection
    /// opens, then closes with 1002 ([`PlayerReceiver::closed`]).
    ///
    /// It sends no cookie: behind a balancer that routes by a cluster's route cookie,
    /// [`crate::player::PlayerClient::open_socket`] reaches the node owning the game instead
    /// of one that pipes the socket to it.
    pub async fn connect(service_url: &str, ws_token: &str) -> Result<PlayerSocket> {
        PlayerSocket::connect_with(service_url, ws_token, None).await
    }

    /// `connect`, sending `cookie` as the `Cookie` header.
    pub(crate) async fn connect_with(
        service_url: &str,
        ws_token: &str,
        cookie: Option<&str>,
    ) -> Result<PlayerSocket> {
        let (sink, stream) = open(service_url, ws_token, cookie).await?.split();
        Ok(PlayerSocket {
            sender: PlayerSender { sink },
            receiver: PlayerReceiver {
                reader: Reader {
                    stream,
                    closed: None,
                },
            },
        })
    }

    pub async fn recv(&mut self) -> Option<Data> {
        self.receiver.recv().await
    }

    pub async fn send(&mut self, data: Data) -> Result<()> {
        self.sender.send(data).await
    }

    pub fn closed(&self) -> Option<&Closed> {
        self.receiver.closed()
    }

    pub fn split(self) -> (PlayerSender, PlayerReceiver) {
        (self.sender, self.receiver)
    }
}
