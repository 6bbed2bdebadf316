// Shared helpers for the browser tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect } from "@playwright/test";

/** True once the page is what the reader will use: the app has taken over
 *  from a prerendered page, or the page (an alert or a country) stays as it
 *  is because nothing has asked for the app (see the prerender's
 *  on_demand.rs). */
export const settled = () => {
  const boot = document.querySelector("#boot");
  if (!boot) return true;
  // The loader must have run: a page whose script is broken is not settled.
  return boot.classList.contains("prerendered") && window.alertReaderLoader === true && !window.alertReaderStarted;
};

/** `test` whose page.goto and page.reload return once the page is settled
 *  (with JavaScript on): a reader can only use its controls from then on. */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const settle = async () => {
      if (javaScriptEnabled === false) return;
      // Loudly: a page whose loader or app never settles is a broken page,
      // not one to test as if it were the reader's.
      await page.waitForFunction(settled, null, { timeout: 10_000 }).catch((e) => {
        throw new Error(`the page never settled (no app took over, no loader ran): ${page.url()}\n${e.message}`);
      });
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

/** Waits two animation frames: whatever a key press or click set off in the
 *  page has run by then, so a "nothing happened" check is not a guess. */
export async function afterNextFrames(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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

/** Waits for the view the reader uses (see `settled`) and returns its one
 *  h1. A prerendered page is what the reader sees until the app takes over. */
export async function heading(page) {
  await page.waitForFunction(settled, null, { timeout: 10_000 });
  const h1 = page.locator("main h1");
  await expect(h1).toHaveCount(1);
  return h1;
}

/** Requests for the app itself (its JS and wasm) and for alert data. */
export function watchAppRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/alert-reader-[^/]*\.(js|wasm)$|\/data\/.*\.json$/.test(path)) seen.push(path);
  });
  return seen;
}

/** The structure under `root` as plain data: for each element its tag,
 *  attributes (sorted) and children; text with white space folded; no
 *  comments. The tools (Embed) are left out: the page holds a placeholder
 *  that loads the app, the app the working dialog; and so are the page's
 *  boxes (Compare, Cite), which the app's view links to. */
export const shapeOf = (root) => {
  const walk = (node) => {
    const out = [];
    let text = "";
    const flush = () => {
      const t = text.replace(/\s+/g, " ").trim();
      if (t) out.push(t);
      text = "";
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      // The boxes a prerendered alert page carries ("Compare with…", "Cite
      // this alert"), which the app's view links to rather than carry.
      if (child.matches("details.page-box")) continue;
      // The field marks (`data-path="body[3]"`) are the staff preview's
      // alone (crates/views/src/field_marks.rs): not part of what a reader sees.
      const attrs = [...child.attributes]
        .filter((a) => a.name !== "data-path")
        .map((a) => `${a.name}=${a.value}`)
        .sort();
      const tools = child.matches(".alert-tools, .page-tools");
      out.push([child.localName, attrs, tools ? [] : walk(child)]);
    }
    flush();
    return out;
  };
  return walk(root);
};
