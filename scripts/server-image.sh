#!/bin/sh
# Builds the omgservers server image (docs/install.md "Container image") with the local Docker engine: a
# static x86_64 Linux binary of the server FROM scratch (server/image/Dockerfile). Nothing is
# pulled.
#
#   scripts/server-image.sh                      # tag omgservers:<version>, dist profile
#   scripts/server-image.sh my/omgservers:1.2    # another tag
#   OMGSERVERS_BINARY=path/to/omgservers scripts/server-image.sh   # a static binary already built
#
# Without OMGSERVERS_BINARY it builds `cargo build --profile dist` with a statically linked C
# library (RUSTFLAGS='-C target-feature=+crt-static') in target/static (its own target
# directory: the flags would otherwise rebuild the workspace's). Prints the image's size.
set -eu

# A binary given relative to where the script was called from.
if [ -n "${OMGSERVERS_BINARY:-}" ]; then
    OMGSERVERS_BINARY=$(cd "$(dirname "$OMGSERVERS_BINARY")" && pwd)/$(basename "$OMGSERVERS_BINARY")
fi
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
TAG=${1:-omgservers:$VERSION}
TRIPLE=x86_64-unknown-linux-gnu

if [ -z "${OMGSERVERS_BINARY:-}" ]; then
    CARGO_TARGET_DIR=$ROOT/target/static RUSTFLAGS='-C target-feature=+crt-static' \
        cargo build --locked --profile dist -p omgservers --bin omgservers --target "$TRIPLE"
    OMGSERVERS_BINARY=$ROOT/target/static/$TRIPLE/dist/omgservers
fi

# FROM scratch has no dynamic loader: a dynamically linked binary would not start.
if readelf -l "$OMGSERVERS_BINARY" | grep -q 'Requesting program interpreter'; then
    echo "$OMGSERVERS_BINARY is dynamically linked; build it with RUSTFLAGS='-C target-feature=+crt-static'" >&2
    exit 1
fi

CONTEXT=$(mktemp -d)
trap 'rm -rf "$CONTEXT"' EXIT
cp "$OMGSERVERS_BINARY" "$CONTEXT/omgservers"
# Debug builds (tests) carry their symbols: the image needs none (binutils' strip).
strip "$CONTEXT/omgservers"
mkdir "$CONTEXT/data"
cp server/image/Dockerfile "$CONTEXT/Dockerfile"
DOCKER_BUILDKIT=0 docker build --quiet --label "org.opencontainers.image.version=$VERSION" \
    -t "$TAG" "$CONTEXT" > /dev/null
SIZE=$(docker image inspect --format '{{.Size}}' "$TAG")
echo "$TAG $SIZE bytes"
