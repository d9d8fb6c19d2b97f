//! Moving slots between shard databases (docs/sharding.md "Moving slots between databases",
//! upstream's `SHARD_LOCKED`, wire reference §3.3): a slot moved in the middle of a game is
//! locked while it is copied (writes answered 500 `SHARD_LOCKED`), then served by its new
//! database, and the game goes on; moves cut short by a stop are carried on at the next
//! start; and a stalled mover that wakes after its move was finished changes nothing.
//!
//! The shard databases' control-plane tables are dropped, as in `shard_databases`, so a
//! control-plane statement that reaches one fails loudly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::tic_tac_toe;
use crate::shard_databases::{connect, count, migrate_game_state_only, BY_DEPLOYMENT};
use omgservers::config::RuntimesDriver;
use omgservers::store::moves::{self, CopyOutcome};
use omgservers::store::Db;
use omgservers_e2e::fixtures::{self, World};
use omgservers_e2e::{postgres, Backend, TestServer};
use serde_json::{json, Value};

const SLOTS: u32 = 16;

/// A server keeping its game state in `shards`, its control plane in `system`.
async fn start(system: &str, shards: &[String], data_dir: &Path) -> TestServer {
    start_giving_up_after(system, shards, data_dir, None).await
}

/// Like `start`, with `OMGSERVERS_SLOT_MOVES_TIMEOUT` set to `moves_timeout` if given.
async fn start_giving_up_after(
    system: &str,
    shards: &[String],
    data_dir: &Path,
    moves_timeout: Option<Duration>,
) -> TestServer {
    let (system, shards) = (system.to_owned(), shards.to_vec());
    TestServer::start_in(Backend::Postgres, data_dir, move |c| {
        if let Some(timeout) = moves_timeout {
            c.slot_moves_timeout = timeout;
        }
        c.database_url = Some(system);
        c.database_shards = shards;
        c.server_shard_count = SLOTS;
        c.runtimes_driver = RuntimesDriver::Process;
        c.runtimes_process_command = Some(env!("CARGO_BIN_EXE_tic-tac-toe").to_owned());
        c.controller_tick = Duration::from_millis(200);
    })
    .await
}

/// Two fresh shard databases holding game-state tables only, and a fresh system database.
async fn databases() -> (String, Vec<String>) {
    let shards = vec![
        postgres::fresh_database().await,
        postgres::fresh_database().await,
    ];
    for url in &shards {
        migrate_game_state_only(url).await;
    }
    (postgres::fresh_database().await, shards)
}

/// The slot's fence row in a shard database: `(state, move_id)`.
async fn fence(db: &Db, slot: u32) -> Option<(String, i64)> {
    sqlx::query_as("SELECT state, move_id FROM slot_fences WHERE slot = $1")
        .bind(i32::try_from(slot).unwrap())
        .fetch_optional(&db.pool)
        .await
        .unwrap()
}

/// A deployment's rows in the game-state tables that name it.
async fn rows_of(db: &Db, deployment: i64) -> i64 {
    let mut rows = 0;
    for table in BY_DEPLOYMENT {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE deployment_id = $1");
        rows += count(db, &sql, deployment).await;
    }
    rows
}

/// The ids of a deployment's rows that stay while nothing is played: its clients, lobbies,
/// matchmakers and events.
async fn lasting_rows(db: &Db, deployment: i64) -> BTreeSet<(String, i64)> {
    let mut rows = BTreeSet::new();
    for table in ["clients", "lobbies", "matchmakers", "deployment_events"] {
        let ids: Vec<i64> =
            sqlx::query_scalar(&format!("SELECT id FROM {table} WHERE deployment_id = $1"))
                .bind(deployment)
                .fetch_all(&db.pool)
                .await
                .unwrap();
        rows.extend(ids.into_iter().map(|id| (table.to_owned(), id)));
    }
    rows
}

