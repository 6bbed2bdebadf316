// What a build holds, and whether it fits the host it is meant for.
// scripts/build prints it after every build (full or data-only): files,
// bytes and the largest file per kind, the most crowded folder, which of
// the documented hosts the build fits, and a warning when the named host's
// limit is near (80%) or passed. The bench reuses `tally`.
//
//   node scripts/build-report.mjs <dist> [--host <name>]
//   node scripts/build-report.mjs --check-host <name>   (exits 2 on a host it does not know)
//
// The host comes from --host, else ALERT_READER_HOST (scripts/build
// --host sets it); without one every host is weighed and none warned
// about. The limits are the hosts' published ones (Cloudflare Pages'
// "Limits", GitHub Pages' "GitHub Pages limits", Netlify's "Site deploys
// overview"), listed in docs/deploying.md beside how many alerts each holds.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const MiB = 1024 * 1024;

/** The documented limits of each host a build can be meant for. */
export const HOSTS = {
  "cloudflare-pages": { name: "Cloudflare Pages (free plan)", files: 20_000, fileBytes: 25 * MiB },
  // With PAGES_WRANGLER_MAJOR_VERSION=4 set in the project (else 20,000).
  "cloudflare-pages-paid": { name: "Cloudflare Pages (paid plans)", files: 100_000, fileBytes: 25 * MiB },
  "github-pages": { name: "GitHub Pages", siteBytes: 1024 * MiB },
  netlify: { name: "Netlify", folderFiles: 54_000 },
  static: { name: "a plain static server" },
};

/** A limit counts as near from this share of it. */
const NEAR = 0.8;

/**
 * Files and bytes under a build, by kind (its top folder, or "(top)" for
 * the files beside index.html: the bundles and the site-wide pages), its
 * largest file and the folder holding the most files directly.
 */
export function tally(root) {
  const t = { files: 0, bytes: 0, kinds: {}, largest: { path: "", bytes: 0 }, crowded: { path: "", files: 0 } };
  const walk = (dir, kind) => {
    let here = 0;
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        walk(path, kind ?? `${e.name}/`);
        continue;
      }
      here++;
      const bytes = statSync(join(root, path)).size;
      const k = (t.kinds[kind ?? "(top)"] ??= { files: 0, bytes: 0 });
      k.files++;
      k.bytes += bytes;
      t.files++;
      t.bytes += bytes;
      if (bytes > t.largest.bytes) t.largest = { path, bytes };
    }
    if (here > t.crowded.files) t.crowded = { path: dir || ".", files: here };
  };
  walk("", null);
  return t;
}

/** Whether `name` is a host this report knows (not any object key). */
export const known = (name) => Object.hasOwn(HOSTS, name);

/** How a tally stands against one host: each limit with its share used. */
export function weigh(t, host) {
  const limits = HOSTS[host];
  const out = [];
  const add = (what, used, limit, unit) => out.push({ what, used, limit, share: used / limit, unit });
  if (limits.files) add("files", t.files, limits.files, "files");
  if (limits.fileBytes) add(`the largest file (${t.largest.path})`, t.largest.bytes, limits.fileBytes, "bytes");
  if (limits.siteBytes) add("the site's size", t.bytes, limits.siteBytes, "bytes");
  if (limits.folderFiles) add(`files in one folder (${t.crowded.path})`, t.crowded.files, limits.folderFiles, "files");
  return out;
}

const size = (n) => (n >= 1024 * MiB ? `${(n / 1024 / MiB).toFixed(2)} GiB` : n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`);
const amount = (n, unit) => (unit === "bytes" ? size(n) : n.toLocaleString("en"));

/** The warnings for the named host: each limit near or passed. */
export function warnings(t, host) {
  return weigh(t, host)
    .filter((w) => w.share >= NEAR)
    .map(
      (w) =>
        `${w.share > 1 ? "over" : "near"} the limit of ${HOSTS[host].name}: ${w.what}: ${amount(w.used, w.unit)} of ${amount(w.limit, w.unit)} (${Math.floor(w.share * 100)}%)`,
    );
}

/** Which hosts the build fits (every limit within). */
export function fits(t) {
  return Object.keys(HOSTS).filter((h) => weigh(t, h).every((w) => w.share <= 1));
}

/** The report as lines of text. */
export function report(t, host) {
  const lines = [`build: ${t.files.toLocaleString("en")} files, ${size(t.bytes)}; largest file: ${t.largest.path} (${size(t.largest.bytes)}); most files in one folder: ${t.crowded.path}/ (${t.crowded.files.toLocaleString("en")})`];
  const kinds = Object.entries(t.kinds).sort((a, b) => b[1].bytes - a[1].bytes || a[0].localeCompare(b[0]));
  const width = Math.max(...kinds.map(([k]) => k.length));
  for (const [kind, k] of kinds) lines.push(`  ${kind.padEnd(width)}  ${k.files.toLocaleString("en").padStart(7)} file${k.files === 1 ? " " : "s"}  ${size(k.bytes).padStart(10)}`);
  const fit = fits(t);
  const notFit = Object.keys(HOSTS).filter((h) => !fit.includes(h));
  lines.push(`fits: ${fit.map((h) => HOSTS[h].name).join(", ") || "none of the documented hosts"}${notFit.length ? `; too big for: ${notFit.map((h) => HOSTS[h].name).join(", ")}` : ""}`);
  if (host) for (const w of warnings(t, host)) lines.push(`warning: ${w}`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const unknown = (name) => {
    console.error(`unknown host "${name}": name one of ${Object.keys(HOSTS).join(", ")}`);
    process.exit(2);
  };
  if (args[0] === "--check-host") {
    if (!known(args[1])) unknown(args[1]);
    process.exit(0);
  }
  const i = args.indexOf("--host");
  const host = i >= 0 ? args[i + 1] : process.env.ALERT_READER_HOST || null;
  const dist = args.find((a, j) => !a.startsWith("--") && args[j - 1] !== "--host");
  if (host && !known(host)) unknown(host);
  if (!dist) {
    console.error(`usage: node scripts/build-report.mjs <dist> [--host ${Object.keys(HOSTS).join("|")}]`);
    process.exit(2);
  }
  for (const line of report(tally(dist), host)) console.error(line);
}
