import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, lesson, openFromHome, workThrough } from '../learner.js';

const kenali = lesson('kenali-jualan-online');
const aman = lesson('aman-bertransaksi');
const root = new URL('../../../', import.meta.url);

/** Waits until the service worker controls the page and has every file in its cache. */
async function untilOfflineReady(page) {
  await expect.poll(() => page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const keys = await caches.keys();
    return keys.length === 1 && (await caches.open(keys[0])).match('/index.html').then(Boolean);
  })).toBe(true);
}

test('after one visit with signal, a whole lesson works with no signal', async ({ page, context }) => {
  await page.goto('/');
  await untilOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, kenali.steps.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Selamat, pelajaran selesai!');

  // A lesson's own address opens offline too (e.g. from the phone's history).
  await page.goto('/pelajaran/aman-bertransaksi');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(aman.steps[0].title);
});

test('a new version is picked up on a later open, with progress intact', async ({ page, context, request }) => {
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, 2);
  await untilOfflineReady(page);

  // Publish a "new build": the same files with a marker and a new service-worker version.
  const next = new URL('dist-next/', root);
  rmSync(next, { recursive: true, force: true });
  cpSync(new URL('dist/', root), next, { recursive: true });
  const index = new URL('index.html', next);
  // The page is minified, so it has no <head> tag to hook onto; its <title> is always there.
  const html = readFileSync(index, 'utf8');
  expect(html).toContain('<title>');
  writeFileSync(index, html.replace('<title>', '<meta name="build" content="next"><title>'));
  const sw = new URL('sw.js', next);
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next'"));
  // A real build writes fresh brotli copies; the edited files go without, so they are served as edited.
  for (const file of [index, sw]) rmSync(new URL(`${file.href}.br`));
  await request.post('/__test/serve?dir=dist-next');

  try {
    await page.close();
    const later = await context.newPage();
    await later.goto('/');
    // This open still shows the cached version while the new one installs behind it.
    await expect.poll(() => later.evaluate(async () => (await caches.keys()).join())).toBe('lapak-latihan-next');
    await later.reload();
    await expect(later.locator('meta[name="build"]')).toHaveAttribute('content', 'next');
    await expect(later.getByRole('article', { name: aman.title }).locator('.status'))
      .toHaveText(`Langkah 3 dari ${aman.steps.length}`);
  } finally {
    await request.post('/__test/serve?dir=dist');
    rmSync(next, { recursive: true, force: true });
  }
});
