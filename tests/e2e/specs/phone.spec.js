import { test, expect, allLessons, openFromHome, workThrough, expectPhoneFit } from '../learner.js';

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
