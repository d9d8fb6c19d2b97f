//! What a developer may see of a deployment's runtimes (beyond upstream): their containers'
//! state, and a runtime container's recent output. Both need DEPLOYMENT_MANAGER on the
//! deployment's stage: logs can hold anything the game prints.

use futures_util::StreamExt;
use omgservers_types::developer::{
    DeploymentEventDto, GetRuntimeLogsRequest, GetRuntimeLogsResponse, RuntimeStateDto,
    RuntimeStatus,
};
use omgservers_types::permissions::StagePermission;
use omgservers_types::{IdOrAlias, RuntimeId};

use super::{resolve, Actor};
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::{iso, now_millis};
use crate::store::{clients, deployments, events, runtimes};

/// Most lines and bytes of logs one answer carries.
const MAX_TAIL: u32 = 10_000;
const DEFAULT_TAIL: u32 = 200;
const MAX_LOG_BYTES: usize = 1 << 20;

/// The tenant of a deployment the actor manages (DEPLOYMENT_MANAGER on its stage); 404 for a
/// deployment not in the tenant, 403 without the permission.
pub(super) async fn managed_deployment(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
) -> Result<i64> {
    let tenant_id = resolve::tenant(conn, tenant).await?;
    let deployment = resolve::deployment(conn, tenant_id, deployment_id).await?;
    actor
        .require_stage(
            conn,
            deployment.stage_id,
            StagePermission::DEPLOYMENT_MANAGER,
        )
        .await?;
    Ok(tenant_id)
}

/// The deployment of a client the actor may kick (DEPLOYMENT_MANAGER on its stage); `None`
/// when the named tenant has no such connected client, so a client of another tenant looks
/// absent. Within a tenant, a developer without the permission learns that a client id exists
/// (403), as with every other object id it names.
pub async fn kickable_client(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    client_id: i64,
) -> Result<Option<i64>> {
    let mut conn = state.db.pool.acquire().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let Some(deployment_id) = crate::game::clients::deployment_of(state, client_id).await? else {
        return Ok(None);
    };
    let found = {
        let mut game = state.game(deployment_id).acquire().await?;
        clients::find(&mut game, client_id).await?
    };
    let Some(client) = found.filter(|c| c.tenant_id == tenant_id && !c.deleted()) else {
        return Ok(None);
    };
    let stage_id = deployments::stage_of(&mut conn, client.deployment_id)
        .await?
        .ok_or_else(|| Error::not_found(format!("client {client_id} has no deployment")))?;
    actor
        .require_stage(&mut conn, stage_id, StagePermission::DEPLOYMENT_MANAGER)
        .await?;
    Ok(Some(client.deployment_id))
}

async fn require_deployment_manager(state: &AppState, actor: Actor, stage_id: i64) -> Result<()> {
    let mut conn = state.db.pool.acquire().await?;
    actor
        .require_stage(&mut conn, stage_id, StagePermission::DEPLOYMENT_MANAGER)
        .await
}

pub async fn deployment_runtimes(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
) -> Result<Vec<RuntimeStateDto>> {
    let tenant_id = {
        let mut conn = state.db.pool.acquire().await?;
        managed_deployment(&mut conn, actor, tenant, deployment_id).await?
    };
    let rows = {
        let mut conn = state.game(deployment_id).acquire().await?;
        runtimes::of_deployment(&mut conn, tenant_id, deployment_id).await?
    };
    let now = now_millis();
    let mut list: Vec<RuntimeStateDto> = rows
        .into_iter()
        .map(|row| RuntimeStateDto {
            id: RuntimeId(row.id),
            qualifier: row.qualifier.to_string(),
            created: iso(row.created),
            ready: row.ready(),
            container_state: row.status.to_string(),
            detail: row.status_reason.clone(),
            starts: row.starts,
            failures: row.failures,
            next_start_at: (row.next_start_at > now).then(|| iso(row.next_start_at)),
        })
        .collect();
    for (owner, why) in state.docker_pool.retired_of_deployment(deployment_id) {
        if list.iter().any(|r| r.id.get() == owner.runtime_id) {
            continue;
        }
        list.push(RuntimeStateDto {
            id: RuntimeId(owner.runtime_id),
            qualifier: owner.qualifier.as_str().to_owned(),
            created: String::new(),
            ready: false,
            container_state: RuntimeStatus::EXITED.to_string(),
            detail: Some(why),
            starts: 0,
            failures: 0,
            next_start_at: None,
        });
    }
    Ok(list)
}

