// The code a build's bundles are made from, as one SHA-256: the app and
// its crates, styles, interface words, the pages trunk reads, the static
// files beside the data, the lock files, and the build's own scripts.
// Not public/data: a data-only build (scripts/build --data-only) runs the
// bundles of the last full build when only this hash is unchanged.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const inputs = [
  "src", "crates", "style", "locales", "public",
  "Cargo.toml", "Cargo.lock", "Trunk.toml", "package-lock.json",
  "index.html", "preview.html", "embed-panel.html", "map-app.html",
  "scripts/setup", "scripts/build", "scripts/pre-build", "scripts/post-build",
  // The wasm's compiler flags (--cfg erase_components).
  ".cargo/config.toml",
];
const skipped = (path) => path === "public/data" || path.endsWith("/target") || path.split("/").pop().startsWith(".");

const files = [];
const walk = (path, named = false) => {
  if (!named && skipped(path)) return;
  const full = join(root, path);
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) walk(`${path}/${name}`);
  } else {
    files.push(path);
  }
};
for (const input of inputs) walk(input, true);

const hash = createHash("sha256");
for (const path of files.sort()) {
  // The name and the length first, so no two trees hash alike by chance.
  const bytes = readFileSync(join(root, path));
  hash.update(`${relative(".", path)}\0${bytes.length}\0`);
  hash.update(bytes);
}
process.stdout.write(hash.digest("hex"));
