// sw.js — offline copy of Wams Wegwijzer (issue 7). Template: cmake/WebPwa.cmake writes build/<preset>/sw.js with
// the version (sha-256 over the app's files) and the list of files filled in. Caches ONLY the app's own files,
// one cache per version; requests for anything else are never answered from, nor stored in, the cache.
// A new version waits (no skipWaiting on install): the page shows "Nieuwe versie beschikbaar — herladen als u
// klaar bent" and the user decides when (web/js/pwa.js posts 'wams-activate-update').
'use strict';
const VERSION = '@WAMS_SW_VERSION@';
const FILES = @WAMS_SW_FILES@;          // paths relative to this worker's scope
const CACHE = 'wams-' + VERSION;
const SCOPE = new URL('./', self.location).pathname;
const OWN = new Set(FILES.map((f) => SCOPE + f));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('wams-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'wams-activate-update') self.skipWaiting();
  if (event.data === 'wams-version' && event.source) event.source.postMessage({ wamsVersion: VERSION });
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;     // never another origin
  let path = url.pathname;
  if (path === SCOPE) path = SCOPE + 'index.html';
  if (!OWN.has(path)) return;                          // not one of our files: the network, uncached
  event.respondWith(caches.open(CACHE)
    .then((c) => c.match(path))
    .then((hit) => hit || fetch(req)));
});
