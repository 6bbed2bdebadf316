// Partner embeds: the snippet on a page of another origin, sizing, safety,
// option checking, links, and the headers that keep other views unframable.
import AxeBuilder from "@axe-core/playwright";
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, publishedIndex, heading } from "./helpers.js";

const PARTNER = "http://127.0.0.1:4175/index.html";
const READER = "http://127.0.0.1:4173";
const index = publishedIndex();

/** The iframe element the snippet made, and the frame inside it. */
async function embedded(page, slot) {
  const iframe = page.locator(`${slot} iframe`);
  await expect(iframe).toHaveCount(1);
  const frame = page.frameLocator(`${slot} iframe`);
  await expect(frame.locator(".embed")).toBeVisible();
  // Settled means the alerts are in, not the loading note.
  await expect(frame.locator(".loading")).toHaveCount(0);
  return { iframe, frame, handle: await (await iframe.elementHandle()).contentFrame() };
}

async function contentHeight(handle) {
  return handle.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

async function frameHeight(iframe) {
  return iframe.evaluate((f) => f.getBoundingClientRect().height);
}

test("a partner's visitors download the embeds' own bundle, smaller than the reader's", async ({ page }) => {
  const dist = new URL("../../dist/", import.meta.url);
  const bundle = (file) => readFileSync(new URL(file, dist), "utf8").match(/alert-reader-[0-9a-f]+/)[0];
  const embeds = bundle("embed/latest.html");
  // One page serves every alert's panel, through the host's rewrite.
  expect(bundle("embed/alert.html")).toBe(embeds);
  expect(existsSync(new URL("embed/alert", dist))).toBe(false);
  // The reader's bundle, as trunk wrote its page (the pages name it in their loader file).
  const reader = bundle("404.html");
  const size = (name) => readFileSync(new URL(`${name}_bg.wasm`, dist)).length;
  expect(size(embeds)).toBeLessThan(size(reader));
  const wasm = new Set();
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.add(new URL(r.url()).pathname); });
  await page.goto(PARTNER);
  await embedded(page, "#list");
  await embedded(page, "#one");
  expect([...wasm]).toEqual([`/${embeds}_bg.wasm`]);
});

test("the snippet turns a placeholder into a sandboxed iframe that sizes itself", async ({ page }) => {
  await page.goto(PARTNER);
  const { iframe, frame, handle } = await embedded(page, "#list");
  await expect(iframe).toHaveAttribute("title", "Latest alerts (Alert Reader)");
  await expect(iframe).toHaveAttribute("loading", "lazy");
  await expect(iframe).toHaveAttribute("referrerpolicy", "no-referrer");
  await expect(iframe).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  const az = index.filter((a) => a.countries.includes("AZ"));
  await expect(frame.locator(".embed-list li")).toHaveCount(Math.min(2, az.length));
  await expect(frame.locator("h1")).toHaveText("Latest alerts: Azerbaijan");
  // No site chrome in the frame.
  await expect(frame.locator(".site-header, .site-footer")).toHaveCount(0);
  // The height settles within a few pixels of the content.
  await expect.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(handle))), { timeout: 7000 }).toBeLessThanOrEqual(3);
  // Far from the fixed 420 px it starts with, so the sizing above is real.
  expect(Math.abs((await contentHeight(handle)) - 420)).toBeGreaterThan(40);
});

test("the height follows the content when the list grows", async ({ page }) => {
  await page.goto(PARTNER);
  const { iframe, handle } = await embedded(page, "#list");
  await expect.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(handle)))).toBeLessThanOrEqual(3);
  const before = await frameHeight(iframe);
  // A longer list in the same frame (same frame id).
  await iframe.evaluate((f) => { f.src = f.src.replace("limit=2", "limit=6"); });
  await expect.poll(async () => frameHeight(iframe), { timeout: 7000 }).toBeGreaterThan(before + 100);
  const grown = await (await iframe.elementHandle()).contentFrame();
  await expect.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(grown)))).toBeLessThanOrEqual(3);
});

test("height messages from the partner page or from another frame are ignored", async ({ page }) => {
  await page.goto(PARTNER);
  const list = await embedded(page, "#list");
  const one = await embedded(page, "#one");
  await expect.poll(async () => Math.abs((await frameHeight(list.iframe)) - (await contentHeight(list.handle)))).toBeLessThanOrEqual(3);
  const settled = await frameHeight(list.iframe);
  const listId = await list.iframe.getAttribute("id");
  // Every height the frame is given, in order, from now on.
  await list.iframe.evaluate((f) => {
    window.heightsGiven = [];
    new MutationObserver(() => window.heightsGiven.push(f.style.height)).observe(f, { attributes: true });
  });
  // From the partner page itself (wrong origin).
  await page.evaluate((id) => window.postMessage({ type: "alert-reader:height", frame: id, height: 1999 }, "*"), listId);
  // From the reader's origin, but another frame claiming this frame's id.
  await one.handle.evaluate((id) => parent.postMessage({ type: "alert-reader:height", frame: id, height: 2999 }, "*"), listId);
  expect(await frameHeight(list.iframe)).toBe(settled);
  // The same message from the right frame is taken (so the test can fail);
  // messages arrive in order, so by then the two above were handled.
  await list.handle.evaluate((id) => parent.postMessage({ type: "alert-reader:height", frame: id, height: 777 }, "*"), listId);
  await expect.poll(() => frameHeight(list.iframe)).toBe(777);
  const given = await page.evaluate(() => window.heightsGiven);
  expect(given.filter((h) => h === "1999px" || h === "2999px")).toEqual([]);
  // And absurd heights are clamped.
  await list.handle.evaluate((id) => parent.postMessage({ type: "alert-reader:height", frame: id, height: 1e9 }, "*"), listId);
  await expect.poll(() => frameHeight(list.iframe)).toBe(4000);
});

