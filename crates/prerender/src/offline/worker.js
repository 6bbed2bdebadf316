// The reader's service worker (docs/offline.md), written by the build
// (crates/prerender/src/offline/mod.rs) with the build's path, languages
// and files filled in. Pages come from the network first, so a reader
// online never reads an old copy; what was opened or kept is the copy read
// when the network is gone. Its version changes with the build's files and
// the index, so a new deploy (a withdrawn alert too) installs a new worker
// on the next visit.
const VERSION = {version};
const BASE = {base};
// The interface languages with a prefix of their own ("fr/").
const LANGUAGES = {languages};
// Files whose name changes with their text: kept until the next build.
const SHELL_FILES = {shell};
const SHELL = 'shell';
// Pages and data read online, the newest copy of each.
const PAGES = 'pages';
// What a reader chose to keep (a country's alerts, a series).
const KEPT = 'kept';
// The list of what is kept, itself kept beside it.
const GROUPS = BASE + 'kept.json';

// Never through the worker: the staff preview and the partner panels
// (their pages and everything they fetch), the worker itself.
const never = (path) => /^(preview|embed[/.]|sw\.js|map-app\.html)/.test(path);
// Clients opened on a page the worker leaves alone (a preview, a panel
// framed in the Embed dialog): their requests are left alone too.
const untouched = new Set();

const inBase = (url) => url.origin === location.origin && url.pathname.startsWith(BASE);
const pathOf = (url) => url.pathname.slice(BASE.length);
// A page's address, as kept: no query, no fragment, no trailing slash
// (the front page aside), no ".html".
const pageKey = (url) => {
  let path = pathOf(url).replace(/\.html$/, '').replace(/\/+$/, '');
  if (path === 'index') path = '';
  if (LANGUAGES.includes(path)) path += '/';
  return location.origin + BASE + path;
};
// A language's prefix ("fr/"), from a path of the reader.
const prefixOf = (path) => {
  const first = path.split('/')[0];
  return LANGUAGES.includes(first) ? first + '/' : '';
};
// A reader page: a path without an extension, or an .html file.
const isPage = (path) => !/\.[a-z0-9]+$/i.test(path) || path.endsWith('.html');
const isShell = (path) => SHELL_FILES.includes(path) || /^[^/]+-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(path);
const isData = (path) => /^(data|locales)\/.+\.json$/.test(path);
// A hashed file's kind ("main.css"): an older page names an older file,
// and the current one of its kind stands in for it offline.
const kindOf = (path) => path.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.\w+$)/, '');

self.addEventListener('install', (event) => {
  // The shell the pages need: already in the browser's cache after a visit.
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES.map((f) => BASE + f))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // An older build's files go where this build has one of their kind.
    const cache = await caches.open(SHELL);
    const current = new Set(SHELL_FILES);
    const kinds = new Set(SHELL_FILES.map(kindOf));
    for (const request of await cache.keys()) {
      const path = pathOf(new URL(request.url));
      if (!current.has(path) && kinds.has(kindOf(path))) await cache.delete(request);
    }
    await self.clients.claim();
    // A new deploy: what is kept follows the index (new alerts of a kept
    // country, withdrawn alerts shown as withdrawn). Online only.
    await refresh().catch(() => {});
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!inBase(url)) return;
  const path = pathOf(url);
  if (request.mode === 'navigate') {
    if (never(path)) {
      if (event.resultingClientId) untouched.add(event.resultingClientId);
      return;
    }
    // Feeds, exports, cards: the network's alone.
    if (!isPage(path)) return;
    event.respondWith(page(event, url));
    return;
  }
  if (untouched.has(event.clientId) || never(path)) return;
  if (isShell(path)) event.respondWith(shell(request, path));
  else if (isData(path)) event.respondWith(data(event, url));
});

// A page: the network's copy, kept; without a network, the kept copy, or
// the offline page in the page's language.
async function page(event, url) {
  const path = pathOf(url);
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      event.waitUntil(store(PAGES, pageKey(url), response.clone()).then(() => offlinePage(prefixOf(path))).catch(() => {}));
    }
    return response;
  } catch (error) {
    const kept = (await match(pageKey(url))) ?? (await offlineFallback(prefixOf(path)));
    if (kept) return kept;
    return new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

// A hashed file never changes: the cache first, then the network; an
// older one missing offline, the current one of its kind.
async function shell(request, path) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone()).catch(() => {});
    return response;
  } catch (error) {
    for (const key of await cache.keys()) {
      if (kindOf(pathOf(new URL(key.url))) === kindOf(path)) return cache.match(key);
    }
    throw error;
  }
}

