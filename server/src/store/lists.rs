//! Pages of lists (`support/list-tenants`, `support/list-developers`, `developer/list-clients`,
//! `…/list-projects`, `…/list-stages`, `…/list-versions`, `…/list-deployments`,
//! `…/list-runtimes`; not upstream): ascending by id, each page starting after a cursor (the
//! last id of the previous page), so a page costs one index range scan however far the list
//! goes.

use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::error::{Error, Result};

/// Most items one page may hold, and how many when the request says nothing.
pub const MAX_PAGE: u32 = 1000;
pub const DEFAULT_PAGE: u32 = 100;

/// A checked page request: items with an id above `after`, at most `limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub after: i64,
    pub limit: u32,
}

impl Page {
    /// The page's rows out of several databases' pages (each in id order, at most `limit`):
    /// merged in id order and cut to `limit`.
    pub fn merge<T>(&self, mut rows: Vec<T>, id: impl Fn(&T) -> i64) -> Vec<T> {
        rows.sort_by_key(|r| id(r));
        rows.truncate(usize::try_from(self.limit).unwrap_or(usize::MAX));
        rows
    }

    /// 400 `WRONG_ARGUMENT` for a cursor that is not one this server gave, or a limit out of
    /// 1..=1000.
    pub fn of(cursor: Option<&str>, limit: Option<u32>) -> Result<Page> {
        let limit = limit.unwrap_or(DEFAULT_PAGE);
        if limit == 0 || limit > MAX_PAGE {
            return Err(Error::invalid(format!(
                "limit must be 1..={MAX_PAGE}, got {limit}"
            )));
        }
        let after = match cursor {
            None => i64::MIN,
            Some(c) => c.parse().map_err(|_| {
                Error::invalid(format!(
                    "cursor `{c}` is not one this list gave (pass the `next_cursor` of the previous page)"
                ))
            })?,
        };
        Ok(Page { after, limit })
    }

    /// The next page's cursor: the last id, when the page was full.
    pub fn next_cursor(&self, ids: &[i64]) -> Option<String> {
        let full = ids.len() == usize::try_from(self.limit).unwrap_or(usize::MAX);
        full.then(|| ids.last().map(i64::to_string)).flatten()
    }

    /// A page's rows as DTOs, with the cursor of the next page (`id` names a row's id).
    pub fn answer<R, T>(
        &self,
        rows: Vec<R>,
        id: impl Fn(&R) -> i64,
        dto: impl FnMut(R) -> T,
    ) -> (Vec<T>, Option<String>) {
        let ids: Vec<i64> = rows.iter().map(id).collect();
        (rows.into_iter().map(dto).collect(), self.next_cursor(&ids))
    }

    /// [`Page::answer`] for a conversion that can fail (a stored name that is not a wire enum).
    pub fn try_answer<R, T>(
        &self,
        rows: Vec<R>,
        id: impl Fn(&R) -> i64,
        dto: impl FnMut(R) -> Result<T>,
    ) -> Result<(Vec<T>, Option<String>)> {
        let ids: Vec<i64> = rows.iter().map(id).collect();
        let items = rows.into_iter().map(dto).collect::<Result<Vec<T>>>()?;
        Ok((items, self.next_cursor(&ids)))
    }
}

pub struct TenantRow {
    pub id: i64,
    pub created: i64,
    pub aliases: Vec<String>,
}

