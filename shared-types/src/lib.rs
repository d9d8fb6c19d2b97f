//! Wire types of the OMGSERVERS v1 interface (shared/reference/omgservers-wire-v1.md).
//!
//! Everything that crosses the wire is defined here once and used by the server, the CLI and the
//! SDK. Conventions (wire reference §0): snake_case names, 64-bit ids as JSON strings on output
//! and numbers or strings on input, unknown input fields ignored, `[]` accepted where an empty
//! object is expected, nulls emitted rather than omitted.
//!
//! serde (and humantime, for [`duration`]) are the only required dependencies; the `utoipa`
//! feature adds OpenAPI schemas.

pub mod admin;
pub mod commands;
pub mod details;
pub mod developer;
pub mod docker;
pub mod duration;
pub mod endpoints;
pub mod error;
pub mod exact_json;
pub mod id;
pub mod messages;
pub mod permissions;
pub mod player;
pub mod registry;
pub mod runtime;
pub mod support;
pub mod version_config;

mod serde_util;

pub use error::{ErrorQualifier, ErrorResponse};
pub use id::*;
pub use serde_util::{Empty, IdOrAlias};

/// Declares wire DTO structs with the common derives (serde, Debug, Clone, PartialEq and, with
/// the `utoipa` feature, an OpenAPI schema).
#[macro_export]
#[doc(hidden)]
macro_rules! dto {
    ($($(#[$m:meta])* pub struct $name:ident { $($body:tt)* })*) => {$(
        $(#[$m])*
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "utoipa", derive(::utoipa::ToSchema))]
        pub struct $name { $($body)* }
    )*};
}

/// Declares wire enums serialized by their SCREAMING_SNAKE_CASE names.
#[macro_export]
#[doc(hidden)]
macro_rules! wire_enum {
    ($($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $variant:ident),* $(,)? })*) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        #[cfg_attr(feature = "utoipa", derive(::utoipa::ToSchema))]
        pub enum $name { $($(#[$vm])* $variant),* }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The wire spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),* }
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str().eq_ignore_ascii_case(s))
                    .ok_or_else(|| format!("unknown {} `{s}`", stringify!($name)))
            }
        }
    )*};
}
