//! Tenant hierarchy rows: `tenants`, `projects`, `stages` and their alias tables (wire reference
//! §3.2, §5.3). Deleting a row deletes everything under it (foreign keys cascade).

use omgservers_types::ErrorQualifier;
use sqlx::AnyConnection;

use crate::error::{Error, Result};
use crate::store::is_unique_violation;

/// A table with aliases, and the id columns an alias row of it carries before its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aliased {
    Tenant,
    Project,
    Stage,
}

impl Aliased {
    fn table(self) -> &'static str {
        match self {
            Aliased::Tenant => "tenant_aliases",
            Aliased::Project => "project_aliases",
            Aliased::Stage => "stage_aliases",
        }
    }

    /// The column naming the aliased row.
    fn column(self) -> &'static str {
        match self {
            Aliased::Tenant => "tenant_id",
            Aliased::Project => "project_id",
            Aliased::Stage => "stage_id",
        }
    }

    /// The ids an alias row carries, in the order `insert_alias` takes them.
    fn id_columns(self) -> &'static str {
        match self {
            Aliased::Tenant => "id, tenant_id",
            Aliased::Project => "id, tenant_id, project_id",
            Aliased::Stage => "id, tenant_id, project_id, stage_id",
        }
    }
}

/// An alias as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AliasRow {
    pub id: i64,
    pub value: String,
    pub created: i64,
}

/// An id with its creation instant (epoch ms), for lists of children.
#[derive(Clone, Copy, Debug, sqlx::FromRow)]
pub struct Created {
    pub id: i64,
    pub created: i64,
}

