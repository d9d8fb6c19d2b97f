//! Runs a parsed command: calls the endpoint of wire reference §14.3, remembers what upstream's
//! ctl would have stored, and prints the result.

use std::io::{BufRead, IsTerminal, Read};
use std::time::{Duration, Instant};

use omgservers_types::details::BuildState;
use omgservers_types::{admin, details, developer as dev, support, Empty};
use serde_json::{json, Value};

use crate::archive;
use crate::cli::{
    AdminCommand, CascadeArgs, Cli, Command, CredentialsArgs, DeleteArgs, DeveloperCommand,
    EnvironmentCommand, SupportCommand,
};
use crate::client::{body, parse, Body, Ctx};
use crate::error::CtlError;
use crate::store::{Paths, Role, Secret, Source, Store};
use crate::ui::{kv_table, list_table, Out, Ui};

pub const PUBLIC_URL: &str = "https://api.omgservers.com";

/// Runs the command and returns its exit code.
pub fn run(cli: Cli) -> u8 {
    let mut ui = Ui::new(cli.global.output.clone(), cli.global.color);
    ui.verbose = cli.global.verbose;
    ui.no_headers = cli.global.no_headers;
    ui.request_timeout = cli.global.request_timeout;
    match execute(cli, &ui) {
        Ok(out) => {
            ui.print(&out);
            0
        }
        Err(e) => {
            ui.error(&e.to_string(), &e.hint());
            e.exit_code()
        }
    }
}

fn execute(cli: Cli, ui: &Ui) -> Result<Out, CtlError> {
    if let Command::Completions { shell } = cli.command {
        let mut cmd = crate::cli::command();
        clap_complete::generate(shell, &mut cmd, "omgctl", &mut std::io::stdout());
        return Ok(Out::default());
    }
    let store = Store::load(Paths::discover()?)?;
    let mut ctx = Ctx::new(store, cli.global.env.clone(), ui.clone());
    let out = match cli.command {
        Command::Completions { .. } => Ok(Out::default()),
        Command::Logs { lines, clear } => logs(&ctx, lines, clear),
        Command::Environment(c) => environment(&mut ctx, c),
        Command::Admin(c) => admin_cmd(&mut ctx, c),
        Command::Support(c) => support_cmd(&mut ctx, c),
        Command::Developer(c) => developer_cmd(&mut ctx, c),
    }?;
    ctx.remember_explicit()?;
    Ok(out)
}

// --- logs ------------------------------------------------------------------------------------

