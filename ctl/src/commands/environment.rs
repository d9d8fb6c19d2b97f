//! `omgctl environment …` and `omgctl request-log`: environments (profiles), remembered values, the
//! request log.

use serde_json::{json, Value};

use crate::cli::EnvironmentCommand;
use crate::client::Ctx;
use crate::commands::confirm;
use crate::commands::credentials::store_credentials;
use crate::error::CtlError;
use crate::store::{Role, Secret, Source};
use crate::ui::{list_table, Out};

pub const PUBLIC_URL: &str = "https://api.omgservers.com";

pub(crate) fn logs(ctx: &Ctx, lines: usize, clear: bool) -> Result<Out, CtlError> {
    let path = ctx.store.paths.log_file();
    if clear {
        if path.exists() {
            crate::store::write_private(&path, b"")?;
        }
        return Ok(Out::default().message("The request log was cleared"));
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(CtlError::io(format!("cannot read {}", path.display()), e)),
    };
    let all: Vec<&str> = text.lines().collect();
    let recent = &all[all.len().saturating_sub(lines)..];
    if recent.is_empty() {
        ctx.ui
            .note(&format!("No requests logged yet ({})", path.display()));
    }
    let json = Value::Array(
        recent
            .iter()
            .map(|l| {
                let f: Vec<&str> = l.split(' ').collect();
                json!({"time": f.first(), "environment": f.get(1), "method": f.get(2),
                       "path": f.get(3), "status": f.get(4), "duration": f.get(5)})
            })
            .collect(),
    );
    let rows = recent
        .iter()
        .map(|l| l.split(' ').map(str::to_owned).collect())
        .collect();
    let table = list_table(
        &[
            "TIME",
            "ENVIRONMENT",
            "METHOD",
            "PATH",
            "STATUS",
            "DURATION",
        ],
        rows,
    );
    let mut out = Out::new(json).id(recent.join("\n"));
    if !recent.is_empty() {
        out = out.table(None, table);
    }
    Ok(out)
}

pub(crate) fn use_environment(ctx: &mut Ctx, name: &str, url: &str) -> Result<(), CtlError> {
    let parsed = url.trim();
    if !(parsed.starts_with("http://") || parsed.starts_with("https://")) {
        return Err(CtlError::usage(
            format!("`{url}` is not an http(s) URL"),
            "pass the server's base URL, e.g. http://localhost:8080",
        ));
    }
    let url = parsed.trim_end_matches('/').to_owned();
    ctx.store.update(|config| {
        config
            .environments
            .entry(name.to_owned())
            .or_default()
            .service_url = url;
        config.current = Some(name.to_owned());
        Ok(())
    })?;
    // An explicit --env must not point elsewhere for the rest of this command.
    ctx.env_flag = Some(name.to_owned());
    Ok(())
}

