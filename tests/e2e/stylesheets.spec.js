// An alert's page links main.css only: the rules it does not use are in
// lists.css (style/lists.css), which every other page links and the loader
// adds when the app starts. A rule an alert page needs, put in lists.css,
// would leave part of a shared alert unstyled on a first visit; lists.css
// missing once the app has started would leave its lists unstyled.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect, publishedIndex } from "./helpers.js";

const index = publishedIndex();
const languages = readdirSync(fileURLToPath(new URL("../../locales/", import.meta.url)))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));

test("no rule of lists.css matches anything on any alert's page, in any language", async ({ page }) => {
  await page.goto("/");
  const sheet = await page.locator('head link[rel=stylesheet][href*="lists-"]').getAttribute("href");
  expect(sheet).toMatch(/lists-[0-9a-f]+\.css$/);
  const pages = languages.flatMap((l) => index.map((a) => `${l === "en" ? "" : `/${l}`}/alerts/${a.id}`));
  const found = await page.evaluate(
    async ({ sheet, pages }) => {
      const rules = new CSSStyleSheet();
      rules.replaceSync(await (await fetch(sheet)).text());
      // Every selector, inside @media too; states a reader brings about
      // (hover, focus, an opened box) are taken as possible.
      const selectors = [];
      const walk = (list) => {
        for (const r of list) {
          if (r.selectorText) selectors.push(r.selectorText);
          else if (r.cssRules) walk(r.cssRules);
        }
      };
      walk(rules.cssRules);
      const possible = (s) => s.replace(/::?(before|after|marker|placeholder|hover|focus-visible|focus-within|focus|active|visited|target)\b/g, "");
      const out = { pages: 0, selectors: selectors.length, matched: [], linked: [] };
      for (const path of pages) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), "text/html");
        doc.documentElement.classList.add("js");
        for (const d of doc.querySelectorAll("details")) d.open = true;
        for (const l of doc.querySelectorAll("head link[rel=stylesheet]")) {
          if (/lists-/.test(l.getAttribute("href"))) out.linked.push(path);
        }
        for (const s of selectors) {
          for (const one of s.split(",")) {
            const p = possible(one).trim() || "*";
            if (doc.querySelector(p)) out.matched.push(`${path}: ${one.trim()}`);
          }
        }
        out.pages += 1;
      }
      return out;
    },
    { sheet, pages },
  );
  expect(found.pages).toBe(index.length * languages.length);
  expect(found.selectors).toBeGreaterThan(50);
  expect(found.linked).toEqual([]);
  expect(found.matched).toEqual([]);
});

test("the app started on an alert's page brings the lists' rules before it shows a list", async ({ page }) => {
  await page.goto("/alerts/azerbaijan-red-flag-update-3");
  const sheets = page.locator('head link[rel=stylesheet][href*="lists-"]');
  await expect(sheets).toHaveCount(0);
  // Embed starts the app; then the way back to the list is the app's.
  await page.getByRole("button", { name: "Embed on your site" }).click();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(sheets).toHaveCount(1);
  await page.keyboard.press("Escape");
  await page.getByRole("link", { name: "← Back to alerts" }).click();
  await expect(page.locator(".result-count:visible")).toBeVisible();
  // Laid out by lists.css: the list unbulleted, the filters boxed.
  expect(await page.locator(".cards").first().evaluate((e) => getComputedStyle(e).listStyleType)).toBe("none");
  expect(await page.locator(".filters").evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe("solid");
});
