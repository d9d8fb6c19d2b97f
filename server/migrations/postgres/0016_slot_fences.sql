-- The fence of each slot whose game state lives in this database, when that is a shard
-- database of a cluster with leases (docs/sharding.md "Several databases"): the node that may
-- write the slot's game state here, and at which epoch of its lease. A takeover's second step
-- rewrites it once the lease (slot_leases, in the system database) is taken; every unit that
-- writes the slot here checks it `FOR SHARE`, so the fence sits next to the data.
CREATE TABLE slot_fences (
    slot INTEGER PRIMARY KEY,
    node_id BIGINT NOT NULL,
    epoch BIGINT NOT NULL
);
