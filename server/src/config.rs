//! Every setting of the server: flags, `OMGSERVERS_*` env vars (upstream names where upstream has
//! one), defaults and validation. `docs/configuration.md` is generated from this definition
//! (`reference_markdown`) and a test fails when it drifts.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{CommandFactory, Parser, ValueEnum};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RuntimesDriver {
    None,
    Process,
    Docker,
}

/// A setting's duration: `30` (seconds), `500ms`, `1m30s` or ISO-8601 `PT1M30S` (upstream's
/// Quarkus form); `omgservers_types::duration` has the grammar.
pub fn parse_duration(value: &str) -> Result<Duration, String> {
    omgservers_types::duration::parse(value)
}

/// An OTLP collector's base URL: `http://` or `https://` with a host.
pub fn parse_otlp_endpoint(value: &str) -> Result<String, String> {
    let url = url::Url::parse(value.trim()).map_err(|e| format!("`{value}` is not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(format!(
            "`{value}`: expected http://host:port or https://host:port (the collector's OTLP/HTTP endpoint)"
        ));
    }
    Ok(value.trim().trim_end_matches('/').to_owned())
}

/// A share between 0.0 and 1.0.
pub fn parse_ratio(value: &str) -> Result<f64, String> {
    let ratio: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("`{value}` is not a number"))?;
    if !(0.0..=1.0).contains(&ratio) {
        return Err(format!("`{value}` is not between 0.0 and 1.0"));
    }
    Ok(ratio)
}

/// SQLite's `PRAGMA synchronous` (https://sqlite.org/pragma.html#pragma_synchronous).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Synchronous {
    Normal,
    Full,
}

/// How traces are sent to the OpenTelemetry collector (`OMGSERVERS_OTEL_EXPORTER_OTLP_PROTOCOL`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OtlpProtocol {
    /// OTLP over HTTP with protobuf bodies (the collector's port 4318).
    #[value(name = "http/protobuf")]
    HttpProtobuf,
    /// OTLP over HTTP with JSON bodies.
    #[value(name = "http/json")]
    HttpJson,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// omgservers: a backend for authoritative game servers (OMGSERVERS v1 wire interface).
#[derive(Clone, Debug, Parser)]
#[command(name = "omgservers", version, about, long_about = None)]
pub struct Config {
    /// Address the HTTP server (API, health, metrics) listens on.
    #[arg(long, env = "OMGSERVERS_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory for the SQLite database, generated JWT keys and generated bootstrap credentials.
    #[arg(long, env = "OMGSERVERS_DATA_DIR", default_value = "omgservers-data")]
    pub data_dir: PathBuf,

    /// Development mode: bootstrap users get passwords equal to their aliases (admin/admin,
    /// support/support, ...) unless their password variables are set. Never use in production.
    /// A later start without it replaces those passwords by generated ones (listed in
    /// `<data dir>/bootstrap-credentials`) and says so in its log.
    #[arg(long, env = "OMGSERVERS_DEV")]
    pub dev: bool,

    /// Instead of serving: ask the server listening at `OMGSERVERS_LISTEN` on this machine
    /// whether it is ready (`GET /q/health/ready`, 3 s timeout) and exit 0 if it is, 1 if not.
    /// The server image's HEALTHCHECK: it has no shell and no curl.
    #[arg(long)]
    pub check_ready: bool,

    /// This server's public URI: given to runtimes as their service URL and reported as
    /// `server_uri`/`from_server`. Default: `http://<listen address>`.
    /// `OMGSERVERS_SERVER_SERVER_URI` (upstream's property name) is accepted too.
    #[arg(long, env = "OMGSERVERS_SERVER_URI")]
    pub server_uri: Option<String>,

    /// Instance id (0-1023) written into every generated id; unique per server.
    #[arg(long, env = "OMGSERVERS_SERVER_INSTANCE_ID", default_value_t = 0, value_parser = clap::value_parser!(u16).range(0..=1023))]
    pub server_instance_id: u16,

    /// Total number of shards (`calculate-shard` divides by it).
    #[arg(long, env = "OMGSERVERS_SERVER_SHARD_COUNT", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=65536))]
    pub server_shard_count: u32,

    /// Run as one node of a cluster sharing one PostgreSQL (docs/sharding.md): nodes register
    /// in the database, own slots through leases, forward requests for other nodes' slots to
    /// them and take over the slots of a node that stops. Needs `OMGSERVERS_DATABASE_URL`
    /// (PostgreSQL) and `OMGSERVERS_SERVER_URI` (the address other nodes reach this one at);
    /// the snowflake instance id is then claimed in the database and
    /// `OMGSERVERS_SERVER_INSTANCE_ID` is not used.
    #[arg(long, env = "OMGSERVERS_CLUSTER_ENABLED")]
    pub cluster_enabled: bool,

    /// Upstream's static server index, from `OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_`
    /// (also without the trailing `_`), in index order (docs/sharding.md "Static index").
    #[arg(skip)]
    pub server_index: Vec<String>,

    /// The shard databases, from `OMGSERVERS_DATABASE_SHARDS_<i>_URL` in index order
    /// (docs/sharding.md "Several databases"): when set, slots' game state lives in them and
    /// `OMGSERVERS_DATABASE_URL` keeps the control plane.
    #[arg(skip)]
    pub database_shards: Vec<String>,

    /// How long a slot's move between shard databases may keep the slot locked before it
    /// switches (docs/sharding.md "Moving slots"): a move still not switched then — its target
    /// does not answer, or its copy is held up — is given up, and its slot unlocked where it
    /// is, as by `admin/cancel-slot-moves`. Longer than the copy of the largest slot; moves
    /// requested together wait their turn unlocked, uncounted. 0 never gives up.
    #[arg(long, env = "OMGSERVERS_SLOT_MOVES_TIMEOUT", default_value = "5m", value_parser = parse_duration)]
    pub slot_moves_timeout: Duration,

    /// How long a node's membership and slot leases last without a heartbeat (a heartbeat
    /// runs every third of it): a node silent for longer loses its slots to the others.
    #[arg(long, env = "OMGSERVERS_CLUSTER_LEASE_TTL", default_value = "10s", value_parser = parse_duration)]
    pub cluster_lease_ttl: Duration,

