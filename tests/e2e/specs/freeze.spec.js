// Issue 14: the app froze after a post was kept; and whatever a test misses, an uncaught
// error or a wasm trap never leaves a frozen screen.
import { test, expect, allLessons, STORAGE_KEY } from '../learner.js';

const KEPT_POST = JSON.stringify({
  version: 3, lessons: {},
  kept_posts: [{ caption: 'sambal bawang pedes', channel: 'whatsapp_status', hashtags: '', how_to_order: 'wa aj', photo: { sample: 'sambal-bawang' }, price: '15rb' }],
});
const first = allLessons()[0];

test('with a kept post, a lesson opened from home moves on at "Lanjut"', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.lesson-card').first()).toBeVisible();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, KEPT_POST]);
  await page.reload();
  await expect(page.getByText('sambal bawang pedes')).toBeVisible();
  await page.getByRole('button', { name: 'Mulai' }).first().click();
  await expect(page.getByText(`Langkah 1 dari ${first.steps.length}`)).toBeVisible();
  await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
  await expect(page.getByText(`Langkah 2 dari ${first.steps.length}`)).toBeVisible();
  await page.getByRole('link', { name: '← Ke daftar pelajaran' }).click();
  await expect(page.getByText('sambal bawang pedes')).toBeVisible();
  await expect(page.locator('#crash')).toHaveCount(0);
});

test.describe('an error the app did not catch', () => {
  test.use({ expectedErrors: [/uji tersendat/] });

  test('shows one plain sentence and a reload that lands on the same step', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Mulai' }).first().click();
    await page.getByRole('button', { name: 'Lanjut', exact: true }).click();
    await expect(page.getByText(`Langkah 2 dari ${first.steps.length}`)).toBeVisible();

    await page.evaluate(() => setTimeout(() => { throw new Error('uji tersendat'); }));
    const crash = page.getByRole('alertdialog');
    await expect(crash).toHaveText(/^Maaf, aplikasi tersendat\. Kemajuan Anda sudah tersimpan\./);
    await expect(crash.getByRole('button', { name: 'Muat ulang' })).toBeFocused();

    await crash.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByText(`Langkah 2 dari ${first.steps.length}`)).toBeVisible();
    await expect(page.locator('#crash')).toHaveCount(0);
  });

  test('a trap in async code shows it too, and a failed download alone does not', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lesson-card').first()).toBeVisible();
    await page.evaluate(() => { Promise.reject(new TypeError('uji tersendat: Failed to fetch')); });
    await page.waitForTimeout(300);
    await expect(page.locator('#crash')).toHaveCount(0);
    await page.evaluate(() => { Promise.reject(new WebAssembly.RuntimeError('uji tersendat')); });
    await expect(page.getByRole('alertdialog')).toContainText('Maaf, aplikasi tersendat.');
  });
});
