import {
  test, expect, lesson, allLessons, heading, openFromHome, workThrough, answerRight, storedRecord, textExamples, arrangeInOrder,
  withoutVerdict,
} from '../learner.js';

const kenali = lesson('kenali-jualan-online');
const aman = lesson('aman-bertransaksi');

test('home lists every lesson as not started', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lapak Latihan');
  await expect(page.locator('.lesson-card h3')).toHaveText(allLessons().map((data) => data.title));
  for (const data of allLessons()) {
    const card = page.getByRole('article', { name: data.title });
    await expect(card).toContainText(data.goal);
    await expect(card.locator('.status')).toHaveText('Belum mulai');
    await expect(card.getByRole('button')).toHaveText('Mulai');
  }
});

test('a learner finishes a whole lesson by tapping and typing', async ({ page }) => {
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, kenali.steps.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Selamat, pelajaran selesai!');
  for (const point of kenali.learned) await expect(page.locator('.learned')).toContainText(point);

  await page.getByRole('link', { name: 'Ke daftar pelajaran' }).last().click();
  const card = page.getByRole('article', { name: kenali.title });
  await expect(card.locator('.status')).toHaveText('Selesai');
  await expect(card.getByRole('button')).toHaveText('Ulangi');
  const record = await storedRecord(page);
  expect(record.lessons['kenali-jualan-online'].finished_at).toBeGreaterThan(0);
});

test('a wrong answer gets its own feedback and keeps the next button shut', async ({ page }) => {
  const at = kenali.steps.findIndex((s) => s.kind === 'choice' && s.options.filter((o) => o.correct).length === 1);
  const step = kenali.steps[at];
  const wrong = step.options.find((o) => !o.correct);
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, at);

  await page.getByRole('button', { name: wrong.text, exact: true }).click();
  await expect(page.locator('.feedback')).toContainText('Belum tepat.');
  await expect(page.locator('.feedback')).toContainText(withoutVerdict(wrong.feedback));
  // The verdict is said once, not again at the start of the reason.
  const said = await page.locator('.feedback').innerText();
  expect(said.split('Belum tepat.').length - 1, said).toBe(1);
  if (step.hint) await expect(page.locator('.feedback')).toContainText(step.hint);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();

  await answerRight(page, step);
  await expect(page.locator('.feedback')).not.toContainText('Belum tepat.');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();
});

test('with several right answers, each ticked option is explained and missed ones counted', async ({ page }) => {
  const at = aman.steps.findIndex((s) => s.kind === 'choice' && s.options.filter((o) => o.correct).length > 1);
  const step = aman.steps[at];
  const right = step.options.filter((o) => o.correct);
  const wrong = step.options.find((o) => !o.correct);
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, at);

  await page.getByLabel(right[0].text, { exact: true }).check();
  await page.getByLabel(wrong.text, { exact: true }).check();
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback).toContainText('Belum tepat.');
  await expect(feedback).toContainText(`Masih ada ${right.length - 1} jawaban benar yang belum dicentang.`);
  // Review P2: each ticked option is coloured in place with its reason under it; the box
  // does not repeat the options' text.
  const ticked = (o) => page.locator('label.option', { has: page.getByLabel(o.text, { exact: true }) });
  await expect(ticked(right[0])).toHaveAttribute('data-verdict', 'right');
  await expect(ticked(wrong)).toHaveAttribute('data-verdict', 'wrong');
  await expect(page.locator('.option-reason[data-verdict="right"]')).toHaveText(`✓ Tepat. ${withoutVerdict(right[0].feedback)}`);
  await expect(page.locator('.option-reason[data-verdict="wrong"]')).toHaveText(`✗ Kurang tepat. ${withoutVerdict(wrong.feedback)}`);
  await expect(feedback).not.toContainText(wrong.text);
  await expect(ticked(right[1])).not.toHaveAttribute('data-verdict', /.*/);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();

  await page.getByLabel(wrong.text, { exact: true }).uncheck();
  await answerRight(page, step);
});

