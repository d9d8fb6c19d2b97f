//! A real headless browser for tests of web pages: Debian's `chromium` driven through its
//! `chromedriver` (W3C WebDriver) with fantoccini. `.ci/run` installs both packages.
//!
//! Each `Browser` starts its own chromedriver on a free loopback port, in a process group of
//! its own, and kills that group (chromedriver and the chromium it started) when dropped, so a
//! browser never outlives its test, even one that panicked.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};

use crate::cluster::free_port;

/// Where Debian's packages put them.
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

pub struct Browser {
    pub client: Client,
    _driver: Driver,
}

/// The chromedriver process group, killed when dropped (also when starting the browser fails
/// half-way).
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.wait();
    }
}

impl Browser {
    /// A headless chromium with a laptop-sized window (1366×900).
    pub async fn start() -> Browser {
        let port = free_port();
        let mut command = Command::new(CHROMEDRIVER);
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let driver = Driver(
            command
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("cannot start {CHROMEDRIVER} (apt-get install chromium-driver): {e}")
                }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        wait_until_listening(port).await;
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            serde_json::json!({
                "binary": CHROMIUM,
                // --no-sandbox: the tests run as root, where chromium's sandbox cannot start.
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1366,900"],
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&webdriver)
            .await
            .unwrap_or_else(|e| panic!("no WebDriver session from {webdriver}: {e}"));
        Browser {
            client,
            _driver: driver,
        }
    }
}

async fn wait_until_listening(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not listen on port {port} within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
