// What changed since the last update, citing an alert, and taking the
// data, as a reader meets them: on the prerendered pages without script,
// in the app after in-app navigation, and in the files the build
// publishes, read back with independent parsers (Ajv for the JSON Schemas,
// an RFC 4180 reader written here for CSV).
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync } from "node:fs";
import { test as base } from "@playwright/test";
import { test, expect, heading, publishedIndex, watchErrors } from "./helpers.js";
import { HOST_URL } from "./playwright.config.js";

const UPDATE = "example-myanmar-red-flag-update-2";
const dist = new URL("../../dist/", import.meta.url);
const read = (path) => readFileSync(new URL(path, dist), "utf8");
const site = JSON.parse(read("data/site.json"));

/** RFC 4180: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += c;
  }
  if (cell || row.length) throw new Error("the last record must end with CRLF");
  return rows;
}

/** The ids of a CSV download, after checking its header. */
function csvIds(text) {
  const [header, ...rows] = parseCsv(text);
  expect(header.slice(0, 3)).toEqual(["id", "url", "title"]);
  return rows.map((r) => r[0]);
}

async function downloaded(page, link) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an update says what changed, and its Compare box shows where", async ({ page }) => {
    await page.goto(`/alerts/${UPDATE}`);
    const box = page.locator(".since");
    await expect(box.locator("h2")).toHaveText("Since Update 1 (Monday, January 20, 2025)");
    await expect(box.locator(".since-points li")).toHaveText(["Sample point: a country was added, and the text gained a paragraph."]);
    await expect(box.locator(".since-facts li")).toHaveText(["Country added: Thailand", "Edited after publication, on Wednesday, April 9, 2025"]);
    // Closed under the text until asked for.
    await expect(page.locator(".compare-title")).toBeHidden();
    await box.getByRole("link", { name: "Compare with Update 1" }).click();
    await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}#compare$`));
    await expect(page.locator(".compare-title")).toBeVisible();
    await expect(page.locator(".compare-title")).toHaveText("Changes since Update 1");
    await expect(page.locator(".compare-summary strong")).toHaveText("2 passages differ.");
    await expect(page.locator(".passage-label")).toHaveText(["Changed", "Added"]);
    await expect(page.locator(".passage-added")).toContainText("This paragraph is new in Update 2");
    // Struck and underlined, not only coloured; and said to screen readers.
    const del = page.locator(".passage-changed del").first();
    await expect(del).toHaveCSS("text-decoration-line", "line-through");
    await expect(page.locator(".passage-changed ins").first()).toHaveCSS("text-decoration-line", "underline");
    await expect(del.locator(".visually-hidden").first()).toHaveText("removed: ");
    // The alert compared with is a click away.
    await page.locator(".compare-with a").click();
    await expect(page).toHaveURL(new RegExp(`/alerts/example-myanmar-red-flag-update-1$`));
  });

  test("Cite this alert opens on the alert's page, and its files download", async ({ page }) => {
    await page.goto(`/alerts/${UPDATE}`);
    // Closed until asked for: the alert comes first.
    await expect(page.locator("#cite-apa")).toBeHidden();
    await page.locator("summary", { hasText: "Cite this alert" }).click();
    await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}$`));
    const url = `${site.reader_url}alerts/${UPDATE}`;
    const version = (await page.locator(".cite-version strong").textContent()).replace("Version ", "");
    expect(version).toMatch(/^[0-9a-f]{8}$/);
    for (const style of ["#cite-apa", "#cite-chicago", "#cite-mla"]) {
      await expect(page.locator(style)).toBeVisible();
      const text = await page.locator(style).textContent();
      for (const part of ["Update 2", version, site.name]) expect(text, style).toContain(part);
      expect(text.replace("https://", ""), style).toContain(url.replace("https://", ""));
    }
    await expect(page.locator("#cite-apa")).toContainText("Last updated April 9, 2025.");
    // Copying needs script: no button that cannot work.
    await expect(page.locator(".copy-button").first()).toBeHidden();
    const files = {};
    for (const [name, ext] of [["BibTeX", "bib"], ["RIS", "ris"], ["CSL-JSON", "csl.json"]]) {
      const file = await downloaded(page, page.getByRole("link", { name: `Download ${name}` }));
      expect(file.name).toBe(`${UPDATE}.${ext}`);
      expect(file.text).toContain(version);
      expect(file.text).toContain(url);
      files[ext] = file.text;
    }
    expect(files.bib).toMatch(new RegExp(`^@techreport\\{${UPDATE},`));
    expect(files.ris.split("\r\n")[0]).toBe("TY  - RPRT");
    const csl = JSON.parse(files["csl.json"]);
    expect(csl[0]).toMatchObject({ type: "report", URL: url, number: "Update 2", issued: { "date-parts": [[2025, 4, 7]] } });
  });

  test("an alert page carries the citation tags Zotero reads", async ({ page }) => {
    await page.goto(`/fr/alerts/${UPDATE}`);
    const meta = (name) => page.locator(`meta[name="${name}"]`).getAttribute("content");
    expect(await meta("citation_title")).toBe(await page.locator("h1").textContent());
    expect(await meta("citation_author")).toBe(site.name);
    expect(await meta("citation_publication_date")).toBe("2025/04/07");
    expect(await meta("citation_technical_report_number")).toBe("Update 2");
    expect(await meta("citation_abstract_html_url")).toBe(`${site.reader_url}alerts/${UPDATE}`);
  });

  test("the front page's download links lead to the whole archive", async ({ page }) => {
    await page.goto("/");
    const ids = publishedIndex().map((a) => a.id);
    const csv = await downloaded(page, page.getByRole("link", { name: "CSV", exact: true }));
    expect(csv.name).toBe("alerts.csv");
    expect(csvIds(csv.text)).toEqual(ids);
    const excel = await downloaded(page, page.getByRole("link", { name: "CSV for Excel" }));
    expect(excel.text.startsWith("\ufeff")).toBe(true);
    expect(csvIds(excel.text.slice(1))).toEqual(ids);
    const json = await downloaded(page, page.getByRole("link", { name: "JSON", exact: true }));
    expect(JSON.parse(json.text).alerts.map((a) => a.id)).toEqual(ids);
  });
});

test("in the app, Compare and Cite this alert are a page away and Copy copies the citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = watchErrors(page);
  // A list in the address: the app starts at once.
  await page.goto(`/alerts/${UPDATE}?country=MM`);
  await heading(page);
  // The app's view leaves Compare and the citations to the page the build
  // wrote (their code stays out of the reader's download): one load away,
  // the box open.
  await page.locator(".since").getByRole("link", { name: "Compare with Update 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}#compare$`));
  await expect(page.locator(".passage-label")).toHaveText(["Changed", "Added"]);
  await expect(page.locator(".passage-label").first()).toBeVisible();
  await expect(page.locator(".passage-changed del").first()).toContainText("the first");
  await expect(page.locator(".passage-changed ins").first()).toContainText("an");
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}\\?country=MM$`));
  await heading(page);
  await page.getByRole("link", { name: "Cite this alert" }).click();
  await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}#cite$`));
  const apa = page.locator("#cite-apa");
  await expect(apa).toBeVisible();
  await expect(apa).toContainText(`${site.reader_url}alerts/${UPDATE}`);
  await apa.locator("xpath=..").getByRole("button", { name: "Copy" }).click();
  await expect(apa.locator("xpath=..").getByRole("status")).toHaveText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await apa.textContent());
  expect(errors).toEqual([]);
});

