-- Players' round trip (docs/observability.md "Players' round trip"): each node publishes,
-- every couple of seconds, the latest WebSocket ping round trip of every player socket it
-- holds, summarised per deployment, so any node can answer get-stage-status for the whole
-- installation. Observations, not game state: nothing references these rows; a row older
-- than a few publish periods (its node stopped or crashed) is ignored, and removed after an
-- hour by whichever node publishes next.
CREATE TABLE player_round_trips (
    node TEXT NOT NULL,
    deployment_id BIGINT NOT NULL,
    -- Player sockets measured.
    players BIGINT NOT NULL,
    -- Up to 64 of their round trips in microseconds, ascending, comma-separated: all of them,
    -- or evenly spaced ranks when there are more (each standing for players / count sockets).
    samples TEXT NOT NULL,
    -- Epoch milliseconds of the publishing node's clock.
    published_at BIGINT NOT NULL,
    PRIMARY KEY (node, deployment_id)
);
CREATE INDEX player_round_trips_deployment ON player_round_trips (deployment_id);
