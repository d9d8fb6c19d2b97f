//! Players' round trips as the nodes publish them (`player_round_trips`, migration 0009), and
//! the percentiles read from them: each node's latest ping round trip per player socket,
//! summarised per deployment (`dispatcher::round_trips` measures and publishes them).

use std::collections::HashMap;

use sqlx::AnyConnection;

use crate::error::Result;

/// At most this many round trips are kept per node and deployment.
pub const MAX_SAMPLES: usize = 64;

/// One node's figures for one deployment.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub deployment_id: i64,
    /// Player sockets measured.
    pub players: i64,
    /// Round trips in microseconds, ascending, at most `MAX_SAMPLES`: each stands for
    /// `players / samples.len()` sockets.
    pub samples: Vec<u32>,
}

impl Published {
    /// Summarises one deployment's round trips (microseconds, any order): all of them, or
    /// `MAX_SAMPLES` evenly spaced ranks (the middle of each of as many equal groups).
    pub fn of(deployment_id: i64, mut round_trips: Vec<u32>) -> Published {
        round_trips.sort_unstable();
        let n = round_trips.len();
        let samples = if n <= MAX_SAMPLES {
            round_trips
        } else {
            (0..MAX_SAMPLES)
                .map(|i| round_trips[(2 * i + 1) * n / (2 * MAX_SAMPLES)])
                .collect()
        };
        Published {
            deployment_id,
            players: i64::try_from(n).unwrap_or(i64::MAX),
            samples,
        }
    }
}

/// Percentiles of players' round trips, in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoundTrip {
    pub players: i64,
    pub p50_ms: f64,
    pub p95_ms: f64,
}

/// Merges several nodes' figures (of one deployment, or of a whole stage): each sample
/// weighs as many sockets as it stands for. `None` when no socket was measured.
pub fn merge<'a>(published: impl IntoIterator<Item = &'a Published>) -> Option<RoundTrip> {
    let mut weighted: Vec<(u32, f64)> = Vec::new();
    let mut players = 0;
    for p in published {
        if p.samples.is_empty() {
            continue;
        }
        players += p.players;
        let weight = p.players as f64 / p.samples.len() as f64;
        weighted.extend(p.samples.iter().map(|&s| (s, weight)));
    }
    if weighted.is_empty() {
        return None;
    }
    weighted.sort_by_key(|&(s, _)| s);
    let total: f64 = weighted.iter().map(|&(_, w)| w).sum();
    let percentile = |q: f64| {
        let mut seen = 0.0;
        for &(s, w) in &weighted {
            seen += w;
            if seen >= q * total - 1e-9 {
                return millis(s);
            }
        }
        millis(weighted[weighted.len() - 1].0)
    };
    Some(RoundTrip {
        players,
        p50_ms: percentile(0.5),
        p95_ms: percentile(0.95),
    })
}

impl From<RoundTrip> for omgservers_types::developer::RoundTripDto {
    fn from(r: RoundTrip) -> Self {
        omgservers_types::developer::RoundTripDto {
            players: r.players,
            p50_ms: r.p50_ms,
            p95_ms: r.p95_ms,
        }
    }
}

fn millis(micros: u32) -> f64 {
    // Two decimals: loopback round trips are a fraction of a millisecond.
    (f64::from(micros) / 10.0).round() / 100.0
}

/// Rows older than this are deleted by the next publish, whoever's they are (a node that
/// stopped for good, or came back under another address, leaves its rows behind).
const FORGOTTEN_AFTER_MS: i64 = 3_600_000;

/// Replaces everything `node` published with `figures`, at `now` (epoch ms).
pub async fn publish(
    conn: &mut AnyConnection,
    node: &str,
    figures: &[Published],
    now: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM player_round_trips WHERE node = $1 OR published_at < $2")
        .bind(node)
        .bind(now - FORGOTTEN_AFTER_MS)
        .execute(&mut *conn)
        .await?;
    for f in figures {
        let samples = f
            .samples
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query(
            "INSERT INTO player_round_trips (node, deployment_id, players, samples, published_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(node)
        .bind(f.deployment_id)
        .bind(f.players)
        .bind(samples)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Figures older than this are ignored: their node stopped publishing (it stopped or crashed).
pub const FRESH_FOR_MS: i64 = 10_000;

/// Every node's fresh figures (published within `FRESH_FOR_MS` of `now`, epoch ms) for
/// `deployments` (those of them one database of game state holds), by deployment.
pub async fn of_deployments(
    conn: &mut AnyConnection,
    deployments: &[i64],
    now: i64,
) -> Result<HashMap<i64, Vec<Published>>> {
    if deployments.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT deployment_id, players, samples FROM player_round_trips \
         WHERE published_at >= $1 AND deployment_id IN ({})",
        super::placeholders_from(2, deployments.len())
    );
    let mut query = sqlx::query_as::<_, (i64, i64, String)>(&sql).bind(now - FRESH_FOR_MS);
    for id in deployments {
        query = query.bind(*id);
    }
    let rows = query.fetch_all(conn).await?;
    let mut by_deployment: HashMap<i64, Vec<Published>> = HashMap::new();
    for (deployment_id, players, samples) in rows {
        let samples = samples.split(',').filter_map(|s| s.parse().ok()).collect();
        by_deployment
            .entry(deployment_id)
            .or_default()
            .push(Published {
                deployment_id,
                players,
                samples,
            });
    }
    Ok(by_deployment)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_few_sockets_are_kept_whole_and_give_exact_percentiles() {
        let p = Published::of(7, vec![3000, 1000, 2000, 4000]);
        assert_eq!(p.samples, vec![1000, 2000, 3000, 4000]);
        assert_eq!(p.players, 4);
        let r = merge([&p]).unwrap();
        assert_eq!(r.players, 4);
        assert_eq!(r.p50_ms, 2.0);
        assert_eq!(r.p95_ms, 4.0);
    }

    #[test]
    fn many_sockets_are_sampled_at_evenly_spaced_ranks() {
        // 1 ms .. 1000 ms, one socket each.
        let p = Published::of(7, (1..=1000).map(|ms| ms * 1000).collect());
        assert_eq!(p.samples.len(), MAX_SAMPLES);
        assert_eq!(p.players, 1000);
        let r = merge([&p]).unwrap();
        // Exact: 500 and 950; each sample stands for 15.6 sockets.
        assert!((r.p50_ms - 500.0).abs() <= 16.0, "{r:?}");
        assert!((r.p95_ms - 950.0).abs() <= 16.0, "{r:?}");
    }

    #[test]
    fn nodes_weigh_by_the_sockets_they_measured() {
        // 99 fast sockets on one node, one slow on another: the median is fast.
        let fast = Published::of(7, vec![1000; 99]);
        let slow = Published::of(7, vec![900_000]);
        let r = merge([&fast, &slow]).unwrap();
        assert_eq!(r.players, 100);
        assert_eq!(r.p50_ms, 1.0);
        assert_eq!(r.p95_ms, 1.0);
        assert_eq!(merge([&Published::of(7, vec![])]), None);
        assert_eq!(millis(123), 0.12);
    }
}
