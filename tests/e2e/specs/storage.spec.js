import { test, expect, lesson, heading, openFromHome, workThrough, storedRecord, STORAGE_KEY, ASIDE_PREFIX } from '../learner.js';

const aman = lesson('aman-bertransaksi');
const kenali = lesson('kenali-jualan-online');
const posting = lesson('membuat-postingan-produk');
/** Opens home and waits for the app, so what a test stores next is not overwritten by its start. */
async function openHomeReady(page) {
  await page.goto('/');
  await expect(page.locator('.lesson-card').first()).toBeVisible();
}

const DAMAGED = 'Catatan belajar lama tidak bisa dibaca. Salinannya kami simpan, dan Anda bisa terus belajar.';

test('reset asks first, then clears every lesson', async ({ page }) => {
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, 2);
  await page.goto('/');
  const card = page.getByRole('article', { name: aman.title });
  await expect(card.locator('.status')).toHaveText(`Langkah 3 dari ${aman.steps.length}`);

  await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Hapus semua kemajuan?');
  await page.getByRole('button', { name: 'Batal' }).click();
  await expect(card.locator('.status')).toHaveText(`Langkah 3 dari ${aman.steps.length}`);

  await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Kemajuan sudah dihapus.')).toBeVisible();
  await expect(card.locator('.status')).toHaveText('Belum mulai');
  expect((await storedRecord(page)).lessons).toEqual({});
  await page.reload();
  await expect(card.locator('.status')).toHaveText('Belum mulai');
});

test('garbage in storage is kept aside, the learner is told, and the app carries on', async ({ page }) => {
  await openHomeReady(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"lessons":{rusak'), STORAGE_KEY);
  await page.reload();

  await expect(page.getByRole('alert')).toHaveText(new RegExp(DAMAGED));
  const aside = await page.evaluate((prefix) => Object.keys(localStorage)
    .filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)), ASIDE_PREFIX);
  expect(aside).toEqual(['{"version":2,"lessons":{rusak']);

  await page.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const card = page.getByRole('article', { name: kenali.title });
  await card.getByRole('button', { name: 'Mulai' }).click();
  await workThrough(page, kenali, 0, 1);
  const record = await storedRecord(page);
  expect(record.version).toBe(4);
  expect(record.lessons['kenali-jualan-online'].current_step).toBe(1);
});

test('a record from the older version is upgraded, not lost', async ({ page }) => {
  await openHomeReady(page);
  await page.evaluate((key) => localStorage.setItem(key,
    JSON.stringify({ lessons: { 'aman-bertransaksi': { step: 2, done: false }, 'kenali-jualan-online': { step: 0, done: true } } })), STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('article', { name: aman.title }).locator('.status'))
    .toHaveText(`Langkah 3 dari ${aman.steps.length}`);
  await expect(page.getByRole('article', { name: kenali.title }).locator('.status')).toHaveText('Selesai');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const upgraded = await storedRecord(page);
  expect(upgraded.version).toBe(4);
  expect(upgraded.phone, 'a record from before phone ids gets one').toEqual(expect.any(Number));

  await page.getByRole('article', { name: aman.title }).getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[2]));
});

test('a simulator whose kept work no longer reads starts afresh and says so, keeping the lesson', async ({ page }) => {
  const builder = posting.steps.findIndex((step) => step.kind === 'post_builder');
  const checkout = lesson('simulasi-checkout');
  const shop = checkout.steps.findIndex((step) => step.kind === 'checkout');
  const broken = { answer: { type: 'post', value: { channel: 'merpati' } }, correct: false, attempts: 1 };
  await openHomeReady(page);
  await page.evaluate(([key, record]) => localStorage.setItem(key, JSON.stringify(record)), [STORAGE_KEY, {
    version: 3,
    lessons: {
      [posting.id]: { current_step: builder, answers: { [builder]: broken } },
      [checkout.id]: { current_step: shop, answers: { [shop]: { ...broken, answer: { type: 'purchase', value: 'rusak' } } } },
    },
  }]);
  await page.reload();
  await expect(page.getByRole('article', { name: posting.title }).locator('.status'))
    .toHaveText(`Langkah ${builder + 1} dari ${posting.steps.length}`);

  await page.getByRole('article', { name: posting.title }).getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(posting.steps[builder]));
  const afresh = page.getByRole('status').filter({ hasText: 'Catatan lama latihan ini tidak bisa dibaca' });
  await expect(afresh).toHaveText('Catatan lama latihan ini tidak bisa dibaca, jadi latihan ini dimulai dari awal.');
  await expect(page.getByLabel('Tulisan postingan')).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto(`/pelajaran/${checkout.id}`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(checkout.steps[shop]));
  await expect(afresh).toBeVisible();
});

test('with storage switched off the learner is told and can still learn', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('HP ini tidak mengizinkan penyimpanan');
  await page.getByRole('article', { name: kenali.title }).getByRole('button', { name: 'Mulai' }).click();
  await workThrough(page, kenali, 0, 2);
  await expect(page.getByText(`Langkah 3 dari ${kenali.steps.length}`)).toBeVisible();
});

test('when storage is full the learner is told, and progress is saved once there is room', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openFromHome(page, kenali.title);
  await page.evaluate(() => { window.__storageFull = true; });
  await workThrough(page, kenali, 0, 1);
  await expect(page.getByRole('alert')).toContainText('Memori browser penuh');
  await page.evaluate(() => { window.__storageFull = false; });
  await workThrough(page, kenali, 1, 2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await storedRecord(page)).lessons['kenali-jualan-online'].current_step).toBe(2);
});
