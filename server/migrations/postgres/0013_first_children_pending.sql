-- Deploying a version writes the deployment (control plane) and its first lobby and
-- matchmaker (game state) in units of their own (issue 12 item 6). 1 while those children are
-- not written yet: deploy-version writes them right after the deployment, and the controller
-- writes them for any deployment left at 1 (its node stopped in between). Existing deployments
-- have theirs.
ALTER TABLE deployments ADD COLUMN first_children_pending BIGINT NOT NULL DEFAULT 0;
