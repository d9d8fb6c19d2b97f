//! Registry notification envelope (wire reference §5.8). Every field is optional: the registry
//! sends many event kinds and we only act on pushes.

use crate::dto;

dto! {
    pub struct RegistryNotification {
        #[serde(default)]
        pub events: Vec<RegistryEvent>,
    }

    pub struct RegistryEvent {
        pub id: String,
        #[serde(default)]
        pub timestamp: Option<String>,
        #[serde(default)]
        pub action: Option<String>,
        #[serde(default)]
        pub target: Option<RegistryEventTarget>,
        #[serde(default)]
        pub request: Option<RegistryEventRequest>,
        #[serde(default)]
        pub actor: Option<RegistryEventActor>,
        #[serde(default)]
        pub source: Option<RegistryEventSource>,
    }

    pub struct RegistryEventTarget {
        #[serde(default, rename = "mediaType")]
        pub media_type: Option<String>,
        #[serde(default)]
        pub size: Option<i64>,
        #[serde(default)]
        pub digest: Option<String>,
        #[serde(default)]
        pub length: Option<i64>,
        #[serde(default)]
        pub repository: Option<String>,
        #[serde(default)]
        pub url: Option<String>,
        #[serde(default)]
        pub tag: Option<String>,
    }

    pub struct RegistryEventRequest {
        #[serde(default)]
        pub id: Option<String>,
        #[serde(default)]
        pub addr: Option<String>,
        #[serde(default)]
        pub host: Option<String>,
        #[serde(default)]
        pub method: Option<String>,
        #[serde(default)]
        pub useragent: Option<String>,
    }

    pub struct RegistryEventActor {
        #[serde(default)]
        pub name: Option<String>,
    }

    pub struct RegistryEventSource {
        #[serde(default)]
        pub addr: Option<String>,
        #[serde(default, rename = "instanceID")]
        pub instance_id: Option<String>,
    }
}
