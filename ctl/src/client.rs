//! Talking to the server: one blocking HTTP client, tokens per role (created on demand and
//! renewed once when the server says they expired), and the request log.

use std::io::Write;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

use crate::error::CtlError;
use crate::store::{Environment, Role, Secret, Source, Store};
use crate::ui::Ui;

use omgservers_types::endpoints::{self as ep, Endpoint, PREFIX};

/// An operation of the wire interface, named by its descriptor in
/// `omgservers_types::endpoints` (`Op::of::<ep::support::CreateTenant>()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Op {
    pub area: &'static str,
    pub name: &'static str,
}

impl Op {
    pub const fn of<E: Endpoint>() -> Op {
        Op {
            area: E::AREA,
            name: E::OPERATION,
        }
    }
}
const LOG_KEEP_LINES: usize = 1000;

/// Everything a command needs: the store, the selected environment, output settings.
pub struct Ctx {
    pub store: Store,
    pub env_flag: Option<String>,
    pub ui: Ui,
    http: Option<reqwest::blocking::Client>,
    /// Ids and aliases given explicitly, remembered once the command succeeded.
    explicit: Vec<(String, String)>,
    /// Whether the server's version was looked at (warned about once per command).
    version_checked: bool,
}

/// Fields that hold secrets, shown as `***` by `--verbose`.
const SECRET_FIELDS: &[&str] = &["password", "raw_token", "token", "ws_token", "secret"];

/// `value` as JSON with every secret field's value replaced by `***`.
fn masked(value: &Value) -> String {
    fn mask(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    if SECRET_FIELDS.contains(&key.as_str()) && !v.is_null() {
                        *v = Value::String("***".to_owned());
                    } else {
                        mask(v);
                    }
                }
            }
            Value::Array(list) => list.iter_mut().for_each(mask),
            _ => {}
        }
    }
    let mut copy = value.clone();
    mask(&mut copy);
    copy.to_string()
}

/// At most 4 KiB of a response body for `--verbose` (logs can be long).
fn clipped(text: &str) -> String {
    const MAX: usize = 4096;
    if text.len() <= MAX {
        return text.to_owned();
    }
    let mut end = MAX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes in all)", &text[..end], text.len())
}

/// Whether omgctl `ours` and a server `theirs` (`major.minor.patch`) may not understand each
/// other: their major or minor versions differ (a patch release changes no interface).
pub fn versions_differ(ours: &str, theirs: &str) -> bool {
    let major_minor = |v: &str| v.split('.').take(2).collect::<Vec<_>>().join(".");
    major_minor(ours) != major_minor(theirs)
}

/// The body of a request.
pub enum Body {
    Json(Value),
    /// Builds a multipart form (called again when the request is retried).
    Multipart(Box<dyn Fn() -> reqwest::blocking::multipart::Form>),
}

impl Ctx {
    pub fn new(store: Store, env_flag: Option<String>, ui: Ui) -> Ctx {
        Ctx {
            store,
            env_flag,
            ui,
            http: None,
            explicit: Vec::new(),
            version_checked: false,
        }
    }

    /// The selected environment's name and settings, or a usage error saying how to pick one.
    pub fn env(&self) -> Result<(String, &Environment), CtlError> {
        let name = self.store.selected(self.env_flag.as_deref()).ok_or_else(|| {
            CtlError::usage(
                "no environment is configured",
                "run `omgctl environment use-local`, `use-public` or `use-environment <name> <url>`",
            )
        })?;
        let env = self.store.config.environments.get(&name).ok_or_else(|| {
            CtlError::usage(
                format!("environment `{name}` does not exist"),
                format!("create it with `omgctl environment use-environment {name} <url>`"),
            )
        })?;
        Ok((name, env))
    }

    /// Remembers produced values in the selected environment and saves the config.
    pub fn remember(&mut self, values: &[(&str, String)]) -> Result<(), CtlError> {
        let (name, _) = self.env()?;
        self.store.update(|config| {
            let env = config.environments.get_mut(&name).ok_or_else(|| {
                CtlError::usage(
                    format!("environment `{name}` was deleted while this command ran"),
                    format!(
                        "create it again with `omgctl environment use-environment {name} <url>`"
                    ),
                )
            })?;
            for (k, v) in values {
                env.variables.insert((*k).to_owned(), v.clone());
            }
            Ok(())
        })
    }

