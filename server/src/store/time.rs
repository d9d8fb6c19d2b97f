//! Instants: stored as epoch milliseconds, written on the wire as ISO-8601 UTC with
//! milliseconds (`2025-01-23T10:11:12.345Z`), as upstream truncates them.

pub fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

pub fn iso(millis: i64) -> String {
    chrono::DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_has_milliseconds_and_z() {
        assert_eq!(super::iso(1_737_627_072_345), "2025-01-23T10:11:12.345Z");
    }
}
