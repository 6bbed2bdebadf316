// The report scripts/build prints after a build: what it holds, by kind,
// and a warning when the named host's limit is near or passed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tally, warnings, fits, report } from "../scripts/build-report.mjs";

const root = new URL("..", import.meta.url).pathname;

/** A build-like folder: files (path → bytes). */
function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), "build-report-"));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), Buffer.alloc(bytes, 97));
  }
  return dir;
}

test("the tally counts files and bytes by top folder, with the largest file and the most crowded folder", () => {
  const dir = tree({
    "index.html": 100,
    "alert-reader-1.wasm": 5000,
    "alerts/a.html": 300,
    "alerts/b.html": 200,
    "alerts/c.html": 250,
    "fr/alerts/a.html": 310,
    "fr/index.html": 90,
  });
  try {
    const t = tally(dir);
    assert.equal(t.files, 7);
    assert.equal(t.bytes, 6250);
    assert.deepEqual(t.kinds, {
      "(top)": { files: 2, bytes: 5100 },
      "alerts/": { files: 3, bytes: 750 },
      "fr/": { files: 2, bytes: 400 },
    });
    assert.deepEqual(t.largest, { path: "alert-reader-1.wasm", bytes: 5000 });
    assert.deepEqual(t.crowded, { path: "alerts", files: 3 });
  } finally {
    rmSync(dir, { recursive: true });
  }
});

/** A tally as a build of that shape would give. */
const shape = ({ files = 1000, bytes = 10 * 2 ** 20, largest = 2 ** 20, crowded = 500 } = {}) => ({
  files,
  bytes,
  kinds: {},
  largest: { path: "data/alerts.json", bytes: largest },
  crowded: { path: "cite", files: crowded },
});

test("a host's limit is warned about from 80% of it, as near and then as passed", () => {
  assert.deepEqual(warnings(shape({ files: 15_999 }), "cloudflare-pages"), []);
  assert.deepEqual(warnings(shape({ files: 16_000 }), "cloudflare-pages"), ["near the limit of Cloudflare Pages (free plan): files: 16,000 of 20,000 (80%)"]);
  assert.deepEqual(warnings(shape({ files: 20_001 }), "cloudflare-pages"), ["over the limit of Cloudflare Pages (free plan): files: 20,001 of 20,000 (100%)"]);
  // The paid plan holds five times as many.
  assert.deepEqual(warnings(shape({ files: 20_001 }), "cloudflare-pages-paid"), []);
  assert.match(warnings(shape({ largest: 24 * 2 ** 20 }), "cloudflare-pages")[0], /^near the limit of Cloudflare Pages \(free plan\): the largest file \(data\/alerts\.json\): 24\.0 MiB of 25\.0 MiB/);
  assert.match(warnings(shape({ bytes: 1.1 * 2 ** 30 }), "github-pages")[0], /^over the limit of GitHub Pages: the site's size: 1\.10 GiB of 1\.00 GiB/);
  assert.match(warnings(shape({ crowded: 50_000 }), "netlify")[0], /^near the limit of Netlify: files in one folder \(cite\): 50,000 of 54,000/);
  // GitHub Pages counts no files, Netlify no site size, a plain server nothing.
  assert.deepEqual(warnings(shape({ files: 90_000 }), "github-pages"), []);
  assert.deepEqual(warnings(shape({ bytes: 2 ** 31 }), "netlify"), []);
  assert.deepEqual(warnings(shape({ files: 10 ** 6, bytes: 2 ** 33, largest: 2 ** 30, crowded: 10 ** 6 }), "static"), []);
});

test("the report names the hosts a build fits and those it is too big for", () => {
  assert.deepEqual(fits(shape()), ["cloudflare-pages", "cloudflare-pages-paid", "github-pages", "netlify", "static"]);
  assert.deepEqual(fits(shape({ files: 20_001 })), ["cloudflare-pages-paid", "github-pages", "netlify", "static"]);
  const lines = report(shape({ files: 20_001, bytes: 1.2 * 2 ** 30 }), null);
  assert.equal(lines.at(-1), "fits: Cloudflare Pages (paid plans), Netlify, a plain static server; too big for: Cloudflare Pages (free plan), GitHub Pages");
  // Without a host named, nothing is warned about.
  assert.ok(!lines.some((l) => l.startsWith("warning")));
  assert.ok(report(shape({ files: 20_001 }), "cloudflare-pages").some((l) => l.startsWith("warning: over the limit of Cloudflare Pages (free plan)")));
});

test("the report of the real build counts what is there, by kind, and names the hosts it fits", () => {
  // Counted independently of the report: find(1).
  const files = execFileSync("find", ["dist", "-type", "f"], { cwd: root, encoding: "utf8" }).trim().split("\n").length;
  const run = spawnSync("node", ["scripts/build-report.mjs", "dist", "--host", "cloudflare-pages"], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, new RegExp(`^build: ${files.toLocaleString("en")} files, `));
  for (const kind of ["alerts/", "cards/", "data/", "feeds/", "fr/"]) assert.match(run.stderr, new RegExp(`^  ${kind.replace("/", "\\/")} +[\\d,]+ files`, "m"));
  assert.match(run.stderr, /^fits: Cloudflare Pages \(free plan\), /m);
  // The sample build is far from every limit: nothing to warn about.
  assert.doesNotMatch(run.stderr, /^warning/m);
});

test("a host the report does not know is refused by name, and scripts/build refuses it before building", () => {
  const run = spawnSync("node", ["scripts/build-report.mjs", "dist", "--host", "geocities"], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown host "geocities": name one of cloudflare-pages, cloudflare-pages-paid, github-pages, netlify, static/);
  // Not any key an object has.
  assert.equal(spawnSync("node", ["scripts/build-report.mjs", "--check-host", "constructor"], { cwd: root }).status, 2);
  assert.equal(spawnSync("node", ["scripts/build-report.mjs", "--check-host", "github-pages"], { cwd: root }).status, 0);
  const build = spawnSync("scripts/build", ["--host", "geocities", "--dist", "target/never-built"], { cwd: root, encoding: "utf8" });
  assert.equal(build.status, 2);
  assert.match(build.stderr, /unknown host "geocities"/);
  assert.equal(spawnSync("test", ["-e", join(root, "target/never-built")]).status, 1);
});