test("after the app took over an alert's own page, Cite this alert still opens the citations", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/alerts/${UPDATE}`);
  await heading(page);
  // Embed loads the app, which takes the page over: the box is the page's.
  await page.getByRole("button", { name: "Embed on your site" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed on your site" });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("#cite-apa")).toHaveCount(0);
  // At the same address only the fragment would change: the page loads.
  await page.getByRole("link", { name: "Cite this alert" }).click();
  await expect(page.locator("#cite-apa")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}#cite$`));
  expect(errors).toEqual([]);
});

test("a mistyped fragment opens no box and stops nothing on the page", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/alerts/${UPDATE}#%E0`);
  await heading(page);
  // The loader ran on past it: copy buttons are shown once script runs.
  await expect(page.locator("html")).toHaveClass(/\bjs\b/);
  await expect(page.locator("details.page-box[open]")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a former Compare address, list and all, opens the update's Compare box", async ({ page }) => {
  const errors = watchErrors(page);
  // This server, like GitHub Pages, has no redirects: the app sends it on.
  await page.goto(`/alerts/${UPDATE}/compare?country=MM`);
  await expect(page).toHaveURL(new RegExp(`/alerts/${UPDATE}#compare$`));
  await expect(page.locator(".compare-title")).toBeVisible();
  await expect(page.locator(".passage-label")).toHaveText(["Changed", "Added"]);
  expect(errors).toEqual([]);
});

