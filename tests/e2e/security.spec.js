// The build's own defences, as a host without _headers would leave them:
// the policy in every page, no inline script the build did not write, and
// no reader view that runs inside another site's frame.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";
import { ROOT_URL, PARTNER_URL } from "./playwright.config.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(repo, "dist");
const read = (file) => readFileSync(join(dist, file), "utf8");
const pages = ["index.html", "404.html", "preview.html", "alerts/sudan-sos.html", "countries/SD.html", "embed/latest.html"];

test("every page carries the policy and the referrer rule itself, for hosts that ignore _headers", () => {
  // The site-wide rule's policy, which every page but the panels gets.
  const header = read("_headers").match(/^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)$/m)[1];
  const hashes = (policy) => policy.match(/'sha256-[^']*'/g) ?? [];
  for (const file of pages) {
    const page = read(file);
    const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
    // The header's policy, allowing only this page's own inline scripts.
    const own = [...page.matchAll(/<script( type="module")?>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash("sha256").update(m[2]).digest("base64")}'`,
    );
    expect(hashes(meta).sort(), file).toEqual([...new Set(own)].sort());
    expect(own.every((h) => hashes(header).includes(h)), file).toBe(true);
    expect(meta.replace(/ 'sha256-[^']*'/g, ""), file).toBe(header.replace("; frame-ancestors 'none'", "").replace(/ 'sha256-[^']*'/g, ""));
    expect(page, file).toContain('<meta name="referrer" content="no-referrer" />');
    // The policy comes before any script, or it would not cover them.
    expect(page.indexOf("http-equiv"), file).toBeLessThan(page.indexOf("<script"));
  }
});

test("the headers step refuses a page with an inline script the build did not write", () => {
  const copy = mkdtempSync(join(tmpdir(), "alert-reader-"));
  try {
    cpSync(dist, copy, { recursive: true });
    const run = () => execFileSync("node", [join(repo, "scripts/write-headers.mjs"), copy], { stdio: "pipe", encoding: "utf8" });
    // The build as it is passes.
    expect(run()).toMatch(/^wrote _headers for \//);
    const file = join(copy, "alerts/sudan-sos.html");
    writeFileSync(file, readFileSync(file, "utf8").replace("</body>", "<script>fetch('//evil.example')</script></body>"));
    let failure;
    try {
      run();
    } catch (e) {
      failure = e;
    }
    expect(failure?.status).toBe(1);
    expect(failure.stderr).toContain("alerts/sudan-sos.html: an inline script the build did not write");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

/** Another site's page (the partner origin) framing `src`. */
async function frameOnPartnerPage(page, src) {
  await page.goto(`${PARTNER_URL}/index.html`);
  await page.evaluate((src) => {
    document.body.innerHTML = "";
    const frame = document.createElement("iframe");
    frame.src = src;
    frame.id = "framed";
    document.body.append(frame);
  }, src);
  return page.frameLocator("#framed");
}

test("text that mentions the policy does not keep a page from getting it", () => {
  const copy = mkdtempSync(join(tmpdir(), "alert-reader-"));
  try {
    cpSync(dist, copy, { recursive: true });
    const file = join(copy, "alerts/sudan-sos.html");
    // As if a summary quoted the element's attribute (text is escaped, so
    // no "<" before it), on a page not yet given its policy.
    const page = readFileSync(file, "utf8")
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
      .replace("</main>", '<p>http-equiv="Content-Security-Policy"</p></main>');
    writeFileSync(file, page);
    execFileSync("node", [join(repo, "scripts/write-headers.mjs"), copy], { stdio: "pipe" });
    expect(readFileSync(file, "utf8")).toMatch(/<meta charset="utf-8" ?\/?>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

// A host without _headers: the same files, without the headers that stop
// framing. Only the partner panels may then run inside another site.
for (const [what, path] of [["an alert's own page", "/alerts/sudan-sos"], ["the app's front page", "/"], ["a country page", "/countries/SD"]]) {
  test(`framed by another site on a host without headers, ${what} shows only a link to open it`, async ({ page }) => {
    await page.route(`${ROOT_URL}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["content-security-policy"];
      delete headers["x-frame-options"];
      await route.fulfill({ response, headers });
    });
    const framed = await frameOnPartnerPage(page, `${ROOT_URL}${path}`);
    await expect(framed.getByRole("link", { name: "Open this page in a new tab" })).toBeVisible();
    await expect(framed.locator("h1")).toHaveCount(0);
    await expect(framed.locator("body > *")).toHaveCount(1);
  });
}

test("framed by another site, a partner panel still shows its alerts", async ({ page }) => {
  const framed = await frameOnPartnerPage(page, `${ROOT_URL}/embed/latest`);
  await expect(framed.locator(".embed-list li").first()).toBeVisible();
});
