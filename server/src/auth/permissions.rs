//! Permission checks (wire reference §2.5); the rows live in `store::permissions`.

use sqlx::AnyConnection;

pub use crate::store::permissions::{
    grant, has, has_in_tenant, list, revoke, viewed_projects, PermissionRow, Scope,
};

use crate::error::{Error, Result};

/// 403 `PERMISSION_NOT_FOUND` naming the missing permission unless the user holds it.
pub async fn require(
    conn: &mut AnyConnection,
    scope: Scope,
    scope_id: i64,
    user_id: i64,
    permission: &str,
) -> Result<()> {
    if has(conn, scope, scope_id, user_id, permission).await? {
        Ok(())
    } else {
        Err(Error::permission(format!(
            "user {user_id} lacks {permission} on {} {scope_id}; ask support to grant it",
            scope.noun()
        )))
    }
}
