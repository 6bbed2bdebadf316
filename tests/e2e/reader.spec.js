// The reader, as a reader uses it: the archive, filters, an alert,
// Previous/Next, timelines, deep links, 404s and broken data.
import { readdirSync, readFileSync } from "node:fs";
import { test as plainTest } from "@playwright/test";
import { test, expect, publishedIndex, watchErrors, watchAppRequests, heading, afterNextFrames } from "./helpers.js";

const index = publishedIndex();
/** Alerts on a page of a list (alert_model::reading::catalog::PAGE_SIZE). */
const PAGE = 20;
const byCountry = (code) => index.filter((a) => a.countries.includes(code));
// What the words box searches, as the reader does (alert_model's catalog):
// title, summary, the type's name, the id, the countries' names and tags.
const typeNames = { red_flag_alert: "Red Flag Alert", active_genocide_alert: "Active Genocide Alert", sos_alert: "SOS Alert", statement: "Statement", report: "Report" };
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
const searchable = (a) =>
  [a.title, a.summary, typeNames[a.type], a.id, ...a.countries.map((c) => countryNames.of(c)), ...(a.tags ?? [])].join("\n").toLowerCase();
const newestFirst = (list) => [...list].sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : 0));

test("the front page lists alerts newest first with a live count", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await expect(await heading(page)).toHaveText("Alerts");
  await expect(page.getByRole("status").filter({ hasText: "alerts" })).toHaveText(`${index.length} alerts, newest first`);
  const cards = page.locator(".cards .card");
  await expect(cards).toHaveCount(Math.min(index.length, PAGE));
  const dates = await page.locator(".cards time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
  expect(dates).toEqual([...dates].sort().reverse());
  expect(dates[0]).toBe(newestFirst(index)[0].published.slice(0, 10));
  await expect(page).toHaveTitle(/^Alerts · /);
  expect(errors).toEqual([]);
});

test("filtering by country changes the count and the URL, and back restores it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".cards .card").first()).toBeVisible();
  const az = byCountry("AZ");
  // The option shows its count before it is chosen.
  await expect(page.locator("#filter-country option[value=AZ]")).toHaveText(`Azerbaijan (${az.length})`);
  await page.selectOption("#filter-country", "AZ");
  await expect(page).toHaveURL(/\/\?country=AZ$/);
  // The first choice brings the app, which shows it (on-demand.spec.js).
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator(".result-count:visible")).toHaveText(`${az.length} alerts match: Azerbaijan`);
  const countries = await page.locator(".cards .card-countries").allTextContents();
  expect(countries).toHaveLength(Math.min(az.length, PAGE));
  expect(countries.filter((c) => !c.includes("Azerbaijan"))).toEqual([]);

  // Type counts now count under the country filter.
  const azStatements = az.filter((a) => a.type === "statement").length;
  await expect(page.locator("#filter-type option[value=statement]")).toHaveText(`Statement (${azStatements})`);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
  await page.goForward();
  await expect(page.locator(".result-count:visible")).toHaveText(`${az.length} alerts match: Azerbaijan`);
});

test("words, type and year combine, and a pasted link reproduces the view", async ({ page }) => {
  const expected = index.filter(
    (a) => a.type === "red_flag_alert" && a.published.startsWith("2022") && searchable(a).includes("azerbaijan"),
  );
  await page.goto("/?type=red_flag_alert&year=2022&q=azerbaijan");
  await expect(page.locator(".result-count:visible")).toHaveText(
    `${expected.length} alert${expected.length === 1 ? "" : "s"} match${expected.length === 1 ? "es" : ""}: Red Flag Alert, 2022, “azerbaijan”`,
  );
  await expect(page.locator("#filter-words")).toHaveValue("azerbaijan");
  await expect(page.locator("#filter-type")).toHaveValue("red_flag_alert");
  await expect(page.locator("#filter-year")).toHaveValue("2022");
});

test("typing in the words box filters as you type and keeps the text in the URL", async ({ page }) => {
  await page.goto("/");
  await page.locator("#filter-words").fill("prisoners of war");
  await expect(page).toHaveURL(/q=prisoners%20of%20war/);
  const expected = index.filter((a) =>
    ["prisoners", "of", "war"].every((w) => searchable(a).includes(w)),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator(".cards .card")).toHaveCount(Math.min(expected.length, PAGE));
});

