//! Version config (wire reference §7.3) and its validation.
//!
//! Upstream accepts any config and silently drops matchmaking requests later when a mode is
//! malformed; we validate at `create-version` and name the exact field that is wrong.

use serde_json::Value;

use crate::dto;

/// Longest mode or group name.
pub const MAX_NAME_LEN: usize = 64;

dto! {
    pub struct VersionConfig {
        pub modes: Vec<Mode>,
        #[serde(default)]
        pub user_data: Value,
        /// Not upstream: what each runtime of the version reserves and may use, over the
        /// server's defaults (docs/runtime-pool.md "Resources"). Absent from the JSON when unset.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub runtime_resources: Option<RuntimeResources>,
    }

    /// Per-runtime CPU in millicores (1000 = one CPU) and memory in MiB. A request is what
    /// placement reserves on a host; a limit is what the container may use (its CPU quota and
    /// memory limit). Each is optional: the server's default applies.
    pub struct RuntimeResources {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cpu_request_millicores: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cpu_limit_millicores: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub memory_request_mib: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub memory_limit_mib: Option<u32>,
    }

    pub struct Mode {
        pub name: String,
        pub min_players: i32,
        pub max_players: i32,
        pub groups: Vec<Group>,
    }

    pub struct Group {
        pub name: String,
        pub min_players: i32,
        pub max_players: i32,
    }
}

/// A version config problem, with the JSON path of the offending field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// e.g. `config.modes[0].groups[1].max_players`
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

impl std::error::Error for ConfigError {}

