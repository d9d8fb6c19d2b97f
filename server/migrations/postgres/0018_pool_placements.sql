-- Placements in progress on the shared Docker hosts of a cluster (docs/sharding.md "Placing on
-- shared hosts"): a node records the room it takes on a host, under the lock of the pool's host
-- rows, before it creates the container, and deletes its record once the launch ended. Until
-- then the other nodes count it against the host's room, since Docker does not list the
-- container yet. `placed_by` is the placing node's URI: a runtime's new owner records its own
-- placement beside the one of a node that lost the runtime mid-launch, and each deletes only
-- its own. `expires_at` (database clock, epoch ms) frees the room of a node that died
-- mid-launch. A standalone server (the only node) records nothing here.
CREATE TABLE pool_placements (
    runtime_id BIGINT NOT NULL,
    placed_by TEXT NOT NULL,
    host_id BIGINT NOT NULL,
    cpu BIGINT NOT NULL,
    memory BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (runtime_id, placed_by)
);
CREATE INDEX pool_placements_host ON pool_placements (host_id);