test("a single alert embed shows title, type, date, summary and a link out, in the partner's colours", async ({ page }) => {
  await page.goto(PARTNER);
  const { frame, handle } = await embedded(page, "#one");
  const alert = index.find((a) => a.id === "azerbaijan-red-flag-update-3");
  await expect(frame.locator("h1")).toHaveText(alert.title);
  await expect(frame.locator(".badge")).toHaveText("Red Flag Alert");
  await expect(frame.locator("time")).toHaveText("Friday, October 7, 2022");
  await expect(frame.locator(".embed-summary")).toHaveText(alert.summary);
  const link = frame.getByRole("link", { name: "Read the full alert →" });
  await expect(link).toHaveAttribute("href", `${READER}/alerts/azerbaijan-red-flag-update-3`);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", /noopener/);
  expect(await handle.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  // Dark although the visitor's setting is light: the forced theme's rules
  // (lists.css, which panels link) apply.
  expect(await frame.locator("html").evaluate((h) => getComputedStyle(h).getPropertyValue("--bg").trim())).toBe("#151312");
  expect(await handle.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim())).toBe("#0b6e4f");
});

test("every link in a list embed opens the full reader in a new tab", async ({ page }) => {
  await page.goto(`${READER}/embed/latest?limit=4`);
  const links = page.locator(".embed a");
  await expect(links).toHaveCount(5);
  for (const a of await links.all()) {
    await expect(a).toHaveAttribute("target", "_blank");
    await expect(a).toHaveAttribute("rel", /noopener/);
    await expect(a).toHaveAttribute("href", new RegExp(`^${READER}/`));
  }
});

for (const [query, note] of [
  ["limit=-3", "limit “-3”"],
  ["country=ZZ", "country “ZZ”"],
  ["accent=red;background:url(x)", "accent “red;background:url(x)”"],
  ["theme=%3Cscript%3E", "theme “<script>”"],
]) {
  test(`a bad option (${query}) gives the default with a note, never a blank frame`, async ({ page }) => {
    await page.goto(`${READER}/embed/latest?${query}`);
    await expect(page.locator(".embed-note")).toContainText(note);
    await expect(page.locator(".embed-list li")).toHaveCount(5);
    await expect(page.locator("script:not([src]):not([type=module])")).toHaveCount(0);
    const accent = await page.evaluate(() => document.documentElement.style.getPropertyValue("--accent"));
    expect(accent).toBe("");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });
}

test("drafts and withdrawn alerts never appear in embeds", async ({ page }) => {
  await page.goto(`${READER}/embed/alert/example-withdrawn-statement`);
  await expect(page.locator("h1")).toHaveText("This alert is not available.");
  await page.goto(`${READER}/embed/alert/example-draft`);
  await expect(page.locator("h1")).toHaveText("This alert is not available.");
  await page.goto(`${READER}/embed/latest?limit=20`);
  await expect(page.locator(".embed-link")).toHaveCount(20);
  const titles = await page.locator(".embed-link").allTextContents();
  expect(titles.length).toBe(20);
  expect(titles.some((t) => /withdrawn|draft/i.test(t))).toBe(false);
});

test("on a host without rewrites, an alert's panel still shows, from 404.html", async ({ page }) => {
  // The sub-path build is served as GitHub Pages would: no _redirects.
  const response = await page.goto("http://127.0.0.1:4174/reader/embed/alert/sudan-sos");
  expect(response.status()).toBe(404);
  await expect(page.locator(".embed h1")).toHaveText("SOS Alert - Sudan");
  await expect(page.getByRole("link", { name: /Read the full alert/ })).toHaveAttribute("href", /\/reader\/alerts\/sudan-sos$/);
  await expect(page.locator(".site-header, .site-footer")).toHaveCount(0);
});

