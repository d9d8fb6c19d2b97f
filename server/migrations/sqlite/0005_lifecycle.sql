-- Runtime lifecycle and gated rollout (docs/runtime-pool.md "Lifecycle").

-- A deployment is PENDING until one of its lobby runtimes made its first interchange, READY
-- after (it takes new players, older deployments of its stage drain), FAILED when it did not
-- within the readiness limits (state_reason says why). Deployments that exist already served.
ALTER TABLE deployments ADD COLUMN state TEXT NOT NULL DEFAULT 'READY';
ALTER TABLE deployments ADD COLUMN state_reason TEXT;
ALTER TABLE deployments ADD COLUMN state_changed BIGINT NOT NULL DEFAULT 0;
-- Match runtimes come and go with their matches, so their backoff is the deployment's: failed
-- match runtimes in a row (reset when a match ends normally) and when the next may start.
ALTER TABLE deployments ADD COLUMN match_failures BIGINT NOT NULL DEFAULT 0;
ALTER TABLE deployments ADD COLUMN match_next_start_at BIGINT NOT NULL DEFAULT 0;

-- A runtime keeps its id across restarts of its process or container. status: PENDING,
-- PULLING, IMAGE_PULL_FAILED, STARTING, RUNNING, EXITED, CRASH_LOOP_BACKOFF, STOPPED (see
-- docs); starts counts its process or container starts; failures counts the failed starts
-- since it last ran healthy (the backoff exponent); next_start_at (epoch ms) is when it may
-- start again.
ALTER TABLE runtimes ADD COLUMN status TEXT NOT NULL DEFAULT 'PENDING';
ALTER TABLE runtimes ADD COLUMN status_reason TEXT;
ALTER TABLE runtimes ADD COLUMN status_changed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE runtimes ADD COLUMN starts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE runtimes ADD COLUMN failures BIGINT NOT NULL DEFAULT 0;
ALTER TABLE runtimes ADD COLUMN started_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE runtimes ADD COLUMN next_start_at BIGINT NOT NULL DEFAULT 0;

-- What happened to a deployment and its runtimes, newest kept (a bounded number per
-- deployment), as `kubectl describe` shows events.
CREATE TABLE deployment_events (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deployment_id BIGINT NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    runtime_id BIGINT,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX deployment_events_deployment ON deployment_events (deployment_id, id);
