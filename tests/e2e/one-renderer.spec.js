// One renderer: the prerendered pages are the app's own components. For
// every alert, the front page and a country page, the page as the build
// wrote it and the app's view of the same address must have the same
// structure: elements, classes, attributes and text (not only innerText),
// at / and under a sub-path, in the default language and in a left-to-right
// and a right-to-left one, each opened by a browser that prefers it.
import { readdirSync } from "node:fs";
import { test, expect, shapeOf } from "./helpers.js";
import { ROOT_URL, SUBPATH_URL } from "./playwright.config.js";

const ids = readdirSync(new URL("../../dist/alerts/", import.meta.url)).map((f) => f.replace(/\.html$/, ""));

/** The page as the build wrote it: its #boot, parsed from the file. */
async function written(page, url) {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  return page.evaluate(
    ([html, shape]) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      return (0, eval)(shape)(doc.querySelector("#boot"));
    },
    [html, `(${shapeOf})`],
  );
}

/** The app's own view, once it has taken over. */
async function rendered(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  return page.evaluate((shape) => (0, eval)(shape)(document.querySelector("#app")), `(${shapeOf})`);
}

/** Moves the app to `path` as a link would, without reloading it. */
async function navigate(page, path) {
  await page.evaluate((path) => {
    history.pushState(null, "", path);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** Armenia as each language's page names it (Intl.DisplayNames). */
const ARMENIA = { "": "Armenia", "fr/": "Arménie", "ar/": "أرمينيا" };

for (const [where, root] of [["at /", `${ROOT_URL}/`], ["under /reader/", SUBPATH_URL]]) {
  for (const [locale, prefix] of [["en-US", ""], ["fr-FR", "fr/"], ["ar-EG", "ar/"]]) {
    const base = `${root}${prefix}`;
    test.describe(`${where}, ${locale}`, () => {
      test.use({ locale });

      test("every alert's page has the structure of the app's view of it", async ({ page }) => {
        // ?page=1 is a list (the whole one), so the app starts and takes
        // over; its links then carry nothing the page's do not.
        await page.goto(`${base}alerts/${ids[0]}?page=1`);
        expect(ids.length).toBeGreaterThan(40);
        for (const id of ids) {
          const url = `${base}alerts/${id}`;
          const expected = await written(page, url);
          await navigate(page, `${url}?page=1`);
          await expect.poll(async () => rendered(page), { message: id }).toEqual(expected);
        }
      });

      test("the front page and a country page have the structure of the app's views", async ({ page }) => {
        // A list in the address brings the app, which shows the same page.
        await page.goto(`${base}?page=1`);
        expect(await rendered(page)).toEqual(await written(page, base));
        const country = `${base}countries/AM`;
        const expected = await written(page, country);
        await page.goto(`${country}?page=1`);
        await expect(page.locator(".country h1")).toHaveText(ARMENIA[prefix]);
        expect(await rendered(page)).toEqual(expected);
      });
    });
  }
}
