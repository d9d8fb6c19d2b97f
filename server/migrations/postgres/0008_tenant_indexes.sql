-- Deleting a tenant (and its dry run) counts and removes its stages, versions and deployments
-- by tenant: without these, each is a full scan of the table.
CREATE INDEX stages_tenant ON stages (tenant_id);
CREATE INDEX versions_tenant ON versions (tenant_id);
CREATE INDEX deployments_tenant ON deployments (tenant_id);
