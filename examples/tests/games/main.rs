//! The example games played against real servers: the game loop, real-time play, the Docker
//! pool, rollouts, restarts, the cluster, shard databases and the console. One test binary for
//! the crate: one link, one shared PostgreSQL cluster (the shard-database test starts two more
//! of its own, to lose one).

mod cluster;
mod common;
mod console;
mod docker_pool;
mod game_loop;
mod realtime;
mod restart;
mod rollout;
mod shard_databases;
mod slot_moves;
mod tic_tac_toe;
