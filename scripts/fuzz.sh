#!/bin/sh
# Fuzzes the HTTP API with schemathesis (https://schemathesis.readthedocs.io) against
# docs/openapi.json, on SQLite and on a throwaway PostgreSQL cluster, and fails if any request
# is answered 5xx (`not_a_server_error`) or with a status the document does not list
# (`status_code_conformance`). Bounded: MAX_EXAMPLES cases per operation and per token.
#
#   scripts/fuzz.sh                 # both backends
#   scripts/fuzz.sh sqlite          # one
#   MAX_EXAMPLES=200 scripts/fuzz.sh postgres
#
# Needs python3 (with venv) and, for PostgreSQL, Debian's postgresql package; installs
# schemathesis into target/fuzz-venv on first use. Run as root, the cluster runs as `postgres`.
# Each backend is fuzzed with no token and with an admin, a support and a developer token, so
# the requests reach past authentication into every operation's own checks.
set -eu

cd "$(dirname "$0")/.."
ROOT=$(pwd)
MAX_EXAMPLES=${MAX_EXAMPLES:-40}
BACKENDS=${*:-sqlite postgres}
VENV=$ROOT/target/fuzz-venv

if [ ! -x "$VENV/bin/st" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet 'schemathesis>=4,<5'
fi
cargo build --quiet -p omgservers --bin omgservers
SERVER=$ROOT/target/debug/omgservers

WORK=$(mktemp -d)
chmod 755 "$WORK"
PIDS=""
cleanup() {
    for pid in $PIDS; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    if [ -f "$WORK/pg/data/postmaster.pid" ]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
start_postgres() {
    mkdir -p "$WORK/pg"
    chown -R postgres:postgres "$WORK/pg"
    runuser -u postgres -- "$PG_BIN/initdb" -A trust -U postgres -E UTF8 --no-sync -D "$WORK/pg/data" >/dev/null
    PG_PORT=$(free_port)
    runuser -u postgres -- "$PG_BIN/pg_ctl" -w -D "$WORK/pg/data" -l "$WORK/pg/log" \
        -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
}

# POSTs JSON to an endpoint and prints the answer.
call() {
    curl -sS -X POST -H 'content-type: application/json' -H "authorization: Bearer ${3:-none}" \
        -d "$2" "$BASE/service/v1/entrypoint/$1"
}
field() {
    python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

status=0
for backend in $BACKENDS; do
    PORT=$(free_port)
    BASE=http://127.0.0.1:$PORT
    DATA=$WORK/data-$backend
    case $backend in
        sqlite) URL= ;;
        postgres) URL=$(start_postgres) ;;
        *) echo "unknown backend $backend (sqlite, postgres)" >&2; exit 2 ;;
    esac
    OMGSERVERS_DATABASE_URL=$URL OMGSERVERS_LISTEN=127.0.0.1:$PORT OMGSERVERS_DATA_DIR=$DATA \
        OMGSERVERS_DEV=true OMGSERVERS_PASSWORD_BCRYPT_COST=4 OMGSERVERS_RUNTIMES_DRIVER=process \
        OMGSERVERS_RUNTIMES_PROCESS_COMMAND=true OMGSERVERS_RATE_LIMIT_SIGN_UPS_PER_MINUTE=0 \
        OMGSERVERS_RATE_LIMIT_TOKENS_PER_MINUTE=0 OMGSERVERS_LOGGING_LEVEL=warn \
        "$SERVER" >"$WORK/server-$backend.log" 2>&1 &
    PIDS="$PIDS $!"
    until curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.2; done

    admin=$(call admin/request/create-token '{"user":"admin","password":"admin"}' | field raw_token)
    support=$(call support/request/create-token '{"user":"support","password":"support"}' | field raw_token)
    tenant=$(call support/request/create-tenant '{}' "$support" | field id)
    developer=$(call support/request/create-developer "{\"tenant\":\"$tenant\"}" "$support")
    dev_user=$(echo "$developer" | field user_id)
    dev_password=$(echo "$developer" | field password)
    dev=$(call developer/request/create-token "{\"user_id\":\"$dev_user\",\"password\":\"$dev_password\"}" | field raw_token)

    for who in none admin support developer; do
        case $who in
            none) token=none ;;
            admin) token=$admin ;;
            support) token=$support ;;
            developer) token=$dev ;;
        esac
        echo "== $backend, token: $who"
        # `Bearer none` is an invalid token: the public operations ignore it.
        # From the scratch directory: schemathesis keeps a cache where it runs.
        if ! (cd "$WORK" && "$VENV/bin/st" run "$ROOT/docs/openapi.json" --url "$BASE" -H "authorization: Bearer $token" \
            --checks not_a_server_error,status_code_conformance --max-examples "$MAX_EXAMPLES" \
            --seed 1 --workers 2 --request-timeout 40 --no-shrink --warnings off \
            --report-dir "$WORK/report" >"$WORK/st-$backend-$who.txt" 2>&1); then
            status=1
            cat "$WORK/st-$backend-$who.txt"
        else
            grep -A1 -E '^(API Operations|Test cases):' "$WORK/st-$backend-$who.txt" | grep -v -- '--'
        fi
    done
    if grep -q "panicked" "$WORK/server-$backend.log"; then
        echo "the server panicked:" >&2
        grep -A3 "panicked" "$WORK/server-$backend.log" >&2
        status=1
    fi
done
exit $status
