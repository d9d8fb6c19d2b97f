//! Deploying and following a rollout (`deploy-version --wait`, `rollback`, `create-version
//! --wait`): reads of the deployment, version and runtimes, polling, and the explanations
//! printed while waiting.

use std::time::{Duration, Instant};

use omgservers_types::endpoints as ep;
use omgservers_types::{details, developer as dev};
use serde_json::Value;

use crate::client::{body, parse, Ctx, Op};
use crate::error::CtlError;
use crate::store::Role;
use crate::ui::{list_table, Out};

pub(crate) fn get_deployment(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
) -> Result<Value, CtlError> {
    ctx.send_to::<ep::developer::GetDeploymentDetails>(
        Role::Developer,
        &dev::GetDeploymentDetailsRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
        },
    )
}

pub(crate) fn get_version(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
) -> Result<details::TenantVersionDetails, CtlError> {
    let v = ctx.send_to::<ep::developer::GetVersionDetails>(
        Role::Developer,
        &dev::GetVersionDetailsRequest {
            tenant: tenant.into(),
            version_id: version_id.into(),
        },
    )?;
    Ok(parse::<dev::GetVersionDetailsResponse>(v)?.details)
}

pub(crate) fn get_runtimes(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
) -> Result<Value, CtlError> {
    ctx.send_to::<ep::developer::GetDeploymentRuntimes>(
        Role::Developer,
        &dev::GetDeploymentRuntimesRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
        },
    )
}

pub(crate) fn get_build_log(
    ctx: &mut Ctx,
    tenant: &str,
    build_request_id: i64,
) -> Result<Value, CtlError> {
    ctx.send_to::<ep::developer::GetBuildLog>(
        Role::Developer,
        &dev::GetBuildLogRequest {
            tenant: tenant.into(),
            build_request_id: build_request_id.into(),
        },
    )
}

pub(crate) fn runtimes_table(runtimes: &[dev::RuntimeStateDto]) -> comfy_table::Table {
    list_table(
        &[
            "ID",
            "QUALIFIER",
            "STATE",
            "READY",
            "STARTS",
            "FAILURES",
            "NEXT START",
            "CREATED",
            "DETAIL",
        ],
        runtimes
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.qualifier.clone(),
                    r.container_state.clone(),
                    if r.ready { "yes" } else { "no" }.to_owned(),
                    r.starts.to_string(),
                    r.failures.to_string(),
                    r.next_start_at.clone().unwrap_or_else(|| "-".to_owned()),
                    if r.created.is_empty() {
                        "-".to_owned()
                    } else {
                        r.created.clone()
                    },
                    r.detail.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    )
}

pub(crate) fn events_table(events: &[dev::DeploymentEventDto]) -> comfy_table::Table {
    list_table(
        &["TIME", "KIND", "RUNTIME", "MESSAGE"],
        events
            .iter()
            .map(|e| {
                vec![
                    e.created.clone(),
                    e.kind.clone(),
                    e.runtime_id.map_or("-".to_owned(), |r| r.to_string()),
                    e.message.clone(),
                ]
            })
            .collect(),
    )
}

pub(crate) fn get_events(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    limit: Option<u32>,
) -> Result<Value, CtlError> {
    ctx.send_to::<ep::developer::GetDeploymentEvents>(
        Role::Developer,
        &dev::GetDeploymentEventsRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
            limit,
        },
    )
}

/// Where a deployment goes.
pub(crate) struct Target<'a> {
    pub(crate) tenant: &'a str,
    pub(crate) project: &'a str,
    pub(crate) stage: &'a str,
}

