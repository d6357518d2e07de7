// Keeps the whole app on the phone: everything is cached at install, then served from the
// cache first, so lessons open with no signal and cost no data after the first visit.
// scripts/post-build.mjs fills in the version and the file list for each build.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `lapak-latihan-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

// A learner mid-lesson keeps the page they have: as soon as a page runs from this cache
// (at once, or when this worker takes it over after the first visit's install) it loads all
// its parts into memory (src/ui/later.rs), and a new build lives in a new app-<hash> folder.
// The new version is what the next open gets. Old versions' caches go.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lapak-latihan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every app route (/pelajaran/...) is the same page.
  const key = request.mode === 'navigate' ? '/index.html' : request;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true }))
    .then((cached) => cached ?? fetch(request)));
});
