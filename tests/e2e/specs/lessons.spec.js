// A lesson's steps are a file of their own (src/lesson/wire.rs), fetched when the lesson
// opens (src/ui/lessons.rs): the first download holds only what the home screen shows.
import { test, expect, allLessons, heading, openFromHome } from '../learner.js';

const lessons = allLessons();

/** The lesson files the page itself asked for, by file name. */
function lessonFiles(page) {
  const names = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/lessons/')) names.push(path.split('/').pop());
  });
  return names;
}

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the home screen needs no lesson file, and each lesson brings only its own', async ({ page }) => {
    const files = lessonFiles(page);
    await page.goto('/');
    for (const data of lessons) {
      await expect(page.getByRole('article', { name: data.title })).toContainText(data.goal);
    }
    expect(files).toEqual([]);
    for (const [at, data] of lessons.entries()) {
      await page.goto(`/pelajaran/${data.id}`);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(data.steps[0]));
      await expect(page.getByText(`Langkah 1 dari ${data.steps.length}`)).toBeVisible();
      const number = String(at + 1).padStart(2, '0');
      expect(files).toHaveLength(at + 1);
      expect(files[at]).toMatch(new RegExp(`^${number}-${data.id}-[0-9a-f]{16}\\.bin$`));
    }
  });

  test('while a lesson file is on its way, a plain line says so', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/lessons/*.bin', async (route) => { await held; await route.continue(); });
    await openFromHome(page, lessons[1].title);
    await expect(page.getByRole('status').filter({ hasText: 'Sedang membuka…' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(lessons[1].steps[0]));
    await expect(page.getByText('Sedang membuka…')).toHaveCount(0);
  });
});

test.describe('a lesson not on the phone yet, with no signal', () => {
  test.use({ serviceWorkers: 'block', expectedErrors: [/Failed to fetch|ERR_INTERNET_DISCONNECTED/] });

  test('is explained, and opens after "Coba lagi" once the signal is back', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('article', { name: lessons[0].title })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('article', { name: lessons[0].title }).getByRole('button').click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Bagian ini belum tersimpan di HP. Nyalakan internet sebentar, lalu ketuk Coba lagi.');
    await context.setOffline(false);
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(lessons[0].steps[0]));
  });
});

test('after one visit, every lesson opens with no signal from the files the phone stored', async ({ page, context }) => {
  const fromPhone = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/lessons/')) fromPhone.push(response.fromServiceWorker());
  });
  await page.goto('/');
  await expect.poll(() => page.evaluate(async () => Boolean(navigator.serviceWorker.controller)
    && (await caches.keys()).length === 1)).toBe(true);
  await context.setOffline(true);
  for (const data of lessons) {
    await page.goto(`/pelajaran/${data.id}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(data.steps[0]));
  }
  expect(fromPhone.length).toBeGreaterThanOrEqual(lessons.length);
  expect(fromPhone.every(Boolean)).toBe(true);
});
