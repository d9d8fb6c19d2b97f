//! What the game controller reports of its failing steps (`controller::pass`).
//!
//! A step that fails is retried at the next pass, and a pass runs up to five times a second
//! (`OMGSERVERS_CONTROLLER_TICK`, and at every change). A shard database that is down fails
//! most steps of every pass, so logging each failure would write dozens of identical lines a
//! second and bury everything else. Each failure is counted
//! (`omgservers_controller_step_failures_total{step}`, docs/observability.md); the log gets a
//! step's first failure, then at most one line a minute while it keeps failing (its latest
//! error, with how many failures it stands for, whatever their errors: an error that changes
//! at every pass, as a database flapping between refused and timed out, is not a reason to
//! log more), and one line when it succeeds again.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;

use super::metrics::StepLabels;
use crate::error::Error;

/// How often a step that keeps failing is logged again.
const REMIND_EVERY: Duration = Duration::from_secs(60);

/// The steps failing now, by step name. In memory only: it decides what is logged, nothing
/// else, so a restart merely logs a step's ongoing failure once more.
pub struct StepFailures {
    counter: Family<StepLabels, Counter>,
    failing: HashMap<&'static str, Failing>,
}

struct Failing {
    logged_at: Instant,
    /// Failures since the last line logged for this step.
    unlogged: u64,
}

impl StepFailures {
    pub fn new(counter: Family<StepLabels, Counter>) -> StepFailures {
        StepFailures {
            counter,
            failing: HashMap::new(),
        }
    }

    /// Counts and logs (as above) the outcome of one step of a pass.
    pub fn step(&mut self, name: &'static str, result: Result<(), Error>) {
        self.step_at(name, result, Instant::now());
    }

    /// Forgets a step that did not run (a step only the leader runs, on a node that no
    /// longer leads): it neither failed nor succeeded.
    pub fn skipped(&mut self, name: &'static str) {
        self.failing.remove(name);
    }

    fn step_at(&mut self, name: &'static str, result: Result<(), Error>, now: Instant) {
        let Err(e) = result else {
            if let Some(was) = self.failing.remove(name) {
                tracing::info!(
                    step = name,
                    failures_since_last_logged = was.unlogged,
                    "controller step succeeds again"
                );
            }
            return;
        };
        self.counter
            .get_or_create(&StepLabels {
                step: name.to_owned(),
            })
            .inc();
        match self.failing.get_mut(name) {
            Some(f) if now.duration_since(f.logged_at) < REMIND_EVERY => f.unlogged += 1,
            Some(f) => {
                tracing::warn!(step = name, error = %e, failures_since_last_logged = f.unlogged + 1,
                    "controller step still failing; retried at every pass");
                (f.logged_at, f.unlogged) = (now, 0);
            }
            None => {
                tracing::warn!(step = name, error = %e, "controller step failed; retried at every pass");
                let failing = Failing {
                    logged_at: now,
                    unlogged: 0,
                };
                self.failing.insert(name, failing);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failures() -> (StepFailures, Family<StepLabels, Counter>) {
        let counter = Family::<StepLabels, Counter>::default();
        (StepFailures::new(counter.clone()), counter)
    }

    fn count(counter: &Family<StepLabels, Counter>, step: &str) -> u64 {
        counter
            .get_or_create(&StepLabels {
                step: step.to_owned(),
            })
            .get()
    }

    fn down(why: &str) -> Result<(), Error> {
        Err(Error::Internal(why.into()))
    }

    #[test]
    fn every_failure_is_counted_and_only_the_first_logged_within_the_minute() {
        let (mut failures, counter) = failures();
        let start = Instant::now();
        for (i, why) in ["refused", "timed out", "refused", "timed out", "refused"]
            .iter()
            .enumerate()
        {
            let at = start + Duration::from_secs(u64::try_from(i).unwrap_or(0));
            failures.step_at("lobbies", down(why), at);
        }
        failures.step("matchmaking", down("refused"));
        // The first was logged; the four after it within the minute are held back, whatever
        // their error.
        assert_eq!(failures.failing["lobbies"].unlogged, 4);
        assert_eq!(failures.failing["lobbies"].logged_at, start);
        failures.step("lobbies", Ok(()));
        assert_eq!(count(&counter, "lobbies"), 5);
        assert_eq!(count(&counter, "matchmaking"), 1);
        assert_eq!(count(&counter, "rollout"), 0);
        // The success ended the spell: a failure after it is logged as new.
        assert!(!failures.failing.contains_key("lobbies"));
        assert_eq!(failures.failing["matchmaking"].unlogged, 0);
    }

    #[test]
    fn a_step_still_failing_a_minute_on_is_logged_again() {
        let (mut failures, _) = failures();
        let start = Instant::now();
        failures.step_at("lobbies", down("refused"), start);
        failures.step_at("lobbies", down("refused"), start + Duration::from_secs(30));
        assert_eq!(failures.failing["lobbies"].unlogged, 1);
        let later = start + REMIND_EVERY;
        failures.step_at("lobbies", down("refused"), later);
        let f = &failures.failing["lobbies"];
        assert_eq!((f.logged_at, f.unlogged), (later, 0));
    }

    #[test]
    fn a_skipped_step_is_forgotten_without_a_recovery() {
        let (mut failures, counter) = failures();
        failures.step("empty matches", down("refused"));
        failures.skipped("empty matches");
        assert!(!failures.failing.contains_key("empty matches"));
        assert_eq!(count(&counter, "empty matches"), 1);
    }
}