    /// The cookie naming the node that owns a player's game, in a cluster or a static index
    /// (docs/sharding.md "Owner routing"): successful answers to create-client and the
    /// interchanges set it to the owner's `host:port` (of its `OMGSERVERS_SERVER_URI`) when the
    /// request did not carry that value, so a load balancer routing by it sends the client's
    /// next requests to the owner instead of a node that forwards them. Every node the same;
    /// empty: no cookie.
    #[arg(
        long,
        env = "OMGSERVERS_CLUSTER_ROUTE_COOKIE",
        default_value = "OMGSERVERS_NODE"
    )]
    pub cluster_route_cookie: String,

    /// `iss` and `aud` of issued tokens.
    #[arg(
        long,
        env = "OMGSERVERS_SERVER_JWT_ISSUER",
        default_value = "omgservers"
    )]
    pub server_jwt_issuer: String,

    /// RS256 private key (PEM, PKCS#1 or PKCS#8), inline or as `file:/path`. Unset: generated
    /// into `<data dir>/jwt-private.pem` (0600) on first start and reused after.
    #[arg(long, env = "OMGSERVERS_SERVER_PRIVATE_KEY", hide_env_values = true)]
    pub server_private_key: Option<String>,

    /// RS256 public key (PEM), inline or `file:/path`. Unset: derived from the private key.
    #[arg(long, env = "OMGSERVERS_SERVER_PUBLIC_KEY")]
    pub server_public_key: Option<String>,

    /// Certificate of the JWT signing key, put in the `x5c` header of registry access tokens;
    /// the registry trusts it through its `auth.token.rootcertbundle`. Base64 DER (upstream's
    /// form), a PEM certificate, or `file:/path` to either. Unset: a self-signed certificate
    /// for the signing key is generated into `<data dir>/jwt-issuer.crt` (PEM) and reused;
    /// point the registry's `rootcertbundle` at that file. The server refuses to start when
    /// the certificate is not for its signing key.
    #[arg(long, env = "OMGSERVERS_SERVER_X5C")]
    pub server_x5c: Option<String>,

    /// User (id or alias) whose credentials this server presents to the registry when it pulls
    /// images. Unset: the bootstrap service user (`OMGSERVERS_BOOTSTRAP_SERVICE_USER_ALIAS`).
    #[arg(long, env = "OMGSERVERS_SERVER_SERVICE_USER_ALIAS")]
    pub server_service_user_alias: Option<String>,

    /// Password of `OMGSERVERS_SERVER_SERVICE_USER_ALIAS`. Unset: the bootstrap service user's
    /// password (configured, `--dev`, or generated into `<data dir>/bootstrap-credentials`).
    #[arg(
        long,
        env = "OMGSERVERS_SERVER_SERVICE_USER_PASSWORD",
        hide_env_values = true
    )]
    pub server_service_user_password: Option<String>,

    /// Database URL. Unset: SQLite at `<data dir>/omgservers.db`. PostgreSQL (13 or later):
    /// `postgresql://host:port/db` (a `jdbc:` prefix is accepted).
    #[arg(long, env = "OMGSERVERS_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Database user, merged into the URL when set.
    #[arg(long, env = "OMGSERVERS_DATABASE_USERNAME")]
    pub database_username: Option<String>,

    /// Database password, merged into the URL when set.
    #[arg(long, env = "OMGSERVERS_DATABASE_PASSWORD", hide_env_values = true)]
    pub database_password: Option<String>,

    /// Largest number of pooled database connections.
    #[arg(
        long,
        env = "OMGSERVERS_DATABASE_MAX_CONNECTIONS",
        default_value_t = 16
    )]
    pub database_max_connections: u32,

    /// How long a request waits for a database connection before it is answered 503
    /// `SERVICE_UNAVAILABLE` (a database that is down or unreachable). The readiness probe
    /// (`/q/health/ready`) says DOWN when the database does not answer within a second.
    #[arg(long, env = "OMGSERVERS_DATABASE_ACQUIRE_TIMEOUT", default_value = "3s", value_parser = parse_duration)]
    pub database_acquire_timeout: Duration,

    /// SQLite: the readiness probe (`/q/health/ready`) says DOWN while the disk holding the
    /// database has less than this many MiB free (0: not checked). A nearly full disk refuses
    /// most writes even when the probe's own small write still fits.
    #[arg(long, env = "OMGSERVERS_DATABASE_MIN_FREE_MIB", default_value_t = 64)]
    pub database_min_free_mib: u64,

    /// Group commit: how long a write transaction stays open for more requests' writes to join
    /// it before it commits, at most. A lone writer commits at once; the window only bounds a
    /// batch under load. Every request that wrote is answered after its batch commits.
    #[arg(long, env = "OMGSERVERS_DATABASE_COMMIT_WINDOW", default_value = "2ms", value_parser = parse_duration)]
    pub database_commit_window: Duration,

    /// Group commit: most requests' writes in one transaction.
    #[arg(long, env = "OMGSERVERS_DATABASE_MAX_BATCH", default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
    pub database_max_batch: u32,

    /// SQLite only: `normal` (WAL; a commit survives a crash of the server, the last commits
    /// may be lost if the machine loses power) or `full` (an fsync at every commit).
    #[arg(long, env = "OMGSERVERS_DATABASE_SYNCHRONOUS", value_enum, default_value_t = Synchronous::Normal)]
    pub database_synchronous: Synchronous,

    /// Create the bootstrap users (admin, support, service, builder; registry and dispatcher
    /// when their passwords are set) on start. A user whose password is not given gets a
    /// generated one, printed once and stored 0600 in `<data dir>/bootstrap-credentials`.
    #[arg(long, env = "OMGSERVERS_BOOTSTRAP_ENABLED", default_value_t = true, action = clap::ArgAction::Set)]
    pub bootstrap_enabled: bool,

    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_ADMIN_USER_ALIAS",
        default_value = "admin",
        help = "Alias of the bootstrap admin user."
    )]
    pub bootstrap_admin_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_ADMIN_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap admin user; when set it is applied on every start."
    )]
    pub bootstrap_admin_user_password: Option<String>,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_SUPPORT_USER_ALIAS",
        default_value = "support",
        help = "Alias of the bootstrap support user."
    )]
    pub bootstrap_support_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_SUPPORT_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap support user; when set it is applied on every start."
    )]
    pub bootstrap_support_user_password: Option<String>,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_REGISTRY_USER_ALIAS",
        default_value = "registry",
        help = "Alias of the bootstrap registry user (created only when its password is set)."
    )]
    pub bootstrap_registry_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_REGISTRY_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap registry user."
    )]
    pub bootstrap_registry_user_password: Option<String>,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_BUILDER_USER_ALIAS",
        default_value = "builder",
        help = "Alias of the bootstrap builder user (pushes built images)."
    )]
    pub bootstrap_builder_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_BUILDER_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap builder user."
    )]
    pub bootstrap_builder_user_password: Option<String>,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_SERVICE_USER_ALIAS",
        default_value = "service",
        help = "Alias of the bootstrap service user (pulls images)."
    )]
    pub bootstrap_service_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_SERVICE_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap service user."
    )]
    pub bootstrap_service_user_password: Option<String>,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_DISPATCHER_USER_ALIAS",
        default_value = "dispatcher",
        help = "Alias of the bootstrap dispatcher user (created only when its password is set)."
    )]
    pub bootstrap_dispatcher_user_alias: String,
    #[arg(
        long,
        env = "OMGSERVERS_BOOTSTRAP_DISPATCHER_USER_PASSWORD",
        hide_env_values = true,
        help = "Password of the bootstrap dispatcher user."
    )]
    pub bootstrap_dispatcher_user_password: Option<String>,

    /// Lifetime in seconds of player tokens (upstream defines the variable but ignores it).
    #[arg(
        long,
        env = "OMGSERVERS_CLIENTS_TOKEN_LIFETIME",
        default_value_t = 3600
    )]
    pub clients_token_lifetime: u64,

    /// Lifetime in seconds of admin, support and developer tokens.
    #[arg(long, env = "OMGSERVERS_USERS_TOKEN_LIFETIME", default_value_t = 3600)]
    pub users_token_lifetime: u64,

    /// bcrypt cost for human passwords (admin, support, developers). Generated player and
    /// runtime secrets use a fast hash: they are high-entropy.
    #[arg(long, env = "OMGSERVERS_PASSWORD_BCRYPT_COST", default_value_t = 10, value_parser = clap::value_parser!(u32).range(4..=31))]
    pub password_bcrypt_cost: u32,

    /// Largest accepted JSON request body, in bytes (413 `REQUEST_TOO_LARGE` above it).
    #[arg(long, env = "OMGSERVERS_HTTP_BODY_LIMIT", default_value_t = 1024 * 1024)]
    pub http_body_limit: usize,

    /// How long a client has to send a request's header, counted from when its connection
    /// opened or its previous response was sent: a connection that sends nothing, half a
    /// header, or stays idle between requests for longer is closed. Covers the WebSocket
    /// upgrade request too (an open WebSocket has `OMGSERVERS_EXPIRED_CONNECTIONS_IDLE_TIMEOUT`).
    /// Long polls are not affected: they are requests already read. Seconds, or a duration
    /// such as `30s`.
    #[arg(long, env = "OMGSERVERS_HTTP_HEADER_READ_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub http_header_read_timeout: Duration,

    /// Longest pause while a client sends a request's body: a request whose body stops
    /// arriving (fewer bytes than its `Content-Length`, or a chunked body left open) is
    /// answered 408 `WRONG_REQUEST` once no byte came for this long, instead of holding its
    /// connection. Counted again from each part of the body received, so a slow but steady
    /// upload is not cut. Seconds, or a duration such as `30s`.
    #[arg(long, env = "OMGSERVERS_HTTP_BODY_READ_TIMEOUT", default_value = "30s", value_parser = parse_duration)]
    pub http_body_read_timeout: Duration,

    /// Most HTTP connections open at once. When the cap is reached, the connection idle for
    /// longest (waiting for a request) is closed to make room, as nginx reuses keep-alive
    /// connections; when every connection is busy with a request, new ones wait in the
    /// listen backlog. Unset: three quarters of this process' open-file limit
    /// (`RLIMIT_NOFILE`), leaving the rest for the database, Docker and files.
    #[arg(long, env = "OMGSERVERS_HTTP_MAX_CONNECTIONS", value_parser = clap::value_parser!(u32).range(1..))]
    pub http_max_connections: Option<u32>,

    /// Sign-ups (`player/request/create-user`) one client address may make per minute: a burst
    /// of this many, then one more every 60/N seconds; above it, 429 `TOO_MANY_REQUESTS` with
    /// `Retry-After`. Counted per server process. 0 turns the limit off. Players behind one
    /// carrier-grade NAT share an address: raise it for such an audience.
    #[arg(
        long,
        env = "OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE",
        default_value_t = 60
    )]
    pub rate_limit_sign_ups_per_minute: u32,

    /// Token requests (every `*/request/create-token`, the registry's token service: each
    /// checks a password) one client address may make per minute, as for sign-ups. 0 turns
    /// the limit off.
    #[arg(
        long,
        env = "OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE",
        default_value_t = 120
    )]
    pub rate_limit_tokens_per_minute: u32,

    /// Proxies (addresses or CIDR ranges, comma-separated) whose `X-Forwarded-For` names the
    /// client for rate limits: a request from one of them counts against the right-most
    /// forwarded address that is not a trusted proxy. Unset: every request counts against the
    /// address it came from, so behind a load balancer list the balancer here.
    #[arg(long, env = "OMGSERVERS_HTTP_TRUSTED_PROXIES", value_delimiter = ',', value_parser = crate::http::rate_limit::parse_proxy)]
    pub http_trusted_proxies: Vec<ipnet::IpNet>,

    /// When set, `registry/request/handle-events` requires `Authorization: Bearer <token>`
    /// (configure the same header in the registry's notification endpoint). Unset or empty:
    /// open, as upstream. Surrounding whitespace is dropped; one of whitespace only is refused.
    #[arg(
        long,
        env = "OMGSERVERS_REGISTRY_NOTIFICATIONS_TOKEN",
        hide_env_values = true
    )]
    pub registry_notifications_token: Option<String>,

    /// Lifetime of the refresh tokens the registry token service hands to `docker login`
    /// (`offline_token=true`); Docker keeps one as the identity token and trades it for access
    /// tokens on every push and pull until it expires, then asks for a new login. Seconds, or a
    /// duration such as `168h`.
    #[arg(long, env = "OMGSERVERS_REGISTRY_REFRESH_TOKEN_LIFETIME", default_value = "168h", value_parser = parse_duration)]
    pub registry_refresh_token_lifetime: Duration,

    /// A client assigned to a runtime that makes no interchange for this long is disconnected
    /// with `CLIENT_INACTIVITY`. Seconds, or a duration such as `500ms`, `1m30s`, `PT1M30S`.
    #[arg(long, env = "OMGSERVERS_CLIENTS_INACTIVE_INTERVAL", default_value = "30s", value_parser = parse_duration)]
    pub clients_inactive_interval: Duration,

    /// A runtime that makes no interchange for this long (from its last start, so start-up
    /// counts) has failed: a lobby's process is stopped and restarted with backoff, a match's
    /// players go back to a lobby.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_INACTIVE_INTERVAL", default_value = "30s", value_parser = parse_duration)]
    pub runtimes_inactive_interval: Duration,

    /// First wait before restarting a runtime whose process or container failed (exited, or
    /// could not be pulled or started); it doubles with every failure in a row, up to
    /// `OMGSERVERS_RUNTIMES_RESTART_BACKOFF_MAX` (as Kubernetes' CrashLoopBackOff).
    #[arg(long, env = "OMGSERVERS_RUNTIMES_RESTART_BACKOFF_INITIAL", default_value = "1s", value_parser = parse_duration)]
    pub runtimes_restart_backoff_initial: Duration,

    /// Longest wait before restarting a failed runtime.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_RESTART_BACKOFF_MAX", default_value = "5m", value_parser = parse_duration)]
    pub runtimes_restart_backoff_max: Duration,

    /// A runtime that ran this long since its last start before failing starts its backoff
    /// over (its failures in a row are forgotten).
    #[arg(long, env = "OMGSERVERS_RUNTIMES_RESTART_BACKOFF_RESET", default_value = "10m", value_parser = parse_duration)]
    pub runtimes_restart_backoff_reset: Duration,

    /// Most runtime processes or containers a deployment whose runtimes failed in the last
    /// minute starts per minute, whatever fails: a bound on what a broken version can cost the
    /// pool (a healthy deployment is not held back).
    #[arg(long, env = "OMGSERVERS_RUNTIMES_MAX_STARTS_PER_MINUTE", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..))]
    pub runtimes_max_starts_per_minute: u32,

    /// A new deployment whose lobby runtime has made no interchange this long after it was
    /// created FAILS (older deployments of its stage keep serving).
    #[arg(long, env = "OMGSERVERS_DEPLOYMENTS_READINESS_TIMEOUT", default_value = "5m", value_parser = parse_duration)]
    pub deployments_readiness_timeout: Duration,

    /// A new deployment FAILS once one of its lobby runtimes failed this many starts in a row
    /// before making its first interchange.
    #[arg(long, env = "OMGSERVERS_DEPLOYMENTS_READINESS_ATTEMPTS", default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..))]
    pub deployments_readiness_attempts: u32,

    /// How runtimes are started: `docker` runs each as a container on the Docker host pool,
    /// `process` runs `OMGSERVERS_RUNTIMES_PROCESS_COMMAND` per runtime (development), `none`
    /// starts nothing (runtimes are started by hand, e.g. tests).
    #[arg(
        long,
        env = "OMGSERVERS_RUNTIMES_DRIVER",
        value_enum,
        default_value = "docker"
    )]
    pub runtimes_driver: RuntimesDriver,

    /// Registry the runtime images are pulled from (and the builder pushes to); images are
    /// referenced as `<host[:port] of this URI>/omgservers/<tenant>/<project>/<qualifier>:<version>`.
    /// A host without a `.` other than `localhost` keeps its port even when it is the scheme's
    /// default (`http://registry` is `registry:80`): Docker would read a bare `registry` as a
    /// Docker Hub namespace.
    #[arg(
        long,
        env = "OMGSERVERS_REGISTRY_URI",
        default_value = "http://localhost:5000"
    )]
    pub registry_uri: String,

    /// Verify TLS for `tcp://` Docker hosts with `ca.pem`, `cert.pem` and `key.pem` from
    /// `OMGSERVERS_DOCKER_CLIENT_CERT_PATH` (as the docker CLI's `DOCKER_TLS_VERIFY`).
    #[arg(long, env = "OMGSERVERS_DOCKER_CLIENT_TLS_VERIFY", default_value_t = false, action = clap::ArgAction::Set)]
    pub docker_client_tls_verify: bool,

    /// Directory of the Docker client TLS files (`~` is expanded).
    #[arg(
        long,
        env = "OMGSERVERS_DOCKER_CLIENT_CERT_PATH",
        default_value = "/docker/certs"
    )]
    pub docker_client_cert_path: String,

    /// Base image of images built from files archives (upstream's LuaJIT runtime image).
    #[arg(
        long,
        env = "OMGSERVERS_BUILDER_BASE_IMAGE",
        default_value = "omgservers/luajit:1.0.0-SNAPSHOT"
    )]
    pub builder_base_image: String,

    /// Directory the archive's files are copied to, and the command's working directory.
    #[arg(
        long,
        env = "OMGSERVERS_BUILDER_WORKDIR",
        default_value = "/home/user/bin/lua"
    )]
    pub builder_workdir: String,

    /// Command of built images, split on whitespace into the image's `CMD`.
    #[arg(
        long,
        env = "OMGSERVERS_BUILDER_COMMAND",
        default_value = "luajit main.lua"
    )]
    pub builder_command: String,

    /// Largest files archive `upload-files-archive` accepts, in bytes (compressed; unpacked
    /// archives are limited to 256 MiB and 10,000 entries).
    #[arg(long, env = "OMGSERVERS_BUILDER_ARCHIVE_LIMIT", default_value_t = 64 * 1024 * 1024)]
    pub builder_archive_limit: usize,

    /// A build (image build and push) that takes longer fails.
    #[arg(long, env = "OMGSERVERS_BUILDER_TIMEOUT", default_value = "10m", value_parser = parse_duration)]
    pub builder_timeout: Duration,

    /// Network mode of runtime containers. `host` (the default) lets containers reach a server
    /// listening on the host's loopback; with a user network set
    /// `OMGSERVERS_RUNTIMES_OVERRIDING_URI` to the address containers reach the server at.
    #[arg(
        long,
        env = "OMGSERVERS_RUNTIMES_DOCKER_NETWORK",
        default_value = "host"
    )]
    pub runtimes_docker_network: String,

    /// Give runtimes `OMGSERVERS_RUNTIMES_OVERRIDING_URI` as `OMGSERVERS_SERVICE_URL` instead
    /// of this server's own URI.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_OVERRIDING_ENABLED", default_value_t = false, action = clap::ArgAction::Set)]
    pub runtimes_overriding_enabled: bool,

    /// Service URL given to runtimes when overriding is enabled: an http:// or https:// address
    /// (checked at start then; a trailing `/` is dropped).
    #[arg(
        long,
        env = "OMGSERVERS_RUNTIMES_OVERRIDING_URI",
        default_value = "http://gateway:8080"
    )]
    pub runtimes_overriding_uri: String,

    /// CPU each runtime container may use (its CPU quota), in milliseconds of CPU per 100 ms
    /// (100 = one CPU = 1000 millicores), as upstream. A version's `runtime_resources` may set
    /// its own.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_DEFAULT_CPU_LIMIT", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub runtimes_default_cpu_limit: u32,

    /// Memory each runtime container may use (its memory limit), in MiB, as upstream's
    /// megabytes.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_DEFAULT_MEMORY_LIMIT", default_value_t = 512, value_parser = clap::value_parser!(u32).range(4..))]
    pub runtimes_default_memory_limit: u32,

    /// CPU placement reserves for each runtime on a pool host, in millicores (1000 = one CPU):
    /// a host of N CPUs takes runtimes whose requests add up to N × 1000, so a 2-CPU host holds
    /// 20 runtimes at the default, each allowed bursts up to its CPU limit (Kubernetes'
    /// requests and limits). At most the CPU limit.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_CPU_REQUEST_MILLICORES", default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..))]
    pub runtimes_cpu_request_millicores: u32,

    /// Memory placement reserves for each runtime on a pool host, in MiB. At most the memory
    /// limit.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_MEMORY_REQUEST_MIB", default_value_t = 128, value_parser = clap::value_parser!(u32).range(4..))]
    pub runtimes_memory_request_mib: u32,

    /// Most CPU (millicores) a version's `runtime_resources` may ask for, request or limit.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_MAX_CPU_MILLICORES", default_value_t = 4000, value_parser = clap::value_parser!(u32).range(1..))]
    pub runtimes_max_cpu_millicores: u32,

    /// Most memory (MiB) a version's `runtime_resources` may ask for, request or limit.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_MAX_MEMORY_MIB", default_value_t = 8192, value_parser = clap::value_parser!(u32).range(4..))]
    pub runtimes_max_memory_mib: u32,

    /// How long a runtime that found no room on the pool's hosts waits before it looks again.
    /// It looks at once when this server sees room added or freed: a host added, undrained or
    /// answering again, or a container ending (in a cluster, another node's too, seen at the
    /// next read of the placements in progress, every 3 s while a runtime waits).
    #[arg(long, env = "OMGSERVERS_RUNTIMES_NO_ROOM_RETRY", default_value = "5s", value_parser = parse_duration)]
    pub runtimes_no_room_retry: Duration,

    /// How long a runtime container that exited or was stopped is kept (stopped) so its logs
    /// stay readable (`developer get-runtime-logs`), before it is removed.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_EXITED_RETENTION", default_value = "10m", value_parser = parse_duration)]
    pub runtimes_exited_retention: Duration,

    /// Stop every runtime container when the server shuts down. Off by default: a restarted
    /// server adopts the containers still running, so games survive a server upgrade.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_DOCKER_STOP_ON_SHUTDOWN", default_value_t = false, action = clap::ArgAction::Set)]
    pub runtimes_docker_stop_on_shutdown: bool,

    /// Command line (run with `sh -c`) of each runtime under the `process` driver; it gets
    /// `OMGSERVERS_SERVICE_URL`, `OMGSERVERS_RUNTIME_ID`, `OMGSERVERS_PASSWORD` and
    /// `OMGSERVERS_RUNTIME_QUALIFIER` in its environment.
    #[arg(long, env = "OMGSERVERS_RUNTIMES_PROCESS_COMMAND")]
    pub runtimes_process_command: Option<String>,

    /// How long a deleted client stays readable (receive-only, for its last
    /// DISCONNECTION_REASON_MESSAGE) before it and its inbox are purged.
    #[arg(long, env = "OMGSERVERS_CLIENTS_DELETED_RETENTION", default_value = "10m", value_parser = parse_duration)]
    pub clients_deleted_retention: Duration,

    /// Lobbies each deployment keeps ready, so a player never waits for a runtime start.
    #[arg(long, env = "OMGSERVERS_LOBBIES_WARM_MINIMUM", default_value_t = 1)]
    pub lobbies_warm_minimum: u32,

    /// Clients per lobby; when every lobby of a deployment is full another one is started.
    #[arg(long, env = "OMGSERVERS_LOBBIES_MAX_CLIENTS", default_value_t = 1000)]
    pub lobbies_max_clients: u32,

    /// Most lobbies a deployment grows to when every lobby is full (the warm minimum wins if
    /// larger): a bound on the runtimes that sign-ups alone can start.
    #[arg(
        long,
        env = "OMGSERVERS_LOBBIES_MAX_PER_DEPLOYMENT",
        default_value_t = 100
    )]
    pub lobbies_max_per_deployment: u32,

    /// Longest long-poll wait (`wait_ms`) an interchange may ask for, in milliseconds.
    #[arg(
        long,
        env = "OMGSERVERS_INTERCHANGE_MAX_WAIT_MS",
        default_value_t = 30_000
    )]
    pub interchange_max_wait_ms: u64,

    /// Safety tick of the controllers: they also run when woken by a change.
    #[arg(long, env = "OMGSERVERS_CONTROLLER_TICK", default_value = "1s", value_parser = parse_duration)]
    pub controller_tick: Duration,

    /// A dispatcher WebSocket with no traffic in either direction for this long (incoming
    /// frames and pongs count, as do frames sent to it) is closed with 1002 "Connection timed
    /// out due to inactivity.". Upstream counts only frames sent to the socket.
    #[arg(long, env = "OMGSERVERS_EXPIRED_CONNECTIONS_IDLE_TIMEOUT", default_value = "32s", value_parser = parse_duration)]
    pub expired_connections_idle_timeout: Duration,

    /// How often each dispatcher WebSocket checks its idle time (upstream: a 60 s job over all
    /// connections; here a cheap per-socket timer, so the timeout is kept more closely).
    #[arg(long, env = "OMGSERVERS_EXPIRED_CONNECTIONS_HANDLER_JOB_INTERVAL", default_value = "4s", value_parser = parse_duration)]
    pub expired_connections_handler_job_interval: Duration,

    /// Interval of the WebSocket pings the dispatcher sends to every socket; a live peer's
    /// pong keeps an otherwise quiet connection from the idle timeout.
    #[arg(long, env = "OMGSERVERS_DISPATCHER_PING_INTERVAL", default_value = "16s", value_parser = parse_duration)]
    pub dispatcher_ping_interval: Duration,

    /// How often the dispatcher reads its rooms' runtimes and players from the database and
    /// closes the sockets that no longer belong (a deleted runtime's room, a player no longer
    /// assigned to the room's runtime, a room of a slot this node lost). Their wake-ups close
    /// them at once; this catches the changes that wake nobody (a kick racing a socket's
    /// opening, a commit found late). A database reporting a late commit is rechecked at once.
    #[arg(long, env = "OMGSERVERS_DISPATCHER_RECHECK_INTERVAL", default_value = "5s", value_parser = parse_duration)]
    pub dispatcher_recheck_interval: Duration,

    /// Frames queued towards one dispatcher WebSocket. A player whose queue is full (it reads
    /// too slowly) is closed with 1008 rather than stalling its room; a runtime's full queue
    /// makes its players wait.
    #[arg(long, env = "OMGSERVERS_DISPATCHER_SEND_QUEUE_FRAMES", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..))]
    pub dispatcher_send_queue_frames: u32,

    /// Largest WebSocket message the dispatcher accepts, in bytes; a larger one closes the
    /// socket (1009).
    #[arg(long, env = "OMGSERVERS_DISPATCHER_MAX_MESSAGE_SIZE", default_value_t = 1024 * 1024)]
    pub dispatcher_max_message_size: usize,

    /// Log filter: a level (`trace`, `debug`, `info`, `warn`, `error`, `off`, or upstream's
    /// `ALL`, `FINE`, `WARNING`, `FATAL`; any case) or `target=level` directives
    /// (`omgservers=debug,sqlx=warn`). Anything else is refused at start. `audit=off` silences
    /// the audit trail (failed logins, permission changes, deletes).
    #[arg(long, env = "OMGSERVERS_LOGGING_LEVEL", default_value = "info", value_parser = crate::logging::parse_level)]
    pub logging_level: String,

    /// Log every HTTP request at info (method, route, status, duration in ms, the caller's user
    /// id; never tokens or bodies), as upstream's access log.
    #[arg(long, env = "OMGSERVERS_LOGGING_ACCESS_LOGS_ENABLED", default_value_t = false, action = clap::ArgAction::Set)]
    pub logging_access_logs_enabled: bool,

    /// Log format on stderr.
    #[arg(
        long,
        env = "OMGSERVERS_LOGGING_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub logging_format: LogFormat,

    /// No OpenTelemetry traces when true (upstream's name and default). When false, every
    /// request is traced (docs/observability.md "Traces") and exported over OTLP.
    #[arg(long, env = "OMGSERVERS_OTEL_SDK_DISABLED", default_value_t = true, action = clap::ArgAction::Set)]
    pub otel_sdk_disabled: bool,

    /// The OTLP collector's base URL; traces go to `<endpoint>/v1/traces`, as the OTLP
    /// specification says of `OTEL_EXPORTER_OTLP_ENDPOINT`.
    #[arg(long, env = "OMGSERVERS_OTEL_EXPORTER_OTLP_ENDPOINT", default_value = "http://localhost:4318", value_parser = parse_otlp_endpoint)]
    pub otel_exporter_otlp_endpoint: String,

    /// OTLP transport: `http/protobuf` or `http/json` (gRPC is not offered; a collector takes
    /// OTLP/HTTP on port 4318).
    #[arg(
        long,
        env = "OMGSERVERS_OTEL_EXPORTER_OTLP_PROTOCOL",
        value_enum,
        default_value = "http/protobuf"
    )]
    pub otel_exporter_otlp_protocol: OtlpProtocol,

    /// Headers sent with every export, `key=value` pairs separated by commas (a vendor's API
    /// key, say).
    /// Checked when traces start, never echoed: a value that is not key=value pairs refuses to
    /// start without printing it (it usually holds a secret).
    #[arg(
        long,
        env = "OMGSERVERS_OTEL_EXPORTER_OTLP_HEADERS",
        hide_env_values = true
    )]
    pub otel_exporter_otlp_headers: Option<String>,

    /// The `service.name` of exported spans.
    #[arg(
        long,
        env = "OMGSERVERS_OTEL_SERVICE_NAME",
        default_value = "omgservers"
    )]
    pub otel_service_name: String,

    /// The share of new traces kept, 0.0 to 1.0 (a request that arrives with a sampled
    /// `traceparent` is always traced: parent-based sampling).
    #[arg(long, env = "OMGSERVERS_OTEL_TRACES_SAMPLER_ARG", default_value_t = 1.0, value_parser = parse_ratio)]
    pub otel_traces_sampler_arg: f64,

    /// How often finished spans are sent to the collector.
    #[arg(long, env = "OMGSERVERS_OTEL_BSP_SCHEDULE_DELAY", default_value = "5s", value_parser = parse_duration)]
    pub otel_bsp_schedule_delay: Duration,

    /// Seconds to let in-flight requests finish after SIGTERM/Ctrl-C.
    #[arg(long, env = "OMGSERVERS_SHUTDOWN_GRACE_PERIOD", default_value_t = 10)]
    pub shutdown_grace_period: u64,
}

