-- Clients and runtimes no longer go with their tenant's row (issue 15, fault 5): deleting a
-- tenant deletes its deployments, and the controller then tears their game state down as for
-- any deleted deployment — each client gets its DISCONNECTION_REASON_MESSAGE (INTERNAL_FAILURE)
-- and stays readable for OMGSERVERS_CLIENTS_DELETED_RETENTION, each runtime is stopped and its
-- user deleted. Their inboxes and command queues still go with them.
--
-- SQLite cannot drop a constraint: the two tables are rebuilt, with the tables that reference
-- them (rebuilt first and pointed at the new tables, so dropping an old table deletes nothing
-- through a cascade; renaming a table rewrites the references to it).

CREATE TABLE clients_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    player_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    matchmaker_id BIGINT,
    runtime_id BIGINT,
    runtime_qualifier TEXT,
    match_id BIGINT,
    group_name TEXT,
    state TEXT NOT NULL,
    created BIGINT NOT NULL,
    last_activity BIGINT NOT NULL
);
INSERT INTO clients_next (id, tenant_id, user_id, player_id, deployment_id, matchmaker_id,
    runtime_id, runtime_qualifier, match_id, group_name, state, created, last_activity)
SELECT id, tenant_id, user_id, player_id, deployment_id, matchmaker_id, runtime_id,
    runtime_qualifier, match_id, group_name, state, created, last_activity FROM clients;

CREATE TABLE client_messages_next (
    id BIGINT PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients_next (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    body TEXT NOT NULL,
    created BIGINT NOT NULL
);
INSERT INTO client_messages_next (id, client_id, qualifier, body, created)
SELECT id, client_id, qualifier, body, created FROM client_messages;

CREATE TABLE matchmaker_requests_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    matchmaker_id BIGINT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients_next (id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (client_id)
);
INSERT INTO matchmaker_requests_next (id, tenant_id, matchmaker_id, client_id, mode, created)
SELECT id, tenant_id, matchmaker_id, client_id, mode, created FROM matchmaker_requests;

CREATE TABLE runtimes_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    qualifier TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    lobby_id BIGINT,
    matchmaker_id BIGINT,
    match_id BIGINT,
    config TEXT NOT NULL,
    created BIGINT NOT NULL,
    last_activity BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'PENDING',
    status_reason TEXT,
    status_changed BIGINT NOT NULL DEFAULT 0,
    starts BIGINT NOT NULL DEFAULT 0,
    failures BIGINT NOT NULL DEFAULT 0,
    started_at BIGINT NOT NULL DEFAULT 0,
    next_start_at BIGINT NOT NULL DEFAULT 0
);
INSERT INTO runtimes_next (id, tenant_id, deployment_id, qualifier, user_id, lobby_id,
    matchmaker_id, match_id, config, created, last_activity, status, status_reason,
    status_changed, starts, failures, started_at, next_start_at)
SELECT id, tenant_id, deployment_id, qualifier, user_id, lobby_id, matchmaker_id, match_id,
    config, created, last_activity, status, status_reason, status_changed, starts, failures,
    started_at, next_start_at FROM runtimes;

CREATE TABLE runtime_commands_next (
    id BIGINT PRIMARY KEY,
    runtime_id BIGINT NOT NULL REFERENCES runtimes_next (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    body TEXT NOT NULL,
    created BIGINT NOT NULL
);
INSERT INTO runtime_commands_next (id, runtime_id, qualifier, body, created)
SELECT id, runtime_id, qualifier, body, created FROM runtime_commands;

DROP TABLE runtime_commands;
DROP TABLE matchmaker_requests;
DROP TABLE client_messages;
DROP TABLE clients;
DROP TABLE runtimes;

ALTER TABLE clients_next RENAME TO clients;
ALTER TABLE client_messages_next RENAME TO client_messages;
ALTER TABLE matchmaker_requests_next RENAME TO matchmaker_requests;
ALTER TABLE runtimes_next RENAME TO runtimes;
ALTER TABLE runtime_commands_next RENAME TO runtime_commands;

CREATE INDEX clients_runtime ON clients (runtime_id);
CREATE INDEX clients_deployment_state ON clients (deployment_id, state);
CREATE INDEX clients_match ON clients (match_id);
CREATE INDEX client_messages_client ON client_messages (client_id, id);
CREATE INDEX matchmaker_requests_matchmaker ON matchmaker_requests (matchmaker_id, id);
CREATE INDEX runtimes_deployment ON runtimes (deployment_id);
CREATE INDEX runtime_commands_runtime ON runtime_commands (runtime_id, id);
