// Loads the app on demand (crates/prerender/src/on_demand.rs).
// Only the partner panels may be framed. A host without _headers sends no
// frame-ancestors, so a framing site could dress this page up as its own.
if (window.top !== window.self) {
  const open = document.createElement('a');
  open.href = location.href;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = 'Open this page in a new tab';
  document.body.replaceChildren(open);
  throw new Error('framed');
}
window.alertReaderLoader = true;
// Copy buttons (Follow) need script, not the app: shown once script runs
// (html.js), and served here until the app takes them over.
document.documentElement.classList.add('js');
document.addEventListener('click', (e) => {
  const b = e.target.closest && e.target.closest('.follow-copy');
  if (!b || window.alertReaderCopies) return;
  const status = b.parentElement.querySelector('.follow-status');
  const say = (text) => { if (status) status.textContent = text; };
  if (!navigator.clipboard) return say({not_copied});
  navigator.clipboard.writeText(new URL(b.dataset.copy, document.baseURI).href).then(() => say({copied}), () => say({not_copied}));
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
        note.textContent = 'This needs the full reader, which could not be loaded. Check the connection and try again.';
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
  const rel = { ArrowLeft: 'prev', ArrowRight: 'next' }[e.key];
  const link = rel && document.querySelector('#boot a[rel=' + rel + ']');
  if (link) {
    e.preventDefault();
    link.click();
  }
});
