// Loads the app on demand (crates/prerender/src/on_demand.rs). Its words
// come from the page (data- attributes), so one script serves every
// interface language.
// A page at an address without a language prefix, for a reader who chose
// another interface language (the switcher remembers it) or whose browser
// prefers one on a first visit: that language's page instead.
{
  let chosen = null;
  try {
    chosen = localStorage.getItem({remember});
  } catch {}
  const languages = {languages};
  const wanted = chosen ?? (navigator.languages ?? [])
    .map((l) => l.split(/[-_]/)[0].toLowerCase())
    .find((l) => languages.includes(l) || l === {default});
  const base = new URL(document.baseURI).pathname;
  if (document.documentElement.lang === {default} && languages.includes(wanted) && location.pathname.startsWith(base)) {
    location.replace(base + wanted + '/' + location.pathname.slice(base.length) + location.search + location.hash);
  }
}
// Only the partner panels may be framed. A host without _headers sends no
// frame-ancestors, so a framing site could dress this page up as its own.
if (window.top !== window.self) {
  const open = document.createElement('a');
  open.href = location.href;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = document.getElementById('boot')?.dataset.framed ?? location.href;
  document.body.replaceChildren(open);
  throw new Error('framed');
}
window.alertReaderLoader = true;
// An address naming something in a closed box ("#cite") opens the box:
// browsers do for a link followed, not for a reload or every browser.
const reveal = () => {
  let id = location.hash.slice(1);
  // A mistyped address ("#%E0") names nothing, and must not stop the rest.
  try {
    id = decodeURIComponent(id);
  } catch {}
  const at = id && document.getElementById(id);
  const box = at && at.closest('details:not([open])');
  if (box) {
    box.open = true;
    at.scrollIntoView();
  }
};
reveal();
addEventListener('hashchange', reveal);
// Copy buttons (Follow) need script, not the app: shown once script runs
// (html.js), and served here until the app takes them over.
document.documentElement.classList.add('js');
document.addEventListener('click', (e) => {
  const lang = e.target.closest && e.target.closest('.languages a[hreflang]');
  if (lang) {
    try {
      localStorage.setItem({remember}, lang.hreflang);
    } catch {}
  }
  // "Keep for offline" drawn by the app on a page that had none: its
  // script, then the click again for it.
  const keep = e.target.closest && e.target.closest('button[data-keep]');
  if (keep && !window.alertReaderKeeps) import('{keep}').then(() => keep.click());
  const b = e.target.closest && e.target.closest('.follow-copy,.copy-button');
  if (!b || window.alertReaderCopies) return;
  const status = b.parentElement.querySelector('[role=status]');
  const say = (text) => { if (status) status.textContent = text; };
  // What to say: on the button, or once on the list of buttons around it.
  const words = (b.closest('[data-copied]') || b).dataset;
  if (!navigator.clipboard) return say(words.notCopied);
  // A feed's address, or the text of a citation.
  const from = b.dataset.copyFrom && document.getElementById(b.dataset.copyFrom);
  const text = from ? from.textContent : new URL(b.dataset.copy, document.baseURI).href;
  navigator.clipboard.writeText(text).then(() => say(words.copied), () => say(words.notCopied));
});
let tries = 0;
const start = () => {
  if (window.alertReaderStarted) return;
  window.alertReaderStarted = true;
  // What the app reads first, fetched beside its code rather than after
  // it has started. Not the wasm: fetched whole ahead, it is compiled only
  // once in, where the app's own fetch compiles it as it streams in.
  if (!tries) {
    // The rules of the app's other views, which an alert's page left out
    // (style/lists.css): in before the app draws one.
    const sheet = {lists_sheet};
    if (sheet && !document.querySelector('link[href="' + sheet + '"]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = 'anonymous';
      link.href = sheet;
      document.head.append(link);
    }
    for (const file of ['data/site.json', 'data/index.json', 'locales/' + document.documentElement.lang + '.json']) {
      const hint = document.createElement('link');
      hint.rel = 'preload';
      hint.as = 'fetch';
      hint.crossOrigin = 'anonymous';
      hint.href = file;
      document.head.append(hint);
    }
  }
  // Chromium keeps a failed module import failed: a retry needs a new URL.
  import(tries++ ? '{js}?retry=' + tries : '{js}')
    .then((m) => m.default({ module_or_path: '{wasm}' }))
    // As trunk's own start-up script tells it (the benchmark reads it).
    .then((wasm) => dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } })))
    .catch(() => {
      // Say so beside the button pressed, and let a second press retry.
      window.alertReaderStarted = false;
      for (const b of document.querySelectorAll('#boot [aria-busy]')) {
        b.removeAttribute('aria-busy');
        document.getElementById('app-load-failed')?.remove();
        const note = document.createElement('p');
        note.id = 'app-load-failed';
        note.className = 'notice';
        note.setAttribute('role', 'alert');
        note.textContent = b.dataset.failed;
        // Inside a form (the filters), whose place in the page's grid a
        // sibling would take.
        if (b.tagName === 'FORM') b.append(note);
        else b.after(note);
      }
    });
};
for (const b of document.querySelectorAll('#boot [data-app-action]')) {
  b.hidden = false;
  b.addEventListener('click', () => {
    window.alertReaderPending = b.dataset.appAction;
    b.setAttribute('aria-busy', 'true');
    document.getElementById('app-load-failed')?.remove();
    start();
  });
}
// The filters (the archive's, the map's) before the app is in: a pointer
// or focus on them fetches it, so it is often in by the first change, and
// every change goes into the address, which the app reads when it starts
// (or, already building, on popstate): no choice or keystroke is lost.
for (const form of document.querySelectorAll('#boot form[data-app-form]')) {
  form.addEventListener('pointerover', () => start(), { once: true });
  form.addEventListener('focusin', () => start(), { once: true });
  const keep = (e) => {
    // A select says it twice (input, then change): once is enough.
    const typed = e.target.type === 'search';
    if (e.type === 'input' && !typed) return;
    if (e.type === 'submit') e.preventDefault();
    const params = new URLSearchParams(location.search);
    for (const field of form.elements) {
      if (!field.name) continue;
      if (field.value) params.set(field.name, field.value);
      else params.delete(field.name);
    }
    // A new choice starts at the list's first page.
    params.delete('page');
    // Encoded as the app writes it (%20, not +).
    const query = [...params].map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
    // As in the app: a choice is a step back can undo, typing is not. The
    // archive's form names the front page, where its filters live (also
    // from a list with a path of its own); the map's, none: its own page.
    const path = form.getAttribute('action') ? new URL(form.action).pathname : location.pathname;
    const to = path + (query && '?' + query) + location.hash;
    if (typed) history.replaceState(history.state, '', to);
    else if (to !== location.pathname + location.search + location.hash) history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
    // Busy until the app is in; told beside the form if it cannot load.
    form.setAttribute('aria-busy', 'true');
    document.getElementById('app-load-failed')?.remove();
    start();
  };
  for (const type of ['input', 'change', 'submit']) form.addEventListener(type, keep);
}
// Only the app's own list parameters: a shared link's ?utm_source=… or
// ?fbclid=… should not download the app.
const params = new URLSearchParams(location.search);
if ({list_keys}.some((k) => params.has(k))) start();
// A page served at an address it was not made for (a server that answers
// every path with the front page): the app shows the right view. As the
// app's main.rs reads it: "/" for "" and "/index.html", no trailing slash.
{
  const base = new URL(document.baseURI).pathname;
  const path = location.pathname.startsWith(base) ? '/' + location.pathname.slice(base.length) : location.pathname;
  const trimmed = path.replace(/\/+$/, '');
  const here = trimmed === '' || trimmed === '/index.html' ? '/' : trimmed;
  const boot = document.getElementById('boot');
  // Not the offline page, which the worker serves for a page it lacks.
  if (boot?.classList.contains('prerendered') && boot.dataset.path !== here && !document.getElementById('offline')) start();
}
addEventListener('keydown', (e) => {
  if (window.alertReaderStarted || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
  // Each link names its own key: in a right-to-left page, ← is Next.
  const link = ['ArrowLeft', 'ArrowRight'].includes(e.key) && document.querySelector('#boot a[aria-keyshortcuts=' + e.key + ']');
  if (link) {
    e.preventDefault();
    link.click();
  }
});
// Reading offline (docs/offline.md): the worker registers once the page
// is in, so a first visit waits for nothing of it. A page read before it
// was in is handed to it, to be kept as if read through it.
if (navigator.serviceWorker && window.caches) {
  document.documentElement.classList.add('keeps');
  const sw = navigator.serviceWorker;
  addEventListener('load', () => setTimeout(() => {
    sw.register('{worker}')
      .then(() => sw.ready)
      .then((r) => sw.controller || r.active.postMessage({ type: 'opened', url: location.href }))
      .catch(() => {});
  }, 1));
  // The keep script where it has something to show at once: the offline
  // page, a kept copy, or Keep buttons once a worker is in (a first visit
  // fetches it only if Keep is pressed, above).
  if (document.getElementById('offline') || document.documentElement.dataset.kept || (sw.controller && document.querySelector('button[data-keep]'))) import('{keep}');
}
