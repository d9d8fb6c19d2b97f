//! The matchmaking planner: a pure function from the queue and the open matches of one
//! matchmaker to placements (wire reference §11.3). The shell in `super` loads its input and
//! applies its output in one write; everything that decides who plays with whom is here, so it
//! is unit- and property-tested without a database.
//!
//! Rules, in order:
//! 1. One request per user: a user's newest request (highest id) replaces its older pending
//!    ones, whatever their mode (a game that restarted and made a second client must not play
//!    against itself). The older ones are returned as `superseded`.
//! 2. Per mode, requests are taken oldest first and put into the open match with the fewest
//!    players that has room and does not already seat that user (ties: the older match), in
//!    its group with the fewest members that has room (ties: by name). When no match has room,
//!    a new one is started.
//! 3. A new match is created only once it is ready (the mode's and every group's minimum met);
//!    the requests of one that is not ready stay queued for the next pass.
//!
//! The cost is O(R log M) for R requests and M matches: the matches with room sit in an
//! ordered set keyed by (players, order).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use omgservers_types::version_config::{Mode, VersionConfig};
use omgservers_types::{ClientId, MatchId, UserId};

/// A queued matchmaking request. `id` orders requests (older first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuedRequest {
    pub id: i64,
    pub client_id: ClientId,
    pub user_id: UserId,
    pub mode: String,
}

/// A player already seated in an open match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seat {
    pub client_id: ClientId,
    pub user_id: UserId,
    pub group: String,
}

/// An OPENED match of the matchmaker, with its players.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenMatch {
    pub id: MatchId,
    pub mode: String,
    pub seats: Vec<Seat>,
}

/// Where a placed request goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// An open match that exists.
    Existing(MatchId),
    /// The n-th entry of `Plan::new_matches`.
    New(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub request_id: i64,
    pub client_id: ClientId,
    pub target: Target,
    pub group: String,
}

/// A match to create, with the mode it plays; its players are the placements that target it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMatch {
    pub mode: String,
}

/// What one pass does. Requests neither placed nor superseded stay queued.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub placements: Vec<Placement>,
    pub new_matches: Vec<NewMatch>,
    /// Older requests of users who have a newer one: removed from the queue.
    pub superseded: Vec<i64>,
}

/// A match being filled during the pass.
struct Filling {
    target: Target,
    groups: BTreeMap<String, usize>,
    size: usize,
    users: HashSet<UserId>,
    /// Placements into a new filling wait until it is ready.
    pending: Vec<Placement>,
}

impl Filling {
    fn has_room(&self, mode: &Mode) -> bool {
        self.size < usize::try_from(mode.max_players).unwrap_or(0) && self.group(mode).is_some()
    }

    /// The group with the fewest members that still has room (ties by name).
    fn group<'m>(&self, mode: &'m Mode) -> Option<&'m str> {
        mode.groups
            .iter()
            .map(|g| (g, self.groups.get(&g.name).copied().unwrap_or(0)))
            .filter(|(g, n)| *n < usize::try_from(g.max_players).unwrap_or(0))
            .min_by(|(a, n), (b, m)| n.cmp(m).then_with(|| a.name.cmp(&b.name)))
            .map(|(g, _)| g.name.as_str())
    }

    fn ready(&self, mode: &Mode) -> bool {
        self.size >= usize::try_from(mode.min_players).unwrap_or(0)
            && mode.groups.iter().all(|g| {
                self.groups.get(&g.name).copied().unwrap_or(0)
                    >= usize::try_from(g.min_players).unwrap_or(0)
            })
    }
}

