// Writes _headers (the format Netlify, Cloudflare Pages and others read)
// into a build, after trunk has written index.html. Run by Trunk.toml's
// post-build hook; see docs/deploying.md for other hosts.
//
// The Content-Security-Policy allows the inline scripts the build itself
// writes (by their hashes), the wasm, and nothing from elsewhere: trunk's
// start-up script of each bundle's page (the prerendered pages' on-demand
// loader is a file of the build, crates/prerender/src/loader.js). Any
// other inline script in a built page fails the build: it would otherwise
// be allowed everywhere.
// The strict policy (frame-ancestors 'none', X-Frame-Options: DENY) is the
// rule for every path, so a new kind of page is safe without anyone
// listing it. Only /embed/* opens framing: to any site, or to the reader
// itself and site.json's embed.allowed_origins when that list is set
// ('self' so the Embed dialog's preview still shows). Every page also
// carries the policy (less frame-ancestors, which a meta element cannot
// set) in a <meta http-equiv>, for hosts that ignore _headers.
//
// A request matching several rules gets all their headers, joined: two
// policies would both be enforced. So /embed/* first detaches the site-wide
// policy and X-Frame-Options ("! Name", Cloudflare Pages' syntax), then
// sets its own. Each path is written once: Cloudflare Pages answers a path
// listed twice with the later rule's headers only.
//
//   node scripts/write-headers.mjs [build-dir]   (default: $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: write-headers.mjs <build-dir>");
  process.exit(2);
}
const html = readFileSync(join(dir, "index.html"), "utf8");
const base = (html.match(/<base href="([^"]*)"/)?.[1] ?? "/").replace(/\/?$/, "/");

/** Every .html file under the build, as paths relative to it. */
const htmlFiles = (sub = "") =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const path = join(sub, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith(".html") ? [path] : [];
  });
/** The inline scripts of a page (data blocks such as JSON-LD are not run). */
const inlineScripts = (page) =>
  [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs))
    .map(([, , body]) => body);

// What the build writes: each bundle's page as trunk wrote it (404.html is
// index.html before the prerender filled it). The prerendered pages carry
// no inline script: their loader is a file (on_demand.rs).
const trunkPages = ["404.html", "preview.html", "map-app.html", "embed/latest.html"].filter((f) => existsSync(join(dir, f)));
const own = new Set(trunkPages.flatMap((f) => inlineScripts(readFileSync(join(dir, f), "utf8"))));
if (!existsSync(join(dir, "404.html"))) {
  console.error(`${dir}: no 404.html (the app's page as trunk wrote it), so no script can be allowed`);
  process.exit(1);
}
const hashOf = (s) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const site = JSON.parse(readFileSync(join(dir, "data", "site.json"), "utf8"));
const origins = site.embed?.allowed_origins ?? [];
if (!origins.every((o) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o))) {
  console.error(`site.json embed.allowed_origins must be origins like https://partner.example: ${origins}`);
  process.exit(1);
}

// The directives, shared with the prerender (crates/prerender/src/policy.rs),
// which writes the same policy into the pages it draws. worker-src is the
// reader's service worker (docs/offline.md), its own file only.
const directives = JSON.parse(readFileSync(new URL("../crates/prerender/src/policy.json", import.meta.url), "utf8"));
const csp = (ancestors, allowed = hashes) =>
  [
    ...directives.map((d) => (d.startsWith("script-src ") ? [d, ...allowed].join(" ") : d)),
    ...(ancestors ? [`frame-ancestors ${ancestors}`] : []),
  ].join("; ");

