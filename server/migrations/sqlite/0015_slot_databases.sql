-- Which shard database holds each slot's game state (docs/sharding.md "Several databases"),
-- in the system database. Empty unless OMGSERVERS_DATABASE_SHARDS_<i>_URL are set; written
-- once, at the first start with shard databases. A control-plane table.
CREATE TABLE slot_databases (
    slot INTEGER PRIMARY KEY,
    shard INTEGER NOT NULL
);
