// The reader's service worker (docs/offline.md), written by the build
// (crates/prerender/src/offline/mod.rs) with the build's path, languages
// and files filled in. Pages come from the network first, so a reader
// online never reads an old copy; what was opened or kept is the copy read
// when the network is gone. Its version changes with the build's files and
// the public alerts, so a new deploy (a withdrawn alert too) installs a new
// worker on the next visit.
const VERSION = {version};
const BASE = {base};
// The interface languages with a prefix of their own ("fr/").
const LANGUAGES = {languages};
// What every page needs to look as it does, fetched as the worker installs,
// and the offline page in the default language.
const SHELL_FILES = {shell};
// Every file of this build whose name changes with its text: what the
// shell cache may hold once this worker is in.
const CURRENT = {current};
// Named after the build's path: another app on the same origin has its own.
const NAME = 'alert-reader:' + BASE + ':';
const SHELL = NAME + 'shell';
// Pages and data read online, the newest copy of each.
const PAGES = NAME + 'pages';
// What a reader chose to keep (a country's alerts, a series).
const KEPT = NAME + 'kept';
// The list of what is kept, and the version whose index it follows.
const GROUPS = location.origin + BASE + 'kept.json';
const FOLLOWED = location.origin + BASE + 'kept-version';

// Never through the worker: the staff preview and the partner panels
// (their pages and everything they fetch), the worker itself.
const never = (path) => /^(preview|embed[/.]|sw\.js|map-app\.html)/.test(path);
// Clients known to show such a page: their requests are left alone.
const untouched = new Set();

const inBase = (url) => url.origin === location.origin && url.pathname.startsWith(BASE);
const pathOf = (url) => url.pathname.slice(BASE.length);
// A page's address, as kept: no query, no fragment, no trailing slash
// (a language's front page aside), no ".html", no "index".
const pageKey = (url) => {
  let path = pathOf(url).replace(/\.html$/, '').replace(/(^|\/)index$/, '').replace(/\/+$/, '');
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
// A file named after its text (trunk's hashes, the loaders'): never changes.
const HASHED = /^[^/]+-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
const isData = (path) => /^(data|locales)\/.+\.json$/.test(path) || (SHELL_FILES.includes(path) && !HASHED.test(path));
// A hashed file's kind ("main.css"): an older page names an older file,
// and the current one of its kind stands in for it offline.
const kindOf = (path) => path.replace(/-[0-9a-f]{8,16}(?=(_bg)?\.\w+$)/, '');
const keepable = (response) => response.ok && response.type === 'basic' && !response.redirected;

// One change to what is kept at a time (two tabs, a double click, a
// refresh after a deploy): each reads the list and writes it back.
let queue = Promise.resolve();
const serial = (work) => (queue = queue.then(work, work));

self.addEventListener('install', (event) => {
  // The shell the pages need: already in the browser's cache after a visit.
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(SHELL_FILES.map((f) => BASE + f))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  // Quick: every page of the site waits for it. Bringing what is kept up
  // to date comes after, with the next page read (`followIndex`).
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    for (const request of await cache.keys()) {
      const path = pathOf(new URL(request.url));
      // An older build's file goes where this build has one of its kind,
      // and an older build's offline page (another language's comes back
      // with the next page read in it).
      const older = HASHED.test(path) ? !CURRENT.includes(path) && CURRENT.some((f) => kindOf(f) === kindOf(path)) : !SHELL_FILES.includes(path);
      if (older) await cache.delete(request);
    }
    await self.clients.claim();
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
    event.waitUntil(followIndex().catch(() => {}));
    return;
  }
  if (untouched.has(event.clientId) || never(path)) return;
  const hashed = HASHED.test(path);
  if (!hashed && !isData(path)) return;
  event.respondWith((async () => {
    // A preview or a panel this worker did not see open (it was stopped
    // since, or the page was open before it): the network's, not kept.
    const client = event.clientId ? await self.clients.get(event.clientId) : null;
    if (client && never(pathOf(new URL(client.url)))) {
      untouched.add(event.clientId);
      return fetch(request);
    }
    return hashed ? shell(event, url) : data(event, url);
  })());
});

