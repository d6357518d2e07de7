import {
  test, expect, lesson, heading, storedRecord, workThrough, withoutVerdict,
} from '../learner.js';

const aman = lesson('aman-bertransaksi');
const kenali = lesson('kenali-jualan-online');

test('a trainer shows a lesson to the class, reveals answers on a tap, and records nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: `Mode Pelatih: ${kenali.title}` }).click();
  await expect(page.getByText('Mode Pelatih · Kenali Jualan Online')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(kenali.steps[0].title);

  const at = kenali.steps.findIndex((s) => s.kind === 'choice');
  const step = kenali.steps[at];
  for (let i = 0; i < at; i += 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByText(`Langkah ${at + 1} dari ${kenali.steps.length}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(step.question);
  const wrong = step.options.find((o) => !o.correct);
  await expect(page.getByText(wrong.feedback)).toHaveCount(0);

  await page.getByRole('button', { name: 'Tampilkan jawaban' }).click();
  await expect(page.getByText(withoutVerdict(wrong.feedback))).toBeVisible();
  const right = step.options.filter((o) => o.correct);
  await expect(page.locator('.presenter-options li[data-right="true"]')).toHaveCount(right.length);
  await expect(page.getByRole('button', { name: 'Sembunyikan jawaban' })).toHaveAttribute('aria-expanded', 'true');

  await page.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(kenali.steps[at + 1]));
  await expect(page.getByText(wrong.feedback)).toHaveCount(0);

  const record = await storedRecord(page);
  expect(record?.lessons?.['kenali-jualan-online']).toBeUndefined();
  await page.goto('/');
  await expect(page.getByRole('article', { name: kenali.title }).locator('.status')).toHaveText('Belum mulai');
});

test('the right order of an ordering step is revealed on a tap', async ({ page }) => {
  const at = aman.steps.findIndex((s) => s.kind === 'ordering');
  await page.goto('/pelatih/aman-bertransaksi');
  for (let i = 0; i < at; i += 1) await page.getByRole('button', { name: 'Berikutnya' }).click();
  await page.getByRole('button', { name: 'Tampilkan jawaban' }).click();
  await expect(page.locator('.right-order li')).toHaveText(aman.steps[at].items);
});

test('a step\'s note for the trainer shows in Mode Pelatih and never in the learner\'s player', async ({ page }) => {
  const notes = kenali.steps.map((s) => s.trainer_note).filter(Boolean);
  expect(notes.length, 'kenali-jualan-online has notes for the trainer').toBeGreaterThan(0);
  const noteHeading = page.getByText('Catatan untuk pelatih', { exact: true });

  await page.goto('/pelatih/kenali-jualan-online');
  for (const step of kenali.steps) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(step));
    if (step.trainer_note) {
      await expect(noteHeading).toBeVisible();
      // Closed at first, so the class does not read it over the trainer's shoulder.
      await expect(page.getByText(step.trainer_note)).toBeHidden();
      await noteHeading.click();
      await expect(page.getByText(step.trainer_note)).toBeVisible();
    } else {
      await expect(noteHeading).toHaveCount(0);
    }
    await page.getByRole('button', { name: 'Berikutnya' }).click();
  }

  await page.goto('/pelajaran/kenali-jualan-online');
  for (const [index, step] of kenali.steps.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(step));
    await expect(noteHeading).toHaveCount(0);
    for (const note of notes) await expect(page.getByText(note)).toHaveCount(0);
    await workThrough(page, kenali, index, index + 1);
  }
});