// The same policy in every page, for hosts that ignore _headers (a meta
// element cannot carry frame-ancestors: the app refuses to run framed
// outside /embed/ instead, see src/dom.rs and loader.js), allowing only
// the page's own inline scripts: every page carries it, so each hash it
// does not need is bytes for nothing. The prerender has put it into the
// pages it drew (no inline script, so no hash); here it goes into the
// bundles' own pages. One pass over the pages, each read once (at 10,000
// alerts they are 72,000 files): what each runs is checked against what
// the build wrote, its policy put in where missing, and the scripts any
// page runs gathered for _headers below.
const used = new Set();
for (const file of htmlFiles()) {
  const path = join(dir, file);
  const page = readFileSync(path, "utf8");
  const scripts = inlineScripts(page);
  for (const script of scripts) {
    if (!own.has(script)) {
      console.error(`${file}: an inline script the build did not write (${JSON.stringify(script.slice(0, 60))}…).`);
      console.error("Refusing to allow it: find what put it there (template, data, a build step) and remove it.");
      process.exit(1);
    }
    used.add(script);
  }
  // Only a real element counts: text from the data is escaped (no "<").
  if (page.includes('<meta http-equiv="Content-Security-Policy"')) continue;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp(null, [...new Set(scripts)].map(hashOf).sort())}" />`;
  const withMeta = page.replace(/(<meta charset="utf-8" ?\/?>)/, `$1\n    ${meta}`);
  if (withMeta === page) {
    console.error(`${file}: no <meta charset="utf-8"> to put the policy after`);
    process.exit(1);
  }
  writeFileSync(path, withMeta);
}
const hashes = [...used].sort().map(hashOf);

const lines = [
  "# Written by scripts/write-headers.mjs at build time: do not edit.",
  `${base}*`,
  "  X-Content-Type-Options: nosniff",
  "  Referrer-Policy: no-referrer",
  `  Content-Security-Policy: ${csp("'none'")}`,
  "  X-Frame-Options: DENY",
  "",
  // The staff preview: never indexed (and, as every page, never framed).
  ...["preview", "preview.html"].flatMap((p) => [`${base}${p}`, "  X-Robots-Tag: noindex", ""]),
  // The service worker: checked at every visit, so a new build's worker
  // (and with it what is kept) is picked up on the next one.
  `${base}sw.js`,
  "  Cache-Control: no-cache",
  "",
  // Feeds, oEmbed documents and the data (a static API, docs/api.md) are
  // public and read by other
  // sites: feed readers on the web, and partner panels in an oEmbed frame
  // that WordPress sandboxes without allow-same-origin (an opaque origin
  // whose module script, wasm and data fetches are all cross-origin).
  ...["feeds/*", "oembed/*", "data/*", "alert-reader-*", "main-*", "lists-*"].flatMap((p) => [`${base}${p}`, "  Access-Control-Allow-Origin: *", ""]),
  `${base}embed/*`,
  "  ! Content-Security-Policy",
  "  ! X-Frame-Options",
  `  Content-Security-Policy: ${csp(origins.length ? ["'self'", ...origins].join(" ") : "*")}`,
  "",
];
writeFileSync(join(dir, "_headers"), lines.join("\n"));

// _redirects (Cloudflare Pages and Netlify). Status 200 is a rewrite, the
// address kept: every alert's panel is the one page embed/alert.html
// (scripts/post-build); the app reads the id from the address (only when
// the embeds' bundle was built). Status 301: an alert's former Cite and
// Compare pages, in any language, are now boxes on its page, "Cite this
// alert" and "Compare with…" (a placeholder matches one path segment, the
// destination keeps the fragment). Hosts without rewrites answer 404.html,
// the reader's bundle, which shows the same panel and sends a former page's
// address to the same place (crates/views/src/former_pages.rs).
const redirects = [
  "# Written by scripts/write-headers.mjs at build time: do not edit.",
  ...(existsSync(join(dir, "embed", "alert.html")) ? [`${base}embed/alert/* ${base}embed/alert 200`] : []),
  ...["cite", "compare"].flatMap((box) => [
    `${base}alerts/:id/${box} ${base}alerts/:id#${box} 301`,
    `${base}:lang/alerts/:id/${box} ${base}:lang/alerts/:id#${box} 301`,
  ]),
  "",
];
writeFileSync(join(dir, "_redirects"), redirects.join("\n"));

console.log(`wrote _headers for ${base} (${hashes.length} inline script hashes, embeds framable by ${origins.length ? origins.join(", ") : "any site"})`);
