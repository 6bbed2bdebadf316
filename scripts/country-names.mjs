// Writes crates/prerender/country-names/<tag>.json: every country code the
// reader knows, named in each interface language by the browser's
// Intl.DisplayNames, which the app uses. Asked of Chromium (the browser the
// tests run; Node's ICU names a few places differently), so a page made at
// build time names countries as the app does there; tests/e2e/i18n.spec.js
// checks that they still agree. Other browsers' data may differ in a few
// names: a `country.XX` message settles a name for both renderers.
//   node scripts/country-names.mjs   (after scripts/setup)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const table = readFileSync(join(repo, "crates/model/src/alert/countries.rs"), "utf8");
const codes = [...table.matchAll(/\("([A-Z]{2})", "/g)].map((m) => m[1]);
const tags = readdirSync(join(repo, "locales"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
const page = await browser.newPage();
for (const tag of tags) {
  const out = await page.evaluate(
    ([tag, codes]) => {
      const names = new Intl.DisplayNames([tag], { type: "region", fallback: "code" });
      return Object.fromEntries(codes.map((c) => [c, names.of(c)]));
    },
    [tag, codes],
  );
  writeFileSync(join(repo, "crates/prerender/country-names", `${tag}.json`), JSON.stringify(out, null, 1) + "\n");
}
await browser.close();
console.log(`${codes.length} codes in ${tags.length} languages`);