/// Settings that hold secrets: given as flags they would show in process listings, so the
/// binary warns and points at the environment variable instead.
pub const SECRET_SETTINGS: &[&str] = &[
    "otel_exporter_otlp_headers",
    "server_private_key",
    "database_url",
    "database_password",
    "bootstrap_admin_user_password",
    "bootstrap_support_user_password",
    "bootstrap_registry_user_password",
    "bootstrap_builder_user_password",
    "bootstrap_service_user_password",
    "bootstrap_dispatcher_user_password",
    "registry_notifications_token",
    "server_service_user_password",
];

/// Upstream variables this server accepts but does not use, with the reason. A variable from
/// this list that is set is logged once at start, so nobody wonders why it has no effect.
pub const IGNORED_ENV: &[(&str, &str)] = &[
    (
        "OMGSERVERS_APPLICATION_NAME",
        "single binary; the service name is fixed",
    ),
    (
        "OMGSERVERS_BROKER_HOST",
        "no AMQP broker: events are handled in-process",
    ),
    ("OMGSERVERS_BROKER_PORT", "no AMQP broker"),
    ("OMGSERVERS_BROKER_USERNAME", "no AMQP broker"),
    ("OMGSERVERS_BROKER_PASSWORD", "no AMQP broker"),
    ("OMGSERVERS_SERVICE_QUEUE", "no AMQP broker"),
    ("OMGSERVERS_FORWARDING_QUEUE", "no AMQP broker"),
    (
        "OMGSERVERS_BUILDER_URI",
        "no Jenkins: images are built by the server itself",
    ),
    ("OMGSERVERS_BUILDER_USERNAME", "no Jenkins"),
    ("OMGSERVERS_BUILDER_TOKEN", "no Jenkins"),
    (
        "OMGSERVERS_INITIALIZATION_DATABASE_SCHEMA_ENABLED",
        "migrations always run at start",
    ),
    (
        "OMGSERVERS_INITIALIZATION_DATABASE_SCHEMA_CONCURRENCY",
        "one schema per database",
    ),
    (
        "OMGSERVERS_INITIALIZATION_SERVER_INDEX_ENABLED",
        "the static index is used whenever OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_ lists servers",
    ),
    (
        "OMGSERVERS_INITIALIZATION_RELAY_JOB_ENABLED",
        "no event relay: controllers are woken directly",
    ),
    (
        "OMGSERVERS_INITIALIZATION_RELAY_JOB_INTERVAL",
        "no event relay",
    ),
    (
        "OMGSERVERS_INITIALIZATION_SCHEDULER_JOB_ENABLED",
        "no job scheduler ticks",
    ),
    (
        "OMGSERVERS_INITIALIZATION_SCHEDULER_JOB_INTERVAL",
        "no job scheduler ticks",
    ),
    (
        "OMGSERVERS_INITIALIZATION_BOOTSTRAP_JOB_ENABLED",
        "bootstrap runs once at start (see OMGSERVERS_BOOTSTRAP_ENABLED)",
    ),
    (
        "OMGSERVERS_INITIALIZATION_BOOTSTRAP_JOB_INTERVAL",
        "bootstrap runs once at start",
    ),
    (
        "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_ENABLED",
        "no effect upstream either: the pool is always bootstrapped (see Docker host pool below)",
    ),
    (
        "OMGSERVERS_DISPATCHER_USER_ALIAS",
        "the dispatcher is in-process and needs no credentials",
    ),
    (
        "OMGSERVERS_DISPATCHER_USER_PASSWORD",
        "the dispatcher is in-process",
    ),
    ("OMGSERVERS_SERVICE_URI", "the dispatcher is in-process"),
    (
        "OMGSERVERS_REFRESH_DISPATCHER_TOKEN_JOB_INTERVAL",
        "the dispatcher is in-process",
    ),
];

