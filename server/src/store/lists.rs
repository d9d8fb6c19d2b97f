//! Pages of lists (`support/list-tenants`, `support/list-developers`,
//! `developer/list-clients`; not upstream): ascending by id, each page starting after a cursor (the last id of the previous
//! page), so a page costs one index range scan however far the list goes.

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
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(Vec::new());
    };
    let aliases: Vec<(i64, String)> = sqlx::query_as(
        "SELECT tenant_id, value FROM tenant_aliases WHERE tenant_id >= $1 AND tenant_id <= $2 \
         ORDER BY tenant_id, id",
    )
    .bind(first.0)
    .bind(last.0)
    .fetch_all(conn)
    .await?;
    let mut by_tenant: HashMap<i64, Vec<String>> = HashMap::new();
    for (tenant_id, value) in aliases {
        by_tenant.entry(tenant_id).or_default().push(value);
    }
    Ok(rows
        .into_iter()
        .map(|(id, created)| TenantRow {
            id,
            created,
            aliases: by_tenant.remove(&id).unwrap_or_default(),
        })
        .collect())
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

/// A page of the connected (not deleted) clients of a stage's deployments, of one user if
/// given.
pub async fn clients_of_stage(
    conn: &mut AnyConnection,
    stage_id: i64,
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
    let rows: Vec<Tuple> = sqlx::query_as(
        "SELECT c.id, c.user_id, c.deployment_id, c.state, c.runtime_id, c.runtime_qualifier, \
         c.match_id, c.created, c.last_activity FROM clients c \
         JOIN deployments d ON d.id = c.deployment_id \
         WHERE d.stage_id = $1 AND c.state <> 'DELETED' AND c.id > $2 \
         AND ($3 = 0 OR c.user_id = $4) ORDER BY c.id LIMIT $5",
    )
    .bind(stage_id)
    .bind(page.after)
    .bind(i64::from(user_id.is_some()))
    .bind(user_id.unwrap_or(0))
    .bind(i64::from(page.limit))
    .fetch_all(conn)
    .await?;
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
