-- The controller's leading node looks for RUNTIME users whose runtime is gone at every pass
-- (a runtime's user is deleted apart from its game state): through an index of RUNTIME users
-- only, not a scan of every user. Partial, so that a player's sign-up writes no more pages.
CREATE INDEX users_runtime ON users (id) WHERE role = 'RUNTIME';