test("an empty result says so and offers to clear the filters", async ({ page }) => {
  await page.goto("/?q=qqqzzzxxx");
  await expect(page.getByText("No alerts match these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("bad values in a link are ignored with a note, not a blank page", async ({ page }) => {
  await page.goto("/?country=ZZ&year=soon");
  await expect(page.getByText(/Ignored in the link: country “ZZ”/)).toBeVisible();
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("paging moves through the whole list, on the built pages and in the app", async ({ page }) => {
  await page.goto("/");
  const pages = Math.ceil(index.length / PAGE);
  expect(pages).toBeGreaterThan(1);
  const position = page.locator(".pager-position");
  await expect(position).toHaveText(`Page 1 of ${pages}`);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  // A page of the archive has an address of its own, written by the build:
  // it needs no app.
  await expect(page.locator("#boot.prerendered")).toHaveCount(1);
  await expect(position).toHaveText(`Page 2 of ${pages}`);
  await expect(page.locator(".cards .card-title").first()).toHaveText(newestFirst(index)[PAGE].title);
  // The chart of the whole archive is the front page's alone.
  await expect(page.locator(".chart-svg")).toHaveCount(0);
  // In the app, the same address: a filter chosen and cleared, then Older.
  // (Chosen once the page's loader runs, which keeps the choice: html.js.)
  await expect(page.locator("html.js")).toHaveCount(1);
  await page.selectOption("#filter-type", "red_flag_alert");
  await expect(page).toHaveURL(/\/\?type=red_flag_alert$/);
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator(".browse a[aria-current=page]")).toHaveText("Red Flag Alert");
  await page.selectOption("#filter-type", "");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".chart-svg")).toHaveCount(1);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(position).toHaveText(`Page 2 of ${pages}`);
  await expect(page.locator(".cards .card-title").first()).toHaveText(newestFirst(index)[PAGE].title);
  await expect(page.locator("#boot")).toHaveCount(0);
  // Back returns to the first page, still in the app.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(position).toHaveText(`Page 1 of ${pages}`);
  await expect(page.locator("#boot")).toHaveCount(0);
});

// An alert opened directly is its prerendered page; opened from a list
// (the list rides in the query) the app renders it. Both show every part.
for (const [how, query] of [["as its own page", ""], ["in the app, from a list", "?country=AM"]]) {
  test(`an alert shows every part of the publisher's page (${how})`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/alerts/azerbaijan-red-flag-update-3${query}`);
    const h1 = await heading(page);
    await expect(h1).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
    // Site header: name, tagline, Donate; Back.
    await expect(page.locator(".tagline")).toHaveText("Creating a Shared Language of Genocide Prevention Across the Globe");
    await expect(page.getByRole("link", { name: "Donate" })).toBeVisible();
    await expect(page.getByRole("link", { name: "← Back to alerts" })).toBeVisible();
    // Type badge with words, full date, countries linked to timelines.
    await expect(page.locator(".alert .badge")).toHaveText("Red Flag Alert");
    await expect(page.locator(".alert-date")).toHaveText("Friday, October 7, 2022");
    const armenia = page.locator(".alert-countries").getByRole("link", { name: "Armenia" });
    expect(await armenia.evaluate((a) => new URL(a.href).pathname)).toBe("/countries/AM");
    // Body blocks, tags, the publisher's page, Previous/Next, Embed.
    await expect(page.locator(".alert-body h2")).toHaveText("What the Institute calls for");
    await expect(page.locator(".alert-body li")).toHaveCount(3);
    await expect(page.locator(".tags li").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Publisher’s page" })).toHaveAttribute("href", /^https:\/\//);
    await expect(page.locator(".step-prev")).toBeVisible();
    await expect(page.getByRole("button", { name: "Embed on your site" })).toBeVisible();
    await expect(page.locator(".site-footer")).toContainText("501(c)(3) nonprofit organization in the United States. EIN: 87-1787869");
    await expect(page.locator(".site-footer").getByRole("link", { name: "info@lemkininstitute.com" })).toHaveAttribute("href", "mailto:info@lemkininstitute.com");
    await expect(page).toHaveTitle(/^Red Flag Alert for Genocide - Azerbaijan - Update 3 · /);
    expect(errors).toEqual([]);
  });
}

test("a reader who opens an alert and steps through gets pages, not the app", async ({ page }) => {
  const app = watchAppRequests(page);
  const all = newestFirst(index);
  const at = all.findIndex((a) => a.id === "azerbaijan-red-flag-update-3");
  // A shared link's campaign tag is not a list: the page stays the page.
  await page.goto("/alerts/azerbaijan-red-flag-update-3?utm_source=newsletter");
  await expect(await heading(page)).toHaveText(all[at].title);
  // → and ← follow the page's own Next and Previous links.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/alerts/${all[at - 1].id}$`));
  await expect(await heading(page)).toHaveText(all[at - 1].title);
  await page.keyboard.press("ArrowLeft");
  await expect(await heading(page)).toHaveText(all[at].title);
  await page.locator(".step-prev").click();
  await expect(await heading(page)).toHaveText(all[at + 1].title);
  await page.waitForLoadState("networkidle");
  expect(app).toEqual([]);
});

