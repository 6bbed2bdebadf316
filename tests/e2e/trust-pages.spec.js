// The pages about the reader (issue 35): reached from the app's footer and
// from an alert's badge, axe-clean in English and in Arabic on a phone, and
// the accessibility page's claims each backed by tests that exist.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, heading } from "./helpers.js";

const repo = new URL("../../", import.meta.url);
const words = (tag) => JSON.parse(readFileSync(new URL(`locales/pages/${tag}.json`, repo), "utf8"));
const fold = (text) => text.replace(/\s+/g, " ").trim();
const PAGES = ["about", "corrections", "accessibility", "privacy"];

for (const [tag, device, scheme] of [
  ["en", "computer", "light"],
  ["ar", "phone", "dark"],
]) {
  test(`the pages about the reader have no axe violations (${tag}, ${device}, ${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    if (device === "phone") await page.setViewportSize({ width: 390, height: 844 });
    const prefix = tag === "en" ? "" : `/${tag}`;
    for (const name of PAGES) {
      await page.goto(`${prefix}/${name}`);
      const h1 = await heading(page);
      await expect(h1).toHaveText(fold(words(tag)[`${name}.title`]));
      await expect(page.locator("html")).toHaveAttribute("dir", tag === "ar" ? "rtl" : "ltr");
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), name).toEqual([]);
    }
  });
}

test("the app's footer and an alert's badge lead to the pages the build wrote", async ({ page }) => {
  // The app's own view (a list with a filter), whose router leaves these
  // links to the browser: the server's page arrives, not a 404 view.
  await page.goto("/?type=sos_alert");
  await page.locator(".site-footer a[href$='/corrections']").click();
  await expect(page).toHaveURL(/\/corrections$/);
  await expect(page.locator("main h1")).toHaveText(words("en")["corrections.title"]);
  // The sample's withdrawn statement is listed with its note.
  await expect(page.locator(".correction[data-status=withdrawn] .correction-note q")).toContainText("Sample note");
  // From an alert in the app to its type's definition.
  await page.goto("/alerts/gaza-sos-update-8?type=sos_alert");
  await page.locator(".badge-help").click();
  await expect(page).toHaveURL(/\/about#sos_alert$/);
  await expect(page.locator("dt#sos_alert")).toBeInViewport();
  await expect(page.locator("dt#sos_alert + dd")).toContainText("SOS Alert");
});

/** Every test the runner knows, as "file › describe › title". */
const listed = () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TEST_") && !k.startsWith("PLAYWRIGHT_")));
  const out = execFileSync("npx", ["playwright", "test", "--config", "tests/e2e/playwright.config.js", "--list"], {
    cwd: repo,
    env,
    encoding: "utf8",
  });
  return new Set(
    out
      .split("\n")
      .map((l) => l.trim().match(/^(?:\[[^\]]*\] › )?([\w.-]+\.spec\.js):\d+:\d+ › (.*)$/))
      .filter(Boolean)
      .map((m) => `${m[1]} › ${m[2]}`),
  );
};

test("each accessibility claim names tests that exist", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/accessibility");
  const claims = await page.locator(".claim").evaluateAll((els) =>
    els.map((el) => ({
      text: el.querySelector("p").textContent,
      tests: [...el.querySelectorAll("ul.claim-tests code")].map((c) => c.textContent),
    })),
  );
  expect(claims.length).toBeGreaterThanOrEqual(5);
  const known = listed();
  expect(known.size).toBeGreaterThan(200);
  const missing = [];
  for (const claim of claims) {
    expect(claim.tests.length, claim.text).toBeGreaterThan(0);
    for (const name of claim.tests) {
      const rust = name.match(/^(crates\/[\w/.-]+\.rs) › (\w+)$/);
      const exists = rust
        ? readFileSync(new URL(rust[1], repo), "utf8").includes(`fn ${rust[2]}(`)
        : known.has(name);
      if (!exists) missing.push(`${claim.text} → ${name}`);
    }
  }
  expect(missing).toEqual([]);
});
