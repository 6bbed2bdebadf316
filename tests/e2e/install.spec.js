// The installable reader (issue 33): Chromium itself reads each language's
// manifest from a page and finds nothing that stops an install (the checks
// Lighthouse's installability audit ran), on the front page and on an
// alert's page, left to right and right to left. A profile on disk: in a
// throwaway (incognito) context Chromium never offers to install.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { test, expect } from "./helpers.js";

for (const [tag, path] of [
  ["en", "/"],
  ["en", "/alerts/azerbaijan-red-flag-update-3"],
  ["ar", "/ar/"],
  ["ru", "/ru/alerts/azerbaijan-red-flag-update-3"],
]) {
  test(`Chromium can install the reader from ${path}`, async ({ baseURL }, info) => {
    const profile = mkdtempSync(join(tmpdir(), "alert-reader-install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: info.project.use.launchOptions?.executablePath,
      baseURL,
    });
    try {
      const page = await context.newPage();
      await page.goto(path);
      await page.waitForLoadState("load");
      const cdp = await context.newCDPSession(page);
      const { url, errors, data } = await cdp.send("Page.getAppManifest");
      expect(errors).toEqual([]);
      expect(new URL(url).pathname).toBe(tag === "en" ? "/manifest.webmanifest" : `/${tag}/manifest.webmanifest`);
      const manifest = JSON.parse(data);
      expect(manifest.lang).toBe(tag);
      expect(manifest.dir).toBe(tag === "ar" ? "rtl" : "ltr");
      expect(manifest.start_url).toBe(tag === "en" ? "/" : `/${tag}/`);
      // The icons it names answer as the images it says they are.
      for (const icon of manifest.icons) {
        const response = await page.request.get(icon.src);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()["content-type"]).toBe("image/png");
      }
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
