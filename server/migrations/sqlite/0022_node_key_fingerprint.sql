-- The signing key each cluster node uses, by fingerprint (SHA-256 of its public key): a node
-- whose key is not the live nodes' refuses to start, as the tokens one issues must pass at the
-- others (docs/sharding.md). NULL: a node of a server before this column.
ALTER TABLE nodes ADD COLUMN key_fingerprint TEXT;
