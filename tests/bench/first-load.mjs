// Performance benchmark (prints figures; not a test). Serves the release build (dist/) and a
// plain static page holding the same first lesson step -- the floor no app can beat -- and
// drives Chromium through the DevTools protocol under slow-phone profiles, as a phone: 360x740
// at device pixel ratio 2, touch, a fresh cache for each first visit. For each it measures
// compressed bytes on the first load, first contentful paint, the time until the step's
// heading and text are painted (the first meaningful content, not a loading line), and the
// time until the first lesson step accepts a tap; then a repeat visit (service worker) and an
// offline load of the app. The last row gives each median's ratio to the floor's.
// Run: bash scripts/bench.sh (or: node tests/bench/first-load.mjs [runs])
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '../e2e/node_modules/@playwright/test/index.mjs';
import { parse } from '../e2e/node_modules/smol-toml/dist/index.js';
import { serve } from '../e2e/serve.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const PROFILES = [
  { name: '4x CPU, 1.6 Mbit/s, 150 ms', cpu: 4, downKbit: 1600, upKbit: 750, rttMs: 150 },
  { name: '6x CPU, 400 kbit/s, 400 ms', cpu: 6, downKbit: 400, upKbit: 400, rttMs: 400 },
];
const root = new URL('../../', import.meta.url).pathname;

// The floor: the first step of the first lesson as plain HTML with the same styles.
const lessonsDir = join(root, 'lessons');
const firstFile = readdirSync(lessonsDir).filter((f) => f.endsWith('.toml')).sort()[0];
const lesson = parse(readFileSync(join(lessonsDir, firstFile), 'utf8'));
const step = lesson.steps[0];
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const floorDir = mkdtempSync(join(tmpdir(), 'lapak-floor-'));
writeFileSync(join(floorDir, 'index.html'), `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(lesson.title)}</title>
<style>${readFileSync(join(root, 'public/style.css'), 'utf8')}</style></head><body><main>
<p class="lesson-title">${escape(lesson.title)}</p><h2>${escape(step.title ?? step.question)}</h2>
${(step.text ?? '').split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('\n')}
<nav class="step-nav"><button class="primary">Lanjut</button></nav></main></body></html>`);

const APP_PORT = 4191;
const FLOOR_PORT = 4192;
const servers = [await serve(join(root, 'dist'), APP_PORT), await serve(floorDir, FLOOR_PORT)];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const lessonPath = `/pelajaran/${lesson.id}`;

// Notes the moment an enabled "Lanjut" button is in the page: its handler is attached in the
// same task, so from then on the step takes a tap. And the moment the step's heading is in
// the page, painted at the next frame: the first meaningful content.
function watchForStep(heading) {
  window.tapReadyAt = null;
  window.contentAt = null;
  const tappable = () => [...document.querySelectorAll('button.primary')]
    .some((button) => button.textContent.trim() === 'Lanjut' && !button.disabled);
  const shown = () => [...document.querySelectorAll('h2')].some((h) => h.textContent.trim() === heading);
  const check = (observer) => {
    if (window.contentAt === null && shown()) {
      window.contentAt = -1;
      requestAnimationFrame(() => setTimeout(() => { window.contentAt = performance.now(); }, 0));
    }
    if (window.tapReadyAt === null && tappable()) window.tapReadyAt = performance.now();
    if (window.tapReadyAt !== null && window.contentAt !== null) observer.disconnect();
  };
  const observer = new MutationObserver(() => check(observer));
  observer.observe(document, { subtree: true, childList: true });
}

/** One page load: bytes over the wire, first contentful paint, the step's content painted,
 * the time until the step takes a tap. */
async function load(page, cdp, url) {
  let bytes = 0;
  const count = ({ encodedDataLength }) => { bytes += encodedDataLength; };
  cdp.on('Network.loadingFinished', count);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.tapReadyAt !== null && window.contentAt > 0, null, { timeout: 120_000 });
  const { tapReady, content } = await page.evaluate(() => ({ tapReady: window.tapReadyAt, content: window.contentAt }));
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  cdp.off('Network.loadingFinished', count);
  return { bytes, fcp, content, tapReady };
}

/** A phone's browser with nothing cached. */
const phone = () => browser.newContext({
  viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
});

async function throttledPage(context, profile) {
  const page = await context.newPage();
  await page.addInitScript(watchForStep, step.title ?? step.question);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: profile.rttMs,
    downloadThroughput: (profile.downKbit * 1000) / 8, uploadThroughput: (profile.upKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { page, cdp };
}

async function measure(profile) {
  const rows = { floor: [], first: [], repeat: [], offline: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const floorContext = await phone();
    const floor = await throttledPage(floorContext, profile);
    rows.floor.push(await load(floor.page, floor.cdp, `http://127.0.0.1:${FLOOR_PORT}/`));
    await floorContext.close();

    const context = await phone();
    const app = await throttledPage(context, profile);
    rows.first.push(await load(app.page, app.cdp, `http://127.0.0.1:${APP_PORT}${lessonPath}`));
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    await expectCached(app.page);
    await app.page.close();
    const again = await throttledPage(context, profile);
    rows.repeat.push(await load(again.page, again.cdp, `http://127.0.0.1:${APP_PORT}${lessonPath}`));
    await again.page.close();
    await context.setOffline(true);
    const offline = await throttledPage(context, profile);
    rows.offline.push(await load(offline.page, offline.cdp, `http://127.0.0.1:${APP_PORT}${lessonPath}`));
    await context.close();
  }
  return rows;
}

async function expectCached(page) {
  for (let tries = 0; tries < 600; tries += 1) {
    const ready = await page.evaluate(async () => {
      const keys = await caches.keys();
      return keys.length === 1 && Boolean(await (await caches.open(keys[0])).match('/index.html'));
    });
    if (ready) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the service worker never cached the app');
}

const min = (values) => Math.min(...values);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const stat = (rows, key, format) => `${format(min(rows.map((r) => r[key])))} / ${format(median(rows.map((r) => r[key])))}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`first lesson step: "${lesson.title}", ${RUNS} runs each; figures are min / median\n`);
console.log('| Profile | Page | Bytes (compressed) | First paint | Step heading and text painted | Step takes a tap |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const profile of PROFILES) {
  const rows = await measure(profile);
  const line = (label, list) => console.log(`| ${profile.name} | ${label} | ${stat(list, 'bytes', kb)} | ${stat(list, 'fcp', ms)} | ${stat(list, 'content', ms)} | ${stat(list, 'tapReady', ms)} |`);
  line('static floor', rows.floor);
  line('app, first visit', rows.first);
  line('app, repeat visit', rows.repeat);
  line('app, offline', rows.offline);
  const ratio = (key) => (median(rows.first.map((r) => r[key])) / median(rows.floor.map((r) => r[key]))).toFixed(1);
  console.log(`| ${profile.name} | app ÷ floor (first visit, median) | ${ratio('bytes')}× | ${ratio('fcp')}× | ${ratio('content')}× | ${ratio('tapReady')}× |`);
}

await browser.close();
for (const server of servers) server.close();