test("Embed on an alert's own page loads the app and opens the dialog", async ({ page }) => {
  const app = watchAppRequests(page);
  await page.goto("/alerts/sudan-sos");
  await heading(page);
  const embed = page.getByRole("button", { name: "Embed on your site" });
  await embed.click();
  const dialog = page.getByRole("dialog", { name: "Embed on your site" });
  await expect(dialog).toBeVisible();
  expect(app.some((p) => p.endsWith(".wasm"))).toBe(true);
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(dialog.locator(":focus")).toHaveCount(1);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  // Focus returns to the button, now the app's.
  await expect(page.getByRole("button", { name: "Embed on your site" })).toBeFocused();
});

test("Embed pressed on a slow connection still opens once the alert arrives", async ({ page }) => {
  await page.goto("/alerts/sudan-sos");
  await heading(page);
  // Past the app's 4 s safety net, which puts the app on screen first.
  await page.route("**/data/alerts/sudan-sos.json", async (route) => {
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue();
  });
  await page.getByRole("button", { name: "Embed on your site" }).click();
  await expect(page.getByRole("dialog", { name: "Embed on your site" })).toBeVisible({ timeout: 10_000 });
});

test("when the app cannot load, Embed says so and a second press retries", async ({ page }) => {
  await page.goto("/alerts/sudan-sos");
  await heading(page);
  // The app's JS fails (a failed module stays failed in Chromium's cache).
  await page.route("**/alert-reader-*.js*", (route) => route.abort("failed"));
  const embed = page.getByRole("button", { name: "Embed on your site" });
  await embed.click();
  await expect(page.getByRole("alert")).toHaveText(/could not be loaded\. Check the connection and try again\./);
  // The alert is still there to read.
  await expect(page.locator("main h1")).toBeVisible();
  await page.unroute("**/alert-reader-*.js*");
  await embed.click();
  await expect(page.getByRole("dialog", { name: "Embed on your site" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an alert in a series shows its place and links a newer update", async ({ page }) => {
  const series = index.filter((a) => a.series?.id === "azerbaijan-red-flag");
  const last = Math.max(...series.map((a) => a.series.number));
  const latest = series.find((a) => a.series.number === last);
  await page.goto("/alerts/azerbaijan-red-flag-update-3");
  await expect(page.locator(".series-position")).toHaveText(`Update 3 of ${last}`);
  await expect(page.locator(".series-track li")).toHaveCount(series.length);
  await expect(page.locator(".series-track [aria-current=page]")).toContainText("Update 3");
  await page.locator(".notice-newer").getByRole("link").click();
  await expect(await heading(page)).toHaveText(latest.title);
  await expect(page.locator(".notice-newer")).toHaveCount(0);
});

test("Previous and Next stay within the filtered list, with reasons at the ends", async ({ page }) => {
  const az = newestFirst(byCountry("AZ"));
  await page.goto("/?country=AZ");
  await page.locator(".cards .card-title a").first().click();
  await expect(page).toHaveURL(new RegExp(`/alerts/${az[0].id}\\?country=AZ$`));
  await expect(await heading(page)).toHaveText(az[0].title);
  // The newest: Next is disabled and says why.
  await expect(page.locator(".step-next")).toHaveAttribute("aria-disabled", "true");
  await expect(page.locator(".step-next")).toContainText("This is the latest alert in this filtered list");
  // Previous steps to the next-older Azerbaijan alert, keeping the filter.
  await page.locator(".step-prev").click();
  await expect(page).toHaveURL(new RegExp(`/alerts/${az[1].id}\\?country=AZ$`));
  await expect(await heading(page)).toHaveText(az[1].title);
  // Focus moved to the new view's heading.
  await expect(page.locator("main h1")).toBeFocused();
  // The keys do the same.
  await page.keyboard.press("ArrowLeft");
  await expect(await heading(page)).toHaveText(az[2].title);
  await page.keyboard.press("ArrowRight");
  await expect(await heading(page)).toHaveText(az[1].title);
});

test("a filtered walk keeps its list across reloads, and back and forward retrace it", async ({ page }) => {
  const az = byCountry("AZ");
  const list = newestFirst(az.filter((a) => a.type === "red_flag_alert"));
  const filters = (url) => Object.fromEntries(new URL(url).searchParams);
  const both = { country: "AZ", type: "red_flag_alert" };
  await page.goto("/");
  await page.selectOption("#filter-country", "AZ");
  await expect(page.locator(".result-count:visible")).toHaveText(`${az.length} alerts match: Azerbaijan`);
  await page.selectOption("#filter-type", "red_flag_alert");
  await expect(page.locator(".result-count:visible")).toContainText(`${list.length} alerts match`);
  expect(filters(page.url())).toEqual(both);
  await page.locator(".cards .card-title a").first().click();
  await expect(await heading(page)).toHaveText(list[0].title);
  // Each step, then a reload: the page the reader comes back to is the
  // same alert in the same list, with the same neighbours.
  for (const at of [1, 2]) {
    await page.locator(".step-prev").click();
    await expect(await heading(page)).toHaveText(list[at].title);
    await page.reload();
    await expect(await heading(page)).toHaveText(list[at].title);
    expect(new URL(page.url()).pathname).toBe(`/alerts/${list[at].id}`);
    expect(filters(page.url())).toEqual(both);
    await expect(page.locator(".step-prev .step-title")).toHaveText(list[at + 1].title);
    await expect(page.locator(".step-next .step-title")).toHaveText(list[at - 1].title);
  }
  // Back retraces every step and every filter change; forward replays them.
  await page.goBack();
  await expect(await heading(page)).toHaveText(list[1].title);
  await page.goBack();
  await expect(await heading(page)).toHaveText(list[0].title);
  await page.goBack();
  await expect(page.locator(".result-count:visible")).toContainText(`${list.length} alerts match`);
  expect(filters(page.url())).toEqual(both);
  await expect(page.locator("#filter-type:visible")).toHaveValue("red_flag_alert");
  await page.goBack();
  await expect(page.locator(".result-count:visible")).toHaveText(`${az.length} alerts match: Azerbaijan`);
  await expect(page.locator("#filter-type:visible")).toHaveValue("");
  await page.goForward();
  await expect(page.locator(".result-count:visible")).toContainText(`${list.length} alerts match`);
  await page.goForward();
  await expect(await heading(page)).toHaveText(list[0].title);
  expect(filters(page.url())).toEqual(both);
});

test("opened directly, Previous and Next follow all alerts by date", async ({ page }) => {
  const all = newestFirst(index);
  const oldest = all[all.length - 1];
  await page.goto(`/alerts/${oldest.id}`);
  await expect(page.locator(".step-prev")).toContainText("This is the earliest alert");
  await expect(page.locator(".step-next .step-title")).toHaveText(all[all.length - 2].title);
});

test("arrow keys do nothing while typing in a field", async ({ page }) => {
  await page.goto("/alerts/azerbaijan-red-flag-update-3");
  await heading(page);
  const url = page.url();
  await page.locator(".back a").focus();
  // Put focus in a text field that exists on the page: the browser's own
  // find box is not reachable, so use a temporary input.
  await page.evaluate(() => {
    const i = document.createElement("input");
    i.id = "tmp";
    document.querySelector("main").append(i);
    i.focus();
  });
  await page.keyboard.press("ArrowLeft");
  await afterNextFrames(page);
  expect(page.url()).toBe(url);
  // Out of the field the same key works (so the check above can fail).
  await page.locator("#tmp").blur();
  await page.keyboard.press("ArrowLeft");
  await expect(page).not.toHaveURL(url);
});

test("a deep link survives a reload from a static host", async ({ page }) => {
  // Alerts have prerendered pages; the app takes over with the list state.
  const response = await page.goto("/alerts/azerbaijan-red-flag-update-3?country=AZ");
  expect(response.status()).toBe(200);
  await expect(await heading(page)).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
  await page.reload();
  await heading(page);
  await expect(page.locator(".back a")).toHaveAttribute("href", "/?country=AZ");
  await expect(page.locator(".step-prev")).toBeVisible();
  // Country pages are prerendered too: a crawler or link checker sees 200.
  const timeline = await page.goto("/countries/AZ");
  expect(timeline.status()).toBe(200);
  await expect(await heading(page)).toHaveText("Azerbaijan");
  await page.reload();
  await expect(await heading(page)).toHaveText("Azerbaijan");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an alert's page still shows the alert, its date and the publisher's footer", async ({ page }) => {
    await page.goto("/alerts/azerbaijan-red-flag-update-3");
    await expect(page.locator("h1")).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
    await expect(page.locator(".alert-date")).toHaveText("Friday, October 7, 2022");
    await expect(page.locator(".alert-body h2")).toHaveText("What the Institute calls for");
    await expect(page.locator(".series-position")).toHaveText(/^Update 3 of \d+$/);
    await expect(page.locator(".site-footer")).toContainText("EIN: 87-1787869");
    await expect(page).toHaveTitle(/^Red Flag Alert for Genocide - Azerbaijan - Update 3 · /);
    // Previous/Next are plain links; Embed, which needs the app, is not shown.
    await expect(page.locator(".step-prev")).toBeVisible();
    await expect(page.locator(".embed-open")).toBeHidden();
  });

  test("Older walks the whole archive, and each type's and year's list holds its alerts", async ({ page }) => {
    /** Follows "Older →" from `start` to the end: the alert ids listed. */
    const walk = async (start) => {
      const seen = [];
      await page.goto(start);
      for (;;) {
        seen.push(...(await page.locator(".cards .card-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href").replace(/^\/alerts\//, "").replace(/\?.*$/, "")))));
        const older = page.locator(".pager a[rel=next]");
        if ((await older.count()) === 0) return seen;
        const next = await older.getAttribute("href");
        await older.click();
        await page.waitForURL(next);
      }
    };
    const ids = (list) => list.map((a) => a.id).sort();
    const seen = await walk("/");
    expect(seen.length).toBe(index.length);
    expect([...seen].sort()).toEqual(ids(index));
    // The browse links beside the filters: every type's and year's list.
    await page.goto("/");
    const lists = await page.locator(".browse a").evaluateAll((as) => as.map((a) => ({ name: a.textContent, href: a.getAttribute("href") })));
    const types = [...new Set(index.map((a) => a.type))];
    const years = [...new Set(index.map((a) => a.published.slice(0, 4)))];
    expect(lists.length).toBe(types.length + years.length);
    for (const { name, href } of lists) {
      const type = href.match(/^\/types\/(\w+)$/)?.[1];
      const expected = index.filter((a) => (type ? a.type === type : a.published.startsWith(href.replace("/years/", ""))));
      expect(name, href).toBe(type ? typeNames[type] : href.replace("/years/", ""));
      expect((await walk(href)).sort(), href).toEqual(ids(expected));
      await expect(page.locator(`.browse a[aria-current=page]`), href).toHaveAttribute("href", href);
    }
  });
});

test("a country timeline groups alerts by year and links series", async ({ page }) => {
  const am = byCountry("AM");
  const years = [...new Set(am.map((a) => a.published.slice(0, 4)))].sort().reverse();
  await page.goto("/alerts/azerbaijan-red-flag-update-3");
  await page.locator(".alert-countries").getByRole("link", { name: "Armenia" }).click();
  await expect(await heading(page)).toHaveText("Armenia");
  await expect(page.locator(".year-heading")).toHaveText(years);
  await expect(page.locator(".event")).toHaveCount(am.length);
  await expect(page.locator(".series-summary").first()).toBeVisible();
  await expect(page.locator(".event.in-series").first()).toBeVisible();
  await expect(page).toHaveTitle(/^Armenia · /);
});

test("an unknown country code gets a clear not-found view", async ({ page }) => {
  expect((await page.goto("/countries/ZZ")).status()).toBe(404);
  await expect(await heading(page)).toHaveText("Not found");
  await expect(page.getByText("“ZZ” is not a country code we know.")).toBeVisible();
});

test("unknown routes and unknown alert ids get the 404 view with a way back", async ({ page }) => {
  expect((await page.goto("/no/such/page")).status()).toBe(404);
  await expect(await heading(page)).toHaveText("Not found");
  expect((await page.goto("/alerts/no-such-alert")).status()).toBe(404);
  await expect(await heading(page)).toHaveText("Not found");
  await expect(page.getByText("There is no alert with the id “no-such-alert”.")).toBeVisible();
  await page.getByRole("link", { name: "Go to all alerts" }).click();
  await expect(await heading(page)).toHaveText("Alerts");
});

test("drafts are never served from a link", async ({ page }) => {
  await page.goto("/alerts/example-draft");
  await expect(await heading(page)).toHaveText("Not found");
  // Nor listed: the front page counts the published files, as staff wrote
  // them, and a search for the draft's words finds nothing.
  const files = readdirSync(new URL("../../public/data/alerts/", import.meta.url))
    .map((f) => JSON.parse(readFileSync(new URL(`../../public/data/alerts/${f}`, import.meta.url), "utf8")));
  const published = files.filter((a) => a.status === "published").length;
  await page.goto("/");
  await expect(page.locator(".result-count:visible")).toHaveText(`${published} alerts, newest first`);
  const draft = JSON.parse(readFileSync(new URL("../../samples/drafts/example-draft.json", import.meta.url), "utf8"));
  await page.locator("#filter-words").fill(draft.id);
  await expect(page.locator(".result-count:visible")).toHaveText(`0 alerts match: “${draft.id}”`);
});

test("a withdrawn alert stays readable with a notice and leaves the lists", async ({ page }) => {
  // Not in the lists: the archive finds it by no words, not even its id.
  await page.goto("/?q=example-withdrawn-statement");
  await expect(page.locator(".result-count:visible")).toHaveText("0 alerts match: “example-withdrawn-statement”");
  await page.goto("/alerts/example-withdrawn-statement");
  await expect(page.locator(".notice-withdrawn")).toContainText("Withdrawn.");
  await expect(page.locator(".prev-next .step")).toHaveCount(2);
});

test("a right-to-left translation renders right to left and links back", async ({ page }) => {
  await page.goto("/alerts/example-protection-of-civilians");
  await page.locator(".translations").getByRole("link").click();
  await expect(page).toHaveURL(/example-protection-of-civilians-ar$/);
  const article = page.locator("article.alert");
  await expect(article).toHaveAttribute("dir", "rtl");
  await expect(article).toHaveAttribute("lang", "ar");
  const direction = await page.locator(".alert-body p").first().evaluate((p) => getComputedStyle(p).direction);
  expect(direction).toBe("rtl");
  await expect(page.locator(".translations").getByRole("link", { name: "English" })).toBeVisible();
});

test("a corrupted alert file shows what failed and a retry, and the rest keeps working", async ({ page }) => {
  const errors = watchErrors(page);
  let broken = true;
  await page.route("**/data/alerts/azerbaijan-red-flag-update-3.json", (route) =>
    broken ? route.fulfill({ status: 200, contentType: "application/json", body: '{"schema": 1, "id": "x",, }' }) : route.continue(),
  );
  // The app fetches the file when it renders the alert: from a list.
  await page.goto("/alerts/azerbaijan-red-flag-update-3?country=AZ");
  await expect(await heading(page)).toHaveText("This could not be loaded");
  await expect(page.locator(".file-name")).toHaveText("data/alerts/azerbaijan-red-flag-update-3.json");
  await expect(page.locator(".problem-list")).toContainText("line 1, column 25");
  // The header and footer still work.
  await expect(page.locator(".site-footer")).toContainText("EIN: 87-1787869");
  broken = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(await heading(page)).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
  expect(errors.filter((e) => e.startsWith("pageerror"))).toEqual([]);
});

test("a broken index says where it breaks, as text or as bytes, and a retry reads it", async ({ page }) => {
  const text = readFileSync("dist/data/index.json", "utf8");
  const lines = text.split("\n");
  // The third alert's title, damaged two ways: a missing colon, and a
  // byte that is not UTF-8 in its text.
  const at = lines.findIndex((l, i) => l.includes('"title": "') && lines.slice(0, i).filter((x) => x.includes('"title": "')).length === 2);
  const noColon = lines.map((l, i) => (i === at ? l.replace('"title": "', '"title" "') : l)).join("\n");
  const start = Buffer.byteLength(lines.slice(0, at).join("\n") + "\n" + lines[at].slice(0, lines[at].indexOf('"title": "') + 10));
  const bytes = Buffer.from(text);
  bytes[start] = 0xff;
  const column = start - Buffer.byteLength(lines.slice(0, at).join("\n") + "\n") + 1;
  let body = noColon;
  await page.route("**/data/index.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("/?page=1");
  await expect(page.locator(".file-name")).toHaveText("data/index.json");
  await expect(page.locator(".problem-list")).toContainText(`not valid JSON: line ${at + 1}, column`);
  body = bytes;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".problem-list")).toContainText(`not valid JSON: line ${at + 1}, column ${column}: the text is not UTF-8`);
  body = text;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("a network failure on the index shows an error and a retry on the front page", async ({ page }) => {
  let fail = true;
  await page.route("**/data/index.json", (route) => (fail ? route.abort("failed") : route.continue()));
  await page.goto("/");
  // The reader reaches for the filters, which brings the app and its data.
  await page.locator("#filter-country").focus();
  await expect(page.locator(".file-name")).toHaveText("data/index.json");
  await expect(page.getByText(/request failed before the server answered/)).toBeVisible();
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
});

test("script and markup in an alert's data show as text and run nothing", async ({ page }) => {
  const hostile = {
    schema: 1, id: "azerbaijan-red-flag-update-3", title: "<script>window.__pwned=1</script>Hostile title",
    type: "statement", status: "published", published: "2022-10-07", countries: ["AZ"], language: "en",
    summary: "<img src=x onerror=window.__pwned=2>",
    body: [
      { type: "paragraph", text: ["<script>window.__pwned=3</script>", { text: "<img src=x onerror=window.__pwned=4>", marks: ["strong"] }] },
      { type: "paragraph", text: [{ text: "a javascript link", href: "javascript:window.__pwned=5" }] },
      { type: "quote", text: ["<iframe src=javascript:window.__pwned=6>"], cite: "<b>cite</b>" },
    ],
  };
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await page.route("**/data/alerts/azerbaijan-red-flag-update-3.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(hostile) }),
  );
  await page.goto("/alerts/azerbaijan-red-flag-update-3?country=AZ");
  await expect(await heading(page)).toHaveText("<script>window.__pwned=1</script>Hostile title");
  await expect(page.locator(".alert-body p").first()).toHaveText("<script>window.__pwned=3</script><img src=x onerror=window.__pwned=4>");
  await expect(page.getByText("a javascript link")).toBeVisible();
  // The refused link is plain text, not an anchor.
  await expect(page.locator(".alert-body a")).toHaveCount(0);
  await expect(page.locator("main img, main iframe, main script, main b")).toHaveCount(0);
  await page.getByText("a javascript link").click();
  await afterNextFrames(page);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("the skip link and keyboard reach the content", async ({ page }) => {
  await page.goto("/");
  await heading(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  // Focus on a filter fetches the app, which builds its own filters out of
  // sight until it takes over: the box the reader sees is the one to check.
  await expect(page.locator("#filter-words:visible")).toBeFocused();
});

test("on an alert's own page the skip link reaches the alert, not the front page", async ({ page }) => {
  await page.goto("/alerts/sudan-sos");
  await heading(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/alerts\/sudan-sos#main$/);
  await expect(page.locator("main")).toBeFocused();
  await expect(page.locator("main h1")).toHaveText(index.find((a) => a.id === "sudan-sos").title);
});

test("the same build works under a sub-path", async ({ page }) => {
  const response = await page.goto("http://127.0.0.1:4174/reader/countries/AM");
  expect(response.status()).toBe(200);
  await expect(await heading(page)).toHaveText("Armenia");
  await page.goto("http://127.0.0.1:4174/reader/alerts/azerbaijan-red-flag-update-3");
  await expect(await heading(page)).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
  const azerbaijan = page.locator(".alert-countries").getByRole("link", { name: "Azerbaijan" });
  expect(await azerbaijan.evaluate((a) => a.href)).toBe("http://127.0.0.1:4174/reader/countries/AZ");
  // The alert's own page, and the app from a list, both under the sub-path.
  await page.goto("http://127.0.0.1:4174/reader/alerts/azerbaijan-red-flag-update-3?country=AZ");
  await expect(await heading(page)).toHaveText("Red Flag Alert for Genocide - Azerbaijan - Update 3");
  await expect(page.locator(".alert-countries").getByRole("link", { name: "Azerbaijan" })).toHaveAttribute("href", "/reader/countries/AZ");
  await page.goto("http://127.0.0.1:4174/reader/alerts/azerbaijan-red-flag-update-3");
  await page.locator(".back a").click();
  await expect(page).toHaveURL("http://127.0.0.1:4174/reader/");
  await heading(page);
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
  await page.selectOption("#filter-country", "AZ");
  await expect(page).toHaveURL(/\/reader\/?\?country=AZ$/);
  // The list filtered (the app may still be arriving when the address
  // changes): only then is its first card one of Azerbaijan's.
  const azerbaijans = index.filter((a) => a.countries.includes("AZ")).length;
  await expect(page.locator(".result-count:visible")).toHaveText(`${azerbaijans} alerts match: Azerbaijan`);
  await page.locator(".cards .card-title a").first().click();
  await expect(page).toHaveURL(/\/reader\/alerts\/[a-z0-9-]+\?country=AZ$/);
});

plainTest("a prerendered alert stays on screen until the app has it: no blank, no loading flash", async ({ page }) => {
  // Hold the alert's file back (within the app's 4 s safety net).
  await page.route("**/data/alerts/azerbaijan-red-flag-update-3.json", async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  // From a list, so the app takes over (Previous/Next within that list).
  const asked = page.waitForRequest("**/data/alerts/azerbaijan-red-flag-update-3.json");
  await page.goto("/alerts/azerbaijan-red-flag-update-3?country=AZ");
  const title = "Red Flag Alert for Genocide - Azerbaijan - Update 3";
  // The app starts (its hidden root appears) and asks for the file…
  await expect(page.locator("#app")).toHaveCount(1);
  await asked;
  // …and the reader still sees the alert, once, never a blank or a spinner.
  await expect(page.locator("#boot")).toHaveCount(1);
  await expect(page.locator("#app")).toBeHidden();
  // The app renders its header at once: hidden, there is only one on screen.
  await expect(page.locator(".site-header:visible")).toHaveCount(1);
  await expect(page.locator("h1:visible")).toHaveCount(1);
  await expect(page.locator("h1:visible")).toHaveText(title);
  await expect(page.locator(".loading:visible")).toHaveCount(0);
  // Then the app takes over with the same page, and its controls.
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator(".step-prev")).toBeVisible();
});

plainTest("the front page shows the newest alerts until the app, once asked for, takes over with the live list", async ({ page }) => {
  await page.route("**/data/index.json", async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  const asked = page.waitForRequest("**/data/index.json");
  await page.goto("/");
  // Focus on a filter is the sign of intent that fetches the app.
  await page.locator("#filter-words").focus();
  await expect(page.locator("#app")).toHaveCount(1);
  await asked;
  await expect(page.locator("#app")).toBeHidden();
  await expect(page.locator(".site-header:visible")).toHaveCount(1);
  await expect(page.locator(".cards .card:visible")).toHaveCount(Math.min(index.length, PAGE));
  await expect(page.locator(".result-count:visible")).toHaveText(`${index.length} alerts, newest first`);
  await expect(page.locator("#boot")).toHaveCount(0, { timeout: 5000 });
  // The app's own filters: every country with an alert, plus "All".
  await expect(page.locator("#filter-country option")).toHaveCount(1 + new Set(index.flatMap((a) => a.countries)).size);
});

test("a server that answers every path with the prerendered front page still shows the right view at once", async ({ page }) => {
  // As `trunk serve` does for deep links.
  const front = readFileSync(new URL("../../dist/index.html", import.meta.url));
  await page.route("**/countries/AM", (r) => r.fulfill({ body: front, contentType: "text/html" }));
  await page.goto("/countries/AM");
  await expect(page.locator("main h1")).toHaveText("Armenia", { timeout: 2000 });
  await expect(page.locator(".cards")).toHaveCount(0);
});

test("printing an alert prints the alert alone", async ({ page }) => {
  await page.goto("/alerts/azerbaijan-red-flag-update-3");
  await heading(page);
  await page.emulateMedia({ media: "print" });
  for (const chrome of [".site-header", ".back", ".prev-next", ".series", ".embed-open", ".skip-link"]) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".alert-body")).toBeVisible();
  await expect(page.locator(".alert-date")).toBeVisible();
  // The publisher's legal line stays, as on the printed page it came from.
  await expect(page.locator(".site-footer .legal")).toBeVisible();
});

test("a broken loader is a failure, not a page to test as it stands", async ({ page }) => {
  // A fixture of a broken build: the alert page's loader never runs.
  await page.route("**/loader-*.js", async (route) => {
    const response = await route.fetch();
    const js = (await response.text()).replace("window.alertReaderLoader = true;", "throw new Error('broken');");
    await route.fulfill({ response, body: js });
  });
  // The helpers' settled wait must fail loudly (it once swallowed this).
  await expect(page.goto("/alerts/sudan-sos")).rejects.toThrow(/never settled/);
});