/// An address as the server compares and hands it out: no surrounding whitespace, no
/// trailing `/`.
pub fn address(uri: &str) -> String {
    uri.trim().trim_end_matches('/').to_owned()
}

impl Config {
    /// The URI this server gives out for itself, as `normalised` writes an address.
    pub fn public_uri(&self) -> String {
        let uri = self
            .server_uri
            .clone()
            .or_else(|| std::env::var("OMGSERVERS_SERVER_SERVER_URI").ok())
            .unwrap_or_else(|| format!("http://{}", self.listen));
        address(&uri)
    }

    /// The settings as every part of the server reads them (`prepare` applies this once, so
    /// that no two places read a setting two ways): the addresses given to other nodes and to
    /// runtimes without surrounding whitespace or a trailing `/`, and the registry's
    /// notifications token without surrounding whitespace (a value read from a file often
    /// ends in a newline). An empty token is unset, as before; one of whitespace only stays
    /// blank, and the start refuses it (it would leave the endpoint open).
    pub fn normalised(mut self) -> Config {
        self.server_uri = self.server_uri.as_deref().map(address);
        self.server_index = self.server_index.iter().map(|u| address(u)).collect();
        self.runtimes_overriding_uri = address(&self.runtimes_overriding_uri);
        self.registry_notifications_token = self
            .registry_notifications_token
            .filter(|t| !t.is_empty())
            .map(|t| t.trim().to_owned());
        self
    }

