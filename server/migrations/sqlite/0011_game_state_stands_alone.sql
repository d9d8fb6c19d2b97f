-- Game state no longer references the control plane (issue 12, item 6: a slot's game state
-- must be able to live in another database than the system one, where those rows do not
-- exist). Lobbies, matchmakers and deployment events no longer go with their deployment's row,
-- nor matchmaking requests and matches with their tenant's: the controller removes the game
-- state of a deployment that is gone (`store::orphans`), as it already did for clients and
-- runtimes (0007). Game-state tables still reference each other (a client's inbox, a
-- runtime's command queue, a client's matchmaking request): those rows share a slot.
--
-- SQLite cannot drop a constraint: the five tables are rebuilt. No table references them, so
-- dropping the old ones deletes nothing through a cascade.

CREATE TABLE lobbies_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    created BIGINT NOT NULL,
    runtime_id BIGINT
);
INSERT INTO lobbies_next (id, tenant_id, deployment_id, created, runtime_id)
SELECT id, tenant_id, deployment_id, created, runtime_id FROM lobbies;

CREATE TABLE matchmakers_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    created BIGINT NOT NULL
);
INSERT INTO matchmakers_next (id, tenant_id, deployment_id, created)
SELECT id, tenant_id, deployment_id, created FROM matchmakers;

CREATE TABLE deployment_events_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    runtime_id BIGINT,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    created BIGINT NOT NULL
);
INSERT INTO deployment_events_next (id, tenant_id, deployment_id, runtime_id, kind, message, created)
SELECT id, tenant_id, deployment_id, runtime_id, kind, message, created FROM deployment_events;

CREATE TABLE matchmaker_requests_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    matchmaker_id BIGINT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    mode TEXT NOT NULL,
    created BIGINT NOT NULL,
    UNIQUE (client_id)
);
INSERT INTO matchmaker_requests_next (id, tenant_id, matchmaker_id, client_id, mode, created)
SELECT id, tenant_id, matchmaker_id, client_id, mode, created FROM matchmaker_requests;

CREATE TABLE matches_next (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    matchmaker_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL,
    mode TEXT NOT NULL,
    runtime_id BIGINT NOT NULL,
    status TEXT NOT NULL,
    created BIGINT NOT NULL
);
INSERT INTO matches_next (id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, status, created)
SELECT id, tenant_id, matchmaker_id, deployment_id, mode, runtime_id, status, created FROM matches;

DROP TABLE lobbies;
DROP TABLE matchmakers;
DROP TABLE deployment_events;
DROP TABLE matchmaker_requests;
DROP TABLE matches;

ALTER TABLE lobbies_next RENAME TO lobbies;
ALTER TABLE matchmakers_next RENAME TO matchmakers;
ALTER TABLE deployment_events_next RENAME TO deployment_events;
ALTER TABLE matchmaker_requests_next RENAME TO matchmaker_requests;
ALTER TABLE matches_next RENAME TO matches;

CREATE INDEX lobbies_deployment ON lobbies (deployment_id);
CREATE INDEX matchmakers_deployment ON matchmakers (deployment_id);
CREATE INDEX deployment_events_deployment ON deployment_events (deployment_id, id);
CREATE INDEX matchmaker_requests_matchmaker ON matchmaker_requests (matchmaker_id, id);
CREATE INDEX matches_matchmaker ON matches (matchmaker_id);

-- The controller looks for game state of gone deployments by deployment (store::orphans).
CREATE INDEX matches_deployment ON matches (deployment_id);
