//! What the game controller reports of its failing steps (`controller::pass`).
//!
//! A step that fails is retried at the next pass, and a pass runs up to five times a second
//! (`OMGSERVERS_CONTROLLER_TICK`, and at every change). A shard database that is down fails
//! most steps of every pass, so logging each failure would write dozens of identical lines a
//! second and bury everything else. Each failure is counted
//! (`omgservers_controller_step_failures_total{step}`, docs/observability.md); the log gets a
//! step's failure when it starts failing or its error changes, a reminder at most once a
//! minute while it keeps failing the same way (with how many failures it stands for), and
//! one line when it succeeds again.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;

use super::metrics::StepLabels;
use crate::error::Error;

/// How often a step that keeps failing the same way is logged again.
const REMIND_EVERY: Duration = Duration::from_secs(60);

/// The steps failing now, by step name. In memory only: it decides what is logged, nothing
/// else, so a restart merely logs a step's ongoing failure once more.
pub struct StepFailures {
    counter: Family<StepLabels, Counter>,
    failing: HashMap<&'static str, Failing>,
}

struct Failing {
    error: String,
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
        let Err(e) = result else {
            if let Some(was) = self.failing.remove(name) {
                tracing::info!(step = name, was = %was.error, "controller step succeeds again");
            }
            return;
        };
        self.counter
            .get_or_create(&StepLabels {
                step: name.to_owned(),
            })
            .inc();
        let error = e.to_string();
        let now = Instant::now();
        match self.failing.get_mut(name) {
            Some(f) if f.error == error && now.duration_since(f.logged_at) < REMIND_EVERY => {
                f.unlogged += 1;
            }
            Some(f) if f.error == error => {
                tracing::warn!(step = name, %error, failures_since_last_logged = f.unlogged + 1,
                    "controller step still failing; retried at every pass");
                (f.logged_at, f.unlogged) = (now, 0);
            }
            _ => {
                tracing::warn!(step = name, %error, "controller step failed; retried at every pass");
                let failing = Failing {
                    error,
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

    fn down() -> Result<(), Error> {
        Err(Error::Internal("database down".into()))
    }

    #[test]
    fn every_failure_is_counted_and_a_repeat_is_logged_once_a_minute() {
        let (mut failures, counter) = failures();
        for _ in 0..5 {
            failures.step("lobbies", down());
        }
        failures.step("matchmaking", down());
        // The first failure was logged, the four repeats within the minute held back.
        assert_eq!(failures.failing["lobbies"].unlogged, 4);
        failures.step("lobbies", Ok(()));
        assert_eq!(count(&counter, "lobbies"), 5);
        assert_eq!(count(&counter, "matchmaking"), 1);
        assert_eq!(count(&counter, "rollout"), 0);
        // The success ended the spell: a failure after it is logged as new.
        assert!(!failures.failing.contains_key("lobbies"));
        let f = &failures.failing["matchmaking"];
        assert_eq!(
            (f.error.as_str(), f.unlogged),
            ("internal error: database down", 0)
        );
    }

    #[test]
    fn a_repeat_within_the_minute_is_held_back_and_a_new_error_is_not() {
        let (mut failures, _) = failures();
        failures.step("lobbies", down());
        failures.step("lobbies", down());
        failures.step("lobbies", down());
        assert_eq!(failures.failing["lobbies"].unlogged, 2);
        failures.step("lobbies", Err(Error::Internal("another".into())));
        let f = &failures.failing["lobbies"];
        assert_eq!(
            (f.error.as_str(), f.unlogged),
            ("internal error: another", 0)
        );
        // A minute on, the same error is logged again and the count starts over.
        if let Some(f) = failures.failing.get_mut("lobbies") {
            f.logged_at -= REMIND_EVERY;
        }
        failures.step("lobbies", Err(Error::Internal("another".into())));
        assert_eq!(failures.failing["lobbies"].unlogged, 0);
    }
}