// A page: the network's copy, kept; without a network, the kept copy, or
// the offline page in the page's language.
async function page(event, url) {
  const path = pathOf(url);
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(store(PAGES, pageKey(url), copy).then(() => offlinePage(prefixOf(path))).catch(() => {}));
    }
    return response;
  } catch (error) {
    const kept = (await match(pageKey(url))) ?? (await offlineFallback(prefixOf(path)));
    if (kept) return kept;
    return new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

// A hashed file never changes: the cache first, then the network; an
// older one missing (offline, or gone from the host), the current one of
// its kind.
async function shell(event, url) {
  const key = location.origin + url.pathname;
  const cache = await caches.open(SHELL);
  const hit = await cache.match(key);
  if (hit) return hit;
  const current = async () => {
    const kind = kindOf(pathOf(url));
    const same = CURRENT.find((f) => kindOf(f) === kind && f !== pathOf(url));
    return same ? cache.match(location.origin + BASE + same) : undefined;
  };
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(cache.put(key, copy).catch(() => {}));
    } else if (response.status === 404) {
      return (await current()) ?? response;
    }
    return response;
  } catch (error) {
    const stand = await current();
    if (stand) return stand;
    throw error;
  }
}

// Data (the index, an alert's file, the interface's words) and the
// stylesheets without a hash: the network first, as pages.
async function data(event, url) {
  const key = location.origin + url.pathname;
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES).then((c) => c.put(key, copy)).catch(() => {}));
    }
    return response;
  } catch (error) {
    const kept = await match(key);
    if (kept) return kept;
    throw error;
  }
}

