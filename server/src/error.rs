//! The domain error every module returns. It knows the upstream qualifier of each failure and a
//! message for humans; `http::error` turns it into a status code and the wire error body.

use omgservers_types::ErrorQualifier;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Malformed or invalid input (400).
    #[error("{message}")]
    Invalid {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// Missing, wrong or expired credentials (401).
    #[error("{message}")]
    Unauthorized {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// Authenticated, but not allowed (403).
    #[error("{message}")]
    Forbidden {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// Something named in the request does not exist (404).
    #[error("{message}")]
    NotFound {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// The request conflicts with current state (409).
    #[error("{message}")]
    Conflict {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// A component we depend on (a Docker host, the registry) failed or did not answer (502);
    /// the message names it and says what happened, with no secret in it.
    #[error("{message}")]
    Upstream {
        qualifier: ErrorQualifier,
        message: String,
    },
    /// The game state asked for lives in a slot another server owns now (410 `WRONG_SHARD`,
    /// wire reference §3.3): the caller, or the forwarding server, asks again.
    #[error("{0}")]
    WrongShard(String),
    /// The game state asked for is in a slot locked while it moves to another shard database
    /// (500 `SHARD_LOCKED`, wire reference §3.3): the caller asks again shortly.
    #[error("{0}")]
    ShardLocked(String),
    /// A failure of ours (500); the message is logged, never sent.
    #[error("internal error: {0}")]
    Internal(String),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<crate::store::writer::FenceError> for Error {
    fn from(e: crate::store::writer::FenceError) -> Error {
        match e {
            crate::store::writer::FenceError::NotOwner(slot) => Error::WrongShard(format!(
                "slot {slot} is owned by another server now; ask again"
            )),
            crate::store::writer::FenceError::Locked(slot) => Error::ShardLocked(format!(
                "slot {slot} is locked while its game state moves to another database; ask again shortly"
            )),
            crate::store::writer::FenceError::Db(e) => Error::Db(e),
        }
    }
}

impl Error {
    pub fn invalid(message: impl Into<String>) -> Error {
        Error::Invalid {
            qualifier: ErrorQualifier::WRONG_ARGUMENT,
            message: message.into(),
        }
    }

    pub fn validation(message: impl Into<String>) -> Error {
        Error::Invalid {
            qualifier: ErrorQualifier::VALIDATION_CONSTRAINT_VIOLATED,
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Error {
        Error::NotFound {
            qualifier: ErrorQualifier::OBJECT_NOT_FOUND,
            message: message.into(),
        }
    }

    pub fn wrong_credentials(message: impl Into<String>) -> Error {
        Error::Unauthorized {
            qualifier: ErrorQualifier::WRONG_CREDENTIALS,
            message: message.into(),
        }
    }

    pub fn permission(message: impl Into<String>) -> Error {
        Error::Forbidden {
            qualifier: ErrorQualifier::PERMISSION_NOT_FOUND,
            message: message.into(),
        }
    }

    pub fn conflict(qualifier: ErrorQualifier, message: impl Into<String>) -> Error {
        Error::Conflict {
            qualifier,
            message: message.into(),
        }
    }
}

/// For deletes, which answer `deleted: false` for something absent: a not-found becomes `None`.
pub fn found<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Like `found`, but an unknown *alias* stays a 404: nothing by that name exists, which is a
/// mistake worth reporting; an unknown id is just absent.
pub fn found_by<T>(
    result: Result<T>,
    reference: &omgservers_types::IdOrAlias,
) -> Result<Option<T>> {
    if reference.as_id().is_some() {
        found(result)
    } else {
        result.map(Some)
    }
}

/// `a DEVELOPER`, `an ADMIN`: a role or kind named in a message, with its article.
pub fn with_article(word: &str) -> String {
    let vowel = word
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {word}", if vowel { "an" } else { "a" })
}

/// Characters of a client's value that a log line or an error message quotes (`quoted`).
const QUOTED_CHARS: usize = 200;

/// A client's value as a log line or an error message quotes it: its control characters
/// escaped, and past 200 characters cut, with its full length named. A value can be as long as
/// the body limit (1 MB by default); quoted whole, every such request would write a log line
/// of that size.
pub fn quoted(value: &str) -> String {
    clipped(value, QUOTED_CHARS)
}

/// `text` with its control characters escaped (a newline must not start a forged line of a
/// text log) and, past `max` characters, cut with its full length named.
pub fn clipped(text: &str, max: usize) -> String {
    let length = text.chars().count();
    let mut shown = String::new();
    for c in text.chars().take(max) {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else {
            shown.push(c);
        }
    }
    if length > max {
        shown.push_str(&format!("… ({length} characters)"));
    }
    shown
}

/// Validates an alias value: non-blank, at most 64 characters, not purely numeric (a numeric
/// value would be read as an id, wire reference §3.2), and no whitespace or control characters.
pub fn validate_alias(alias: &str) -> Result<()> {
    if alias.trim().is_empty() {
        return Err(Error::validation("alias must not be blank"));
    }
    if alias.chars().count() > 64 {
        return Err(Error::validation(format!(
            "alias must be at most 64 characters, got {}",
            alias.chars().count()
        )));
    }
    if alias.parse::<i64>().is_ok() {
        return Err(Error::validation(format!(
            "alias `{alias}` is numeric; it would be read as an id, use a name with a non-digit"
        )));
    }
    if alias.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::validation(
            "alias must not contain whitespace or control characters",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{quoted, with_article};

    #[test]
    fn a_quoted_value_is_escaped_and_cut_with_its_length() {
        assert_eq!(quoted("plain"), "plain");
        assert_eq!(quoted("a\nforged line"), "a\\nforged line");
        assert_eq!(quoted("it's \"quoted\""), "it's \"quoted\"");
        let long = "é".repeat(1_000_000);
        let shown = quoted(&long);
        assert!(shown.starts_with(&"é".repeat(200)), "{shown}");
        assert!(shown.ends_with("… (1000000 characters)"), "{shown}");
        let suffix = "… (1000000 characters)".chars().count();
        assert_eq!(shown.chars().count(), 200 + suffix);
    }

    #[test]
    fn roles_take_their_article() {
        assert_eq!(with_article("ADMIN"), "an ADMIN");
        assert_eq!(with_article("PLAYER"), "a PLAYER");
    }
}
