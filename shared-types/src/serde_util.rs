//! Tolerant input helpers shared by many DTOs.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An empty JSON object. Accepts `{}` (with any fields, ignored) and `[]`, because Lua clients
/// encode an empty table as `[]` (wire reference §16.23). Serializes as `{}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Empty;

impl Serialize for Empty {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        s.serialize_map(Some(0))?.end()
    }
}

impl<'de> Deserialize<'de> for Empty {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Empty;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object (or an empty array)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Empty, A::Error> {
                while m
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Empty)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> Result<Empty, A::Error> {
                if s.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(serde::de::Error::custom(
                        "expected an object, found a non-empty array",
                    ));
                }
                Ok(Empty)
            }
            fn visit_unit<E>(self) -> Result<Empty, E> {
                Ok(Empty)
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(feature = "utoipa")]
impl utoipa::PartialSchema for Empty {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .description(Some("an empty object; `[]` is accepted too"))
            .into()
    }
}
#[cfg(feature = "utoipa")]
impl utoipa::ToSchema for Empty {}

/// A reference to an entity by numeric id or by alias (`tenant`, `project`, `stage`, `user`
/// fields). A string that parses as a 64-bit integer is an id; anything else is an alias
/// (wire reference §3.2). JSON numbers are accepted too.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdOrAlias(pub String);

impl IdOrAlias {
    /// The id, when the value is numeric.
    pub fn as_id(&self) -> Option<i64> {
        self.0.parse().ok()
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IdOrAlias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for IdOrAlias {
    fn from(v: &str) -> Self {
        IdOrAlias(v.to_owned())
    }
}

impl From<i64> for IdOrAlias {
    fn from(v: i64) -> Self {
        IdOrAlias(v.to_string())
    }
}

impl Serialize for IdOrAlias {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// With serde_json's `arbitrary_precision` (the workspace's Cargo.toml), a number that is not a
/// 64-bit integer (`1.5`, `1e3`, `18446744073709551616`) reaches a `deserialize_any` visitor as
/// a map of one private key holding the number's text. An id visitor's `visit_map` calls this:
/// the error names the number, where serde would say "invalid type: map".
pub(crate) fn not_an_id<'de, A: serde::de::MapAccess<'de>>(
    mut m: A,
    expected: &dyn serde::de::Expected,
) -> A::Error {
    use serde::de::Error;
    match m.next_key::<String>() {
        Ok(Some(key)) if key == "$serde_json::private::Number" => match m.next_value::<String>() {
            Ok(number) => A::Error::custom(format!(
                "{number} is not an id: an id is a whole number (or its digits as a string) within 64 bits"
            )),
            Err(e) => e,
        },
        Ok(_) => A::Error::invalid_type(serde::de::Unexpected::Map, expected),
        Err(e) => e,
    }
}

impl<'de> Deserialize<'de> for IdOrAlias {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = IdOrAlias;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an id (number or string) or an alias (string)")
            }
            fn visit_i64<E>(self, v: i64) -> Result<IdOrAlias, E> {
                Ok(IdOrAlias(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<IdOrAlias, E> {
                Ok(IdOrAlias(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, m: A) -> Result<IdOrAlias, A::Error> {
                Err(not_an_id(m, &self))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<IdOrAlias, E> {
                if v.trim().is_empty() {
                    return Err(E::custom("an id or alias must not be blank"));
                }
                if v.chars().count() > 64 {
                    return Err(E::custom("an id or alias must be at most 64 characters"));
                }
                // NUL and other control characters are never part of an id or alias (and
                // PostgreSQL cannot even compare a text with a NUL in it).
                if v.chars().any(char::is_control) {
                    return Err(E::custom(
                        "an id or alias must not contain control characters (such as U+0000)",
                    ));
                }
                Ok(IdOrAlias(v.to_owned()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[cfg(feature = "utoipa")]
impl utoipa::PartialSchema for IdOrAlias {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .max_length(Some(64))
            .description(Some(
                "a numeric id or an alias (1-64 characters, not purely numeric)",
            ))
            .into()
    }
}
#[cfg(feature = "utoipa")]
impl utoipa::ToSchema for IdOrAlias {}

/// `#[serde(default = …)]` for flags that default to true.
pub(crate) fn yes() -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_accepts_object_array_and_null() {
        assert_eq!(serde_json::from_str::<Empty>("{}").unwrap(), Empty);
        assert_eq!(serde_json::from_str::<Empty>("{\"x\":1}").unwrap(), Empty);
        assert_eq!(serde_json::from_str::<Empty>("[]").unwrap(), Empty);
        assert!(serde_json::from_str::<Empty>("[1]").is_err());
        assert!(serde_json::from_str::<Empty>("3").is_err());
        assert_eq!(serde_json::to_string(&Empty).unwrap(), "{}");
    }

    #[test]
    fn id_or_alias_accepts_numbers_and_strings() {
        let v: IdOrAlias = serde_json::from_str("123").unwrap();
        assert_eq!(v.as_id(), Some(123));
        let v: IdOrAlias = serde_json::from_str("\"my-tenant\"").unwrap();
        assert_eq!(v.as_id(), None);
        assert!(serde_json::from_str::<IdOrAlias>("[]").is_err());
        assert!(serde_json::from_str::<IdOrAlias>("\"  \"").is_err());
        assert!(serde_json::from_str::<IdOrAlias>(&format!("\"{}\"", "a".repeat(65))).is_err());
    }
}
