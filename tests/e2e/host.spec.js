// The build on a real static host: Cloudflare's Pages server (wrangler)
// serves dist/ with its own reading of _headers, 404.html and the .html
// rule. Every kind of address answers with its status and the security
// headers it must carry. (That drafts never reach the build's data is
// tested on the prerender itself: the bundled data holds no draft.)
import { test, expect } from "@playwright/test";
import { HOST_URL, PARTNER_URL } from "./playwright.config.js";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "../../dist");

const readerView = {
  "content-security-policy": /frame-ancestors 'none'/,
  "x-frame-options": /^DENY$/,
};
const everywhere = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^no-referrer$/,
};

const addresses = [
  ["the front page", "/", 200, readerView],
  ["an alert", "/alerts/sudan-sos", 200, readerView],
  ["a country", "/countries/SD", 200, readerView],
  ["a country without alerts", "/countries/FR", 200, readerView],
  ["the map", "/map", 200, readerView],
  ["the map's app page", "/map-app", 200, readerView],
  ["the partners' documentation", "/embed", 200, readerView],
  ["an alert in French", "/fr/alerts/sudan-sos", 200, readerView],
  ["the front page in Arabic", "/ar/", 200, readerView],
  ["a country in Spanish", "/es/countries/SD", 200, readerView],
  ["the board panel", "/embed/board", 200, { "content-security-policy": /frame-ancestors \*/ }],
  ["the staff preview", "/preview", 200, { ...readerView, "x-robots-tag": /^noindex$/ }],
  // Cloudflare sends /preview.html on to /preview (the rule for it serves hosts that do not).
  ["the staff preview's file", "/preview.html", 308, {}],
  ["the latest alerts panel", "/embed/latest", 200, { "content-security-policy": /frame-ancestors \*/ }],
  ["an alert's panel", "/embed/alert/sudan-sos", 200, { "content-security-policy": /frame-ancestors \*/ }],
  ["an alert's data", "/data/alerts/sudan-sos.json", 200, {}],
  ["an unknown path", "/no/such/page", 404, {}],
  ["an unknown alert", "/alerts/no-such-alert", 404, {}],
];

