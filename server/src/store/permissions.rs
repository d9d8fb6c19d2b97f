//! Permission rows (`tenant_permissions`, `project_permissions`, `stage_permissions`; wire
//! reference §2.5). One table per scope so that deleting a tenant, project or stage deletes its
//! permissions with it.

use sqlx::AnyConnection;

use crate::error::Result;

/// What a permission is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Tenant,
    Project,
    Stage,
}

impl Scope {
    fn table(self) -> &'static str {
        match self {
            Scope::Tenant => "tenant_permissions",
            Scope::Project => "project_permissions",
            Scope::Stage => "stage_permissions",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Scope::Tenant => "tenant_id",
            Scope::Project => "project_id",
            Scope::Stage => "stage_id",
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            Scope::Tenant => "tenant",
            Scope::Project => "project",
            Scope::Stage => "stage",
        }
    }
}

/// A stored permission.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PermissionRow {
    pub id: i64,
    pub tenant_id: i64,
    pub scope_id: i64,
    pub user_id: i64,
    pub permission: String,
    pub created: i64,
}

pub async fn has(
    conn: &mut AnyConnection,
    scope: Scope,
    scope_id: i64,
    user_id: i64,
    permission: &str,
) -> Result<bool> {
    held(conn, scope, None, scope_id, user_id, permission).await
}

/// How many projects of the tenant `user_id` holds PROJECT_VIEWER on.
pub async fn viewed_projects(
    conn: &mut AnyConnection,
    tenant_id: i64,
    user_id: i64,
) -> Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM project_permissions \
         WHERE tenant_id = $1 AND user_id = $2 AND permission = 'PROJECT_VIEWER'",
    )
    .bind(tenant_id)
    .bind(user_id)
    .fetch_one(conn)
    .await?;
    Ok(count)
}

/// Like `has`, and the tenant must be the one the scope row belongs to (for callers that took
/// both ids from input, such as an image repository name).
pub async fn has_in_tenant(
    conn: &mut AnyConnection,
    scope: Scope,
    tenant_id: i64,
    scope_id: i64,
    user_id: i64,
    permission: &str,
) -> Result<bool> {
    held(conn, scope, Some(tenant_id), scope_id, user_id, permission).await
}

async fn held(
    conn: &mut AnyConnection,
    scope: Scope,
    tenant_id: Option<i64>,
    scope_id: i64,
    user_id: i64,
    permission: &str,
) -> Result<bool> {
    let in_tenant = if tenant_id.is_some() {
        " AND tenant_id = $4"
    } else {
        ""
    };
    let sql = format!(
        "SELECT COUNT(*) FROM {} WHERE {} = $1 AND user_id = $2 AND permission = $3{in_tenant}",
        scope.table(),
        scope.column()
    );
    let mut query = sqlx::query_as(&sql)
        .bind(scope_id)
        .bind(user_id)
        .bind(permission);
    if let Some(tenant_id) = tenant_id {
        query = query.bind(tenant_id);
    }
    let (count,): (i64,) = query.fetch_one(conn).await?;
    Ok(count > 0)
}

/// Grants a permission; false if the user already had it.
#[allow(clippy::too_many_arguments)]
pub async fn grant(
    conn: &mut AnyConnection,
    id: i64,
    scope: Scope,
    tenant_id: i64,
    scope_id: i64,
    user_id: i64,
    permission: &str,
    now: i64,
) -> Result<bool> {
    let done = if scope == Scope::Tenant {
        sqlx::query(
            "INSERT INTO tenant_permissions (id, tenant_id, user_id, permission, created) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(scope_id)
        .bind(user_id)
        .bind(permission)
        .bind(now)
        .execute(conn)
        .await?
    } else {
        let sql = format!(
            "INSERT INTO {} (id, tenant_id, {}, user_id, permission, created) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            scope.table(),
            scope.column()
        );
        sqlx::query(&sql)
            .bind(id)
            .bind(tenant_id)
            .bind(scope_id)
            .bind(user_id)
            .bind(permission)
            .bind(now)
            .execute(conn)
            .await?
    };
    Ok(done.rows_affected() > 0)
}

/// Revokes a permission; false if the user did not have it.
pub async fn revoke(
    conn: &mut AnyConnection,
    scope: Scope,
    scope_id: i64,
    user_id: i64,
    permission: &str,
) -> Result<bool> {
    let sql = format!(
        "DELETE FROM {} WHERE {} = $1 AND user_id = $2 AND permission = $3",
        scope.table(),
        scope.column()
    );
    let done = sqlx::query(&sql)
        .bind(scope_id)
        .bind(user_id)
        .bind(permission)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// All permissions on one tenant, project or stage, oldest first.
pub async fn list(
    conn: &mut AnyConnection,
    scope: Scope,
    scope_id: i64,
) -> Result<Vec<PermissionRow>> {
    let sql = format!(
        "SELECT id, tenant_id, {col} AS scope_id, user_id, permission, created FROM {} WHERE {col} = $1 ORDER BY id",
        scope.table(),
        col = scope.column()
    );
    Ok(sqlx::query_as(&sql).bind(scope_id).fetch_all(conn).await?)
}
