//! Building runtime images from files archives (wire reference §13.2, without Jenkins): the
//! archive is checked and stored with a build request in one transaction, then built on a pool
//! host through the Engine API from a generated Dockerfile — `FROM` the base image, the files
//! copied into the working directory, the command — tagged
//! `<registry>/omgservers/<tenant>/<project>/universal:<version>`, pushed with the builder
//! user's credentials, and recorded as the version's UNIVERSAL image.
//!
//! The request's state (QUEUED → BUILDING → SUCCEEDED | FAILED) and the build output are kept,
//! so a failure is reported with its reason; a build that outlives `OMGSERVERS_BUILDER_TIMEOUT`
//! fails. Builds left unfinished by a stopped server are run again at the next start.

use std::sync::OnceLock;

use axum::body::Bytes;
use bollard::auth::DockerCredentials;
use bollard::query_parameters::{BuildImageOptions, PushImageOptions};
use futures_util::StreamExt;
use omgservers_types::details::{BuildRequestQualifier, BuildState, ImageQualifier};
use omgservers_types::developer::GetBuildLogResponse;
use omgservers_types::permissions::ProjectPermission;
use omgservers_types::{BuildRequestId, IdOrAlias, VersionId};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use super::archive::{self, Entry};
use crate::error::{Error, Result};
use crate::game::metrics::OutcomeLabels;
use crate::state::AppState;
use crate::store::builds::{self, Job};
use crate::store::time::now_millis;
use crate::store::versions;
use crate::tenancy::{resolve, Actor};

/// Most build output kept per request (the newest part).
const MAX_LOG_BYTES: usize = 256 * 1024;

/// One build at a time per server: builds are CPU- and disk-heavy and share the hosts with
/// running games.
fn gate() -> &'static Semaphore {
    static GATE: OnceLock<Semaphore> = OnceLock::new();
    GATE.get_or_init(|| Semaphore::new(1))
}