for (const [what, path, status, headers] of addresses) {
  test(`on a real static host, ${what} answers ${status} with its headers`, async ({ request }) => {
    const response = await request.get(`${HOST_URL}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const got = response.headers();
    for (const [name, value] of Object.entries({ ...everywhere, ...headers })) {
      expect(got[name], `${path}: ${name}`).toMatch(value);
    }
    // One policy per address: a host that joins two would enforce both.
    expect((got["content-security-policy"] ?? "").split("default-src").length, path).toBeLessThanOrEqual(2);
    if (path.startsWith("/embed/")) expect(got["x-frame-options"], path).toBeUndefined();
  });
}

// Every HTML file the build wrote, asked for at the address a reader uses:
// one policy each, strict everywhere but the partner panels, so a page
// kind added later is safe without being listed anywhere.
test("on a real static host, every page of the build gets exactly one policy and the right framing rule", async ({ request }) => {
  test.setTimeout(120_000);
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith(".html") && rel !== "404.html") files.push(rel);
    }
  };
  walk("");
  expect(files.length).toBeGreaterThan(500);
  const address = (f) => "/" + f.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
  const wrong = [];
  const queue = [...files];
  await Promise.all(
    Array.from({ length: 12 }, async () => {
      for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
        const path = address(f);
        const response = await request.get(`${HOST_URL}${path}`, { maxRedirects: 0 });
        const got = response.headers();
        const policies = (got["content-security-policy"] ?? "").split("default-src").length - 1;
        const panel = path.startsWith("/embed/");
        const ancestors = (got["content-security-policy"] ?? "").match(/frame-ancestors ([^;]*)/)?.[1];
        const ok =
          response.status() === 200 &&
          policies === 1 &&
          // No cookie, ever (the privacy page says so).
          got["set-cookie"] === undefined &&
          (panel ? ancestors === "*" && got["x-frame-options"] === undefined : ancestors === "'none'" && got["x-frame-options"] === "DENY");
        if (!ok) wrong.push(`${path}: ${response.status()}, ${policies} policies, frame-ancestors ${ancestors}, X-Frame-Options ${got["x-frame-options"]}, cookie ${got["set-cookie"]}`);
      }
    }),
  );
  expect(wrong, wrong.slice(0, 5).join("\n")).toEqual([]);
});

// The loader's script-based fallback cannot help inside a frame sandboxed
// with allow-same-origin alone (no script runs): only the header stops it.
for (const [what, path] of [["an alert in French", "/fr/alerts/sudan-sos"], ["the map", "/map"], ["the partners' documentation", "/embed"]]) {
  test(`on a real static host, ${what} does not show inside another site's script-less sandboxed frame`, async ({ page }) => {
    await page.goto(`${PARTNER_URL}/index.html`);
    await page.evaluate((src) => {
      document.body.innerHTML = "";
      const f = document.createElement("iframe");
      f.setAttribute("sandbox", "allow-same-origin");
      f.id = "framed";
      f.addEventListener("load", () => (f.dataset.loaded = "yes"));
      f.src = src;
      document.body.append(f);
    }, `${HOST_URL}${path}`);
    await page.waitForSelector("#framed[data-loaded]", { state: "attached" });
    // Chromium shows its own "refused to connect" page instead: none of
    // the reader's landmarks, no Donate button to be clicked through.
    const framed = page.frameLocator("#framed");
    await expect(framed.locator("main, header, footer, nav")).toHaveCount(0);
    await expect(framed.getByRole("link", { name: "Donate" })).toHaveCount(0);
  });
}
test("on a real static host, a partner panel shows inside a sandboxed frame", async ({ page }) => {
  await page.goto(`${PARTNER_URL}/index.html`);
  await page.evaluate((src) => {
    document.body.innerHTML = "";
    const f = document.createElement("iframe");
    f.setAttribute("sandbox", "allow-scripts allow-same-origin");
    f.id = "framed";
    f.src = src;
    document.body.append(f);
  }, `${HOST_URL}/embed/latest`);
  await expect(page.frameLocator("#framed").locator(".embed-list li").first()).toBeVisible();
});

test("on a real static host, a page answers with its own content", async ({ request }) => {
  const body = async (path) => (await request.get(`${HOST_URL}${path}`)).text();
  expect(await body("/countries/SD")).toContain('data-path="/countries/SD"');
  expect(await body("/alerts/sudan-sos")).toContain('data-path="/alerts/sudan-sos"');
});

// WordPress discovers the oEmbed document, keeps only its <iframe>, and
// for a provider it does not know sandboxes it with scripts alone: an
// opaque origin, no popups. The panel still loads (the host sends CORS
// headers for its scripts, styles and data), posts WordPress's height
// message with the secret WordPress passed, and asks WordPress to open
// links it cannot open itself.
test("in WordPress's sandbox, an oEmbed panel shows its alert, sizes itself and hands links to WordPress", async ({ page, request }) => {
  const site = await (await request.get(`${HOST_URL}/data/site.json`)).json();
  const oembed = await (await request.get(`${HOST_URL}/oembed/alerts/sudan-sos.json`)).json();
  expect(oembed.type).toBe("rich");
  const src = oembed.html.match(/src="([^"]+)"/)[1].replace(site.reader_url, `${HOST_URL}/`);
  await page.goto(`${PARTNER_URL}/index.html`);
  await page.evaluate((src) => {
    window.messages = [];
    addEventListener("message", (e) => window.messages.push(e.data));
    const f = document.createElement("iframe");
    f.setAttribute("sandbox", "allow-scripts");
    f.setAttribute("security", "restricted");
    f.src = `${src}#?secret=Wp1234abcd`;
    f.id = "wp";
    // At the top: Chromium runs no frame callbacks for a cross-origin
    // frame out of view, so an unseen panel reports its height when seen.
    document.body.prepend(f);
  }, src);
  const panel = page.frameLocator("#wp");
  await expect(panel.getByRole("heading", { name: "SOS Alert - Sudan" })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => Math.max(0, ...window.messages.filter((m) => m.message === "height" && m.secret === "Wp1234abcd").map((m) => m.value))))
    .toBeGreaterThan(150);
  await panel.getByRole("link", { name: /Read the full alert/ }).click();
  await expect
    .poll(() => page.evaluate(() => window.messages.find((m) => m.message === "link")))
    .toEqual({ message: "link", value: `${HOST_URL}/alerts/sudan-sos`, secret: "Wp1234abcd" });
  // The panel's styles arrived too (their integrity check needs CORS).
  const accent = await panel.locator("html").evaluate((h) => getComputedStyle(h).getPropertyValue("--accent").trim());
  expect(accent).not.toBe("");
});
