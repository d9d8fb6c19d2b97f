-- The backoff of a deployment's match runtimes is game state, written by the units that record
-- a match runtime's failure or a match's end (issue 12 item 6: those units must write one kind
-- of table only). It moves off `deployments` (the control plane) to a table of its own, keyed
-- by deployment like the rest of a slot's game state; no row means no backoff.
CREATE TABLE match_backoffs (
    deployment_id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    -- Match runtime failures in a row.
    failures BIGINT NOT NULL,
    -- When the deployment's next match runtime may start, epoch ms.
    next_start_at BIGINT NOT NULL
);
INSERT INTO match_backoffs (deployment_id, tenant_id, failures, next_start_at)
SELECT id, tenant_id, match_failures, match_next_start_at FROM deployments
WHERE match_failures > 0 OR match_next_start_at > 0;
ALTER TABLE deployments DROP COLUMN match_failures;
ALTER TABLE deployments DROP COLUMN match_next_start_at;
