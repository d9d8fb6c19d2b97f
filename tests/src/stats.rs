//! Latency figures of the benchmarks: percentiles of samples, throughput, and the hypervisor's
//! steal while they were measured (`crate::machine`), and the rows of omgbench's tables.

use std::time::{Duration, Instant};

use crate::machine::MachineTicks;

/// A load's latencies in milliseconds, how many completed per second, and the machine's steal
/// meanwhile.
pub struct Summary {
    pub count: usize,
    pub p50: f64,
    pub p99: f64,
    pub per_second: f64,
    /// The share of the machine's CPU time the hypervisor stole while this was measured, in
    /// percent (docs/performance.md "Sustained load, and the machine's steal").
    pub steal_percent: f64,
}

/// Summarizes `samples` taken in `elapsed`, during which the machine counted `machine`.
pub fn summarize(mut samples: Vec<Duration>, elapsed: Duration, machine: MachineTicks) -> Summary {
    samples.sort();
    let at = |q: f64| {
        samples
            .get(((samples.len() as f64 * q) as usize).min(samples.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    Summary {
        count: samples.len(),
        p50: at(0.50),
        p99: at(0.99),
        per_second: samples.len() as f64 / elapsed.as_secs_f64(),
        steal_percent: machine.steal_percent(),
    }
}

/// The start of one measurement: when, and the machine's CPU ticks then.
pub struct Stopwatch {
    started: Instant,
    machine: MachineTicks,
}

impl Stopwatch {
    pub fn start() -> Stopwatch {
        Stopwatch {
            started: Instant::now(),
            machine: MachineTicks::now(),
        }
    }

    pub fn started(&self) -> Instant {
        self.started
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The machine's CPU ticks since the start.
    pub fn machine(&self) -> MachineTicks {
        MachineTicks::now().since(self.machine)
    }

    /// `samples` taken since the start, summarized.
    pub fn summarize(&self, samples: Vec<Duration>) -> Summary {
        summarize(samples, self.elapsed(), self.machine())
    }
}

/// The head of omgbench's tables of figures beside their floors (`print_row`).
pub fn print_table_head() {
    println!("\n| figure | samples | p50 ms | p99 ms | per s | floor p50 / p99 ms | p50 vs floor | steal % (figure / floor) | target |");
    println!("|---|---|---|---|---|---|---|---|---|");
}

/// One figure beside the floor it is compared with, and each one's steal.
pub fn print_row(name: &str, s: &Summary, floor: &Summary, target: &str) {
    println!(
        "| {name} | {} | {:.2} | {:.2} | {:.0} | {:.2} / {:.2} | ×{:.1} | {:.1} / {:.1} | {target} |",
        s.count,
        s.p50,
        s.p99,
        s.per_second,
        floor.p50,
        floor.p99,
        if floor.p50 > 0.0 {
            s.p50 / floor.p50
        } else {
            0.0
        },
        s.steal_percent,
        floor.steal_percent,
    );
}