// Data (the index, an alert's file, the interface's words): the network
// first, as pages.
async function data(event, url) {
  const key = location.origin + url.pathname;
  try {
    const response = await fetch(event.request);
    if (keepable(response)) event.waitUntil(caches.open(PAGES).then((c) => c.put(key, response.clone())).catch(() => {}));
    return response;
  } catch (error) {
    const kept = await match(key);
    if (kept) return kept;
    throw error;
  }
}

const keepable = (response) => response.ok && response.type === 'basic' && !response.redirected;

async function match(key) {
  return (await (await caches.open(PAGES)).match(key)) ?? (await (await caches.open(KEPT)).match(key));
}

// A page as kept: the time it was kept on its root element, which the page
// reads to say how old the copy is (keep.js). Only ever read back offline.
async function store(name, key, response) {
  const text = await response.text();
  const kept = text.replace('<html ', `<html data-kept="${new Date().toISOString()}" `);
  const cache = await caches.open(name);
  await cache.put(key, new Response(kept, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
}

// The offline page in the page's language, else in any language kept.
async function offlineFallback(prefix) {
  const cache = await caches.open(PAGES);
  const own = await cache.match(location.origin + BASE + prefix + 'offline');
  if (own) return own;
  const any = (await cache.keys()).find((r) => /\/offline$/.test(new URL(r.url).pathname));
  return any && cache.match(any);
}

// The offline page of a language, for a page of it opened offline.
async function offlinePage(prefix) {
  const key = location.origin + BASE + prefix + 'offline';
  const cache = await caches.open(PAGES);
  if (await cache.match(key)) return;
  const response = await fetch(key);
  if (keepable(response)) await cache.put(key, response);
}

// The index, from the network (and kept), or as last kept.
async function index(online = true) {
  const key = location.origin + BASE + 'data/index.json';
  if (online) {
    const response = await fetch(key, { cache: 'no-cache' });
    if (!keepable(response)) throw new Error('index');
    await (await caches.open(PAGES)).put(key, response.clone());
    return response.json();
  }
  const kept = await match(key);
  return kept ? kept.json() : { alerts: [] };
}

async function groups() {
  const kept = await (await caches.open(KEPT)).match(GROUPS);
  return kept ? kept.json() : [];
}
async function saveGroups(list) {
  await (await caches.open(KEPT)).put(GROUPS, new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } }));
}

// The alerts of a country or a series, newest first, from the index.
const members = (idx, group) =>
  (idx.alerts ?? []).filter((a) => (group.kind === 'country' ? (a.countries ?? []).includes(group.code) : a.series?.id === group.code)).map((a) => a.id);
const alertPage = (prefix, id) => location.origin + BASE + prefix + 'alerts/' + id;
const alertData = (id) => location.origin + BASE + 'data/alerts/' + id + '.json';

// Fetches and keeps a group's alerts (their pages in the group's language
// and their data), saying how far it got. A full device stops it and says
// so: nothing is dropped in silence.
async function keep(group, say) {
  const idx = await index();
  const ids = members(idx, group);
  const cache = await caches.open(KEPT);
  let done = 0;
  say({ type: 'progress', key: group.key, done, total: ids.length });
  for (const id of ids) {
    try {
      const [pageResponse, dataResponse] = await Promise.all([fetch(alertPage(group.prefix, id)), fetch(alertData(id))]);
      if (!keepable(pageResponse) || !keepable(dataResponse)) throw new TypeError('not found');
      await store(KEPT, alertPage(group.prefix, id), pageResponse);
      await cache.put(alertData(id), dataResponse);
    } catch (error) {
      const reason = error?.name === 'QuotaExceededError' ? 'quota' : 'network';
      await saveGroups([...(await groups()).filter((g) => g.key !== group.key), { ...group, ids: ids.slice(0, done), at: new Date().toISOString() }]);
      say({ type: 'failed', key: group.key, reason, done, total: ids.length });
      return;
    }
    done += 1;
    say({ type: 'progress', key: group.key, done, total: ids.length });
  }
  await saveGroups([...(await groups()).filter((g) => g.key !== group.key), { ...group, ids, at: new Date().toISOString() }]);
  say({ type: 'kept', key: group.key, ...(await sizeOf(group.prefix, ids)) });
}

