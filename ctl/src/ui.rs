//! Terminal output: data on stdout (tables, JSON, ids), messages on stderr with optional colors,
//! and what a command produced (`Out`).

use std::io::{IsTerminal, Write};

use comfy_table::{presets, ColumnConstraint, ContentArrangement, Table};
use serde_json::Value;

use crate::cli::{ColorChoice, OutputFormat};

#[derive(Clone, Debug)]
pub struct Ui {
    pub output: OutputFormat,
    pub color: bool,
    /// stderr is a terminal: progress bars and spinners are shown.
    pub interactive_err: bool,
    /// stdout is a terminal: tables get borders and fit its width; otherwise they are plain
    /// tab-separated lines, for `cut`, `awk` and scripts.
    pub terminal_out: bool,
    /// `--verbose`: requests and responses on stderr.
    pub verbose: bool,
    /// `--no-headers`: tables without their header row.
    pub no_headers: bool,
    /// `--request-timeout`.
    pub request_timeout: std::time::Duration,
}

impl Ui {
    pub fn new(output: OutputFormat, color: ColorChoice) -> Ui {
        let tty = std::io::stderr().is_terminal();
        let env_set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty() && v != "0");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                    false
                } else if env_set("CLICOLOR_FORCE") {
                    true
                } else if std::env::var_os("CLICOLOR").is_some_and(|v| v == "0") {
                    false
                } else {
                    tty
                }
            }
        };
        Ui {
            output,
            color,
            interactive_err: tty,
            terminal_out: std::io::stdout().is_terminal(),
            verbose: false,
            no_headers: false,
            request_timeout: std::time::Duration::from_secs(120),
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// A message for the human (stderr).
    pub fn note(&self, text: &str) {
        let _ = writeln!(std::io::stderr(), "{text}");
    }

    pub fn success(&self, text: &str) {
        let _ = writeln!(std::io::stderr(), "{}", self.paint("32", text));
    }

    pub fn warn(&self, text: &str) {
        let _ = writeln!(
            std::io::stderr(),
            "{} {text}",
            self.paint("1;33", "warning:")
        );
    }

    pub fn error(&self, text: &str, hint: &str) {
        let mut err = std::io::stderr();
        let _ = writeln!(err, "{} {text}", self.paint("1;31", "error:"));
        if !hint.is_empty() {
            let _ = writeln!(err, "{} {hint}", self.paint("36", "hint:"));
        }
    }

    /// Prints what a command produced in the selected format.
    pub fn print(&self, out: &Out) {
        let mut stdout = std::io::stdout().lock();
        match &self.output {
            OutputFormat::Json => {
                if !out.json.is_null() {
                    let text =
                        serde_json::to_string_pretty(&out.json).unwrap_or_else(|_| "null".into());
                    let _ = writeln!(stdout, "{text}");
                }
            }
            OutputFormat::Yaml => {
                if !out.json.is_null() {
                    let text = yaml_serde::to_string(&yaml_of(&out.json)).unwrap_or_default();
                    let _ = stdout.write_all(text.as_bytes());
                }
            }
            OutputFormat::JsonPath(expression) => {
                for line in json_path_lines(expression, &out.json) {
                    let _ = writeln!(stdout, "{line}");
                }
            }
            OutputFormat::Id => {
                if let Some(id) = &out.id {
                    let _ = writeln!(stdout, "{id}");
                }
            }
            OutputFormat::Table => {
                if let Some(raw) = &out.raw {
                    let _ = stdout.write_all(raw.as_bytes());
                    if !raw.is_empty() && !raw.ends_with('\n') {
                        let _ = writeln!(stdout);
                    }
                }
                let mut first = true;
                for (title, table) in &out.tables {
                    if !first {
                        let _ = writeln!(stdout);
                    }
                    first = false;
                    if let Some(title) = title {
                        let _ = writeln!(stdout, "{title}");
                    }
                    let table = if self.no_headers {
                        without_header(table)
                    } else {
                        table.clone()
                    };
                    if self.terminal_out {
                        let _ = writeln!(stdout, "{}", for_terminal(&table));
                    } else {
                        let _ = stdout.write_all(plain(&table).as_bytes());
                    }
                }
            }
        }
        if let Some(message) = &out.message {
            self.success(message);
        }
    }
}