    /// Upstream's static index servers set in `vars` (the process environment at start), in
    /// index order: `OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_` or `…_<i>`.
    pub fn server_index_from(vars: impl Iterator<Item = (String, String)>) -> Vec<String> {
        const PREFIX: &str = "OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_";
        let mut servers: Vec<(u32, String)> = vars
            .filter_map(|(name, value)| {
                let index = name.strip_prefix(PREFIX)?;
                let index = index.strip_suffix('_').unwrap_or(index).parse().ok()?;
                let uri = value.trim().trim_end_matches('/').to_owned();
                (!uri.is_empty()).then_some((index, uri))
            })
            .collect();
        servers.sort();
        servers.into_iter().map(|(_, uri)| uri).collect()
    }

    /// The shard databases set in `vars` (the process environment at start), in index order:
    /// `OMGSERVERS_DATABASE_SHARDS_<i>_URL` for `i` = 0, 1, 2 … with no gap (a gap would shift
    /// every later database to another index, and their slots with it).
    pub fn database_shards_from(
        vars: impl Iterator<Item = (String, String)>,
    ) -> Result<Vec<String>, String> {
        const PREFIX: &str = "OMGSERVERS_DATABASE_SHARDS_";
        let mut shards: Vec<(usize, String)> = Vec::new();
        for (name, value) in vars {
            let Some(index) = name
                .strip_prefix(PREFIX)
                .and_then(|rest| rest.strip_suffix("_URL"))
            else {
                continue;
            };
            let index = index.parse().map_err(|_| {
                format!("{name}: the part between SHARDS_ and _URL must be a number")
            })?;
            let url = value.trim().to_owned();
            if url.is_empty() {
                return Err(format!("{name} is empty"));
            }
            shards.push((index, url));
        }
        shards.sort();
        for (expected, (index, _)) in shards.iter().enumerate() {
            if *index != expected {
                return Err(format!(
                    "OMGSERVERS_DATABASE_SHARDS_{expected}_URL is not set but OMGSERVERS_DATABASE_SHARDS_{index}_URL is: number the shard databases 0, 1, 2 … without a gap"
                ));
            }
        }
        Ok(shards.into_iter().map(|(_, url)| url).collect())
    }

