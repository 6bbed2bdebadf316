// Reading offline (issue 33): the reader's service worker keeps what a
// reader opened and what they chose to keep, and serves it when the
// network is gone; the offline page lists it. Every other spec blocks
// service workers (playwright.config.js), so that no test reads a cached
// page by accident; this one allows them.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, heading, publishedIndex } from "./helpers.js";
import { SUBPATH_URL } from "./playwright.config.js";

test.use({ serviceWorkers: "allow" });

const repo = new URL("../../", import.meta.url);
const words = (tag) => JSON.parse(readFileSync(new URL(`locales/pages/${tag}.json`, repo), "utf8"));
const en = words("en");
const ALERT = "azerbaijan-red-flag-update-3";
const titleOf = (id) => publishedIndex().find((a) => a.id === id).title;

/** Once the worker controls the page, and has kept the page itself and
 *  the offline page of its language. */
async function kept(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const url = location.origin + location.pathname.replace(/\/+$/, (s) => (location.pathname === s ? s : ""));
    const lang = document.documentElement.lang;
    const offlinePage = new URL((lang === "en" ? "" : lang + "/") + "offline", document.baseURI).href;
    return (await caches.match(url)) !== undefined && (await caches.match(offlinePage)) !== undefined;
  });
}

/** No network: the page's requests and the worker's own fetches fail. */
async function offline(context) {
  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
}

for (const [where, root] of [["at /", ""], ["under /reader/", SUBPATH_URL.replace(/\/$/, "")]]) {
  test(`an opened alert reads offline, reloaded and from the front page (${where})`, async ({ page, context }) => {
    // The newest alert: the front page links it.
    const newest = publishedIndex()[0].id;
    await page.goto(`${root}/`);
    await kept(page);
    await page.locator(`a[href$="alerts/${newest}"]`).first().click();
    await expect(page.locator("h1")).toHaveText(titleOf(newest));
    await kept(page);
    await offline(context);
    await page.reload();
    await expect(page.locator("h1")).toHaveText(titleOf(newest));
    // The kept copy says so, and when it was kept.
    expect(await page.locator("html").getAttribute("data-kept")).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(page.locator(".kept-note")).toContainText(en["offline.stale"].split("{date}")[0].trim());
    // Styled as online: the page's stylesheet came from the worker's shell.
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 20))).toBe(true);
    await page.goto(`${root}/`);
    await expect(page.locator(".kept-note")).toBeVisible();
    await page.locator(`a[href$="alerts/${newest}"]`).first().click();
    await expect(page.locator("h1")).toHaveText(titleOf(newest));
  });
}

test("an alert never opened, offline: the offline page, listing what can be read", async ({ page, context }) => {
  const other = publishedIndex().find((a) => a.id !== ALERT && !a.id.startsWith("azerbaijan")).id;
  await page.goto(`/alerts/${ALERT}`);
  await kept(page);
  await offline(context);
  await page.goto(`/alerts/${other}`);
  await expect(page.locator("h1")).toHaveText(en["offline.title"]);
  await expect(page.locator("#offline-missed")).toBeVisible();
  const list = page.locator("#kept");
  await expect(list.getByRole("heading", { name: en["offline.opened"] })).toBeVisible();
  await expect(list.getByRole("link", { name: titleOf(ALERT) })).toBeVisible();
  await list.getByRole("link", { name: titleOf(ALERT) }).click();
  await expect(page.locator("h1")).toHaveText(titleOf(ALERT));
});

test("a country kept in French reads offline, alert by alert, is listed on the English page and can be removed", async ({ page, context }) => {
  const fr = words("fr");
  const ids = publishedIndex().filter((a) => a.countries.includes("AZ")).map((a) => a.id);
  expect(ids.length).toBeGreaterThan(1);
  await page.goto("/");
  await kept(page);
  await page.goto("/fr/countries/AZ");
  await kept(page);
  const keep = page.locator('button[data-keep="country:AZ"]');
  await keep.click();
  const status = page.locator(".keep-status");
  await expect(status).toContainText(fr["offline.kept"].split("{count}")[0]);
  await expect(status).toContainText(`${ids.length}`);
  await expect(keep).toHaveText(fr["offline.remove"]);
  // Kept: a new visit to the page says so.
  await page.reload();
  await expect(keep).toHaveText(fr["offline.remove"]);
  await offline(context);
  for (const id of ids) {
    await page.goto(`/fr/alerts/${id}`);
    await expect(page.locator("main h1"), id).toHaveText(titleOf(id));
    expect(await page.locator("html").getAttribute("data-kept"), id).not.toBeNull();
    expect(await page.locator("html").getAttribute("lang"), id).toBe("fr");
  }
  // The English offline page lists the country (named as it was kept) and
  // links its alerts where they were kept, in French.
  await page.goto("/offline");
  const group = page.locator(".kept-group").filter({ has: page.getByRole("heading", { name: "Azerbaïdjan" }) });
  await expect(group.getByRole("link")).toHaveCount(ids.length);
  await expect(group.locator(".kept-meta").first()).toContainText(/\d+\s?kB/);
  await group.getByRole("link", { name: titleOf(ids[0]) }).click();
  await expect(page.locator("main h1")).toHaveText(titleOf(ids[0]));
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await page.goto("/offline");
  await group.getByRole("button", { name: `${en["offline.remove"]}: Azerbaïdjan` }).click();
  await expect(page.locator("#kept-state")).toHaveText(en["offline.removed"]);
  await expect(page.locator(".kept-group").filter({ hasText: "Azerbaïdjan" })).toHaveCount(0);
  // Focus is not lost with the button that had it.
  await expect(page.locator("#kept-heading")).toBeFocused();
});

