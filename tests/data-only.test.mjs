// scripts/build --data-only (publishing one alert in seconds) gives what
// the full build gave, byte for byte, and refuses when it would not: no
// full build to start from, or code changed since (stale bundles). Run by
// scripts/test after the full build, with node's own test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = (...args) => spawnSync("scripts/build", args, { cwd: root, encoding: "utf8" });

/** Every file under `dir`, by path. */
function tree(dir) {
  const files = new Map();
  const walk = (rel) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path)));
    }
  };
  walk("");
  return files;
}

test("a data-only build equals the full build, byte for byte, and draws every page from the data", () => {
  const out = join(root, "target/data-only-check/dist");
  const shell = tree(join(root, "target/data-only/dist/pages"));
  // What the data-only build starts from has no page drawn from the data:
  // the equality below is the prerender's work, not a copy.
  assert.ok(![...shell.keys()].some((p) => p.startsWith("alerts/") || p.startsWith("data/") || p === "feed.xml"));
  const started = Date.now();
  const run = build("--data-only", "--out", out);
  assert.equal(run.status, 0, run.stderr);
  const seconds = (Date.now() - started) / 1000;
  const full = tree(join(root, "dist"));
  const quick = tree(out);
  assert.deepEqual([...quick.keys()], [...full.keys()], "the same files");
  const differ = [...full.keys()].filter((p) => !full.get(p).equals(quick.get(p)));
  assert.deepEqual(differ, [], "the same bytes");
  assert.ok(full.size > 500, `${full.size} files`);
  console.log(`data-only build: ${full.size} files in ${seconds.toFixed(1)} s`);
  rmSync(join(root, "target/data-only-check"), { recursive: true, force: true });
});

test("a data-only build refuses without a full build to start from", () => {
  const run = build("--data-only", "--dist", "no-full-build-here");
  assert.equal(run.status, 1);
  assert.match(run.stderr, /there is no full build of no-full-build-here to reuse: run scripts\/build/);
});

test("a data-only build refuses when the code has changed since the full build", () => {
  const stale = join(root, "target/data-only/stale-check");
  rmSync(stale, { recursive: true, force: true });
  cpSync(join(root, "target/data-only/dist"), stale, { recursive: true });
  writeFileSync(join(stale, "code"), "the code of an older build");
  try {
    const run = build("--data-only", "--dist", "stale-check");
    assert.equal(run.status, 1);
    assert.match(run.stderr, /the code has changed since the last full build of stale-check, so its bundles are stale/);
    assert.ok(!existsSync(join(root, "stale-check")), "nothing written");
  } finally {
    rmSync(stale, { recursive: true, force: true });
  }
});
