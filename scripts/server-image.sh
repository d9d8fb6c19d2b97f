#!/bin/sh
# Builds the omgservers server image (docs/install.md "Container image") with the local Docker engine: a
# static x86_64 Linux binary of the server FROM scratch (server/image/Dockerfile), or a given
# dynamically linked one with the shared libraries it loads. Nothing is pulled.
#
#   scripts/server-image.sh                      # tag omgservers:<version>, dist profile
#   scripts/server-image.sh my/omgservers:1.2    # another tag
#   OMGSERVERS_BINARY=path/to/omgservers scripts/server-image.sh   # a binary already built
#
# Without OMGSERVERS_BINARY it builds `cargo build --profile dist` with a statically linked C
# library (RUSTFLAGS='-C target-feature=+crt-static') in target/static (its own target
# directory: the flags would otherwise rebuild the workspace's). A given binary may be dynamically
# linked: the shared libraries it loads go into the image beside it. Prints the image's size.
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

CONTEXT=$(mktemp -d)
trap 'rm -rf "$CONTEXT"' EXIT
mkdir "$CONTEXT/libraries" "$CONTEXT/data"
# FROM scratch has no C library: a dynamically linked binary (a plain `cargo build`, the
# tests' debug build) gets the shared libraries it loads, the dynamic loader included, at their
# own paths. A static binary needs none (ldd: "not a dynamic executable").
if readelf -l "$OMGSERVERS_BINARY" | grep -q 'Requesting program interpreter'; then
    LIBRARIES=$(ldd "$OMGSERVERS_BINARY")
    if printf '%s\n' "$LIBRARIES" | grep -q 'not found'; then
        echo "$OMGSERVERS_BINARY needs libraries this machine lacks:" >&2
        printf '%s\n' "$LIBRARIES" | grep 'not found' >&2
        exit 1
    fi
    printf '%s\n' "$LIBRARIES" | sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p; s/^[[:space:]]*\(\/[^ ]*\) .*/\1/p' |
        while read -r library; do
            mkdir -p "$CONTEXT/libraries$(dirname "$library")"
            cp -L "$library" "$CONTEXT/libraries$library"
        done
fi
cp "$OMGSERVERS_BINARY" "$CONTEXT/omgservers"
# Debug builds (tests) carry their symbols: the image needs none (binutils' strip).
strip "$CONTEXT/omgservers"
cp server/image/Dockerfile "$CONTEXT/Dockerfile"
DOCKER_BUILDKIT=0 docker build --quiet --label "org.opencontainers.image.version=$VERSION" \
    -t "$TAG" "$CONTEXT" > /dev/null
SIZE=$(docker image inspect --format '{{.Size}}' "$TAG")
echo "$TAG $SIZE bytes"
