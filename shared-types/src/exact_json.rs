//! Reading a `serde_json::Value` into a wire type without losing a number.
//!
//! With serde_json's `arbitrary_precision` (on in this workspace, so JSON players and runtimes
//! exchange keeps every number's text), `serde_json::from_value` cannot hand an integer beyond
//! 64 bits to a type that buffers its input first — `#[serde(flatten)]` fields and
//! adjacently tagged enums (`qualifier` + `body`) such as `MessageBody` and `OutgoingCommand`:
//! "invalid type: integer … as u128". Parsing from text has no such limit, so `from_value`
//! goes through the value's text.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// `serde_json::from_value`, through the value's text: numbers of any size and precision reach
/// types with flattened or tagged content.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

#[cfg(test)]
mod tests {
    use crate::commands::OutgoingCommand;

    #[test]
    fn integers_beyond_64_bits_reach_tagged_types() {
        let text = r#"{"body": {"client_id": "5", "message": [18446744073709551616]}, "qualifier": "RESPOND_CLIENT"}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert!(serde_json::from_value::<OutgoingCommand>(value.clone()).is_err());
        let command: OutgoingCommand = super::from_value(&value).unwrap();
        assert!(serde_json::to_string(&command)
            .unwrap()
            .contains("[18446744073709551616]"));
    }
}
