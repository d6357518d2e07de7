// The app comes in parts (src/ui/later.rs): a first visit downloads only what the home screen
// and a lesson need; each simulator, the class screens and Mode Pelatih follow when needed.
import { test, expect, lesson, openFromHome, simulatorParts, workThrough } from '../learner.js';

const kenali = lesson('kenali-jualan-online');
const posting = lesson('membuat-postingan-produk');
const builder = posting.steps.findIndex((s) => s.kind === 'post_builder');
const PARTS = [...simulatorParts(), 'class', 'kept_posts', 'presenter'].sort();

/** The files ending in `extension` that the page itself asked for, by file name. */
function record(page, extension) {
  const names = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith(extension)) names.push(name);
  });
  return names;
}

test.describe('on a first visit', () => {
  // Without the service worker, every file the page needs is a request of its own.
  test.use({ serviceWorkers: 'block' });

  test('the way to the first lesson step costs under 150 KB over the wire', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => { bytes += encodedDataLength; });
    await openFromHome(page, kenali.title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(kenali.steps[0].title);
    await expect(page.getByRole('button', { name: 'Lanjut' })).toBeEnabled();
    // Bytes over the wire, headers included; over 100 KB means the app itself was counted.
    expect(bytes).toBeGreaterThan(100 * 1024);
    expect(bytes).toBeLessThan(150 * 1024);
  });

  test('a lesson opens with the first part only, and a simulator brings its own part', async ({ page }) => {
    const wasm = record(page, '.wasm');
    const css = record(page, '.css');
    await page.goto(`/pelajaran/${kenali.id}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(kenali.steps[0].title);
    await workThrough(page, kenali, 0, kenali.steps.length);
    expect(wasm).toEqual(['lapak-latihan_bg.wasm']);
    // The parts' stylesheet comes with the first part, not with the page.
    expect(css).toEqual([]);

    await page.goto('/');
    await openFromHome(page, posting.title);
    await workThrough(page, posting, 0, builder);
    await expect(page.getByLabel('Tulisan postingan')).toBeVisible();
    expect(wasm).toContain('split_post_builder.wasm');
    expect(wasm.filter((name) => name.startsWith('split_'))).toEqual(['split_post_builder.wasm']);
    expect(css).toEqual(['parts.css']);
    await expect(page.locator('.photo-grid')).toHaveCSS('display', 'grid');
  });
});

test.describe('a part that is not on the phone yet', () => {
  test.use({
    serviceWorkers: 'block',
    // The failed download is logged by the loader; the learner sees the sentence below.
    expectedErrors: [/Failed to fetch|ERR_INTERNET_DISCONNECTED/],
  });

  test('is explained when the signal is gone, and opens after "Coba lagi" once it is back', async ({ page, context }) => {
    await openFromHome(page, posting.title);
    await workThrough(page, posting, 0, builder - 1);
    await context.setOffline(true);
    await workThrough(page, posting, builder - 1, builder);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Bagian ini belum tersimpan di HP.');
    await expect(page.getByLabel('Tulisan postingan')).toHaveCount(0);

    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByLabel('Tulisan postingan')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('a part the server no longer has (a newer version replaced it)', () => {
  test.use({ serviceWorkers: 'block', expectedErrors: [/status code is not ok|404/] });

  test('asks the learner to reload, which opens it with progress kept', async ({ page }) => {
    await page.route('**/split_post_builder.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    await openFromHome(page, posting.title);
    await workThrough(page, posting, 0, builder);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Aplikasi ini baru diperbarui. Muat ulang halaman ini. Kemajuan Anda tetap tersimpan.');

    await page.unroute('**/split_post_builder.wasm');
    await alert.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByLabel('Tulisan postingan')).toBeVisible();
    await expect(page.getByText(`Langkah ${builder + 1} dari ${posting.steps.length}`)).toBeVisible();
  });
});

test('on a first visit, every part is loaded from the phone once the service worker has stored them', async ({ page }) => {
  const parts = [];
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop();
    if (name.startsWith('split_')) parts.push({ name, fromPhone: response.fromServiceWorker() });
  });
  await page.goto(`/pelajaran/${kenali.id}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(kenali.steps[0].title);
  await expect.poll(() => parts.map((part) => part.name).sort(), { timeout: 30_000 })
    .toEqual(PARTS.map((part) => `split_${part}.wasm`));
  expect(parts.filter((part) => !part.fromPhone)).toEqual([]);
});

test('once the app is on the phone, every part is loaded in the background from there', async ({ page, context }) => {
  await page.goto(`/pelajaran/${kenali.id}`);
  await expect.poll(() => page.evaluate(async () => Boolean(navigator.serviceWorker.controller)
    && (await caches.keys()).length === 1)).toBe(true);

  // The first open loads its parts too, once the service worker takes over: let it finish.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/split_')).length)).toBe(PARTS.length);

  const parts = [];
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop();
    if (name.startsWith('split_')) parts.push({ name, fromPhone: response.fromServiceWorker() });
  });
  // Offline, so whatever loads can only come from the phone.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(kenali.steps[0].title);
  await expect.poll(() => parts.map((part) => part.name).sort()).toEqual(PARTS.map((part) => `split_${part}.wasm`));
  expect(parts.filter((part) => !part.fromPhone)).toEqual([]);
});
