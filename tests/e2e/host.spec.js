// The build on a real static host: Cloudflare's Pages server (wrangler)
// serves dist/ with its own reading of _headers, 404.html and the .html
// rule. Every kind of address answers with its status and the security
// headers it must carry. (That drafts never reach the build's data is
// tested on the prerender itself: the bundled data holds no draft.)
import { test, expect } from "@playwright/test";
import { HOST_URL } from "./playwright.config.js";

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

test("on a real static host, a page answers with its own content", async ({ request }) => {
  const body = async (path) => (await request.get(`${HOST_URL}${path}`)).text();
  expect(await body("/countries/SD")).toContain('data-path="/countries/SD"');
  expect(await body("/alerts/sudan-sos")).toContain('data-path="/alerts/sudan-sos"');
});
