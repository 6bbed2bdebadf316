// Every reader view's first visit is its prerendered page and no app: the
// app (its JS and wasm) and the data come only when the reader does what
// only the app does, and that action is then carried out, nothing lost.
import { test, expect, publishedIndex, watchAppRequests, afterNextFrames } from "./helpers.js";

const index = publishedIndex();
const app = /\/alert-reader-[^/]*\.(js|wasm)$/;

/** Holds the app's wasm until `release()`, so that what the reader does
 *  before the app is in is certain to happen before it (not a race). */
async function holdTheApp(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  const asked = [];
  await page.route(/\/alert-reader-[^/]*_bg\.wasm$/, async (route) => {
    asked.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { asked, release };
}

for (const path of ["/", "/countries/AM", "/map", "/alerts/azerbaijan-red-flag-update-3", "/fr/", "/ar/countries/SD"]) {
  test(`a first visit to ${path} downloads no app and no data`, async ({ page }) => {
    const seen = watchAppRequests(page);
    await page.goto(path);
    await expect(page.locator("#boot.prerendered main h1")).toBeVisible();
    // Reading (scrolling to the end and back) asks for nothing either.
    await page.mouse.wheel(0, 4000);
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await afterNextFrames(page);
    await page.waitForTimeout(300);
    expect(seen).toEqual([]);
    expect(await page.evaluate(() => window.alertReaderStarted)).toBeFalsy();
  });
}

test("a pointer on the filters fetches the app before anything changes", async ({ page }) => {
  const seen = watchAppRequests(page);
  await page.goto("/");
  expect(seen).toEqual([]);
  await page.locator("#filter-country").hover();
  await expect.poll(() => seen.filter((p) => app.test(p)).length).toBe(2);
  // Intent changes nothing the reader sees: the same address, the same list.
  expect(new URL(page.url()).search).toBe("");
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("words typed before the app is in are all applied, and typing goes on", async ({ page }) => {
  await page.goto("/");
  const { asked, release } = await holdTheApp(page);
  const box = page.locator("#filter-words");
  await box.click();
  // Real key presses, each one an input event, while the app is held.
  await page.keyboard.type("prisoners of war ", { delay: 20 });
  await expect.poll(() => asked.length).toBe(1);
  await expect(page).toHaveURL(/\?q=prisoners%20of%20war%20$/);
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator(".result-count:visible")).toContainText("“prisoners of war”");
  // The app's box has every character (the trailing space too), the focus
  // and the caret at the end: the next key goes on from there.
  await expect(box).toHaveValue("prisoners of war ");
  await expect(box).toBeFocused();
  await page.keyboard.type("zzqx");
  await expect(box).toHaveValue("prisoners of war zzqx");
  await expect(page.getByText("No alerts match these filters.")).toBeVisible();
});

test("a country chosen before the app is in is applied, and Back undoes it", async ({ page }) => {
  await page.goto("/");
  const { asked, release } = await holdTheApp(page);
  // As a reader does: to the select (focus), then a choice.
  await page.locator("#filter-country").focus();
  await page.selectOption("#filter-country", "AZ");
  await expect(page).toHaveURL(/\/\?country=AZ$/);
  await expect.poll(() => asked.length).toBe(1);
  await expect(page.locator("form.filters")).toHaveAttribute("aria-busy", "true");
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  const az = index.filter((a) => a.countries.includes("AZ"));
  await expect(page.locator(".result-count:visible")).toHaveText(`${az.length} alerts match: Azerbaijan`);
  await expect(page.locator("#filter-country")).toHaveValue("AZ");
  await expect(page.locator("#filter-country")).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("several choices before the app is in are all applied", async ({ page }) => {
  await page.goto("/");
  const { release } = await holdTheApp(page);
  await page.selectOption("#filter-type", "statement");
  await page.selectOption("#filter-year", "2024");
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  const n = index.filter((a) => a.type === "statement" && a.published.startsWith("2024")).length;
  await expect(page.locator(".result-count:visible")).toContainText(`${n} alert`);
  await expect(page.locator(".result-count:visible")).toContainText("Statement, 2024");
  await expect(page.locator("#filter-type")).toHaveValue("statement");
  await expect(page.locator("#filter-year")).toHaveValue("2024");
});

test("a map filter chosen before the app is in is applied without reloading the page", async ({ page }) => {
  await page.goto("/map");
  const { release } = await holdTheApp(page);
  await page.evaluate(() => (window.samePage = true));
  await page.locator(".map-filters select[name=type]").selectOption("statement");
  await expect(page).toHaveURL(/\/map\?type=statement$/);
  release();
  await expect(page.locator("#boot")).toHaveCount(0);
  expect(await page.evaluate(() => window.samePage)).toBe(true);
  const withStatements = new Set(index.filter((a) => a.type === "statement").flatMap((a) => a.countries));
  await expect(page.locator(".board tbody tr")).toHaveCount(withStatements.size);
});

test("when the app cannot load, the filters say so, and the next change tries again", async ({ page }) => {
  await page.goto("/");
  let fail = true;
  await page.route(/\/alert-reader-[^/]*_bg\.wasm$/, (route) => (fail ? route.abort() : route.continue()));
  await page.selectOption("#filter-country", "AZ");
  await expect(page.getByRole("alert")).toHaveText(/could not be loaded/);
  await expect(page.locator("form.filters")).not.toHaveAttribute("aria-busy", "true");
  fail = false;
  await page.selectOption("#filter-country", "AM");
  await expect(page.locator("#boot")).toHaveCount(0);
  const am = index.filter((a) => a.countries.includes("AM"));
  await expect(page.locator(".result-count:visible")).toHaveText(`${am.length} alerts match: Armenia`);
});
