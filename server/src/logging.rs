//! The server's log: the filter (`OMGSERVERS_LOGGING_LEVEL`, checked at start), the format
//! (`OMGSERVERS_LOGGING_FORMAT`: text with colours only on a terminal, or one JSON object per
//! line), and the audit trail (target `audit`: failed logins, permission changes, deletes).
//!
//! In JSON, a whole number too large for a double (above 2^53, as every snowflake id is) is
//! written as a string: log tools built on JavaScript would round it, and an id that is off by
//! a few is a different object. Text logs print numbers as they are.

use std::io::{IsTerminal, Write};

use tracing_subscriber::fmt::MakeWriter;

/// Upstream's level names (Quarkus: `ALL`, `FATAL`, `WARNING` …) and ours, case-insensitive.
const LEVELS: &[(&str, &str)] = &[
    ("all", "trace"),
    ("trace", "trace"),
    ("finest", "trace"),
    ("debug", "debug"),
    ("fine", "debug"),
    ("info", "info"),
    ("warn", "warn"),
    ("warning", "warn"),
    ("error", "error"),
    ("fatal", "error"),
    ("off", "off"),
];

fn level(name: &str) -> Option<&'static str> {
    let name = name.trim().to_ascii_lowercase();
    LEVELS.iter().find(|(n, _)| *n == name).map(|(_, l)| *l)
}

/// Checks `OMGSERVERS_LOGGING_LEVEL` and turns it into `tracing` directives: a level
/// (`info`, upstream's `INFO`, `WARNING` …) or comma-separated `target=level` directives
/// (`omgservers=debug,sqlx=warn`), optionally led by a level. Anything else — a typo such as
/// `inf`, which `tracing` would read as "only the target `inf`" and so log nothing — is refused
/// with the reason.
pub fn filter_directives(setting: &str) -> Result<String, String> {
    let refuse = |what: &str| {
        format!(
            "`{what}` is not a log level: use trace, debug, info, warn, error or off (or upstream's \
             ALL, FINE, WARNING, FATAL), or target=level directives such as omgservers=debug,sqlx=warn"
        )
    };
    let mut directives = Vec::new();
    for directive in setting.split(',').map(str::trim).filter(|d| !d.is_empty()) {
        match directive.rsplit_once('=') {
            Some((target, name)) => {
                let target = target.trim();
                if target.is_empty() {
                    return Err(refuse(directive));
                }
                let level = level(name).ok_or_else(|| refuse(name))?;
                directives.push(format!("{target}={level}"));
            }
            None => directives.push(
                level(directive)
                    .ok_or_else(|| refuse(directive))?
                    .to_owned(),
            ),
        }
    }
    if directives.is_empty() {
        return Err(refuse(setting));
    }
    let joined = directives.join(",");
    tracing_subscriber::EnvFilter::try_new(&joined).map_err(|e| format!("{setting}: {e}"))?;
    Ok(joined)
}

/// A clap value parser: the setting as given, once [`filter_directives`] accepts it.
pub fn parse_level(setting: &str) -> Result<String, String> {
    filter_directives(setting).map(|_| setting.to_owned())
}

/// Installs the global subscriber: the log on stderr, filtered by `OMGSERVERS_LOGGING_LEVEL`,
/// and, when traces are on, the OpenTelemetry layer beside it with its own filter
/// (`telemetry::layer`). Returns the traces' exporter, to flush at shutdown; fails when the
/// exporter cannot be built.
pub fn init(config: &crate::config::Config) -> Result<Option<crate::telemetry::Traces>, String> {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    use tracing_subscriber::Layer as _;
    // Checked when the configuration was parsed.
    let directives = filter_directives(&config.logging_level).unwrap_or_else(|_| "info".into());
    let filter = tracing_subscriber::EnvFilter::new(directives);
    let log = match config.logging_format {
        crate::config::LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .with_ansi(false)
            .with_writer(SafeNumbers)
            .boxed(),
        crate::config::LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_ansi(std::io::stderr().is_terminal())
            .with_writer(std::io::stderr)
            .boxed(),
    };
    let traces = crate::telemetry::start(config)?;
    tracing_subscriber::registry()
        .with(log.with_filter(filter))
        .with(traces.as_ref().map(crate::telemetry::layer))
        .init();
    Ok(traces)
}

