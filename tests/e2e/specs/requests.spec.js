import { test, expect, lesson, openFromHome, workThrough } from '../learner.js';

const aman = lesson('aman-bertransaksi');

test('nothing leaves the phone during a whole lesson', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });

  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, aman.steps.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Selamat, pelajaran selesai!');
  expect(elsewhere).toEqual([]);
});

test.describe('a smuggled script', () => {
  test.use({ expectedErrors: [/violates the following Content Security Policy directive/] });

  test('is refused: the page only allows its own files to run', async ({ page }) => {
    await page.goto('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toContain('__INLINE_SCRIPT_HASHES__');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // A script smuggled into the page is refused.
    const ran = await page.evaluate(() => new Promise((resolve) => {
      window.smuggled = false;
      const script = document.createElement('script');
      script.textContent = 'window.smuggled = true';
      document.body.append(script);
      setTimeout(() => resolve(window.smuggled), 100);
    }));
    expect(ran).toBe(false);
  });
});
