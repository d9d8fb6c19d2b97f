//! Prometheus metrics (docs/observability.md "Metrics"): requests by route, method and status,
//! their latency (long polls apart), the dispatcher's, the game's (`game::metrics`), the
//! group-commit writer's and the slot table's, all prefixed `omgservers_`; and the standard
//! `process_*` series (CPU, memory, open file descriptors: kubert-prometheus-process). One
//! registry per server instance, so several servers in one process (tests) do not mix counts.

use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::dispatcher::DispatcherMetrics;
use crate::game::metrics::GameMetrics;
use crate::state::AppState;

/// Set on the response of a request that waited for news (an interchange with `wait_ms`): its
/// duration is the wait the caller asked for, not the server's latency, so it is observed in
/// `http_long_poll_duration_seconds` and kept out of `http_request_duration_seconds`.
#[derive(Clone, Copy, Debug)]
pub struct LongPoll;

/// Marks an interchange's answer as a long poll when it asked to wait.
pub fn mark_long_poll(mut response: Response, wait_ms: Option<u64>) -> Response {
    if wait_ms.is_some_and(|ms| ms > 0) {
        response.extensions_mut().insert(LongPoll);
    }
    response
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
}

/// How a forward to a slot's owner ended: `answered` (any status the owner gave), `retried`
/// (a 410 or an unreachable owner, asked again), `failed` (no owner answered), `piped` (a
/// dispatcher socket piped to the owner's room).
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ForwardLabels {
    pub outcome: &'static str,
}

pub struct Metrics {
    registry: Mutex<Registry>,
    /// The standard `process_*` series, unprefixed as every dashboard expects them.
    process: Registry,
    /// One scrape at a time: the game gauges are cleared and set afresh by each.
    pub scrape: tokio::sync::Mutex<()>,
    pub requests: Family<RequestLabels, Counter>,
    pub latency: Family<RouteLabels, Histogram>,
    pub long_polls: Family<RouteLabels, Histogram>,
    pub game: GameMetrics,
    pub dispatcher: DispatcherMetrics,
    /// Requests forwarded to the node owning their slot (docs/sharding.md).
    pub forwards: Family<ForwardLabels, Counter>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("omgservers");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            // 0.1 ms … ~6.5 s
            Histogram::new(exponential_buckets(0.0001, 2.0, 17))
        });
        registry.register("http_requests", "HTTP requests served", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency (long polls apart)",
            latency.clone(),
        );
        let long_polls = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            // 1 ms … ~65 s: a long poll lasts up to its wait_ms (at most 30 s by default)
            Histogram::new(exponential_buckets(0.001, 2.0, 17))
        });
        registry.register(
            "http_long_poll_duration_seconds",
            "How long interchanges that asked to wait (wait_ms) were held, by route",
            long_polls.clone(),
        );
        let game = GameMetrics::default();
        game.register(&mut registry);
        let dispatcher = DispatcherMetrics::default();
        dispatcher.register(&mut registry);
        registry.register(
            "build",
            "The server's version",
            prometheus_client::metrics::info::Info::new(vec![("version", crate::VERSION)]),
        );
        let forwards = Family::<ForwardLabels, Counter>::default();
        registry.register(
            "cluster_forwards",
            "Requests and sockets forwarded to the node owning their slot, by outcome",
            forwards.clone(),
        );
        let mut process = Registry::default();
        if let Err(e) =
            kubert_prometheus_process::register(process.sub_registry_with_prefix("process"))
        {
            tracing::warn!(error = %e, "no process metrics");
        }
        Metrics {
            registry: Mutex::new(registry),
            process,
            scrape: tokio::sync::Mutex::new(()),
            requests,
            latency,
            long_polls,
            game,
            dispatcher,
            forwards,
        }
    }
}

impl Metrics {
    /// Adds metrics owned elsewhere (the slot table's) to this server's registry.
    pub fn register(&self, add: impl FnOnce(&mut Registry)) {
        let mut registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        add(&mut registry);
    }

    pub fn render(&self) -> String {
        use prometheus_client::encoding::text::{encode_eof, encode_registry};
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        let encoded = encode_registry(&mut out, &registry)
            .and_then(|()| encode_registry(&mut out, &self.process))
            .and_then(|()| encode_eof(&mut out));
        if encoded.is_err() {
            out.clear();
        }
        out
    }
}

/// Records every request; unmatched paths are counted under one label so scanners cannot blow
/// up the label set.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".to_owned());
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let latency = if response.extensions().get::<LongPoll>().is_some() {
        &state.metrics.long_polls
    } else {
        &state.metrics.latency
    };
    state
        .metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route: route.clone(),
            status,
        })
        .inc();
    latency
        .get_or_create(&RouteLabels { route })
        .observe(started.elapsed().as_secs_f64());
    response
}
