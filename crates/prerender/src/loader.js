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
// Copy buttons (Follow) need script, not the app: shown once script runs
// (html.js), and served here until the app takes them over.
document.documentElement.classList.add('js');
document.addEventListener('click', (e) => {
  const lang = e.target.closest && e.target.closest('a[data-lang]');
  if (lang) {
    try {
      localStorage.setItem({remember}, lang.dataset.lang);
    } catch {}
  }
  const b = e.target.closest && e.target.closest('.follow-copy,.copy-button');
  if (!b || window.alertReaderCopies) return;
  const status = b.parentElement.querySelector('[role=status]');
  const say = (text) => { if (status) status.textContent = text; };
  if (!navigator.clipboard) return say(b.dataset.notCopied);
  // A feed's address, or the text of a citation.
  const from = b.dataset.copyFrom && document.getElementById(b.dataset.copyFrom);
  const text = from ? from.textContent : new URL(b.dataset.copy, document.baseURI).href;
  navigator.clipboard.writeText(text).then(() => say(b.dataset.copied), () => say(b.dataset.notCopied));
});
let tries = 0;
const start = () => {
  if (window.alertReaderStarted) return;
  window.alertReaderStarted = true;
  // Chromium keeps a failed module import failed: a retry needs a new URL.
  import(tries++ ? '{js}?retry=' + tries : '{js}')
    .then((m) => m.default({ module_or_path: '{wasm}' }))
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
        b.after(note);
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
// Only the app's own list parameters: a shared link's ?utm_source=… or
// ?fbclid=… should not download the app.
const params = new URLSearchParams(location.search);
if ({list_keys}.some((k) => params.has(k))) start();
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
