// Turns `twiggy top --format csv` of a wasm into the two tables
// docs/performance.md keeps: the largest items, and the bytes by crate.
// Used by scripts/wasm-breakdown.
//
//   node scripts/twiggy-table.mjs <twiggy.csv> [--top 10]
import { readFileSync } from "node:fs";

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/twiggy-table.mjs <twiggy.csv> [--top 10]");
  process.exit(2);
}
const topAt = rest.indexOf("--top");
const TOP = topAt >= 0 ? Number(rest[topAt + 1]) : 10;
if (!Number.isInteger(TOP) || TOP < 1) {
  console.error("--top takes a whole number of items, 1 or more");
  process.exit(2);
}

/** One CSV row of twiggy's: the name is quoted when it holds a comma or a
 *  quote (doubled inside). */
function fields(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else value += line[i++];
      }
      out.push(value);
      i++; // the comma
    } else {
      const end = line.indexOf(",", i);
      const stop = end < 0 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return out;
}

const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
const header = fields(lines[0]);
const nameAt = header.indexOf("Name");
const sizeAt = header.indexOf("ShallowSize");
if (nameAt < 0 || sizeAt < 0) {
  console.error(`${file}: not twiggy's CSV (no Name and ShallowSize columns)`);
  process.exit(1);
}
// Custom sections (names, wasm-bindgen's) are not shipped: wasm-opt strips
// them, so only code and data count.
const items = lines.slice(1)
  .map(fields)
  .map((f) => ({ name: f[nameAt], size: Number(f[sizeAt]) }))
  .filter((i) => Number.isFinite(i.size) && !/custom section|subsection/.test(i.name));
const total = items.reduce((sum, i) => sum + i.size, 0);

/** The crate an item belongs to: the first segment of its path, or of the
 *  type an impl is for (`<tachys::… as …>` is tachys'). */
function crateOf(name) {
  if (name.startsWith("data segment")) return "data (strings, tables)";
  // What the compiler generates for every type, wherever it is defined:
  // more telling by what it does than by core's name on it.
  if (name.includes("core::ptr::drop_in_place")) return "drop glue (core::ptr::drop_in_place)";
  if (/serde(_core)?::de::/.test(name) && /^<core::marker::PhantomData/.test(name)) return "derived deserialisers (serde)";
  if (name.includes("core::slice::sort")) return "sorting (core::slice::sort)";
  if (/^(import|export|elem|table|global|type)\b/.test(name)) return "imports, exports, tables";
  const path = name.replace(/^[<&]+/, "").replace(/^(mut|dyn) /, "");
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(path);
  if (m) return m[1];
  // `<T as tachys::view::any_view::IntoAny>`: the trait's crate made it.
  const blanket = /^[A-Z][A-Za-z0-9_]* as ([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/.exec(path);
  if (blanket) return blanket[1];
  if (/^code\[\d+\]$/.test(name)) return "unnamed code";
  if (/^(str|char|[ui]\d+|isize|usize|f32|f64)\b/.test(path)) return "core (primitives' methods)";
  return "other";
}

const percent = (n) => `${((100 * n) / total).toFixed(1)}%`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// Hashes differ from build to build; the names alone compare.
const bare = (name) => name.replace(/::h[0-9a-f]{16}$/, "").replace(/\|/g, "\\|");

console.log(`Code and data: ${kb(total)} (${total.toLocaleString("en")} bytes, before gzip).`);
console.log();
console.log(`| the ${TOP} largest items | bytes | share |`);
console.log("|---|---:|---:|");
for (const i of [...items].sort((a, b) => b.size - a.size || a.name.localeCompare(b.name)).slice(0, TOP)) {
  console.log(`| \`${bare(i.name)}\` | ${i.size.toLocaleString("en")} | ${percent(i.size)} |`);
}
console.log();
const byCrate = new Map();
for (const i of items) byCrate.set(crateOf(i.name), (byCrate.get(crateOf(i.name)) ?? 0) + i.size);
console.log("| crate, or kind of code | size | share |");
console.log("|---|---:|---:|");
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 20)) {
  console.log(`| ${crate} | ${kb(size)} | ${percent(size)} |`);
}
