//! ARCHITECTURE.md §1, §3–4, checked on the source so that a new import or statement that
//! breaks them fails here: the files of `game/` import each other without a cycle; `game`,
//! `dispatcher` and `pool` do not import each other in a cycle; only `store/` speaks SQL, and
//! `store/` imports no capability module (dependencies point down).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::store::GAME_STATE_TABLES;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The first path segments after each `prefix` in `source` (`prefix{a, b::c}` gives a, b).
fn imported(source: &str, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in source.match_indices(prefix) {
        let rest = &source[at + prefix.len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            group[..group.find('}').unwrap_or(group.len())]
                .split(',')
                .collect()
        } else {
            vec![rest]
        };
        for name in names {
            let name: String = name
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

fn assert_acyclic(graph: &BTreeMap<String, BTreeSet<String>>) {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(start) = path.iter().position(|n| n == node) {
            panic!("import cycle: {} -> {node}", path[start..].join(" -> "));
        }
        if done.contains(node) {
            return;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
        done.insert(node.to_owned());
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done);
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn game_files_import_without_a_cycle() {
    let game = src().join("game");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let files = rust_files(&game);
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| module_of(&game, f))
        .filter(|m| m != "mod")
        .collect();
    for file in &files {
        let module = module_of(&game, file);
        let source = std::fs::read_to_string(file).unwrap();
        // In a folder's own files, `super` is that folder's module, not `game`.
        let nested = file.parent() != Some(game.as_path())
            && file.file_name().is_some_and(|n| n != "mod.rs");
        let mut uses = imported(&source, "crate::game::");
        if !nested {
            uses.extend(imported(&source, "super::"));
        }
        uses.retain(|m| modules.contains(m) && *m != module);
        graph.entry(module).or_default().extend(uses);
    }
    assert!(graph.len() > 5, "too few modules found: {graph:?}");
    assert_acyclic(&graph);
}

/// `game/clients.rs` is `clients`; `game/matchmaking/{mod,plan}.rs` are `matchmaking`.
fn module_of(game: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(game).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_owned()
}

#[test]
fn game_dispatcher_and_pool_import_without_a_cycle() {
    let capabilities = ["game", "dispatcher", "pool"];
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for capability in capabilities {
        for file in rust_files(&src().join(capability)) {
            let source = std::fs::read_to_string(&file).unwrap();
            let uses = imported(&source, "crate::")
                .into_iter()
                .filter(|m| capabilities.contains(&m.as_str()) && m != capability);
            graph.entry(capability.to_owned()).or_default().extend(uses);
        }
    }
    assert_acyclic(&graph);
}

#[test]
fn the_checker_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_owned(), BTreeSet::from(["b".to_owned()])),
        ("b".to_owned(), BTreeSet::from(["a".to_owned()])),
    ]
    .into();
    let found = std::panic::catch_unwind(|| assert_acyclic(&graph));
    assert!(found.is_err());
    assert_eq!(
        imported("use super::{commands, inbox::push, Wakes};", "super::"),
        BTreeSet::from(["commands".into(), "inbox".into(), "Wakes".into()])
    );
}