/// Deploys a version (waiting for its image first and for the rollout after, when `wait`
/// gives the time for both).
pub(crate) fn deploy(
    ctx: &mut Ctx,
    target: &Target<'_>,
    version_id: i64,
    wait: Option<Duration>,
) -> Result<Out, CtlError> {
    let tenant = target.tenant;
    let timeout = wait.unwrap_or_default();
    let deadline = Instant::now() + timeout;
    if wait.is_some() {
        wait_for_image(
            ctx,
            tenant,
            version_id,
            deadline,
            timeout,
            "nothing was deployed; check the build with `omgctl developer get-version-details`, or raise --timeout",
        )?;
    }
    let v = ctx.send_to::<ep::developer::DeployVersion>(
        Role::Developer,
        &dev::DeployVersionRequest {
            tenant: tenant.into(),
            project: target.project.into(),
            stage: target.stage.into(),
            version_id: version_id.into(),
        },
    )?;
    let deployment_id = parse::<dev::DeployVersionResponse>(v.clone())?
        .deployment_id
        .get();
    let id = deployment_id.to_string();
    ctx.remember(&[("DEPLOYMENT", id.clone())])?;
    ctx.ui
        .success(&format!("Version was deployed, DEPLOYMENT={id}"));
    let out = Out::new(v).id(id.clone()).kv(&[("DEPLOYMENT", id)]);
    if wait.is_some() {
        wait_for_rollout(ctx, tenant, deployment_id, deadline, timeout)?;
    }
    Ok(out)
}

/// The version of the newest deployment of the stage older than the one serving it (its
/// newest READY deployment).
pub(crate) fn previous_version(ctx: &mut Ctx, target: &Target<'_>) -> Result<i64, CtlError> {
    let v = ctx.send_to::<ep::developer::GetStageDetails>(
        Role::Developer,
        &dev::GetStageDetailsRequest {
            tenant: target.tenant.into(),
            project: target.project.into(),
            stage: target.stage.into(),
        },
    )?;
    let deployments = parse::<dev::GetStageDetailsResponse>(v)?
        .details
        .deployments;
    // A server without rollout states (an older one) has every deployment serving.
    let serves = |d: &details::DeploymentDto| {
        d.state.is_none() || d.state == Some(details::DeploymentState::READY)
    };
    let serving = deployments
        .iter()
        .filter(|d| serves(d))
        .map(|d| d.id.get())
        .max();
    let Some(serving) = serving else {
        return Err(CtlError::failed(
            format!(
                "stage {} has no READY deployment to roll back from",
                target.stage
            ),
            "deploy a version with `omgctl developer deploy-version`",
        ));
    };
    let current = deployments.iter().find(|d| d.id.get() == serving);
    deployments
        .iter()
        .filter(|d| d.id.get() < serving && serves(d))
        .filter(|d| current.is_none_or(|c| c.version_id != d.version_id))
        .max_by_key(|d| d.id.get())
        .map(|d| d.version_id.get())
        .ok_or_else(|| {
            CtlError::failed(
                format!(
                    "stage {} has no deployment older than {serving} with another version (drained ones are gone)",
                    target.stage
                ),
                "name the version: `omgctl developer rollback --to-version <id>` (`omgctl developer get-project-details` lists the versions)",
            )
        })
}

