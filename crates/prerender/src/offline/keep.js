// "Keep for offline", the note on a kept copy and the offline page
// (docs/offline.md), loaded by the loader only where one of them is. The
// words are the offline page's, in the page's language (its data-
// attributes): no page carries them but that one. The work is the
// worker's (sw.js): it carries on if this page is closed.
window.alertReaderKeeps = true;
const lang = document.documentElement.lang;
const prefix = lang === {default} ? '' : lang + '/';
const here = document.getElementById('offline');
const fill = (text, args) => (text ?? '').replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));
const size = (bytes) =>
  bytes < 1e6
    ? new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1e3)))
    : new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
const when = (iso) => {
  const date = new Date(iso);
  return isNaN(date) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};
const make = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
};

// The offline page's words: this page's, or the kept copy's (offline, the
// page's own requests for it do not reach the worker), or the network's.
// Only once something needs saying.
let offlineWords = null;
const words = () =>
  (offlineWords ??= here
    ? Promise.resolve(here.dataset)
    : caches
        .match(new URL(prefix + 'offline', document.baseURI).href)
        .then((hit) => hit ?? fetch(prefix + 'offline'))
        .then((r) => r.text())
        .then((t) => new DOMParser().parseFromString(t, 'text/html').getElementById('offline')?.dataset ?? {})
        .catch(() => ({})));

// A question to the worker, answered by its id (a failure too).
let asked = 0;
const ask = async (message) => {
  const registration = await navigator.serviceWorker.ready;
  const id = ++asked;
  return new Promise((resolve) => {
    const hear = (e) => {
      if (e.data?.re === id) {
        navigator.serviceWorker.removeEventListener('message', hear);
        resolve(e.data);
      }
    };
    navigator.serviceWorker.addEventListener('message', hear);
    registration.active.postMessage({ ...message, id });
  });
};

// A page read from what this device kept: say so, and how old it is.
const kept = document.documentElement.dataset.kept;
if (kept && !here) {
  words().then((w) => {
    if (!w.stale) return;
    const main = document.querySelector('#boot main') ?? document.getElementById('boot');
    main?.prepend(make('p', { className: 'notice kept-note', textContent: fill(w.stale, { date: when(kept) }) }));
  });
}

// Its status, beside it: made at once for a button in the page, so that
// screen readers hear what is said in it later.
const status = (button) => {
  let s = button.nextElementSibling;
  if (!s?.classList.contains('keep-status')) {
    s = make('span', { className: 'keep-status' });
    s.setAttribute('role', 'status');
    button.after(' ', s);
  }
  return s;
};
const show = (button, w, group) => {
  button.dataset.kept = group ? 'true' : '';
  button.textContent = group ? w.remove : button.dataset.label;
  const s = status(button);
  s.replaceChildren();
  if (group) {
    s.append(fill(w.kept, { count: group.count, size: size(group.bytes) }), ' ', make('a', { href: prefix + 'offline', textContent: w.see }));
  }
};
const keepButtons = () => document.querySelectorAll('button[data-keep]');
// Whether each button's country or series is kept, and how much.
const update = async () => {
  const now = await ask({ type: 'state' });
  const kept = (b) => (now.kept ?? []).find((g) => g.key === b.dataset.keep);
  // Nothing of the page's kept: nothing to say, and no words to fetch.
  if (![...keepButtons()].some(kept)) return;
  const w = await words();
  for (const b of keepButtons()) {
    b.dataset.label ??= b.textContent;
    show(b, w, kept(b));
  }
};
if (keepButtons().length) {
  for (const b of keepButtons()) status(b);
  update();
}
document.addEventListener('click', async (e) => {
  const b = e.target.closest && e.target.closest('button[data-keep]');
  if (!b || b.getAttribute('aria-busy')) return;
  b.setAttribute('aria-busy', 'true');
  const s = status(b);
  const w = await words();
  b.dataset.label ??= b.textContent;
  const key = b.dataset.keep;
  // A button the app drew knows nothing yet: ask before acting.
  if (b.dataset.kept === undefined) {
    const now = await ask({ type: 'state' });
    b.dataset.kept = (now.kept ?? []).some((g) => g.key === key) ? 'true' : '';
  }
  if (b.dataset.kept) {
    await ask({ type: 'remove', key });
    show(b, w, null);
    s.textContent = w.removed;
  } else {
    // Kept until the reader removes it, where the browser allows.
    navigator.storage?.persist?.().catch(() => {});
    const label = key.startsWith('country:') ? document.querySelector('main h1')?.textContent.trim() : undefined;
    const progress = (m) => {
      if (m.data?.key === key && m.data.type === 'progress') s.textContent = fill(w.keeping, m.data);
    };
    navigator.serviceWorker.addEventListener('message', progress);
    const end = await ask({ type: 'keep', key, lang, label });
    navigator.serviceWorker.removeEventListener('message', progress);
    if (end.type === 'kept') show(b, w, end);
    else {
      // What did get kept is kept, and listed: the button says so.
      await update();
      s.textContent = fill(end.reason === 'quota' ? w.quota : w.failed, end);
    }
  }
  b.removeAttribute('aria-busy');
});

