//! Issue 15, fault 2: connections that send nothing or half a request header, in numbers beyond
//! the server's open-file limit, neither stay open forever nor keep other clients out. The
//! real binary runs with `ulimit -n 256` (so its connection cap is derived from that limit,
//! 192) and a header-read timeout of 3 s; the test opens 600 such connections and keeps them.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use omgservers_e2e::binaries::server_binary;
use omgservers_e2e::cluster::free_port;

const HEADER_READ_TIMEOUT_SECS: u64 = 3;
const BODY_READ_TIMEOUT_SECS: u64 = 2;

struct Server {
    child: Child,
    addr: SocketAddr,
    _data: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let binary = server_binary();
        let data = tempfile::tempdir().unwrap();
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().unwrap();
        let log = std::fs::File::create(data.path().join("server.log")).unwrap();
        let child = Command::new("sh")
            .arg("-c")
            .arg("ulimit -n 256 && exec \"$0\"")
            .arg(binary)
            .env("OMGSERVERS_LISTEN", addr.to_string())
            .env("OMGSERVERS_DATA_DIR", data.path())
            .env("OMGSERVERS_DEV", "true")
            .env("OMGSERVERS_PASSWORD_BCRYPT_COST", "4")
            .env("OMGSERVERS_RUNTIMES_DRIVER", "process")
            .env("OMGSERVERS_RUNTIMES_PROCESS_COMMAND", "true")
            .env(
                "OMGSERVERS_HTTP_HEADER_READ_TIMEOUT",
                format!("{HEADER_READ_TIMEOUT_SECS}s"),
            )
            .env(
                "OMGSERVERS_HTTP_BODY_READ_TIMEOUT",
                format!("{BODY_READ_TIMEOUT_SECS}s"),
            )
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let server = Server {
            child,
            addr,
            _data: data,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while get(addr, "/q/health/ready", Duration::from_secs(2)).is_none() {
            assert!(Instant::now() < deadline, "no start: {}", server.log());
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self._data.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One request on a new connection: the status line, or None when nothing came back in time.
fn get(addr: SocketAddr, path: &str, within: Duration) -> Option<String> {
    let mut stream = TcpStream::connect_timeout(&addr, within).ok()?;
    stream.set_read_timeout(Some(within)).ok()?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).ok()?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).ok()?;
    answer.lines().next().map(str::to_owned)
}

/// A connection that sent half a request header, or nothing.
fn hold(addr: SocketAddr, half_header: bool) -> Option<TcpStream> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(1)).ok()?;
    if half_header {
        stream
            .write_all(
                b"POST /service/v1/entrypoint/player/request/create-user HTTP/1.1\r\nHost: x\r\n",
            )
            .ok()?;
    }
    Some(stream)
}

/// How long until the server closes `stream` (reads EOF or a reset), up to `limit`.
fn closed_after(mut stream: TcpStream, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut buffer = [0u8; 256];
    match stream.read(&mut buffer) {
        Ok(0) | Err(_) if started.elapsed() < limit => Some(started.elapsed()),
        Ok(_) | Err(_) => None,
    }
}

#[test]
fn silent_and_half_sent_connections_beyond_the_file_limit_keep_no_one_out() {
    let server = Server::start();
    let mut held = Vec::new();
    for i in 0..600 {
        if let Some(stream) = hold(server.addr, i % 2 == 1) {
            held.push(stream);
        }
    }
    assert_eq!(
        held.len(),
        600,
        "connections the server took while at its cap"
    );

    // While all 600 are held open, new clients are answered at once: the cap makes room by
    // closing the connections idle longest, not by waiting for their timeouts.
    for round in 0..5 {
        let asked = Instant::now();
        let status = get(server.addr, "/q/health/live", Duration::from_secs(2));
        assert_eq!(
            status.as_deref(),
            Some("HTTP/1.1 200 OK"),
            "round {round}: {}",
            server.log()
        );
        assert!(asked.elapsed() < Duration::from_secs(2), "round {round}");
    }
    // The server still has descriptors for its database: a write is answered.
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .write_all(b"POST /service/v1/entrypoint/player/request/create-user HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    drop(held);

    // Below the cap, the header-read timeout alone closes silent and half-sent connections.
    let limit = Duration::from_secs(HEADER_READ_TIMEOUT_SECS + 3);
    for half_header in [false, true] {
        let stream = hold(server.addr, half_header).unwrap();
        let after = closed_after(stream, limit)
            .unwrap_or_else(|| panic!("half header {half_header}: still open after {limit:?}"));
        assert!(
            after >= Duration::from_secs(HEADER_READ_TIMEOUT_SECS - 1),
            "half header {half_header}: closed after {after:?}, before its timeout"
        );
    }
    assert!(
        !server.log().contains("cannot accept"),
        "the server ran out of descriptors: {}",
        server.log()
    );
}

/// A request whose body stops arriving, shorter than its `Content-Length`, is answered 408 once
/// nothing came for `OMGSERVERS_HTTP_BODY_READ_TIMEOUT`; one declaring more than any route
/// reads is answered 413 at once. Either way the connection is closed. Before, neither was
/// ever answered: the request held its connection for as long as the client kept it open.
#[test]
fn a_body_that_stops_arriving_is_answered_408_and_its_connection_closed() {
    let server = Server::start();
    let stalled = Duration::from_secs(BODY_READ_TIMEOUT_SECS);
    for (declared, status, within) in [
        (
            "100",
            "408",
            stalled - Duration::from_millis(500)..stalled + Duration::from_secs(5),
        ),
        ("99999999999", "413", Duration::ZERO..Duration::from_secs(1)),
    ] {
        let mut stream = TcpStream::connect(server.addr).unwrap();
        let request = format!(
            "POST /service/v1/entrypoint/player/request/create-user HTTP/1.1\r\nHost: x\r\n\
             Content-Type: application/json\r\nContent-Length: {declared}\r\n\r\n{{}}"
        );
        stream.write_all(request.as_bytes()).unwrap();
        let started = Instant::now();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let mut answer = String::new();
        // To the end: the server closes the connection after the answer.
        let read = stream.read_to_string(&mut answer);
        let waited = started.elapsed();
        assert!(
            read.is_ok(),
            "no answer, or the connection not closed, within 20 s ({declared}): {answer:?}"
        );
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "Content-Length {declared}: {answer}"
        );
        let (qualifier, setting) = match status {
            "408" => ("WRONG_REQUEST", "OMGSERVERS_HTTP_BODY_READ_TIMEOUT"),
            _ => ("REQUEST_TOO_LARGE", "OMGSERVERS_HTTP_BODY_LIMIT"),
        };
        assert!(answer.contains(&format!("\"{qualifier}\"")), "{answer}");
        assert!(answer.contains(setting), "{answer}");
        assert!(
            within.contains(&waited),
            "Content-Length {declared} answered after {waited:?}"
        );
    }
    // The server still answers others.
    let status = get(server.addr, "/q/health/ready", Duration::from_secs(5));
    assert_eq!(status.as_deref(), Some("HTTP/1.1 200 OK"));
}