    /// A config with every default, as if started with no flags and no environment; for tests
    /// and embedding.
    pub fn defaults() -> Config {
        let mut config = Config::parse_from_env_free();
        config.data_dir = PathBuf::from("omgservers-data");
        config
    }

    fn parse_from_env_free() -> Config {
        // Parse with no arguments while ignoring the process environment.
        let cmd = Config::command();
        let args: Vec<clap::Arg> = cmd.get_arguments().cloned().collect();
        let mut cmd = clap::Command::new("omgservers");
        for arg in args {
            cmd = cmd.arg(arg.env(None::<&str>));
        }
        let matches = cmd.get_matches_from(["omgservers"]);
        <Config as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// The set environment variables that this server ignores.
    pub fn unused_env_vars() -> Vec<(String, &'static str)> {
        std::env::vars()
            .filter_map(|(name, _)| {
                IGNORED_ENV
                    .iter()
                    .find(|(pattern, _)| env_matches(pattern, &name))
                    .map(|(_, why)| (name, *why))
            })
            .collect()
    }
}

fn env_matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once("<i>") {
        Some((prefix, _)) => name.starts_with(prefix),
        None => pattern == name,
    }
}

const SERVER_INDEX_MARKDOWN: &str = "
## Static server index (upstream's sharded installation)

