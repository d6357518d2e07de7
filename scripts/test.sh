#!/usr/bin/env bash
# Installs what is missing, then runs every test: the core's unit tests on the host, then
# the release build in headless Chromium at phone size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

echo "== the build's own checks (node)"
node --test tests/build/

echo "== unit tests (host)"
cargo test --locked

echo "== release build"
bash scripts/build.sh

echo "== browser tests (headless Chromium, 360x740)"
cd tests/e2e
npx playwright test
