import { test, expect, lesson, openFromHome, workThrough, buildPost, GOOD_POST, CHANNELS } from '../learner.js';

const posting = lesson('membuat-postingan-produk');
const fixed = posting.steps.findIndex((s) => s.kind === 'post_builder' && s.channel);
const free = posting.steps.findIndex((s) => s.kind === 'post_builder' && !s.channel);

async function openStep(page, index) {
  await openFromHome(page, posting.title);
  await workThrough(page, posting, 0, index);
}

test('the Action stage turns on when a way to order is added, and a reload keeps the draft', async ({ page }) => {
  await openStep(page, fixed);
  const action = page.locator('li.stage[data-stage="action"]');
  await buildPost(page, { post: { ...GOOD_POST, order: '' } });
  await expect(action).toHaveAttribute('data-done', 'false');
  await expect(action).toContainText('Tulis cara pesan');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();

  await page.getByLabel('Cara pesan').pressSequentially('Pesan lewat WA 0812-3456-7890');
  await expect(action).toHaveAttribute('data-done', 'true');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();

  await page.reload();
  await expect(page.getByLabel('Tulisan postingan')).toHaveValue(GOOD_POST.caption);
  await expect(page.getByLabel('Cara pesan')).toHaveValue('Pesan lewat WA 0812-3456-7890');
  await expect(page.getByTestId('preview')).toContainText(GOOD_POST.caption);
  await expect(action).toHaveAttribute('data-done', 'true');
});

test('the preview follows the typing on every channel', async ({ page }) => {
  await openStep(page, free);
  for (const [channel, name] of Object.entries(CHANNELS)) {
    const caption = `Sambal bawang Bu Tini untuk ${name}`;
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.locator('.preview-channel')).toHaveText(name);
    const box = page.getByLabel('Tulisan postingan');
    await box.fill('');
    await box.pressSequentially(caption);
    await expect(page.getByTestId('preview')).toContainText(caption);
    await expect(page.getByTestId('preview')).toHaveClass(new RegExp(`preview-${{
      whatsapp_status: 'status', whatsapp_group: 'group', instagram_feed: 'instagram', facebook_post: 'facebook',
    }[channel]}`));
    await expect(page.getByLabel('Tagar (#)')).toHaveCount(['instagram_feed', 'facebook_post'].includes(channel) ? 1 : 0);
  }
});

test('a finished post can be kept, then copied and shared from the home screen', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStep(page, free);
  await buildPost(page, { channel: 'instagram_feed' });
  await expect(page.locator('.aidas')).toContainText('Postingan Anda sudah lengkap. Siap dibagikan!');
  const share = page.getByRole('link', { name: 'Bagikan ke WhatsApp' });
  await expect(share).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=Keripik%20singkong%20pedas/);
  await page.getByRole('button', { name: 'Simpan postingan ini' }).click();
  await expect(page.getByText('Postingan disimpan.')).toBeVisible();

  await page.goto('/');
  const kept = page.locator('.kept-post');
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(GOOD_POST.caption);
  await expect(kept).toContainText('Postingan Instagram');
  await kept.getByRole('button', { name: 'Salin tulisan' }).click();
  await expect(kept.getByText('Tulisan sudah disalin.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(GOOD_POST.caption);
  await kept.getByRole('button', { name: 'Hapus' }).click();
  await expect(page.locator('.kept-post')).toHaveCount(0);
});

test('a wrong phone number and shouting are pointed out', async ({ page }) => {
  await openStep(page, fixed);
  await buildPost(page, { post: { ...GOOD_POST, caption: 'KERIPIK SINGKONG PEDAS RENYAH SEKALI', order: 'WA 0812-34' } });
  const mistakes = page.locator('.mistakes');
  await expect(mistakes).toContainText('huruf besar semua');
  await expect(mistakes).toContainText('Coba periksa nomor 0812-34');
});
