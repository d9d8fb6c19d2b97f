//! Starting and stopping one runtime container through the Engine API (wire reference §11.4
//! step 4): image (pulled with the pull credentials when the host lacks it), limits, the four
//! environment variables, network, bounded json-file logs, labels.

use std::collections::HashMap;
use std::time::Duration;

use bollard::auth::DockerCredentials;
use bollard::models::{ContainerCreateBody, HostConfig, HostConfigLogConfig};
use bollard::query_parameters::{
    CreateContainerOptions, CreateImageOptions, KillContainerOptions, RemoveContainerOptions,
};
use bollard::Docker;
use futures_util::StreamExt;

use super::{labels, Container, PoolSettings};
use crate::error::{Error, Result};
use crate::pool::RuntimeSpec;

/// Longest an image pull may take (upstream: 1 minute).
pub(super) const PULL_TIMEOUT: Duration = Duration::from_secs(120);

/// The reference Docker pulls: the registry host in front of the stored repository:tag,
/// unless the stored id already names a registry.
pub fn image_reference(registry_host: &str, image_id: &str) -> String {
    let first = image_id.split('/').next().unwrap_or_default();
    let names_registry = image_id.contains('/')
        && (first.contains('.') || first.contains(':') || first == "localhost");
    if names_registry || registry_host.is_empty() {
        image_id.to_owned()
    } else {
        format!("{registry_host}/{image_id}")
    }
}

/// Why a launch failed: the image could not be had, or the container not created or started.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Pull(String),
    #[error("{0}")]
    Start(String),
}

/// Pulls the image if the host lacks it (calling `pulling` first), then replaces the runtime's
/// previous container, if any, with a new one and starts it; returns the new container's id.
pub async fn launch(
    docker: &Docker,
    settings: &PoolSettings,
    credentials: Option<(String, String)>,
    spec: &RuntimeSpec,
    container: &Container,
    pulling: impl FnOnce(),
) -> std::result::Result<String, Failure> {
    let image_id = spec.image.as_deref().ok_or_else(|| {
        Failure::Pull(format!(
            "the version of deployment {} has no image for {} runtimes",
            spec.deployment_id,
            spec.qualifier.as_str()
        ))
    })?;
    let image = image_reference(&settings.registry_host, image_id);
    if docker.inspect_image(&image).await.is_err() {
        pulling();
    }
    ensure_image(docker, &settings.registry_host, credentials, &image)
        .await
        .map_err(|e| Failure::Pull(message(e)))?;
    create_and_start(docker, settings, spec, container, &image)
        .await
        .map_err(|e| Failure::Start(message(e)))
}

/// What a developer reads in the runtime's state: the failure itself, without our prefix.
fn message(e: Error) -> String {
    match e {
        Error::Internal(message) => message,
        other => other.to_string(),
    }
}

async fn create_and_start(
    docker: &Docker,
    settings: &PoolSettings,
    spec: &RuntimeSpec,
    container: &Container,
    image: &str,
) -> Result<String> {
    remove(docker, &container.name).await;
    let owner = &container.owner;
    let mut labels = HashMap::from([
        (
            labels::INSTALLATION.to_owned(),
            settings.installation.clone(),
        ),
        (labels::RUNTIME_ID.to_owned(), owner.runtime_id.to_string()),
        (
            labels::RUNTIME_QUALIFIER.to_owned(),
            owner.qualifier.as_str().to_owned(),
        ),
        (labels::TENANT_ID.to_owned(), owner.tenant_id.to_string()),
        (labels::STAGE_ID.to_owned(), owner.stage_id.to_string()),
        (
            labels::DEPLOYMENT_ID.to_owned(),
            owner.deployment_id.to_string(),
        ),
        (
            labels::CPU_LIMIT.to_owned(),
            container.cpu_limit.to_string(),
        ),
        (
            labels::MEMORY_LIMIT.to_owned(),
            container.memory_limit.to_string(),
        ),
        (labels::CPU_REQUEST.to_owned(), container.cpu.to_string()),
        (
            labels::MEMORY_REQUEST.to_owned(),
            container.memory.to_string(),
        ),
    ]);
    if let Some(epoch) = container.token_epoch {
        labels.insert(labels::TOKEN_EPOCH.to_owned(), epoch.to_string());
    }
    let body = ContainerCreateBody {
        image: Some(image.to_owned()),
        env: Some(
            spec.environment()
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect(),
        ),
        labels: Some(labels),
        host_config: Some(HostConfig {
            network_mode: Some(settings.network.clone()),
            // CPU limit in ms per 100 ms period (wire reference §11.4: 100 = one CPU).
            cpu_period: Some(100_000),
            cpu_quota: Some(container.cpu_limit * 1000),
            memory: Some(container.memory_limit * 1024 * 1024),
            log_config: Some(HostConfigLogConfig {
                typ: Some("json-file".to_owned()),
                config: Some(HashMap::from([
                    ("max-size".to_owned(), "10m".to_owned()),
                    ("max-file".to_owned(), "3".to_owned()),
                ])),
            }),
            ..Default::default()
        }),
        ..Default::default()
    };
    let options = CreateContainerOptions {
        name: Some(container.name.clone()),
        ..Default::default()
    };
    let created = docker
        .create_container(Some(options), body)
        .await
        .map_err(|e| Error::Internal(format!("create container from {image}: {e}")))?;
    docker
        .start_container(&created.id, None)
        .await
        .map_err(|e| Error::Internal(format!("start container {}: {e}", container.name)))?;
    tracing::info!(runtime_id = spec.runtime_id, container = %container.name, %image, "runtime container started");
    Ok(created.id)
}