pub async fn insert_tenant(conn: &mut AnyConnection, id: i64, now: i64) -> Result<()> {
    sqlx::query("INSERT INTO tenants (id, created) VALUES ($1, $2)")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_project(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    now: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO projects (id, tenant_id, created) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(tenant_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_stage(
    conn: &mut AnyConnection,
    id: i64,
    tenant_id: i64,
    project_id: i64,
    now: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO stages (id, tenant_id, project_id, created) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(tenant_id)
        .bind(project_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Inserts an alias row; `ids` are the row's own id then the ids of `Aliased::id_columns`
/// after it. A value already taken is a 409 `DB_CONSTRAINT_VIOLATED` that names it and says
/// where (`taken_in`).
pub async fn insert_alias(
    conn: &mut AnyConnection,
    kind: Aliased,
    ids: &[i64],
    alias: &str,
    taken_in: &str,
    now: i64,
) -> Result<()> {
    let columns = kind.id_columns();
    let sql = format!(
        "INSERT INTO {} ({columns}, value, created) VALUES ({})",
        kind.table(),
        super::placeholders(ids.len() + 2)
    );
    let mut query = sqlx::query(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    match query.bind(alias).bind(now).execute(conn).await {
        Ok(_) => Ok(()),
        Err(e) if is_unique_violation(&e) => Err(Error::conflict(
            ErrorQualifier::DB_CONSTRAINT_VIOLATED,
            format!("alias `{alias}` is already taken {taken_in}"),
        )),
        Err(e) => Err(e.into()),
    }
}

/// The aliases of one tenant, project or stage, oldest first.
pub async fn aliases(
    conn: &mut AnyConnection,
    kind: Aliased,
    entity_id: i64,
) -> Result<Vec<AliasRow>> {
    let sql = format!(
        "SELECT id, value, created FROM {} WHERE {} = $1 ORDER BY id",
        kind.table(),
        kind.column()
    );
    Ok(sqlx::query_as(&sql).bind(entity_id).fetch_all(conn).await?)
}

/// When a tenant, project or stage (by its alias kind's table) was created; none if absent.
pub async fn created(conn: &mut AnyConnection, kind: Aliased, id: i64) -> Result<Option<i64>> {
    let table = match kind {
        Aliased::Tenant => "tenants",
        Aliased::Project => "projects",
        Aliased::Stage => "stages",
    };
    let sql = format!("SELECT created FROM {table} WHERE id = $1");
    let row: Option<(i64,)> = sqlx::query_as(&sql).bind(id).fetch_optional(conn).await?;
    Ok(row.map(|(created,)| created))
}

/// Children of a parent, oldest first: `(child table, parent column)` pairs written here only.
pub async fn children(
    conn: &mut AnyConnection,
    child: Child,
    parent_id: i64,
) -> Result<Vec<Created>> {
    let (table, column) = match child {
        Child::ProjectsOfTenant => ("projects", "tenant_id"),
        Child::StagesOfProject => ("stages", "project_id"),
        Child::VersionsOfProject => ("versions", "project_id"),
        Child::LobbiesOfDeployment => ("lobbies", "deployment_id"),
        Child::MatchmakersOfDeployment => ("matchmakers", "deployment_id"),
    };
    let sql = format!("SELECT id, created FROM {table} WHERE {column} = $1 ORDER BY id");
    Ok(sqlx::query_as(&sql).bind(parent_id).fetch_all(conn).await?)
}

/// The lists `children` serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Child {
    ProjectsOfTenant,
    StagesOfProject,
    VersionsOfProject,
    LobbiesOfDeployment,
    MatchmakersOfDeployment,
}

pub async fn tenant_exists(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM tenants WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?;
    Ok(row.is_some())
}

/// Deletes a tenant and everything under it but its clients and runtimes, which the
/// controller tears down as those of a deleted deployment (their deployments go here);
/// false if it did not exist.
pub async fn delete_tenant(conn: &mut AnyConnection, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM tenants WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Deletes a project of the tenant and everything under it; false if it did not exist.
pub async fn delete_project(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM projects WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Deletes a stage of the tenant and everything under it; false if it did not exist.
pub async fn delete_stage(conn: &mut AnyConnection, tenant_id: i64, id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM stages WHERE tenant_id = $1 AND id = $2")
        .bind(tenant_id)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// An object whose delete cascades, for [`cascade`].
#[derive(Clone, Copy, Debug)]
pub enum CascadeRoot {
    Tenant(i64),
    Project(i64),
    Stage(i64),
    Deployment(i64),
}

/// How many objects of each kind deleting `root` removes, the root itself included (a delete's
/// `dry_run`, and its audit line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cascade {
    pub projects: i64,
    pub stages: i64,
    pub versions: i64,
    pub deployments: i64,
    pub lobbies: i64,
    pub matchmakers: i64,
    pub runtimes: i64,
    pub clients: i64,
}

pub async fn cascade(
    conn: &mut AnyConnection,
    game: &mut super::databases::GameReads,
    root: CascadeRoot,
) -> Result<Cascade> {
    // The root's deployments, with the root's id as the one parameter.
    let (deployments, id) = match root {
        CascadeRoot::Tenant(id) => ("SELECT id FROM deployments WHERE tenant_id = $1", id),
        CascadeRoot::Project(id) => (
            "SELECT d.id FROM deployments d JOIN stages s ON s.id = d.stage_id \
             WHERE s.project_id = $1",
            id,
        ),
        CascadeRoot::Stage(id) => ("SELECT id FROM deployments WHERE stage_id = $1", id),
        CascadeRoot::Deployment(id) => ("SELECT id FROM deployments WHERE id = $1", id),
    };
    // The root counts itself: deleting a project removes one project, a stage one stage.
    let by_owner = |table: &str| match (root, table) {
        (CascadeRoot::Tenant(_), _) => {
            Some(format!("SELECT COUNT(*) FROM {table} WHERE tenant_id = $1"))
        }
        (CascadeRoot::Project(_), "projects") | (CascadeRoot::Stage(_), "stages") => {
            Some(format!("SELECT COUNT(*) FROM {table} WHERE id = $1"))
        }
        (CascadeRoot::Project(_), _) => Some(format!(
            "SELECT COUNT(*) FROM {table} WHERE project_id = $1"
        )),
        _ => None,
    };
    let mut counts = Vec::new();
    for sql in [
        by_owner("projects"),
        by_owner("stages"),
        by_owner("versions"),
    ] {
        let count = match sql {
            Some(sql) => {
                let (count,): (i64,) = sqlx::query_as(&sql).bind(id).fetch_one(&mut *conn).await?;
                count
            }
            None => 0,
        };
        counts.push(count);
    }
    let [projects, stages, versions] = counts[..] else {
        unreachable!("three counts")
    };
    // The game state: a read of its own, by the deployments' ids (docs/sharding.md "Game state
    // and the control plane").
    let ids: Vec<i64> = sqlx::query_as::<_, (i64,)>(deployments)
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|(id,)| id)
        .collect();
    let mut totals = Vec::new();
    for (table, condition) in [
        ("lobbies", "TRUE"),
        ("matchmakers", "TRUE"),
        ("runtimes", "TRUE"),
        ("clients", "state <> 'DELETED'"),
    ] {
        let counts = game.count_by_deployment(table, condition, &ids).await?;
        totals.push(counts.values().sum());
    }
    let [lobbies, matchmakers, runtimes, clients] = totals[..] else {
        unreachable!("four counts")
    };
    let deployments = i64::try_from(ids.len()).unwrap_or(i64::MAX);
    Ok(Cascade {
        projects,
        stages,
        versions,
        deployments,
        lobbies,
        matchmakers,
        runtimes,
        clients,
    })
}