test("the panel's words follow lang where a translation exists", async ({ page }) => {
  // Served by the rewrite (status 200), not by the 404 fallback.
  const response = await page.goto(`${READER}/embed/alert/sudan-sos?lang=fr`);
  expect(response.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Lire l’alerte complète →" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("embeds may be framed by any site; every other view may not", async ({ page, request }) => {
  const embed = await request.get(`${READER}/embed/latest`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const path of ["/", "/alerts/sudan-sos", "/countries/SD", "/preview"]) {
    const r = await request.get(`${READER}${path}`);
    expect(r.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(r.headers()["x-frame-options"], path).toBe("DENY");
    expect(r.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(r.headers()["referrer-policy"], path).toBe("no-referrer");
  }
  // In the browser: the partner page cannot frame the reader's alert view.
  await page.goto(PARTNER);
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.id = "bad";
    // A refused frame loads the browser's error page: wait for that.
    f.onload = () => (window.badFrameLoaded = true);
    f.src = src;
    document.body.append(f);
  }, `${READER}/alerts/sudan-sos`);
  await page.waitForFunction(() => window.badFrameLoaded === true);
  const frame = await (await page.locator("#bad").elementHandle()).contentFrame();
  const reachedApp = await frame.evaluate(() => !!document.querySelector("main h1")).catch(() => false);
  expect(reachedApp).toBe(false);
});

test("the partner script stays small and dependency-free", async () => {
  const file = fileURLToPath(new URL("../../dist/embed.js", import.meta.url));
  expect(statSync(file).size).toBeLessThan(3 * 1024);
});

test("the Embed dialog builds the snippet with a live preview and copies it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: READER });
  await page.goto(`${READER}/countries/AZ`);
  await heading(page);
  await page.getByRole("button", { name: "Embed on your site" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed on your site" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Number of alerts (1–20)").fill("3");
  await dialog.getByLabel("Theme").selectOption("dark");
  const snippet = dialog.locator("#embed-snippet");
  await expect(snippet).toHaveValue(/data-country="AZ" data-limit="3" data-theme="dark"/);
  await expect(snippet).toHaveValue(new RegExp(`<script src="${READER}/embed.js" async></script>`));
  const preview = dialog.frameLocator(".embed-preview");
  await expect(preview.locator(".embed-list li")).toHaveCount(Math.min(3, index.filter((a) => a.countries.includes("AZ")).length));
  await dialog.getByRole("button", { name: "Copy snippet" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // Closed, the preview frame is gone: no second app running in the page.
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("the alert page offers the embed for that alert", async ({ page }) => {
  await page.goto(`${READER}/alerts/sudan-sos`);
  await page.getByRole("button", { name: "Embed on your site" }).click();
  await expect(page.locator("#embed-snippet")).toHaveValue(/data-alert="sudan-sos"/);
  await expect(page.getByRole("dialog").frameLocator(".embed-preview").locator("h1")).toHaveText(index.find((a) => a.id === "sudan-sos").title);
});

for (const scheme of ["light", "dark"]) {
  test(`embed views have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/embed/latest?country=AM", "/embed/alert/sudan-sos?compact=true", "/embed/latest?limit=-3"]) {
      await page.goto(`${READER}${path}`);
      await expect(page.locator(".embed h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}

// 'self' too: the reader's own Embed dialog shows the panel in a frame.
test("when site.json lists partner origins, only they and the reader may frame the embeds", async () => {
  const { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, readFileSync } = await import("node:fs");
  const { execFileSync } = await import("node:child_process");
  const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
  const dir = mkdtempSync("/tmp/headers-");
  mkdirSync(`${dir}/data`);
  copyFileSync(`${dist}index.html`, `${dir}/index.html`);
  copyFileSync(`${dist}404.html`, `${dir}/404.html`);
  writeFileSync(`${dir}/data/site.json`, JSON.stringify({ name: "X", embed: { allowed_origins: ["https://partner.example", "http://127.0.0.1:4175"] } }));
  execFileSync("node", [fileURLToPath(new URL("../../scripts/write-headers.mjs", import.meta.url)), dir]);
  const headers = readFileSync(`${dir}/_headers`, "utf8");
  const rule = (path) => headers.split(`\n${path}\n`)[1].split("\n\n")[0].split("\n").map((l) => l.trim());
  const embedRule = rule("/embed/*");
  // The site-wide policy and X-Frame-Options detached, then one policy.
  expect(embedRule.slice(0, 2)).toEqual(["! Content-Security-Policy", "! X-Frame-Options"]);
  const policies = embedRule.filter((l) => l.startsWith("Content-Security-Policy:"));
  expect(policies).toHaveLength(1);
  expect(policies[0]).toMatch(/frame-ancestors 'self' https:\/\/partner\.example http:\/\/127\.0\.0\.1:4175$/);
  expect(policies[0]).not.toContain("frame-ancestors *");
  // Every other path keeps the strict rule.
  expect(rule("/*")).toEqual(expect.arrayContaining(["X-Frame-Options: DENY", expect.stringMatching(/^Content-Security-Policy: .*frame-ancestors 'none'$/)]));
  // A malformed origin is refused at build time rather than written.
  writeFileSync(`${dir}/data/site.json`, JSON.stringify({ name: "X", embed: { allowed_origins: ["https://x.example; script-src *"] } }));
  expect(() => execFileSync("node", [fileURLToPath(new URL("../../scripts/write-headers.mjs", import.meta.url)), dir], { stdio: "pipe" })).toThrow();
});
