//! The Docker hosts of the runtime pool, as stored (wire reference §7.4, §12), and their
//! bootstrap from `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__*`.

use sqlx::AnyConnection;

use crate::error::{Error, Result};
use crate::store::pool_hosts;
pub use crate::store::pool_hosts::{delete, list, set_draining, HostRow, HostSpec};
use crate::store::time::now_millis;

/// Appended to docs/configuration.md: the indexed variables clap cannot describe.
pub const REFERENCE_MARKDOWN: &str = "
## Docker host pool

Hosts of the runtime pool are stored in the database and managed with `omgctl admin
create-pool-host | drain-pool-host | delete-pool-host | get-pool-hosts`. At start the server adds
every host listed as below whose URI it does not have yet (hosts are never removed by a
configuration change). With no host configured and none stored, the local Docker engine
(`unix:///var/run/docker.sock`, sized by its own CPU and memory) is added when it answers.

| Variable | Meaning |
|---|---|
| `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__DOCKER_DAEMON_URI` | `unix:///path`, `tcp://host:port` (TLS per `OMGSERVERS_DOCKER_CLIENT_TLS_VERIFY`) |
| `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__CPU_COUNT` | CPUs offered to runtimes (a runtime takes `OMGSERVERS_RUNTIMES_DEFAULT_CPU_LIMIT`/100) |
| `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__MEMORY_SIZE` | megabytes offered to runtimes |
| `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__MAX_CONTAINERS` | most runtime containers on the host |
";

const HOSTS_PREFIX: &str = "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_";

impl HostSpec {
    pub fn validate(&self) -> Result<()> {
        validate_uri(&self.docker_daemon_uri)?;
        for (name, value) in [
            ("cpu_count", self.cpu_count),
            ("memory_size", self.memory_size),
            ("max_containers", self.max_containers),
        ] {
            check_count(name, value)?;
        }
        Ok(())
    }
}

/// A host's count (`name`: its field, or the variable that set it). Stored as INTEGER
/// (PostgreSQL's 32 bits): a larger count is refused here, not by the database.
fn check_count(name: &str, value: i64) -> Result<()> {
    if (1..=i64::from(i32::MAX)).contains(&value) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name} must be between 1 and {}, got {value}",
            i32::MAX
        )))
    }
}

/// Longest Docker daemon URI (`pool_hosts.docker_daemon_uri` is unique: PostgreSQL's index
/// takes about 2.7 kB a row).
const MAX_URI_BYTES: usize = 1024;

/// A Docker daemon URI as the pool keeps and compares it, whether it came from the settings,
/// from `admin/create-pool-host` or from a row stored before: without surrounding whitespace or
/// one trailing `/` after a host or path, so that one engine written two ways is one host
/// (`tcp://10.0.0.5:2375/` is `tcp://10.0.0.5:2375`; `unix:///` stays as it is).
pub fn canonical_uri(uri: &str) -> String {
    let uri = uri.trim();
    match uri.strip_suffix('/') {
        Some(rest) if !rest.ends_with('/') && !rest.ends_with(':') => rest.to_owned(),
        _ => uri.to_owned(),
    }
}

/// A Docker daemon URI this server can connect to.
pub fn validate_uri(uri: &str) -> Result<()> {
    if uri.len() > MAX_URI_BYTES {
        return Err(Error::invalid(format!(
            "docker_daemon_uri must be at most {MAX_URI_BYTES} bytes, got {}",
            uri.len()
        )));
    }
    if uri.chars().any(char::is_control) {
        return Err(Error::invalid(
            "docker_daemon_uri must not contain control characters (such as U+0000)",
        ));
    }
    if ["unix://", "tcp://", "http://", "https://"]
        .iter()
        .any(|scheme| uri.starts_with(scheme) && uri.len() > scheme.len())
    {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "docker_daemon_uri `{}` must be unix:///path, tcp://host:port, http:// or https://",
            crate::error::quoted(uri)
        )))
    }
}

/// Adds a host after checking its spec; 409 when its URI is already in the pool, however either
/// is written (`canonical_uri`; a row stored before may not be canonical).
pub async fn insert(conn: &mut AnyConnection, id: i64, spec: &HostSpec) -> Result<HostRow> {
    spec.validate()?;
    let uri = canonical_uri(&spec.docker_daemon_uri);
    if pool_hosts::list(conn)
        .await?
        .iter()
        .any(|h| canonical_uri(&h.spec.docker_daemon_uri) == uri)
    {
        return Err(pool_hosts::already_in_pool(&spec.docker_daemon_uri));
    }
    pool_hosts::insert(conn, id, spec, now_millis()).await
}