/// The JSON output as a YAML document, in the same order. Numbers go through their value
/// (serde_json's exact-number representation would serialize as a map in another format).
fn yaml_of(value: &Value) -> yaml_serde::Value {
    use yaml_serde::Value as Yaml;
    match value {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Bool(*b),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Yaml::Number(i.into())
            } else if let Some(u) = n.as_u64() {
                Yaml::Number(u.into())
            } else {
                n.as_f64()
                    .map_or_else(|| Yaml::String(n.to_string()), |f| Yaml::Number(f.into()))
            }
        }
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(items) => Yaml::Sequence(items.iter().map(yaml_of).collect()),
        Value::Object(fields) => Yaml::Mapping(
            fields
                .iter()
                .map(|(k, v)| (Yaml::String(k.clone()), yaml_of(v)))
                .collect(),
        ),
    }
}

/// What `-o jsonpath=EXPR` prints: each selected value on its own line, strings as they are,
/// anything else as compact JSON (as `gh --jq` and `jq -r` print).
pub fn json_path_lines(expression: &str, json: &Value) -> Vec<String> {
    // Checked when the option was parsed.
    let Ok(path) = serde_json_path::JsonPath::parse(expression) else {
        return Vec::new();
    };
    path.query(json)
        .all()
        .into_iter()
        .map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// A spinner on stderr while a call takes longer than a second (only when stderr is a
/// terminal), so a person sees that omgctl is waiting and on what. Gone when dropped.
pub struct SlowCall {
    done: Option<std::sync::mpsc::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Ui {
    /// Starts watching a call to `what`; the spinner appears after a second, if ever.
    pub fn slow_call(&self, what: String) -> SlowCall {
        if !self.interactive_err {
            return SlowCall {
                done: None,
                thread: None,
            };
        }
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let one_second = std::time::Duration::from_secs(1);
            if finished.recv_timeout(one_second) != Err(std::sync::mpsc::RecvTimeoutError::Timeout)
            {
                return;
            }
            let spinner = indicatif::ProgressBar::new_spinner();
            spinner.set_message(format!("waiting for {what}…"));
            spinner.enable_steady_tick(std::time::Duration::from_millis(100));
            // Until the call ends (the sender is dropped).
            let _ = finished.recv();
            spinner.finish_and_clear();
        });
        SlowCall {
            done: Some(done),
            thread: Some(thread),
        }
    }
}

