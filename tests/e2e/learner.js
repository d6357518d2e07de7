// How a learner works through a lesson on screen: read the lesson file to know the right
// answers, then tap and type like a person would. Nothing here touches the app's internals.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'smol-toml';
import { test as base, expect } from '@playwright/test';

export { expect };

/** Every test fails if the page throws or logs an error, whatever it asserts itself. */
export const test = base.extend({
  /** Errors a test provokes on purpose, as regular expressions. */
  expectedErrors: [[], { option: true }],
  page: async ({ page, expectedErrors }, use) => {
    const errors = [];
    const note = (text) => { if (!expectedErrors.some((pattern) => pattern.test(text))) errors.push(text); };
    page.on('pageerror', (error) => note(error.message));
    page.on('console', (message) => { if (message.type() === 'error') note(message.text()); });
    await use(page);
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export const STORAGE_KEY = 'lapak-latihan/kemajuan';
export const ASIDE_PREFIX = 'lapak-latihan/kemajuan-rusak-';

const lessonsDir = new URL('../../lessons/', import.meta.url);

/** A lesson file's contents by lesson id; the file name may start with its list number. */
export function lesson(id) {
  const file = readdirSync(lessonsDir).find((name) => name.replace(/^\d+-/, '') === `${id}.toml`);
  const source = readFileSync(new URL(file, lessonsDir), 'utf8');
  return parse(source);
}

export function heading(step) {
  return step.kind === 'explanation' ? step.title : step.question;
}

/** Opens a lesson from the home screen by its title's card button. */
export async function openFromHome(page, title) {
  await page.goto('/');
  const card = page.getByRole('article', { name: title });
  await card.getByRole('button').click();
}

/** A typed answer that meets every rule: one wanted word from each "must contain" rule. */
export function goodTextAnswer(step) {
  const words = step.rules.filter((r) => r.must_contain).map((r) => r.must_contain[0]);
  return `Saya ${words.join(' dan ')}.`;
}

/** Answers the step on screen correctly, checking that the app says so. */
export async function answerRight(page, step) {
  if (step.kind === 'explanation') return;
  if (step.kind === 'choice') {
    const right = step.options.filter((o) => o.correct);
    if (right.length === 1) {
      await page.getByRole('button', { name: right[0].text, exact: true }).click();
    } else {
      for (const option of right) await page.getByLabel(option.text, { exact: true }).check();
      await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    }
  } else if (step.kind === 'ordering') {
    for (let place = 0; place < step.items.length; place += 1) {
      const item = step.items[place];
      const shown = await page.locator('.order-text').allInnerTexts();
      for (let at = shown.indexOf(item); at > place; at -= 1) {
        await page.getByRole('button', { name: `Naikkan: ${item}`, exact: true }).click();
      }
    }
    await page.getByRole('button', { name: 'Periksa urutan' }).click();
  } else if (step.kind === 'text_answer') {
    const box = page.getByLabel('Jawaban Anda:');
    await box.fill('');
    await box.pressSequentially(goodTextAnswer(step));
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  }
  await expect(page.locator('.feedback')).toContainText('Benar!');
}

export async function next(page, isLast) {
  await page.getByRole('button', { name: isLast ? 'Selesai' : 'Lanjut', exact: true }).click();
}

/** Works through steps [from, to) of a lesson, checking each screen on the way. */
export async function workThrough(page, data, from, to) {
  const total = data.steps.length;
  for (let index = from; index < to; index += 1) {
    const step = data.steps[index];
    await expect(page.getByText(`Langkah ${index + 1} dari ${total}`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(step));
    await answerRight(page, step);
    await next(page, index + 1 === total);
  }
}

export async function storedRecord(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}
