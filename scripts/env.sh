# Sourced by the other scripts: picks the toolchain that can build wasm on this machine.
# With rustup's wasm32 target (a laptop), the normal path. Without it (our Debian
# machines, where rustup cannot download targets), Debian's rustc-web builds std itself.

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if command -v rustup >/dev/null 2>&1 && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  export LAPAK_TOOLCHAIN=rustup
else
  export LAPAK_TOOLCHAIN=debian
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
fi

# The host's own cargo (rustup's where there is one): it installs the build tools and runs
# rustfmt and clippy, which Debian's rustc-web does not bring.
host_cargo() {
  local bin="${CARGO_HOME:-$HOME/.cargo}/bin"
  # Its rustc and clippy-driver with it: Debian's rustc first on PATH mixes two compilers.
  if [ -x "$bin/cargo" ]; then PATH="$bin:$PATH" "$bin/cargo" "$@"; else cargo "$@"; fi
}

# Flags that only the wasm build gets (trunk and the wasm check); host tests stay plain.
wasm_build_env() {
  if [ "$LAPAK_TOOLCHAIN" = debian ]; then
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # Building std ourselves also lets panics abort without their messages: 12 KB less gzip.
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-feature=-reference-types -Zunstable-options -Cpanic=immediate-abort"
  fi
}
