//! RS256 tokens with upstream's claims (wire reference §2.4).

use std::path::Path;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use omgservers_types::permissions::UserRole;
use rsa::pkcs1::DecodeRsaPrivateKey;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey, LineEnding};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::store::time::now_millis;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_role: Option<String>,
}

impl Claims {
    /// The role named by `groups` (one group per token).
    pub fn role(&self) -> Option<UserRole> {
        self.groups.iter().find_map(|g| g.parse().ok())
    }
}

/// Signing and verification keys plus the issuer.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    issuer: String,
    /// The signing key itself, for certifying it (`builder::issuer_certificate`).
    private_key: rsa::RsaPrivateKey,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

pub const PRIVATE_KEY_SETTING: &str = "OMGSERVERS_SERVER_PRIVATE_KEY";
pub const PUBLIC_KEY_SETTING: &str = "OMGSERVERS_SERVER_PUBLIC_KEY";

/// Reads PEM setting `setting`: inline PEM or `file:/path`. An unreadable file is the
/// setting's fault (`Invalid`, naming it).
fn read_pem_setting(setting: &str, value: &str) -> Result<String> {
    match value.strip_prefix("file:") {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| Error::invalid(format!("{setting}: cannot read key file {path}: {e}"))),
        None => Ok(value.to_owned()),
    }
}

/// An RSA private key in PEM (PKCS#8 or PKCS#1); `source` names where it came from.
fn parse_private(source: &str, pem: &str) -> Result<rsa::RsaPrivateKey> {
    rsa::RsaPrivateKey::from_pkcs8_pem(pem)
        .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(pem))
        .map_err(|e| Error::invalid(format!("{source}: not an RSA private key in PEM: {e}")))
}

pub(crate) fn write_secret_file(path: &Path, contents: &str) -> Result<()> {
    let tmp = path.with_extension("tmp");
    {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options
            .open(&tmp)
            .map_err(|e| Error::Internal(format!("cannot write {}: {e}", tmp.display())))?;
        file.write_all(contents.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|e| Error::Internal(format!("cannot write {}: {e}", tmp.display())))?;
    }
    std::fs::rename(&tmp, path)
        .map_err(|e| Error::Internal(format!("cannot write {}: {e}", path.display())))
}

/// Checks the configured key settings without generating anything: each must read and parse.
pub fn check_settings(private: Option<&str>, public: Option<&str>) -> Result<()> {
    if let Some(value) = private {
        parse_private(
            PRIVATE_KEY_SETTING,
            &read_pem_setting(PRIVATE_KEY_SETTING, value)?,
        )?;
    }
    if let Some(value) = public {
        DecodingKey::from_rsa_pem(read_pem_setting(PUBLIC_KEY_SETTING, value)?.as_bytes())
            .map_err(|e| {
                Error::invalid(format!(
                    "{PUBLIC_KEY_SETTING}: not an RSA public key in PEM: {e}"
                ))
            })?;
    }
    Ok(())
}

impl Keys {
    /// Loads the configured keys, or the ones generated into the data directory earlier, or
    /// generates a new pair there (0600).
    pub fn load_or_generate(
        private: Option<&str>,
        public: Option<&str>,
        data_dir: &Path,
        issuer: &str,
    ) -> Result<Keys> {
        let generated = data_dir.join("jwt-private.pem");
        let (private_source, private_pem) = match private {
            Some(value) => (
                PRIVATE_KEY_SETTING.to_owned(),
                read_pem_setting(PRIVATE_KEY_SETTING, value)?,
            ),
            None => {
                let path = &generated;
                let source = path.display().to_string();
                if path.exists() {
                    let pem = std::fs::read_to_string(path)
                        .map_err(|e| Error::Internal(format!("cannot read {source}: {e}")))?;
                    (source, pem)
                } else {
                    tracing::info!(path = %path.display(), "generating an RS256 key pair for tokens");
                    let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
                        .map_err(|e| Error::Internal(format!("RSA key generation failed: {e}")))?;
                    let pem = key
                        .to_pkcs8_pem(LineEnding::LF)
                        .map_err(|e| Error::Internal(format!("PEM encoding failed: {e}")))?;
                    write_secret_file(path, &pem)?;
                    (source, pem.to_string())
                }
            }
        };
        let private_key = parse_private(&private_source, &private_pem)?;
        let public_pem = match public {
            Some(value) => read_pem_setting(PUBLIC_KEY_SETTING, value)?,
            None => private_key
                .to_public_key()
                .to_public_key_pem(LineEnding::LF)
                .map_err(|e| Error::Internal(format!("PEM encoding failed: {e}")))?,
        };
        Keys::from_pem(&private_pem, &public_pem, issuer)
    }