// The newest copy: what the reader kept on purpose, then what they read,
// then the shell.
async function match(key) {
  for (const name of [KEPT, PAGES, SHELL]) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

// A page as kept: the time it was kept on its root element, which the page
// reads to say how old the copy is (keep.js). Only ever read back offline.
async function store(name, key, response) {
  const text = await response.text();
  const kept = text.replace('<html ', `<html data-kept="${new Date().toISOString()}" `);
  const cache = await caches.open(name);
  await cache.put(key, new Response(kept, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
}

// The offline page in the page's language, else the default language's
// (installed with the shell). In the shell, so that clearing what is kept
// leaves it.
async function offlineFallback(prefix) {
  const cache = await caches.open(SHELL);
  return (await cache.match(location.origin + BASE + prefix + 'offline')) ?? (await cache.match(location.origin + BASE + 'offline'));
}

// The offline page of a language, for a page of it opened offline.
async function offlinePage(prefix) {
  const key = location.origin + BASE + prefix + 'offline';
  const cache = await caches.open(SHELL);
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

// The alerts of a country or a series, newest first, withdrawn ones too
// (still readable by their link, and shown as withdrawn).
const members = (idx, group) =>
  [...(idx.alerts ?? []), ...(idx.withdrawn ?? [])]
    .filter((a) => (group.kind === 'country' ? (a.countries ?? []).includes(group.code) : a.series?.id === group.code))
    .map((a) => a.id);
const alertPage = (prefix, id) => location.origin + BASE + prefix + 'alerts/' + id;
const alertData = (id) => location.origin + BASE + 'data/alerts/' + id + '.json';

// Fetches and keeps a group's alerts (their pages in the group's language
// and their data), saying how far it got, and saving as it goes. A full
// device stops it and says so: nothing is dropped in silence.
async function keep(group, say, idx) {
  idx ??= await index();
  const ids = members(idx, group);
  if (group.kind === 'series' && !group.label) {
    // A series is named after its first alert.
    const first = (idx.alerts ?? []).filter((a) => a.series?.id === group.code).sort((a, b) => a.series.number - b.series.number)[0];
    group.label = first?.title ?? group.code;
  }
  const before = (await groups()).find((g) => g.key === group.key);
  const have = new Set(before?.ids ?? []);
  const cache = await caches.open(KEPT);
  const pages = await caches.open(PAGES);
  let done = 0;
  const save = async (complete) =>
    saveGroups([...(await groups()).filter((g) => g.key !== group.key), { ...group, ids: complete ? ids : ids.filter((id) => have.has(id)), at: new Date().toISOString() }]);
  say({ type: 'progress', key: group.key, done, total: ids.length });
  for (const id of ids) {
    try {
      const [pageResponse, dataResponse] = await Promise.all([fetch(alertPage(group.prefix, id)), fetch(alertData(id))]);
      if (!keepable(pageResponse) || !keepable(dataResponse)) throw new TypeError('not found');
      await store(KEPT, alertPage(group.prefix, id), pageResponse);
      await cache.put(alertData(id), dataResponse);
      // The copy just kept is the newest: an older one read before goes.
      await pages.delete(alertPage(group.prefix, id));
    } catch (error) {
      await save(false);
      return { type: 'failed', key: group.key, reason: error?.name === 'QuotaExceededError' ? 'quota' : 'network', done, total: ids.length };
    }
    have.add(id);
    done += 1;
    if (done % 10 === 0) await save(false);
    say({ type: 'progress', key: group.key, done, total: ids.length });
  }
  await save(true);
  return { type: 'kept', key: group.key, ...(await sizeOf(group.prefix, ids)) };
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
  const describe = (id) => ({ id, title: known.get(id)?.title ?? id, language: known.get(id)?.language ?? '', withdrawn: withdrawn.has(id) });
  const kept = [];
  for (const group of await groups()) {
    kept.push({ ...group, ...(await sizeOf(group.prefix, group.ids)), alerts: group.ids.map(describe) });
  }
  const opened = [];
  const pages = await caches.open(PAGES);
  for (const request of await pages.keys()) {
    const m = pathOf(new URL(request.url)).match(/^(?:([a-z]{2,3})\/)?alerts\/([^/]+)$/);
    if (!m) continue;
    let id = m[2];
    try {
      id = decodeURIComponent(id);
    } catch {}
    const response = await pages.match(request);
    const text = await response.clone().text();
    const at = text.match(/<html data-kept="([^"]+)"/)?.[1] ?? '';
    opened.push({ ...describe(id), href: request.url, at, bytes: (await response.blob()).size });
  }
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return { type: 'list', kept, opened, total: estimate?.usage ?? 0 };
}

// What the Keep buttons need, without reading every kept file.
async function state() {
  return { type: 'state', kept: (await groups()).map((g) => ({ key: g.key, count: g.ids.length, bytes: g.bytes ?? 0 })) };
}

// After a new deploy, once, online: each kept group follows the index,
// and a kept or opened alert the index now lists as withdrawn is fetched
// again (its page now says so).
async function followIndex() {
  const marker = await (await caches.open(KEPT)).match(FOLLOWED);
  if (marker && (await marker.text()) === VERSION) return;
  // Only for a reader who keeps something, or whose app read the index
  // anyway: at 10,000 alerts the index is large, and a reader who only
  // opened alerts gets each one fresh when next reading it online.
  const kept = await groups();
  const read = await (await caches.open(PAGES)).match(location.origin + BASE + 'data/index.json');
  if (kept.length || read) {
    const idx = await index();
    await serial(async () => {
      for (const group of await groups()) {
        if (members(idx, group).some((id) => !group.ids.includes(id))) await keep(group, () => {}, idx);
      }
    });
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
  await (await caches.open(KEPT)).put(FOLLOWED, new Response(VERSION));
}

async function clear() {
  await caches.delete(PAGES);
  await caches.delete(KEPT);
}

// Each question names itself (`id`); its answer names it back (`re`), a
// failure too, so the page never waits for an answer that will not come.
self.addEventListener('message', (event) => {
  const message = event.data ?? {};
  const tell = (m) => event.source?.postMessage(m);
  const answer = (m) => tell({ ...m, re: message.id });
  const work = (async () => {
    if (message.type === 'opened' && typeof message.url === 'string') {
      // A page read before the worker was in: kept as if read through it.
      const url = new URL(message.url);
      const path = pathOf(url);
      if (!inBase(url) || never(path) || !isPage(path)) return;
      const response = await fetch(url.origin + url.pathname, { cache: 'force-cache' });
      if (keepable(response)) await store(PAGES, pageKey(url), response);
      await offlinePage(prefixOf(path));
    } else if (message.type === 'keep') {
      if (!/^(country|series):[\w.-]+$/.test(message.key ?? '')) return answer({ type: 'failed', reason: 'network', done: 0, total: 0 });
      const [kind, code] = message.key.split(':');
      const prefix = LANGUAGES.includes(message.lang) ? message.lang + '/' : '';
      const label = typeof message.label === 'string' && message.label ? message.label : undefined;
      const end = await serial(() => keep({ key: message.key, kind, code, prefix, label }, tell));
      if (end.type === 'kept') {
        await serial(async () => saveGroups((await groups()).map((g) => (g.key === end.key ? { ...g, bytes: end.bytes } : g))));
      }
      answer(end);
    } else if (message.type === 'remove') {
      await serial(() => remove(message.key));
      answer({ type: 'removed', key: message.key });
    } else if (message.type === 'list') {
      answer(await list());
    } else if (message.type === 'state') {
      answer(await state());
    } else if (message.type === 'clear') {
      await serial(clear);
      answer({ type: 'cleared' });
    } else if (message.type === 'version') {
      answer({ type: 'version', version: VERSION });
    }
  })().catch((error) => answer({ type: 'failed', key: message.key, reason: error?.name === 'QuotaExceededError' ? 'quota' : 'network', done: 0, total: 0 }));
  event.waitUntil(work);
});
