//! The example games played against real servers: the game loop, real-time play, the Docker
//! pool, rollouts, restarts, the cluster and the console. One test binary for the crate: one
//! link, one PostgreSQL cluster.

mod cluster;
mod common;
mod console;
mod docker_pool;
mod game_loop;
mod realtime;
mod restart;
mod rollout;
mod tic_tac_toe;
