// Shared helpers for the browser tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "@playwright/test";

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

/** Waits for the app to have rendered a view (its one h1). */
export async function heading(page) {
  const h1 = page.locator("main h1");
  await expect(h1).toHaveCount(1);
  return h1;
}