fn err(field: impl Into<String>, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        field: field.into(),
        problem: problem.into(),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a serde_json::Map<String, Value>, ConfigError> {
    v.as_object()
        .ok_or_else(|| err(path, format!("must be an object, found {}", kind(v))))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn parse_name(obj: &serde_json::Map<String, Value>, path: &str) -> Result<String, ConfigError> {
    let field = format!("{path}.name");
    let v = obj.get("name").ok_or_else(|| err(&field, "is required"))?;
    let s = v
        .as_str()
        .ok_or_else(|| err(&field, format!("must be a string, found {}", kind(v))))?;
    if s.trim().is_empty() {
        return Err(err(field, "must not be blank"));
    }
    if s.chars().count() > MAX_NAME_LEN {
        return Err(err(
            field,
            format!("must be at most {MAX_NAME_LEN} characters"),
        ));
    }
    if s.chars().any(char::is_control) {
        return Err(err(
            field,
            "must not contain control characters (such as U+0000)",
        ));
    }
    Ok(s.to_owned())
}

fn count(
    obj: &serde_json::Map<String, Value>,
    path: &str,
    key: &str,
    min: i64,
) -> Result<i32, ConfigError> {
    let field = format!("{path}.{key}");
    let v = obj.get(key).ok_or_else(|| err(&field, "is required"))?;
    let n = v
        .as_i64()
        .ok_or_else(|| err(&field, format!("must be an integer, found {}", kind(v))))?;
    if n < min {
        return Err(err(field, format!("must be at least {min}, found {n}")));
    }
    i32::try_from(n).map_err(|_| err(field, format!("{n} is too large")))
}

impl VersionConfig {
    /// Parses and validates a config given as JSON; the error names the field at fault.
    ///
    /// Rules: `modes` is an array (it may be empty: a lobby-only game); each mode has a unique
    /// non-blank name of at most 64 characters, `0 <= min_players <= max_players`,
    /// `max_players >= 1`, and at least one group; each group has a unique name,
    /// `1 <= min_players <= max_players`; the groups' minimums fit in the mode's maximum and
    /// their maximums can reach the mode's minimum. `user_data` is any JSON value.
    pub fn from_json(config: &Value) -> Result<VersionConfig, ConfigError> {
        let root = object(config, "config")?;
        let modes_value = root
            .get("modes")
            .ok_or_else(|| err("config.modes", "is required"))?;
        let modes_json = modes_value.as_array().ok_or_else(|| {
            err(
                "config.modes",
                format!("must be an array, found {}", kind(modes_value)),
            )
        })?;
        let mut modes = Vec::with_capacity(modes_json.len());
        for (i, mode_value) in modes_json.iter().enumerate() {
            let path = format!("config.modes[{i}]");
            let mode = object(mode_value, &path)?;
            let name = parse_name(mode, &path)?;
            if modes.iter().any(|m: &Mode| m.name == name) {
                return Err(err(
                    format!("{path}.name"),
                    format!("duplicate mode name `{name}`"),
                ));
            }
            let min_players = count(mode, &path, "min_players", 0)?;
            let max_players = count(mode, &path, "max_players", 1)?;
            if min_players > max_players {
                return Err(err(
                    format!("{path}.min_players"),
                    format!("must not exceed max_players ({min_players} > {max_players})"),
                ));
            }
            let groups_field = format!("{path}.groups");
            let groups_value = mode
                .get("groups")
                .ok_or_else(|| err(&groups_field, "is required"))?;
            let groups_json = groups_value.as_array().ok_or_else(|| {
                err(
                    &groups_field,
                    format!("must be an array, found {}", kind(groups_value)),
                )
            })?;
            if groups_json.is_empty() {
                return Err(err(groups_field, "must have at least one group"));
            }
            let mut groups: Vec<Group> = Vec::with_capacity(groups_json.len());
            for (j, group_value) in groups_json.iter().enumerate() {
                let gpath = format!("{path}.groups[{j}]");
                let group = object(group_value, &gpath)?;
                let gname = parse_name(group, &gpath)?;
                if groups.iter().any(|g| g.name == gname) {
                    return Err(err(
                        format!("{gpath}.name"),
                        format!("duplicate group name `{gname}`"),
                    ));
                }
                let gmin = count(group, &gpath, "min_players", 1)?;
                let gmax = count(group, &gpath, "max_players", 1)?;
                if gmin > gmax {
                    return Err(err(
                        format!("{gpath}.min_players"),
                        format!("must not exceed max_players ({gmin} > {gmax})"),
                    ));
                }
                groups.push(Group {
                    name: gname,
                    min_players: gmin,
                    max_players: gmax,
                });
            }
            let sum_min: i64 = groups.iter().map(|g| i64::from(g.min_players)).sum();
            let sum_max: i64 = groups.iter().map(|g| i64::from(g.max_players)).sum();
            if sum_min > i64::from(max_players) {
                return Err(err(
                    groups_field,
                    format!("the groups' min_players add up to {sum_min}, more than the mode's max_players {max_players}"),
                ));
            }
            if sum_max < i64::from(min_players) {
                return Err(err(
                    groups_field,
                    format!("the groups' max_players add up to {sum_max}, fewer than the mode's min_players {min_players}"),
                ));
            }
            modes.push(Mode {
                name,
                min_players,
                max_players,
                groups,
            });
        }
        let user_data = root
            .get("user_data")
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        let runtime_resources = match root.get("runtime_resources") {
            None | Some(Value::Null) => None,
            Some(v) => Some(parse_resources(v)?),
        };
        Ok(VersionConfig {
            modes,
            user_data,
            runtime_resources,
        })
    }
}

/// Largest CPU (millicores) or memory (MiB) figure a version config may name; the server's
/// operator limits are usually lower.
pub const MAX_RESOURCE: u32 = 1_000_000;

fn parse_resources(v: &Value) -> Result<RuntimeResources, ConfigError> {
    let path = "config.runtime_resources";
    let obj = object(v, path)?;
    let known = [
        "cpu_request_millicores",
        "cpu_limit_millicores",
        "memory_request_mib",
        "memory_limit_mib",
    ];
    if let Some(unknown) = obj.keys().find(|k| !known.contains(&k.as_str())) {
        return Err(err(
            format!("{path}.{unknown}"),
            format!("is not a resource (use {})", known.join(", ")),
        ));
    }
    let figure = |name: &str| -> Result<Option<u32>, ConfigError> {
        let field = format!("{path}.{name}");
        match obj.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => v
                .as_u64()
                .filter(|n| (1..=u64::from(MAX_RESOURCE)).contains(n))
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| err(field, format!("must be an integer in 1..={MAX_RESOURCE}"))),
        }
    };
    let resources = RuntimeResources {
        cpu_request_millicores: figure("cpu_request_millicores")?,
        cpu_limit_millicores: figure("cpu_limit_millicores")?,
        memory_request_mib: figure("memory_request_mib")?,
        memory_limit_mib: figure("memory_limit_mib")?,
    };
    for (request, limit, name) in [
        (
            resources.cpu_request_millicores,
            resources.cpu_limit_millicores,
            "cpu_request_millicores",
        ),
        (
            resources.memory_request_mib,
            resources.memory_limit_mib,
            "memory_request_mib",
        ),
    ] {
        if let (Some(request), Some(limit)) = (request, limit) {
            if request > limit {
                return Err(err(
                    format!("{path}.{name}"),
                    format!("must not exceed the limit ({request} > {limit})"),
                ));
            }
        }
    }
    Ok(resources)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mode(min: i64, max: i64) -> Value {
        json!({"name": "test", "min_players": min, "max_players": max,
               "groups": [{"name": "players", "min_players": min.max(1), "max_players": max}]})
    }

    #[test]
    fn accepts_upstream_example() {
        let c = VersionConfig::from_json(&json!({"modes": [mode(1, 8)], "user_data": {"k": 1}}))
            .unwrap();
        assert_eq!(c.modes[0].groups[0].max_players, 8);
        assert_eq!(c.user_data, json!({"k": 1}));
        // user_data is optional, a lobby-only game has no modes
        let c = VersionConfig::from_json(&json!({"modes": []})).unwrap();
        assert_eq!(c.user_data, json!({}));
    }

    #[test]
    fn runtime_resources_are_optional_and_checked() {
        let c = VersionConfig::from_json(&json!({"modes": [], "runtime_resources":
            {"cpu_request_millicores": 250, "memory_limit_mib": 256}}))
        .unwrap();
        let r = c.runtime_resources.unwrap();
        assert_eq!(r.cpu_request_millicores, Some(250));
        assert_eq!(r.cpu_limit_millicores, None);
        assert_eq!(r.memory_limit_mib, Some(256));
        let unset = VersionConfig::from_json(&json!({"modes": []})).unwrap();
        assert!(serde_json::to_value(&unset)
            .unwrap()
            .get("runtime_resources")
            .is_none());
        for (bad, field) in [
            (
                json!({"cpu_request_millicores": 0}),
                "cpu_request_millicores",
            ),
            (json!({"memory_limit_mib": "1G"}), "memory_limit_mib"),
            (json!({"gpus": 1}), "gpus"),
            (
                json!({"cpu_request_millicores": 500, "cpu_limit_millicores": 100}),
                "cpu_request_millicores",
            ),
        ] {
            let e = VersionConfig::from_json(&json!({"modes": [], "runtime_resources": bad}))
                .unwrap_err();
            assert_eq!(e.field, format!("config.runtime_resources.{field}"), "{e}");
        }
    }

    #[test]
    fn names_the_bad_field() {
        let cases = [
            (json!([]), "config"),
            (json!({}), "config.modes"),
            (json!({"modes": {}}), "config.modes"),
            (
                json!({"modes": [mode(5, 2)]}),
                "config.modes[0].min_players",
            ),
            (
                json!({"modes": [{"name": "m", "min_players": 1, "max_players": 2, "groups": []}]}),
                "config.modes[0].groups",
            ),
            (
                json!({"modes": [{"name": "", "min_players": 1, "max_players": 2, "groups": []}]}),
                "config.modes[0].name",
            ),
            (
                json!({"modes": [{"name": "m", "min_players": "1", "max_players": 2, "groups": []}]}),
                "config.modes[0].min_players",
            ),
            (
                json!({"modes": [{"name": "m", "min_players": 1, "max_players": 2,
                "groups": [{"name": "g", "min_players": 0, "max_players": 2}]}]}),
                "config.modes[0].groups[0].min_players",
            ),
            (
                json!({"modes": [mode(1, 2), mode(1, 2)]}),
                "config.modes[1].name",
            ),
            (
                json!({"modes": [{"name": "m", "min_players": 1, "max_players": 2,
                "groups": [{"name": "g", "min_players": 3, "max_players": 3}]}]}),
                "config.modes[0].groups",
            ),
        ];
        for (config, field) in cases {
            let e = VersionConfig::from_json(&config).unwrap_err();
            assert_eq!(e.field, field, "{config} -> {e}");
        }
    }
}