    /// Forgets `var` — and the values `under` it, which belonged to the same object — when it
    /// is remembered as `value`: that object was deleted, so it is no default any more.
    pub fn forget_deleted(
        &mut self,
        var: &str,
        value: &str,
        under: &[&str],
    ) -> Result<(), CtlError> {
        if self.variable(var).as_deref() != Some(value) {
            return Ok(());
        }
        let (name, _) = self.env()?;
        self.store.update(|config| {
            if let Some(env) = config.environments.get_mut(&name) {
                for v in std::iter::once(&var).chain(under) {
                    env.variables.remove(*v);
                }
            }
            Ok(())
        })
    }

    /// Warns (once) when the server's version is not one this omgctl was made for.
    fn check_version(&mut self, server: &str) {
        if std::mem::replace(&mut self.version_checked, true) {
            return;
        }
        let ours = env!("CARGO_PKG_VERSION");
        if versions_differ(ours, server) {
            self.ui.warn(&format!(
                "omgctl {ours} talks to omgservers {server}: commands or fields may differ; \
                 use an omgctl of the server's version"
            ));
        }
    }

    /// Remembers `var` = `value` if the command succeeds (an id given explicitly becomes the
    /// default of the next commands, as one a command printed does).
    pub fn remember_on_success(&mut self, var: &str, value: &str) {
        if self.variable(var).as_deref() != Some(value) {
            self.explicit.push((var.to_owned(), value.to_owned()));
        }
    }

    /// Remembers what [`Ctx::remember_on_success`] held back (the command succeeded).
    pub fn remember_explicit(&mut self) -> Result<(), CtlError> {
        let explicit = std::mem::take(&mut self.explicit);
        if explicit.is_empty() || self.env().is_err() {
            return Ok(());
        }
        let values: Vec<(&str, String)> = explicit
            .iter()
            .map(|(k, v)| (k.as_str(), v.clone()))
            .collect();
        self.remember(&values)
    }

    /// A remembered value.
    pub fn variable(&self, name: &str) -> Option<String> {
        self.env()
            .ok()
            .and_then(|(_, env)| env.variables.get(name).cloned())
    }

    /// The role's user: `OMGCTL_<ROLE>_USER`, else the remembered `<ROLE>_USER`.
    pub fn user(&self, role: Role) -> Option<(String, Source)> {
        let var = format!("OMGCTL_{}_USER", role.upper());
        if let Some(v) = std::env::var(&var).ok().filter(|v| !v.is_empty()) {
            return Some((v, Source::Env));
        }
        self.variable(&format!("{}_USER", role.upper()))
            .map(|v| (v, Source::File))
    }

    /// Whether the server lists `capability` in `GET /q/info` (omgservers does; upstream's
    /// server and older builds do not, and are then assumed not to have it).
    pub fn server_has(&mut self, capability: &str) -> Result<bool, CtlError> {
        let (_, env) = self.env()?;
        let url = format!("{}/q/info", env.service_url.trim_end_matches('/'));
        let info = self
            .client()?
            .get(&url)
            .send()
            .ok()
            .filter(|r| r.status().is_success())
            .and_then(|r| r.json::<Value>().ok());
        Ok(info
            .and_then(|i| i.get("capabilities").and_then(Value::as_array).cloned())
            .is_some_and(|list| list.iter().any(|c| c.as_str() == Some(capability))))
    }

