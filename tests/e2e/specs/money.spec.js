// Lesson 6: the price calculator and the cash book week, at a phone's size.
import {
  test, expect, lesson, openFromHome, workThrough, storedRecord,
  expectAccessible, expectPhoneFit, recordEvent, CASH_KINDS,
} from '../learner.js';

const money = lesson('hitung-harga-dan-untung');
const priceAt = money.steps.findIndex((s) => s.kind === 'price_calculator');
const bookAt = money.steps.findIndex((s) => s.kind === 'cash_book');

async function openStep(page, index) {
  await openFromHome(page, money.title);
  await workThrough(page, money, 0, index);
}

function card(page, name) {
  return page.getByRole('article', { name });
}

async function typePrice(page, channel, text) {
  const box = card(page, channel).getByLabel('Harga jual satu bungkus');
  await box.fill('');
  await box.pressSequentially(text);
}

const WHATSAPP = 'WhatsApp, bayar transfer atau QRIS';
const COD = 'WhatsApp, bayar di tempat (COD)';
const MARKET = 'Pasar Latihan (marketplace)';

test('a price that earns on WhatsApp loses on the marketplace until it is fixed', async ({ page }) => {
  await openStep(page, priceAt);
  const next = page.getByRole('button', { name: 'Lanjut', exact: true });
  await expect(next).toBeDisabled();
  // Seven costs of one batch, her own wage counted: Rp400.000 for 20 packs.
  await expect(page.locator('.hpp')).toHaveText('Modal satu bungkus (HPP, harga pokok): Rp400.000 ÷ 20 bungkus = Rp20.000.');

  for (const channel of [WHATSAPP, COD, MARKET]) await typePrice(page, channel, '25rb');
  await expect(card(page, WHATSAPP)).toHaveAttribute('data-reaches', 'true');
  await expect(card(page, WHATSAPP).locator('.profit')).toHaveText('Untung per bungkus: Rp5.000 (20% dari harga)');
  await expect(card(page, WHATSAPP)).toContainText('Biaya QRIS: Rp0, gratis sampai Rp500.000');
  await expect(card(page, WHATSAPP)).toContainText('Untung sebulan (120 bungkus): Rp600.000');
  await expect(card(page, WHATSAPP)).toContainText('balik modal setelah 70 bungkus');

  // The same price on the marketplace: voucher, three fees and shipping turn it into a loss.
  const market = card(page, MARKET);
  await expect(market).toHaveAttribute('data-reaches', 'false');
  await expect(market.locator('.breakdown li')).toHaveText([
    'Harga jual satu bungkus: Rp25.000',
    'Voucher dari toko Anda: −Rp1.000',
    'Biaya admin (8%): −Rp1.920',
    'Biaya layanan pembayaran (1,8%): −Rp432',
    'Program gratis ongkos kirim (4%): −Rp960',
    'Ongkos kirim yang Anda tanggung: −Rp2.000',
    'Modal satu bungkus: −Rp20.000',
  ]);
  await expect(market.locator('.profit')).toHaveText('Rugi per bungkus: Rp1.312');
  await expect(market).toContainText('Rugi sebulan (120 bungkus): Rp157.440');
  await expect(market).toContainText('tidak akan balik modal');
  await expect(market.locator('.suggestion')).toHaveText('Harga terendah untuk untung 20%: Rp35.000');
  await expect(next).toBeDisabled();

  // Her own wage left out, the loss hides: the marketplace seems to earn.
  await page.getByLabel('Hitung upah saya sendiri').uncheck();
  await expect(page.locator('.hpp')).toContainText('Rp320.000 ÷ 20 bungkus = Rp16.000');
  await expect(market.locator('.profit')).toHaveText('Untung per bungkus: Rp2.688 (10% dari harga)');
  await page.getByLabel('Hitung upah saya sendiri').check();

  // Prices typed as people type them; an absurd one is explained, not taken.
  await typePrice(page, MARKET, 'Rp99.999.999.999');
  await expect(market.locator('.problem')).toHaveText('Angka ini terlalu besar. Periksa lagi jumlah nolnya.');
  await typePrice(page, MARKET, 'Rp 35.000');
  await expect(market).toHaveAttribute('data-reaches', 'true');
  await expect(market.locator('.profit')).toHaveText('Untung per bungkus: Rp7.308 (20% dari harga)');
  await expect(next).toBeDisabled();

  // A reload keeps what was typed.
  await page.reload();
  await expect(card(page, MARKET).getByLabel('Harga jual satu bungkus')).toHaveValue('Rp 35.000');
  await expect(card(page, COD)).toHaveAttribute('data-reaches', 'false');
  await card(page, COD).getByRole('button', { name: 'Pakai harga ini' }).click();
  await expect(card(page, COD).getByLabel('Harga jual satu bungkus')).toHaveValue('Rp26.000');
  await expect(page.locator('.channel-card[data-reaches="true"]')).toHaveCount(3);
  await expect(page.getByText('Bagus! Di semua tempat jualan')).toBeVisible();
  await expect(next).toBeEnabled();

  const costBox = page.getByLabel('Singkong 15 kg');
  await costBox.fill('🥔 <b>banyak</b>');
  await expect(page.locator('.money-row .problem').first()).toHaveText('Angka ini belum terbaca. Tulis angka saja, misalnya 15000, 15.000, atau 15rb.');
  await expect(next).toBeDisabled();
  await costBox.fill('75.000');
  await expect(next).toBeEnabled();

  const stored = await storedRecord(page);
  const kept = stored.lessons['hitung-harga-dan-untung'].answers[priceAt].answer;
  expect(kept.type).toBe('price_sheet');
  expect(kept.value.prices).toEqual(['25rb', 'Rp26.000', 'Rp 35.000']);

  await expectPhoneFit(page);
  await expectAccessible(page, 'kalkulator harga');
  await page.setViewportSize({ width: 320, height: 740 });
  await expectPhoneFit(page);
});

