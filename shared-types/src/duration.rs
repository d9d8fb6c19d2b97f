//! The one duration grammar of the server's settings and omgctl's flags:
//!
//! - a number: seconds (`30`, `0.5`), as upstream's Quarkus settings take it;
//! - a number and a unit, case-insensitive: `500ms`, `30s`, `2m`, `1.5h`, `1d`;
//! - several of them (`humantime`): `1m30s`, `1h 30m`;
//! - ISO-8601 as Java's `Duration.parse` reads it, upstream's form: `PT30S`, `PT1M30S`,
//!   `PT0.5S`, `P1DT2H`.
//!
//! Negative durations are refused.

use std::time::Duration;

/// Parses a duration in any of the forms above; the error names the value and the forms.
pub fn parse(value: &str) -> Result<Duration, String> {
    let v = value.trim();
    let wrong =
        || format!("`{value}` is not a duration: use 500ms, 30s, 1m30s, 2h or ISO-8601 PT1M30S");
    if v.starts_with(['P', 'p']) {
        return iso8601(v).ok_or_else(wrong);
    }
    if let Some(d) = simple(v) {
        return d.ok_or_else(wrong);
    }
    humantime::parse_duration(&v.to_ascii_lowercase()).map_err(|_| wrong())
}

/// `30`, `0.5s`, `500ms`, `2M` (minutes, as Quarkus reads it): None when `v` has another shape.
fn simple(v: &str) -> Option<Option<Duration>> {
    let split = v
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(v.len());
    let (number, unit) = v.split_at(split);
    let seconds_per_unit = match unit.to_ascii_lowercase().as_str() {
        "" | "s" => 1.0,
        "ms" => 0.001,
        "m" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        _ => return None,
    };
    Some(seconds(number, seconds_per_unit))
}

fn seconds(number: &str, per_unit: f64) -> Option<Duration> {
    if number.is_empty() || number.starts_with('.') {
        return None;
    }
    let n: f64 = number.parse().ok()?;
    Duration::try_from_secs_f64(n * per_unit).ok()
}

/// `PnDTnHnMn.nS` (each part optional, at least one, in this order; a fraction only on seconds).
fn iso8601(v: &str) -> Option<Duration> {
    let upper = v.to_ascii_uppercase();
    let rest = upper.strip_prefix('P')?;
    let (days, time) = match rest.split_once('T') {
        Some((days, time)) => (days, Some(time)),
        None => (rest, None),
    };
    let mut total = Duration::ZERO;
    if !days.is_empty() {
        let n = days.strip_suffix('D')?;
        if n.contains('.') {
            return None;
        }
        total += seconds(n, 86_400.0)?;
    }
    match time {
        None if days.is_empty() => return None,
        None => {}
        Some("") => return None,
        Some(mut time) => {
            let mut allowed = "HMS";
            while !time.is_empty() {
                let end = time.find(|c: char| !c.is_ascii_digit() && c != '.')?;
                let (number, tail) = time.split_at(end);
                let unit = tail.chars().next()?;
                let at = allowed.find(unit)?;
                allowed = &allowed[at + 1..];
                if unit != 'S' && number.contains('.') {
                    return None;
                }
                let per_unit = match unit {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
                total += seconds(number, per_unit)?;
                time = &tail[1..];
            }
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(v: &str) -> u128 {
        parse(v).unwrap_or_else(|e| panic!("{v}: {e}")).as_millis()
    }

    #[test]
    fn every_form_gives_the_same_durations() {
        for (forms, millis) in [
            (&["30", "30s", "30S", "PT30S", "pt30s", "0.5m"][..], 30_000),
            (&["500ms", "0.5", "0.5s", "PT0.5S"][..], 500),
            (&["90s", "1m30s", "1m 30s", "PT1M30S", "1.5m"][..], 90_000),
            (&["2m", "2M", "2min", "PT2M", "120"][..], 120_000),
            (&["1h30m", "PT1H30M", "1.5h"][..], 5_400_000),
            (&["1d", "P1D", "PT24H", "24h"][..], 86_400_000),
            (&["P1DT2H", "26h"][..], 93_600_000),
            (&["0", "PT0S", "0ms"][..], 0),
        ] {
            for form in forms {
                assert_eq!(ms(form), millis, "{form}");
            }
        }
    }

    #[test]
    fn wrong_values_are_refused_naming_the_forms() {
        for wrong in [
            "",
            "soon",
            "5 parsecs",
            "-1s",
            "-PT1S",
            "P",
            "PT",
            "PT1.5M",
            "PT1S2M",
            "PT1H1H",
            "P1.5D",
            "1.2.3s",
            ".5s",
            "s",
            "PT30",
            "1m30",
        ] {
            let error = parse(wrong).expect_err(wrong);
            assert!(error.contains("PT1M30S"), "{wrong}: {error}");
        }
    }
}