impl Drop for SlowCall {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What a command produced.
#[derive(Default)]
pub struct Out {
    /// Printed with `-o json`: the wire DTO.
    pub json: Value,
    /// Printed with `-o id`.
    pub id: Option<String>,
    /// Printed with `-o table`, each with an optional title.
    pub tables: Vec<(Option<String>, Table)>,
    /// A confirmation on stderr.
    pub message: Option<String>,
    /// Text printed as it is with `-o table` (logs), before any table.
    pub raw: Option<String>,
}

impl Out {
    pub fn new(json: Value) -> Out {
        Out {
            json,
            ..Out::default()
        }
    }
    pub fn id(mut self, id: impl Into<String>) -> Out {
        self.id = Some(id.into());
        self
    }
    pub fn table(mut self, title: Option<&str>, table: Table) -> Out {
        self.tables.push((title.map(str::to_owned), table));
        self
    }
    pub fn kv(self, rows: &[(&str, String)]) -> Out {
        self.table(None, kv_table(rows))
    }
    pub fn raw(mut self, text: impl Into<String>) -> Out {
        self.raw = Some(text.into());
        self
    }
    pub fn message(mut self, m: impl Into<String>) -> Out {
        self.message = Some(m.into());
        self
    }
}

pub fn new_table() -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

/// Whether a cell holds an id (a 64-bit snowflake: a long run of digits).
fn is_id(text: &str) -> bool {
    text.len() >= 10 && text.bytes().all(|b| b.is_ascii_digit())
}

/// A table as a terminal shows it: with borders and fitted to the terminal's width, except that
/// a column holding ids is never wrapped, so an id copied from the screen is whole.
pub fn for_terminal(table: &Table) -> Table {
    let mut table = table.clone();
    let columns = table.column_count();
    for index in 0..columns {
        let holds_ids = table
            .header()
            .into_iter()
            .chain(table.row_iter())
            .any(|row| {
                row.cell_iter()
                    .nth(index)
                    .is_some_and(|c| is_id(&c.content()))
            });
        if holds_ids {
            if let Some(column) = table.column_mut(index) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    table
}

/// A table as plain text for pipes and files: a line per row (the header first), cells
/// separated by tabs, nothing cut or wrapped (tabs and line breaks in a cell become spaces).
pub fn plain(table: &Table) -> String {
    let mut text = String::new();
    for row in table.header().into_iter().chain(table.row_iter()) {
        let cells: Vec<String> = row
            .cell_iter()
            .map(|c| c.content().replace(['\t', '\n', '\r'], " "))
            .collect();
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    text
}

/// The table's rows without its header row (`--no-headers`).
fn without_header(table: &Table) -> Table {
    let mut rows = new_table();
    for row in table.row_iter() {
        rows.add_row(row.cell_iter().map(|c| c.content()).collect::<Vec<_>>());
    }
    rows
}

/// A two-column table of names and values.
pub fn kv_table(rows: &[(&str, String)]) -> Table {
    let mut t = new_table();
    for (k, v) in rows {
        t.add_row(vec![(*k).to_owned(), v.clone()]);
    }
    t
}

/// A table with a header row.
pub fn list_table(header: &[&str], rows: Vec<Vec<String>>) -> Table {
    let mut t = new_table();
    t.set_header(header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    for r in rows {
        t.add_row(r);
    }
    t
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "1777884059242856448";

    /// The expressions docs/cli.md shows, on the shapes the server answers.
    #[test]
    fn json_path_selects_values_one_a_line() {
        let runtimes = serde_json::json!({"runtimes": [
            {"id": "1", "status": "RUNNING", "clients": 2},
            {"id": "2", "status": "EXITED", "clients": 0},
            {"id": "3", "status": "PENDING", "clients": 0},
        ]});
        assert_eq!(
            json_path_lines("$.runtimes[?@.status != \"RUNNING\"].id", &runtimes),
            ["2", "3"]
        );
        assert_eq!(json_path_lines("$.runtimes[-1:].id", &runtimes), ["3"]);
        assert_eq!(json_path_lines("$.runtimes[0].clients", &runtimes), ["2"]);
        assert_eq!(
            json_path_lines("$.runtimes[0]", &runtimes),
            [r#"{"id":"1","status":"RUNNING","clients":2}"#]
        );
        assert!(json_path_lines("$.nothing", &runtimes).is_empty());
    }

    /// YAML keeps the JSON's order and types: ids stay strings, numbers numbers.
    #[test]
    fn yaml_keeps_order_and_types() {
        let value: Value = serde_json::from_str(
            r#"{"id": "1777884059242856448", "state": "READY", "clients": 3, "ratio": 0.5}"#,
        )
        .unwrap();
        assert_eq!(
            yaml_serde::to_string(&yaml_of(&value)).unwrap(),
            "id: '1777884059242856448'\nstate: READY\nclients: 3\nratio: 0.5\n"
        );
    }

    fn runtimes() -> Table {
        list_table(
            &["ID", "STATE", "DETAIL"],
            vec![vec![
                ID.to_owned(),
                "CRASH_LOOP_BACKOFF".to_owned(),
                "lobby runtime failed 3 starts in a row: exited with code 1; next start soon"
                    .to_owned(),
            ]],
        )
    }

    #[test]
    fn a_narrow_terminal_wraps_text_but_never_an_id() {
        // Left to itself, the table splits the id at this width.
        let mut unconstrained = runtimes();
        unconstrained.set_width(40);
        let text = unconstrained.to_string();
        assert!(!text.lines().any(|l| l.contains(ID)), "{text}");
        let mut table = for_terminal(&runtimes());
        table.set_width(40);
        let text = table.to_string();
        assert!(
            text.lines().any(|l| l.contains(ID)),
            "the id is whole on one line:\n{text}"
        );
        assert!(text.lines().count() > 5, "the detail was wrapped:\n{text}");
        assert!(
            text.lines().all(|l| !l.contains("next start soon")),
            "{text}"
        );
    }

    #[test]
    fn piped_tables_are_tab_separated_lines_without_borders() {
        let text = plain(&runtimes());
        assert_eq!(
            text,
            format!(
                "ID\tSTATE\tDETAIL\n{ID}\tCRASH_LOOP_BACKOFF\tlobby runtime failed 3 starts in a \
                 row: exited with code 1; next start soon\n"
            )
        );
        let mut multiline = kv_table(&[("LOG", "line one\nline two".to_owned())]);
        multiline.set_header(vec!["NAME", "VALUE"]);
        assert_eq!(plain(&multiline), "NAME\tVALUE\nLOG\tline one line two\n");
    }
}
