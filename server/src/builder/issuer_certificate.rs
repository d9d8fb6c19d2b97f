//! The certificate of the JWT signing key. Registry access tokens carry it in their `x5c`
//! header, and the registry trusts it because the same certificate is its
//! `auth.token.rootcertbundle` (Distribution verifies the chain, then the signature with the
//! certificate's key).
//!
//! The certificate in use is always written to `<data dir>/jwt-issuer.crt` (PEM, public), so the
//! registry can be pointed at one file whether the certificate was configured
//! (`OMGSERVERS_SERVER_X5C`) or generated here.

use std::path::{Path, PathBuf};

use base64::Engine;
use rsa::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};

use crate::auth::Keys;
use crate::error::{Error, Result};

/// File name of the certificate in the data directory.
pub const CERTIFICATE_FILE: &str = "jwt-issuer.crt";

const PEM_BEGIN: &str = "-----BEGIN CERTIFICATE-----";
const PEM_END: &str = "-----END CERTIFICATE-----";

/// The issuer certificate, ready for token headers and for the registry's configuration.
#[derive(Clone, Debug)]
pub struct IssuerCertificate {
    /// Standard Base64 of the DER certificate: the `x5c` header value.
    pub x5c: String,
    /// The same certificate as PEM.
    pub pem: String,
    /// Where the PEM is written: the registry's `rootcertbundle`.
    pub path: PathBuf,
}

impl IssuerCertificate {
    /// Uses the configured certificate (`OMGSERVERS_SERVER_X5C`), or the one generated earlier
    /// into the data directory, or generates a self-signed one for the signing key. Fails when a
    /// configured certificate does not certify the signing key: every token would be refused by
    /// the registry, so better not to start.
    pub fn load_or_generate(
        configured: Option<&str>,
        keys: &Keys,
        data_dir: &Path,
    ) -> Result<IssuerCertificate> {
        let path = data_dir.join(CERTIFICATE_FILE);
        let key_spki = signing_key_spki(keys)?;
        let der = match configured {
            Some(value) => {
                let der = parse_setting(value)?;
                certify(&der, key_spki.as_bytes())?;
                der
            }
            None => match std::fs::read_to_string(&path)
                .ok()
                .map(|pem| pem_to_der(&pem))
            {
                Some(Ok(der)) if certifies(&der, key_spki.as_bytes()) => der,
                previous => {
                    if previous.is_some() {
                        tracing::warn!(path = %path.display(), "the JWT signing key changed; generating a new issuer certificate (update the registry's rootcertbundle)");
                    } else {
                        tracing::info!(path = %path.display(), "generating a self-signed certificate for the JWT signing key");
                    }
                    self_signed(keys)?
                }
            },
        };
        let certificate = IssuerCertificate {
            x5c: base64::engine::general_purpose::STANDARD.encode(&der),
            pem: der_to_pem(&der),
            path,
        };
        let on_disk = std::fs::read_to_string(&certificate.path).unwrap_or_default();
        if on_disk != certificate.pem {
            std::fs::write(&certificate.path, &certificate.pem).map_err(|e| {
                Error::Internal(format!("cannot write {}: {e}", certificate.path.display()))
            })?;
        }
        Ok(certificate)
    }
}

/// A self-signed certificate for the signing key. Its validity is rcgen's default (1975 to
/// 4096): the certificate only vouches for the key, so it should expire when the key is
/// replaced, not on a date of its own.
fn self_signed(keys: &Keys) -> Result<Vec<u8>> {
    let failed = |e: &dyn std::fmt::Display| {
        Error::Internal(format!("cannot create the issuer certificate: {e}"))
    };
    let pkcs8 = keys
        .private_key()
        .to_pkcs8_pem(LineEnding::LF)
        .map_err(|e| failed(&e))?;
    let key_pair = rcgen::KeyPair::from_pkcs8_pem_and_sign_algo(&pkcs8, &rcgen::PKCS_RSA_SHA256)
        .map_err(|e| failed(&e))?;
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).map_err(|e| failed(&e))?;
    params.distinguished_name = rcgen::DistinguishedName::new();
    params.distinguished_name.push(
        rcgen::DnType::CommonName,
        format!("{} token issuer", keys.issuer()),
    );
    params.key_usages = vec![rcgen::KeyUsagePurpose::DigitalSignature];
    let certificate = params.self_signed(&key_pair).map_err(|e| failed(&e))?;
    Ok(certificate.der().to_vec())
}

/// Whether the certificate holds this public key. The SubjectPublicKeyInfo is embedded verbatim
/// in a certificate's DER, so finding its exact bytes is a sound check without an X.509 parser.
fn certifies(certificate_der: &[u8], key_spki_der: &[u8]) -> bool {
    certificate_der
        .windows(key_spki_der.len())
        .any(|window| window == key_spki_der)
}

/// Checks `OMGSERVERS_SERVER_X5C` before anything is written: its form, and that it certifies
/// the signing key (`keys`: configured or generated earlier). With no key yet a new one would
/// be generated, which no configured certificate can certify: refused.
pub fn check_setting(value: Option<&str>, keys: Option<&Keys>) -> Result<()> {
    let Some(value) = value else { return Ok(()) };
    let der = parse_setting(value)?;
    match keys {
        Some(keys) => certify(&der, signing_key_spki(keys)?.as_bytes()),
        None => Err(Error::invalid(
            "OMGSERVERS_SERVER_X5C needs OMGSERVERS_SERVER_PRIVATE_KEY: a certificate \
             certifies one key, and without it a new key would be generated",
        )),
    }
}

