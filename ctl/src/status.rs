//! `omgctl developer status` (`developer/get-stage-status`): what runs in a stage now, as
//! tables, once or again and again with `--watch` (which `developer list-runtimes` shares).

use std::io::Write;
use std::time::Duration;

use omgservers_types::developer::{
    GetStageStatusRequest, GetStageStatusResponse, RoundTripDto, StageStatusDto,
};
use omgservers_types::endpoints as ep;

use crate::client::{parse, Ctx};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{kv_table, list_table, Out};

/// One look at the stage.
pub fn stage_status(ctx: &mut Ctx, request: &GetStageStatusRequest) -> Result<Out, CtlError> {
    let v = ctx.send_to::<ep::developer::GetStageStatus>(Role::Developer, request)?;
    let status = parse::<GetStageStatusResponse>(v.clone())?.status;
    let ids: Vec<String> = status
        .deployments
        .iter()
        .map(|d| d.id.to_string())
        .collect();
    let mut out = Out::new(v).id(ids.join("\n"));
    for (title, table) in tables(&status) {
        out = out.table(title, table);
    }
    Ok(out)
}

/// Prints what `look` answers every `interval` until interrupted (or a call fails); on a
/// terminal each look replaces the last on the screen, as `watch` does.
pub fn watch(
    ctx: &mut Ctx,
    interval: Duration,
    mut look: impl FnMut(&mut Ctx) -> Result<Out, CtlError>,
) -> Result<Out, CtlError> {
    loop {
        let out = look(ctx)?;
        if ctx.ui.terminal_out {
            // Clear the screen and go home.
            let _ = std::io::stdout().write_all(b"\x1b[2J\x1b[H");
        } else {
            let _ = writeln!(std::io::stdout());
        }
        ctx.ui.print(&out);
        std::thread::sleep(interval);
    }
}

/// Players' round trip, or `-` when no player socket was measured.
fn round_trip(r: Option<&RoundTripDto>) -> String {
    r.map_or("-".to_owned(), |r| {
        format!(
            "p50 {} ms, p95 {} ms ({} players)",
            r.p50_ms, r.p95_ms, r.players
        )
    })
}

fn tables(s: &StageStatusDto) -> Vec<(Option<&'static str>, comfy_table::Table)> {
    let summary = kv_table(&[
        ("STAGE", s.stage_id.to_string()),
        ("CLIENTS", s.clients.to_string()),
        ("ROUND TRIP", round_trip(s.round_trip.as_ref())),
        ("DEPLOYMENTS", s.deployments.len().to_string()),
    ]);
    let deployments = s
        .deployments
        .iter()
        .map(|d| {
            let runtimes: Vec<String> = d
                .runtimes
                .iter()
                .map(|r| format!("{} {}", r.status, r.count))
                .collect();
            vec![
                d.id.to_string(),
                d.version_id.to_string(),
                d.state.to_string(),
                d.clients_assigned.to_string(),
                d.clients_queued.to_string(),
                runtimes.join(", "),
                d.created.clone(),
            ]
        })
        .collect();
    let mut lobbies = Vec::new();
    let mut matches = Vec::new();
    let mut queues = Vec::new();
    for d in &s.deployments {
        for l in &d.lobbies {
            lobbies.push(vec![
                d.id.to_string(),
                l.id.to_string(),
                l.runtime_id.map_or("-".to_owned(), |r| r.to_string()),
                l.runtime_status.clone().unwrap_or_else(|| "-".to_owned()),
                l.clients.to_string(),
                l.created.clone(),
            ]);
        }
        for m in &d.matches {
            matches.push(vec![
                d.id.to_string(),
                m.id.to_string(),
                m.mode.clone(),
                m.status.clone(),
                m.runtime_id.to_string(),
                m.runtime_status.clone().unwrap_or_else(|| "-".to_owned()),
                m.clients.to_string(),
                m.created.clone(),
            ]);
        }
        for q in &d.queues {
            let wait = Duration::from_millis(u64::try_from(q.oldest_wait_ms).unwrap_or(0));
            // Whole seconds: a queue's wait is read at a glance.
            let wait = Duration::from_secs(wait.as_secs());
            queues.push(vec![
                d.id.to_string(),
                q.mode.clone(),
                q.waiting.to_string(),
                humantime::format_duration(wait).to_string(),
            ]);
        }
    }
    vec![
        (None, summary),
        (
            Some("Deployments"),
            list_table(
                &[
                    "ID", "VERSION", "STATE", "CLIENTS", "QUEUED", "RUNTIMES", "CREATED",
                ],
                deployments,
            ),
        ),
        (
            Some("Lobbies"),
            list_table(
                &[
                    "DEPLOYMENT",
                    "LOBBY",
                    "RUNTIME",
                    "STATUS",
                    "CLIENTS",
                    "CREATED",
                ],
                lobbies,
            ),
        ),
        (
            Some("Matches"),
            list_table(
                &[
                    "DEPLOYMENT",
                    "MATCH",
                    "MODE",
                    "STATUS",
                    "RUNTIME",
                    "RUNTIME STATUS",
                    "CLIENTS",
                    "CREATED",
                ],
                matches,
            ),
        ),
        (
            Some("Matchmaking queue"),
            list_table(&["DEPLOYMENT", "MODE", "WAITING", "OLDEST WAIT"], queues),
        ),
    ]
}