| Variable | Meaning |
|---|---|
| `OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_<i>_` (or `…_<i>`) | the URI of server *i*; when any is set, server *i* owns slots *i, i+N, i+2N…* of `OMGSERVERS_SERVER_SHARD_COUNT` for good (no leases, no failover) and forwards the rest, as upstream. This server's `OMGSERVERS_SERVER_URI` must be one of them; PostgreSQL and a shared `OMGSERVERS_SERVER_PRIVATE_KEY` are required. See docs/sharding.md |
";

const DATABASE_SHARDS_MARKDOWN: &str = "
## Shard databases (game state in several PostgreSQL databases)

| Variable | Meaning |
|---|---|
| `OMGSERVERS_DATABASE_SHARDS_<i>_URL` | a PostgreSQL URL (`postgresql://user:password@host:port/database`, used as given: a `jdbc:` prefix is accepted, and `OMGSERVERS_DATABASE_USERNAME` and `OMGSERVERS_DATABASE_PASSWORD` do not apply) for *i* = 0, 1, 2 … without a gap. When any is set, every slot's game state (clients, inboxes, runtimes, command queues, lobbies, matchmaking, matches, events) lives in one of them — slot *s* of *k* shard databases in database *s* mod *k*, recorded in `OMGSERVERS_DATABASE_URL` (the system database, which keeps the control plane) at the first start — and every server of the installation must set the same list. Needs a PostgreSQL `OMGSERVERS_DATABASE_URL`; set them from an installation's first start (a system database holding game state already is refused). Works with one server, with the static index (above: upstream's one database per server) and with `OMGSERVERS_CLUSTER_ENABLED` (a slot's fence then lives in its shard database). See docs/sharding.md |
";