/// A deployment's rows in every game-state table a move copies (the queues and matchmaking
/// requests by their client or runtime), each as JSON, by table; tables without rows left out.
async fn contents(db: &Db, deployment: i64) -> BTreeMap<String, Vec<String>> {
    let of_clients = "client_id IN (SELECT id FROM clients WHERE deployment_id = $1)";
    let of_runtimes = "runtime_id IN (SELECT id FROM runtimes WHERE deployment_id = $1)";
    let by_deployment = BY_DEPLOYMENT.map(|table| (table, "deployment_id = $1"));
    let mut contents = BTreeMap::new();
    for (table, condition) in by_deployment.into_iter().chain([
        ("client_messages", of_clients),
        ("matchmaker_requests", of_clients),
        ("runtime_commands", of_runtimes),
    ]) {
        let sql =
            format!("SELECT row_to_json(t)::text FROM {table} t WHERE {condition} ORDER BY 1");
        let rows: Vec<String> = sqlx::query_scalar(&sql)
            .bind(deployment)
            .fetch_all(&db.pool)
            .await
            .unwrap();
        if !rows.is_empty() {
            contents.insert(table.to_owned(), rows);
        }
    }
    contents
}

/// `(runtime id, starts)` of a deployment's runtimes.
async fn runtime_starts(db: &Db, deployment: i64) -> Vec<(i64, i64)> {
    sqlx::query_as("SELECT id, starts FROM runtimes WHERE deployment_id = $1 ORDER BY id")
        .bind(deployment)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

/// Waits until no move is under way; returns the map's view.
async fn moves_done(server: &TestServer, admin: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let view = server
            .ok("admin", "get-slot-databases", Some(admin), json!({}))
            .await;
        if view["moves"].as_array().unwrap().is_empty() {
            return view;
        }
        assert!(Instant::now() < deadline, "moves still under way: {view}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Whether the view lists `slot` in shard database `index`.
fn listed_in(view: &Value, slot: u32, index: usize) -> bool {
    view["databases"][index]["slots"]
        .as_array()
        .unwrap()
        .contains(&json!(slot))
}

/// Deploys tic-tac-toe worlds until `n` of them are in different slots.
async fn deployments_in_different_slots(server: &TestServer, n: usize) -> Vec<(World, i64, u32)> {
    let slots = server.state.as_ref().unwrap().writer.slots().clone();
    let mut found: Vec<(World, i64, u32)> = Vec::new();
    for _ in 0..SLOTS {
        let w = tic_tac_toe::world(server).await;
        let deployment: i64 = fixtures::deploy(server, &w).await.parse().unwrap();
        let slot = slots.slot_of(deployment);
        if !found.iter().any(|(_, _, s)| *s == slot) {
            found.push((w, deployment, slot));
        }
        if found.len() == n {
            return found;
        }
    }
    panic!("{SLOTS} deployments did not land in {n} slots");
}

/// What `two_games_then_stopped` leaves.
struct Stopped {
    system: String,
    shards: Vec<String>,
    /// The server's data directory, for its next start.
    dir: tempfile::TempDir,
    /// Each game's world, deployment and slot.
    games: Vec<(World, i64, u32)>,
    /// Where each game's slot is, and where it would move: shard database indexes.
    places: Vec<(usize, usize)>,
    /// A connection pool to each shard database.
    dbs: [Db; 2],
}

/// A server on fresh databases plays a game in each of two slots, then is stopped, so the
/// test can cut moves short as a crash would.
async fn two_games_then_stopped() -> Stopped {
    let (system, shards) = databases().await;
    let dir = tempfile::tempdir().unwrap();
    let server = start(&system, &shards, dir.path()).await;
    let state = server.state.clone().unwrap();
    let games = deployments_in_different_slots(&server, 2).await;
    for (w, _, _) in &games {
        tic_tac_toe::play_to_a_win(&server, w).await;
    }
    let places = games
        .iter()
        .map(|(_, _, slot)| {
            let from = state.databases.shard_of(*slot).unwrap();
            (from, 1 - from)
        })
        .collect();
    drop(state);
    server.stop().await;
    let dbs = [connect(&shards[0]).await, connect(&shards[1]).await];
    Stopped {
        system,
        shards,
        dir,
        games,
        places,
        dbs,
    }
}

/// Tells whether a deployment id is in `slot` (as the server computes it).
fn in_slot(slot: u32) -> impl Fn(i64) -> bool + Sync {
    move |deployment: i64| {
        omgservers::store::shard::shard_index(&[&deployment.to_string()], SLOTS) == slot
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slot_moved_mid_game_is_locked_while_copied_and_the_game_goes_on() {
    let (system, shards) = databases().await;
    let dir = tempfile::tempdir().unwrap();
    let server = start(&system, &shards, dir.path()).await;
    let state = server.state.clone().unwrap();
    let admin_token = server.admin_token().await;
    let admin = Some(admin_token.as_str());

    // Bad requests name the problem, and record nothing.
    let (qualifier, message) = server
        .fails(
            "admin",
            "move-slots",
            admin,
            json!({"slots": [0], "database": 2}),
            400,
        )
        .await;
    assert_eq!(qualifier, "WRONG_ARGUMENT");
    assert!(message.contains("numbered 0 to 1"), "{message}");
    let (qualifier, message) = server
        .fails(
            "admin",
            "move-slots",
            admin,
            json!({"slots": [SLOTS], "database": 1}),
            400,
        )
        .await;
    assert_eq!(qualifier, "WRONG_ARGUMENT");
    assert!(
        message.contains(&format!("slot {SLOTS} does not exist")),
        "{message}"
    );
    let (qualifier, _) = server
        .fails(
            "admin",
            "move-slots",
            admin,
            json!({"slots": [], "database": 1}),
            400,
        )
        .await;
    assert_eq!(qualifier, "VALIDATION_CONSTRAINT_VIOLATED");
    assert!(
        moves_done(&server, &admin_token).await["databases"][1]["slots"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s.as_u64().unwrap() % 2 == 1)
    );

    let w = tic_tac_toe::world(&server).await;
    let deployment: i64 = fixtures::deploy(&server, &w).await.parse().unwrap();
    let slot = state.writer.slots().slot_of(deployment);
    let from = state.databases.shard_of(slot).unwrap();
    let to = 1 - from;
    let (from_db, to_db) = (connect(&shards[from]).await, connect(&shards[to]).await);
    // A neighbour: another slot of the same database, which plays while this one is locked.
    let mut neighbour = None;
    for _ in 0..SLOTS {
        let n = tic_tac_toe::world(&server).await;
        let id: i64 = fixtures::deploy(&server, &n).await.parse().unwrap();
        let its = state.writer.slots().slot_of(id);
        if its != slot && state.databases.shard_of(its) == Some(from) {
            neighbour = Some(n);
            break;
        }
    }
    let neighbour = neighbour.expect("a deployment in another slot of the same database");
    let dev = w.dev.token.clone();
    let of_deployment = json!({"tenant": w.tenant, "deployment_id": deployment.to_string()});

    // Each runtime's count of starts when the move begins.
    let started_before = std::cell::RefCell::new(Vec::new());
    tic_tac_toe::play_to_a_win_around(&server, &w, async {
        // Mid-game: the players are in a match, its runtime waits for their moves.
        let before = lasting_rows(&from_db, deployment).await;
        assert!(
            before.len() >= 4,
            "the game's rows are in its database: {before:?}"
        );
        *started_before.borrow_mut() = runtime_starts(&from_db, deployment).await;
        assert_eq!(rows_of(&to_db, deployment).await, 0);

        // The copy is held up by this test's lock on the slot's fence row in the target (the
        // row the copy locks first), so the slot stays locked long enough to be seen.
        let hold = hold_fence_row(&to_db, slot).await;
        let recorded = server
            .ok(
                "admin",
                "move-slots",
                admin,
                json!({"slots": [slot], "database": to}),
            )
            .await;
        assert_eq!(
            recorded["moves"],
            json!([{"slot": slot, "from": from, "to": to, "state": "MOVING"}]),
            "{recorded}"
        );
        // Moving it elsewhere meanwhile is refused, and changes nothing.
        let (qualifier, message) = server
            .fails(
                "admin",
                "move-slots",
                admin,
                json!({"slots": [slot], "database": from}),
                409,
            )
            .await;
        assert_eq!(qualifier, "WRONG_REQUEST");
        assert!(
            message.contains(&format!("moving to database {to} already")),
            "{message}"
        );

        let deadline = Instant::now() + Duration::from_secs(30);
        while fence(&from_db, slot).await.map(|(state, _)| state) != Some("locked".to_owned()) {
            assert!(Instant::now() < deadline, "the slot was not locked");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let (qualifier, message) = server
            .fails(
                "developer",
                "create-lobby-request",
                Some(&dev),
                of_deployment.clone(),
                500,
            )
            .await;
        assert_eq!(qualifier, "SHARD_LOCKED", "{message}");
        assert!(message.contains("moves to another database"), "{message}");
        assert_eq!(rows_of(&to_db, deployment).await, 0, "nothing copied yet");
        // The database's other slots play on meanwhile.
        tic_tac_toe::play_to_a_win(&server, &neighbour).await;
        assert_eq!(
            fence(&from_db, slot).await.unwrap().0,
            "locked",
            "the move was held up all along"
        );
        hold.rollback().await.unwrap();

        let view = moves_done(&server, &admin_token).await;
        assert!(
            listed_in(&view, slot, to) && !listed_in(&view, slot, from),
            "{view}"
        );
        assert_eq!(state.databases.shard_of(slot), Some(to));
        // Every row (and the round-trip figures written meanwhile).
        let copied = lasting_rows(&to_db, deployment).await;
        assert!(copied.is_superset(&before), "{before:?} -> {copied:?}");
        assert_eq!(
            rows_of(&from_db, deployment).await,
            0,
            "and deleted where it was"
        );
        assert_eq!(fence(&from_db, slot).await.unwrap().0, "moved");
        assert_eq!(fence(&to_db, slot).await.unwrap().0, "open");
    })
    .await;

    // The runtimes' processes ran on through the move: none was stopped and started again.
    let started_after = runtime_starts(&to_db, deployment).await;
    let lobby_kept = started_before
        .borrow()
        .iter()
        .filter(|before| started_after.contains(before))
        .count();
    assert!(
        lobby_kept >= 1
            && started_before
                .borrow()
                .iter()
                .all(|(id, starts)| started_after
                    .iter()
                    .all(|(after_id, after)| after_id != id || after == starts)),
        "a runtime was restarted: {:?} -> {started_after:?}",
        started_before.borrow()
    );

    // The game's last moves, and a new game, were written to the new database only.
    let lobbies = "SELECT COUNT(*) FROM lobbies WHERE deployment_id = $1";
    let lobbies_before = count(&to_db, lobbies, deployment).await;
    server
        .ok(
            "developer",
            "create-lobby-request",
            Some(&dev),
            of_deployment,
        )
        .await;
    assert_eq!(count(&to_db, lobbies, deployment).await, lobbies_before + 1);
    tic_tac_toe::play_to_a_win(&server, &w).await;
    assert_eq!(rows_of(&from_db, deployment).await, 0);
    assert!(state.writer.slots().metrics.moved.get() >= 1);

    // And back again: a slot moves any number of times.
    server
        .ok(
            "admin",
            "move-slots",
            admin,
            json!({"slots": [slot], "database": from}),
        )
        .await;
    let view = moves_done(&server, &admin_token).await;
    assert!(listed_in(&view, slot, from), "{view}");
    assert_eq!(rows_of(&to_db, deployment).await, 0);
    tic_tac_toe::play_to_a_win(&server, &w).await;
    assert!(rows_of(&from_db, deployment).await > 0);
    from_db.pool.close().await;
    to_db.pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moves_cut_short_by_a_stop_are_carried_on_and_a_stale_mover_changes_nothing() {
    let Stopped {
        system,
        shards,
        dir,
        games,
        places,
        dbs,
    } = two_games_then_stopped().await;
    let mut rows_before = Vec::new();
    for ((_, deployment, _), (from, _)) in games.iter().zip(&places) {
        let rows = lasting_rows(&dbs[*from], *deployment).await;
        assert!(rows.len() >= 4, "{rows:?}");
        rows_before.push(rows);
    }

    // With the server stopped, the first slot's move is cut short after its lock, the
    // second's after its copy and the map's switch, before the target's fence opened: the
    // steps of `store::moves`, run here as the server would have.
    let system_db = connect(&system).await;
    let mut move_ids = Vec::new();
    for (index, ((_, _, slot), (from, to))) in games.iter().zip(&places).enumerate() {
        let mut conn = system_db.pool.acquire().await.unwrap();
        let recorded = moves::request(&mut conn, &[*slot], *to).await.unwrap();
        assert_eq!(recorded, vec![(*slot, moves::Requested::Recorded)]);
        let pending = moves::pending(&mut conn).await.unwrap();
        let move_id = pending.iter().find(|m| m.slot == *slot).unwrap().move_id;
        move_ids.push(move_id);
        let (source, target) = (&dbs[*from].pool, &dbs[*to].pool);
        // The give-up clock starts at the lock, not at the request: a move waiting its turn is
        // never given up, however old.
        tokio::time::sleep(Duration::from_millis(20)).await;
        let tick = Duration::from_millis(1);
        let overdue = moves::give_up_overdue(&mut conn, *slot, move_id, tick).await;
        assert!(!overdue.unwrap(), "a move not locked yet was given up");
        assert!(moves::lock_source(source, *slot, move_id).await.unwrap());
        if index == 1 {
            // Two rows a page: every table with rows takes several.
            let before = contents(&dbs[*from], games[index].1).await;
            let copied = moves::copy(source, target, *slot, move_id, &in_slot(*slot), 2)
                .await
                .unwrap();
            let rows: usize = before.values().map(Vec::len).sum();
            let pages: usize = before.values().map(|rows| rows.len().div_ceil(2)).sum();
            assert!(pages > before.len(), "{before:?}");
            assert_eq!(
                copied,
                CopyOutcome::Copied(moves::Copied {
                    rows: rows as u64,
                    pages: pages as u64
                }),
                "{before:?}"
            );
            assert_eq!(contents(&dbs[*to], games[index].1).await, before);
            assert!(moves::switch(&mut conn, *slot, *to, move_id).await.unwrap());
            // Cut short before the target's fence opens: the map names a database that
            // holds the rows but refuses their units.
            assert_eq!(fence(&dbs[*to], *slot).await.unwrap().0, "incoming");
        }
    }

    // The next start carries both moves on.
    let server = start(&system, &shards, dir.path()).await;
    let admin = server.admin_token().await;
    let view = moves_done(&server, &admin).await;
    for (((w, deployment, slot), (from, to)), before) in games.iter().zip(&places).zip(&rows_before)
    {
        assert!(listed_in(&view, *slot, *to), "slot {slot}: {view}");
        // Whole: every row is there (the restarted runtimes add events of their own).
        let copied = lasting_rows(&dbs[*to], *deployment).await;
        assert!(
            copied.is_superset(before),
            "slot {slot}: {before:?} -> {copied:?}"
        );
        assert_eq!(
            rows_of(&dbs[*from], *deployment).await,
            0,
            "slot {slot} cleaned up"
        );
        assert_eq!(fence(&dbs[*from], *slot).await.unwrap().0, "moved");
        tic_tac_toe::play_to_a_win(&server, w).await;
    }

    // A mover of the first move that stalled and wakes now changes nothing: its lock, its
    // copy and its clean-up find the move's rows past their step.
    let ((_, deployment, slot), (from, to)) = (&games[0], places[0]);
    let stale = move_ids[0];
    assert!(!moves::lock_source(&dbs[from].pool, *slot, stale)
        .await
        .unwrap());
    assert!(matches!(
        moves::copy(
            &dbs[from].pool,
            &dbs[to].pool,
            *slot,
            stale,
            &in_slot(*slot),
            moves::COPY_PAGE_ROWS
        )
        .await
        .unwrap(),
        CopyOutcome::Done | CopyOutcome::Superseded
    ));
    // Nor once the slot has moved back to `from`: the stale clean-up of `from` would delete
    // its live rows.
    server
        .ok(
            "admin",
            "move-slots",
            Some(&admin),
            json!({"slots": [slot], "database": from}),
        )
        .await;
    moves_done(&server, &admin).await;
    let live = rows_of(&dbs[from], *deployment).await;
    assert!(live > 0);
    let deleted = moves::clean_up(
        &dbs[from].pool,
        moves::Left::Source,
        *slot,
        stale,
        &in_slot(*slot),
    )
    .await
    .unwrap();
    assert_eq!(deleted, 0);
    assert_eq!(rows_of(&dbs[from], *deployment).await, live);
    assert_eq!(fence(&dbs[from], *slot).await.unwrap().0, "open");
    tic_tac_toe::play_to_a_win(&server, &games[0].0).await;
    for db in dbs.iter().chain([&system_db]) {
        db.pool.close().await;
    }
}

/// Requests moving `deployment`'s slot from `dbs.0` to `dbs.1` while holding the slot's fence
/// row in `dbs.1` (`hold_fence_row`), so that the move's copy waits; returns the hold once the
/// slot is locked and a write to its game state is answered 500 `SHARD_LOCKED`.
async fn move_held_up(
    server: &TestServer,
    admin: Option<&str>,
    w: &World,
    deployment: i64,
    (from_db, to_db): (&Db, &Db),
) -> sqlx::Transaction<'static, sqlx::Any> {
    let state = server.state.clone().unwrap();
    let slot = state.writer.slots().slot_of(deployment);
    let to = 1 - state.databases.shard_of(slot).unwrap();
    let hold = hold_fence_row(to_db, slot).await;
    server
        .ok(
            "admin",
            "move-slots",
            admin,
            json!({"slots": [slot], "database": to}),
        )
        .await;
    fence_becomes(from_db, slot, "locked").await;
    let of_deployment = json!({"tenant": w.tenant, "deployment_id": deployment.to_string()});
    let (qualifier, _) = server
        .fails(
            "developer",
            "create-lobby-request",
            Some(&w.dev.token),
            of_deployment,
            500,
        )
        .await;
    assert_eq!(qualifier, "SHARD_LOCKED");
    hold
}

/// Holds `slot`'s fence row in `db` (`FOR UPDATE`) until the returned transaction ends: a
/// move's copy, which locks that row in its target first, waits for it.
async fn hold_fence_row(db: &Db, slot: u32) -> sqlx::Transaction<'static, sqlx::Any> {
    let mut hold = db.pool.begin().await.unwrap();
    sqlx::query(
        "INSERT INTO slot_fences (slot, node_id, epoch, state, move_id) \
         VALUES ($1, 0, 0, 'moved', 0) ON CONFLICT (slot) DO NOTHING",
    )
    .bind(i32::try_from(slot).unwrap())
    .execute(&mut *hold)
    .await
    .unwrap();
    sqlx::query("SELECT slot FROM slot_fences WHERE slot = $1 FOR UPDATE")
        .bind(i32::try_from(slot).unwrap())
        .execute(&mut *hold)
        .await
        .unwrap();
    hold
}

/// Waits until `slot`'s fence row in `db` is in `state`.
async fn fence_becomes(db: &Db, slot: u32, state: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let found = fence(db, slot).await;
        if found.as_ref().map(|(s, _)| s.as_str()) == Some(state) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "slot {slot}'s fence is {found:?}, not {state}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A move whose copy cannot go on (here held up by this test; in life, a target that does not
/// answer) keeps its slot locked until it is cancelled: `admin/cancel-slot-moves` clears it,
/// the copy that goes on after the cancel does not switch the map, the slot is unlocked where
/// it is within a round, its game goes on there, and the copy is deleted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_move_unlocks_its_slot_where_it_is() {
    let (system, shards) = databases().await;
    let dir = tempfile::tempdir().unwrap();
    let server = start(&system, &shards, dir.path()).await;
    let state = server.state.clone().unwrap();
    let admin_token = server.admin_token().await;
    let admin = Some(admin_token.as_str());
    let (qualifier, message) = server
        .fails(
            "admin",
            "cancel-slot-moves",
            admin,
            json!({"slots": [SLOTS]}),
            400,
        )
        .await;
    assert_eq!(qualifier, "WRONG_ARGUMENT");
    assert!(message.contains("does not exist"), "{message}");

    let w = tic_tac_toe::world(&server).await;
    let deployment: i64 = fixtures::deploy(&server, &w).await.parse().unwrap();
    tic_tac_toe::play_to_a_win(&server, &w).await;
    let slot = state.writer.slots().slot_of(deployment);
    let from = state.databases.shard_of(slot).unwrap();
    let to = 1 - from;
    let (from_db, to_db) = (connect(&shards[from]).await, connect(&shards[to]).await);
    let rows_before = lasting_rows(&from_db, deployment).await;
    let dev = Some(w.dev.token.as_str());
    let of_deployment = json!({"tenant": w.tenant, "deployment_id": deployment.to_string()});

    let hold = move_held_up(&server, admin, &w, deployment, (&from_db, &to_db)).await;

    // A slot that is not moving is left alone in the same request.
    let other = (slot + 1) % SLOTS;
    let view = server
        .ok(
            "admin",
            "cancel-slot-moves",
            admin,
            json!({"slots": [slot, other]}),
        )
        .await;
    assert_eq!(view["moves"], json!([]), "{view}");
    assert!(listed_in(&view, slot, from), "{view}");
    // The copy, waiting for the row, goes on now and commits after the cancel: the mover
    // must then stop at the switch, and its copy is deleted.
    hold.rollback().await.unwrap();
    fence_becomes(&from_db, slot, "open").await;
    server
        .ok("developer", "create-lobby-request", dev, of_deployment)
        .await;
    tic_tac_toe::play_to_a_win(&server, &w).await;
    // Copied (within the copy's 5 s wait for the row), then deleted: a tombstone is left.
    fence_becomes(&to_db, slot, "moved").await;
    assert_eq!(rows_of(&to_db, deployment).await, 0, "the copy is deleted");
    assert!(lasting_rows(&from_db, deployment)
        .await
        .is_superset(&rows_before));
    assert_eq!(state.databases.shard_of(slot), Some(from));
    assert_eq!(moves_done(&server, &admin_token).await["moves"], json!([]));
    assert_eq!(fence(&from_db, slot).await.unwrap().0, "open");
    from_db.pool.close().await;
    to_db.pool.close().await;
}

/// A move whose target does not answer (here: its fence row held by this test) is given up by
/// the server on its own once `OMGSERVERS_SLOT_MOVES_TIMEOUT` has passed since it locked the
/// slot: the slot, answering `SHARD_LOCKED` until then, is unlocked where it is and plays there,
/// the give-up is counted, and nothing reaches the target.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_not_switched_in_time_is_given_up_and_its_slot_plays_where_it_is() {
    let (system, shards) = databases().await;
    let dir = tempfile::tempdir().unwrap();
    let timeout = Duration::from_secs(3);
    let server = start_giving_up_after(&system, &shards, dir.path(), Some(timeout)).await;
    let state = server.state.clone().unwrap();
    let admin_token = server.admin_token().await;
    let admin = Some(admin_token.as_str());
    let w = tic_tac_toe::world(&server).await;
    let deployment: i64 = fixtures::deploy(&server, &w).await.parse().unwrap();
    let slot = state.writer.slots().slot_of(deployment);
    let from = state.databases.shard_of(slot).unwrap();
    let to = 1 - from;
    let (from_db, to_db) = (connect(&shards[from]).await, connect(&shards[to]).await);
    let dev = Some(w.dev.token.as_str());
    let of_deployment = json!({"tenant": w.tenant, "deployment_id": deployment.to_string()});

    let requested = Instant::now();
    let hold = move_held_up(&server, admin, &w, deployment, (&from_db, &to_db)).await;
    assert_eq!(
        server
            .metric("omgservers_cluster_slot_moves_given_up_total")
            .await,
        0.0
    );

    // No cancel is sent: the server gives the move up by itself.
    fence_becomes(&from_db, slot, "open").await;
    assert!(
        requested.elapsed() >= timeout,
        "given up after {:?}, before its timeout",
        requested.elapsed()
    );
    assert_eq!(
        server
            .metric("omgservers_cluster_slot_moves_given_up_total")
            .await,
        1.0
    );
    let view = moves_done(&server, &admin_token).await;
    assert_eq!(view["moves"], json!([]), "{view}");
    assert!(listed_in(&view, slot, from), "{view}");
    server
        .ok("developer", "create-lobby-request", dev, of_deployment)
        .await;
    tic_tac_toe::play_to_a_win(&server, &w).await;
    hold.rollback().await.unwrap();
    // Once the target answers again, nothing of the given-up move reaches it.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(rows_of(&to_db, deployment).await, 0);
    assert_eq!(state.databases.shard_of(slot), Some(from));
    from_db.pool.close().await;
    to_db.pool.close().await;
}

/// A cancel is all or none: a move that switched to its new database already cannot be
/// cancelled (it finishes). A move cancelled after its copy committed leaves its source locked
/// and the copy in the target, with the server stopped; the next start unlocks the source and
/// deletes the copy, and the switched move finishes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_cancelled_after_its_copy_leaves_nothing_behind() {
    let Stopped {
        system,
        shards,
        dir,
        games,
        places,
        dbs,
    } = two_games_then_stopped().await;
    let system_db = connect(&system).await;
    let mut conn = system_db.pool.acquire().await.unwrap();
    // Both copied; the second switched too.
    let mut move_ids = Vec::new();
    for (index, ((_, _, slot), (from, to))) in games.iter().zip(&places).enumerate() {
        moves::request(&mut conn, &[*slot], *to).await.unwrap();
        let pending = moves::pending(&mut conn).await.unwrap();
        let move_id = pending.iter().find(|m| m.slot == *slot).unwrap().move_id;
        move_ids.push(move_id);
        let (source, target) = (&dbs[*from].pool, &dbs[*to].pool);
        // The give-up clock starts at the lock, not at the request: a move waiting its turn is
        // never given up, however old.
        tokio::time::sleep(Duration::from_millis(20)).await;
        let tick = Duration::from_millis(1);
        let overdue = moves::give_up_overdue(&mut conn, *slot, move_id, tick).await;
        assert!(!overdue.unwrap(), "a move not locked yet was given up");
        assert!(moves::lock_source(source, *slot, move_id).await.unwrap());
        let page_rows = moves::COPY_PAGE_ROWS;
        let copied = moves::copy(source, target, *slot, move_id, &in_slot(*slot), page_rows)
            .await
            .unwrap();
        assert!(matches!(copied, CopyOutcome::Copied(done) if done.rows > 0));
        if index == 1 {
            assert!(moves::switch(&mut conn, *slot, *to, move_id).await.unwrap());
        }
    }
    let ((w, deployment, slot), (from, to)) = (&games[0], places[0]);
    let switched = games[1].2;
    let refused = moves::cancel(&mut conn, &[*slot, switched]).await.unwrap();
    assert!(
        refused.contains(&(switched, moves::Cancel::Switched)),
        "{refused:?}"
    );
    assert_eq!(
        moves::pending(&mut conn).await.unwrap().len(),
        2,
        "all or none"
    );
    let cancelled = moves::cancel(&mut conn, &[*slot]).await.unwrap();
    assert_eq!(cancelled, vec![(*slot, moves::Cancel::Cancelled)]);
    // Its mover, had it read the move before the cancel, cannot switch the map now.
    assert!(!moves::switch(&mut conn, *slot, to, move_ids[0])
        .await
        .unwrap());
    drop(conn);
    assert_eq!(fence(&dbs[from], *slot).await.unwrap().0, "locked");
    assert_eq!(fence(&dbs[to], *slot).await.unwrap().0, "incoming");
    assert!(
        rows_of(&dbs[to], *deployment).await > 0,
        "the copy is there"
    );

    let server = start(&system, &shards, dir.path()).await;
    let admin = server.admin_token().await;
    let view = moves_done(&server, &admin).await;
    assert!(listed_in(&view, *slot, from), "{view}");
    assert!(listed_in(&view, switched, places[1].1), "{view}");
    fence_becomes(&dbs[from], *slot, "open").await;
    fence_becomes(&dbs[to], *slot, "moved").await;
    assert_eq!(
        rows_of(&dbs[to], *deployment).await,
        0,
        "the copy is deleted"
    );
    assert!(rows_of(&dbs[from], *deployment).await > 0);
    tic_tac_toe::play_to_a_win(&server, w).await;
    tic_tac_toe::play_to_a_win(&server, &games[1].0).await;
    for db in dbs.iter().chain([&system_db]) {
        db.pool.close().await;
    }
}
