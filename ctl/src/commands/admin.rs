//! `omgctl admin …`: tokens, ids, hashes, shards and nodes, Docker pool hosts.

use omgservers_types::endpoints as ep;
use omgservers_types::{admin, Empty};
use serde_json::Value;

use crate::cli::AdminCommand;
use crate::client::{parse, Ctx};
use crate::commands::credentials::{create_token_cmd, print_current_role, use_credentials};
use crate::commands::{confirm_delete, deleted};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{list_table, Out};

pub(crate) fn run(ctx: &mut Ctx, c: AdminCommand) -> Result<Out, CtlError> {
    let r = Role::Admin;
    match c {
        AdminCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        AdminCommand::PrintCurrent => print_current_role(ctx, r),
        AdminCommand::CreateToken => create_token_cmd(ctx, r),
        AdminCommand::CalculateShard { key } => {
            let v = ctx.send_to::<ep::admin::CalculateShard>(
                r,
                &admin::CalculateShardRequest { shard_key: key },
            )?;
            let resp: admin::CalculateShardResponse = parse(v.clone())?;
            ctx.remember(&[
                ("SHARD_INDEX", resp.shard_index.to_string()),
                ("SERVER_URI", resp.server_uri.clone()),
            ])?;
            Ok(Out::new(v).id(resp.shard_index.to_string()).kv(&[
                ("SHARD_INDEX", resp.shard_index.to_string()),
                ("SERVER_URI", resp.server_uri),
            ]))
        }
        AdminCommand::GenerateId => {
            let v = ctx.send_to::<ep::admin::GenerateId>(r, &Empty)?;
            let resp: admin::GenerateIdResponse = parse(v.clone())?;
            ctx.remember(&[("GENERATED_ID", resp.id.to_string())])?;
            Ok(Out::new(v)
                .id(resp.id.to_string())
                .kv(&[("GENERATED_ID", resp.id.to_string())]))
        }
        AdminCommand::BcryptHash { value } => {
            let v = ctx.send_to::<ep::admin::BcryptHash>(r, &admin::BcryptHashRequest { value })?;
            let resp: admin::BcryptHashResponse = parse(v.clone())?;
            ctx.remember(&[("BCRYPTED_HASH", resp.hash.clone())])?;
            Ok(Out::new(v)
                .id(resp.hash.clone())
                .kv(&[("BCRYPTED_HASH", resp.hash)]))
        }
        AdminCommand::PingDockerHost { uri } => {
            let v = ctx.send_to::<ep::admin::PingDockerHost>(
                r,
                &admin::PingDockerHostRequest {
                    docker_daemon_uri: uri,
                },
            )?;
            let resp: admin::PingDockerHostResponse = parse(v.clone())?;
            ctx.remember(&[("SUCCESSFUL", resp.successful.to_string())])?;
            Ok(Out::new(v).id(resp.successful.to_string()).kv(&[
                ("SUCCESSFUL", resp.successful.to_string()),
                ("FROM_SERVER", resp.from_server),
            ]))
        }
        AdminCommand::GetPoolHosts => {
            let v = ctx.send_to::<ep::admin::GetPoolHosts>(r, &Empty)?;
            let resp: admin::GetPoolHostsResponse = parse(v.clone())?;
            if resp.hosts.is_empty() {
                ctx.ui.note(
                    "The pool has no hosts; add one with `omgctl admin create-pool-host <uri> …`",
                );
            }
            let ids: Vec<String> = resp.hosts.iter().map(|h| h.id.to_string()).collect();
            let mut out = Out::new(v).id(ids.join("\n")).table(
                None,
                list_table(
                    &["ID", "URI", "STATUS", "CONTAINERS", "CPUS", "MEMORY MB"],
                    resp.hosts.iter().map(pool_host_row).collect(),
                ),
            );
            let errors: Vec<Vec<String>> = resp
                .hosts
                .iter()
                .filter_map(|h| {
                    h.last_error
                        .as_ref()
                        .map(|e| vec![h.id.to_string(), e.clone()])
                })
                .collect();
            if !errors.is_empty() {
                out = out.table(Some("Last errors"), list_table(&["ID", "ERROR"], errors));
            }
            Ok(out)
        }
        AdminCommand::GetCluster => {
            let v = ctx.send_to::<ep::admin::GetCluster>(r, &Empty)?;
            let resp: admin::GetClusterResponse = parse(v.clone())?;
            let uris: Vec<String> = resp.nodes.iter().map(|n| n.server_uri.clone()).collect();
            let rows = resp
                .nodes
                .iter()
                .map(|n| {
                    vec![
                        n.server_uri.clone(),
                        n.instance_id.to_string(),
                        n.alive.to_string(),
                        n.draining.to_string(),
                        n.slots.len().to_string(),
                        slot_ranges(&n.slots),
                    ]
                })
                .collect();
            let mut out = Out::new(v).id(uris.join("\n")).table(
                None,
                list_table(
                    &["URI", "INSTANCE", "ALIVE", "DRAINING", "SLOTS", "WHICH"],
                    rows,
                ),
            );
            if !resp.unowned_slots.is_empty() {
                out = out.kv(&[("UNOWNED_SLOTS", slot_ranges(&resp.unowned_slots))]);
            }
            Ok(out)
        }
        AdminCommand::DrainNode { uri, undo } => {
            let v = ctx.send_to::<ep::admin::DrainNode>(
                r,
                &admin::DrainNodeRequest {
                    server_uri: uri,
                    draining: !undo,
                },
            )?;
            let resp: admin::DrainNodeResponse = parse(v.clone())?;
            // The server answers 404 for a URI no node has.
            ctx.ui.note(if undo {
                "back in service: it takes its share of the slots within moments (at its \
                 next heartbeat, a third of the lease TTL, at the latest)"
            } else {
                "marked draining: it hands its slots over within moments (at its next \
                 heartbeat, a third of the lease TTL, at the latest); `omgctl admin \
                 get-cluster` shows when it holds none, then it may be stopped"
            });
            Ok(Out::new(v)
                .id(resp.nodes.to_string())
                .kv(&[("NODES", resp.nodes.to_string())]))
        }
        AdminCommand::GetSlotDatabases => {
            let v = ctx.send_to::<ep::admin::GetSlotDatabases>(r, &Empty)?;
            let resp: admin::GetSlotDatabasesResponse = parse(v.clone())?;
            if resp.databases.is_empty() {
                ctx.ui.note("Game state lives in the system database: no shard database is set (OMGSERVERS_DATABASE_SHARDS_<i>_URL)");
            }
            Ok(slot_databases_out(v, &resp))
        }
        AdminCommand::MoveSlots {
            to,
            slots,
            no_wait,
            timeout,
        } => {
            let deadline = std::time::Instant::now() + timeout;
            let slots: Vec<i64> = slots.into_iter().flatten().collect();
            let v = ctx.send_to::<ep::admin::MoveSlots>(
                r,
                &admin::MoveSlotsRequest {
                    slots: slots.clone(),
                    database: to,
                },
            )?;
            if no_wait {
                let resp: admin::GetSlotDatabasesResponse = parse(v.clone())?;
                return Ok(slot_databases_out(v, &resp));
            }
            let (v, resp) = crate::commands::rollout::poll(
                ctx,
                deadline,
                &format!(
                    "timed out after {}s waiting for slots {} to move",
                    timeout.as_secs(),
                    slot_ranges(&slots)
                ),
                "their moves go on; follow them with `omgctl admin get-slot-databases`, and see the owning servers' logs for a database that does not answer",
                |ctx| {
                    let v = ctx.send_to::<ep::admin::GetSlotDatabases>(r, &Empty)?;
                    let resp: admin::GetSlotDatabasesResponse = parse(v.clone())?;
                    let moving: Vec<i64> = resp
                        .moves
                        .iter()
                        .filter(|m| slots.contains(&m.slot))
                        .map(|m| m.slot)
                        .collect();
                    Ok(if moving.is_empty() {
                        crate::commands::rollout::Step::Done((v, resp))
                    } else {
                        crate::commands::rollout::Step::Waiting(format!(
                            "Moving slots {} to database {to}",
                            slot_ranges(&moving)
                        ))
                    })
                },
            )?;
            // A move that ended without switching was cancelled or given up.
            let left: Vec<i64> = resp
                .databases
                .iter()
                .filter(|d| d.index != to)
                .flat_map(|d| d.slots.iter().copied().filter(|s| slots.contains(s)))
                .collect();
            if !left.is_empty() {
                return Err(CtlError::failed(
                    format!(
                        "slots {} were not moved to database {to}: their moves ended without \
                         switching, cancelled or given up (OMGSERVERS_SLOT_MOVES_TIMEOUT); \
                         they stay where they were",
                        slot_ranges(&left)
                    ),
                    "see the owning servers' logs (`slot move given up`) for a database that \
                     does not answer; `omgctl admin get-slot-databases` shows where each slot is",
                ));
            }
            ctx.ui.note(&format!(
                "Slots {} are in database {to}",
                slot_ranges(&slots)
            ));
            Ok(slot_databases_out(v, &resp))
        }
        AdminCommand::CancelSlotMoves { slots } => {
            let slots: Vec<i64> = slots.into_iter().flatten().collect();
            // Which of them are moving, to say what the cancel did: the answer is the view
            // after it, where a cancelled move and a slot that never moved look the same.
            let before: admin::GetSlotDatabasesResponse =
                parse(ctx.send_to::<ep::admin::GetSlotDatabases>(r, &Empty)?)?;
            let (moving, idle): (Vec<i64>, Vec<i64>) = slots.iter().partition(|slot| {
                before
                    .moves
                    .iter()
                    .any(|m| m.slot == **slot && m.state == "MOVING")
            });
            let v = ctx.send_to::<ep::admin::CancelSlotMoves>(
                r,
                &admin::CancelSlotMovesRequest {
                    slots: slots.clone(),
                },
            )?;
            let resp: admin::GetSlotDatabasesResponse = parse(v.clone())?;
            if !moving.is_empty() {
                ctx.ui.note(&format!(
                    "Slots {}: their moves are cancelled; each slot is unlocked where it is within a second",
                    slot_ranges(&moving)
                ));
            }
            if !idle.is_empty() {
                ctx.ui.note(&format!(
                    "Slots {}: not moving when asked; nothing to cancel",
                    slot_ranges(&idle)
                ));
            }
            Ok(slot_databases_out(v, &resp))
        }
        AdminCommand::CreatePoolHost {
            uri,
            cpus,
            memory_mb,
            max_containers,
        } => {
            let v = ctx.send_to::<ep::admin::CreatePoolHost>(
                r,
                &admin::CreatePoolHostRequest {
                    docker_daemon_uri: uri,
                    cpu_count: cpus,
                    memory_size: memory_mb,
                    max_containers,
                },
            )?;
            let host = parse::<admin::PoolHostResponse>(v.clone())?.host;
            if !host.reachable {
                ctx.ui.warn(&format!(
                    "the host does not answer ({}); it was added and gets runtimes once it does",
                    host.last_error.as_deref().unwrap_or("no answer")
                ));
            }
            let id = host.id.to_string();
            Ok(pool_host_out(v, &host).message(format!("Pool host was added, ID={id}")))
        }
        AdminCommand::DrainPoolHost { id, undo } => {
            let v = ctx.send_to::<ep::admin::DrainPoolHost>(
                r,
                &admin::DrainPoolHostRequest {
                    id: id.into(),
                    draining: !undo,
                },
            )?;
            let host = parse::<admin::PoolHostResponse>(v.clone())?.host;
            let message = if undo {
                format!("Pool host {id} is back in service")
            } else {
                format!(
                    "Pool host {id} is draining: no new runtimes; {} container(s) still run on it",
                    host.containers
                )
            };
            Ok(pool_host_out(v, &host).message(message))
        }
        AdminCommand::DeletePoolHost { id, delete } => {
            confirm_delete(delete, &format!("pool host {id}"))?;
            let v = ctx.send_to::<ep::admin::DeletePoolHost>(
                r,
                &admin::DeletePoolHostRequest { id: id.into() },
            )?;
            deleted(v, "Pool host", &id.to_string(), delete)
        }
    }
}

