// The state sweep: with storage holding in turn a kept post, a joined class, a trainer's
// class, a finished lesson, a simulator half done, and all of these together, every screen
// opens and every step of every lesson is walked forwards, back and forwards again, with no
// page error (the `page` fixture fails on any). Lessons and step kinds come from the lesson
// files, so a new lesson or step kind joins the sweep without an edit here.
import { test, expect, allLessons, answerRight, next, openFromHome, storedRecord, STORAGE_KEY, heading } from '../learner.js';

test.describe.configure({ timeout: 600_000 });

const lessons = allLessons();
const firstPost = lessons.find((l) => l.steps.some((s) => s.kind === 'post_builder'));

/** The record from issue 14's report: one kept post, nothing else. */
const KEPT_POST = {
  version: 3, lessons: {},
  kept_posts: [{ caption: 'sambal bawang pedes', channel: 'whatsapp_status', hashtags: '', how_to_order: 'wa aj', photo: { sample: 'sambal-bawang' }, price: '15rb' }],
};

async function startedApp(page) {
  await page.goto('/');
  await expect(page.locator('.lesson-card').first()).toBeVisible();
}

/** Plays the app once per state and keeps what it stored. */
async function recordStates(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const fresh = async () => { await startedApp(page); await page.evaluate(() => localStorage.clear()); await page.reload(); };
  const states = { 'a kept post': KEPT_POST };

  await fresh();
  await page.getByRole('link', { name: 'Kelas saya (untuk pelatih)' }).click();
  await page.getByLabel('Nama kelas').fill('Kelas Sapu Jagat');
  await page.getByRole('button', { name: 'Buat kode kelas' }).click();
  const code = (await page.getByTestId('class-code').innerText()).trim();
  states["a trainer's class"] = await storedRecord(page);

  await fresh();
  await page.goto(`/gabung/${code}`);
  await page.getByLabel('Nama Anda').fill('Bu Tini');
  await page.getByLabel('Nama usaha (boleh dikosongkan)').fill('Kue Tini');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toHaveText(`Berhasil! Anda sekarang ikut kelas dengan kode ${code}.`);
  states['a joined class'] = await storedRecord(page);

  await fresh();
  await openFromHome(page, lessons[0].title);
  for (let index = 0; index < lessons[0].steps.length; index += 1) {
    await answerRight(page, lessons[0].steps[index]);
    await next(page, index + 1 === lessons[0].steps.length);
  }
  await expect(page.locator('.finished')).toBeVisible();
  states['a finished lesson'] = await storedRecord(page);

  await fresh();
  await openFromHome(page, firstPost.title);
  const builderAt = firstPost.steps.findIndex((s) => s.kind === 'post_builder');
  for (let index = 0; index < builderAt; index += 1) {
    await answerRight(page, firstPost.steps[index]);
    await next(page, false);
  }
  await page.getByLabel('Tulisan postingan').pressSequentially('Keripik singkong pedas');
  await expect.poll(async () => JSON.stringify((await storedRecord(page)).lessons[firstPost.id]?.answers ?? {}))
    .toContain('Keripik singkong pedas');
  states['a simulator half done'] = await storedRecord(page);
  await context.close();

  const all = { version: 3, lessons: {} };
  for (const state of Object.values(states)) {
    for (const [key, value] of Object.entries(state)) {
      if (key === 'lessons') Object.assign(all.lessons, value);
      else if (Array.isArray(value)) all[key] = [...(all[key] ?? []), ...value];
      else all[key] = value;
    }
  }
  states['all of these together'] = all;
  return { states, code };
}

let recorded;
test.beforeAll(async ({ browser }) => { recorded = await recordStates(browser); });

const stateNames = ['a kept post', 'a joined class', "a trainer's class", 'a finished lesson', 'a simulator half done', 'all of these together'];

for (const name of stateNames) {
  test(`with ${name} stored, every screen opens and every step is walked both ways`, async ({ page }) => {
    const { states, code } = recorded;
    await startedApp(page);
    await page.evaluate(([key, value]) => localStorage.setItem(key, JSON.stringify(value)), [STORAGE_KEY, states[name]]);

    const routes = ['/', '/gabung', `/gabung/${code}`, '/kartu', '/sertifikat', '/kelas', `/kelas/${code}`,
      ...lessons.flatMap((l) => [`/pelajaran/${l.id}`, `/pelatih/${l.id}`])];
    for (const route of routes) {
      await page.goto(route);
      await expect(page.locator('main h1, main h2').first(), route).toBeVisible();
      await expect(page.locator('#crash'), route).toHaveCount(0);
    }

    for (const data of lessons) {
      await openFromHome(page, data.title);
      const total = data.steps.length;
      const onStep = async (index) => {
        await expect(page.getByText(`Langkah ${index + 1} dari ${total}`)).toBeVisible();
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading(data.steps[index]));
      };
      // A lesson seeded part-way opens where it stopped: walk back to its first step.
      for (let back = await currentIndex(page, total); back > 0; back -= 1) {
        await page.getByRole('button', { name: 'Kembali', exact: true }).click();
        await onStep(back - 1);
      }
      for (let index = 0; index + 1 < total; index += 1) {
        await onStep(index);
        await answerRight(page, data.steps[index]);
        await next(page, false);
      }
      for (let index = total - 1; index > 0; index -= 1) {
        await onStep(index);
        await page.getByRole('button', { name: 'Kembali', exact: true }).click();
      }
      for (let index = 0; index < total; index += 1) {
        await onStep(index);
        if (index + 1 === total) await answerRight(page, data.steps[index]);
        await next(page, index + 1 === total);
      }
      await expect(page.locator('.finished')).toBeVisible();
      await page.getByRole('link', { name: '← Ke daftar pelajaran' }).or(page.getByRole('link', { name: 'Ke daftar pelajaran' })).first().click();
      await expect(page.locator('.lesson-card').first()).toBeVisible();
    }
    await expect(page.locator('#crash')).toHaveCount(0);
  });
}

/** The step index on screen, from "Langkah N dari M". */
async function currentIndex(page, total) {
  const text = await page.locator('.step-count').innerText();
  const match = text.match(new RegExp(`^Langkah (\\d+) dari ${total}$`));
  expect(match, `step count "${text}"`).not.toBeNull();
  return Number(match[1]) - 1;
}