fn logs(ctx: &Ctx, lines: usize, clear: bool) -> Result<Out, CtlError> {
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

// --- environment -----------------------------------------------------------------------------

fn use_environment(ctx: &mut Ctx, name: &str, url: &str) -> Result<(), CtlError> {
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

fn environment(ctx: &mut Ctx, c: EnvironmentCommand) -> Result<Out, CtlError> {
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
fn secret_variable(ctx: &Ctx, env: &str, name: &str) -> Result<Option<String>, CtlError> {
    for role in Role::ALL {
        for secret in [Secret::Password, Secret::Token] {
            if name == format!("{}_{}", role.upper(), secret.upper()) {
                return Ok(ctx.store.secret(env, role, secret)?.map(|(v, _)| v));
            }
        }
    }
    Ok(None)
}

fn env_set(ctx: &Ctx) -> Result<Out, CtlError> {
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

fn print_current_env(ctx: &Ctx) -> Result<Out, CtlError> {
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
            c.user_source.clone(),
            c.password_source.clone(),
            c.token_source.clone(),
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

struct CredentialStatus {
    user: Option<String>,
    user_source: String,
    password_source: String,
    token_source: String,
}

impl CredentialStatus {
    fn json(&self) -> Value {
        json!({"user": self.user, "user_source": self.user_source,
               "password_source": self.password_source, "token_source": self.token_source})
    }
}

fn credential_status(ctx: &Ctx, env: &str, role: Role) -> Result<CredentialStatus, CtlError> {
    let user = ctx.user(role);
    let describe = |src: Option<Source>, what: &str| match src {
        Some(s) => s.describe(&format!("OMGCTL_{}_{what}", role.upper())),
        None => "-".to_owned(),
    };
    let user_source = match &user {
        Some((_, Source::Env)) => describe(Some(Source::Env), "USER"),
        Some(_) => "config file".to_owned(),
        None => "-".to_owned(),
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

// --- credentials -----------------------------------------------------------------------------

/// Stores a role's user (config) and password (keyring or file).
fn store_credentials(
    ctx: &mut Ctx,
    role: Role,
    user: &str,
    password: &str,
) -> Result<Source, CtlError> {
    let (env_name, _) = ctx.env()?;
    ctx.remember(&[(&format!("{}_USER", role.upper()), user.to_owned())])?;
    ctx.store
        .set_secret(&env_name, role, Secret::Password, password)
}

fn read_password(ctx: &Ctx, role: Role, args: &CredentialsArgs) -> Result<String, CtlError> {
    if let Some(p) = &args.password {
        ctx.ui.warn(
            "a password given as an argument is visible to other users and kept in shell history; \
             prefer the prompt or --password-stdin",
        );
        return Ok(p.clone());
    }
    if args.password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| CtlError::io("cannot read the password from stdin", e))?;
        let p = line.trim_end_matches(['\r', '\n']).to_owned();
        if p.is_empty() {
            return Err(CtlError::usage(
                "--password-stdin read an empty password",
                "pipe the password in: echo \"$PASSWORD\" | omgctl … --password-stdin",
            ));
        }
        return Ok(p);
    }
    if can_prompt() {
        return dialoguer::Password::new()
            .with_prompt(format!("{} password for {}", role.name(), args.user))
            .interact()
            .map_err(prompt_failed("cannot read the password"));
    }
    Err(CtlError::usage(
        "no password given and stdin is not a terminal to prompt on",
        format!(
            "pass --password-stdin (echo \"$PASSWORD\" | omgctl {} use-credentials {} --password-stdin) or set OMGCTL_{}_PASSWORD",
            role.name(),
            args.user,
            role.upper()
        ),
    ))
}

fn use_credentials(ctx: &mut Ctx, role: Role, args: CredentialsArgs) -> Result<Out, CtlError> {
    if role == Role::Developer && args.user.trim().parse::<i64>().is_err() {
        return Err(CtlError::usage(
            format!("developer user `{}` is not a numeric user id", args.user),
            "developers sign in with the user id `omgctl support create-developer` printed",
        ));
    }
    let password = read_password(ctx, role, &args)?;
    // Checked first: credentials the server refuses are not stored.
    let token = ctx.request_token(role, &args.user, password.clone())?;
    let source = store_credentials(ctx, role, &args.user, &password)?;
    let (env_name, _) = ctx.env()?;
    let token_source = Some(
        ctx.store
            .set_secret(&env_name, role, Secret::Token, &token)?,
    );
    let user_var = format!("{}_USER", role.upper());
    Ok(Out::new(
        json!({"user": args.user, "password_source": source.describe(""),
                        "token_source": token_source.map(|s| s.describe(""))}),
    )
    .id(args.user.clone())
    .kv(&[
        (user_var.as_str(), args.user.clone()),
        ("STORED IN", source.describe("")),
    ])
    .message(format!(
        "Credentials were stored and a token created, {user_var}={}, ENVIRONMENT={env_name}",
        args.user
    )))
}

fn print_current_role(ctx: &Ctx, role: Role) -> Result<Out, CtlError> {
    let (env_name, _) = ctx.env()?;
    let c = credential_status(ctx, &env_name, role)?;
    let Some(user) = c.user.clone() else {
        return Err(CtlError::NotAuthenticated {
            message: format!("no {} user in environment `{env_name}`", role.name()),
            hint: format!(
                "run `omgctl {} use-credentials <user>` or set OMGCTL_{}_USER",
                role.name(),
                role.upper()
            ),
        });
    };
    let with_token = if c.token_source == "-" {
        "without token"
    } else {
        "token exists"
    };
    let user_var = format!("{}_USER", role.upper());
    Ok(Out::new(c.json())
        .id(user.clone())
        .kv(&[
            (user_var.as_str(), user.clone()),
            ("USER FROM", c.user_source.clone()),
            ("PASSWORD FROM", c.password_source.clone()),
            ("TOKEN FROM", c.token_source.clone()),
        ])
        .message(format!(
            "Current {} was found, {user_var}={user}, ({with_token})",
            role.name()
        )))
}

fn create_token_cmd(ctx: &mut Ctx, role: Role) -> Result<Out, CtlError> {
    let (_, stored) = ctx.create_token(role)?;
    let source = stored.map(|s| s.describe("")).unwrap_or_default();
    Ok(Out::new(json!({"token_source": source}))
        .kv(&[("TOKEN STORED IN", source.clone())])
        .message(format!("{} token was created", role.name())))
}

// --- helpers ---------------------------------------------------------------------------------

/// An argument (remembered as the next commands' default once the command succeeded), or the
/// remembered variable, or a usage error naming both.
fn or_var(
    ctx: &mut Ctx,
    value: Option<String>,
    var: &str,
    produced_by: &str,
) -> Result<String, CtlError> {
    if let Some(v) = value {
        ctx.remember_on_success(var, &v);
        return Ok(v);
    }
    ctx.variable(var).ok_or_else(|| {
        CtlError::usage(
            format!(
                "missing <{}> and no {var} is remembered",
                var.to_ascii_lowercase()
            ),
            format!("pass it, or run `{produced_by}` first"),
        )
    })
}

fn or_var_id(
    ctx: &mut Ctx,
    value: Option<i64>,
    var: &str,
    produced_by: &str,
) -> Result<i64, CtlError> {
    let s = or_var(ctx, value.map(|v| v.to_string()), var, produced_by)?;
    s.parse().map_err(|_| {
        CtlError::usage(
            format!("remembered {var}={s} is not a numeric id"),
            "pass the id explicitly",
        )
    })
}

/// Whether a person can be asked: stdin and stderr are a terminal.
fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A failed prompt: Ctrl-C is `Interrupted` (exit 130), anything else an I/O error saying `what`.
fn prompt_failed(what: &'static str) -> impl Fn(dialoguer::Error) -> CtlError {
    move |e| match e {
        dialoguer::Error::IO(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            CtlError::Interrupted
        }
        dialoguer::Error::IO(e) => CtlError::io(what, e),
    }
}

/// Asks `question` on a terminal (default: no); without one, only `yes` lets `what` go.
fn confirm(yes: bool, question: &str, what: &str) -> Result<(), CtlError> {
    if yes {
        return Ok(());
    }
    if !can_prompt() {
        return Err(CtlError::usage(
            format!("not deleting {what}: no terminal to confirm on"),
            "pass --yes (or set OMGCTL_YES=1) to delete without asking",
        ));
    }
    let sure = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(prompt_failed("cannot read the answer"))?;
    if sure {
        Ok(())
    } else {
        Err(CtlError::failed("nothing was deleted", ""))
    }
}

fn confirm_delete(args: DeleteArgs, what: &str) -> Result<(), CtlError> {
    confirm(args.yes, &format!("Delete {what}?"), what)
}

/// A delete that cascades (tenant, project, stage, deployment).
struct Cascading<'a> {
    role: Role,
    op: &'static str,
    request: Value,
    /// "Project", and its id or alias as given.
    what: &'static str,
    id: &'a str,
    /// What the confirmation asks about.
    question: String,
    /// The remembered variable naming the object, and those of what lies under it.
    var: &'static str,
    under: &'static [&'static str],
}

/// Asks (unless --yes; a dry run asks nothing), deletes and forgets the remembered values of
/// what went — or, with --dry-run, prints what would go and changes nothing.
fn delete_cascading(
    ctx: &mut Ctx,
    c: Cascading<'_>,
    delete: DeleteArgs,
    cascade: CascadeArgs,
) -> Result<Out, CtlError> {
    let mut request = c.request;
    if cascade.dry_run {
        request["dry_run"] = json!(true);
        let v = ctx.call(c.role, c.op, request)?;
        return would_delete(v, c.what, c.id, delete);
    }
    confirm_delete(delete, &c.question)?;
    let v = ctx.call(c.role, c.op, request)?;
    gone(ctx, deleted(v, c.what, c.id, delete)?, c.var, c.id, c.under)
}

/// What a dry run answered: the counts of what would be deleted; a missing object as
/// [`deleted`] treats it.
fn would_delete(value: Value, what: &str, id: &str, args: DeleteArgs) -> Result<Out, CtlError> {
    let r: support::DeletedResponse = parse(value.clone())?;
    let Some(c) = r.would_delete else {
        return deleted(value, what, id, args);
    };
    let rows = [
        ("PROJECTS", c.projects),
        ("STAGES", c.stages),
        ("VERSIONS", c.versions),
        ("DEPLOYMENTS", c.deployments),
        ("LOBBIES", c.lobbies),
        ("MATCHMAKERS", c.matchmakers),
        ("RUNTIMES", c.runtimes),
        ("CLIENTS", c.clients),
    ];
    let rows: Vec<(&str, String)> = rows.iter().map(|(k, n)| (*k, n.to_string())).collect();
    Ok(Out::new(value).id("false").kv(&rows).message(format!(
        "Dry run: nothing was deleted; deleting {} {id} would also remove the above",
        what.to_lowercase()
    )))
}

/// `delete-project` as support or as a developer (the same request in both areas).
fn delete_project(
    ctx: &mut Ctx,
    role: Role,
    tenant: &str,
    project: &str,
    delete: DeleteArgs,
    cascade: CascadeArgs,
) -> Result<Out, CtlError> {
    let c = Cascading {
        role,
        op: "delete-project",
        request: body(&support::DeleteProjectRequest {
            tenant: tenant.into(),
            project: project.into(),
            dry_run: false,
        })?,
        what: "Project",
        id: project,
        question: format!("project {project} of tenant {tenant} and everything under it (stages, versions, deployments, their runtimes)"),
        var: "PROJECT",
        under: &["STAGE", "VERSION", "DEPLOYMENT", "FILES_ARCHIVE", "BUILD_REQUEST"],
    };
    delete_cascading(ctx, c, delete, cascade)
}

/// Every item of a paginated list endpoint (`support::ListRequest`), page after page, or the
/// first `limit` of them.
pub fn list_all(
    ctx: &mut Ctx,
    role: Role,
    op: &str,
    field: &str,
    limit: Option<u32>,
) -> Result<Vec<Value>, CtlError> {
    list_all_in(ctx, role, op, json!({}), field, limit)
}

/// [`list_all`] with more fields in every page's request (the list's scope).
pub fn list_all_in(
    ctx: &mut Ctx,
    role: Role,
    op: &str,
    scope: Value,
    field: &str,
    limit: Option<u32>,
) -> Result<Vec<Value>, CtlError> {
    /// The server's largest page: as few round trips as it allows.
    const PAGE: u32 = 1000;
    let wanted = limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
    let mut items = Vec::new();
    let mut cursor = None;
    while items.len() < wanted {
        let left = u32::try_from(wanted - items.len()).unwrap_or(PAGE);
        let mut request = scope.clone();
        request["limit"] = json!(left.min(PAGE));
        if let Some(c) = cursor.take() {
            request["cursor"] = json!(c);
        }
        let page = ctx.call(role, op, request)?;
        if let Some(list) = page.get(field).and_then(Value::as_array) {
            items.extend(list.iter().cloned());
        }
        match page.get("next_cursor").and_then(Value::as_str) {
            Some(next) => cursor = Some(next.to_owned()),
            None => break,
        }
    }
    Ok(items)
}

/// After a delete: the remembered `var` (and what belonged under it) is forgotten when it named
/// the deleted object, so no later command defaults to something that is gone.
fn gone(ctx: &mut Ctx, out: Out, var: &str, value: &str, under: &[&str]) -> Result<Out, CtlError> {
    ctx.forget_deleted(var, value, under)?;
    Ok(out)
}

/// What a delete answered; a missing object exits 3 unless `--ignore-not-found`.
fn deleted(value: Value, what: &str, id: &str, args: DeleteArgs) -> Result<Out, CtlError> {
    let r: support::DeletedResponse = parse(value.clone())?;
    let msg = if r.deleted {
        format!("{what} {id} was deleted")
    } else if args.ignore_not_found {
        format!("{what} {id} was not found, nothing was deleted")
    } else {
        return Err(CtlError::not_found(
            format!("{what} {id} was not found, nothing was deleted"),
            "--ignore-not-found exits 0 when there is nothing to delete",
        ));
    };
    Ok(Out::new(value)
        .id(r.deleted.to_string())
        .kv(&[("DELETED", r.deleted.to_string())])
        .message(msg))
}

fn empty_ok(value: Value, message: String) -> Out {
    let json = if value.is_null() { json!({}) } else { value };
    Out::new(json).message(message)
}

fn aliases(list: &[details::AliasDto]) -> String {
    list.iter()
        .map(|a| a.value.clone())
        .collect::<Vec<_>>()
        .join(", ")
}

fn permissions_out<T: std::fmt::Display>(value: Value, list: &[T], verb: &str) -> Out {
    let names: Vec<String> = list.iter().map(ToString::to_string).collect();
    let joined = names.join(",");
    Out::new(value)
        .id(joined.clone())
        .table(
            None,
            list_table(
                &["PERMISSION"],
                names.iter().map(|n| vec![n.clone()]).collect(),
            ),
        )
        .message(if names.is_empty() {
            format!("No permission was {verb} (they already were)")
        } else {
            format!("Permissions were {verb}: {joined}")
        })
}

// --- admin -----------------------------------------------------------------------------------

fn admin_cmd(ctx: &mut Ctx, c: AdminCommand) -> Result<Out, CtlError> {
    let r = Role::Admin;
    match c {
        AdminCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        AdminCommand::PrintCurrent => print_current_role(ctx, r),
        AdminCommand::CreateToken => create_token_cmd(ctx, r),
        AdminCommand::CalculateShard { key } => {
            let v = ctx.call(
                r,
                "calculate-shard",
                body(&admin::CalculateShardRequest { shard_key: key })?,
            )?;
            let resp: admin::CalculateShardResponse = parse(v.clone())?;
            ctx.remember(&[
                ("SHARD_INDEX", resp.shard_index.to_string()),
                ("SERVER_URI", resp.server_uri.clone()),
            ])?;
            Ok(Out::new(v).id(resp.shard_index.to_string()).kv(&[
                ("SHARD_INDEX", resp.shard_index.to_string()),
                ("SERVER_URI", resp.server_uri),
            ]))
        }
        AdminCommand::GenerateId => {
            let v = ctx.call(r, "generate-id", body(&Empty)?)?;
            let resp: admin::GenerateIdResponse = parse(v.clone())?;
            ctx.remember(&[("GENERATED_ID", resp.id.to_string())])?;
            Ok(Out::new(v)
                .id(resp.id.to_string())
                .kv(&[("GENERATED_ID", resp.id.to_string())]))
        }
        AdminCommand::BcryptHash { value } => {
            let v = ctx.call(r, "bcrypt-hash", body(&admin::BcryptHashRequest { value })?)?;
            let resp: admin::BcryptHashResponse = parse(v.clone())?;
            ctx.remember(&[("BCRYPTED_HASH", resp.hash.clone())])?;
            Ok(Out::new(v)
                .id(resp.hash.clone())
                .kv(&[("BCRYPTED_HASH", resp.hash)]))
        }
        AdminCommand::PingDockerHost { uri } => {
            let v = ctx.call(
                r,
                "ping-docker-host",
                body(&admin::PingDockerHostRequest {
                    docker_daemon_uri: uri,
                })?,
            )?;
            let resp: admin::PingDockerHostResponse = parse(v.clone())?;
            ctx.remember(&[("SUCCESSFUL", resp.successful.to_string())])?;
            Ok(Out::new(v).id(resp.successful.to_string()).kv(&[
                ("SUCCESSFUL", resp.successful.to_string()),
                ("FROM_SERVER", resp.from_server),
            ]))
        }
        AdminCommand::GetPoolHosts => {
            let v = ctx.call(r, "get-pool-hosts", body(&Empty)?)?;
            let resp: admin::GetPoolHostsResponse = parse(v.clone())?;
            if resp.hosts.is_empty() {
                ctx.ui.note(
                    "The pool has no hosts; add one with `omgctl admin create-pool-host <uri> …`",
                );
            }
            let ids: Vec<String> = resp.hosts.iter().map(|h| h.id.to_string()).collect();
            let mut out = Out::new(v).id(ids.join("\n")).table(
                None,
                list_table(
                    &["ID", "URI", "STATUS", "CONTAINERS", "CPUS", "MEMORY MB"],
                    resp.hosts.iter().map(pool_host_row).collect(),
                ),
            );
            let errors: Vec<Vec<String>> = resp
                .hosts
                .iter()
                .filter_map(|h| {
                    h.last_error
                        .as_ref()
                        .map(|e| vec![h.id.to_string(), e.clone()])
                })
                .collect();
            if !errors.is_empty() {
                out = out.table(Some("Last errors"), list_table(&["ID", "ERROR"], errors));
            }
            Ok(out)
        }
        AdminCommand::GetCluster => {
            let v = ctx.call(r, "get-cluster", body(&Empty)?)?;
            let resp: admin::GetClusterResponse = parse(v.clone())?;
            let uris: Vec<String> = resp.nodes.iter().map(|n| n.server_uri.clone()).collect();
            let rows = resp
                .nodes
                .iter()
                .map(|n| {
                    vec![
                        n.server_uri.clone(),
                        n.instance_id.to_string(),
                        n.alive.to_string(),
                        n.draining.to_string(),
                        n.slots.len().to_string(),
                        slot_ranges(&n.slots),
                    ]
                })
                .collect();
            let mut out = Out::new(v).id(uris.join("\n")).table(
                None,
                list_table(
                    &["URI", "INSTANCE", "ALIVE", "DRAINING", "SLOTS", "WHICH"],
                    rows,
                ),
            );
            if !resp.unowned_slots.is_empty() {
                out = out.kv(&[("UNOWNED_SLOTS", slot_ranges(&resp.unowned_slots))]);
            }
            Ok(out)
        }
        AdminCommand::DrainNode { uri, undo } => {
            let v = ctx.call(
                r,
                "drain-node",
                body(&admin::DrainNodeRequest {
                    server_uri: uri,
                    draining: !undo,
                })?,
            )?;
            let resp: admin::DrainNodeResponse = parse(v.clone())?;
            Ok(Out::new(v)
                .id(resp.nodes.to_string())
                .kv(&[("NODES", resp.nodes.to_string())]))
        }
        AdminCommand::CreatePoolHost {
            uri,
            cpus,
            memory_mb,
            max_containers,
        } => {
            let v = ctx.call(
                r,
                "create-pool-host",
                body(&admin::CreatePoolHostRequest {
                    docker_daemon_uri: uri,
                    cpu_count: cpus,
                    memory_size: memory_mb,
                    max_containers,
                })?,
            )?;
            let host = parse::<admin::PoolHostResponse>(v.clone())?.host;
            if !host.reachable {
                ctx.ui.warn(&format!(
                    "the host does not answer ({}); it was added and gets runtimes once it does",
                    host.last_error.as_deref().unwrap_or("no answer")
                ));
            }
            let id = host.id.to_string();
            Ok(pool_host_out(v, &host).message(format!("Pool host was added, ID={id}")))
        }
        AdminCommand::DrainPoolHost { id, undo } => {
            let v = ctx.call(
                r,
                "drain-pool-host",
                body(&admin::DrainPoolHostRequest {
                    id: id.into(),
                    draining: !undo,
                })?,
            )?;
            let host = parse::<admin::PoolHostResponse>(v.clone())?.host;
            let message = if undo {
                format!("Pool host {id} is back in service")
            } else {
                format!(
                    "Pool host {id} is draining: no new runtimes; {} container(s) still run on it",
                    host.containers
                )
            };
            Ok(pool_host_out(v, &host).message(message))
        }
        AdminCommand::DeletePoolHost { id, delete } => {
            confirm_delete(delete, &format!("pool host {id}"))?;
            let v = ctx.call(
                r,
                "delete-pool-host",
                body(&admin::DeletePoolHostRequest { id: id.into() })?,
            )?;
            deleted(v, "Pool host", &id.to_string(), delete)
        }
    }
}

/// A pool host's status words: reachable or not, and draining.
fn pool_host_status(h: &admin::PoolHostDto) -> String {
    let mut words = vec![if h.reachable {
        "reachable"
    } else {
        "unreachable"
    }];
    if h.draining {
        words.push("draining");
    }
    words.join(", ")
}

/// CPU limits in ms per 100 ms (100 = one CPU) as CPUs, e.g. `1.5`.
fn cpus(per_100ms: i64) -> String {
    let whole = per_100ms / 100;
    let rest = per_100ms % 100;
    if rest == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{}", format!("{rest:02}").trim_end_matches('0'))
    }
}

fn pool_host_row(h: &admin::PoolHostDto) -> Vec<String> {
    vec![
        h.id.to_string(),
        h.docker_daemon_uri.clone(),
        pool_host_status(h),
        format!("{}/{}", h.containers, h.max_containers),
        format!("{}/{}", cpus(h.cpu_used), h.cpu_count),
        format!("{}/{}", h.memory_used, h.memory_size),
    ]
}

fn pool_host_out(v: Value, h: &admin::PoolHostDto) -> Out {
    let mut rows = vec![
        ("ID", h.id.to_string()),
        ("URI", h.docker_daemon_uri.clone()),
        ("STATUS", pool_host_status(h)),
        (
            "CONTAINERS",
            format!("{}/{}", h.containers, h.max_containers),
        ),
        ("CPUS", format!("{}/{}", cpus(h.cpu_used), h.cpu_count)),
        ("MEMORY MB", format!("{}/{}", h.memory_used, h.memory_size)),
    ];
    if let Some(e) = &h.last_error {
        rows.push(("LAST ERROR", e.clone()));
    }
    rows.push(("CREATED", h.created.clone()));
    Out::new(v).id(h.id.to_string()).kv(&rows)
}

// --- support ---------------------------------------------------------------------------------

fn support_cmd(ctx: &mut Ctx, c: SupportCommand) -> Result<Out, CtlError> {
    let r = Role::Support;
    match c {
        SupportCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        SupportCommand::PrintCurrent => print_current_role(ctx, r),
        SupportCommand::CreateToken => create_token_cmd(ctx, r),
        SupportCommand::CreateTenant => {
            let v = ctx.call(r, "create-tenant", body(&Empty)?)?;
            let resp: support::CreateTenantResponse = parse(v.clone())?;
            let id = resp.id.to_string();
            ctx.remember(&[("TENANT", id.clone())])?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[("TENANT", id.clone())])
                .message(format!("Tenant was created, TENANT={id}")))
        }
        SupportCommand::CreateTenantAlias { tenant_id, alias } => {
            let v = ctx.call(
                r,
                "create-tenant-alias",
                body(&support::CreateTenantAliasRequest {
                    tenant_id: tenant_id.into(),
                    alias: alias.clone(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                format!("Tenant alias was created, {tenant_id} = {alias}"),
            ))
        }
        SupportCommand::DeleteTenant {
            tenant,
            delete,
            cascade,
        } => {
            let c = Cascading {
                role: r,
                op: "delete-tenant",
                request: body(&support::DeleteTenantRequest {
                    tenant: tenant.as_str().into(),
                    dry_run: false,
                })?,
                what: "Tenant",
                id: &tenant,
                question: format!("tenant {tenant} and everything under it (projects, stages, versions, deployments, their runtimes and containers)"),
                var: "TENANT",
                under: &[
                    "PROJECT",
                    "STAGE",
                    "VERSION",
                    "DEPLOYMENT",
                    "FILES_ARCHIVE",
                    "BUILD_REQUEST",
                ],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        SupportCommand::CreateProject { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", "omgctl support create-tenant")?;
            let v = ctx.call(
                r,
                "create-project",
                body(&support::CreateProjectRequest {
                    tenant: tenant.as_str().into(),
                })?,
            )?;
            project_created(ctx, v)
        }
        SupportCommand::CreateProjectAlias {
            tenant,
            project_id,
            alias,
        } => {
            let v = ctx.call(
                r,
                "create-project-alias",
                body(&support::CreateProjectAliasRequest {
                    tenant: tenant.as_str().into(),
                    project_id: project_id.into(),
                    alias: alias.clone(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                format!("Project alias was created, {project_id} = {alias}"),
            ))
        }
        SupportCommand::DeleteProject {
            tenant,
            project,
            delete,
            cascade,
        } => delete_project(ctx, r, &tenant, &project, delete, cascade),
        SupportCommand::ListTenants { limit } => {
            crate::lists::list(ctx, &crate::lists::TENANTS, json!({}), limit)
        }
        SupportCommand::ListDevelopers { limit } => {
            crate::lists::list(ctx, &crate::lists::DEVELOPERS, json!({}), limit)
        }
        SupportCommand::CreateDeveloper => {
            let v = ctx.call(r, "create-developer", body(&Empty)?)?;
            let resp: support::CreateDeveloperResponse = parse(v.clone())?;
            let id = resp.user_id.to_string();
            // As upstream, the new developer becomes the stored developer login; say so when
            // that replaces another one.
            if let Some((previous, Source::File)) = ctx.user(Role::Developer) {
                if previous != id {
                    ctx.ui.warn(&format!(
                        "the stored developer login {previous} was replaced by the new developer {id}"
                    ));
                }
            }
            let source = store_credentials(ctx, Role::Developer, &id, &resp.password)?;
            // A token of the previous developer must not be used for the new one.
            let (env_name, _) = ctx.env()?;
            ctx.store
                .remove_secret(&env_name, Role::Developer, Secret::Token)?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[
                    ("DEVELOPER_USER", id.clone()),
                    (
                        "DEVELOPER_PASSWORD",
                        format!(
                            "stored in {} (omgctl environment print-variable DEVELOPER_PASSWORD)",
                            source.describe("")
                        ),
                    ),
                ])
                .message(format!("Developer was created, DEVELOPER_USER={id}")))
        }
        SupportCommand::DeleteDeveloper { user_id, delete } => {
            confirm_delete(delete, &format!("developer {user_id}"))?;
            let v = ctx.call(
                r,
                "delete-developer",
                body(&support::DeleteDeveloperRequest {
                    user_id: user_id.into(),
                })?,
            )?;
            let out = deleted(v, "Developer", &user_id.to_string(), delete)?;
            // The stored developer login of a deleted developer goes with it.
            if ctx.user(Role::Developer).map(|(u, _)| u) == Some(user_id.to_string()) {
                let (env_name, _) = ctx.env()?;
                for secret in [Secret::Password, Secret::Token] {
                    ctx.store
                        .remove_secret(&env_name, Role::Developer, secret)?;
                }
            }
            gone(ctx, out, "DEVELOPER_USER", &user_id.to_string(), &[])
        }
        SupportCommand::CreateTenantPermission {
            tenant,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "create-tenant-permissions",
                body(&support::CreateTenantPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                })?,
            )?;
            let resp: support::CreateTenantPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteTenantPermission {
            tenant,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "delete-tenant-permissions",
                body(&support::DeleteTenantPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                })?,
            )?;
            let resp: support::DeleteTenantPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
        SupportCommand::CreateProjectPermission {
            tenant,
            project,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "create-project-permissions",
                body(&support::CreateProjectPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                })?,
            )?;
            let resp: support::CreateProjectPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteProjectPermission {
            tenant,
            project,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "delete-project-permissions",
                body(&support::DeleteProjectPermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                })?,
            )?;
            let resp: support::DeleteProjectPermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
        SupportCommand::CreateStagePermission {
            tenant,
            project,
            stage,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "create-stage-permissions",
                body(&support::CreateStagePermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_create: permissions,
                })?,
            )?;
            let resp: support::CreateStagePermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.created_permissions, "created"))
        }
        SupportCommand::DeleteStagePermission {
            tenant,
            project,
            stage,
            user_id,
            permissions,
        } => {
            let v = ctx.call(
                r,
                "delete-stage-permissions",
                body(&support::DeleteStagePermissionsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    user_id: user_id.into(),
                    permissions_to_delete: permissions,
                })?,
            )?;
            let resp: support::DeleteStagePermissionsResponse = parse(v.clone())?;
            Ok(permissions_out(v, &resp.deleted_permissions, "deleted"))
        }
    }
}