/// Every statement of the server is in `store/`: no other file builds a query.
#[test]
fn only_the_store_speaks_sql() {
    let store = src().join("store");
    let mut offenders = Vec::new();
    for file in rust_files(&src()) {
        if file.starts_with(&store) || file.ends_with("layering.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        for needle in SQL_CALLS {
            if source.contains(needle) {
                offenders.push(format!("{} uses {needle}", file.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "SQL outside store/: {offenders:#?}");
}

/// What building or running a statement looks like with sqlx.
const SQL_CALLS: [&str; 5] = [
    "sqlx::query",
    "query_as(",
    "query_scalar(",
    "raw_sql(",
    "Executor",
];

#[test]
fn the_store_imports_no_capability() {
    let capabilities = [
        "auth",
        "builder",
        "dispatcher",
        "game",
        "http",
        "pool",
        "tenancy",
        "wake",
        "state",
    ];
    for file in rust_files(&src().join("store")) {
        let source = std::fs::read_to_string(&file).unwrap();
        let above: Vec<String> = imported(&source, "crate::")
            .into_iter()
            .filter(|m| capabilities.contains(&m.as_str()))
            .collect();
        assert!(above.is_empty(), "{} imports {above:?}", file.display());
    }
}

#[test]
fn the_sql_check_finds_a_statement() {
    let source = r#"let rows = sqlx::query_as("SELECT 1").fetch_all(conn).await?;"#;
    assert!(SQL_CALLS.iter().any(|needle| source.contains(needle)));
}

/// Every table the SQLite migrations create that is not game state: the control plane's.
fn control_plane_tables() -> Vec<String> {
    let migrations = src().join("../migrations/sqlite");
    let mut tables = BTreeSet::new();
    for entry in std::fs::read_dir(migrations).unwrap() {
        let sql = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (at, _) in sql.match_indices("CREATE TABLE ") {
            let name: String = sql[at + "CREATE TABLE ".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // SQLite rebuilds a table as `<name>_next`, then renames it.
            tables.insert(name.trim_end_matches("_next").to_owned());
        }
    }
    tables
        .into_iter()
        .filter(|t| !GAME_STATE_TABLES.contains(&t.as_str()))
        .collect()
}

/// The string literals of Rust `source` (comments skipped; a `\` line continuation joins
/// lines), raw strings included.
fn string_literals(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            // A character literal: '\'', '\\' (escaped, first) or '"'.
            '\'' if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') => i += 4,
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && !chars
                    .get(i.wrapping_sub(1))
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                let start = i + 2 + hashes;
                let end_marker: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[start..].iter().collect();
                let len = rest.find(&end_marker).unwrap_or(rest.len());
                out.push(rest[..len].to_owned());
                i = start + rest[..len].chars().count() + end_marker.len();
            }
            '"' => {
                let mut literal = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        if chars.get(i) == Some(&'\n') {
                            // As Rust does: the newline and the next line's indent go.
                            while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                                i += 1;
                            }
                        } else if let Some(c) = chars.get(i) {
                            literal.push(*c);
                        }
                    } else {
                        literal.push(chars[i]);
                    }
                    i += 1;
                }
                out.push(literal);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The tables of each kind a statement names (after FROM, JOIN, INTO or UPDATE, so that a
/// column named like a table does not count): (game state, control plane).
fn tables_named(statement: &str, control_plane: &[String]) -> (Vec<String>, Vec<String>) {
    let all: Vec<&str> = statement
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let words: BTreeSet<&str> = all
        .windows(2)
        .filter(|pair| {
            ["FROM", "JOIN", "INTO", "UPDATE"]
                .iter()
                .any(|k| pair[0].eq_ignore_ascii_case(k))
        })
        .map(|pair| pair[1])
        .collect();
    let named = |tables: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        tables
            .filter(|t| words.contains(t))
            .map(str::to_owned)
            .collect()
    };
    (
        named(&mut GAME_STATE_TABLES.iter().copied()),
        named(&mut control_plane.iter().map(String::as_str)),
    )
}

/// No SQL string literal of `store/` names a game-state table and a control-plane table: a
/// slot's game state may live in another database (issue 12 item 6), so each such read is two
/// reads. A statement assembled from several literals is beyond this check.
#[test]
fn no_statement_spans_game_state_and_the_control_plane() {
    let control_plane = control_plane_tables();
    assert!(
        control_plane.iter().any(|t| t == "deployments") && control_plane.len() > 10,
        "control-plane tables not read: {control_plane:?}"
    );
    let mut found = BTreeSet::new();
    for file in rust_files(&src().join("store")) {
        let source = std::fs::read_to_string(&file).unwrap();
        for literal in string_literals(&source) {
            let upper = literal.to_uppercase();
            if !["SELECT ", "INSERT ", "UPDATE ", "DELETE "]
                .iter()
                .any(|k| upper.contains(k))
            {
                continue;
            }
            let (game, control) = tables_named(&literal, &control_plane);
            if !game.is_empty() && !control.is_empty() {
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                found.insert(format!("{name}: {game:?} with {control:?}: {literal}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "statements spanning game state and the control plane: {found:#?}"
    );
}

#[test]
fn the_statement_check_reads_literals_and_tables() {
    let source = "// SELECT * FROM clients JOIN deployments\n\
                  let c = '\"'; let e = '\\''; let f = 'x'; let q = \"SELECT id FROM clients \\\n    JOIN deployments d\";\n\
                  let r = r#\"DELETE FROM users\"#;";
    let literals = string_literals(source);
    assert_eq!(
        literals,
        [
            "SELECT id FROM clients JOIN deployments d",
            "DELETE FROM users"
        ]
    );
    assert_eq!(
        tables_named(&literals[0], &["deployments".to_owned()]),
        (vec!["clients".to_owned()], vec!["deployments".to_owned()])
    );
}
