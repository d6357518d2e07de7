import { test, expect, lesson, openFromHome, workThrough, goodListingTitle } from '../learner.js';

const kata = lesson('memilih-kata-kunci');
const labAt = kata.steps.findIndex((s) => s.kind === 'keyword_lab' && s.start_title);
const lab = kata.steps[labAt];

function positionOf(text) {
  const match = text.match(/urutan ([\d.]+) dari/);
  return match ? Number(match[1].replace(/\./g, '')) : Infinity;
}

test('a weak title ranks poorly, a better one climbs, and a reload keeps it', async ({ page }) => {
  await openFromHome(page, kata.title);
  await workThrough(page, kata, 0, labAt);
  const title = page.getByLabel('Judul barang');
  await expect(title).toHaveValue(lab.start_title);
  const firstCard = page.locator('.search-card').first();
  await expect(firstCard).toHaveAttribute('data-reached', 'false');
  const weak = positionOf(await firstCard.locator('.position').innerText());
  await expect(page.getByRole('button', { name: 'Lanjut', exact: true })).toBeDisabled();

  await title.fill('');
  await title.pressSequentially(goodListingTitle(lab));
  await expect(firstCard).toHaveAttribute('data-reached', 'true');
  const better = positionOf(await firstCard.locator('.position').innerText());
  expect(better).toBeLessThan(weak);
  await expect(page.locator('.result[data-mine="true"]')).toContainText(goodListingTitle(lab));

  await page.reload();
  await expect(page.getByLabel('Judul barang')).toHaveValue(goodListingTitle(lab));
  await expect(page.locator('.search-card').first()).toHaveAttribute('data-reached', 'true');
});

test('stuffing a title with repeated words is pushed down and explained', async ({ page }) => {
  await openFromHome(page, kata.title);
  await workThrough(page, kata, 0, labAt);
  const title = page.getByLabel('Judul barang');
  const honest = goodListingTitle(lab);
  await title.fill(honest);
  const card = page.locator('.search-card').first();
  const honestPlace = positionOf(await card.locator('.position').innerText());
  const word = honest.split(' ')[0];
  await title.fill(`${honest} ${word} ${word} ${word}`);
  await expect(card).toContainText(`tertulis`);
  const stuffedPlace = positionOf(await card.locator('.position').innerText());
  expect(stuffedPlace).toBeGreaterThan(honestPlace);
});
