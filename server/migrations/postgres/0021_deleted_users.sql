-- Developers deleted by `support/delete-developer` (epoch ms), kept so that a create-token naming
-- one by id answers 401 `USER_NOT_FOUND`, as upstream answers for a deleted user (wire reference
-- §2.3), rather than the 404 `OBJECT_NOT_FOUND` of an id never issued. Ids are never reused, so
-- a row never goes stale; one row per deleted developer.
CREATE TABLE deleted_users (
    id BIGINT PRIMARY KEY,
    deleted BIGINT NOT NULL
);
