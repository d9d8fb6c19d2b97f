-- Placements in progress on the shared Docker hosts of a cluster (docs/sharding.md
-- "Containers on shared Docker hosts"): a node records the room it takes on a host, under the
-- lock of the pool's host rows, before it creates the container, and deletes the record once
-- the launch ended. Until then the other nodes count it against the host's room, since Docker
-- does not list the container yet. `expires_at` (database clock, epoch ms) frees the room of a
-- node that died mid-launch. A standalone server (the only node) records nothing here.
CREATE TABLE pool_placements (
    runtime_id BIGINT PRIMARY KEY,
    host_id BIGINT NOT NULL,
    cpu BIGINT NOT NULL,
    memory BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX pool_placements_host ON pool_placements (host_id);
