-- The sharded installation (docs/sharding.md): nodes sharing this database, and which node
-- owns which slot. Times are epoch milliseconds of the database's clock, never a node's.

-- A node: its address for forwards, the snowflake instance id it claimed (unique among the
-- nodes registered, so two nodes never mint the same id), and until when it counts as alive
-- (its heartbeat moves expires_at; a node past it has lost its slots). A draining node keeps
-- serving but hands its slots over.
CREATE TABLE nodes (
    id BIGINT PRIMARY KEY,
    uri TEXT NOT NULL,
    instance_id INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    draining BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX nodes_instance_id ON nodes (instance_id);

-- One row per slot (0 .. OMGSERVERS_SERVER_SHARD_COUNT - 1): its owner (NULL: free) and the
-- fencing epoch, which rises at every change of owner. A lease holds while its node's
-- membership does: renewing one row per node, not one per slot, keeps heartbeats from ever
-- touching the rows that write batches lock to fence their slots.
CREATE TABLE slot_leases (
    slot INTEGER PRIMARY KEY,
    node_id BIGINT,
    epoch BIGINT NOT NULL
);
CREATE INDEX slot_leases_node ON slot_leases (node_id);