/// A pool host's status words: reachable or not, and draining.
pub(crate) fn pool_host_status(h: &admin::PoolHostDto) -> String {
    let mut words = vec![if h.reachable {
        "reachable"
    } else {
        "unreachable"
    }];
    if h.draining {
        words.push("draining");
    }
    words.join(", ")
}

/// CPU limits in ms per 100 ms (100 = one CPU) as CPUs, e.g. `1.5`.
pub(crate) fn cpus(per_100ms: i64) -> String {
    let whole = per_100ms / 100;
    let rest = per_100ms % 100;
    if rest == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{}", format!("{rest:02}").trim_end_matches('0'))
    }
}

pub(crate) fn pool_host_row(h: &admin::PoolHostDto) -> Vec<String> {
    vec![
        h.id.to_string(),
        h.docker_daemon_uri.clone(),
        pool_host_status(h),
        format!("{}/{}", h.containers, h.max_containers),
        format!("{}/{}", cpus(h.cpu_used), h.cpu_count),
        format!("{}/{}", h.memory_used, h.memory_size),
    ]
}

pub(crate) fn pool_host_out(v: Value, h: &admin::PoolHostDto) -> Out {
    let mut rows = vec![
        ("ID", h.id.to_string()),
        ("URI", h.docker_daemon_uri.clone()),
        ("STATUS", pool_host_status(h)),
        (
            "CONTAINERS",
            format!("{}/{}", h.containers, h.max_containers),
        ),
        ("CPUS", format!("{}/{}", cpus(h.cpu_used), h.cpu_count)),
        ("MEMORY MB", format!("{}/{}", h.memory_used, h.memory_size)),
    ];
    if let Some(e) = &h.last_error {
        rows.push(("LAST ERROR", e.clone()));
    }
    rows.push(("CREATED", h.created.clone()));
    Out::new(v).id(h.id.to_string()).kv(&rows)
}

