// Trunk post-build hook (see Trunk.toml). For the files Trunk and scripts/build-wasm.sh built:
// - points the page at the app's folder (app-<hash>);
// - fills the service worker's file list and version, so every file is cached for offline use;
// - allows exactly the page's inline scripts in the Content-Security-Policy (by hash);
// - writes a brotli copy (.br) of every text and wasm file, for hosts that serve
//   precompressed files (nginx brotli_static, Caddy precompressed; tests/e2e/serve.mjs);
// - fails a release build whose first load is over the size budget (brotli).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli bytes allowed on the way to the first lesson step (README states it): the page, the
 * app's first part and the first lesson's file. The other parts and lessons are downloaded
 * after it (src/ui/later.rs, src/ui/lessons.rs). */
export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const files = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
})(stage).map((path) => '/' + relative(stage, path).split('\\').join('/')).sort();

const read = (file) => readFileSync(join(stage, file));

const appDirs = readdirSync(stage).filter((name) => name.startsWith('app-'));
if (appDirs.length !== 1) throw new Error(`expected one app-<hash> folder from build-wasm.sh, found: ${appDirs}`);
const app = `/${appDirs[0]}`;
let html = read('/index.html').toString().replaceAll('__APP__', appDirs[0]);

// CSP: hash each inline <script> exactly as the browser will see it.
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
html = html.replace('__INLINE_SCRIPT_HASHES__', hashes.join(' '));
writeFileSync(join(stage, 'index.html'), html);

// Service worker: cache everything but itself; the version changes with any file.
const cached = files.filter((file) => file !== '/sw.js');
const version = createHash('sha256');
for (const file of cached) version.update(file).update(read(file));
const sw = read('/sw.js').toString()
  .replace('__VERSION__', version.digest('hex').slice(0, 12))
  .replace('__FILES__', JSON.stringify(['/', ...cached]));
writeFileSync(join(stage, 'sw.js'), sw);

// Brotli at its best level: a second for the wasm here, and 15% fewer bytes than gzip, once
// per build instead of on every request. Pictures are compressed already.
const compressible = (file) => /\.(html|js|wasm|css|svg|webmanifest|json|bin)$/.test(file);
const brotli = (bytes) => brotliCompressSync(bytes, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
});
// A development build (serve.sh --dev) is served uncompressed: no copies, no budget.
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const brotliSize = new Map();
for (const file of files.filter(compressible)) {
  const packed = brotli(read(file));
  writeFileSync(join(stage, `${file}.br`), packed);
  brotliSize.set(file, packed.length);
}

// Size: what a first visit downloads before the first lesson step (pictures are lazy, and
// the app's later parts come after it).
// The lesson files are named <number>-<id>-<hash>.bin (src/lesson/wire.rs): the first sorts first.
const firstLesson = files.find((file) => /^\/lessons\/[^/]+\.bin$/.test(file)) ?? '/lessons/(the first lesson file)';
const firstPart = [`${app}/lapak-latihan.js`, `${app}/__wasm_split.js`, `${app}/lapak-latihan_bg.wasm`, firstLesson];
const pageFiles = ['/index.html', '/manifest.webmanifest', '/icon.svg'];
const isPage = (file) => pageFiles.includes(file);
// A renamed output would silently leave the sum, and a smaller sum passes any budget.
const missing = [...pageFiles, ...firstPart].filter((file) => !files.includes(file));
if (missing.length > 0) {
  console.error(`build stopped: the first-load budget check cannot find ${missing.join(', ')}; ` +
    'an output was renamed (a new wasm-bindgen, wasm-split-cli or Trunk?), so update the list in scripts/post-build.mjs.');
  process.exit(1);
}
const gzipped = (file) => gzipSync(read(file), { level: 9 }).length;
const firstLoad = files.filter((file) => isPage(file) || firstPart.includes(file));
const total = firstLoad.reduce((sum, file) => sum + brotliSize.get(file), 0);
const totalGzip = firstLoad.reduce((sum, file) => sum + gzipped(file), 0);
const later = files.filter((file) => (file.startsWith(`${app}/`) || file.startsWith('/lessons/')) && !firstPart.includes(file) && brotliSize.has(file))
  .reduce((sum, file) => sum + brotliSize.get(file), 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`first load: ${kb(total)} KB brotli (budget ${kb(FIRST_LOAD_BUDGET_BYTES)} KB), ${kb(totalGzip)} KB gzip: ` +
  firstLoad.map((file) => `${file} ${kb(brotliSize.get(file))}`).join(', '));
console.log(`later parts and lessons: ${kb(later)} KB brotli, downloaded after the first lesson step`);
if (total > FIRST_LOAD_BUDGET_BYTES) {
  console.error(`The first load is ${kb(total - FIRST_LOAD_BUDGET_BYTES)} KB over the budget.`);
  process.exit(1);
}
