-- The Docker hosts of the runtime pool (wire reference §7.4, §12). A draining host keeps its
-- containers but gets no new ones.
CREATE TABLE pool_hosts (
    id BIGINT PRIMARY KEY,
    docker_daemon_uri TEXT NOT NULL UNIQUE,
    cpu_count INTEGER NOT NULL,
    memory_size INTEGER NOT NULL,
    max_containers INTEGER NOT NULL,
    draining INTEGER NOT NULL DEFAULT 0,
    created BIGINT NOT NULL
);

-- Facts about this installation, e.g. the id that labels the containers it manages.
CREATE TABLE installation (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
