-- The controller's leading node looks for RUNTIME users whose runtime is gone at every pass
-- (a runtime's user is deleted apart from its game state): by role, not a scan of every user.
CREATE INDEX users_role ON users (role);