/// Most events one answer carries, and how many when the request says nothing.
const MAX_EVENTS: u32 = events::KEPT_PER_DEPLOYMENT as u32;
const DEFAULT_EVENTS: u32 = 50;

/// The newest events of a deployment, oldest first (docs/runtime-pool.md "Lifecycle").
pub async fn deployment_events(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    deployment_id: i64,
    limit: Option<u32>,
) -> Result<Vec<DeploymentEventDto>> {
    let limit = limit.unwrap_or(DEFAULT_EVENTS);
    if limit == 0 || limit > MAX_EVENTS {
        return Err(Error::invalid(format!(
            "limit must be 1..={MAX_EVENTS}, got {limit}"
        )));
    }
    {
        let mut conn = state.db.pool.acquire().await?;
        managed_deployment(&mut conn, actor, tenant, deployment_id).await?;
    }
    let mut conn = state.game(deployment_id).acquire().await?;
    Ok(events::newest(&mut conn, deployment_id, i64::from(limit))
        .await?
        .into_iter()
        .map(|e| DeploymentEventDto {
            id: e.id,
            created: iso(e.created),
            kind: e.kind,
            runtime_id: e.runtime_id.map(RuntimeId),
            message: e.message,
        })
        .collect())
}

/// A runtime container's output: the last `tail` lines, written after `since` if given, each
/// with its timestamp if asked.
pub async fn runtime_logs(
    state: &AppState,
    actor: Actor,
    req: &GetRuntimeLogsRequest,
) -> Result<GetRuntimeLogsResponse> {
    let (tenant, runtime_id, tail) = (&req.tenant, req.runtime_id.get(), req.tail);
    let since = match req.since.as_deref() {
        None => None,
        Some(text) => Some(humantime::parse_rfc3339_weak(text).map_err(|_| {
            Error::invalid(format!(
                "since `{text}` is not an ISO-8601 UTC instant such as 2026-11-30T09:20:00Z"
            ))
        })?),
    };
    let not_found = || {
        Error::not_found(format!(
            "runtime {runtime_id} has no container in this tenant (never started, or removed after its retention)"
        ))
    };
    let tenant_id = {
        let mut conn = state.db.pool.acquire().await?;
        resolve::tenant(&mut conn, tenant).await?
    };
    if let Some(lines) = state.driver.output(runtime_id) {
        return process_output(state, actor, req, tenant_id, lines, since).await;
    }
    let (owner, host, container) = state.docker_pool.locate(runtime_id).ok_or_else(not_found)?;
    if owner.tenant_id != tenant_id {
        return Err(not_found());
    }
    require_deployment_manager(state, actor, owner.stage_id).await?;
    let tail = tail.unwrap_or(DEFAULT_TAIL).clamp(1, MAX_TAIL);
    // Docker's `since` has whole seconds: the lines of that second are filtered here by their
    // timestamps, which are asked for always and dropped unless wanted.
    let since_seconds = since.map_or(0, |t| {
        let secs = t
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        i32::try_from(secs).unwrap_or(i32::MAX)
    });
    let options = bollard::query_parameters::LogsOptions {
        stdout: true,
        stderr: true,
        tail: tail.to_string(),
        since: since_seconds,
        timestamps: true,
        ..Default::default()
    };
    let mut stream = host.docker().logs(&container, Some(options));
    let mut logs = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| match e {
            // Reserved and not created yet, or removed meanwhile: nothing to read, as for a
            // runtime without a container.
            bollard::errors::Error::DockerResponseServerError {
                status_code: 404, ..
            } => Error::not_found(format!(
                "runtime {runtime_id} has no container now (container {container} is being created, or was removed)"
            )),
            e => Error::Upstream {
                qualifier: omgservers_types::ErrorQualifier::SERVER_NOT_FOUND,
                message: format!("cannot read the logs of container {container}: {e}"),
            },
        })?;
        logs.extend_from_slice(&chunk.into_bytes());
        if logs.len() > MAX_LOG_BYTES {
            // Keep the newest output.
            logs.drain(..logs.len() - MAX_LOG_BYTES);
        }
    }
    let logs = String::from_utf8_lossy(&logs);
    Ok(GetRuntimeLogsResponse {
        runtime_id: RuntimeId(runtime_id),
        container,
        logs: lines_after(&logs, since, req.timestamps.unwrap_or(false)),
    })
}

