# Sourced by setup.sh (what to install) and by the build scripts (what to insist on).
# Every tool the build needs, the version it is pinned to, and why: an upgrade is one edit here.

# trunk: 0.22 needs a newer rustc than these machines have (rustup 1.95, Debian 1.96.0).
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli: must equal the wasm-bindgen crate in Cargo.lock, or the glue it writes
# does not match the wasm. Upgrade the crate (cargo update -p wasm-bindgen) and this follows.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
# wasm-split-cli (crate wasm_split_cli_support): must match wasm_split_helpers in Cargo.lock;
# build-wasm.sh also rewrites its part loader, whose shape can change with any version.
WASM_SPLIT_VERSION=0.2.3
# binaryen's wasm-opt: Debian 12's package. Another version sizes the parts differently, so
# the first-load figures and budget were measured with this one.
WASM_OPT_VERSION=108
# esbuild: pinned in scripts/package.json and its lock (npm ci installs it); named here so
# the check below can say which version is expected.
ESBUILD_VERSION=0.28.2

# The version a tool reports, or nothing when it is missing.
installed_version() {
  case $1 in
    trunk) trunk --version 2>/dev/null | awk '{ print $2 }' ;;
    wasm-bindgen) wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' ;;
    # wasm-split-cli has no --version flag; cargo's install list records it.
    wasm-split-cli) command -v wasm-split-cli >/dev/null &&
      grep -o 'wasm_split_cli_support [0-9.]*' "${CARGO_HOME:-$HOME/.cargo}/.crates.toml" 2>/dev/null | awk '{ print $2 }' | tail -n 1 ;;
    wasm-opt) wasm-opt --version 2>/dev/null | awk '{ print $3 }' ;;
    esbuild) scripts/node_modules/.bin/esbuild --version 2>/dev/null ;;
  esac
}

# Stops with one sentence per tool whose version is not the pinned one.
require_tool_versions() {
  local tool want have wrong=0
  for tool in trunk wasm-bindgen wasm-split-cli wasm-opt esbuild; do
    case $tool in
      trunk) want=$TRUNK_VERSION ;; wasm-bindgen) want=$WASM_BINDGEN_VERSION ;;
      wasm-split-cli) want=$WASM_SPLIT_VERSION ;; wasm-opt) want=$WASM_OPT_VERSION ;;
      esbuild) want=$ESBUILD_VERSION ;;
    esac
    have=$(installed_version "$tool" || true)
    if [ "$have" != "$want" ]; then
      echo "build stopped: $tool ${have:-is missing}${have:+ is installed}, but the build needs $tool $want (scripts/tools.sh says why); run bash scripts/setup.sh." >&2
      wrong=1
    fi
  done
  return $wrong
}
