// Alert Reader's benchmark: size, load, filtering, memory and Lighthouse,
// each beside a baseline measured in the same run. Run it through
// scripts/bench, which builds the release app and the inputs first.
//
//   node bench/run.mjs [--runs N] [--write docs/benchmarks.md] [--no-lighthouse]
//                      [--only section,...] [--scale 1000,10000] [--scale-full]
//
// Figures are medians over N runs with their spread (min–max). Nothing
// here is a test: budgets are reported, met or not, never asserted.
import { chromium } from "@playwright/test";
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, rmSync, cpSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants as zc } from "node:zlib";
import { join } from "node:path";
import { cpus } from "node:os";
import { tally } from "../scripts/build-report.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(opt("--runs", "5"));
const WRITE = opt("--write", null);
const LIGHTHOUSE = !args.includes("--no-lighthouse");
// --only size,load,filtering,lighthouse: run some sections (while optimising one).
// The service worker's own fetches reach context.route (the offline section
// makes them fail: context.setOffline does not reach them).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
const ONLY = opt("--only", "size,offline,share,languages,since,map,authoring,scale,first,load,filtering,parse,lighthouse").split(",");
// --scale 1000,10000: the synthetic archives the scale section builds;
// --scale-full also times a full build (bundles and all) of each.
const SCALE = opt("--scale", "1000,10000").split(",").map(Number);
const SCALE_FULL = args.includes("--scale-full");
const SIZES = [1000, 10000, 50000];
const ALERT = "azerbaijan-red-flag-update-3";
const BENCH = "target/bench";
const READER = "http://127.0.0.1:4181";
const STATIC = "http://127.0.0.1:4182";
const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info"];