/// Pulls the image unless the host has it. Tags are version ids, which do not change, so a
/// present image is the right one and a deploy needs no registry round trip.
pub async fn ensure_image(
    docker: &Docker,
    registry_host: &str,
    credentials: Option<(String, String)>,
    image: &str,
) -> Result<()> {
    if docker.inspect_image(image).await.is_ok() {
        return Ok(());
    }
    let credentials = credentials.map(|(user, password)| DockerCredentials {
        username: Some(user),
        password: Some(password),
        serveraddress: Some(registry_host.to_owned()),
        ..Default::default()
    });
    let options = CreateImageOptions {
        from_image: Some(image.to_owned()),
        ..Default::default()
    };
    let pull = async {
        let mut progress = docker.create_image(Some(options), None, credentials);
        while let Some(step) = progress.next().await {
            let step = step.map_err(|e| Error::Internal(format!("pull {image}: {e}")))?;
            if let Some(detail) = step.error_detail {
                return Err(Error::Internal(format!(
                    "pull {image}: {}",
                    detail.message.unwrap_or_default()
                )));
            }
        }
        Ok(())
    };
    tokio::time::timeout(PULL_TIMEOUT, pull)
        .await
        .map_err(|_| Error::Internal(format!("pull {image}: no result within {PULL_TIMEOUT:?}")))?
}

/// Kills a container and keeps it (stopped) for its logs.
pub async fn kill(docker: &Docker, name: &str) {
    if let Err(e) = docker
        .kill_container(name, None::<KillContainerOptions>)
        .await
    {
        if !is_gone(&e) {
            tracing::warn!(container = %name, error = %e, "cannot kill runtime container");
        }
    }
}

/// Removes a container, running or not; an absent one is fine.
pub async fn remove(docker: &Docker, name: &str) {
    if let Err(e) = remove_if_present(docker, name).await {
        tracing::warn!(container = %name, error = %e, "cannot remove runtime container");
    }
}

/// Removes a container (by id or name), running or not: true when Docker removed it, false
/// when it was gone already (or being removed); Docker's error otherwise.
pub async fn remove_if_present(
    docker: &Docker,
    target: &str,
) -> std::result::Result<bool, bollard::errors::Error> {
    let options = RemoveContainerOptions {
        force: true,
        ..Default::default()
    };
    match docker.remove_container(target, Some(options)).await {
        Ok(()) => Ok(true),
        Err(e) if is_gone(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// 404 (no such container) and 409 (not running, removal in progress) mean nothing to do.
fn is_gone(e: &bollard::errors::Error) -> bool {
    matches!(
        e,
        bollard::errors::Error::DockerResponseServerError {
            status_code: 404 | 409,
            ..
        }
    )
}

#[cfg(test)]
mod tests {
    use super::image_reference;

    #[test]
    fn image_references_get_the_registry_host() {
        assert_eq!(
            image_reference("localhost:5000", "omgservers/1/2/universal:3"),
            "localhost:5000/omgservers/1/2/universal:3"
        );
        assert_eq!(
            image_reference(
                "localhost:5000",
                "registry.example.com/omgservers/1/2/universal:3"
            ),
            "registry.example.com/omgservers/1/2/universal:3"
        );
        assert_eq!(
            image_reference("localhost:5000", "127.0.0.1:5001/omgservers/1/2/lobby:3"),
            "127.0.0.1:5001/omgservers/1/2/lobby:3"
        );
    }
}
