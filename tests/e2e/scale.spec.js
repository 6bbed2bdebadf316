// The build at a realistic scale (issue 31): a synthetic archive of a few
// hundred alerts (scripts/scale-build: bodies, series, French translations,
// one country with many alerts) served by Cloudflare's own Pages server.
// What the build's economies could break is checked over every alert: each
// address the sitemap names answers, each alert reads without script in
// each interface language, each is in the feeds and has its card, and the
// long country timeline is paged without losing an alert.
//
// Pages and feeds are parsed by Chromium's own parsers (DOMParser), not by
// the code that wrote them.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./helpers.js";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCALE_URL } from "./playwright.config.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../../dist-scale");
const read = (path) => readFileSync(join(dist, path), "utf8");
const site = JSON.parse(read("data/site.json"));
const index = JSON.parse(read("data/index.json"));
const alerts = index.alerts;
// Every interface language's folder: one messages file each (as build.rs reads them).
const LANGUAGES = readdirSync(new URL("../../locales", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)))
  .map((tag) => (tag === "en" ? "" : `${tag}/`));
/** A reader address as the test host serves it. */
const local = (url) => url.replace(site.reader_url, `${SCALE_URL}/`);

/** GETs `paths` on the host, a few at a time; their status and text. */
async function fetchAll(request, paths, width = 12) {
  const out = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const response = await request.get(`${SCALE_URL}${paths[i]}`, { maxRedirects: 0 });
      out[i] = { path: paths[i], status: response.status(), text: await response.text() };
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

/** What a reader without script sees of each HTML text, as Chromium reads it. */
async function readPages(page, texts) {
  await page.goto("about:blank");
  return page.evaluate((texts) => {
    const parser = new DOMParser();
    return texts.map((text) => {
      const doc = parser.parseFromString(text, "text/html");
      const visible = (css) => [...doc.querySelectorAll(css)].map((e) => e.textContent.trim());
      return {
        lang: doc.documentElement.lang,
        dir: doc.documentElement.dir,
        h1: visible("main h1")[0] ?? null,
        paragraphs: visible(".alert-body p"),
        events: visible(".timeline .event-title"),
        position: visible(".page-position")[0] ?? null,
        older: doc.querySelector(".pager a[rel=next]")?.getAttribute("href") ?? null,
        // Without the list each link carries for Previous/Next.
        cards: [...doc.querySelectorAll(".cards .card-title a")].map((a) => a.getAttribute("href").replace(/\?.*$/, "")),
        inlineScripts: [...doc.querySelectorAll("script:not([src])")].filter((s) => s.type !== "application/ld+json").length,
      };
    });
  }, texts);
}

test("the scale build is the archive it was drawn from", () => {
  expect(alerts.length).toBeGreaterThanOrEqual(300);
  expect(alerts.filter((a) => a.series).length).toBeGreaterThan(alerts.length / 4);
  expect(alerts.filter((a) => a.language === "fr").length).toBeGreaterThan(10);
});

test("every address the sitemap names answers on the real host", async ({ page, request }) => {
  test.setTimeout(120_000);
  const sitemap = read("sitemap.xml");
  await page.goto("about:blank");
  const urls = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const loc = [...doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")].map((e) => e.textContent);
    const alternates = [...doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((e) => e.getAttribute("href"));
    return [...new Set([...loc, ...alternates])];
  }, sitemap);
  // Every published alert is named (its other languages are its pages' hreflang links).
  for (const a of alerts) expect(urls, a.id).toContain(`${site.reader_url}alerts/${a.id}`);
  expect(urls.length).toBeGreaterThan(alerts.length);
  const answers = await fetchAll(request, urls.map((u) => new URL(local(u)).pathname));
  expect(answers.filter((a) => a.status !== 200).map((a) => `${a.path}: ${a.status}`)).toEqual([]);
});

for (const prefix of LANGUAGES) {
  test(`each alert reads without script at /${prefix}alerts/`, async ({ page, request }) => {
    test.setTimeout(90_000);
    const answers = await fetchAll(request, alerts.map((a) => `/${prefix}alerts/${a.id}`));
    expect(answers.filter((a) => a.status !== 200).map((a) => a.path), prefix).toEqual([]);
    const pages = await readPages(page, answers.map((a) => a.text));
    alerts.forEach((alert, i) => {
      const seen = pages[i];
      const file = JSON.parse(read(`data/alerts/${alert.id}.json`));
      const firstParagraph = file.body.find((b) => b.type === "paragraph");
      const words = firstParagraph.text.map((span) => (typeof span === "string" ? span : span.text)).join("");
      expect(seen.h1, `${prefix}${alert.id}`).toBe(alert.title);
      expect(seen.paragraphs, `${prefix}${alert.id}`).toContain(words);
      expect(seen.lang, `${prefix}${alert.id}`).toBe(prefix ? prefix.slice(0, 2) : "en");
      expect(seen.dir, `${prefix}${alert.id}`).toBe(prefix === "ar/" ? "rtl" : "ltr");
      expect(seen.inlineScripts, `${prefix}${alert.id}`).toBe(0);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an alert and an older page of the long timeline show in a real browser", async ({ page }) => {
    const alert = alerts.find((a) => a.series && a.language === "en");
    await page.goto(`${SCALE_URL}/ar/alerts/${alert.id}`);
    await expect(page.locator("main h1")).toHaveText(alert.title);
    await expect(page.locator(".alert-body p").first()).toBeVisible();
    const [code, named] = busiest();
    await page.goto(`${SCALE_URL}/fr/countries/${code}`);
    await page.getByRole("link", { name: "Plus anciennes →" }).click();
    await expect(page).toHaveURL(`${SCALE_URL}/fr/countries/${code}/page/2`);
    await expect(page.locator(".page-position")).toHaveText(/^Page 2 sur \d+$/);
    await expect(page.locator(".timeline .event")).toHaveCount(Math.min(50, named.length - 50));
  });

  test("Older walks the whole archive, each alert once, in English and Arabic", async ({ page }) => {
    test.setTimeout(90_000);
    for (const prefix of ["", "ar/"]) {
      const seen = [];
      await page.goto(`${SCALE_URL}/${prefix}`);
      for (;;) {
        seen.push(...(await page.locator(".cards .card-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))));
        const older = page.locator(".pager a[rel=next]");
        if ((await older.count()) === 0) break;
        const next = await older.getAttribute("href");
        await older.click();
        await page.waitForURL(`${SCALE_URL}${next}`);
      }
      expect(seen.length, prefix).toBe(alerts.length);
      expect(new Set(seen).size, prefix).toBe(alerts.length);
      expect(seen.every((href) => href.startsWith(`/${prefix}alerts/`)), prefix).toBe(true);
    }
  });
});

test("each type's and year's list holds its alerts, each once, over its pages", async ({ page, request }) => {
  test.setTimeout(90_000);
  const lists = [
    ...[...new Set(alerts.map((a) => a.type))].map((t) => [`/types/${t}`, alerts.filter((a) => a.type === t)]),
    ...[...new Set(alerts.map((a) => a.published.slice(0, 4)))].map((y) => [`/years/${y}`, alerts.filter((a) => a.published.startsWith(y))]),
  ];
  expect(lists.length).toBeGreaterThan(4);
  for (const [path, expected] of lists) {
    const pages = Math.ceil(expected.length / 20);
    const paths = Array.from({ length: pages }, (_, i) => (i ? `${path}/page/${i + 1}` : path));
    const answers = await fetchAll(request, [...paths, `${path}/page/${pages + 1}`]);
    expect(answers.map((a) => a.status), path).toEqual([...paths.map(() => 200), 404]);
    const seen = (await readPages(page, answers.slice(0, pages).map((a) => a.text))).flatMap((p) => p.cards);
    expect(seen.length, path).toBe(expected.length);
    expect([...seen].sort(), path).toEqual(expected.map((a) => `/alerts/${a.id}`).sort());
  }
});

/** The country most alerts name, and those alerts (newest first, as the index lists them). */
function busiest() {
  const by = new Map();
  for (const a of alerts) for (const c of a.countries) by.set(c, [...(by.get(c) ?? []), a]);
  return [...by.entries()].sort((a, b) => b[1].length - a[1].length)[0];
}

test("the long country timeline is paged, and its pages hold each of its alerts once", async ({ page, request }) => {
  const [code, named] = busiest();
  expect(named.length).toBeGreaterThan(50);
  const pages = Math.ceil(named.length / 50);
  for (const prefix of ["", "ar/"]) {
    const paths = Array.from({ length: pages }, (_, i) => `/${prefix}countries/${code}${i ? `/page/${i + 1}` : ""}`);
    const answers = await fetchAll(request, [...paths, `/${prefix}countries/${code}/page/${pages + 1}`]);
    expect(answers.map((a) => a.status)).toEqual([...paths.map(() => 200), 404]);
    const seen = await readPages(page, answers.slice(0, pages).map((a) => a.text));
    const titles = seen.flatMap((p) => p.events);
    expect(titles.length).toBe(named.length);
    expect(new Set(titles)).toEqual(new Set(named.map((a) => a.title)));
    expect(seen.map((p) => p.events.length)).toEqual(paths.map((_, i) => (i < pages - 1 ? 50 : named.length - 50 * (pages - 1))));
    // Each page leads to the next older one; the last to none.
    expect(seen.map((p) => p.older)).toEqual(paths.map((_, i) => (i < pages - 1 ? `/${prefix}countries/${code}/page/${i + 2}` : null)));
    expect(seen[0].position).toBeNull();
    expect(seen[1].position).toMatch(new RegExp(`2.*${pages}`));
  }
});

test("in the app, Older on a long country timeline opens its next page", async ({ page, request }) => {
  const [code, named] = busiest();
  // A list in the address starts the app; the alert's country link is then the app's.
  await page.goto(`${SCALE_URL}/alerts/${named[0].id}?country=${code}`);
  await expect.poll(() => page.evaluate(() => window.alertReaderStarted === true)).toBe(true);
  await page.evaluate(() => { window.sameDocument = true; });
  const link = page.locator(`main a[href="/countries/${code}"]`).first();
  const name = (await link.textContent()).trim();
  await link.click();
  await expect(page.locator("main h1")).toHaveText(name);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(`${SCALE_URL}/countries/${code}/page/2`);
  // The app drew it (no page load), the same as the build's page.
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  const built = (await (await request.get(`${SCALE_URL}/countries/${code}/page/2`)).text()).match(/class="event-title"[^>]*><a[^>]*>([^<]*)</)[1];
  await expect(page.locator(".timeline .event-title").first()).toHaveText(built);
  await expect(page.locator(".timeline .event")).toHaveCount(Math.min(50, named.length - 50));
  await expect(page).toHaveTitle(/ · Page 2 of \d+ · /);
});

test("each alert is in the main feed once, through its archive pages, and has its card", async ({ page }) => {
  const feeds = readdirSync(join(dist, "feeds")).filter((f) => /^all(-archive-\d+)?\.xml$/.test(f));
  await page.goto("about:blank");
  const ids = await page.evaluate((texts) => {
    const atom = "http://www.w3.org/2005/Atom";
    return texts.flatMap((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return [...doc.getElementsByTagNameNS(atom, "entry")].map((e) => e.getElementsByTagNameNS(atom, "id")[0].textContent);
    });
  }, feeds.map((f) => read(`feeds/${f}`)));
  expect(ids.length).toBe(alerts.length);
  expect(new Set(ids)).toEqual(new Set(alerts.map((a) => `${site.reader_url}alerts/${a.id}`)));
  // A subject's feed is its newest fifty.
  const [code] = busiest();
  const country = read(`feeds/countries/${code}.xml`);
  expect(country.match(/<entry[ >]/g)).toHaveLength(50);
  for (const a of alerts) {
    const png = readFileSync(join(dist, "cards", `${a.id}.png`));
    expect(png.subarray(1, 4).toString(), a.id).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], a.id).toEqual([1200, 630]);
  }
});

// The older pages are a new kind of address: the site-wide headers, and no
// axe violation in light and dark, at phone width and in Arabic.
test("an older country page carries the reader's headers on the real host", async ({ request }) => {
  const [code] = busiest();
  const got = (await request.get(`${SCALE_URL}/ar/countries/${code}/page/2`, { maxRedirects: 0 })).headers();
  expect(got["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(got["x-frame-options"]).toBe("DENY");
  expect(got["x-content-type-options"]).toBe("nosniff");
});

for (const [what, prefix, viewport, scheme] of [
  ["desktop, light", "", { width: 1280, height: 900 }, "light"],
  ["phone, dark", "", { width: 390, height: 844 }, "dark"],
  ["Arabic, phone, light", "ar/", { width: 390, height: 844 }, "light"],
  ["Arabic, desktop, dark", "ar/", { width: 1280, height: 900 }, "dark"],
]) {
  test(`an older country page has no axe violations (${what})`, async ({ page }) => {
    const [code] = busiest();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${SCALE_URL}/${prefix}countries/${code}/page/2`);
    await expect(page.locator(".timeline .event").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
