// Shared helpers for the browser tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect } from "@playwright/test";

/** `test` whose page.goto and page.reload return once the app has taken
 *  over from a prerendered page (with JavaScript on): a reader can only use
 *  the page's controls from then on. */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const settle = async () => {
      if (javaScriptEnabled === false) return;
      await page.waitForFunction(() => !document.querySelector("#boot.prerendered"), null, { timeout: 10_000 }).catch(() => {});
    };
    for (const name of ["goto", "reload"]) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await settle();
        return response;
      };
    }
    await use(page);
  },
});
export { expect };

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** The index the build published, read independently of the app. */
export function publishedIndex() {
  return JSON.parse(readFileSync(`${dist}data/index.json`, "utf8")).alerts;
}

/** Collects uncaught page errors and console errors, to assert none happen. */
export function watchErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Waits for the app to have rendered a view (its one h1). A prerendered
 *  page (#boot) is what the reader sees until the app takes over. */
export async function heading(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  const h1 = page.locator("main h1");
  await expect(h1).toHaveCount(1);
  return h1;
}