/// Writes JSON log lines to stderr with every whole number above 2^53 as a string.
#[derive(Clone, Copy, Debug)]
pub struct SafeNumbers;

impl<'a> MakeWriter<'a> for SafeNumbers {
    type Writer = SafeLine;

    fn make_writer(&'a self) -> SafeLine {
        SafeLine(Vec::new())
    }
}

/// One event's output, rewritten and written out when dropped (the formatter makes a writer
/// per event).
pub struct SafeLine(Vec<u8>);

impl Write for SafeLine {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Drop for SafeLine {
    fn drop(&mut self) {
        let line = safe_numbers(&self.0);
        let _ = std::io::stderr().lock().write_all(&line);
    }
}

/// `line` (JSON objects, one a line) with whole numbers above 2^53 in magnitude as strings;
/// a line that is not JSON is left as it is.
pub fn safe_numbers(line: &[u8]) -> Vec<u8> {
    // Most lines hold no number of 16 digits or more: written as they are, unparsed.
    if !has_long_number(line) {
        return line.to_vec();
    }
    let mut out = Vec::with_capacity(line.len() + 16);
    for part in line.split_inclusive(|b| *b == b'\n') {
        let (text, newline) = match part.strip_suffix(b"\n") {
            Some(text) => (text, true),
            None => (part, false),
        };
        match serde_json::from_slice::<serde_json::Value>(text) {
            Ok(mut value) => {
                stringify_large(&mut value);
                out.extend_from_slice(
                    &serde_json::to_vec(&value).unwrap_or_else(|_| text.to_vec()),
                );
            }
            Err(_) => out.extend_from_slice(text),
        }
        if newline {
            out.push(b'\n');
        }
    }
    out
}

/// Whether `line` has a run of 16 digits or more (2^53 has 16).
fn has_long_number(line: &[u8]) -> bool {
    let mut run = 0;
    for b in line {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run >= 16 {
            return true;
        }
    }
    false
}

/// The largest whole number a double holds exactly.
const EXACT: u128 = (1 << 53) - 1;

fn stringify_large(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Number(n) => {
            // The number's own text (exact, serde_json's `arbitrary_precision`): a whole number
            // of any size, beyond 64 bits too, is checked.
            let text = n.to_string();
            let whole = !text.contains(['.', 'e', 'E']);
            let digits = text.trim_start_matches('-');
            let large = whole && digits.parse::<u128>().map_or(true, |u| u > EXACT);
            if large {
                *value = serde_json::Value::String(text);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(stringify_large),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(stringify_large),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn levels_and_directives_are_checked() {
        assert_eq!(filter_directives("info").unwrap(), "info");
        assert_eq!(filter_directives("INFO").unwrap(), "info");
        assert_eq!(filter_directives("WARNING").unwrap(), "warn");
        assert_eq!(
            filter_directives("info, omgservers=DEBUG,sqlx=warn").unwrap(),
            "info,omgservers=debug,sqlx=warn"
        );
        for bad in ["inf", "", "omgservers=loud", "=debug", "info,verbose"] {
            let error = filter_directives(bad).unwrap_err();
            assert!(error.contains("is not a log level"), "{bad}: {error}");
        }
        assert!(filter_directives("inf").unwrap_err().contains("`inf`"));
    }

    #[test]
    fn large_numbers_become_strings_in_json_lines() {
        let line = br#"{"fields":{"runtime_id":1778213787355054080,"count":3,"neg":-9007199254740993,"huge":123456789012345678901234567890,"ratio":12345678901234567.5},"level":"INFO"}
not json
"#;
        let out = String::from_utf8(safe_numbers(line)).unwrap();
        let mut lines = out.lines();
        let event: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
        assert_eq!(
            event,
            serde_json::from_str::<serde_json::Value>(
                r#"{"fields": {"runtime_id": "1778213787355054080", "count": 3,
                "neg": "-9007199254740993", "huge": "123456789012345678901234567890",
                "ratio": 12345678901234567.5}, "level": "INFO"}"#
            )
            .unwrap()
        );
        assert_eq!(lines.next(), Some("not json"));
        assert!(out.ends_with('\n'));
        // Nothing long: the line as it is.
        let short = br#"{"b":2,"a":1}"#;
        assert_eq!(safe_numbers(short), short.to_vec());
    }
}
