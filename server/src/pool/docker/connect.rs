//! Connecting to a Docker engine by its URI (wire reference §12): `unix://` sockets, plain
//! `tcp://`/`http://`, and TLS (`tcp://` with `OMGSERVERS_DOCKER_CLIENT_TLS_VERIFY`, or
//! `https://`) with the docker CLI's file names in `OMGSERVERS_DOCKER_CLIENT_CERT_PATH`.

use std::path::PathBuf;
use std::time::Duration;

use bollard::{Docker, API_DEFAULT_VERSION};

use crate::error::{Error, Result};

/// Response timeout of Engine API calls (upstream: 32 s). Image pulls and builds stream
/// their progress, so they stay within it.
pub const RESPONSE_TIMEOUT_SECS: u64 = 32;

/// How long a ping may take before the host counts as unreachable.
pub const PING_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Clone, Debug)]
pub struct DockerTls {
    pub verify: bool,
    pub cert_path: PathBuf,
}

impl DockerTls {
    pub fn new(verify: bool, cert_path: &str) -> DockerTls {
        let expanded = match cert_path.strip_prefix("~/") {
            Some(rest) => std::env::var_os("HOME")
                .map(|home| PathBuf::from(home).join(rest))
                .unwrap_or_else(|| PathBuf::from(cert_path)),
            None => PathBuf::from(cert_path),
        };
        DockerTls {
            verify,
            cert_path: expanded,
        }
    }
}

pub fn connect(uri: &str, tls: &DockerTls) -> Result<Docker> {
    let fail =
        |e: bollard::errors::Error| Error::invalid(format!("cannot use docker host `{uri}`: {e}"));
    if uri.starts_with("unix://") {
        Docker::connect_with_unix(uri, RESPONSE_TIMEOUT_SECS, API_DEFAULT_VERSION).map_err(fail)
    } else if uri.starts_with("https://") || (uri.starts_with("tcp://") && tls.verify) {
        let dir = &tls.cert_path;
        Docker::connect_with_ssl(
            uri,
            &dir.join("key.pem"),
            &dir.join("cert.pem"),
            &dir.join("ca.pem"),
            RESPONSE_TIMEOUT_SECS,
            API_DEFAULT_VERSION,
        )
        .map_err(fail)
    } else if uri.starts_with("tcp://") || uri.starts_with("http://") {
        Docker::connect_with_http(uri, RESPONSE_TIMEOUT_SECS, API_DEFAULT_VERSION).map_err(fail)
    } else {
        Err(Error::invalid(format!(
            "docker host `{uri}` must be unix:///path, tcp://host:port, http:// or https://"
        )))
    }
}

/// Pings the engine; the error says why it did not answer.
pub async fn ping(docker: &Docker) -> std::result::Result<(), String> {
    match tokio::time::timeout(PING_TIMEOUT, docker.ping()).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", PING_TIMEOUT.as_secs())),
    }
}