// The offline page: what is kept, its size, and a way to clear it.
if (here) {
  // Served in place of a page the device does not have.
  if (!/\/offline(\.html)?$/.test(location.pathname)) document.getElementById('offline-missed').hidden = false;
  const w = here.dataset;
  const state = document.getElementById('kept-state');
  const holder = document.getElementById('kept');
  const heading = document.getElementById('kept-heading');
  const link = (a) =>
    make(
      'li',
      {},
      // An alert's title runs in its own direction, whatever the page's.
      make('a', { href: a.href, textContent: a.title, dir: 'auto', ...(a.language ? { lang: a.language } : {}) }),
      ...(a.withdrawn ? [' ', make('strong', { className: 'kept-withdrawn', textContent: w.withdrawn })] : []),
      ...(a.bytes ? [make('span', { className: 'kept-meta', textContent: ' · ' + size(a.bytes) + (a.at ? ' · ' + when(a.at) : '') })] : []),
    );
  // `note`: what was just done, said in the status. After a button that
  // had focus is drawn again, focus goes to the section's heading.
  const draw = async (note = '', refocus = false) => {
    const all = await ask({ type: 'list' });
    const blocks = [];
    for (const g of all.kept ?? []) {
      const remove = make('button', { type: 'button', className: 'button button-quiet', textContent: w.remove });
      remove.setAttribute('aria-label', w.remove + ': ' + g.label);
      remove.addEventListener('click', async () => {
        remove.setAttribute('aria-busy', 'true');
        await ask({ type: 'remove', key: g.key });
        draw(w.removed, true);
      });
      blocks.push(
        make('section', { className: 'kept-group' },
          make('h3', { textContent: g.label }),
          make('p', { className: 'kept-meta', textContent: fill(w.kept, { count: g.count, size: size(g.bytes) }) + ' · ' + when(g.at) }),
          remove,
          // Each kept in the language it was kept in.
          make('ul', {}, ...g.alerts.map((a) => link({ ...a, href: g.prefix + 'alerts/' + a.id })))),
      );
    }
    const openedList = all.opened ?? [];
    if (openedList.length) {
      // Each opened page's own title, in its own language, read from the copy.
      const opened = await Promise.all(
        openedList.map(async (a) => {
          try {
            const doc = new DOMParser().parseFromString(await (await caches.match(a.href)).text(), 'text/html');
            const h1 = doc.querySelector('main h1');
            return { ...a, title: h1?.textContent.trim() || a.title, language: h1?.closest('[lang]')?.lang || a.language };
          } catch {
            return a;
          }
        }),
      );
      blocks.push(make('section', { className: 'kept-group' }, make('h3', { textContent: w.opened }), make('ul', {}, ...opened.map(link))));
    }
    const clear = make('button', { type: 'button', className: 'button', textContent: w.clear });
    clear.addEventListener('click', async () => {
      clear.setAttribute('aria-busy', 'true');
      await ask({ type: 'clear' });
      draw(w.cleared, true);
    });
    const empty = !blocks.length;
    const total = all.total ? [make('p', { textContent: fill(w.total, { size: size(all.total) }) })] : [];
    holder.replaceChildren(...blocks, ...(empty ? [] : [...total, clear]));
    state.textContent = note || (empty ? w.empty : '');
    if (refocus) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  draw();
}