/// The hosts listed in `OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_<i>__*`, in index
/// order. An entry without a URI or with an unparsable number is an error naming the variable.
pub fn from_env(vars: impl Iterator<Item = (String, String)>) -> Result<Vec<HostSpec>> {
    let mut entries: std::collections::BTreeMap<u32, Vec<(String, String)>> = Default::default();
    for (name, value) in vars {
        let Some(rest) = name.strip_prefix(HOSTS_PREFIX) else {
            continue;
        };
        let Some((index, field)) = rest.split_once("__") else {
            continue;
        };
        let index: u32 = index
            .parse()
            .map_err(|_| Error::invalid(format!("{name}: `{index}` is not a host index")))?;
        entries
            .entry(index)
            .or_default()
            .push((field.to_owned(), value));
    }
    let mut specs = Vec::new();
    for (index, fields) in entries {
        let get = |field: &str| {
            fields
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, v)| v.trim().to_owned())
        };
        let variable = |field: &str| format!("{HOSTS_PREFIX}{index}__{field}");
        let number = |field: &str, default: i64| -> Result<i64> {
            let Some(v) = get(field) else {
                return Ok(default);
            };
            let value = v.parse().map_err(|_| {
                Error::invalid(format!("{}: `{v}` is not a number", variable(field)))
            })?;
            check_count(&variable(field), value)?;
            Ok(value)
        };
        let uri = get("DOCKER_DAEMON_URI").ok_or_else(|| {
            Error::invalid(format!(
                "{} is required for pool host {index}",
                variable("DOCKER_DAEMON_URI")
            ))
        })?;
        validate_uri(&uri)
            .map_err(|e| Error::invalid(format!("{}: {e}", variable("DOCKER_DAEMON_URI"))))?;
        let spec = HostSpec {
            docker_daemon_uri: canonical_uri(&uri),
            cpu_count: number("CPU_COUNT", 1)?,
            memory_size: number("MEMORY_SIZE", 1024)?,
            max_containers: number("MAX_CONTAINERS", 16)?,
        };
        specs.push(spec);
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// One engine written two ways is one host; a URI that is all scheme keeps its slashes
    /// (and is refused by `validate_uri` as it was given).
    #[test]
    fn docker_uris_are_compared_in_one_form() {
        for (given, canonical) in [
            ("tcp://10.0.0.5:2375/", "tcp://10.0.0.5:2375"),
            (" tcp://10.0.0.5:2375\n", "tcp://10.0.0.5:2375"),
            (
                "unix:///var/run/docker.sock/",
                "unix:///var/run/docker.sock",
            ),
            ("unix:///var/run/docker.sock", "unix:///var/run/docker.sock"),
            ("unix:///", "unix:///"),
            ("tcp://", "tcp://"),
            ("https://h:2376//", "https://h:2376//"),
        ] {
            assert_eq!(canonical_uri(given), canonical, "{given:?}");
        }
    }

    fn vars(list: &[(&str, &str)]) -> impl Iterator<Item = (String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn hosts_are_read_in_index_order() {
        let specs = from_env(vars(&[
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_1__DOCKER_DAEMON_URI",
                "tcp://b:2375",
            ),
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
                "tcp://a:2375",
            ),
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__CPU_COUNT",
                "8",
            ),
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MEMORY_SIZE",
                "8192",
            ),
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__MAX_CONTAINERS",
                "16",
            ),
            ("OMGSERVERS_UNRELATED", "x"),
        ]))
        .unwrap();
        assert_eq!(specs.len(), 2);
        assert_eq!(
            specs[0],
            HostSpec {
                docker_daemon_uri: "tcp://a:2375".into(),
                cpu_count: 8,
                memory_size: 8192,
                max_containers: 16
            }
        );
        assert_eq!(specs[1].docker_daemon_uri, "tcp://b:2375");
    }

    #[test]
    fn bad_entries_name_the_variable() {
        let e = from_env(vars(&[(
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__CPU_COUNT",
            "8",
        )]))
        .unwrap_err();
        assert!(e.to_string().contains("HOSTS_0__DOCKER_DAEMON_URI"), "{e}");
        let e = from_env(vars(&[
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
                "tcp://a:1",
            ),
            (
                "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__CPU_COUNT",
                "lots",
            ),
        ]))
        .unwrap_err();
        assert!(e.to_string().contains("CPU_COUNT: `lots`"), "{e}");
        let e = from_env(vars(&[(
            "OMGSERVERS_BOOTSTRAP_DEFAULT_POOL_DOCKER_HOSTS_0__DOCKER_DAEMON_URI",
            "ftp://a",
        )]))
        .unwrap_err();
        assert!(e.to_string().contains("ftp://a"), "{e}");
    }
}
