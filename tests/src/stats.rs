//! Latency figures of the benchmarks: percentiles of samples and throughput.

use std::time::Duration;

/// A load's latencies in milliseconds, and how many completed per second.
pub struct Summary {
    pub count: usize,
    pub p50: f64,
    pub p99: f64,
    pub per_second: f64,
}

pub fn summarize(mut samples: Vec<Duration>, elapsed: Duration) -> Summary {
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
    }
}
