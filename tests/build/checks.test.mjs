// The build's own checks stop it loudly: each is broken here on purpose and must say why.
// Run by scripts/test.sh with node's test runner (no browser, no Rust build needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(new URL('../..', import.meta.url).pathname);
const scratch = () => mkdtempSync(join(tmpdir(), 'lapak-build-check-'));
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: repo, encoding: 'utf8', ...options });

const splitLoader = 'const { zeta, alpha, mid } = initSync(x);\n' +
  'Object.assign(sharedImports.__wasm_split, { b_fn, a_fn });\n';

test('the part loader\'s export lists are sorted, so the same code builds the same files', () => {
  const file = join(scratch(), '__wasm_split.js');
  writeFileSync(file, splitLoader);
  const result = run('node', ['scripts/sort-split-exports.mjs', file]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(file, 'utf8'),
    'const { alpha, mid, zeta } = initSync(x);\nObject.assign(sharedImports.__wasm_split, { a_fn, b_fn });\n');
});

test('a part loader whose export lists are not found stops the build instead of going unsorted', () => {
  const file = join(scratch(), '__wasm_split.js');
  writeFileSync(file, 'const exports = initSync(x);\nObject.assign(sharedImports.__wasm_split, { b_fn, a_fn });\n');
  const result = run('node', ['scripts/sort-split-exports.mjs', file]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^build stopped: wasm-split-cli's .* no longer has the exports the first part hands the parts/);
});

/** A staging folder as Trunk and build-wasm.sh leave it, with the first part's wasm given. */
function stage(wasmBytes, { lessonFiles = true } = {}) {
  const dir = scratch();
  writeFileSync(join(dir, 'index.html'), '<html><script>start()</script>__APP__ __INLINE_SCRIPT_HASHES__</html>');
  writeFileSync(join(dir, 'sw.js'), 'const VERSION = "__VERSION__"; const FILES = __FILES__;');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dir, 'icon.svg'), '<svg/>');
  mkdirSync(join(dir, 'app-0123456789ab'));
  writeFileSync(join(dir, 'app-0123456789ab', 'lapak-latihan.js'), 'export default 1;');
  writeFileSync(join(dir, 'app-0123456789ab', '__wasm_split.js'), 'export {};');
  if (wasmBytes) writeFileSync(join(dir, 'app-0123456789ab', 'lapak-latihan_bg.wasm'), wasmBytes);
  mkdirSync(join(dir, 'lessons'));
  if (lessonFiles) {
    writeFileSync(join(dir, 'lessons', '01-pertama-0123456789abcdef.bin'), Buffer.alloc(3_000, 1));
    writeFileSync(join(dir, 'lessons', '02-kedua-0123456789abcdef.bin'), Buffer.alloc(3_000, 2));
  }
  return dir;
}
const postBuild = (dir) => run('node', ['scripts/post-build.mjs'],
  { env: { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_PROFILE: 'release' } });

test('a first load within the budget passes and is printed', () => {
  const result = postBuild(stage(Buffer.alloc(10_000)));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^first load: [0-9.]+ KB brotli \(budget 150\.0 KB\)/);
});

test('the first lesson\'s file counts in the first load, and the later lessons do not', () => {
  const result = postBuild(stage(Buffer.alloc(10_000)));
  assert.match(result.stdout, /\/lessons\/01-pertama-0123456789abcdef\.bin [0-9.]+/);
  assert.doesNotMatch(result.stdout.split('\n')[0], /02-kedua/);
});

test('a build without lesson files stops instead of leaving the first lesson out of the sum', () => {
  const result = postBuild(stage(Buffer.alloc(10_000), { lessonFiles: false }));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^build stopped: the first-load budget check cannot find \/lessons\/\(the first lesson file\);/);
});

test('the lesson files are found where cargo says the build script wrote them', () => {
  const messages = [
    'not json',
    JSON.stringify({ reason: 'build-script-executed', package_id: 'registry+https://x#serde@1.0.0', out_dir: '/t/serde/out' }),
    JSON.stringify({ reason: 'build-script-executed', package_id: 'path+file:///w/wt#lapak-latihan@0.1.0', out_dir: '/t/lapak/out' }),
  ].join('\n');
  const found = run('node', ['scripts/lesson-files.mjs', 'lapak-latihan'], { input: messages });
  assert.equal(found.stdout, '/t/lapak/out/lessons\n', found.stderr);
  const none = run('node', ['scripts/lesson-files.mjs', 'lapak-latihan'], { input: messages.split('\n').slice(0, 2).join('\n') });
  assert.equal(none.status, 1);
  assert.match(none.stderr, /^build stopped: cargo named no build script output for lapak-latihan/);
});

test('a first-part file that is not found stops the build instead of leaving the sum', () => {
  const result = postBuild(stage(null));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^build stopped: the first-load budget check cannot find \/app-0123456789ab\/lapak-latihan_bg\.wasm;/);
});

test('a first load over the budget stops the build', () => {
  const result = postBuild(stage(randomBytes(200 * 1024)));
  assert.equal(result.status, 1);
  assert.match(result.stderr, /The first load is [0-9.]+ KB over the budget\./);
});

test('a tool at another version than the pinned one stops the build, naming the version expected', () => {
  const bin = scratch();
  const fake = (name, output) => {
    writeFileSync(join(bin, name), `#!/bin/sh\necho "${output}"\n`);
    chmodSync(join(bin, name), 0o755);
  };
  const pinned = run('bash', ['-c', 'source scripts/tools.sh; echo $TRUNK_VERSION $WASM_BINDGEN_VERSION'])
    .stdout.trim().split(' ');
  fake('trunk', 'trunk 0.22.0');
  fake('wasm-bindgen', `wasm-bindgen ${pinned[1]}`);
  fake('wasm-opt', 'wasm-opt version 108 (version_108)');
  // As the build scripts run it (set -e), in a folder with no esbuild installed.
  const folder = scratch();
  mkdirSync(join(folder, 'scripts'));
  writeFileSync(join(folder, 'scripts', 'tools.sh'), readFileSync(join(repo, 'scripts', 'tools.sh')));
  writeFileSync(join(folder, 'Cargo.lock'), readFileSync(join(repo, 'Cargo.lock')));
  const result = run('bash', ['-c', 'set -euo pipefail; source scripts/tools.sh; require_tool_versions'],
    { cwd: folder, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`^build stopped: trunk 0\\.22\\.0 is installed, but the build needs trunk ${pinned[0].replaceAll('.', '\\.')} \\(scripts/tools\\.sh says why\\)`, 'm'));
  assert.match(result.stderr, /^build stopped: esbuild is missing, but the build needs esbuild [0-9.]+ /m);
  assert.doesNotMatch(result.stderr, /wasm-bindgen/);
});
