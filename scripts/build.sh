#!/usr/bin/env bash
# Builds the release app into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
wasm_build_env
# Trunk builds offline, so download first what the wasm build needs; when std is built
# here, that includes std's own crates (dlmalloc and others), which host tests never fetch.
cargo fetch --locked --target wasm32-unknown-unknown
trunk --offline=true build --release "$@"