test("a list the app showed reads offline, app and data from what was kept", async ({ page, context }) => {
  const sos = publishedIndex().filter((a) => a.type === "sos_alert");
  await page.goto("/");
  await kept(page);
  // The app starts, through the worker: its code and the data are kept.
  await page.goto("/?type=sos_alert&country=SD");
  await expect(page.locator(".result-count:visible")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await offline(context);
  await page.goto("/?type=sos_alert");
  await expect(page.locator(".result-count:visible")).toContainText(`${sos.length}`);
  for (const a of sos.slice(0, 3)) await expect(page.getByRole("link", { name: a.title }).first()).toBeVisible();
});

test("a first visit fetches nothing of reading offline but the worker, once the page is in", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  // An alert of a series: it has a Keep button.
  await page.goto(`/alerts/${ALERT}`);
  await expect(page.locator(".series button[data-keep]")).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(fetched.filter((p) => /keep-|offline/.test(p))).toEqual([]);
  // Pressed, Keep brings its script then.
  await page.locator(".series button[data-keep]").click();
  await expect(page.locator(".series .keep-status")).toContainText("(alerts: ");
  expect(fetched.some((p) => /\/keep-[0-9a-f]{16}\.js$/.test(p))).toBe(true);
});

test("a series is kept from an alert of it", async ({ page, context }) => {
  const alert = publishedIndex().find((a) => a.id === ALERT);
  const ids = publishedIndex().filter((a) => a.series?.id === alert.series.id).map((a) => a.id);
  await page.goto(`/alerts/${ALERT}`);
  await kept(page);
  await page.locator(".series button[data-keep]").click();
  await expect(page.locator(".series .keep-status")).toContainText(`(alerts: ${ids.length};`);
  await offline(context);
  await page.goto(`/alerts/${ids.at(-1)}`);
  await expect(page.locator("h1")).toHaveText(titleOf(ids.at(-1)));
});

test("a new build's worker takes over on the next visit", async ({ page }) => {
  // A host of its own, whose build is then replaced by the next one: the
  // same worker with another version (what a new deploy changes).
  const dir = mkdtempSync(join(tmpdir(), "alert-reader-deploy-"));
  cpSync(fileURLToPath(new URL("dist", repo)), dir, { recursive: true });
  const server = spawn("node", ["tests/e2e/static-server.mjs", dir, "4179", "/"], { cwd: fileURLToPath(repo), stdio: ["ignore", "pipe", "inherit"] });
  try {
    await new Promise((resolve) => server.stdout.once("data", resolve));
    const version = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            navigator.serviceWorker.addEventListener("message", (e) => e.data.type === "version" && resolve(e.data.version));
            navigator.serviceWorker.controller.postMessage({ type: "version" });
          }),
      );
    await page.goto("http://127.0.0.1:4179/");
    await kept(page);
    const first = await version();
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    const sw = join(dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(first, "0123456789abcdef"));
    await page.goto(`http://127.0.0.1:4179/alerts/${ALERT}`);
    await expect.poll(version, { timeout: 15_000 }).toBe("0123456789abcdef");
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the preview and the partner panels never register a worker nor read from its cache", async ({ page, context }) => {
  // A fresh visitor to them alone: nothing registered.
  for (const path of ["/preview", "/embed/latest"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
  }
  // A reader's worker in place: they still come from the network, whole.
  await page.goto(`/alerts/${ALERT}`);
  await kept(page);
  const fromWorker = [];
  page.on("response", (r) => r.fromServiceWorker() && fromWorker.push(r.url()));
  for (const path of ["/preview", "/embed/latest"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(fromWorker).toEqual([]);
  const keys = await page.evaluate(async () => {
    const all = [];
    for (const name of await caches.keys()) all.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return all;
  });
  expect(keys.filter((k) => /\/(preview|embed)/.test(new URL(k).pathname))).toEqual([]);
});

for (const tag of ["en", "ar"]) {
  for (const [look, options] of [
    ["light, desktop", { colorScheme: "light", viewport: { width: 1280, height: 900 } }],
    ["dark, phone", { colorScheme: "dark", viewport: { width: 390, height: 844 } }],
  ]) {
    test.describe(`${tag}, ${look}`, () => {
      test.use(options);
      test(`the offline page, with what is kept, and the country page it was kept from have no accessibility violations (${tag}, ${look})`, async ({ page }) => {
        const prefix = tag === "en" ? "" : `/${tag}`;
        const check = async () => {
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), page.url()).toEqual([]);
        };
        await page.goto(`${prefix}/countries/AZ`);
        await kept(page);
        await page.locator('button[data-keep="country:AZ"]').click();
        await expect(page.locator(".keep-status a")).toBeVisible();
        await check();
        await page.goto(`${prefix}/offline`);
        await expect(page.locator(".kept-group").first()).toBeVisible();
        await expect(await heading(page)).toHaveText(words(tag)["offline.title"]);
        await check();
      });
    });
  }
}
