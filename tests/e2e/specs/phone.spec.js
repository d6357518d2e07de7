import { test, expect, allLessons, openFromHome, workThrough } from '../learner.js';

async function expectPhoneFit(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  // A box inside a label is tapped through its label, so the label is the target.
  const small = await page.evaluate(() => [...document.querySelectorAll('button, a, input, textarea')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => el.closest('label') ?? el)
    .map((el) => ({ label: el.getAttribute('aria-label') ?? el.textContent.trim(), ...el.getBoundingClientRect().toJSON() }))
    .filter((box) => box.height < 48 || box.width < 48)
    .map((box) => `${box.label} ${Math.round(box.width)}x${Math.round(box.height)}`));
  expect(small, 'touch targets of at least 48 px').toEqual([]);
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the home screen fits with big touch targets', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lesson-card').first()).toBeVisible();
    await expectPhoneFit(page);
  });

  for (const data of allLessons()) {
    test(`every step of "${data.title}" fits with big touch targets`, async ({ page }) => {
      await openFromHome(page, data.title);
      for (let index = 0; index < data.steps.length; index += 1) {
        await expectPhoneFit(page);
        await workThrough(page, data, index, index + 1);
      }
      await expectPhoneFit(page);
    });
  }
});
