//! Tenants and everything under them: projects, stages, aliases, permissions management,
//! versions, images, deployments and their lobby / matchmaker records, and the details views.
//!
//! Every operation runs in one transaction. Permission checks live here (not in handlers):
//! the same operation serves support (no permission needed) and developers (permission per
//! wire reference §2.5), told apart by `Actor`.

pub mod details;
pub mod hierarchy;
pub mod lists;
pub mod permissions_admin;
pub use crate::store::resolve;
pub mod runtimes_view;
pub mod status;
pub mod versions;

use crate::store::databases::GameReads;
use crate::store::hierarchy::{Cascade, CascadeRoot};
use omgservers_types::permissions::{ProjectPermission, StagePermission, TenantPermission};
use sqlx::{Any, AnyConnection, Transaction};

use crate::auth::permissions::{self, Scope};
use crate::error::Result;

/// Who performs an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// Support staff: unrestricted, grants nothing to itself.
    Support,
    /// A developer, who needs the operation's permission.
    Developer(i64),
}

impl Actor {
    /// Checks the developer's permission; support always passes.
    pub async fn require(
        self,
        conn: &mut AnyConnection,
        scope: Scope,
        scope_id: i64,
        permission: &str,
    ) -> Result<()> {
        match self {
            Actor::Support => Ok(()),
            Actor::Developer(user_id) => {
                permissions::require(conn, scope, scope_id, user_id, permission).await
            }
        }
    }

    pub async fn require_tenant(
        self,
        conn: &mut AnyConnection,
        tenant_id: i64,
        permission: TenantPermission,
    ) -> Result<()> {
        self.require(conn, Scope::Tenant, tenant_id, permission.as_str())
            .await
    }

    pub async fn require_project(
        self,
        conn: &mut AnyConnection,
        project_id: i64,
        permission: ProjectPermission,
    ) -> Result<()> {
        self.require(conn, Scope::Project, project_id, permission.as_str())
            .await
    }

    pub async fn require_stage(
        self,
        conn: &mut AnyConnection,
        stage_id: i64,
        permission: StagePermission,
    ) -> Result<()> {
        self.require(conn, Scope::Stage, stage_id, permission.as_str())
            .await
    }

    /// Reading what runs in a stage: STAGE_VIEWER, or DEPLOYMENT_MANAGER (who manages the
    /// stage's deployments sees them too); the refusal names STAGE_VIEWER.
    pub async fn require_stage_viewer(self, conn: &mut AnyConnection, stage_id: i64) -> Result<()> {
        if let Actor::Developer(user_id) = self {
            let manager = StagePermission::DEPLOYMENT_MANAGER.as_str();
            if permissions::has(conn, Scope::Stage, stage_id, user_id, manager).await? {
                return Ok(());
            }
        }
        self.require_stage(conn, stage_id, StagePermission::STAGE_VIEWER)
            .await
    }
}

/// The unit of work of a delete that can be a dry run: the writer's for a real delete; for a
/// dry run a read-only snapshot, which can write nothing and holds up no one's writes.
pub struct DeleteUnit {
    tx: DeleteTx,
    /// The databases of game state, when the delete counts what it removes (a dry run, or
    /// audit lines on): reached before the unit begins, so that a shard database that is down
    /// never holds up the system writer's batch.
    game: Option<GameReads>,
}

enum DeleteTx {
    Write(crate::store::writer::WriteTx),
    DryRun(Transaction<'static, Any>),
}

impl DeleteUnit {
    pub async fn begin(state: &crate::state::AppState, dry_run: bool) -> Result<DeleteUnit> {
        let game = if dry_run || crate::audit::enabled() {
            Some(state.databases.game_reads().await?)
        } else {
            None
        };
        let tx = if dry_run {
            DeleteTx::DryRun(state.begin_read().await?)
        } else {
            DeleteTx::Write(state.begin().await?)
        };
        Ok(DeleteUnit { tx, game })
    }

    /// What deleting `root` removes, when the delete counts it (`game`).
    pub async fn cascade(&mut self, root: CascadeRoot) -> Result<Option<Cascade>> {
        let Some(game) = self.game.as_mut() else {
            return Ok(None);
        };
        let conn: &mut AnyConnection = match &mut self.tx {
            DeleteTx::Write(tx) => tx,
            DeleteTx::DryRun(tx) => tx,
        };
        Ok(Some(
            crate::store::hierarchy::cascade(conn, game, root).await?,
        ))
    }

    /// Keeps a real delete's writes; a dry run's snapshot is rolled back.
    pub async fn commit(self) -> Result<()> {
        match self.tx {
            DeleteTx::Write(tx) => tx.commit().await?,
            DeleteTx::DryRun(tx) => tx.rollback().await?,
        }
        Ok(())
    }
}

impl std::ops::Deref for DeleteUnit {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match &self.tx {
            DeleteTx::Write(tx) => tx,
            DeleteTx::DryRun(tx) => tx,
        }
    }
}

impl std::ops::DerefMut for DeleteUnit {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match &mut self.tx {
            DeleteTx::Write(tx) => tx,
            DeleteTx::DryRun(tx) => tx,
        }
    }
}