pub async fn tenants(conn: &mut AnyConnection, page: Page) -> Result<Vec<TenantRow>> {
    let rows: Vec<(i64, i64)> =
        sqlx::query_as("SELECT id, created FROM tenants WHERE id > $1 ORDER BY id LIMIT $2")
            .bind(page.after)
            .bind(i64::from(page.limit))
            .fetch_all(&mut *conn)
            .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut by_tenant = aliases_of_page(
        conn,
        "SELECT tenant_id, value FROM tenant_aliases \
         WHERE tenant_id >= $1 AND tenant_id <= $2 ORDER BY tenant_id, id",
        None,
        &ids,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, created)| TenantRow {
            id,
            created,
            aliases: by_tenant.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// The aliases of a page's objects by id: `sql` selects `(owner id, value)` of owners from
/// the page's first id (`$1`) to its last (`$2`), within the scope `$3` when one is given.
async fn aliases_of_page(
    conn: &mut AnyConnection,
    sql: &str,
    scope: Option<i64>,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<String>>> {
    let mut by_owner: HashMap<i64, Vec<String>> = HashMap::new();
    let (Some(first), Some(last)) = (ids.first(), ids.last()) else {
        return Ok(by_owner);
    };
    let mut query = sqlx::query_as(sql).bind(*first).bind(*last);
    if let Some(scope) = scope {
        query = query.bind(scope);
    }
    let aliases: Vec<(i64, String)> = query.fetch_all(conn).await?;
    for (owner, value) in aliases {
        by_owner.entry(owner).or_default().push(value);
    }
    Ok(by_owner)
}

pub struct DeveloperRow {
    pub user_id: i64,
    pub created: i64,
    pub permissions: i64,
}

pub async fn developers(conn: &mut AnyConnection, page: Page) -> Result<Vec<DeveloperRow>> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT u.id, u.created, \
         (SELECT COUNT(*) FROM tenant_permissions p WHERE p.user_id = u.id) \
         + (SELECT COUNT(*) FROM project_permissions p WHERE p.user_id = u.id) \
         + (SELECT COUNT(*) FROM stage_permissions p WHERE p.user_id = u.id) \
         FROM users u WHERE u.role = 'DEVELOPER' AND u.id > $1 ORDER BY u.id LIMIT $2",
    )
    .bind(page.after)
    .bind(i64::from(page.limit))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, created, permissions)| DeveloperRow {
            user_id,
            created,
            permissions,
        })
        .collect())
}

pub struct PermissionRow {
    pub id: i64,
    /// `TENANT`, `PROJECT` or `STAGE`.
    pub scope: String,
    pub project_id: Option<i64>,
    pub stage_id: Option<i64>,
    pub user_id: i64,
    pub permission: String,
    pub created: i64,
}

/// The permissions granted in a tenant, at every level (of one user if given).
pub async fn permissions_of_tenant(
    conn: &mut AnyConnection,
    tenant_id: i64,
    user_id: Option<i64>,
    page: Page,
) -> Result<Vec<PermissionRow>> {
    type Tuple = (i64, String, Option<i64>, Option<i64>, i64, String, i64);
    // One numbered parameter per use: the Any driver binds positionally on SQLite.
    // Each branch reads its table's (tenant_id, id) index from the cursor on; the Any driver
    // binds positionally on SQLite, so every use of a value is its own parameter.
    let branch = |select: &str, table: &str, join: &str, n: usize| {
        format!(
            "SELECT {select} FROM {table} p {join} WHERE p.tenant_id = ${} AND p.id > ${} \
             AND (${} = 0 OR p.user_id = ${})",
            n,
            n + 1,
            n + 2,
            n + 3
        )
    };
    let sql = format!(
        "{} UNION ALL {} UNION ALL {} ORDER BY id LIMIT $13",
        branch(
            "p.id, 'TENANT' AS scope, CAST(NULL AS BIGINT) AS project_id, \
             CAST(NULL AS BIGINT) AS stage_id, p.user_id, p.permission, p.created",
            "tenant_permissions",
            "",
            1
        ),
        branch(
            "p.id, 'PROJECT', p.project_id, NULL, p.user_id, p.permission, p.created",
            "project_permissions",
            "",
            5
        ),
        branch(
            "p.id, 'STAGE', s.project_id, p.stage_id, p.user_id, p.permission, p.created",
            "stage_permissions",
            "JOIN stages s ON s.id = p.stage_id",
            9
        ),
    );
    let mut query = sqlx::query_as::<_, Tuple>(&sql);
    for _ in 0..3 {
        query = query
            .bind(tenant_id)
            .bind(page.after)
            .bind(i64::from(user_id.is_some()))
            .bind(user_id.unwrap_or(0));
    }
    let rows = query.bind(i64::from(page.limit)).fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, scope, project_id, stage_id, user_id, permission, created)| PermissionRow {
                id,
                scope,
                project_id,
                stage_id,
                user_id,
                permission,
                created,
            },
        )
        .collect())
}

