//! `omgctl <role> use-credentials | print-current | create-token`: credentials per environment
//! and role.

use std::io::BufRead;

use serde_json::json;

use crate::cli::CredentialsArgs;
use crate::client::Ctx;
use crate::commands::environment::{credential_status, shown};
use crate::commands::{can_prompt, prompt_failed};
use crate::error::CtlError;
use crate::store::{Role, Secret, Source};
use crate::ui::Out;

/// Stores a role's user (config) and password (keyring or file).
pub(crate) fn store_credentials(
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

pub(crate) fn read_password(
    ctx: &Ctx,
    role: Role,
    args: &CredentialsArgs,
) -> Result<String, CtlError> {
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

pub(crate) fn use_credentials(
    ctx: &mut Ctx,
    role: Role,
    args: CredentialsArgs,
) -> Result<Out, CtlError> {
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

pub(crate) fn print_current_role(ctx: &Ctx, role: Role) -> Result<Out, CtlError> {
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
    let with_token = if c.token_source.is_none() {
        "without token"
    } else {
        "token exists"
    };
    let user_var = format!("{}_USER", role.upper());
    Ok(Out::new(c.json())
        .id(user.clone())
        .kv(&[
            (user_var.as_str(), user.clone()),
            ("USER FROM", shown(&c.user_source)),
            ("PASSWORD FROM", shown(&c.password_source)),
            ("TOKEN FROM", shown(&c.token_source)),
        ])
        .message(format!(
            "Current {} was found, {user_var}={user}, ({with_token})",
            role.name()
        )))
}

pub(crate) fn create_token_cmd(ctx: &mut Ctx, role: Role) -> Result<Out, CtlError> {
    let (_, stored) = ctx.create_token(role)?;
    let source = stored.map(|s| s.describe("")).unwrap_or_default();
    Ok(Out::new(json!({"token_source": source}))
        .kv(&[("TOKEN STORED IN", source.clone())])
        .message(format!("{} token was created", role.name())))
}