test("Download these results gives exactly the filtered list, every page of it", async ({ page }) => {
  await page.goto("/?type=statement");
  await heading(page);
  const statements = publishedIndex().filter((a) => a.type === "statement").map((a) => a.id);
  expect(statements.length).toBeGreaterThan(20);
  await expect(page.locator(".result-count:visible")).toContainText(`${statements.length} alerts`);
  const csv = await downloaded(page, page.getByRole("link", { name: "CSV", exact: true }));
  expect(csv.name).toBe("alerts-statement.csv");
  const ids = csvIds(csv.text);
  expect(ids).toEqual(statements);
  // The first page's cards open the download, in the list's order.
  const cards = await page.locator(".cards .card-title a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname.split("/").pop()));
  expect(ids.slice(0, cards.length)).toEqual(cards);
  // Another filter, chosen in the list: the download follows it.
  await page.getByLabel("Country").selectOption("AM");
  const armenia = publishedIndex().filter((a) => a.type === "statement" && a.countries.includes("AM")).map((a) => a.id);
  await expect(page.locator(".result-count:visible")).toContainText(`${armenia.length} alert`);
  const json = await downloaded(page, page.getByRole("link", { name: "JSON", exact: true }));
  expect(json.name).toBe("alerts-AM-statement.json");
  const doc = JSON.parse(json.text);
  expect(doc.alerts.map((a) => a.id)).toEqual(armenia);
  expect(doc).toMatchObject({ filter: "?country=AM&type=statement", count: armenia.length });
});

test("the JSON Schemas accept every published file and flag a misspelt field", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schema = (name) => ajv.compile(JSON.parse(read(`data/schema/${name}.schema.json`)));
  const [alert, index, siteSchema] = [schema("alert"), schema("index"), schema("site")];
  const files = readdirSync(new URL("data/alerts/", dist));
  expect(files.length).toBeGreaterThan(40);
  for (const f of files) {
    const data = JSON.parse(read(`data/alerts/${f}`));
    expect(alert(data) ? [] : alert.errors, f).toEqual([]);
    expect(data.$schema, f).toBe("../schema/alert.schema.json");
  }
  expect(index(JSON.parse(read("data/index.json"))) ? [] : index.errors).toEqual([]);
  expect(siteSchema(site) ? [] : siteSchema.errors).toEqual([]);
  // What an editor would flag as the staff member types.
  const sample = JSON.parse(read(`data/alerts/${UPDATE}.json`));
  const { title, ...rest } = sample;
  expect(alert({ ...rest, titel: title })).toBe(false);
  expect(alert.errors.map((e) => e.keyword)).toEqual(expect.arrayContaining(["required", "additionalProperties"]));
  expect(alert({ ...sample, type: "red-flag" })).toBe(false);
  expect(alert({ ...sample, published: "7 April 2025" })).toBe(false);
  expect(alert({ ...sample, changes: "one point" })).toBe(false);
});

test("the data files answer any site, on a real static host", async ({ request }) => {
  for (const path of ["data/alerts.json", "data/alerts.csv", "data/index.json", "data/schema/alert.schema.json"]) {
    const response = await request.get(`${HOST_URL}/${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["access-control-allow-origin"], path).toBe("*");
  }
});

test("in Arabic, Compare reads right to left, and a former Cite address opens the alert's citations", async ({ page }) => {
  await page.goto(`/ar/alerts/${UPDATE}/compare`);
  await expect(page).toHaveURL(new RegExp(`/ar/alerts/${UPDATE}#compare$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".passage-label").first()).toBeVisible();
  await expect(page.locator(".passage-label").first()).not.toHaveText("Changed");
  // A link shared before the page took its citations in; this server, like
  // GitHub Pages, has no redirects: the app sends it on.
  await page.goto(`/ar/alerts/${UPDATE}/cite`);
  await expect(page).toHaveURL(new RegExp(`/ar/alerts/${UPDATE}#cite$`));
  await expect(page.locator("#cite-apa")).toBeVisible();
  await expect(page.locator(".cite-box summary")).not.toHaveText("Cite this alert");
  // The citations themselves stay in the styles' language, left to right.
  await expect(page.locator("#cite-apa")).toHaveAttribute("lang", "en");
  expect(await page.locator("#cite-apa").evaluate((e) => getComputedStyle(e).direction)).toBe("ltr");
});

test("on a real host, a former Cite or Compare address is redirected to the alert's box in its language", async ({ request }) => {
  for (const box of ["cite", "compare"]) {
    for (const prefix of ["", "/fr"]) {
      const response = await request.get(`${HOST_URL}${prefix}/alerts/${UPDATE}/${box}`, { maxRedirects: 0 });
      expect(response.status(), prefix).toBe(301);
      const to = new URL(response.headers().location, HOST_URL);
      expect(to.pathname + to.hash, prefix).toBe(`${prefix}/alerts/${UPDATE}#${box}`);
    }
  }
});
