// The app open in two tabs of one browser (a join or shared link opening a second tab), and
// a phone whose clock is a year off: progress is never lost or moved back.
import { test, expect, lesson, heading, workThrough, answerRight, next, storedRecord, STORAGE_KEY, ASIDE_PREFIX } from '../learner.js';

const kenali = lesson('kenali-jualan-online');
const aman = lesson('aman-bertransaksi');
const YEAR = 365 * 24 * 60 * 60 * 1000;

/** The learner turns to `tab`: only the tab in front runs at full speed, as on a phone. */
async function turnTo(tab) {
  await tab.bringToFront();
}

async function openHome(tab) {
  await turnTo(tab);
  await tab.goto('/');
  await expect(tab.locator('.lesson-card').first()).toBeVisible();
}

function status(tab, data) {
  return tab.getByRole('article', { name: data.title }).locator('.status');
}

async function open(tab, data) {
  await tab.getByRole('article', { name: data.title }).getByRole('button').click();
}

/** Back to the lesson list the way a learner goes: the link at the top, no reload. */
async function backHome(tab) {
  await tab.getByRole('link', { name: 'Ke daftar pelajaran' }).first().click();
  await expect(tab.locator('.lesson-card').first()).toBeVisible();
}

const firstQuestion = (data) => data.steps.findIndex((step) => step.kind !== 'explanation');

test('two tabs each move one lesson on: both are kept and each home shows both', async ({ page, otherTab }) => {
  await openHome(page);
  await openHome(otherTab);
  await turnTo(page);
  await open(page, kenali);
  await workThrough(page, kenali, 0, 1);
  // The second tab loaded the record before the first tab moved.
  await turnTo(otherTab);
  await open(otherTab, aman);
  await workThrough(otherTab, aman, 0, 1);

  const record = await storedRecord(page);
  expect(record.lessons[kenali.id].current_step).toBe(1);
  expect(record.lessons[aman.id].current_step).toBe(1);
  for (const tab of [page, otherTab]) {
    await turnTo(tab);
    await backHome(tab);
    await expect(status(tab, kenali)).toHaveText(`Langkah 2 dari ${kenali.steps.length}`);
    await expect(status(tab, aman)).toHaveText(`Langkah 2 dari ${aman.steps.length}`);
  }
});

test('a lesson finished in one tab stays finished after the other tab answers a step', async ({ page, otherTab }) => {
  const question = firstQuestion(aman);
  await openHome(otherTab);
  await open(otherTab, aman);
  await workThrough(otherTab, aman, 0, question);

  await openHome(page);
  await expect(status(page, aman)).toHaveText(`Langkah ${question + 1} dari ${aman.steps.length}`);
  await open(page, aman);
  await workThrough(page, aman, question, aman.steps.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Selamat, pelajaran selesai!');

  // The other tab stays on the step its learner is reading, answers it and moves on.
  await turnTo(otherTab);
  await expect(otherTab.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[question]));
  await answerRight(otherTab, aman.steps[question]);
  await next(otherTab, false);
  await expect(otherTab.getByText(`Langkah ${question + 2} dari ${aman.steps.length}`)).toBeVisible();

  const record = await storedRecord(page);
  expect(record.lessons[aman.id].current_step).toBe(aman.steps.length);
  expect(record.lessons[aman.id].finished_at).toBeGreaterThan(0);
  await turnTo(page);
  await page.getByRole('link', { name: 'Ke daftar pelajaran' }).last().click();
  await turnTo(otherTab);
  await backHome(otherTab);
  for (const tab of [page, otherTab]) await expect(status(tab, aman)).toHaveText('Selesai');
});

