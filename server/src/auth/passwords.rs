//! Password hashing. Human passwords (admin, support, developers) get bcrypt, which is slow on
//! purpose. Secrets we generate ourselves (players, runtimes) have 192 bits of entropy, so a
//! fast SHA-256 is as safe for them and keeps player sign-in cheap (ARCHITECTURE.md §6).

use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

const SHA256_PREFIX: &str = "sha256:";
/// Upstream's limit on passwords in token requests.
pub const MAX_PASSWORD_LEN: usize = 64;

/// Strength of the hash a password gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// bcrypt, for passwords people choose or type.
    Human { cost: u32 },
    /// SHA-256, for high-entropy secrets generated here.
    Generated,
}

/// 24 random bytes, standard Base64 (32 characters), as upstream generates them.
pub fn generate_password() -> String {
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

pub async fn hash(password: String, strength: Strength) -> Result<String> {
    match strength {
        Strength::Generated => Ok(sha256_hash(&password)),
        Strength::Human { cost } => bcrypt_hash(password, cost).await,
    }
}

pub async fn bcrypt_hash(value: String, cost: u32) -> Result<String> {
    tokio::task::spawn_blocking(move || bcrypt::hash(value, cost))
        .await
        .map_err(|e| Error::Internal(format!("hashing task failed: {e}")))?
        .map_err(|e| Error::Internal(format!("bcrypt failed: {e}")))
}

fn sha256_hash(password: &str) -> String {
    let digest = Sha256::digest(password.as_bytes());
    let mut out = String::with_capacity(SHA256_PREFIX.len() + 64);
    out.push_str(SHA256_PREFIX);
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Compares secrets without an early exit that would reveal how much matched.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Checks a password against a stored hash of either kind, in constant time for SHA-256 (bcrypt
/// compares in constant time itself).
pub async fn verify(password: String, stored: String) -> Result<bool> {
    if let Some(expected) = stored.strip_prefix(SHA256_PREFIX) {
        let actual = sha256_hash(&password);
        let actual = &actual[SHA256_PREFIX.len()..];
        return Ok(constant_time_eq(actual.as_bytes(), expected.as_bytes()));
    }
    tokio::task::spawn_blocking(move || bcrypt::verify(password, &stored).unwrap_or(false))
        .await
        .map_err(|e| Error::Internal(format!("hashing task failed: {e}")))
}

/// Upstream's password rules for token requests: non-blank, at most 64 characters.
pub fn check_password_input(password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(Error::validation("password must not be empty"));
    }
    if password.chars().count() > MAX_PASSWORD_LEN {
        return Err(Error::validation(format!(
            "password must be at most {MAX_PASSWORD_LEN} characters"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[tokio::test]
    async fn both_hash_kinds_verify() {
        let p = generate_password();
        assert_eq!(p.len(), 32);
        let fast = hash(p.clone(), Strength::Generated).await.unwrap();
        assert!(verify(p.clone(), fast.clone()).await.unwrap());
        assert!(!verify("wrong".into(), fast).await.unwrap());
        let slow = hash(p.clone(), Strength::Human { cost: 4 }).await.unwrap();
        assert!(slow.starts_with("$2"));
        assert!(verify(p, slow.clone()).await.unwrap());
        assert!(!verify("wrong".into(), slow).await.unwrap());
    }
}
