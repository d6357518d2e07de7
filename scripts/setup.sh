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

# Host tools, built from crates.io. Trunk 0.22 needs a newer rustc than these machines have.
host_cargo() { if [ -x "$HOME/.cargo/bin/cargo" ]; then "$HOME/.cargo/bin/cargo" "$@"; else cargo "$@"; fi; }
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "cargo: installing trunk 0.21 (about 10 minutes the first time)"
  host_cargo install trunk --version '^0.21' --locked
fi
# scripts/build-wasm.sh runs these two itself: wasm-bindgen at exactly the version in
# Cargo.lock, and the splitter that matches the wasm_split_helpers there.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  say "cargo: installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  host_cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
split_version=0.2.3
if ! host_cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "cargo: installing wasm-split-cli $split_version (about 2 minutes)"
  host_cargo install wasm_split_cli_support --version "$split_version" --features build-binary --locked
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