test('a reset in one tab is reflected in the other, on its home and in its lesson', async ({ page, otherTab }) => {
  await openHome(page);
  await open(page, kenali);
  await workThrough(page, kenali, 0, 2);
  await openHome(otherTab);
  await expect(status(otherTab, kenali)).toHaveText(`Langkah 3 dari ${kenali.steps.length}`);
  await open(otherTab, aman);
  await workThrough(otherTab, aman, 0, 1);

  await turnTo(page);
  await backHome(page);
  await page.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
  await page.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(status(page, aman)).toHaveText('Belum mulai');

  // The other tab's lesson starts again from its first step, and its home agrees.
  await turnTo(otherTab);
  await expect(otherTab.getByText(`Langkah 1 dari ${aman.steps.length}`)).toBeVisible();
  await expect(otherTab.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[0]));
  await backHome(otherTab);
  await expect(status(otherTab, kenali)).toHaveText('Belum mulai');
  await expect(status(otherTab, aman)).toHaveText('Belum mulai');

  // A step taken after the reset does not bring the forgotten progress back.
  await open(otherTab, aman);
  await workThrough(otherTab, aman, 0, 1);
  expect(Object.keys((await storedRecord(page)).lessons)).toEqual([aman.id]);
  await expect(status(page, kenali)).toHaveText('Belum mulai');
  await expect(status(page, aman)).toHaveText(`Langkah 2 dari ${aman.steps.length}`);
});

test('a newer version of the app in the other tab is never written over, and this tab says to reload', async ({ page, otherTab }) => {
  await openHome(page);
  await open(page, kenali);
  await workThrough(page, kenali, 0, 1);
  const newer = JSON.stringify({ version: 99, lessons: { [kenali.id]: { current_step: 5 } } });
  await otherTab.goto('/');
  await otherTab.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, newer]);

  await turnTo(page);
  await expect(page.getByRole('alert')).toHaveText(/Aplikasi ini sudah diperbarui di tab lain. Muat ulang halaman ini/);
  await workThrough(page, kenali, 1, 2);
  const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(stored).toBe(newer);
  const aside = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), ASIDE_PREFIX);
  expect(aside).toEqual([]);
});

test.describe('a phone clock a year off', () => {
  test.beforeEach(async ({ context }) => {
    // Date.now() as the page's clock gives it, moved by window.__clockShift milliseconds.
    await context.addInitScript(() => {
      const realNow = Date.now.bind(Date);
      window.__clockShift = 0;
      Date.now = () => realNow() + window.__clockShift;
    });
  });
  const setClock = (tab, shift) => tab.evaluate((by) => { window.__clockShift = by; }, shift);

  test('a year back, then a year ahead: the lesson goes on and the time spent stays sane', async ({ page }) => {
    const started = Date.now();
    await openHome(page);
    await setClock(page, -YEAR);
    await open(page, kenali);
    await workThrough(page, kenali, 0, 2);
    await setClock(page, YEAR);
    await workThrough(page, kenali, 2, 3);
    await setClock(page, -YEAR);
    await workThrough(page, kenali, 3, 4);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(kenali.steps[4]));
    await backHome(page);
    await expect(status(page, kenali)).toHaveText(`Langkah 5 dari ${kenali.steps.length}`);

    const spent = (await storedRecord(page)).lessons[kenali.id].active_ms;
    expect(spent).toBeGreaterThanOrEqual(0);
    expect(spent, 'never more than the test took').toBeLessThanOrEqual(Date.now() - started);
  });

  test('two tabs with clocks two years apart learn the same lesson without losing a step', async ({ page, otherTab }) => {
    const started = Date.now();
    await openHome(page);
    await openHome(otherTab);
    await setClock(page, -YEAR);
    await setClock(otherTab, YEAR);
    await turnTo(page);
    await open(page, kenali);
    await workThrough(page, kenali, 0, 2);
    await turnTo(otherTab);
    await open(otherTab, kenali);
    await workThrough(otherTab, kenali, 2, 3);
    // The first tab is still on its own step and goes on from there.
    await turnTo(page);
    await workThrough(page, kenali, 2, 4);
    for (const tab of [page, otherTab]) {
      await turnTo(tab);
      await backHome(tab);
      await expect(status(tab, kenali)).toHaveText(`Langkah 5 dari ${kenali.steps.length}`);
    }
    const spent = (await storedRecord(page)).lessons[kenali.id].active_ms;
    expect(spent).toBeGreaterThanOrEqual(0);
    expect(spent).toBeLessThanOrEqual(Date.now() - started);
  });
});
