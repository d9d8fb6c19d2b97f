//! What omgctl keeps on disk: environments (profiles) with their remembered values in
//! `config.json`, credentials (OS keyring, else `credentials.json`), and the request log in the
//! state directory. Every file is written atomically (temp file + rename) with mode 0600, and
//! every change is read, applied and written under an exclusive lock on `<config dir>/.lock`,
//! so omgctl commands run at the same time (a CI job's parallel steps) never lose each other's
//! changes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CtlError;

/// The three roles omgctl holds credentials for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Admin,
    Support,
    Developer,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Support, Role::Developer];

    /// Lowercase name, used in paths and commands.
    pub fn name(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Support => "support",
            Role::Developer => "developer",
        }
    }

    /// Uppercase prefix of variables and env vars (`ADMIN` in `OMGCTL_ADMIN_USER`).
    pub fn upper(self) -> &'static str {
        match self {
            Role::Admin => "ADMIN",
            Role::Support => "SUPPORT",
            Role::Developer => "DEVELOPER",
        }
    }
}

/// Which secret of a role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Secret {
    Password,
    Token,
}

impl Secret {
    pub fn upper(self) -> &'static str {
        match self {
            Secret::Password => "PASSWORD",
            Secret::Token => "TOKEN",
        }
    }
    fn key(self) -> &'static str {
        match self {
            Secret::Password => "password",
            Secret::Token => "token",
        }
    }
}

/// Where a credential came from, as `print-current` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Env,
    Keyring,
    File,
}

impl Source {
    pub fn describe(self, var: &str) -> String {
        match self {
            Source::Env => format!("env {var}"),
            Source::Keyring => "OS keyring".to_owned(),
            Source::File => "credentials file".to_owned(),
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Environment {
    pub service_url: String,
    /// Remembered values (TENANT, PROJECT, ADMIN_USER …); never secrets.
    #[serde(default)]
    pub variables: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default)]
    pub current: Option<String>,
    #[serde(default)]
    pub environments: BTreeMap<String, Environment>,
}

/// Secrets kept in the file fallback: environment → "role/secret" → value.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct CredentialsFile {
    #[serde(default)]
    environments: BTreeMap<String, BTreeMap<String, String>>,
}

/// Locations of omgctl's files.
#[derive(Clone, Debug)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub state_dir: PathBuf,
}

impl Paths {
    /// `OMGCTL_CONFIG_DIR` / `OMGCTL_STATE_DIR`, else the platform directories. With only
    /// `OMGCTL_CONFIG_DIR` set, the state lives in its `state/` folder, so one variable isolates
    /// everything (tests, CI).
    pub fn discover() -> Result<Paths, CtlError> {
        let config_override = std::env::var_os("OMGCTL_CONFIG_DIR").filter(|v| !v.is_empty());
        let state_override = std::env::var_os("OMGCTL_STATE_DIR").filter(|v| !v.is_empty());
        let dirs = || {
            directories::ProjectDirs::from("com", "omgservers", "omgctl").ok_or_else(|| {
                CtlError::usage(
                    "cannot find a home directory for omgctl's configuration",
                    "set OMGCTL_CONFIG_DIR to a writable directory",
                )
            })
        };
        let config_dir = match &config_override {
            Some(dir) => PathBuf::from(dir),
            None => dirs()?.config_dir().to_path_buf(),
        };
        let state_dir = match (&state_override, &config_override) {
            (Some(dir), _) => PathBuf::from(dir),
            (None, Some(dir)) => PathBuf::from(dir).join("state"),
            (None, None) => {
                let d = dirs()?;
                d.state_dir()
                    .unwrap_or_else(|| d.data_local_dir())
                    .to_path_buf()
            }
        };
        Ok(Paths {
            config_dir,
            state_dir,
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.json")
    }
    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir.join("credentials.json")
    }
    pub fn lock_file(&self) -> PathBuf {
        self.config_dir.join(".lock")
    }
    pub fn log_file(&self) -> PathBuf {
        self.state_dir.join("requests.log")
    }
}

/// Writes `bytes` to `path` atomically with mode 0600 (the directory is created 0700).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), CtlError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        CtlError::io(format!("cannot write {}", path.display()), e)
    })
}

pub fn create_private_dir(dir: &Path) -> Result<(), CtlError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| CtlError::io(format!("cannot create {}", dir.display()), e))
}

fn read_json<T: Default + for<'de> Deserialize<'de>>(path: &Path) -> Result<T, CtlError> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            CtlError::usage(
                format!("{} is not valid: {e}", path.display()),
                "fix or delete the file (omgctl environment reset starts over)",
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(CtlError::io(format!("cannot read {}", path.display()), e)),
    }
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), CtlError> {
    let mut bytes = serde_json::to_vec_pretty(value).map_err(|e| CtlError::Other(e.into()))?;
    bytes.push(b'\n');
    write_private(path, &bytes)
}

/// The configuration: environments and remembered values.
pub struct Store {
    pub paths: Paths,
    pub config: ConfigFile,
    keyring: bool,
}

