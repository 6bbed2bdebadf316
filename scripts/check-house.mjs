#!/usr/bin/env node
// The house rules that no compiler checks (docs/architecture.md):
//   1. no circles: no Rust file imports a file that (directly or through
//      others) imports it back;
//   2. the model's top level stays a handful of rooms (at most 8 entries);
//   3. docs/architecture.md's code map names every crate and every folder
//      of code that exists, so a newcomer's map is never out of date.
// Run by scripts/test; exits 1 with what to fix. `--self-test` checks that
// each rule notices what it is meant to (a circle, a missing folder).
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Each crate's source folder and its root file.
const CRATES = [
  ["src", "main.rs"],
  ["crates/model/src", "lib.rs"],
  ["crates/views/src", "lib.rs"],
  ["crates/prerender/src", "lib.rs"],
  ["crates/alert-data/src", "lib.rs"],
];

function rustFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...rustFiles(p));
    else if (name.endsWith(".rs")) out.push(p);
  }
  return out;
}

// A file's module path inside its crate: src/a/b.rs and src/a/b/mod.rs are
// ["a", "b"]; the crate root is [].
function modulePath(srcDir, file, rootFile) {
  const rel = relative(srcDir, file).replace(/\.rs$/, "").split("/");
  if (rel.length === 1 && rel[0] === rootFile.replace(/\.rs$/, "")) return [];
  if (rel[rel.length - 1] === "mod") rel.pop();
  return rel;
}

// Source without comments, strings and chars, so that paths in them are
// not read as imports.
function stripNoise(src) {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/r(#*)"[\s\S]*?"\1/g, '""')
    .replace(/"(?:[^"\\]|\\[\s\S])*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\[^\n]{1,10}?)'/g, "' '");
}

// Expands `use a::{b, c::{d, e}}` into ["a::b", "a::c::d", "a::c::e"].
function expandUse(tree) {
  tree = tree.replace(/\s+/g, "");
  const open = tree.indexOf("{");
  if (open < 0) return [tree.replace(/as\w+$/, "")];
  const prefix = tree.slice(0, open);
  const inner = tree.slice(open + 1, tree.lastIndexOf("}"));
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "{") depth++;
    else if (inner[i] === "}") depth--;
    else if (inner[i] === "," && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts.filter(Boolean).flatMap((p) => expandUse(p).map((x) => prefix + x));
}

// Every path a file names that starts at `crate`, `super` or `self`, with
// the inline module it stands in (so `super` inside `mod tests { }` is the
// file itself), and its `pub use` re-exports.
function readPaths(text) {
  const src = stripNoise(text);
  const paths = [];
  const reexports = [];
  // Inline modules: [name, brace depth at which they close].
  const inline = [];
  let depth = 0;
  const token = /\bmod\s+(\w+)\s*\{|(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);|\b((?:crate|super|self)(?:::\w+)+)|[{}]/g;
  let m;
  while ((m = token.exec(src))) {
    if (m[1]) {
      inline.push([m[1], depth]);
      depth++;
    } else if (m[0] === "{") depth++;
    else if (m[0] === "}") {
      depth--;
      if (inline.length && inline[inline.length - 1][1] === depth) inline.pop();
    } else if (m[3] !== undefined) {
      for (const p of expandUse(m[3])) {
        const segs = p.split("::").filter((s, i, all) => s !== "*" && !(s === "self" && i === all.length - 1));
        if (!segs.length) continue;
        paths.push({ segs, inline: inline.map((x) => x[0]) });
        if (m[2]) reexports.push({ segs, inline: inline.map((x) => x[0]) });
      }
    } else if (m[4]) {
      paths.push({ segs: m[4].split("::"), inline: inline.map((x) => x[0]) });
    }
  }
  return { paths, reexports };
}

// The crate's module tree: module path "a::b" → file.
function analyse(srcDir, rootFile) {
  const files = rustFiles(srcDir);
  const byModule = new Map();
  for (const f of files) byModule.set(modulePath(srcDir, f, rootFile).join("::"), f);
  const read = new Map(files.map((f) => [f, readPaths(readFileSync(f, "utf8"))]));

  // Absolute segments of a path as written in `file`, or null when it
  // leaves the crate (another crate, std).
  function absolute(file, { segs, inline }) {
    let base = [...modulePath(srcDir, file, rootFile), ...inline];
    let rest = [...segs];
    if (rest[0] === "crate") return rest.slice(1);
    if (rest[0] === "self") return [...base, ...rest.slice(1)];
    if (rest[0] !== "super") {
      // A path from a child module (`use site::X` in validate.rs), or one
      // that leaves the crate.
      return byModule.has([...base, rest[0]].join("::")) ? [...base, ...rest] : null;
    }
    while (rest[0] === "super") {
      base = base.slice(0, -1);
      rest = rest.slice(1);
    }
    return [...base, ...rest];
  }

  // The file an absolute path lands in: the deepest module that is a file,
  // through `pub use` re-exports of the item named after it.
  function resolve(abs, seen = new Set()) {
    for (let n = abs.length; n >= 0; n--) {
      const key = abs.slice(0, n).join("::");
      const file = byModule.get(key);
      if (!file) continue;
      const item = abs[n];
      if (item !== undefined && !seen.has(key + "::" + item)) {
        seen.add(key + "::" + item);
        for (const r of read.get(file).reexports) {
          if (r.segs[r.segs.length - 1] !== item) continue;
          const target = absolute(file, r);
          if (target) return resolve([...target, ...abs.slice(n + 1)], seen);
        }
      }
      return file;
    }
    return null;
  }

  const edges = new Map(files.map((f) => [f, new Set()]));
  for (const f of files) {
    for (const p of read.get(f).paths) {
      const abs = absolute(f, p);
      if (!abs) continue;
      const target = resolve(abs);
      if (target && target !== f) edges.get(f).add(target);
    }
  }
  return edges;
}

// Circles as strongly connected components of more than one file (Tarjan).
function circles(edges) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const found = [];
  function visit(v) {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  }
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return found;
}

