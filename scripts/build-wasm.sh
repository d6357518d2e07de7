#!/usr/bin/env bash
# Trunk pre_build hook (see Trunk.toml): builds the app's wasm and cuts it into parts, which
# Trunk 0.21 cannot do. The first part holds what the home screen and a lesson need; the
# simulators, the class screens and Mode Pelatih are parts of their own (src/ui/later.rs),
# downloaded after the first lesson step. Everything lands in the staging dir under
# app-<hash>/, so a new build never mixes with an old one in a phone's caches.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
wasm_build_env

name=lapak-latihan
# The splitter reads the linker's relocations, so they are kept (and the symbols with them).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} -Clink-args=--emit-relocs"
# A development build (serve.sh --dev) skips LTO, esbuild and wasm-opt: a rebuild in
# seconds, larger files. Tests, the budget and publishing use the release path only.
if [ "${TRUNK_PROFILE:-release}" = release ]; then profile=release; else profile=wasm-dev; fi
export CARGO_PROFILE_RELEASE_STRIP=false CARGO_PROFILE_WASM_DEV_STRIP=false
# build.rs writes each lesson's steps as a file of their own (src/lesson/wire.rs) into its
# OUT_DIR, which cargo names in its messages; the app fetches a lesson's file when it opens.
lessons=$(cargo build --locked --offline --profile "$profile" --target wasm32-unknown-unknown --bin "$name" \
  --message-format=json-render-diagnostics | node scripts/lesson-files.mjs "$name")

work=target/wasm-parts
rm -rf "$work"
mkdir -p "$work/split" "$work/app"
wasm-split-cli --out-name "$name" "target/wasm32-unknown-unknown/$profile/$name.wasm" "$work/split"
# --keep-lld-exports: the parts call into the first part through its exports.
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir "$work/app" "$work/split/$name.wasm"
for part in "$work"/split/*.wasm "$work/split/__wasm_split.js"; do
  [ "$part" = "$work/split/$name.wasm" ] || cp "$part" "$work/app/"
done

node scripts/sort-split-exports.mjs "$work/app/__wasm_split.js"

if [ $profile = release ]; then
# The JS glue and the part loader, minified: a quarter of their bytes. wasm-bindgen repeats
# one import key per part, which esbuild warns about; the repeats are the same module.
for js in "$work/app/$name.js" "$work/app/__wasm_split.js"; do
  scripts/node_modules/.bin/esbuild --minify --log-level=error "$js" --outfile="$js" --allow-overwrite
done

# Same features as the wasm was built with; the splitter's name sections are dropped anyway,
# so wasm-opt's warnings about them are noise.
for wasm in "$work"/app/*.wasm; do
  wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-multivalue \
    "$wasm" -o "$wasm" 2> >(grep -v -e 'unknown name subsection' -e 'in name section' >&2)
done
fi

hash=$(cat "$work"/app/* | sha256sum | cut -c1-12)
stage=${TRUNK_STAGING_DIR:?run by trunk as a pre_build hook (TRUNK_STAGING_DIR is not set)}
cp -r "$work/app" "$stage/app-$hash"
# Named by their contents (lesson::wire::file_name), so they need no folder per build.
cp -r "$lessons" "$stage/lessons"