// ---------------------------------------------------------------- helpers

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const fmt = (s, unit = ms) => `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;

const duration = (n) => (n >= 60_000 ? `${Math.floor(n / 60_000)} min ${Math.round((n % 60_000) / 1000)} s` : `${(n / 1000).toFixed(1)} s`);

function startServer(dir, port) {
  const p = spawn("node", ["tests/e2e/static-server.mjs", dir, String(port), "/", "--compress"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => p.stdout.once("data", () => resolve(p)));
}

async function cdpFor(page) {
  return page.context().newCDPSession(page);
}

/** Records, from before any page script runs, when all selectors are visible. */
function visibilityProbe(selectors) {
  return `(() => {
    const sel = ${JSON.stringify(selectors)};
    window.__visible = 0;
    addEventListener("TrunkApplicationStarted", (e) => { window.__wasm = e.detail.wasm; });
    const check = () => {
      if (window.__visible) return;
      const ok = sel.every((s) => { const el = document.querySelector(s); return el && el.getBoundingClientRect().height > 0; });
      if (ok) window.__visible = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
}

/** A cold load (new context, cache off): ms from navigation to visible. */
async function coldLoad(browser, url, selectors, throttle, route) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (route) await route(page);
  const cdp = await cdpFor(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(visibilityProbe(selectors));
  await page.goto(url);
  await page.waitForFunction(() => window.__visible > 0, null, { timeout: 60000 });
  const t = await page.evaluate(() => window.__visible);
  await context.close();
  return t;
}

/** Every URL a first visit requests, and the bytes that crossed the wire. */
async function firstVisit(browser, url, selectors) {
  // What reading needs: the worker comes once the page is in, and what it
  // fetches then is counted on its own (the offline section).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await cdpFor(page);
  await cdp.send("Network.enable");
  let wire = 0;
  const urls = [];
  cdp.on("Network.responseReceived", (e) => urls.push(e.response.url));
  cdp.on("Network.loadingFinished", (e) => { wire += e.encodedDataLength; });
  await page.addInitScript(visibilityProbe(selectors));
  await page.goto(url);
  await page.waitForFunction(() => window.__visible > 0);
  await page.waitForLoadState("networkidle");
  await context.close();
  return { wire, urls };
}

/** The gzip/brotli size of what a list of URLs fetched, from the files. */
function compressedTotal(urls, root, dir) {
  let gz = 0, br = 0;
  const files = [];
  for (const u of urls) {
    let path = new URL(u).pathname.replace(/^\//, "");
    // As the static server does: the file, else the file + ".html", else the app.
    if (path && existsSync(join(dir, path + ".html"))) path += ".html";
    if (!path || !existsSync(join(dir, path)) || path.endsWith("/")) path = "index.html";
    const buf = readFileSync(join(dir, path));
    gz += gzip(buf);
    br += brotli(buf);
    files.push(path);
  }
  return { gz, br, files };
}

// ---------------------------------------------------------------- measures

function sizes() {
  const files = readdirSync("dist");
  const pick = (re) => files.find((f) => re.test(f));
  // dist holds four bundles: the reader's (404.html, its page as trunk
  // wrote it: the prerendered pages name it only in their loader file),
  // the staff preview's (preview.html), the map's (map-app.html) and the
  // partner embeds' (embed/*.html). Each page names its own.
  const bundle = (page) => readFileSync(join("dist", page), "utf8").match(/alert-reader-[0-9a-f]+/)[0];
  const reader = bundle("404.html"), preview = bundle("preview.html"), embeds = bundle("embed/latest.html"), map = bundle("map-app.html");
  const rows = [
    ["index.html", "index.html"],
    ["CSS", pick(/^main-.*\.css$/)],
    ["JS", `${reader}.js`],
    ["wasm", `${reader}_bg.wasm`],
  ].map(([label, f]) => {
    const buf = readFileSync(join("dist", f));
    return { label, file: f, raw: buf.length, gz: gzip(buf), br: brotli(buf) };
  });
  const page = readFileSync(join(BENCH, "static", "alert.html"));
  const css = readFileSync(join("dist", rows[1].file));
  const baseline = { raw: page.length + css.length, gz: gzip(page) + gzip(css), br: brotli(page) + brotli(css) };
  const extra = [
    ["staff preview JS (preview.html only)", `${preview}.js`],
    ["staff preview wasm (preview.html only)", `${preview}_bg.wasm`],
    ["partner embeds JS (embed/*.html only)", `${embeds}.js`],
    ["partner embeds wasm (embed/*.html only)", `${embeds}_bg.wasm`],
    ["the map's filters JS (/map, on a first filter)", `${map}.js`],
    ["the map's filters wasm (/map, on a first filter)", `${map}_bg.wasm`],
  ].map(([label, f]) => {
    const buf = readFileSync(join("dist", f));
    return { label, file: f, raw: buf.length, gz: gzip(buf), br: brotli(buf) };
  });
  return { rows, baseline, extra };
}

async function filtering(browser, size, who) {
  const index = join(BENCH, "indexes", `index-${size}.json`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await cdpFor(page);
  await cdp.send("Performance.enable");
  await page.addInitScript(visibilityProbe([".cards li"]));
  let url;
  if (who === "reader") {
    await page.route("**/data/index.json", (r) => r.fulfill({ path: index, contentType: "application/json" }));
    // A list in the address starts the app at once (the front page alone
    // waits for the reader's first sign of interest).
    url = `${READER}/?page=1`;
  } else {
    url = `${STATIC}/vanilla.html?index=indexes/index-${size}.json`;
  }
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.__visible > 0, null, { timeout: 120000 });
  // The prerendered front page has its own count and cards: measure the app.
  await page.waitForFunction(() => !document.querySelector("#boot"), null, { timeout: 120000 });
  const loadMs = Date.now() - t0;
  await page.evaluate(() => {
    window.__measure = (act, before) =>
      new Promise((resolve) => {
        const count = () => document.querySelector(".result-count")?.textContent;
        const t = performance.now();
        let done = false;
        const check = () => {
          if (!done && count() !== before) {
            done = true;
            resolve(performance.now() - t);
          }
          return done;
        };
        const mo = new MutationObserver(() => check() && mo.disconnect());
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        act();
        if (check()) mo.disconnect();
      });
    window.__set = (sel, value, type) => {
      const el = document.querySelector(sel);
      el.value = value;
      el.dispatchEvent(new Event(type, { bubbles: true }));
    };
  });
  const all = await page.locator(".result-count").textContent();
  // A country with many alerts, the same for both pages.
  const country = await page.evaluate(() => [...document.querySelectorAll("#filter-country option")].map((o) => o.value).filter(Boolean)[3]);
  const settle = async () => page.waitForFunction((c) => document.querySelector(".result-count")?.textContent === c, all);
  const countryTimes = [], wordTimes = [];
  for (let i = 0; i < RUNS + 2; i++) {
    await page.evaluate(() => window.__set("#filter-country", "", "change"));
    await settle();
    const t = await page.evaluate(([c, before]) => window.__measure(() => window.__set("#filter-country", c, "change"), before), [country, all]);
    await page.evaluate(() => window.__set("#filter-country", "", "change"));
    await settle();
    const w = await page.evaluate((before) => window.__measure(() => window.__set("#filter-words", "ceasefire", "input"), before), all);
    await page.evaluate(() => window.__set("#filter-words", "", "input"));
    await settle();
    if (i >= 2) { countryTimes.push(t); wordTimes.push(w); } // two warm-up rounds
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const metrics = (await cdp.send("Performance.getMetrics")).metrics;
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await context.close();
  return { country: stat(countryTimes), words: stat(wordTimes), heap, wasm, loadMs };
}

function lighthouse(url) {
  const out = execFileSync(process.env.LIGHTHOUSE_BIN ?? ".tools/lighthouse/node_modules/.bin/lighthouse", [
    url, "--output=json", "--output-path=stdout", "--quiet",
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-flags=--headless=new ${CHROME_ARGS.join(" ")}`,
  ], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 << 20 });
  const report = JSON.parse(out.toString());
  const c = report.categories;
  const score = (k) => Math.round(c[k].score * 100);
  const below = Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary" || (a.scoreDisplayMode === "numeric" && a.score < 0.5)).map((a) => a.id);
  return { perf: score("performance"), a11y: score("accessibility"), bp: score("best-practices"), seo: score("seo"), below };
}

// ---------------------------------------------------------------- main

const servers = [await startServer("dist", 4181), await startServer(join(BENCH, "static"), 4182)];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });
const lines = [];
const say = (s = "") => { lines.push(s); console.log(s); };
const budgets = [];
const budget = (name, met, detail) => budgets.push(`- ${met ? "✅ met" : "❌ not met"}: ${name}: ${detail}`);

try {
  const chromiumVersion = execFileSync("/usr/bin/chromium", ["--version"]).toString().trim();
  say(`# Alert Reader benchmark`);
  say();
  say(`${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0].model.trim()} · ${chromiumVersion} · ${RUNS} runs each, median (min–max)`);
  say();
  say("Reproduce: `scripts/bench` (builds the release app, then runs `node bench/run.mjs`).");

  // Size
  if (ONLY.includes("size")) {
  const sz = sizes();
  say();
  say("## Size");
  say();
  say("| file | raw | gzip | brotli |");
  say("|---|---:|---:|---:|");
  let total = { raw: 0, gz: 0, br: 0 };
  for (const r of sz.rows) {
    say(`| ${r.label} (\`${r.file}\`) | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
    total = { raw: total.raw + r.raw, gz: total.gz + r.gz, br: total.br + r.br };
  }
  say(`| **app total** | ${kb(total.raw)} | ${kb(total.gz)} | ${kb(total.br)} |`);
  say(`| baseline: the alert as one static page + CSS | ${kb(sz.baseline.raw)} | ${kb(sz.baseline.gz)} | ${kb(sz.baseline.br)} |`);
  for (const r of sz.extra) say(`| ${r.label} (\`${r.file}\`) | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(r.br)} |`);
  const staticVisit = await firstVisit(browser, `${STATIC}/alert.html`, ["h1", ".alert-body p"]);
  const files = (t) => t.files.map((f) => f.replace(/-[0-9a-f]{16}/, "")).join(", ");
  // An alert opened on its own (a shared link) is its prerendered page; the
  // app loads only when asked (see crates/prerender/src/on_demand.rs).
  const visit = await firstVisit(browser, `${READER}/alerts/${ALERT}`, ["main h1", ".alert-body p"]);
  const visitTotal = compressedTotal(visit.urls, READER, "dist");
  say();
  say(`First visit to one alert, opened on its own (${visitTotal.files.length} requests: ${files(visitTotal)}):`);
  say(`${kb(visitTotal.gz)} gzip, ${kb(visitTotal.br)} brotli, ${kb(visit.wire)} on the wire (brotli, with headers); the static page: ${kb(staticVisit.wire)} on the wire, ${ratio(visit.wire, staticVisit.wire)}.`);
  budget("first load of one alert ≤ 150 KB gzip in all", visitTotal.gz <= 150 * 1024, `${kb(visitTotal.gz)} (opened on its own)`);
  // The same alert from a filtered list (?country=AZ): the app renders it,
  // to step within that list. Shown beside the budget, not hidden by it.
  const listed = await firstVisit(browser, `${READER}/alerts/${ALERT}?country=AZ`, ["main h1", ".alert-body p"]);
  const listedTotal = compressedTotal(listed.urls, READER, "dist");
  say();
  say(`First visit to the same alert with a list in its address (\`?country=AZ\`, so the app starts at once; ${listedTotal.files.length} requests: ${files(listedTotal)}):`);
  say(`${kb(listedTotal.gz)} gzip, ${kb(listedTotal.br)} brotli, ${kb(listed.wire)} on the wire. A reader who came from the list in the same visit has the app already, and fetches only the alert's JSON.`);
  }

  // Reading offline (issue 33): what the worker costs a first visit, its
  // own size, and a kept alert read offline against the same read online.
  if (ONLY.includes("offline")) {
    say();
    say("## Reading offline (issue 33)");
    say();
    const sw = readFileSync(join("dist", "sw.js"));
    const keepFile = readdirSync("dist").find((f) => /^keep-[0-9a-f]{16}\.js$/.test(f));
    const keep = readFileSync(join("dist", keepFile));
    say(`The worker (\`sw.js\`): ${kb(sw.length)}, ${kb(gzip(sw))} gzip. The keep script: ${kb(keep.length)}, ${kb(gzip(keep))} gzip, fetched when Keep is pressed, or once a worker is in by a page with a Keep button, a kept copy or the offline page.`);
    budget("the service worker ≤ 5 KB gzip", gzip(sw) <= 5 * 1024, kb(gzip(sw)));
    // A first visit (no worker yet): what the page and its files weigh, and
    // the same files without what reading offline added to them (the Keep
    // button, the footer's link, the loader's lines that register the
    // worker).
    const visit = await firstVisit(browser, `${READER}/alerts/${ALERT}`, ["main h1", ".alert-body p"]);
    const now = compressedTotal(visit.urls, READER, "dist");
    let before = 0;
    for (const f of now.files) {
      let text = readFileSync(join("dist", f), "utf8");
      if (f.endsWith(".html")) {
        text = text.replace(/<button [^>]*data-keep=[^>]*>[^<]*<\/button>/g, "").replace(/<li><a href="[^"]*offline" rel="external">[^<]*<\/a><\/li>/, "");
      }
      if (/^loader-/.test(f)) {
        text = text.slice(0, text.indexOf("if (navigator.serviceWorker")).replace(/const keep = [^\n]*\n[^\n]*\n/, "");
      }
      before += gzip(Buffer.from(text));
    }
    say(`First visit to one alert (${now.files.join(", ")}): ${kb(now.gz)} gzip; without what reading offline adds to these files: ${kb(before)}.`);
    budget("reading offline adds ≤ 0.5 KB gzip to a first visit", now.gz - before <= 512, `${((now.gz - before) / 1024).toFixed(2)} KB (${kb(before)} → ${kb(now.gz)})`);
    // After the page is in: the worker installs and fetches its shell and
    // the offline page (most already in the browser's cache).
    const shell = JSON.parse(sw.toString().match(/const SHELL_FILES = (\[.*\]);/)[1]);
    const after = ["sw.js", ...shell.filter((f) => !now.files.includes(f))];
    // The offline page is an address: its file is offline.html.
    const afterGz = after.reduce((n, f) => n + gzip(readFileSync(join("dist", existsSync(join("dist", f)) ? f : `${f}.html`))), 0);
    say(`Once the page is in, the worker and what it installs (${after.join(", ")}): ${kb(afterGz)} gzip, once.`);
    // A kept alert read again: online (through the worker, from the
    // network) and offline (from what the device kept).
    const reads = { online: [], offline: [] };
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ serviceWorkers: "allow" });
      const page = await context.newPage();
      await page.addInitScript(visibilityProbe(["main h1", ".alert-body p"]));
      await page.goto(`${READER}/alerts/${ALERT}`);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(async () => navigator.serviceWorker.controller && (await caches.match(location.href)) !== undefined);
      for (const mode of ["online", "offline"]) {
        if (mode === "offline") {
          await context.setOffline(true);
          await context.route("**/*", (route) => route.abort("internetdisconnected"));
        }
        await page.reload();
        await page.waitForFunction(() => window.__visible > 0);
        reads[mode].push(await page.evaluate(() => window.__visible));
      }
      await context.close();
    }
    const online = stat(reads.online), offline = stat(reads.offline);
    say(`A kept alert shown again (reload to title and text visible): online ${fmt(online)}, offline ${fmt(offline)} (${ratio(offline.median, online.median)}).`);
    budget("a kept alert reads offline no slower than online (≤ 1.2×)", offline.median <= 1.2 * online.median, `${ms(offline.median)} offline, ${ms(online.median)} online`);
  }

  // Follow and share (issue 10): what the feeds, link previews and the
  // Follow control add to a page, the cards' size, and the build's time.
  if (ONLY.includes("share")) {
    say();
    say("## Follow and share");
    say();
    const page = readFileSync(join("dist", "alerts", `${ALERT}.html`), "utf8");
    // The head tags start at the canonical link and end the head; the
    // Follow control is one section.
    const bare = page
      .replace(/<link rel="canonical"[\s\S]*?(?=<\/head>)/, "")
      .replace(/<section class="follow">[\s\S]*?<\/section>/, "");
    const added = gzip(Buffer.from(page)) - gzip(Buffer.from(bare));
    // The first visit to one alert measured before issue 10 (commit
    // 31ad00a, docs/benchmarks.md then): page, CSS and loader.
    const before = 8.2 * 1024;
    const now = compressedTotal([`${READER}/alerts/${ALERT}`, `${READER}/${readdirSync("dist").find((f) => /^main-.*\.css$/.test(f))}`], READER, "dist").gz;
    say(`An alert page with its link-preview tags, feed links, JSON-LD and Follow control: ${kb(now)} gzip with its CSS; those parts alone are ${kb(added)} gzip of the page (before them: ${kb(before)}).`);
    budget("an alert page grows by ≤ 1.5 KB gzip (feeds, previews, structured data)", now - before <= 1.5 * 1024, `${kb(now - before)} (${kb(before)} → ${kb(now)})`);
    const cards = readdirSync(join("dist", "cards")).map((f) => ({ f, n: readFileSync(join("dist", "cards", f)).length }));
    const biggest = cards.reduce((a, b) => (b.n > a.n ? b : a));
    say(`Share cards: ${cards.length}, ${kb(cards.reduce((a, c) => a + c.n, 0))} in all; the largest \`${biggest.f}\` ${kb(biggest.n)}.`);
    budget("a share card ≤ 60 KB", biggest.n <= 60 * 1024, `${kb(biggest.n)} (the largest of ${cards.length})`);
    // The prerender on the sample data: with the public address (feeds,
    // cards drawn from a cold cache, oEmbed, sitemap), and without it.
    const time = (data, cache) => {
      const build = join(BENCH, "share-build");
      rmSync(build, { recursive: true, force: true });
      mkdirSync(build, { recursive: true });
      cpSync(join("dist", "404.html"), join(build, "index.html"));
      rmSync(cache, { recursive: true, force: true });
      const t0 = performance.now();
      execFileSync("target/prerender/prerender", [data, build], { env: { ...process.env, ALERT_READER_CARD_CACHE: cache }, stdio: "ignore" });
      return performance.now() - t0;
    };
    const bareData = join(BENCH, "data-without-address");
    rmSync(bareData, { recursive: true, force: true });
    cpSync("public/data", bareData, { recursive: true });
    const siteJson = JSON.parse(readFileSync(join(bareData, "site.json"), "utf8"));
    delete siteJson.reader_url;
    writeFileSync(join(bareData, "site.json"), JSON.stringify(siteJson));
    const withReach = stat(Array.from({ length: 3 }, () => time("public/data", join(BENCH, "card-cache"))));
    const without = stat(Array.from({ length: 3 }, () => time(bareData, join(BENCH, "card-cache"))));
    say(`Prerendering the sample data: ${fmt(withReach)} with feeds, cards (none cached), oEmbed and sitemap; ${fmt(without)} without.`);
    budget("the sample data's build ≤ 10 s longer", withReach.median - without.median <= 10_000, `${ms(withReach.median - without.median)} longer`);
  }

  // Languages (issue 13): what each language's messages cost a reader, an
  // alert page opened on its own in French and Arabic, and what the
  // mechanism adds to the reader's wasm.
  if (ONLY.includes("languages")) {
    say();
    say("## Languages");
    say();
    say("| language | messages file | gzip | brotli | country names, gzip (if the browser lacks them) |");
    say("|---|---:|---:|---:|---:|");
    let largest = 0;
    for (const f of readdirSync(join("dist", "locales")).filter((f) => f.endsWith(".json")).sort()) {
      const buf = readFileSync(join("dist", "locales", f));
      largest = Math.max(largest, gzip(buf));
      // Country names: downloaded only where the browser has none in that
      // language (Chromium has no Armenian ones), beside the messages.
      const names = readFileSync(join("dist", "locales", "countries", f));
      say(`| ${f.replace(/\.json$/, "")} | ${kb(buf.length)} | ${kb(gzip(buf))} | ${kb(brotli(buf))} | ${kb(gzip(names))} |`);
    }
    budget("a reader downloads ≤ 6 KB gzip of messages (their language's only)", largest <= 6 * 1024, `${kb(largest)} (the largest file)`);
    const css = `${READER}/${readdirSync("dist").find((f) => /^main-.*\.css$/.test(f))}`;
    for (const [name, prefix] of [["English", ""], ["French", "/fr"], ["Spanish", "/es"], ["Arabic", "/ar"], ["Armenian", "/hy"], ["Russian", "/ru"]]) {
      const visit = await firstVisit(browser, `${READER}${prefix}/alerts/${ALERT}`, ["main h1", ".alert-body p"]);
      const total = compressedTotal(visit.urls, READER, "dist");
      const page = compressedTotal([`${READER}${prefix}/alerts/${ALERT}`, css], READER, "dist");
      say(`An alert opened on its own in ${name}: the page with its CSS ${kb(page.gz)} gzip; ${total.files.length} requests, ${kb(total.gz)} gzip in all (no app, no messages file).`);
      if (prefix === "/fr") budget("an alert page opened on its own in French ≤ 9 KB gzip", page.gz <= 9 * 1024, kb(page.gz));
      budget(`an alert page opened on its own in ${name} ≤ 10 KB gzip (issue 34)`, page.gz <= 10 * 1024, kb(page.gz));
    }
    // The language mechanism's cost to the reader's wasm was measured when
    // it landed (issue 13: 276.5 KB → 291.6 KB, +15.1 KB, budget 20 KB;
    // docs/benchmarks.md); later issues measure their own growth from the
    // wasm as they found it (see "since" below).
  }

  // Since the last update, Compare, Cite and the data (issue 12): what the
  // reader's wasm gained, and what the pages and files weigh.
  if (ONLY.includes("since")) {
    say();
    say("## Since the last update, cite, and the data");
    say();
    const UPDATE = "example-myanmar-red-flag-update-2";
    const css = readdirSync("dist").find((f) => /^main-.*\.css$/.test(f));
    const file = (path) => readFileSync(join("dist", path));
    say("| what | raw | gzip |");
    say("|---|---:|---:|");
    for (const [what, path] of [
      ["an update's page (with its Since and Compare boxes, Cite this alert and citation tags)", `alerts/${UPDATE}.html`],
      ["the CSS (all pages)", css],
      ["data/alerts.csv (the whole archive)", "data/alerts.csv"],
      ["data/alerts.json", "data/alerts.json"],
      ["data/schema/alert.schema.json", "data/schema/alert.schema.json"],
    ]) {
      const buf = file(path);
      say(`| ${what} | ${kb(buf.length)} | ${kb(gzip(buf))} |`);
    }
    // The reader's wasm before issue 12 (commit c1712a6, built the same way
    // and measured with this script's gzip).
    const before = 291.4 * 1024;
    const reader = readFileSync(join("dist", "404.html"), "utf8").match(/alert-reader-[0-9a-f]+/)[0];
    const wasm = gzip(readFileSync(join("dist", `${reader}_bg.wasm`)));
    say();
    // Its budget (≤ 15 KB) was met when it landed: 303.7 KB, +12.3 KB
    // (docs/benchmarks.md). What later issues add is measured in their
    // own sections, against that figure.
    say(`The reader's wasm: ${kb(wasm)} gzip, ${kb(wasm - before)} more than before issue 12 (${kb(before)}), of which issue 12 added 12.3 KB when it landed (the box under an update's title, the list's downloads and the links to Compare and Cite); later issues add the rest.`);
  }

  // The map, the situation board and the charts (issue 14): what a first
  // visit to /map downloads (the page with its SVG, the CSS, no app), and
  // what the reader's wasm gained (the charts; the map's views are in the
  // map's own bundle, loaded by /map when a filter is first used).
  if (ONLY.includes("map")) {
    say();
    say("## The map, the board and the charts");
    say();
    const css = readdirSync("dist").find((f) => /^main-.*\.css$/.test(f));
    const file = (path) => readFileSync(join("dist", path));
    const page = file("map.html").toString();
    // Everything the page makes the browser fetch before anyone acts: its
    // stylesheets and scripts (the loader is inline; the app is not named).
    const fetched = [...page.matchAll(/<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="\/([^"]+)"/g)].map((m) => m[1]);
    say("| what | raw | gzip |");
    say("|---|---:|---:|");
    let first = gzip(file("map.html"));
    say(`| /map (its SVG and board inline) | ${kb(file("map.html").length)} | ${kb(first)} |`);
    for (const f of fetched) {
      const buf = file(f);
      first += gzip(buf);
      say(`| ${f} | ${kb(buf.length)} | ${kb(gzip(buf))} |`);
    }
    say(`| the front page (with its chart) | ${kb(file("index.html").length)} | ${kb(gzip(file("index.html")))} |`);
    say(`| a country page (with its chart) | ${kb(file("countries/AM.html").length)} | ${kb(gzip(file("countries/AM.html")))} |`);
    say(`| chart.css (pages with a chart: the chart links it) | ${kb(file("chart.css").length)} | ${kb(gzip(file("chart.css")))} |`);
    say(`| data/world.json (the map's shapes, for the app) | ${kb(file("data/world.json").length)} | ${kb(gzip(file("data/world.json")))} |`);
    say();
    const wasmOf = (p) => gzip(file(`${readFileSync(join("dist", p), "utf8").match(/alert-reader-[0-9a-f]+/)[0]}_bg.wasm`));
    // Whether a first visit fetches the app: what the browser asks for.
    const visit = await firstVisit(browser, `${READER}/map`, [".map-svg"]);
    const appNamed = visit.urls.some((u) => /alert-reader-[0-9a-f]+(_bg\.wasm|\.js)/.test(u));
    budget("/map on a first visit ≤ 60 KB gzip including the SVG", first <= 60 * 1024 && !appNamed, `${kb(first)} (${fetched.length + 1} files; the app ${appNamed ? "is" : "is not"} fetched)`);
    // The reader's wasm after issue 12 (commit c648b3a, as measured then).
    const before = 303.7 * 1024;
    const wasm = wasmOf("404.html");
    say(`The reader's wasm: ${kb(wasm)} gzip, ${kb(wasm - before)} more than before (${kb(before)}). The map's own bundle: ${kb(wasmOf("map-app.html"))} gzip; the partner embeds' (with the board panel): ${kb(wasmOf("embed/latest.html"))}.`);
    budget("the map, board and charts add ≤ 20 KB gzip to the reader's wasm", wasm - before <= 20 * 1024, `${kb(wasm - before)} (${kb(before)} → ${kb(wasm)})`);
  }

  // Writing alerts (issue 28): what the editor added to the staff
  // preview's bundle, that the reader's did not grow, and how fast a
  // data-only build publishes a changed alert beside the full build.
  if (ONLY.includes("authoring")) {
    say();
    say("## Writing alerts: the editor's weight and the data-only build");
    say();
    const wasmOf = (p) => gzip(readFileSync(join("dist", `${readFileSync(join("dist", p), "utf8").match(/alert-reader-[0-9a-f]+/)[0]}_bg.wasm`)));
    // Both as built before issue 28's editor (commit 87702b2, this machine).
    const [previewBefore, readerBefore] = [435737, 333542];
    const [preview, reader] = [wasmOf("preview.html"), wasmOf("404.html")];
    say("| wasm (gzip -9) | before the editor | now | change |");
    say("|---|---:|---:|---:|");
    say(`| the staff preview (preview.html) | ${kb(previewBefore)} | ${kb(preview)} | ${kb(preview - previewBefore)} |`);
    say(`| the reader | ${kb(readerBefore)} | ${kb(reader)} | ${kb(reader - readerBefore)} |`);
    budget("the reader's wasm does not grow with the editor (≤ 0.5 KB gzip)", reader - readerBefore <= 512, `${kb(reader - readerBefore)} (${kb(readerBefore)} → ${kb(reader)})`);
    // The full build is timed by scripts/bench (BENCH_FULL_BUILD_MS) on
    // whatever the cache held; the data-only build here, RUNS times.
    const times = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const start = Date.now();
      execFileSync("scripts/build", ["--data-only", "--out", join(BENCH, "data-only")], { stdio: "ignore" });
      times.push(Date.now() - start);
    }
    const quick = stat(times);
    const full = Number(process.env.BENCH_FULL_BUILD_MS ?? NaN);
    const alerts = readdirSync("public/data/alerts").filter((f) => f.endsWith(".json")).length;
    say();
    say(`| build of the sample data (${alerts} alert files) | time |`);
    say("|---|---:|");
    if (Number.isFinite(full)) say(`| full (\`scripts/build\`, four bundles and the pages) | ${(full / 1000).toFixed(1)} s |`);
    say(`| data-only (\`scripts/build --data-only\`) | ${fmt(quick, (n) => `${(n / 1000).toFixed(1)} s`)} |`);
    budget("a data-only build of the sample data ≤ 20 s", quick.median <= 20_000, `${(quick.median / 1000).toFixed(1)} s`);
    rmSync(join(BENCH, "data-only"), { recursive: true, force: true });
  }

  // An archive of any size (issues 28 and 31): synthetic alert files
  // (alert-data synth --files: bodies, series, translations) drawn by a
  // data-only build around the bundles of the full build above, which is
  // the whole build but the wasm bundles (they do not depend on the data).
  if (ONLY.includes("scale")) {
    say();
    say("## An archive of any size (synthetic alert files)");
    say();
    const rows = [];
    for (const n of SCALE) {
      const data = join(BENCH, "scale", `data-${n}`);
      const out = join(BENCH, "scale", `out-${n}`);
      rmSync(data, { recursive: true, force: true });
      mkdirSync(data, { recursive: true });
      cpSync("public/data/site.json", join(data, "site.json"));
      execFileSync("target/debug/alert-data", ["synth", String(n), "--seed", "1", "--files", data], { stdio: "ignore" });
      // Cards are painted once and kept (a cache keyed by what they show):
      // each build here starts with none, unless it is the one "with cards
      // kept", which is what a rebuild after one changed alert costs.
      const cards = join(BENCH, "scale", `cards-${n}`);
      const timed = (argv, keepCards = false) => {
        if (!keepCards) rmSync(cards, { recursive: true, force: true });
        const start = Date.now();
        execFileSync("scripts/build", argv, { stdio: "ignore", env: { ...process.env, ALERT_READER_CARD_CACHE: cards } });
        return Date.now() - start;
      };
      const quick = timed(["--data-only", "--data", data, "--out", out]);
      const kept = timed(["--data-only", "--data", data, "--out", out], true);
      let full = null;
      if (SCALE_FULL) {
        const dist = join(BENCH, "scale", `full-${n}`);
        full = timed(["--data", data, "--dist", dist]);
        // The build and what scripts/build kept beside it for that --dist.
        for (const d of [dist, ...["preview-build", "embed-build", "map-build", "data-only"].map((k) => join("target", k, `full-${n}`))]) {
          rmSync(d, { recursive: true, force: true });
        }
      }
      rmSync(cards, { recursive: true, force: true });
      rows.push({ n, quick, kept, full, ...tally(out) });
      rmSync(out, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    }
    say("| alerts | files | files per alert | KB per alert | build |");
    say("|---:|---:|---:|---:|---:|");
    for (const r of rows) {
      say(`| ${r.n.toLocaleString("en")} | ${r.files.toLocaleString("en")} | ${(r.files / r.n).toFixed(1)} | ${(r.bytes / 1024 / r.n).toFixed(0)} | ${duration(r.quick)} |`);
    }
    say();
    say("\"build\": `scripts/build --data-only --data <synthetic data>`, the whole build but the wasm bundles, no card painted before.");
    say();
    say(`| alerts | data-only build | data-only, cards kept (one alert changed)${SCALE_FULL ? " | full build (`scripts/build --data`)" : ""} |`);
    say(`|---:|---:|---:${SCALE_FULL ? "|---:" : ""}|`);
    for (const r of rows) say(`| ${r.n.toLocaleString("en")} | ${duration(r.quick)} | ${duration(r.kept)}${SCALE_FULL ? ` | ${duration(r.full)}` : ""} |`);
    const last = rows[rows.length - 1];
    say();
    say(`Where the files of ${last.n.toLocaleString("en")} alerts are (largest file: \`${last.largest.path}\`, ${kb(last.largest.bytes)}; the most in one folder: \`${last.crowded.path}/\`, ${last.crowded.files.toLocaleString("en")}):`);
    say();
    say("| folder | files | MB |");
    say("|---|---:|---:|");
    for (const [kind, k] of Object.entries(last.kinds).sort((a, b) => b[1].files - a[1].files)) {
      say(`| ${kind} | ${k.files.toLocaleString("en")} | ${(k.bytes / 1048576).toFixed(1)} |`);
    }
  }

  // Every reader view at static weight (issue 15): what a first visit
  // that changes nothing downloads, and how soon a first filter change
  // shows once the app it asked for has arrived.
  if (ONLY.includes("first")) {
    say();
    say("## First visits and the first change");
    say();
    say("| first visit | requests | gzip | on the wire (brotli, headers) | app fetched |");
    say("|---|---:|---:|---:|---|");
    const views = [
      ["the front page", "/", [".cards li"]],
      ["a country page (Armenia)", "/countries/AM", ["main h1"]],
      ["/map", "/map", [".map-svg"]],
      ["an alert", `/alerts/${ALERT}`, ["main h1", ".alert-body p"]],
      ["the front page in Arabic", "/ar/", [".cards li"]],
      ["the front page in French", "/fr/", [".cards li"]],
    ];
    const filtered = [
      ["a filtered front page (`/?type=sos_alert`)", "/?type=sos_alert", [".cards li"]],
      ["a filtered map (`/map?type=statement`)", "/map?type=statement", [".map-svg"]],
    ];
    const isApp = (u) => /alert-reader-[0-9a-f]+(_bg\.wasm|\.js)/.test(u);
    let heaviest = 0, anyApp = false;
    for (const [what, path, sel] of [...views, ...filtered]) {
      const v = await firstVisit(browser, `${READER}${path}`, sel);
      const t = compressedTotal(v.urls, READER, "dist");
      const app = v.urls.some(isApp);
      say(`| ${what} | ${t.files.length} | ${kb(t.gz)} | ${kb(v.wire)} | ${app ? "yes" : "no"} |`);
      if (views.some(([, p]) => p === path)) {
        heaviest = Math.max(heaviest, v.wire);
        anyApp ||= app;
      }
    }
    budget("every first visit that changes nothing ≤ 20 KB on the wire, no app", heaviest <= 20 * 1024 && !anyApp, `the heaviest: ${kb(heaviest)}; the app ${anyApp ? "is" : "is never"} fetched`);
    // The reader points at a filter (which fetches the app) and chooses a
    // country at once; the wasm is held until the choice is made, so the
    // app always arrives after it. Measured: from the wasm's last byte to
    // the filtered count on screen, with the CPU slowed 4×.
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await cdpFor(page);
      // A new context: a first visit, with an empty cache.
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      let release;
      const gate = new Promise((r) => (release = r));
      await page.route(/_bg\.wasm$/, async (r) => { await gate; await r.continue(); });
      await page.goto(`${READER}/`);
      await page.waitForSelector("#boot .cards li");
      await page.evaluate(() => {
        new MutationObserver(() => {
          const count = document.querySelector("#app:not([hidden]) .result-count");
          if (!window.__shown && count && /Armenia/.test(count.textContent)) window.__shown = performance.now();
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await page.locator("#filter-country").hover();
      await page.selectOption("#filter-country", "AM");
      release();
      await page.waitForFunction(() => window.__shown > 0, null, { timeout: 60000 });
      const t = await page.evaluate(() => {
        const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("_bg.wasm"));
        return window.__shown - wasm.responseEnd;
      });
      times.push(t);
      await context.close();
    }
    const first = stat(times);
    say();
    say(`The first filter change before the app is in (CPU 4×), from the app's wasm arriving to the filtered list on screen: ${fmt(first)}. It includes starting the wasm, fetching and reading \`data/index.json\` and \`data/site.json\`, and building the view.`);
    budget("the first filter change shows ≤ 300 ms after the app arrives (CPU 4×)", first.median <= 300, ms(first.median));
  }

  // Load
  if (ONLY.includes("load")) {
  say();
  say("## Cold load (cache disabled)");
  say();
  say("| what | CPU | reader | static page (baseline) | ratio |");
  say("|---|---|---:|---:|---:|");
  for (const throttle of [1, 4]) {
    const reader = [], listed = [], page = [], home = [];
    for (let i = 0; i < RUNS; i++) {
      reader.push(await coldLoad(browser, `${READER}/alerts/${ALERT}`, ["main h1", ".alert-body p"], throttle));
      listed.push(await coldLoad(browser, `${READER}/alerts/${ALERT}?country=AZ`, ["main h1", ".alert-body p"], throttle));
      page.push(await coldLoad(browser, `${STATIC}/alert.html`, ["h1", ".alert-body p"], throttle));
      home.push(await coldLoad(browser, `${READER}/`, [".cards li"], throttle));
    }
    const r = stat(reader), l = stat(listed), p = stat(page), h = stat(home);
    say(`| alert: title and first paragraph visible | ${throttle}× | ${fmt(r)} | ${fmt(p)} | ${ratio(r.median, p.median)} |`);
    say(`| alert from a list (\`?country=AZ\`, app starts at once) | ${throttle}× | ${fmt(l)} | ${fmt(p)} | ${ratio(l.median, p.median)} |`);
    say(`| front page: first page of the list visible | ${throttle}× | ${fmt(h)} | (no equivalent) | |`);
    budget(`title visible ≤ 2× the static page (CPU ${throttle}×)`, r.median <= 2 * p.median, `${ms(r.median)} vs ${ms(p.median)}, ${ratio(r.median, p.median)}`);
    budget(`title visible ≤ 2× the static page, alert from a list (CPU ${throttle}×)`, l.median <= 2 * p.median, `${ms(l.median)} vs ${ms(p.median)}, ${ratio(l.median, p.median)}`);
  }
  }

  // Filtering, memory, growth
  if (ONLY.includes("filtering")) {
  say();
  say("## Filtering, memory and growth (synthetic indexes)");
  say();
  say("Time from the change to the DOM showing the new count and first page.");
  say();
  say("| alerts | action | reader | vanilla JS (baseline) | ratio |");
  say("|---:|---|---:|---:|---:|");
  const mem = [];
  for (const size of SIZES) {
    const r = await filtering(browser, size, "reader");
    const v = await filtering(browser, size, "vanilla");
    say(`| ${size.toLocaleString("en")} | choose a country | ${fmt(r.country)} | ${fmt(v.country)} | ${ratio(r.country.median, v.country.median)} |`);
    say(`| ${size.toLocaleString("en")} | type a word | ${fmt(r.words)} | ${fmt(v.words)} | ${ratio(r.words.median, v.words.median)} |`);
    mem.push([size, r, v]);
    if (size === 10000) {
      for (const [what, key] of [["choosing a country", "country"], ["typing a word", "words"]]) {
        budget(`filtering 10,000 alerts ≤ 16 ms median (${what})`, r[key].median <= 16, ms(r[key].median));
        budget(`filtering 10,000 alerts ≤ 2× vanilla JS (${what})`, r[key].median <= 2 * v[key].median, `${ms(r[key].median)} vs ${ms(v[key].median)}, ${ratio(r[key].median, v[key].median)}`);
      }
    }
    if (size === 50000) {
      for (const [what, key] of [["choosing a country", "country"], ["typing a word", "words"]]) {
        budget(`50,000 alerts filter in ≤ 100 ms (${what})`, r[key].median <= 100, ms(r[key].median));
      }
    }
  }
  say();
  say("| alerts | reader: JS heap | reader: wasm memory | reader: total | vanilla: JS heap | ratio | reader: load to list |");
  say("|---:|---:|---:|---:|---:|---:|---:|");
  for (const [size, r, v] of mem) {
    const t = r.heap + r.wasm;
    say(`| ${size.toLocaleString("en")} | ${kb(r.heap)} | ${kb(r.wasm)} | ${kb(t)} | ${kb(v.heap)} | ${ratio(t, v.heap)} | ${r.loadMs} ms |`);
  }
  }

  if (ONLY.includes("parse") && existsSync(join(BENCH, "dist-parse", "index.html"))) {
    say();
    say("## Reading the index: serde_json or JSON.parse + serde-wasm-bindgen");
    say();
    say("Both in the same wasm (a build with the `parse-bench` feature), from the same JS string a fetch gives, in the same page; serde_json's time includes copying the text into wasm.");
    say();
    say("| alerts | serde_json | JSON.parse | + serde-wasm-bindgen | JSON.parse route total | ratio |");
    say("|---:|---:|---:|---:|---:|---:|");
    const server = await startServer(join(BENCH, "dist-parse"), 4183);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route("**/bench-index-*.json", (r) => {
        const n = r.request().url().match(/bench-index-(\d+)/)[1];
        return r.fulfill({ path: join(BENCH, "indexes", `index-${n}.json`), contentType: "application/json" });
      });
      // A page with trunk's own start-up script, which sets wasmBindings
      // (every reader page loads the app on demand).
      await page.goto("http://127.0.0.1:4183/404.html");
      await page.waitForFunction(() => window.wasmBindings?.bench_parse_index, null, { timeout: 60000 });
      for (const size of SIZES) {
        const runs = await page.evaluate(async ([size, n]) => {
          const text = await (await fetch(`/bench-index-${size}.json`)).text();
          const out = [];
          for (let i = 0; i < n + 1; i++) out.push(Array.from(window.wasmBindings.bench_parse_index(text)));
          return out.slice(1);
        }, [size, RUNS]);
        if (runs.some((r) => r[3] !== size)) throw new Error(`parse bench read ${runs.map((r) => r[3])} alerts, not ${size}`);
        const serde = stat(runs.map((r) => r[0])), js = stat(runs.map((r) => r[1])), swb = stat(runs.map((r) => r[2]));
        const total = stat(runs.map((r) => r[1] + r[2]));
        say(`| ${size.toLocaleString("en")} | ${fmt(serde)} | ${fmt(js)} | ${fmt(swb)} | ${fmt(total)} | ${ratio(total.median, serde.median)} |`);
      }
      await context.close();
    } finally {
      server.kill();
    }
    const wasmOf = (dir) => readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));
    const shipped = gzip(readFileSync(join("dist", wasmOf("dist"))));
    const both = gzip(readFileSync(join(BENCH, "dist-parse", wasmOf(join(BENCH, "dist-parse")))));
    say();
    say(`serde-wasm-bindgen adds ${kb(both - shipped)} gzip to the wasm (${kb(shipped)} → ${kb(both)} with both parsers).`);
  }

  if (LIGHTHOUSE && ONLY.includes("lighthouse")) {
    say();
    say("## Lighthouse 12.2.3");
    say();
    say("| page | performance | accessibility | best practices | SEO | audits below par |");
    say("|---|---:|---:|---:|---:|---|");
    for (const [name, path] of [["front page", "/"], ["an alert", `/alerts/${ALERT}`], ["a country page", "/countries/AM"], ["the map", "/map"]]) {
      const l = lighthouse(`${READER}${path}`);
      say(`| ${name} | ${l.perf} | ${l.a11y} | ${l.bp} | ${l.seo} | ${l.below.join(", ") || "none"} |`);
      const all = [l.perf, l.a11y, l.bp, l.seo];
      budget(`Lighthouse 100 / 100 / 100 / 100 (${name}, mobile throttled)`, all.every((x) => x === 100), all.join(" / "));
    }
    say();
    say("`valid-source-maps` is flagged because the release build ships no source maps, on purpose (size); it counts towards no score.");
  }

  say();
  say("## Budgets");
  say();
  for (const b of budgets) say(b);
  if (WRITE) {
    writeFileSync(WRITE, lines.join("\n") + "\n");
    console.log(`\nwritten to ${WRITE}`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}
