-- The game loop: players and their profiles, clients and their inboxes, runtimes and their
-- command queues, matchmaking requests and matches.

ALTER TABLE lobbies ADD COLUMN runtime_id BIGINT;

-- One player per (user, stage): the profile runtimes read and set.
CREATE TABLE players (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    stage_id BIGINT NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    profile TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (user_id, stage_id)
);

-- A lobby or match game server. Its credentials are a RUNTIME user with the runtime's user_id.
CREATE TABLE runtimes (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    deployment_id BIGINT NOT NULL,
    qualifier TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    lobby_id BIGINT,
    matchmaker_id BIGINT,
    match_id BIGINT,
    config TEXT NOT NULL,
    created BIGINT NOT NULL,
    last_activity BIGINT NOT NULL
);
CREATE INDEX runtimes_deployment ON runtimes (deployment_id);

-- Commands queued for a runtime, delivered until acknowledged.
CREATE TABLE runtime_commands (
    id BIGINT PRIMARY KEY,
    runtime_id BIGINT NOT NULL REFERENCES runtimes (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    body TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX runtime_commands_runtime ON runtime_commands (runtime_id, id);

-- A player's connection to a deployment. `state`: QUEUED (waiting for a lobby), ASSIGNED (to
-- runtime_id), DELETED (receive-only until its inbox is read).
CREATE TABLE clients (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
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
CREATE INDEX clients_runtime ON clients (runtime_id);
CREATE INDEX clients_deployment_state ON clients (deployment_id, state);
CREATE INDEX clients_match ON clients (match_id);

-- A client's inbox, delivered until acknowledged.
CREATE TABLE client_messages (
    id BIGINT PRIMARY KEY,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    body TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX client_messages_client ON client_messages (client_id, id);

CREATE TABLE matchmaker_requests (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    matchmaker_id BIGINT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (client_id)
);
CREATE INDEX matchmaker_requests_matchmaker ON matchmaker_requests (matchmaker_id, id);

-- `status`: OPENED (takes players) or CLOSED (STOP_MATCHMAKING: no new players).
CREATE TABLE matches (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    matchmaker_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    mode TEXT NOT NULL,
    runtime_id BIGINT NOT NULL,
    status TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX matches_matchmaker ON matches (matchmaker_id);