const KEYRING_SERVICE: &str = "omgctl";

/// The names of the configured environments, for shell completion (none when the
/// configuration cannot be read: a completion never fails loudly).
pub fn environment_names() -> Vec<String> {
    Paths::discover()
        .ok()
        .and_then(|paths| read_json::<ConfigFile>(&paths.config_file()).ok())
        .map(|config| config.environments.into_keys().collect())
        .unwrap_or_default()
}

/// Links the user's persistent keyring into this process's session keyring; false when the
/// kernel (or a sandbox) has none.
///
/// keyring-rs's keyutils store keeps entries in the persistent keyring, but resolves the
/// session keyring before linking it, and that link gives a process without a session keyring
/// one of its own: the first entry of each process would go to (and be looked up in) the
/// user's session keyring, every later one the persistent keyring (keyring-rs issue #266).
/// Linked first, every entry uses the persistent keyring, where other omgctl processes find
/// it. Without one, secrets go to the file rather than to a keyring nothing else reads.
#[cfg(target_os = "linux")]
fn persistent_keyring_linked() -> bool {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    KeyRing::get_persistent(KeyRingIdentifier::Session).is_ok()
}

/// The macOS and Windows stores need no preparation.
#[cfg(not(target_os = "linux"))]
fn persistent_keyring_linked() -> bool {
    true
}

impl Store {
    pub fn load(paths: Paths) -> Result<Store, CtlError> {
        let config = read_json(&paths.config_file())?;
        // OMGCTL_KEYRING=off keeps secrets out of the OS keyring (headless machines, tests),
        // =on forces it. The Linux backend (kernel keyutils) keeps secrets in memory, in the
        // user's persistent keyring, which a reboot or three days unused empties: a stored
        // password would silently vanish, so Linux uses the 0600 file unless asked otherwise.
        let wanted = match std::env::var("OMGCTL_KEYRING").as_deref() {
            Ok("off") | Ok("0") | Ok("false") | Ok("no") => false,
            Ok("on") | Ok("1") | Ok("true") | Ok("yes") => true,
            _ => !cfg!(target_os = "linux"),
        };
        let keyring = wanted && persistent_keyring_linked();
        Ok(Store {
            paths,
            config,
            keyring,
        })
    }

    /// Runs `f` holding the exclusive lock on the configuration directory (waiting for another
    /// omgctl that holds it).
    fn locked<T>(&self, f: impl FnOnce() -> Result<T, CtlError>) -> Result<T, CtlError> {
        create_private_dir(&self.paths.config_dir)?;
        let path = self.paths.lock_file();
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(&path)
            .map_err(|e| CtlError::io(format!("cannot open {}", path.display()), e))?;
        let mut lock = fd_lock::RwLock::new(file);
        let _held = lock
            .write()
            .map_err(|e| CtlError::io(format!("cannot lock {}", path.display()), e))?;
        f()
    }

    /// Applies `change` to the configuration as it is on disk now — not as this command read it
    /// when it started, which another command may have changed since — and keeps the result.
    pub fn update(
        &mut self,
        change: impl FnOnce(&mut ConfigFile) -> Result<(), CtlError>,
    ) -> Result<(), CtlError> {
        let path = self.paths.config_file();
        let config = self.locked(|| {
            let mut config: ConfigFile = read_json(&path)?;
            change(&mut config)?;
            write_json(&path, &config)?;
            Ok(config)
        })?;
        self.config = config;
        Ok(())
    }

    /// Applies `change` to the credentials file under the lock.
    fn update_credentials(
        &self,
        change: impl FnOnce(&mut CredentialsFile) -> bool,
    ) -> Result<(), CtlError> {
        let path = self.paths.credentials_file();
        self.locked(|| {
            let mut file: CredentialsFile = read_json(&path)?;
            if change(&mut file) {
                write_json(&path, &file)?;
            }
            Ok(())
        })
    }

    /// The selected environment's name: `--env`/`OMGCTL_ENV`, else the current one.
    pub fn selected(&self, flag: Option<&str>) -> Option<String> {
        flag.map(str::to_owned)
            .or_else(|| self.config.current.clone())
    }

    // --- secrets -----------------------------------------------------------------------------

    /// Reads a secret: env var first, then the keyring, then the file.
    pub fn secret(
        &self,
        env: &str,
        role: Role,
        secret: Secret,
    ) -> Result<Option<(String, Source)>, CtlError> {
        let var = format!("OMGCTL_{}_{}", role.upper(), secret.upper());
        if let Some(v) = std::env::var(&var).ok().filter(|v| !v.is_empty()) {
            return Ok(Some((v, Source::Env)));
        }
        if env.is_empty() {
            return Ok(None);
        }
        self.stored_secret(env, role, secret)
    }