/// Follows a deployment until it is READY or FAILED. On failure or timeout, shows the reason,
/// the deployment's events, its runtimes and the logs of those that exited. A server without
/// rollout states (an older one) is followed until its lobby runtime is up.
pub(crate) fn wait_for_rollout(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let mut seen: Vec<dev::RuntimeStateDto> = Vec::new();
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for deployment {deployment_id} to be READY",
            timeout.as_secs()
        ),
        &format!(
            "the deployment stays and becomes READY or FAILED on its own; follow it with `omgctl developer get-deployment-events {tenant} {deployment_id}`, or raise --timeout"
        ),
        |ctx| {
            let v = get_deployment(ctx, tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v)?
                .details
                .deployment;
            let Some(state) = d.state else {
                return Ok(Step::Done(None));
            };
            if state != details::DeploymentState::PENDING {
                return Ok(Step::Done(Some((state, d.state_reason.unwrap_or_default()))));
            }
            if let Ok(v) = get_runtimes(ctx, tenant, deployment_id) {
                seen = parse::<dev::GetDeploymentRuntimesResponse>(v)?.runtimes;
            }
            let prefix = format!("Deployment {deployment_id} is PENDING");
            Ok(Step::Waiting(
                match seen.iter().find(|r| r.qualifier == "LOBBY") {
                    None => format!("{prefix}: no lobby runtime yet"),
                    Some(r) => {
                        let detail = r
                            .detail
                            .as_deref()
                            .map(|d| format!(": {d}"))
                            .unwrap_or_default();
                        format!("{prefix}: lobby runtime {} is {}{detail}", r.id, r.container_state)
                    }
                },
            ))
        },
    );
    match result {
        Ok(None) => wait_for_lobby_runtime(ctx, tenant, deployment_id, deadline, timeout),
        Ok(Some((details::DeploymentState::READY, reason))) => {
            ctx.ui
                .success(&format!("Deployment {deployment_id} is READY: {reason}"));
            Ok(())
        }
        Ok(Some((state, reason))) => {
            explain_rollout(ctx, tenant, deployment_id);
            Err(CtlError::failed(
                format!("deployment {deployment_id} {state}: {reason}"),
                format!(
                    "the stage's previous deployment keeps serving; fix the version and deploy again (`omgctl developer get-deployment-events {tenant} {deployment_id}` shows what happened)"
                ),
            ))
        }
        Err(e @ CtlError::Failed { .. }) => {
            explain_rollout(ctx, tenant, deployment_id);
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// After a failed or timed-out rollout: the newest events, then the runtimes and their logs.
pub(crate) fn explain_rollout(ctx: &mut Ctx, tenant: &str, deployment_id: i64) {
    match get_events(ctx, tenant, deployment_id, Some(15))
        .and_then(parse::<dev::GetDeploymentEventsResponse>)
    {
        Ok(e) if !e.events.is_empty() => ctx.ui.note(&format!(
            "Events of deployment {deployment_id}:\n{}",
            events_table(&e.events)
        )),
        Ok(_) => {}
        Err(e) => ctx.ui.note(&format!("The events are not available: {e}")),
    }
    let runtimes = get_runtimes(ctx, tenant, deployment_id)
        .and_then(parse::<dev::GetDeploymentRuntimesResponse>)
        .map(|r| r.runtimes)
        .unwrap_or_default();
    explain_runtimes(ctx, tenant, deployment_id, &runtimes);
}

/// The server answered that it has no such operation (an older server).
pub(crate) fn is_missing_endpoint(e: &CtlError) -> bool {
    matches!(e, CtlError::Api { status: 404, qualifier, .. } if qualifier == "ENDPOINT_NOT_FOUND")
}

/// The last `n` lines of a text.
pub(crate) fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// What one look at the awaited thing found.
pub(crate) enum Step<T> {
    Done(T),
    /// Not yet; what it is doing now.
    Waiting(String),
}

/// Polls `check` about every second until it is done or `deadline` passes, showing what it
/// waits for (a spinner on a terminal, a line per state change otherwise). Not-found and
/// permission errors end the wait; other failures (a restarting server) are shown and retried.
pub(crate) fn poll<T>(
    ctx: &mut Ctx,
    deadline: Instant,
    timeout_message: &str,
    timeout_hint: &str,
    mut check: impl FnMut(&mut Ctx) -> Result<Step<T>, CtlError>,
) -> Result<T, CtlError> {
    let started = Instant::now();
    let spinner = ctx.ui.interactive_err.then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        s.enable_steady_tick(Duration::from_millis(100));
        s
    });
    let mut last_state = String::new();
    let mut waiting = String::new();
    let result = loop {
        let state = match check(ctx) {
            Ok(Step::Done(value)) => break Ok(value),
            Ok(Step::Waiting(state)) => {
                waiting = state.clone();
                state
            }
            Err(
                e @ CtlError::Api {
                    status: 401 | 403 | 404,
                    ..
                },
            ) => break Err(e),
            Err(e @ CtlError::Usage { .. }) => break Err(e),
            Err(e) => format!("{waiting}; the server is not answering ({e})"),
        };
        match &spinner {
            Some(s) => s.set_message(format!("{state} ({}s)", started.elapsed().as_secs())),
            None if state != last_state => ctx.ui.note(&state),
            None => {}
        }
        last_state = state;
        let now = Instant::now();
        if now >= deadline {
            break Err(CtlError::failed(timeout_message, timeout_hint));
        }
        std::thread::sleep(
            Duration::from_secs(1)
                .min(deadline - now)
                .max(Duration::from_millis(50)),
        );
    };
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    result
}