async function remove(key) {
  const list = await groups();
  const gone = list.find((g) => g.key === key);
  const left = list.filter((g) => g.key !== key);
  if (gone) {
    // An alert another kept group holds stays.
    const held = new Set(left.flatMap((g) => g.ids.map((id) => alertPage(g.prefix, id))));
    const cache = await caches.open(KEPT);
    for (const id of gone.ids) {
      if (held.has(alertPage(gone.prefix, id))) continue;
      await cache.delete(alertPage(gone.prefix, id));
      if (!left.some((g) => g.ids.includes(id))) await cache.delete(alertData(id));
    }
  }
  await saveGroups(left);
}

async function sizeOf(prefix, ids) {
  let bytes = 0;
  for (const id of ids) {
    for (const key of [alertPage(prefix, id), alertData(id)]) {
      const hit = await match(key);
      if (hit) bytes += (await hit.blob()).size;
    }
  }
  return { count: ids.length, bytes };
}

// What is kept, for the offline page: the groups, the alerts opened, and
// which of them the index (as last read) says are withdrawn.
async function list() {
  const idx = await index(false);
  const known = new Map([...(idx.alerts ?? []), ...(idx.withdrawn ?? [])].map((a) => [a.id, a]));
  const withdrawn = new Set((idx.withdrawn ?? []).map((a) => a.id));
  const describe = (id) => ({ id, title: known.get(id)?.title ?? id, language: known.get(id)?.language ?? '', published: known.get(id)?.published ?? '', withdrawn: withdrawn.has(id) });
  const kept = [];
  for (const group of await groups()) {
    kept.push({ ...group, ...(await sizeOf(group.prefix, group.ids)), alerts: group.ids.map(describe) });
  }
  const opened = [];
  const pages = await caches.open(PAGES);
  for (const request of await pages.keys()) {
    const path = pathOf(new URL(request.url));
    const m = path.match(/^(?:([a-z]{2,3})\/)?alerts\/([^/]+)$/);
    if (!m) continue;
    const response = await pages.match(request);
    const text = await response.clone().text();
    const at = text.match(/<html data-kept="([^"]+)"/)?.[1] ?? '';
    opened.push({ ...describe(decodeURIComponent(m[2])), href: request.url, at, bytes: (await response.blob()).size });
  }
  let total = 0;
  for (const name of [PAGES, KEPT, SHELL]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) total += (await (await cache.match(request)).blob()).size;
  }
  return { type: 'list', kept, opened, total };
}

// Online, after a new deploy: each kept group follows the index, and a
// kept or opened alert the index now lists as withdrawn is fetched again
// (its page now says so).
async function refresh() {
  const idx = await index();
  for (const group of await groups()) {
    const now = members(idx, group);
    if (now.some((id) => !group.ids.includes(id))) await keep(group, () => {});
  }
  for (const a of idx.withdrawn ?? []) {
    for (const prefix of ['', ...LANGUAGES.map((l) => l + '/')]) {
      const key = alertPage(prefix, a.id);
      for (const name of [PAGES, KEPT]) {
        const cache = await caches.open(name);
        if (!(await cache.match(key))) continue;
        const response = await fetch(key, { cache: 'no-cache' });
        if (keepable(response)) await store(name, key, response);
      }
    }
  }
}

async function clear() {
  await caches.delete(PAGES);
  await caches.delete(KEPT);
}

self.addEventListener('message', (event) => {
  const message = event.data ?? {};
  const say = (m) => event.source?.postMessage(m);
  const work = (async () => {
    if (message.type === 'opened' && typeof message.url === 'string') {
      // A page read before the worker was in: kept as if read through it.
      const url = new URL(message.url);
      const path = pathOf(url);
      if (!inBase(url) || never(path) || !isPage(path)) return;
      const response = await fetch(url.origin + url.pathname, { cache: 'force-cache' });
      if (keepable(response)) await store(PAGES, pageKey(url), response);
      await offlinePage(prefixOf(path));
    } else if (message.type === 'keep' && /^(country|series):[\w-]+$/.test(message.key ?? '')) {
      const [kind, code] = message.key.split(':');
      const prefix = LANGUAGES.includes(message.lang) ? message.lang + '/' : '';
      await keep({ key: message.key, kind, code, prefix, label: String(message.label ?? code) }, say);
    } else if (message.type === 'remove') {
      await remove(message.key);
      say({ type: 'removed', key: message.key });
    } else if (message.type === 'list') {
      say(await list());
    } else if (message.type === 'clear') {
      await clear();
      say({ type: 'cleared' });
    } else if (message.type === 'version') {
      say({ type: 'version', version: VERSION });
    }
  })().catch((error) => say({ type: 'failed', key: message.key, reason: error?.name === 'QuotaExceededError' ? 'quota' : 'network', done: 0, total: 0 }));
  event.waitUntil(work);
});