/// The configuration reference (docs/configuration.md), generated from the clap definition.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Configuration reference\n\n\
         <!-- Generated from server/src/config.rs by `UPDATE_DOCS=1 cargo test -p omgservers config_reference`; do not edit. -->\n\n\
         Every setting can be given as a flag or as an environment variable; flags win. Names\n\
         follow upstream OMGSERVERS (`OMGSERVERS_*`) wherever upstream has the setting.\n\n\
         Durations are bare seconds (`30`), a number and a unit (`500ms`, `30s`, `2m`, `1h`), \
         several of them (`1m30s`) or ISO-8601 as upstream writes them (`PT30S`, `PT1M30S`); \
         omgctl's flags take the same forms.\n\n\
         A setting the server cannot use (a malformed value, a database URL of another kind, \
         a key, certificate or pool host that does not parse, settings that need each other) \
         refuses to start with exit code 2 and a message naming it, before anything is written \
         to the data directory or the database. A cluster node whose settings disagree with the \
         cluster's (another slot count, another signing key than the live nodes': \
         docs/sharding.md) is refused the same way once it has read the database, and leaves no \
         node registered. A start that fails for any other reason (the database unreachable, \
         the port taken) exits with 1.\n\n\
         | Flag | Environment variable | Default | Meaning |\n|---|---|---|---|\n",
    );
    for arg in Config::command().get_arguments() {
        let Some(long) = arg.get_long() else { continue };
        if long == "help" || long == "version" {
            continue;
        }
        let env = arg
            .get_env()
            .map(|e| format!("`{}`", e.to_string_lossy()))
            .unwrap_or_default();
        let default = arg
            .get_default_values()
            .iter()
            .map(|v| format!("`{}`", v.to_string_lossy()))
            .collect::<Vec<_>>()
            .join(", ");
        let help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(|h| h.to_string().replace('\n', " "))
            .unwrap_or_default();
        out.push_str(&format!("| `--{long}` | {env} | {default} | {help} |\n"));
    }
    out.push_str(crate::pool::hosts::REFERENCE_MARKDOWN);
    out.push_str(SERVER_INDEX_MARKDOWN);
    out.push_str(DATABASE_SHARDS_MARKDOWN);
    out.push_str(
        "\n## Upstream variables accepted but ignored\n\n\
         These exist upstream for components this server does not need. Setting one is harmless;\n\
         the server logs it once at start.\n\n| Variable | Why it has no effect |\n|---|---|\n",
    );
    for (name, why) in IGNORED_ENV {
        out.push_str(&format!("| `{name}` | {why} |\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    /// Addresses and the notifications token as a file or a shell often gives them (a trailing
    /// newline, a trailing `/`) are read as meant, once, for every part of the server.
    #[test]
    fn settings_are_normalised_once_for_every_reader() {
        let mut config = Config::defaults();
        config.server_uri = Some(" http://10.0.0.11:8080/\n".to_owned());
        config.server_index = vec!["http://a:8080/".to_owned(), "http://b:8080".to_owned()];
        config.runtimes_overriding_uri = "http://gateway:8080/ ".to_owned();
        config.registry_notifications_token = Some("secret\n".to_owned());
        let config = config.normalised();
        assert_eq!(config.server_uri.as_deref(), Some("http://10.0.0.11:8080"));
        assert_eq!(config.public_uri(), "http://10.0.0.11:8080");
        assert_eq!(config.server_index, ["http://a:8080", "http://b:8080"]);
        assert_eq!(config.runtimes_overriding_uri, "http://gateway:8080");
        assert_eq!(
            config.registry_notifications_token.as_deref(),
            Some("secret")
        );
        let mut empty = Config::defaults();
        empty.registry_notifications_token = Some(String::new());
        assert_eq!(empty.normalised().registry_notifications_token, None);
        let mut blank = Config::defaults();
        blank.registry_notifications_token = Some(" \n".to_owned());
        assert_eq!(
            blank.normalised().registry_notifications_token.as_deref(),
            Some("")
        );
    }

    #[test]
    fn defaults_parse_without_environment() {
        let c = Config::defaults();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.server_instance_id, 0);
        assert!(c.bootstrap_enabled);
        assert_eq!(c.bootstrap_admin_user_alias, "admin");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("PT30S").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("PT1M30S").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_duration("1m30s").unwrap(), Duration::from_secs(90));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("5 parsecs").is_err());
    }

    #[test]
    fn the_static_index_is_read_in_index_order_with_or_without_the_trailing_underscore() {
        let vars = [
            (
                "OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_1_",
                "http://b:8080/",
            ),
            (
                "OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_0",
                "http://a:8080",
            ),
            (
                "OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_10_",
                "http://c:8080",
            ),
            ("OMGSERVERS_INITIALIZATION_SERVER_INDEX_SERVERS_2_", " "),
            ("OMGSERVERS_INITIALIZATION_SERVER_INDEX_ENABLED", "true"),
        ]
        .map(|(n, v)| (n.to_owned(), v.to_owned()));
        assert_eq!(
            Config::server_index_from(vars.into_iter()),
            ["http://a:8080", "http://b:8080", "http://c:8080"]
        );
    }

    #[test]
    fn shard_databases_are_read_in_index_order_and_a_gap_is_refused() {
        let vars = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
                .collect::<Vec<_>>()
                .into_iter()
        };
        assert_eq!(
            Config::database_shards_from(vars(&[
                ("OMGSERVERS_DATABASE_SHARDS_1_URL", "postgresql://b/db"),
                ("OMGSERVERS_DATABASE_SHARDS_0_URL", " postgresql://a/db "),
                ("OMGSERVERS_DATABASE_URL", "postgresql://system/db"),
            ])),
            Ok(vec![
                "postgresql://a/db".to_owned(),
                "postgresql://b/db".to_owned()
            ])
        );
        assert_eq!(Config::database_shards_from(vars(&[])), Ok(Vec::new()));
        let gap = Config::database_shards_from(vars(&[
            ("OMGSERVERS_DATABASE_SHARDS_0_URL", "postgresql://a/db"),
            ("OMGSERVERS_DATABASE_SHARDS_2_URL", "postgresql://c/db"),
        ]));
        assert!(
            gap.as_ref()
                .is_err_and(|e| e.contains("OMGSERVERS_DATABASE_SHARDS_1_URL is not set")),
            "{gap:?}"
        );
        let bad = Config::database_shards_from(vars(&[("OMGSERVERS_DATABASE_SHARDS_x_URL", "u")]));
        assert!(bad.is_err(), "{bad:?}");
        let empty =
            Config::database_shards_from(vars(&[("OMGSERVERS_DATABASE_SHARDS_0_URL", " ")]));
        assert!(empty.is_err(), "{empty:?}");
    }

    #[test]
    fn instance_id_is_range_checked() {
        assert!(Config::try_parse_from(["omgservers", "--server-instance-id", "1024"]).is_err());
        assert!(Config::try_parse_from(["omgservers", "--server-instance-id", "1023"]).is_ok());
    }

    /// docs/configuration.md must match the clap definition. `UPDATE_DOCS=1` rewrites it.
    #[test]
    fn config_reference_is_up_to_date() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/configuration.md");
        let expected = reference_markdown();
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "docs/configuration.md is out of date: run `UPDATE_DOCS=1 cargo test -p omgservers config_reference`"
        );
    }
}
