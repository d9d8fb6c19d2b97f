//! docs/quickstart.md, run as written: every ```sh block of the page, verbatim and in order, as
//! one `bash -euo pipefail` script against a server started with the page's settings (process
//! driver, echo runtime, dev mode), with omgctl on the PATH. The page ends with a player's
//! message answered by its lobby; the test checks that answer, so a page that stops short,
//! hides an error or drifts from omgctl or the API fails here.

use std::io::Read;
use std::time::{Duration, Instant};

use crate::common::{Home, Server};

/// The ```sh blocks of a Markdown page, in order (other fences, e.g. ```console, are prose).
fn sh_blocks(page: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in page.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```sh") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "a ```sh block is not closed");
    blocks
}

#[test]
fn the_quickstart_reaches_a_player_talking_to_its_lobby() {
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/quickstart.md"),
    )
    .expect("docs/quickstart.md");
    let blocks = sh_blocks(&page);
    assert!(
        blocks.len() >= 4,
        "the page's steps are in ```sh blocks: {blocks:?}"
    );
    let script = blocks.join("\n");

    let server = Server::with_echo_runtimes();
    let home = Home::new();
    let omgctl_dir = std::path::Path::new(env!("CARGO_BIN_EXE_omgctl"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        omgctl_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut child = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .current_dir(home.path())
        .env("PATH", path)
        .env("OMGSERVERS_URL", server.url())
        .env("OMGCTL_CONFIG_DIR", home.path())
        .env("OMGCTL_KEYRING", "off")
        .env("NO_COLOR", "1")
        .env_remove("OMGCTL_ENV")
        .env_remove("OMGCTL_OUTPUT")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("bash runs");
    // The page's loops wait for the game; a broken game must fail the test, not hang it.
    let deadline = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut stdout = String::new();
    let mut stderr = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = status.unwrap_or_else(|| {
        panic!("the quickstart did not finish in 180 s\nstdout:\n{stdout}\nstderr:\n{stderr}")
    });
    assert!(
        status.success(),
        "the quickstart failed ({status})\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    // What the page says the steps print.
    assert!(
        stderr.contains("is READY: lobby runtime"),
        "deploy-version --wait followed the rollout:\n{stderr}"
    );
    assert!(
        stdout.contains("LOBBY") && stdout.contains("RUNNING"),
        "list-runtimes shows the running lobby:\n{stdout}"
    );
    assert_eq!(
        stdout.lines().last(),
        Some(r#"{"text":"hello"}"#),
        "the lobby answered the player's message:\n{stdout}\nstderr:\n{stderr}"
    );
}

#[test]
fn only_sh_blocks_are_run() {
    let page = "text\n```console\nnot run\n```\n```sh\necho a\n```\n```json\n{}\n```\n```sh\necho b\necho c\n```\n";
    assert_eq!(sh_blocks(page), ["echo a\n", "echo b\necho c\n"]);
}
