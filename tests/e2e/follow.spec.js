// Follow and share, as a reader and a feed reader meet them: each page
// links the feeds that match it, and those feeds (read with the browser's
// own XML parser) list what the page lists; the Follow control copies the
// address; a shared link's preview card exists at the size it claims.
import { readFileSync } from "node:fs";
import { test, expect } from "./helpers.js";
import { ROOT_URL } from "./playwright.config.js";

const site = JSON.parse(readFileSync(new URL("../../dist/data/site.json", import.meta.url), "utf8"));

/** The public address the build wrote, fetched from the test server. */
const local = (href) => {
  expect(href.startsWith(site.reader_url), href).toBe(true);
  return `${ROOT_URL}/${href.slice(site.reader_url.length)}`;
};

/** The page's Atom discovery links. */
const discovered = (page) =>
  page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.href));

/** The entries of an Atom feed: id, title, xml:lang. */
async function entries(page, href) {
  const response = await page.request.get(local(href));
  expect(response.status(), href).toBe(200);
  const xml = await response.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) throw new Error("not well-formed");
    return [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map((e) => ({
      id: e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")[0].textContent,
      lang: e.getAttribute("xml:lang"),
    }));
  }, xml);
}

/** Alert ids a page links to in its content. */
const linkedAlerts = (page, css) =>
  page.locator(css).evaluateAll((as) => [...new Set(as.map((a) => new URL(a.href).pathname.split("/").pop()))]);

const alertUrl = (id) => `${site.reader_url}alerts/${id}`;

test("the front page's feed holds every alert its list shows", async ({ page }) => {
  await page.goto("/");
  const feeds = await discovered(page);
  expect(feeds).toEqual([`${site.reader_url}feeds/all.xml`]);
  const shown = await linkedAlerts(page, ".cards .card-title a");
  expect(shown.length).toBeGreaterThan(5);
  const ids = (await entries(page, feeds[0])).map((e) => e.id);
  // The list's first page is the feed's newest entries (the feed orders by
  // change, the list by publication: compare as sets).
  for (const id of shown) expect(ids).toContain(alertUrl(id));
});

test("a country page's feed lists exactly the alerts on its timeline", async ({ page }) => {
  await page.goto("/countries/AZ");
  const feeds = await discovered(page);
  expect(feeds).toEqual([`${site.reader_url}feeds/countries/AZ.xml`]);
  const shown = await linkedAlerts(page, ".timeline .event-title a");
  expect(shown.length).toBeGreaterThan(2);
  const ids = (await entries(page, feeds[0])).map((e) => e.id);
  expect([...ids].sort()).toEqual(shown.map(alertUrl).sort());
  // The visible Follow control offers the same feed.
  await expect(page.locator(".follow-address")).toHaveValue(feeds[0]);
});

test("an alert's page links its series and its countries, and each feed has it", async ({ page }) => {
  await page.goto("/alerts/azerbaijan-in-armenia-red-flag-update-3");
  const feeds = await discovered(page);
  expect(feeds.map((f) => f.slice(site.reader_url.length))).toEqual([
    "feeds/series/azerbaijan-in-armenia-red-flag.xml",
    ...(await page.locator(".alert-countries a").evaluateAll((as) => as.map((a) => `feeds/countries/${a.href.split("/").pop()}.xml`))),
  ]);
  for (const feed of feeds) {
    const found = (await entries(page, feed)).find((e) => e.id === alertUrl("azerbaijan-in-armenia-red-flag-update-3"));
    expect(found, feed).toBeTruthy();
    expect(found.lang).toBe("en");
  }
  // Every member of the series that the track shows is in the series feed.
  const track = await linkedAlerts(page, ".series-track a");
  const series = (await entries(page, feeds[0])).map((e) => e.id);
  for (const id of track) expect(series).toContain(alertUrl(id));
  await expect(page.locator(".follow-title")).toHaveText("Follow updates in this series");
});

test("a shared alert's preview card exists at 1200×630 and names the alert", async ({ page }) => {
  await page.goto("/alerts/sudan-sos");
  const og = (p) => page.locator(`head meta[property="${p}"]`).getAttribute("content");
  expect(await og("og:title")).toContain("SOS Alert - Sudan");
  const image = await og("og:image");
  const response = await page.request.get(local(image));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/png/);
  const size = await page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, local(image));
  expect(size).toEqual([1200, 630]);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", alertUrl("sudan-sos"));
});

test.describe("Copy", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copies a country's feed address without downloading the app", async ({ page }) => {
    await page.goto("/countries/SD");
    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.locator(".follow-status")).toHaveText("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.reader_url}feeds/countries/SD.xml`);
    expect(await page.evaluate(() => window.alertReaderStarted)).toBeFalsy();
  });

  test("on the front page, follows the list's one filter", async ({ page }) => {
    await page.goto("/?type=sos_alert");
    await expect(page.locator(".follow-title")).toHaveText("Follow every SOS Alert");
    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.locator(".follow-status")).toHaveText("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.reader_url}feeds/types/sos_alert.xml`);
    // Two filters have no feed of their own: no control that offers one.
    await page.getByLabel("Country").selectOption("PS");
    await expect(page.locator(".result-count:visible")).toContainText("Palestine");
    await expect(page.locator(".follow")).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the address is there to select, and no Copy button that cannot work", async ({ page }) => {
    await page.goto("/countries/SD");
    await expect(page.locator(".follow-address")).toBeVisible();
    await expect(page.locator(".follow-address")).toHaveValue(`${site.reader_url}feeds/countries/SD.xml`);
    await expect(page.locator(".follow-copy")).toBeHidden();
  });
});
