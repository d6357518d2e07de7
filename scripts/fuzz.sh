#!/usr/bin/env bash
# Fuzzes every decoder of outside data (stored record, cards, codes, links, chat, typed
# prices, simulator states) with a seeded mutation loop: examples/fuzz, built on the host
# with the `fuzz` profile (optimised, panics caught, overflow checks on).
#   bash scripts/fuzz.sh [runs per decoder, default 1000000] [decoder...] [--seed N]
# Prints per decoder the inputs, how many read, panics, broken rules and seconds; exits
# non-zero on any panic or broken rule, printing the input (escaped, and shortened).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
host_cargo build --locked --quiet --profile fuzz --example fuzz
exec target/fuzz/examples/fuzz "$@"
