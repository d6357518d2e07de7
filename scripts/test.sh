#!/usr/bin/env bash
# Installs what is missing, then runs every test: the build's own checks, formatting and
# lints, the core's unit tests on the host, then the release build in headless Chromium at
# phone size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

echo "== the build's own checks (node)"
node --test tests/build/

echo "== formatting and lints (rustfmt, clippy with no warnings)"
host_cargo fmt --check
host_cargo clippy --locked --all-targets --quiet -- -D warnings

echo "== unit tests (host)"
cargo test --locked

echo "== fuzz smoke: 20,000 inputs per decoder (the full run: bash scripts/fuzz.sh)"
bash scripts/fuzz.sh 20000

echo "== release build"
bash scripts/build.sh

echo "== browser tests (headless Chromium, 360x740)"
cd tests/e2e
npx playwright test