    fn client(&mut self) -> Result<reqwest::blocking::Client, CtlError> {
        if let Some(c) = &self.http {
            return Ok(c.clone());
        }
        let client = reqwest::blocking::Client::builder()
            .user_agent(concat!("omgctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(self.ui.request_timeout)
            .build()
            .map_err(|e| CtlError::Other(e.into()))?;
        self.http = Some(client.clone());
        Ok(client)
    }

    /// One HTTP call, logged. Returns the status and the parsed body (Null when empty).
    fn send(
        &mut self,
        operation: Op,
        token: Option<&str>,
        body: &Body,
    ) -> Result<(u16, Value), CtlError> {
        let Op { area, name: op } = operation;
        let (env_name, env) = self.env()?;
        let base = env.service_url.trim_end_matches('/').to_owned();
        let path = format!("{PREFIX}/{area}/request/{op}");
        let url = format!("{base}{path}");
        let client = self.client()?;
        let mut request = client.post(&url);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request = match body {
            Body::Json(v) => request.json(v),
            Body::Multipart(form) => request.multipart(form()),
        };
        if self.ui.verbose {
            self.ui.note(&format!("> POST {url}"));
            if token.is_some() {
                self.ui.note("> authorization: Bearer ***");
            }
            match body {
                Body::Json(v) => self.ui.note(&format!("> {}", masked(v))),
                Body::Multipart(_) => self.ui.note("> (multipart form: the files archive)"),
            }
        }
        let started = Instant::now();
        let waiting = self.ui.slow_call(format!("{area}/{op}"));
        let result = request.send();
        let elapsed = started.elapsed();
        let response = match result {
            Ok(r) => r,
            Err(e) => {
                self.log(&env_name, &path, "ERR", elapsed);
                // reqwest's outer messages repeat the URL; the root cause says what happened.
                let mut detail = if e.is_timeout() {
                    "timed out".to_owned()
                } else {
                    e.to_string()
                };
                let mut source = std::error::Error::source(&e);
                while let Some(s) = source {
                    detail = s.to_string();
                    source = s.source();
                }
                return Err(CtlError::Transport { url, detail });
            }
        };
        let status = response.status().as_u16();
        self.log(&env_name, &path, &status.to_string(), elapsed);
        if let Some(server) = response
            .headers()
            .get("omgservers-version")
            .and_then(|v| v.to_str().ok())
        {
            self.check_version(server);
        }
        let text = response.text().map_err(|e| CtlError::Transport {
            url: url.clone(),
            detail: e.to_string(),
        })?;
        drop(waiting);
        if self.ui.verbose {
            self.ui
                .note(&format!("< {status} ({} ms)", elapsed.as_millis()));
            let shown = match serde_json::from_str::<Value>(&text) {
                Ok(v) => masked(&v),
                Err(_) => text.clone(),
            };
            self.ui.note(&format!("< {}", clipped(&shown)));
        }
        let value = if text.trim().is_empty() {
            Value::Null
        } else {
            match serde_json::from_str(&text) {
                Ok(v) => v,
                Err(_) if status >= 400 => Value::String(text),
                Err(e) => {
                    return Err(CtlError::failed(
                        format!("{area}/{op}: the server answered non-JSON ({e})"),
                        "is the URL an omgservers server?",
                    ))
                }
            }
        };
        Ok((status, value))
    }

    fn api_error(Op { area, name: op }: Op, status: u16, value: &Value) -> CtlError {
        let (qualifier, message) = match value {
            Value::Object(m) => (
                m.get("qualifier")
                    .and_then(Value::as_str)
                    .unwrap_or("UNKNOWN")
                    .to_owned(),
                m.get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            ),
            Value::String(s) => ("UNKNOWN".to_owned(), s.chars().take(300).collect()),
            _ => ("UNKNOWN".to_owned(), String::new()),
        };
        CtlError::Api {
            op: format!("{area}/{op}"),
            status,
            qualifier,
            message,
        }
    }

    /// An unauthenticated call (create-token).
    pub fn call_anon(&mut self, op: Op, body: Value) -> Result<Value, CtlError> {
        let (status, value) = self.send(op, None, &Body::Json(body))?;
        if status >= 400 {
            return Err(Self::api_error(op, status, &value));
        }
        Ok(value)
    }

    /// Sends the request of the operation `E` as `role` (see [`Ctx::call`]); answers the JSON
    /// the server sent.
    pub fn send_to<E: Endpoint>(
        &mut self,
        role: Role,
        request: &E::Request,
    ) -> Result<Value, CtlError>
    where
        E::Request: serde::Serialize,
    {
        self.call(role, Op::of::<E>(), body(request)?)
    }

    /// A call as `role`: uses the stored token (creating one when there is none) and renews it
    /// once when the server says it is no longer valid.
    pub fn call(&mut self, role: Role, op: Op, body: Value) -> Result<Value, CtlError> {
        self.call_body(role, op, Body::Json(body))
    }

    pub fn call_body(&mut self, role: Role, op: Op, body: Body) -> Result<Value, CtlError> {
        let (env_name, _) = self.env()?;
        let renewable = self.user(role).is_some()
            && self
                .store
                .secret(&env_name, role, Secret::Password)?
                .is_some();
        let token = match self.store.secret(&env_name, role, Secret::Token)? {
            Some((token, _)) => token,
            None => self.create_token(role)?.0,
        };
        let (status, value) = self.send(op, Some(&token), &body)?;
        let expired = status == 401
            && value.get("qualifier").and_then(Value::as_str) == Some("WRONG_CREDENTIALS");
        if expired && renewable {
            self.ui
                .note("the token was not accepted (expired?); creating a new one");
            let (token, _) = self.create_token(role)?;
            let (status, value) = self.send(op, Some(&token), &body)?;
            if status >= 400 {
                return Err(Self::api_error(op, status, &value));
            }
            return Ok(value);
        }
        if status >= 400 {
            return Err(Self::api_error(op, status, &value));
        }
        Ok(value)
    }

    /// Creates a token with the role's user and password and stores it (unless the token comes
    /// from the environment, which omgctl never overrides on disk). Returns the token and where
    /// it was stored.
    pub fn create_token(&mut self, role: Role) -> Result<(String, Option<Source>), CtlError> {
        let (env_name, _) = self.env()?;
        let missing = || {
            CtlError::NotAuthenticated {
            message: format!("no {} credentials for environment `{env_name}`", role.name()),
            hint: format!(
                "run `omgctl {} use-credentials <user>` or set OMGCTL_{}_USER and OMGCTL_{}_PASSWORD",
                role.name(),
                role.upper(),
                role.upper()
            ),
        }
        };
        let (user, _) = self.user(role).ok_or_else(missing)?;
        let (password, _) = self
            .store
            .secret(&env_name, role, Secret::Password)?
            .ok_or_else(missing)?;
        let token = self.request_token(role, &user, password)?;
        let stored = self
            .store
            .set_secret(&env_name, role, Secret::Token, &token)?;
        Ok((token, Some(stored)))
    }

    /// Asks the server for a token of `user` with `password` (`<role>/create-token`, wire
    /// reference §14.3); stores nothing.
    pub fn request_token(
        &mut self,
        role: Role,
        user: &str,
        password: String,
    ) -> Result<String, CtlError> {
        let body = match role {
            Role::Developer => {
                let id: i64 = user.trim().parse().map_err(|_| {
                    CtlError::usage(
                        format!("developer user `{user}` is not a numeric user id"),
                        "developers sign in with the user id create-developer printed",
                    )
                })?;
                serde_json::to_value(omgservers_types::admin::CreateTokenByIdRequest {
                    user_id: id.into(),
                    password,
                })
            }
            _ => serde_json::to_value(omgservers_types::admin::CreateTokenByUserRequest {
                user: user.into(),
                password,
            }),
        }
        .map_err(|e| CtlError::Other(e.into()))?;
        let op = match role {
            Role::Admin => Op::of::<ep::admin::CreateToken>(),
            Role::Support => Op::of::<ep::support::CreateToken>(),
            Role::Developer => Op::of::<ep::developer::CreateToken>(),
        };
        let value = self.call_anon(op, body)?;
        let response: omgservers_types::admin::CreateTokenResponse = parse(value)?;
        Ok(response.raw_token)
    }

    fn log(&self, env: &str, path: &str, status: &str, elapsed: Duration) {
        let line = format!(
            "{} {env} POST {path} {status} {}ms\n",
            crate::ui::utc_now(),
            elapsed.as_millis()
        );
        let file = self.store.paths.log_file();
        if crate::store::create_private_dir(&self.store.paths.state_dir).is_err() {
            return;
        }
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        if let Ok(mut f) = options.open(&file) {
            let _ = f.write_all(line.as_bytes());
            // Trim now and then rather than on every call.
            if f.metadata().map(|m| m.len() > 256 * 1024).unwrap_or(false) {
                if let Ok(text) = std::fs::read_to_string(&file) {
                    let lines: Vec<&str> = text.lines().collect();
                    let keep = lines[lines.len().saturating_sub(LOG_KEEP_LINES)..].join("\n");
                    let _ = crate::store::write_private(&file, format!("{keep}\n").as_bytes());
                }
            }
        }
    }
}

/// Parses a response into its wire DTO.
pub fn parse<T: for<'de> serde::Deserialize<'de>>(value: Value) -> Result<T, CtlError> {
    omgservers_types::exact_json::from_value(&value).map_err(|e| {
        CtlError::failed(
            format!("unexpected response from the server ({e}): {value}"),
            "omgctl and the server may be of different versions",
        )
    })
}

/// Serializes a request DTO.
pub fn body<T: Serialize>(dto: &T) -> Result<Value, CtlError> {
    serde_json::to_value(dto).map_err(|e| CtlError::Other(e.into()))
}

#[cfg(test)]
mod tests {
    use super::versions_differ;

    #[test]
    fn secrets_are_masked_at_any_depth() {
        let shown = super::masked(&serde_json::json!({
            "user": "admin", "password": "pw",
            "nested": [{"raw_token": "t", "kept": 1}], "token": null
        }));
        assert!(
            !shown.contains("\"pw\"") && !shown.contains("\"t\""),
            "{shown}"
        );
        assert!(shown.contains("\"password\":\"***\""), "{shown}");
        assert!(
            shown.contains("\"user\":\"admin\"") && shown.contains("\"kept\":1"),
            "{shown}"
        );
    }

    #[test]
    fn only_major_and_minor_versions_matter() {
        assert!(!versions_differ("0.1.0", "0.1.0"));
        assert!(!versions_differ("0.1.0", "0.1.7"));
        assert!(versions_differ("0.1.0", "0.2.0"));
        assert!(versions_differ("1.4.2", "2.4.2"));
    }
}
