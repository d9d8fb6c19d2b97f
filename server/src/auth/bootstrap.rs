//! Bootstrap users (wire reference §15.3), created at start, keyed by alias.
//!
//! A user whose password variable is set gets that password, applied on every start (so an
//! operator can rotate it). In `--dev` mode an unset password equals the alias. Otherwise the
//! first start generates a strong password, prints it once, and keeps it 0600 in
//! `<data dir>/bootstrap-credentials` so a restart with a fresh database reuses it.

use std::collections::BTreeMap;
use std::path::Path;

use omgservers_types::permissions::UserRole;

use crate::auth::passwords::{self, Strength};
use crate::auth::users;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::state::AppState;
use crate::store::time::now_millis;

const CREDENTIALS_FILE: &str = "bootstrap-credentials";

struct Wanted {
    alias: String,
    role: UserRole,
    password: Option<String>,
    /// Generate a password when none is configured (users our own components or operators
    /// need); the others exist only when configured, as upstream.
    generate: bool,
}

/// A password generated on this start, to be shown once.
#[derive(Clone, Debug)]
pub struct GeneratedCredential {
    pub alias: String,
    pub password: String,
}

fn wanted(state: &AppState) -> Vec<Wanted> {
    let c = &state.config;
    let entry = |alias: &String, password: &Option<String>, role, generate| Wanted {
        alias: alias.clone(),
        role,
        password: password.clone().or_else(|| c.dev.then(|| alias.clone())),
        generate,
    };
    vec![
        entry(
            &c.bootstrap_admin_user_alias,
            &c.bootstrap_admin_user_password,
            UserRole::ADMIN,
            true,
        ),
        entry(
            &c.bootstrap_support_user_alias,
            &c.bootstrap_support_user_password,
            UserRole::SUPPORT,
            true,
        ),
        entry(
            &c.bootstrap_registry_user_alias,
            &c.bootstrap_registry_user_password,
            UserRole::REGISTRY,
            false,
        ),
        entry(
            &c.bootstrap_builder_user_alias,
            &c.bootstrap_builder_user_password,
            UserRole::BUILDER,
            true,
        ),
        entry(
            &c.bootstrap_service_user_alias,
            &c.bootstrap_service_user_password,
            UserRole::SERVICE,
            true,
        ),
        entry(
            &c.bootstrap_dispatcher_user_alias,
            &c.bootstrap_dispatcher_user_password,
            UserRole::DISPATCHER,
            false,
        ),
    ]
}

/// The password a bootstrap user has: as configured, the alias in `--dev` mode, or the one an
/// earlier start generated into `<data dir>/bootstrap-credentials`.
pub fn bootstrap_password(
    config: &Config,
    alias: &str,
    configured: Option<&String>,
) -> Option<String> {
    configured
        .cloned()
        .or_else(|| config.dev.then(|| alias.to_owned()))
        .or_else(|| stored_password(&config.data_dir, alias))
}

fn read_credentials(path: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

/// The password generated for a bootstrap user on an earlier start (from
/// `<data dir>/bootstrap-credentials`), if any.
fn stored_password(data_dir: &Path, alias: &str) -> Option<String> {
    read_credentials(&data_dir.join(CREDENTIALS_FILE)).remove(alias)
}

/// Creates or updates the bootstrap users; returns the passwords generated now.
pub async fn run(state: &AppState) -> Result<Vec<GeneratedCredential>> {
    let cost = state.config.password_bcrypt_cost;
    let credentials_path = state.config.data_dir.join(CREDENTIALS_FILE);
    let mut stored = read_credentials(&credentials_path);
    let mut generated = Vec::new();
    let mut rewrite = false;
    let mut conn = state.db.pool.acquire().await?;
    for user in wanted(state) {
        let existing = users::find_by_alias(&mut conn, &user.alias).await?;
        if let Some(existing) = existing {
            if existing.role != user.role {
                return Err(Error::Internal(format!(
                    "bootstrap alias `{}` belongs to a {} user, expected {}",
                    user.alias, existing.role, user.role
                )));
            }
            let generated_here = user.password.is_none() && user.generate;
            let hash = existing.password_hash.clone();
            // The password the user has after this start, when we know it.
            let current = match user.password {
                Some(password) => {
                    if !passwords::verify(password.clone(), hash).await? {
                        let hash =
                            passwords::hash(password.clone(), Strength::Human { cost }).await?;
                        users::set_password_hash(&mut conn, existing.id, &hash).await?;
                        tracing::info!(alias = %user.alias, "bootstrap user password updated from configuration");
                    }
                    Some(password)
                }
                // A development password (the alias, set by a start with --dev) is not kept by
                // a start without it: it is replaced, and said so.
                None if passwords::verify(user.alias.clone(), hash.clone()).await? => {
                    let password = passwords::generate_password();
                    let hash = passwords::hash(password.clone(), Strength::Human { cost }).await?;
                    users::set_password_hash(&mut conn, existing.id, &hash).await?;
                    tracing::warn!(alias = %user.alias, "development password replaced: this start is not --dev");
                    if user.generate {
                        generated.push(GeneratedCredential {
                            alias: user.alias.clone(),
                            password: password.clone(),
                        });
                    }
                    // Nothing should use a non-generated user's password unless configured.
                    user.generate.then_some(password)
                }
                // Whatever the file lists, if it still works.
                None => match stored.get(&user.alias) {
                    Some(listed) if passwords::verify(listed.clone(), hash).await? => {
                        Some(listed.clone())
                    }
                    _ => None,
                },
            };
            // The credentials file lists the generated passwords that work, and nothing else.
            let listed = stored.get(&user.alias).cloned();
            match current.filter(|_| generated_here) {
                Some(password) if listed.as_ref() != Some(&password) => {
                    stored.insert(user.alias.clone(), password);
                    rewrite = true;
                }
                Some(_) => {}
                None if listed.is_some() => {
                    stored.remove(&user.alias);
                    rewrite = true;
                }
                None => {}
            }
            continue;
        }
        let password = match (user.password, stored.get(&user.alias)) {
            (Some(p), _) => p,
            (None, Some(p)) => p.clone(),
            (None, None) if user.generate => {
                let p = passwords::generate_password();
                stored.insert(user.alias.clone(), p.clone());
                generated.push(GeneratedCredential {
                    alias: user.alias.clone(),
                    password: p.clone(),
                });
                p
            }
            (None, None) => continue,
        };
        let hash = passwords::hash(password, Strength::Human { cost }).await?;
        let now = now_millis();
        let id = state.next_id();
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        users::insert(&mut tx, id, user.role, &hash, now).await?;
        users::insert_alias(&mut tx, state.next_id(), id, &user.alias, now).await?;
        tx.commit().await?;
        tracing::info!(alias = %user.alias, user_id = id, role = %user.role, "bootstrap user created");
    }
    if rewrite || !generated.is_empty() {
        let contents: String = stored.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
        crate::auth::jwt::write_secret_file(&credentials_path, &contents)?;
    }
    Ok(generated)
}
