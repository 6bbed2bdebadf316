// A plain static file server that behaves like a static host: files as they
// are, _headers and _redirects' rewrites, 404.html (with status 404) for
// anything else, optionally under a sub-path. No dependencies. Used by the
// browser tests and the benchmark.
//
//   node tests/e2e/static-server.mjs <dir> <port> [base-path] [--compress] [--no-rewrites]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants as zlibConstants } from "node:zlib";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("--"));
const [dir, port, base = "/"] = args.filter((a) => !a.startsWith("--"));
// --compress: brotli or gzip by Accept-Encoding, as a production host would
// (the benchmark measures transfer sizes with it).
const compress = flags.includes("--compress");
const compressed = new Map();
function encode(path, body, accept) {
  const enc = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!enc) return null;
  const key = `${enc}:${path}`;
  if (!compressed.has(key)) {
    compressed.set(key, enc === "br"
      ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return { enc, body: compressed.get(key) };
}
if (!dir || !port) {
  console.error("usage: static-server.mjs <dir> <port> [base-path] [--compress] [--no-rewrites]");
  process.exit(2);
}
const root = resolve(dir);
const prefix = base.endsWith("/") ? base : base + "/";

// _headers as Netlify and Cloudflare Pages read it: a path pattern (with *)
// at the start of a line, then indented "Name: value" lines. Every matching
// rule applies, in the file's order; a header set by several rules has its
// values joined, as those hosts do, so overlapping CSP rules would show up
// in tests; "! Name" removes what earlier rules set (Cloudflare Pages).
function readHeaderRules() {
  let text;
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp("^" + line.trim().split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
      rules.push({ pattern, headers: [] });
    } else if (rules.length && line.trim().startsWith("! ")) {
      rules[rules.length - 1].headers.push([line.trim().slice(2).trim().toLowerCase(), null]);
    } else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

// _redirects' rewrites (status 200), as Netlify and Cloudflare Pages apply
// them: only where no file answers, a trailing * matching the rest of the
// path, the address kept. --no-rewrites serves as a host without them
// (GitHub Pages, a plain server) would: 404.html.
function readRewrites() {
  if (flags.includes("--no-rewrites")) return [];
  let text;
  try {
    text = readFileSync(join(root, "_redirects"), "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter(([from, to, status]) => from && !from.startsWith("#") && to && status === "200")
    .map(([from, to]) => ({ from, to }));
}
const rewrites = readRewrites();
const rewritten = (pathname) => {
  for (const { from, to } of rewrites) {
    if (from.endsWith("*") ? pathname.startsWith(from.slice(0, -1)) : pathname === from) return to;
  }
  return null;
};

function headersFor(pathname) {
  const out = {};
  for (const rule of headerRules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (value === null) delete out[name];
      else out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

async function fileAt(path) {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return fileAt(join(path, "index.html"));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = "/";
  }
  const file = async (pathname) => {
    if (!(pathname.startsWith(prefix) || pathname + "/" === prefix)) return null;
    const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, "");
    const full = join(root, rel);
    // Like most static hosts, /alerts/x is served from alerts/x.html.
    return full.startsWith(root) ? (await fileAt(full)) ?? (await fileAt(full + ".html")) : null;
  };
  let found = await file(pathname);
  const target = found ? null : rewritten(pathname);
  if (target) found = await file(target);
  let status = 200;
  if (!found) {
    status = 404;
    found = await fileAt(join(root, "404.html"));
  }
  if (!found) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const packed = compress ? encode(found.path, found.body, req.headers["accept-encoding"] ?? "") : null;
  res.writeHead(status, {
    ...headersFor(pathname),
    "content-type": types[extname(found.path)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    ...(packed ? { "content-encoding": packed.enc, vary: "accept-encoding" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : (packed ? packed.body : found.body));
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
