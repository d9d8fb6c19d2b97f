//! Images: files archives built into runtime images, the Docker registry token service and
//! the certificate the registry trusts it by, and the credentials this server pulls and pushes
//! images with. (Registry push notifications are recorded by `tenancy::versions`.)

pub mod archive;
pub mod images;
pub mod issuer_certificate;
pub mod registry_tokens;

pub use issuer_certificate::IssuerCertificate;
pub use registry_tokens::registry_credentials;

/// The builder user's alias and password, which image builds push with (the bootstrap builder
/// user, granted VERSION_MANAGER on every new project).
pub fn builder_credentials(state: &crate::state::AppState) -> Option<(String, String)> {
    let config = &state.config;
    let alias = &config.bootstrap_builder_user_alias;
    let password = crate::auth::bootstrap::bootstrap_password(
        config,
        alias,
        config.bootstrap_builder_user_password.as_ref(),
    )?;
    Some((alias.clone(), password))
}
