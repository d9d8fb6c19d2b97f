-- Game state no longer references the control plane (issue 12, item 6: a slot's game state
-- must be able to live in another database than the system one, where those rows do not
-- exist). Lobbies, matchmakers and deployment events no longer go with their deployment's row,
-- nor matchmaking requests and matches with their tenant's: the controller removes the game
-- state of a deployment that is gone (`store::orphans`), as it already did for clients and
-- runtimes (0007). Game-state tables still reference each other (a client's inbox, a
-- runtime's command queue, a client's matchmaking request): those rows share a slot.
ALTER TABLE lobbies DROP CONSTRAINT lobbies_deployment_id_fkey;
ALTER TABLE matchmakers DROP CONSTRAINT matchmakers_deployment_id_fkey;
ALTER TABLE deployment_events DROP CONSTRAINT deployment_events_deployment_id_fkey;
ALTER TABLE matchmaker_requests DROP CONSTRAINT matchmaker_requests_tenant_id_fkey;
ALTER TABLE matches DROP CONSTRAINT matches_tenant_id_fkey;

-- The controller looks for game state of gone deployments by deployment (store::orphans).
CREATE INDEX matches_deployment ON matches (deployment_id);
