// Writes _headers (the format Netlify, Cloudflare Pages and others read)
// into a build, after trunk has written index.html. Run by Trunk.toml's
// post-build hook; see docs/deploying.md for other hosts.
//
// The Content-Security-Policy allows the inline scripts of the pages (by
// their hashes), the wasm, and nothing from elsewhere. frame-ancestors is
// 'none' for every view but the embeds, which any site may frame, or only
// site.json's embed.allowed_origins when that list is set.
//
// Each path is written once, with all of its headers: hosts that merge rules
// join repeated headers (enforcing two policies at once), and Cloudflare
// Pages answers a path listed twice with the later rule's headers only.
//
//   node scripts/write-headers.mjs [build-dir]   (default: $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: write-headers.mjs <build-dir>");
  process.exit(2);
}
const html = readFileSync(join(dir, "index.html"), "utf8");
const base = (html.match(/<base href="([^"]*)"/)?.[1] ?? "/").replace(/\/?$/, "/");
// The app's pages start it with trunk's script (preview.html and the
// embeds' pages with their own bundles'); alert pages load it on demand
// with another (crates/prerender/src/on_demand.rs), and so do country pages.
const listed = (sub) =>
  existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).filter((f) => f.endsWith(".html")).map((f) => join(sub, f)) : [];
const pages = ["index.html", "preview.html", "embed/latest.html", ...listed("alerts"), ...listed("countries")]
  .map((f) => join(dir, f))
  .filter(existsSync)
  .map((f) => readFileSync(f, "utf8"));
const hashes = [
  ...new Set(
    pages.flatMap((page) =>
      [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`,
      ),
    ),
  ),
];
const site = JSON.parse(readFileSync(join(dir, "data", "site.json"), "utf8"));
const origins = site.embed?.allowed_origins ?? [];
if (!origins.every((o) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o))) {
  console.error(`site.json embed.allowed_origins must be origins like https://partner.example: ${origins}`);
  process.exit(1);
}

const csp = (ancestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");

const app = ["", "index.html", "404.html", "alerts/*", "countries/*", "preview/*"];
const readerView = (path, ...more) => [path, `  Content-Security-Policy: ${csp("'none'")}`, "  X-Frame-Options: DENY", ...more, ""];
const lines = [
  "# Written by scripts/write-headers.mjs at build time: do not edit.",
  `${base}*`,
  "  X-Content-Type-Options: nosniff",
  "  Referrer-Policy: no-referrer",
  "",
  ...app.flatMap((p) => readerView(`${base}${p}`)),
  // The staff preview: never indexed, never framed.
  ...readerView(`${base}preview`, "  X-Robots-Tag: noindex"),
  `${base}embed/*`,
  `  Content-Security-Policy: ${csp(origins.length ? origins.join(" ") : "*")}`,
  "",
];
writeFileSync(join(dir, "_headers"), lines.join("\n"));
console.log(`wrote _headers for ${base} (${hashes.length} inline script hashes, embeds framable by ${origins.length ? origins.join(", ") : "any site"})`);
