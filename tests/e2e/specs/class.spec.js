// A class of phones with no server: the trainer starts a class, learners join and send
// progress codes, the trainer pastes the chat, reads the report and downloads the CSV.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { test, expect, lesson, allLessons, openFromHome, workThrough, answerRight, next, heading, expectAccessible, expectPhoneFit, simulatorParts } from '../learner.js';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'id-ID' };
const kenali = lesson('kenali-jualan-online');
const evaluation = parse(readFileSync(new URL('../../../lessons/data/evaluasi.toml', import.meta.url), 'utf8'));

/** Rows of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  expect(field, 'the last row ends with a line break').toBe('');
  return rows;
}

/** A second phone, failing the test on any page error like the `page` fixture does. */
async function phone(browser, errors) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return page;
}

async function startClass(page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Kelas saya (untuk pelatih)' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kelas saya');
  await page.getByLabel('Nama kelas').fill('Pelatihan Jualan Online Desa Sukamaju');
  await page.getByLabel('Tempat').fill('Balai Desa Sukamaju');
  await page.getByLabel('Tanggal').fill('2026-12-02');
  await page.getByLabel('Nama pelatih').fill('Bu Ratna');
  // Review P13: the trainer's number, so "Kirim ke pelatih" opens her chat.
  await page.getByLabel('Nomor WhatsApp pelatih').fill('0812 345');
  await page.getByRole('button', { name: 'Buat kode kelas' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Nomor WhatsApp belum lengkap/);
  await page.getByLabel('Nomor WhatsApp pelatih').fill('0812-3456-7890');
  await page.getByRole('button', { name: 'Buat kode kelas' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Pelatihan Jualan Online Desa Sukamaju');
  await expect(page.getByRole('img', { name: 'Kode QR untuk bergabung ke kelas' })).toBeVisible();
  return (await page.getByTestId('class-code').innerText()).trim();
}

/** The join link in the WhatsApp message the trainer's class page shares. */
async function joinLink(page) {
  const share = await page.getByRole('link', { name: 'Bagikan kode kelas lewat WhatsApp' }).getAttribute('href');
  return decodeURIComponent(share).match(/http:\/\/\S+\/gabung\/\S+/)[0];
}

async function joinPath(page) {
  const link = new URL(await joinLink(page));
  return link.pathname + link.search;
}

/** Lesson 1 with the first one-answer question missed once, then the rest right. */
async function finishLessonOneMissingAQuestion(page) {
  const at = kenali.steps.findIndex((s) => s.kind === 'choice' && s.options.filter((o) => o.correct).length === 1);
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, at);
  const wrong = kenali.steps[at].options.find((o) => !o.correct);
  await page.getByRole('button', { name: wrong.text, exact: true }).click();
  await expect(page.locator('.feedback')).toContainText('Belum tepat.');
  await answerRight(page, kenali.steps[at]);
  await next(page, at + 1 === kenali.steps.length);
  await workThrough(page, kenali, at + 1, kenali.steps.length);
  await page.getByRole('link', { name: 'Ke daftar pelajaran' }).last().click();
  return heading(kenali.steps[at]);
}

/** `chat`: the WhatsApp number "Kirim ke pelatih" opens, or '' for a chat the learner picks. */
async function answerEvaluationAndReadCode(page, choices, chat = '') {
  await page.getByRole('link', { name: 'Kartu kemajuan' }).click();
  // Review P11: the send button comes first; the evaluation waits, folded, for the course's end.
  const send = page.getByRole('link', { name: 'Kirim ke pelatih lewat WhatsApp' });
  const fold = page.locator('details.evaluation-fold');
  expect((await send.boundingBox()).y).toBeLessThan((await fold.boundingBox()).y);
  await expect(fold).not.toHaveAttribute('open', '');
  await fold.locator('summary').click();
  for (const [index, option] of choices.entries()) {
    const question = evaluation.questions[index];
    await page.getByRole('group', { name: question.question }).getByLabel(question.options[option], { exact: true }).check();
  }
  const code = (await page.getByTestId('progress-code').innerText()).trim();
  expect(code).toMatch(/^LL2-[0-9A-Z-]+$/);
  const share = await page.getByRole('link', { name: 'Kirim ke pelatih lewat WhatsApp' }).getAttribute('href');
  expect(share.startsWith(`https://wa.me/${chat}?text=`)).toBe(true);
  expect(decodeURIComponent(share)).toContain(code);
  return code;
}

test('a trainer collects two learners\' progress from a pasted chat and downloads the report', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const errors = [];
  const code = await startClass(page);
  expect(code).toMatch(/^[0-9A-Z]{6}$/);

  // Sari types the code by hand, in small letters.
  const sari = await phone(browser, errors);
  await sari.goto('/');
  await sari.getByRole('link', { name: 'Gabung kelas' }).click();
  await sari.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)').fill(code.toLowerCase());
  await sari.getByLabel('Nama Anda').fill('Sari Wulandari');
  await sari.getByLabel('Nama usaha (boleh dikosongkan)').fill('Keripik "Renyah", Sukamaju 😊');
  await sari.getByRole('button', { name: 'Simpan' }).click();
  // Review P8: a typed code is all her phone knows of the class, and the message says so.
  await expect(sari.getByRole('status')).toHaveText(`Berhasil! Anda sekarang ikut kelas dengan kode ${code}.`);
  await sari.getByRole('link', { name: 'Mulai belajar' }).click();

  // Budi taps the link the trainer shared in the WhatsApp group.
  const budi = await phone(browser, errors);
  await budi.goto(await joinPath(page));
  await expect(budi.getByText('Anda ikut kelas Pelatihan Jualan Online Desa Sukamaju.')).toBeVisible();
  await expect(budi.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)')).toHaveValue(code);
  await budi.getByLabel('Nama Anda').fill('Budi Santoso');
  await budi.getByRole('button', { name: 'Simpan' }).click();
  await expect(budi.getByRole('status')).toHaveText('Berhasil! Anda sekarang ikut Pelatihan Jualan Online Desa Sukamaju.');
  await budi.getByRole('link', { name: 'Mulai belajar' }).click();
  await expect(budi.getByText('Anda ikut kelas Pelatihan Jualan Online Desa Sukamaju.')).toBeVisible();

  const missed = await finishLessonOneMissingAQuestion(sari);
  await finishLessonOneMissingAQuestion(budi);
  const sariCode = await answerEvaluationAndReadCode(sari, [0, 2, 0, 2, 1]);
  // The link carried Bu Ratna's number; Sari's typed code did not.
  const budiCode = await answerEvaluationAndReadCode(budi, [1, 3, 1, 2, 1], '6281234567890');

  const chat = [
    `[02/12/26 10.02] Sari Wulandari: Selamat siang Bu, ini kode saya 🙏`,
    sariCode,
    `[02/12/26 10.04] Budi Santoso: ${budiCode}`,
    `[02/12/26 10.05] Budi Santoso: maaf terkirim dua kali ${budiCode}`,
    `[02/12/26 10.06] Dewi: LL1-7Q2KM-ABCDE-FGHJK-MNPQR`,
  ].join('\n');
  await page.getByLabel('Tempel chat WhatsApp atau kode kemajuan di sini').fill(chat);
  await page.getByRole('button', { name: 'Baca kode' }).click();
  const report = page.locator('.merge-report');
  await expect(report).toContainText('Peserta baru: Sari Wulandari, Budi Santoso.');
  await expect(report).toContainText('1 kode tidak bisa dibaca:');
  await expect(report).toContainText('LL1-7Q2KM-ABCDE-…');
  const roster = page.locator('.roster-entry');
  await expect(roster).toHaveCount(2);
  await expect(roster.nth(0)).toContainText('Budi Santoso');
  await expect(roster.nth(1)).toContainText('Sari Wulandari');
  await expect(roster.nth(1)).toContainText(`Selesai 1 dari ${allLessons().length} pelajaran`);
  const mostMissed = page.locator('.missed li').first();
  await expect(mostMissed).toContainText(missed);
  await expect(mostMissed).toContainText('2 dari 2 peserta salah pada percobaan pertama');
  await expect(page.locator('.evaluation-question').first()).toContainText(`${evaluation.questions[0].options[0]}: 1 orang (50%)`);

  // Pasting the same chat again changes nothing; the roster survives a reload.
  await page.getByLabel('Tempel chat WhatsApp atau kode kemajuan di sini').fill(chat);
  await page.getByRole('button', { name: 'Baca kode' }).click();
  await expect(report).toContainText('2 kode sudah ada atau lebih lama, jadi dilewati.');
  await page.reload();
  await expect(page.locator('.roster-entry')).toHaveCount(2);
  await page.goto('/kelas');
  await expect(page.locator('.class-list li')).toContainText('2 peserta');
  await page.getByRole('link', { name: `Pelatihan Jualan Online Desa Sukamaju (${code})` }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh laporan (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe(`laporan-kelas-${code}.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header.slice(0, 4)).toEqual(['Nama', 'Usaha', 'Pelajaran selesai', `Pelajaran 1: ${kenali.title}`]);
  const byName = Object.fromEntries(rows.map((row) => [row[0], Object.fromEntries(header.map((name, i) => [name, row[i]]))]));
  expect(Object.keys(byName)).toEqual(['Budi Santoso', 'Sari Wulandari']);
  const lessonColumn = `Pelajaran 1: ${kenali.title}`;
  for (const [name, choices] of [['Budi Santoso', [1, 3, 1, 2, 1]], ['Sari Wulandari', [0, 2, 0, 2, 1]]]) {
    const row = byName[name];
    expect(row['Pelajaran selesai']).toBe(`1 dari ${allLessons().length}`);
    expect(row[lessonColumn]).toMatch(/^Selesai \(\d+\/\d+ benar\)$/);
    evaluation.questions.forEach((question, i) => expect(row[question.short]).toBe(question.options[choices[i]]));
    expect(Number(row['Lama belajar (menit)'])).toBeGreaterThanOrEqual(0);
  }
  expect(byName['Sari Wulandari'].Usaha).toBe('Keripik "Renyah", Sukamaju 😊');
  expect(byName['Budi Santoso'].Usaha).toBe('');
  expect(errors).toEqual([]);
});

/** A learner joins through the trainer's link as `name` of `business`. */
async function joinAs(page, trainer, name, business) {
  await page.goto(await joinPath(trainer));
  await page.getByLabel('Nama Anda').fill(name);
  await page.getByLabel('Nama usaha (boleh dikosongkan)').fill(business);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByRole('link', { name: 'Mulai belajar' }).click();
}

/** The progress code and this phone's code, from the progress card. */
async function readCard(page) {
  await page.goto('/kartu');
  const code = (await page.getByTestId('progress-code').innerText()).trim();
  const phone = (await page.getByText(/^Kode HP ini: /).innerText()).replace('Kode HP ini: ', '').trim();
  expect(phone).toMatch(/^[0-9A-Z]{6}$/);
  return { code, phone };
}

async function pasteCodes(trainer, text) {
  await trainer.getByLabel('Tempel chat WhatsApp atau kode kemajuan di sini').fill(text);
  await trainer.getByRole('button', { name: 'Baca kode' }).click();
}

test('two learners with the same name on two phones stay two rows, in the roster and the report', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const errors = [];
  const code = await startClass(page);
  const lessons = allLessons().length;

  // Two participants called Siti Aminah, with the same business name typed differently.
  const siti = await phone(browser, errors);
  await joinAs(siti, page, 'Siti Aminah', 'Keripik Tempe Bu Siti');
  await openFromHome(siti, kenali.title);
  await workThrough(siti, kenali, 0, kenali.steps.length);
  const first = await readCard(siti);
  const namesake = await phone(browser, errors);
  await joinAs(namesake, page, 'SITI AMINAH', 'keripik tempe bu siti');
  const second = await readCard(namesake);
  expect(second.phone).not.toBe(first.phone);

  const report = page.locator('.merge-report');
  await pasteCodes(page, `[02/12/26 10.02] Siti Aminah: ${first.code}`);
  await pasteCodes(page, `[02/12/26 10.09] SITI AMINAH: ${second.code}`);
  await expect(report).toHaveText('Peserta baru: SITI AMINAH.');
  const rows = page.locator('.roster-entry');
  await expect(rows).toHaveCount(2);
  for (const [at, card, finished] of [[0, first, 1], [1, second, 0]]) {
    await expect(rows.nth(at)).toContainText(`Selesai ${finished} dari ${lessons} pelajaran`);
    await expect(rows.nth(at)).toContainText(`Kode HP: ${card.phone}`);
    await expect(rows.nth(at).locator('.row-flag')).toHaveText('nama sama, HP berbeda');
  }
  await expect(page.getByText('Nama sama, HP berbeda: bisa dua orang', { exact: false })).toBeVisible();
  await expectPhoneFit(page);
  await expectAccessible(page, 'roster with two learners of the same name');

  // The first Siti's code again changes nothing; after a reset her phone's new code went
  // less far, so it is reported and her finished lesson stays.
  await pasteCodes(page, first.code);
  await expect(report).toHaveText('1 kode sudah ada atau lebih lama, jadi dilewati.');
  await siti.goto('/');
  await siti.getByRole('button', { name: 'Hapus semua kemajuan' }).click();
  await siti.getByRole('button', { name: 'Ya, hapus' }).click();
  const afterReset = await readCard(siti);
  expect(afterReset.phone).toBe(first.phone);
  await pasteCodes(page, afterReset.code);
  await expect(report).toContainText('tidak dipakai: Siti Aminah.');
  await expect(rows.nth(0)).toContainText(`Selesai 1 dari ${lessons} pelajaran`);
  await page.reload();
  await expect(rows).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh laporan (CSV)' }).click()]);
  const [header, ...csvRows] = parseCsv(readFileSync(await download.path(), 'utf8').slice(1));
  const byColumn = csvRows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  expect(byColumn.map((row) => [row.Nama, row['Pelajaran selesai'], row['Kode HP'], row.Catatan])).toEqual([
    ['Siti Aminah', `1 dari ${lessons}`, first.phone, 'nama sama, HP berbeda'],
    ['SITI AMINAH', `0 dari ${lessons}`, second.phone, 'nama sama, HP berbeda'],
  ]);

  // The trainer learns they are one person after all: merging asks first, and can be called off.
  await rows.nth(1).getByRole('button', { name: 'Gabungkan' }).click();
  await rows.nth(1).getByRole('button', { name: 'Batal' }).click();
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('button', { name: 'Gabungkan' }).click();
  await rows.nth(1).getByRole('button', { name: new RegExp(`Kode HP: ${first.phone}`) }).click();
  await expect(rows.nth(1).getByRole('alertdialog')).toContainText('Gabungkan SITI AMINAH dan Siti Aminah');
  await expectPhoneFit(page);
  await expectAccessible(page, 'merge question');
  await rows.nth(1).getByRole('button', { name: 'Ya, gabungkan' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`Selesai 1 dari ${lessons} pelajaran`);
  await expect(rows.first()).toContainText(`Kode HP: ${second.phone}, ${first.phone}`);
  await expect(rows.first().locator('.row-flag')).toHaveCount(0);
  await pasteCodes(page, `${first.code}\n${second.code}`);
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole('button', { name: 'Hapus' }).click();
  await expect(rows.first().getByRole('alertdialog')).toContainText('Hapus Siti Aminah dari daftar kelas ini?');
  await rows.first().getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Siti Aminah sudah dihapus dari daftar.')).toBeVisible();
  await expect(page.getByText('Belum ada peserta.', { exact: false })).toBeVisible();
  await page.goto('/kelas');
  await expect(page.locator('.class-list li')).toContainText('0 peserta');
  expect(errors).toEqual([]);
  expect(code).toMatch(/^[0-9A-Z]{6}$/);
});

test('a learner who finished every lesson prints a certificate the trainer can match', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const errors = [];
  await startClass(page);
  const learner = await phone(browser, errors);
  await learner.goto(await joinPath(page));
  await learner.getByLabel('Nama Anda').fill('Rahmat Hidayat');
  await learner.getByLabel('Nama usaha (boleh dikosongkan)').fill('Sambal Bu Ijah');
  await learner.getByRole('button', { name: 'Simpan' }).click();
  await learner.getByRole('link', { name: 'Mulai belajar' }).click();

  await learner.getByRole('link', { name: 'Lihat sertifikat' }).click();
  await expect(learner.getByText('Sertifikat muncul setelah semua pelajaran selesai.', { exact: false })).toBeVisible();
  await learner.getByRole('link', { name: 'Ke daftar pelajaran' }).click();

  for (const data of allLessons()) {
    await openFromHome(learner, data.title);
    await workThrough(learner, data, 0, data.steps.length);
    await learner.getByRole('link', { name: 'Ke daftar pelajaran' }).last().click();
  }
  await expect(learner.getByText('Selamat! Semua pelajaran selesai. Sertifikat Anda sudah siap.')).toBeVisible();
  await learner.getByRole('link', { name: 'Lihat sertifikat' }).click();
  const certificate = learner.getByRole('article', { name: 'Sertifikat Pelatihan Jualan Online' });
  await expect(certificate).toContainText('Rahmat Hidayat');
  await expect(certificate).toContainText('Sambal Bu Ijah');
  for (const data of allLessons()) await expect(certificate).toContainText(data.title);
  await expect(certificate).toContainText('Pelatihan Jualan Online Desa Sukamaju');
  await expect(certificate).toContainText('Bu Ratna');
  const checkCode = (await certificate.locator('.certificate-code').innerText()).trim();
  expect(checkCode).toMatch(/^[0-9A-Z]{5}$/);

  // Printing: the browser's print dialog opens, and on paper only the certificate shows.
  await learner.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await learner.getByRole('button', { name: 'Cetak atau simpan sebagai PDF' }).click();
  expect(await learner.evaluate(() => window.printed)).toBe(1);
  await learner.emulateMedia({ media: 'print' });
  await expect(certificate).toBeVisible();
  await expect(learner.getByRole('button', { name: 'Cetak atau simpan sebagai PDF' })).toBeHidden();
  await learner.emulateMedia({ media: 'screen' });

  // Her card says what she finished, never a score; the first tries are the trainer's (the
  // roster below lists no missed question, however many edits a practice screen took).
  await learner.goto('/kartu');
  await expect(learner.locator('details.evaluation-fold'), 'the course is done: the evaluation is open').toHaveAttribute('open', '');
  const simulators = simulatorParts();
  for (const [at, data] of allLessons().entries()) {
    const practices = data.steps.filter((step) => simulators.includes(step.kind)).length;
    const questions = data.steps.filter((step) => step.kind !== 'explanation').length - practices;
    const line = `Selesai \u2713, ${questions} soal dijawab` + (practices ? `, ${practices} dari ${practices} praktik selesai` : '');
    await expect(learner.locator('.lesson-results li').nth(at)).toContainText(line);
  }
  const progressCode = (await learner.getByTestId('progress-code').innerText()).trim();
  await page.getByLabel('Tempel chat WhatsApp atau kode kemajuan di sini').fill(progressCode);
  await page.getByRole('button', { name: 'Baca kode' }).click();
  await expect(page.locator('.roster-entry')).toContainText(`Kode periksa: ${checkCode}`);
  await expect(page.locator('.missed')).toHaveCount(0);
  await expect(page.getByText('Belum ada soal yang salah.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('joining explains a mistyped code and a missing name', async ({ page }) => {
  const code = await startClass(page);
  await page.goto('/gabung');
  const typo = code.slice(0, 2) + (code[2] === 'X' ? 'Y' : 'X') + code.slice(3);
  await page.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)').fill(typo);
  await page.getByLabel('Nama Anda').fill('Ani');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Kode ini sepertinya salah ketik. Cocokkan lagi dengan kode dari pelatih.')).toBeVisible();
  await page.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)').fill(code);
  await page.getByLabel('Nama Anda').fill('   ');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Tulis nama Anda dulu.')).toBeVisible();
  await page.getByLabel('Nama Anda').fill('<b>Ani</b> 🌶️');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('Berhasil!');
  await page.goto('/kartu');
  await expect(page.locator('.learner-name')).toContainText('<b>Ani</b> 🌶️');
});

test('a QR photo fills in the class where the phone can read QR codes', async ({ page }) => {
  const code = await startClass(page);
  const link = await joinLink(page);
  // Headless Chromium has no BarcodeDetector; a phone's Chrome does. This one reads the link.
  await page.addInitScript((text) => {
    window.BarcodeDetector = class { async detect() { return [{ rawValue: text }]; } };
  }, link);
  await page.goto('/gabung');
  await page.getByText('Pindai kode QR dengan kamera').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') });
  await expect(page.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)')).toHaveValue(code);
  await expect(page.getByText('Anda ikut kelas Pelatihan Jualan Online Desa Sukamaju.')).toBeVisible();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every class screen fits, with big touch targets, and passes the accessibility rules', async ({ page }) => {
    const check = async (where) => { await expectPhoneFit(page); await expectAccessible(page, where); };
    const code = await startClass(page);
    await check('class page, empty roster');
    await page.goto('/kelas');
    await expect(page.locator('.class-list li')).toHaveCount(1);
    await check('classes');
    await page.goto('/gabung');
    await page.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)').fill('SALAH');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await check('join with a problem shown');
    await page.getByLabel('Kode kelas (6 huruf dan angka dari pelatih)').fill(code);
    await page.getByLabel('Nama Anda').fill('Nyoman Sudarsana Wirawan Putra Kusuma');
    await page.getByLabel('Nama usaha (boleh dikosongkan)').fill('Kerajinan Anyaman Bambu dan Rotan Sukamaju Sejahtera');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await check('joined');
    await page.goto('/kartu');
    await check('progress card');
    await page.goto('/sertifikat');
    await check('certificate not yet earned');
    await page.goto('/');
    await check('home with a class');
    await page.goto('/kartu');
    const progress = (await page.getByTestId('progress-code').innerText()).trim();
    await page.goto(`/kelas/${code}`);
    await page.getByLabel('Tempel chat WhatsApp atau kode kemajuan di sini').fill(`${progress}\nLL1-ABCDEFGHJKMNPQRSTVWXYZ0123456789`);
    await page.getByRole('button', { name: 'Baca kode' }).click();
    await expect(page.locator('.roster-entry')).toHaveCount(1);
    await check('class page with a learner and an unreadable code');
  });
});
