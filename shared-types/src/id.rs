//! Typed 64-bit ids. Each serializes as a JSON string (`"245515657456648192"`) and accepts a JSON
//! number or a numeric string, as upstream clients send both.

use std::fmt;

/// Parses an id from a JSON number or a numeric string.
pub(crate) fn deserialize_i64<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = i64;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a 64-bit id as a number or a numeric string")
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(|_| E::custom(format!("id {v} is out of the 64-bit range")))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<i64, E> {
            v.trim()
                .parse()
                .map_err(|_| E::custom(format!("\"{v}\" is not a numeric id")))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, m: A) -> Result<i64, A::Error> {
            Err(crate::serde_util::not_an_id(m, &self))
        }
    }
    d.deserialize_any(Visitor)
}

/// Declares i64 newtype ids that travel as strings.
#[macro_export]
macro_rules! typed_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub i64);

        impl $name {
            pub fn get(self) -> i64 { self.0 }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = ::std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> { s.trim().parse().map($name) }
        }
        impl From<i64> for $name {
            fn from(v: i64) -> Self { $name(v) }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(&self.0)
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::id::deserialize_i64_pub(d).map($name)
            }
        }
        #[cfg(feature = "utoipa")]
        impl ::utoipa::PartialSchema for $name {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::schema::Schema> {
                $crate::id::id_schema()
            }
        }
        #[cfg(feature = "utoipa")]
        impl ::utoipa::ToSchema for $name {}
    )*};
}

#[doc(hidden)]
pub fn deserialize_i64_pub<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    deserialize_i64(d)
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
pub fn id_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some("^-?[0-9]+$"))
        .description(Some(
            "64-bit id; a string on output, a number or a string on input",
        ))
        .examples([serde_json::json!("245515657456648192")])
        .into()
}

typed_id!(
    /// A generic 64-bit id (generate-id, message ids, command ids).
    Id,
    UserId,
    TenantId,
    ProjectId,
    StageId,
    VersionId,
    DeploymentId,
    ImageId,
    BuildRequestId,
    FilesArchiveId,
    LobbyId,
    MatchmakerId,
    MatchId,
    RuntimeId,
    ClientId,
    PlayerId,
    PermissionId,
    AliasId,
    MessageId,
    CommandId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialize_as_strings_and_accept_both_forms() {
        assert_eq!(serde_json::to_string(&TenantId(42)).unwrap(), "\"42\"");
        assert_eq!(
            serde_json::from_str::<TenantId>("42").unwrap(),
            TenantId(42)
        );
        assert_eq!(
            serde_json::from_str::<TenantId>("\"42\"").unwrap(),
            TenantId(42)
        );
        let err = serde_json::from_str::<TenantId>("\"abc\"").unwrap_err();
        assert!(err.to_string().contains("not a numeric id"), "{err}");
        assert!(serde_json::from_str::<TenantId>("true").is_err());
        assert!(serde_json::from_str::<TenantId>("18446744073709551615").is_err());
    }
}