test('a week in the cash book: wrong picks explained, a reload keeps the entries, the leak shown', async ({ page }) => {
  await openStep(page, bookAt);
  const step = money.steps[bookAt];
  const next = page.getByRole('button', { name: 'Lanjut', exact: true });
  await expect(page.getByText('Uang usaha hari Senin pagi: Rp300.000')).toBeVisible();

  // Pocket money taken from the till is no business expense.
  const pocketMoney = step.events[2];
  await recordEvent(page, pocketMoney.text, CASH_KINDS.usaha_keluar);
  const pocketCard = page.getByRole('article', { name: pocketMoney.text, exact: true });
  await expect(pocketCard.locator('.feedback')).toContainText('Belum tepat.');
  await expect(pocketCard.locator('.feedback')).toContainText(pocketMoney.why);
  await recordEvent(page, pocketMoney.text, CASH_KINDS.rumah_tangga);
  await expect(pocketCard.locator('.feedback')).toContainText('Benar!');

  for (const event of step.events.slice(0, 5)) await recordEvent(page, event.text, CASH_KINDS[event.kind]);
  await expect(page.getByText(`Sudah dicatat: 5 dari ${step.events.length}`)).toBeVisible();

  await page.reload();
  await expect(page.getByText(`Sudah dicatat: 5 dari ${step.events.length}`)).toBeVisible();
  await expect(pocketCard.getByRole('button', { name: CASH_KINDS.rumah_tangga })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.week-summary')).toHaveCount(0);
  await expect(next).toBeDisabled();

  for (const event of step.events.slice(5)) await recordEvent(page, event.text, CASH_KINDS[event.kind]);
  const summary = page.locator('.week-summary');
  await expect(summary.locator('li')).toHaveText([
    'Uang masuk usaha: Rp561.000',
    'Uang keluar usaha: Rp316.000',
    'Untung usaha minggu ini: Rp245.000',
    'Bocor ke keperluan rumah: Rp300.000',
    'Uang usaha hari Minggu malam: Rp245.000',
  ]);
  await expect(summary).toContainText('lebih sedikit daripada Senin pagi');
  await expect(next).toBeEnabled();

  await expectPhoneFit(page);
  await expectAccessible(page, 'buku kas');
  await page.setViewportSize({ width: 320, height: 740 });
  await expectPhoneFit(page);
});
