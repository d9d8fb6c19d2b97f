//! OpenTelemetry traces (docs/observability.md "Traces"), on when
//! `OMGSERVERS_OTEL_SDK_DISABLED=false`: the `tracing` spans of the server become OTLP spans
//! (tracing-opentelemetry), exported in batches over OTLP/HTTP to
//! `OMGSERVERS_OTEL_EXPORTER_OTLP_ENDPOINT` (opentelemetry-otlp).
//!
//! - One trace per request: the request's span is the server span, its parent the caller's W3C
//!   `traceparent` header when it sends one; every answer carries the `traceparent` of the
//!   server span, so a client can find its request's trace.
//! - The store: `store.begin` (waiting for the group-commit writer) and `store.commit` (waiting
//!   for the batch's COMMIT) inside the request's span.
//! - The hop to the runtime (and back): a message queued for a runtime (or a player) gets a
//!   `runtime.hop` (`player.hop`) span in the trace of the request that queued it, from the
//!   moment it was queued to the moment its recipient's interchange or socket took it. Where it
//!   came from is kept in memory only, for at most `HOP_MEMORY` messages: a message queued
//!   before a restart, or once that many wait, is delivered all the same, without the span.
//!
//! Off (the default), none of this costs more than a check of a flag.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::SystemTime;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use opentelemetry::trace::{
    Span as _, SpanKind, TraceContextExt, Tracer as _, TracerProvider as _,
};
use opentelemetry::{Context, KeyValue};
use opentelemetry_otlp::{Protocol, WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::trace::{
    BatchConfigBuilder, BatchSpanProcessor, Sampler, SdkTracerProvider,
};
use tracing_opentelemetry::OpenTelemetrySpanExt;

use crate::config::{Config, OtlpProtocol};

/// The target of spans that only traces want (they are TRACE level, so the log's filter
/// leaves them out).
pub const SPANS: &str = "omgservers::trace";

/// The most queued messages whose origin is remembered for their hop span.
const HOP_MEMORY: usize = 100_000;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Whether traces are exported.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// `OMGSERVERS_OTEL_EXPORTER_OTLP_HEADERS`: `key=value` pairs separated by commas. The errors
/// never repeat a value: headers usually carry an API key, and the error goes to the log.
pub fn headers(value: &str) -> Result<HashMap<String, String>, String> {
    let refuse = |what: String| format!("OMGSERVERS_OTEL_EXPORTER_OTLP_HEADERS: {what}");
    let mut out = HashMap::new();
    for (index, pair) in value
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        let Some((key, value)) = pair.split_once('=') else {
            return Err(refuse(format!(
                "header {} has no `=`: each is key=value, separated by commas",
                index + 1
            )));
        };
        let (key, value) = (key.trim(), value.trim());
        if axum::http::HeaderName::try_from(key).is_err() {
            return Err(refuse(format!(
                "header {} has no valid HTTP header name",
                index + 1
            )));
        }
        if axum::http::HeaderValue::try_from(value).is_err() {
            return Err(refuse(format!(
                "the value of header {} is not a valid HTTP header value",
                index + 1
            )));
        }
        out.insert(key.to_owned(), value.to_owned());
    }
    Ok(out)
}

/// The exporting side, kept to flush what is left at shutdown.
pub struct Traces {
    provider: SdkTracerProvider,
}

impl Traces {
    /// Sends the spans still waiting (bounded by the exporter's timeout).
    pub fn shutdown(&self) {
        if let Err(e) = self.provider.shutdown() {
            tracing::warn!(error = %e, "OpenTelemetry: spans left unsent at shutdown");
        }
    }
}

/// Builds the exporter and the tracer when traces are on; the caller adds
/// [`layer`] to its subscriber.
pub fn start(config: &Config) -> Result<Option<Traces>, String> {
    if config.otel_sdk_disabled {
        return Ok(None);
    }
    let endpoint = format!("{}/v1/traces", config.otel_exporter_otlp_endpoint);
    let protocol = match config.otel_exporter_otlp_protocol {
        OtlpProtocol::HttpProtobuf => Protocol::HttpBinary,
        OtlpProtocol::HttpJson => Protocol::HttpJson,
    };
    let headers = headers(config.otel_exporter_otlp_headers.as_deref().unwrap_or(""))?;
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_protocol(protocol)
        .with_endpoint(endpoint)
        .with_headers(headers)
        .build()
        .map_err(|e| format!("OpenTelemetry exporter: {e}"))?;
    let batches = BatchConfigBuilder::default()
        .with_scheduled_delay(config.otel_bsp_schedule_delay)
        .build();
    let processor = BatchSpanProcessor::builder(exporter)
        .with_batch_config(batches)
        .build();
    let resource = opentelemetry_sdk::Resource::builder()
        .with_service_name(config.otel_service_name.clone())
        .with_attribute(KeyValue::new("service.version", crate::VERSION))
        .build();
    let provider = SdkTracerProvider::builder()
        .with_span_processor(processor)
        .with_sampler(Sampler::ParentBased(Box::new(Sampler::TraceIdRatioBased(
            config.otel_traces_sampler_arg,
        ))))
        .with_resource(resource)
        .build();
    opentelemetry::global::set_text_map_propagator(
        opentelemetry_sdk::propagation::TraceContextPropagator::new(),
    );
    opentelemetry::global::set_tracer_provider(provider.clone());
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Some(Traces { provider }))
}