/// What a runtime process of the process driver wrote (`pool::process`), as `get-runtime-logs`
/// answers a container's: the same permission, `tail`, `since` and `timestamps`.
async fn process_output(
    state: &AppState,
    actor: Actor,
    req: &GetRuntimeLogsRequest,
    tenant_id: i64,
    lines: Vec<crate::pool::OutputLine>,
    since: Option<std::time::SystemTime>,
) -> Result<GetRuntimeLogsResponse> {
    let runtime_id = req.runtime_id.get();
    let stage_id = match crate::game::runtimes::locate(state, runtime_id).await? {
        Some(runtime) if runtime.tenant_id == tenant_id => {
            let mut conn = state.db.pool.acquire().await?;
            deployments::stage_of(&mut conn, runtime.deployment_id).await?
        }
        _ => None,
    }
    .ok_or_else(|| {
        Error::not_found(format!(
            "runtime {runtime_id} is not a runtime of this tenant"
        ))
    })?;
    require_deployment_manager(state, actor, stage_id).await?;
    let tail = usize::try_from(req.tail.unwrap_or(DEFAULT_TAIL).clamp(1, MAX_TAIL)).unwrap_or(1);
    let timestamps = req.timestamps.unwrap_or(false);
    let wanted: Vec<_> = lines
        .iter()
        .filter(|line| since.is_none_or(|since| line.at > since))
        .collect();
    let mut logs = String::new();
    for line in &wanted[wanted.len().saturating_sub(tail)..] {
        if timestamps {
            logs.push_str(&humantime::format_rfc3339_nanos(line.at).to_string());
            logs.push(' ');
        }
        logs.push_str(&line.text);
        logs.push('\n');
    }
    if logs.len() > MAX_LOG_BYTES {
        // The newest output, from a line's start, as for a container.
        let mut cut = logs.len() - MAX_LOG_BYTES;
        while !logs.is_char_boundary(cut) {
            cut += 1;
        }
        let start = logs[cut..].find('\n').map_or(cut, |i| cut + i + 1);
        logs.drain(..start);
    }
    Ok(GetRuntimeLogsResponse {
        runtime_id: RuntimeId(runtime_id),
        container: format!("process of runtime {runtime_id}"),
        logs,
    })
}

/// Docker's timestamped output: the lines written after `since`, with or without their
/// timestamps.
fn lines_after(logs: &str, since: Option<std::time::SystemTime>, timestamps: bool) -> String {
    let mut kept = String::with_capacity(logs.len());
    for line in logs.split_inclusive('\n') {
        let (stamp, text) = line.split_once(' ').unwrap_or(("", line));
        let written = humantime::parse_rfc3339_weak(stamp).ok();
        if let (Some(since), Some(written)) = (since, written) {
            if written <= since {
                continue;
            }
        }
        kept.push_str(if timestamps || written.is_none() {
            line
        } else {
            text
        });
    }
    kept
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const LOGS: &str = "2026-11-30T09:20:00.100000000Z first\n2026-11-30T09:20:00.2Z second\n";

    #[test]
    fn lines_are_kept_after_since_with_or_without_timestamps() {
        assert_eq!(lines_after(LOGS, None, false), "first\nsecond\n");
        assert_eq!(lines_after(LOGS, None, true), LOGS);
        let since = humantime::parse_rfc3339_weak("2026-11-30T09:20:00.1Z").unwrap();
        assert_eq!(lines_after(LOGS, Some(since), false), "second\n");
        let later = humantime::parse_rfc3339_weak("2026-11-30T09:20:01Z").unwrap();
        assert_eq!(lines_after(LOGS, Some(later), true), "");
    }
}
