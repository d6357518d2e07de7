// Serves the release build (dist/) on localhost the way a static host would: files as they
// are, and index.html for app routes such as /pelajaran/aman-bertransaksi.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const builds = resolve(new URL('../..', import.meta.url).pathname);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

async function fileFor(root, urlPath) {
  const path = join(root, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  if (path.startsWith(root)) {
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
  }
  return extname(urlPath) ? null : join(root, 'index.html');
}

/** Serves `root` on 127.0.0.1:`port`; resolves once listening. */
export function serve(root, port) {
  let current = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    // Tests of updates publish a second build: POST /__test/serve?dir=<folder beside dist>.
    if (req.method === 'POST' && url.pathname === '/__test/serve') {
      const dir = url.searchParams.get('dir') ?? '';
      if (!/^[\w.-]+$/.test(dir)) { res.writeHead(400).end('bad dir'); return; }
      current = join(builds, dir);
      res.writeHead(200).end(`serving ${current}`);
      return;
    }
    await respond(current, url, req, res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

async function respond(root, url, req, res) {
  const path = await fileFor(root, url.pathname);
  if (!path) { res.writeHead(404).end('not found'); return; }
  const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  const accepts = req.headers['accept-encoding'] ?? '';
  let body = await readFile(path);
  // Compressed like a static host, so measured transfer sizes are the real ones: the build's
  // brotli copy when the browser takes brotli (Chrome does), else gzip on the fly.
  const brotli = /\bbr\b/.test(accepts) ? await readFile(`${path}.br`).catch(() => null) : null;
  if (brotli) {
    body = brotli;
    headers['content-encoding'] = 'br';
  } else if (/gzip/.test(accepts) && !/\.(png|webp)$/.test(path)) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers);
  res.end(body);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const root = process.env.DIST_DIR ?? join(builds, 'dist');
  const port = Number(process.env.PORT ?? 4173);
  await serve(root, port);
  console.log(`serving ${root} at http://127.0.0.1:${port}`);
}
