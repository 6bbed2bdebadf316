// The benchmark's vanilla-JS baseline must do the same work as the reader,
// or comparing with it means nothing: same synthetic index, same filters,
// same counts and facet counts.
import { test, expect } from "./helpers.js";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const synthetic = execFileSync(`${repo}target/debug/alert-data`, ["synth", "1000", "--seed", "3"], { maxBuffer: 64 << 20 });
const vanillaHtml = readFileSync(`${repo}bench/vanilla.html`);
const vanillaJs = readFileSync(`${repo}bench/vanilla.js`);

async function openBoth(context) {
  const reader = await context.newPage();
  await reader.route("**/data/index.json", (r) => r.fulfill({ body: synthetic, contentType: "application/json" }));
  // As the benchmark opens it: a list in the address starts the app at once.
  await reader.goto("/?page=1");
  // The prerendered front page (the bundled data) shows until the app,
  // which waits for its words too, has the synthetic index and takes over.
  await expect(reader.locator("#boot")).toHaveCount(0);
  await expect(reader.locator(".cards .card").first()).toBeVisible();
  const vanilla = await context.newPage();
  await vanilla.route("**/bench/vanilla.html", (r) => r.fulfill({ body: vanillaHtml, contentType: "text/html" }));
  await vanilla.route("**/bench/vanilla.js", (r) => r.fulfill({ body: vanillaJs, contentType: "text/javascript" }));
  await vanilla.route("**/bench/data/index.json", (r) => r.fulfill({ body: synthetic, contentType: "application/json" }));
  await vanilla.goto("/bench/vanilla.html");
  await expect(vanilla.locator(".cards .card").first()).toBeVisible();
  return { reader, vanilla };
}

// The reader groups digits as its language does ("1,000"); the baseline does not.
const count = async (page) => parseInt((await page.locator(".result-count:visible").textContent()).replace(/(\d)[,.\u202f\u00a0](?=\d{3})/g, "$1"), 10);
const facetCounts = async (page, select) =>
  Object.fromEntries(
    await page.locator(`${select} option`).evaluateAll((os) =>
      os.filter((o) => o.value).map((o) => [o.value, Number(o.textContent.match(/\((\d+)\)$/)[1])]),
    ),
  );

test("the vanilla baseline counts what the reader counts, for the same filters", async ({ context }) => {
  const { reader, vanilla } = await openBoth(context);
  const all = JSON.parse(synthetic).alerts.length;
  expect(await count(reader)).toBe(all);
  expect(await count(vanilla)).toBe(all);
  const countries = Object.keys(await facetCounts(reader, "#filter-country"));
  expect(await facetCounts(vanilla, "#filter-country")).toEqual(await facetCounts(reader, "#filter-country"));

  const steps = [
    ["#filter-words", "fill", "ceasefire"],
    ["#filter-country", "select", countries[5]],
    ["#filter-type", "select", "statement"],
    ["#filter-words", "fill", "famine water"],
    ["#filter-country", "select", ""],
  ];
  for (const [field, how, value] of steps) {
    for (const page of [reader, vanilla]) {
      const before = await page.locator(".result-count:visible").textContent();
      if (how === "fill") await page.locator(field).fill(value);
      else await page.locator(field).selectOption(value);
      // The count names the filters, so it changes with every step: wait
      // for it on both pages before comparing them.
      await expect(page.locator(".result-count:visible")).not.toHaveText(before);
    }
    const [r, v] = [await count(reader), await count(vanilla)];
    expect(v, `${field}=${value}`).toBe(r);
    expect(await facetCounts(vanilla, "#filter-country"), `countries after ${field}=${value}`).toEqual(await facetCounts(reader, "#filter-country"));
    expect(await facetCounts(vanilla, "#filter-type"), `types after ${field}=${value}`).toEqual(await facetCounts(reader, "#filter-type"));
    const titles = async (p) => p.locator(".cards .card h2").allTextContents();
    expect(await titles(vanilla)).toEqual(await titles(reader));
  }
});