    /// A secret as stored for `env` (keyring, then file), never from the process environment.
    fn stored_secret(
        &self,
        env: &str,
        role: Role,
        secret: Secret,
    ) -> Result<Option<(String, Source)>, CtlError> {
        if self.keyring {
            if let Ok(entry) = keyring::Entry::new(KEYRING_SERVICE, &account(env, role, secret)) {
                if let Ok(v) = entry.get_password() {
                    return Ok(Some((v, Source::Keyring)));
                }
            }
        }
        let file: CredentialsFile = read_json(&self.paths.credentials_file())?;
        Ok(file
            .environments
            .get(env)
            .and_then(|m| m.get(&file_key(role, secret)))
            .map(|v| (v.clone(), Source::File)))
    }

    /// Stores a secret in the keyring, or in the 0600 file when no keyring is usable. Returns
    /// where it went.
    pub fn set_secret(
        &self,
        env: &str,
        role: Role,
        secret: Secret,
        value: &str,
    ) -> Result<Source, CtlError> {
        if self.keyring {
            if let Ok(entry) = keyring::Entry::new(KEYRING_SERVICE, &account(env, role, secret)) {
                if entry.set_password(value).is_ok() {
                    // A stale copy in the file would never be read again; drop it.
                    self.remove_file_secret(env, role, secret)?;
                    return Ok(Source::Keyring);
                }
                // A store that failed halfway may hold the value anyway, and the keyring is
                // read before the file: leave nothing there to shadow the file's copy.
                let _ = entry.delete_credential();
            }
        }
        self.update_credentials(|file| {
            file.environments
                .entry(env.to_owned())
                .or_default()
                .insert(file_key(role, secret), value.to_owned());
            true
        })?;
        Ok(Source::File)
    }

    /// Forgets a secret (keyring and file).
    pub fn remove_secret(&self, env: &str, role: Role, secret: Secret) -> Result<(), CtlError> {
        if self.keyring {
            if let Ok(entry) = keyring::Entry::new(KEYRING_SERVICE, &account(env, role, secret)) {
                let _ = entry.delete_credential();
            }
        }
        self.remove_file_secret(env, role, secret)
    }

    fn remove_file_secret(&self, env: &str, role: Role, secret: Secret) -> Result<(), CtlError> {
        if !self.paths.credentials_file().exists() {
            return Ok(());
        }
        self.update_credentials(|file| {
            let Some(secrets) = file.environments.get_mut(env) else {
                return false;
            };
            let removed = secrets.remove(&file_key(role, secret)).is_some();
            if secrets.is_empty() {
                file.environments.remove(env);
            }
            removed
        })
    }

    /// Deletes an environment, its remembered values and its stored secrets; false when there
    /// is no such environment.
    pub fn delete_environment(&mut self, name: &str) -> Result<bool, CtlError> {
        let mut found = false;
        self.update(|config| {
            found = config.environments.remove(name).is_some();
            if config.current.as_deref() == Some(name) {
                config.current = None;
            }
            Ok(())
        })?;
        for role in Role::ALL {
            for secret in [Secret::Password, Secret::Token] {
                self.remove_secret(name, role, secret)?;
            }
        }
        Ok(found)
    }

    /// Renames an environment; its values, secrets and being current go with it.
    pub fn rename_environment(&mut self, from: &str, to: &str) -> Result<(), CtlError> {
        self.update(|config| {
            if config.environments.contains_key(to) {
                return Err(CtlError::usage(
                    format!("environment `{to}` exists already"),
                    format!(
                        "delete it first (omgctl environment delete {to}) or pick another name"
                    ),
                ));
            }
            let env = config.environments.remove(from).ok_or_else(|| {
                CtlError::not_found(
                    format!("environment `{from}` does not exist"),
                    "`omgctl environment list` lists them",
                )
            })?;
            config.environments.insert(to.to_owned(), env);
            if config.current.as_deref() == Some(from) {
                config.current = Some(to.to_owned());
            }
            Ok(())
        })?;
        for role in Role::ALL {
            for secret in [Secret::Password, Secret::Token] {
                if let Some((value, _)) = self.stored_secret(from, role, secret)? {
                    self.set_secret(to, role, secret, &value)?;
                    self.remove_secret(from, role, secret)?;
                }
            }
        }
        Ok(())
    }

    /// Forgets every environment and every stored secret.
    pub fn reset(&mut self) -> Result<(), CtlError> {
        if self.keyring {
            for env in self.config.environments.keys() {
                for role in Role::ALL {
                    for secret in [Secret::Password, Secret::Token] {
                        if let Ok(entry) =
                            keyring::Entry::new(KEYRING_SERVICE, &account(env, role, secret))
                        {
                            let _ = entry.delete_credential();
                        }
                    }
                }
            }
        }
        self.locked(|| {
            for path in [self.paths.credentials_file(), self.paths.config_file()] {
                match fs::remove_file(&path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(CtlError::io(format!("cannot delete {}", path.display()), e))
                    }
                }
            }
            Ok(())
        })?;
        self.config = ConfigFile::default();
        Ok(())
    }
}

fn account(env: &str, role: Role, secret: Secret) -> String {
    format!("{env}/{}/{}", role.name(), secret.key())
}

fn file_key(role: Role, secret: Secret) -> String {
    format!("{}/{}", role.name(), secret.key())
}