/// The signing key's public key as DER SubjectPublicKeyInfo, as a certificate holds it.
fn signing_key_spki(keys: &Keys) -> Result<rsa::pkcs8::Document> {
    keys.private_key()
        .to_public_key()
        .to_public_key_der()
        .map_err(|e| Error::Internal(format!("public key encoding failed: {e}")))
}

/// Refuses a configured certificate that does not certify the signing key (`key_spki`): the
/// registry would refuse every token.
fn certify(der: &[u8], key_spki: &[u8]) -> Result<()> {
    if certifies(der, key_spki) {
        Ok(())
    } else {
        Err(Error::invalid(
            "OMGSERVERS_SERVER_X5C is not a certificate of the JWT signing key \
             (OMGSERVERS_SERVER_PRIVATE_KEY, or the key generated in the data directory); the \
             registry would refuse every token",
        ))
    }
}

/// `OMGSERVERS_SERVER_X5C`: Base64 DER, a PEM certificate, or `file:/path` to either.
fn parse_setting(value: &str) -> Result<Vec<u8>> {
    let (text, source) = match value.strip_prefix("file:") {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                Error::invalid(format!("OMGSERVERS_SERVER_X5C: cannot read {path}: {e}"))
            })?;
            // A DER file is binary; anything else is read as text.
            if bytes.first() == Some(&0x30) {
                return Ok(bytes);
            }
            (
                String::from_utf8_lossy(&bytes).into_owned(),
                format!(" (file {path})"),
            )
        }
        None => (value.to_owned(), String::new()),
    };
    let der = if text.contains(PEM_BEGIN) {
        pem_to_der(&text)
    } else {
        decode_base64(&text)
    };
    der.map_err(|why| Error::invalid(format!("OMGSERVERS_SERVER_X5C{source}: {why}")))
}

fn decode_base64(text: &str) -> std::result::Result<Vec<u8>, String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(compact)
        .map_err(|e| format!("not Base64 DER nor a PEM certificate: {e}"))?;
    if der.first() != Some(&0x30) {
        return Err("the decoded bytes are not a DER certificate".to_owned());
    }
    Ok(der)
}

fn pem_to_der(pem: &str) -> std::result::Result<Vec<u8>, String> {
    let start = pem
        .find(PEM_BEGIN)
        .ok_or_else(|| format!("no `{PEM_BEGIN}` line"))?
        + PEM_BEGIN.len();
    let end = pem[start..]
        .find(PEM_END)
        .ok_or_else(|| format!("no `{PEM_END}` line"))?
        + start;
    decode_base64(&pem[start..end])
}

fn der_to_pem(der: &[u8]) -> String {
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let mut pem = String::with_capacity(body.len() + body.len() / 64 + 64);
    pem.push_str(PEM_BEGIN);
    pem.push('\n');
    for line in body.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str(PEM_END);
    pem.push('\n');
    pem
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn new_keys() -> Keys {
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let private = key.to_pkcs8_pem(LineEnding::LF).unwrap();
        let public = key
            .to_public_key()
            .to_public_key_pem(LineEnding::LF)
            .unwrap();
        Keys::from_pem(&private, &public, "omgservers").unwrap()
    }

    #[test]
    fn generated_once_reused_and_accepted_in_every_form() {
        let dir = tempfile::tempdir().unwrap();
        let keys = new_keys();
        let first = IssuerCertificate::load_or_generate(None, &keys, dir.path()).unwrap();
        assert!(first.pem.starts_with(PEM_BEGIN));
        assert_eq!(std::fs::read_to_string(&first.path).unwrap(), first.pem);
        let again = IssuerCertificate::load_or_generate(None, &keys, dir.path()).unwrap();
        assert_eq!(again.x5c, first.x5c, "reused on restart");

        // configured: Base64 DER, inline PEM, a PEM file
        let other_dir = tempfile::tempdir().unwrap();
        for value in [
            first.x5c.clone(),
            first.pem.clone(),
            format!("file:{}", first.path.display()),
        ] {
            let configured =
                IssuerCertificate::load_or_generate(Some(&value), &keys, other_dir.path()).unwrap();
            assert_eq!(configured.x5c, first.x5c);
        }

        // a certificate of another key: refused when configured, replaced when generated
        let other_keys = new_keys();
        let error = IssuerCertificate::load_or_generate(Some(&first.x5c), &other_keys, dir.path())
            .unwrap_err();
        assert!(error
            .to_string()
            .contains("not a certificate of the JWT signing key"));
        let replaced = IssuerCertificate::load_or_generate(None, &other_keys, dir.path()).unwrap();
        assert_ne!(replaced.x5c, first.x5c);
        assert_eq!(
            std::fs::read_to_string(&replaced.path).unwrap(),
            replaced.pem
        );

        assert!(
            IssuerCertificate::load_or_generate(Some("not base64!"), &keys, dir.path()).is_err()
        );
    }
}
