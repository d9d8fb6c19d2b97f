//! Docker for the tests: a check that the engine answers, example runtimes packed with the
//! shared libraries they load into `FROM scratch` images (no base image can be pulled here),
//! and a look at the containers a server manages. Tests needing Docker fail with a clear message when it is
//! missing; they are never skipped.

use std::path::Path;
use std::process::Command;

/// The label every managed container carries (`pool::docker::labels::INSTALLATION`).
pub const INSTALLATION_LABEL: &str = "io.omgservers.installation";

/// `docker <args>` (legacy builder), whatever its outcome.
pub fn docker(args: &[&str]) -> std::process::Output {
    Command::new("docker")
        .args(args)
        .env("DOCKER_BUILDKIT", "0")
        .output()
        .unwrap_or_else(|e| panic!("cannot run `docker {}`: {e}", args.join(" ")))
}

/// `docker <args>`, which must succeed; its output, trimmed.
pub fn checked(args: &[&str]) -> String {
    let out = docker(args);
    assert!(
        out.status.success(),
        "`docker {}` failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Panics unless a Docker engine answers.
pub fn require_docker() {
    let out = Command::new("docker")
        .args(["version", "--format", "{{.Server.Version}}"])
        .output();
    match out {
        Ok(out) if out.status.success() => {}
        other => panic!(
            "these tests need a running Docker engine (apt-get install docker.io; start dockerd — \
             .ci/run does both): {other:?}"
        ),
    }
}

/// Builds `FROM scratch` image `tag` holding the example runtime `bin` (the workspace's own
/// build of it, `binaries::workspace_binary`) as its entrypoint, with the shared libraries it
/// loads. The tag is removed when the returned guard drops.
pub fn runtime_image(bin: &str, tag: &str) -> ImageTag {
    require_docker();
    let binary = crate::binaries::workspace_binary(bin);
    let context = tempfile::tempdir().expect("temp dir");
    let root = context.path().join("root");
    pack_shared_libraries(&binary, &root);
    std::fs::copy(&binary, root.join("runtime")).expect("copy runtime");
    std::fs::write(
        context.path().join("Dockerfile"),
        "FROM scratch\nCOPY root/ /\nENTRYPOINT [\"/runtime\"]\n",
    )
    .expect("Dockerfile");
    let dir = context.path().to_string_lossy().into_owned();
    // Without the cache: a build that reuses another test's identical image loses it when that
    // test removes its tag meanwhile ("failed to get digest"); built afresh, each test's image
    // is its own (its layers' content is still shared, counted by the engine).
    checked(&["build", "--no-cache", "-q", "-t", tag, &dir]);
    ImageTag(tag.to_owned())
}

/// An image tag a test built: removed when the guard drops, however the test ends. Keep it in
/// the [`Cleanup`] of the containers made from it (or declare it before that guard): an image
/// untagged under a running container stays behind, nameless. (Removed by its tag, never by
/// `ancestor`, which also matches images built on top of it.) Never
/// panics, as it runs in `Drop`.
#[must_use = "the image is removed when this guard drops"]
pub struct ImageTag(pub String);

impl Drop for ImageTag {
    fn drop(&mut self) {
        let _ = docker(&["rmi", "-f", &self.0]);
    }
}

/// Removes a test's containers (those carrying a label), then its images, however the test
/// ends. Never panics, as it runs in `Drop`.
#[must_use = "the containers are removed when this guard drops"]
pub struct Cleanup {
    label: &'static str,
    value: String,
    images: Vec<ImageTag>,
}

impl Cleanup {
    /// The containers of a server's installation (`TestServer::installation`).
    pub fn installation(installation: &str) -> Cleanup {
        Cleanup::labelled(INSTALLATION_LABEL, installation)
    }

    /// The containers of one deployment.
    pub fn deployment(deployment: &str) -> Cleanup {
        Cleanup::labelled(DEPLOYMENT_LABEL, deployment)
    }

    fn labelled(label: &'static str, value: &str) -> Cleanup {
        Cleanup {
            label,
            value: value.to_owned(),
            images: Vec::new(),
        }
    }

    /// Also removes `image`, after the containers.
    pub fn keep(&mut self, image: ImageTag) {
        self.images.push(image);
    }

    /// [`Cleanup::keep`], in a chain.
    pub fn with(mut self, image: ImageTag) -> Cleanup {
        self.keep(image);
        self
    }
}

impl Drop for Cleanup {
    /// The containers here; the images as the fields drop, after.
    fn drop(&mut self) {
        remove_labelled(self.label, &self.value);
    }
}

/// Copies the shared libraries `binary` loads, the dynamic loader included, under `root` at
/// their own absolute paths, as `ldd` lists them (`libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6
/// (0x…)`, `/lib64/ld-linux-x86-64.so.2 (0x…)`), so that it starts in a `FROM scratch` image.
/// Creates `root`; copies nothing for a static binary.
pub fn pack_shared_libraries(binary: &Path, root: &Path) {
    std::fs::create_dir_all(root).expect("image root");
    let listed = Command::new("ldd")
        .arg(binary)
        .output()
        .expect("ldd runs (Debian's libc-bin)");
    let succeeded = listed.status.success();
    let listed = String::from_utf8_lossy(&listed.stdout).into_owned()
        + &String::from_utf8_lossy(&listed.stderr);
    if listed.contains("not a dynamic executable") {
        return;
    }
    assert!(succeeded, "ldd {}: {listed}", binary.display());
    for line in listed.lines() {
        assert!(
            !line.contains("not found"),
            "{} needs a library this machine lacks: {line}",
            binary.display()
        );
        let library = line
            .rsplit("=>")
            .next()
            .and_then(|rest| rest.split_whitespace().next())
            .filter(|path| path.starts_with('/'));
        // linux-vdso.so.1 is the kernel's: it has no file.
        let Some(library) = library else { continue };
        let copy = root.join(library.trim_start_matches('/'));
        std::fs::create_dir_all(copy.parent().expect("a library's folder")).expect("folder");
        std::fs::copy(library, &copy)
            .unwrap_or_else(|e| panic!("copying {library} into the image: {e}"));
    }
}

/// A managed container as `docker ps -a` lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub state: String,
}

/// The label naming a managed container's deployment (`pool::docker::labels::DEPLOYMENT_ID`).
pub const DEPLOYMENT_LABEL: &str = "io.omgservers.deployment-id";

/// The containers of one installation (running or not).
pub fn containers(installation: &str) -> Vec<Listed> {
    labelled(INSTALLATION_LABEL, installation)
}

/// The containers whose label `key` is `value` (running or not).
pub fn labelled(key: &str, value: &str) -> Vec<Listed> {
    let filter = format!("label={key}={value}");
    checked(&[
        "ps",
        "-a",
        "--no-trunc",
        "--filter",
        &filter,
        "--format",
        "{{.ID}} {{.Names}} {{.State}}",
    ])
    .lines()
    .filter_map(|line| {
        let mut parts = line.split_whitespace();
        Some(Listed {
            id: parts.next()?.to_owned(),
            name: parts.next()?.to_owned(),
            state: parts.next()?.to_owned(),
        })
    })
    .collect()
}

pub fn kill(container: &str) {
    checked(&["kill", container]);
}

/// Removes every container whose label `key` is `value` (test clean-up). Never panics: it runs
/// from guards' `Drop`, where a panic during a failing test's unwinding would abort the whole
/// test binary.
pub fn remove_labelled(key: &str, value: &str) {
    let filter = format!("label={key}={value}");
    let listed = docker(&["ps", "-aq", "--no-trunc", "--filter", &filter]);
    for id in String::from_utf8_lossy(&listed.stdout).split_whitespace() {
        let _ = docker(&["rm", "-f", id]);
    }
}

/// `docker inspect --format <format> <container>`, trimmed.
pub fn inspect(container: &str, format: &str) -> String {
    checked(&["inspect", "--format", format, container])
        .trim()
        .to_owned()
}

/// A container's output.
pub fn logs(container: &str) -> String {
    let out = docker(&["logs", container]);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A TCP front of the local engine (`tcp://127.0.0.1:<port>` in front of
/// `/var/run/docker.sock`) that can hold each container creation (`POST …/containers/create`)
/// for a while before passing it on, so a test can catch two servers placing containers in the
/// same moment; it counts the creations it passed. Stopped when dropped.
pub struct DockerFront {
    pub uri: String,
    hold: std::sync::Arc<std::sync::Mutex<Option<std::time::Duration>>>,
    creations: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl DockerFront {
    pub async fn start() -> DockerFront {
        require_docker();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the Docker front");
        let uri = format!("tcp://{}", listener.local_addr().expect("local address"));
        let hold = std::sync::Arc::new(std::sync::Mutex::new(None));
        let creations = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (h, c) = (hold.clone(), creations.clone());
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(Self::relay(client, h.clone(), c.clone()));
            }
        });
        DockerFront {
            uri,
            hold,
            creations,
            task,
        }
    }

    /// Holds each container creation for `hold` from now on (`None`: passes them at once).
    pub fn hold_creations(&self, hold: Option<std::time::Duration>) {
        *self.hold.lock().unwrap() = hold;
    }

    /// The container creations passed on (or being held) so far.
    pub fn creations(&self) -> usize {
        self.creations.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// One connection: the engine's answers stream back as they come; each chunk the client
    /// sends is passed on, after the hold when it starts a container creation (a client writes
    /// a request's head at once, and waits for the answer before its next request).
    async fn relay(
        client: tokio::net::TcpStream,
        hold: std::sync::Arc<std::sync::Mutex<Option<std::time::Duration>>>,
        creations: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    ) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let Ok(engine) = tokio::net::UnixStream::connect("/var/run/docker.sock").await else {
            return;
        };
        let (mut from_client, mut to_client) = client.into_split();
        let (mut from_engine, mut to_engine) = engine.into_split();
        let answers = tokio::spawn(async move {
            let _ = tokio::io::copy(&mut from_engine, &mut to_client).await;
            let _ = to_client.shutdown().await;
        });
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = match from_client.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let chunk = &buf[..n];
            let creating = chunk.starts_with(b"POST ")
                && chunk
                    .windows(b"/containers/create".len())
                    .any(|w| w == b"/containers/create");
            if creating {
                creations.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let held = *hold.lock().unwrap();
                if let Some(held) = held {
                    tokio::time::sleep(held).await;
                }
            }
            if to_engine.write_all(chunk).await.is_err() {
                break;
            }
        }
        let _ = to_engine.shutdown().await;
        let _ = answers.await;
    }
}

impl Drop for DockerFront {
    fn drop(&mut self) {
        self.task.abort();
    }
}
