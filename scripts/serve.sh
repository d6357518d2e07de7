#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 (rebuilds on change).
# Usage: scripts/serve.sh [--dev]   (--dev: quick rebuilds without LTO, minifying or brotli;
# larger files, never what tests or learners get)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --app
source scripts/env.sh
source scripts/tools.sh
require_tool_versions
wasm_build_env
profile=--release
[ "${1:-}" = --dev ] && profile=
# No auto-reload: its inline script is not in the page's Content-Security-Policy.
exec trunk --offline=true serve $profile --no-autoreload