pub struct ClientRow {
    pub id: i64,
    pub user_id: i64,
    pub deployment_id: i64,
    pub state: String,
    pub runtime_id: Option<i64>,
    pub runtime_qualifier: Option<String>,
    pub match_id: Option<i64>,
    pub created: i64,
    pub last_activity: i64,
}

/// A page of the connected (not deleted) clients of `deployments` (a stage's, from
/// `deployments::ids_of_stage`) that one database of game state holds, of one user if given.
pub async fn clients_of_stage(
    conn: &mut AnyConnection,
    deployments: &[i64],
    user_id: Option<i64>,
    page: Page,
) -> Result<Vec<ClientRow>> {
    type Tuple = (
        i64,
        i64,
        i64,
        String,
        Option<i64>,
        Option<String>,
        Option<i64>,
        i64,
        i64,
    );
    // Two reads: the stage's deployments (control plane), then their clients (game state).
    if deployments.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id, user_id, deployment_id, state, runtime_id, runtime_qualifier, \
         match_id, created, last_activity FROM clients \
         WHERE state <> 'DELETED' AND id > $1 AND ($2 = 0 OR user_id = $3) \
         AND deployment_id IN ({}) ORDER BY id LIMIT $4",
        super::placeholders_from(5, deployments.len())
    );
    let mut query = sqlx::query_as::<_, Tuple>(&sql)
        .bind(page.after)
        .bind(i64::from(user_id.is_some()))
        .bind(user_id.unwrap_or(0))
        .bind(i64::from(page.limit));
    for id in deployments {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|t| ClientRow {
            id: t.0,
            user_id: t.1,
            deployment_id: t.2,
            state: t.3,
            runtime_id: t.4,
            runtime_qualifier: t.5,
            match_id: t.6,
            created: t.7,
            last_activity: t.8,
        })
        .collect())
}

pub struct ProjectRow {
    pub id: i64,
    pub created: i64,
    pub aliases: Vec<String>,
    pub stages: i64,
    pub versions: i64,
}

/// Who sees which projects of a tenant (`developer/list-projects`).
#[derive(Clone, Copy, Debug)]
pub enum ProjectsVisible {
    All,
    /// Only those this user holds PROJECT_VIEWER on.
    ViewedBy(i64),
}

pub async fn projects(
    conn: &mut AnyConnection,
    tenant_id: i64,
    visible: ProjectsVisible,
    page: Page,
) -> Result<Vec<ProjectRow>> {
    let viewer = match visible {
        ProjectsVisible::All => None,
        ProjectsVisible::ViewedBy(user_id) => Some(user_id),
    };
    let rows: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.id, p.created, \
         (SELECT COUNT(*) FROM stages s WHERE s.project_id = p.id), \
         (SELECT COUNT(*) FROM versions v WHERE v.project_id = p.id) \
         FROM projects p WHERE p.tenant_id = $1 AND p.id > $2 \
         AND ($3 = 0 OR EXISTS (SELECT 1 FROM project_permissions pp WHERE pp.project_id = p.id \
         AND pp.user_id = $4 AND pp.permission = 'PROJECT_VIEWER')) ORDER BY p.id LIMIT $5",
    )
    .bind(tenant_id)
    .bind(page.after)
    .bind(i64::from(viewer.is_some()))
    .bind(viewer.unwrap_or(0))
    .bind(i64::from(page.limit))
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut aliases = aliases_of_page(
        conn,
        "SELECT project_id, value FROM project_aliases \
         WHERE project_id >= $1 AND project_id <= $2 AND tenant_id = $3 ORDER BY project_id, id",
        Some(tenant_id),
        &ids,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, created, stages, versions)| ProjectRow {
            id,
            created,
            aliases: aliases.remove(&id).unwrap_or_default(),
            stages,
            versions,
        })
        .collect())
}

