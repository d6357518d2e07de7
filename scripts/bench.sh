#!/usr/bin/env bash
# Benchmarks: prints figures for README (not tests). Builds the release first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

echo "== core benchmarks (host, release)"
cargo bench --locked --bench post_checker --bench search_ranking --bench class_roster 2>/dev/null | grep -v '^$'

echo "== release build and its first-load size"
bash scripts/build.sh 2>&1 | grep 'first load'

echo "== first load in Chromium under slow-phone profiles"
node tests/bench/first-load.mjs "${1:-5}"