/// Waits until the version has an image (pushed, or built from an uploaded archive).
pub(crate) fn wait_for_image(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
    deadline: Instant,
    timeout: Duration,
    timeout_hint: &str,
) -> Result<(), CtlError> {
    let image = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for version {version_id} to get an image",
            timeout.as_secs()
        ),
        timeout_hint,
        |ctx| {
            let d = get_version(ctx, tenant, version_id)?;
            Ok(match d.images.first() {
                Some(i) => Step::Done(i.image_id.clone()),
                None => {
                    let building = d
                        .build_requests
                        .iter()
                        .rev()
                        .find_map(|b| b.state.map(|s| format!("build {} {s}", b.id)))
                        .map(|b| format!(" ({b})"))
                        .unwrap_or_default();
                    Step::Waiting(format!(
                        "Version {version_id}: waiting for an image (build or registry push){building}"
                    ))
                }
            })
        },
    )?;
    ctx.ui
        .note(&format!("Version {version_id} has image {image}"));
    Ok(())
}

/// Whether a runtime is up: it has talked to the server, and its container runs (or the server
/// starts none itself).
pub(crate) fn runtime_is_up(r: &dev::RuntimeStateDto) -> bool {
    r.ready && matches!(r.container_state.as_str(), "RUNNING" | "NOT_MANAGED")
}

