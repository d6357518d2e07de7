// Issue 26: what the usability review found teaching the wrong thing, tried as a learner.
import {
  test, expect, lesson, openFromHome, workThrough, fillCart, chooseDelivery, payWith,
} from '../learner.js';
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const kata = lesson('memilih-kata-kunci');
const labAt = kata.steps.findIndex((s) => s.kind === 'keyword_lab' && /singkong/i.test(s.product));
const checkout = lesson('simulasi-checkout');
const buyAt = checkout.steps.findIndex((s) => s.kind === 'checkout');
const { product_words: productWords } = parse(
  readFileSync(new URL('../../../lessons/data/pencarian.toml', import.meta.url), 'utf8'),
);

function positionOf(text) {
  const match = text.match(/urutan ([\d.]+) dari/);
  return match ? Number(match[1].replace(/\./g, '')) : Infinity;
}

test('keyword lab: a keripik singkong title is offered no other product, and another product in the title is flagged and explained', async ({ page }) => {
  const sold = kata.steps[labAt].product.toLowerCase();
  const others = productWords.filter((word) => !sold.includes(word));
  expect(others).toContain('pisang');

  await openFromHome(page, kata.title);
  await workThrough(page, kata, 0, labAt);
  const title = page.getByLabel('Judul barang');
  await title.fill('Keripik Singkong Pedas');
  const ideas = page.locator('.suggestions li');
  await expect(ideas.first()).toBeVisible();
  for (const idea of await ideas.allInnerTexts()) {
    const word = idea.match(/^"([^"]+)"/)[1];
    expect(others, `suggested "${word}"`).not.toContain(word);
  }
  const card = page.locator('.search-card').first();
  const honestPlace = positionOf(await card.locator('.position').innerText());
  await expect(page.locator('.title-check')).toBeEmpty();

  await title.fill('Keripik Singkong Pedas Pisang');
  await expect(page.locator('.title-check')).toHaveText(
    '"pisang" bukan barang Anda: pembeli kecewa dan toko bisa dinilai menipu. Hapus dari judul.',
  );
  await expect(card).toContainText('"pisang" bukan barang Anda');
  await expect(card).toContainText(`Tanpa kata itu, barang Anda di urutan ${honestPlace}.`);
  expect(positionOf(await card.locator('.position').innerText())).toBeGreaterThan(honestPlace);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();
});

test('a COD purchase never shows "Dibayar" before delivery', async ({ page }) => {
  await openFromHome(page, checkout.title);
  await workThrough(page, checkout, 0, buyAt);
  await fillCart(page);
  await chooseDelivery(page);
  await payWith(page, { method: 'Bayar di tempat (COD)' });
  await expect(page.getByText('Menunggu dikirim · COD: dibayar saat paket sampai')).toBeVisible();
  await expect(page.locator('.shop')).not.toContainText('Dibayar');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();
});

test('"pilih varian dulu" stands right under the button it answers, above the other products (review P6)', async ({ page }) => {
  await openFromHome(page, checkout.title);
  await workThrough(page, checkout, 0, buyAt);
  const add = page.getByRole('button', { name: 'Masukkan Keranjang' });
  await add.click();
  const message = page.locator('.shop-message');
  await expect(message).toHaveText('Pilih varian dulu: ketuk salah satu pilihan di daftar varian.');
  await expect(message).toHaveCount(1);
  const button = await add.boundingBox();
  const said = await message.boundingBox();
  const others = await page.getByRole('heading', { name: 'Produk lain di toko ini' }).boundingBox();
  expect(said.y).toBeGreaterThanOrEqual(button.y + button.height);
  expect(said.y + said.height).toBeLessThanOrEqual(others.y);
});

test('the last step names its Selesai button', async ({ page }) => {
  const kenali = lesson('kenali-jualan-online');
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, kenali.steps.length - 1);
  await expect(page.locator('.why-wait')).toHaveText('Jawab dengan benar dulu, lalu tombol Selesai bisa ditekan.');
});

test('a long question tells its story in normal weight and asks in bold (review P3)', async ({ page }) => {
  const kenali = lesson('kenali-jualan-online');
  const at = kenali.steps.findIndex((s) => (s.question ?? '').split(/[.?!] /).length >= 3);
  expect(at, 'a question with a story before it').toBeGreaterThan(-1);
  await openFromHome(page, kenali.title);
  await workThrough(page, kenali, 0, at);
  const question = kenali.steps[at].question;
  const ask = question.slice(question.lastIndexOf('. ', question.indexOf('?')) + 2);
  const h2 = page.getByRole('heading', { level: 2 });
  await expect(h2.locator('.ask')).toHaveText(ask);
  await expect(h2.locator('.scenario')).toHaveText(question.slice(0, question.length - ask.length).trim());
  const weight = (part) => h2.locator(part).evaluate((el) => Number(getComputedStyle(el).fontWeight));
  expect(await weight('.scenario')).toBeLessThan(500);
  expect(await weight('.ask')).toBeGreaterThanOrEqual(600);
});

test('every class screen leads back to the lessons, as an installed app has no back button (review C13)', async ({ page }) => {
  for (const path of ['/gabung', '/kartu', '/sertifikat', '/kelas', '/kelas/ABCDEF']) {
    await page.goto(path);
    await page.getByRole('link', { name: '← Ke daftar pelajaran' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Gabung kelas' })).toBeVisible();
  }
});
