-- Clients and runtimes no longer go with their tenant's row (issue 15, fault 5): deleting a
-- tenant deletes its deployments, and the controller then tears their game state down as for
-- any deleted deployment — each client gets its DISCONNECTION_REASON_MESSAGE (INTERNAL_FAILURE)
-- and stays readable for OMGSERVERS_CLIENTS_DELETED_RETENTION, each runtime is stopped and its
-- user deleted. Their inboxes and command queues still go with them.
ALTER TABLE clients DROP CONSTRAINT clients_tenant_id_fkey;
ALTER TABLE runtimes DROP CONSTRAINT runtimes_tenant_id_fkey;