/// The shard databases with their slots, and the unfinished moves.
fn slot_databases_out(v: Value, resp: &admin::GetSlotDatabasesResponse) -> Out {
    let indexes: Vec<String> = resp.databases.iter().map(|d| d.index.to_string()).collect();
    let rows = resp
        .databases
        .iter()
        .map(|d| {
            vec![
                d.index.to_string(),
                d.reachable.to_string(),
                d.slots.len().to_string(),
                slot_ranges(&d.slots),
            ]
        })
        .collect();
    let mut out = Out::new(v).id(indexes.join("\n")).table(
        None,
        list_table(&["DATABASE", "REACHABLE", "SLOTS", "WHICH"], rows),
    );
    if !resp.moves.is_empty() {
        let moves = resp
            .moves
            .iter()
            .map(|m| {
                vec![
                    m.slot.to_string(),
                    m.from.to_string(),
                    m.to.to_string(),
                    m.state.clone(),
                ]
            })
            .collect();
        out = out.table(
            Some("Moves under way"),
            list_table(&["SLOT", "FROM", "TO", "STATE"], moves),
        );
    }
    out
}

/// Slots as ranges: `0-3,8,10-12`.
pub(crate) fn slot_ranges(slots: &[i64]) -> String {
    let mut sorted = slots.to_vec();
    sorted.sort_unstable();
    let mut ranges: Vec<(i64, i64)> = Vec::new();
    for slot in sorted {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == slot => *end = slot,
            _ => ranges.push((slot, slot)),
        }
    }
    ranges
        .iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    #[test]
    fn cpu_limits_read_as_cpus() {
        assert_eq!(super::cpus(0), "0");
        assert_eq!(super::cpus(100), "1");
        assert_eq!(super::cpus(150), "1.5");
        assert_eq!(super::cpus(25), "0.25");
        assert_eq!(super::cpus(1205), "12.05");
    }

    #[test]
    fn slots_print_as_ranges() {
        assert_eq!(
            super::slot_ranges(&[3, 0, 1, 2, 8, 10, 11, 12]),
            "0-3,8,10-12"
        );
        assert_eq!(super::slot_ranges(&[]), "");
    }
}