/// Plans one pass. `requests` and `open` may come in any order; the result is the same.
pub fn plan(requests: &[QueuedRequest], open: &[OpenMatch], config: &VersionConfig) -> Plan {
    let mut out = Plan::default();
    let mut requests: Vec<&QueuedRequest> = requests.iter().collect();
    requests.sort_by_key(|r| r.id);
    // Rule 1: the newest request of each user wins.
    let mut newest: HashMap<UserId, i64> = HashMap::new();
    for r in &requests {
        newest.insert(r.user_id, r.id);
    }
    let mut current = Vec::with_capacity(newest.len());
    for r in requests {
        if newest.get(&r.user_id) == Some(&r.id) {
            current.push(r);
        } else {
            out.superseded.push(r.id);
        }
    }
    let mut open: Vec<&OpenMatch> = open.iter().collect();
    open.sort_by_key(|m| m.id);
    for mode in &config.modes {
        plan_mode(
            mode,
            current.iter().copied().filter(|r| r.mode == mode.name),
            open.iter().copied().filter(|m| m.mode == mode.name),
            &mut out,
        );
    }
    out
}

fn plan_mode<'a>(
    mode: &Mode,
    requests: impl Iterator<Item = &'a QueuedRequest>,
    open: impl Iterator<Item = &'a OpenMatch>,
    out: &mut Plan,
) {
    let mut fillings: Vec<Filling> = open
        .map(|m| {
            let mut groups = BTreeMap::new();
            for seat in &m.seats {
                *groups.entry(seat.group.clone()).or_insert(0) += 1;
            }
            Filling {
                target: Target::Existing(m.id),
                groups,
                size: m.seats.len(),
                users: m.seats.iter().map(|s| s.user_id).collect(),
                pending: Vec::new(),
            }
        })
        .collect();
    // Matches with room: open ones before new ones (a new match is started only for a request
    // no open match can take), smallest first, then in order of age (index into `fillings`).
    let key = |f: &Filling, i: usize| (matches!(f.target, Target::New(_)), f.size, i);
    let mut with_room: BTreeSet<(bool, usize, usize)> = fillings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.has_room(mode))
        .map(|(i, f)| key(f, i))
        .collect();
    for request in requests {
        let found = with_room
            .iter()
            .find(|(_, _, i)| !fillings[*i].users.contains(&request.user_id))
            .copied();
        let (new, size, index) = match found {
            Some(key) => key,
            None => {
                let index = fillings.len();
                fillings.push(Filling {
                    target: Target::New(usize::MAX),
                    groups: BTreeMap::new(),
                    size: 0,
                    users: HashSet::new(),
                    pending: Vec::new(),
                });
                if !fillings[index].has_room(mode) {
                    // A mode nobody fits in (max_players 0): nothing to place.
                    fillings.pop();
                    continue;
                }
                with_room.insert((true, 0, index));
                (true, 0, index)
            }
        };
        let filling = &mut fillings[index];
        let Some(group) = filling.group(mode).map(str::to_owned) else {
            with_room.remove(&(new, size, index));
            continue;
        };
        *filling.groups.entry(group.clone()).or_insert(0) += 1;
        filling.size += 1;
        filling.users.insert(request.user_id);
        let placement = Placement {
            request_id: request.id,
            client_id: request.client_id,
            target: filling.target,
            group,
        };
        match filling.target {
            Target::Existing(_) => out.placements.push(placement),
            Target::New(_) => filling.pending.push(placement),
        }
        with_room.remove(&(new, size, index));
        if filling.has_room(mode) {
            with_room.insert(key(filling, index));
        }
    }
    // Rule 3: new matches only once ready.
    for filling in fillings {
        if matches!(filling.target, Target::New(_)) && filling.ready(mode) {
            let target = Target::New(out.new_matches.len());
            out.new_matches.push(NewMatch {
                mode: mode.name.clone(),
            });
            out.placements.extend(
                filling
                    .pending
                    .into_iter()
                    .map(|p| Placement { target, ..p }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use omgservers_types::version_config::Group;
    use proptest::prelude::*;

    use super::*;

    fn mode(name: &str, min: i32, max: i32, groups: &[(&str, i32, i32)]) -> Mode {
        Mode {
            name: name.to_owned(),
            min_players: min,
            max_players: max,
            groups: groups
                .iter()
                .map(|(n, gmin, gmax)| Group {
                    name: (*n).to_owned(),
                    min_players: *gmin,
                    max_players: *gmax,
                })
                .collect(),
        }
    }

    fn config(modes: Vec<Mode>) -> VersionConfig {
        VersionConfig {
            modes,
            user_data: serde_json::Value::Null,
            runtime_resources: None,
        }
    }

    fn request(id: i64, user: i64, mode: &str) -> QueuedRequest {
        QueuedRequest {
            id,
            client_id: ClientId(1000 + id),
            user_id: UserId(user),
            mode: mode.to_owned(),
        }
    }

    fn duel() -> VersionConfig {
        config(vec![mode("duel", 2, 2, &[("players", 2, 2)])])
    }

    #[test]
    fn two_requests_make_a_ready_match() {
        let plan = plan(
            &[request(1, 10, "duel"), request(2, 20, "duel")],
            &[],
            &duel(),
        );
        assert_eq!(
            plan.new_matches,
            vec![NewMatch {
                mode: "duel".into()
            }]
        );
        assert_eq!(plan.placements.len(), 2);
        assert!(plan.placements.iter().all(|p| p.target == Target::New(0)));
        assert!(plan.superseded.is_empty());
    }

    #[test]
    fn one_request_waits_for_a_second() {
        let plan = plan(&[request(1, 10, "duel")], &[], &duel());
        assert_eq!(plan, Plan::default());
    }

    /// The fault found by trying it: a user whose game restarted has two clients, both asking
    /// for a 2-player match; they must not be matched against each other.
    #[test]
    fn the_same_user_is_never_matched_against_itself() {
        let plan = plan(
            &[request(1, 10, "duel"), request(2, 10, "duel")],
            &[],
            &duel(),
        );
        assert!(plan.new_matches.is_empty(), "{plan:?}");
        assert!(plan.placements.is_empty());
        assert_eq!(
            plan.superseded,
            vec![1],
            "the newer request replaces the older one"
        );
    }

    #[test]
    fn a_newer_request_in_another_mode_replaces_the_older_one() {
        let config = config(vec![
            mode("duel", 2, 2, &[("players", 2, 2)]),
            mode("solo", 1, 1, &[("players", 1, 1)]),
        ]);
        let plan = plan(
            &[request(1, 10, "duel"), request(2, 10, "solo")],
            &[],
            &config,
        );
        assert_eq!(plan.superseded, vec![1]);
        assert_eq!(
            plan.new_matches,
            vec![NewMatch {
                mode: "solo".into()
            }]
        );
        assert_eq!(plan.placements[0].request_id, 2);
    }

    #[test]
    fn an_open_match_seating_the_user_is_skipped() {
        let open = OpenMatch {
            id: MatchId(7),
            mode: "ffa".into(),
            seats: vec![Seat {
                client_id: ClientId(1),
                user_id: UserId(10),
                group: "players".into(),
            }],
        };
        let config = config(vec![mode("ffa", 1, 4, &[("players", 1, 4)])]);
        let plan = plan(
            &[request(5, 10, "ffa"), request(6, 20, "ffa")],
            &[open],
            &config,
        );
        let by_request: HashMap<i64, Target> = plan
            .placements
            .iter()
            .map(|p| (p.request_id, p.target))
            .collect();
        assert_eq!(
            by_request[&5],
            Target::New(0),
            "user 10 already sits in match 7"
        );
        assert_eq!(by_request[&6], Target::Existing(MatchId(7)));
    }

    /// Found in review: a request that had to start a new match (its user already sits in the
    /// open one) must not draw the next request away from the open match, which has room.
    #[test]
    fn an_open_match_with_room_wins_over_a_new_one() {
        let seat = |user: i64| Seat {
            client_id: ClientId(user),
            user_id: UserId(user),
            group: "players".into(),
        };
        let config = config(vec![mode("m", 3, 4, &[("players", 0, 4)])]);
        let open = OpenMatch {
            id: MatchId(9),
            mode: "m".into(),
            seats: vec![seat(1), seat(3)],
        };
        let plan = plan(&[request(1, 1, "m"), request(2, 2, "m")], &[open], &config);
        assert_eq!(
            plan.placements,
            vec![Placement {
                request_id: 2,
                client_id: ClientId(1002),
                target: Target::Existing(MatchId(9)),
                group: "players".into(),
            }],
            "user 2 joins the open match; user 1's new match is not ready and waits"
        );
    }

    #[test]
    fn fills_the_smallest_open_match_and_the_smallest_group() {
        let seat = |c: i64, group: &str| Seat {
            client_id: ClientId(c),
            user_id: UserId(c),
            group: group.into(),
        };
        let config = config(vec![mode("teams", 2, 4, &[("red", 1, 2), ("blue", 1, 2)])]);
        let open = [
            OpenMatch {
                id: MatchId(1),
                mode: "teams".into(),
                seats: vec![seat(1, "red"), seat(2, "blue"), seat(3, "red")],
            },
            OpenMatch {
                id: MatchId(2),
                mode: "teams".into(),
                seats: vec![seat(4, "red")],
            },
        ];
        let plan = plan(&[request(10, 50, "teams")], &open, &config);
        assert_eq!(
            plan.placements,
            vec![Placement {
                request_id: 10,
                client_id: ClientId(1010),
                target: Target::Existing(MatchId(2)),
                group: "blue".into(),
            }]
        );
    }

    #[test]
    fn ten_thousand_requests_fill_matches_of_sixteen() {
        let config = config(vec![mode("big", 16, 16, &[("players", 16, 16)])]);
        let requests: Vec<_> = (0..10_000).map(|i| request(i, i, "big")).collect();
        let plan = plan(&requests, &[], &config);
        assert_eq!(plan.new_matches.len(), 625);
        assert_eq!(plan.placements.len(), 10_000);
    }

    fn arb_mode() -> impl Strategy<Value = Mode> {
        prop::collection::vec((1i32..3, 0i32..3), 1..4).prop_flat_map(|groups| {
            let groups: Vec<(String, i32, i32)> = groups
                .into_iter()
                .enumerate()
                .map(|(i, (min, extra))| (format!("g{i}"), min, min + extra))
                .collect();
            let sum_min: i32 = groups.iter().map(|g| g.1).sum();
            let sum_max: i32 = groups.iter().map(|g| g.2).sum();
            (Just(groups), 0..=sum_max, sum_min..=sum_max + 2).prop_map(
                move |(groups, min, max)| Mode {
                    name: "m".into(),
                    min_players: min.min(max),
                    max_players: max.max(sum_min).max(1),
                    groups: groups
                        .iter()
                        .map(|(name, gmin, gmax)| Group {
                            name: name.clone(),
                            min_players: *gmin,
                            max_players: *gmax,
                        })
                        .collect(),
                },
            )
        })
    }

    fn arb_input() -> impl Strategy<Value = (Mode, Vec<QueuedRequest>, Vec<OpenMatch>)> {
        (
            arb_mode(),
            prop::collection::vec((0i64..12, any::<bool>()), 0..40),
            prop::collection::vec(prop::collection::vec((0i64..12, 0usize..3), 0..5), 0..4),
        )
            .prop_map(|(mode, requests, open)| {
                let requests = requests
                    .into_iter()
                    .enumerate()
                    .map(|(i, (user, other_mode))| QueuedRequest {
                        id: 100 + i as i64,
                        client_id: ClientId(100 + i as i64),
                        user_id: UserId(user),
                        mode: if other_mode {
                            "other".into()
                        } else {
                            "m".into()
                        },
                    })
                    .collect();
                let mut next_client = 10_000;
                let open = open
                    .into_iter()
                    .enumerate()
                    .map(|(i, seats)| {
                        let mut seen = HashSet::new();
                        let mut counts: HashMap<String, i32> = HashMap::new();
                        let seats = seats
                            .into_iter()
                            .filter(|(user, _)| seen.insert(*user))
                            .filter_map(|(user, g)| {
                                let group = &mode.groups[g % mode.groups.len()];
                                let n = counts.entry(group.name.clone()).or_default();
                                (*n < group.max_players).then(|| {
                                    *n += 1;
                                    next_client += 1;
                                    Seat {
                                        client_id: ClientId(next_client),
                                        user_id: UserId(user),
                                        group: group.name.clone(),
                                    }
                                })
                            })
                            .take(usize::try_from(mode.max_players).unwrap_or(0))
                            .collect();
                        OpenMatch {
                            id: MatchId(i as i64 + 1),
                            mode: "m".into(),
                            seats,
                        }
                    })
                    .collect();
                (mode, requests, open)
            })
    }

    proptest! {
        #[test]
        fn plans_respect_every_rule((mode, requests, open) in arb_input()) {
            let other = Mode { name: "other".into(), ..mode.clone() };
            let config = config(vec![mode.clone(), other]);
            let plan = plan(&requests, &open, &config);

            // Never a request placed twice, nor both placed and superseded.
            let mut placed = HashSet::new();
            for p in &plan.placements {
                prop_assert!(placed.insert(p.request_id), "request {} placed twice", p.request_id);
            }
            for id in &plan.superseded {
                prop_assert!(!placed.contains(id), "request {id} superseded and placed");
            }
            // Only the newest request of each user survives.
            let newest: HashMap<UserId, i64> =
                requests.iter().map(|r| (r.user_id, r.id)).collect();
            for r in &requests {
                let kept = newest[&r.user_id] == r.id;
                prop_assert_eq!(plan.superseded.contains(&r.id), !kept);
            }
            // Seats per match and group, users per match.
            let by_id: HashMap<i64, &QueuedRequest> = requests.iter().map(|r| (r.id, r)).collect();
            let mut matches: HashMap<Target, (String, Vec<(UserId, String)>)> = HashMap::new();
            for m in &open {
                matches.insert(
                    Target::Existing(m.id),
                    (m.mode.clone(), m.seats.iter().map(|s| (s.user_id, s.group.clone())).collect()),
                );
            }
            for (i, m) in plan.new_matches.iter().enumerate() {
                matches.insert(Target::New(i), (m.mode.clone(), Vec::new()));
            }
            for p in &plan.placements {
                let r = by_id[&p.request_id];
                prop_assert_eq!(p.client_id, r.client_id);
                let entry = matches.get_mut(&p.target).expect("placement into an unknown match");
                prop_assert_eq!(&entry.0, &r.mode, "placed into a match of another mode");
                entry.1.push((r.user_id, p.group.clone()));
            }
            for (target, (mode_name, seats)) in &matches {
                let mode = config.modes.iter().find(|m| &m.name == mode_name).unwrap();
                prop_assert!(seats.len() <= mode.max_players as usize, "{target:?} over max_players");
                let users: HashSet<_> = seats.iter().map(|s| s.0).collect();
                prop_assert_eq!(users.len(), seats.len(), "a user holds two seats in {:?}", target);
                for g in &mode.groups {
                    let n = seats.iter().filter(|s| s.1 == g.name).count();
                    prop_assert!(n <= g.max_players as usize, "group {} over its max", g.name);
                    if matches!(target, Target::New(_)) {
                        prop_assert!(n >= g.min_players as usize, "new match below a group's min");
                    }
                }
                if matches!(target, Target::New(_)) {
                    prop_assert!(seats.len() >= mode.min_players as usize, "new match not ready");
                }
            }
            // Deterministic whatever the input order.
            let mut reversed = requests.clone();
            reversed.reverse();
            let mut open_reversed = open.clone();
            open_reversed.reverse();
            prop_assert_eq!(plan, super::plan(&reversed, &open_reversed, &config));
        }
    }
}
