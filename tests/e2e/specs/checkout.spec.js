import {
  test, expect, lesson, openFromHome, workThrough, storedRecord,
  fillCart, chooseDelivery, payWith, confirmPaid, DECISIONS,
} from '../learner.js';

const checkout = lesson('simulasi-checkout');
const buyAt = checkout.steps.findIndex((s) => s.kind === 'checkout');
const sellAt = checkout.steps.findIndex((s) => s.kind === 'seller_orders');

async function openStep(page, index) {
  await openFromHome(page, checkout.title);
  await workThrough(page, checkout, 0, index);
}

test('a purchase paid with QRIS shows a practice QR code drawn by the app', async ({ page }) => {
  await openStep(page, buyAt);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();
  await fillCart(page, { variant: 'Level 3, 250 g', quantity: 2 });
  await expect(page.locator('.cart-line')).toContainText('2 x Rp25.000 = Rp50.000');
  await chooseDelivery(page, { city: 'Surabaya' });
  // 2 x 25.000 + Kancil Reguler to Surabaya, 1 kg: Rp10.000.
  await expect(page.locator('.breakdown .total')).toContainText('Rp60.000');
  await payWith(page, { method: 'QRIS' });
  const qr = page.getByRole('img', { name: 'Kode QR latihan untuk membayar pesanan ini' });
  await expect(qr).toBeVisible();
  await expect(qr.locator('path')).toHaveAttribute('d', /^M4 4h7v1h-7z/);
  await expect(page.getByText('Ini QR latihan.')).toBeVisible();
  await expect(page.locator('.deadline')).toContainText(/Bayar sebelum \d+ \w+ \d{4}, \d\d\.\d\d WIB/);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();
  await confirmPaid(page);
  await expect(page.getByText('Dibayar, menunggu konfirmasi')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();
});

test('a purchase paid by virtual account shows the number, the fee and the deadline', async ({ page }) => {
  await openStep(page, buyAt);
  await fillCart(page, { variant: 'Level 0, 100 g', quantity: 1 });
  await chooseDelivery(page, { city: 'Bandung' });
  await payWith(page, { method: 'Virtual Account', bank: 'Bank Cempaka' });
  await expect(page.getByText('Bank Cempaka')).toBeVisible();
  await expect(page.getByTestId('va-number')).toHaveText(/^7750 \d{4} \d{4} \d{4}$/);
  await expect(page.locator('.deadline')).toContainText('Bayar sebelum');
  // 12.000 + Bandung Kancil Reguler Rp15.000 + Rp1.000 service fee.
  await expect(page.locator('.breakdown')).toContainText('Biaya layananRp1.000');
  await expect(page.locator('.breakdown .total')).toContainText('Rp28.000');
  await confirmPaid(page);
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeEnabled();
});

test('a refused voucher says why, and a reload in the middle keeps the cart', async ({ page }) => {
  await openStep(page, buyAt);
  await fillCart(page, { variant: 'Level 5, 100 g', quantity: 6 });
  // Only 4 packs are left: the cart says so and keeps 4.
  await expect(page.locator('.shop-message')).toHaveText('Stok tinggal 4, jadi jumlahnya 4.');
  await page.getByRole('button', { name: 'Kurangi Keripik Singkong Level 5, 100 g' }).click();
  await expect(page.locator('.cart-line')).toContainText('3 x Rp13.000 = Rp39.000');
  await chooseDelivery(page, { city: 'Malang' });
  await page.getByLabel('Kode voucher (boleh dilewati)').fill('hemat10');
  await page.getByRole('button', { name: 'Pakai voucher' }).click();
  await expect(page.locator('.shop-message')).toHaveText('Belum bisa dipakai: minimal belanja Rp50.000. Tambah Rp11.000 lagi.');
  await page.getByLabel('Kode voucher (boleh dilewati)').fill('POTONG5RB');
  await page.getByRole('button', { name: 'Pakai voucher' }).click();
  await expect(page.locator('.breakdown')).toContainText('-Rp5.000');

  await page.reload();
  await expect(page.locator('.shop')).toHaveAttribute('data-screen', 'summary');
  await expect(page.locator('.breakdown')).toContainText('Rp39.000');
  await expect(page.locator('.applied')).toContainText('POTONG5RB');
  await page.getByRole('button', { name: '← Pengiriman' }).click();
  await page.getByRole('button', { name: '← Alamat' }).click();
  await page.getByRole('button', { name: '← Keranjang' }).click();
  await expect(page.locator('.cart-line')).toContainText('3 x Rp13.000');
  const record = await storedRecord(page);
  const saved = record.lessons['simulasi-checkout'].answers[buyAt].answer;
  expect(saved.type).toBe('purchase');
  expect(saved.value.checkout.cart).toEqual([{ sku: 'KS-L5-100', quantity: 3 }]);
});

test('the seller ships a paid order with the resi the app makes', async ({ page }) => {
  await openStep(page, sellAt);
  const card = page.locator('.order-card');
  await expect(card).toContainText('Dibayar, menunggu konfirmasi');
  await page.getByRole('button', { name: 'Terima pesanan', exact: true }).click();
  await page.getByRole('button', { name: 'Sudah dikemas', exact: true }).click();
  await expect(card).toHaveAttribute('data-status', 'packed');
  await expect(card).toContainText('Aplikasi membuat nomor resi');
  await page.getByRole('button', { name: 'Atur Pengiriman', exact: true }).click();
  await expect(card).toHaveAttribute('data-status', 'shipped');
  await expect(card).toContainText(/Nomor resi: KCL\d{13}/);
  await expect(card).toContainText('Tempel label di paket');
  await expect(page.locator('.review')).toContainText('2 dari 5 bintang');
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();
});

test('a fake transfer proof is caught: shipping now is refused, checking the app is right', async ({ page }) => {
  await openStep(page, sellAt);
  const darto = page.getByRole('article', { name: 'Pak Darto' });
  await expect(darto.getByRole('img', { name: 'Foto bukti transfer dari pembeli' })).toBeVisible();
  await expect(darto).toContainText('Pesanan orang ini di aplikasi: Belum dibayar');
  await darto.getByRole('button', { name: DECISIONS.shipNow }).click();
  await expect(darto.locator('.feedback')).toContainText('Belum tepat.');
  await expect(darto.locator('.feedback')).toContainText('Gambar bukti transfer mudah dipalsukan.');
  await darto.getByRole('button', { name: DECISIONS.checkApp }).click();
  await expect(darto.locator('.feedback')).toContainText('Benar!');

  const sinta = page.getByRole('article', { name: 'Mbak Sinta' });
  await sinta.getByRole('button', { name: 'Beri nomor rekening, terima transfer langsung' }).click();
  await expect(sinta.locator('.feedback')).toContainText('Bayar di luar aplikasi tidak dilindungi.');
  await sinta.getByRole('button', { name: DECISIONS.decline }).click();
  await expect(sinta.locator('.feedback')).toContainText('Benar!');

  await page.getByLabel('Balasan Anda').fill('level 3 pedas');
  await page.getByRole('button', { name: 'Kirim balasan' }).click();
  await expect(page.getByRole('article', { name: 'Bu Yati' }).locator('.feedback')).toContainText('Belum tepat.');
  await page.reload();
  await expect(darto.getByRole('button', { name: DECISIONS.checkApp })).toHaveAttribute('aria-pressed', 'true');
});

test('the whole lesson can be finished', async ({ page }) => {
  await openFromHome(page, checkout.title);
  await workThrough(page, checkout, 0, checkout.steps.length);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Selamat, pelajaran selesai!');
});
