-- support/list-permissions pages through a tenant's permissions at every level by id: one
-- index range per table instead of a scan of every grant.
CREATE INDEX tenant_permissions_tenant_id ON tenant_permissions (tenant_id, id);
CREATE INDEX project_permissions_tenant_id ON project_permissions (tenant_id, id);
CREATE INDEX stage_permissions_tenant_id ON stage_permissions (tenant_id, id);