pub(crate) fn run(ctx: &mut Ctx, c: EnvironmentCommand) -> Result<Out, CtlError> {
    match c {
        EnvironmentCommand::Reset { yes } => {
            let what = "every environment, remembered value and stored credential";
            confirm(yes, &format!("Forget {what}?"), what)?;
            ctx.store.reset()?;
            Ok(Out::default()
                .message("Environments, remembered values and credentials were deleted"))
        }
        EnvironmentCommand::UseEnvironment { name, url } => {
            use_environment(ctx, &name, &url)?;
            env_set(ctx)
        }
        EnvironmentCommand::UsePublic => {
            use_environment(ctx, "public", PUBLIC_URL)?;
            env_set(ctx)
        }
        EnvironmentCommand::UseLocal { url } => {
            use_environment(ctx, "local", &url)?;
            for (role, user) in [(Role::Admin, "admin"), (Role::Support, "support")] {
                store_credentials(ctx, role, user, user)?;
            }
            env_set(ctx)
        }
        EnvironmentCommand::PrintCurrent => print_current_env(ctx),
        EnvironmentCommand::List => {
            let config = &ctx.store.config;
            let current = config.current.as_deref();
            let rows: Vec<Vec<String>> = config
                .environments
                .iter()
                .map(|(name, env)| {
                    let mark = if Some(name.as_str()) == current {
                        "*"
                    } else {
                        ""
                    };
                    vec![mark.to_owned(), name.clone(), env.service_url.clone()]
                })
                .collect();
            let json = json!({"current": current, "environments": config.environments.iter()
                .map(|(name, env)| json!({"name": name, "service_url": env.service_url}))
                .collect::<Vec<_>>()});
            let names: Vec<&String> = config.environments.keys().collect();
            if names.is_empty() {
                ctx.ui
                    .note("No environment yet: `omgctl environment use-local` creates one");
            }
            let ids = names
                .iter()
                .map(|n| n.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            Ok(Out::new(json)
                .id(ids)
                .table(None, list_table(&["CURRENT", "NAME", "URL"], rows)))
        }
        EnvironmentCommand::Delete { name, yes } => {
            let what = format!("environment {name} with its remembered values and credentials");
            confirm(yes, &format!("Delete {what}?"), &what)?;
            if !ctx.store.delete_environment(&name)? {
                return Err(CtlError::not_found(
                    format!("environment `{name}` does not exist"),
                    "`omgctl environment list` lists them",
                ));
            }
            Ok(Out::new(json!({"deleted": true}))
                .id("true")
                .message(format!("Environment {name} was deleted")))
        }
        EnvironmentCommand::Rename { from, to } => {
            ctx.store.rename_environment(&from, &to)?;
            Ok(Out::new(json!({"environment_name": to}))
                .id(to.clone())
                .message(format!("Environment {from} was renamed {to}")))
        }
        EnvironmentCommand::PrintVariable { name } => {
            let name = name
                .strip_prefix("OMGSERVERSCTL_")
                .unwrap_or(&name)
                .to_ascii_uppercase();
            let (env_name, env) = ctx.env()?;
            let value = match name.as_str() {
                "ENVIRONMENT_NAME" => Some(env_name.clone()),
                "SERVICE_URL" => Some(env.service_url.clone()),
                _ => secret_variable(ctx, &env_name, &name)?
                    .or_else(|| env.variables.get(&name).cloned()),
            };
            let value = value.ok_or_else(|| {
                CtlError::not_found(
                    format!("{name} is not set in environment `{env_name}`"),
                    "`omgctl environment print-current` lists the remembered values",
                )
            })?;
            // Without a newline, as upstream, so `$(…)` and pipes get the bare value.
            use std::io::Write;
            let mut stdout = std::io::stdout();
            let _ = stdout.write_all(value.as_bytes());
            let _ = stdout.flush();
            Ok(Out::default())
        }
    }
}

/// `<ROLE>_PASSWORD` / `<ROLE>_TOKEN` from the credential store.
pub(crate) fn secret_variable(
    ctx: &Ctx,
    env: &str,
    name: &str,
) -> Result<Option<String>, CtlError> {
    for role in Role::ALL {
        for secret in [Secret::Password, Secret::Token] {
            if name == format!("{}_{}", role.upper(), secret.upper()) {
                return Ok(ctx.store.secret(env, role, secret)?.map(|(v, _)| v));
            }
        }
    }
    Ok(None)
}

pub(crate) fn env_set(ctx: &Ctx) -> Result<Out, CtlError> {
    let (name, env) = ctx.env()?;
    Ok(
        Out::new(json!({"environment_name": name, "service_url": env.service_url}))
            .id(name.clone())
            .kv(&[
                ("ENVIRONMENT_NAME", name.clone()),
                ("SERVICE_URL", env.service_url.clone()),
            ])
            .message(format!(
                "Environment was set, NAME={name}, SERVICE_URL={}",
                env.service_url
            )),
    )
}

pub(crate) fn print_current_env(ctx: &Ctx) -> Result<Out, CtlError> {
    let (name, env) = ctx.env()?;
    let mut rows = vec![
        ("ENVIRONMENT_NAME", name.clone()),
        ("SERVICE_URL", env.service_url.clone()),
    ];
    let mut json_vars = serde_json::Map::new();
    for (k, v) in &env.variables {
        rows.push((k.as_str(), v.clone()));
        json_vars.insert(k.clone(), Value::String(v.clone()));
    }
    let mut creds = Vec::new();
    let mut json_creds = serde_json::Map::new();
    for role in Role::ALL {
        let c = credential_status(ctx, &name, role)?;
        creds.push(vec![
            role.name().to_owned(),
            c.user.clone().unwrap_or_else(|| "-".into()),
            shown(&c.user_source),
            shown(&c.password_source),
            shown(&c.token_source),
        ]);
        json_creds.insert(role.name().to_owned(), c.json());
    }
    let json = json!({
        "environment_name": name,
        "service_url": env.service_url,
        "variables": json_vars,
        "credentials": json_creds,
        "config_file": ctx.store.paths.config_file().display().to_string(),
    });
    Ok(Out::new(json).id(name.clone()).kv(&rows).table(
        Some("Credentials"),
        list_table(
            &["ROLE", "USER", "USER FROM", "PASSWORD FROM", "TOKEN FROM"],
            creds,
        ),
    ))
}

/// A role's credentials and where each comes from (`None`: there is none; `null` in JSON, `-`
/// in tables).
pub(crate) struct CredentialStatus {
    pub(crate) user: Option<String>,
    pub(crate) user_source: Option<String>,
    pub(crate) password_source: Option<String>,
    pub(crate) token_source: Option<String>,
}

/// A source as tables show it.
pub(crate) fn shown(source: &Option<String>) -> String {
    source.clone().unwrap_or_else(|| "-".to_owned())
}

impl CredentialStatus {
    pub(crate) fn json(&self) -> Value {
        json!({"user": self.user, "user_source": self.user_source,
               "password_source": self.password_source, "token_source": self.token_source})
    }
}

pub(crate) fn credential_status(
    ctx: &Ctx,
    env: &str,
    role: Role,
) -> Result<CredentialStatus, CtlError> {
    let user = ctx.user(role);
    let describe = |src: Option<Source>, what: &str| {
        src.map(|s| s.describe(&format!("OMGCTL_{}_{what}", role.upper())))
    };
    let user_source = match &user {
        Some((_, Source::Env)) => describe(Some(Source::Env), "USER"),
        Some(_) => Some("config file".to_owned()),
        None => None,
    };
    let password = ctx
        .store
        .secret(env, role, Secret::Password)?
        .map(|(_, s)| s);
    let token = ctx.store.secret(env, role, Secret::Token)?.map(|(_, s)| s);
    Ok(CredentialStatus {
        user: user.map(|(u, _)| u),
        user_source,
        password_source: describe(password, "PASSWORD"),
        token_source: describe(token, "TOKEN"),
    })
}
