//! `omgctl`, the command-line tool for omgservers admins, support and developers: a noun-verb
//! tree over the HTTP API (wire reference §14), environments as profiles, credentials per
//! environment and role, tables/JSON/ids on stdout and everything else on stderr.

pub mod archive;
pub mod cli;
pub mod client;
pub mod commands;
pub mod error;
pub mod lists;
pub mod manual;
pub mod run;
pub mod runtime_logs;
pub mod status;
pub mod store;
pub mod ui;
