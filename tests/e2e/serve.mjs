// Serves the release build (dist/) on localhost the way a static host would: files as they
// are, and index.html for app routes such as /pelajaran/aman-bertransaksi.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const builds = resolve(new URL('../..', import.meta.url).pathname);
let root = resolve(process.env.DIST_DIR ?? join(builds, 'dist'));
const port = Number(process.env.PORT ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

async function fileFor(urlPath) {
  const path = join(root, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  if (path.startsWith(root)) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return extname(urlPath) ? null : join(root, 'index.html');
}

// Tests of updates publish a second build: POST /__test/serve?dir=<folder beside dist>.
function switchBuild(url, res) {
  const dir = url.searchParams.get('dir') ?? '';
  if (!/^[\w.-]+$/.test(dir)) { res.writeHead(400).end('bad dir'); return; }
  root = join(builds, dir);
  res.writeHead(200).end(`serving ${root}`);
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/__test/serve') { switchBuild(url, res); return; }
  const path = await fileFor(url.pathname);
  if (!path) { res.writeHead(404).end('not found'); return; }
  const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  let body = await readFile(path);
  // Compressed like any static host, so measured transfer sizes are the real ones.
  if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !/\.(png|webp)$/.test(path)) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
