#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --app
source scripts/env.sh
wasm_build_env
# No auto-reload: its inline script is not in the page's Content-Security-Policy.
exec trunk --offline=true serve --release --no-autoreload
