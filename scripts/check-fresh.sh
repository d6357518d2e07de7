#!/usr/bin/env bash
# The empty-cache check: what a newcomer's machine meets. Clones the committed project into
# a scratch folder and runs set-up, the host tests' build, the release build and one browser
# test there, all offline after set-up, with an empty cargo registry (installed tools are
# reused, downloaded crates are not), so a crate that set-up forgets to fetch fails here
# instead of on the next fresh machine.
# Usage: bash scripts/check-fresh.sh [spec]   (default spec: phone.spec.js; about 10 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
spec=${1:-phone.spec.js}
scratch=$(mktemp -d /tmp/lapak-fresh.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

real_home=${CARGO_HOME:-$HOME/.cargo}
export CARGO_HOME=$scratch/cargo-home
mkdir -p "$CARGO_HOME"
# The tools and cargo's record of them, but no registry, no git checkouts, no crate cache.
ln -s "$real_home/bin" "$CARGO_HOME/bin"
for record in .crates.toml .crates2.json config.toml; do
  [ -f "$real_home/$record" ] && cp "$real_home/$record" "$CARGO_HOME/"
done

git clone --quiet . "$scratch/project"
cd "$scratch/project"
echo "== fresh clone of $(git rev-parse --short HEAD) in $scratch/project, CARGO_HOME=$CARGO_HOME (empty registry)"
bash scripts/setup.sh
source scripts/env.sh
echo "== host tests, built offline"
cargo test --locked --offline --no-run
echo "== release build, offline"
bash scripts/build.sh
echo "== browser test: $spec"
cd tests/e2e
npx playwright test "specs/$spec"
echo "== empty-cache check passed"