/// Stores an uploaded archive and queues its build; returns the archive and build request ids.
pub async fn upload(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    version_id: i64,
    bytes: Vec<u8>,
) -> Result<(i64, i64)> {
    // Checked before anything is written; unpacking is CPU work, off the async threads.
    let (format, bytes) = tokio::task::spawn_blocking(move || {
        archive::unpack(&bytes).map(|(format, _)| (format, bytes))
    })
    .await
    .map_err(|e| Error::Internal(format!("archive check: {e}")))??;
    let mut tx = state.begin().await?;
    let tenant_id = resolve::tenant(&mut tx, tenant).await?;
    let version = resolve::version(&mut tx, tenant_id, version_id).await?;
    actor
        .require_project(
            &mut tx,
            version.project_id,
            ProjectPermission::VERSION_MANAGER,
        )
        .await?;
    let archive_id = state.next_id();
    let now = now_millis();
    let archive = builds::NewArchive {
        id: archive_id,
        tenant_id,
        version_id,
        format: format.as_str(),
        sha256: hex(&Sha256::digest(&bytes)),
        data: bytes,
    };
    builds::insert_archive(&mut tx, archive, now).await?;
    let build_id = state.next_id();
    builds::insert_request(
        &mut tx,
        build_id,
        tenant_id,
        version_id,
        BuildRequestQualifier::DOCKER_ENGINE_BUILDER_V1.as_str(),
        archive_id,
        now,
    )
    .await?;
    tx.commit().await?;
    tokio::spawn(run(state.clone(), build_id));
    Ok((archive_id, build_id))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs the builds a stopped server left queued or running.
pub async fn resume(state: &AppState) -> Result<()> {
    let pending = {
        let mut conn = state.db.pool.acquire().await?;
        builds::unfinished(&mut conn).await?
    };
    for build_id in pending {
        tokio::spawn(run(state.clone(), build_id));
    }
    Ok(())
}

async fn load(state: &AppState, build_id: i64) -> Result<Job> {
    let mut conn = state.db.pool.acquire().await?;
    builds::job(&mut conn, build_id)
        .await?
        .ok_or_else(|| Error::not_found(format!("build request {build_id} is gone")))
}

/// Output of a build, bounded to its newest part.
#[derive(Default)]
struct Log(String);

impl Log {
    fn push(&mut self, text: &str) {
        self.0.push_str(text);
        if !text.ends_with('\n') {
            self.0.push('\n');
        }
        if self.0.len() > MAX_LOG_BYTES {
            let mut cut = self.0.len() - MAX_LOG_BYTES;
            while !self.0.is_char_boundary(cut) {
                cut += 1;
            }
            self.0.drain(..cut);
        }
    }
}

async fn set_state(
    state: &AppState,
    build_id: i64,
    to: BuildState,
    log: &str,
    image_id: Option<&str>,
) -> Result<()> {
    let finished = matches!(to, BuildState::SUCCEEDED | BuildState::FAILED).then(now_millis);
    let mut tx = state.begin().await?;
    builds::set_state(&mut tx, build_id, to.as_str(), log, image_id, finished).await?;
    if finished.is_some() {
        let outcome = to.as_str().to_lowercase();
        let counter = state
            .metrics
            .game
            .builds
            .get_or_create(&OutcomeLabels { outcome })
            .clone();
        tx.after_commit(move || {
            counter.inc();
        });
    }
    tx.commit().await?;
    Ok(())
}

async fn run(state: AppState, build_id: i64) {
    let _turn = gate().acquire().await;
    let mut log = Log::default();
    let outcome = async {
        let job = load(&state, build_id).await?;
        set_state(&state, build_id, BuildState::BUILDING, "", None).await?;
        let timeout = state.config.builder_timeout;
        tokio::time::timeout(timeout, build_and_push(&state, &job, &mut log))
            .await
            .map_err(|_| Error::Internal(format!("the build took longer than {timeout:?}")))?
            .map(|image_id| (job, image_id))
    }
    .await;
    let recorded = match outcome {
        Ok((job, image_id)) => record_image(&state, &job, build_id, &image_id, &log.0).await,
        Err(Error::NotFound { .. }) => return, // the version (and its requests) were deleted
        Err(e) => {
            log.push(&format!("build failed: {e}"));
            tracing::warn!(build_id, error = %e, "image build failed");
            set_state(&state, build_id, BuildState::FAILED, &log.0, None).await
        }
    };
    if let Err(e) = recorded {
        tracing::warn!(build_id, error = %e, "cannot record the build's outcome");
    }
}

async fn record_image(
    state: &AppState,
    job: &Job,
    build_id: i64,
    image_id: &str,
    log: &str,
) -> Result<()> {
    let mut tx = state.begin().await?;
    // The registry's push notification may have recorded the same image already.
    versions::insert_image(
        &mut tx,
        state.next_id(),
        job.tenant_id,
        job.version_id,
        ImageQualifier::UNIVERSAL.as_str(),
        image_id,
        now_millis(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(build_id, image = %image_id, "image built and pushed");
    set_state(state, build_id, BuildState::SUCCEEDED, log, Some(image_id)).await
}

/// The Dockerfile of a build: the base image, the files in the working directory, the command.
pub fn dockerfile(base_image: &str, workdir: &str, command: &str) -> String {
    let command: Vec<String> = command
        .split_whitespace()
        .map(|part| serde_json::Value::from(part).to_string())
        .collect();
    format!(
        "FROM {base_image}\nCOPY files/ {workdir}/\nWORKDIR {workdir}\nCMD [{}]\n",
        command.join(", ")
    )
}

/// The build context: the Dockerfile and the archive's files under `files/`.
fn context(dockerfile: &str, entries: &[Entry]) -> Result<Vec<u8>> {
    let mut tar = tar::Builder::new(Vec::new());
    let mut add = |path: &str, data: &[u8], mode: u32| {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(mode);
        header.set_mtime(0);
        tar.append_data(&mut header, path, data)
    };
    let io = |e: std::io::Error| Error::Internal(format!("build context: {e}"));
    add("Dockerfile", dockerfile.as_bytes(), 0o644).map_err(io)?;
    for entry in entries {
        let mode = if entry.executable { 0o755 } else { 0o644 };
        add(&format!("files/{}", entry.path), &entry.data, mode).map_err(io)?;
    }
    tar.into_inner().map_err(io)
}

fn upstream(message: String) -> Error {
    Error::Upstream {
        qualifier: omgservers_types::ErrorQualifier::SERVER_NOT_FOUND,
        message,
    }
}

async fn build_and_push(state: &AppState, job: &Job, log: &mut Log) -> Result<String> {
    let config = &state.config;
    let (_, entries) = archive::unpack(&job.archive)?;
    let repository = format!("omgservers/{}/{}/universal", job.tenant_id, job.project_id);
    let image_id = format!("{repository}:{}", job.version_id);
    let registry_host = state.docker_pool.settings().registry_host.clone();
    let target = format!("{registry_host}/{repository}");
    let tag = format!("{target}:{}", job.version_id);
    let dockerfile = dockerfile(
        &config.builder_base_image,
        &config.builder_workdir,
        &config.builder_command,
    );
    log.push(&format!("building {tag} from {} files", entries.len()));
    log.push(&dockerfile);
    let context = context(&dockerfile, &entries)?;
    let host = state
        .docker_pool
        .work_host()
        .ok_or_else(|| upstream("no reachable, non-draining pool host to build on".to_owned()))?;
    let docker = host.docker();
    let options = BuildImageOptions {
        dockerfile: "Dockerfile".to_owned(),
        t: Some(tag.clone()),
        rm: true,
        forcerm: true,
        ..Default::default()
    };
    let mut build = docker.build_image(
        options,
        None,
        Some(bollard::body_full(Bytes::from(context))),
    );
    while let Some(step) = build.next().await {
        let step = step.map_err(|e| upstream(format!("docker build: {e}")))?;
        if let Some(text) = step.stream.as_deref().or(step.status.as_deref()) {
            log.push(text);
        }
        if let Some(detail) = step.error_detail {
            return Err(Error::Internal(format!(
                "docker build: {}",
                detail.message.unwrap_or_default()
            )));
        }
    }
    let credentials = super::builder_credentials(state).map(|(user, password)| DockerCredentials {
        username: Some(user),
        password: Some(password),
        serveraddress: Some(registry_host.clone()),
        ..Default::default()
    });
    log.push(&format!("pushing {tag}"));
    let options = PushImageOptions {
        tag: Some(job.version_id.to_string()),
        ..Default::default()
    };
    let mut push = docker.push_image(&target, Some(options), credentials);
    while let Some(step) = push.next().await {
        let step = step.map_err(|e| upstream(format!("docker push: {e}")))?;
        if let Some(detail) = step.error_detail {
            return Err(upstream(format!(
                "docker push: {}",
                detail.message.unwrap_or_default()
            )));
        }
        if let Some(status) = step.status.as_deref() {
            if !status.is_empty() && step.progress_detail.is_none() {
                log.push(status);
            }
        }
    }
    Ok(image_id)
}

pub async fn build_log(
    state: &AppState,
    actor: Actor,
    tenant: &IdOrAlias,
    build_id: i64,
) -> Result<GetBuildLogResponse> {
    let mut conn = state.db.pool.acquire().await?;
    let tenant_id = resolve::tenant(&mut conn, tenant).await?;
    let builds::BuildLog {
        version_id,
        project_id,
        state: build_state,
        image_id,
        log,
    } = builds::log(&mut conn, tenant_id, build_id)
        .await?
        .ok_or_else(|| {
            Error::not_found(format!(
                "build request {build_id} was not found in tenant {tenant_id}"
            ))
        })?;
    actor
        .require_project(&mut conn, project_id, ProjectPermission::PROJECT_VIEWER)
        .await?;
    Ok(GetBuildLogResponse {
        build_request_id: BuildRequestId(build_id),
        version_id: VersionId(version_id),
        state: build_state.parse().map_err(Error::Internal)?,
        image_id,
        log,
    })
}

#[cfg(test)]
mod tests {
    use super::dockerfile;

    #[test]
    fn the_dockerfile_follows_upstream_layout() {
        assert_eq!(
            dockerfile(
                "omgservers/luajit:1.0.0-SNAPSHOT",
                "/home/user/bin/lua",
                "luajit main.lua"
            ),
            "FROM omgservers/luajit:1.0.0-SNAPSHOT\nCOPY files/ /home/user/bin/lua/\n\
             WORKDIR /home/user/bin/lua\nCMD [\"luajit\", \"main.lua\"]\n"
        );
    }
}
