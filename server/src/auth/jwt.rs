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
    /// A runtime token's token epoch (`game::runtimes::check_token_epoch`); a claim of ours,
    /// not upstream's, which clients do not read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_epoch: Option<i64>,
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
    /// Tokens verified lately, by the whole token (its signature included): a client sends the
    /// same token with every request, and its RS256 verification is a fair part of a round
    /// trip's work (docs/performance.md), twice for a request forwarded in a cluster. A token
    /// found here was verified with this key, issuer and audience, which do not change; its
    /// expiry is checked again at each use.
    verified: quick_cache::sync::Cache<String, Claims>,
}

/// Tokens remembered as verified: beyond it, the least used are verified again when they come
/// back. At most ≈ 1 KB each.
const VERIFIED_TOKENS: usize = 20_000;

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

pub const PRIVATE_KEY_SETTING: &str = "OMGSERVERS_SERVER_PRIVATE_KEY";
pub const PUBLIC_KEY_SETTING: &str = "OMGSERVERS_SERVER_PUBLIC_KEY";
/// The signing key an earlier start generated, in the data directory.
const GENERATED_KEY_FILE: &str = "jwt-private.pem";

/// Where the signing key came from, to name it in errors: a setting's fault is `Invalid`
/// naming the setting (the server refuses to start, exit 2); a key file the server generated
/// itself and cannot use is `Internal`.
#[derive(Clone, Copy)]
enum Origin<'a> {
    Setting,
    File(&'a Path),
}

impl Origin<'_> {
    fn refuse(self, why: impl std::fmt::Display) -> Error {
        match self {
            Origin::Setting => Error::invalid(format!("{PRIVATE_KEY_SETTING}: {why}")),
            Origin::File(path) => Error::Internal(format!("{}: {why}", path.display())),
        }
    }

    fn name(self) -> String {
        match self {
            Origin::Setting => PRIVATE_KEY_SETTING.to_owned(),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// Reads PEM setting `setting`: inline PEM or `file:/path`. An unreadable file is the
/// setting's fault (`Invalid`, naming it).
fn read_pem_setting(setting: &str, value: &str) -> Result<String> {
    match value.strip_prefix("file:") {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| Error::invalid(format!("{setting}: cannot read key file {path}: {e}"))),
        None => Ok(value.to_owned()),
    }
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

impl Keys {
    /// The configured keys, or the pair an earlier start generated into the data directory;
    /// `None` when there is neither (a pair is to be generated). Writes nothing. Refused
    /// (`Invalid`, naming the setting): a key setting that does not read or parse, a public
    /// key that is not the signing key's, a public key without the private one.
    pub fn load(
        private: Option<&str>,
        public: Option<&str>,
        data_dir: &Path,
        issuer: &str,
    ) -> Result<Option<Keys>> {
        let file = data_dir.join(GENERATED_KEY_FILE);
        let (origin, private_pem) = match private {
            Some(value) => (
                Origin::Setting,
                read_pem_setting(PRIVATE_KEY_SETTING, value)?,
            ),
            None if file.exists() => {
                let origin = Origin::File(&file);
                let pem = std::fs::read_to_string(&file)
                    .map_err(|e| origin.refuse(format!("cannot read: {e}")))?;
                (origin, pem)
            }
            None if public.is_some() => {
                return Err(Error::invalid(format!(
                    "{PUBLIC_KEY_SETTING} needs {PRIVATE_KEY_SETTING}: the public key must be \
                     the signing key's, and without one a new pair would be generated"
                )))
            }
            None => return Ok(None),
        };
        let public_pem = public
            .map(|value| read_pem_setting(PUBLIC_KEY_SETTING, value))
            .transpose()?;
        Keys::build(origin, &private_pem, public_pem.as_deref(), issuer).map(Some)
    }

    /// Generates a new pair into the data directory (0600) for a start that has none.
    pub fn generate(data_dir: &Path, issuer: &str) -> Result<Keys> {
        let path = data_dir.join(GENERATED_KEY_FILE);
        tracing::info!(path = %path.display(), "generating an RS256 key pair for tokens");
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)
            .map_err(|e| Error::Internal(format!("RSA key generation failed: {e}")))?;
        let pem = key
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| Error::Internal(format!("PEM encoding failed: {e}")))?;
        write_secret_file(&path, &pem)?;
        Keys::build(Origin::File(&path), &pem, None, issuer)
    }

    /// Keys from PEM texts as the settings give them (errors name the settings).
    pub fn from_pem(private_pem: &str, public_pem: &str, issuer: &str) -> Result<Keys> {
        Keys::build(Origin::Setting, private_pem, Some(public_pem), issuer)
    }

    /// The signing key (PKCS#8 or PKCS#1 PEM) and its public key: `public_pem` when given,
    /// which must then be the signing key's (else every token would be refused), or derived.
    fn build(
        origin: Origin<'_>,
        private_pem: &str,
        public_pem: Option<&str>,
        issuer: &str,
    ) -> Result<Keys> {
        use rsa::pkcs1::DecodeRsaPublicKey;
        use rsa::pkcs8::DecodePublicKey;
        let private_key = rsa::RsaPrivateKey::from_pkcs8_pem(private_pem)
            .or_else(|_| rsa::RsaPrivateKey::from_pkcs1_pem(private_pem))
            .map_err(|e| origin.refuse(format!("not an RSA private key in PEM: {e}")))?;
        let encoding = EncodingKey::from_rsa_pem(private_pem.as_bytes())
            .map_err(|e| origin.refuse(format!("not an RSA private key: {e}")))?;
        let own_public = private_key.to_public_key();
        let public_pem = match public_pem {
            Some(pem) => {
                let public = rsa::RsaPublicKey::from_public_key_pem(pem)
                    .or_else(|_| rsa::RsaPublicKey::from_pkcs1_pem(pem))
                    .map_err(|e| {
                        Error::invalid(format!(
                            "{PUBLIC_KEY_SETTING}: not an RSA public key in PEM: {e}"
                        ))
                    })?;
                if public != own_public {
                    return Err(Error::invalid(format!(
                        "{PUBLIC_KEY_SETTING} is not the public key of the signing key ({}): \
                         every token would be refused",
                        origin.name()
                    )));
                }
                pem.to_owned()
            }
            None => own_public
                .to_public_key_pem(LineEnding::LF)
                .map_err(|e| Error::Internal(format!("PEM encoding failed: {e}")))?,
        };
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
            verified: quick_cache::sync::Cache::new(VERIFIED_TOKENS),
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
            token_epoch: None,
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

    /// The SHA-256 of the public key (DER SubjectPublicKeyInfo), in hex: names the key without
    /// giving it away, so the nodes of a cluster can tell that they sign with the same one
    /// (`cluster::join`).
    pub fn fingerprint(&self) -> Result<String> {
        use sha2::{Digest, Sha256};
        let der = self
            .private_key
            .to_public_key()
            .to_public_key_der()
            .map_err(|e| Error::Internal(format!("public key encoding failed: {e}")))?;
        Ok(format!("{:x}", Sha256::digest(der.as_bytes())))
    }

    /// Verifies signature, issuer, audience and expiry; a token verified lately is only
    /// checked for expiry (`verified`).
    pub fn verify(&self, token: &str) -> Result<Claims> {
        if let Some(claims) = self.verified.get(token) {
            // As `jsonwebtoken` decides, with no leeway: expired once `exp` is in the past.
            if claims.exp >= now_millis() / 1000 {
                return Ok(claims);
            }
        }
        let claims: Claims = self.verify_as(token)?;
        self.verified.insert(token.to_owned(), claims.clone());
        Ok(claims)
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