pub struct StageRow {
    pub id: i64,
    pub created: i64,
    pub aliases: Vec<String>,
    pub deployments: i64,
    pub newest_deployment_id: Option<i64>,
}

pub async fn stages(
    conn: &mut AnyConnection,
    project_id: i64,
    page: Page,
) -> Result<Vec<StageRow>> {
    let rows: Vec<(i64, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT s.id, s.created, \
         (SELECT COUNT(*) FROM deployments d WHERE d.stage_id = s.id), \
         (SELECT MAX(d.id) FROM deployments d WHERE d.stage_id = s.id) \
         FROM stages s WHERE s.project_id = $1 AND s.id > $2 ORDER BY s.id LIMIT $3",
    )
    .bind(project_id)
    .bind(page.after)
    .bind(i64::from(page.limit))
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let mut aliases = aliases_of_page(
        conn,
        "SELECT stage_id, value FROM stage_aliases \
         WHERE stage_id >= $1 AND stage_id <= $2 AND project_id = $3 ORDER BY stage_id, id",
        Some(project_id),
        &ids,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, created, deployments, newest_deployment_id)| StageRow {
                id,
                created,
                aliases: aliases.remove(&id).unwrap_or_default(),
                deployments,
                newest_deployment_id,
            },
        )
        .collect())
}

pub struct VersionRow {
    pub id: i64,
    pub created: i64,
    pub build_state: Option<String>,
    pub images: i64,
    pub deployments: i64,
}

pub async fn versions(
    conn: &mut AnyConnection,
    project_id: i64,
    page: Page,
) -> Result<Vec<VersionRow>> {
    let rows: Vec<(i64, i64, Option<String>, i64, i64)> = sqlx::query_as(
        "SELECT v.id, v.created, \
         (SELECT b.state FROM build_requests b WHERE b.version_id = v.id ORDER BY b.id DESC LIMIT 1), \
         (SELECT COUNT(*) FROM images i WHERE i.version_id = v.id), \
         (SELECT COUNT(*) FROM deployments d WHERE d.version_id = v.id) \
         FROM versions v WHERE v.project_id = $1 AND v.id > $2 ORDER BY v.id LIMIT $3",
    )
    .bind(project_id)
    .bind(page.after)
    .bind(i64::from(page.limit))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, created, build_state, images, deployments)| VersionRow {
                id,
                created,
                build_state,
                images,
                deployments,
            },
        )
        .collect())
}

pub struct DeploymentRow {
    pub id: i64,
    pub version_id: i64,
    pub state: String,
    pub state_reason: Option<String>,
    pub created: i64,
    pub runtimes: i64,
    pub clients: i64,
}

pub async fn deployments(
    conn: &mut AnyConnection,
    game: &super::databases::Databases,
    stage_id: i64,
    page: Page,
) -> Result<Vec<DeploymentRow>> {
    type Tuple = (i64, i64, String, Option<String>, i64);
    // Two reads: a page of deployments (control plane), then what runs in them (game state).
    let rows: Vec<Tuple> = sqlx::query_as(
        "SELECT id, version_id, state, state_reason, created FROM deployments \
         WHERE stage_id = $1 AND id > $2 ORDER BY id LIMIT $3",
    )
    .bind(stage_id)
    .bind(page.after)
    .bind(i64::from(page.limit))
    .fetch_all(&mut *conn)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|t| t.0).collect();
    let runtimes = game.count_by_deployment("runtimes", "TRUE", &ids).await?;
    let clients = game
        .count_by_deployment("clients", "state <> 'DELETED'", &ids)
        .await?;
    Ok(rows
        .into_iter()
        .map(|t| DeploymentRow {
            id: t.0,
            version_id: t.1,
            state: t.2,
            state_reason: t.3,
            created: t.4,
            runtimes: runtimes.get(&t.0).copied().unwrap_or(0),
            clients: clients.get(&t.0).copied().unwrap_or(0),
        })
        .collect())
}

