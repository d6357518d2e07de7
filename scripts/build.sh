#!/usr/bin/env bash
# Builds the release app into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/tools.sh
require_tool_versions
wasm_build_env
trunk --offline=true build --release "$@"
