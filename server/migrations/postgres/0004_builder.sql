-- Images built by this server from uploaded files archives (wire reference §13.2, without
-- Jenkins). Upstream deletes finished build requests; here they stay, with their state and
-- output, so a failed build can be read.
CREATE TABLE files_archives (
    id BIGINT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    version_id BIGINT NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    data BYTEA NOT NULL,
    created BIGINT NOT NULL
);
CREATE INDEX files_archives_version ON files_archives (version_id);

ALTER TABLE build_requests ADD COLUMN state TEXT NOT NULL DEFAULT 'SUCCEEDED';
ALTER TABLE build_requests ADD COLUMN files_archive_id BIGINT;
ALTER TABLE build_requests ADD COLUMN image_id TEXT;
ALTER TABLE build_requests ADD COLUMN log TEXT NOT NULL DEFAULT '';
ALTER TABLE build_requests ADD COLUMN finished BIGINT;