    /// Keys from PEM texts; a key that cannot be used is refused (`Invalid`) naming its
    /// setting.
    pub fn from_pem(private_pem: &str, public_pem: &str, issuer: &str) -> Result<Keys> {
        let private_key = parse_private(PRIVATE_KEY_SETTING, private_pem)?;
        let encoding = EncodingKey::from_rsa_pem(private_pem.as_bytes()).map_err(|e| {
            Error::invalid(format!(
                "{PRIVATE_KEY_SETTING}: not an RSA private key: {e}"
            ))
        })?;
        let decoding = DecodingKey::from_rsa_pem(public_pem.as_bytes()).map_err(|e| {
            Error::invalid(format!(
                "{PUBLIC_KEY_SETTING}: not an RSA public key in PEM: {e}"
            ))
        })?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[issuer]);
        validation.leeway = 0;
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        Ok(Keys {
            encoding,
            decoding,
            validation,
            issuer: issuer.to_owned(),
            private_key,
        })
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Claims for a token of `lifetime_secs` from now.
    pub fn claims(&self, sub: String, groups: Vec<String>, lifetime_secs: u64, jti: i64) -> Claims {
        let now = now_millis() / 1000;
        Claims {
            iss: self.issuer.clone(),
            aud: self.issuer.clone(),
            sub,
            iat: now,
            exp: now.saturating_add(i64::try_from(lifetime_secs).unwrap_or(i64::MAX)),
            jti: jti.to_string(),
            groups,
            user_id: None,
            runtime_id: None,
            user_role: None,
        }
    }

    /// A user token: `sub` = `user_id` = the user id, `groups` = the user's role.
    pub fn user_token(
        &self,
        user_id: i64,
        role: UserRole,
        lifetime_secs: u64,
        jti: i64,
    ) -> Result<String> {
        let mut claims = self.claims(user_id.to_string(), vec![role.group()], lifetime_secs, jti);
        claims.user_id = Some(user_id.to_string());
        self.sign(&claims)
    }

    pub fn sign(&self, claims: &Claims) -> Result<String> {
        self.sign_with(Header::new(Algorithm::RS256), claims)
    }

    /// Signs any claims with RS256 under the given header (e.g. one carrying `x5c`).
    pub fn sign_with<T: Serialize>(&self, mut header: Header, claims: &T) -> Result<String> {
        header.alg = Algorithm::RS256;
        jsonwebtoken::encode(&header, claims, &self.encoding)
            .map_err(|e| Error::Internal(format!("token signing failed: {e}")))
    }

    /// The RSA key tokens are signed with (secret: never log or send it).
    pub(crate) fn private_key(&self) -> &rsa::RsaPrivateKey {
        &self.private_key
    }

    /// Verifies signature, issuer, audience and expiry.
    pub fn verify(&self, token: &str) -> Result<Claims> {
        self.verify_as(token)
    }

    /// Like `verify`, for tokens with other claims than the API tokens' (a token whose claims
    /// do not deserialize as `T` is refused as malformed).
    pub fn verify_as<T: DeserializeOwned>(&self, token: &str) -> Result<T> {
        jsonwebtoken::decode::<T>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|e| {
                use jsonwebtoken::errors::ErrorKind;
                let why = match e.kind() {
                    ErrorKind::ExpiredSignature => "the token has expired; request a new one",
                    ErrorKind::InvalidSignature => "the token signature is invalid",
                    ErrorKind::InvalidIssuer | ErrorKind::InvalidAudience => {
                        "the token was issued for another service"
                    }
                    ErrorKind::InvalidAlgorithm => "the token uses an unsupported algorithm",
                    _ => "the token is malformed",
                };
                Error::wrong_credentials(why)
            })
    }
}
