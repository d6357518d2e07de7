#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there.
# Usage: scripts/setup.sh [--app]   (--app: only what serving the app needs, no browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_tests=1
[ "${1:-}" = "--app" ] && want_tests=0

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt: installing ${missing[*]}"
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The wasm toolchain: rustup's target where it exists, else Debian's rustc-web with std sources.
if [ "$LAPAK_TOOLCHAIN" = debian ]; then
  apt_install rustc-web cargo-web rust-web-src lld-22
fi
command -v wasm-opt >/dev/null || apt_install binaryen
# Node runs Trunk's post-build hook, the JS minifier and the browser tests.
command -v npm >/dev/null || apt_install nodejs npm
[ $want_tests = 1 ] && apt_install chromium

# rustfmt and clippy for the test command's formatting and lint checks.
if command -v rustup >/dev/null && ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
  rustup component add clippy rustfmt
fi

# Host tools, built from crates.io at the versions scripts/tools.sh pins (and says why).
source scripts/tools.sh
if [ "$(installed_version trunk)" != "$TRUNK_VERSION" ]; then
  say "cargo: installing trunk $TRUNK_VERSION (about 10 minutes the first time)"
  host_cargo install trunk --version "=$TRUNK_VERSION" --locked
fi
if [ "$(installed_version wasm-bindgen)" != "$WASM_BINDGEN_VERSION" ]; then
  # Its --locked install fails to build; the plain one works.
  say "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  host_cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi
if [ "$(installed_version wasm-split-cli)" != "$WASM_SPLIT_VERSION" ]; then
  say "cargo: installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  host_cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# The builds run offline, so every crate is downloaded here. A fetch for the wasm target
# alone left out `parking` (event-listener's), which the wasm build still asks for, so the
# first fetch takes every platform's crates; the second adds std's own crates (dlmalloc
# and others) where std is built here.
say "cargo: fetching the crates of the tests and the wasm build"
cargo fetch --locked
(wasm_build_env && cargo fetch --locked --target wasm32-unknown-unknown)

# npm packages pinned by <dir>/package-lock.json, installed again only when the lock changes.
npm_install() {
  local dir=$1 what=$2 stamp=$1/node_modules/.installed-lock
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "npm: installing $what"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_install scripts "the build's JS minifier"
if [ $want_tests = 1 ]; then npm_install tests/e2e "the browser-test packages"; fi

# A tool that is there at another version than the pinned one (apt's wasm-opt on another
# system, say) stops here with its name, not later with a puzzling build.
require_tool_versions