fn project_created(ctx: &mut Ctx, v: Value) -> Result<Out, CtlError> {
    let resp: support::CreateProjectResponse = parse(v.clone())?;
    let (p, s) = (resp.project_id.to_string(), resp.stage_id.to_string());
    ctx.remember(&[("PROJECT", p.clone()), ("STAGE", s.clone())])?;
    Ok(Out::new(v)
        .id(p.clone())
        .kv(&[("PROJECT", p.clone()), ("STAGE", s.clone())])
        .message(format!("Project was created, PROJECT={p}, STAGE={s}")))
}

// --- developer -------------------------------------------------------------------------------

fn developer_cmd(ctx: &mut Ctx, c: DeveloperCommand) -> Result<Out, CtlError> {
    let r = Role::Developer;
    const T: &str = "omgctl support create-tenant";
    const P: &str = "omgctl developer create-project";
    const V: &str = "omgctl developer create-version";
    const D: &str = "omgctl developer deploy-version";
    match c {
        DeveloperCommand::UseCredentials(args) => use_credentials(ctx, r, args),
        DeveloperCommand::PrintCurrent => print_current_role(ctx, r),
        DeveloperCommand::CreateToken => create_token_cmd(ctx, r),
        DeveloperCommand::GetTenantDetails { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let v = ctx.call(
                r,
                "get-tenant-details",
                body(&dev::GetTenantDetailsRequest {
                    tenant: tenant.as_str().into(),
                })?,
            )?;
            let d = parse::<dev::GetTenantDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.tenant.id.to_string())
                .table(
                    Some("Tenant"),
                    kv_table(&[
                        ("ID", d.tenant.id.to_string()),
                        ("CREATED", d.tenant.created.clone()),
                        ("ALIASES", aliases(&d.tenant.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Projects"),
                    list_table(
                        &["ID", "ALIASES", "CREATED"],
                        d.projects
                            .iter()
                            .map(|p| vec![p.id.to_string(), aliases(&p.aliases), p.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::CreateProject { tenant } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let v = ctx.call(
                r,
                "create-project",
                body(&support::CreateProjectRequest {
                    tenant: tenant.as_str().into(),
                })?,
            )?;
            project_created(ctx, v)
        }
        DeveloperCommand::CreateProjectAlias {
            tenant,
            project_id,
            alias,
        } => {
            let v = ctx.call(
                r,
                "create-project-alias",
                body(&support::CreateProjectAliasRequest {
                    tenant: tenant.as_str().into(),
                    project_id: project_id.into(),
                    alias: alias.clone(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                format!("Project alias was created, {project_id} = {alias}"),
            ))
        }
        DeveloperCommand::GetProjectDetails { tenant, project } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let v = ctx.call(
                r,
                "get-project-details",
                body(&dev::GetProjectDetailsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                })?,
            )?;
            let d = parse::<dev::GetProjectDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.project.id.to_string())
                .table(
                    Some("Project"),
                    kv_table(&[
                        ("ID", d.project.id.to_string()),
                        ("TENANT", d.project.tenant_id.to_string()),
                        ("CREATED", d.project.created.clone()),
                        ("ALIASES", aliases(&d.project.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Stages"),
                    list_table(
                        &["ID", "ALIASES", "CREATED"],
                        d.stages
                            .iter()
                            .map(|s| vec![s.id.to_string(), aliases(&s.aliases), s.created.clone()])
                            .collect(),
                    ),
                )
                .table(
                    Some("Versions"),
                    list_table(
                        &["ID", "CREATED"],
                        d.versions
                            .iter()
                            .map(|v| vec![v.id.to_string(), v.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteProject {
            tenant,
            project,
            delete,
            cascade,
        } => delete_project(ctx, r, &tenant, &project, delete, cascade),
        DeveloperCommand::CreateStage { tenant, project } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let v = ctx.call(
                r,
                "create-stage",
                body(&dev::CreateStageRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                })?,
            )?;
            let id = parse::<dev::CreateStageResponse>(v.clone())?
                .stage_id
                .to_string();
            ctx.remember(&[("STAGE", id.clone())])?;
            Ok(Out::new(v)
                .id(id.clone())
                .kv(&[("STAGE", id.clone())])
                .message(format!("Stage was created, STAGE={id}")))
        }
        DeveloperCommand::CreateStageAlias {
            tenant,
            stage_id,
            alias,
        } => {
            let v = ctx.call(
                r,
                "create-stage-alias",
                body(&dev::CreateStageAliasRequest {
                    tenant: tenant.as_str().into(),
                    stage_id: stage_id.into(),
                    alias: alias.clone(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                format!("Stage alias was created, {stage_id} = {alias}"),
            ))
        }
        DeveloperCommand::GetStageDetails {
            tenant,
            project,
            stage,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let v = ctx.call(
                r,
                "get-stage-details",
                body(&dev::GetStageDetailsRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                })?,
            )?;
            let d = parse::<dev::GetStageDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.stage.id.to_string())
                .table(
                    Some("Stage"),
                    kv_table(&[
                        ("ID", d.stage.id.to_string()),
                        ("PROJECT", d.stage.project_id.to_string()),
                        ("CREATED", d.stage.created.clone()),
                        ("ALIASES", aliases(&d.stage.aliases)),
                    ]),
                )
                .table(
                    Some("Permissions"),
                    list_table(
                        &["USER", "PERMISSION", "CREATED"],
                        d.permissions
                            .iter()
                            .map(|p| {
                                vec![
                                    p.user_id.to_string(),
                                    p.permission.to_string(),
                                    p.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Deployments"),
                    list_table(
                        &["ID", "VERSION", "STATE", "CREATED"],
                        d.deployments
                            .iter()
                            .map(|x| {
                                vec![
                                    x.id.to_string(),
                                    x.version_id.to_string(),
                                    x.state.map_or("-".to_owned(), |s| s.to_string()),
                                    x.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteStage {
            tenant,
            project,
            stage,
            delete,
            cascade,
        } => {
            let c = Cascading {
                role: r,
                op: "delete-stage",
                request: body(&dev::DeleteStageRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    stage: stage.as_str().into(),
                    dry_run: false,
                })?,
                what: "Stage",
                id: &stage,
                question: format!("stage {stage} of project {project} with its deployments (their players are disconnected)"),
                var: "STAGE",
                under: &["DEPLOYMENT"],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        DeveloperCommand::CreateVersion {
            tenant,
            project,
            config,
            wait,
            timeout,
        } => {
            let text = if config.as_os_str() == "-" {
                let mut s = String::new();
                std::io::stdin()
                    .read_to_string(&mut s)
                    .map_err(|e| CtlError::io("cannot read the config from stdin", e))?;
                s
            } else {
                std::fs::read_to_string(&config)
                    .map_err(|e| CtlError::io(format!("cannot read {}", config.display()), e))?
            };
            let config_json: Value = serde_json::from_str(&text).map_err(|e| {
                CtlError::usage(
                    format!("{} is not JSON: {e}", config.display()),
                    "the version config is a JSON object with `modes` (wire reference §7.3)",
                )
            })?;
            let v = ctx.call(
                r,
                "create-version",
                body(&dev::CreateVersionRequest {
                    tenant: tenant.as_str().into(),
                    project: project.as_str().into(),
                    config: config_json,
                })?,
            )?;
            let version_id = parse::<dev::CreateVersionResponse>(v.clone())?
                .version_id
                .get();
            let id = version_id.to_string();
            ctx.remember(&[("VERSION", id.clone())])?;
            let out = Out::new(v).id(id.clone()).kv(&[("VERSION", id.clone())]);
            if !wait {
                return Ok(out.message(format!("Version was created, VERSION={id}")));
            }
            // Said now, not at the end: whoever pushes or uploads needs the id while we wait.
            ctx.ui
                .success(&format!("Version was created, VERSION={id}"));
            let details = get_version(ctx, &tenant, version_id)?;
            ctx.ui.note(&format!(
                "Push its image as omgservers/{}/{}/universal:{id} to the server's registry, \
                 or upload its files with `omgctl developer upload-files-archive {tenant} {id} <dir>`",
                details.version.tenant_id, details.version.project_id
            ));
            wait_for_image(
                ctx,
                &tenant,
                version_id,
                Instant::now() + timeout,
                timeout,
                "the version exists (VERSION is remembered); push or upload, then deploy",
            )?;
            Ok(out)
        }
        DeveloperCommand::UploadFilesArchive {
            tenant,
            version_id,
            dir,
            format,
            wait,
            timeout,
        } => {
            let verbose = ctx.ui.verbose;
            let (out, build) = upload(ctx, tenant.clone(), version_id, &dir, format, verbose)?;
            if wait {
                let deadline = Instant::now() + timeout;
                // Shown now: the wait may be long and the upload itself has succeeded.
                if let Some(m) = &out.message {
                    ctx.ui.success(m);
                }
                follow_build(ctx, &tenant, version_id, build, deadline, timeout)?;
                return Ok(Out {
                    message: None,
                    ..out
                });
            }
            Ok(out)
        }
        DeveloperCommand::GetBuildLog {
            tenant,
            build_request_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let id = or_var_id(
                ctx,
                build_request_id,
                "BUILD_REQUEST",
                "omgctl developer upload-files-archive",
            )?;
            let v = get_build_log(ctx, &tenant, id)?;
            let b: dev::GetBuildLogResponse = parse(v.clone())?;
            let image = b
                .image_id
                .as_deref()
                .map(|i| format!(", image {i}"))
                .unwrap_or_default();
            ctx.ui.note(&format!(
                "Build {id} of version {} is {}{image}",
                b.version_id, b.state
            ));
            Ok(Out::new(v).id(b.state.to_string()).raw(b.log))
        }
        DeveloperCommand::GetVersionDetails { tenant, version_id } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let version_id = or_var_id(ctx, version_id, "VERSION", V)?;
            let v = ctx.call(
                r,
                "get-version-details",
                body(&dev::GetVersionDetailsRequest {
                    tenant: tenant.as_str().into(),
                    version_id: version_id.into(),
                })?,
            )?;
            let d = parse::<dev::GetVersionDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.version.id.to_string())
                .table(
                    Some("Version"),
                    kv_table(&[
                        ("ID", d.version.id.to_string()),
                        ("PROJECT", d.version.project_id.to_string()),
                        ("CREATED", d.version.created.clone()),
                    ]),
                )
                .table(
                    Some("Build requests"),
                    list_table(
                        &["ID", "QUALIFIER", "BUILD", "STATE", "CREATED"],
                        d.build_requests
                            .iter()
                            .map(|b| {
                                vec![
                                    b.id.to_string(),
                                    b.qualifier.to_string(),
                                    b.build_number.to_string(),
                                    b.state.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                                    b.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                )
                .table(
                    Some("Images"),
                    list_table(
                        &["ID", "QUALIFIER", "IMAGE", "CREATED"],
                        d.images
                            .iter()
                            .map(|i| {
                                vec![
                                    i.id.to_string(),
                                    i.qualifier.to_string(),
                                    i.image_id.clone(),
                                    i.created.clone(),
                                ]
                            })
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::DeleteVersion {
            tenant,
            version_id,
            delete,
        } => {
            confirm_delete(delete, &format!("version {version_id}"))?;
            let v = ctx.call(
                r,
                "delete-version",
                body(&dev::DeleteVersionRequest {
                    tenant: tenant.as_str().into(),
                    id: version_id.into(),
                })?,
            )?;
            gone(
                ctx,
                deleted(v, "Version", &version_id.to_string(), delete)?,
                "VERSION",
                &version_id.to_string(),
                &["FILES_ARCHIVE", "BUILD_REQUEST"],
            )
        }
        DeveloperCommand::DeployVersion {
            tenant,
            project,
            stage,
            version_id,
            wait,
            timeout,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let version_id = or_var_id(ctx, version_id, "VERSION", V)?;
            let target = Target {
                tenant: &tenant,
                project: &project,
                stage: &stage,
            };
            deploy(ctx, &target, version_id, wait.then_some(timeout))
        }
        DeveloperCommand::Rollback {
            tenant,
            project,
            stage,
            to_version,
            wait,
            timeout,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let target = Target {
                tenant: &tenant,
                project: &project,
                stage: &stage,
            };
            let version_id = match to_version {
                Some(v) => v,
                None => previous_version(ctx, &target)?,
            };
            ctx.ui
                .note(&format!("Rolling back to version {version_id}"));
            deploy(ctx, &target, version_id, wait.then_some(timeout))
        }
        DeveloperCommand::GetDeploymentDetails {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_deployment(ctx, &tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v.clone())?.details;
            Ok(Out::new(v)
                .id(d.deployment.id.to_string())
                .table(
                    Some("Deployment"),
                    kv_table(&[
                        ("ID", d.deployment.id.to_string()),
                        ("STAGE", d.deployment.stage_id.to_string()),
                        ("VERSION", d.deployment.version_id.to_string()),
                        ("CREATED", d.deployment.created.clone()),
                        (
                            "STATE",
                            d.deployment.state.map_or("-".to_owned(), |s| s.to_string()),
                        ),
                        (
                            "REASON",
                            d.deployment.state_reason.clone().unwrap_or_default(),
                        ),
                    ]),
                )
                .table(
                    Some("Lobbies"),
                    list_table(
                        &["LOBBY", "CREATED"],
                        d.lobby_refs
                            .iter()
                            .map(|l| vec![l.lobby_id.to_string(), l.created.clone()])
                            .collect(),
                    ),
                )
                .table(
                    Some("Matchmakers"),
                    list_table(
                        &["MATCHMAKER", "CREATED"],
                        d.matchmaker_refs
                            .iter()
                            .map(|m| vec![m.matchmaker_id.to_string(), m.created.clone()])
                            .collect(),
                    ),
                ))
        }
        DeveloperCommand::GetDeploymentRuntimes {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_runtimes(ctx, &tenant, deployment_id)?;
            let runtimes = parse::<dev::GetDeploymentRuntimesResponse>(v.clone())?.runtimes;
            if runtimes.is_empty() {
                ctx.ui
                    .note(&format!("Deployment {deployment_id} has no runtime yet"));
            }
            let ids: Vec<String> = runtimes.iter().map(|r| r.id.to_string()).collect();
            Ok(Out::new(v)
                .id(ids.join("\n"))
                .table(None, runtimes_table(&runtimes)))
        }
        DeveloperCommand::GetStageStatus {
            tenant,
            project,
            stage,
            watch,
            interval,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let request = dev::GetStageStatusRequest {
                tenant: tenant.as_str().into(),
                project: project.as_str().into(),
                stage: stage.as_str().into(),
            };
            if watch {
                return crate::status::watch(ctx, interval, |ctx| {
                    crate::status::stage_status(ctx, &request)
                });
            }
            crate::status::stage_status(ctx, &request)
        }
        DeveloperCommand::ListClients {
            tenant,
            project,
            stage,
            user,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let scope =
                json!({"tenant": tenant, "project": project, "stage": stage, "user_id": user});
            crate::lists::list(ctx, &crate::lists::CLIENTS, scope, limit)
        }
        DeveloperCommand::ListProjects { tenant, limit } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            crate::lists::list(
                ctx,
                &crate::lists::PROJECTS,
                json!({"tenant": tenant}),
                limit,
            )
        }
        DeveloperCommand::ListStages {
            tenant,
            project,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let scope = json!({"tenant": tenant, "project": project});
            crate::lists::list(ctx, &crate::lists::STAGES, scope, limit)
        }
        DeveloperCommand::ListVersions {
            tenant,
            project,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let scope = json!({"tenant": tenant, "project": project});
            crate::lists::list(ctx, &crate::lists::VERSIONS, scope, limit)
        }
        DeveloperCommand::ListDeployments {
            tenant,
            project,
            stage,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let scope = json!({"tenant": tenant, "project": project, "stage": stage});
            crate::lists::list(ctx, &crate::lists::DEPLOYMENTS, scope, limit)
        }
        DeveloperCommand::ListRuntimes {
            tenant,
            project,
            stage,
            deployment,
            lobbies,
            matches,
            limit,
            watch,
            interval,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let project = or_var(ctx, project, "PROJECT", P)?;
            let stage = or_var(ctx, stage, "STAGE", P)?;
            let qualifier = match (lobbies, matches) {
                (true, _) => Some("LOBBY"),
                (_, true) => Some("MATCH"),
                _ => None,
            };
            let scope = json!({"tenant": tenant, "project": project, "stage": stage,
                "deployment_id": deployment.map(|d| d.to_string()), "qualifier": qualifier});
            let look = move |ctx: &mut Ctx| {
                crate::lists::list(ctx, &crate::lists::RUNTIMES, scope.clone(), limit)
            };
            if watch {
                return crate::status::watch(ctx, interval, look);
            }
            look(ctx)
        }
        DeveloperCommand::GetDeploymentEvents {
            tenant,
            deployment_id,
            limit,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = get_events(ctx, &tenant, deployment_id, limit)?;
            let events = parse::<dev::GetDeploymentEventsResponse>(v.clone())?.events;
            if events.is_empty() {
                ctx.ui
                    .note(&format!("Deployment {deployment_id} has no event yet"));
            }
            let ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
            Ok(Out::new(v)
                .id(ids.join("\n"))
                .table(None, events_table(&events)))
        }
        DeveloperCommand::GetRuntimeLogs {
            tenant,
            runtime_id,
            tail,
            since,
            timestamps,
            follow,
        } => {
            let request = dev::GetRuntimeLogsRequest {
                tenant: tenant.as_str().into(),
                runtime_id: runtime_id.into(),
                tail,
                since: since
                    .as_deref()
                    .map(crate::runtime_logs::instant)
                    .transpose()?,
                timestamps: timestamps.then_some(true),
            };
            if follow {
                return crate::runtime_logs::follow(ctx, request, timestamps);
            }
            let v = ctx.call(r, "get-runtime-logs", body(&request)?)?;
            let logs: dev::GetRuntimeLogsResponse = parse(v.clone())?;
            if logs.logs.is_empty() {
                ctx.ui.note(&format!(
                    "Runtime {runtime_id} (container {}) has printed nothing",
                    logs.container
                ));
            }
            Ok(Out::new(v).id(logs.logs.clone()).raw(logs.logs))
        }
        DeveloperCommand::DeleteDeployment {
            tenant,
            deployment_id,
            delete,
            cascade,
        } => {
            let id = deployment_id.to_string();
            let c = Cascading {
                role: r,
                op: "delete-deployment",
                request: body(&dev::DeleteDeploymentRequest {
                    tenant: tenant.as_str().into(),
                    id: deployment_id.into(),
                    dry_run: false,
                })?,
                what: "Deployment",
                id: &id,
                question: format!("deployment {deployment_id} with its lobbies, matches and runtimes (its players are disconnected)"),
                var: "DEPLOYMENT",
                under: &[],
            };
            delete_cascading(ctx, c, delete, cascade)
        }
        DeveloperCommand::CreateLobbyRequest {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = ctx.call(
                r,
                "create-lobby-request",
                body(&dev::CreateLobbyRequestRequest {
                    tenant: tenant.as_str().into(),
                    deployment_id: deployment_id.into(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                "Lobby request created successfully.".to_owned(),
            ))
        }
        DeveloperCommand::DeleteLobby { lobby_id, delete } => {
            confirm_delete(delete, &format!("lobby {lobby_id} and its runtime"))?;
            let v = ctx.call(
                r,
                "delete-lobby",
                body(&dev::DeleteLobbyRequest {
                    lobby_id: lobby_id.into(),
                })?,
            )?;
            deleted(v, "Lobby", &lobby_id.to_string(), delete)
        }
        DeveloperCommand::CreateMatchmakerRequest {
            tenant,
            deployment_id,
        } => {
            let tenant = or_var(ctx, tenant, "TENANT", T)?;
            let deployment_id = or_var_id(ctx, deployment_id, "DEPLOYMENT", D)?;
            let v = ctx.call(
                r,
                "create-matchmaker-request",
                body(&dev::CreateMatchmakerRequestRequest {
                    tenant: tenant.as_str().into(),
                    deployment_id: deployment_id.into(),
                })?,
            )?;
            Ok(empty_ok(
                v,
                "Matchmaker request created successfully.".to_owned(),
            ))
        }
        DeveloperCommand::DeleteMatchmaker {
            matchmaker_id,
            delete,
        } => {
            confirm_delete(delete, &format!("matchmaker {matchmaker_id}"))?;
            let v = ctx.call(
                r,
                "delete-matchmaker",
                body(&dev::DeleteMatchmakerRequest {
                    matchmaker_id: matchmaker_id.into(),
                })?,
            )?;
            deleted(v, "Matchmaker", &matchmaker_id.to_string(), delete)
        }
    }
}

fn get_deployment(ctx: &mut Ctx, tenant: &str, deployment_id: i64) -> Result<Value, CtlError> {
    ctx.call(
        Role::Developer,
        "get-deployment-details",
        body(&dev::GetDeploymentDetailsRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
        })?,
    )
}

fn get_version(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
) -> Result<details::TenantVersionDetails, CtlError> {
    let v = ctx.call(
        Role::Developer,
        "get-version-details",
        body(&dev::GetVersionDetailsRequest {
            tenant: tenant.into(),
            version_id: version_id.into(),
        })?,
    )?;
    Ok(parse::<dev::GetVersionDetailsResponse>(v)?.details)
}

fn get_runtimes(ctx: &mut Ctx, tenant: &str, deployment_id: i64) -> Result<Value, CtlError> {
    ctx.call(
        Role::Developer,
        "get-deployment-runtimes",
        body(&dev::GetDeploymentRuntimesRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
        })?,
    )
}

fn get_build_log(ctx: &mut Ctx, tenant: &str, build_request_id: i64) -> Result<Value, CtlError> {
    ctx.call(
        Role::Developer,
        "get-build-log",
        body(&dev::GetBuildLogRequest {
            tenant: tenant.into(),
            build_request_id: build_request_id.into(),
        })?,
    )
}

fn runtimes_table(runtimes: &[dev::RuntimeStateDto]) -> comfy_table::Table {
    list_table(
        &[
            "ID",
            "QUALIFIER",
            "STATE",
            "READY",
            "STARTS",
            "FAILURES",
            "NEXT START",
            "CREATED",
            "DETAIL",
        ],
        runtimes
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.qualifier.clone(),
                    r.container_state.clone(),
                    if r.ready { "yes" } else { "no" }.to_owned(),
                    r.starts.to_string(),
                    r.failures.to_string(),
                    r.next_start_at.clone().unwrap_or_else(|| "-".to_owned()),
                    if r.created.is_empty() {
                        "-".to_owned()
                    } else {
                        r.created.clone()
                    },
                    r.detail.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    )
}

fn events_table(events: &[dev::DeploymentEventDto]) -> comfy_table::Table {
    list_table(
        &["TIME", "KIND", "RUNTIME", "MESSAGE"],
        events
            .iter()
            .map(|e| {
                vec![
                    e.created.clone(),
                    e.kind.clone(),
                    e.runtime_id.map_or("-".to_owned(), |r| r.to_string()),
                    e.message.clone(),
                ]
            })
            .collect(),
    )
}

fn get_events(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    limit: Option<u32>,
) -> Result<Value, CtlError> {
    ctx.call(
        Role::Developer,
        "get-deployment-events",
        body(&dev::GetDeploymentEventsRequest {
            tenant: tenant.into(),
            deployment_id: deployment_id.into(),
            limit,
        })?,
    )
}

/// Where a deployment goes.
struct Target<'a> {
    tenant: &'a str,
    project: &'a str,
    stage: &'a str,
}

/// Deploys a version (waiting for its image first and for the rollout after, when `wait`
/// gives the time for both).
fn deploy(
    ctx: &mut Ctx,
    target: &Target<'_>,
    version_id: i64,
    wait: Option<Duration>,
) -> Result<Out, CtlError> {
    let tenant = target.tenant;
    let timeout = wait.unwrap_or_default();
    let deadline = Instant::now() + timeout;
    if wait.is_some() {
        wait_for_image(
            ctx,
            tenant,
            version_id,
            deadline,
            timeout,
            "nothing was deployed; check the build with `omgctl developer get-version-details`, or raise --timeout",
        )?;
    }
    let v = ctx.call(
        Role::Developer,
        "deploy-version",
        body(&dev::DeployVersionRequest {
            tenant: tenant.into(),
            project: target.project.into(),
            stage: target.stage.into(),
            version_id: version_id.into(),
        })?,
    )?;
    let deployment_id = parse::<dev::DeployVersionResponse>(v.clone())?
        .deployment_id
        .get();
    let id = deployment_id.to_string();
    ctx.remember(&[("DEPLOYMENT", id.clone())])?;
    ctx.ui
        .success(&format!("Version was deployed, DEPLOYMENT={id}"));
    let out = Out::new(v).id(id.clone()).kv(&[("DEPLOYMENT", id)]);
    if wait.is_some() {
        wait_for_rollout(ctx, tenant, deployment_id, deadline, timeout)?;
    }
    Ok(out)
}

/// The version of the newest deployment of the stage older than the one serving it (its
/// newest READY deployment).
fn previous_version(ctx: &mut Ctx, target: &Target<'_>) -> Result<i64, CtlError> {
    let v = ctx.call(
        Role::Developer,
        "get-stage-details",
        body(&dev::GetStageDetailsRequest {
            tenant: target.tenant.into(),
            project: target.project.into(),
            stage: target.stage.into(),
        })?,
    )?;
    let deployments = parse::<dev::GetStageDetailsResponse>(v)?
        .details
        .deployments;
    // A server without rollout states (an older one) has every deployment serving.
    let serves = |d: &details::DeploymentDto| {
        d.state.is_none() || d.state == Some(details::DeploymentState::READY)
    };
    let serving = deployments
        .iter()
        .filter(|d| serves(d))
        .map(|d| d.id.get())
        .max();
    let Some(serving) = serving else {
        return Err(CtlError::failed(
            format!(
                "stage {} has no READY deployment to roll back from",
                target.stage
            ),
            "deploy a version with `omgctl developer deploy-version`",
        ));
    };
    let current = deployments.iter().find(|d| d.id.get() == serving);
    deployments
        .iter()
        .filter(|d| d.id.get() < serving && serves(d))
        .filter(|d| current.is_none_or(|c| c.version_id != d.version_id))
        .max_by_key(|d| d.id.get())
        .map(|d| d.version_id.get())
        .ok_or_else(|| {
            CtlError::failed(
                format!(
                    "stage {} has no deployment older than {serving} with another version (drained ones are gone)",
                    target.stage
                ),
                "name the version: `omgctl developer rollback --to-version <id>` (`omgctl developer get-project-details` lists the versions)",
            )
        })
}

/// Follows a deployment until it is READY or FAILED. On failure or timeout, shows the reason,
/// the deployment's events, its runtimes and the logs of those that exited. A server without
/// rollout states (an older one) is followed until its lobby runtime is up.
fn wait_for_rollout(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let mut seen: Vec<dev::RuntimeStateDto> = Vec::new();
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for deployment {deployment_id} to be READY",
            timeout.as_secs()
        ),
        &format!(
            "the deployment stays and becomes READY or FAILED on its own; follow it with `omgctl developer get-deployment-events {tenant} {deployment_id}`, or raise --timeout"
        ),
        |ctx| {
            let v = get_deployment(ctx, tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v)?
                .details
                .deployment;
            let Some(state) = d.state else {
                return Ok(Step::Done(None));
            };
            if state != details::DeploymentState::PENDING {
                return Ok(Step::Done(Some((state, d.state_reason.unwrap_or_default()))));
            }
            if let Ok(v) = get_runtimes(ctx, tenant, deployment_id) {
                seen = parse::<dev::GetDeploymentRuntimesResponse>(v)?.runtimes;
            }
            let prefix = format!("Deployment {deployment_id} is PENDING");
            Ok(Step::Waiting(
                match seen.iter().find(|r| r.qualifier == "LOBBY") {
                    None => format!("{prefix}: no lobby runtime yet"),
                    Some(r) => {
                        let detail = r
                            .detail
                            .as_deref()
                            .map(|d| format!(": {d}"))
                            .unwrap_or_default();
                        format!("{prefix}: lobby runtime {} is {}{detail}", r.id, r.container_state)
                    }
                },
            ))
        },
    );
    match result {
        Ok(None) => wait_for_lobby_runtime(ctx, tenant, deployment_id, deadline, timeout),
        Ok(Some((details::DeploymentState::READY, reason))) => {
            ctx.ui
                .success(&format!("Deployment {deployment_id} is READY: {reason}"));
            Ok(())
        }
        Ok(Some((state, reason))) => {
            explain_rollout(ctx, tenant, deployment_id);
            Err(CtlError::failed(
                format!("deployment {deployment_id} {state}: {reason}"),
                format!(
                    "the stage's previous deployment keeps serving; fix the version and deploy again (`omgctl developer get-deployment-events {tenant} {deployment_id}` shows what happened)"
                ),
            ))
        }
        Err(e @ CtlError::Failed { .. }) => {
            explain_rollout(ctx, tenant, deployment_id);
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// After a failed or timed-out rollout: the newest events, then the runtimes and their logs.
fn explain_rollout(ctx: &mut Ctx, tenant: &str, deployment_id: i64) {
    match get_events(ctx, tenant, deployment_id, Some(15))
        .and_then(parse::<dev::GetDeploymentEventsResponse>)
    {
        Ok(e) if !e.events.is_empty() => ctx.ui.note(&format!(
            "Events of deployment {deployment_id}:\n{}",
            events_table(&e.events)
        )),
        Ok(_) => {}
        Err(e) => ctx.ui.note(&format!("The events are not available: {e}")),
    }
    let runtimes = get_runtimes(ctx, tenant, deployment_id)
        .and_then(parse::<dev::GetDeploymentRuntimesResponse>)
        .map(|r| r.runtimes)
        .unwrap_or_default();
    explain_runtimes(ctx, tenant, deployment_id, &runtimes);
}

/// The server answered that it has no such operation (an older server).
fn is_missing_endpoint(e: &CtlError) -> bool {
    matches!(e, CtlError::Api { status: 404, qualifier, .. } if qualifier == "ENDPOINT_NOT_FOUND")
}

/// The last `n` lines of a text.
fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// What one look at the awaited thing found.
enum Step<T> {
    Done(T),
    /// Not yet; what it is doing now.
    Waiting(String),
}

/// Polls `check` about every second until it is done or `deadline` passes, showing what it
/// waits for (a spinner on a terminal, a line per state change otherwise). Not-found and
/// permission errors end the wait; other failures (a restarting server) are shown and retried.
fn poll<T>(
    ctx: &mut Ctx,
    deadline: Instant,
    timeout_message: &str,
    timeout_hint: &str,
    mut check: impl FnMut(&mut Ctx) -> Result<Step<T>, CtlError>,
) -> Result<T, CtlError> {
    let started = Instant::now();
    let spinner = ctx.ui.interactive_err.then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        s.enable_steady_tick(Duration::from_millis(100));
        s
    });
    let mut last_state = String::new();
    let mut waiting = String::new();
    let result = loop {
        let state = match check(ctx) {
            Ok(Step::Done(value)) => break Ok(value),
            Ok(Step::Waiting(state)) => {
                waiting = state.clone();
                state
            }
            Err(
                e @ CtlError::Api {
                    status: 401 | 403 | 404,
                    ..
                },
            ) => break Err(e),
            Err(e @ CtlError::Usage { .. }) => break Err(e),
            Err(e) => format!("{waiting}; the server is not answering ({e})"),
        };
        match &spinner {
            Some(s) => s.set_message(format!("{state} ({}s)", started.elapsed().as_secs())),
            None if state != last_state => ctx.ui.note(&state),
            None => {}
        }
        last_state = state;
        let now = Instant::now();
        if now >= deadline {
            break Err(CtlError::failed(timeout_message, timeout_hint));
        }
        std::thread::sleep(
            Duration::from_secs(1)
                .min(deadline - now)
                .max(Duration::from_millis(50)),
        );
    };
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    result
}

/// Waits until the version has an image (pushed, or built from an uploaded archive).
fn wait_for_image(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
    deadline: Instant,
    timeout: Duration,
    timeout_hint: &str,
) -> Result<(), CtlError> {
    let image = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for version {version_id} to get an image",
            timeout.as_secs()
        ),
        timeout_hint,
        |ctx| {
            let d = get_version(ctx, tenant, version_id)?;
            Ok(match d.images.first() {
                Some(i) => Step::Done(i.image_id.clone()),
                None => {
                    let building = d
                        .build_requests
                        .iter()
                        .rev()
                        .find_map(|b| b.state.map(|s| format!("build {} {s}", b.id)))
                        .map(|b| format!(" ({b})"))
                        .unwrap_or_default();
                    Step::Waiting(format!(
                        "Version {version_id}: waiting for an image (build or registry push){building}"
                    ))
                }
            })
        },
    )?;
    ctx.ui
        .note(&format!("Version {version_id} has image {image}"));
    Ok(())
}

/// Whether a runtime is up: it has talked to the server, and its container runs (or the server
/// starts none itself).
fn runtime_is_up(r: &dev::RuntimeStateDto) -> bool {
    r.ready && matches!(r.container_state.as_str(), "RUNNING" | "NOT_MANAGED")
}

/// Follows a deployment until its lobby runtime is up. On timeout, shows the runtimes' states
/// and the last lines of the logs of any whose container exited.
fn wait_for_lobby_runtime(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let mut seen: Vec<dev::RuntimeStateDto> = Vec::new();
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for the lobby runtime of deployment {deployment_id}",
            timeout.as_secs()
        ),
        &format!(
            "the deployment exists; follow it with `omgctl developer get-deployment-runtimes {tenant} {deployment_id}`, or raise --timeout"
        ),
        |ctx| {
            let v = match get_runtimes(ctx, tenant, deployment_id) {
                Ok(v) => v,
                Err(e) if is_missing_endpoint(&e) => return Ok(Step::Done(None)),
                Err(e) => return Err(e),
            };
            seen = parse::<dev::GetDeploymentRuntimesResponse>(v)?.runtimes;
            let lobbies: Vec<&dev::RuntimeStateDto> =
                seen.iter().filter(|r| r.qualifier == "LOBBY").collect();
            if let Some(up) = lobbies.iter().find(|r| runtime_is_up(r)) {
                return Ok(Step::Done(Some((*up).clone())));
            }
            let prefix = format!("Deployment {deployment_id}: waiting for its lobby runtime");
            Ok(Step::Waiting(match lobbies.last() {
                None => format!("{prefix} (none yet)"),
                Some(r) => {
                    let ready = if r.ready { "ready" } else { "not ready" };
                    let detail = r
                        .detail
                        .as_deref()
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default();
                    format!("{prefix} ({} {}, {ready}{detail})", r.id, r.container_state)
                }
            }))
        },
    );
    match result {
        Ok(Some(up)) => {
            ctx.ui.success(&format!(
                "Deployment {deployment_id}: lobby runtime {} is up (container {})",
                up.id, up.container_state
            ));
            Ok(())
        }
        Ok(None) => {
            ctx.ui.warn(
                "the server has no get-deployment-runtimes (an older server); waiting for a lobby record instead",
            );
            wait_for_lobby(ctx, tenant, deployment_id, deadline, timeout)
        }
        Err(e @ CtlError::Failed { .. }) => {
            explain_runtimes(ctx, tenant, deployment_id, &seen);
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// After a timeout: the runtimes' states, and the end of the logs of exited containers.
fn explain_runtimes(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    runtimes: &[dev::RuntimeStateDto],
) {
    if runtimes.is_empty() {
        ctx.ui.note(&format!(
            "Deployment {deployment_id} has no runtime: the server may start none (runtimes driver \
             `none`), or no pool host has room (`omgctl admin get-pool-hosts`)"
        ));
        return;
    }
    ctx.ui.note(&format!(
        "Runtimes of deployment {deployment_id}:\n{}",
        runtimes_table(runtimes)
    ));
    // NOT_MANAGED: an older server's word for the same.
    if runtimes.iter().all(|r| {
        !r.ready
            && r.starts == 0
            && r.detail.is_none()
            && matches!(r.container_state.as_str(), "PENDING" | "NOT_MANAGED")
    }) {
        ctx.ui.note(
            "The server starts no containers for these runtimes (runtimes driver `none` or \
             `process`); one that never gets ready was not started or does not connect: see the \
             server's log",
        );
    }
    let stopped = ["EXITED", "CRASH_LOOP_BACKOFF", "STOPPED"];
    // The lobby's logs first, and a few at most: one crash tells what the others would.
    let mut ended: Vec<&dev::RuntimeStateDto> = runtimes
        .iter()
        .filter(|r| stopped.contains(&r.container_state.as_str()))
        .filter(|r| r.starts > 0 || r.created.is_empty())
        .collect();
    ended.sort_by_key(|r| r.qualifier != "LOBBY");
    for r in ended.into_iter().take(2) {
        let logs = ctx.call(
            Role::Developer,
            "get-runtime-logs",
            body(&dev::GetRuntimeLogsRequest {
                tenant: tenant.into(),
                runtime_id: r.id,
                tail: Some(20),
                since: None,
                timestamps: None,
            })
            .unwrap_or(Value::Null),
        );
        match logs.and_then(parse::<dev::GetRuntimeLogsResponse>) {
            Ok(l) if l.logs.trim().is_empty() => ctx.ui.note(&format!(
                "Runtime {} exited and printed nothing (container {})",
                r.id, l.container
            )),
            Ok(l) => ctx.ui.note(&format!(
                "Last lines of runtime {} (container {}; more with `omgctl developer get-runtime-logs {tenant} {}`):\n{}",
                r.id,
                l.container,
                r.id,
                last_lines(&l.logs, 20)
            )),
            Err(e) => ctx
                .ui
                .note(&format!("The logs of runtime {} are not available: {e}", r.id)),
        }
    }
}

/// Follows a deployment until it has a lobby record: the readiness signal of servers without
/// `get-deployment-runtimes`.
fn wait_for_lobby(
    ctx: &mut Ctx,
    tenant: &str,
    deployment_id: i64,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let lobby = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s waiting for deployment {deployment_id} to get a lobby",
            timeout.as_secs()
        ),
        "the deployment exists; follow it with `omgctl developer get-deployment-details`, or raise --timeout",
        |ctx| {
            let v = get_deployment(ctx, tenant, deployment_id)?;
            let d = parse::<dev::GetDeploymentDetailsResponse>(v)?.details;
            Ok(match d.lobby_refs.first() {
                Some(l) => Step::Done(l.lobby_id.to_string()),
                None => Step::Waiting(format!("Deployment {deployment_id}: waiting for its lobby")),
            })
        },
    )?;
    ctx.ui.success(&format!(
        "Deployment {deployment_id} has lobby {lobby} (its runtime starts asynchronously)"
    ));
    Ok(())
}

/// Follows the build of an uploaded archive until it succeeds or fails. Without a build id (a
/// server that does not report it), waits for the version's image instead.
fn follow_build(
    ctx: &mut Ctx,
    tenant: &str,
    version_id: i64,
    build: Option<i64>,
    deadline: Instant,
    timeout: Duration,
) -> Result<(), CtlError> {
    let image_hint =
        "check the build with `omgctl developer get-version-details`, or raise --timeout";
    let Some(build) = build else {
        ctx.ui
            .note("The server did not report a build; waiting for the version's image");
        return wait_for_image(ctx, tenant, version_id, deadline, timeout, image_hint);
    };
    let result = poll(
        ctx,
        deadline,
        &format!(
            "timed out after {}s following build {build}",
            timeout.as_secs()
        ),
        &format!(
            "the build goes on; follow it with `omgctl developer get-build-log {tenant} {build}`, or raise --timeout"
        ),
        |ctx| {
            let v = match get_build_log(ctx, tenant, build) {
                Ok(v) => v,
                Err(e) if is_missing_endpoint(&e) => return Ok(Step::Done(None)),
                Err(e) => return Err(e),
            };
            let b: dev::GetBuildLogResponse = parse(v)?;
            Ok(match b.state {
                BuildState::SUCCEEDED | BuildState::FAILED => Step::Done(Some(b)),
                state => Step::Waiting(format!("Build {build} of version {version_id}: {state}")),
            })
        },
    )?;
    let Some(b) = result else {
        ctx.ui
            .warn("the server has no get-build-log (an older server); waiting for the version's image instead");
        return wait_for_image(ctx, tenant, version_id, deadline, timeout, image_hint);
    };
    if b.state == BuildState::FAILED {
        if !b.log.trim().is_empty() {
            ctx.ui.note(&format!(
                "Last lines of the log of build {build}:\n{}",
                last_lines(&b.log, 30)
            ));
        }
        return Err(CtlError::failed(
            format!("build {build} of version {version_id} failed"),
            format!("the whole log: `omgctl developer get-build-log {tenant} {build}`"),
        ));
    }
    ctx.ui.success(&format!(
        "Build {build} succeeded, image {}",
        b.image_id.as_deref().unwrap_or("-")
    ));
    Ok(())
}

/// A reader that advances a progress bar.
struct Progress<R> {
    inner: R,
    bar: indicatif::ProgressBar,
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bar.inc(n as u64);
        Ok(n)
    }
}

fn upload(
    ctx: &mut Ctx,
    tenant: String,
    version_id: i64,
    dir: &std::path::Path,
    format: crate::cli::ArchiveFormat,
    verbose: bool,
) -> Result<(Out, Option<i64>), CtlError> {
    let selection = archive::collect(dir)?;
    if verbose {
        for file in &selection.files {
            ctx.ui.note(&format!("  packed   {}", file.display()));
        }
        for file in &selection.skipped {
            ctx.ui.note(&format!("  skipped  {}", file.display()));
        }
    }
    let packed = archive::pack(dir, format, &selection.files)?;
    let size = packed.bytes.len();
    let skipped = match selection.skipped.len() {
        0 => String::new(),
        n => format!(
            "; left out {n} ignored or .env file{} (--verbose lists them)",
            if n == 1 { "" } else { "s" }
        ),
    };
    ctx.ui.note(&format!(
        "Packed {} files from {} ({}){skipped}",
        packed.files,
        dir.display(),
        archive::human_size(size)
    ));
    let bytes = std::sync::Arc::new(packed.bytes);
    let interactive = ctx.ui.interactive_err;
    let (file_name, mime) = match format {
        crate::cli::ArchiveFormat::TarGz => ("version.tar.gz", "application/gzip"),
        crate::cli::ArchiveFormat::Zip => ("version.zip", "application/zip"),
    };
    let bar = interactive.then(|| {
        let bar = indicatif::ProgressBar::new(size as u64);
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "Uploading [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    });
    let form_bar = bar.clone();
    let form = move || {
        let reader: Box<dyn Read + Send> = match &form_bar {
            Some(b) => {
                b.set_position(0);
                Box::new(Progress {
                    inner: std::io::Cursor::new(SharedBytes(bytes.clone())),
                    bar: b.clone(),
                })
            }
            None => Box::new(std::io::Cursor::new(SharedBytes(bytes.clone()))),
        };
        let part = reqwest::blocking::multipart::Part::reader_with_length(reader, size as u64)
            .file_name(file_name);
        let part = match part.mime_str(mime) {
            Ok(p) => p,
            Err(_) => reqwest::blocking::multipart::Part::bytes(Vec::new()),
        };
        reqwest::blocking::multipart::Form::new()
            .text("tenant", tenant.clone())
            .text("tenantVersionId", version_id.to_string())
            // The part name is the wire contract; upstream's server looks for exactly this.
            .part("version.zip", part)
    };
    let result = ctx.call_body(
        Role::Developer,
        "upload-files-archive",
        Body::Multipart(Box::new(form)),
    );
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let v = result?;
    let resp: dev::UploadFilesArchiveResponse = parse(v.clone())?;
    let id = resp.files_archive_id.to_string();
    let mut remember = vec![("FILES_ARCHIVE", id.clone())];
    let mut rows = vec![("FILES_ARCHIVE", id.clone())];
    let mut message = format!("Files archive was uploaded, FILES_ARCHIVE={id}");
    let build = resp.build_request_id.map(|b| b.get());
    if let Some(b) = build {
        remember.push(("BUILD_REQUEST", b.to_string()));
        rows.push(("BUILD_REQUEST", b.to_string()));
        message.push_str(&format!(", BUILD_REQUEST={b}"));
    }
    ctx.remember(&remember)?;
    Ok((Out::new(v).id(id).kv(&rows).message(message), build))
}

/// Shared archive bytes, so a retried request does not copy them.
struct SharedBytes(std::sync::Arc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

/// Slots as ranges: `0-3,8,10-12`.
fn slot_ranges(slots: &[i64]) -> String {
    let mut sorted = slots.to_vec();
    sorted.sort_unstable();
    let mut ranges: Vec<(i64, i64)> = Vec::new();
    for slot in sorted {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == slot => *end = slot,
            _ => ranges.push((slot, slot)),
        }
    }
    ranges
        .iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    #[test]
    fn cpu_limits_read_as_cpus() {
        assert_eq!(super::cpus(0), "0");
        assert_eq!(super::cpus(100), "1");
        assert_eq!(super::cpus(150), "1.5");
        assert_eq!(super::cpus(25), "0.25");
        assert_eq!(super::cpus(1205), "12.05");
    }

    #[test]
    fn slots_print_as_ranges() {
        assert_eq!(
            super::slot_ranges(&[3, 0, 1, 2, 8, 10, 11, 12]),
            "0-3,8,10-12"
        );
        assert_eq!(super::slot_ranges(&[]), "");
    }
}
