//! Dispatcher frames (wire reference §10.3): what a runtime receives from a player, and what
//! a runtime may send to its players. Pure functions over peer data: nothing here panics.

use axum::body::Bytes;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use omgservers_types::docker::{FrameEncoding, PlayerFrame, RuntimeFrame};
use omgservers_types::ClientId;

/// Standard alphabet (as upstream's Java encoder) that decodes with or without padding.
const B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The text frame a runtime receives for a player's text (`TXT`) or binary (`B64`) frame.
pub fn to_runtime(client_id: i64, payload: Payload<'_>) -> String {
    let (encoding, message) = match payload {
        Payload::Text(text) => (FrameEncoding::TXT, text.to_owned()),
        Payload::Binary(data) => (FrameEncoding::B64, B64.encode(data)),
    };
    let frame = PlayerFrame {
        client_id: ClientId(client_id),
        encoding,
        message,
    };
    // Serializing a struct of strings cannot fail; an empty frame would be dropped by the runtime.
    serde_json::to_string(&frame).unwrap_or_default()
}

/// A player's frame as received.
pub enum Payload<'a> {
    Text(&'a str),
    Binary(&'a [u8]),
}

/// What players get from one runtime frame.
#[derive(Debug, PartialEq)]
pub struct Routed {
    /// `None`: every player of the room (`clients` null or empty; upstream drops such frames,
    /// yet the Defold SDK's broadcast helpers send them).
    pub clients: Option<Vec<i64>>,
    pub message: Outgoing,
}

/// A frame to send to players.
#[derive(Clone, Debug, PartialEq)]
pub enum Outgoing {
    Text(String),
    Binary(Bytes),
}

/// Why a runtime frame was dropped.
#[derive(Debug, PartialEq, Eq)]
pub enum Invalid {
    NotJson,
    EmptyMessage,
    NotBase64,
}

/// Reads a runtime's text frame. Upstream drops an empty `message`; so do we.
pub fn from_runtime(text: &str) -> Result<Routed, Invalid> {
    let frame: RuntimeFrame = serde_json::from_str(text).map_err(|_| Invalid::NotJson)?;
    if frame.message.is_empty() {
        return Err(Invalid::EmptyMessage);
    }
    let message = match frame.encoding {
        FrameEncoding::TXT => Outgoing::Text(frame.message),
        FrameEncoding::B64 => Outgoing::Binary(
            B64.decode(frame.message.as_bytes())
                .map_err(|_| Invalid::NotBase64)?
                .into(),
        ),
    };
    let clients = frame
        .clients
        .filter(|c| !c.is_empty())
        .map(|c| c.into_iter().map(|id| id.get()).collect());
    Ok(Routed { clients, message })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn player_frames_are_wrapped_for_the_runtime() {
        let text = to_runtime(42, Payload::Text("hi \"there\""));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            serde_json::json!({"client_id": "42", "encoding": "TXT", "message": "hi \"there\""})
        );
        let binary = to_runtime(7, Payload::Binary(&[0, 1, 2, 255]));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&binary).unwrap(),
            serde_json::json!({"client_id": "7", "encoding": "B64", "message": "AAEC/w=="})
        );
    }

    #[test]
    fn runtime_frames_are_routed() {
        let routed =
            from_runtime(r#"{"clients": ["1", 2], "encoding": "TXT", "message": "x"}"#).unwrap();
        assert_eq!(routed.clients, Some(vec![1, 2]));
        assert_eq!(routed.message, Outgoing::Text("x".into()));
        // padding is optional
        let routed =
            from_runtime(r#"{"clients": [3], "encoding": "B64", "message": "AAEC/w"}"#).unwrap();
        assert_eq!(routed.message, Outgoing::Binary(vec![0, 1, 2, 255].into()));
    }

    #[test]
    fn null_or_empty_clients_mean_everyone() {
        for frame in [
            r#"{"clients": null, "encoding": "TXT", "message": "x"}"#,
            r#"{"clients": [], "encoding": "TXT", "message": "x"}"#,
            r#"{"encoding": "TXT", "message": "x"}"#,
        ] {
            assert_eq!(from_runtime(frame).unwrap().clients, None, "{frame}");
        }
    }

    #[test]
    fn invalid_runtime_frames_are_refused() {
        assert_eq!(from_runtime("not json"), Err(Invalid::NotJson));
        assert_eq!(from_runtime("[]"), Err(Invalid::NotJson));
        assert_eq!(
            from_runtime(r#"{"clients": [1], "encoding": "XML", "message": "x"}"#),
            Err(Invalid::NotJson)
        );
        assert_eq!(
            from_runtime(r#"{"clients": ["abc"], "encoding": "TXT", "message": "x"}"#),
            Err(Invalid::NotJson)
        );
        assert_eq!(
            from_runtime(r#"{"clients": [1], "encoding": "TXT", "message": ""}"#),
            Err(Invalid::EmptyMessage)
        );
        assert_eq!(
            from_runtime(r#"{"clients": [1], "encoding": "B64", "message": "!!"}"#),
            Err(Invalid::NotBase64)
        );
    }
}
