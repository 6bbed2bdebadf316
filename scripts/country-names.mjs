// Writes locales/countries/<tag>.json: every country code the reader knows,
// named in each interface language by CLDR through Intl.DisplayNames, as
// the app names them. Asked of Chromium (the browser the tests run; Node's
// ICU names a few places differently), so a page made at build time names
// countries as the app does there; tests/e2e/i18n.spec.js checks that they
// still agree. Where Chromium has no names for a language (it ships no
// Armenian region names), Node's full ICU gives CLDR's, and the app, in a
// browser that lacks the language too, downloads this file instead.
// Other browsers' data may differ in a few names: a `country.XX` message
// settles a name for both renderers.
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
const ask = ([tag, codes]) => {
  if (Intl.DisplayNames.supportedLocalesOf([tag]).length === 0) return null;
  const names = new Intl.DisplayNames([tag], { type: "region", fallback: "code" });
  return Object.fromEntries(codes.map((c) => [c, names.of(c)]));
};
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
const page = await browser.newPage();
const fromNode = [];
for (const tag of tags) {
  let out = await page.evaluate(ask, [tag, codes]);
  if (!out) {
    out = ask([tag, codes]);
    fromNode.push(tag);
  }
  if (!out) throw new Error(`neither Chromium nor Node has CLDR region names in “${tag}”`);
  writeFileSync(join(repo, "locales/countries", `${tag}.json`), JSON.stringify(out, null, 1) + "\n");
}
await browser.close();
console.log(`${codes.length} codes in ${tags.length} languages` + (fromNode.length ? ` (${fromNode.join(", ")} from Node's ICU)` : ""));
