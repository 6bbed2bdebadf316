// Browser tests: Debian's Chromium (never a downloaded browser), against
// the release builds in dist/ (at /) and dist-reader/ (under /reader/),
// each served by a plain static server like a static host.
import { defineConfig } from "@playwright/test";

export const ROOT_URL = "http://127.0.0.1:4173";
export const SUBPATH_URL = "http://127.0.0.1:4174/reader/";
export const PARTNER_URL = "http://127.0.0.1:4175";
export const HOST_URL = "http://127.0.0.1:4176";
export const SCALE_URL = "http://127.0.0.1:4177";

/** Cloudflare's own Pages server (wrangler, from npm) serving `dir` at `url`. */
const cloudflarePages = (dir, url) => ({
  command: `npx wrangler pages dev ${dir} --ip 127.0.0.1 --port ${new URL(url).port} --log-level warn`,
  url: `${url}/index.html`,
  cwd: "../..",
  env: { CI: "true", WRANGLER_SEND_METRICS: "false" },
  timeout: 60_000,
  reuseExistingServer: !process.env.CI,
});

// The service worker's own fetches reach context.route (offline.spec.js
// makes them fail to be offline: context.setOffline does not reach them).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.js",
  outputDir: "results/artifacts",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "results/results.json" }]],
  use: {
    baseURL: ROOT_URL,
    browserName: "chromium",
    locale: "en-US",
    // No test reads a page the reader's worker kept by accident: only
    // offline.spec.js allows it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "node tests/e2e/static-server.mjs dist 4173 /",
      url: `${ROOT_URL}/index.html`,
      cwd: "../..",
      reuseExistingServer: !process.env.CI,
    },
    {
      // Without rewrites, as GitHub Pages serves a project site.
      command: "node tests/e2e/static-server.mjs dist-reader 4174 /reader/ --no-rewrites",
      url: `${SUBPATH_URL}index.html`,
      cwd: "../..",
      reuseExistingServer: !process.env.CI,
    },
    // The build as a real static host serves it, reading _headers,
    // _redirects, 404.html and the .html rule its own way (host.spec.js).
    cloudflarePages("dist", HOST_URL),
    // The scale build (scripts/scale-build: a synthetic archive of a few
    // hundred alerts), for scale.spec.js.
    cloudflarePages("dist-scale", SCALE_URL),
    {
      // A partner's page on another origin, for the embed tests.
      command: "node tests/e2e/static-server.mjs tests/e2e/partner 4175 /",
      url: `${PARTNER_URL}/index.html`,
      cwd: "../..",
      reuseExistingServer: !process.env.CI,
    },
  ],
});
