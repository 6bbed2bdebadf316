// Writes crates/prerender/country-names/<tag>.json: every country code the
// reader knows, named in each interface language by Intl.DisplayNames, the
// source the app uses in the browser. The prerender reads these files, so
// a page made at build time names countries as the app does
// (tests/e2e/i18n.spec.js compares them with the browser's own).
//   node scripts/country-names.mjs
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const table = readFileSync(join(repo, "crates/model/src/countries.rs"), "utf8");
const codes = [...table.matchAll(/\("([A-Z]{2})", "/g)].map((m) => m[1]);
const tags = readdirSync(join(repo, "locales"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -5))
  .sort();
for (const tag of tags) {
  const names = new Intl.DisplayNames([tag], { type: "region", fallback: "code" });
  const out = Object.fromEntries(codes.map((c) => [c, names.of(c)]));
  writeFileSync(join(repo, "crates/prerender/country-names", `${tag}.json`), JSON.stringify(out, null, 1) + "\n");
}
console.log(`${codes.length} codes in ${tags.length} languages`);
