// How a learner works through a lesson on screen: read the lesson file to know the right
// answers, then tap and type like a person would. Nothing here touches the app's internals.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'smol-toml';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

export { expect };

/** Collects what `page` throws or logs as an error, leaving out the `expected` patterns. */
function watchErrors(page, expected) {
  const errors = [];
  const note = (text) => { if (!expected.some((pattern) => pattern.test(text))) errors.push(text); };
  page.on('pageerror', (error) => note(error.message));
  page.on('console', (message) => { if (message.type() === 'error') note(message.text()); });
  return errors;
}

/** Every test fails if the page throws or logs an error, whatever it asserts itself. */
export const test = base.extend({
  /** Errors a test provokes on purpose, as regular expressions. */
  expectedErrors: [[], { option: true }],
  page: async ({ page, expectedErrors }, use) => {
    const errors = watchErrors(page, expectedErrors);
    await use(page);
    expect(errors, 'errors in the page').toEqual([]);
  },
  /** A second tab of the same browser, sharing the first one's storage, watched the same way. */
  otherTab: async ({ context, expectedErrors }, use) => {
    const tab = await context.newPage();
    const errors = watchErrors(tab, expectedErrors);
    await use(tab);
    expect(errors, 'errors in the other tab').toEqual([]);
  },
});

export const STORAGE_KEY = 'lapak-latihan/kemajuan';
export const ASIDE_PREFIX = 'lapak-latihan/kemajuan-rusak-';

const lessonsDir = new URL('../../lessons/', import.meta.url);

/** Every lesson file's contents, in the order the app lists them. */
export function allLessons() {
  return readdirSync(lessonsDir).filter((name) => name.endsWith('.toml')).sort()
    .map((name) => parse(readFileSync(new URL(name, lessonsDir), 'utf8')));
}

const registry = new URL('../../src/lesson/kinds.rs', import.meta.url);

/** The simulators' parts: the step kinds that the registry of step kinds
 *  (src/lesson/kinds.rs) shows in a part of their own (`shown: own_part`). */
export function simulatorParts() {
  const rows = readFileSync(registry, 'utf8').matchAll(/^\s*(\w+): \w+\(\w+\),[^;]*?shown: own_part;/gm);
  return [...rows].map((row) => row[1]);
}

/** A lesson file's contents by lesson id; the file name may start with its list number. */
export function lesson(id) {
  const file = readdirSync(lessonsDir).find((name) => name.replace(/^\d+-/, '') === `${id}.toml`);
  const source = readFileSync(new URL(file, lessonsDir), 'utf8');
  return parse(source);
}

/** An option's feedback as shown: its opening verdict is the box's, said once. */
export function withoutVerdict(feedback) {
  return feedback.replace(/^(Betul\.|Benar\.|Belum tepat\.|Belum\.)\s+(?=\S)/, '');
}

export function heading(step) {
  return step.question ?? step.title;
}

/** A post that walks through every AIDAS stage, as a careful learner would write it. */
export const GOOD_POST = {
  caption: 'Keripik singkong pedas Bu Sari, renyah dan gurih, isi 250 gram.',
  price: 'Rp15.000',
  order: 'Pesan lewat WA 0812-3456-7890. Pesanan dikirim hari ini, bisa tukar kalau rusak.',
  hashtags: '#keripiksingkong #oleholeh',
};

export const CHANNELS = {
  whatsapp_status: 'Status WhatsApp',
  whatsapp_group: 'Pesan di grup WhatsApp',
  instagram_feed: 'Postingan Instagram',
  facebook_post: 'Postingan Facebook',
};

/** Builds a whole post on the post-builder screen, typing like a learner. */
export async function buildPost(page, { channel, post = GOOD_POST }) {
  if (channel) await page.getByRole('button', { name: CHANNELS[channel], exact: true }).click();
  await page.getByRole('button', { name: 'Keripik singkong dalam kemasan' }).click();
  await type(page.getByLabel('Tulisan postingan'), post.caption);
  await type(page.getByLabel('Harga', { exact: true }), post.price);
  await type(page.getByLabel('Cara pesan'), post.order);
  if (['instagram_feed', 'facebook_post'].includes(channel)) await type(page.getByLabel('Tagar (#)'), post.hashtags);
}

async function type(box, text) {
  await box.fill('');
  await box.pressSequentially(text);
}