pub struct RuntimeRow {
    pub id: i64,
    pub deployment_id: i64,
    pub qualifier: String,
    pub status: String,
    pub status_reason: Option<String>,
    pub lobby_id: Option<i64>,
    pub match_id: Option<i64>,
    pub mode: Option<String>,
    pub clients: i64,
    pub starts: i64,
    pub failures: i64,
    pub created: i64,
    pub status_changed: i64,
}

/// Which runtimes of a stage a page holds: of one deployment, of one qualifier (`LOBBY`,
/// `MATCH`), or all. `runtimes_of_stage` reads a page of those `deployments` (a stage's, from
/// `deployments::ids_of_stage`) that one database of game state holds.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeFilter<'a> {
    pub deployment_id: Option<i64>,
    pub qualifier: Option<&'a str>,
}

pub async fn runtimes_of_stage(
    conn: &mut AnyConnection,
    deployments: &[i64],
    filter: RuntimeFilter<'_>,
    page: Page,
) -> Result<Vec<RuntimeRow>> {
    type Tuple = (
        i64,
        i64,
        String,
        String,
        Option<String>,
        Option<i64>,
        Option<i64>,
        Option<String>,
        i64,
        i64,
        i64,
        i64,
        i64,
    );
    // Two reads: the stage's deployments (control plane), then their runtimes (game state).
    let deployments: Vec<i64> = deployments
        .iter()
        .copied()
        .filter(|id| filter.deployment_id.is_none_or(|only| *id == only))
        .collect();
    if deployments.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT r.id, r.deployment_id, r.qualifier, r.status, r.status_reason, r.lobby_id, \
         r.match_id, (SELECT m.mode FROM matches m WHERE m.id = r.match_id), \
         (SELECT COUNT(*) FROM clients c WHERE c.runtime_id = r.id AND c.state = 'ASSIGNED'), \
         r.starts, r.failures, r.created, r.status_changed FROM runtimes r \
         WHERE ($1 = '' OR r.qualifier = $2) AND r.id > $3 \
         AND r.deployment_id IN ({}) ORDER BY r.id LIMIT $4",
        super::placeholders_from(5, deployments.len())
    );
    let mut query = sqlx::query_as::<_, Tuple>(&sql)
        .bind(filter.qualifier.unwrap_or(""))
        .bind(filter.qualifier.unwrap_or(""))
        .bind(page.after)
        .bind(i64::from(page.limit));
    for id in &deployments {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|t| RuntimeRow {
            id: t.0,
            deployment_id: t.1,
            qualifier: t.2,
            status: t.3,
            status_reason: t.4,
            lobby_id: t.5,
            match_id: t.6,
            mode: t.7,
            clients: t.8,
            starts: t.9,
            failures: t.10,
            created: t.11,
            status_changed: t.12,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn pages_are_checked_and_chained() {
        assert_eq!(
            Page::of(None, None).unwrap(),
            Page {
                after: i64::MIN,
                limit: DEFAULT_PAGE
            }
        );
        assert_eq!(Page::of(Some("42"), Some(2)).unwrap().after, 42);
        assert!(Page::of(None, Some(0)).is_err());
        assert!(Page::of(None, Some(MAX_PAGE + 1)).is_err());
        assert!(Page::of(Some("x"), None).is_err());
        let page = Page::of(None, Some(2)).unwrap();
        assert_eq!(page.next_cursor(&[5, 9]).as_deref(), Some("9"));
        assert_eq!(page.next_cursor(&[5]), None);
        assert_eq!(page.next_cursor(&[]), None);
    }
}
