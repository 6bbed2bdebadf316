// The map, the situation board and the alerts-over-time charts, checked
// against the published index read here independently: which countries
// are linked, how each is coloured along site.json's type_order, and what
// the filters, the charts and the partners' board panel show.
import { readFileSync } from "node:fs";
import { test, expect, heading, publishedIndex, watchErrors } from "./helpers.js";

const dist = new URL("../../dist/", import.meta.url);
const site = JSON.parse(readFileSync(new URL("data/site.json", dist), "utf8"));
const published = publishedIndex().filter((a) => a.status === "published");

/** Each country's latest published alert among `alerts`: newest, then id. */
function latestByCountry(alerts) {
  const latest = new Map();
  for (const a of alerts) {
    for (const c of a.countries) {
      const seen = latest.get(c);
      const newer = !seen || a.published > seen.published || (a.published === seen.published && a.id < seen.id);
      if (newer) latest.set(c, a);
    }
  }
  return latest;
}

/** The colour class site.json's order gives a type. */
const tone = (type) => {
  const rank = site.type_order.indexOf(type);
  return rank < 0 ? "other" : `rank-${rank}`;
};

const mapCodes = (page) => page.locator(".map-svg a.place").evaluateAll((as) => as.map((a) => a.dataset.country).sort());
const tableCodes = (page) => page.locator(".board tbody tr").evaluateAll((rs) => rs.map((r) => r.dataset.country).sort());

test("every country with a published alert is a link on the map and in the table, without script", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map");
  const expected = [...latestByCountry(published).keys()].sort();
  expect(expected.length).toBeGreaterThan(10);
  expect(await mapCodes(page)).toEqual(expected);
  expect(await tableCodes(page)).toEqual(expected);
  // Each map link names the country, its latest alert and the count.
  const sudan = published.filter((a) => a.countries.includes("SD"));
  const link = page.locator('.map-svg a.place[data-country="SD"]');
  await expect(link).toHaveAttribute("href", "/countries/SD");
  const name = await link.getAttribute("aria-label");
  expect(name).toMatch(new RegExp(`^Sudan: latest .+, ${sudan.length} alerts$`));
  await expect(page.locator('.board tr[data-country="SD"] th a')).toHaveAttribute("href", "/countries/SD");
  // Small places get a marker to tap, and the disclaimer is there.
  await expect(page.locator('.map-svg a.place[data-country="AM"] circle.marker')).toHaveCount(1);
  await expect(page.locator(".map-note")).toContainText("do not imply any opinion on the legal status");
  // Without script the filters, which need the app, are not offered.
  await expect(page.locator(".map-filters")).toBeHidden();
  await context.close();
});

test("colours follow site.json's order of types, in the legend and on the map", async ({ page }) => {
  await page.goto("/map");
  await heading(page);
  // The legend lists the ranked types in site.json's order.
  const legend = await page.locator(".map-legend li[data-type]").evaluateAll((lis) => lis.map((li) => li.dataset.type));
  expect(legend).toEqual(site.type_order);
  const latest = latestByCountry(published);
  const tones = await page.locator(".map-svg a.place").evaluateAll((as) =>
    as.map((a) => [a.dataset.country, a.dataset.tone, getComputedStyle(a.querySelector("path")).fill]),
  );
  for (const [code, shown, fill] of tones) {
    expect(shown, code).toBe(tone(latest.get(code).type));
    expect(fill, code).toContain(`#tone-${shown}`);
  }
  // Each rank's colour is its own and the same in the legend's swatch.
  const colours = await page.evaluate((n) =>
    Array.from({ length: n }, (_, i) => getComputedStyle(document.querySelector(`#tone-rank-${i} rect`)).fill),
  site.type_order.length);
  expect(new Set(colours).size).toBe(site.type_order.length);
  for (const [i, type] of site.type_order.entries()) {
    const swatch = page.locator(`.map-legend li[data-type="${type}"] .swatch rect`);
    expect(await swatch.evaluate((r) => getComputedStyle(r).fill)).toContain(`#tone-rank-${i}`);
  }
  // Some country shows a ranked colour, so the check above is not empty.
  expect(tones.some(([, t]) => t.startsWith("rank-"))).toBe(true);
});

test("filters change the map and the table together, and stay in the address", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/map");
  await heading(page);
  // On the prerendered page a choice becomes the address and brings the
  // app, which applies it (on-demand.spec.js holds the app back to be sure
  // the choice comes first).
  await page.locator(".map-filters select[name=type]").selectOption("statement");
  await expect(page).toHaveURL(/\/map\?type=statement$/);
  await expect(page.locator("#boot")).toHaveCount(0);
  const statements = published.filter((a) => a.type === "statement");
  const expected = [...latestByCountry(statements).keys()].sort();
  await expect.poll(() => tableCodes(page)).toEqual(expected);
  expect(await mapCodes(page)).toEqual(expected);
  for (const tr of await page.locator(".board tbody tr .badge").all()) {
    await expect(tr).toHaveText(/statement/i);
  }
  // In the app a change applies at once, with no page load.
  await page.evaluate(() => (window.stillHere = true));
  await page.locator(".map-filters input[name=since]").fill("2024-01-01");
  await page.locator(".map-filters input[name=since]").dispatchEvent("change");
  await expect(page).toHaveURL(/\/map\?type=statement&since=2024-01-01$/);
  const since = statements.filter((a) => a.published.slice(0, 10) >= "2024-01-01");
  const sinceCodes = [...latestByCountry(since).keys()].sort();
  expect(sinceCodes.length).toBeLessThan(expected.length);
  await expect.poll(() => tableCodes(page)).toEqual(sinceCodes);
  expect(await mapCodes(page)).toEqual(sinceCodes);
  await expect(page.locator(".result-count:visible")).toHaveText(`${sinceCodes.length} countries with alerts`);
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  // A region frames the map and narrows the table; back undoes it.
  await page.locator(".map-filters select[name=region]").selectOption("south-caucasus");
  await expect(page).toHaveURL(/region=south-caucasus/);
  const caucasus = sinceCodes.filter((c) => ["AM", "AZ", "GE"].includes(c));
  await expect.poll(() => tableCodes(page)).toEqual(caucasus);
  expect(await page.locator(".map-svg").getAttribute("viewBox")).not.toBe("0 0 1000 440");
  await page.goBack();
  await expect.poll(() => tableCodes(page)).toEqual(sinceCodes);
  expect(errors).toEqual([]);
});

