//! End-to-end tests of the server: real servers on loopback ports, SQLite and a throwaway
//! PostgreSQL cluster, real HTTP and WebSockets. One test binary for the crate (each module was
//! its own binary, each linking the whole server): one link, one PostgreSQL cluster.

mod authorization;
mod bad_input;
mod bootstrap;
mod cluster;
mod connections;
mod control_plane;
mod dispatcher;
mod idle;
mod inactivity;
mod lobbies;
mod logging;
mod matchmaking;
mod migrations;
mod outage;
mod rate_limits;
mod registry;
mod runtime_wire;
mod server_image;
mod service;
mod shutdown;
mod startup;
mod test_kit;
mod uncertain_commit;
mod upload;
