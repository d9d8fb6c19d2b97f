//! Helpers shared by the example tests.
#![allow(dead_code)]

pub mod players;
pub mod tic_tac_toe;
