-- Control plane: users, tenants and everything under them.
-- Instants are epoch milliseconds; JSON is TEXT. Every tenant-owned row carries tenant_id,
-- its shard key. Deleting a parent deletes its children (ON DELETE CASCADE).

CREATE TABLE users (
    id BIGINT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created BIGINT NOT NULL
);

CREATE TABLE user_aliases (
    id BIGINT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    value TEXT NOT NULL UNIQUE,
    created BIGINT NOT NULL
);
CREATE INDEX user_aliases_user ON user_aliases (user_id);

CREATE TABLE tenants (
    id BIGINT PRIMARY KEY,
    created BIGINT NOT NULL
);

CREATE TABLE tenant_aliases (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    value TEXT NOT NULL UNIQUE,
    created BIGINT NOT NULL
);
CREATE INDEX tenant_aliases_tenant ON tenant_aliases (tenant_id);

CREATE TABLE tenant_permissions (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (tenant_id, user_id, permission)
);
CREATE INDEX tenant_permissions_user ON tenant_permissions (user_id);

CREATE TABLE projects (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created BIGINT NOT NULL
);
CREATE INDEX projects_tenant ON projects (tenant_id);

CREATE TABLE project_aliases (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (tenant_id, value)
);
CREATE INDEX project_aliases_project ON project_aliases (project_id);

CREATE TABLE project_permissions (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (project_id, user_id, permission)
);
CREATE INDEX project_permissions_user ON project_permissions (user_id);

CREATE TABLE stages (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    created BIGINT NOT NULL
);
CREATE INDEX stages_project ON stages (project_id);

CREATE TABLE stage_aliases (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (project_id, value)
);
CREATE INDEX stage_aliases_stage ON stage_aliases (stage_id);

CREATE TABLE stage_permissions (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (stage_id, user_id, permission)
);
CREATE INDEX stage_permissions_user ON stage_permissions (user_id);

CREATE TABLE versions (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    config TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX versions_project ON versions (project_id);

CREATE TABLE build_requests (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    build_number INTEGER NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX build_requests_version ON build_requests (version_id);

CREATE TABLE images (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    image_id TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (version_id, qualifier, image_id)
);

-- Registry notification ids already handled (handle-events is at-least-once).
CREATE TABLE registry_events (
    id TEXT PRIMARY KEY,
    created BIGINT NOT NULL
);

CREATE TABLE deployments (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    stage_id BIGINT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    -- NO ACTION, not CASCADE: a deployed version cannot be deleted (checked at statement end,
    -- so deleting a whole project, which removes stages and versions together, still works).
    version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE NO ACTION,
    created BIGINT NOT NULL
);
CREATE INDEX deployments_stage ON deployments (stage_id);
CREATE INDEX deployments_version ON deployments (version_id);

-- Desired lobbies and matchmakers of a deployment; the game loop gives them runtimes.
CREATE TABLE lobbies (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    created BIGINT NOT NULL
);
CREATE INDEX lobbies_deployment ON lobbies (deployment_id);

CREATE TABLE matchmakers (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    created BIGINT NOT NULL
);
CREATE INDEX matchmakers_deployment ON matchmakers (deployment_id);
