//! Snowflake id generator with upstream's layout (wire reference §3.1):
//! `(now_ms - 1690056599000) << 24 | instance_id << 12 | sequence`.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use crate::store::time::now_millis;

/// 2023-07-22T20:09:59Z, upstream's epoch.
pub const EPOCH_MS: i64 = 1_690_056_599_000;
const SEQUENCE_BITS: u32 = 12;
const TIMESTAMP_SHIFT: u32 = 24;
const MAX_SEQUENCE: i64 = (1 << SEQUENCE_BITS) - 1;

#[derive(Debug)]
pub struct IdGenerator {
    /// Set once at start, or when a cluster node registers again under a new instance id.
    instance_id: AtomicI64,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    last_ms: i64,
    sequence: i64,
}

impl IdGenerator {
    pub fn new(instance_id: u16) -> IdGenerator {
        IdGenerator {
            instance_id: AtomicI64::new(i64::from(instance_id & 0x3ff)),
            state: Mutex::default(),
        }
    }

    /// Mints ids with another instance id from now on (one a cluster node claimed).
    pub fn set_instance(&self, instance_id: u16) {
        self.instance_id
            .store(i64::from(instance_id & 0x3ff), Ordering::SeqCst);
    }

    pub fn instance(&self) -> u16 {
        u16::try_from(self.instance_id.load(Ordering::SeqCst)).unwrap_or(0)
    }

    /// The next id. Unlike upstream, exhausting the 4096 ids of one millisecond waits for the
    /// next millisecond instead of failing, and a clock that goes backwards keeps the last
    /// timestamp, so ids stay unique and increasing.
    pub fn next(&self) -> i64 {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut now = now_millis().max(state.last_ms);
        if now == state.last_ms {
            if state.sequence >= MAX_SEQUENCE {
                while now <= state.last_ms {
                    std::thread::yield_now();
                    now = now_millis().max(state.last_ms);
                }
                state.sequence = 0;
            } else {
                state.sequence += 1;
            }
        } else {
            state.sequence = 0;
        }
        state.last_ms = now;
        let instance_id = self.instance_id.load(Ordering::SeqCst);
        ((now - EPOCH_MS) << TIMESTAMP_SHIFT) | (instance_id << SEQUENCE_BITS) | state.sequence
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_increasing_and_carry_the_instance() {
        let generator = IdGenerator::new(5);
        let ids: Vec<i64> = (0..20_000).map(|_| generator.next()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        assert!(ids.iter().all(|id| (id >> 12) & 0x3ff == 5));
        let millis = (ids[0] >> 24) + EPOCH_MS;
        assert!((now_millis() - millis).abs() < 10_000);
    }
}