/// The subscriber layer that turns spans into OTLP spans: the server's spans at info and
/// above, and the trace-only ones (`SPANS`); events inside them become span events.
pub fn layer<S>(traces: &Traces) -> impl tracing_subscriber::Layer<S>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    use tracing_subscriber::Layer as _;
    let tracer = traces.provider.tracer("omgservers");
    let spans = tracing_subscriber::filter::Targets::new()
        .with_target(SPANS, tracing::Level::TRACE)
        .with_target("omgservers", tracing::Level::INFO)
        .with_target("audit", tracing::Level::INFO)
        .with_target("access", tracing::Level::INFO);
    tracing_opentelemetry::layer()
        .with_tracer(tracer)
        .with_filter(spans)
}

/// Names the request's span after its route (`POST /service/v1/…`; `unmatched` for unknown
/// paths, so scanners cannot multiply span names: the router has matched the request when its
/// layers run) and makes the caller's W3C `traceparent` (and `tracestate`) its parent. Both
/// before the span is first entered: its name is fixed once the OpenTelemetry span exists.
pub fn name_request_span(span: &tracing::Span, request: &Request) {
    if !enabled() {
        return;
    }
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str);
    span.record("otel.name", format!("{} {route}", request.method()));
    span.record("otel.kind", "server");
    span.set_attribute("http.request.method", request.method().as_str().to_owned());
    span.set_attribute("http.route", route.to_owned());
    let parent = opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.extract(&opentelemetry_http::HeaderExtractor(request.headers()))
    });
    if parent.span().span_context().is_valid() {
        let _ = span.set_parent(parent);
    }
}

/// Records the answer's status on the request's span (an error status for a 5xx) and answers
/// the span's `traceparent`, so a client can find the trace of its request.
pub async fn around_request(request: Request, next: Next) -> Response {
    if !enabled() {
        return next.run(request).await;
    }
    let span = tracing::Span::current();
    let mut response = next.run(request).await;
    let status = response.status();
    span.set_attribute("http.response.status_code", i64::from(status.as_u16()));
    if status.is_server_error() {
        span.set_status(opentelemetry::trace::Status::error(status.to_string()));
    }
    opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.inject_context(
            &span.context(),
            &mut opentelemetry_http::HeaderInjector(response.headers_mut()),
        );
    });
    response
}

/// Which way a queued message goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hop {
    /// A command to a runtime (`runtime_commands`).
    ToRuntime,
    /// A message to a player's client (`client_messages`).
    ToPlayer,
}

impl Hop {
    fn name(self) -> &'static str {
        match self {
            Hop::ToRuntime => "runtime.hop",
            Hop::ToPlayer => "player.hop",
        }
    }
}

struct Origin {
    context: Context,
    queued_at: SystemTime,
}

fn origins() -> &'static quick_cache::sync::Cache<(Hop, i64), std::sync::Arc<Origin>> {
    static ORIGINS: OnceLock<quick_cache::sync::Cache<(Hop, i64), std::sync::Arc<Origin>>> =
        OnceLock::new();
    ORIGINS.get_or_init(|| quick_cache::sync::Cache::new(HOP_MEMORY))
}

/// Where a message queued in the current span came from, to remember once its write commits
/// (`Queued::remember`, from the writer's commit effects): a rolled-back message leaves nothing.
/// `None` when traces are off or this trace is not sampled.
pub fn queued(hop: Hop, id: i64) -> Option<Queued> {
    if !enabled() {
        return None;
    }
    let context = tracing::Span::current().context();
    if !context.span().span_context().is_sampled() {
        return None;
    }
    let origin = Origin {
        context,
        queued_at: SystemTime::now(),
    };
    Some(Queued { hop, id, origin })
}

/// A queued message's origin, not remembered yet.
pub struct Queued {
    hop: Hop,
    id: i64,
    origin: Origin,
}

impl Queued {
    /// Its hop span will be in the trace that queued it.
    pub fn remember(self) {
        origins().insert((self.hop, self.id), std::sync::Arc::new(self.origin));
    }
}

/// Messages were handed to their recipient (`to`: the runtime's or client's id): each gets its
/// hop span, from when it was queued to now. Later deliveries of the same message (it was not
/// acknowledged) add none.
pub fn delivered(hop: Hop, to: i64, ids: impl IntoIterator<Item = i64>) {
    if !enabled() {
        return;
    }
    let tracer = opentelemetry::global::tracer("omgservers");
    let now = SystemTime::now();
    for id in ids {
        let Some(((_, _), origin)) = origins().remove(&(hop, id)) else {
            continue;
        };
        let recipient = match hop {
            Hop::ToRuntime => "runtime.id",
            Hop::ToPlayer => "client.id",
        };
        let mut span = tracer
            .span_builder(hop.name())
            .with_kind(SpanKind::Internal)
            .with_start_time(origin.queued_at)
            .with_attributes([
                KeyValue::new("message.id", id.to_string()),
                KeyValue::new(recipient, to.to_string()),
            ])
            .start_with_context(&tracer, &origin.context);
        span.end_with_timestamp(now);
    }
}