test("a column heading sorts the board, and a bad value in the link is named", async ({ page }) => {
  await page.goto("/map?sort=count&since=yesterday");
  await expect(page.locator(".board th[aria-sort]")).toHaveText(/Alerts/);
  const counts = await page.locator(".board tbody td.number").allTextContents();
  const numbers = counts.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  expect(numbers[0]).toBeGreaterThan(numbers[numbers.length - 1]);
  await expect(page.locator(".notice")).toContainText("since “yesterday”");
  await page.locator(".board thead a", { hasText: "Country" }).click();
  await expect(page).toHaveURL(/sort=country/);
  const names = await page.locator(".board tbody th").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
});

test("the front page and a country page chart alerts over time, with a table and links to each year", async ({ page }) => {
  await page.goto("/");
  await heading(page);
  const years = {};
  for (const a of published) years[a.published.slice(0, 4)] = (years[a.published.slice(0, 4)] ?? 0) + 1;
  const rows = await page.locator(".chart-table tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("th").textContent, tr.lastElementChild.textContent]),
  );
  const first = Math.min(...Object.keys(years).map(Number));
  const last = Math.max(...Object.keys(years).map(Number));
  expect(rows).toEqual(
    Array.from({ length: last - first + 1 }, (_, i) => [String(first + i), String(years[first + i] ?? 0)]),
  );
  const bar = page.locator(`.chart-svg a[href="/years/${last}"]`);
  await expect(bar).toHaveAttribute("aria-label", new RegExp(`^${last}: ${years[last]} alerts? \\(`));
  await bar.click();
  // The year's own list, a page the build wrote.
  await expect(page).toHaveURL(new RegExp(`/years/${last}$`));
  await expect(page.locator(".result-count:visible")).toContainText(`${years[last]} alert`);

  await page.goto("/countries/AM");
  const armenia = published.filter((a) => a.countries.includes("AM"));
  const total = await page.locator(".chart-table tbody tr td:last-child").allTextContents();
  expect(total.map(Number).reduce((a, b) => a + b, 0)).toBe(armenia.length);
  await expect(page.locator(".chart-svg a").first()).toHaveAttribute("href", /\/\?country=AM&year=\d{4}$/);
});

test("the board panel for partners frames a region and shows only its countries", async ({ page }) => {
  await page.goto("/embed/board?region=south-caucasus");
  await expect(page.locator("h1")).toHaveText("Situation board: South Caucasus");
  const expected = [...latestByCountry(published).keys()].filter((c) => ["AM", "AZ", "GE"].includes(c)).sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(() => tableCodes(page)).toEqual(expected);
  // Links leave the panel for the full reader, in a new tab.
  expect(await page.locator("base").getAttribute("target")).toBe("_blank");
  await expect(page.locator(".embed-more a")).toHaveAttribute("href", /\/map\?region=south-caucasus$/);
  await expect(page.locator(".embed-board .map-svg, .embed-board .map-legend, .embed-board .map-note")).toHaveCount(3);
  const full = await page.locator(".embed").evaluate((e) => e.getBoundingClientRect().height);
  // Compact: the same table without the map, its legend and its note.
  await page.goto("/embed/board?region=south-caucasus&compact=true");
  await expect.poll(() => tableCodes(page)).toEqual(expected);
  await expect(page.locator(".embed-board .map-svg, .embed-board .map-legend, .embed-board .map-note")).toHaveCount(0);
  const compact = await page.locator(".embed").evaluate((e) => e.getBoundingClientRect().height);
  expect(compact).toBeLessThan(full / 2);
  await page.goto("/embed/board?region=atlantis");
  await expect(page.locator(".embed-note")).toContainText("atlantis");
});

test("the Embed dialog on the map offers the board panel for a region", async ({ page }) => {
  await page.goto("/map");
  await heading(page);
  await page.locator("button.embed-open, #boot [data-app-action]").first().click();
  await expect(page.locator(".embed-dialog")).toBeVisible();
  await page.locator("#embed-region").selectOption("horn-of-africa");
  const code = await page.locator("#embed-snippet").inputValue();
  expect(code).toContain('data-board="true"');
  expect(code).toContain('data-region="horn-of-africa"');
  await expect(page.locator(".embed-preview")).toHaveAttribute("src", /\/embed\/board\?region=horn-of-africa$/);
  // Compact says what it does to a board, and the snippet and preview carry it.
  await page.getByLabel("Compact (the table without the map)").check();
  await expect(page.locator("#embed-snippet")).toHaveValue(/data-compact="true"/);
  await expect(page.locator(".embed-preview")).toHaveAttribute("src", /\/embed\/board\?compact=true&region=horn-of-africa$/);
});