/// Follows a deployment until its lobby runtime is up. On timeout, shows the runtimes' states
/// and the last lines of the logs of any whose container exited.
pub(crate) fn wait_for_lobby_runtime(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let mut seen: Vec<dev::RuntimeStateDto> = Vec::new();
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for the lobby runtime of deployment {deployment_id}",
            timeout.as_secs()
        ),
        &format!(
            "the deployment exists; follow it with `omgctl developer get-deployment-runtimes {tenant} {deployment_id}`, or raise --timeout"
        ),
        |ctx| {
            let v = match get_runtimes(ctx, tenant, deployment_id) {
                Ok(v) => v,
                Err(e) if is_missing_endpoint(&e) => return Ok(Step::Done(None)),
                Err(e) => return Err(e),
            };
            seen = parse::<dev::GetDeploymentRuntimesResponse>(v)?.runtimes;
            let lobbies: Vec<&dev::RuntimeStateDto> =
                seen.iter().filter(|r| r.qualifier == "LOBBY").collect();
            if let Some(up) = lobbies.iter().find(|r| runtime_is_up(r)) {
                return Ok(Step::Done(Some((*up).clone())));
            }
            let prefix = format!("Deployment {deployment_id}: waiting for its lobby runtime");
            Ok(Step::Waiting(match lobbies.last() {
                None => format!("{prefix} (none yet)"),
                Some(r) => {
                    let ready = if r.ready { "ready" } else { "not ready" };
                    let detail = r
                        .detail
                        .as_deref()
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default();
                    format!("{prefix} ({} {}, {ready}{detail})", r.id, r.container_state)
                }
            }))
        },
    );
    match result {
        Ok(Some(up)) => {
            ctx.ui.success(&format!(
                "Deployment {deployment_id}: lobby runtime {} is up (container {})",
                up.id, up.container_state
            ));
            Ok(())
        }
        Ok(None) => {
            ctx.ui.warn(
                "the server has no get-deployment-runtimes (an older server); waiting for a lobby record instead",
            );
            wait_for_lobby(ctx, tenant, deployment_id, deadline, timeout)
        }
        Err(e @ CtlError::Failed { .. }) => {
            explain_runtimes(ctx, tenant, deployment_id, &seen);
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// After a timeout: the runtimes' states, and the end of the logs of exited containers.
pub(crate) fn explain_runtimes(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    runtimes: &[dev::RuntimeStateDto],
) {
    if runtimes.is_empty() {
        ctx.ui.note(&format!(
            "Deployment {deployment_id} has no runtime: the server may start none (runtimes driver \
             `none`), or no pool host has room (`omgctl admin get-pool-hosts`)"
        ));
        return;
    }
    ctx.ui.note(&format!(
        "Runtimes of deployment {deployment_id}:\n{}",
        runtimes_table(runtimes)
    ));
    // NOT_MANAGED: an older server's word for the same.
    if runtimes.iter().all(|r| {
        !r.ready
            && r.starts == 0
            && r.detail.is_none()
            && matches!(r.container_state.as_str(), "PENDING" | "NOT_MANAGED")
    }) {
        ctx.ui.note(
            "The server starts no containers for these runtimes (runtimes driver `none` or \
             `process`); one that never gets ready was not started or does not connect: see the \
             server's log",
        );
    }
    let stopped = ["EXITED", "CRASH_LOOP_BACKOFF", "STOPPED"];
    // The lobby's logs first, and a few at most: one crash tells what the others would.
    let mut ended: Vec<&dev::RuntimeStateDto> = runtimes
        .iter()
        .filter(|r| stopped.contains(&r.container_state.as_str()))
        .filter(|r| r.starts > 0 || r.created.is_empty())
        .collect();
    ended.sort_by_key(|r| r.qualifier != "LOBBY");
    for r in ended.into_iter().take(2) {
        let logs = ctx.call(
            Role::Developer,
            Op::of::<ep::developer::GetRuntimeLogs>(),
            body(&dev::GetRuntimeLogsRequest {
                tenant: tenant.into(),
                runtime_id: r.id,
                tail: Some(20),
                since: None,
                timestamps: None,
            })
            .unwrap_or(Value::Null),
        );
        match logs.and_then(parse::<dev::GetRuntimeLogsResponse>) {
            Ok(l) if l.logs.trim().is_empty() => ctx.ui.note(&format!(
                "Runtime {} exited and printed nothing (container {})",
                r.id, l.container
            )),
            Ok(l) => ctx.ui.note(&format!(
                "Last lines of runtime {} (container {}; more with `omgctl developer get-runtime-logs {tenant} {}`):\n{}",
                r.id,
                l.container,
                r.id,
                last_lines(&l.logs, 20)
            )),
            Err(e) => ctx
                .ui
                .note(&format!("The logs of runtime {} are not available: {e}", r.id)),
        }
    }
}

/// Follows a deployment until it has a lobby record: the readiness signal of servers without
/// `get-deployment-runtimes`.
pub(crate) fn wait_for_lobby(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let lobby = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for deployment {deployment_id} to get a lobby",
            timeout.as_secs()
        ),
        "the deployment exists; follow it with `omgctl developer get-deployment-details`, or raise --timeout",
        |ctx| {
            let v = get_deployment(ctx, tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v)?.details;
            Ok(match d.lobby_refs.first() {
                Some(l) => Step::Done(l.lobby_id.to_string()),
                None => Step::Waiting(format!("Deployment {deployment_id}: waiting for its lobby")),
            })
        },
    )?;
    ctx.ui.success(&format!(
        "Deployment {deployment_id} has lobby {lobby} (its runtime starts asynchronously)"
    ));
    Ok(())
}
