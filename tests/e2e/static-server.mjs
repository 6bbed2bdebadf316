// A plain static file server that behaves like a static host: files as they
// are, 404.html (with status 404) for anything else, optionally under a
// sub-path. No dependencies. Used by the browser tests and the benchmark.
//
//   node tests/e2e/static-server.mjs <dir> <port> [base-path]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const [dir, port, base = "/"] = process.argv.slice(2);
if (!dir || !port) {
  console.error("usage: static-server.mjs <dir> <port> [base-path]");
  process.exit(2);
}
const root = resolve(dir);
const prefix = base.endsWith("/") ? base : base + "/";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
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
  let found = null;
  if (pathname.startsWith(prefix) || pathname + "/" === prefix) {
    const rel = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, "");
    const full = join(root, rel);
    if (full.startsWith(root)) found = await fileAt(full);
  }
  let status = 200;
  if (!found) {
    status = 404;
    found = await fileAt(join(root, "404.html"));
  }
  if (!found) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  res.writeHead(status, {
    "content-type": types[extname(found.path)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  });
  res.end(req.method === "HEAD" ? undefined : found.body);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