// Folders the code map must name: every crate and every folder inside
// one, every folder of the app's src/, and the repository's own folders.
function foldersToMap() {
  const out = [];
  const walk = (dir) => {
    out.push(dir + "/");
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (name === "target" || name === "node_modules" || name.startsWith(".")) continue;
      if (statSync(join(root, dir, name)).isDirectory()) walk(join(dir, name));
    }
  };
  walk("src");
  for (const crate of readdirSync(join(root, "crates")).sort()) walk(`crates/${crate}`);
  for (const name of ["scripts", "tests/e2e", "locales", "public", "public/data", "samples", "style", "docs", "bench", ".ci"]) {
    if (existsSync(join(root, name))) out.push(name + "/");
  }
  return [...new Set(out)];
}

function missingFromMap(map, folders) {
  return folders.filter((d) => !map.includes("`" + d + "`"));
}

function check() {
  const problems = [];
  for (const [src, rootFile] of CRATES) {
    const dir = join(root, src);
    if (!existsSync(dir)) continue;
    for (const scc of circles(analyse(dir, rootFile))) {
      problems.push(`circle: ${scc.map((f) => relative(root, f)).join(" → ")} import each other`);
    }
  }
  const top = readdirSync(join(root, "crates/model/src"));
  if (top.length > 8) {
    problems.push(`crates/model/src has ${top.length} entries at its top level (at most 8): ${top.join(", ")}`);
  }
  const mapFile = join(root, "docs/architecture.md");
  const map = existsSync(mapFile) ? readFileSync(mapFile, "utf8") : "";
  for (const d of missingFromMap(map, foldersToMap())) {
    problems.push(`docs/architecture.md does not name \`${d}\` in its code map`);
  }
  return problems;
}

// Each rule must be able to fail: a made-up circle and a made-up map.
function selfTest() {
  const fails = [];
  const a = "/x/src/a.rs";
  const b = "/x/src/b.rs";
  const c = "/x/src/c.rs";
  const round = new Map([[a, new Set([b])], [b, new Set([c])], [c, new Set([a])]]);
  if (circles(round).length !== 1) fails.push("a → b → c → a not found as a circle");
  const line = new Map([[a, new Set([b])], [b, new Set([c])], [c, new Set()]]);
  if (circles(line).length !== 0) fails.push("a → b → c read as a circle");
  const { paths, reexports } = readPaths(
    "use crate::a::{b, c::{D, E as F}};\npub use self::g::H;\n// crate::nope\nmod tests { use super::*; fn f() { super::x::y(); } }\nlet s = \"crate::str\";",
  );
  const got = paths.map((p) => p.segs.join("::") + (p.inline.length ? "@" + p.inline.join("/") : ""));
  const want = ["crate::a::b", "crate::a::c::D", "crate::a::c::E", "self::g::H", "super@tests", "super::x::y@tests"];
  if (JSON.stringify(got) !== JSON.stringify(want)) fails.push(`paths read ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
  if (reexports.length !== 1) fails.push("the pub use not read as a re-export");
  if (missingFromMap("`src/` and `crates/model/src/alert/`", ["src/", "crates/model/src/alert/", "crates/model/src/map/"]).join() !== "crates/model/src/map/") {
    fails.push("a folder missing from the map not noticed");
  }
  return fails;
}

const problems = process.argv.includes("--self-test") ? selfTest() : check();
for (const p of problems) console.error(`[house] ${p}`);
if (problems.length) process.exit(1);
console.error(process.argv.includes("--self-test") ? "[house] self-test passed" : "[house] no circles; the model has its rooms; the code map names every folder");
