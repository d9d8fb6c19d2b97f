//! Images: the Docker registry token service and the certificate the registry trusts it by,
//! and the credentials this server pulls images with. (Registry push notifications are
//! recorded by `tenancy::versions`.)

pub mod issuer_certificate;
pub mod registry_tokens;

pub use issuer_certificate::IssuerCertificate;
pub use registry_tokens::registry_credentials;
