import { test, expect, allLessons, openFromHome, workThrough, expectAccessible } from '../learner.js';

test('the home screen passes the accessibility rules', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.lesson-card').first()).toBeVisible();
  await expectAccessible(page, 'home');
});

for (const data of allLessons()) {
  test(`every step of "${data.title}" passes the accessibility rules`, async ({ page }) => {
    await openFromHome(page, data.title);
    for (let index = 0; index < data.steps.length; index += 1) {
      await expectAccessible(page, `step ${index + 1} (${data.steps[index].kind})`);
      await workThrough(page, data, index, index + 1);
    }
    await expectAccessible(page, 'finish screen');
  });
}

test('Mode Pelatih passes the accessibility rules with answers shown', async ({ page }) => {
  // axe runs on every step of every lesson here: about 40 s on a 2-core machine.
  test.setTimeout(120_000);
  for (const data of allLessons()) {
    await page.goto(`/pelatih/${data.id}`);
    for (let index = 0; index < data.steps.length; index += 1) {
      const reveal = page.getByRole('button', { name: 'Tampilkan jawaban' });
      if (await reveal.count()) await reveal.click();
      await expectAccessible(page, `${data.id} step ${index + 1} in Mode Pelatih`);
      await page.getByRole('button', { name: 'Berikutnya' }).click();
    }
  }
});
