//! Tenant, project and stage permissions (wire reference §2.5).

crate::wire_enum! {
    #[allow(non_camel_case_types)]
    pub enum TenantPermission { PROJECT_MANAGER, TENANT_VIEWER }

    #[allow(non_camel_case_types)]
    pub enum ProjectPermission { STAGE_MANAGER, VERSION_MANAGER, PROJECT_VIEWER }

    #[allow(non_camel_case_types)]
    pub enum StagePermission { DEPLOYMENT_MANAGER, STAGE_VIEWER }

    /// User roles; the JWT `groups` claim carries the lowercase name.
    #[allow(non_camel_case_types)]
    pub enum UserRole { ADMIN, SUPPORT, REGISTRY, BUILDER, SERVICE, DISPATCHER, DEVELOPER, PLAYER, RUNTIME, WEBSOCKET }
}

impl UserRole {
    /// The JWT `groups` value.
    pub fn group(self) -> String {
        self.as_str().to_ascii_lowercase()
    }
}
