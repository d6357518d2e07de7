// Serves the release build (dist/) on localhost the way a static host would: files as they
// are, and index.html for app routes such as /pelajaran/aman-bertransaksi.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? new URL('../../dist', import.meta.url).pathname);
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

createServer(async (req, res) => {
  const path = await fileFor(new URL(req.url, 'http://localhost').pathname);
  if (!path) { res.writeHead(404).end('not found'); return; }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(await readFile(path));
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
