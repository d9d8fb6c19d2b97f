//! `omgctl developer get-runtime-logs --since --follow`: a runtime container's output from an
//! instant on, and following it by asking every second for what was written after the last
//! line read (`developer/get-runtime-logs` with `since` and timestamps).

use std::io::Write;
use std::time::{Duration, SystemTime};

use omgservers_types::developer::{GetRuntimeLogsRequest, GetRuntimeLogsResponse};
use omgservers_types::endpoints as ep;

use crate::client::{parse, Ctx};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::Out;

/// How often --follow asks for new output.
const FOLLOW_EVERY: Duration = Duration::from_secs(1);
/// Most lines one look may bring (the server's limit).
const MAX_TAIL: u32 = 10_000;

/// `--since`: a duration ago (our duration grammar) or an ISO-8601 instant, as the instant the
/// server takes.
pub fn instant(since: &str) -> Result<String, CtlError> {
    if let Ok(ago) = omgservers_types::duration::parse(since) {
        let at = SystemTime::now()
            .checked_sub(ago)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        return Ok(humantime::format_rfc3339_nanos(at).to_string());
    }
    humantime::parse_rfc3339_weak(since)
        .map(|_| since.to_owned())
        .map_err(|_| {
            CtlError::usage(
                format!("--since `{since}` is neither a duration nor an instant"),
                "pass 10m, 1h30m or an instant such as 2026-11-30T09:20:00Z",
            )
        })
}

/// Prints the runtime's output as it comes until interrupted, across restarts of its
/// container: while it has none (not started yet, or between two), it is waited for.
pub fn follow(
    ctx: &mut Ctx,
    mut request: GetRuntimeLogsRequest,
    timestamps: bool,
) -> Result<Out, CtlError> {
    // Timestamps always: the last one read is where the next look starts.
    request.timestamps = Some(true);
    let mut waiting = false;
    loop {
        let v = match ctx.send_to::<ep::developer::GetRuntimeLogs>(Role::Developer, &request) {
            Ok(v) => v,
            // Not started yet, or between two containers (a restart): wait for the next one,
            // saying so once per wait.
            Err(e) if e.exit_code() == 3 => {
                if !std::mem::replace(&mut waiting, true) {
                    ctx.ui.note("waiting for the runtime's container…");
                }
                std::thread::sleep(FOLLOW_EVERY);
                continue;
            }
            Err(e) => return Err(e),
        };
        waiting = false;
        let logs: GetRuntimeLogsResponse = parse(v)?;
        let mut stdout = std::io::stdout().lock();
        for line in logs.logs.split_inclusive('\n') {
            let (stamp, text) = line.split_once(' ').unwrap_or(("", line));
            if humantime::parse_rfc3339_weak(stamp).is_ok() {
                request.since = Some(stamp.to_owned());
            }
            let _ = stdout.write_all(if timestamps { line } else { text }.as_bytes());
        }
        let _ = stdout.flush();
        drop(stdout);
        // After the first look, everything new since the last line.
        request.tail = Some(MAX_TAIL);
        if request.since.is_none() {
            request.since = Some(humantime::format_rfc3339_nanos(SystemTime::now()).to_string());
        }
        std::thread::sleep(FOLLOW_EVERY);
    }
}

#[cfg(test)]
mod tests {
    use super::instant;

    #[test]
    fn since_takes_a_duration_ago_or_an_instant() {
        assert_eq!(
            instant("2026-11-30T09:20:00Z").unwrap(),
            "2026-11-30T09:20:00Z"
        );
        let ago = humantime::parse_rfc3339_weak(&instant("10m").unwrap()).unwrap();
        let elapsed = std::time::SystemTime::now().duration_since(ago).unwrap();
        assert!(
            elapsed >= std::time::Duration::from_secs(600),
            "{elapsed:?}"
        );
        assert!(elapsed < std::time::Duration::from_secs(660), "{elapsed:?}");
        assert!(instant("yesterday").is_err());
    }
}