/** A title a learner would write for the searches that matter: their words, once each. */
export function goodListingTitle(step) {
  const words = [...new Set(step.searches.flatMap((s) => s.split(/\s+/)))];
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/** Opens a lesson from the home screen by its title's card button. */
export async function openFromHome(page, title) {
  await page.goto('/');
  const card = page.getByRole('article', { name: title });
  await card.getByRole('button').click();
}

/** The shared written replies some text steps name with `situation`. */
function situation(id) {
  const data = parse(readFileSync(new URL('data/balasan.toml', lessonsDir), 'utf8'));
  return data.situations.find((s) => s.id === id);
}

/** A text step's example answers, from its lesson file or its shared situation. */
export function textExamples(step) {
  const { accept, refuse } = step.situation ? situation(step.situation) : step;
  return { accept, refuse };
}

/** A typed answer the lesson file lists as one to accept. */
export function goodTextAnswer(step) {
  return textExamples(step).accept[0];
}

/** On the checkout practice: puts `quantity` of a variant in the cart and walks to the
 * payment screen, sending to `city` by Kancil Kirim Reguler. */
export async function fillCart(page, { variant = 'Level 3, 250 g', quantity = 2 } = {}) {
  await page.getByRole('button', { name: new RegExp(`^${variant}`) }).click();
  for (let more = 1; more < quantity; more += 1) await page.getByRole('button', { name: 'Tambah', exact: true }).click();
  await page.getByRole('button', { name: 'Masukkan Keranjang' }).click();
  await expect(page.locator('.shop')).toHaveAttribute('data-screen', 'cart');
}

export async function chooseDelivery(page, { city = 'Surabaya' } = {}) {
  await page.getByRole('button', { name: 'Pilih alamat', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(city) }).click();
  await page.getByRole('button', { name: 'Pilih pengiriman', exact: true }).click();
  await page.getByRole('button', { name: /^Kancil Kirim Reguler/ }).click();
  await page.getByRole('button', { name: 'Lihat rincian harga', exact: true }).click();
  await expect(page.locator('.shop')).toHaveAttribute('data-screen', 'summary');
}

/** From the price list: picks a method (and a bank), places the order and pays. */
export async function payWith(page, { method = 'QRIS', bank } = {}) {
  await page.getByRole('button', { name: 'Pilih cara bayar', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^${method.replace(/[()]/g, '\\$&')}`) }).click();
  if (bank) await page.getByRole('button', { name: bank, exact: true }).click();
  await page.getByRole('button', { name: 'Buat Pesanan', exact: true }).click();
  await expect(page.locator('.shop')).toHaveAttribute('data-screen', 'pay');
}

export async function confirmPaid(page) {
  await page.getByRole('button', { name: 'Saya sudah bayar', exact: true }).click();
  await expect(page.locator('.shop')).toHaveAttribute('data-screen', 'paid');
  await expect(page.getByText('Pembayaran diterima')).toBeVisible();
}

export const DECISIONS = {
  checkApp: 'Cek status pesanan di aplikasi dulu. Kirim hanya kalau tertulis Dibayar',
  shipNow: 'Langsung kirim barangnya',
  decline: 'Tolak dengan sopan, minta bayar lewat aplikasi',
};

/** On the seller practice: confirm, pack and ship the incoming order; the app makes the resi. */
export async function shipOrder(page) {
  await page.getByRole('button', { name: 'Terima pesanan', exact: true }).click();
  await page.getByRole('button', { name: 'Sudah dikemas', exact: true }).click();
  await page.getByRole('button', { name: 'Atur Pengiriman', exact: true }).click();
}

/** On an ordering step: moves the items with the arrow buttons into the file's (right) order. */
/** The cash book's three choices, by their names in lesson files. */
export const CASH_KINDS = {
  usaha_masuk: 'Uang masuk usaha',
  usaha_keluar: 'Uang keluar usaha',
  rumah_tangga: 'Keperluan rumah',
};

/** Records one event of the cash book week by tapping where it goes. */
export async function recordEvent(page, text, kind) {
  await page.getByRole('article', { name: text, exact: true }).getByRole('button', { name: kind }).click();
}

export async function arrangeInOrder(page, step) {
  for (let place = 0; place < step.items.length; place += 1) {
    const item = step.items[place];
    const shown = await page.locator('.order-text').allInnerTexts();
    for (let at = shown.indexOf(item); at > place; at -= 1) {
      await page.getByRole('button', { name: `Naikkan: ${item}`, exact: true }).click();
    }
  }
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
    await arrangeInOrder(page, step);
    await page.getByRole('button', { name: 'Periksa urutan' }).click();
  } else if (step.kind === 'post_builder') {
    await buildPost(page, { channel: step.channel ? null : 'instagram_feed' });
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'keyword_lab') {
    await type(page.getByLabel('Judul barang'), goodListingTitle(step));
    await type(page.getByLabel('Deskripsi'), `${step.product}. ${step.searches.join(', ')}.`);
    await expect(page.locator('.search-card[data-reached="false"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'checkout') {
    await fillCart(page);
    await chooseDelivery(page);
    await payWith(page, { method: 'QRIS' });
    await confirmPaid(page);
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'seller_orders') {
    await shipOrder(page);
    await expect(page.locator('.order-card')).toHaveAttribute('data-status', 'shipped');
    await page.getByLabel('Balasan Anda').fill('Halo Kak, level 3 cukup pedas. Untuk anak, ambil Level 0 saja ya.');
    await page.getByRole('button', { name: 'Kirim balasan' }).click();
    await page.getByRole('article', { name: 'Pak Darto' }).getByRole('button', { name: DECISIONS.checkApp }).click();
    await page.getByRole('article', { name: 'Mbak Sinta' }).getByRole('button', { name: DECISIONS.decline }).click();
    await expect(page.locator('.chat-card .feedback')).toHaveText(Array(3).fill(/Benar!/));
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'price_calculator') {
    // Prices still empty: each channel's card suggests the lowest price that keeps the margin.
    for (const channel of step.channels) {
      await page.getByRole('article', { name: channel.name }).getByRole('button', { name: 'Pakai harga ini' }).click();
    }
    await expect(page.locator('.channel-card[data-reaches="false"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'cash_book') {
    for (const event of step.events) await recordEvent(page, event.text, CASH_KINDS[event.kind]);
    await expect(page.locator('.week-summary')).toBeVisible();
    await expect(page.getByRole('button', { name: /^(Lanjut|Selesai)$/ })).toBeEnabled();
    return;
  } else if (step.kind === 'text_answer') {
    const box = page.getByLabel('Jawaban Anda:');
    await box.fill('');
    await box.pressSequentially(goodTextAnswer(step));
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  } else {
    throw new Error(`tests/e2e/learner.js cannot answer a "${step.kind}" step yet: add it to answerRight`);
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

/** Runs axe (WCAG 2 A and AA rules: labels, names, contrast, structure) on the screen as it is. */
export async function expectAccessible(page, where) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = violations.map((v) => `${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(found, 'accessibility problems').toEqual([]);
}

/** No sideways scrolling, touch targets of 48 px or more, body text of 16 px or more. */
export async function expectPhoneFit(page) {
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