test('a reload in the middle lands on the same step with earlier answers kept', async ({ page }) => {
  const question = aman.steps.findIndex((s) => s.kind !== 'explanation');
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, question + 1);
  const here = question + 1;

  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[here]));
  await expect(page.getByText(`Langkah ${here + 1} dari ${aman.steps.length}`)).toBeVisible();

  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[question]));
  await expect(page.locator('.feedback')).toContainText('Benar!');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();

  // Reading a step again is not going back: the lesson goes on from the furthest step.
  await page.goto('/');
  const card = page.getByRole('article', { name: aman.title });
  await expect(card.locator('.status')).toHaveText(`Langkah ${here + 1} dari ${aman.steps.length}`);
  await card.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(aman.steps[here]));
  await answerRight(page, aman.steps[here]);
});

test('typed answers with emoji and HTML are shown as text and checked', async ({ page }) => {
  const at = aman.steps.findIndex((s) => s.kind === 'text_answer');
  test.skip(at < 0, 'lesson has no typed answer');
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, at);
  const box = page.getByLabel('Jawaban Anda:');
  await box.pressSequentially('<b>oke</b> 😀');
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(page.locator('.feedback')).toContainText('Belum tepat.');
  await expect(page.locator('b')).toHaveCount(0);
  await expect(box).toHaveValue('<b>oke</b> 😀');
});

for (const [data, what] of [[aman, 'reads out the OTP in words'], [kenali, 'gives a reason to doubt']]) {
  test(`a typed answer that ${what} gets its refusal, never praise`, async ({ page }) => {
    const at = data.steps.findIndex((s) => s.kind === 'text_answer');
    const step = data.steps[at];
    const refused = textExamples(step).refuse[0];
    await openFromHome(page, data.title);
    await workThrough(page, data, 0, at);
    await page.getByLabel('Jawaban Anda:').pressSequentially(refused.answer);
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    const feedback = page.locator('.feedback');
    await expect(feedback).toContainText('Belum tepat.');
    const firstReason = await feedback.locator('p').nth(1).innerText();
    expect(firstReason.startsWith(refused.feedback), firstReason).toBe(true);
    await expect(feedback).not.toContainText('Bagus');
    await expect(feedback).not.toContainText(step.feedback_correct);
    await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();
  });
}

test('with one item out of place, the rest count as right and the hint names that item', async ({ page }) => {
  const at = aman.steps.findIndex((s) => s.kind === 'ordering');
  const step = aman.steps[at];
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, at);
  await arrangeInOrder(page, step);
  await page.getByRole('button', { name: `Turunkan: ${step.items[2]}`, exact: true }).click();
  await page.getByRole('button', { name: 'Periksa urutan' }).click();
  const feedback = page.locator('.feedback');
  await expect(feedback).toContainText(`${step.items.length - 1} dari ${step.items.length} sudah di tempat yang benar.`);
  await expect(feedback.locator('.hint')).toContainText(`Pindahkan \u201c${step.items[2]}\u201d ke tepat di bawah \u201c${step.items[1]}\u201d.`);
});

test('tapping the same spot again moves the same item again: the arrow stays under the finger (review P4)', async ({ page }) => {
  const at = aman.steps.findIndex((s) => s.kind === 'ordering');
  const step = aman.steps[at];
  await openFromHome(page, aman.title);
  await workThrough(page, aman, 0, at);
  const last = (await page.locator('.order-text').allInnerTexts()).at(-1);
  const up = page.getByRole('button', { name: `Naikkan: ${last}`, exact: true });
  await up.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  const box = await up.boundingBox();
  const finger = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  for (let taps = 1; taps <= 2; taps += 1) {
    await page.touchscreen.tap(finger.x, finger.y);
    await expect(page.locator('.order-text').nth(step.items.length - 1 - taps)).toHaveText(last);
    // The page follows the row in the next animation frame, after the text has changed.
    await expect.poll(async () => Math.abs((await up.boundingBox()).y - box.y)).toBeLessThan(2);
  }
  const after = await up.boundingBox();
  // Short rows: the arrows sit one above the other, so the text keeps its width.
  const down = await page.getByRole('button', { name: `Turunkan: ${last}`, exact: true }).boundingBox();
  expect(Math.abs(down.x - after.x)).toBeLessThan(2);
  expect(down.y).toBeGreaterThanOrEqual(after.y + after.height);
});

test('an address of a lesson that does not exist says so and leads home', async ({ page }) => {
  for (const path of ['/pelajaran/tidak-ada', '/pelatih/tidak-ada']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Pelajaran ini tidak ditemukan.');
    await page.getByRole('link', { name: 'Ke daftar pelajaran' }).click();
    await expect(page.locator('.lesson-card').first()).toBeVisible();
  }
});
